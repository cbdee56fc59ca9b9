//! The store on real SQLite files: rebuild equals live state, refused files stay untouched,
//! rejected commands change nothing.

use gavel_core::{Command, Error, ErrorKind, Store, StoreOptions};
use uuid::Uuid;

use crate::support::{dump_read_tables, event_count, fresh_store};

fn create_meeting_with_agenda(
    store: &mut Store,
    group_id: Uuid,
    title: &str,
    items: &[&str],
) -> Uuid {
    let meeting_id = store
        .apply(Command::CreateMeeting {
            id: None,
            group_id,
            title: title.into(),
            starts_at: "2026-12-10T13:00:00".parse().expect("valid date"),
            location: Some("Odense Rådhus".into()),
        })
        .expect("meeting is created")
        .created_id
        .expect("an id was made");
    for item in items {
        store
            .apply(Command::AddAgendaItem {
                id: None,
                meeting_id,
                title: Some((*item).into()),
                backlog_key: None,
                position: None,
            })
            .expect("agenda item is added");
    }
    meeting_id
}

#[test]
fn rebuild_from_the_log_equals_the_live_read_tables() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    gavel_core::demo::load(&mut store).expect("demo loads");
    let group_id = store.groups().expect("groups")[0].id;
    let meeting_id = create_meeting_with_agenda(
        &mut store,
        group_id,
        "Ekstraordinært møde",
        &["A", "B", "C", "D"],
    );
    let agenda = store.meeting(meeting_id).expect("meeting").agenda;
    store
        .apply(Command::MoveAgendaItem {
            agenda_item_id: agenda[3].id,
            position: 1,
        })
        .expect("move");
    store
        .apply(Command::MoveAgendaItem {
            agenda_item_id: agenda[0].id,
            position: 4,
        })
        .expect("move");
    store
        .apply(Command::UpsertBacklogItem {
            key: "MO-1420".into(),
            title: None,
            status: Some("In Progress".into()),
            priority: None,
            rank: Some("0|i0000a:".into()),
            story_points: Some(21.0),
            labels: Some(vec!["sd-loen".into()]),
            parent: None,
            votes: None,
            watchers: None,
            description: None,
        })
        .expect("backlog update");
    let db = store.path().to_owned();
    let live = dump_read_tables(&db);

    store.rebuild().expect("rebuild");

    assert_eq!(dump_read_tables(&db), live);
    let titles: Vec<String> = store
        .meeting(meeting_id)
        .expect("meeting")
        .agenda
        .into_iter()
        .map(|item| item.title)
        .collect();
    assert_eq!(titles, ["D", "B", "C", "A"]);
}

#[test]
fn moving_agenda_items_keeps_positions_one_to_n() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let group_id = store
        .apply(Command::CreateGroup {
            id: None,
            name: "Koordinationsgruppen".into(),
            kind: None,
            minutes_language: None,
        })
        .expect("group")
        .created_id
        .expect("id");
    let meeting_id =
        create_meeting_with_agenda(&mut store, group_id, "Møde", &["1", "2", "3", "4", "5"]);
    let check = |store: &Store, expected: [&str; 5]| {
        let agenda = store.meeting(meeting_id).expect("meeting").agenda;
        let positions: Vec<u32> = agenda.iter().map(|item| item.position).collect();
        let titles: Vec<&str> = agenda.iter().map(|item| item.title.as_str()).collect();
        assert_eq!(positions, [1, 2, 3, 4, 5]);
        assert_eq!(titles, expected);
    };
    let id_of = |store: &Store, title: &str| {
        store
            .meeting(meeting_id)
            .expect("meeting")
            .agenda
            .into_iter()
            .find(|item| item.title == title)
            .expect("item")
            .id
    };
    let cases: [(&str, u32, [&str; 5]); 4] = [
        ("1", 5, ["2", "3", "4", "5", "1"]),
        ("4", 2, ["2", "4", "3", "5", "1"]),
        ("1", 1, ["1", "2", "4", "3", "5"]),
        ("3", 3, ["1", "2", "3", "4", "5"]),
    ];
    for (title, position, expected) in cases {
        let agenda_item_id = id_of(&store, title);
        store
            .apply(Command::MoveAgendaItem {
                agenda_item_id,
                position,
            })
            .expect("move");
        check(&store, expected);
    }
}

#[test]
fn a_rejected_command_in_a_batch_changes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    gavel_core::demo::load(&mut store).expect("demo loads");
    let db = store.path().to_owned();
    let (before, events_before) = (dump_read_tables(&db), event_count(&db));
    let group_id = store.groups().expect("groups")[0].id;
    let meeting_id = Uuid::from_u128(42);

    let error = store
        .apply_batch(vec![
            Command::CreateMeeting {
                id: Some(meeting_id),
                group_id,
                title: "Nyt møde".into(),
                starts_at: "2027-01-14T09:00:00".parse().expect("date"),
                location: None,
            },
            Command::AddAgendaItem {
                id: None,
                meeting_id,
                title: None,
                backlog_key: Some("MO-9999".into()),
                position: None,
            },
        ])
        .expect_err("unknown backlog item");

    assert_eq!(error.to_string(), "backlog item MO-9999 does not exist");
    assert_eq!(
        (dump_read_tables(&db), event_count(&db)),
        (before, events_before)
    );
}

#[test]
fn commands_are_checked_against_the_current_state() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let missing = Uuid::from_u128(7);
    let cases: Vec<(Command, &str)> = vec![
        (
            Command::CreateGroup {
                id: None,
                name: "  ".into(),
                kind: None,
                minutes_language: None,
            },
            "name must not be empty",
        ),
        (
            Command::AddOrganisation {
                id: None,
                group_id: missing,
                name: "Vejle Kommune".into(),
            },
            "group 00000000-0000-0000-0000-000000000007 does not exist",
        ),
        (
            Command::AddAgendaItem {
                id: None,
                meeting_id: missing,
                title: Some("x".into()),
                backlog_key: None,
                position: None,
            },
            "meeting 00000000-0000-0000-0000-000000000007 does not exist",
        ),
        (
            Command::MoveAgendaItem {
                agenda_item_id: missing,
                position: 1,
            },
            "agenda item 00000000-0000-0000-0000-000000000007 does not exist",
        ),
        (
            Command::UpsertBacklogItem {
                key: "MO-1".into(),
                title: None,
                status: None,
                priority: None,
                rank: None,
                story_points: None,
                labels: None,
                parent: None,
                votes: None,
                watchers: None,
                description: None,
            },
            "new backlog item MO-1 needs a title",
        ),
    ];
    for (command, expected) in cases {
        let error = store.apply(command).expect_err("rejected");
        assert_eq!(error.to_string(), expected);
    }
    assert!(store.is_empty().expect("reads"));
}

#[test]
fn upserting_a_backlog_item_with_the_same_values_appends_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let csv = "key,title,status\nMO-1,Første,To Do\nMO-2,Anden,Done\n";
    let first = store.import_backlog_csv("a.csv", csv).expect("imports");
    let second = store
        .import_backlog_csv("a.csv", csv)
        .expect("imports again");
    let changed = store
        .import_backlog_csv(
            "b.csv",
            "key,title,status\nMO-2,Anden,In Progress\nMO-3,Tredje,\n",
        )
        .expect("imports");

    assert_eq!((first.added, first.changed, first.unchanged), (2, 0, 0));
    assert_eq!((second.added, second.changed, second.unchanged), (0, 0, 2));
    assert_eq!(
        (changed.added, changed.changed, changed.unchanged),
        (1, 1, 0)
    );
    assert_eq!(event_count(store.path()), 4);
    let keys: Vec<String> = store
        .backlog_items()
        .expect("items")
        .into_iter()
        .map(|item| item.key)
        .collect();
    assert_eq!(
        keys,
        ["MO-1", "MO-2", "MO-3"],
        "unranked items keep their arrival order"
    );
}

#[test]
fn a_database_from_a_newer_gavel_is_refused_and_left_untouched() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    drop(fresh_store(folder.path()));
    rusqlite::Connection::open(&db)
        .expect("opens")
        .pragma_update(None, "user_version", 99)
        .expect("sets version");
    let bytes_before = std::fs::read(&db).expect("reads");

    let error = Store::open(&db, StoreOptions::new("x"))
        .err()
        .expect("refused");

    assert_eq!(error.kind(), ErrorKind::DatabaseTooNew);
    assert!(
        error.to_string().contains(&format!(
            "written by a newer Gavel (database version 99; this Gavel reads up to {})",
            gavel_core::SCHEMA_VERSION
        )),
        "{error}"
    );
    assert_eq!(std::fs::read(&db).expect("reads"), bytes_before);
}

#[test]
fn a_file_that_is_not_sqlite_is_refused_and_left_untouched() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("minutes.txt");
    let text = "Referat fra styregruppemødet\n".repeat(100);
    std::fs::write(&path, &text).expect("writes");

    let error = Store::open(&path, StoreOptions::new("x"))
        .err()
        .expect("refused");

    assert!(matches!(error, Error::NotADatabase { .. }), "{error:?}");
    assert!(
        error
            .to_string()
            .ends_with("minutes.txt: not a Gavel database: the file is not an SQLite database"),
        "{error}"
    );
    assert_eq!(std::fs::read_to_string(&path).expect("reads"), text);
}

#[test]
fn another_programs_sqlite_database_is_refused() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("other.sqlite3");
    rusqlite::Connection::open(&path)
        .expect("opens")
        .execute_batch("CREATE TABLE photos (id INTEGER)")
        .expect("creates");

    let error = Store::open(&path, StoreOptions::new("x"))
        .err()
        .expect("refused");

    assert!(
        error.to_string().ends_with(
            "other.sqlite3: not a Gavel database: it is an SQLite database of another program"
        ),
        "{error}"
    );
}

#[test]
fn reopening_keeps_the_device_id_and_the_clock_moves_on() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    store
        .apply(Command::CreateGroup {
            id: None,
            name: "A".into(),
            kind: None,
            minutes_language: None,
        })
        .expect("applies");
    let device = store.device_id();
    drop(store);
    // Reopen with a clock set back an hour: new events must still sort after old ones. (A clock
    // set back more than a day writes nothing: sync_attacks.rs.)
    let clock = std::sync::Arc::new(gavel_core::FixedClock::at_millis(
        1_795_777_200_000 - 60 * 60 * 1000,
    ));
    let mut store = Store::open(
        &folder.path().join("gavel.sqlite3"),
        StoreOptions::new("B").with_clock(clock),
    )
    .expect("reopens");
    store
        .apply(Command::CreateGroup {
            id: None,
            name: "B".into(),
            kind: None,
            minutes_language: None,
        })
        .expect("applies");

    assert_eq!(store.device_id(), device);
    let conn = rusqlite::Connection::open(store.path()).expect("opens");
    let hlcs: Vec<i64> = conn
        .prepare("SELECT hlc FROM event ORDER BY rowid")
        .expect("sql")
        .query_map([], |row| row.get(0))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    assert!(hlcs[1] > hlcs[0], "{hlcs:?}");
    assert!(store.verify_log().expect("verifies").is_intact());
}

/// The schema as SQLite stores it, for comparison: every table, index and trigger with its SQL.
fn schema_of(db: &std::path::Path) -> Vec<(String, String, Option<String>)> {
    let conn = rusqlite::Connection::open(db).expect("opens");
    let mut statement = conn
        .prepare("SELECT type, name, sql FROM sqlite_master ORDER BY type, name")
        .expect("sql");
    statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows")
}

#[test]
fn a_version_1_database_upgrades_to_the_schema_of_a_fresh_one_and_keeps_its_data() {
    let folder = tempfile::tempdir().expect("temp dir");
    let old = folder.path().join("v1.sqlite3");
    let v1_schema = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/schema/v1.sql"),
    )
    .expect("the stored v1 schema");
    {
        let conn = rusqlite::Connection::open(&old).expect("opens");
        conn.execute_batch(&v1_schema).expect("v1 schema");
        conn.pragma_update(None, "user_version", 1)
            .expect("version 1");
        conn.execute(
            "INSERT INTO local_device (id) VALUES (?1)",
            [Uuid::from_u128(0xd1)],
        )
        .expect("device");
    }

    let mut upgraded = Store::open(&old, StoreOptions::new("x")).expect("upgrades");
    upgraded
        .apply(Command::CreateGroup {
            id: None,
            name: "Efter opgraderingen".into(),
            kind: None,
            minutes_language: None,
        })
        .expect("works after the upgrade");
    let fresh = fresh_store(folder.path());

    assert_eq!(schema_of(&old), schema_of(fresh.path()));
    assert_eq!(
        upgraded.device_id(),
        Uuid::from_u128(0xd1),
        "the device id is kept"
    );
}
