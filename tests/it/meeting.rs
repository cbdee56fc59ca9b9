//! A whole live meeting through the `gavel` binary: the committed script of a coordination-group
//! meeting yields the committed `meeting show --json`, rebuild gives the same state, and every
//! kind of bad input of the live-meeting issue is refused with a clear message and no change.

use std::path::Path;

use crate::support::{
    check_snapshot, dump_read_tables, event_count, gavel, gavel_reproducibly, stderr, stdout,
};

const MEETING_ID: &str = "dd1ce56f-d918-5fcc-a366-e86bba0666a8";

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/meetings")
        .join(name)
        .display()
        .to_string()
}

fn uuid_of(name: &str) -> String {
    // The fixture's ids are UUID v5 of readable names in this namespace (see its generator
    // comment); recomputing them here keeps the test readable.
    let namespace =
        uuid::Uuid::parse_str("0b1d9a5e-3c2f-4e8a-9d7b-6a5f4e3d2c1b").expect("namespace");
    uuid::Uuid::new_v5(&namespace, name.as_bytes()).to_string()
}

/// A database holding the whole fixture meeting, closed.
fn database_with_the_full_meeting(folder: &Path) -> std::path::PathBuf {
    let db = folder.join("gavel.sqlite3");
    let output = gavel_reproducibly(&db, &["apply", &fixture("full-meeting.jsonl")], "");
    assert!(output.status.success(), "{}", stderr(&output));
    db
}

#[test]
fn the_full_meeting_script_yields_the_expected_meeting() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = database_with_the_full_meeting(folder.path());

    let shown = gavel_reproducibly(&db, &["meeting", "show", MEETING_ID, "--json"], "");

    assert!(shown.status.success(), "{}", stderr(&shown));
    check_snapshot("meetings/full-meeting.expected.json", &stdout(&shown));
    let verified = gavel(&db, &["log", "verify"], "");
    assert!(verified.status.success(), "{}", stderr(&verified));
}

#[test]
fn rebuilding_the_full_meeting_from_its_log_gives_the_same_state() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = database_with_the_full_meeting(folder.path());
    let live_tables = dump_read_tables(&db);
    let live_meeting = stdout(&gavel_reproducibly(
        &db,
        &["meeting", "show", MEETING_ID, "--json"],
        "",
    ));

    let mut store =
        gavel_core::Store::open(&db, gavel_core::StoreOptions::new("rebuild")).expect("opens");
    store.rebuild().expect("rebuilds");
    drop(store);

    assert_eq!(dump_read_tables(&db), live_tables);
    assert_eq!(
        stdout(&gavel_reproducibly(
            &db,
            &["meeting", "show", MEETING_ID, "--json"],
            ""
        )),
        live_meeting
    );
}

/// An open meeting in the middle of the fixture: everything up to and including the first poll's
/// opening (Niels Kjeldsen is absent with his proxy at Torben Vestergaard, Hanne Bøgh is excused).
fn database_with_an_open_poll(folder: &Path) -> std::path::PathBuf {
    let script = std::fs::read_to_string(fixture("full-meeting.jsonl")).expect("fixture");
    let until_first_poll: String = script
        .lines()
        .take_while(|line| !line.contains("\"RecordBallot\""))
        .map(|line| format!("{line}\n"))
        .collect();
    let db = folder.join("gavel.sqlite3");
    let output = gavel_reproducibly(&db, &["apply"], &until_first_poll);
    assert!(output.status.success(), "{}", stderr(&output));
    db
}

#[test]
fn bad_live_meeting_input_is_refused_and_changes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = database_with_an_open_poll(folder.path());
    let poll = uuid_of("p:MO-102");
    let meeting = MEETING_ID;
    let member = |name: &str| uuid_of(&format!("m:{name}"));
    let cases = [
        (
            format!(
                r#"{{"type":"RecordBallot","poll_id":"{poll}","member_id":"{}","ballot":{{"type":"yes"}}}}"#,
                member("Jonas Friis")
            ),
            "Jonas Friis has no voting right",
        ),
        (
            format!(
                r#"{{"type":"RecordBallot","poll_id":"{poll}","member_id":"{}","ballot":{{"type":"yes"}}}}"#,
                member("Hanne Bøgh")
            ),
            "Hanne Bøgh",
        ),
        (
            format!(
                r#"{{"type":"RecordBallot","poll_id":"{poll}","member_id":"{}","ballot":{{"type":"option","index":1}}}}"#,
                member("Sanne Overgaard")
            ),
            "but this is a yes/no poll: expected \"yes\", \"no\" or \"abstain\"",
        ),
        (
            format!(
                r#"{{"type":"GiveProxy","meeting_id":"{meeting}","from_member_id":"{}","to_member_id":"{}"}}"#,
                member("Hanne Bøgh"),
                member("Torben Vestergaard")
            ),
            "Torben Vestergaard already holds 1 proxy",
        ),
        (
            format!(
                r#"{{"type":"GiveProxy","meeting_id":"{meeting}","from_member_id":"{}","to_member_id":"{}"}}"#,
                member("Hanne Bøgh"),
                member("Niels Kjeldsen")
            ),
            "Niels Kjeldsen",
        ),
        (
            format!(
                r#"{{"type":"RecordDecision","meeting_id":"{meeting}","poll_id":"{}","outcome":"approved","text":"x"}}"#,
                uuid::Uuid::nil()
            ),
            "poll in this meeting 00000000-0000-0000-0000-000000000000 does not exist",
        ),
        (
            format!(r#"{{"type":"CloseMeeting","meeting_id":"{meeting}"}}"#),
            "close the poll \"Skal import fra Opus-løn udvikles i 1. kvartal 2027?\" before closing the meeting",
        ),
    ];
    for (line, expected) in cases {
        let (tables, events) = (dump_read_tables(&db), event_count(&db));
        let output = gavel(&db, &["apply"], &line);
        assert!(!output.status.success(), "accepted: {line}");
        assert!(
            stderr(&output).contains(expected),
            "{line}\n{}",
            stderr(&output)
        );
        assert_eq!(
            (dump_read_tables(&db), event_count(&db)),
            (tables, events),
            "{line} changed the database"
        );
    }
}

#[test]
fn a_closed_poll_and_a_closed_meeting_refuse_changes() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = database_with_the_full_meeting(folder.path());
    let poll = uuid_of("p:MO-102");
    let member = uuid_of("m:Sanne Overgaard");
    let cases = [
        (
            format!(
                r#"{{"type":"RecordBallot","poll_id":"{poll}","member_id":"{member}","ballot":{{"type":"yes"}}}}"#
            ),
            "the poll is closed",
        ),
        (
            format!(
                r#"{{"type":"RecordDecision","meeting_id":"{MEETING_ID}","outcome":"noted","text":"For sent"}}"#
            ),
            "a closed meeting cannot be decided in",
        ),
        (
            format!(r#"{{"type":"Undo","meeting_id":"{MEETING_ID}"}}"#),
            "a closed meeting cannot be changed",
        ),
    ];
    for (line, expected) in cases {
        let events = event_count(&db);
        let output = gavel(&db, &["apply"], &line);
        assert!(!output.status.success(), "accepted: {line}");
        assert!(
            stderr(&output).contains(expected),
            "{line}\n{}",
            stderr(&output)
        );
        assert_eq!(event_count(&db), events);
    }
}
