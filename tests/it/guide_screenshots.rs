//! The user guide's screenshots (docs/guide.da.md, docs/guide.en.md), taken from the real desktop
//! app along the chair's path from an empty database: first the first hour of
//! tests/it/e2e_first_hour.rs (first start, her group, its members from a list, its rules of
//! procedure, a Jira import, a meeting, attendance, the shortcut overview, a poll, the projector,
//! a decision, an action item, the close confirmation, the minutes signed with a certificate made
//! as she signs), then the check of the signed minutes, sync by file with the secretary, and the
//! settings with the backups. axe-core checks the screens that are new in the first hour, as the
//! end-to-end test does.
//!
//! Ignored by default, so that `cargo test` only compiles it: `scripts/screenshots.sh` runs it under
//! Xvfb once per language, with `GAVEL_LANG` (da or en) and `GAVEL_GUIDE_IMAGES` (the folder the
//! PNGs go to, docs/guide/img/<lang>). The pictures are stable from run to run: the app runs with a
//! fixed clock through libfaketime when the script provides it (`GAVEL_GUIDE_FAKETIME`), the time
//! zone is UTC, the folders have fixed names, the window has a fixed size, and the secretary's
//! laptop (the `gavel` CLI on a database of its own) has a fixed clock and device id.
//!
//! The app runs as on a chair's laptop: the language comes from the system (`LANG`), the name from
//! what she types, the database from the app's data folder. The variables that override these
//! (`GAVEL_LANG`, `GAVEL_AUTHOR`, `GAVEL_DB`) are emptied, or the settings screen would say they
//! are set. Every step waits for what the picture should show, so a broken screen fails the run
//! instead of silently leaving a wrong picture in the guide.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail, ensure};
use fantoccini::Client;
use gavel_core::rules::RulesPresetId;
use gavel_core::{Store, StoreOptions};

use crate::e2e::{EndToEndTools, TauriDriver, explain_failure, trust_every_new_computer, wait_for};
use crate::e2e_accessibility::axe_path;
use crate::e2e_first_hour::{
    CERTIFICATE_PASSWORD, Camera, DANISH, ENGLISH, FirstHour, ORGANISATION, Pictures, Words,
    first_hour, path_text, scroll_into_view, scroll_to_top,
};
use crate::e2e_live::{click, scroll_to};
use crate::support::{gavel_with_env, stderr, trust_every_device_in};

/// The window's size: small enough for readable pictures in a guide, large enough that the
/// meeting screen shows a whole panel.
const WINDOW_WIDTH: u32 = 1200;
const WINDOW_HEIGHT: u32 = 800;

/// The meeting the secretary prepares on the second laptop, for the sync import.
const JANUARY_MEETING: &str = "7d1f0a52-5c1e-4b8e-9d3a-3f1e2b6c9a01";
const SECRETARY: &str = "Rasmus Højgaard";
const SECRETARY_PASSWORD: &str = "Referent-Nøgle-2026";
/// The clock of the secretary's laptop: the day of the December meeting.
const SECRETARY_CLOCK: &str = "2026-12-10T13:00:00Z";
const SECRETARY_DEVICE: &str = "5ec2e7a1-4b1d-4c2e-9f3a-2d6b8e0c1f47";
/// The app's clock starts at the meeting's hour and runs twenty times as fast, so that the
/// minutes show a meeting of some minutes rather than of some seconds.
const APP_CLOCK: &str = "@2026-12-10 13:00:00 x20";
/// A steering group of an OS2 product works under the OS2 preset (which is also the default).
const RULES: RulesPresetId = RulesPresetId::Os2SteeringGroup;

#[tokio::test(flavor = "multi_thread")]
#[ignore = "takes the user guide's screenshots; run by scripts/screenshots.sh"]
async fn guide_screenshots() -> anyhow::Result<()> {
    let words = match std::env::var("GAVEL_LANG").as_deref() {
        Ok("en") => &ENGLISH,
        Ok("da") | Err(_) => &DANISH,
        Ok(other) => bail!("GAVEL_LANG={other:?}: the guide exists in da and en"),
    };
    let images = std::env::var_os("GAVEL_GUIDE_IMAGES")
        .map(PathBuf::from)
        .context(
            "set GAVEL_GUIDE_IMAGES to the folder for the PNGs (scripts/screenshots.sh does)",
        )?;
    std::fs::create_dir_all(&images)?;
    let axe = std::fs::read_to_string(axe_path()).with_context(|| {
        format!(
            "reading {}: install the UI's npm packages first (npm --prefix ui install)",
            axe_path().display()
        )
    })?;

    let tools = EndToEndTools::find()?;
    // A fixed folder rather than a random temporary one: the app shows where it keeps and saves
    // files, and the pictures should show the same paths every time.
    let folder = TemporaryFolder::new(std::env::temp_dir().join("gavel-guide"))?;
    let home = Home::new(folder.path(), words)?;
    let secretary = SecretaryLaptop::new(folder.path(), &home)?;
    let mut pictures = Pictures::Guide(Camera {
        folder: images,
        taken: 0,
    });
    let (pictures, home_ref, secretary, axe) = (&mut pictures, &home, &secretary, axe.as_str());
    in_the_app(&tools, &home, words, move |client| async move {
        let done = first_hour(&client, words, RULES, axe, pictures).await?;
        // The end-to-end test fails on these; the guide's pictures are still worth having.
        for shift in &done.layout_shifts.0 {
            eprintln!("warning: {shift}");
        }
        after_the_first_hour(&client, pictures, home_ref, secretary, &done).await
    })
    .await
}

/// The chair's home folder, with the app's data, settings and documents folders in it.
struct Home {
    path: PathBuf,
    data: PathBuf,
    config: PathBuf,
    cache: PathBuf,
    exports: PathBuf,
}

impl Home {
    fn new(folder: &Path, words: &Words) -> anyhow::Result<Home> {
        let path = folder.join("mette");
        let documents = if words.lang == "da" {
            "Dokumenter"
        } else {
            "Documents"
        };
        let home = Home {
            data: path.join(".local/share"),
            config: path.join(".config"),
            cache: path.join(".cache"),
            exports: path.join(documents).join("Gavel"),
            path,
        };
        for folder in [&home.data, &home.config, &home.cache, &home.exports] {
            std::fs::create_dir_all(folder)?;
        }
        Ok(home)
    }
}

/// The secretary's laptop: the `gavel` CLI on a database of its own, with a certificate of its own.
struct SecretaryLaptop {
    database: PathBuf,
    p12: PathBuf,
    password_file: PathBuf,
    /// Where the secretary's file for the chair goes: her Downloads folder.
    downloads: PathBuf,
}

impl SecretaryLaptop {
    fn new(folder: &Path, home: &Home) -> anyhow::Result<SecretaryLaptop> {
        let laptop = SecretaryLaptop {
            database: folder.join("referent.sqlite3"),
            p12: folder.join("rasmus-hoejgaard.p12"),
            password_file: folder.join("rasmus-adgangskode.txt"),
            downloads: home.path.join("Downloads"),
        };
        std::fs::create_dir_all(&laptop.downloads)?;
        std::fs::write(&laptop.password_file, SECRETARY_PASSWORD)?;
        Ok(laptop)
    }

    /// The secretary imports the chair's sync file, prepares the January meeting with an item of
    /// the backlog, and sends back a signed file with it. Returns that file.
    fn answer(&self, chairs_file: &Path) -> anyhow::Result<PathBuf> {
        // The secretary compared the chair's laptop's fingerprint with her.
        let trust = trust_every_device_in(chairs_file);
        let mut import_args = vec!["sync", "import", path_text(chairs_file)?];
        import_args.extend(trust.iter().map(String::as_str));
        self.gavel(&import_args, "")?;
        let group_id = {
            let store = Store::open(&self.database, StoreOptions::new("guide check"))?;
            let groups = store.groups()?;
            let [group] = groups.as_slice() else {
                bail!("the chair's file should bring one group, it brought {groups:?}");
            };
            group.id
        };
        let commands = [
            format!(
                r#"{{"type":"CreateMeeting","id":"{JANUARY_MEETING}","group_id":"{group_id}","title":"Styregruppemøde januar 2027","starts_at":"2027-01-21T13:00:00","location":"Odense Rådhus, mødesal 1"}}"#
            ),
            format!(
                r#"{{"type":"AddAgendaItem","meeting_id":"{JANUARY_MEETING}","title":"Godkendelse af dagsorden"}}"#
            ),
            format!(
                r#"{{"type":"AddAgendaItem","meeting_id":"{JANUARY_MEETING}","backlog_key":"MO-1433"}}"#
            ),
            format!(
                r#"{{"type":"AddAgendaItem","meeting_id":"{JANUARY_MEETING}","title":"Eventuelt"}}"#
            ),
        ];
        self.gavel(&["apply"], &commands.join("\n"))?;
        self.gavel(
            &[
                "cert",
                "create",
                "--name",
                SECRETARY,
                "--org",
                ORGANISATION,
                "--out",
                path_text(&self.p12)?,
                "--password-file",
                path_text(&self.password_file)?,
            ],
            "",
        )?;
        let file = self
            .downloads
            .join("Styregruppemøde januar 2027 (fra Rasmus).gavel");
        self.gavel(
            &[
                "sync",
                "export",
                JANUARY_MEETING,
                "--out",
                path_text(&file)?,
                "--sign",
                path_text(&self.p12)?,
                "--password-file",
                path_text(&self.password_file)?,
            ],
            "",
        )?;
        Ok(file)
    }

    /// Runs `gavel` on the secretary's database, clock and device id, and fails with its error
    /// output.
    fn gavel(&self, args: &[&str], stdin: &str) -> anyhow::Result<()> {
        let mut all_args = vec!["--author", SECRETARY];
        all_args.extend_from_slice(args);
        let output = gavel_with_env(
            &self.database,
            &all_args,
            stdin,
            &[
                ("GAVEL_FIXED_CLOCK", SECRETARY_CLOCK),
                ("GAVEL_DEVICE_ID", SECRETARY_DEVICE),
                ("GAVEL_COMPUTER_NAME", "Rasmus-ThinkPad"),
                ("TZ", "UTC"),
            ],
        );
        ensure!(
            output.status.success(),
            "gavel {}: {}",
            args.join(" "),
            stderr(&output)
        );
        Ok(())
    }
}

/// The guide's later sections: the signed minutes checked, sync with the secretary, the settings.
async fn after_the_first_hour(
    client: &Client,
    pictures: &mut Pictures,
    home: &Home,
    secretary: &SecretaryLaptop,
    done: &FirstHour,
) -> anyhow::Result<()> {
    ensure!(
        done.signed_pdf.starts_with(&home.exports),
        "the signed minutes went to {}, not the export folder",
        done.signed_pdf.display()
    );
    wait_for(client, "#minutes-verify-file")
        .await?
        .send_keys(path_text(&done.signed_pdf)?)
        .await
        .context("choosing the signed PDF in #minutes-verify-file")?;
    wait_for(client, "#minutes-verification[data-all-valid='true']").await?;
    scroll_to(client, "#minutes-verify").await?;
    pictures.take(client, "minutes-verified").await?;

    // Sync: the December meeting, signed with the certificate made for the minutes.
    scroll_to_top(client).await?;
    click(client, "#nav-sync").await?;
    click(client, &format!("#sync-meeting-{}", done.meeting_id)).await?;
    click(client, "#sync-export-sign").await?;
    wait_for(client, "#sync-export-settings-certificate").await?;
    wait_for(client, "#sync-export-password")
        .await?
        .send_keys(CERTIFICATE_PASSWORD)
        .await
        .context("typing the password into #sync-export-password")?;
    click(client, "#sync-export").await?;
    let exported = PathBuf::from(
        wait_for(client, "#sync-export-path")
            .await?
            .text()
            .await?
            .trim(),
    );
    wait_for(client, "#sync-export-signed").await?;
    // From the signature's fieldset down: the ticked box, the certificate and the saved file.
    client
        .execute(
            "const sign = document.getElementById('sync-export-sign'); \
             const from = sign.closest('fieldset') ?? sign; \
             window.scrollTo(0, from.getBoundingClientRect().top + window.scrollY - 16);",
            Vec::new(),
        )
        .await
        .context("scrolling to the export's signature")?;
    pictures.take(client, "sync-export").await?;

    // The secretary's answer, made on the other laptop from the chair's file.
    let answer = secretary.answer(&exported)?;
    wait_for(client, "#sync-import-file")
        .await?
        .send_keys(path_text(&answer)?)
        .await
        .context("choosing the secretary's file in #sync-import-file")?;
    wait_for(client, "#sync-preview").await?;
    trust_every_new_computer(client).await?;
    scroll_into_view(client, "#sync-import-heading").await?;
    pictures.take(client, "sync-import-preview").await?;
    click(client, "#sync-import-confirm").await?;
    wait_for(client, "#sync-import-summary").await?;
    wait_for(client, &format!("#sync-meeting-{JANUARY_MEETING}")).await?;
    scroll_into_view(client, "#sync-import-heading").await?;
    pictures.take(client, "sync-imported").await?;

    // The settings: her name and certificate, then the backups (closing the meeting made one).
    scroll_to_top(client).await?;
    click(client, "#nav-settings").await?;
    wait_for(client, "#certificate-subject").await?;
    scroll_into_view(client, "#settings-certificate-heading").await?;
    pictures.take(client, "settings-certificate").await?;
    wait_for(client, "#backups-table").await?;
    scroll_into_view(client, "#settings-data-heading").await?;
    pictures.take(client, "settings-backups").await?;

    // Before the next meeting: the January meeting the secretary prepared, where the approval of
    // December's signed minutes is offered. (Pictures are numbered in order: new ones go last.)
    scroll_to_top(client).await?;
    click(client, "#nav-meetings").await?;
    click(
        client,
        &format!("#meetings-table button[data-meeting-id='{JANUARY_MEETING}']"),
    )
    .await?;
    wait_for(client, "#minutes-approval-add").await?;
    crate::e2e_live::scroll_to(client, "#meeting-preparation").await?;
    pictures.take(client, "before-meeting").await?;

    // The decision register, searched.
    scroll_to_top(client).await?;
    click(client, "#nav-register").await?;
    wait_for(client, "#register-search")
        .await?
        .send_keys("release")
        .await
        .context("searching the register")?;
    wait_for(client, "mark").await?;
    pictures.take(client, "register").await?;
    Ok(())
}

/// Starts the app as the chair starts it, in the guide's language and with a fixed window size,
/// runs `steps`, and closes it. A failure names the step, what the window showed and what the app
/// printed.
async fn in_the_app<F, Steps>(
    tools: &EndToEndTools,
    home: &Home,
    words: &Words,
    steps: Steps,
) -> anyhow::Result<()>
where
    Steps: FnOnce(Client) -> F,
    F: std::future::Future<Output = anyhow::Result<()>>,
{
    let unset = Path::new("");
    let locale = Path::new(words.system_locale);
    let utc = Path::new("UTC");
    let mut env: Vec<(&str, &Path)> = vec![
        // Empty counts as unset: the settings and the system decide, as on a chair's laptop.
        ("GAVEL_LANG", unset),
        ("GAVEL_AUTHOR", unset),
        ("GAVEL_DB", unset),
        ("LANG", locale),
        ("LC_ALL", locale),
        ("HOME", &home.path),
        ("XDG_DATA_HOME", &home.data),
        ("XDG_CONFIG_HOME", &home.config),
        ("XDG_CACHE_HOME", &home.cache),
        ("GAVEL_EXPORT_DIR", &home.exports),
        // The name her computer shows in the sync preview's list of computers.
        ("GAVEL_COMPUTER_NAME", Path::new("Mette-ThinkPad")),
        ("TZ", utc),
    ];
    // libfaketime gives the app (and the webview's JavaScript) the meeting's day, so that times
    // and dates in the pictures do not change from run to run. The monotonic clock stays real: the
    // WebDriver's timeouts and GTK's main loop run on it.
    let faketime = std::env::var_os("GAVEL_GUIDE_FAKETIME").map(PathBuf::from);
    if let Some(library) = &faketime {
        env.push(("LD_PRELOAD", library));
        env.push(("FAKETIME", Path::new(APP_CLOCK)));
        env.push(("FAKETIME_DONT_FAKE_MONOTONIC", Path::new("1")));
    }
    let driver_folder = home.path.parent().context("the home folder has a parent")?;
    let driver = TauriDriver::start_with_env(tools, driver_folder, unset, &env)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    client
        .set_window_size(WINDOW_WIDTH, WINDOW_HEIGHT)
        .await
        .context("setting the window size")?;
    // The first screenshot after the resize can return the page as it was before it loaded; one
    // picture thrown away, once the resized page has painted, makes the next ones current.
    crate::e2e::wait_until_settled(&client).await?;
    client.screenshot().await.context("a first screenshot")?;
    let outcome = match steps(client.clone()).await {
        Ok(()) => Ok(()),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    drop(driver);
    outcome?;
    closed.context("closing the WebDriver session")?;
    Ok(())
}

/// A folder that is emptied when made and removed when dropped.
struct TemporaryFolder(PathBuf);

impl TemporaryFolder {
    fn new(path: PathBuf) -> anyhow::Result<TemporaryFolder> {
        if path.exists() {
            std::fs::remove_dir_all(&path)
                .with_context(|| format!("emptying {}", path.display()))?;
        }
        std::fs::create_dir_all(&path)?;
        Ok(TemporaryFolder(path))
    }

    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TemporaryFolder {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
