//! End-to-end: an agenda item's case description and proposed decision (sagsfremstilling and
//! indstilling), who presents it and a link, written before the meeting, shown on the agenda, and taken as the decision's text
//! with one click in the live meeting. From an empty database: the group and a draft meeting are
//! set up with `gavel apply`, the rest happens in the app. Needs Xvfb and the built app.

use std::path::Path;

use anyhow::{Context, ensure};
use fantoccini::Locator;
use gavel_core::{Store, StoreOptions};
use uuid::Uuid;

use crate::e2e::{EndToEndTools, in_the_app, save_screenshot, wait_for};
use crate::e2e_live::{click, wait_for_text};
use crate::support::{gavel, stderr};

const GROUP: &str = "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
const MEETING: &str = "22222222-2222-4333-8444-555555555555";
const ITEM: &str = "33333333-2222-4333-8444-555555555555";
const CASE: &str = "Hostingaftalen udløber 31. marts 2027.\n\nTo tilbud er modtaget.";
const PROPOSAL: &str = "Det indstilles, at styregruppen vælger tilbud B.";
const LINK: &str = "https://os2.atlassian.net/browse/MO-1420";

fn draft_meeting(database: &Path) -> anyhow::Result<()> {
    let commands = format!(
        concat!(
            "{{\"type\":\"CreateGroup\",\"id\":\"{g}\",\"name\":\"Styregruppen for OS2mo\"}}\n",
            "{{\"type\":\"AddMember\",\"group_id\":\"{g}\",\"name\":\"Mette Holm\",\"role\":\"chair\"}}\n",
            "{{\"type\":\"CreateMeeting\",\"id\":\"{m}\",\"group_id\":\"{g}\",",
            "\"title\":\"Styregruppemøde januar 2027\",\"starts_at\":\"2027-01-14T13:00:00\"}}\n",
            "{{\"type\":\"AddAgendaItem\",\"id\":\"{i}\",\"meeting_id\":\"{m}\",\"title\":\"Hosting af OS2mo\"}}\n",
        ),
        g = GROUP,
        m = MEETING,
        i = ITEM,
    );
    let output = gavel(database, &["apply"], &commands);
    ensure!(output.status.success(), "{}", stderr(&output));
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_proposed_decision_written_before_the_meeting_becomes_the_decision() -> anyhow::Result<()>
{
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let database = folder.path().join("gavel.sqlite3");
    let exports = folder.path().join("exports");
    draft_meeting(&database)?;

    in_the_app(&tools, &database, &exports, |client| async move {
        let link = format!("//table[@id='meetings-table']//button[@data-meeting-id='{MEETING}']");
        client
            .wait()
            .for_element(Locator::XPath(&link))
            .await
            .context("the meeting in the list")?
            .click()
            .await?;
        // Before the meeting: the item becomes current, and its proposal is written.
        click(&client, "#agenda-next").await?;
        // Typed only once the item is current and the page has settled: a full run once lost the
        // first letter to the reload that drew the item current, which reset the empty field.
        wait_for(
            &client,
            &format!("#meeting-agenda li[data-current='true'][data-agenda-item-id='{ITEM}']"),
        )
        .await?;
        crate::e2e::wait_until_settled(&client).await?;
        // WebKit's driver drops "\n" from typed text: the chair's Enter key makes the line breaks.
        let enter: char = fantoccini::key::Key::Enter.into();
        wait_for(&client, &format!("#proposal-case-{ITEM}"))
            .await?
            .send_keys(&CASE.replace('\n', &enter.to_string()))
            .await?;
        wait_for(&client, &format!("#proposal-decision-{ITEM}"))
            .await?
            .send_keys(PROPOSAL)
            .await?;
        wait_for(&client, &format!("#proposal-responsible-{ITEM}"))
            .await?
            .send_keys("Lise Østergaard")
            .await?;
        wait_for(&client, &format!("#proposal-links-{ITEM}"))
            .await?
            .send_keys(LINK)
            .await?;
        click(&client, &format!("#proposal-save-{ITEM}")).await?;
        wait_for_text(&client, &format!("#proposal-editor-{ITEM}"), "Gemt.").await?;
        save_screenshot(&client, "proposal-written").await?;

        // The meeting starts: the agenda shows the proposal, and the decision takes it.
        click(&client, "#meeting-start").await?;
        wait_for(&client, "#meeting-status[data-status='open']").await?;
        wait_for_text(&client, &format!("[data-proposal-for='{ITEM}']"), PROPOSAL).await?;
        wait_for_text(&client, &format!("[data-proposal-for='{ITEM}']"), LINK).await?;
        wait_for_text(&client, "#decision-proposal", PROPOSAL).await?;
        click(&client, "#decision-use-proposal").await?;
        click(&client, "input[name='decision-outcome'][value='approved']").await?;
        save_screenshot(&client, "proposal-decision-form").await?;
        click(&client, "#decision-submit").await?;
        wait_for(&client, "#decision-list li[data-outcome='approved']").await?;
        Ok(())
    })
    .await?;

    let store = Store::open(&database, StoreOptions::new("e2e check"))?;
    let meeting = store.meeting(Uuid::parse_str(MEETING)?)?;
    let item = meeting.agenda.first().context("the item")?;
    assert_eq!(item.case_description, CASE);
    assert_eq!(item.proposed_decision, PROPOSAL);
    assert_eq!(item.responsible.as_deref(), Some("Lise Østergaard"));
    assert_eq!(item.links, [LINK]);
    let decision = meeting.decisions.first().context("a decision")?;
    assert_eq!(decision.text, PROPOSAL);
    assert_eq!(decision.agenda_item_id, Some(item.id));
    Ok(())
}

const LOGIN_ITEM: &str = "44444444-2222-4333-8444-555555555555";

#[tokio::test(flavor = "multi_thread")]
async fn an_issues_imported_description_is_shown_and_inserted_into_the_case_description()
-> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let database = folder.path().join("gavel.sqlite3");
    let exports = folder.path().join("exports");
    // The chair's own Jira export (XML, whose descriptions are HTML), then her meeting.
    let export = format!(
        "{}/fixtures/jira/same-issues.xml",
        env!("CARGO_MANIFEST_DIR")
    );
    let output = gavel(&database, &["backlog", "import", &export], "");
    ensure!(output.status.success(), "{}", stderr(&output));
    draft_meeting(&database)?;
    let output = gavel(
        &database,
        &["apply"],
        &format!(
            "{{\"type\":\"AddAgendaItem\",\"id\":\"{LOGIN_ITEM}\",\"meeting_id\":\"{MEETING}\",\"backlog_key\":\"MO-100\",\"position\":1}}\n"
        ),
    );
    ensure!(output.status.success(), "{}", stderr(&output));

    in_the_app(&tools, &database, &exports, |client| async move {
        let link = format!("//table[@id='meetings-table']//button[@data-meeting-id='{MEETING}']");
        client
            .wait()
            .for_element(Locator::XPath(&link))
            .await
            .context("the meeting in the list")?
            .click()
            .await?;
        click(&client, "#agenda-next").await?;
        wait_for(&client, &format!("#proposal-case-{LOGIN_ITEM}"))
            .await?
            .send_keys("Sekretariatet anbefaler MitID.")
            .await?;
        // Marking the chair present refreshes the meeting while her text is not saved yet: the
        // text stays. (The editor took the stored text again at every refresh, and under load
        // the refresh after the item became current ate the first letters she typed.)
        click(
            &client,
            "#attendance-table input[data-attendance='present']",
        )
        .await?;
        wait_for(&client, "#attendance-table tr[data-attendance='present']").await?;
        let details = format!("#proposal-issue-description-{LOGIN_ITEM}");
        wait_for_text(
            &client,
            &format!("{details} summary"),
            "Beskrivelse af MO-100",
        )
        .await?;
        click(&client, &format!("{details} summary")).await?;
        wait_for_text(&client, &details, "Et login for alle kommuner.").await?;
        client
            .execute(
                "document.querySelector(arguments[0]).scrollIntoView({block: 'center'})",
                vec![serde_json::json!(details)],
            )
            .await?;
        save_screenshot(&client, "proposal-issue-description").await?;
        click(
            &client,
            &format!("#proposal-use-issue-description-{LOGIN_ITEM}"),
        )
        .await?;
        click(&client, &format!("#proposal-save-{LOGIN_ITEM}")).await?;
        wait_for_text(&client, &format!("#proposal-editor-{LOGIN_ITEM}"), "Gemt.").await?;
        Ok(())
    })
    .await?;

    let store = Store::open(&database, StoreOptions::new("e2e check"))?;
    let meeting = store.meeting(Uuid::parse_str(MEETING)?)?;
    let item = meeting
        .agenda
        .iter()
        .find(|item| item.id == Uuid::parse_str(LOGIN_ITEM).expect("an id"))
        .context("the item")?;
    assert_eq!(
        item.case_description,
        "Sekretariatet anbefaler MitID.\n\nEt login for alle kommuner."
    );
    Ok(())
}
