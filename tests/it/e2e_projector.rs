//! End-to-end: the chair opens the projector window from the live December meeting of the demo.
//! The projector shows the meeting's title and the quorum, has no controls and no member's
//! ballot, and follows the chair's window: marking a member present in the main window changes
//! the quorum on the projector; a named poll's live tally and, once closed, its result and rule
//! appear there as totals, never as who voted how. Runs the real desktop binary like e2e.rs, whose helpers it uses.

use anyhow::{Context, bail, ensure};
use fantoccini::{Client, Locator};

use crate::e2e::{
    EndToEndTools, TauriDriver, UI_TIMEOUT, explain_failure, save_screenshot, wait_for,
};
use crate::e2e_live::{click, wait_for_text};

const MEETING_TITLE: &str = "Styregruppemøde december 2026";
const QUESTION: &str = "Skal dagsordenen godkendes?";

#[tokio::test(flavor = "multi_thread")]
async fn projector_window_follows_the_chair() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");

    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = match show_the_meeting_on_the_projector(&client).await {
        Ok(()) => Ok(()),
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    drop(driver);
    outcome?;
    closed.context("closing the WebDriver session")?;
    Ok(())
}

async fn show_the_meeting_on_the_projector(client: &Client) -> anyhow::Result<()> {
    click(client, "#load-demo").await?;
    let open_meeting = format!(
        "//table[@id='meetings-table']//button[@data-meeting-id][normalize-space()='{MEETING_TITLE}']"
    );
    let link = client
        .wait()
        .at_most(UI_TIMEOUT)
        .for_element(Locator::XPath(&open_meeting))
        .await
        .with_context(|| format!("waiting for the meeting {MEETING_TITLE:?} in the list"))?;
    let meeting_id = link
        .attr("data-meeting-id")
        .await?
        .context("the meeting button has no data-meeting-id")?;
    link.click().await.context("opening the December meeting")?;
    wait_for(
        client,
        &format!("#meeting-detail[data-meeting-id='{meeting_id}']"),
    )
    .await?;
    click(client, "#meeting-start").await?;
    wait_for(client, "#meeting-status[data-status='open']").await?;
    wait_for(client, "#quorum[data-quorate='false']").await?;
    let chair_quorum = wait_for(client, "#quorum").await?.text().await?;

    // Open the projector and switch the WebDriver session to its window.
    let main_window = client.window().await.context("the main window's handle")?;
    click(client, "#open-projector").await?;
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    let projector_window = loop {
        let windows = client.windows().await.context("listing the windows")?;
        if let Some(window) = windows.into_iter().find(|window| *window != main_window) {
            break window;
        }
        if std::time::Instant::now() > deadline {
            bail!("no projector window appeared after clicking #open-projector");
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    client
        .switch_to_window(projector_window.clone())
        .await
        .context("switching to the projector window")?;

    wait_for(
        client,
        &format!("#projector[data-meeting-id='{meeting_id}']"),
    )
    .await?;
    wait_for_text(client, "#projector-title", MEETING_TITLE).await?;
    wait_for(client, "#projector-quorum[data-quorate='false']").await?;
    let projector_quorum = wait_for(client, "#projector-quorum").await?.text().await?;
    ensure!(
        same_text(&projector_quorum, &chair_quorum),
        "the projector's quorum {projector_quorum:?} should be the chair's {chair_quorum:?}"
    );
    assert_no_ballots_or_controls(client).await?;
    save_screenshot(client, "projector-1-opened").await?;

    // An attack from the projector page: asking for the whole meeting (with who voted how) or
    // writing to it is refused before any command runs; its own view still answers.
    for (command, arguments) in [
        (
            "show_meeting",
            serde_json::json!({ "meetingId": meeting_id.to_string() }),
        ),
        (
            "apply_commands",
            serde_json::json!({ "commands": [], "showing": null }),
        ),
    ] {
        let answer = client
            .execute_async(
                "const [command, args, done] = arguments; \
                 window.__TAURI_INTERNALS__.invoke(command, args) \
                   .then((value) => done({ ok: value })) \
                   .catch((error) => done({ refused: error }));",
                vec![serde_json::json!(command), arguments],
            )
            .await
            .with_context(|| format!("calling {command} from the projector window"))?;
        let message = answer["refused"]["message"].as_str().unwrap_or_default();
        ensure!(
            message == format!("Projektorvinduet må ikke kalde {command}."),
            "the projector window called {command}: {answer}"
        );
    }
    let own_view = client
        .execute_async(
            "const [id, done] = arguments; \
             window.__TAURI_INTERNALS__.invoke('projector_meeting', { meetingId: id }) \
               .then((value) => done(value.title)).catch((error) => done(String(error)));",
            vec![serde_json::json!(meeting_id.to_string())],
        )
        .await
        .context("calling projector_meeting from the projector window")?;
    ensure!(
        own_view == serde_json::json!(MEETING_TITLE),
        "the projector's own view: {own_view}"
    );

    // The chair marks the first voting member present; the projector's quorum follows.
    client
        .switch_to_window(main_window.clone())
        .await
        .context("switching back to the main window")?;
    let first_voter = wait_for(client, "#attendance-table tr[data-voting='true']")
        .await?
        .attr("data-member-id")
        .await?
        .context("the attendance row has no data-member-id")?;
    click(
        client,
        &format!("tr[data-member-id='{first_voter}'] input[data-attendance='present']"),
    )
    .await?;
    wait_for(
        client,
        &format!("tr[data-member-id='{first_voter}'][data-attendance='present']"),
    )
    .await?;
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    let changed_quorum = loop {
        let text = wait_for(client, "#quorum").await?.text().await?;
        if text != chair_quorum {
            break text;
        }
        if std::time::Instant::now() > deadline {
            bail!("the chair's quorum did not change: {text:?}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };

    client
        .switch_to_window(projector_window.clone())
        .await
        .context("switching to the projector window again")?;
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    loop {
        let text = wait_for(client, "#projector-quorum").await?.text().await?;
        if same_text(&text, &changed_quorum) {
            break;
        }
        if std::time::Instant::now() > deadline {
            bail!("the projector's quorum {text:?} did not follow the chair's {changed_quorum:?}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_no_ballots_or_controls(client).await?;
    save_screenshot(client, "projector-2-followed").await?;

    // A named poll: the chair's window lists who voted how, the projector only the totals.
    client
        .switch_to_window(main_window.clone())
        .await
        .context("switching back to the main window for the poll")?;
    let mut voters = Vec::new();
    for row in client
        .find_all(Locator::Css("#attendance-table tr[data-voting='true']"))
        .await?
    {
        voters.push(
            row.attr("data-member-id")
                .await?
                .context("the attendance row has no data-member-id")?,
        );
    }
    ensure!(voters.len() >= 5, "the demo has 9 voting members");
    for voter in &voters[1..5] {
        click(
            client,
            &format!("tr[data-member-id='{voter}'] input[data-attendance='present']"),
        )
        .await?;
        wait_for(
            client,
            &format!("tr[data-member-id='{voter}'][data-attendance='present']"),
        )
        .await?;
    }
    wait_for(client, "#quorum[data-quorate='true']").await?;
    click(client, "#agenda-next").await?;
    wait_for(client, "#meeting-agenda li[data-current='true']").await?;
    click(client, "#poll-new").await?;
    wait_for(client, "#poll-question")
        .await?
        .send_keys(QUESTION)
        .await
        .context("typing the question")?;
    click(client, "input[name='poll-kind'][value='yes_no']").await?;
    click(client, "input[name='poll-secret'][data-secret='false']").await?;
    click(client, "#poll-open-submit").await?;
    let poll_id = wait_for(client, "article[data-poll-open='true']")
        .await?
        .attr("data-poll-id")
        .await?
        .context("the open poll has no data-poll-id")?;
    let open_poll = format!("article[data-poll-id='{poll_id}'][data-poll-open='true']");
    for (index, voter) in voters[..5].iter().enumerate() {
        let key = if index == 1 { "no" } else { "yes" };
        let button = format!("{open_poll} tr[data-voter-id='{voter}'] button[data-ballot='{key}']");
        click(client, &button).await?;
        wait_for(client, &format!("{button}[aria-pressed='true']")).await?;
    }
    wait_for_text(
        client,
        &format!("[data-poll-summary='{poll_id}']"),
        "Vedtaget: 4 for, 1 imod",
    )
    .await?;

    client
        .switch_to_window(projector_window.clone())
        .await
        .context("switching to the projector for the open poll")?;
    wait_for(
        client,
        &format!("#projector-poll[data-poll-id='{poll_id}'][data-poll-open='true']"),
    )
    .await?;
    wait_for_text(client, "#projector-poll h2", QUESTION).await?;
    // Voting in progress: the question and how many have voted, and no result yet.
    wait_for_text(
        client,
        "#projector-progress[data-cast='5'][data-eligible='5']",
        "5 af 5 har stemt",
    )
    .await?;
    for css in [
        "#projector-summary",
        "#projector-poll [data-tally]",
        "#projector-rule",
    ] {
        ensure!(
            client.find_all(Locator::Css(css)).await?.is_empty(),
            "the projector shows {css} while the poll is still open"
        );
    }
    assert_no_ballots_or_controls(client).await?;
    assert_fits_the_window(client).await?;
    save_screenshot(client, "projector-3-open-poll").await?;

    // The chair closes the poll: the projector shows the result and the rule applied.
    client
        .switch_to_window(main_window.clone())
        .await
        .context("switching back to close the poll")?;
    click(client, &format!("button[data-close-poll='{poll_id}']")).await?;
    wait_for(
        client,
        &format!("article[data-poll-id='{poll_id}'][data-poll-open='false']"),
    )
    .await?;
    client
        .switch_to_window(projector_window)
        .await
        .context("switching to the projector for the closed poll")?;
    wait_for(
        client,
        &format!("#projector-poll[data-poll-id='{poll_id}'][data-poll-open='false']"),
    )
    .await?;
    wait_for_text(client, "#projector-summary", "Vedtaget: 4 for, 1 imod").await?;
    wait_for(client, "#projector-poll [data-tally='4,1,0']").await?;
    // The figures' labels in the app's language too (they once stayed English on a Danish
    // projector: computed before its language was known).
    wait_for_text(client, "#projector-poll .tally", "Imod").await?;
    wait_for_text(client, "#projector-poll .tally", "Undlader").await?;
    wait_for(client, "#projector-rule").await?;
    ensure!(
        client
            .find_all(Locator::Css("#projector-progress"))
            .await?
            .is_empty(),
        "the closed poll's result still shows the voting progress"
    );
    assert_no_ballots_or_controls(client).await?;
    assert_fits_the_window(client).await?;
    save_screenshot(client, "projector-4-closed-poll").await?;

    client
        .switch_to_window(main_window)
        .await
        .context("switching back to the main window at the end")?;
    save_screenshot(client, "projector-5-chair").await?;
    Ok(())
}

/// The projector window at a 1024×768 projector's size shows all of its text: nothing runs past
/// the window's right or bottom edge, where nobody in the room could scroll to it.
async fn assert_fits_the_window(client: &Client) -> anyhow::Result<()> {
    client
        .set_window_size(1024, 768)
        .await
        .context("making the projector window 1024×768")?;
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    loop {
        let size = client
            .execute(
                "const page = document.documentElement;
                 return [window.innerWidth, window.innerHeight, page.scrollWidth, page.scrollHeight];",
                Vec::new(),
            )
            .await
            .context("measuring the projector page")?;
        let [width, height, content_width, content_height]: [u64; 4] =
            serde_json::from_value(size.clone()).with_context(|| format!("the sizes {size}"))?;
        if width <= 1024 && content_width <= width && content_height <= height {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            bail!(
                "at 1024×768 the projector's content is {content_width}×{content_height} in a {width}×{height} window"
            );
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// The projector shows totals only: no element naming a voter or a member, no table, no control.
async fn assert_no_ballots_or_controls(client: &Client) -> anyhow::Result<()> {
    for css in [
        "[data-voter-id]",
        "[data-member-id]",
        "table",
        "button",
        "input",
        "select",
        "textarea",
    ] {
        let found = client.find_all(Locator::Css(css)).await?;
        ensure!(
            found.is_empty(),
            "the projector shows {} × {css}",
            found.len()
        );
    }
    Ok(())
}

/// The quorum's text without the check mark and line breaks the two windows lay out differently.
fn same_text(a: &str, b: &str) -> bool {
    let words = |text: &str| {
        text.split_whitespace()
            .filter(|word| !matches!(*word, "✓" | "!"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    words(a) == words(b)
}
