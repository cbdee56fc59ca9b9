//! Budgets (issue 3): recording one ballot durably — median within 1.5× this machine's fsync
//! latency and p99 within 3×, measured in the same run; closing a poll with 30 voters and
//! computing its result — under 1 ms beyond the commit. One ballot as the chair's window and the
//! projector see it, beyond the durable write: under 2 ms (issue 13).
//!
//! Run: `cargo bench -p gavel-core --bench live`. Criterion reports medians; the p99 figures are
//! printed first by `ballot_latency_percentiles`, which times 2,000 single ballots and 2,000
//! single fsyncs one by one, interleaved so that both see the same disk.

use std::hint::black_box;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group};
use gavel_core::rules::{Attendance, Ballot, PollKind};
use gavel_core::{Command, Store, StoreOptions};
use uuid::Uuid;

const VOTERS: u128 = 30;

fn bench_folder(name: &str) -> std::path::PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("gavel-bench")
        .join(name);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("bench folder");
    folder
}

fn member(number: u128) -> Uuid {
    Uuid::from_u128(0x1000 + number)
}

/// An open meeting of 30 present voting members; returns the meeting id.
fn open_meeting_with_30_present(store: &mut Store) -> Uuid {
    let group_id = Uuid::from_u128(1);
    let meeting_id = Uuid::from_u128(2);
    let mut commands = vec![Command::CreateGroup {
        id: Some(group_id),
        name: "Styregruppen".into(),
        kind: None,
        minutes_language: None,
    }];
    for number in 0..VOTERS {
        commands.push(Command::AddMember {
            id: Some(member(number)),
            group_id,
            name: format!("Medlem {number:02}"),
            organisation_id: None,
            role: None,
            voting_right: None,
            vote_weight: None,
            email: None,
            joined_on: None,
        });
    }
    commands.push(Command::CreateMeeting {
        id: Some(meeting_id),
        group_id,
        title: "Møde".into(),
        starts_at: "2026-12-10T13:00:00".parse().expect("date"),
        location: None,
    });
    commands.push(Command::OpenMeeting {
        meeting_id,
        at: None,
    });
    for number in 0..VOTERS {
        commands.push(Command::SetAttendance {
            meeting_id,
            member_id: member(number),
            attendance: Attendance::Present,
            at: Some("13:00".parse().expect("time")),
        });
    }
    store.apply_batch(commands).expect("set-up applies");
    meeting_id
}

fn open_yes_no_poll(store: &mut Store, meeting_id: Uuid) -> Uuid {
    store
        .apply(Command::OpenPoll {
            id: None,
            meeting_id,
            agenda_item_id: None,
            question: "Vedtages forslaget?".into(),
            kind: PollKind::YesNo,
            secret: None,
            majority: None,
            override_quorum: None,
        })
        .expect("poll opens")
        .created_id
        .expect("poll id")
}

fn ballot_command(poll_id: Uuid, number: u64) -> Command {
    let ballot = if number.is_multiple_of(3) {
        Ballot::No
    } else {
        Ballot::Yes
    };
    Command::RecordBallot {
        poll_id,
        member_id: member(u128::from(number) % VOTERS),
        ballot,
    }
}

fn fsync_once(file: &mut std::fs::File) {
    file.write_all(&[b'x'; 512]).expect("write");
    file.sync_all().expect("fsync");
}

fn percentile(sorted: &[Duration], fraction: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * fraction).round() as usize;
    sorted[index]
}

/// Prints median and p99 of single durable ballots next to single fsyncs.
fn ballot_latency_percentiles(_: &mut Criterion) {
    let folder = bench_folder("ballot-percentiles");
    let mut store =
        Store::open(&folder.join("gavel.sqlite3"), StoreOptions::new("bench")).expect("store");
    let meeting_id = open_meeting_with_30_present(&mut store);
    let poll_id = open_yes_no_poll(&mut store, meeting_id);
    let mut probe = std::fs::File::create(folder.join("fsync-probe")).expect("probe file");
    let (mut ballots, mut fsyncs) = (Vec::new(), Vec::new());
    for number in 0..2_000u64 {
        let started = Instant::now();
        store
            .apply(ballot_command(poll_id, number))
            .expect("ballot");
        ballots.push(started.elapsed());
        let started = Instant::now();
        fsync_once(&mut probe);
        fsyncs.push(started.elapsed());
    }
    ballots.sort();
    fsyncs.sort();
    let (ballot_median, ballot_p99) = (percentile(&ballots, 0.5), percentile(&ballots, 0.99));
    let (fsync_median, fsync_p99) = (percentile(&fsyncs, 0.5), percentile(&fsyncs, 0.99));
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!(
        "durable ballot: median {ballot_median:?} = {:.2}× fsync median {fsync_median:?}; \
         p99 {ballot_p99:?} = {:.2}× fsync p99 {fsync_p99:?} ({:.2}× fsync median)",
        ratio(ballot_median, fsync_median),
        ratio(ballot_p99, fsync_p99),
        ratio(ballot_p99, fsync_median),
    );
}

fn durable_ballot(c: &mut Criterion) {
    let folder = bench_folder("ballot");
    let mut store =
        Store::open(&folder.join("gavel.sqlite3"), StoreOptions::new("bench")).expect("store");
    let meeting_id = open_meeting_with_30_present(&mut store);
    let poll_id = open_yes_no_poll(&mut store, meeting_id);
    let mut probe = std::fs::File::create(folder.join("fsync-probe")).expect("probe file");
    c.bench_function("fsync: append 512 bytes + fsync (same disk)", |b| {
        b.iter(|| fsync_once(&mut probe))
    });
    let mut number = 0u64;
    c.bench_function("RecordBallot: one durable ballot, 30 voters", |b| {
        b.iter(|| {
            number += 1;
            black_box(
                store
                    .apply(ballot_command(poll_id, number))
                    .expect("ballot"),
            );
        })
    });
}

/// Closing computes the result from 30 ballots and stores it; in memory, so that the figure is
/// the work beyond the commit.
fn close_poll(c: &mut Criterion) {
    let mut store = Store::open_in_memory(StoreOptions::new("bench")).expect("store");
    let meeting_id = open_meeting_with_30_present(&mut store);
    c.bench_function(
        "ClosePoll: 30 named ballots, result computed (in memory)",
        |b| {
            b.iter_custom(|iterations| {
                let mut closing = Duration::ZERO;
                for _ in 0..iterations {
                    // Set-up, not timed: a fresh poll with 30 ballots.
                    let poll_id = open_yes_no_poll(&mut store, meeting_id);
                    for number in 0..VOTERS as u64 {
                        store
                            .apply(ballot_command(poll_id, number))
                            .expect("ballot");
                    }
                    let started = Instant::now();
                    black_box(store.apply(Command::ClosePoll { poll_id }).expect("closes"));
                    closing += started.elapsed();
                }
                closing
            })
        },
    );
}

/// One ballot as the windows see it (issue 13, push rather than reload), in memory, so that the
/// figures are the work beyond the durable write, in a meeting of 30 present members and 30
/// agenda items with the chair's window and the projector open:
/// - before: the chair's window sent the ballot, then on the data-changed event reloaded the app
///   info, the meetings, the backlog and the groups and the meeting, and the meeting once more
///   for its own caller; the projector the app info and the meeting: 9 IPC calls;
/// - now: `apply_commands` returns the meeting it changed, and the event says only that meeting
///   changed, so the chair's window reads nothing more and the projector the meeting: 2 calls.
fn ballot_as_the_windows_see_it(c: &mut Criterion) {
    // A fresh meeting for every 30 ballots, so that the meeting stays the size of a real one
    // (its events, which its view fingerprints, and its ballots).
    let fresh_meeting = || {
        let mut store = Store::open_in_memory(StoreOptions::new("bench")).expect("store");
        let meeting_id = open_meeting_with_30_present(&mut store);
        let agenda: Vec<Command> = (1..=30)
            .map(|number| Command::AddAgendaItem {
                id: None,
                meeting_id,
                title: Some(format!("Punkt {number}: ønsker fra kommunerne")),
                backlog_key: None,
                position: None,
            })
            .collect();
        store.apply_batch(agenda).expect("agenda");
        let poll_id = open_yes_no_poll(&mut store, meeting_id);
        (store, meeting_id, poll_id)
    };
    let timed = |windows: fn(&Store, Uuid)| {
        move |iterations: u64| {
            let mut total = Duration::ZERO;
            let (mut store, mut meeting_id, mut poll_id) = fresh_meeting();
            for number in 0..iterations {
                if number > 0 && number % VOTERS as u64 == 0 {
                    (store, meeting_id, poll_id) = fresh_meeting();
                }
                let started = Instant::now();
                black_box(
                    store
                        .apply(ballot_command(poll_id, number))
                        .expect("ballot"),
                );
                windows(&store, meeting_id);
                total += started.elapsed();
            }
            total
        }
    };
    let mut group = c.benchmark_group("one ballot as the windows see it, 30 members, 30 items");
    group.bench_function("the ballot alone (in memory)", |b| {
        b.iter_custom(timed(|_, _| {}))
    });
    group.bench_function("before: the ballot and the windows' 8 reloads", |b| {
        b.iter_custom(timed(|store, meeting_id| {
            // The chair's window: refresh() on the event, then its caller's own reload.
            black_box(store.is_empty().expect("info"));
            black_box(store.meetings().expect("meetings"));
            black_box(store.backlog_items().expect("backlog"));
            black_box(store.groups().expect("groups"));
            black_box(store.meeting(meeting_id).expect("meeting"));
            black_box(store.meeting(meeting_id).expect("meeting"));
            // The projector: its language and the meeting.
            black_box(store.is_empty().expect("info"));
            black_box(store.meeting(meeting_id).expect("meeting"));
        }))
    });
    group.bench_function(
        "now: the ballot returning its meeting, and the projector's reload",
        |b| {
            b.iter_custom(timed(|store, meeting_id| {
                black_box(store.meeting(meeting_id).expect("meeting"));
                black_box(store.meeting(meeting_id).expect("meeting"));
            }))
        },
    );
    group.finish();
}

criterion_group!(
    benches,
    ballot_latency_percentiles,
    durable_ballot,
    close_poll,
    ballot_as_the_windows_see_it
);
gavel_allocator::criterion_main!(benches);
