//! End-to-end: the decision register ("Beslutninger") in the app. From an empty database, two
//! groups with decisions and an action item over three meetings are set up with `gavel apply`;
//! in the app the chair opens the register and sees every entry, types "beslutningerne" and sees
//! only the entries holding a form of the word, the word marked; narrows them by outcome; tries a
//! search with no words and keeps the list she had; opens an entry's meeting, and comes back to
//! her search. A group without decisions yet shows an empty register in words. Needs Xvfb and
//! the built app, like e2e.rs.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, bail, ensure};
use fantoccini::Client;

use crate::e2e::{
    EndToEndTools, UI_TIMEOUT, in_the_app, save_screenshot, select_value, wait_for,
    wait_until_settled,
};
use crate::e2e_live::{click, wait_for_text};
use crate::support::{gavel, stderr};

const OS2MO: &str = "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
const OS2SYNC: &str = "1f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
const DECEMBER: &str = "11111111-2222-4333-8444-555555555555";
const MARCH: &str = "11111111-2222-4333-8444-666666666666";
const SYNC_MEETING: &str = "11111111-2222-4333-8444-777777777777";
const HOSTING: &str = "21111111-2222-4333-8444-555555555555";

fn apply(database: &Path, commands: &str) -> anyhow::Result<()> {
    let output = gavel(database, &["apply"], commands);
    ensure!(output.status.success(), "{}", stderr(&output));
    Ok(())
}

/// As tests/it/register.rs's `two_groups_with_decisions`, with decisions worded for the search.
fn two_groups_with_decisions(database: &Path) -> anyhow::Result<()> {
    apply(
        database,
        &format!(
            concat!(
                "{{\"type\":\"CreateGroup\",\"id\":\"{mo}\",\"name\":\"Styregruppen for OS2mo\"}}\n",
                "{{\"type\":\"CreateGroup\",\"id\":\"{sync}\",\"name\":\"Styregruppen for OS2sync\"}}\n",
                "{{\"type\":\"UpsertBacklogItem\",\"key\":\"MO-1420\",\"title\":\"Hosting af OS2mo\"}}\n",
                "{{\"type\":\"CreateMeeting\",\"id\":\"{dec}\",\"group_id\":\"{mo}\",\"title\":\"Decembermøde\",\"starts_at\":\"2026-12-10T13:00:00\"}}\n",
                "{{\"type\":\"AddAgendaItem\",\"id\":\"{hosting}\",\"meeting_id\":\"{dec}\",\"backlog_key\":\"MO-1420\"}}\n",
                "{{\"type\":\"OpenMeeting\",\"meeting_id\":\"{dec}\"}}\n",
                "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{dec}\",\"agenda_item_id\":\"{hosting}\",\"outcome\":\"approved\",\"text\":\"Tilbud B vælges.\"}}\n",
                "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{dec}\",\"outcome\":\"postponed\",\"text\":\"Beslutningen om budgettet udsættes til marts.\"}}\n",
                "{{\"type\":\"AddActionItem\",\"meeting_id\":\"{dec}\",\"agenda_item_id\":\"{hosting}\",\"text\":\"Send tilbud B til leverandøren.\",\"owner_name\":\"Lise Østergaard\",\"due_date\":\"2027-01-15\"}}\n",
                "{{\"type\":\"CloseMeeting\",\"meeting_id\":\"{dec}\"}}\n",
                "{{\"type\":\"CreateMeeting\",\"id\":\"{mar}\",\"group_id\":\"{mo}\",\"title\":\"Martsmøde\",\"starts_at\":\"2027-03-11T13:00:00\"}}\n",
                "{{\"type\":\"OpenMeeting\",\"meeting_id\":\"{mar}\"}}\n",
                "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{mar}\",\"outcome\":\"approved\",\"text\":\"Beslutningerne fra december står ved magt; ekstra budget afvises.\",\"backlog_changes\":[{{\"key\":\"MO-1420\",\"new_status\":\"Done\"}}]}}\n",
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
        ),
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn the_chair_searches_the_register_as_she_types_and_opens_a_decision_s_meeting()
-> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let database = folder.path().join("gavel.sqlite3");
    let exports = folder.path().join("exports");
    two_groups_with_decisions(&database)?;

    in_the_app(&tools, &database, &exports, |client| async move {
        click(&client, "#nav-register").await?;
        wait_for(&client, "#nav-register[aria-current='page']").await?;
        let every_entry = [
            "Martsmøde #1 approved",
            "OS2sync-møde #1 noted",
            "Decembermøde #1 approved",
            "Decembermøde #2 postponed",
            "Decembermøde #1 action item",
        ];
        wait_for_entries(&client, &every_entry).await?;
        wait_for_text(&client, "#register-count[role='status']", "5 poster").await?;
        // The action item shows its owner and due date, the closed meeting that its minutes are
        // not signed yet.
        let action = "article[data-kind='action_item']";
        wait_for_text(&client, action, "Lise Østergaard").await?;
        wait_for_text(&client, action, "15. januar 2027").await?;
        wait_for_text(&client, action, "Ikke underskrevet").await?;
        wait_for_text(&client, action, "MO-1420").await?;
        picture(&client, "register-everything").await?;
        let action_element = serde_json::to_value(wait_for(&client, action).await?)?;
        client
            .execute("arguments[0].scrollIntoView();", vec![action_element])
            .await?;
        picture(&client, "register-action-item").await?;
        client.execute("window.scrollTo(0, 0);", Vec::new()).await?;

        // Search as you type: every key asks again; only the newest answer is shown, best match
        // (bm25: the shorter text) first.
        wait_for(&client, "#register-search")
            .await?
            .send_keys("beslutningerne")
            .await?;
        wait_for_entries(
            &client,
            &["Decembermøde #2 postponed", "Martsmøde #1 approved"],
        )
        .await?;
        wait_for_text(&client, "#register-count", "Søgningen fandt 2 poster.").await?;
        let marked = marked_words(&client).await?;
        ensure!(
            marked == ["Beslutningen", "Beslutningerne"],
            "the words found are marked: {marked:?}"
        );
        picture(&client, "register-search").await?;

        select_value(&client, "#register-outcome", "approved").await?;
        wait_for_entries(&client, &["Martsmøde #1 approved"]).await?;
        picture(&client, "register-search-approved").await?;

        // A search without words is refused: the message, and the list as it was.
        let search = wait_for(&client, "#register-search").await?;
        search.clear().await?;
        search.send_keys("!!!").await?;
        wait_for_text(&client, ".alert-error", "ingen ord at søge efter").await?;
        wait_for_entries(&client, &["Martsmøde #1 approved"]).await?;
        picture(&client, "register-refused").await?;

        // Nothing found says so.
        search.clear().await?;
        search.send_keys("kaffeautomat").await?;
        wait_for_entries(&client, &[]).await?;
        wait_for_text(
            &client,
            "#register-empty",
            "Ingen beslutninger, handlingspunkter eller afstemninger passer",
        )
        .await?;
        ensure!(
            client
                .find_all(fantoccini::Locator::Css(".alert-error"))
                .await?
                .is_empty(),
            "a search that was answered takes the refusal's message away"
        );
        picture(&client, "register-no-hits").await?;

        click(&client, "#register-clear").await?;
        wait_for_entries(&client, &every_entry).await?;

        // An entry opens its meeting; back from it, the register shows the same search.
        wait_for(&client, "#register-search")
            .await?
            .send_keys("beslutningerne")
            .await?;
        let found = ["Decembermøde #2 postponed", "Martsmøde #1 approved"];
        wait_for_entries(&client, &found).await?;
        click(
            &client,
            &format!(
                "article[data-kind='decision'][data-meeting-id='{DECEMBER}'] button.entry-meeting"
            ),
        )
        .await?;
        wait_for_text(&client, "#meeting-heading", "Decembermøde").await?;
        wait_for(&client, "#nav-register[aria-current='page']").await?;
        // The meeting opens at the decision chosen (its second), marked, with the focus on it.
        wait_for_focus(&client, "#record-decision-2").await?;
        let shown = wait_for(&client, "#record-decision-2.record-place")
            .await?
            .text()
            .await?;
        ensure!(
            shown.contains("Beslutningen om budgettet udsættes til marts."),
            "the decision chosen is the one shown: {shown}"
        );
        ensure!(
            client
                .find_all(fantoccini::Locator::Css(".record-place"))
                .await?
                .len()
                == 1,
            "only the decision chosen is marked"
        );
        picture(&client, "register-opened-meeting").await?;
        wait_for_text(&client, "#meeting-back", "Tilbage til beslutninger").await?;
        click(&client, "#meeting-back").await?;
        wait_for_entries(&client, &found).await?;
        let typed = wait_for(&client, "#register-search")
            .await?
            .prop("value")
            .await?;
        ensure!(
            typed.as_deref() == Some("beslutningerne"),
            "the search is kept: {typed:?}"
        );
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_register_without_decisions_says_so() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let database = folder.path().join("gavel.sqlite3");
    let exports = folder.path().join("exports");
    apply(
        &database,
        &format!(
            concat!(
                "{{\"type\":\"CreateGroup\",\"id\":\"{mo}\",\"name\":\"Styregruppen for OS2mo\"}}\n",
                "{{\"type\":\"CreateMeeting\",\"id\":\"{dec}\",\"group_id\":\"{mo}\",\"title\":\"Decembermøde\",\"starts_at\":\"2026-12-10T13:00:00\"}}\n",
            ),
            mo = OS2MO,
            dec = DECEMBER,
        ),
    )?;

    in_the_app(&tools, &database, &exports, |client| async move {
        click(&client, "#nav-register").await?;
        wait_for_text(
            &client,
            "#register-empty",
            "Der er ingen beslutninger endnu",
        )
        .await?;
        wait_for_text(&client, "#register-count", "0 poster").await?;
        picture(&client, "register-empty").await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_chair_follows_up_an_action_item_in_the_register() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let database = folder.path().join("gavel.sqlite3");
    let exports = folder.path().join("exports");
    // A meeting held in September (in the past, so that the action item can be done today),
    // about an issue under the epic MO-1000; its action item was due on 1 October, so it is
    // overdue.
    apply(
        &database,
        &format!(
            concat!(
                "{{\"type\":\"CreateGroup\",\"id\":\"{mo}\",\"name\":\"Styregruppen for OS2mo\"}}\n",
                "{{\"type\":\"UpsertBacklogItem\",\"key\":\"MO-1000\",\"title\":\"Drift\"}}\n",
                "{{\"type\":\"UpsertBacklogItem\",\"key\":\"MO-1420\",\"title\":\"Hosting af OS2mo\",\"parent\":\"MO-1000\"}}\n",
                "{{\"type\":\"CreateMeeting\",\"id\":\"{dec}\",\"group_id\":\"{mo}\",\"title\":\"Septembermøde\",\"starts_at\":\"2026-09-10T13:00:00\"}}\n",
                "{{\"type\":\"AddAgendaItem\",\"id\":\"{hosting}\",\"meeting_id\":\"{dec}\",\"backlog_key\":\"MO-1420\"}}\n",
                "{{\"type\":\"OpenMeeting\",\"meeting_id\":\"{dec}\"}}\n",
                "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{dec}\",\"agenda_item_id\":\"{hosting}\",\"outcome\":\"approved\",\"text\":\"Tilbud B vælges.\"}}\n",
                "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{dec}\",\"outcome\":\"noted\",\"text\":\"Status taget til efterretning.\"}}\n",
                "{{\"type\":\"AddActionItem\",\"meeting_id\":\"{dec}\",\"agenda_item_id\":\"{hosting}\",\"text\":\"Send tilbud B til leverandøren.\",\"owner_name\":\"Lise Østergaard\",\"due_date\":\"2026-10-01\"}}\n",
                "{{\"type\":\"CloseMeeting\",\"meeting_id\":\"{dec}\",\"at\":\"2026-09-10T15:00:00\"}}\n",
            ),
            mo = OS2MO,
            dec = DECEMBER,
            hosting = HOSTING,
        ),
    )?;

    in_the_app(&tools, &database, &exports, |client| async move {
        click(&client, "#nav-register").await?;
        let action = "article[data-kind='action_item']";
        wait_for_text(&client, &format!("{action} .follow-up"), "Åbent").await?;
        wait_for_text(
            &client,
            &format!("{action} .follow-up[data-overdue='true'] .badge-overdue"),
            "Frist overskredet",
        )
        .await?;
        select_value(&client, "#register-follow-up", "overdue").await?;
        wait_for_entries(&client, &["Septembermøde #1 action item"]).await?;
        select_value(&client, "#register-follow-up", "open").await?;
        wait_for_entries(&client, &["Septembermøde #1 action item"]).await?;
        picture(&client, "register-open-action-items").await?;

        // Done today: with "open action items" chosen, it leaves the list; with "done", it is back,
        // showing the day.
        click(&client, &format!("{action} button.set-done")).await?;
        wait_for_entries(&client, &[]).await?;
        select_value(&client, "#register-follow-up", "done").await?;
        wait_for_entries(&client, &["Septembermøde #1 action item"]).await?;
        wait_for(
            &client,
            &format!("{action} .follow-up[data-follow-up='done']"),
        )
        .await?;
        wait_for_text(&client, &format!("{action} .follow-up"), "Udført").await?;
        wait_for_text(&client, &format!("{action} button.set-done"), "Genåbn").await?;
        picture(&client, "register-action-item-done").await?;

        // Opened again, it is gone from the done ones, and overdue again.
        click(&client, &format!("{action} button.set-done")).await?;
        wait_for_entries(&client, &[]).await?;
        select_value(&client, "#register-follow-up", "overdue").await?;
        wait_for_entries(&client, &["Septembermøde #1 action item"]).await?;

        // The epic finds what was decided about the issues under it.
        select_value(&client, "#register-follow-up", "").await?;
        wait_for(&client, "#register-epic")
            .await?
            .send_keys("MO-1000")
            .await?;
        wait_for_entries(
            &client,
            &["Septembermøde #1 approved", "Septembermøde #1 action item"],
        )
        .await?;
        picture(&client, "register-epic").await?;

        // The action item's meeting opens at the action item, focused.
        click(&client, &format!("{action} button.entry-meeting")).await?;
        wait_for_text(&client, "#meeting-heading", "Septembermøde").await?;
        wait_for_focus(&client, "#record-action-item-1").await?;
        let shown = wait_for(&client, "tr#record-action-item-1.record-place")
            .await?
            .text()
            .await?;
        ensure!(
            shown.contains("Send tilbud B til leverandøren."),
            "the action item chosen is the one shown: {shown}"
        );
        Ok(())
    })
    .await
}

/// The next meeting of a group shows the action items of its earlier meetings that are still
/// open, as the chair goes through them at its start: the overdue one marked, and marked done
/// from the meeting's screen, where it stays, done, without leaving the meeting.
#[tokio::test(flavor = "multi_thread")]
async fn the_next_meeting_follows_up_the_earlier_meetings_action_items() -> anyhow::Result<()> {
    const SEPTEMBER: &str = DECEMBER;
    const JANUARY: &str = MARCH;
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let database = folder.path().join("gavel.sqlite3");
    let exports = folder.path().join("exports");
    // September's meeting (closed) left two action items, one due on 1 October; the next
    // meeting is planned for January 2027.
    apply(
        &database,
        &format!(
            concat!(
                "{{\"type\":\"CreateGroup\",\"id\":\"{mo}\",\"name\":\"Styregruppen for OS2mo\"}}\n",
                "{{\"type\":\"CreateMeeting\",\"id\":\"{sep}\",\"group_id\":\"{mo}\",\"title\":\"Septembermøde\",\"starts_at\":\"2026-09-10T13:00:00\"}}\n",
                "{{\"type\":\"OpenMeeting\",\"meeting_id\":\"{sep}\"}}\n",
                "{{\"type\":\"AddActionItem\",\"meeting_id\":\"{sep}\",\"text\":\"Send tilbud B til leverandøren.\",\"owner_name\":\"Lise Østergaard\",\"due_date\":\"2026-10-01\"}}\n",
                "{{\"type\":\"AddActionItem\",\"meeting_id\":\"{sep}\",\"text\":\"Spørg KOMBIT om støttesystemerne.\"}}\n",
                "{{\"type\":\"CloseMeeting\",\"meeting_id\":\"{sep}\",\"at\":\"2026-09-10T15:00:00\"}}\n",
                "{{\"type\":\"CreateMeeting\",\"id\":\"{next}\",\"group_id\":\"{mo}\",\"title\":\"Januarmøde\",\"starts_at\":\"2027-01-14T13:00:00\"}}\n",
            ),
            mo = OS2MO,
            sep = SEPTEMBER,
            next = JANUARY,
        ),
    )?;

    in_the_app(&tools, &database, &exports, |client| async move {
        click(&client, &format!("button[data-meeting-id='{JANUARY}']")).await?;
        wait_for_text(&client, "#meeting-heading", "Januarmøde").await?;
        let entries = "#follow-up-entries article";
        wait_for_text(
            &client,
            "#follow-up-heading",
            "Opfølgning fra tidligere møder",
        )
        .await?;
        wait_for_text(
            &client,
            &format!("{entries}:nth-of-type(1) .follow-up[data-overdue='true'] .badge-overdue"),
            "Frist overskredet",
        )
        .await?;
        wait_for_text(
            &client,
            &format!("{entries}:nth-of-type(2) .entry-text"),
            "Spørg KOMBIT",
        )
        .await?;
        ensure!(
            client
                .find_all(fantoccini::Locator::Css("#follow-up button.entry-meeting"))
                .await?
                .is_empty(),
            "the follow-up does not lead away from the meeting"
        );
        picture(&client, "follow-up").await?;

        // Done today: it stays, done, and can be opened again.
        click(
            &client,
            &format!("{entries}:nth-of-type(1) button.set-done"),
        )
        .await?;
        wait_for_text(
            &client,
            &format!("{entries}:nth-of-type(1) .follow-up[data-follow-up='done']"),
            "Udført",
        )
        .await?;
        wait_for_text(
            &client,
            &format!("{entries}:nth-of-type(1) button.set-done"),
            "Genåbn",
        )
        .await?;
        ensure!(
            client
                .find_all(fantoccini::Locator::Css(entries))
                .await?
                .len()
                == 2,
            "both action items are still shown"
        );

        // The keyboard stays where it was: on the button, now "Genåbn".
        wait_for_focus(
            &client,
            &format!("{entries}:nth-of-type(1) button.set-done"),
        )
        .await?;

        // The closed September meeting has no follow-up of its own.
        click(&client, "#nav-meetings").await?;
        click(&client, &format!("button[data-meeting-id='{SEPTEMBER}']")).await?;
        wait_for_text(&client, "#meeting-heading", "Septembermøde").await?;
        wait_until_settled(&client).await?;
        ensure!(
            client
                .find_all(fantoccini::Locator::Css("#follow-up"))
                .await?
                .is_empty(),
            "a closed meeting shows no follow-up panel"
        );
        Ok(())
    })
    .await
}

/// A register longer than a page: the newest 100 entries first, then 100 more at a click, so
/// that a secretariat's tens of thousands are not read and drawn at once (docs/scale.md).
#[tokio::test(flavor = "multi_thread")]
async fn a_long_register_shows_its_newest_entries_and_more_at_a_click() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let database = folder.path().join("gavel.sqlite3");
    let exports = folder.path().join("exports");
    let mut commands = format!(
        concat!(
            "{{\"type\":\"CreateGroup\",\"id\":\"{mo}\",\"name\":\"Styregruppen for OS2mo\"}}\n",
            "{{\"type\":\"CreateMeeting\",\"id\":\"{dec}\",\"group_id\":\"{mo}\",\"title\":\"Decembermøde\",\"starts_at\":\"2026-12-10T13:00:00\"}}\n",
            "{{\"type\":\"OpenMeeting\",\"meeting_id\":\"{dec}\"}}\n",
        ),
        mo = OS2MO,
        dec = DECEMBER,
    );
    for number in 1..=130 {
        commands.push_str(&format!(
            "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{DECEMBER}\",\"outcome\":\"noted\",\"text\":\"Punkt {number} taget til efterretning.\"}}\n"
        ));
    }
    apply(&database, &commands)?;

    let exports_folder = exports.clone();
    in_the_app(&tools, &database, &exports, |client| async move {
        click(&client, "#nav-register").await?;
        wait_for_text(&client, "#register-count", "De nyeste 100 poster vises.").await?;
        ensure!(
            entry_count(&client).await? == 100,
            "the first page shows 100 entries"
        );
        // The spreadsheet takes every entry, not only the page shown.
        click(&client, "#register-save-spreadsheet").await?;
        wait_for_text(&client, "#register-spreadsheet-saved", "med 130 poster").await?;
        let saved: Vec<std::path::PathBuf> = std::fs::read_dir(&exports_folder)?
            .map(|entry| entry.map(|entry| entry.path()))
            .collect::<Result<_, _>>()?;
        ensure!(
            saved.len() == 1
                && saved[0]
                    .file_name()
                    .is_some_and(|name| name.to_string_lossy().starts_with("Beslutningsregister ")),
            "one spreadsheet named after the register: {saved:?}"
        );
        let spreadsheet = std::fs::read_to_string(&saved[0])?;
        ensure!(
            spreadsheet.starts_with("\u{feff}Dato;Gruppe;Møde;")
                && spreadsheet.lines().count() == 131,
            "a header and 130 rows, for Danish Excel:\n{}",
            spreadsheet.lines().take(2).collect::<Vec<_>>().join("\n")
        );
        client
            .execute(
                "document.getElementById('register-more').scrollIntoView();",
                Vec::new(),
            )
            .await?;
        picture(&client, "register-show-more").await?;
        click(&client, "#register-more").await?;
        wait_for_text(&client, "#register-count", "130 poster").await?;
        // The focus is on the first entry the click added (the button is gone).
        wait_for_focus(&client, "#register-entry-100").await?;
        ensure!(entry_count(&client).await? == 130, "a click shows the rest");
        ensure!(
            client
                .find_all(fantoccini::Locator::Css("#register-more"))
                .await?
                .is_empty(),
            "no button when everything is shown"
        );
        // A search starts from its first page again.
        wait_for(&client, "#register-search")
            .await?
            .send_keys("efterretning")
            .await?;
        wait_for_text(
            &client,
            "#register-count",
            "Søgningens 100 bedste poster vises.",
        )
        .await?;
        ensure!(entry_count(&client).await? == 100, "a search's first page");
        picture(&client, "register-long").await?;
        Ok(())
    })
    .await
}

/// Waits until the element the CSS selector names has the keyboard focus. Focus lost to the page
/// never comes back by itself, so a lost focus ends the wait in an error.
async fn wait_for_focus(client: &Client, css: &str) -> anyhow::Result<()> {
    let deadline = Instant::now() + UI_TIMEOUT;
    loop {
        let focused = client
            .execute(
                "const [css] = arguments; const active = document.activeElement;
                 return active?.matches(css) ? true : String(active?.id || active?.tagName || 'nothing');",
                vec![serde_json::json!(css)],
            )
            .await?;
        if focused == serde_json::json!(true) {
            return Ok(());
        }
        ensure!(
            Instant::now() < deadline,
            "the focus is on {focused}, not on {css}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// How many entries the register shows.
async fn entry_count(client: &Client) -> anyhow::Result<usize> {
    Ok(client
        .find_all(fantoccini::Locator::Css("#register-list article"))
        .await?
        .len())
}

/// Waits until the register lists exactly these entries, in this order, each as "meeting
/// #number outcome" ("action item" for an action item).
async fn wait_for_entries(client: &Client, expected: &[&str]) -> anyhow::Result<()> {
    let deadline = Instant::now() + UI_TIMEOUT;
    loop {
        let listed = client
            .execute(
                "return [...document.querySelectorAll('#register-list article')].map((entry) =>
                   `${entry.querySelector('.entry-meeting').textContent.trim()} #${entry.dataset.number} ${entry.dataset.outcome ?? 'action item'}`);",
                Vec::new(),
            )
            .await
            .context("reading the register's entries")?;
        let listed: Vec<String> = serde_json::from_value(listed)?;
        if listed == expected {
            return Ok(());
        }
        if Instant::now() > deadline {
            bail!("waited for the register to list {expected:?}; it lists {listed:?}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The marked words of the register's entries, in the order shown.
async fn marked_words(client: &Client) -> anyhow::Result<Vec<String>> {
    let marked = client
        .execute(
            "return [...document.querySelectorAll('#register-list mark')].map((mark) => mark.textContent);",
            Vec::new(),
        )
        .await?;
    Ok(serde_json::from_value(marked)?)
}

/// A screenshot once the page has settled: WebKit's screenshot can otherwise show an earlier paint.
async fn picture(client: &Client, name: &str) -> anyhow::Result<()> {
    wait_until_settled(client).await?;
    save_screenshot(client, name).await
}
