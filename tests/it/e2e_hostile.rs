//! End-to-end: hostile text never runs in the webview. A backlog (tests/fixtures/hostile/
//! backlog.json, through `gavel backlog import`) and a group with a closed and a live meeting
//! (meetings.jsonl, through `gavel apply`) carry `<img onerror>`, `<script>`, `javascript:` links
//! and U+202E (right-to-left override) in every text a person types or imports: titles, labels,
//! status, priority, names, organisation, location, agenda notes, poll question and options,
//! decisions and action items; a sync file from "another laptop" whose author and agenda notes
//! are payloads too conflicts with this one. The desktop app then visits every screen — meetings,
//! backlog, the new-meeting form, the closed meeting with its minutes preview, the live meeting,
//! the projector, sync with the file's preview and import report, and settings — and on each proves that no payload ran (`window.__pwned`, which every
//! payload would set, is undefined), that no payload became markup (no `<img src=x>`, no script
//! holding it, no `javascript:` link, no `on…` attribute), and that the payload text is shown
//! literally.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail, ensure};
use fantoccini::Client;

use crate::e2e::{
    EndToEndTools, TauriDriver, UI_TIMEOUT, explain_failure, save_screenshot,
    trust_every_new_computer, wait_for,
};
use crate::e2e_live::click;
use crate::support::{gavel, stderr};
use gavel_core::{Store, StoreOptions};

const IMG: &str = r#"<img src=x onerror="window.__pwned=1">"#;
const SCRIPT: &str = "<script>window.__pwned=1</script>";
const LINK: &str = r#"<a href="javascript:window.__pwned=1">klik her</a>"#;
const JAVASCRIPT_URL: &str = "javascript:window.__pwned=1";
const RIGHT_TO_LEFT: &str = "Rapport \u{202E}fdp.exe";

/// The author the other laptop records as, shown in the sync report.
const OTHER_AUTHOR: &str = r#"Sekretær <img src=x onerror="window.__pwned=1">"#;

const CLOSED_MEETING: &str = "0000000b-0000-4000-8000-000000000021";
const LIVE_MEETING: &str = "0000000b-0000-4000-8000-000000000022";
const LIVE_AGENDA_ITEM: &str = "0000000b-0000-4000-8000-000000000033";

#[tokio::test(flavor = "multi_thread")]
async fn hostile_text_is_shown_literally_and_never_runs() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");
    load_hostile_fixtures(&database);
    let sync_file = hostile_sync_file(data_dir.path(), &database);

    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = match visit_every_screen(&client, &sync_file).await {
        Ok(()) => Ok(()),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    drop(driver);
    outcome?;
    closed.context("closing the WebDriver session")?;
    Ok(())
}

fn load_hostile_fixtures(database: &Path) {
    let imported = gavel(
        database,
        &["backlog", "import", path_text(&fixture("backlog.json"))],
        "",
    );
    assert!(imported.status.success(), "{}", stderr(&imported));
    let applied = gavel(
        database,
        &["apply", path_text(&fixture("meetings.jsonl"))],
        "",
    );
    assert!(applied.status.success(), "{}", stderr(&applied));
}

/// A sync file of the live meeting from another laptop whose author is a payload and which set
/// the agenda item's notes to a payload while this laptop set them to another: a conflict whose
/// both sides the report shows.
fn hostile_sync_file(folder: &Path, database: &Path) -> PathBuf {
    let other = folder.join("other-laptop.sqlite3");
    let from_here = folder.join("from-here.gavel");
    let from_other = folder.join("from-other.gavel");
    let run = |db: &Path, args: &[&str], stdin: &str| {
        let output = gavel(db, args, stdin);
        assert!(output.status.success(), "{args:?}: {}", stderr(&output));
    };
    run(
        database,
        &[
            "sync",
            "export",
            LIVE_MEETING,
            "--out",
            path_text(&from_here),
        ],
        "",
    );
    run(
        &other,
        &[
            "--author",
            OTHER_AUTHOR,
            "sync",
            "import",
            path_text(&from_here),
            "--trust-device",
            &Store::open(database, StoreOptions::new("e2e check"))
                .and_then(|store| store.this_device())
                .expect("this laptop's device")
                .fingerprint,
        ],
        "",
    );
    let notes = |text: &str| {
        serde_json::json!({
            "type": "SetAgendaItemNotes", "agenda_item_id": LIVE_AGENDA_ITEM, "notes": text
        })
        .to_string()
    };
    run(
        &other,
        &["--author", OTHER_AUTHOR, "apply"],
        &notes(&format!("Andre noter {SCRIPT}")),
    );
    run(database, &["apply"], &notes(&format!("Mine noter {IMG}")));
    run(
        &other,
        &[
            "--author",
            OTHER_AUTHOR,
            "sync",
            "export",
            LIVE_MEETING,
            "--out",
            path_text(&from_other),
        ],
        "",
    );
    from_other
}

async fn visit_every_screen(client: &Client, sync_file: &Path) -> anyhow::Result<()> {
    let meeting_button = |id: &str| format!("#meetings-table button[data-meeting-id='{id}']");

    wait_for(client, &meeting_button(CLOSED_MEETING)).await?;
    assert_harmless(client, "meetings", &[IMG, SCRIPT, LINK]).await?;

    click(client, "#nav-backlog").await?;
    wait_for(client, "#backlog-count").await?;
    assert_harmless(
        client,
        "backlog",
        &[IMG, SCRIPT, LINK, JAVASCRIPT_URL, RIGHT_TO_LEFT],
    )
    .await?;

    click(client, "#nav-meetings").await?;
    click(client, "#new-meeting").await?;
    wait_for(client, "input[data-backlog-key='HX-1']").await?;
    assert_harmless(client, "new meeting form", &[IMG, SCRIPT, RIGHT_TO_LEFT]).await?;

    click(client, "#nav-meetings").await?;
    click(client, &meeting_button(CLOSED_MEETING)).await?;
    wait_for(
        client,
        &format!("#meeting-detail[data-meeting-id='{CLOSED_MEETING}']"),
    )
    .await?;
    assert_harmless(
        client,
        "closed meeting",
        &[
            IMG,
            SCRIPT,
            LINK,
            JAVASCRIPT_URL,
            &format!("Lene {IMG}"),
            &format!("{SCRIPT} Hansen"),
            "Karl \u{202E}nesnah",
        ],
    )
    .await?;
    // The preview shows what the PDF prints: markup as text, and the right-to-left override,
    // which the PDF's fonts have no glyph for, as the "?" the PDF prints instead (so it cannot
    // turn "fdp.exe" round there either).
    let minutes = wait_for(client, "#minutes-document").await?.text().await?;
    let right_to_left_as_printed = RIGHT_TO_LEFT.replace('\u{202E}', "?");
    for payload in [IMG, SCRIPT, LINK, right_to_left_as_printed.as_str()] {
        ensure!(
            minutes.contains(payload),
            "the minutes preview does not show {payload:?} literally:\n{minutes}"
        );
    }
    save_screenshot(client, "hostile-closed-meeting").await?;

    click(client, "#nav-meetings").await?;
    click(client, &meeting_button(LIVE_MEETING)).await?;
    wait_for(client, "#meeting-status[data-status='open']").await?;
    assert_harmless(
        client,
        "live meeting",
        &[IMG, SCRIPT, LINK, &format!("Udskudt {IMG}")],
    )
    .await?;
    save_screenshot(client, "hostile-live-meeting").await?;

    let main_window = client.window().await.context("the main window's handle")?;
    click(client, "#open-projector").await?;
    let projector_window = wait_for_second_window(client, &main_window).await?;
    client
        .switch_to_window(projector_window)
        .await
        .context("switching to the projector window")?;
    wait_for(
        client,
        &format!("#projector[data-meeting-id='{LIVE_MEETING}']"),
    )
    .await?;
    // The window is there before its data: wait for the text the check looks at.
    crate::e2e_live::wait_for_text(client, "#projector", SCRIPT).await?;
    assert_harmless(client, "projector", &[SCRIPT, LINK]).await?;
    save_screenshot(client, "hostile-projector").await?;
    client
        .switch_to_window(main_window)
        .await
        .context("switching back to the main window")?;

    // The decision register, and a search in it: the words found are marked around text, never
    // by making markup of it.
    click(client, "#nav-register").await?;
    wait_for(client, "#register-list article").await?;
    assert_harmless(
        client,
        "decision register",
        &[IMG, SCRIPT, LINK, &format!("Udskudt {IMG}"), RIGHT_TO_LEFT],
    )
    .await?;
    wait_for(client, "#register-search")
        .await?
        .send_keys("onerror pwned")
        .await?;
    wait_for(client, "#register-list mark").await?;
    assert_harmless(
        client,
        "decision register search",
        &[&format!("Udskudt {IMG}")],
    )
    .await?;
    save_screenshot(client, "hostile-register-search").await?;

    click(client, "#nav-sync").await?;
    wait_for(client, "#sync-import-file")
        .await?
        .send_keys(path_text(sync_file))
        .await
        .context("choosing the sync file in #sync-import-file")?;
    wait_for(client, "#sync-preview").await?;
    trust_every_new_computer(client).await?;
    assert_harmless(
        client,
        "sync import preview",
        &[IMG, SCRIPT, OTHER_AUTHOR, &format!("Andre noter {SCRIPT}")],
    )
    .await?;
    save_screenshot(client, "hostile-sync-preview").await?;
    click(client, "#sync-import-confirm").await?;
    wait_for(client, "#sync-import-summary").await?;
    let report = wait_for(client, "#sync-report-from").await?.text().await?;
    ensure!(
        report.contains(OTHER_AUTHOR),
        "the report should name the author {OTHER_AUTHOR:?} literally: {report:?}"
    );
    assert_harmless(client, "sync import report", &[OTHER_AUTHOR]).await?;

    click(client, "#nav-settings").await?;
    wait_for(client, "#settings-chair-name").await?;
    assert_harmless(client, "settings", &[]).await?;
    Ok(())
}

/// Proves on the current screen that nothing ran and nothing became markup, and that each of
/// `literal_texts` is shown as text.
async fn assert_harmless(
    client: &Client,
    screen: &str,
    literal_texts: &[&str],
) -> anyhow::Result<()> {
    let findings = client
        .execute(
            "return {
               pwned: typeof window.__pwned,
               images: document.querySelectorAll('img[src=\"x\"]').length,
               scripts: [...document.scripts].filter(s => s.text.includes('__pwned')).length,
               javascriptLinks: [...document.querySelectorAll('[href], [src], [action]')]
                 .filter(e => /^\\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action') ?? '')).length,
               handlers: [...document.querySelectorAll('*')]
                 .filter(e => [...e.attributes].some(a => a.name.toLowerCase().startsWith('on'))).length,
               text: document.body.innerText,
             };",
            vec![],
        )
        .await
        .with_context(|| format!("inspecting the {screen} screen"))?;
    let number = |name: &str| findings[name].as_u64().unwrap_or(u64::MAX);
    ensure!(
        findings["pwned"] == "undefined",
        "on the {screen} screen a payload ran: window.__pwned is {}",
        findings["pwned"]
    );
    for kind in ["images", "scripts", "javascriptLinks", "handlers"] {
        ensure!(
            number(kind) == 0,
            "on the {screen} screen imported text became markup: {} {kind}",
            number(kind)
        );
    }
    let text = findings["text"].as_str().unwrap_or_default();
    for literal in literal_texts {
        if !text.contains(literal) {
            bail!("the {screen} screen does not show {literal:?} literally; it shows:\n{text}");
        }
    }
    Ok(())
}

async fn wait_for_second_window(
    client: &Client,
    main_window: &fantoccini::wd::WindowHandle,
) -> anyhow::Result<fantoccini::wd::WindowHandle> {
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    loop {
        let windows = client.windows().await.context("listing the windows")?;
        if let Some(window) = windows.into_iter().find(|window| window != main_window) {
            return Ok(window);
        }
        if std::time::Instant::now() > deadline {
            bail!("no projector window appeared after clicking #open-projector");
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/hostile")
        .join(name)
}

fn path_text(path: &Path) -> &str {
    path.to_str().expect("the repository's path is UTF-8")
}
