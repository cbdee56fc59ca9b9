//! Following up action items after the meeting (issue 20, the register's open/done filter): a
//! chair starting from an empty database marks an action item of a signed meeting done; the
//! minutes' fingerprint does not change, the register shows and filters it, it reopens, it
//! travels to another laptop in a sync file, and a rebuild gives the same tables. A day before
//! the meeting, a day not yet come, an unknown item and marking twice are refused in Danish with
//! nothing changed. `--epic` finds the entries about an epic's issues, however deep.

use std::path::Path;

use gavel_core::{Command, Store, StoreOptions};
use uuid::Uuid;

use crate::meeting_changes::refusal_in_danish;
use crate::support::{
    dump_read_tables, gavel, gavel_with_env, stderr, stdout, trust_every_device_in,
};

const GROUP: &str = "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
const MEETING: &str = "11111111-2222-4333-8444-555555555555";
const HOSTING: &str = "21111111-2222-4333-8444-555555555555";
const SEND_OFFER: &str = "31111111-2222-4333-8444-555555555555";
const ASK_KOMBIT: &str = "31111111-2222-4333-8444-666666666666";

/// A group, its backlog (an epic MO-1000 over MO-1400 over MO-1420), and a closed meeting on
/// 10 December 2026 with a decision about MO-1420, another about nothing, and two action items.
fn a_closed_meeting_with_two_action_items(db: &Path) {
    let commands = format!(
        concat!(
            "{{\"type\":\"CreateGroup\",\"id\":\"{group}\",\"name\":\"Styregruppen for OS2mo\"}}\n",
            "{{\"type\":\"UpsertBacklogItem\",\"key\":\"MO-1000\",\"title\":\"Drift\"}}\n",
            "{{\"type\":\"UpsertBacklogItem\",\"key\":\"MO-1400\",\"title\":\"Hosting\",\"parent\":\"MO-1000\"}}\n",
            "{{\"type\":\"UpsertBacklogItem\",\"key\":\"MO-1420\",\"title\":\"Hosting af OS2mo\",\"parent\":\"MO-1400\"}}\n",
            "{{\"type\":\"UpsertBacklogItem\",\"key\":\"MO-7\",\"title\":\"Rapporter\"}}\n",
            "{{\"type\":\"CreateMeeting\",\"id\":\"{meeting}\",\"group_id\":\"{group}\",\"title\":\"Decembermøde\",\"starts_at\":\"2026-09-10T13:00:00\"}}\n",
            "{{\"type\":\"AddAgendaItem\",\"id\":\"{hosting}\",\"meeting_id\":\"{meeting}\",\"backlog_key\":\"MO-1420\"}}\n",
            "{{\"type\":\"OpenMeeting\",\"meeting_id\":\"{meeting}\"}}\n",
            "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{meeting}\",\"agenda_item_id\":\"{hosting}\",\"outcome\":\"approved\",\"text\":\"Tilbud B vælges.\"}}\n",
            "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{meeting}\",\"outcome\":\"noted\",\"text\":\"Rapporterne tages til efterretning.\",\"backlog_changes\":[{{\"key\":\"MO-7\",\"new_status\":\"Done\"}}]}}\n",
            "{{\"type\":\"AddActionItem\",\"id\":\"{send}\",\"meeting_id\":\"{meeting}\",\"agenda_item_id\":\"{hosting}\",\"text\":\"Send tilbud B til leverandøren.\",\"owner_name\":\"Lise Østergaard\",\"due_date\":\"2026-10-15\"}}\n",
            "{{\"type\":\"AddActionItem\",\"id\":\"{ask}\",\"meeting_id\":\"{meeting}\",\"text\":\"Spørg KOMBIT om støttesystemerne.\"}}\n",
            "{{\"type\":\"CloseMeeting\",\"meeting_id\":\"{meeting}\",\"at\":\"2026-09-10T15:00:00\"}}\n",
        ),
        group = GROUP,
        meeting = MEETING,
        hosting = HOSTING,
        send = SEND_OFFER,
        ask = ASK_KOMBIT,
    );
    apply(db, &commands);
}

fn apply(db: &Path, commands: &str) {
    let output = gavel(db, &["apply"], commands);
    assert!(
        output.status.success(),
        "{}{}",
        stdout(&output),
        stderr(&output)
    );
}

fn set_done(db: &Path, action_item: &str, done: bool, on: &str) {
    apply(
        db,
        &format!(
            "{{\"type\":\"SetActionItemDone\",\"action_item_id\":\"{action_item}\",\"done\":{done},\"on\":\"{on}\"}}\n"
        ),
    );
}

/// The register as JSON, each entry as "#number text [done day]", read on 14 October 2026, the
/// day before the first action item is due (so that none is overdue, whatever day the test runs).
fn listed(db: &Path, filters: &[&str]) -> Vec<String> {
    listed_with(
        db,
        &[("GAVEL_FIXED_CLOCK", "2026-10-14T12:00:00Z"), ("TZ", "UTC")],
        filters,
    )
}

/// The register as JSON, with these environment variables (a fixed clock: which day it is).
fn listed_with(db: &Path, env: &[(&str, &str)], filters: &[&str]) -> Vec<String> {
    let mut args = vec!["decisions", "--json"];
    args.extend_from_slice(filters);
    let output = gavel_with_env(db, &args, "", env);
    assert!(output.status.success(), "{}", stderr(&output));
    let entries: Vec<serde_json::Value> =
        serde_json::from_str(&stdout(&output)).expect("JSON list");
    entries
        .iter()
        .map(|entry| {
            let mut line = format!(
                "#{} {}",
                entry["number"],
                entry["text"].as_str().expect("text")
            );
            if let Some(day) = entry["done_on"].as_str() {
                line.push_str(&format!(" [done {day}]"));
            }
            if entry["overdue"] == serde_json::json!(true) {
                line.push_str(" [overdue]");
            }
            line
        })
        .collect()
}

fn fingerprint(db: &Path) -> String {
    let output = gavel(db, &["meeting", "show", MEETING, "--json"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let detail: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    detail["log_fingerprint"]
        .as_str()
        .expect("a meeting has a log fingerprint")
        .to_owned()
}

#[test]
fn an_action_item_of_a_closed_meeting_is_followed_up_without_touching_its_record() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    a_closed_meeting_with_two_action_items(&db);
    let fingerprint_before = fingerprint(&db);
    assert_eq!(
        listed(&db, &["--status", "open"]),
        [
            "#1 Send tilbud B til leverandøren.",
            "#2 Spørg KOMBIT om støttesystemerne."
        ]
    );
    assert!(listed(&db, &["--status", "done"]).is_empty());

    set_done(&db, SEND_OFFER, true, "2026-10-12");
    assert_eq!(
        listed(&db, &["--status", "done"]),
        ["#1 Send tilbud B til leverandøren. [done 2026-10-12]"]
    );
    assert_eq!(
        listed(&db, &["--status", "open"]),
        ["#2 Spørg KOMBIT om støttesystemerne."]
    );
    // The follow-up is on the group's stream: the meeting's record, and so its minutes and
    // their signature, are untouched.
    assert_eq!(fingerprint(&db), fingerprint_before);
    // The table shows where each action item stands.
    let table = stdout(&gavel(&db, &["decisions", "--kind", "action-item"], ""));
    assert!(table.contains("action item, done 2026-10-12"), "{table}");
    assert!(table.contains("action item, open"), "{table}");

    // Reopened, and a rebuild folds the log to the same tables.
    set_done(&db, SEND_OFFER, false, "2026-10-12");
    assert_eq!(listed(&db, &["--status", "done"]), Vec::<String>::new());
    set_done(&db, SEND_OFFER, true, "2026-10-13");
    let tables = dump_read_tables(&db);
    let rebuilt = gavel(&db, &["log", "rebuild"], "");
    assert!(rebuilt.status.success(), "{}", stderr(&rebuilt));
    assert_eq!(dump_read_tables(&db), tables);
}

#[test]
fn an_action_item_past_its_due_date_is_overdue_until_it_is_done() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    a_closed_meeting_with_two_action_items(&db);
    // "Send tilbud B" is due on 15 October; "Spørg KOMBIT" has no due date.
    let on_the_due_day = [("GAVEL_FIXED_CLOCK", "2026-10-15T21:00:00Z"), ("TZ", "UTC")];
    let the_day_after = [("GAVEL_FIXED_CLOCK", "2026-10-16T08:00:00Z"), ("TZ", "UTC")];
    assert!(listed_with(&db, &on_the_due_day, &["--status", "overdue"]).is_empty());
    assert_eq!(
        listed_with(&db, &on_the_due_day, &["--kind", "action-item"]),
        [
            "#1 Send tilbud B til leverandøren.",
            "#2 Spørg KOMBIT om støttesystemerne."
        ]
    );
    assert_eq!(
        listed_with(&db, &the_day_after, &["--status", "overdue"]),
        ["#1 Send tilbud B til leverandøren. [overdue]"]
    );
    // Still open, so among the open ones too; a decision is never overdue.
    assert_eq!(
        listed_with(&db, &the_day_after, &[]),
        [
            "#1 Tilbud B vælges.",
            "#2 Rapporterne tages til efterretning.",
            "#1 Send tilbud B til leverandøren. [overdue]",
            "#2 Spørg KOMBIT om støttesystemerne."
        ]
    );
    let danish_day_after = [
        ("GAVEL_FIXED_CLOCK", "2026-10-16T08:00:00Z"),
        ("TZ", "UTC"),
        ("GAVEL_LANG", "da"),
    ];
    let table = stdout(&gavel_with_env(
        &db,
        &["decisions", "--kind", "action-item"],
        "",
        &danish_day_after,
    ));
    let line_of = |text: &str| {
        table
            .lines()
            .find(|line| line.contains(text))
            .unwrap_or_else(|| panic!("{text} in {table}"))
            .to_owned()
    };
    assert!(
        line_of("Send tilbud B").contains("handlingspunkt, åbent, frist overskredet"),
        "{table}"
    );
    assert!(!line_of("Spørg KOMBIT").contains("overskredet"), "{table}");

    // Today is this computer's day, in its time zone: 22:30 UTC on 15 October is already the
    // 16th in Copenhagen.
    let copenhagen_after_midnight = [
        ("GAVEL_FIXED_CLOCK", "2026-10-15T22:30:00Z"),
        ("TZ", "Europe/Copenhagen"),
    ];
    assert_eq!(
        listed_with(&db, &copenhagen_after_midnight, &["--status", "overdue"]),
        ["#1 Send tilbud B til leverandøren. [overdue]"]
    );
    // The spreadsheet says so too, on the day it is saved (which its name carries in the app).
    let spreadsheet = folder.path().join("register.csv");
    let saved = gavel_with_env(
        &db,
        &[
            "decisions",
            "--kind",
            "action-item",
            "--csv",
            spreadsheet.to_str().expect("utf-8"),
        ],
        "",
        &danish_day_after,
    );
    assert!(saved.status.success(), "{}", stderr(&saved));
    let rows = std::fs::read_to_string(&spreadsheet).expect("the spreadsheet");
    let row_of = |text: &str| {
        rows.lines()
            .find(|line| line.contains(text))
            .unwrap_or_else(|| panic!("{text} in {rows}"))
            .to_owned()
    };
    assert!(
        row_of("Send tilbud B").contains(";Åbent, frist overskredet;"),
        "{rows}"
    );
    assert!(row_of("Spørg KOMBIT").contains(";Åbent;"), "{rows}");

    // Done, late or not, it is no longer overdue.
    set_done(&db, SEND_OFFER, true, "2026-10-12");
    assert!(listed_with(&db, &the_day_after, &["--status", "overdue"]).is_empty());
    assert_eq!(
        listed_with(&db, &the_day_after, &["--status", "done"]),
        ["#1 Send tilbud B til leverandøren. [done 2026-10-12]"]
    );
}

#[test]
fn a_follow_up_travels_to_another_laptop_in_a_sync_file() {
    let folder = tempfile::tempdir().expect("temp dir");
    let chair = folder.path().join("chair.sqlite3");
    let secretary = folder.path().join("secretary.sqlite3");
    a_closed_meeting_with_two_action_items(&chair);
    set_done(&chair, ASK_KOMBIT, true, "2026-11-01");

    let file = folder.path().join("sync.gavel-sync");
    let exported = gavel(
        &chair,
        &[
            "sync",
            "export",
            "--all",
            "--out",
            file.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(exported.status.success(), "{}", stderr(&exported));
    let mut import_args = vec![
        "sync".to_owned(),
        "import".to_owned(),
        file.to_str().expect("utf-8").to_owned(),
    ];
    import_args.extend(trust_every_device_in(&file));
    let import_args: Vec<&str> = import_args.iter().map(String::as_str).collect();
    let imported = gavel(&secretary, &import_args, "");
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert_eq!(
        listed(&secretary, &["--status", "done"]),
        ["#2 Spørg KOMBIT om støttesystemerne. [done 2026-11-01]"]
    );
}

#[test]
fn follow_ups_that_cannot_be_are_refused_in_danish_and_change_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    a_closed_meeting_with_two_action_items(&db);
    set_done(&db, ASK_KOMBIT, true, "2026-11-01");
    let mut store = Store::open(&db, StoreOptions::new("Testperson")).expect("opens");
    let send: Uuid = SEND_OFFER.parse().expect("uuid");
    let ask: Uuid = ASK_KOMBIT.parse().expect("uuid");
    let done_on = |day: &str| Command::SetActionItemDone {
        action_item_id: send,
        done: true,
        on: Some(day.parse().expect("a day")),
    };

    assert_eq!(
        refusal_in_danish(&mut store, done_on("2026-09-09")),
        "Handlingspunkt 1 kan ikke være udført 9.9.2026: det blev aftalt på mødet 10.9.2026."
    );
    let tomorrow = chrono::Local::now().date_naive() + chrono::Days::new(1);
    assert_eq!(
        refusal_in_danish(&mut store, done_on(&tomorrow.to_string())),
        format!(
            "Handlingspunkt 1 kan ikke markeres som udført {}: datoen er ikke kommet endnu.",
            tomorrow.format("%-d.%-m.%Y")
        )
    );
    assert_eq!(
        refusal_in_danish(
            &mut store,
            Command::SetActionItemDone {
                action_item_id: ask,
                done: true,
                on: None,
            }
        ),
        "Handlingspunkt 2 er allerede udført (1.11.2026)."
    );
    assert_eq!(
        refusal_in_danish(
            &mut store,
            Command::SetActionItemDone {
                action_item_id: send,
                done: false,
                on: None,
            }
        ),
        "Handlingspunkt 1 er allerede åbent."
    );
    let unknown = Uuid::from_u128(42);
    assert_eq!(
        refusal_in_danish(
            &mut store,
            Command::SetActionItemDone {
                action_item_id: unknown,
                done: true,
                on: None,
            }
        ),
        format!("Handlingspunktet {unknown} findes ikke.")
    );
}

#[test]
fn the_register_finds_the_entries_about_an_epic_however_deep() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    a_closed_meeting_with_two_action_items(&db);
    let about_hosting = ["#1 Tilbud B vælges.", "#1 Send tilbud B til leverandøren."];
    assert_eq!(listed(&db, &["--epic", "MO-1000"]), about_hosting);
    assert_eq!(listed(&db, &["--epic", "mo-1400"]), about_hosting);
    assert_eq!(
        listed(&db, &["--epic", "MO-7"]),
        ["#2 Rapporterne tages til efterretning."]
    );
    assert!(listed(&db, &["--epic", "MO-9999"]).is_empty());
}
