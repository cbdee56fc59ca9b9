//! End-to-end: the chair restores a backup in the app. Settings › "Hvor data ligger" lists the
//! backup made when a meeting closed; restoring it asks first, then brings the database back to
//! that moment (a meeting created after it is gone), and the list gains the "before restore" copy
//! of what was replaced. And when the backup after closing a meeting cannot be written, the
//! meeting is closed all the same and the app says that no backup was made. Needs Xvfb and the
//! built app, like e2e.rs.

use anyhow::{Context, ensure};
use fantoccini::{Client, Locator};
use gavel_core::{Command, Store, StoreOptions};

use crate::e2e::{EndToEndTools, TauriDriver, explain_failure, save_screenshot, wait_for};
use crate::e2e_live::{click, wait_for_text};

const LATER_MEETING: &str = "Møde oprettet efter sikkerhedskopien";

#[tokio::test(flavor = "multi_thread")]
async fn chair_restores_the_backup_made_when_a_meeting_closed() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");
    // The demo without backups (it closes its September meeting), then the December meeting
    // closed with them on, as the app would: one backup.
    gavel_core::demo::load(&mut Store::open(&database, StoreOptions::new("e2e setup"))?)?;
    {
        let mut store = Store::open(
            &database,
            StoreOptions::new("e2e setup").with_automatic_backups(),
        )?;
        let december = store
            .meetings()?
            .into_iter()
            .find(|meeting| meeting.title == "Styregruppemøde december 2026")
            .context("the demo's December meeting")?;
        store.apply(Command::OpenMeeting {
            meeting_id: december.id,
            at: None,
        })?;
        store.apply(Command::CloseMeeting {
            meeting_id: december.id,
            at: None,
        })?;
        let group_id = store.groups()?.first().context("the demo group")?.id;
        store.apply(Command::CreateMeeting {
            id: None,
            group_id,
            title: LATER_MEETING.to_owned(),
            starts_at: "2027-01-14T13:00:00".parse()?,
            location: None,
        })?;
    }
    let backups_before = gavel_core::backup::list_backups(&database)?;
    ensure!(backups_before.len() == 1, "one backup, from the close");

    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = restore_in_the_app(&client).await;
    let outcome = match outcome {
        Ok(()) => Ok(()),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    drop(driver);
    outcome?;
    closed.context("closing the WebDriver session")?;

    let store = Store::open(&database, StoreOptions::new("e2e check"))?;
    ensure!(
        store
            .meetings()?
            .iter()
            .all(|meeting| meeting.title != LATER_MEETING),
        "the meeting created after the backup should be gone"
    );
    ensure!(store.verify_log()?.broken.is_empty(), "the log verifies");
    let backups = gavel_core::backup::list_backups(&database)?;
    ensure!(
        backups.len() == 2 && backups[0].reason == "before-restore",
        "the replaced database is kept as a backup: {backups:?}"
    );
    Ok(())
}

async fn restore_in_the_app(client: &Client) -> anyhow::Result<()> {
    wait_for_text(client, "#meetings-table", LATER_MEETING).await?;
    click(client, "#nav-settings").await?;
    let rows = wait_for(client, "#backups-table tbody tr").await?;
    let row_text = rows.text().await?;
    ensure!(
        row_text.contains("Efter et møde blev afsluttet") && row_text.contains("2 møder"),
        "the backup row should say why and what it holds: {row_text:?}"
    );
    show_backups(client).await?;
    save_screenshot(client, "backup-1-list").await?;

    // Restore asks first; cancelling changes nothing.
    click(client, "#backups-table tbody tr button").await?;
    wait_for(client, "#backup-confirm").await?;
    click(client, "#backup-confirm-cancel").await?;
    ensure!(
        client.find(Locator::Css("#backup-confirm")).await.is_err(),
        "the confirmation should close"
    );

    click(client, "#backups-table tbody tr button").await?;
    let confirm = wait_for(client, "#backup-confirm").await?.text().await?;
    ensure!(
        confirm.contains("Gendan sikkerhedskopien fra")
            && confirm.contains("gemmes først som en ny sikkerhedskopi"),
        "the confirmation should say what happens: {confirm:?}"
    );
    show_backups(client).await?;
    save_screenshot(client, "backup-2-confirm").await?;
    click(client, "#backup-confirm-restore").await?;
    wait_for_text(client, "#backup-restored", "Sikkerhedskopien er gendannet").await?;
    wait_for_text(
        client,
        "#backups-table",
        "Før en sikkerhedskopi blev gendannet",
    )
    .await?;
    show_backups(client).await?;
    save_screenshot(client, "backup-3-restored").await?;

    click(client, "#nav-meetings").await?;
    let meetings = wait_for(client, "#meetings-table").await?.text().await?;
    ensure!(
        !meetings.contains(LATER_MEETING),
        "the meetings list should follow the restore: {meetings}"
    );
    Ok(())
}

/// Scrolls the backups part of the settings into view, for the screenshots.
async fn show_backups(client: &Client) -> anyhow::Result<()> {
    client
        .execute(
            "document.getElementById('backups').scrollIntoView();",
            Vec::new(),
        )
        .await
        .context("scrolling to the backups")?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn closing_a_meeting_when_the_backup_fails_keeps_the_close_and_warns() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");
    gavel_core::demo::load(&mut Store::open(&database, StoreOptions::new("e2e setup"))?)?;
    let december = Store::open(&database, StoreOptions::new("e2e setup"))?
        .meetings()?
        .into_iter()
        .find(|meeting| meeting.title == "Styregruppemøde december 2026")
        .context("the demo's December meeting")?;
    // A file where the backups folder would be: every copy fails.
    std::fs::write(data_dir.path().join("backups"), "not a folder")?;

    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = async {
        click(
            &client,
            &format!("#meetings-table button[data-meeting-id='{}']", december.id),
        )
        .await?;
        click(&client, "#meeting-start").await?;
        wait_for(&client, "#meeting-status[data-status='open']").await?;
        click(&client, "#meeting-close").await?;
        click(&client, "#close-meeting-dialog-confirm").await?;
        wait_for(&client, "#meeting-status[data-status='closed']").await?;
        let warning = wait_for(&client, "#backup-failed").await?.text().await?;
        ensure!(
            warning.contains("Mødet er afsluttet, men der blev ikke taget en sikkerhedskopi")
                && warning.contains("Sikkerhedskopien kunne ikke gemmes"),
            "the warning should say the meeting is closed and why there is no copy: {warning:?}"
        );
        client
            .execute("window.scrollTo(0, 0);", Vec::new())
            .await
            .context("scrolling to the top")?;
        save_screenshot(&client, "backup-4-failed-after-close").await?;
        anyhow::Ok(())
    }
    .await;
    let outcome = match outcome {
        Ok(()) => Ok(()),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    drop(driver);
    outcome?;
    closed.context("closing the WebDriver session")?;

    let store = Store::open(&database, StoreOptions::new("e2e check"))?;
    ensure!(
        store.meeting(december.id)?.meeting.status == gavel_core::MeetingStatus::Closed,
        "the close stands"
    );
    Ok(())
}
