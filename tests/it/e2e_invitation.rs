//! End-to-end: before the meeting, in the app. From an empty database, a group with three
//! members (two with e-mail addresses) and a draft meeting are set up with `gavel apply`; in the
//! app the chair saves the invitation (the file lands in the export folder and the app names
//! the member it cannot invite), moves the meeting, saves the update, then cancels the meeting
//! with a reason: the list says "Aflyst", nothing more can be started, and the last file is a
//! cancellation. Needs Xvfb and the built app, like e2e.rs.

use std::path::{Path, PathBuf};

use anyhow::{Context, ensure};
use fantoccini::{Client, Locator};

use crate::e2e::{EndToEndTools, in_the_app, save_screenshot, wait_for};
use crate::e2e_live::{click, scroll_to, wait_for_text};
use crate::support::{gavel, stderr};

const GROUP: &str = "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
const MEETING: &str = "11111111-2222-4333-8444-555555555555";

fn group_with_a_draft_meeting(database: &Path) -> anyhow::Result<()> {
    let commands = format!(
        concat!(
            "{{\"type\":\"CreateGroup\",\"id\":\"{g}\",\"name\":\"Styregruppen for OS2mo\"}}\n",
            "{{\"type\":\"AddMember\",\"group_id\":\"{g}\",\"name\":\"Mette Holm\",\"role\":\"chair\",\"email\":\"mette@aarhus.dk\"}}\n",
            "{{\"type\":\"AddMember\",\"group_id\":\"{g}\",\"name\":\"Søren Ærø\",\"email\":\"soren@vejle.dk\"}}\n",
            "{{\"type\":\"AddMember\",\"group_id\":\"{g}\",\"name\":\"Jens Kolding\"}}\n",
            "{{\"type\":\"CreateMeeting\",\"id\":\"{m}\",\"group_id\":\"{g}\",",
            "\"title\":\"Styregruppemøde december 2026\",\"starts_at\":\"2026-12-10T13:00:00\"}}\n",
            "{{\"type\":\"AddAgendaItem\",\"meeting_id\":\"{m}\",\"title\":\"Budget 2027\"}}\n",
        ),
        g = GROUP,
        m = MEETING,
    );
    let output = gavel(database, &["apply"], &commands);
    ensure!(output.status.success(), "{}", stderr(&output));
    Ok(())
}

fn calendar_files(exports: &Path) -> anyhow::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(exports)?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<Result<_, _>>()?;
    files.retain(|path| path.extension().is_some_and(|extension| extension == "ics"));
    files.sort();
    Ok(files)
}

async fn save_invitation(client: &Client, exports: &Path, count: usize) -> anyhow::Result<String> {
    click(client, "#meeting-invitation").await?;
    let status = wait_for(client, "#meeting-invitation-saved").await?;
    let said = status.text().await?;
    let files = calendar_files(exports)?;
    ensure!(
        files.len() == count,
        "expected {count} .ics files, found {files:?}"
    );
    let newest = files
        .iter()
        .find(|path| said.contains(&path.display().to_string()))
        .with_context(|| format!("the app names none of {files:?}: {said:?}"))?;
    Ok(std::fs::read_to_string(newest)?)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_chair_saves_an_invitation_moves_the_meeting_and_cancels_it() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let database = folder.path().join("gavel.sqlite3");
    let exports = folder.path().join("exports");
    group_with_a_draft_meeting(&database)?;

    let export_folder = exports.clone();
    let calendars = in_the_app(&tools, &database, &exports, |client| async move {
        let exports = export_folder;
        let link = format!("//table[@id='meetings-table']//button[@data-meeting-id='{MEETING}']");
        client
            .wait()
            .for_element(Locator::XPath(&link))
            .await
            .context("the meeting in the list")?
            .click()
            .await?;
        wait_for(&client, "#meeting-preparation").await?;

        let first = save_invitation(&client, &exports, 1).await?;
        wait_for_text(
            &client,
            "#meeting-invitation-saved",
            "Den inviterer 2 medlemmer.",
        )
        .await?;
        wait_for_text(&client, "#meeting-invitation-without-email", "Jens Kolding").await?;
        save_screenshot(&client, "invitation-saved").await?;

        // The agenda pack, beside the invitation.
        scroll_to(&client, "#meeting-preparation").await?;
        click(&client, "#meeting-agenda-pack").await?;
        wait_for_text(&client, "#meeting-agenda-pack-saved", ".pdf").await?;
        let packs: Vec<PathBuf> = std::fs::read_dir(&exports)?
            .map(|entry| entry.map(|entry| entry.path()))
            .collect::<Result<Vec<_>, _>>()?
            .into_iter()
            .filter(|path| path.extension().is_some_and(|extension| extension == "pdf"))
            .collect();
        ensure!(
            packs.len() == 1,
            "one agenda pack in {exports:?}: {packs:?}"
        );
        ensure!(
            std::fs::read(&packs[0])?.starts_with(b"%PDF-"),
            "{:?} is a PDF",
            packs[0]
        );
        save_screenshot(&client, "agenda-saved").await?;
        // Back to where the rest of this walk expects the window: at the top.
        client
            .execute("window.scrollTo(0, 0);", Vec::new())
            .await
            .context("scrolling back to the top")?;

        click(&client, "#meeting-edit").await?;
        let time = wait_for(&client, "#meeting-edit-time").await?;
        time.clear().await?;
        time.send_keys("9.30").await?;
        let place = wait_for(&client, "#meeting-edit-location").await?;
        place.send_keys("Vejle Rådhus").await?;
        click(&client, "#meeting-edit-save").await?;
        wait_for_text(&client, "#meeting-detail", "Vejle Rådhus").await?;
        let moved = save_invitation(&client, &exports, 2).await?;

        click(&client, "#meeting-cancel").await?;
        let reason = wait_for(&client, "#meeting-cancel-reason").await?;
        reason.send_keys("For få kan deltage.").await?;
        save_screenshot(&client, "invitation-cancel-dialog").await?;
        click(&client, "#meeting-cancel-dialog-confirm").await?;
        wait_for(&client, "#meeting-status[data-status='cancelled']").await?;
        wait_for_text(&client, "#meeting-cancelled", "For få kan deltage.").await?;
        ensure!(
            client.find(Locator::Css("#meeting-start")).await.is_err(),
            "a cancelled meeting offers no start button"
        );
        let cancelled = save_invitation(&client, &exports, 3).await?;
        save_screenshot(&client, "invitation-cancelled").await?;

        click(&client, "#meeting-back").await?;
        wait_for(&client, "[data-meeting-status='cancelled']").await?;
        Ok((first, moved, cancelled))
    })
    .await?;

    let (first, moved, cancelled) = calendars;
    ensure!(
        first.contains("DTSTART;TZID=Europe/Copenhagen:20261210T130000"),
        "{first}"
    );
    ensure!(first.contains("ATTENDEE;CN=\"Søren Ærø\""), "{first}");
    ensure!(
        moved.contains("DTSTART;TZID=Europe/Copenhagen:20261210T093000"),
        "{moved}"
    );
    ensure!(moved.contains("LOCATION:Vejle Rådhus"), "{moved}");
    ensure!(
        cancelled.contains("METHOD:CANCEL") && cancelled.contains("STATUS:CANCELLED"),
        "{cancelled}"
    );
    Ok(())
}
