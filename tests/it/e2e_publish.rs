//! End-to-end: the chair makes a closed, signed meeting public on its page and publishes the
//! group's website from the Groups screen (docs/publish.md). From an empty database: the group
//! and a closed meeting are recorded with `gavel apply`, and its minutes are signed into the
//! app's export folder with `gavel minutes export --sign`, as the chair would — on this
//! computer's clock, which the app's events must follow. Needs Xvfb and the built app.

use std::path::Path;

use anyhow::{Context, ensure};
use fantoccini::Locator;

use crate::e2e::{EndToEndTools, in_the_app, save_screenshot, wait_for};
use crate::e2e_live::{click, wait_for_text};
use crate::support::{gavel, stderr};

const GROUP: &str = "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f";
const PUBLIC_MEETING: &str = "11111111-2222-4333-8444-555555555555";

fn run(database: &Path, args: &[&str], stdin: &str) -> anyhow::Result<()> {
    let output = gavel(database, args, stdin);
    ensure!(
        output.status.success(),
        "gavel {args:?}: {}",
        stderr(&output)
    );
    Ok(())
}

/// The group, a meeting held and closed on 26 November, and its minutes signed by the chair
/// with a certificate made by `gavel cert create`, saved in `exports`.
fn a_closed_meeting_with_signed_minutes(
    database: &Path,
    folder: &Path,
    exports: &Path,
) -> anyhow::Result<()> {
    let commands = [
        serde_json::json!({"type": "CreateGroup", "id": GROUP, "name": "Styregruppen for OS2mo"}),
        serde_json::json!({"type": "AddMember", "group_id": GROUP, "name": "Mette Holm", "role": "chair"}),
        serde_json::json!({"type": "CreateMeeting", "id": PUBLIC_MEETING, "group_id": GROUP,
            "title": "Styregruppemøde november 2026", "starts_at": "2026-11-26T13:00:00"}),
        serde_json::json!({"type": "AddAgendaItem", "meeting_id": PUBLIC_MEETING, "title": "Hosting af OS2mo"}),
        serde_json::json!({"type": "OpenMeeting", "meeting_id": PUBLIC_MEETING, "at": "2026-11-26T13:00:00"}),
        serde_json::json!({"type": "RecordDecision", "meeting_id": PUBLIC_MEETING, "outcome": "approved",
            "text": "Tilbud B vælges."}),
        serde_json::json!({"type": "CloseMeeting", "meeting_id": PUBLIC_MEETING, "at": "2026-11-26T15:00:00"}),
    ];
    let lines: String = commands
        .iter()
        .map(|command| format!("{command}\n"))
        .collect();
    run(database, &["apply"], &lines)?;
    let p12 = folder.join("chair.p12");
    let password = folder.join("password.txt");
    std::fs::write(&password, "hemmeligt-kodeord-til-test\n")?;
    let text = |path: &Path| path.to_str().map(str::to_owned).context("a UTF-8 path");
    run(
        database,
        &[
            "cert",
            "create",
            "--name",
            "Mette Holm",
            "--org",
            "Aarhus Kommune",
            "--out",
            &text(&p12)?,
            "--password-file",
            &text(&password)?,
            "--valid-days",
            "30",
        ],
        "",
    )?;
    let pdf = exports.join("Referat - Styregruppemøde november 2026 (underskrevet).pdf");
    run(
        database,
        &[
            "minutes",
            "export",
            PUBLIC_MEETING,
            "--out",
            &text(&pdf)?,
            "--sign",
            &text(&p12)?,
            "--password-file",
            &text(&password)?,
        ],
        "",
    )
}

#[tokio::test(flavor = "multi_thread")]
async fn the_chair_marks_a_meeting_public_and_publishes_the_groups_website() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let folder = tempfile::tempdir()?;
    let database = folder.path().join("gavel.sqlite3");
    let exports = folder.path().join("exports");
    std::fs::create_dir_all(&exports)?;
    a_closed_meeting_with_signed_minutes(&database, folder.path(), &exports)?;

    in_the_app(&tools, &database, &exports, |client| async move {
        let link =
            format!("//table[@id='meetings-table']//button[@data-meeting-id='{PUBLIC_MEETING}']");
        client
            .wait()
            .for_element(Locator::XPath(&link))
            .await
            .context("the meeting in the list")?
            .click()
            .await?;
        wait_for_text(&client, "#meeting-publication-status", "ikke offentligt").await?;
        click(&client, "#meeting-publication-toggle").await?;
        wait_for(&client, "#meeting-publication-status[data-public='true']").await?;

        click(&client, "#nav-groups").await?;
        click(&client, "#group-website-publish").await?;
        wait_for_text(&client, "#group-website-result", "med 1 offentligt møde").await?;
        client
            .execute(
                "document.getElementById('group-website').scrollIntoView({block: 'center'})",
                vec![],
            )
            .await?;
        save_screenshot(&client, "publish-website").await?;
        Ok(())
    })
    .await?;

    let site = exports.join("Hjemmeside - Styregruppen for OS2mo");
    let index = std::fs::read_to_string(site.join("index.html")).context("the register page")?;
    ensure!(
        index.contains("Styregruppemøde november 2026"),
        "the public meeting is on the register: {index}"
    );
    ensure!(
        site.join("gavel-site.txt").exists(),
        "the folder is marked as Gavel's site"
    );
    Ok(())
}
