//! The `gavel` binary as a user runs it: JSON-lines apply, durability under SIGKILL, tamper
//! detection, and clear refusals of bad input that leave the database unchanged.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use crate::support::{
    built_binary, dump_read_tables, event_count, gavel, gavel_with_env, stderr, stdout,
};

const GROUP_ID: &str = "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";

fn group_and_meeting_commands() -> String {
    format!(
        concat!(
            "{{\"type\":\"CreateGroup\",\"id\":\"{g}\",\"name\":\"Styregruppen for OS2mo\"}}\n",
            "# a comment line, and a blank line:\n\n",
            "{{\"type\":\"CreateMeeting\",\"id\":\"11111111-2222-4333-8444-555555555555\",\"group_id\":\"{g}\",",
            "\"title\":\"Møde i Vejle\",\"starts_at\":\"2026-12-03T10:00:00\"}}\n",
            "{{\"type\":\"AddAgendaItem\",\"meeting_id\":\"11111111-2222-4333-8444-555555555555\",\"title\":\"Eventuelt\"}}\n",
        ),
        g = GROUP_ID
    )
}

#[test]
fn apply_acknowledges_each_command_with_a_json_line() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");

    let output = gavel(&db, &["apply"], &group_and_meeting_commands());

    assert!(output.status.success(), "{}", stderr(&output));
    let results: Vec<serde_json::Value> = stdout(&output)
        .lines()
        .map(|line| serde_json::from_str(line).expect("JSON line"))
        .collect();
    let lines: Vec<u64> = results
        .iter()
        .map(|result| result["line"].as_u64().expect("line"))
        .collect();
    assert_eq!(lines, [1, 4, 5]);
    assert!(
        results.iter().all(|result| result["ok"] == true
            && result["event_ids"].as_array().expect("ids").len() == 1)
    );
    assert_eq!(results[0]["created_id"], GROUP_ID);

    let shown = gavel(
        &db,
        &[
            "meeting",
            "show",
            "11111111-2222-4333-8444-555555555555",
            "--json",
        ],
        "",
    );
    let meeting: serde_json::Value = serde_json::from_slice(&shown.stdout).expect("JSON");
    assert_eq!(meeting["meeting"]["title"], "Møde i Vejle");
    assert_eq!(meeting["agenda"][0]["title"], "Eventuelt");
}

#[test]
fn a_malformed_or_unknown_line_is_reported_with_its_number_and_changes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    assert!(gavel(&db, &["demo"], "").status.success());
    let (before, events_before) = (dump_read_tables(&db), event_count(&db));
    let cases = [
        (
            "{\"type\":\"CreateGroup\",\"name\":\"Ny\"}\n{\"type\":\"CreateGroup\",\"name\":\n",
            "gavel: standard input, line 2: malformed JSON: EOF while parsing a value at column 29; nothing was applied",
        ),
        (
            "{\"type\":\"CreateGroup\",\"name\":\"Ny\"}\n\n{\"type\":\"DeleteEverything\"}\n",
            "gavel: standard input, line 3: not a valid command: unknown variant `DeleteEverything`",
        ),
        (
            "{\"type\":\"CreateGroup\",\"nmae\":\"Ny\"}\n",
            "gavel: standard input, line 1: not a valid command: unknown field `nmae`",
        ),
    ];
    for (input, expected) in cases {
        let output = gavel(&db, &["apply"], input);
        assert!(!output.status.success());
        assert!(stderr(&output).starts_with(expected), "{}", stderr(&output));
        assert_eq!(stdout(&output), "", "no command was acknowledged");
        assert_eq!(
            (dump_read_tables(&db), event_count(&db)),
            (before.clone(), events_before)
        );
    }
}

#[test]
fn a_rejected_command_stops_the_run_and_says_what_was_applied() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let input = format!(
        "{{\"type\":\"CreateGroup\",\"id\":\"{GROUP_ID}\",\"name\":\"A\"}}\n\
         {{\"type\":\"AddOrganisation\",\"group_id\":\"{GROUP_ID}\",\"name\":\"Vejle Kommune\"}}\n\
         {{\"type\":\"AddOrganisation\",\"group_id\":\"{GROUP_ID}\",\"name\":\"Vejle Kommune\"}}\n\
         {{\"type\":\"AddOrganisation\",\"group_id\":\"{GROUP_ID}\",\"name\":\"Kolding Kommune\"}}\n"
    );

    let output = gavel(&db, &["apply"], &input);

    assert!(!output.status.success());
    assert_eq!(
        stderr(&output).trim(),
        "gavel: standard input, line 3: the group already has an organisation named \"Vejle Kommune\". \
         2 command(s) before it were applied; it and the 1 after it were not."
    );
    let last: serde_json::Value =
        serde_json::from_str(stdout(&output).lines().last().expect("3 lines")).expect("JSON");
    assert_eq!(
        (
            last["line"].as_u64(),
            last["ok"].as_bool(),
            last["error"]["kind"].as_str()
        ),
        (Some(3), Some(false), Some("rejected"))
    );
    assert_eq!(event_count(&db), 2);
}

/// The durability promise: what `gavel apply` acknowledged is in the database, even when the
/// process is killed without a chance to clean up.
#[test]
fn commands_acknowledged_before_sigkill_are_all_in_the_database() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let input_path = folder.path().join("commands.jsonl");
    let mut input =
        format!("{{\"type\":\"CreateGroup\",\"id\":\"{GROUP_ID}\",\"name\":\"Styregruppen\"}}\n");
    for number in 0..5_000 {
        input.push_str(&format!("{{\"type\":\"AddOrganisation\",\"group_id\":\"{GROUP_ID}\",\"name\":\"Kommune {number}\"}}\n"));
    }
    std::fs::write(&input_path, input).expect("writes");
    let mut child = Command::new(built_binary("gavel"))
        .arg("--db")
        .arg(&db)
        .arg("apply")
        .arg(&input_path)
        .stdout(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut acknowledged_events = Vec::new();
    let mut lines = BufReader::new(child.stdout.take().expect("piped")).lines();
    while acknowledged_events.len() < 40 {
        let line = lines.next().expect("more acknowledgements").expect("reads");
        let result: serde_json::Value = serde_json::from_str(&line).expect("JSON");
        acknowledged_events.push(
            result["event_ids"][0]
                .as_str()
                .expect("event id")
                .to_owned(),
        );
    }

    child.kill().expect("SIGKILL");
    child.wait().expect("reaped");

    let conn = rusqlite::Connection::open(&db).expect("opens after the kill");
    for event_id in &acknowledged_events {
        let id: uuid::Uuid = event_id.parse().expect("uuid");
        let found: bool = conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM event WHERE id = ?1)",
                [id],
                |row| row.get(0),
            )
            .expect("query");
        assert!(found, "acknowledged event {event_id} is missing");
    }
    let total = event_count(&db);
    assert!(
        (40..5_001).contains(&total),
        "the kill came mid-run: {total} events"
    );
    let verify = gavel(&db, &["log", "verify"], "");
    assert!(verify.status.success(), "{}", stderr(&verify));
}

#[test]
fn log_verify_names_an_event_edited_in_the_database_file() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    assert!(gavel(&db, &["demo"], "").status.success());
    assert!(gavel(&db, &["log", "verify"], "").status.success());
    let conn = rusqlite::Connection::open(&db).expect("opens");
    // Someone with the file and an SQLite tool: drop the append-only guard, move a meeting.
    conn.execute_batch("DROP TRIGGER event_is_append_only_update")
        .expect("drops trigger");
    let edited: uuid::Uuid = conn
        .query_row(
            "SELECT id FROM event WHERE payload LIKE '%MeetingCreated%2026-12-10%'",
            [],
            |row| row.get(0),
        )
        .expect("finds the event");
    conn.execute(
        "UPDATE event SET payload = replace(payload, '2026-12-10', '2026-12-11') WHERE id = ?1",
        [edited],
    )
    .expect("edits");
    drop(conn);

    let output = gavel(&db, &["log", "verify"], "");

    assert!(!output.status.success());
    assert!(
        stderr(&output).contains(&format!("the log is broken at event {edited}")),
        "{}",
        stderr(&output)
    );
    assert!(
        stderr(&output).contains("its stored hash does not match its content"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_backlog_csv_without_a_required_column_is_refused_and_changes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    assert!(gavel(&db, &["demo"], "").status.success());
    let csv = folder.path().join("backlog.csv");
    std::fs::write(&csv, "key,status\nMO-1,Done\n").expect("writes");
    let before = dump_read_tables(&db);

    let output = gavel(
        &db,
        &["backlog", "import", csv.to_str().expect("utf-8 path")],
        "",
    );

    assert!(!output.status.success());
    assert!(
        stderr(&output)
            .contains("backlog.csv, line 1, field \"title\": the header has no \"title\" column"),
        "{}",
        stderr(&output)
    );
    assert_eq!(dump_read_tables(&db), before);
}

#[test]
fn backlog_import_reports_added_changed_and_unchanged() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let csv = folder.path().join("backlog.csv");
    std::fs::write(
        &csv,
        "key;title;story_points\nMO-1;Første;3\nMO-2;Anden;2,5\n",
    )
    .expect("writes");
    let path = csv.to_str().expect("utf-8 path");
    assert!(
        gavel(&db, &["backlog", "import", path], "")
            .status
            .success()
    );
    std::fs::write(
        &csv,
        "key;title;story_points\nMO-1;Første;3\nMO-2;Anden (ændret);2,5\nMO-3;Tredje;\n",
    )
    .expect("writes");

    let output = gavel(&db, &["backlog", "import", path], "");

    assert_eq!(
        stdout(&output).trim(),
        format!("{path}: 1 added, 1 changed, 1 unchanged")
    );
    let listed: serde_json::Value =
        serde_json::from_slice(&gavel(&db, &["backlog", "list", "--json"], "").stdout)
            .expect("JSON");
    assert_eq!(listed[1]["title"], "Anden (ændret)");
    assert_eq!(listed[1]["story_points"], 2.5);
}

#[test]
fn bad_database_files_and_folders_get_a_clear_message() {
    let folder = tempfile::tempdir().expect("temp dir");
    let not_sqlite = folder.path().join("notes.sqlite3");
    std::fs::write(&not_sqlite, "this is not a database\n".repeat(50)).expect("writes");
    let newer = folder.path().join("newer.sqlite3");
    assert!(gavel(&newer, &["demo"], "").status.success());
    rusqlite::Connection::open(&newer)
        .expect("opens")
        .pragma_update(None, "user_version", gavel_core::SCHEMA_VERSION + 1)
        .expect("sets");
    let newer_bytes = std::fs::read(&newer).expect("reads");
    // A data folder that cannot be created, even by root: its parent is a file.
    let blocked = folder
        .path()
        .join("notes.sqlite3")
        .join("data")
        .join("gavel.sqlite3");

    let newer_message = format!(
        "newer.sqlite3: written by a newer Gavel (database version {}; this Gavel reads up to {})",
        gavel_core::SCHEMA_VERSION + 1,
        gavel_core::SCHEMA_VERSION
    );
    let cases = [
        (
            &not_sqlite,
            "notes.sqlite3: not a Gavel database: the file is not an SQLite database",
        ),
        (&newer, newer_message.as_str()),
        (&blocked, "cannot create the data folder"),
    ];
    for (db, expected) in cases {
        let output = gavel(db, &["meeting", "list"], "");
        assert!(!output.status.success(), "{}", db.display());
        assert!(stderr(&output).contains(expected), "{}", stderr(&output));
    }
    assert_eq!(
        std::fs::read_to_string(&not_sqlite).expect("reads"),
        "this is not a database\n".repeat(50)
    );
    assert_eq!(std::fs::read(&newer).expect("reads"), newer_bytes);
}

#[test]
fn demo_fills_an_empty_database_only() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");

    let first = gavel(&db, &["demo"], "");
    let second = gavel(&db, &["demo"], "");

    assert!(first.status.success(), "{}", stderr(&first));
    let meetings: serde_json::Value =
        serde_json::from_slice(&gavel(&db, &["meeting", "list", "--json"], "").stdout)
            .expect("JSON");
    assert_eq!(meetings[0]["group_name"], "Styregruppen for OS2mo");
    assert!(meetings[0]["agenda_item_count"].as_u64() >= Some(5));
    assert!(!second.status.success());
    assert!(
        stderr(&second).contains("the demo only fills an empty database"),
        "{}",
        stderr(&second)
    );
}

/// Issue 15: a title holding ESC sequences, a carriage return, a newline and U+202E, imported from
/// anywhere, must not steer the terminal: the human output shows each as a visible escape, and
/// `--json` keeps the title exactly.
#[test]
fn control_characters_in_data_are_shown_as_escapes_and_json_stays_exact() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let title = "Møde\u{1b}[1A\u{1b}[2K\rsigned by Mette\nsignature 1: VALID \u{202e}lavgilt";
    let commands = format!(
        "{}\n{}\n",
        serde_json::json!({"type": "CreateGroup", "id": "0000000c-0000-4000-8000-000000000001", "name": "Gruppe\u{1b}]0;titel\u{7}"}),
        serde_json::json!({"type": "CreateMeeting", "id": "0000000c-0000-4000-8000-000000000021", "group_id": "0000000c-0000-4000-8000-000000000001", "title": title, "starts_at": "2026-11-12T13:00:00"}),
    );
    let applied = gavel(&db, &["apply"], &commands);
    assert!(applied.status.success(), "{}", stderr(&applied));

    let listed = stdout(&gavel(&db, &["meeting", "list"], ""));
    let shown = gavel(
        &db,
        &["meeting", "show", "0000000c-0000-4000-8000-000000000021"],
        "",
    );
    let shown = stdout(&shown);
    for output in [&listed, &shown] {
        assert!(
            !output.contains('\u{1b}') && !output.contains('\r') && !output.contains('\u{202e}'),
            "a control character reached the terminal:\n{output:?}"
        );
        assert!(
            output.contains(
                r"Møde\u{1b}[1A\u{1b}[2K\rsigned by Mette\nsignature 1: VALID \u{202e}lavgilt"
            ),
            "{output}"
        );
        // The title's newline does not start a line of its own.
        assert!(
            !output.lines().any(|line| line.starts_with("signature 1")),
            "{output}"
        );
    }
    assert!(
        shown.contains(r"Group:     Gruppe\u{1b}]0;titel\u{7}"),
        "{shown}"
    );

    let json = stdout(&gavel(&db, &["meeting", "list", "--json"], ""));
    let meetings: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(meetings[0]["title"], title);
}

/// The CLI speaks the reader's language as the app does: `GAVEL_LANG`, else the system's
/// language. Gavel's messages — a refused command, a bad file naming its line and field, a
/// report's texts — come in Danish on a Danish system, the same facts as in English, and nothing
/// is changed either way.
#[test]
fn gavel_lang_da_gives_the_messages_in_danish() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let input = format!(
        "{{\"type\":\"CreateGroup\",\"id\":\"{GROUP_ID}\",\"name\":\"A\"}}\n\
         {{\"type\":\"AddOrganisation\",\"group_id\":\"{GROUP_ID}\",\"name\":\"Vejle Kommune\"}}\n\
         {{\"type\":\"AddOrganisation\",\"group_id\":\"{GROUP_ID}\",\"name\":\"Vejle Kommune\"}}\n"
    );
    let danish = [("GAVEL_LANG", "da")];

    let refused = gavel_with_env(&db, &["apply"], &input, &danish);
    assert!(!refused.status.success());
    assert_eq!(
        stderr(&refused).trim(),
        "gavel: standard input, linje 3: Gruppen har allerede en organisation, der hedder »Vejle \
         Kommune«. 2 kommandoer før den blev udført; den og 0 kommandoer efter den blev ikke udført."
    );
    let last: serde_json::Value =
        serde_json::from_str(stdout(&refused).lines().last().expect("3 lines")).expect("JSON");
    assert_eq!(
        last["error"]["kind"], "rejected",
        "the kind stays for programs"
    );
    assert!(
        last["error"]["message"]
            .as_str()
            .is_some_and(|message| message.starts_with("Gruppen har allerede")),
        "{last}"
    );
    assert_eq!(event_count(&db), 2);

    // A file that is not a sync file: its name and the field at fault, in Danish; nothing changed.
    let before = dump_read_tables(&db);
    let not_sync = folder.path().join("referat.gavel");
    std::fs::write(&not_sync, "{\"format\": \"noget andet\"}").expect("writes");
    let path = not_sync.to_str().expect("UTF-8");
    let said = stderr(&gavel_with_env(&db, &["sync", "import", path], "", &danish));
    assert!(
        said.contains("referat.gavel, felt »format«: ikke en synkroniseringsfil fra Gavel"),
        "{said}"
    );
    assert_eq!(dump_read_tables(&db), before);

    // The system's language when GAVEL_LANG is not set; GAVEL_LANG wins over it.
    let system_danish = [
        ("GAVEL_LANG", ""),
        ("LC_ALL", ""),
        ("LC_MESSAGES", ""),
        ("LANG", "da_DK.UTF-8"),
    ];
    let said = stderr(&gavel_with_env(
        &db,
        &["sync", "import", path],
        "",
        &system_danish,
    ));
    assert!(
        said.contains("ikke en synkroniseringsfil fra Gavel"),
        "{said}"
    );
    // The report a secretary reads to decide whom to trust: in Danish, counts and names as in
    // English; a dry run changes nothing.
    let meeting = format!(
        "{{\"type\":\"CreateMeeting\",\"group_id\":\"{GROUP_ID}\",\"title\":\"Novembermøde\",\"starts_at\":\"2026-11-05T13:00:00\"}}\n"
    );
    assert!(gavel(&db, &["apply"], &meeting).status.success());
    let events = event_count(&db);
    let exported = folder.path().join("gruppen.gavel");
    let export = gavel(
        &db,
        &[
            "sync",
            "export",
            "--all",
            "--out",
            exported.to_str().expect("UTF-8"),
        ],
        "",
    );
    assert!(export.status.success(), "{}", stderr(&export));
    let other = folder.path().join("anden.sqlite3");
    let report = gavel_with_env(
        &other,
        &[
            "sync",
            "import",
            "--dry-run",
            exported.to_str().expect("UTF-8"),
        ],
        "",
        &danish,
    );
    assert!(report.status.success(), "{}", stderr(&report));
    let report = stdout(&report);
    for expected in [
        "gruppen.gavel: fra Testperson",
        &format!("ville tilføje 0 af {events} hændelser, 0 fandtes allerede"),
        "\n  ikke underskrevet\n",
        &format!("NY, IKKE GODKENDT: {events} hændelser ikke taget med"),
        "prøvekørsel: intet blev ændret",
    ] {
        assert!(
            report.contains(expected),
            "{expected:?} is missing from:\n{report}"
        );
    }
    assert_eq!(event_count(&other), 0);

    let english_over_danish = [("GAVEL_LANG", "en"), ("LANG", "da_DK.UTF-8")];
    let said = stderr(&gavel_with_env(
        &db,
        &["sync", "import", path],
        "",
        &english_over_danish,
    ));
    assert!(
        said.contains("field \"format\": not a Gavel sync file"),
        "{said}"
    );
}

/// The CLI's own words — a list's column headings and count, a meeting's labels, what a command
/// wrote, its own refusals — come from the message catalogue (gavel-messages' `cli.ftl`) in the
/// reader's language, a count agreeing with its noun; `GAVEL_LANG=en` keeps the English that
/// scripts and the other tests read, and `--json` is the same in both.
#[test]
fn gavel_lang_da_gives_the_cli_s_own_words_in_danish_and_en_keeps_them_english() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let danish = [("GAVEL_LANG", "da")];
    let english = [("GAVEL_LANG", "en")];
    let run = |language: &[(&str, &str)], args: &[&str]| {
        let output = gavel_with_env(&db, args, "", language);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
        stdout(&output)
    };

    assert_eq!(
        run(&danish, &["demo"]).trim(),
        format!(
            "Eksempelgruppen med backlog og møde er indlæst i {}.",
            db.display()
        )
    );

    // A list: its column headings and its count line.
    let listed = run(&danish, &["meeting", "list"]);
    let headings: Vec<&str> = listed
        .lines()
        .next()
        .expect("a heading")
        .split_whitespace()
        .collect();
    assert_eq!(
        headings,
        ["ID", "TIDSPUNKT", "PUNKTER", "TITEL"],
        "{listed}"
    );
    assert_eq!(listed.lines().last(), Some("2 møder"), "{listed}");
    let listed = run(&english, &["meeting", "list"]);
    let headings: Vec<&str> = listed
        .lines()
        .next()
        .expect("a heading")
        .split_whitespace()
        .collect();
    assert_eq!(headings, ["ID", "STARTS", "ITEMS", "TITLE"], "{listed}");
    assert_eq!(listed.lines().last(), Some("2 meeting(s)"), "{listed}");
    let json = run(&english, &["meeting", "list", "--json"]);
    assert_eq!(run(&danish, &["meeting", "list", "--json"]), json);
    let meetings: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let december = meetings
        .as_array()
        .expect("a list")
        .iter()
        .find(|meeting| meeting["title"] == "Styregruppemøde december 2026")
        .and_then(|meeting| meeting["id"].as_str())
        .expect("the demo's December meeting")
        .to_owned();

    // A meeting: its labels, the values in one column, and the words for its state.
    let shown = run(&danish, &["meeting", "show", &december]);
    for expected in [
        "\nGruppe:    Styregruppen for OS2mo\n",
        "\nTidspunkt: 2026-12-10 13:00\n",
        "\nStatus:    Kladde\n",
        "\nFremmøde:  Ikke beslutningsdygtig: 0 af 9 stemmeberettigede til stede",
        "\nDeltagere:\n",
        "Ikke registreret (uden stemmeret)\n",
        "\nDagsorden:\n",
    ] {
        assert!(
            shown.contains(expected),
            "{expected:?} is missing from:\n{shown}"
        );
    }
    let shown = run(&english, &["meeting", "show", &december]);
    for expected in [
        "\nGroup:     Styregruppen for OS2mo\n",
        "\nStarts:    2026-12-10 13:00\n",
        "\nStatus:    Draft\n",
        "\nQuorum:    Not quorate: 0 of 9 voting members present",
        "\nAttendance:\n",
        "Unknown (no vote)\n",
        "\nAgenda:\n",
    ] {
        assert!(
            shown.contains(expected),
            "{expected:?} is missing from:\n{shown}"
        );
    }

    // The backlog's count line.
    let items: serde_json::Value =
        serde_json::from_str(&run(&english, &["backlog", "list", "--json"])).expect("JSON");
    let items = items.as_array().expect("a list").len();
    assert!(items > 1, "the demo has a backlog");
    let listed = run(&danish, &["backlog", "list"]);
    assert!(listed.starts_with("NØGLE"), "{listed}");
    assert_eq!(
        listed.lines().last(),
        Some(format!("{items} sager").as_str())
    );
    let listed = run(&english, &["backlog", "list"]);
    assert_eq!(
        listed.lines().last(),
        Some(format!("{items} item(s)").as_str())
    );

    // What a command wrote, and a check of the log.
    let events = event_count(&db);
    let file = folder.path().join("møder.gavel");
    let file_name = file.to_str().expect("UTF-8");
    assert_eq!(
        run(&danish, &["sync", "export", "--all", "--out", file_name]).trim(),
        format!("{file_name}: 1 gruppe, 2 møder, {events} hændelser")
    );
    assert_eq!(
        run(&english, &["sync", "export", "--all", "--out", file_name]).trim(),
        format!("{file_name}: 1 group(s), 2 meeting(s), {events} event(s)")
    );
    let verification: serde_json::Value =
        serde_json::from_str(&run(&english, &["log", "verify", "--json"])).expect("JSON");
    let chains = verification["streams"].as_array().expect("chains").len();
    assert_eq!(
        run(&danish, &["log", "verify"]).lines().last(),
        Some(
            format!("ok: {events} hændelser i {chains} kæder, og alle hashværdier stemmer")
                .as_str()
        )
    );
    assert_eq!(
        run(&english, &["log", "verify"]).lines().last(),
        Some(format!("ok: {events} event(s) in {chains} chain(s), every hash checks out").as_str())
    );

    // The CLI's own refusals; nothing is changed.
    let missing = folder.path().join("findes-ikke.jsonl");
    let missing_name = missing.to_str().expect("UTF-8");
    let refused = gavel_with_env(&db, &["apply", missing_name], "", &danish);
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).starts_with(&format!(
            "gavel: {missing_name} kan ikke læses: filen findes ikke"
        )),
        "{}",
        stderr(&refused)
    );
    let refused = gavel_with_env(&db, &["apply", missing_name], "", &english);
    assert!(
        stderr(&refused).starts_with(&format!("gavel: cannot read {missing_name}: ")),
        "{}",
        stderr(&refused)
    );
    let refused = gavel_with_env(&db, &["sync", "export", "--out", file_name], "", &danish);
    assert!(!refused.status.success());
    assert_eq!(
        stderr(&refused).trim(),
        "gavel: Angiv de møder eller grupper (--group), der skal eksporteres, eller brug --all."
    );
    let refused = gavel_with_env(&db, &["sync", "export", "--out", file_name], "", &english);
    assert_eq!(
        stderr(&refused).trim(),
        "gavel: name the meetings or groups (--group) to export, or give --all"
    );
    assert_eq!(event_count(&db), events);
}

/// One of a thing is written in the singular in Danish ("1 møde", "1 sag"), and an import's
/// report names what it added in Danish; English keeps its wording.
#[test]
fn a_danish_count_of_one_takes_the_singular() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let danish = [("GAVEL_LANG", "da")];
    let applied = gavel(&db, &["apply"], &group_and_meeting_commands());
    assert!(applied.status.success(), "{}", stderr(&applied));
    let csv = folder.path().join("backlog.csv");
    std::fs::write(&csv, "key;title\nMO-1;Første\n").expect("writes");
    let path = csv.to_str().expect("UTF-8");

    let imported = gavel_with_env(&db, &["backlog", "import", path], "", &danish);
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert_eq!(
        stdout(&imported).trim(),
        format!("{path}: nye sager: 1, ændrede: 0, uændrede: 0")
    );
    let listed = stdout(&gavel_with_env(&db, &["backlog", "list"], "", &danish));
    assert_eq!(listed.lines().last(), Some("1 sag"), "{listed}");
    let listed = stdout(&gavel_with_env(&db, &["meeting", "list"], "", &danish));
    assert_eq!(listed.lines().last(), Some("1 møde"), "{listed}");

    let listed = stdout(&gavel(&db, &["backlog", "list"], ""));
    assert_eq!(listed.lines().last(), Some("1 item(s)"), "{listed}");
    let listed = stdout(&gavel(&db, &["meeting", "list"], ""));
    assert_eq!(listed.lines().last(), Some("1 meeting(s)"), "{listed}");
}

/// `--help` speaks the reader's language too: the commands' and options' texts and the help's
/// own headings come from the catalogue in Danish; English is the doc comments' as before.
#[test]
fn gavel_lang_da_gives_the_help_in_danish() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");

    let danish = gavel_with_env(&db, &["--help"], "", &[("GAVEL_LANG", "da")]);
    assert!(danish.status.success(), "{}", stderr(&danish));
    let danish = stdout(&danish);
    for expected in [
        "Afvikl styregruppemøder uden net",
        "\nBrug: gavel [OPTIONS] <KOMMANDO>\n",
        "\nKommandoer:\n",
        "  meeting    Møder: vis listen og ét møde\n",
        "\nTilvalg:\n",
        "Vis hjælpen",
    ] {
        assert!(
            danish.contains(expected),
            "{expected:?} is missing from:\n{danish}"
        );
    }
    let option = gavel_with_env(
        &db,
        &["sync", "import", "--help"],
        "",
        &[("GAVEL_LANG", "da")],
    );
    let option = stdout(&option);
    assert!(
        option.contains("\nArgumenter:\n")
            && option.contains("Kontrollér filen, og rapportér uden at ændre noget"),
        "{option}"
    );

    let english = stdout(&gavel(&db, &["--help"], ""));
    for expected in [
        "Run steering-group meetings offline",
        "\nUsage: gavel [OPTIONS] <COMMAND>\n",
        "\nCommands:\n",
        "  meeting    Meetings: list and show\n",
        "\nOptions:\n",
        "Print help",
    ] {
        assert!(
            english.contains(expected),
            "{expected:?} is missing from:\n{english}"
        );
    }
    assert!(!db.exists(), "asking for help opens no database");
}
