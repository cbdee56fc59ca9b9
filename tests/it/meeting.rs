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
            "but this is a yes/no poll: expected \"yes\", \"no\", \"abstain\" or \"blank\"",
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

/// The desktop app shows a refusal in the app's language: `gavel_core::Error::danish` on a Danish
/// system (`IpcError::from_core` in src-tauri), the English `Display` text otherwise.
#[test]
fn a_refused_command_reads_in_danish_as_the_danish_ui_shows_it() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = database_with_an_open_poll(folder.path());
    let mut store =
        gavel_core::Store::open(&db, gavel_core::StoreOptions::new("Lene Bach Christensen"))
            .expect("opens");
    let command = |json: String| serde_json::from_str(&json).expect("a valid command");

    let close = store
        .apply(command(format!(
            r#"{{"type":"CloseMeeting","meeting_id":"{MEETING_ID}"}}"#
        )))
        .expect_err("a poll is open");
    let ballot = store
        .apply(command(format!(
            r#"{{"type":"RecordBallot","poll_id":"{}","member_id":"{}","ballot":{{"type":"yes"}}}}"#,
            uuid_of("p:MO-102"),
            uuid_of("m:Jonas Friis")
        )))
        .expect_err("a secretary has no vote");

    assert_eq!(close.kind(), gavel_core::ErrorKind::Rejected);
    assert_eq!(
        close.danish(),
        "Luk afstemningen »Skal import fra Opus-løn udvikles i 1. kvartal 2027?«, før mødet \
         afsluttes."
    );
    assert_eq!(
        close.to_string(),
        "close the poll \"Skal import fra Opus-løn udvikles i 1. kvartal 2027?\" before closing \
         the meeting"
    );
    assert_eq!(ballot.danish(), "Jonas Friis har ikke stemmeret.");
    assert_eq!(ballot.to_string(), "Jonas Friis has no voting right");
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

/// Applies a line on the clock the test databases are made on (a clock days behind the log
/// writes nothing).
fn apply_line(db: &Path, line: &str) -> std::process::Output {
    gavel_reproducibly(db, &["apply"], line)
}

/// The meeting's minutes exported as a PDF, its text extracted by pdftotext with the whitespace
/// collapsed (pdftotext breaks sentences over lines where the layout does).
fn minutes_text(db: &Path, folder: &Path) -> String {
    minutes_text_in(db, folder, "da")
}

/// [`minutes_text`] in `language` (`da` or `en`).
fn minutes_text_in(db: &Path, folder: &Path, language: &str) -> String {
    minutes_text_of(db, folder, MEETING_ID, language)
}

/// The minutes of the closed meeting `meeting_id` as text, in `language` (`da` or `en`).
pub(crate) fn minutes_text_of(
    db: &Path,
    folder: &Path,
    meeting_id: &str,
    language: &str,
) -> String {
    let pdf = folder.join(format!("referat-{language}.pdf"));
    let exported = gavel_reproducibly(
        db,
        &[
            "minutes",
            "export",
            meeting_id,
            "--lang",
            language,
            "--out",
            pdf.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(exported.status.success(), "{}", stderr(&exported));
    let text = std::process::Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext runs");
    String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn show(db: &Path) -> serde_json::Value {
    serde_json::from_str(&stdout(&gavel(
        db,
        &["meeting", "show", MEETING_ID, "--json"],
        "",
    )))
    .expect("meeting show --json")
}

fn sign_line(fingerprint: &str, signer: &str, role: &str) -> String {
    format!(
        r#"{{"type":"RecordMinutesSigned","meeting_id":"{MEETING_ID}","fingerprint":"{fingerprint}","document_sha256":"ab12","signer_name":"{signer}","role":"{role}"}}"#
    )
}

/// Signed = frozen: a signature must cover the meeting as it is, countersignatures keep the
/// fingerprint, nothing changes a signed meeting but an amendment, which starts version 2.
#[test]
fn signed_minutes_freeze_the_meeting_until_an_amendment_starts_a_new_version() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = database_with_the_full_meeting(folder.path());
    let fingerprint = show(&db)["log_fingerprint"]
        .as_str()
        .expect("fingerprint")
        .to_owned();

    let stale = apply_line(
        &db,
        &sign_line(&"0".repeat(64), "Lene Bach Christensen", "chair"),
    );
    assert!(
        stderr(&stale).contains("the meeting changed after they were made"),
        "{}",
        stderr(&stale)
    );

    assert!(
        apply_line(
            &db,
            &sign_line(&fingerprint, "Lene Bach Christensen", "chair")
        )
        .status
        .success()
    );
    assert!(
        apply_line(&db, &sign_line(&fingerprint, "Jonas Friis", "secretary"))
            .status
            .success()
    );
    let signed = show(&db);
    // The meeting list says "Underskrevet" from the first signature of the current version.
    assert_eq!(signed["meeting"]["minutes_signed"], true);
    assert_eq!(
        signed["log_fingerprint"],
        fingerprint.as_str(),
        "signatures do not change the fingerprint"
    );
    assert_eq!(signed["signatures"].as_array().map(Vec::len), Some(2));

    let frozen = apply_line(
        &db,
        &format!(
            r#"{{"type":"RecordDecision","meeting_id":"{MEETING_ID}","outcome":"noted","text":"Tilføjet bagefter"}}"#
        ),
    );
    assert!(
        stderr(&frozen).contains("the minutes of this meeting are signed"),
        "{}",
        stderr(&frozen)
    );
    let undo = apply_line(
        &db,
        &format!(r#"{{"type":"Undo","meeting_id":"{MEETING_ID}"}}"#),
    );
    assert!(
        stderr(&undo).contains("the minutes of this meeting are signed"),
        "{}",
        stderr(&undo)
    );

    let amend = format!(
        r#"{{"type":"AmendMinutes","meeting_id":"{MEETING_ID}","reason":"Handlingspunkt 2 manglede en ansvarlig"}}"#
    );
    assert!(apply_line(&db, &amend).status.success());
    let correction = format!(
        r#"{{"type":"AddActionItem","meeting_id":"{MEETING_ID}","text":"Rettelse: Torben sender oplægget","owner_name":"Torben Vestergaard"}}
{{"type":"CloseMeeting","meeting_id":"{MEETING_ID}"}}"#
    );
    assert!(apply_line(&db, &correction).status.success());
    let amended = show(&db);
    assert_eq!(amended["meeting"]["minutes_version"], 2);
    assert_eq!(
        amended["meeting"]["minutes_signed"], false,
        "version 2 is not signed yet"
    );
    assert_eq!(amended["amendments"][0]["amends_version"], 1);
    assert_ne!(amended["log_fingerprint"], fingerprint.as_str());
    let new_fingerprint = amended["log_fingerprint"]
        .as_str()
        .expect("fingerprint")
        .to_owned();
    assert!(
        apply_line(
            &db,
            &sign_line(&new_fingerprint, "Lene Bach Christensen", "chair")
        )
        .status
        .success()
    );
    let signed_again = show(&db);
    assert_eq!(signed_again["signatures"][2]["version"], 2);
    assert_eq!(signed_again["meeting"]["minutes_signed"], true);
}

#[test]
fn minutes_of_an_open_meeting_cannot_be_signed() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = database_with_an_open_poll(folder.path());
    let fingerprint = show(&db)["log_fingerprint"]
        .as_str()
        .expect("fingerprint")
        .to_owned();

    let output = apply_line(
        &db,
        &sign_line(&fingerprint, "Lene Bach Christensen", "chair"),
    );

    assert!(
        stderr(&output).contains("only the minutes of a closed meeting can be signed"),
        "{}",
        stderr(&output)
    );
}

/// A ballot recorded twice for the same member (here by the proxy holder of Niels Kjeldsen, first
/// "imod", then "for") counts as the last one, and the record keeps that it changed and when:
/// `meeting show` marks it, and the minutes say "stemme ændret kl. 13:00" after his name.
#[test]
fn a_replaced_ballot_is_shown_as_changed_in_the_record_and_the_minutes() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = database_with_the_full_meeting(folder.path());
    let niels = "76160e80-dfd9-571a-8b24-d5769eb08267";

    let shown = show(&db);
    let ballots = shown["polls"][0]["ballots"].as_array().expect("ballots");
    let replaced: Vec<&str> = ballots
        .iter()
        .filter(|ballot| ballot["replaced"] == true)
        .map(|ballot| ballot["member_id"].as_str().expect("an id"))
        .collect();
    assert_eq!(
        replaced,
        [niels],
        "only Niels Kjeldsen's ballot was replaced"
    );
    let his = ballots
        .iter()
        .find(|ballot| ballot["member_id"] == niels)
        .expect("his ballot");
    assert_eq!(his["ballot"]["type"], "yes", "the last ballot counts");
    // The reproducible clock starts at 13:00 and moves on a little with every event.
    let at = his["replaced_at"].as_str().expect("the time of the change");
    assert!(at.starts_with("2026-12-10T13:00:"), "{at}");

    let flat = minutes_text(&db, folder.path());
    assert!(
        flat.contains("Niels Kjeldsen (fuldmagt:") && flat.contains("(stemme ændret kl. 13:00)"),
        "the minutes should say that Niels Kjeldsen's vote changed: {flat}"
    );
    assert_eq!(
        flat.matches("stemme ændret").count(),
        1,
        "no other ballot changed: {flat}"
    );
}

/// Undo after closing a poll opens it again, but not without a trace: the record keeps the
/// result it was first closed with, and when and by whom it was reopened, beside the final one.
#[test]
fn a_poll_reopened_by_undo_keeps_its_first_result_in_the_record_and_the_minutes() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let script = std::fs::read_to_string(fixture("full-meeting.jsonl")).expect("the script");
    // The script up to and including the close of its first poll.
    let lines: Vec<&str> = script.lines().collect();
    let first_close = lines
        .iter()
        .position(|line| line.contains("\"ClosePoll\""))
        .expect("the script closes a poll");
    let until_first_close = &lines[..=first_close];
    assert!(
        until_first_close
            .last()
            .expect("lines")
            .contains("\"ClosePoll\"")
    );
    let applied = gavel_reproducibly(&db, &["apply"], &until_first_close.join("\n"));
    assert!(applied.status.success(), "{}", stderr(&applied));
    let first_summary = show(&db)["polls"][0]["result"]["summary"]["da"]
        .as_str()
        .expect("the first result")
        .to_owned();

    // Undo reopens the poll; a member changes her vote; the poll closes again.
    let poll = show(&db)["polls"][0]["id"].as_str().expect("id").to_owned();
    let member = "745555be-32f8-527c-98d6-65003a29339b";
    for line in [
        format!(r#"{{"type":"Undo","meeting_id":"{MEETING_ID}"}}"#),
        format!(
            r#"{{"type":"RecordBallot","poll_id":"{poll}","member_id":"{member}","ballot":{{"type":"no"}}}}"#
        ),
        format!(r#"{{"type":"ClosePoll","poll_id":"{poll}"}}"#),
        format!(r#"{{"type":"CloseMeeting","meeting_id":"{MEETING_ID}"}}"#),
    ] {
        let output = apply_line(&db, &line);
        assert!(output.status.success(), "{line}: {}", stderr(&output));
    }

    let shown = show(&db);
    let reopenings = shown["polls"][0]["reopenings"]
        .as_array()
        .expect("reopenings");
    assert_eq!(reopenings.len(), 1, "{reopenings:?}");
    assert_eq!(
        reopenings[0]["earlier_result"]["summary"]["da"].as_str(),
        Some(first_summary.as_str())
    );
    assert_eq!(reopenings[0]["by"], "Testperson");
    let final_summary = shown["polls"][0]["result"]["summary"]["da"]
        .as_str()
        .expect("the final result");
    assert_ne!(final_summary, first_summary, "the changed vote counts");

    let flat = minutes_text(&db, folder.path());
    assert!(
        flat.contains("Afstemningen blev genåbnet kl.")
            && flat.contains(&format!("Resultatet var da: {first_summary}"))
            && flat.contains(final_summary),
        "the minutes should give the first result beside the final one: {flat}"
    );
}

/// A blank vote ("blank stemme") in a yes/no poll is a ballot of its own: the CLI takes it, the
/// result counts it apart from abstentions and, under the fixture's rules (which say nothing of
/// blank votes, so they count as abstentions do: not at all), leaves it out of the votes cast;
/// the minutes say so in both languages and list who voted blank.
#[test]
fn blank_votes_in_a_yes_no_poll_are_counted_apart_from_abstentions_in_the_minutes() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = database_with_an_open_poll(folder.path());
    let poll = uuid_of("p:MO-102");
    let ballot = |name: &str, ballot: &str| {
        format!(
            r#"{{"type":"RecordBallot","poll_id":"{poll}","member_id":"{}","ballot":{{"type":"{ballot}"}}}}"#,
            uuid_of(&format!("m:{name}"))
        )
    };
    let lines = [
        ballot("Lene Bach Christensen", "yes"),
        ballot("Torben Vestergaard", "yes"),
        ballot("Sanne Overgaard", "no"),
        ballot("Pia Lauridsen", "blank"),
        ballot("Mikkel Thøgersen", "abstain"),
        // Niels Kjeldsen is absent; Torben Vestergaard holds his proxy and votes blank for him.
        ballot("Niels Kjeldsen", "blank"),
        format!(r#"{{"type":"ClosePoll","poll_id":"{poll}"}}"#),
        format!(r#"{{"type":"CloseMeeting","meeting_id":"{MEETING_ID}"}}"#),
    ];
    let applied = apply_line(&db, &lines.join("\n"));
    assert!(applied.status.success(), "{}", stderr(&applied));

    let result = &show(&db)["polls"][0]["result"];
    assert_eq!(result["tally"], serde_json::json!([2, 1, 1, 2]));
    assert_eq!(
        result["outcome"]["type"], "carried",
        "2 for, 1 against: the blank votes do not count"
    );

    let danish = minutes_text_in(&db, folder.path(), "da");
    for expected in [
        "Vedtaget: 2 for, 1 imod, 1 undlod, 2 blanke.",
        "Kræver simpelt flertal af de afgivne stemmer; undladelser og blanke stemmer tælles ikke med.",
        "for, imod, undlod eller blank",
        "Undlod (1) Mikkel Thøgersen",
        "Blank (2) Niels Kjeldsen (fuldmagt: Torben Vestergaard)",
    ] {
        assert!(
            danish.contains(expected),
            "{expected:?} is missing from: {danish}"
        );
    }
    let english = minutes_text_in(&db, folder.path(), "en");
    for expected in [
        "Carried: 2 for, 1 against, 1 abstention, 2 blank votes.",
        "Requires a simple majority of the votes cast; abstentions and blank votes are not counted.",
        "for, against, abstain or blank",
    ] {
        assert!(
            english.contains(expected),
            "{expected:?} is missing from: {english}"
        );
    }
}
