//! End-to-end: the real desktop binary, driven through its real webview by WebDriver
//! (`tauri-driver` in front of WebKitGTK's `WebKitWebDriver`), against a fresh database in a
//! temporary directory; then the database file is checked through gavel-core.
//!
//! Needs a display: run under Xvfb, e.g. `xvfb-run -a cargo test -p gavel-tests --test it e2e`.
//! Needs the app built first (`cargo build --workspace`, after building ui/dist, which the app
//! embeds). The test does not build the app itself: a `cargo build` started from inside
//! `cargo test` would wait for the build-directory lock that `cargo test` holds.

use std::fs::File;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use fantoccini::{Client, ClientBuilder, Locator};
use gavel_core::{Store, StoreOptions};

/// Generous, because the first start of WebKit under Xvfb on a loaded 2-core machine is slow. A
/// passing step takes well under a second.
pub(crate) const UI_TIMEOUT: Duration = Duration::from_secs(20);
const DRIVER_START_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest one request for a WebDriver session (which starts the app) may take.
const SESSION_TIMEOUT: Duration = Duration::from_secs(60);

#[tokio::test(flavor = "multi_thread")]
async fn chair_loads_demo_and_creates_a_meeting_in_the_desktop_app() -> anyhow::Result<()> {
    let title = "Styregruppemøde december";
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");

    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = create_meeting_with_two_backlog_items_and_a_free_item(&client, title).await;
    let outcome = match outcome {
        Ok(backlog_keys) => Ok(backlog_keys),
        // The step that failed first, then what the chair would have seen and what the app said.
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    // Closing the session closes the app; stopping the driver stops WebKitWebDriver.
    let closed = client.close().await;
    drop(driver);
    let [first_key, second_key] = outcome?;
    closed.context("closing the WebDriver session")?;

    // The demo brings a meeting of its own; the chair's is the one with exactly this title.
    let store = Store::open(
        &gavel_core::practice_database_path(&database),
        StoreOptions::new("e2e check"),
    )?;
    let created: Vec<_> = store
        .meetings()?
        .into_iter()
        .filter(|meeting| meeting.title == title)
        .collect();
    assert_eq!(created.len(), 1, "meetings titled {title:?}: {created:?}");
    // Each agenda item by its issue key, or by its title when it is a free text item.
    let agenda: Vec<String> = store
        .meeting(created[0].id)?
        .agenda
        .iter()
        .map(|item| {
            format!(
                "{}. {}",
                item.position,
                item.backlog_key.as_ref().unwrap_or(&item.title)
            )
        })
        .collect();
    assert_eq!(
        agenda,
        [
            format!("1. {first_key}"),
            format!("2. {second_key}"),
            "3. Eventuelt".to_owned()
        ]
    );
    Ok(())
}

/// The chair's path through the UI. Returns the issue keys of the two backlog items it put on the
/// agenda, in the order it picked them.
async fn create_meeting_with_two_backlog_items_and_a_free_item(
    client: &Client,
    title: &str,
) -> anyhow::Result<[String; 2]> {
    wait_for(client, "#load-demo").await?;
    save_screenshot(client, "1-first-run").await?;
    crate::e2e_live::click(client, "#load-demo").await?;
    crate::e2e_live::click(client, "#new-meeting").await?;
    wait_for(client, "#meeting-title")
        .await?
        .send_keys(title)
        .await
        .context("typing the title")?;

    wait_for(client, "input[data-backlog-key]").await?;
    let checkboxes = client
        .find_all(Locator::Css("input[data-backlog-key]"))
        .await?;
    if checkboxes.len() < 2 {
        bail!(
            "expected at least two backlog checkboxes, found {}",
            checkboxes.len()
        );
    }
    let mut keys = Vec::new();
    for checkbox in &checkboxes[..2] {
        let key = checkbox
            .attr("data-backlog-key")
            .await?
            .context("a checkbox matched by [data-backlog-key] has that attribute")?;
        crate::e2e_live::click(client, &format!("input[data-backlog-key='{key}']"))
            .await
            .with_context(|| format!("ticking backlog item {key}"))?;
        keys.push(key);
    }

    wait_for(client, "#agenda-free-text")
        .await?
        .send_keys("Eventuelt")
        .await
        .context("typing the free text agenda item")?;
    crate::e2e_live::click(client, "#agenda-add-free").await?;
    save_screenshot(client, "2-new-meeting-form").await?;
    crate::e2e_live::click(client, "#create-meeting").await?;

    wait_for(client, "#meeting-detail").await?;
    // An element whose own text is exactly the title: the demo's meeting has a longer title that
    // contains this one, so `contains` on the whole detail would also accept the wrong meeting.
    let title_in_detail =
        format!("//*[@id='meeting-detail']//*[normalize-space(text())='{title}']");
    client
        .wait()
        .at_most(UI_TIMEOUT)
        .for_element(Locator::XPath(&title_in_detail))
        .await
        .with_context(|| format!("waiting for #meeting-detail to show the title {title:?}"))?;
    save_screenshot(client, "3-meeting-detail").await?;

    Ok(keys
        .try_into()
        .expect("the loop above collected exactly two keys"))
}

/// With `GAVEL_E2E_SCREENSHOTS=FOLDER`, saves what the window shows as FOLDER/NAME.png, so that a
/// person can look at each step. (The user guide's pictures are taken by guide_screenshots.rs,
/// along e2e_first_hour.rs's journey, at a fixed window size and clock.)
pub(crate) async fn save_screenshot(client: &Client, name: &str) -> anyhow::Result<()> {
    let Some(folder) = std::env::var_os("GAVEL_E2E_SCREENSHOTS") else {
        return Ok(());
    };
    let png = client.screenshot().await.context("taking a screenshot")?;
    std::fs::create_dir_all(&folder)?;
    std::fs::write(Path::new(&folder).join(format!("{name}.png")), png)?;
    Ok(())
}

/// Waits until the page has settled: every running CSS animation and transition has finished
/// and WebKit has painted twice since. The condition to wait on before measuring colours
/// (axe-core) or taking a picture for people.
pub(crate) async fn wait_until_settled(client: &Client) -> anyhow::Result<()> {
    client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             Promise.all(document.getAnimations().map((animation) => animation.finished))
               .catch(() => null)
               .then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));",
            Vec::new(),
        )
        .await
        .context("waiting for the page to settle")?;
    Ok(())
}

pub(crate) async fn wait_for(
    client: &Client,
    css: &str,
) -> anyhow::Result<fantoccini::elements::Element> {
    client
        .wait()
        .at_most(UI_TIMEOUT)
        .for_element(Locator::Css(css))
        .await
        .with_context(|| format!("waiting for {css}"))
}

/// In a sync import's preview: ticks the box of every computer seen for the first time, one at a
/// time, each time waiting for the preview made again with it trusted (the chair who compared
/// every fingerprint). Returns how many were ticked.
pub(crate) async fn trust_every_new_computer(client: &Client) -> anyhow::Result<usize> {
    let mut ticked = 0;
    loop {
        let untrusted = client
            .find_all(Locator::Css("li[data-trust='not_accepted']"))
            .await?;
        let Some(device) = untrusted.first() else {
            return Ok(ticked);
        };
        let id = device
            .attr("data-device")
            .await?
            .context("a device row names its device")?;
        device
            .find(Locator::Css("input.trust-device"))
            .await
            .context("a new computer has a box to trust it")?
            .click()
            .await
            .context("ticking a new computer's box")?;
        wait_for(
            client,
            &format!("li[data-device='{id}'][data-trust='accepted_now']"),
        )
        .await?;
        ticked += 1;
    }
}

/// The window's text, for failure messages: usually it names what went wrong (an error alert).
/// A failed journey's error: the step that failed, what the window showed and the end of what
/// tauri-driver and the app printed, then the failed step once more, because CI keeps only the
/// tail of a long output and the step is what a reader needs first.
pub(crate) async fn explain_failure(
    error: anyhow::Error,
    client: &Client,
    driver: &TauriDriver,
) -> anyhow::Error {
    anyhow::anyhow!(
        "{error:#}\n\nThe window showed:\n{}\n\ntauri-driver and app output:\n{}\n\nThe step that failed: {error:#}",
        visible_text(client).await,
        driver.log_tail(),
    )
}

pub(crate) async fn visible_text(client: &Client) -> String {
    match client.find(Locator::Css("body")).await {
        Ok(body) => body
            .text()
            .await
            .unwrap_or_else(|error| format!("<cannot read the page: {error}>")),
        Err(error) => format!("<cannot read the page: {error}>"),
    }
}

/// What an end-to-end test needs on the machine, each checked with a message saying how to get it.
pub(crate) struct EndToEndTools {
    pub(crate) desktop_binary: PathBuf,
    tauri_driver: PathBuf,
}

impl EndToEndTools {
    pub(crate) fn find() -> anyhow::Result<EndToEndTools> {
        if std::env::var_os("DISPLAY").is_none_or(|display| display.is_empty()) {
            bail!(
                "DISPLAY is not set: the desktop app needs an X display. Run the tests under Xvfb: \
                 xvfb-run -a cargo test -p gavel-tests --test it e2e"
            );
        }
        Ok(EndToEndTools {
            desktop_binary: crate::support::built_binary("gavel-desktop"),
            tauri_driver: tauri_driver()?,
        })
    }
}

fn tauri_driver() -> anyhow::Result<PathBuf> {
    let name = format!("tauri-driver{}", std::env::consts::EXE_SUFFIX);
    let on_path = std::env::var_os("PATH")
        .map(|path| {
            std::env::split_paths(&path)
                .map(|dir| dir.join(&name))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .map(|cargo_home| cargo_home.join("bin").join(&name));
    on_path.into_iter().chain(cargo_bin).find(|candidate| candidate.is_file()).context(
        "tauri-driver is not installed (looked on PATH and in ~/.cargo/bin). Install it with: \
         cargo install tauri-driver --version '^2' --locked (it also needs Debian's webkit2gtk-driver)",
    )
}

/// A running `tauri-driver`. Dropping it stops the driver with SIGTERM and waits for it, then
/// its display.
pub(crate) struct TauriDriver {
    process: Child,
    port: u16,
    log: PathBuf,
    /// Dropped after the driver and its apps (fields drop after `Drop::drop`).
    _display: OwnDisplay,
}

/// An X display of its own for the apps of one driver. The end-to-end tests run two at a time,
/// and on one shared display one app's window lies over the other's: the covered webview may be
/// treated as hidden (no painting, no animation frames, no answer to "what is at this point"),
/// and under load clicks and updates in it were lost. Xvfb picks a free display number itself
/// (`-displayfd`) and writes it once it takes connections.
struct OwnDisplay {
    process: Child,
    name: String,
}

impl OwnDisplay {
    fn start() -> anyhow::Result<OwnDisplay> {
        use std::io::BufRead;
        let mut process = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x1024x24",
                "-nolisten",
                "tcp",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .context(
                "starting Xvfb (Debian's xvfb package: scripts/setup.sh --test installs it)",
            )?;
        let output = process.stdout.take().context("Xvfb's output")?;
        let mut line = String::new();
        std::io::BufReader::new(output)
            .read_line(&mut line)
            .context("reading Xvfb's display number")?;
        let number: u32 = match line.trim().parse() {
            Ok(number) => number,
            Err(_) => {
                let _ = process.kill();
                let _ = process.wait();
                bail!("Xvfb did not start: it wrote {line:?} instead of its display number");
            }
        };
        Ok(OwnDisplay {
            process,
            name: format!(":{number}"),
        })
    }
}

impl Drop for OwnDisplay {
    fn drop(&mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.process.id().to_string()])
            .status();
        let _ = self.process.wait();
    }
}

impl TauriDriver {
    /// Starts the driver with the app's environment: the environment of tauri-driver reaches the
    /// app it launches. XDG folders point into `data_dir` too, so that the webview's own storage
    /// starts fresh and nothing is written to the user's home.
    pub(crate) fn start(
        tools: &EndToEndTools,
        data_dir: &Path,
        database: &Path,
    ) -> anyhow::Result<TauriDriver> {
        TauriDriver::start_with_env(tools, data_dir, database, &[])
    }

    /// [`TauriDriver::start`] with more variables for the app, such as `GAVEL_EXPORT_DIR`.
    pub(crate) fn start_with_env(
        tools: &EndToEndTools,
        data_dir: &Path,
        database: &Path,
        more_env: &[(&str, &Path)],
    ) -> anyhow::Result<TauriDriver> {
        let display = OwnDisplay::start()?;
        let (port, native_port) = two_free_ports()?;
        let log = data_dir.join("tauri-driver.log");
        let log_file = File::create(&log)?;
        let process = Command::new(&tools.tauri_driver)
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("DISPLAY", &display.name)
            .env("GAVEL_DB", database)
            .env("GAVEL_LANG", "da")
            .env("GAVEL_AUTHOR", "Ende-til-ende-test")
            .env("XDG_DATA_HOME", data_dir.join("xdg-data"))
            .env("XDG_CONFIG_HOME", data_dir.join("xdg-config"))
            .env("XDG_CACHE_HOME", data_dir.join("xdg-cache"))
            .envs(more_env.iter().copied())
            .stdin(Stdio::null())
            .stdout(log_file.try_clone()?)
            .stderr(log_file)
            .spawn()
            .with_context(|| format!("starting {}", tools.tauri_driver.display()))?;
        Ok(TauriDriver {
            process,
            port,
            log,
            _display: display,
        })
    }

    /// Opens a WebDriver session, which launches the app. Retries while the driver starts up.
    pub(crate) async fn connect(&self, desktop_binary: &Path) -> anyhow::Result<Client> {
        let capabilities = serde_json::json!({
            "browserName": "wry",
            "tauri:options": { "application": desktop_binary },
        });
        let serde_json::Value::Object(capabilities) = capabilities else {
            unreachable!("a JSON object literal is an object")
        };
        let url = format!("http://127.0.0.1:{}", self.port);
        let deadline = Instant::now() + DRIVER_START_TIMEOUT;
        let mut hung_attempts = 0;
        loop {
            // One attempt may hang when the app it starts dies at once (seen once in a whole run,
            // right after another app on the database was killed): each is bounded, and a hung
            // one is tried again once, so that the test fails with the driver's log, never hangs.
            let attempt = tokio::time::timeout(
                SESSION_TIMEOUT,
                ClientBuilder::native()
                    .capabilities(capabilities.clone())
                    .connect(&url),
            )
            .await;
            match attempt {
                Ok(Ok(client)) => return Ok(client),
                Ok(Err(_)) if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(100)).await;
                }
                Ok(Err(error)) => {
                    return Err(anyhow::Error::new(error).context(format!(
                        "no WebDriver session from tauri-driver at {url} within {DRIVER_START_TIMEOUT:?}; \
                         its output:\n{}",
                        self.log_tail()
                    )));
                }
                Err(_) if hung_attempts == 0 => hung_attempts += 1,
                Err(_) => {
                    bail!(
                        "no WebDriver session from tauri-driver at {url}: two attempts hung for \
                         {SESSION_TIMEOUT:?} each; its output:\n{}",
                        self.log_tail()
                    );
                }
            }
        }
    }

    /// The end of the driver's log, which also holds the app's own output.
    pub(crate) fn log_tail(&self) -> String {
        let text = std::fs::read_to_string(&self.log).unwrap_or_default();
        let start = text
            .char_indices()
            .rev()
            .nth(4000)
            .map_or(0, |(index, _)| index);
        if text.trim().is_empty() {
            "<nothing>".to_owned()
        } else {
            text[start..].to_owned()
        }
    }
}

impl Drop for TauriDriver {
    fn drop(&mut self) {
        // The apps this driver launched, found while they are still its descendants: once the
        // driver is gone they are orphans that nothing else would wait for.
        let apps = desktop_apps_started_by(self.process.id());
        // SIGTERM, not SIGKILL: only a driver that can handle the signal stops WebKitWebDriver;
        // killed outright, it leaves WebKitWebDriver (and perhaps the app) running.
        let _ = Command::new("kill")
            .args(["-TERM", &self.process.id().to_string()])
            .status();
        let deadline = Instant::now() + Duration::from_secs(10);
        let mut stopped = false;
        while Instant::now() < deadline {
            match self.process.try_wait() {
                Ok(Some(_)) => {
                    stopped = true;
                    break;
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(50)),
                Err(_) => break,
            }
        }
        if !stopped {
            let _ = self.process.kill();
            let _ = self.process.wait();
        }
        // An app can outlive its session by seconds, still holding its database's lock
        // (src-tauri/src/single_instance.rs): a test that starts the app again on the same
        // database would meet "Gavel er allerede åben". Give it 5 seconds, then SIGKILL it.
        let deadline = Instant::now() + Duration::from_secs(5);
        while apps.iter().any(|pid| is_running(*pid)) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        for pid in apps.iter().filter(|pid| is_running(**pid)) {
            let _ = Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status();
        }
    }
}

/// The `gavel-desktop` processes below `ancestor` in the process tree (Linux `/proc`).
fn desktop_apps_started_by(ancestor: u32) -> Vec<u32> {
    let parent_of = |pid: u32| -> Option<u32> {
        let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
        // "pid (command) state ppid …": the command may hold spaces and parentheses.
        stat.rsplit_once(')')?
            .1
            .split_whitespace()
            .nth(1)?
            .parse()
            .ok()
    };
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok()?.file_name().to_str()?.parse::<u32>().ok())
        .filter(|pid| {
            std::fs::read_link(format!("/proc/{pid}/exe"))
                .is_ok_and(|exe| exe.file_name().is_some_and(|name| name == "gavel-desktop"))
        })
        .filter(|pid| {
            let mut current = *pid;
            for _ in 0..16 {
                match parent_of(current) {
                    Some(parent) if parent == ancestor => return true,
                    Some(parent) if parent > 1 => current = parent,
                    _ => return false,
                }
            }
            false
        })
        .collect()
}

/// Alive and not a zombie (a zombie's `exe` link cannot be read).
fn is_running(pid: u32) -> bool {
    std::fs::read_link(format!("/proc/{pid}/exe")).is_ok()
}

/// Two distinct free ports: both listeners are open at once, so the system cannot hand out the
/// same port twice. Another process could take one before tauri-driver binds it; unlikely enough.
fn two_free_ports() -> std::io::Result<(u16, u16)> {
    let first = TcpListener::bind("127.0.0.1:0")?;
    let second = TcpListener::bind("127.0.0.1:0")?;
    Ok((first.local_addr()?.port(), second.local_addr()?.port()))
}

/// Starts the app on `database` with `exports` as its export folder, runs `steps`, and closes
/// it. A failure names the step, what the window showed and what the app printed.
pub(crate) async fn in_the_app<T, F, Steps>(
    tools: &EndToEndTools,
    database: &Path,
    exports: &Path,
    steps: Steps,
) -> anyhow::Result<T>
where
    Steps: FnOnce(Client) -> F,
    F: std::future::Future<Output = anyhow::Result<T>>,
{
    let data_dir = database
        .parent()
        .context("the database is in a folder")?
        .join(format!(
            "app-{}",
            database
                .file_stem()
                .map(|stem| stem.to_string_lossy())
                .unwrap_or_default()
        ));
    std::fs::create_dir_all(&data_dir)?;
    let driver =
        TauriDriver::start_with_env(tools, &data_dir, database, &[("GAVEL_EXPORT_DIR", exports)])?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = match steps(client.clone()).await {
        Ok(value) => Ok(value),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    drop(driver);
    let value = outcome?;
    closed.context("closing the WebDriver session")?;
    Ok(value)
}

/// Chooses `value` in the `<select>` at `css`, finding it again when the screen re-rendered it in
/// between (the reload after a data-changed event can replace a panel just after it appeared),
/// until [`UI_TIMEOUT`].
pub(crate) async fn select_value(client: &Client, css: &str, value: &str) -> anyhow::Result<()> {
    let deadline = Instant::now() + UI_TIMEOUT;
    loop {
        let attempt = match wait_for(client, css).await {
            Ok(select) => select
                .select_by_value(value)
                .await
                .map_err(anyhow::Error::from),
            Err(error) => Err(error),
        };
        match attempt {
            Ok(()) => return Ok(()),
            Err(_) if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(100)).await;
            }
            Err(error) => return Err(error.context(format!("choosing {value:?} in {css}"))),
        }
    }
}
