//! `gavel backup list` and `gavel backup restore` as a chair runs them: the automatic copy after a
//! closed meeting and before an upgrade, refusals that leave the database unchanged, a restore that
//! gives back the backed-up state, and a failed backup that does not undo the close.

use std::path::Path;

use gavel_core::database_lock::DatabaseLock;
use serde_json::Value;

use crate::support::{dump_read_tables, gavel, stderr, stdout};

const GROUP: &str = "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
const FIRST_MEETING: &str = "11111111-2222-4333-8444-555555555555";
const SECOND_MEETING: &str = "22222222-2222-4333-8444-555555555555";

fn meeting_commands(meeting: &str, title: &str, close: bool) -> String {
    let mut commands = format!(
        "{{\"type\":\"CreateMeeting\",\"id\":\"{meeting}\",\"group_id\":\"{GROUP}\",\
         \"title\":\"{title}\",\"starts_at\":\"2026-12-03T10:00:00\"}}\n\
         {{\"type\":\"OpenMeeting\",\"meeting_id\":\"{meeting}\"}}\n"
    );
    if close {
        commands.push_str(&format!(
            "{{\"type\":\"CloseMeeting\",\"meeting_id\":\"{meeting}\"}}\n"
        ));
    }
    commands
}

/// A group and its first meeting, opened and closed.
fn database_with_a_closed_meeting(db: &Path) {
    let commands = format!(
        "{{\"type\":\"CreateGroup\",\"id\":\"{GROUP}\",\"name\":\"Styregruppen\"}}\n{}",
        meeting_commands(FIRST_MEETING, "Møde i Vejle", true)
    );
    let output = gavel(db, &["apply"], &commands);
    assert!(output.status.success(), "{}", stderr(&output));
}

fn backup_list(db: &Path) -> Vec<Value> {
    let output = gavel(db, &["backup", "list", "--json"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_str::<Value>(&stdout(&output))
        .expect("JSON")
        .as_array()
        .expect("a list")
        .clone()
}

fn meeting_list(db: &Path) -> String {
    let output = gavel(db, &["meeting", "list", "--json"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output)
}

fn event_count(db: &Path) -> u64 {
    let conn = rusqlite::Connection::open(db).expect("opens");
    conn.query_row("SELECT COUNT(*) FROM event", [], |row| row.get(0))
        .expect("counts")
}

#[test]
fn closing_a_meeting_in_the_cli_leaves_a_backup_that_the_list_describes() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    database_with_a_closed_meeting(&db);

    let backups = backup_list(&db);
    assert_eq!(backups.len(), 1, "{backups:?}");
    let backup = &backups[0];
    assert_eq!(backup["reason"], "meeting-closed");
    assert_eq!(backup["meetings"], 1);
    assert_eq!(backup["events"], event_count(&db));
    let path = Path::new(backup["path"].as_str().expect("path"));
    assert_eq!(path.parent(), Some(folder.path().join("backups").as_path()));
    assert!(backup["size_bytes"].as_u64().expect("size") > 4096);
    // The copy is a Gavel database with the closed meeting in it.
    assert_eq!(dump_read_tables(path), dump_read_tables(&db));

    let table = gavel(&db, &["backup", "list"], "");
    let table = stdout(&table);
    assert!(table.contains("FILE") && table.contains("WHY"), "{table}");
    assert!(table.contains("After a meeting was closed"), "{table}");
    assert!(table.contains("1 backup(s)"), "{table}");
}

#[test]
fn a_version_1_database_opened_by_the_cli_is_backed_up_before_the_upgrade() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    {
        let conn = rusqlite::Connection::open(&db).expect("opens");
        conn.execute_batch(
            &std::fs::read_to_string(
                Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/schema/v1.sql"),
            )
            .expect("the stored v1 schema"),
        )
        .expect("v1 schema");
        conn.pragma_update(None, "user_version", 1)
            .expect("version 1");
        conn.execute(
            "INSERT INTO local_device (id) VALUES (?1)",
            [uuid::Uuid::from_u128(0xd1)],
        )
        .expect("device");
    }

    let backups = backup_list(&db);

    assert_eq!(backups.len(), 1, "{backups:?}");
    assert_eq!(
        backups[0]["reason"],
        format!("before-upgrade-v{}", gavel_core::SCHEMA_VERSION)
    );
    let copy =
        rusqlite::Connection::open(backups[0]["path"].as_str().expect("path")).expect("opens");
    let version: i64 = copy
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .expect("version");
    assert_eq!(version, 1, "the copy is the database before the upgrade");
}

#[test]
fn restore_gives_back_the_backed_up_state_and_keeps_the_replaced_one() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    database_with_a_closed_meeting(&db);
    let state_at_backup = dump_read_tables(&db);
    let meetings_at_backup = meeting_list(&db);
    let backup = backup_list(&db)[0]["path"]
        .as_str()
        .expect("path")
        .to_owned();

    let output = gavel(
        &db,
        &["apply"],
        &meeting_commands(SECOND_MEETING, "Møde i Aarhus", false),
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let state_before_restore = dump_read_tables(&db);
    assert_ne!(state_before_restore, state_at_backup);

    let output = gavel(&db, &["backup", "restore", &backup], "");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("Restored"), "{}", stdout(&output));

    assert_eq!(dump_read_tables(&db), state_at_backup);
    assert_eq!(meeting_list(&db), meetings_at_backup);
    let verify = gavel(&db, &["log", "verify"], "");
    assert!(verify.status.success(), "{}", stderr(&verify));
    let backups = backup_list(&db);
    assert_eq!(backups.len(), 2);
    assert_eq!(backups[0]["reason"], "before-restore");
    let before_restore = Path::new(backups[0]["path"].as_str().expect("path"));
    assert_eq!(dump_read_tables(before_restore), state_before_restore);

    // The restored database goes on working.
    let output = gavel(
        &db,
        &["apply"],
        &meeting_commands(SECOND_MEETING, "Møde i Aarhus", true),
    );
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn restore_refuses_files_that_are_not_gavel_databases_and_changes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    database_with_a_closed_meeting(&db);
    let text = folder.path().join("referat.txt");
    std::fs::write(&text, "Referat af mødet\n".repeat(300)).expect("writes");
    let other_program = folder.path().join("places.sqlite");
    rusqlite::Connection::open(&other_program)
        .expect("opens")
        .execute_batch("CREATE TABLE moz_places (url TEXT); INSERT INTO moz_places VALUES ('x');")
        .expect("table");
    let newer = folder.path().join("newer.sqlite3");
    std::fs::copy(&db, &newer).expect("copies");
    rusqlite::Connection::open(&newer)
        .expect("opens")
        .pragma_update(None, "user_version", gavel_core::SCHEMA_VERSION + 1)
        .expect("version");

    let database_bytes = std::fs::read(&db).expect("reads");
    let state = dump_read_tables(&db);
    let cases = [
        (&text, "the file is not an SQLite database"),
        (&other_program, "an SQLite database of another program"),
        (&newer, "written by a newer Gavel"),
    ];
    for (file, expected) in cases {
        let file_bytes = std::fs::read(file).expect("reads");
        let output = gavel(
            &db,
            &["backup", "restore", file.to_str().expect("utf-8")],
            "",
        );
        assert!(!output.status.success(), "{} was restored", file.display());
        let message = stderr(&output);
        assert!(message.contains(expected), "{message}");
        assert!(message.contains(&file.display().to_string()), "{message}");
        assert_eq!(std::fs::read(&db).expect("reads"), database_bytes);
        assert_eq!(dump_read_tables(&db), state);
        assert_eq!(std::fs::read(file).expect("reads"), file_bytes);
    }
    assert_eq!(backup_list(&db).len(), 1, "no before-restore copy was made");
}

#[test]
fn restore_is_refused_while_the_app_holds_the_database() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    database_with_a_closed_meeting(&db);
    let backup = backup_list(&db)[0]["path"]
        .as_str()
        .expect("path")
        .to_owned();
    let state = dump_read_tables(&db);

    // The desktop app takes this lock at start (src-tauri/src/single_instance.rs).
    let app_lock = DatabaseLock::try_acquire(&db)
        .expect("lock file")
        .expect("free");
    let output = gavel(&db, &["backup", "restore", &backup], "");
    assert!(!output.status.success());
    let message = stderr(&output);
    assert!(message.contains("is open in the Gavel app"), "{message}");
    assert!(
        message.contains("Databasen er åben i Gavel-appen"),
        "{message}"
    );
    assert_eq!(dump_read_tables(&db), state);
    assert_eq!(backup_list(&db).len(), 1);

    drop(app_lock);
    let output = gavel(&db, &["backup", "restore", &backup], "");
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn a_failed_backup_after_closing_warns_and_keeps_the_meeting_closed() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    // Something that is not a folder where the backups go: every backup fails.
    std::fs::write(folder.path().join("backups"), "not a folder").expect("writes");

    let commands = format!(
        "{{\"type\":\"CreateGroup\",\"id\":\"{GROUP}\",\"name\":\"Styregruppen\"}}\n{}",
        meeting_commands(FIRST_MEETING, "Møde i Vejle", true)
    );
    let output = gavel(&db, &["apply"], &commands);

    assert!(output.status.success(), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains("warning: the meeting is closed, but no backup was made"),
        "{message}"
    );
    assert!(message.contains("advarsel"), "{message}");
    assert_eq!(
        stdout(&output).lines().count(),
        4,
        "every command acknowledged"
    );
    let show = gavel(&db, &["meeting", "show", FIRST_MEETING, "--json"], "");
    let meeting: Value = serde_json::from_str(&stdout(&show)).expect("JSON");
    assert_eq!(meeting["meeting"]["status"], "closed");
}
