//! End-to-end: a new chair's first start on a Danish system, through the real desktop app — switch
//! the language to English, give a name, load the demo, create a signing certificate on the
//! settings screen, and sign the September minutes with it. Then: the settings file holds the
//! name, role and certificate path and no password, the `.p12` opens with the password, the
//! events name the chair as author, and after a restart the app is still in English with the
//! same settings.
//!
//! The environment variables that override the settings file (`GAVEL_LANG`, `GAVEL_AUTHOR`) are
//! emptied for this test, so that the file decides, as on a chair's laptop. Runs the real desktop
//! binary like e2e.rs (whose helpers it uses); needs Xvfb, the built app and poppler-utils.

use std::path::{Path, PathBuf};

use anyhow::{Context, ensure};
use fantoccini::{Client, Locator};

use crate::e2e::{
    EndToEndTools, TauriDriver, UI_TIMEOUT, explain_failure, save_screenshot, wait_for,
};
use crate::e2e_live::{click, wait_for_text};
use crate::minutes::pdfsig_verdicts;

const CHAIR: &str = "Mette Kjærgaard Holm";
const ORGANISATION: &str = "Aarhus Kommune";
const PASSWORD: &str = "hemmelig-nøgle-2026";
const SEPTEMBER_MEETING: &str = "Styregruppemøde september 2026";
/// The common name in tests/fixtures/certs/rsa-openssl3.p12.
const ISSUED_SIGNER: &str = "Rasmus Højgaard";

#[tokio::test(flavor = "multi_thread")]
async fn chair_sets_language_name_and_certificate_and_they_are_kept() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");
    let exports = data_dir.path().join("exports");
    let empty = Path::new("");
    let danish = Path::new("da_DK.UTF-8");
    let environment = [
        ("GAVEL_LANG", empty),
        ("GAVEL_AUTHOR", empty),
        ("LANG", danish),
        ("LC_ALL", danish),
        ("GAVEL_EXPORT_DIR", exports.as_path()),
    ];
    let settings_file = data_dir
        .path()
        .join("xdg-config/dk.gavel.app/settings.json");

    let signed_pdf = run_app(&tools, data_dir.path(), &database, &environment, |client| {
        Box::pin(first_start(client))
    })
    .await?;

    // The settings file: the choices, the certificate's path, and no password.
    let text = std::fs::read_to_string(&settings_file)
        .with_context(|| format!("reading {}", settings_file.display()))?;
    ensure!(
        !text.contains(PASSWORD),
        "the password is in the settings file:\n{text}"
    );
    let settings: serde_json::Value = serde_json::from_str(&text)?;
    assert_eq!(settings["language"], "en", "{text}");
    assert_eq!(settings["chair_name"], CHAIR, "{text}");
    assert_eq!(settings["role"], "secretary", "{text}");
    assert_eq!(settings["organisation"], ORGANISATION, "{text}");
    assert_eq!(settings["certificate"]["subject"], CHAIR, "{text}");
    let p12 = PathBuf::from(
        settings["certificate"]["path"]
            .as_str()
            .context("the settings name the certificate's file")?,
    );
    assert_eq!(
        p12.parent(),
        Some(
            data_dir
                .path()
                .join("xdg-data/dk.gavel.app/certificates")
                .as_path()
        ),
        "the new certificate is in the app's data directory"
    );
    let identity = gavel_minutes::certificate::load_pkcs12(&p12, PASSWORD)?;
    assert_eq!(identity.common_name(), CHAIR);
    assert_eq!(identity.organisation().as_deref(), Some(ORGANISATION));
    assert!(
        gavel_minutes::certificate::load_pkcs12(&p12, "not the password").is_err(),
        "the .p12 is protected by the password"
    );

    // The chair's name is the author of what they recorded, and the minutes carry their signature.
    // The demo is in the practice database; the chair's own database was never written to.
    assert!(
        !database.exists() || crate::support::event_count(&database) == 0,
        "the demo stays out of the chair's own database"
    );
    let connection = rusqlite::Connection::open(gavel_core::practice_database_path(&database))?;
    let authors: Vec<String> = connection
        .prepare("SELECT DISTINCT author FROM event ORDER BY author")?
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    assert_eq!(authors, [CHAIR], "the authors of the events");
    assert_eq!(
        pdfsig_verdicts(&signed_pdf),
        ["valid"],
        "{}",
        signed_pdf.display()
    );

    // After a restart: English, the same name, the same certificate. Then the chair chooses the
    // .p12 their organisation issued instead.
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/certs");
    let issued = fixtures.join("rsa-openssl3.p12");
    let issued_password = std::fs::read_to_string(fixtures.join("password.txt"))?;
    let issued_password = issued_password
        .lines()
        .next()
        .unwrap_or_default()
        .to_owned();
    let chosen = issued.clone();
    run_app(
        &tools,
        data_dir.path(),
        &database,
        &environment,
        move |client| {
            Box::pin(settings_are_kept_and_an_issued_certificate_is_chosen(
                client,
                chosen,
                issued_password,
            ))
        },
    )
    .await?;
    let settings: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&settings_file)?)?;
    assert_eq!(settings["certificate"]["subject"], ISSUED_SIGNER);
    let copy = PathBuf::from(
        settings["certificate"]["path"]
            .as_str()
            .context("the settings name the chosen certificate's copy")?,
    );
    assert_eq!(copy.parent(), p12.parent(), "kept beside the created one");
    assert_eq!(
        std::fs::read(&copy)?,
        std::fs::read(&issued)?,
        "an exact copy"
    );
    assert!(p12.is_file(), "the created certificate is not deleted");
    Ok(())
}

/// Starts the app, runs `steps` in it, and closes it; on failure, says what the window showed.
async fn run_app<T>(
    tools: &EndToEndTools,
    data_dir: &Path,
    database: &Path,
    environment: &[(&str, &Path)],
    steps: impl for<'a> FnOnce(
        &'a Client,
    )
        -> std::pin::Pin<Box<dyn Future<Output = anyhow::Result<T>> + Send + 'a>>,
) -> anyhow::Result<T> {
    let driver = TauriDriver::start_with_env(tools, data_dir, database, environment)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = match steps(&client).await {
        Ok(value) => Ok(value),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    let log = driver.log_tail();
    drop(driver);
    let value = outcome?;
    closed.context("closing the WebDriver session")?;
    ensure!(
        !log.contains(PASSWORD),
        "the password is in the app's output:\n{log}"
    );
    Ok(value)
}

/// The first start: Danish (the system's language), switched to English; name and role; the demo;
/// a new certificate on the settings screen; the September minutes signed with it. Returns the
/// signed PDF's path.
async fn first_start(client: &Client) -> anyhow::Result<PathBuf> {
    wait_for_text(client, "h1", "Velkommen til Gavel").await?;
    ensure!(
        is_checked(client, "#settings-language-da").await?,
        "Danish is chosen on a Danish system"
    );
    save_screenshot(client, "settings-1-first-run-da").await?;

    // The name typed before the switch survives it, although the screen is rendered anew.
    wait_for(client, "#settings-chair-name")
        .await?
        .send_keys(CHAIR)
        .await?;
    click(client, "#settings-language-en").await?;
    wait_for_text(client, "h1", "Welcome to Gavel").await?;
    ensure!(
        is_checked(client, "#settings-language-en").await?,
        "English is chosen after the switch"
    );
    let active = client.active_element().await?.attr("id").await?;
    ensure!(
        active.as_deref() == Some("settings-language-en"),
        "the focus is back on the chosen language, not {active:?}"
    );

    let typed = wait_for(client, "#settings-chair-name")
        .await?
        .prop("value")
        .await?;
    ensure!(
        typed.as_deref() == Some(CHAIR),
        "the typed name after the language switch: {typed:?}"
    );
    select_option(client, "#settings-role", "secretary").await?;
    wait_for(client, "#settings-organisation")
        .await?
        .send_keys(ORGANISATION)
        .await?;
    click(client, "#settings-save").await?;
    wait_for_text(client, "#settings-save-status", "Saved.").await?;
    save_screenshot(client, "settings-2-first-run-en").await?;

    click(client, "#load-demo").await?;
    click(client, "#nav-settings").await?;
    wait_for_text(client, "h1", "Settings").await?;
    wait_for_text(client, "#certificate-none", "No certificate").await?;
    // The demo is practice: the data the app shows now is in the practice database.
    wait_for_text(client, "#data-database-path", "gavel-practice.sqlite3").await?;
    wait_for_text(client, "#data-backups-folder", "backups").await?;
    let offered_name = wait_for(client, "#certificate-new-name")
        .await?
        .prop("value")
        .await?;
    ensure!(
        offered_name.as_deref() == Some(CHAIR),
        "the chair's name is offered for the certificate: {offered_name:?}"
    );

    // Two different passwords are refused before anything is created.
    type_into(client, "#certificate-new-password", PASSWORD).await?;
    type_into(client, "#certificate-new-password-again", "something else").await?;
    click(client, "#certificate-create").await?;
    wait_for_text(
        client,
        "#certificate-new-password-again-error",
        "not the same",
    )
    .await?;
    type_into(client, "#certificate-new-password", PASSWORD).await?;
    type_into(client, "#certificate-new-password-again", PASSWORD).await?;
    click(client, "#certificate-create").await?;
    wait_for_text(client, "#certificate-done", "created").await?;
    wait_for_text(client, "#certificate-subject", CHAIR).await?;
    save_screenshot(client, "settings-3-certificate").await?;

    // The signing form starts with that certificate and the chair's role.
    click(client, "#nav-meetings").await?;
    let open_meeting = format!(
        "//table[@id='meetings-table']//button[@data-meeting-id][normalize-space()='{SEPTEMBER_MEETING}']"
    );
    client
        .wait()
        .at_most(UI_TIMEOUT)
        .for_element(Locator::XPath(&open_meeting))
        .await
        .context("waiting for the September meeting")?
        .click()
        .await?;
    wait_for_text(client, "#minutes-settings-certificate", CHAIR).await?;
    let role = wait_for(client, "#minutes-role")
        .await?
        .prop("value")
        .await?;
    ensure!(
        role.as_deref() == Some("secretary"),
        "the settings' role is offered: {role:?}"
    );
    type_into(client, "#minutes-password", PASSWORD).await?;
    click(client, "#minutes-sign").await?;
    let path = wait_for(client, "#minutes-signed-path")
        .await?
        .text()
        .await?;
    save_screenshot(client, "settings-4-signed").await?;
    Ok(PathBuf::from(path))
}

/// After a restart the app speaks English and shows the same name and certificate; then an issued
/// `.p12` is chosen, after a wrong password was refused.
async fn settings_are_kept_and_an_issued_certificate_is_chosen(
    client: &Client,
    issued: PathBuf,
    issued_password: String,
) -> anyhow::Result<()> {
    // Gavel always starts on the chair's own data (still empty here): back to the practice
    // database, which keeps what was practised, to reach the settings from the menu.
    wait_for_text(client, "#load-demo", "Try with demo data").await?;
    click(client, "#load-demo").await?;
    wait_for_text(client, "#nav-settings", "Settings").await?;
    click(client, "#nav-settings").await?;
    wait_for_text(client, "#certificate-subject", CHAIR).await?;
    let name = wait_for(client, "#settings-chair-name")
        .await?
        .prop("value")
        .await?;
    ensure!(
        name.as_deref() == Some(CHAIR),
        "the name after a restart: {name:?}"
    );
    ensure!(
        is_checked(client, "#settings-language-en").await?,
        "English after a restart"
    );
    save_screenshot(client, "settings-5-after-restart").await?;

    // WebKitWebDriver types an absolute path into a file input.
    let issued = issued.to_str().context("the fixture path is UTF-8")?;
    wait_for(client, "#certificate-file")
        .await?
        .send_keys(issued)
        .await?;
    type_into(client, "#certificate-file-password", "not the password").await?;
    click(client, "#certificate-choose").await?;
    wait_for_text(
        client,
        "#certificate-choose-heading + form .alert-error",
        "wrong password",
    )
    .await?;
    wait_for_text(client, "#certificate-subject", CHAIR).await?;
    type_into(client, "#certificate-file-password", &issued_password).await?;
    click(client, "#certificate-choose").await?;
    wait_for_text(client, "#certificate-done", "opens").await?;
    wait_for_text(client, "#certificate-subject", ISSUED_SIGNER).await?;
    let validity = wait_for(client, "#certificate-validity")
        .await?
        .text()
        .await?;
    ensure!(
        validity.contains(" – "),
        "the validity is shown as a range: {validity:?}"
    );
    save_screenshot(client, "settings-6-issued-certificate").await?;
    Ok(())
}

async fn is_checked(client: &Client, css: &str) -> anyhow::Result<bool> {
    Ok(wait_for(client, css)
        .await?
        .prop("checked")
        .await?
        .as_deref()
        == Some("true"))
}

/// Empties a field and types `text` into it.
pub(crate) async fn type_into(client: &Client, css: &str, text: &str) -> anyhow::Result<()> {
    let field = wait_for(client, css).await?;
    field
        .clear()
        .await
        .with_context(|| format!("clearing {css}"))?;
    field
        .send_keys(text)
        .await
        .with_context(|| format!("typing into {css}"))
}

async fn select_option(client: &Client, css: &str, value: &str) -> anyhow::Result<()> {
    wait_for(client, css)
        .await?
        .select_by_value(value)
        .await
        .with_context(|| format!("choosing {value:?} in {css}"))
}
