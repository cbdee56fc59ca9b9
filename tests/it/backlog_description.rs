//! An issue's description, from the chair's own Jira export to the agenda pack (issue 19, item 1:
//! "an item from the backlog brings its Jira description"), through the `gavel` binary from an
//! empty database: Jira's XML export (HTML made plain) and CSV export (wiki text as written); a
//! re-import that changes a description says so; a description longer than 64 KiB is refused
//! and changes nothing; a closed meeting's agenda keeps the description it was held with.

use std::path::Path;

use crate::minutes::flat_text;
use crate::support::{gavel, gavel_reproducibly, stderr, stdout};

const GROUP: &str = "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
const MEETING: &str = "11111111-2222-4333-8444-555555555555";
const LOGIN_ITEM: &str = "11111111-2222-4333-8444-000000000001";
const QUOTE_ITEM: &str = "11111111-2222-4333-8444-000000000002";

fn fixture(name: &str) -> String {
    format!("{}/fixtures/jira/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn run(db: &Path, args: &[&str], stdin: &str) -> String {
    let output = gavel(db, args, stdin);
    assert!(
        output.status.success(),
        "gavel {args:?}: {}{}",
        stdout(&output),
        stderr(&output)
    );
    stdout(&output)
}

fn apply(db: &Path, lines: &[serde_json::Value]) {
    let input: String = lines.iter().map(|line| format!("{line}\n")).collect();
    run(db, &["apply"], &input);
}

/// The agenda pack's text, all pages, with the line breaks of the layout made spaces.
fn agenda_text(db: &Path, out: &Path) -> String {
    let output = gavel_reproducibly(
        db,
        &[
            "agenda",
            "export",
            MEETING,
            "--out",
            out.to_str().expect("UTF-8 path"),
            "--lang",
            "da",
        ],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    flat_text(out.to_str().expect("UTF-8 path"))
}

/// An empty database, the chair's two Jira exports imported, and a meeting whose agenda names
/// an issue from each.
fn set_up(db: &Path) {
    run(db, &["backlog", "import", &fixture("same-issues.xml")], "");
    run(
        db,
        &["backlog", "import", &fixture("multiline-cells.csv")],
        "",
    );
    apply(
        db,
        &[
            serde_json::json!({"type": "CreateGroup", "id": GROUP, "name": "Styregruppen for OS2mo"}),
            serde_json::json!({"type": "AddMember", "group_id": GROUP, "name": "Mette Kjærgaard Holm", "role": "chair"}),
            serde_json::json!({"type": "CreateMeeting", "id": MEETING, "group_id": GROUP, "title": "Styregruppemøde december 2026", "starts_at": "2026-12-10T13:00:00"}),
            serde_json::json!({"type": "AddAgendaItem", "id": LOGIN_ITEM, "meeting_id": MEETING, "backlog_key": "MO-100"}),
            serde_json::json!({"type": "AddAgendaItem", "id": QUOTE_ITEM, "meeting_id": MEETING, "backlog_key": "MO-4001"}),
            serde_json::json!({"type": "AddAgendaItem", "meeting_id": MEETING, "backlog_key": "MO-4002"}),
        ],
    );
}

#[test]
fn the_agenda_pack_prints_each_issues_description_from_the_chairs_own_exports() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);

    let text = agenda_text(&db, &folder.path().join("dagsorden.pdf"));
    // XML: Jira's HTML made plain; no tag reaches the page.
    assert!(
        text.contains("Beskrivelse af MO-100 Et login for alle kommuner."),
        "{text}"
    );
    assert!(!text.contains("<p>") && !text.contains("&lt;"), "{text}");
    // CSV: the quoted multi-line cell, its quotes and paragraphs as written.
    assert!(
        text.contains(
            "Beskrivelse af MO-4001 Første linje Anden linje med \"citat\" Tredje, med komma"
        ),
        "{text}"
    );
    // MO-4002 has an empty description: no heading for it, and the item says it has nothing.
    assert!(!text.contains("Beskrivelse af MO-4002"), "{text}");
    assert_eq!(
        text.matches("Ingen sagsfremstilling eller indstilling.")
            .count(),
        1,
        "{text}"
    );

    // The chair copies MO-100's description into her case description: printed once, as hers.
    apply(
        &db,
        &[
            serde_json::json!({"type": "SetAgendaItemProposal", "agenda_item_id": LOGIN_ITEM,
            "case_description": "Baggrund fra Jira:\n\nEt login for alle kommuner.\n\nSekretariatet anbefaler MitID."}),
        ],
    );
    let text = agenda_text(&db, &folder.path().join("dagsorden-2.pdf"));
    assert!(!text.contains("Beskrivelse af MO-100"), "{text}");
    assert_eq!(
        text.matches("Et login for alle kommuner.").count(),
        1,
        "{text}"
    );
    assert!(text.contains("Sekretariatet anbefaler MitID."), "{text}");
}

#[test]
fn a_reimport_reports_a_changed_description_and_a_closed_meeting_keeps_the_one_it_was_held_with() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    apply(
        &db,
        &[
            serde_json::json!({"type": "OpenMeeting", "meeting_id": MEETING, "at": "2026-12-10T13:02:00"}),
            serde_json::json!({"type": "CloseMeeting", "meeting_id": MEETING, "at": "2026-12-10T14:10:00"}),
        ],
    );

    let report = run(
        &db,
        &[
            "backlog",
            "import",
            &fixture("descriptions-changed.csv"),
            "--json",
        ],
        "",
    );
    let report: serde_json::Value = serde_json::from_str(&report).expect("JSON report");
    let change = &report["changed_items"][0];
    assert_eq!(change["key"], "MO-4001", "{report}");
    assert_eq!(
        change["fields"],
        serde_json::json!([{
            "field": "description",
            "old": "Første linje Anden linje med \"citat\" Tredje, med komma",
            "new": "Ny beskrivelse efter mødet i styregruppen."
        }]),
        "{report}"
    );

    let text = agenda_text(&db, &folder.path().join("dagsorden.pdf"));
    assert!(text.contains("Første linje Anden linje"), "{text}");
    assert!(!text.contains("Ny beskrivelse"), "{text}");
}

#[test]
fn a_description_over_64_kib_is_refused_by_key_and_nothing_changes() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    let before = agenda_text(&db, &folder.path().join("before.pdf"));

    let line = serde_json::json!({
        "type": "UpsertBacklogItem", "key": "MO-4001", "description": "ø".repeat(40 * 1024)
    });
    let output = gavel(&db, &["apply"], &format!("{line}\n"));
    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("the description of MO-4001 is 80 KB; it may be at most 64 KB"),
        "{}",
        stderr(&output)
    );

    let after = agenda_text(&db, &folder.path().join("after.pdf"));
    assert_eq!(before, after);
}

#[test]
fn the_decision_register_finds_a_decision_by_the_words_of_its_issues_description() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    set_up(&db);
    apply(
        &db,
        &[
            serde_json::json!({"type": "OpenMeeting", "meeting_id": MEETING, "at": "2026-12-10T13:02:00"}),
            serde_json::json!({"type": "RecordDecision", "meeting_id": MEETING, "agenda_item_id": QUOTE_ITEM,
                "outcome": "approved", "text": "Godkendt som foreslået."}),
        ],
    );
    // "citater" is a word form of "citat", which only MO-4001's description holds.
    let found = run(&db, &["decisions", "--json", "--search", "citater"], "");
    let found: serde_json::Value = serde_json::from_str(&found).expect("JSON");
    let entries = found.as_array().expect("a list");
    assert_eq!(entries.len(), 1, "{found}");
    assert_eq!(entries[0]["text"], "Godkendt som foreslået.", "{found}");
    assert_eq!(
        entries[0]["backlog_keys"],
        serde_json::json!(["MO-4001"]),
        "{found}"
    );

    let none = run(&db, &["decisions", "--json", "--search", "kommuner"], "");
    assert_eq!(
        none.trim(),
        "[]",
        "MO-100's words are not MO-4001's: {none}"
    );
}

#[test]
fn control_characters_and_windows_line_ends_in_an_exported_description_are_not_stored() {
    // A hand-edited export: terminal escapes, a bell and a backspace around Windows line ends (a NUL makes the file "binary", refused whole).
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let csv = folder.path().join("eksport.csv");
    std::fs::write(
        &csv,
        "Summary,Issue key,Status,Description\r\n\
         Farlig tekst,MO-9,To Do,\"\u{1b}[2KFørste\u{7} linje\r\nAnden\u{8} linje\"\r\n",
    )
    .expect("writes the export");
    run(
        &db,
        &["backlog", "import", csv.to_str().expect("UTF-8 path")],
        "",
    );
    let store = gavel_core::Store::open(&db, gavel_core::StoreOptions::new("test"))
        .expect("the database opens");
    assert_eq!(
        store.backlog_description("MO-9").expect("reads").as_deref(),
        Some("[2KFørste linje\nAnden linje")
    );
}
