//! Budget (issue 6): export and import of a year of meetings — 12 meetings × 30 agenda items ×
//! 30 voters, every poll named — each under 1 s. Prints the file size and events per second.
//!
//! Run: `cargo bench -p gavel-core --bench sync`.

use std::hint::black_box;
use std::time::Instant;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use gavel_core::{Store, StoreOptions};

#[path = "common/year_of_meetings.rs"]
mod year_of_meetings;
use year_of_meetings::year_of_meetings;

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

criterion_group!(benches, export_and_import);
criterion_main!(benches);
