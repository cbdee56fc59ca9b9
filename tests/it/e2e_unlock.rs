//! End-to-end (issue 17, item 6): the chair types her certificate's password once per meeting.
//! From an empty database, through the real desktop app: she gives her name, creates her group
//! with its members, creates a certificate on the settings screen, creates and starts a meeting,
//! and unlocks the certificate on the meeting's page (a wrong password first, which is refused
//! and keeps nothing). After closing the meeting she signs a sync file of it and then its minutes,
//! and neither form asks for the password. Afterwards the sync file's signature verifies, the
//! minutes' signature is valid to pdfsig and pyHanko, and the key is forgotten: the export asks
//! for the password again.
//!
//! Runs the real desktop binary like e2e.rs (whose helpers it uses); needs Xvfb, the built app,
//! poppler-utils and pyHanko (scripts/setup.sh --test).

use std::path::{Path, PathBuf};

use anyhow::{Context, ensure};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use gavel_core::sync::{SyncFile, SyncSignatureVerifier};
use gavel_minutes::sync_signature::CmsSyncSignatureVerifier;
use uuid::Uuid;

use crate::e2e::{EndToEndTools, TauriDriver, explain_failure, save_screenshot, wait_for};
use crate::e2e_first_hour::{path_text, scroll_into_view};
use crate::e2e_live::{click, scroll_to, uuid_attr, wait_for_text};
use crate::e2e_settings::type_into;

const CHAIR: &str = "Mette Kjærgaard Holm";
const PASSWORD: &str = "Kasket-Ørn-2026";
const MEETING_TITLE: &str = "Styregruppemøde januar 2027";

#[tokio::test(flavor = "multi_thread")]
async fn chair_unlocks_her_certificate_once_and_signs_a_sync_file_and_the_minutes()
-> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");
    let exports = data_dir.path().join("exports");
    let empty = Path::new("");
    let danish = Path::new("da_DK.UTF-8");
    let environment = [
        ("GAVEL_LANG", Path::new("da")),
        ("GAVEL_AUTHOR", empty),
        ("LANG", danish),
        ("LC_ALL", danish),
        ("GAVEL_EXPORT_DIR", exports.as_path()),
    ];
    let driver = TauriDriver::start_with_env(&tools, data_dir.path(), &database, &environment)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = match unlock_once_and_sign_twice(&client).await {
        Ok(files) => Ok(files),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    let log = driver.log_tail();
    drop(driver);
    let Signed { sync_file, minutes } = outcome?;
    closed.context("closing the WebDriver session")?;
    ensure!(
        !log.contains(PASSWORD),
        "the password is in the app's output:\n{log}"
    );

    // The sync file carries a signature by the chair's certificate over what it holds.
    let file: SyncFile = serde_json::from_slice(&std::fs::read(&sync_file)?)
        .with_context(|| format!("reading {}", sync_file.display()))?;
    let signature = file
        .signature
        .as_ref()
        .with_context(|| format!("{} is not signed", sync_file.display()))?;
    let signer = CmsSyncSignatureVerifier
        .verify(&file.signed_content_sha256(), signature)
        .map_err(|error| anyhow::anyhow!("the sync file's signature: {error:?}"))?;
    assert_eq!(signer.name, CHAIR);

    // The minutes' signature is valid to Gavel, pdfsig and pyHanko.
    let verification =
        gavel_minutes::verify_pdf(&std::fs::read(&minutes)?, &minutes, chrono::Utc::now())?;
    ensure!(
        verification.signatures.len() == 1 && verification.all_valid(),
        "Gavel's check of {}: {verification:?}",
        minutes.display()
    );
    assert_eq!(verification.signatures[0].signer.as_deref(), Some(CHAIR));
    assert_eq!(
        crate::minutes::pdfsig_verdicts(&minutes),
        ["valid"],
        "pdfsig on {}",
        minutes.display()
    );
    let pyhanko = crate::attacks::pyhanko_verdicts(&crate::attacks::pyhanko_python(), &minutes)
        .map_err(anyhow::Error::msg)?;
    ensure!(
        pyhanko.len() == 1 && pyhanko.iter().all(|verdict| verdict.is_valid()),
        "pyHanko on {}: {pyhanko:?}",
        minutes.display()
    );
    Ok(())
}

struct Signed {
    sync_file: PathBuf,
    minutes: PathBuf,
}

async fn unlock_once_and_sign_twice(client: &Client) -> anyhow::Result<Signed> {
    set_up_the_group(client).await?;
    create_certificate_in_the_settings(client).await?;
    let meeting_id = create_and_start_a_meeting(client).await?;

    // The meeting's page offers to unlock the certificate; a wrong password keeps nothing.
    scroll_to(client, "#certificate-unlock").await?;
    type_into(client, "#certificate-unlock-password", "forkert-kodeord").await?;
    click(client, "#certificate-unlock-submit").await?;
    wait_for_text(
        client,
        "#certificate-unlock [role='alert']",
        "Forkert adgangskode",
    )
    .await?;
    ensure!(
        no_element(client, "#certificate-unlock-unlocked").await?,
        "a wrong password unlocked the certificate"
    );
    scroll_to(client, "#certificate-unlock").await?;
    save_screenshot(client, "unlock-0-wrong-password").await?;
    type_into(client, "#certificate-unlock-password", PASSWORD).await?;
    click(client, "#certificate-unlock-submit").await?;
    wait_for_text(
        client,
        "#certificate-unlock-unlocked",
        "Certifikatet er låst op for dette møde.",
    )
    .await?;
    scroll_to(client, "#certificate-unlock").await?;
    save_screenshot(client, "unlock-1-meeting-unlocked").await?;

    // Closing the meeting keeps it unlocked.
    click(client, "#meeting-close").await?;
    wait_for(client, "dialog#close-meeting-dialog[open]").await?;
    click(client, "#close-meeting-dialog-confirm").await?;
    wait_for(client, "#meeting-status[data-status='closed']").await?;
    wait_for(client, "#certificate-unlock-unlocked").await?;

    // A signed sync file of the meeting, with no password asked.
    let sync_file = export_signed_sync_file(client, meeting_id).await?;

    // Back on the meeting's page: the minutes are signed with no password asked.
    open_meeting(client).await?;
    wait_for_text(
        client,
        "#minutes-unlocked",
        "Certifikatet er låst op for dette møde.",
    )
    .await?;
    ensure!(
        no_element(client, "#minutes-password").await?,
        "the signing form asks for the password although the certificate is unlocked"
    );
    scroll_to(client, "#minutes-sign-section").await?;
    save_screenshot(client, "unlock-3-minutes-unlocked").await?;
    click(client, "#minutes-sign").await?;
    let minutes = PathBuf::from(
        wait_for(client, "#minutes-signed-path")
            .await?
            .text()
            .await?
            .trim(),
    );
    // Signed: the meeting is frozen, nothing is left to unlock for, and the key is forgotten.
    wait_for(
        client,
        "#minutes-signature-list tr[data-signature-number='1']",
    )
    .await?;
    ensure!(
        no_element(client, "#certificate-unlock").await?,
        "the unlock panel is still shown for signed minutes"
    );
    click(client, "#nav-sync").await?;
    wait_for(client, "#sync-import-file").await?;
    click(client, &format!("#sync-meeting-{meeting_id}")).await?;
    click(client, "#sync-export-sign").await?;
    wait_for(client, "#sync-export-password").await?;
    ensure!(
        no_element(client, "#sync-export-unlocked").await?,
        "the key is still held after the minutes were signed"
    );
    Ok(Signed { sync_file, minutes })
}

/// The first-run screen: her name (saved when she leaves the field), then her group with the
/// members of the fixture's member list.
async fn set_up_the_group(client: &Client) -> anyhow::Result<()> {
    wait_for_text(client, "h1", "Velkommen til Gavel").await?;
    let tab = char::from(Key::Tab);
    wait_for(client, "#settings-chair-name")
        .await?
        .send_keys(&format!("{CHAIR}{tab}"))
        .await
        .context("typing the chair's name")?;
    wait_for(client, "#settings-save-status[data-saved='true']").await?;
    click(client, "#create-my-group").await?;
    wait_for(client, "#new-group-name")
        .await?
        .send_keys("Styregruppen for OS2mo")
        .await
        .context("typing the group's name")?;
    click(
        client,
        "input[name='new-group-kind'][value='steering_group']",
    )
    .await?;
    click(client, "input[name='new-group-language'][value='da']").await?;
    click(client, "#new-group-submit").await?;
    wait_for(client, "#nav-groups[aria-current='page']").await?;
    let members =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/members/styregruppe-os2mo.csv");
    wait_for(client, "#member-list-file")
        .await?
        .send_keys(path_text(&members)?)
        .await
        .context("choosing the member list")?;
    wait_for(client, "#member-list-preview").await?;
    click(client, "#member-list-confirm").await?;
    wait_for(
        client,
        "section[aria-labelledby='members-heading'] tr[data-member-id]",
    )
    .await?;
    Ok(())
}

async fn create_certificate_in_the_settings(client: &Client) -> anyhow::Result<()> {
    click(client, "#nav-settings").await?;
    wait_for_text(client, "h1", "Indstillinger").await?;
    for field in [
        "#certificate-new-password",
        "#certificate-new-password-again",
    ] {
        type_into(client, field, PASSWORD).await?;
    }
    click(client, "#certificate-create").await?;
    wait_for(client, "#certificate-done").await?;
    wait_for_text(client, "#certificate-subject", CHAIR).await?;
    Ok(())
}

/// A meeting with one free agenda item, started; returns its id.
async fn create_and_start_a_meeting(client: &Client) -> anyhow::Result<Uuid> {
    click(client, "#nav-meetings").await?;
    click(client, "#new-meeting").await?;
    wait_for(client, "#meeting-title")
        .await?
        .send_keys(MEETING_TITLE)
        .await
        .context("typing the title")?;
    type_into(client, "#meeting-date", "14.01.2027").await?;
    type_into(client, "#meeting-time", "13:00").await?;
    wait_for(client, "#agenda-free-text")
        .await?
        .send_keys("Eventuelt")
        .await
        .context("typing the free agenda item")?;
    click(client, "#agenda-add-free").await?;
    wait_for(client, "#agenda-draft li").await?;
    click(client, "#create-meeting").await?;
    let detail = wait_for(client, "#meeting-detail[data-meeting-id]").await?;
    let meeting_id = uuid_attr(&detail, "data-meeting-id").await?;
    click(client, "#meeting-start").await?;
    wait_for(client, "#meeting-status[data-status='open']").await?;
    Ok(meeting_id)
}

async fn export_signed_sync_file(client: &Client, meeting_id: Uuid) -> anyhow::Result<PathBuf> {
    click(client, "#nav-sync").await?;
    wait_for(client, "#sync-import-file").await?;
    click(client, &format!("#sync-meeting-{meeting_id}")).await?;
    click(client, "#sync-export-sign").await?;
    wait_for_text(
        client,
        "#sync-export-unlocked",
        &format!("Certifikatet er låst op for mødet »{MEETING_TITLE}«."),
    )
    .await?;
    ensure!(
        no_element(client, "#sync-export-password").await?,
        "the export asks for the password although the certificate is unlocked"
    );
    scroll_into_view(client, "#sync-export-unlocked").await?;
    save_screenshot(client, "unlock-2-sync-export-unlocked").await?;
    click(client, "#sync-export").await?;
    wait_for_text(
        client,
        "#sync-export-signed",
        &format!("Underskrevet af {CHAIR}"),
    )
    .await?;
    let path = wait_for(client, "#sync-export-path").await?.text().await?;
    Ok(PathBuf::from(path.trim()))
}

async fn open_meeting(client: &Client) -> anyhow::Result<()> {
    click(client, "#nav-meetings").await?;
    let button = format!(
        "//table[@id='meetings-table']//button[@data-meeting-id][normalize-space()='{MEETING_TITLE}']"
    );
    client
        .wait()
        .at_most(crate::e2e::UI_TIMEOUT)
        .for_element(Locator::XPath(&button))
        .await
        .context("waiting for the meeting in the list")?
        .click()
        .await?;
    wait_for(client, "#meeting-status[data-status='closed']").await?;
    Ok(())
}

async fn no_element(client: &Client, css: &str) -> anyhow::Result<bool> {
    Ok(client.find_all(Locator::Css(css)).await?.is_empty())
}
