//! End-to-end: a member leaves the group after a meeting whose minutes are signed, and a successor
//! takes the seat — on the Groups screen of the real desktop app. The signed minutes still match
//! the meeting (`gavel minutes verify`: same fingerprint), the signed meeting's roll call still
//! names the member who left, and the next meeting has the successor instead. Runs the real
//! desktop binary like e2e.rs (whose helpers it uses); needs Xvfb and the built app and CLI.

use std::path::Path;

use anyhow::{Context, ensure};
use fantoccini::Client;
use gavel_core::{MemberRole, Store, StoreOptions};
use uuid::Uuid;

use crate::e2e::{EndToEndTools, TauriDriver, explain_failure, save_screenshot, wait_for};
use crate::e2e_live::{click, wait_for_text};
use crate::support::{gavel, stderr, stdout};

const SEPTEMBER: &str = "Styregruppemøde september 2026";
const DECEMBER: &str = "Styregruppemøde december 2026";
const LEAVING: &str = "Søren Østergaard";
const SUCCESSOR: &str = "Karen Lind";
const SUCCESSOR_EMAIL: &str = "kali@kk.dk";

#[tokio::test(flavor = "multi_thread")]
async fn a_member_retires_after_a_signed_meeting_and_the_successor_sits_in_the_next()
-> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");
    let signed_pdf = data_dir.path().join("referat-september.pdf");
    let (september, december, leaving) =
        demo_with_signed_september(&database, data_dir.path(), &signed_pdf)?;
    let fingerprint_before = Store::open(&database, StoreOptions::new("e2e check"))?
        .meeting(september)?
        .log_fingerprint;

    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = retire_with_successor(&client, leaving).await;
    let outcome = match outcome {
        Ok(()) => Ok(()),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    drop(driver);
    outcome?;
    closed.context("closing the WebDriver session")?;

    let store = Store::open(&database, StoreOptions::new("e2e check"))?;
    let september_detail = store.meeting(september)?;
    assert_eq!(
        september_detail.log_fingerprint, fingerprint_before,
        "the signed meeting's record is unchanged"
    );
    let names = |detail: &gavel_core::MeetingDetail| -> Vec<String> {
        detail
            .attendance
            .iter()
            .map(|row| row.name.clone())
            .collect()
    };
    assert!(names(&september_detail).contains(&LEAVING.to_owned()));
    assert!(!names(&september_detail).contains(&SUCCESSOR.to_owned()));
    let december_detail = store.meeting(december)?;
    assert!(!names(&december_detail).contains(&LEAVING.to_owned()));
    let successor = december_detail
        .attendance
        .iter()
        .find(|row| row.name == SUCCESSOR)
        .context("the successor is on December's roll call")?;
    assert_eq!(successor.role, MemberRole::Member);
    assert_eq!(
        successor.organisation_name.as_deref(),
        Some("Københavns Kommune")
    );

    // The signed PDF still verifies against the database: the fingerprint it prints is the
    // meeting's, after the retirement as before.
    let verified = gavel(
        &database,
        &["minutes", "verify", path_text(&signed_pdf)?],
        "",
    );
    ensure!(
        verified.status.success(),
        "minutes verify failed:\n{}{}",
        stdout(&verified),
        stderr(&verified)
    );
    ensure!(
        stdout(&verified).contains("matches the meeting in the database"),
        "{}",
        stdout(&verified)
    );
    Ok(())
}

/// The demo in the real database (prefilled through gavel-core, not through the demo button),
/// with its September minutes signed by a certificate made by `gavel cert create`.
fn demo_with_signed_september(
    database: &Path,
    folder: &Path,
    signed_pdf: &Path,
) -> anyhow::Result<(Uuid, Uuid, Uuid)> {
    let mut store = Store::open(database, StoreOptions::new("e2e setup"))?;
    gavel_core::demo::load(&mut store)?;
    let meeting = |title: &str| -> anyhow::Result<Uuid> {
        Ok(store
            .meetings()?
            .into_iter()
            .find(|meeting| meeting.title == title)
            .with_context(|| format!("the demo's meeting {title:?}"))?
            .id)
    };
    let (september, december) = (meeting(SEPTEMBER)?, meeting(DECEMBER)?);
    let leaving = store.groups()?[0]
        .members
        .iter()
        .find(|member| member.name == LEAVING)
        .context("the demo's member who will leave")?
        .id;
    drop(store);

    let password_file = folder.join("password");
    std::fs::write(&password_file, "et-langt-kodeord-til-test\n")?;
    let p12 = folder.join("formand.p12");
    for args in [
        vec![
            "cert",
            "create",
            "--name",
            "Mette Kjærgaard Holm",
            "--org",
            "Aarhus Kommune",
            "--out",
            path_text(&p12)?,
            "--password-file",
            path_text(&password_file)?,
        ],
        vec![
            "minutes",
            "export",
            &september.to_string(),
            "--out",
            path_text(signed_pdf)?,
            "--lang",
            "da",
            "--sign",
            path_text(&p12)?,
            "--password-file",
            path_text(&password_file)?,
        ],
    ] {
        let output = gavel(database, &args, "");
        ensure!(
            output.status.success(),
            "gavel {args:?} failed:\n{}{}",
            stdout(&output),
            stderr(&output)
        );
    }
    Ok((september, december, leaving))
}

fn path_text(path: &Path) -> anyhow::Result<&str> {
    path.to_str().context("a temporary path is UTF-8")
}

async fn retire_with_successor(client: &Client, leaving: Uuid) -> anyhow::Result<()> {
    click(client, "#nav-groups").await?;
    wait_for(client, &format!("tr[data-member-id='{leaving}']")).await?;
    click(client, &format!("#member-retire-{leaving}")).await?;
    let date = wait_for(client, &format!("#retire-{leaving}-date")).await?;
    date.clear().await.context("clearing the date")?;
    date.send_keys("01.11.2026")
        .await
        .context("typing the date")?;
    wait_for(client, &format!("#retire-{leaving}-successor-name"))
        .await?
        .send_keys(SUCCESSOR)
        .await
        .context("typing the successor's name")?;
    wait_for(client, &format!("#retire-{leaving}-successor-email"))
        .await?
        .send_keys(SUCCESSOR_EMAIL)
        .await
        .context("typing the successor's e-mail")?;
    save_screenshot(client, "retire-1-form").await?;
    click(client, &format!("#retire-{leaving}-submit")).await?;
    wait_for_text(
        client,
        &format!("tr[data-member-id='{leaving}']"),
        "Udtrådt 1. november 2026",
    )
    .await?;
    wait_for_text(client, "#members-heading + p", "medlemmer").await?;
    wait_for_text(client, ".members-table", SUCCESSOR).await?;
    wait_for_text(client, "#group-undo", "Fortryd: Karen Lind som efterfølger").await?;
    save_screenshot(client, "retire-2-done").await?;
    Ok(())
}
