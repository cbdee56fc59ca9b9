//! End-to-end: the chair imports a real Jira CSV export through the app's file field, sees the
//! dry-run preview, confirms, and sees the backlog in Jira's rank order. Runs the real desktop
//! binary like e2e.rs (whose helpers it uses); needs Xvfb and a built app in the same way.

use std::path::Path;

use anyhow::Context;
use fantoccini::{Client, Locator};
use gavel_core::{Store, StoreOptions};

use crate::e2e::{EndToEndTools, TauriDriver, explain_failure, save_screenshot, wait_for};

/// The first issues of the real export in LexoRank order (`0|i001n3:` < `0|i001nb:` < …).
const FIRST_RANKED_KEYS: [&str; 5] = ["TES-4", "TES-5", "TES-9", "TES-11", "TES-8"];

#[tokio::test(flavor = "multi_thread")]
async fn chair_imports_a_jira_csv_through_the_dialog_and_sees_the_ranked_backlog()
-> anyhow::Result<()> {
    let export = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/jira/jira-cloud-allfields-tes-migration.csv");
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");

    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = preview_and_import(&client, &export).await;
    let outcome = match outcome {
        Ok(keys) => Ok(keys),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    drop(driver);
    let shown_keys = outcome?;
    closed.context("closing the WebDriver session")?;

    assert_eq!(&shown_keys[..FIRST_RANKED_KEYS.len()], FIRST_RANKED_KEYS);
    assert_eq!(shown_keys.len(), 22);
    let store = Store::open(&database, StoreOptions::new("e2e check"))?;
    let stored_keys: Vec<String> = store
        .backlog_items()?
        .into_iter()
        .map(|item| item.key)
        .collect();
    assert_eq!(stored_keys, shown_keys);
    Ok(())
}

/// Chooses the file (WebKitWebDriver types an absolute path into a file input), checks the
/// preview, confirms, and returns the issue keys of the backlog table from top to bottom.
async fn preview_and_import(client: &Client, export: &Path) -> anyhow::Result<Vec<String>> {
    let path = export.to_str().context("the fixture path is UTF-8")?;
    wait_for(client, "#import-backlog-file")
        .await?
        .send_keys(path)
        .await
        .context("choosing the export in #import-backlog-file")?;
    let preview = wait_for(client, "#import-preview").await?;
    let preview_text = preview.text().await?;
    anyhow::ensure!(
        preview_text.contains("Nye sager: 22."),
        "the preview should count 22 new issues, it says:\n{preview_text}"
    );
    save_screenshot(client, "import-1-preview").await?;
    crate::e2e_live::click(client, "#import-backlog-confirm").await?;
    wait_for(client, "#import-report").await?;
    wait_for(client, "table th.key").await?;
    save_screenshot(client, "import-2-ranked-backlog").await?;
    let mut keys = Vec::new();
    for cell in client.find_all(Locator::Css("table th.key")).await? {
        keys.push(cell.text().await?);
    }
    Ok(keys)
}

/// An export whose headers are in a language Gavel does not list (Estonian): the preview shows
/// the key and rank read by their values and the votes column not read; the chair reads "Hääled"
/// as the votes in the preview, which is made again, and the import stores them.
#[tokio::test(flavor = "multi_thread")]
async fn chair_reads_an_unknown_column_as_the_votes_in_the_preview() -> anyhow::Result<()> {
    let export =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/jira/unknown-language-estonian.csv");
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");

    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = choose_votes_and_import(&client, &export).await;
    let outcome = match outcome {
        Ok(()) => Ok(()),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    drop(driver);
    outcome?;
    closed.context("closing the WebDriver session")?;

    let store = Store::open(&database, StoreOptions::new("e2e check"))?;
    let votes: Vec<(String, Option<u32>)> = store
        .backlog_items()?
        .into_iter()
        .map(|item| (item.key, item.votes))
        .collect();
    assert_eq!(
        votes,
        [
            ("MO-100".to_owned(), Some(7)),
            ("MO-101".to_owned(), Some(3)),
            ("MO-102".to_owned(), Some(0)),
            ("MO-103".to_owned(), Some(12)),
        ]
    );
    Ok(())
}

async fn choose_votes_and_import(client: &Client, export: &Path) -> anyhow::Result<()> {
    let path = export.to_str().context("the fixture path is UTF-8")?;
    wait_for(client, "#import-backlog-file")
        .await?
        .send_keys(path)
        .await
        .context("choosing the export in #import-backlog-file")?;
    crate::e2e_live::wait_for_text(client, "#import-preview", "Nye sager: 4.").await?;
    crate::e2e_live::wait_for_text(client, "#import-preview-columns", "på værdierne").await?;
    let votes = wait_for(
        client,
        "select[aria-label='Hvad rummer kolonnen »Hääled«?']",
    )
    .await?;
    votes
        .select_by_value("votes")
        .await
        .context("reading Hääled as the votes")?;
    // The preview is made again with the choice: the column is now read "dit valg".
    crate::e2e_live::wait_for_text(client, "#import-preview-columns", "dit valg").await?;
    save_screenshot(client, "import-3-column-chosen").await?;
    crate::e2e_live::click(client, "#import-backlog-confirm").await?;
    wait_for(client, "#import-report").await?;
    crate::e2e_live::wait_for_text(client, "table", "12").await?;
    Ok(())
}
