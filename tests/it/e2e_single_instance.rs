//! End-to-end: two Gavel apps on one database. The first runs normally; the second (started
//! through a second tauri-driver, as a second double click would) shows a screen saying the
//! database is open in another Gavel window, in Danish and English, and writes nothing: the
//! database holds the same events and read tables before and after, and the first app goes on
//! working. See src-tauri/src/single_instance.rs. Needs Xvfb and the built app, like e2e.rs.

use anyhow::{Context, ensure};
use fantoccini::Locator;
use gavel_core::{Store, StoreOptions};

use crate::e2e::{EndToEndTools, TauriDriver, save_screenshot, visible_text, wait_for};
use crate::e2e_live::click;
use crate::support::{dump_read_tables, event_count};

#[tokio::test(flavor = "multi_thread")]
async fn a_second_app_on_the_same_database_is_told_so_and_changes_nothing() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    // Two folders for the two webviews' own storage and the drivers' logs; one database.
    let first_dir = tempfile::tempdir()?;
    let second_dir = tempfile::tempdir()?;
    let database = first_dir.path().join("gavel.sqlite3");
    {
        let mut store = Store::open(&database, StoreOptions::new("e2e setup"))?;
        gavel_core::demo::load(&mut store)?;
    }

    let first_driver = TauriDriver::start(&tools, first_dir.path(), &database)?;
    let first = first_driver.connect(&tools.desktop_binary).await?;
    let outcome = async {
        wait_for(&first, "#nav-meetings").await?;
        let tables_before = dump_read_tables(&database);
        let events_before = event_count(&database);

        let second_driver = TauriDriver::start(&tools, second_dir.path(), &database)?;
        let second = second_driver.connect(&tools.desktop_binary).await?;
        let second_outcome = async {
            let heading = wait_for(&second, "#database-in-use").await?.text().await?;
            ensure!(
                heading.contains("Gavel er allerede åben")
                    && heading.contains("Gavel is already open"),
                "the heading should say in both languages that Gavel is already open: {heading:?}"
            );
            let text = visible_text(&second).await;
            ensure!(
                text.contains("er allerede åben i et andet Gavel-vindue")
                    && text.contains(&database.display().to_string())
                    && text.contains("Dette vindue har ikke ændret noget"),
                "the message should name the database and say nothing was changed: {text}"
            );
            // No way into the meetings from the second window.
            ensure!(
                second.find(Locator::Css("#nav-meetings")).await.is_err(),
                "the second window should not offer the meetings"
            );
            save_screenshot(&second, "single-instance-second-window").await
        }
        .await;
        let second_outcome = match second_outcome {
            Ok(()) => Ok(()),
            Err(error) => Err(anyhow::anyhow!(
                "{error:#}\n\nThe second window showed:\n{}\n\ntauri-driver and app output of the second app:\n{}",
                visible_text(&second).await,
                second_driver.log_tail()
            )),
        };
        let _ = second.close().await;
        drop(second_driver);
        second_outcome?;

        ensure!(
            event_count(&database) == events_before && dump_read_tables(&database) == tables_before,
            "the second app changed the database"
        );
        // The first app is unaffected: it still reads and navigates.
        click(&first, "#nav-backlog").await?;
        wait_for(&first, "#nav-backlog[aria-current='page']").await?;
        click(&first, "#nav-meetings").await?;
        wait_for(&first, "#meetings-table").await?;
        anyhow::Ok(())
    }
    .await;
    let outcome = match outcome {
        Ok(()) => Ok(()),
        Err(error) => Err(anyhow::anyhow!(
            "{error:#}\n\nThe first window showed:\n{}\n\ntauri-driver and app output:\n{}",
            visible_text(&first).await,
            first_driver.log_tail(),
        )),
    };
    let closed = first.close().await;
    drop(first_driver);
    outcome?;
    closed.context("closing the WebDriver session")?;

    // The lock dies with the process, however it ends: after SIGKILL (an app can outlive its
    // WebDriver session by a moment) the database is free again. A process that is exiting lets
    // go of its files a little after /proc stops showing its program, hence the short wait.
    crate::e2e_reopen::kill_the_apps_on(&database)?;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while gavel_core::database_lock::DatabaseLock::try_acquire(&database)?.is_none() {
        ensure!(
            std::time::Instant::now() < deadline,
            "the lock outlived the app; held by {:?}",
            processes_holding(&gavel_core::database_lock::lock_file_path(&database))
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    Ok(())
}

/// Which processes have `file` open, with their command lines: what to look at when the lock is
/// still held.
fn processes_holding(file: &std::path::Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| {
            std::fs::read_dir(entry.path().join("fd")).is_ok_and(|fds| {
                fds.filter_map(|fd| fd.ok())
                    .any(|fd| std::fs::read_link(fd.path()).is_ok_and(|target| target == file))
            })
        })
        .map(|entry| {
            let command = std::fs::read_to_string(entry.path().join("cmdline")).unwrap_or_default();
            format!(
                "{} {}",
                entry.file_name().to_string_lossy(),
                command.replace('\0', " ")
            )
        })
        .collect()
}
