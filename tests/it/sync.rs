//! Sync by file through the `gavel` binary: idempotent, order-independent, nothing lost, conflicts
//! reported the same way on both sides, bad files refused with nothing changed, signed minutes
//! frozen, signed files checked before anything is written. The random-history property test is in
//! sync_properties.rs.

use std::path::{Path, PathBuf};

use crate::support::{
    dump_read_tables, event_count, gavel, gavel_with_env, stderr, stdout, trust_every_device_in,
};

/// `gavel sync import FILE` trusting every device in it, with `more` arguments.
fn import_args<'a>(file: &'a Path, trust: &'a [String], more: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["sync", "import", file.to_str().expect("utf-8")];
    args.extend_from_slice(more);
    args.extend(trust.iter().map(String::as_str));
    args
}

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
    let trust = trust_every_device_in(file);
    let mut args = vec!["sync", "import", file.to_str().expect("utf-8"), "--json"];
    args.extend(trust.iter().map(String::as_str));
    let output = gavel(db, &args, "");
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

/// A chair sets a group up before its first meeting is planned; `--all` takes the group and its
/// members to the secretary's laptop, where the first meeting is planned.
#[test]
fn a_group_without_meetings_goes_with_all() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (chair, secretary) = (
        folder.path().join("chair.sqlite3"),
        folder.path().join("secretary.sqlite3"),
    );
    let group = "5a7e0000-0000-4000-8000-000000000001";
    let set_up = [
        serde_json::json!({"type": "CreateGroup", "id": group, "name": "Styregruppen for OS2mo"}),
        serde_json::json!({
            "type": "AddMember", "id": "5a7e0000-0000-4000-8000-000000000002",
            "group_id": group, "name": "Mette Kjærgaard Holm", "role": "chair"
        }),
        serde_json::json!({
            "type": "AddMember", "id": "5a7e0000-0000-4000-8000-000000000003",
            "group_id": group, "name": "Rasmus Lund", "role": "member"
        }),
    ]
    .map(|line| line.to_string())
    .join("\n");
    let output = gavel(&chair, &["apply"], &set_up);
    assert!(output.status.success(), "{}", stderr(&output));

    import(
        &secretary,
        &export(&chair, folder.path(), "group.gavel", &[]),
    );
    let conn = rusqlite::Connection::open(&secretary).expect("opens");
    let members: i64 = conn
        .query_row("SELECT COUNT(*) FROM member", [], |row| row.get(0))
        .expect("counts");
    assert_eq!(members, 2);
    assert_eq!(dump_read_tables(&secretary), dump_read_tables(&chair));
}

/// The chair sets up her group and sends it alone (`--group NAME`), before its first meeting is
/// planned: the file takes that group's members and no other group, even one with a meeting, and
/// the secretary's import names the new group. A group this database does not have is refused
/// with its id, and no file is written.
#[test]
fn a_group_chosen_alone_goes_without_the_others_and_the_import_names_it() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (chair, secretary) = (
        folder.path().join("chair.sqlite3"),
        folder.path().join("secretary.sqlite3"),
    );
    let (group, other_group) = (
        "5a7e0000-0000-4000-8000-000000000001",
        "5a7e0000-0000-4000-8000-000000000009",
    );
    let set_up = [
        serde_json::json!({"type": "CreateGroup", "id": group, "name": "Styregruppen for OS2mo"}),
        serde_json::json!({
            "type": "AddMember", "id": "5a7e0000-0000-4000-8000-000000000002",
            "group_id": group, "name": "Mette Kjærgaard Holm", "role": "chair"
        }),
        serde_json::json!({"type": "CreateGroup", "id": other_group, "name": "Koordinationsgruppen"}),
        serde_json::json!({
            "type": "AddMember", "id": "5a7e0000-0000-4000-8000-00000000000a",
            "group_id": other_group, "name": "Rasmus Lund", "role": "member"
        }),
        serde_json::json!({
            "type": "CreateMeeting", "id": "5a7e0000-0000-4000-8000-00000000000b",
            "group_id": other_group, "title": "Koordinationsmøde", "starts_at": "2027-01-14T13:00:00"
        }),
    ]
    .map(|line| line.to_string())
    .join("\n");
    let output = gavel(&chair, &["apply"], &set_up);
    assert!(output.status.success(), "{}", stderr(&output));

    let file = folder.path().join("group.gavel");
    let output = gavel(
        &chair,
        &[
            "sync",
            "export",
            "--group",
            // By its name, as the chair knows it (letter case ignored), or by its id.
            "styregruppen for OS2MO",
            "--out",
            file.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains(": 1 group(s), 0 meeting(s), 2 event(s)"),
        "{}",
        stdout(&output)
    );
    let written: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&file).expect("the file")).expect("JSON");
    let streams: std::collections::BTreeSet<&str> = written["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|event| event["stream_kind"] == "group")
        .map(|event| event["stream"].as_str().expect("a stream"))
        .collect();
    assert_eq!(streams, [group].into());
    assert_eq!(written["meetings"], serde_json::json!([]));

    // Edited by hand on the way (a member's name): refused naming the event, nothing taken.
    let edited = folder.path().join("edited.gavel");
    let text = std::fs::read_to_string(&file).expect("the file");
    assert!(text.contains("Mette Kjærgaard Holm"));
    std::fs::write(
        &edited,
        text.replace("Mette Kjærgaard Holm", "Ondsindet Person"),
    )
    .expect("writes");
    let trust = trust_every_device_in(&edited);
    let mut args = vec!["sync", "import", edited.to_str().expect("utf-8")];
    args.extend(trust.iter().map(String::as_str));
    let refused = gavel(&secretary, &args, "");
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("edited.gavel, field \"events[id=")
            && stderr(&refused).contains("the file was edited"),
        "{}",
        stderr(&refused)
    );
    assert!(!secretary.exists() || event_count(&secretary) == 0);

    let report = import(&secretary, &file);
    assert_eq!(
        report["groups_added"],
        serde_json::json!(["Styregruppen for OS2mo"])
    );
    assert_eq!(report["meetings_added"], serde_json::json!([]));
    let conn = rusqlite::Connection::open(&secretary).expect("opens");
    let members: Vec<String> = conn
        .prepare("SELECT name FROM member")
        .expect("prepares")
        .query_map([], |row| row.get(0))
        .expect("reads")
        .collect::<Result<_, _>>()
        .expect("names");
    assert_eq!(members, ["Mette Kjærgaard Holm"]);

    let unknown = "5a7e0000-0000-4000-8000-0000000000ff";
    let refused_file = folder.path().join("unknown.gavel");
    let output = gavel(
        &chair,
        &[
            "sync",
            "export",
            "--group",
            unknown,
            "--out",
            refused_file.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(!output.status.success());
    assert!(stderr(&output).contains(unknown), "{}", stderr(&output));
    assert!(!refused_file.exists());
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

    let trust = trust_every_device_in(&file);
    let output = gavel(&b, &import_args(&file, &trust, &["--dry-run"]), "");

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
            "written by a newer Gavel (sync format 99; this Gavel reads up to 2)",
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

    let trust = trust_every_device_in(&path);
    let output = gavel(&b, &import_args(&path, &trust, &[]), "");

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
/// agenda item of the December meeting twice (its items had ids made on each laptop). Since
/// imported events are decided by the rules (issue 15), the second laptop's demo is two recordings
/// of one meeting, which no Gavel can merge: its group, created again under the same id, is
/// refused, and nothing is doubled. (The app keeps the demo in the practice database, which
/// exports no sync file.)
#[test]
fn two_laptops_that_each_loaded_the_demo_are_not_merged_and_nothing_is_doubled() {
    let folder = tempfile::tempdir().expect("temp dir");
    let a = folder.path().join("a.sqlite3");
    let b = folder.path().join("b.sqlite3");
    assert!(gavel(&a, &["demo"], "").status.success());
    assert!(gavel(&b, &["demo"], "").status.success());
    let from_b = export(&b, folder.path(), "b.gavel", &[]);
    let before = (dump_read_tables(&a), event_count(&a));

    let trust = trust_every_device_in(&from_b);
    let output = gavel(&a, &import_args(&from_b, &trust, &[]), "");

    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("(GroupCreated, id ")
            && stderr(&output).contains(
                "goes against the rules: a group with id 4a1374a0-cf8b-5a89-a6c6-d2be7e2a4337 already exists"
            ),
        "{}",
        stderr(&output)
    );
    assert_eq!((dump_read_tables(&a), event_count(&a)), before);
    let december: serde_json::Value =
        serde_json::from_str(&meeting_json(&a, DECEMBER_MEETING)).expect("JSON");
    assert_eq!(december["agenda"].as_array().map(Vec::len), Some(7));
}

/// Issue 15, item 5, through the CLI: the import lists contradicting decisions from two laptops
/// with the command that keeps one, `meeting show` lists them until then, and the chair's
/// resolution travels to the other laptop like any event.
#[test]
fn contradicting_decisions_are_listed_by_the_import_and_resolved_by_the_chair() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (a, b) = two_laptops(folder.path());
    let open = format!(r#"{{"type":"OpenMeeting","meeting_id":"{DECEMBER_MEETING}"}}"#);
    assert!(as_author(&a, "Mette", &["apply"], &open).status.success());
    import(
        &b,
        &export(&a, folder.path(), "opened.gavel", &[DECEMBER_MEETING]),
    );
    let item = first_agenda_item(&a);
    let decide = |db: &Path, author: &str, outcome: &str| {
        let line = format!(
            r#"{{"type":"RecordDecision","meeting_id":"{DECEMBER_MEETING}","agenda_item_id":"{item}","outcome":"{outcome}","text":"Dagsordenen er {outcome}"}}"#
        );
        let output = gavel(db, &["--author", author, "apply"], &line);
        assert!(output.status.success(), "{}", stderr(&output));
        let applied: serde_json::Value =
            serde_json::from_str(stdout(&output).lines().next().expect("a line")).expect("JSON");
        applied["created_id"].as_str().expect("an id").to_owned()
    };
    let kept = decide(&a, "Mette", "approved");
    decide(&b, "Rasmus", "rejected");
    let from_b = export(&b, folder.path(), "b.gavel", &[DECEMBER_MEETING]);

    let trust = trust_every_device_in(&from_b);
    let imported = gavel(&a, &import_args(&from_b, &trust, &[]), "");

    assert!(imported.status.success(), "{}", stderr(&imported));
    let report = stdout(&imported);
    for expected in [
        "Unresolved conflict on \"Godkendelse af dagsorden\" in \"Styregruppemøde december 2026\"",
        "(approved: \"Dagsordenen er approved\") by Mette",
        "(rejected: \"Dagsordenen er rejected\") by Rasmus",
        "the minutes cannot be signed until the chair keeps one",
        &format!(
            "\"type\":\"ResolveDecisionConflict\",\"meeting_id\":\"{DECEMBER_MEETING}\",\"keep\":\"{kept}\""
        ),
    ] {
        assert!(report.contains(expected), "{expected:?} in {report}");
    }
    let shown = stdout(&gavel(&a, &["meeting", "show", DECEMBER_MEETING], ""));
    assert!(shown.contains("Unresolved conflict on"), "{shown}");

    let resolve = format!(
        r#"{{"type":"ResolveDecisionConflict","meeting_id":"{DECEMBER_MEETING}","keep":"{kept}"}}"#
    );
    assert!(
        as_author(&a, "Mette", &["apply"], &resolve)
            .status
            .success()
    );
    import(
        &b,
        &export(&a, folder.path(), "resolved.gavel", &[DECEMBER_MEETING]),
    );

    for db in [&a, &b] {
        let shown = stdout(&gavel(db, &["meeting", "show", DECEMBER_MEETING], ""));
        assert!(!shown.contains("Unresolved conflict"), "{shown}");
        assert!(
            shown.contains("Decision 1 (approved): Dagsordenen er approved"),
            "{shown}"
        );
        assert!(!shown.contains("rejected"), "{shown}");
    }
    assert_eq!(
        meeting_json(&a, DECEMBER_MEETING),
        meeting_json(&b, DECEMBER_MEETING)
    );
}

// Signed sync files: `gavel sync export --sign`, checked by every import before anything is written.

const SIGNING_PASSWORD: &str = "hemmeligt-kodeord-til-synkronisering";
const CHAIR: &str = "Mette Kjærgaard Holm";

/// `gavel cert create` for `person` into FOLDER/NAME.p12; returns it and its password file.
fn certificate(db: &Path, folder: &Path, name: &str, person: &str) -> (PathBuf, PathBuf) {
    let p12 = folder.join(format!("{name}.p12"));
    let password = folder.join(format!("{name}-password.txt"));
    std::fs::write(&password, format!("{SIGNING_PASSWORD}\n")).expect("writes the password");
    let created = gavel(
        db,
        &[
            "cert",
            "create",
            "--name",
            person,
            "--org",
            "Aarhus Kommune",
            "--out",
            p12.to_str().expect("utf-8"),
            "--password-file",
            password.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(created.status.success(), "{}", stderr(&created));
    (p12, password)
}

/// `gavel sync export --all --sign P12`; returns the file and the export's output.
fn signed_export(
    db: &Path,
    folder: &Path,
    name: &str,
    (p12, password): &(PathBuf, PathBuf),
) -> (PathBuf, String) {
    let out = folder.join(name);
    let output = gavel(
        db,
        &[
            "sync",
            "export",
            "--all",
            "--out",
            out.to_str().expect("utf-8"),
            "--sign",
            p12.to_str().expect("utf-8"),
            "--password-file",
            password.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    (out, stdout(&output))
}

/// The certificate's SHA-256 fingerprint as OpenSSL prints it: an outside check of the one the
/// report shows.
fn openssl_fingerprint((p12, password): &(PathBuf, PathBuf)) -> String {
    let pem = std::process::Command::new("openssl")
        .args(["pkcs12", "-nokeys", "-clcerts", "-in"])
        .arg(p12)
        .arg("-passin")
        .arg(format!("file:{}", password.display()))
        .output()
        .expect("openssl runs");
    assert!(pem.status.success(), "{}", stderr(&pem));
    let mut x509 = std::process::Command::new("openssl")
        .args(["x509", "-noout", "-fingerprint", "-sha256"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("openssl runs");
    std::io::Write::write_all(&mut x509.stdin.take().expect("stdin"), &pem.stdout)
        .expect("writes the certificate");
    let output = x509.wait_with_output().expect("openssl ends");
    stdout(&output)
        .trim()
        .rsplit('=')
        .next()
        .expect("a fingerprint")
        .to_owned()
}

#[test]
fn a_signed_file_imports_and_the_report_and_the_dry_run_name_the_signer() {
    let folder = tempfile::tempdir().expect("temp dir");
    let a = folder.path().join("a.sqlite3");
    let b = folder.path().join("b.sqlite3");
    assert!(gavel(&a, &["demo"], "").status.success());
    let chair = certificate(&a, folder.path(), "chair", CHAIR);
    let fingerprint = openssl_fingerprint(&chair);
    let signed_by = format!(
        "signed by {CHAIR}, Aarhus Kommune (certificate SHA-256 fingerprint {fingerprint})"
    );

    let (file, exported) = signed_export(&a, folder.path(), "signed.gavel", &chair);
    assert!(exported.contains(&signed_by), "{exported}");
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("reads")).expect("JSON");
    assert!(
        written["signature"]["cms"]
            .as_str()
            .is_some_and(|cms| cms.len() > 1000)
    );

    let dry_run = gavel(
        &b,
        &["sync", "import", file.to_str().expect("utf-8"), "--dry-run"],
        "",
    );
    assert!(dry_run.status.success(), "{}", stderr(&dry_run));
    assert!(
        stdout(&dry_run).contains(&signed_by),
        "{}",
        stdout(&dry_run)
    );
    assert_eq!(event_count(&b), 0, "the dry run wrote nothing");

    let report = import(&b, &file);
    assert_eq!(report["signed_by"]["name"], CHAIR);
    assert_eq!(report["signed_by"]["organisation"], "Aarhus Kommune");
    assert_eq!(
        report["signed_by"]["certificate_sha256"],
        fingerprint.as_str()
    );
    assert_eq!(event_count(&b), event_count(&a), "every event arrived");
    assert_eq!(
        meeting_json(&a, DECEMBER_MEETING),
        meeting_json(&b, DECEMBER_MEETING)
    );
}

#[test]
fn an_unsigned_file_still_imports_and_is_reported_as_not_signed() {
    let folder = tempfile::tempdir().expect("temp dir");
    let a = folder.path().join("a.sqlite3");
    let b = folder.path().join("b.sqlite3");
    assert!(gavel(&a, &["demo"], "").status.success());
    let file = export(&a, folder.path(), "unsigned.gavel", &[]);
    assert!(
        !std::fs::read_to_string(&file)
            .expect("reads")
            .contains("\"signature\""),
        "an unsigned file is what it was before signing existed"
    );

    let trust = trust_every_device_in(&file);
    let output = gavel(&b, &import_args(&file, &trust, &[]), "");

    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("\n  not signed\n"),
        "{}",
        stdout(&output)
    );
    assert_eq!(event_count(&b), event_count(&a));
}

/// Imports `content` as FOLDER/NAME.gavel into `db` (with and without --dry-run): refused with a
/// message that names the file, the field and `expected`, and the database is unchanged.
fn assert_refused_and_unchanged(
    db: &Path,
    folder: &Path,
    name: &str,
    content: &[u8],
    expected: &str,
) {
    let path = folder.join(format!("{name}.gavel"));
    std::fs::write(&path, content).expect("writes");
    let before = (dump_read_tables(db), event_count(db));
    for extra in [&[][..], &["--dry-run"][..]] {
        let mut args = vec!["sync", "import", path.to_str().expect("utf-8")];
        args.extend_from_slice(extra);
        let output = gavel(db, &args, "");
        assert!(!output.status.success(), "{name} {extra:?} was accepted");
        let message = stderr(&output);
        assert!(message.contains(expected), "{name}: {message}");
        assert!(
            message.contains(&format!("{name}.gavel, field \"signature\"")),
            "the message names the file and the field: {message}"
        );
        assert!(
            message.contains("the file is refused and nothing was changed"),
            "{message}"
        );
        assert_eq!(
            (dump_read_tables(db), event_count(db)),
            before,
            "{name} changed the database"
        );
    }
}

/// Laptop A with a new agenda item laptop B has not seen, in a file signed by A's chair.
fn signed_change(folder: &Path) -> (PathBuf, PathBuf, (PathBuf, PathBuf), String) {
    let (a, b) = two_laptops(folder);
    assert!(as_author(&a, "Mette", &["apply"], &format!(
        r#"{{"type":"AddAgendaItem","meeting_id":"{DECEMBER_MEETING}","title":"Nyt punkt fra A"}}"#
    )).status.success());
    let chair = certificate(&a, folder, "chair", CHAIR);
    let (file, _) = signed_export(&a, folder, "signed.gavel", &chair);
    let text = std::fs::read_to_string(file).expect("reads");
    (a, b, chair, text)
}

#[test]
fn a_byte_changed_after_signing_refuses_the_whole_file_and_changes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (_, b, _, signed) = signed_change(folder.path());
    // One byte in an event's payload (which its hash also covers) and one in the exporter's
    // name (which only the signature covers).
    let payload_edit = signed.replacen("Nyt punkt fra A", "Nyt punkt fra B", 1);
    let author_at = signed.find("\"author\": \"").expect("the exporter's name") + 11;
    let mut author_edit = signed.clone().into_bytes();
    author_edit[author_at] = if author_edit[author_at] == b'X' {
        b'Y'
    } else {
        b'X'
    };
    let author_edit = String::from_utf8(author_edit).expect("still UTF-8");
    assert!(
        payload_edit != signed && author_edit != signed,
        "both edits changed a byte"
    );
    for (name, content) in [
        ("payload-edited", payload_edit),
        ("author-edited", author_edit),
    ] {
        assert_refused_and_unchanged(
            &b,
            folder.path(),
            name,
            content.as_bytes(),
            "the signature does not hold: the file's content was changed after it was signed",
        );
    }
}

#[test]
fn a_certificate_swapped_for_another_refuses_the_whole_file_and_changes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (a, b, _, signed) = signed_change(folder.path());
    // A forger's own certificate in the chair's name, put into the chair's signature.
    let (forger_p12, _) = certificate(&a, folder.path(), "forger", CHAIR);
    let forger = gavel_minutes::certificate::load_pkcs12(&forger_p12, SIGNING_PASSWORD)
        .expect("the forger's .p12 opens");
    let mut file: gavel_core::sync::SyncFile = serde_json::from_str(&signed).expect("a sync file");
    file.signature = gavel_minutes::sync_signature::swap_certificate(
        file.signature.as_ref().expect("signed"),
        &forger.certificate,
        true,
    );
    let forged = serde_json::to_vec_pretty(&file).expect("serialises");

    assert_refused_and_unchanged(
        &b,
        folder.path(),
        "certificate-swapped",
        &forged,
        "the signature does not hold: the certificate in the signature does not match the key that signed",
    );
}

#[test]
fn a_wrong_password_signs_nothing_and_writes_no_file() {
    let folder = tempfile::tempdir().expect("temp dir");
    let a = folder.path().join("a.sqlite3");
    assert!(gavel(&a, &["demo"], "").status.success());
    let (p12, _) = certificate(&a, folder.path(), "chair", CHAIR);
    let wrong = folder.path().join("wrong.txt");
    std::fs::write(&wrong, "forkert\n").expect("writes");
    let out = folder.path().join("never.gavel");

    let output = gavel(
        &a,
        &[
            "sync",
            "export",
            "--all",
            "--out",
            out.to_str().expect("utf-8"),
            "--sign",
            p12.to_str().expect("utf-8"),
            "--password-file",
            wrong.to_str().expect("utf-8"),
        ],
        "",
    );

    assert!(!output.status.success());
    assert!(
        stderr(&output).contains(&format!("wrong password for {}", p12.display())),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists(), "no file was written");
}

/// A group's chair laptop, from an empty database: the group, a meeting and its decision, all in
/// a sync file (`name`).
fn a_groups_laptop(
    folder: &Path,
    name: &str,
    group: &str,
    meeting: &str,
    decision: &str,
) -> PathBuf {
    let db = folder.join(format!("{name}.sqlite3"));
    let commands = format!(
        concat!(
            "{{\"type\":\"CreateGroup\",\"id\":\"{group}\",\"name\":\"Styregruppen for {name}\"}}\n",
            "{{\"type\":\"CreateMeeting\",\"id\":\"{meeting}\",\"group_id\":\"{group}\",\"title\":\"{name}-møde\",\"starts_at\":\"2026-12-10T13:00:00\"}}\n",
            "{{\"type\":\"OpenMeeting\",\"meeting_id\":\"{meeting}\"}}\n",
            "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{meeting}\",\"outcome\":\"approved\",\"text\":\"{decision}\"}}\n",
            "{{\"type\":\"CloseMeeting\",\"meeting_id\":\"{meeting}\"}}\n",
        ),
        group = group,
        meeting = meeting,
        name = name,
        decision = decision,
    );
    let output = gavel(&db, &["apply"], &commands);
    assert!(output.status.success(), "{}", stderr(&output));
    export(&db, folder, &format!("{name}.gavel"), &[])
}

/// A secretariat takes every group's file in one command: each file on its own, in its own
/// transaction, so a refused file in the middle changes nothing and stops nothing, and the
/// others end as if imported one by one (the next file is read while one is added).
#[test]
fn several_files_in_one_import_each_stand_alone_and_a_refused_one_stops_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mo = a_groups_laptop(
        folder.path(),
        "os2mo",
        "10000000-0000-4000-8000-000000000001",
        "20000000-0000-4000-8000-000000000001",
        "Hosting hos leverandør B.",
    );
    let sync = a_groups_laptop(
        folder.path(),
        "os2sync",
        "10000000-0000-4000-8000-000000000002",
        "20000000-0000-4000-8000-000000000002",
        "Version 5 rulles ud.",
    );
    let edited = folder.path().join("edited.gavel");
    std::fs::write(
        &edited,
        std::fs::read_to_string(&mo)
            .expect("reads")
            .replace("leverandør B", "leverandør C"),
    )
    .expect("writes");
    let mut trust = trust_every_device_in(&mo);
    trust.extend(trust_every_device_in(&sync));
    let missing = folder.path().join("missing.gavel");
    let path = |file: &PathBuf| file.to_str().expect("utf-8").to_owned();
    let mut args: Vec<String> = ["sync", "import"].map(str::to_owned).to_vec();
    args.extend([path(&mo), path(&missing), path(&edited), path(&sync)]);
    args.extend(trust.iter().cloned());
    let args: Vec<&str> = args.iter().map(String::as_str).collect();

    let secretariat = folder.path().join("secretariat.sqlite3");
    let output = gavel(&secretariat, &args, "");

    assert!(!output.status.success(), "a refused file fails the command");
    let (out, err) = (stdout(&output), stderr(&output));
    assert!(
        out.contains("os2mo.gavel: from") && out.contains("os2sync.gavel: from"),
        "{out}"
    );
    assert!(!out.contains("edited.gavel"), "{out}");
    assert!(
        err.contains("edited.gavel") && err.contains("the event's hash does not match its content"),
        "{err}"
    );
    assert!(
        err.contains(&format!("cannot read {}", missing.display())),
        "{err}"
    );
    assert!(
        err.contains("2 of 4 files were refused (above); the others were merged"),
        "{err}"
    );
    let register = stdout(&gavel(&secretariat, &["decisions"], ""));
    assert!(register.contains("Hosting hos leverandør B."), "{register}");
    assert!(register.contains("Version 5 rulles ud."), "{register}");
    assert!(!register.contains("leverandør C"), "{register}");

    // The same as the two good files imported one at a time.
    let one_by_one = folder.path().join("one-by-one.sqlite3");
    import(&one_by_one, &mo);
    import(&one_by_one, &sync);
    assert_eq!(
        (dump_read_tables(&secretariat), event_count(&secretariat)),
        (dump_read_tables(&one_by_one), event_count(&one_by_one))
    );

    // In Danish, the count too; and the files already taken are found present, nothing added.
    let output = gavel_with_env(&secretariat, &args, "", &[("GAVEL_LANG", "da")]);
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("2 af 4 filer blev afvist (se ovenfor); de andre er flettet ind"),
        "{}",
        stderr(&output)
    );
    assert_eq!(event_count(&secretariat), event_count(&one_by_one));

    // For scripts: a report for each file imported and the refusal of each refused, in the
    // order given.
    let mut json_args = vec!["sync", "import", "--json"];
    json_args.extend([
        mo.to_str().expect("utf-8"),
        edited.to_str().expect("utf-8"),
        sync.to_str().expect("utf-8"),
    ]);
    json_args.extend(trust.iter().map(String::as_str));
    let scripted = folder.path().join("scripted.sqlite3");
    let output = gavel(&scripted, &json_args, "");
    assert!(!output.status.success());
    let listed: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let listed = listed.as_array().expect("a list");
    let files: Vec<&str> = listed
        .iter()
        .map(|entry| entry["file_name"].as_str().expect("a name"))
        .collect();
    assert_eq!(
        files,
        [
            mo.to_str().expect("utf-8"),
            edited.to_str().expect("utf-8"),
            sync.to_str().expect("utf-8")
        ]
    );
    assert!(listed[0]["events_added"].as_u64() > Some(0));
    assert!(
        listed[1]["error"]
            .as_str()
            .is_some_and(|error| error.contains("the event's hash does not match its content")),
        "{}",
        listed[1]
    );

    // A dry run of several files says what would be refused, and changes nothing.
    let dry = folder.path().join("dry.sqlite3");
    let mut dry_args = json_args.clone();
    dry_args.retain(|arg| *arg != "--json");
    dry_args.push("--dry-run");
    let output = gavel(&dry, &dry_args, "");
    assert!(!output.status.success());
    assert!(
        stderr(&output)
            .contains("1 of 3 files would be refused (above); dry run: nothing was changed"),
        "{}",
        stderr(&output)
    );
    assert_eq!(event_count(&dry), 0);
}

/// A device among the files (`/dev/zero` never ends) is refused at once, without being read,
/// and the file beside it is merged.
#[test]
fn a_device_among_several_files_is_refused_unread_and_the_others_are_merged() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mo = a_groups_laptop(
        folder.path(),
        "os2mo",
        "10000000-0000-4000-8000-000000000001",
        "20000000-0000-4000-8000-000000000001",
        "Hosting hos leverandør B.",
    );
    let trust = trust_every_device_in(&mo);
    let mut args = vec!["sync", "import", "/dev/zero", mo.to_str().expect("utf-8")];
    args.extend(trust.iter().map(String::as_str));
    let secretariat = folder.path().join("secretariat.sqlite3");

    let output = gavel(&secretariat, &args, "");

    assert!(!output.status.success());
    let err = stderr(&output);
    assert!(err.contains("cannot read /dev/zero"), "{err}");
    assert!(
        err.contains("1 of 2 files was refused (above); the others were merged"),
        "{err}"
    );
    assert!(
        stdout(&output).contains("os2mo.gavel: from"),
        "{}",
        stdout(&output)
    );
    assert!(event_count(&secretariat) > 0);
}
