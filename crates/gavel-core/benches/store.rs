//! Budgets (issue 2): one durable `apply` within 1.5× this machine's own fsync latency, measured
//! in the same run; `Store::rebuild()` of 100,000 events under 1 s. Issue 17, the secretariat's
//! scale: `Store::rebuild()` of a million events (eight groups' ten years of meetings) under 10 s.
//!
//! Run: `cargo bench -p gavel-core --bench store`. Files live under cargo's target temp folder, on
//! the same disk as a real database (not /tmp, which may be memory-backed). The million events
//! are made once, by importing common/secretariat.rs's files, and kept in
//! `target/tmp/gavel-bench/secretariat/a-million.sqlite3`; the first run takes minutes.

use std::hint::black_box;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

use criterion::{Criterion, criterion_group};
use gavel_core::{Command, Store, StoreOptions};
use uuid::Uuid;

#[path = "common/year_of_meetings.rs"]
#[allow(dead_code)]
mod year_of_meetings;

#[path = "common/secretariat.rs"]
#[allow(dead_code)]
mod secretariat;

fn bench_folder(name: &str) -> std::path::PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("gavel-bench")
        .join(name);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("bench folder");
    folder
}

/// The floor any durable write on this disk pays: append a small record to a file and fsync it.
fn fsync_latency(c: &mut Criterion) {
    let folder = bench_folder("fsync");
    let mut file = std::fs::File::create(folder.join("probe")).expect("file");
    let record = [b'x'; 512];
    c.bench_function("fsync: append 512 bytes + fsync", |b| {
        b.iter(|| {
            file.write_all(&record).expect("write");
            file.sync_all().expect("fsync");
        })
    });
}

fn durable_apply(c: &mut Criterion) {
    let folder = bench_folder("apply");
    let mut store =
        Store::open(&folder.join("gavel.sqlite3"), StoreOptions::new("bench")).expect("store");
    let mut number = 0u64;
    c.bench_function("apply: one durable UpsertBacklogItem", |b| {
        b.iter(|| {
            number += 1;
            let applied = store
                .apply(Command::UpsertBacklogItem {
                    key: format!("MO-{}", number % 1_000),
                    title: Some(format!("Sag nummer {number}")),
                    status: Some("To Do".into()),
                    priority: None,
                    rank: None,
                    story_points: None,
                    labels: None,
                    parent: None,
                    votes: None,
                    watchers: None,
                    description: None,
                })
                .expect("applies");
            black_box(applied);
        })
    });
}

/// A log of 100,000 events shaped like a busy year: a group, its members, a 10,000-item backlog
/// re-imported several times, and meetings with agendas that get reordered.
fn store_with_100k_events(path: &Path) -> Store {
    let mut store = Store::open(path, StoreOptions::new("bench")).expect("store");
    let group_id = Uuid::from_u128(1);
    let mut commands = vec![Command::CreateGroup {
        id: Some(group_id),
        name: "Styregruppen".into(),
        kind: None,
        minutes_language: None,
    }];
    for number in 0..40 {
        commands.push(Command::AddOrganisation {
            id: None,
            group_id,
            name: format!("Kommune {number}"),
        });
        commands.push(Command::AddMember {
            id: None,
            group_id,
            name: format!("Medlem {number}"),
            organisation_id: None,
            role: None,
            voting_right: None,
            vote_weight: None,
            email: None,
            joined_on: None,
        });
    }
    for round in 0..7 {
        for item in 0..10_000 {
            commands.push(Command::UpsertBacklogItem {
                key: format!("MO-{item}"),
                title: Some(format!("Sag {item}, version {round}")),
                status: Some("To Do".into()),
                priority: Some("Medium".into()),
                rank: Some(format!("0|i{:05}:", (item * 7 + round) % 10_000)),
                story_points: Some(f64::from(item % 13)),
                labels: Some(vec!["os2mo".into()]),
                parent: None,
                votes: None,
                watchers: None,
                description: None,
            });
        }
    }
    let mut meeting_number = 0u128;
    while commands.len() < 100_000 {
        meeting_number += 1;
        let meeting_id = Uuid::from_u128(1_000 + meeting_number);
        commands.push(Command::CreateMeeting {
            id: Some(meeting_id),
            group_id,
            title: format!("Møde {meeting_number}"),
            starts_at: "2026-12-10T13:00:00".parse().expect("date"),
            location: None,
        });
        for item in 0..20u128 {
            let agenda_item_id = Uuid::from_u128(meeting_number << 32 | item);
            commands.push(Command::AddAgendaItem {
                id: Some(agenda_item_id),
                meeting_id,
                title: None,
                backlog_key: Some(format!("MO-{item}")),
                position: None,
            });
            if item % 4 == 3 {
                commands.push(Command::MoveAgendaItem {
                    agenda_item_id,
                    position: 1,
                });
            }
        }
    }
    commands.truncate(100_000);
    for chunk in commands.chunks(10_000) {
        store.apply_batch(chunk.to_vec()).expect("applies");
    }
    store
}

fn rebuild(c: &mut Criterion) {
    let folder = bench_folder("rebuild");
    let mut store = store_with_100k_events(&folder.join("gavel.sqlite3"));
    assert_eq!(store.verify_log().expect("verifies").event_count, 100_000);
    let mut group = c.benchmark_group("rebuild");
    group.sample_size(10);
    group.bench_function("Store::rebuild of 100,000 events", |b| {
        b.iter(|| store.rebuild().expect("rebuilds"))
    });
    group.finish();
}

/// The database of a million events, made once: written under a temporary name and renamed when
/// whole, so that an interrupted run makes it again.
fn a_million_events() -> std::path::PathBuf {
    let path = secretariat::folder().join("a-million.sqlite3");
    if path.exists() {
        return path;
    }
    let partial = secretariat::folder().join("a-million.partial.sqlite3");
    for stale in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{stale}", partial.display()));
    }
    let mut store = Store::open(&partial, StoreOptions::new("bench")).expect("store");
    for group in 0..secretariat::GROUPS {
        let (file, fingerprint) = secretariat::ten_years_file(group);
        eprintln!("importing {} …", file.display());
        secretariat::import_file(&mut store, &file, &fingerprint);
    }
    drop(store);
    std::fs::rename(&partial, &path).expect("rename");
    path
}

fn rebuild_a_million(c: &mut Criterion) {
    let mut store = Store::open(&a_million_events(), StoreOptions::new("bench")).expect("store");
    let events = store.verify_log().expect("verifies").event_count;
    let started = Instant::now();
    store.rebuild().expect("rebuilds");
    println!(
        "Store::rebuild of {events} events: {:.2} s",
        started.elapsed().as_secs_f64()
    );
    let mut group = c.benchmark_group("rebuild at the secretariat's scale");
    group.sample_size(10);
    group.bench_function("Store::rebuild of a million events", |b| {
        b.iter(|| store.rebuild().expect("rebuilds"))
    });
    group.finish();
}

criterion_group!(
    benches,
    fsync_latency,
    durable_apply,
    rebuild,
    rebuild_a_million
);
gavel_allocator::criterion_main!(benches);
