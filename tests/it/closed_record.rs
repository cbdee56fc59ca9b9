//! A closed meeting is a record: what its minutes show (agenda titles and the backlog fields they
//! print, members' names, organisations and roles, the group's name) is fixed when it closes.
//! A later Jira re-import, member edits, organisation renames, retirements with a successor and
//! new members change the group and the backlog from then on, never `meeting show` or the
//! minutes of a meeting already held (issue 16, item 1).

use std::path::{Path, PathBuf};

use crate::support::{dump_read_tables, event_count, gavel_reproducibly, stderr, stdout};

const MEETING_ID: &str = "dd1ce56f-d918-5fcc-a366-e86bba0666a8";
const GROUP_ID: &str = "f3486116-a104-5cc8-bd98-f8d05cce5bc2";
const VEJLE_KOMMUNE: &str = "5aaec490-dbe6-550f-9bd8-fdf09414c364";
const LENE: &str = "745555be-32f8-527c-98d6-65003a29339b";
const TORBEN: &str = "723adfc4-28ec-5bef-b878-1bf7b2eb6847";
const NIELS: &str = "76160e80-dfd9-571a-8b24-d5769eb08267";
const MIKKEL: &str = "876ac56f-c749-572e-a7f3-47b778bdb3e4";
const JONAS: &str = "a03e6100-ccf4-57f6-9ba5-eeed49f463e2";

fn script() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/meetings/full-meeting.jsonl");
    std::fs::read_to_string(path).expect("the meeting script")
}

fn apply(db: &Path, lines: &str) {
    let output = gavel_reproducibly(db, &["apply"], lines);
    assert!(output.status.success(), "{lines}\n{}", stderr(&output));
}

/// The fixture's whole meeting, closed.
fn closed_meeting(folder: &Path) -> PathBuf {
    let db = folder.join("gavel.sqlite3");
    apply(&db, &script());
    db
}

fn show(db: &Path) -> String {
    let output = gavel_reproducibly(db, &["meeting", "show", MEETING_ID, "--json"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output)
}

/// The minutes as an unsigned PDF, exported on the tests' fixed clock: the same record gives the
/// same bytes.
fn minutes_pdf(db: &Path, folder: &Path, name: &str, language: &str) -> Vec<u8> {
    let pdf = folder.join(name);
    let output = gavel_reproducibly(
        db,
        &[
            "minutes",
            "export",
            MEETING_ID,
            "--lang",
            language,
            "--out",
            pdf.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    std::fs::read(&pdf).expect("the exported minutes")
}

/// What the group and the backlog go through after the meeting: a Jira re-import that edits the
/// titles, statuses and points the minutes print (the agenda's MO-102, the priority order's
/// MO-101 and MO-104), member edits (names, an organisation, the secretary's role, a vote weight),
/// an organisation and the group renamed, a member retired from the meeting's day with a
/// successor, and a new member from the start.
fn change_everything_after_the_meeting(db: &Path, folder: &Path) {
    let backlog = folder.join("jira-igen.csv");
    std::fs::write(
        &backlog,
        "key,title,status,story_points\n\
         MO-101,Lederoverblik pr. enhed og afdeling,Done,13\n\
         MO-102,Import fra Opus-løn (omdøbt i Jira),In Progress,8\n\
         MO-103,Kontaktoplysninger på enheder,To Do,\n\
         MO-104,Historik for stillingsbetegnelser og titler,Won't Do,\n",
    )
    .expect("writes the re-export");
    let imported = gavel_reproducibly(
        db,
        &["backlog", "import", backlog.to_str().expect("utf-8")],
        "",
    );
    assert!(imported.status.success(), "{}", stderr(&imported));

    let member = |id: &str, name: &str, role: &str, voting: bool, weight: u32| {
        format!(
            r#"{{"type":"UpdateMember","member_id":"{id}","name":"{name}","organisation_id":"{VEJLE_KOMMUNE}","role":"{role}","voting_right":{voting},"vote_weight":{weight}}}"#
        )
    };
    let lines = [
        member(NIELS, "Niels Kjeldsen Brandt", "member", true, 1),
        member(TORBEN, "Torben Vestergaard Holm", "member", true, 1),
        member(JONAS, "Jonas Friis", "member", false, 1),
        member(LENE, "Lene Bach Christensen", "chair", true, 3),
        format!(
            r#"{{"type":"RenameOrganisation","organisation_id":"{VEJLE_KOMMUNE}","name":"Vejle Kommune, Digitalisering"}}"#
        ),
        format!(
            r#"{{"type":"UpdateGroup","group_id":"{GROUP_ID}","name":"Styregruppen for OS2mo","kind":"steering_group","minutes_language":"en"}}"#
        ),
        format!(
            r#"{{"type":"RetireMember","member_id":"{MIKKEL}","on":"2026-12-10","successor":{{"name":"Mads Mortensen"}}}}"#
        ),
        format!(r#"{{"type":"AddMember","group_id":"{GROUP_ID}","name":"Ane Nybegynder"}}"#),
    ];
    apply(db, &lines.join("\n"));
}

#[test]
fn a_reimport_and_group_changes_after_close_keep_the_meeting_and_its_minutes_byte_identical() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = closed_meeting(folder.path());
    let shown = show(&db);
    let danish = minutes_pdf(&db, folder.path(), "før.pdf", "da");
    let english = minutes_pdf(&db, folder.path(), "before.pdf", "en");

    change_everything_after_the_meeting(&db, folder.path());

    // The changes are real: the backlog and the group show them.
    let backlog = stdout(&gavel_reproducibly(&db, &["backlog", "list", "--json"], ""));
    assert!(
        backlog.contains("Import fra Opus-løn (omdøbt i Jira)"),
        "{backlog}"
    );
    let after = show(&db);
    assert_eq!(
        after, shown,
        "meeting show changed after the meeting closed"
    );
    assert!(
        minutes_pdf(&db, folder.path(), "efter.pdf", "da") == danish,
        "the Danish minutes changed after the meeting closed"
    );
    assert!(
        minutes_pdf(&db, folder.path(), "after.pdf", "en") == english,
        "the English minutes changed after the meeting closed"
    );
}

#[test]
fn the_record_of_a_closed_meeting_is_rebuilt_from_the_log_as_it_was() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = closed_meeting(folder.path());
    let shown = show(&db);
    change_everything_after_the_meeting(&db, folder.path());
    let tables = dump_read_tables(&db);

    let mut store =
        gavel_core::Store::open(&db, gavel_core::StoreOptions::new("rebuild")).expect("opens");
    store.rebuild().expect("rebuilds");
    drop(store);

    assert_eq!(dump_read_tables(&db), tables);
    assert_eq!(show(&db), shown);
}

/// Undo of a group change reaches no further back than the latest close of one of the group's
/// meetings: undoing a rename made while the meeting ran would change its record (Undo refolds
/// the log without the undone event). The chair changes the name back instead.
#[test]
fn a_group_change_a_closed_meeting_recorded_cannot_be_undone() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let script = script();
    let (until_close, close) = script
        .trim_end()
        .rsplit_once('\n')
        .expect("the script ends with the close");
    assert!(close.contains("\"CloseMeeting\""), "{close}");
    apply(&db, until_close);
    apply(
        &db,
        &format!(
            r#"{{"type":"UpdateMember","member_id":"{NIELS}","name":"Niels Kjeldsen Brandt","organisation_id":"{VEJLE_KOMMUNE}","role":"member","voting_right":true,"vote_weight":1}}"#
        ),
    );
    apply(&db, close);
    let (tables, events) = (dump_read_tables(&db), event_count(&db));

    let undo = gavel_reproducibly(
        &db,
        &["apply"],
        &format!(r#"{{"type":"UndoGroupChange","group_id":"{GROUP_ID}"}}"#),
    );

    assert!(!undo.status.success(), "the undo was accepted");
    assert!(
        stderr(&undo).contains("Koordinationsgruppemøde 10. december"),
        "{}",
        stderr(&undo)
    );
    assert_eq!((dump_read_tables(&db), event_count(&db)), (tables, events));
    assert!(show(&db).contains("Niels Kjeldsen Brandt"));
}

/// A database of Gavel 0.3 (schema 4) kept no record: its closed meetings showed the group as it
/// is. Opening it upgrades it and refolds the log, which takes each meeting's record as the log
/// stood at its close: the meeting shows again what it showed when it closed.
#[test]
fn an_upgraded_database_gets_the_record_of_its_closed_meetings_from_the_log() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = closed_meeting(folder.path());
    let shown = show(&db);
    change_everything_after_the_meeting(&db, folder.path());
    {
        // Back to schema 4: what Gavel 0.3 wrote has none of the later schemas' tables and columns.
        let conn = rusqlite::Connection::open(&db).expect("opens");
        conn.execute_batch(
            "DROP INDEX event_taking_back;
             DROP INDEX agenda_item_approving;
             ALTER TABLE meeting DROP COLUMN is_public;
             DROP INDEX member_by_group;
             ALTER TABLE backlog_item DROP COLUMN description;
             ALTER TABLE action_item DROP COLUMN done_on;
             DROP TABLE device_key;
             DROP TABLE known_device;
             DROP TABLE trusted_certificate;
             DROP TABLE chain_head_signature;
             DROP TABLE register_search;
             DROP TABLE register_search_state;
             ALTER TABLE agenda_item DROP COLUMN approves_minutes_of;
             ALTER TABLE agenda_item DROP COLUMN responsible;
             ALTER TABLE agenda_item DROP COLUMN links;
             DROP TABLE recorded_member;
             DROP TABLE recorded_backlog_item;
             DROP TABLE meeting_cancellation;
             ALTER TABLE agenda_item DROP COLUMN case_description;
             ALTER TABLE agenda_item DROP COLUMN proposed_decision;
             ALTER TABLE meeting DROP COLUMN recorded_group_name;
             PRAGMA user_version = 4;",
        )
        .expect("the schema goes back to version 4");
    }

    assert_eq!(show(&db), shown);
    let conn = rusqlite::Connection::open(&db).expect("opens");
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .expect("reads");
    assert_eq!(version, gavel_core::SCHEMA_VERSION);
}
