//! The user guide's screenshots (docs/guide.da.md, docs/guide.en.md), taken from the real desktop
//! app along the chair's path: first start, backlog and a Jira import, a new meeting, the settings
//! with a new signing certificate, the live meeting (attendance, the shortcut table, an open poll
//! with its live tally, the projector, the closed poll, a decision, an action item), the minutes
//! (preview, signing, checking) and sync by file.
//!
//! Ignored by default, so that `cargo test` only compiles it: `scripts/screenshots.sh` runs it under
//! Xvfb once per language, with `GAVEL_LANG` (da or en) and `GAVEL_GUIDE_IMAGES` (the folder the
//! PNGs go to, docs/guide/img/<lang>). The pictures are stable from run to run: the database is
//! seeded by `gavel demo` with a fixed clock and device id (as tests/it/support.rs does), the app
//! runs with a fixed clock through libfaketime when the script provides it (`GAVEL_GUIDE_FAKETIME`),
//! the time zone is UTC, the folders have fixed names, and the window has a fixed size.
//!
//! The app runs as on a chair's laptop: the language comes from the system (`LANG`), the name from
//! the settings, the database from the app's data folder. The variables that override these
//! (`GAVEL_LANG`, `GAVEL_AUTHOR`, `GAVEL_DB`) are emptied, or the settings screen would say they
//! are set. Every step waits for what the picture should show, so a broken screen fails the run
//! instead of silently leaving a wrong picture in the guide.

use std::path::{Path, PathBuf};

use anyhow::{Context, bail, ensure};
use fantoccini::{Client, Locator};

use crate::e2e::{EndToEndTools, TauriDriver, UI_TIMEOUT, visible_text, wait_for};
use crate::e2e_live::{click, wait_for_text};
use crate::support::{gavel_with_env, stderr};

/// The window's size: small enough for readable pictures in a guide, large enough that the
/// meeting screen shows a whole panel.
const WINDOW_WIDTH: u32 = 1200;
const WINDOW_HEIGHT: u32 = 800;

/// The demo's planned meeting (assets/demo/meeting.jsonl), which the chair runs.
const DECEMBER_MEETING: &str = "3adbe893-04b7-5692-8a9c-c5968e4c0734";
/// Its first three agenda items; the third is MO-1420, which the poll is about.
const DECEMBER_FIRST_ITEMS: [&str; 3] = [
    "841d99fb-d253-5771-bc9d-7bc751f04c78",
    "b633550b-6775-5343-adf0-9d0212c5f2e3",
    "606bba65-17ef-5261-b9e8-e391506f1038",
];
const DEMO_GROUP: &str = "4a1374a0-cf8b-5a89-a6c6-d2be7e2a4337";
/// The meeting the secretary prepares on the second laptop, for the sync import.
const JANUARY_MEETING: &str = "7d1f0a52-5c1e-4b8e-9d3a-3f1e2b6c9a01";

const CHAIR: &str = "Mette Kjærgaard Holm";
const ORGANISATION: &str = "Aarhus Kommune";
const SECRETARY: &str = "Rasmus Højgaard";
/// The password of the certificate the chair creates in the settings.
const CERTIFICATE_PASSWORD: &str = "Kasket-Ørn-2026";
/// The clock of `gavel demo`: the day of the demo's December meeting.
const SEED_CLOCK: &str = "2026-12-10T13:00:00Z";
/// The app's clock starts at the meeting's hour and runs twenty times as fast, so that the
/// minutes show a meeting of some minutes rather than of some seconds.
const APP_CLOCK: &str = "@2026-12-10 13:00:00 x20";
const CHAIR_DEVICE: &str = "c4a1d3e5-7b2f-4c6a-9e1d-0f3b5a7c9e21";
const SECRETARY_DEVICE: &str = "5ec2e7a1-4b1d-4c2e-9f3a-2d6b8e0c1f47";

/// What the chair types, in the guide's language.
struct Words {
    lang: &'static str,
    /// The system's locale, from which the app takes its language on first start.
    system_locale: &'static str,
    /// The name of the documents folder on a system in this language.
    documents: &'static str,
    new_meeting_title: &'static str,
    free_item: &'static str,
    question: &'static str,
    decision: &'static str,
    action: &'static str,
}

const DANISH: Words = Words {
    lang: "da",
    system_locale: "da_DK.UTF-8",
    documents: "Dokumenter",
    new_meeting_title: "Styregruppemøde marts 2027",
    free_item: "Eventuelt",
    question: "Skal MO-1420 med i næste release?",
    decision: "MO-1420 kommer med i næste release.",
    action: "Send løsningsforslaget til SD-Løn",
};

const ENGLISH: Words = Words {
    lang: "en",
    system_locale: "en_GB.UTF-8",
    documents: "Documents",
    new_meeting_title: "Steering group meeting March 2027",
    free_item: "Any other business",
    question: "Shall MO-1420 go into the next release?",
    decision: "MO-1420 goes into the next release.",
    action: "Send the proposed solution to SD-Løn",
};

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
    let mut camera = Camera {
        folder: images,
        taken: 0,
    };

    let tools = EndToEndTools::find()?;
    // A fixed folder rather than a random temporary one: the app shows where it keeps and saves
    // files, and the pictures should show the same paths every time.
    let folder = TemporaryFolder::new(std::env::temp_dir().join("gavel-guide"))?;
    let home = Home::new(folder.path(), words)?;

    // First start: no database yet. The chair gives a name and role.
    let shots = &mut camera;
    in_the_app(&tools, &home, words, move |client| async move {
        first_start(&client, shots).await
    })
    .await?;

    // The app made an empty database in its data folder: the demo goes in its place, and the
    // secretary's laptop makes a file for the chair.
    let database = home.database_made_by_the_app()?;
    let laptop = Laptop::set_up(folder.path(), &home, &database)?;
    let (shots, laptop_ref) = (&mut camera, &laptop);
    in_the_app(&tools, &home, words, move |client| async move {
        chairs_path(&client, shots, words, laptop_ref).await
    })
    .await?;
    Ok(())
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
        let home = Home {
            data: path.join(".local/share"),
            config: path.join(".config"),
            cache: path.join(".cache"),
            exports: path.join(words.documents).join("Gavel"),
            path,
        };
        for folder in [&home.data, &home.config, &home.cache, &home.exports] {
            std::fs::create_dir_all(folder)?;
        }
        Ok(home)
    }

    /// The one SQLite file the app created in its data folder on first start.
    fn database_made_by_the_app(&self) -> anyhow::Result<PathBuf> {
        let app_folder = self.data.join("dk.gavel.app");
        let databases: Vec<PathBuf> = std::fs::read_dir(&app_folder)
            .with_context(|| format!("reading {}", app_folder.display()))?
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| {
                path.extension()
                    .is_some_and(|extension| extension == "sqlite3")
            })
            .collect();
        let [database] = databases.as_slice() else {
            bail!(
                "expected one database in {}, found {databases:?}",
                app_folder.display()
            );
        };
        Ok(database.clone())
    }
}

/// Saves numbered screenshots: `01-first-run.png`, `02-…`, in the order the guide shows them.
struct Camera {
    folder: PathBuf,
    taken: u32,
}

impl Camera {
    async fn shoot(&mut self, client: &Client, name: &str) -> anyhow::Result<()> {
        // Lets WebKit paint the last change (and a scroll) before the picture is taken.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let png = client
            .screenshot()
            .await
            .with_context(|| format!("taking the screenshot {name}"))?;
        self.taken += 1;
        let path = self.folder.join(format!("{:02}-{name}.png", self.taken));
        std::fs::write(&path, png).with_context(|| format!("writing {}", path.display()))?;
        Ok(())
    }
}

/// The chair's laptop, seeded like `gavel demo` on a fixed clock, and what the chair brings to it.
struct Laptop {
    /// Where the app keeps the certificate the chair creates in the settings.
    certificates: PathBuf,
    exports: PathBuf,
    jira_export: PathBuf,
    /// The secretary's sync file with the next meeting, prepared on another laptop.
    secretary_file: PathBuf,
}

impl Laptop {
    fn set_up(folder: &Path, home: &Home, database: &Path) -> anyhow::Result<Laptop> {
        // The empty database goes, with its write-ahead log; the demo takes its place.
        for suffix in ["", "-wal", "-shm"] {
            let file = PathBuf::from(format!("{}{suffix}", database.display()));
            if file.exists() {
                std::fs::remove_file(&file)
                    .with_context(|| format!("removing {}", file.display()))?;
            }
        }
        gavel(database, CHAIR_DEVICE, CHAIR, &["demo"], "")?;
        // `gavel demo` closes the September meeting, and the CLI backs up after a closed meeting
        // on the real clock: that copy is not part of the chair's story, and its time would change
        // the backups picture on every run.
        let backups = database.with_file_name("backups");
        if backups.exists() {
            std::fs::remove_dir_all(&backups)
                .with_context(|| format!("removing {}", backups.display()))?;
        }

        // The secretary's laptop got the group from the chair's sync file, then prepared the
        // January meeting and exported it.
        let secretary = folder.join("referent.sqlite3");
        let set_up_file = folder.join("opsætning.gavel");
        gavel(
            database,
            CHAIR_DEVICE,
            CHAIR,
            &["sync", "export", "--all", "--out", path_text(&set_up_file)?],
            "",
        )?;
        gavel(
            &secretary,
            SECRETARY_DEVICE,
            SECRETARY,
            &["sync", "import", path_text(&set_up_file)?],
            "",
        )?;
        let commands = [
            format!(
                r#"{{"type":"CreateMeeting","id":"{JANUARY_MEETING}","group_id":"{DEMO_GROUP}","title":"Styregruppemøde januar 2027","starts_at":"2027-01-21T13:00:00","location":"Odense Rådhus, mødesal 1"}}"#
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
        gavel(
            &secretary,
            SECRETARY_DEVICE,
            SECRETARY,
            &["apply"],
            &commands.join("\n"),
        )?;
        let downloads = home.path.join("Downloads");
        std::fs::create_dir_all(&downloads)?;
        // The secretary signs the file with a certificate of their own.
        let secretary_p12 = folder.join("rasmus-hoejgaard.p12");
        let secretary_password = folder.join("rasmus-adgangskode.txt");
        std::fs::write(&secretary_password, "Referent-Nøgle-2026")?;
        gavel(
            &secretary,
            SECRETARY_DEVICE,
            SECRETARY,
            &[
                "cert",
                "create",
                "--name",
                SECRETARY,
                "--org",
                ORGANISATION,
                "--out",
                path_text(&secretary_p12)?,
                "--password-file",
                path_text(&secretary_password)?,
            ],
            "",
        )?;
        let secretary_file = downloads.join("Styregruppemøde januar 2027 (fra Rasmus).gavel");
        gavel(
            &secretary,
            SECRETARY_DEVICE,
            SECRETARY,
            &[
                "sync",
                "export",
                JANUARY_MEETING,
                "--out",
                path_text(&secretary_file)?,
                "--sign",
                path_text(&secretary_p12)?,
                "--password-file",
                path_text(&secretary_password)?,
            ],
            "",
        )?;

        Ok(Laptop {
            certificates: home.data.join("dk.gavel.app").join("certificates"),
            exports: home.exports.clone(),
            jira_export: Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../docs/guide/jira-export-example.csv"),
            secretary_file,
        })
    }
}

/// The first-run screen; then the chair's name, organisation and role (chair, the default).
async fn first_start(client: &Client, camera: &mut Camera) -> anyhow::Result<()> {
    wait_for(client, "#load-demo").await?;
    camera.shoot(client, "first-run").await?;
    wait_for(client, "#settings-chair-name")
        .await?
        .send_keys(CHAIR)
        .await
        .context("typing the chair's name")?;
    wait_for(client, "#settings-organisation")
        .await?
        .send_keys(ORGANISATION)
        .await
        .context("typing the organisation")?;
    click(client, "#settings-save").await?;
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    while wait_for(client, "#settings-save-status")
        .await?
        .text()
        .await?
        .trim()
        .is_empty()
    {
        ensure!(
            std::time::Instant::now() < deadline,
            "the settings were not saved"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    scroll_into_view(client, "#first-run-you").await?;
    camera.shoot(client, "first-run-name").await
}

async fn chairs_path(
    client: &Client,
    camera: &mut Camera,
    words: &Words,
    laptop: &Laptop,
) -> anyhow::Result<()> {
    // The meetings list, then the backlog and a newer Jira export.
    wait_for(client, "#meetings-table").await?;
    camera.shoot(client, "meetings").await?;
    click(client, "#nav-backlog").await?;
    wait_for(client, "#backlog-count").await?;
    camera.shoot(client, "backlog").await?;
    wait_for(client, "#import-backlog-file")
        .await?
        .send_keys(path_text(&laptop.jira_export)?)
        .await
        .context("choosing the Jira export in #import-backlog-file")?;
    wait_for(client, "#import-preview").await?;
    scroll_into_view(client, "#import-preview").await?;
    camera.shoot(client, "jira-import-preview").await?;
    click(client, "#import-backlog-confirm").await?;
    wait_for(client, "#import-report").await?;
    scroll_to_top(client).await?;
    camera.shoot(client, "jira-import-done").await?;

    // A new meeting with two backlog items and a free item.
    click(client, "#nav-meetings").await?;
    click(client, "#new-meeting").await?;
    wait_for(client, "#meeting-title")
        .await?
        .send_keys(words.new_meeting_title)
        .await
        .context("typing the title")?;
    for key in ["MO-1455", "MO-1412"] {
        click(client, &format!("input[data-backlog-key='{key}']")).await?;
    }
    wait_for(client, "#agenda-free-text")
        .await?
        .send_keys(words.free_item)
        .await
        .context("typing the free agenda item")?;
    click(client, "#agenda-add-free").await?;
    scroll_into_view(client, "#agenda-chosen-heading").await?;
    camera.shoot(client, "new-meeting").await?;
    click(client, "#create-meeting").await?;
    wait_for(client, "#meeting-detail").await?;
    wait_for(client, "#meeting-status[data-status='draft']").await?;

    // The settings: a signing certificate of the chair's own, before the meeting.
    click(client, "#nav-settings").await?;
    wait_for(client, "#certificate-none").await?;
    camera.shoot(client, "settings").await?;
    let offered_name = wait_for(client, "#certificate-new-name")
        .await?
        .prop("value")
        .await?;
    ensure!(
        offered_name.as_deref() == Some(CHAIR),
        "the settings should offer the chair's name for the certificate: {offered_name:?}"
    );
    for field in [
        "#certificate-new-password",
        "#certificate-new-password-again",
    ] {
        wait_for(client, field)
            .await?
            .send_keys(CERTIFICATE_PASSWORD)
            .await
            .with_context(|| format!("typing the password into {field}"))?;
    }
    click(client, "#certificate-create").await?;
    wait_for(client, "#certificate-done").await?;
    wait_for_text(client, "#certificate-subject", CHAIR).await?;
    scroll_into_view(client, "#settings-certificate-heading").await?;
    camera.shoot(client, "settings-certificate").await?;

    // The December meeting, live.
    click(client, "#nav-meetings").await?;
    click(
        client,
        &format!("#meetings-table button[data-meeting-id='{DECEMBER_MEETING}']"),
    )
    .await?;
    wait_for(
        client,
        &format!("#meeting-detail[data-meeting-id='{DECEMBER_MEETING}']"),
    )
    .await?;
    wait_for(client, "#meeting-status[data-status='draft']").await?;
    camera.shoot(client, "meeting-draft").await?;
    click(client, "#meeting-start").await?;
    wait_for(client, "#meeting-status[data-status='open']").await?;

    let voting = voting_members(client).await?;
    ensure!(
        voting.len() >= 9,
        "the demo has 9 voting members, found {}",
        voting.len()
    );
    for (index, member) in voting.iter().enumerate() {
        let value = match index {
            6 => "absent",
            7 | 8 => "excused",
            _ => "present",
        };
        click(
            client,
            &format!("tr[data-member-id='{member}'] input[data-attendance='{value}']"),
        )
        .await?;
        wait_for(
            client,
            &format!("tr[data-member-id='{member}'][data-attendance='{value}']"),
        )
        .await?;
    }
    let (absent, holder) = (&voting[6], &voting[0]);
    wait_for(client, &format!("select[data-proxy-for='{absent}']"))
        .await?
        .select_by_value(holder)
        .await
        .context("choosing the proxy holder")?;
    wait_for(
        client,
        &format!("tr[data-member-id='{absent}'][data-proxy-holder='{holder}']"),
    )
    .await?;
    wait_for(client, "#quorum[data-quorate='true']").await?;
    scroll_below_controls(client, "#attendance").await?;
    camera.shoot(client, "attendance").await?;

    // The table of keyboard shortcuts, which `?` shows too. Its button sits just below the
    // sticky controls bar: from the top of the page, the click is not intercepted by the bar.
    scroll_to_top(client).await?;
    click(client, "#shortcut-help-open").await?;
    wait_for(client, "#shortcut-table").await?;
    // The overview from its heading down, whatever it scrolled to when it took the focus.
    client
        .execute(
            "const help = document.getElementById('shortcut-help'); \
             for (const box of [help, ...help.querySelectorAll('*')]) box.scrollTop = 0;",
            Vec::new(),
        )
        .await
        .context("scrolling the shortcut overview to its top")?;
    camera.shoot(client, "shortcuts").await?;
    click(client, "#shortcut-help-close").await?;

    // The third agenda item (MO-1420) becomes current, and a named yes/no poll is put to it.
    // One step at a time: a click while the previous step is still being saved is ignored.
    for item in DECEMBER_FIRST_ITEMS {
        click(client, "#agenda-next").await?;
        wait_for(
            client,
            &format!("#meeting-agenda li[data-current='true'][data-agenda-item-id='{item}']"),
        )
        .await?;
    }
    scroll_below_controls(client, "#agenda").await?;
    camera.shoot(client, "agenda").await?;
    click(client, "#poll-new").await?;
    wait_for(client, "#poll-question")
        .await?
        .send_keys(words.question)
        .await
        .context("typing the question")?;
    wait_for(client, "#poll-agenda-item")
        .await?
        .select_by_value(DECEMBER_FIRST_ITEMS[2])
        .await
        .context("putting the poll under MO-1420")?;
    click(client, "input[name='poll-kind'][value='yes_no']").await?;
    click(client, "input[name='poll-secret'][data-secret='false']").await?;
    scroll_below_controls(client, "#new-poll-form").await?;
    camera.shoot(client, "poll-new").await?;
    click(client, "#poll-open-submit").await?;
    let poll_id = wait_for(client, "article[data-poll-open='true']")
        .await?
        .attr("data-poll-id")
        .await?
        .context("the open poll has its id")?;
    let open_poll = format!("article[data-poll-id='{poll_id}'][data-poll-open='true']");
    let mut voters = Vec::new();
    for row in client
        .find_all(Locator::Css(&format!("{open_poll} tr[data-voter-id]")))
        .await?
    {
        voters.push(
            row.attr("data-voter-id")
                .await?
                .context("a voter row has its id")?,
        );
    }
    ensure!(
        voters.len() == 7,
        "six present and one by proxy may vote: {voters:?}"
    );
    // The last voter is left for the picture of the live tally, then clicked.
    for (index, voter) in voters.iter().enumerate().take(6) {
        let ballot = match index {
            1 => "no",
            2 => "abstain",
            _ => "yes",
        };
        let button =
            format!("{open_poll} tr[data-voter-id='{voter}'] button[data-ballot='{ballot}']");
        click(client, &button).await?;
        wait_for(client, &format!("{button}[aria-pressed='true']")).await?;
    }
    scroll_below_controls(client, &format!("#poll-heading-{poll_id}")).await?;
    camera.shoot(client, "poll-open").await?;

    // The projector shows the same poll as totals.
    let main_window = client.window().await.context("the main window's handle")?;
    click(client, "#open-projector").await?;
    let projector = other_window(client, &main_window).await?;
    client.switch_to_window(projector.clone()).await?;
    wait_for(
        client,
        &format!("#projector-poll[data-poll-id='{poll_id}']"),
    )
    .await?;
    client.switch_to_window(main_window.clone()).await?;
    let last = format!(
        "{open_poll} tr[data-voter-id='{}'] button[data-ballot='yes']",
        voters[6]
    );
    click(client, &last).await?;
    wait_for(client, &format!("{last}[aria-pressed='true']")).await?;
    client.switch_to_window(projector.clone()).await?;
    wait_for(client, "#projector-poll [data-tally='5,1,1']").await?;
    camera.shoot(client, "projector").await?;
    client
        .close_window()
        .await
        .context("closing the projector window")?;
    client.switch_to_window(main_window).await?;

    click(client, &format!("button[data-close-poll='{poll_id}']")).await?;
    wait_for(
        client,
        &format!("article[data-poll-id='{poll_id}'][data-poll-open='false']"),
    )
    .await?;
    scroll_below_controls(client, &format!("#poll-heading-{poll_id}")).await?;
    camera.shoot(client, "poll-closed").await?;

    // The decision, linked to the poll, and an action item.
    click(client, "input[name='decision-outcome'][value='approved']").await?;
    wait_for(client, "#decision-text")
        .await?
        .send_keys(words.decision)
        .await
        .context("typing the decision")?;
    wait_for(client, "#decision-poll")
        .await?
        .select_by_value(&poll_id)
        .await
        .context("linking the decision to the poll")?;
    click(client, "#decision-submit").await?;
    wait_for(
        client,
        &format!("#decision-list li[data-outcome='approved'][data-poll-id='{poll_id}']"),
    )
    .await?;
    scroll_below_controls(client, "#decisions").await?;
    camera.shoot(client, "decision").await?;

    wait_for(client, "#action-text")
        .await?
        .send_keys(words.action)
        .await
        .context("typing the action item")?;
    wait_for(client, "#action-owner")
        .await?
        .select_by_value(&voting[3])
        .await
        .context("choosing the action item's owner")?;
    wait_for(client, "#action-due")
        .await?
        .send_keys("15.01.2027")
        .await
        .context("typing the due date")?;
    click(client, "#action-submit").await?;
    wait_for(client, "#action-item-list").await?;
    scroll_below_controls(client, "#action-items").await?;
    camera.shoot(client, "action-item").await?;

    // Close the meeting; the minutes panel appears.
    scroll_to_top(client).await?;
    click(client, "#meeting-close").await?;
    wait_for(client, "#meeting-status[data-status='closed']").await?;
    let language = wait_for(client, "#minutes-language").await?;
    language
        .select_by_value(words.lang)
        .await
        .context("choosing the minutes' language")?;
    wait_for(client, "#minutes-document").await?;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    scroll_below_controls(client, "#minutes-preview").await?;
    camera.shoot(client, "minutes-preview").await?;

    // Sign with the certificate from the settings, then check the signed file.
    wait_for_text(client, "#minutes-settings-certificate", CHAIR).await?;
    wait_for(client, "#minutes-password")
        .await?
        .send_keys(CERTIFICATE_PASSWORD)
        .await
        .context("typing the password")?;
    scroll_below_controls(client, "#minutes-sign-section").await?;
    camera.shoot(client, "minutes-sign").await?;
    click(client, "#minutes-sign").await?;
    let signed = wait_for(client, "#minutes-signed-path")
        .await?
        .text()
        .await?;
    wait_for(
        client,
        "#minutes-signature-list tr[data-signature-number='1']",
    )
    .await?;
    scroll_below_controls(client, "#minutes-sign-section").await?;
    camera.shoot(client, "minutes-signed").await?;
    ensure!(
        Path::new(signed.trim()).starts_with(&laptop.exports),
        "the signed minutes went to {signed}, not the export folder"
    );
    wait_for(client, "#minutes-verify-file")
        .await?
        .send_keys(signed.trim())
        .await
        .context("choosing the signed PDF in #minutes-verify-file")?;
    wait_for(client, "#minutes-verification[data-all-valid='true']").await?;
    scroll_below_controls(client, "#minutes-verify").await?;
    camera.shoot(client, "minutes-verified").await?;

    // Sync: export the December meeting, then preview and import the secretary's file.
    scroll_to_top(client).await?;
    click(client, "#nav-sync").await?;
    click(client, &format!("#sync-meeting-{DECEMBER_MEETING}")).await?;
    // Signed with the chair's certificate, the one the settings made.
    click(client, "#sync-export-sign").await?;
    let p12 = only_file_in(&laptop.certificates)?;
    wait_for(client, "#sync-export-p12")
        .await?
        .send_keys(path_text(&p12)?)
        .await
        .context("choosing the chair's .p12 in #sync-export-p12")?;
    wait_for(client, "#sync-export-password")
        .await?
        .send_keys(CERTIFICATE_PASSWORD)
        .await
        .context("typing the password into #sync-export-password")?;
    click(client, "#sync-export").await?;
    wait_for(client, "#sync-export-path").await?;
    wait_for(client, "#sync-export-signed").await?;
    // From the signature's fieldset down: the ticked box, the password and the saved file.
    client
        .execute(
            "const sign = document.getElementById('sync-export-sign'); \
             const from = sign.closest('fieldset') ?? sign; \
             window.scrollTo(0, from.getBoundingClientRect().top + window.scrollY - 16);",
            Vec::new(),
        )
        .await
        .context("scrolling to the export's signature")?;
    camera.shoot(client, "sync-export").await?;
    wait_for(client, "#sync-import-file")
        .await?
        .send_keys(path_text(&laptop.secretary_file)?)
        .await
        .context("choosing the secretary's file in #sync-import-file")?;
    wait_for(client, "#sync-preview").await?;
    scroll_into_view(client, "#sync-import-heading").await?;
    camera.shoot(client, "sync-import-preview").await?;
    click(client, "#sync-import-confirm").await?;
    wait_for(client, "#sync-import-summary").await?;
    scroll_into_view(client, "#sync-import-heading").await?;
    camera.shoot(client, "sync-imported").await?;

    // The backups under the settings: closing the December meeting made one.
    scroll_to_top(client).await?;
    click(client, "#nav-settings").await?;
    wait_for(client, "#backups-table").await?;
    scroll_into_view(client, "#settings-data-heading").await?;
    camera.shoot(client, "settings-backups").await?;
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
        ("TZ", utc),
    ];
    // libfaketime gives the app (and the webview's JavaScript) the demo meeting's day, so that
    // times and dates in the pictures do not change from run to run. The monotonic clock stays
    // real: the WebDriver's timeouts and GTK's main loop run on it.
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
    // picture thrown away, after a pause, makes the next ones current.
    tokio::time::sleep(std::time::Duration::from_secs(1)).await;
    client.screenshot().await.context("a first screenshot")?;
    let outcome = match steps(client.clone()).await {
        Ok(()) => Ok(()),
        Err(error) => Err(anyhow::anyhow!(
            "{error:#}\n\nThe window showed:\n{}\n\ntauri-driver and app output:\n{}",
            visible_text(&client).await,
            driver.log_tail(),
        )),
    };
    let closed = client.close().await;
    drop(driver);
    outcome?;
    closed.context("closing the WebDriver session")?;
    Ok(())
}

/// Runs `gavel` on a fixed clock and device id, as `author`, and fails with its error output.
fn gavel(
    database: &Path,
    device: &str,
    author: &str,
    args: &[&str],
    stdin: &str,
) -> anyhow::Result<()> {
    let mut all_args = vec!["--author", author];
    all_args.extend_from_slice(args);
    let output = gavel_with_env(
        database,
        &all_args,
        stdin,
        &[
            ("GAVEL_FIXED_CLOCK", SEED_CLOCK),
            ("GAVEL_DEVICE_ID", device),
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

/// The voting members' ids in the attendance table's order.
async fn voting_members(client: &Client) -> anyhow::Result<Vec<String>> {
    let mut voting = Vec::new();
    for row in client
        .find_all(Locator::Css("#attendance-table tr[data-voting='true']"))
        .await?
    {
        voting.push(
            row.attr("data-member-id")
                .await?
                .context("an attendance row has its member id")?,
        );
    }
    Ok(voting)
}

/// The window that is not `main_window`, once it has appeared.
async fn other_window(
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

/// Scrolls the element to the top of the window, just below the meeting's sticky controls bar.
async fn scroll_below_controls(client: &Client, css: &str) -> anyhow::Result<()> {
    let element = serde_json::to_value(wait_for(client, css).await?)?;
    client
        .execute(
            "const bar = document.getElementById('meeting-controls'); \
             const below = bar === null ? 0 : bar.getBoundingClientRect().height; \
             const top = arguments[0].getBoundingClientRect().top + window.scrollY; \
             window.scrollTo(0, Math.max(0, top - below - 16));",
            vec![element],
        )
        .await
        .with_context(|| format!("scrolling to {css}"))?;
    Ok(())
}

async fn scroll_into_view(client: &Client, css: &str) -> anyhow::Result<()> {
    let element = serde_json::to_value(wait_for(client, css).await?)?;
    client
        .execute(
            "window.scrollTo(0, Math.max(0, arguments[0].getBoundingClientRect().top + window.scrollY - 16));",
            vec![element],
        )
        .await
        .with_context(|| format!("scrolling to {css}"))?;
    Ok(())
}

async fn scroll_to_top(client: &Client) -> anyhow::Result<()> {
    client
        .execute("window.scrollTo(0, 0);", Vec::new())
        .await
        .context("scrolling to the top")?;
    Ok(())
}

/// The one file in `folder`.
fn only_file_in(folder: &Path) -> anyhow::Result<PathBuf> {
    let files: Vec<PathBuf> = std::fs::read_dir(folder)
        .with_context(|| format!("reading {}", folder.display()))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    let [file] = files.as_slice() else {
        bail!("expected one file in {}, found {files:?}", folder.display());
    };
    Ok(file.clone())
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

fn path_text(path: &Path) -> anyhow::Result<&str> {
    path.to_str()
        .with_context(|| format!("{} is not UTF-8", path.display()))
}
