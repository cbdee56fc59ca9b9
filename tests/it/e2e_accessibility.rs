//! End-to-end accessibility: axe-core (npm, `ui/node_modules/axe-core/axe.min.js`) is injected into
//! the real desktop app and run on each main screen — first run, backlog, the live meeting with an
//! open poll, its shortcut overview and the projector window, the minutes of a closed meeting, sync,
//! settings and the decision register — under WCAG 2.1 A and AA and axe's best practices
//! (landmarks, heading order). The test fails with every violation: screen, rule id, impact, the
//! elements (axe's CSS targets) and axe's help text. With --nocapture it prints per screen how
//! many rules passed and which elements axe could not decide (usually contrast where the sticky
//! bar overlaps, or a select's arrow).
//!
//! The app's CSP (`script-src 'self'`) does not stop this: WebDriver's Execute Script runs through
//! WebKit's automation session, not through a `<script>` element the page loads, and axe-core itself
//! needs no `eval`. `load_axe` checks that `axe.run` exists after injection, so a CSP that did block
//! it would fail loudly rather than pass with no checks.
//!
//! Needs Xvfb, tauri-driver, the built app (as e2e.rs) and `npm --prefix ui install` (for axe-core).

use std::path::Path;

use anyhow::{Context, bail, ensure};
use fantoccini::{Client, Locator};

use crate::e2e::{
    EndToEndTools, TauriDriver, UI_TIMEOUT, explain_failure, save_screenshot, wait_for,
};
use crate::e2e_live::{click, wait_for_text};

const DECEMBER_MEETING: &str = "Styregruppemøde december 2026";
const SEPTEMBER_MEETING: &str = "Styregruppemøde september 2026";

/// The rules axe runs: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices.
const AXE_TAGS: &str = r#"["wcag2a","wcag2aa","wcag21a","wcag21aa","best-practice"]"#;

/// One rule axe found broken, with the elements that break it.
#[derive(Debug)]
pub(crate) struct Violation {
    id: String,
    impact: String,
    help: String,
    /// axe's CSS selector of each element (a list of selectors when it is inside a frame).
    targets: Vec<String>,
}

impl Violation {
    fn from_axe(value: &serde_json::Value) -> Violation {
        let text = |key: &str| value[key].as_str().unwrap_or("").to_owned();
        let targets = value["nodes"]
            .as_array()
            .map(|nodes| {
                nodes
                    .iter()
                    .map(|node| match &node["target"] {
                        serde_json::Value::Array(parts) => parts
                            .iter()
                            .map(|part| {
                                part.as_str()
                                    .map_or_else(|| part.to_string(), str::to_owned)
                            })
                            .collect::<Vec<_>>()
                            .join(" "),
                        other => other.to_string(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        Violation {
            id: text("id"),
            impact: text("impact"),
            help: text("help"),
            targets,
        }
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn axe_finds_no_violations_on_the_main_screens() -> anyhow::Result<()> {
    let axe_source = std::fs::read_to_string(axe_path()).with_context(|| {
        format!(
            "reading {}: install the UI's npm packages first (npm --prefix ui install)",
            axe_path().display()
        )
    })?;
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");

    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = check_every_screen(&client, &axe_source).await;
    let outcome = match outcome {
        Ok(report) => Ok(report),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    drop(driver);
    let report = outcome?;
    closed.context("closing the WebDriver session")?;

    // The figures per screen, for the record (shown with --nocapture).
    for (screen, results) in &report {
        eprintln!(
            "axe-core on {screen}: {} violations, {} rules passed, {} to review by hand",
            results.violations.len(),
            results.passed_rules,
            results.needs_review.len()
        );
        for undecided in &results.needs_review {
            eprintln!(
                "    review {} ({}): {:?}",
                undecided.id, undecided.help, undecided.targets
            );
        }
    }
    ensure!(
        report
            .iter()
            .all(|(_, results)| results.violations.is_empty()),
        "axe-core found accessibility violations:\n{}",
        describe(&report)
    );
    Ok(())
}

pub(crate) fn axe_path() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js")
}

/// Walks the chair's screens and runs axe on each. Returns (screen, violations) per screen.
async fn check_every_screen(
    client: &Client,
    axe_source: &str,
) -> anyhow::Result<Vec<(String, AxeResults)>> {
    let mut report = Vec::new();

    wait_for(client, "#load-demo").await?;
    axe_reports_a_nameless_button(client, axe_source).await?;
    report.push(("first run".to_owned(), run_axe(client, axe_source).await?));

    click(client, "#load-demo").await?;
    wait_for(client, "#nav-backlog").await?;
    click(client, "#nav-backlog").await?;
    wait_for(client, "#nav-backlog[aria-current='page']").await?;
    report.push(("backlog".to_owned(), run_axe(client, axe_source).await?));

    click(client, "#nav-sync").await?;
    wait_for(client, "#nav-sync[aria-current='page']").await?;
    report.push(("sync".to_owned(), run_axe(client, axe_source).await?));

    // Settings arrived late in the project: checked when the app has them.
    if client.find(Locator::Css("#nav-settings")).await.is_ok() {
        click(client, "#nav-settings").await?;
        wait_for(client, "#nav-settings[aria-current='page']").await?;
        report.push(("settings".to_owned(), run_axe(client, axe_source).await?));
    }

    // The decision register, with the demo's decisions listed.
    click(client, "#nav-register").await?;
    wait_for(client, "#nav-register[aria-current='page']").await?;
    wait_for(client, "#register-list article").await?;
    report.push(("decisions".to_owned(), run_axe(client, axe_source).await?));

    // The live meeting with an open poll and one ballot: the fullest screen of the app.
    open_meeting(client, DECEMBER_MEETING).await?;
    click(client, "#meeting-start").await?;
    wait_for(client, "#meeting-close").await?;
    let voting_rows = client
        .find_all(Locator::Css("#attendance-table tr[data-voting='true']"))
        .await?;
    let mut voting = Vec::new();
    for row in voting_rows {
        voting.push(
            row.attr("data-member-id")
                .await?
                .context("a member row's id")?,
        );
    }
    ensure!(voting.len() >= 5, "the demo's voting members: {voting:?}");
    for member_id in &voting[..5] {
        click(
            client,
            &format!("tr[data-member-id='{member_id}'] input[data-attendance='present']"),
        )
        .await?;
        wait_for(
            client,
            &format!("tr[data-member-id='{member_id}'][data-attendance='present']"),
        )
        .await?;
    }
    click(client, "#agenda-next").await?;
    wait_for(client, "#meeting-agenda li[data-current='true']").await?;
    click(client, "#poll-new").await?;
    wait_for(client, "#poll-question")
        .await?
        .send_keys("Skal punktet godkendes?")
        .await?;
    click(client, "#poll-open-submit").await?;
    let poll = wait_for(client, "article[data-poll-open='true']").await?;
    let poll_id = poll.attr("data-poll-id").await?.context("the poll's id")?;
    click(
        client,
        &format!(
            "tr[data-voter-id='{}'] button[data-ballot='yes']",
            voting[0]
        ),
    )
    .await?;
    wait_for_text(client, &format!("#poll-result-{poll_id}"), "1").await?;
    save_screenshot(client, "axe-live").await?;
    report.push((
        "live meeting, open poll".to_owned(),
        run_axe(client, axe_source).await?,
    ));

    // The shortcut overview over the live meeting (a modal dialog: axe checks only what is not inert).
    // Its opener sits just under the sticky controls bar, where WebDriver's click would land on
    // the bar (see e2e_live.rs): pressed from a script instead.
    client
        .execute(
            "document.getElementById('shortcut-help-open').click();",
            Vec::new(),
        )
        .await?;
    wait_for(client, "dialog#shortcut-help[open]").await?;
    report.push((
        "shortcut overview".to_owned(),
        run_axe(client, axe_source).await?,
    ));
    client
        .execute(
            "document.getElementById('shortcut-help-close').click();",
            Vec::new(),
        )
        .await?;

    // The projector window, showing the open poll's totals: a page of its own, so axe is injected
    // there too.
    let main_window = client.window().await?;
    client
        .execute(
            "document.getElementById('open-projector').click();",
            Vec::new(),
        )
        .await?;
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    let projector_window = loop {
        let windows = client.windows().await?;
        if let Some(window) = windows.into_iter().find(|window| *window != main_window) {
            break window;
        }
        ensure!(
            std::time::Instant::now() < deadline,
            "no projector window appeared"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    client.switch_to_window(projector_window).await?;
    wait_for(client, "#projector").await?;
    report.push(("projector".to_owned(), run_axe(client, axe_source).await?));
    client.switch_to_window(main_window).await?;

    // The closed September meeting: its minutes preview and signing.
    click(client, "#meeting-back").await?;
    open_meeting(client, SEPTEMBER_MEETING).await?;
    wait_for(client, "#minutes-document").await?;
    report.push(("minutes".to_owned(), run_axe(client, axe_source).await?));

    Ok(report)
}

async fn open_meeting(client: &Client, title: &str) -> anyhow::Result<()> {
    let button = format!(
        "//table[@id='meetings-table']//button[@data-meeting-id][normalize-space()='{title}']"
    );
    if client.find(Locator::Css("#meetings-table")).await.is_err() {
        click(client, "#nav-meetings").await?;
    }
    let button = client
        .wait()
        .at_most(UI_TIMEOUT)
        .for_element(Locator::XPath(&button))
        .await
        .with_context(|| format!("waiting for the meeting {title:?} in the list"))?;
    let meeting_id = button
        .attr("data-meeting-id")
        .await?
        .context("the meeting's id")?;
    button
        .click()
        .await
        .with_context(|| format!("opening {title:?}"))?;
    wait_for(
        client,
        &format!("#meeting-detail[data-meeting-id='{meeting_id}']"),
    )
    .await?;
    Ok(())
}

/// What axe said about one screen.
pub(crate) struct AxeResults {
    pub(crate) violations: Vec<Violation>,
    /// How many rules passed: a run that checked nothing must not count as clean.
    passed_rules: usize,
    /// Rules axe could not decide (such as contrast over a gradient), for a person to look at.
    needs_review: Vec<Violation>,
}

/// Injects axe-core once per page (the app is one page, so once) and runs it on the whole document.
pub(crate) async fn run_axe(client: &Client, axe_source: &str) -> anyhow::Result<AxeResults> {
    load_axe(client, axe_source).await?;
    // Contrast is measured on the final colours: the CSS transitions must have ended.
    crate::e2e::wait_until_settled(client).await?;
    let script = format!(
        "const done = arguments[arguments.length - 1];
         window.axe
           .run(document, {{ runOnly: {{ type: 'tag', values: {AXE_TAGS} }} }})
           .then((results) => done(JSON.stringify({{
             violations: results.violations,
             passed: results.passes.length,
             incomplete: results.incomplete,
           }})))
           .catch((error) => done(JSON.stringify({{ error: String(error) }})));"
    );
    let answer = client
        .execute_async(&script, Vec::new())
        .await
        .context("running axe-core in the app")?;
    let text = answer
        .as_str()
        .context("axe-core's answer is a JSON string")?;
    let answer: serde_json::Value =
        serde_json::from_str(text).with_context(|| format!("reading axe-core's answer: {text}"))?;
    if let Some(error) = answer.get("error") {
        bail!("axe-core failed: {error}");
    }
    let results = AxeResults {
        violations: answer["violations"]
            .as_array()
            .context("axe-core's violations are a list")?
            .iter()
            .map(Violation::from_axe)
            .collect(),
        passed_rules: answer["passed"].as_u64().unwrap_or(0) as usize,
        needs_review: answer["incomplete"]
            .as_array()
            .context("axe-core's undecided rules are a list")?
            .iter()
            .map(Violation::from_axe)
            .collect(),
    };
    ensure!(
        results.passed_rules >= 10,
        "axe-core passed only {} rules: did it check the page at all?",
        results.passed_rules
    );
    Ok(results)
}

/// Proves that the check can fail: a button without a name, added for a moment, must be reported.
async fn axe_reports_a_nameless_button(client: &Client, axe_source: &str) -> anyhow::Result<()> {
    client
        .execute(
            "const probe = document.createElement('button'); probe.id = 'axe-probe'; \
             document.querySelector('main').append(probe);",
            Vec::new(),
        )
        .await?;
    let results = run_axe(client, axe_source).await;
    client
        .execute(
            "document.getElementById('axe-probe')?.remove();",
            Vec::new(),
        )
        .await?;
    let results = results?;
    ensure!(
        results
            .violations
            .iter()
            .any(|violation| violation.id == "button-name"
                && violation
                    .targets
                    .iter()
                    .any(|target| target.contains("axe-probe"))),
        "axe-core did not report a button without a name; it found: {:?}",
        results.violations
    );
    Ok(())
}

async fn load_axe(client: &Client, axe_source: &str) -> anyhow::Result<()> {
    let loaded = client
        .execute("return typeof window.axe === 'object';", Vec::new())
        .await?;
    if loaded == serde_json::Value::Bool(true) {
        return Ok(());
    }
    client
        .execute(&format!("{axe_source}\nreturn true;"), Vec::new())
        .await
        .context("injecting axe-core into the app")?;
    let loaded = client
        .execute("return typeof window.axe?.run === 'function';", Vec::new())
        .await?;
    ensure!(
        loaded == serde_json::Value::Bool(true),
        "axe-core did not load into the app (window.axe.run is missing): did the CSP block it?"
    );
    Ok(())
}

pub(crate) fn describe(report: &[(String, AxeResults)]) -> String {
    let mut text = String::new();
    for (screen, results) in report {
        for violation in &results.violations {
            text.push_str(&format!(
                "- [{screen}] {} ({}): {}\n    {}\n",
                violation.id,
                violation.impact,
                violation.help,
                violation.targets.join("\n    ")
            ));
        }
    }
    text
}
