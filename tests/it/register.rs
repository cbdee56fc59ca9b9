//! The decision register (`gavel decisions`): every decision across meetings and groups, from an
//! empty database, filtered by group, issue key, outcome and period; a closed meeting's entries
//! keep the titles its record holds; bad filters are refused naming the option.

use std::path::Path;

use crate::support::{gavel, gavel_with_env, stderr, stdout};

const OS2MO: &str = "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
const OS2SYNC: &str = "1f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
const DECEMBER: &str = "11111111-2222-4333-8444-555555555555";
const MARCH: &str = "11111111-2222-4333-8444-666666666666";
const SYNC_MEETING: &str = "11111111-2222-4333-8444-777777777777";
const HOSTING: &str = "21111111-2222-4333-8444-555555555555";

fn two_groups_with_decisions(db: &Path) {
    let commands = format!(
        concat!(
            "{{\"type\":\"CreateGroup\",\"id\":\"{mo}\",\"name\":\"Styregruppen for OS2mo\"}}\n",
            "{{\"type\":\"CreateGroup\",\"id\":\"{sync}\",\"name\":\"Styregruppen for OS2sync\"}}\n",
            "{{\"type\":\"UpsertBacklogItem\",\"key\":\"MO-1420\",\"title\":\"Hosting af OS2mo\"}}\n",
            "{{\"type\":\"CreateMeeting\",\"id\":\"{dec}\",\"group_id\":\"{mo}\",\"title\":\"Decembermøde\",\"starts_at\":\"2026-12-10T13:00:00\"}}\n",
            "{{\"type\":\"AddAgendaItem\",\"id\":\"{hosting}\",\"meeting_id\":\"{dec}\",\"backlog_key\":\"MO-1420\"}}\n",
            "{{\"type\":\"OpenMeeting\",\"meeting_id\":\"{dec}\"}}\n",
            "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{dec}\",\"agenda_item_id\":\"{hosting}\",\"outcome\":\"approved\",\"text\":\"Tilbud B vælges.\"}}\n",
            "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{dec}\",\"outcome\":\"postponed\",\"text\":\"Budgettet drøftes igen i marts.\"}}\n",
            "{{\"type\":\"AddActionItem\",\"meeting_id\":\"{dec}\",\"agenda_item_id\":\"{hosting}\",\"text\":\"Send tilbud B til leverandøren.\",\"owner_name\":\"Lise Østergaard\",\"due_date\":\"2027-01-15\"}}\n",
            "{{\"type\":\"CloseMeeting\",\"meeting_id\":\"{dec}\"}}\n",
            "{{\"type\":\"CreateMeeting\",\"id\":\"{mar}\",\"group_id\":\"{mo}\",\"title\":\"Martsmøde\",\"starts_at\":\"2027-03-11T13:00:00\"}}\n",
            "{{\"type\":\"OpenMeeting\",\"meeting_id\":\"{mar}\"}}\n",
            "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{mar}\",\"outcome\":\"rejected\",\"text\":\"Ekstra budget afvises.\",\"backlog_changes\":[{{\"key\":\"MO-1420\",\"new_status\":\"Done\"}}]}}\n",
            "{{\"type\":\"CreateMeeting\",\"id\":\"{syncm}\",\"group_id\":\"{sync}\",\"title\":\"OS2sync-møde\",\"starts_at\":\"2027-01-20T10:00:00\"}}\n",
            "{{\"type\":\"OpenMeeting\",\"meeting_id\":\"{syncm}\"}}\n",
            "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{syncm}\",\"outcome\":\"noted\",\"text\":\"Status taget til efterretning.\"}}\n",
        ),
        mo = OS2MO,
        sync = OS2SYNC,
        dec = DECEMBER,
        mar = MARCH,
        syncm = SYNC_MEETING,
        hosting = HOSTING,
    );
    let output = gavel(db, &["apply"], &commands);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
}

/// The register as JSON, reduced to "meeting title #number outcome".
fn listed(db: &Path, filters: &[&str]) -> Vec<String> {
    let mut args = vec!["decisions", "--json"];
    args.extend_from_slice(filters);
    let output = gavel(db, &args, "");
    assert!(output.status.success(), "{}", stderr(&output));
    let entries: Vec<serde_json::Value> =
        serde_json::from_str(&stdout(&output)).expect("JSON list");
    entries
        .iter()
        .map(|entry| {
            format!(
                "{} #{} {}",
                entry["meeting_title"].as_str().expect("title"),
                entry["number"],
                entry["outcome"].as_str().unwrap_or("action item")
            )
        })
        .collect()
}

#[test]
fn the_register_lists_every_decision_across_groups_and_filters_them() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    two_groups_with_decisions(&db);

    assert_eq!(
        listed(&db, &[]),
        [
            "Martsmøde #1 rejected",
            "OS2sync-møde #1 noted",
            "Decembermøde #1 approved",
            "Decembermøde #2 postponed",
            "Decembermøde #1 action item",
        ]
    );
    // The first page: the newest entries, and no more.
    assert_eq!(
        listed(&db, &["--limit", "2"]),
        ["Martsmøde #1 rejected", "OS2sync-møde #1 noted"]
    );
    assert_eq!(
        listed(&db, &["--limit", "4", "--group", "Styregruppen for OS2mo"]),
        [
            "Martsmøde #1 rejected",
            "Decembermøde #1 approved",
            "Decembermøde #2 postponed",
            "Decembermøde #1 action item",
        ]
    );
    assert_eq!(
        listed(&db, &["--kind", "action-item"]),
        ["Decembermøde #1 action item"]
    );
    assert_eq!(
        listed(&db, &["--group", "styregruppen for os2sync"]),
        ["OS2sync-møde #1 noted"]
    );
    assert_eq!(
        listed(&db, &["--group", OS2SYNC]),
        ["OS2sync-møde #1 noted"]
    );
    // The agenda item's key, and a key whose status a decision set, letter case ignored.
    assert_eq!(
        listed(&db, &["--key", "mo-1420"]),
        [
            "Martsmøde #1 rejected",
            "Decembermøde #1 approved",
            "Decembermøde #1 action item"
        ]
    );
    assert_eq!(
        listed(&db, &["--outcome", "postponed"]),
        ["Decembermøde #2 postponed"]
    );
    assert_eq!(
        listed(&db, &["--from", "2027-01-01", "--to", "2027-01-31"]),
        ["OS2sync-møde #1 noted"]
    );

    // For people: a table with the decision's text.
    let table = stdout(&gavel(&db, &["decisions", "--key", "MO-1420"], ""));
    assert!(table.contains("2026-12-10  Decembermøde"), "{table}");
    assert!(table.contains("Tilbud B vælges."), "{table}");
    assert!(
        table.contains("Send tilbud B til leverandøren. (owner: Lise Østergaard, due 2027-01-15)"),
        "{table}"
    );
    assert!(table.ends_with("3 entries\n"), "{table}");
}

#[test]
fn a_closed_meeting_keeps_its_item_title_in_the_register_after_a_rename_in_jira() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    two_groups_with_decisions(&db);
    let renamed =
        "{\"type\":\"UpsertBacklogItem\",\"key\":\"MO-1420\",\"title\":\"Drift af OS2mo\"}\n";
    let output = gavel(&db, &["apply"], renamed);
    assert!(output.status.success(), "{}", stderr(&output));

    let output = gavel(&db, &["decisions", "--json", "--key", "MO-1420"], "");
    let entries: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).expect("JSON");
    let december = entries
        .iter()
        .find(|entry| entry["meeting_id"] == DECEMBER && entry["kind"] == "decision")
        .expect("December's decision");
    assert_eq!(december["agenda_item"], "1. Hosting af OS2mo");
    assert_eq!(december["minutes_signed"], false);
    assert_eq!(december["meeting_status"], "closed");
}

#[test]
fn a_date_that_is_not_one_is_refused_naming_the_option() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    two_groups_with_decisions(&db);

    let output = gavel(&db, &["decisions", "--from", "2026-13-01"], "");

    assert!(!output.status.success());
    assert!(stderr(&output).contains("--from"), "{}", stderr(&output));
    assert!(stdout(&output).is_empty());
}

/// Decisions worded to test the search: Danish word forms, an English one, diacritics, a key.
fn decisions_to_search(db: &Path) {
    two_groups_with_decisions(db);
    let commands = format!(
        concat!(
            "{{\"type\":\"CreateMeeting\",\"id\":\"{apr}\",\"group_id\":\"{mo}\",\"title\":\"Aprilmøde\",\"starts_at\":\"2027-04-08T13:00:00\"}}\n",
            "{{\"type\":\"AddAgendaItem\",\"id\":\"{item}\",\"meeting_id\":\"{apr}\",\"title\":\"Driftsaftale\"}}\n",
            "{{\"type\":\"SetAgendaItemNotes\",\"agenda_item_id\":\"{item}\",\"notes\":\"Leverandørens idé om café-drift blev drøftet. Forslaget blev vedtaget.\"}}\n",
            "{{\"type\":\"OpenMeeting\",\"meeting_id\":\"{apr}\"}}\n",
            "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{apr}\",\"agenda_item_id\":\"{item}\",\"outcome\":\"approved\",\"text\":\"Beslutningen om driften gælder fra 2028; beslutningerne fra 2026 bortfalder.\"}}\n",
            "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{apr}\",\"outcome\":\"noted\",\"text\":\"The steering group noted the decisions on hosting.\"}}\n",
            "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{apr}\",\"outcome\":\"noted\",\"text\":\"En beslutning om budget for 2027 og de følgende år blev udskudt til næste møde i styregruppen, når tallene fra kommunerne er kendt.\"}}\n",
        ),
        mo = OS2MO,
        apr = "11111111-2222-4333-8444-888888888888",
        item = "21111111-2222-4333-8444-888888888888",
    );
    let output = gavel(db, &["apply"], &commands);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
}

fn search(db: &Path, words: &str) -> Vec<String> {
    listed(db, &[&format!("--search={words}")])
}

#[test]
fn search_finds_danish_word_forms_together_best_match_first() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    decisions_to_search(&db);

    // beslutning, beslutningen, beslutningerne: one stem. The decision that says it twice ranks
    // first; the English "decisions" is another word.
    for typed in ["beslutning", "Beslutningen", "beslutningerne"] {
        let found = search(&db, typed);
        assert_eq!(
            found,
            ["Aprilmøde #1 approved", "Aprilmøde #3 noted"],
            "{typed}"
        );
    }
    // A strong verb's past participle in its three forms: "vedtagne" finds "vedtaget". Danish's
    // commonest words (de, er, blev) are left out, or "de vedtagne forslag" would find nothing.
    for typed in [
        "vedtagne forslag",
        "vedtagen",
        "Forslaget vedtaget",
        "de vedtagne forslag",
        "forslaget er blevet vedtaget",
    ] {
        assert_eq!(search(&db, typed), ["Aprilmøde #1 approved"], "{typed}");
    }
    // English word forms, and a Danish verb form found from an English word (hostes/hosting).
    assert_eq!(search(&db, "decision"), ["Aprilmøde #2 noted"]);
    // Every word must be there.
    assert_eq!(search(&db, "beslutning budget"), ["Aprilmøde #3 noted"]);
    // The agenda item's notes count: accents folded (café = cafe, idé = ide), æøå kept.
    assert_eq!(search(&db, "cafe ide"), ["Aprilmøde #1 approved"]);
    // leverandørens, leverandøren: found in an action item's text before an agenda item's notes.
    assert_eq!(
        search(&db, "leverandørens"),
        ["Decembermøde #1 action item", "Aprilmøde #1 approved"]
    );
    assert!(search(&db, "leverandorens").is_empty(), "ø is not o");
    // A backlog key, in any letter case: the December decisions about MO-1420 and March's
    // status change.
    let mut about_the_key = search(&db, "mo-1420");
    about_the_key.sort();
    assert_eq!(
        about_the_key,
        [
            "Decembermøde #1 action item",
            "Decembermøde #1 approved",
            "Martsmøde #1 rejected"
        ]
    );
    assert_eq!(search(&db, "mo-1420").len(), 3);
    // A page of one, filtered: found however far down the ranking the entry is (the ranking is
    // fetched a few pages at a time).
    for (kind, expected) in [
        ("action-item", "Decembermøde #1 action item"),
        ("decision", about_the_key[1].as_str()),
    ] {
        let found = listed(
            &db,
            &["--search=mo-1420", "--limit=1", &format!("--kind={kind}")],
        );
        assert_eq!(found.len(), 1, "{kind}: {found:?}");
        if kind == "action-item" {
            assert_eq!(found, [expected]);
        } else {
            assert!(found[0].contains("#1"), "{found:?}");
        }
    }
    // The best matches first, and no more.
    assert_eq!(
        listed(&db, &["--search=beslutning", "--limit=1"]),
        ["Aprilmøde #1 approved"]
    );
    // As you type: the last word is a beginning.
    assert_eq!(search(&db, "driftsaf"), ["Aprilmøde #1 approved"]);
}

/// A word in more than half of the entries (every entry's context names its group, "Styregruppen
/// for …") says nothing bm25 could rank by: such a search lists the newest first, as the register
/// does, while a search that also holds a rarer word is ranked as before.
#[test]
fn a_search_found_in_most_entries_lists_the_newest_first() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    decisions_to_search(&db);
    let register = listed(&db, &[]);
    assert_eq!(register.len(), 8, "{register:?}");
    assert_eq!(register[0], "Aprilmøde #1 approved", "newest meeting first");
    assert_eq!(search(&db, "styregruppen"), register);
    assert_eq!(
        search(&db, "Styregruppe"),
        register,
        "another form of the word"
    );
    // A page, and a kind: the newest of them.
    assert_eq!(
        listed(&db, &["--search=styregruppen", "--limit=2"]),
        register[..2]
    );
    assert_eq!(
        listed(&db, &["--search=styregruppen", "--kind=action-item"]),
        ["Decembermøde #1 action item"]
    );
    // With a word found in two entries, bm25 ranks again: the one that says it twice first.
    assert_eq!(
        search(&db, "styregruppen beslutning"),
        ["Aprilmøde #1 approved", "Aprilmøde #3 noted"]
    );
}

/// The index holds stems: when Gavel stems differently (schema 11: vedtagne), a database from an
/// older Gavel gets its index made again at the first search after the upgrade, though its log
/// has not grown.
#[test]
fn an_upgrade_that_changes_the_stems_makes_the_index_again() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    decisions_to_search(&db);
    assert_eq!(search(&db, "vedtagne"), ["Aprilmøde #1 approved"]);
    {
        // As an older Gavel left it: an index row under a stem this one no longer makes.
        let conn = rusqlite::Connection::open(&db).expect("opens");
        conn.execute_batch(
            "INSERT INTO register_search (meeting_id, kind, number, text_words, context_words)
             VALUES ('left by an older Gavel', 'decision', 1, 'vedtagn', '');
             PRAGMA user_version = 10;",
        )
        .expect("an older index");
    }

    assert_eq!(search(&db, "vedtagne"), ["Aprilmøde #1 approved"]);

    let conn = rusqlite::Connection::open(&db).expect("opens");
    let left: i64 = conn
        .query_row(
            "SELECT count(*) FROM register_search WHERE meeting_id = 'left by an older Gavel'",
            [],
            |row| row.get(0),
        )
        .expect("counts");
    assert_eq!(left, 0, "the index was made again");
}

#[test]
fn search_marks_the_words_it_found_and_keeps_to_the_other_filters() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    decisions_to_search(&db);

    let output = gavel(&db, &["decisions", "--search", "beslutninger"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output)
            .contains("**Beslutningen** om driften gælder fra 2028; **beslutningerne** fra 2026"),
        "{}",
        stdout(&output)
    );
    let output = gavel(
        &db,
        &["decisions", "--json", "--search", "beslutninger"],
        "",
    );
    let entries: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).expect("JSON");
    let parts = entries[0]["text_parts"].as_array().expect("marked parts");
    let joined: String = parts
        .iter()
        .map(|part| part["text"].as_str().expect("text"))
        .collect();
    assert_eq!(joined, entries[0]["text"].as_str().expect("text"));
    assert_eq!(
        listed(&db, &["--search", "beslutning", "--outcome", "noted"]),
        ["Aprilmøde #3 noted"]
    );
    // The index follows the log: a new decision is found at once.
    let output = gavel(
        &db,
        &["apply"],
        "{\"type\":\"RecordDecision\",\"meeting_id\":\"11111111-2222-4333-8444-888888888888\",\"outcome\":\"approved\",\"text\":\"Endnu en beslutning.\"}",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(search(&db, "beslutning").len(), 3);
}

#[test]
fn a_search_too_long_or_without_words_is_refused_and_syntax_is_only_text() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    decisions_to_search(&db);

    let long = "beslutning ".repeat(10_000);
    let output = gavel(
        &db,
        &["decisions", &format!("--search={}", &long[..100_000])],
        "",
    );
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("the search is 100000 characters long; it may be at most 500"),
        "{}",
        stderr(&output)
    );
    let output = gavel(&db, &["decisions", "--search", "\"*-"], "");
    assert!(!output.status.success());
    assert!(stderr(&output).contains("the search holds no word to search for"));
    // FTS5's syntax is only text here: quotes, stars, NEAR and minus find words, never fail.
    assert_eq!(search(&db, "\"beslutning\""), search(&db, "beslutning"));
    assert_eq!(search(&db, "-beslutning*"), search(&db, "beslutning"));
    assert!(
        search(&db, "beslutning NEAR budget").is_empty(),
        "near is a word"
    );
    // Control characters separate words like spaces, and a search of the commonest words alone
    // seeks its last one: neither fails.
    assert_eq!(
        search(&db, "de\u{7}vedtagne\u{1b}forslag"),
        search(&db, "vedtagne forslag")
    );
    assert_eq!(search(&db, "de og i"), search(&db, "i"));
    // "and" is English's commonest word, left out of a search like "de" (never FTS5's AND).
    assert_eq!(
        search(&db, "beslutning AND budget"),
        search(&db, "beslutning budget")
    );
    assert_eq!(search(&db, "beslutning OR"), Vec::<String>::new());
}

/// The full meeting of the fixtures: a yes/no poll, a secret choice and a points prioritisation,
/// each closed, recorded with `gavel apply` into an empty database.
fn meeting_with_polls(db: &Path) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/meetings/full-meeting.jsonl");
    let output = gavel(db, &["apply", path.to_str().expect("utf-8")], "");
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn every_closed_poll_is_in_the_register_with_its_result_and_a_secret_one_with_totals_only() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    meeting_with_polls(&db);

    let output = gavel(&db, &["decisions", "--kind", "poll-result", "--json"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let entries: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).expect("JSON");
    let questions: Vec<&str> = entries
        .iter()
        .map(|entry| entry["text"].as_str().expect("a question"))
        .collect();
    assert!(
        questions.contains(&"Skal import fra Opus-løn udvikles i 1. kvartal 2027?")
            && questions.contains(&"Hvilken leverandør skal drive løsningen?")
            && questions.contains(&"Prioritering af backloggen for 1. kvartal"),
        "{questions:?}"
    );
    for entry in &entries {
        assert_eq!(entry["kind"], "poll_result");
        assert!(entry["outcome"].is_null());
        let result = entry["poll_result"]["da"].as_str().expect("a result");
        assert!(!result.is_empty(), "{entry}");
    }
    // The points poll is about its backlog items.
    let prioritisation = entries
        .iter()
        .find(|entry| entry["text"] == "Prioritering af backloggen for 1. kvartal")
        .expect("the prioritisation");
    assert_eq!(
        prioritisation["backlog_keys"],
        serde_json::json!(["MO-101", "MO-103", "MO-104"])
    );
    // The secret poll: its result, never who voted how.
    let secret = entries
        .iter()
        .find(|entry| entry["text"] == "Hvilken leverandør skal drive løsningen?")
        .expect("the secret poll");
    let shown = secret.to_string();
    for ballot_name in ballot_names(&db) {
        assert!(!shown.contains(&ballot_name), "{ballot_name} in {shown}");
    }
    // Found by search, in the table with the result after the question.
    let output = gavel(&db, &["decisions", "--search", "leverandøren"], "");
    assert!(
        stdout(&output).contains("poll")
            && stdout(&output).contains("Hvilken **leverandør** skal drive løsningen? — "),
        "{}",
        stdout(&output)
    );
    // Found by its result, whose word is marked too, in the reader's language.
    let output = gavel(&db, &["decisions", "--search", "magenta"], "");
    assert!(
        stdout(&output).contains(
            "Hvilken leverandør skal drive løsningen? — Chosen: “**Magenta**” with 4 of 6 votes."
        ),
        "{}",
        stdout(&output)
    );
    let output = gavel(&db, &["decisions", "--search", "magenta", "--json"], "");
    let found: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).expect("JSON");
    let poll = found
        .iter()
        .find(|entry| entry["kind"] == "poll_result")
        .expect("the poll is found by its result");
    assert_eq!(
        poll["poll_result_parts"]["da"],
        serde_json::json!([
            {"text": "Valgt: »", "hit": false},
            {"text": "Magenta", "hit": true},
            {"text": "« med 4 af 6 stemmer.", "hit": false},
        ])
    );
    // Decisions only leaves the polls out.
    let decisions_only = listed(&db, &["--kind", "decision"]);
    assert!(
        decisions_only
            .iter()
            .all(|entry| !entry.contains("action item"))
    );
    assert!(!decisions_only.is_empty());
}

/// The names of the members of the fixture's group, who cast the ballots.
fn ballot_names(db: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(db).expect("opens");
    let mut statement = conn.prepare("SELECT name FROM member").expect("query");
    statement
        .query_map([], |row| row.get::<_, String>(0))
        .expect("rows")
        .collect::<rusqlite::Result<_>>()
        .expect("names")
}

/// The spreadsheet's rows: the byte order mark Excel needs first, then CSV with `separator`.
fn spreadsheet_rows(path: &Path, separator: u8) -> Vec<Vec<String>> {
    let bytes = std::fs::read(path).expect("the spreadsheet");
    let text = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("a byte order mark, for Excel");
    csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .from_reader(text)
        .records()
        .map(|record| record.expect("a row").iter().map(str::to_owned).collect())
        .collect()
}

/// `--csv` saves the register as a spreadsheet for Excel: semicolons and Danish headers in
/// Danish, commas and English ones in English, one row per entry; a decision text that Excel
/// would run as a formula is text there; a file that cannot be written is named, and nothing is
/// left behind.
#[test]
fn the_register_is_saved_as_a_spreadsheet_excel_reads_and_never_runs() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/meetings/full-meeting.jsonl");
    let commands = std::fs::read_to_string(path).expect("the fixture");
    let formula = "=HYPERLINK(\"https://example.invalid\";\"Klik\")";
    let hostile = commands.replacen(
        "\"Dagsordenen er godkendt.\"",
        &serde_json::to_string(formula).expect("JSON"),
        1,
    );
    assert_ne!(hostile, commands, "the fixture has the decision to replace");
    let output = gavel(&db, &["apply"], &hostile);
    assert!(output.status.success(), "{}", stderr(&output));
    let output = gavel(&db, &["decisions", "--json"], "");
    let entries: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).expect("JSON");

    let danish = folder.path().join("beslutninger.csv");
    let output = gavel_with_env(
        &db,
        &["decisions", "--csv", danish.to_str().expect("utf-8")],
        "",
        &[("GAVEL_LANG", "da")],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stdout(&output).contains("Gemt i "), "{}", stdout(&output));
    let rows = spreadsheet_rows(&danish, b';');
    assert_eq!(
        rows[0],
        [
            "Dato",
            "Gruppe",
            "Møde",
            "Type",
            "Nr.",
            "Punkt",
            "Sager",
            "Udfald",
            "Tekst",
            "Resultat",
            "Ansvarlig",
            "Frist",
            "Status",
            "Referat"
        ]
    );
    assert_eq!(rows.len(), entries.len() + 1, "a row per entry");
    let hostile_row = rows
        .iter()
        .find(|row| row[8].contains("HYPERLINK"))
        .expect("the decision");
    assert_eq!(hostile_row[8], format!("'{formula}"));
    assert_eq!(hostile_row[7], "Godkendt");
    let poll = rows
        .iter()
        .find(|row| row[8] == "Skal import fra Opus-løn udvikles i 1. kvartal 2027?")
        .expect("the poll");
    assert_eq!(
        (poll[3].as_str(), poll[9].as_str(), poll[13].as_str()),
        (
            "Afstemning",
            "Vedtaget: 4 for, 1 imod, 1 undlod.",
            "Ikke underskrevet"
        )
    );
    let action_items: Vec<&Vec<String>> = rows
        .iter()
        .filter(|row| row[3] == "Handlingspunkt")
        .collect();
    assert!(!action_items.is_empty());
    assert!(
        action_items.iter().all(|row| row[12] == "Åbent"),
        "{action_items:?}"
    );

    let english = folder.path().join("decisions.csv");
    let output = gavel(
        &db,
        &["decisions", "--csv", english.to_str().expect("utf-8")],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    let rows = spreadsheet_rows(&english, b',');
    assert_eq!(rows[0][0..4], ["Date", "Group", "Meeting", "Kind"]);
    assert_eq!(rows.len(), entries.len() + 1);

    let nowhere = folder.path().join("no-such-folder").join("decisions.csv");
    let output = gavel(
        &db,
        &["decisions", "--csv", nowhere.to_str().expect("utf-8")],
        "",
    );
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("decisions.csv"),
        "{}",
        stderr(&output)
    );
    assert!(!nowhere.exists());
    let output = gavel(
        &db,
        &[
            "decisions",
            "--json",
            "--csv",
            english.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(!output.status.success(), "--json and --csv together");
}
