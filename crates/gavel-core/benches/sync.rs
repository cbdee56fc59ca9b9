//! Budgets: export and import of a year of meetings — 12 meetings × 30 agenda items × 30
//! voters, every poll named — each under 1 s (issue 6). At the secretariat's scale (issue 17):
//! an import of about a million events — eight groups' ten years, eight files of 90 MB one after
//! another into an empty database file — under 10 s, and the last of them (126,000 events into
//! 880,000) under 10 s alone. Then the register of that million (issue 20): searchable (its
//! index built) within the same 10 s, a search under 20 ms, its first page under 50 ms. Peak
//! memory: benches/sync_memory.rs.
//!
//! Run: `cargo bench -p gavel-core --bench sync`. The secretariat's files are made once, under
//! `target/tmp/gavel-bench/secretariat/` (common/secretariat.rs); the first run takes minutes.

use std::hint::black_box;
use std::time::Instant;

use criterion::{BatchSize, Criterion, criterion_group};
use gavel_core::register::RegisterFilter;
use gavel_core::{Store, StoreOptions};

#[path = "common/year_of_meetings.rs"]
mod year_of_meetings;
use year_of_meetings::year_of_meetings;

#[path = "common/secretariat.rs"]
mod secretariat;

fn export_and_import(c: &mut Criterion) {
    let store = year_of_meetings();
    let file = store.export_sync(None).expect("export");
    let bytes = serde_json::to_vec(&file).expect("bytes");
    let events = file.events.len();
    let trusted = [store.this_device().expect("device").fingerprint];
    let started = Instant::now();
    let mut receiving = Store::open_in_memory(StoreOptions::new("Rasmus")).expect("store");
    receiving
        .import_sync("year.gavel", &bytes, false, None, &trusted)
        .expect("import");
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "a year of meetings: {events} events, sync file {:.1} MB; one import took {:.0} ms = {:.0} events/s",
        bytes.len() as f64 / 1e6,
        seconds * 1e3,
        events as f64 / seconds
    );

    let mut group = c.benchmark_group("sync: 12 meetings × 30 items × 30 voters");
    group.sample_size(10);
    group.bench_function("export to bytes", |b| {
        b.iter(|| {
            black_box(serde_json::to_vec(&store.export_sync(None).expect("export")).expect("bytes"))
        })
    });
    group.bench_function("import into an empty database", |b| {
        b.iter_batched(
            || Store::open_in_memory(StoreOptions::new("Rasmus")).expect("store"),
            |mut receiving| {
                black_box(
                    receiving
                        .import_sync("year.gavel", &bytes, false, None, &trusted)
                        .expect("import"),
                )
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

/// A million events through the streaming import, timed once (a run takes seconds, too long for
/// criterion's samples): seven groups' files in one `import_sync_files`, as
/// `gavel sync import` takes a secretariat's files (each file read and checked while the one
/// before it is added), then — measured by criterion as a dry run, rolled back each time — the
/// eighth into those 880,000 events, then the eighth for real, alone.
fn a_million_events(c: &mut Criterion) {
    let files: Vec<_> = (0..secretariat::GROUPS)
        .map(secretariat::ten_years_file)
        .collect();
    let folder = secretariat::folder().join("import-a-million");
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("folder");
    let mut store =
        Store::open(&folder.join("gavel.sqlite3"), StoreOptions::new("Rasmus")).expect("store");
    let mut total_seconds = 0.0;
    let mut added = 0u64;
    let mut events_per_file = Vec::new();
    let mut count = |file: &std::path::Path, events: u32| {
        added += u64::from(events);
        events_per_file.push(u64::from(events));
        println!(
            "  {}: {events} events (log now {added})",
            file.file_name().expect("name").to_string_lossy(),
        );
    };
    let (last, others) = files.split_last().expect("files");
    let started = Instant::now();
    let added_by_file = secretariat::import_files(&mut store, others);
    let seconds = started.elapsed().as_secs_f64();
    total_seconds += seconds;
    for ((file, _), events) in others.iter().zip(added_by_file) {
        count(file, events);
    }
    println!("  the first {} files in {seconds:.2} s", others.len());

    let opened = std::fs::File::open(&last.0).expect("open");
    let mut group = c.benchmark_group("sync at the secretariat's scale");
    group.sample_size(10);
    group.bench_function(
        "dry run of ten years of a new group into 880,000 events",
        |b| {
            b.iter(|| {
                black_box(
                    store
                        .import_sync_from(
                            "group.gavel",
                            gavel_core::sync::SyncSource::File(&opened),
                            true,
                            None,
                            std::slice::from_ref(&last.1),
                        )
                        .expect("import"),
                )
            })
        },
    );
    group.finish();

    let started = Instant::now();
    let events = secretariat::import_file(&mut store, &last.0, &last.1);
    let seconds = started.elapsed().as_secs_f64();
    total_seconds += seconds;
    count(&last.0, events);
    println!("  the last file alone in {seconds:.2} s");
    println!(
        "import of {added} events in {} files into an empty database file: {total_seconds:.1} s = {:.0} events/s",
        files.len(),
        added as f64 / total_seconds
    );

    // The floor on the same content: the same events' rows alone, file by file.
    let (rows_alone, files_alone) =
        rows_alone(&folder, &folder.join("gavel.sqlite3"), &events_per_file);
    println!(
        "the same {added} events' rows alone, inserted by SQLite into the log's table in {files_alone} transactions: {rows_alone:.1} s"
    );

    // Searchable: the first search builds the register's search index from the read tables.
    let search = |words: &str| RegisterFilter {
        search: Some(words.to_owned()),
        limit: Some(PAGE),
        ..RegisterFilter::default()
    };
    let started = Instant::now();
    let found = store
        .decision_register(&search("vedtaget"))
        .expect("search");
    let indexing = started.elapsed().as_secs_f64();
    assert_eq!(found.len(), PAGE);
    println!(
        "the first search, building the index: {indexing:.1} s; imported and searchable: {:.1} s",
        total_seconds + indexing
    );

    // The register of those million events: eight groups' 960 meetings, 57,600 entries.
    let mut group = c.benchmark_group("the register of a million events");
    group.sample_size(20);
    group.bench_function("its first page (50 entries)", |b| {
        let first_page = RegisterFilter {
            limit: Some(PAGE),
            ..RegisterFilter::default()
        };
        b.iter(|| black_box(store.decision_register(&first_page).expect("register")))
    });
    group.bench_function("a search found in 8 meetings, first page", |b| {
        let filter = search("styregruppemøde 118");
        b.iter(|| black_box(store.decision_register(&filter).expect("search")))
    });
    group.bench_function("a search found in every meeting, first page", |b| {
        let filter = search("vedtaget");
        b.iter(|| black_box(store.decision_register(&filter).expect("search")))
    });
    group.sample_size(10);
    group.bench_function("the whole register (57,600 entries)", |b| {
        b.iter(|| {
            black_box(
                store
                    .decision_register(&RegisterFilter::default())
                    .expect("register"),
            )
        })
    });
    group.finish();

    // The month-to-month case: group 0's next meeting, whose events fall among the other
    // groups' last, into the database of a million events.
    let next = secretariat::next_meeting_file(0);
    let started = Instant::now();
    let events = secretariat::import_file(&mut store, &next, &files[0].1);
    println!(
        "a group's next meeting ({events} events) into the database of a million: {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
}

/// What SQLite alone takes to add the rows of the imported events to the log, on this machine
/// (the floor under the import): an empty database that Gavel made (the event table with its
/// three indexes, the same journal and syncing), into which the rows of `imported`'s log are
/// copied by one `INSERT … SELECT` per file (`events_per_file`), each in its own transaction, in
/// the order the import inserted them. Nothing is parsed, checked, decided or folded. Returns the seconds and
/// the number of files.
fn rows_alone(
    folder: &std::path::Path,
    imported: &std::path::Path,
    events_per_file: &[u64],
) -> (f64, usize) {
    let path = folder.join("rows-alone.sqlite3");
    drop(Store::open(&path, StoreOptions::new("Rasmus")).expect("an empty database"));
    let conn = rusqlite::Connection::open(&path).expect("open");
    conn.pragma_update(None, "synchronous", "FULL")
        .expect("synchronous");
    conn.execute(
        "ATTACH DATABASE ?1 AS imported",
        [imported.display().to_string()],
    )
    .expect("attach");
    // Each file's events are a run of rowids, in the order the files were imported (the log
    // is append-only and was empty).
    let mut files: Vec<(u64, u64)> = Vec::new();
    let mut first = 1;
    for &events in events_per_file {
        files.push((first, first + events - 1));
        first += events;
    }
    let started = Instant::now();
    for (first, last) in &files {
        conn.execute_batch("BEGIN IMMEDIATE").expect("begin");
        conn.execute(
            "INSERT INTO main.event SELECT * FROM imported.event
             WHERE rowid BETWEEN ?1 AND ?2 ORDER BY rowid",
            (first, last),
        )
        .expect("insert");
        conn.execute_batch("COMMIT").expect("commit");
    }
    (started.elapsed().as_secs_f64(), files.len())
}

/// The register's first page, as the CLI's `--limit` asks for it.
const PAGE: usize = 50;

criterion_group!(benches, export_and_import, a_million_events);
gavel_allocator::criterion_main!(benches);
