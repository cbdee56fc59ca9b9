//! End-to-end: the chair approves and signs the minutes of the demo's closed September meeting in
//! the real desktop app — reviews the preview, saves the unsigned PDF, chooses the committed test
//! `.p12` through the file field, types its password and signs — then checks the signed file in
//! the app. Afterwards the signed PDF is in the export folder, poppler's `pdfsig` says its
//! signature is valid, and the database records the signature. Runs the real desktop binary like
//! e2e.rs (whose helpers it uses); needs Xvfb, the built app and poppler-utils.

use std::path::{Path, PathBuf};

use anyhow::{Context, ensure};
use fantoccini::{Client, Locator};
use gavel_core::{Store, StoreOptions};
use uuid::Uuid;

use crate::e2e::{
    EndToEndTools, TauriDriver, UI_TIMEOUT, explain_failure, save_screenshot, wait_for,
};
use crate::e2e_live::{click, scroll_to};
use crate::minutes::pdfsig_verdicts;

const SEPTEMBER_MEETING: &str = "Styregruppemøde september 2026";
const UNSIGNED_FILE_NAME: &str = "Referat - Styregruppemøde september 2026 (2026-09-17).pdf";
const SIGNED_FILE_NAME: &str =
    "Referat - Styregruppemøde september 2026 (2026-09-17) (underskrevet).pdf";
const WRONG_PASSWORD: &str = "ikke-kodeordet-42";
/// The common name in tests/fixtures/certs/rsa-openssl3.p12.
const FIXTURE_SIGNER: &str = "Rasmus Højgaard";

/// What the app said it did.
struct Signed {
    meeting_id: Uuid,
    unsigned_path: PathBuf,
    signed_path: PathBuf,
}

#[tokio::test(flavor = "multi_thread")]
async fn chair_signs_the_minutes_in_the_desktop_app_and_pdfsig_accepts_them() -> anyhow::Result<()>
{
    let certificates = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/certs");
    let p12 = certificates.join("rsa-openssl3.p12");
    let password = std::fs::read_to_string(certificates.join("password.txt"))?;
    let password = password.lines().next().unwrap_or_default().to_owned();

    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");
    let exports = data_dir.path().join("Dokumenter").join("Gavel");

    let driver = TauriDriver::start_with_env(
        &tools,
        data_dir.path(),
        &database,
        &[("GAVEL_EXPORT_DIR", &exports)],
    )?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = sign_the_september_minutes(&client, &p12, &password).await;
    let outcome = match outcome {
        Ok(signed) => Ok(signed),
        // The step that failed first, then what the chair would have seen and what the app said.
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    let log = driver.log_tail();
    drop(driver);
    let signed = outcome?;
    closed.context("closing the WebDriver session")?;
    assert!(
        !log.contains(&password),
        "the password is in the app's output:\n{log}"
    );

    assert_eq!(signed.unsigned_path, exports.join(UNSIGNED_FILE_NAME));
    assert!(signed.unsigned_path.is_file(), "the unsigned PDF was saved");
    assert_eq!(signed.signed_path, exports.join(SIGNED_FILE_NAME));
    assert!(signed.signed_path.is_file(), "the signed PDF was saved");
    // The demo is practice: the minutes say so on every page, here and in the app's preview.
    let text = std::process::Command::new("pdftotext")
        .arg(&signed.signed_path)
        .arg("-")
        .output()?;
    let text = String::from_utf8_lossy(&text.stdout);
    ensure!(
        text.contains("ØVELSE, ikke et gyldigt referat"),
        "practice minutes say so in their running header:\n{text}"
    );
    assert_eq!(
        pdfsig_verdicts(&signed.signed_path),
        ["valid"],
        "pdfsig's verdict on {}",
        signed.signed_path.display()
    );

    let meeting = Store::open(
        &gavel_core::practice_database_path(&database),
        StoreOptions::new("e2e check"),
    )?
    .meeting(signed.meeting_id)?;
    assert_eq!(
        meeting.signatures.len(),
        1,
        "signatures: {:#?}",
        meeting.signatures
    );
    let signature = &meeting.signatures[0];
    assert_eq!(signature.signer_name, FIXTURE_SIGNER);
    assert_eq!(signature.role, "chair");
    assert_eq!(signature.fingerprint, meeting.log_fingerprint);
    Ok(())
}

/// The chair's path through the minutes panel, top to bottom (the meeting screen's controls bar
/// sticks to the top of the window, see e2e_live.rs).
async fn sign_the_september_minutes(
    client: &Client,
    p12: &Path,
    password: &str,
) -> anyhow::Result<Signed> {
    click(client, "#load-demo").await?;
    let open_meeting = format!(
        "//table[@id='meetings-table']//button[@data-meeting-id][normalize-space()='{SEPTEMBER_MEETING}']"
    );
    let link = client
        .wait()
        .at_most(UI_TIMEOUT)
        .for_element(Locator::XPath(&open_meeting))
        .await
        .with_context(|| format!("waiting for the meeting {SEPTEMBER_MEETING:?} in the list"))?;
    let meeting_id = link
        .attr("data-meeting-id")
        .await?
        .context("the meeting's button has its id")?;
    let meeting_id = Uuid::parse_str(&meeting_id)?;
    link.click()
        .await
        .context("opening the September meeting")?;
    wait_for(
        client,
        &format!("#meeting-detail[data-meeting-id='{meeting_id}']"),
    )
    .await?;

    // The preview shows the minutes as the PDF will.
    let preview = wait_for(client, "#minutes-document").await?;
    let title = wait_for(client, "#minutes-document-title")
        .await?
        .text()
        .await?;
    ensure!(
        title.starts_with("ØVELSE, ikke et gyldigt referat"),
        "the preview says the demo's minutes are practice: {title:?}"
    );
    let text = preview.text().await?;
    for expected in [
        "Beslutningsdygtig: 7 af 9",
        "Dagsorden og beslutninger",
        "Henrik Løvstrup",
        "Fraværende; fuldmagt til Louise Damgaard",
        "Regel: Kræver simpelt flertal",
        "Godkendt: Historik for engagementer kommer med i næste release.",
        "Handlingspunkter",
    ] {
        ensure!(
            text.contains(expected),
            "the preview should say {expected:?}; it says:\n{text}"
        );
    }
    scroll_to(client, "#minutes").await?;
    save_screenshot(client, "minutes-1-preview").await?;

    // The preview is worded in the language chosen for the PDF, whatever the app's is.
    choose_language(client, "en", "Agenda and decisions").await?;
    client
        .execute(
            "const frame = document.querySelector('#minutes-preview .preview-frame'); \
             const poll = Array.from(frame.querySelectorAll('.labelled')) \
               .find((row) => row.textContent.trim().startsWith('Vote 1')); \
             frame.scrollTop = poll.offsetTop - frame.offsetTop - 120;",
            vec![],
        )
        .await
        .context("scrolling the preview to the first vote")?;
    scroll_to(client, "#minutes-preview").await?;
    save_screenshot(client, "minutes-1b-preview-english").await?;
    choose_language(client, "da", "Dagsorden og beslutninger").await?;

    click(client, "#minutes-export").await?;
    let unsigned_path = wait_for(client, "#minutes-saved-path")
        .await?
        .text()
        .await?;

    // Sign: WebKitWebDriver types an absolute path into a file input. A wrong password first:
    // refused, with a message that names the file and not the password, and the field emptied.
    let p12_path = p12.to_str().context("the fixture path is UTF-8")?;
    wait_for(client, "#minutes-p12")
        .await?
        .send_keys(p12_path)
        .await
        .context("choosing the .p12 in #minutes-p12")?;
    type_password(client, WRONG_PASSWORD).await?;
    click(client, "#minutes-sign").await?;
    let refusal = wait_for(client, "#minutes-sign-section .alert-error")
        .await?
        .text()
        .await?;
    ensure!(
        refusal.contains("Forkert adgangskode til rsa-openssl3.p12.")
            && !refusal.contains(WRONG_PASSWORD),
        "the refusal of a wrong password: {refusal:?}"
    );
    ensure!(
        password_field_value(client).await?.is_empty(),
        "the password field is emptied after a failed signing"
    );
    scroll_to(client, "#minutes-sign-section").await?;
    save_screenshot(client, "minutes-2-wrong-password").await?;

    type_password(client, password).await?;
    click(client, "#minutes-sign").await?;
    let signed_path = wait_for(client, "#minutes-signed-path")
        .await?
        .text()
        .await?;
    wait_for(client, "#minutes-frozen").await?;
    // The meeting reloads with its signature.
    wait_for(
        client,
        "#minutes-signature-list tr[data-signature-number='1']",
    )
    .await?;
    scroll_to(client, "#minutes-sign-section").await?;
    save_screenshot(client, "minutes-3-signed").await?;

    // Check the signed file in the app.
    wait_for(client, "#minutes-verify-file")
        .await?
        .send_keys(&signed_path)
        .await
        .context("choosing the signed PDF in #minutes-verify-file")?;
    wait_for(client, "#minutes-verification[data-all-valid='true']").await?;
    wait_for(client, "[data-fingerprint-status='matches']").await?;
    let verification = wait_for(client, "#minutes-verification")
        .await?
        .text()
        .await?;
    ensure!(
        verification.contains(FIXTURE_SIGNER) && verification.contains("Gyldig"),
        "the check should name the signer and say valid; it says:\n{verification}"
    );
    // The file's name ("…møde…") went to the Rust side percent-encoded in a header, beside the
    // PDF's raw bytes, and comes back in the report as the chair named the file.
    ensure!(
        verification.contains(&format!("»{SIGNED_FILE_NAME}«")),
        "the check should name the file {SIGNED_FILE_NAME}; it says:\n{verification}"
    );
    scroll_to(client, "#minutes-verify").await?;
    save_screenshot(client, "minutes-4-verified").await?;

    Ok(Signed {
        meeting_id,
        unsigned_path: PathBuf::from(unsigned_path),
        signed_path: PathBuf::from(signed_path),
    })
}

/// Chooses the language of the minutes and waits until the preview says `expected`.
async fn choose_language(client: &Client, language: &str, expected: &str) -> anyhow::Result<()> {
    // Below the sticky controls bar first: WebKitWebDriver would scroll it under the bar.
    scroll_to(client, "#minutes-language").await?;
    wait_for(client, "#minutes-language")
        .await?
        .select_by_value(language)
        .await
        .with_context(|| format!("choosing {language} in #minutes-language"))?;
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    loop {
        let text = wait_for(client, "#minutes-document").await?.text().await?;
        if text.contains(expected) {
            return Ok(());
        }
        ensure!(
            std::time::Instant::now() < deadline,
            "the preview in {language} should say {expected:?}; it says:\n{text}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

async fn type_password(client: &Client, password: &str) -> anyhow::Result<()> {
    wait_for(client, "#minutes-password")
        .await?
        .send_keys(password)
        .await
        .context("typing the password in #minutes-password")
}

async fn password_field_value(client: &Client) -> anyhow::Result<String> {
    Ok(wait_for(client, "#minutes-password")
        .await?
        .prop("value")
        .await?
        .unwrap_or_default())
}
