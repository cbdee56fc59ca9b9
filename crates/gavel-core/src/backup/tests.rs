use std::path::Path;

use chrono::TimeZone;
use uuid::Uuid;

use super::*;
use crate::schema;
use crate::{Command, Store, StoreOptions};

fn store_with_backups(database: &Path) -> Store {
    Store::open(database, StoreOptions::new("Test").with_automatic_backups()).expect("opens")
}

/// A group and an open meeting; returns the meeting's id.
fn open_meeting(store: &mut Store, title: &str) -> Uuid {
    let group_id = store
        .apply(Command::CreateGroup {
            id: None,
            name: format!("Gruppe til {title}"),
            kind: None,
            minutes_language: None,
        })
        .expect("group")
        .created_id
        .expect("group id");
    let meeting_id = store
        .apply(Command::CreateMeeting {
            id: None,
            group_id,
            title: title.to_owned(),
            starts_at: "2026-12-03T13:00:00".parse().expect("time"),
            location: None,
        })
        .expect("meeting")
        .created_id
        .expect("meeting id");
    store
        .apply(Command::OpenMeeting {
            meeting_id,
            at: None,
        })
        .expect("opens");
    meeting_id
}

fn close(store: &mut Store, meeting_id: Uuid) {
    store
        .apply(Command::CloseMeeting {
            meeting_id,
            at: None,
        })
        .expect("closes");
}

fn schema_sql(conn: &Connection) -> Vec<String> {
    let mut statement = conn
        .prepare("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")
        .expect("sql");
    statement
        .query_map([], |row| row.get(0))
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("rows")
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |row| row.get(0)).expect(sql)
}

#[test]
fn closing_a_meeting_leaves_a_backup_that_opens_as_a_gavel_database_with_the_close_in_it() {
    let folder = tempfile::tempdir().expect("temp dir");
    let database = folder.path().join("gavel.sqlite3");
    let mut store = store_with_backups(&database);
    let meeting_id = open_meeting(&mut store, "Styregruppemøde");
    assert!(list_backups(&database).expect("lists").is_empty());

    close(&mut store, meeting_id);
    assert!(store.take_backup_failure().is_none());

    let backups = list_backups(&database).expect("lists");
    assert_eq!(backups.len(), 1);
    let backup = &backups[0];
    assert_eq!(backup.reason, "meeting-closed");
    assert!(
        backup.file_name.starts_with("gavel-20")
            && backup.file_name.ends_with("Z-meeting-closed.sqlite3"),
        "{}",
        backup.file_name
    );
    assert_eq!(backup.meetings, Some(1));
    let events_now = count(&store.conn, "SELECT COUNT(*) FROM event");
    assert_eq!(
        backup.events,
        Some(u64::try_from(events_now).expect("count"))
    );

    // Self-contained (no write-ahead log), and a Gavel database that Store::open accepts.
    let bytes = std::fs::read(&backup.path).expect("reads");
    assert_eq!(&bytes[..16], b"SQLite format 3\0");
    assert_eq!((bytes[18], bytes[19]), (1, 1), "rollback journal, not WAL");
    let copy = Store::open(Path::new(&backup.path), StoreOptions::new("x")).expect("opens");
    assert_eq!(
        copy.meeting(meeting_id).expect("meeting").meeting.status,
        store.meeting(meeting_id).expect("meeting").meeting.status
    );
}

#[test]
fn no_backups_without_the_option_nor_for_commands_that_do_not_close_a_meeting() {
    let folder = tempfile::tempdir().expect("temp dir");
    let database = folder.path().join("gavel.sqlite3");
    let mut store = Store::open(&database, StoreOptions::new("Test")).expect("opens");
    let meeting_id = open_meeting(&mut store, "Uden kopi");
    close(&mut store, meeting_id);
    assert!(!backup_folder(&database).exists());

    let mut store = store_with_backups(&folder.path().join("other.sqlite3"));
    open_meeting(&mut store, "Åbent møde");
    assert!(
        list_backups(&folder.path().join("other.sqlite3"))
            .expect("lists")
            .is_empty()
    );
}

#[test]
fn only_the_newest_backups_are_kept_and_other_databases_backups_are_left_alone() {
    let folder = tempfile::tempdir().expect("temp dir");
    let database = folder.path().join("gavel.sqlite3");
    let store = store_with_backups(&database);
    let neighbour = folder.path().join("gavel-dev.sqlite3");
    let neighbours_store = store_with_backups(&neighbour);
    write_backup(
        &neighbours_store.conn,
        &neighbour,
        BackupReason::MeetingClosed,
        Utc::now(),
    )
    .expect("backup");

    let start = Utc.with_ymd_and_hms(2026, 11, 1, 9, 0, 0).unwrap();
    let mut written = Vec::new();
    for minute in 0..(BACKUPS_KEPT as i64 + 5) {
        let when = start + chrono::Duration::minutes(minute);
        written.push(
            write_backup(&store.conn, &database, BackupReason::MeetingClosed, when)
                .expect("backup"),
        );
    }
    // Two in the same second get different names, and sort in the order they were made.
    let last_second = start + chrono::Duration::days(1);
    let first = write_backup(
        &store.conn,
        &database,
        BackupReason::BeforeRestore,
        last_second,
    )
    .expect("backup");
    let second = write_backup(
        &store.conn,
        &database,
        BackupReason::BeforeRestore,
        last_second,
    )
    .expect("backup");
    assert_ne!(first, second);

    let kept = list_backups(&database).expect("lists");
    assert_eq!(kept.len(), BACKUPS_KEPT);
    assert_eq!(kept[0].path, second.display().to_string(), "newest first");
    assert_eq!(kept[1].path, first.display().to_string());
    let oldest_kept = written.len() - (BACKUPS_KEPT - 2);
    assert_eq!(
        kept.last().expect("some").path,
        written[oldest_kept].display().to_string()
    );
    for deleted in &written[..oldest_kept] {
        assert!(!deleted.exists(), "{} was not pruned", deleted.display());
    }
    assert_eq!(list_backups(&neighbour).expect("lists").len(), 1);
}

#[test]
fn a_version_1_database_is_backed_up_before_its_upgrade() {
    let folder = tempfile::tempdir().expect("temp dir");
    let database = folder.path().join("gavel.sqlite3");
    let v1_schema = include_str!("../../../../tests/fixtures/schema/v1.sql");
    {
        let conn = Connection::open(&database).expect("opens");
        conn.execute_batch(v1_schema).expect("v1 schema");
        conn.pragma_update(None, "user_version", 1)
            .expect("version");
        conn.execute(
            "INSERT INTO local_device (id) VALUES (?1)",
            [Uuid::from_u128(0xd1)],
        )
        .expect("device");
    }

    let store = store_with_backups(&database);
    assert_eq!(count(&store.conn, "PRAGMA user_version"), schema::VERSION);
    let backups = list_backups(&database).expect("lists");
    assert_eq!(backups.len(), 1);
    assert_eq!(
        backups[0].reason,
        format!("before-upgrade-v{}", schema::VERSION)
    );
    let copy = Connection::open(&backups[0].path).expect("opens");
    assert_eq!(count(&copy, "PRAGMA user_version"), 1);
    // The copy holds exactly the v1 schema, and the device the database had.
    let v1_in_memory = Connection::open_in_memory().expect("memory");
    v1_in_memory.execute_batch(v1_schema).expect("v1");
    assert_eq!(schema_sql(&copy), schema_sql(&v1_in_memory));
    assert_eq!(count(&copy, "SELECT COUNT(*) FROM local_device"), 1);

    // Opening the upgraded database again makes no further backup.
    drop(store);
    drop(store_with_backups(&database));
    assert_eq!(list_backups(&database).expect("lists").len(), 1);
}

#[test]
fn an_upgrade_is_refused_when_its_backup_cannot_be_written() {
    let folder = tempfile::tempdir().expect("temp dir");
    let database = folder.path().join("gavel.sqlite3");
    {
        let conn = Connection::open(&database).expect("opens");
        conn.execute_batch(include_str!("../../../../tests/fixtures/schema/v1.sql"))
            .expect("v1 schema");
        conn.pragma_update(None, "user_version", 1)
            .expect("version");
    }
    // A file where the backup folder should be.
    std::fs::write(backup_folder(&database), "not a folder").expect("writes");
    let before = std::fs::read(&database).expect("reads");

    let error = Store::open(&database, StoreOptions::new("x").with_automatic_backups())
        .err()
        .expect("refused");
    assert!(
        error
            .to_string()
            .contains("the backup could not be written"),
        "{error}"
    );
    assert!(
        error
            .danish()
            .contains("Sikkerhedskopien kunne ikke gemmes")
    );
    assert_eq!(std::fs::read(&database).expect("reads"), before);
}

#[test]
fn a_failed_backup_after_a_close_keeps_the_close_and_is_reported_once() {
    let folder = tempfile::tempdir().expect("temp dir");
    let database = folder.path().join("gavel.sqlite3");
    let mut store = store_with_backups(&database);
    let meeting_id = open_meeting(&mut store, "Fuld disk");
    std::fs::write(backup_folder(&database), "not a folder").expect("writes");

    close(&mut store, meeting_id);
    let failure = store.take_backup_failure().expect("reported");
    assert!(failure.to_string().contains("backups"), "{failure}");
    assert!(store.take_backup_failure().is_none());
    assert_eq!(
        store.meeting(meeting_id).expect("meeting").meeting.status,
        crate::MeetingStatus::Closed
    );
}

#[test]
fn restoring_gives_back_the_backed_up_state_and_keeps_a_copy_of_the_replaced_one() {
    let folder = tempfile::tempdir().expect("temp dir");
    let database = folder.path().join("gavel.sqlite3");
    let mut store = store_with_backups(&database);
    let first = open_meeting(&mut store, "Første møde");
    close(&mut store, first);
    let backup = list_backups(&database).expect("lists").remove(0);
    let events_at_backup = count(&store.conn, "SELECT COUNT(*) FROM event");
    let hlc_before_restore = store.last_hlc;

    let second = open_meeting(&mut store, "Andet møde");
    let device_before_restore = store.device_id();
    let restored = store
        .restore_backup(Path::new(&backup.path))
        .expect("restores");

    assert_eq!(
        count(&store.conn, "SELECT COUNT(*) FROM event"),
        events_at_backup
    );
    assert!(store.meeting(second).is_err(), "the later meeting is gone");
    assert!(store.meeting(first).is_ok());
    assert!(
        store.last_hlc >= hlc_before_restore,
        "the clock never goes back"
    );
    assert_eq!(
        count(
            &store.conn,
            "SELECT COUNT(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"
        ),
        1
    );
    assert!(store.verify_log().expect("verifies").broken.is_empty());

    // The replaced state is in the before-restore copy, and the store goes on working.
    let before_restore = Connection::open(&restored.before_restore_backup).expect("opens");
    assert_eq!(count(&before_restore, "SELECT COUNT(*) FROM meeting"), 2);
    assert!(restored.before_restore_backup.contains("Z-before-restore"));
    // It records as a new device: new events start chains of their own, so they cannot collide
    // with the replaced events that other laptops may already hold.
    assert_ne!(store.device_id(), device_before_restore);
    open_meeting(&mut store, "Tredje møde");
    assert!(store.verify_log().expect("verifies").broken.is_empty());
    let device_after_restore = store.device_id();
    drop(store);
    let reopened = Store::open(&database, StoreOptions::new("x")).expect("opens");
    assert_eq!(reopened.device_id(), device_after_restore);
    assert_eq!(reopened.meetings().expect("meetings").len(), 2);
}

#[test]
fn restoring_a_file_that_is_not_a_gavel_database_is_refused_and_changes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let database = folder.path().join("gavel.sqlite3");
    let mut store = store_with_backups(&database);
    open_meeting(&mut store, "Urørt");

    let text = folder.path().join("notes.txt");
    std::fs::write(&text, "Dagsorden:\n1. Budget\n".repeat(200)).expect("writes");
    let other_program = folder.path().join("firefox.sqlite");
    Connection::open(&other_program)
        .expect("opens")
        .execute_batch("CREATE TABLE moz_places (url TEXT); INSERT INTO moz_places VALUES ('x');")
        .expect("other program's table");
    let newer = folder.path().join("newer.sqlite3");
    {
        let conn = Connection::open(&newer).expect("opens");
        conn.execute_batch("CREATE TABLE event (id BLOB); CREATE TABLE local_device (id BLOB);")
            .expect("tables");
        conn.pragma_update(None, "user_version", schema::VERSION + 1)
            .expect("version");
    }
    let empty = folder.path().join("empty.sqlite3");
    std::fs::write(&empty, "").expect("writes");
    let missing = folder.path().join("missing.sqlite3");

    let dump = |store: &Store| -> Vec<String> {
        let mut statement = store
            .conn
            .prepare("SELECT hex(id) || hash FROM event ORDER BY hlc")
            .expect("sql");
        statement
            .query_map([], |row| row.get(0))
            .expect("query")
            .collect::<rusqlite::Result<_>>()
            .expect("rows")
    };
    let before = dump(&store);
    let candidates = [
        (
            &text,
            "not a Gavel database: the file is not an SQLite database",
        ),
        (
            &other_program,
            "not a Gavel database: it is an SQLite database of another program",
        ),
        (&newer, "written by a newer Gavel"),
        (&empty, "not a Gavel database: it has no Gavel decision log"),
        (&missing, "the file does not exist"),
    ];
    for (candidate, expected) in candidates {
        let candidate_before = std::fs::read(candidate).ok();
        let error = store.restore_backup(candidate).expect_err("refused");
        assert!(
            error.to_string().contains(expected),
            "{}: {error}",
            candidate.display()
        );
        assert!(error.to_string().contains(&candidate.display().to_string()));
        assert_ne!(error.danish(), error.to_string());
        assert_eq!(dump(&store), before);
        assert_eq!(std::fs::read(candidate).ok(), candidate_before);
    }
    assert!(
        list_backups(&database).expect("lists").is_empty(),
        "no before-restore copy"
    );
}

#[test]
fn backup_names_parse_back_and_foreign_names_are_ignored() {
    let when = Utc.with_ymd_and_hms(2026, 11, 28, 10, 15, 0).unwrap();
    let upgrade = BackupReason::BeforeUpgrade { to_version: 2 };
    assert_eq!(
        parse_backup_name(
            "gavel",
            "gavel-2026-11-28T10-15-00Z-before-upgrade-v2.sqlite3"
        ),
        Some((when, 1, upgrade))
    );
    assert_eq!(
        parse_backup_name(
            "gavel",
            "gavel-2026-11-28T10-15-00Z-meeting-closed-3.sqlite3"
        ),
        Some((when, 3, BackupReason::MeetingClosed))
    );
    for foreign in [
        "gavel-dev-2026-11-28T10-15-00Z-meeting-closed.sqlite3",
        ".gavel-2026-11-28T10-15-00Z-meeting-closed.sqlite3.partial",
        "gavel-2026-11-28T10-15-00Z-lunch.sqlite3",
        "gavel-2026-11-28T10-15-00Z-meeting-closed.sqlite3-journal",
    ] {
        assert_eq!(parse_backup_name("gavel", foreign), None, "{foreign}");
    }
}

#[test]
fn a_partial_copy_left_by_a_kill_is_removed_once_it_is_old() {
    let folder = tempfile::tempdir().expect("temp dir");
    let database = folder.path().join("gavel.sqlite3");
    let store = store_with_backups(&database);
    std::fs::create_dir_all(backup_folder(&database)).expect("folder");
    let old =
        backup_folder(&database).join(".gavel-2026-11-01T09-00-00Z-meeting-closed.sqlite3.partial");
    let recent =
        backup_folder(&database).join(".gavel-2026-11-28T09-00-00Z-meeting-closed.sqlite3.partial");
    std::fs::write(&old, "half a copy").expect("writes");
    std::fs::write(&recent, "a copy being written").expect("writes");
    std::fs::File::options()
        .write(true)
        .open(&old)
        .expect("opens")
        .set_modified(std::time::SystemTime::now() - Duration::from_secs(2 * 3600))
        .expect("backdates");

    write_backup(
        &store.conn,
        &database,
        BackupReason::MeetingClosed,
        Utc::now(),
    )
    .expect("backup");

    assert!(!old.exists(), "the abandoned copy is removed");
    assert!(
        recent.exists(),
        "a copy that may still be written is left alone"
    );
    assert_eq!(list_backups(&database).expect("lists").len(), 1);
}
