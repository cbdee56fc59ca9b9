//! End-to-end: practising never touches the chair's own data. From an empty database the chair
//! tries the demo: it goes into the practice database beside hers, every screen says "Øvelse",
//! and her own database has no event; she goes back to her own data (the first-run screen again)
//! and later back to practice, where what she practised is still there and the demo was not
//! loaded twice. Runs the real desktop binary like e2e.rs (whose helpers it uses).

use anyhow::{Context, ensure};
use fantoccini::Client;

use crate::e2e::{EndToEndTools, TauriDriver, explain_failure, save_screenshot, wait_for};
use crate::e2e_live::{click, wait_for_text};
use crate::support::event_count;

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_lives_in_a_practice_database_and_never_in_the_chairs_own() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");
    let practice = gavel_core::practice_database_path(&database);

    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = practise_and_come_back(&client, &database, &practice).await;
    let outcome = match outcome {
        Ok(()) => Ok(()),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    drop(driver);
    outcome?;
    closed.context("closing the WebDriver session")?;

    assert_eq!(
        event_count(&database),
        0,
        "the chair's own database has no event"
    );
    let store = gavel_core::Store::open(&practice, gavel_core::StoreOptions::new("e2e check"))?;
    assert!(
        store.is_practice()?,
        "the practice database is marked as such"
    );
    let groups = store.groups()?;
    assert_eq!(groups.len(), 1, "the demo was loaded once: {groups:?}");
    assert_eq!(
        groups[0].name, "Øvet gruppenavn",
        "what was practised is kept"
    );
    Ok(())
}

async fn practise_and_come_back(
    client: &Client,
    database: &std::path::Path,
    practice: &std::path::Path,
) -> anyhow::Result<()> {
    click(client, "#load-demo").await?;
    wait_for(client, "#practice-banner").await?;
    wait_for_text(client, "#practice-heading", "Øvelse").await?;
    save_screenshot(client, "practice-1-meetings").await?;
    for screen in [
        "#nav-groups",
        "#nav-backlog",
        "#nav-sync",
        "#nav-settings",
        "#nav-meetings",
    ] {
        click(client, screen).await?;
        wait_for(client, &format!("{screen}[aria-current='page']")).await?;
        wait_for(client, "#practice-banner").await?;
    }
    ensure!(
        !database.exists() || event_count(database) == 0,
        "practising wrote to the chair's own database"
    );
    let demo_events = event_count(practice);
    ensure!(demo_events > 0, "the demo is in the practice database");

    // Something practised: the demo group renamed on the Groups screen.
    click(client, "#nav-groups").await?;
    let name = wait_for(client, "#group-name").await?;
    name.clear().await?;
    name.send_keys("Øvet gruppenavn").await?;
    click(client, "#group-submit").await?;
    wait_for_text(client, "#group-form [role='status']", "Gruppen er gemt.").await?;
    save_screenshot(client, "practice-2-groups").await?;

    click(client, "#leave-practice").await?;
    wait_for(client, "#load-demo").await?;
    ensure!(
        client
            .find(fantoccini::Locator::Css("#practice-banner"))
            .await
            .is_err(),
        "no practice banner on the chair's own (empty) data"
    );
    save_screenshot(client, "practice-3-own-data").await?;

    click(client, "#load-demo").await?;
    wait_for(client, "#practice-banner").await?;
    click(client, "#nav-groups").await?;
    let value = wait_for(client, "#group-name").await?.prop("value").await?;
    ensure!(
        value.as_deref() == Some("Øvet gruppenavn"),
        "the practised change is kept, the name field says {value:?}"
    );
    ensure!(
        event_count(practice) == demo_events + 1,
        "the demo was not loaded again"
    );
    Ok(())
}
