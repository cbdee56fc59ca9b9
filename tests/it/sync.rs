//! Sync by file through the `gavel` binary: idempotent, order-independent, nothing lost, conflicts
//! reported the same way on both sides, bad files refused with nothing changed, signed minutes
//! frozen. The random-history property test is in sync_properties.rs.

use std::path::{Path, PathBuf};

use crate::support::{dump_read_tables, event_count, gavel, gavel_with_env, stderr, stdout};

const DECEMBER_MEETING: &str = "3adbe893-04b7-5692-8a9c-c5968e4c0734";
const SEPTEMBER_MEETING: &str = "6a4c734a-feaa-5896-9b3f-27af86ca392e";

fn as_author(db: &Path, author: &str, args: &[&str], stdin: &str) -> std::process::Output {
    gavel_with_env(db, args, stdin, &[("GAVEL_AUTHOR", author)])
}

fn export(db: &Path, folder: &Path, name: &str, meetings: &[&str]) -> PathBuf {
    let out = folder.join(name);
    let mut args = vec!["sync", "export", "--out", out.to_str().expect("utf-8")];
    if meetings.is_empty() {
        args.push("--all");
    } else {
        args.extend_from_slice(meetings);
    }
    let output = gavel(db, &args, "");
    assert!(output.status.success(), "{}", stderr(&output));
    out
}

fn import(db: &Path, file: &Path) -> serde_json::Value {
    let output = gavel(
        db,
        &["sync", "import", file.to_str().expect("utf-8"), "--json"],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).expect("report JSON")
}

fn meeting_json(db: &Path, meeting: &str) -> String {
    stdout(&gavel(db, &["meeting", "show", meeting, "--json"], ""))
}

fn verify_heads(db: &Path) -> String {
    let output = gavel(db, &["log", "verify", "--json"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let verification: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    verification["streams"].to_string()
}

/// Laptop A with the demo, laptop B with a copy of it through a sync file.
fn two_laptops(folder: &Path) -> (PathBuf, PathBuf) {
    let a = folder.join("a.sqlite3");
    let b = folder.join("b.sqlite3");
    assert!(as_author(&a, "Mette", &["demo"], "").status.success());
    let file = export(&a, folder, "first.gavel", &[]);
    import(&b, &file);
    (a, b)
}

fn first_agenda_item(db: &Path) -> String {
    let meeting: serde_json::Value =
        serde_json::from_str(&meeting_json(db, DECEMBER_MEETING)).expect("JSON");
    meeting["agenda"][0]["id"].as_str().expect("id").to_owned()
}

#[test]
fn both_laptops_converge_and_report_the_same_conflict() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (a, b) = two_laptops(folder.path());
    let item = first_agenda_item(&a);
    let notes = |text: &str| {
        format!(r#"{{"type":"SetAgendaItemNotes","agenda_item_id":"{item}","notes":"{text}"}}"#)
    };
    assert!(
        as_author(&a, "Mette", &["apply"], &notes("Godkendt med en rettelse"))
            .status
            .success()
    );
    assert!(
        as_author(
            &b,
            "Rasmus",
            &["apply"],
            &notes("Godkendt uden bemærkninger")
        )
        .status
        .success()
    );
    let from_a = export(&a, folder.path(), "a.gavel", &[DECEMBER_MEETING]);
    let from_b = export(&b, folder.path(), "b.gavel", &[DECEMBER_MEETING]);

    let a_report = import(&a, &from_b);
    let b_report = import(&b, &from_a);

    assert_eq!(
        meeting_json(&a, DECEMBER_MEETING),
        meeting_json(&b, DECEMBER_MEETING)
    );
    assert_eq!(verify_heads(&a), verify_heads(&b));
    assert_eq!(
        event_count(&a),
        event_count(&b),
        "nothing lost: both logs hold both notes"
    );
    for report in [&a_report, &b_report] {
        let conflict = &report["conflicts"][0];
        assert_eq!(
            conflict["field"]["en"],
            "notes of agenda item \"Godkendelse af dagsorden\""
        );
        assert_eq!(
            conflict["field"]["da"],
            "noterne til dagsordenspunktet »Godkendelse af dagsorden«"
        );
        assert_eq!(
            conflict["kept"]["value"],
            a_report["conflicts"][0]["kept"]["value"]
        );
    }
    let kept = a_report["conflicts"][0]["kept"]["value"]["en"]
        .as_str()
        .expect("value");
    let shown: serde_json::Value =
        serde_json::from_str(&meeting_json(&a, DECEMBER_MEETING)).expect("JSON");
    assert_eq!(
        shown["agenda"][0]["notes"], kept,
        "the kept value is the one in force"
    );
}

#[test]
fn importing_the_same_file_twice_changes_nothing_the_second_time() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (a, b) = two_laptops(folder.path());
    let file = export(&a, folder.path(), "again.gavel", &[]);
    let (tables, events) = (dump_read_tables(&b), event_count(&b));

    let report = import(&b, &file);

    assert_eq!(
        (
            report["events_added"].as_u64(),
            report["conflicts"].as_array().map(Vec::len)
        ),
        (Some(0), Some(0))
    );
    assert_eq!((dump_read_tables(&b), event_count(&b)), (tables, events));
}

#[test]
fn a_dry_run_reports_without_changing_anything() {
    let folder = tempfile::tempdir().expect("temp dir");
    let a = folder.path().join("a.sqlite3");
    let b = folder.path().join("b.sqlite3");
    assert!(gavel(&a, &["demo"], "").status.success());
    let file = export(&a, folder.path(), "dry.gavel", &[SEPTEMBER_MEETING]);
    assert!(gavel(&b, &["meeting", "list"], "").status.success());

    let output = gavel(
        &b,
        &["sync", "import", file.to_str().expect("utf-8"), "--dry-run"],
        "",
    );

    assert!(
        stdout(&output).contains("new meeting: Styregruppemøde september 2026"),
        "{}",
        stdout(&output)
    );
    assert!(stdout(&output).contains("dry run: nothing was changed"));
    assert_eq!(event_count(&b), 0);
}

#[test]
fn bad_sync_files_are_refused_and_change_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (a, b) = two_laptops(folder.path());
    assert!(as_author(&a, "Mette", &["apply"], &format!(
        r#"{{"type":"AddAgendaItem","meeting_id":"{DECEMBER_MEETING}","title":"Nyt punkt fra A"}}"#
    )).status.success());
    let good =
        std::fs::read_to_string(export(&a, folder.path(), "good.gavel", &[DECEMBER_MEETING]))
            .expect("reads");
    let mut file: serde_json::Value = serde_json::from_str(&good).expect("JSON");
    let edited = {
        let mut copy = file.clone();
        let event = copy["events"]
            .as_array_mut()
            .expect("events")
            .iter_mut()
            .find(|event| {
                event["payload"]
                    .as_str()
                    .is_some_and(|payload| payload.contains("Nyt punkt fra A"))
            })
            .expect("the new event");
        event["payload"] = event["payload"]
            .as_str()
            .expect("text")
            .replace("Nyt punkt", "Falsk punkt")
            .into();
        copy.to_string()
    };
    let missing_event = {
        let mut copy = file.clone();
        let events = copy["events"].as_array_mut().expect("events");
        let position = events
            .iter()
            .position(|event| event["device_seq"] == 2)
            .expect("a second event");
        events.remove(position);
        copy.to_string()
    };
    file["version"] = 99.into();
    let newer = file.to_string();
    let cases = [
        (
            "truncated",
            good[..good.len() / 2].to_owned(),
            "the file ends too early: it is truncated",
        ),
        (
            "edited",
            edited,
            "the event's hash does not match its content: the file was edited",
        ),
        ("gap", missing_event, "is missing (found number 3)"),
        (
            "newer",
            newer,
            "written by a newer Gavel (sync format 99; this Gavel reads up to 1)",
        ),
        (
            "other-json",
            r#"{"issues":[{"key":"MO-1"}]}"#.to_owned(),
            "not a Gavel sync file",
        ),
        (
            "not-json",
            "Referat\nfra mødet\n".to_owned(),
            "not a Gavel sync file",
        ),
    ];
    for (name, content, expected) in cases {
        let path = folder.path().join(format!("{name}.gavel"));
        std::fs::write(&path, content).expect("writes");
        let (tables, events) = (dump_read_tables(&b), event_count(&b));
        let output = gavel(&b, &["sync", "import", path.to_str().expect("utf-8")], "");
        assert!(!output.status.success(), "{name} was accepted");
        assert!(
            stderr(&output).contains(expected),
            "{name}: {}",
            stderr(&output)
        );
        assert!(
            stderr(&output).contains(&format!("{name}.gavel")),
            "the message names the file: {}",
            stderr(&output)
        );
        assert_eq!(
            (dump_read_tables(&b), event_count(&b)),
            (tables, events),
            "{name} changed the database"
        );
    }
}

#[test]
fn a_meeting_that_refers_to_a_group_the_file_lacks_is_refused() {
    let folder = tempfile::tempdir().expect("temp dir");
    let a = folder.path().join("a.sqlite3");
    let b = folder.path().join("b.sqlite3");
    assert!(gavel(&a, &["demo"], "").status.success());
    let good =
        std::fs::read_to_string(export(&a, folder.path(), "full.gavel", &[DECEMBER_MEETING]))
            .expect("reads");
    let mut file: serde_json::Value = serde_json::from_str(&good).expect("JSON");
    file["events"]
        .as_array_mut()
        .expect("events")
        .retain(|event| event["stream_kind"] != "group");
    let path = folder.path().join("no-group.gavel");
    std::fs::write(&path, file.to_string()).expect("writes");

    let output = gavel(&b, &["sync", "import", path.to_str().expect("utf-8")], "");

    assert!(
        stderr(&output).contains("the file refers to a record"),
        "{}",
        stderr(&output)
    );
    assert_eq!(event_count(&b), 0);
}

#[test]
fn changes_to_signed_minutes_are_refused_unless_amended() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (a, b) = two_laptops(folder.path());
    // B adds a decision to the September meeting... which is closed: B amends it first (the
    // amendment flow) — but A signs the September minutes before it hears of that.
    let september: serde_json::Value =
        serde_json::from_str(&meeting_json(&a, SEPTEMBER_MEETING)).expect("JSON");
    let fingerprint = september["log_fingerprint"].as_str().expect("fingerprint");
    let sign = format!(
        r#"{{"type":"RecordMinutesSigned","meeting_id":"{SEPTEMBER_MEETING}","fingerprint":"{fingerprint}","document_sha256":"00","signer_name":"Mette Kjærgaard Holm","role":"chair"}}"#
    );
    assert!(as_author(&a, "Mette", &["apply"], &sign).status.success());
    let reopen_without_amendment = format!(
        r#"{{"type":"AmendMinutes","meeting_id":"{SEPTEMBER_MEETING}","reason":"Rettelse"}}
{{"type":"AddActionItem","meeting_id":"{SEPTEMBER_MEETING}","text":"Tilføjet af B"}}"#
    );
    assert!(
        as_author(&b, "Rasmus", &["apply"], &reopen_without_amendment)
            .status
            .success()
    );
    let from_b = export(&b, folder.path(), "b.gavel", &[SEPTEMBER_MEETING]);

    let report = import(&a, &from_b);

    // B's amendment amends version 1 only if B knew the minutes were signed; it did not, so its
    // reopening is a plain correction of unsigned minutes and A refuses it.
    assert!(
        report["refused"][0]["en"]
            .as_str()
            .is_some_and(|text| text.contains("its minutes are signed here")),
        "{report}"
    );
    let after: serde_json::Value =
        serde_json::from_str(&meeting_json(&a, SEPTEMBER_MEETING)).expect("JSON");
    assert_eq!(
        after["action_items"].as_array().map(Vec::len),
        Some(2),
        "B's action item was not taken"
    );
    assert!(
        gavel(&a, &["log", "verify"], "").status.success(),
        "A's chains stay whole"
    );
}

/// Regression: two laptops that each loaded the demo and then exchanged files ended with every
/// agenda item of the December meeting twice (its items had ids made on each laptop).
#[test]
fn two_laptops_that_each_loaded_the_demo_converge_without_duplicates() {
    let folder = tempfile::tempdir().expect("temp dir");
    let a = folder.path().join("a.sqlite3");
    let b = folder.path().join("b.sqlite3");
    assert!(gavel(&a, &["demo"], "").status.success());
    assert!(gavel(&b, &["demo"], "").status.success());
    let from_a = export(&a, folder.path(), "a.gavel", &[]);
    let from_b = export(&b, folder.path(), "b.gavel", &[]);

    import(&a, &from_b);
    import(&b, &from_a);

    assert_eq!(
        meeting_json(&a, DECEMBER_MEETING),
        meeting_json(&b, DECEMBER_MEETING)
    );
    assert_eq!(
        meeting_json(&a, SEPTEMBER_MEETING),
        meeting_json(&b, SEPTEMBER_MEETING)
    );
    let december: serde_json::Value =
        serde_json::from_str(&meeting_json(&a, DECEMBER_MEETING)).expect("JSON");
    assert_eq!(december["agenda"].as_array().map(Vec::len), Some(7));
    let september: serde_json::Value =
        serde_json::from_str(&meeting_json(&a, SEPTEMBER_MEETING)).expect("JSON");
    assert_eq!(september["decisions"].as_array().map(Vec::len), Some(4));
}
