//! End-to-end: approving the last minutes (issue 19, item 4). From an empty database: the group's
//! September meeting held, closed and signed, and a draft October meeting, set up with
//! `gavel apply`; in the app the chair puts "Godkendelse af referat" on October's agenda, starts
//! the meeting and approves the minutes with one click, and September's meeting shows where its
//! minutes were approved. Needs Xvfb and the built app.

use std::path::Path;

use anyhow::{Context, ensure};
use fantoccini::Locator;
use gavel_core::{Command, Store, StoreOptions};
use uuid::Uuid;

use crate::e2e::{EndToEndTools, in_the_app, save_screenshot, wait_for};
use crate::e2e_live::{click, scroll_to, wait_for_text};
use crate::support::{gavel, stderr};

const GROUP: &str = "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
const SEPTEMBER: &str = "22222222-2222-4333-8444-555555555555";
const OCTOBER: &str = "22222222-2222-4333-8444-666666666666";

fn september_signed_and_october_planned(database: &Path) -> anyhow::Result<()> {
    let commands = format!(
        concat!(
            "{{\"type\":\"CreateGroup\",\"id\":\"{g}\",\"name\":\"Styregruppen for OS2mo\"}}\n",
            "{{\"type\":\"AddMember\",\"group_id\":\"{g}\",\"name\":\"Mette Holm\",\"role\":\"chair\"}}\n",
            "{{\"type\":\"CreateMeeting\",\"id\":\"{s}\",\"group_id\":\"{g}\",",
            "\"title\":\"Styregruppemøde september 2026\",\"starts_at\":\"2026-09-17T13:00:00\"}}\n",
            "{{\"type\":\"OpenMeeting\",\"meeting_id\":\"{s}\"}}\n",
            "{{\"type\":\"RecordDecision\",\"meeting_id\":\"{s}\",\"outcome\":\"approved\",\"text\":\"Hostingen flyttes.\"}}\n",
            "{{\"type\":\"CloseMeeting\",\"meeting_id\":\"{s}\"}}\n",
            "{{\"type\":\"CreateMeeting\",\"id\":\"{o}\",\"group_id\":\"{g}\",",
            "\"title\":\"Styregruppemøde oktober 2026\",\"starts_at\":\"2026-10-15T13:00:00\"}}\n",
            "{{\"type\":\"AddAgendaItem\",\"meeting_id\":\"{o}\",\"title\":\"Status\"}}\n",
        ),
        g = GROUP,
        s = SEPTEMBER,
        o = OCTOBER,
    );
    let output = gavel(database, &["apply"], &commands);
    ensure!(output.status.success(), "{}", stderr(&output));
    // The minutes signed, as `gavel minutes export --sign` records it.
    let mut store = Store::open(database, StoreOptions::new("Mette Holm"))?;
    let september = Uuid::parse_str(SEPTEMBER)?;
    let fingerprint = store.meeting(september)?.log_fingerprint;
    store.apply(Command::RecordMinutesSigned {
        meeting_id: september,
        fingerprint,
        document_sha256: "ab12".into(),
        signer_name: "Mette Holm".into(),
        role: "chair".into(),
        signed_at: None,
    })?;
    Ok(())
}

async fn open_meeting(client: &fantoccini::Client, id: &str) -> anyhow::Result<()> {
    let link = format!("//table[@id='meetings-table']//button[@data-meeting-id='{id}']");
    client
        .wait()
        .for_element(Locator::XPath(&link))
        .await
        .with_context(|| format!("meeting {id} in the list"))?
        .click()
        .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_chair_puts_the_last_minutes_on_the_agenda_and_approves_them() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let database = folder.path().join("gavel.sqlite3");
    let exports = folder.path().join("exports");
    september_signed_and_october_planned(&database)?;

    in_the_app(&tools, &database, &exports, |client| async move {
        open_meeting(&client, OCTOBER).await?;
        // Before the meeting: September's signed minutes are offered, and go first on the agenda.
        wait_for_text(
            &client,
            "#minutes-approval-meeting",
            "Styregruppemøde september 2026 (17. september 2026)",
        )
        .await?;
        save_screenshot(&client, "approval-offered").await?;
        click(&client, "#minutes-approval-add").await?;
        wait_for_text(
            &client,
            "#agenda",
            "Godkendelse af referat fra Styregruppemøde september 2026 (17. september 2026)",
        )
        .await?;

        // The meeting starts on that item, and the minutes are approved with one click. (The
        // window scrolled down to the approval form: the agenda is brought back into view.)
        scroll_to(&client, "#agenda").await?;
        click(&client, "#agenda-next").await?;
        click(&client, "#meeting-start").await?;
        wait_for(&client, "#meeting-status[data-status='open']").await?;
        wait_for(&client, "#approve-minutes-heading").await?;
        save_screenshot(&client, "approval-live").await?;
        click(&client, "button#approve-minutes").await?;
        wait_for(&client, "#decision-list li[data-outcome='approved']").await?;
        wait_for_text(&client, "#decision-list", "Referatet blev godkendt.").await?;
        ensure!(
            client
                .find_all(Locator::Css("#approve-minutes-heading"))
                .await?
                .is_empty(),
            "once approved, the approval is not offered again"
        );
        Ok(())
    })
    .await?;

    let store = Store::open(&database, StoreOptions::new("e2e check"))?;
    let september = store.meeting(Uuid::parse_str(SEPTEMBER)?)?;
    let approval = september
        .meeting
        .minutes_approval
        .context("September's minutes are approved")?;
    assert_eq!(approval.meeting_id, Uuid::parse_str(OCTOBER)?);
    assert_eq!(approval.decision_text, "Referatet blev godkendt.");
    Ok(())
}
