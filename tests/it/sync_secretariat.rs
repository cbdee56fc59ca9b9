//! A secretariat imports each group's sync file into one database, and the groups met over the
//! same days: each file's events interleave in log order with those already here. Such an
//! import folds only its new events when that leaves the read tables as a refold of the whole
//! log does (sync/import.rs, `FoldPlan`): these tests hold every import to a refold, also where
//! the backlog, which all groups share, makes the order matter.

use std::path::Path;
use std::sync::Arc;

use gavel_core::{BacklogChange, Command, DecisionOutcome, FixedClock, Store, StoreOptions};
use uuid::Uuid;

use crate::support::{backlog_item_to_do, dump_read_tables};

const GROUP_A: Uuid = Uuid::from_u128(0xA001);
const GROUP_B: Uuid = Uuid::from_u128(0xB001);
const MEETING_A: Uuid = Uuid::from_u128(0xA002);
const MEETING_B: Uuid = Uuid::from_u128(0xB002);
/// 1 December 2026, 09:00 UTC.
const START_MILLIS: u64 = 1_796_115_600_000;

/// One group's laptop, whose clock the test moves, so that two laptops' events interleave.
struct Laptop {
    store: Store,
    clock: Arc<FixedClock>,
}

impl Laptop {
    fn new(folder: &Path, name: &str, device: u128) -> Laptop {
        let clock = Arc::new(FixedClock::at_millis(START_MILLIS));
        let options = StoreOptions::new(name)
            .with_clock(clock.clone())
            .with_device_id(Uuid::from_u128(device));
        let store = Store::open(&folder.join(format!("{name}.sqlite3")), options)
            .expect("a laptop's database");
        Laptop { store, clock }
    }

    /// Applies `command` at minute `minute` of the day the groups meet.
    fn at(&mut self, minute: u64, command: Command) {
        use gavel_core::Clock;
        let now = START_MILLIS + minute * 60_000;
        self.clock
            .advance_millis(now.saturating_sub(self.clock.now_millis()));
        self.store.apply(command).expect("the command is taken");
    }

    fn export(&self) -> Vec<u8> {
        serde_json::to_vec(&self.store.export_sync(None).expect("export")).expect("bytes")
    }

    fn fingerprint(&self) -> String {
        self.store.this_device().expect("device").fingerprint
    }
}

fn set_up_group(laptop: &mut Laptop, minute: u64, group: Uuid, meeting: Uuid) {
    laptop.at(
        minute,
        Command::CreateGroup {
            id: Some(group),
            name: format!("Styregruppe {group}"),
            kind: None,
            minutes_language: None,
        },
    );
    laptop.at(
        minute,
        Command::CreateMeeting {
            id: Some(meeting),
            group_id: group,
            title: "Styregruppemøde".into(),
            starts_at: "2026-12-01T10:00:00".parse().expect("date"),
            location: None,
        },
    );
    laptop.at(
        minute,
        Command::OpenMeeting {
            meeting_id: meeting,
            at: None,
        },
    );
}

fn decision(meeting: Uuid, text: &str, done: Option<&str>) -> Command {
    Command::RecordDecision {
        id: None,
        meeting_id: meeting,
        agenda_item_id: None,
        poll_id: None,
        outcome: DecisionOutcome::Approved,
        text: text.into(),
        backlog_changes: done.map(|key| {
            vec![BacklogChange {
                key: key.into(),
                new_status: Some("Done".into()),
            }]
        }),
        priority_order: None,
    }
}

/// An agenda item on backlog item `key`: the meeting's record then takes the item as the
/// meeting leaves it.
fn agenda_item_on(meeting: Uuid, key: &str) -> Command {
    Command::AddAgendaItem {
        id: None,
        meeting_id: meeting,
        title: Some(format!("Status på {key}")),
        backlog_key: Some(key.into()),
        position: None,
    }
}

fn close(meeting: Uuid) -> Command {
    Command::CloseMeeting {
        meeting_id: meeting,
        at: None,
    }
}

/// Two groups' laptops. Group B's laptop first takes group A's file, for the backlog both groups
/// work from (and so its file carries group A's events, already at the secretariat).
fn two_groups(folder: &Path) -> (Laptop, Laptop) {
    let mut a = Laptop::new(folder, "a", 0xA0);
    let mut b = Laptop::new(folder, "b", 0xB0);
    a.at(0, backlog_item_to_do("MO-1"));
    a.at(0, backlog_item_to_do("MO-2"));
    set_up_group(&mut a, 1, GROUP_A, MEETING_A);
    let first = a.export();
    b.store
        .import_sync("a.gavel", &first, false, None, &[a.fingerprint()])
        .expect("group B's laptop takes the backlog");
    set_up_group(&mut b, 2, GROUP_B, MEETING_B);
    (a, b)
}

/// The secretariat imports group A's file, then group B's; returns the read tables after the
/// imports and after a refold of the whole log.
fn secretariat_imports(folder: &Path, a: &Laptop, b: &Laptop) -> (String, String) {
    let files = [("a.gavel", a.export()), ("b.gavel", b.export())];
    secretariat_imports_files(folder, &files, &[a.fingerprint(), b.fingerprint()])
}

/// The secretariat imports `files` in turn, trusting `trusted`; returns the read tables after
/// the imports and after a refold of the whole log.
fn secretariat_imports_files(
    folder: &Path,
    files: &[(&str, Vec<u8>)],
    trusted: &[String],
) -> (String, String) {
    let db = folder.join("secretariat.sqlite3");
    let mut secretariat = Store::open(&db, StoreOptions::new("Sekretariatet")).expect("store");
    for (name, bytes) in files {
        let report = secretariat
            .import_sync(name, bytes, false, None, trusted)
            .expect("the secretariat imports the group's file");
        assert!(report.events_added > 0, "{name} added nothing");
    }
    drop(secretariat);
    let imported = dump_read_tables(&db);
    let mut secretariat = Store::open(&db, StoreOptions::new("Sekretariatet")).expect("store");
    secretariat.rebuild().expect("refold");
    drop(secretariat);
    (imported, dump_read_tables(&db))
}

#[test]
fn two_groups_that_met_the_same_morning_import_as_a_refold_does() {
    let folder = tempfile::tempdir().expect("temp");
    let (mut a, mut b) = two_groups(folder.path());
    for minute in 10..20 {
        let (laptop, meeting) = if minute % 2 == 0 {
            (&mut a, MEETING_A)
        } else {
            (&mut b, MEETING_B)
        };
        laptop.at(
            minute,
            decision(meeting, &format!("Beslutning kl. {minute}"), None),
        );
    }
    a.at(30, close(MEETING_A));
    b.at(31, close(MEETING_B));

    let (imported, refolded) = secretariat_imports(folder.path(), &a, &b);
    assert_eq!(imported, refolded);
    let conn = rusqlite::Connection::open(folder.path().join("secretariat.sqlite3")).expect("db");
    let decisions: i64 = conn
        .query_row("SELECT COUNT(*) FROM decision", [], |row| row.get(0))
        .expect("count");
    assert_eq!(decisions, 10);
}

#[test]
fn a_new_groups_decision_that_changes_the_backlog_before_another_group_closes_its_meeting() {
    // Group B sets MO-1 to Done at 10:15; group A's meeting, which has MO-1 on its agenda,
    // closes at 10:20 and its record takes MO-1 as it stood then in the merged log, done: only
    // a fold in log order gives that.
    let folder = tempfile::tempdir().expect("temp");
    let (mut a, mut b) = two_groups(folder.path());
    a.at(10, agenda_item_on(MEETING_A, "MO-1"));
    b.at(15, decision(MEETING_B, "MO-1 er færdig", Some("MO-1")));
    b.at(16, close(MEETING_B));
    a.at(20, close(MEETING_A));

    let (imported, refolded) = secretariat_imports(folder.path(), &a, &b);
    assert_eq!(imported, refolded);
}

#[test]
fn an_old_groups_decision_that_changes_the_backlog_after_a_new_group_closed_its_meeting() {
    // Group B's meeting, which has MO-2 on its agenda, closes at 10:15 with MO-2 not done;
    // group A, imported first, sets MO-2 to Done at 10:20. B's record must not show what A
    // decided after it.
    let folder = tempfile::tempdir().expect("temp");
    let (mut a, mut b) = two_groups(folder.path());
    b.at(10, agenda_item_on(MEETING_B, "MO-2"));
    b.at(15, close(MEETING_B));
    a.at(20, decision(MEETING_A, "MO-2 er færdig", Some("MO-2")));
    a.at(21, close(MEETING_A));

    let (imported, refolded) = secretariat_imports(folder.path(), &a, &b);
    assert_eq!(imported, refolded);
}

#[test]
fn a_groups_next_meeting_imported_after_another_groups_later_meeting_imports_as_a_refold_does() {
    // Group A meets at 10:10, group B at 10:40, and the secretariat has both. Then group A's
    // file brings a meeting held at 10:30: before B's, after everything of A's.
    let folder = tempfile::tempdir().expect("temp");
    let (mut a, mut b) = two_groups(folder.path());
    a.at(10, decision(MEETING_A, "A's første beslutning", None));
    a.at(11, close(MEETING_A));
    b.at(40, decision(MEETING_B, "B's beslutning", None));
    b.at(41, close(MEETING_B));
    let mut files = vec![("a.gavel", a.export()), ("b.gavel", b.export())];
    let next_meeting = Uuid::from_u128(0xA003);
    a.at(
        30,
        Command::CreateMeeting {
            id: Some(next_meeting),
            group_id: GROUP_A,
            title: "Ekstraordinært møde".into(),
            starts_at: "2026-12-01T10:30:00".parse().expect("date"),
            location: None,
        },
    );
    a.at(
        30,
        Command::OpenMeeting {
            meeting_id: next_meeting,
            at: None,
        },
    );
    a.at(31, decision(next_meeting, "A's anden beslutning", None));
    a.at(32, close(next_meeting));

    files.push(("a-next.gavel", a.export()));
    let (imported, refolded) =
        secretariat_imports_files(folder.path(), &files, &[a.fingerprint(), b.fingerprint()]);
    assert_eq!(imported, refolded);
}

#[test]
fn a_groups_notes_from_its_second_laptop_dated_before_its_first_laptops_are_folded_in_log_order() {
    // Group A's two laptops write the same agenda item's notes, the second laptop at 10:20, the
    // first at 10:30. The secretariat gets the first laptop's file first: the second's notes
    // are new, and older than an old event of the same group. The later notes are in force.
    let folder = tempfile::tempdir().expect("temp");
    let mut first = Laptop::new(folder.path(), "a1", 0xA1);
    let mut second = Laptop::new(folder.path(), "a2", 0xA2);
    set_up_group(&mut first, 1, GROUP_A, MEETING_A);
    let item = Uuid::from_u128(0xA004);
    first.at(
        2,
        Command::AddAgendaItem {
            id: Some(item),
            meeting_id: MEETING_A,
            title: Some("Status".into()),
            backlog_key: None,
            position: None,
        },
    );
    second
        .store
        .import_sync(
            "a1.gavel",
            &first.export(),
            false,
            None,
            &[first.fingerprint()],
        )
        .expect("the second laptop takes the meeting");
    let notes = |text: &str| Command::SetAgendaItemNotes {
        agenda_item_id: item,
        notes: text.into(),
    };
    second.at(20, notes("Noter fra den anden computer"));
    first.at(30, notes("Noter fra den første computer"));

    let files = [("a1.gavel", first.export()), ("a2.gavel", second.export())];
    let (imported, refolded) = secretariat_imports_files(
        folder.path(),
        &files,
        &[first.fingerprint(), second.fingerprint()],
    );
    assert_eq!(imported, refolded);
}
