//! End-to-end: "Om Gavel" in the header opens the About dialog on a fresh database (the first-run
//! screen), showing the workspace version that the app reads from Cargo.toml through Tauri, the
//! licence and the database file; "Luk" closes it. Runs the real desktop binary like e2e.rs.

use anyhow::{Context, ensure};
use fantoccini::Client;

use crate::e2e::{EndToEndTools, TauriDriver, explain_failure, save_screenshot, wait_for};
use crate::e2e_live::{click, wait_for_text};

#[tokio::test(flavor = "multi_thread")]
async fn about_dialog_shows_version_licence_and_database() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");

    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = match open_and_close_about(&client, &database).await {
        Ok(()) => Ok(()),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    drop(driver);
    outcome?;
    closed.context("closing the WebDriver session")?;
    Ok(())
}

async fn open_and_close_about(client: &Client, database: &std::path::Path) -> anyhow::Result<()> {
    // The first-run screen: no navigation yet, but the About button is there.
    wait_for(client, "#load-demo").await?;
    click(client, "#about-open").await?;
    wait_for_text(client, "#about-version", env!("CARGO_PKG_VERSION")).await?;
    let version = wait_for(client, "#about-version").await?.text().await?;
    ensure!(
        version.trim() == env!("CARGO_PKG_VERSION"),
        "the About dialog shows version {version:?}, not the workspace's {}",
        env!("CARGO_PKG_VERSION")
    );
    let dialog_text = wait_for(client, "dialog[open]").await?.text().await?;
    ensure!(
        dialog_text.contains("EUPL-1.2"),
        "the About dialog does not name the licence:\n{dialog_text}"
    );
    let shown_database = wait_for(client, "#about-database").await?.text().await?;
    ensure!(
        shown_database.trim() == database.display().to_string(),
        "the About dialog shows the database {shown_database:?}, not {}",
        database.display()
    );
    save_screenshot(client, "about").await?;

    click(client, "#about-close").await?;
    let deadline = std::time::Instant::now() + crate::e2e::UI_TIMEOUT;
    while client
        .find(fantoccini::Locator::Css("dialog[open]"))
        .await
        .is_ok()
    {
        ensure!(
            std::time::Instant::now() < deadline,
            "the About dialog is still open after clicking #about-close"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Ok(())
}
