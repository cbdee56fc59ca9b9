//! End-to-end: the chair runs the demo's planned December meeting in the real desktop app — starts
//! it, marks attendance with a proxy, opens a named yes/no poll, clicks every voter's ballot
//! (including the one cast by proxy), closes the poll, records the decision and closes the
//! meeting — and then the database file holds exactly what was clicked. Runs the real desktop
//! binary like e2e.rs (whose helpers it uses); needs Xvfb and a built app in the same way.
//!
//! The meeting screen's controls bar sticks to the top of the window. WebKitWebDriver scrolls an
//! element that is above the window to its top edge, under the bar, where the click is
//! intercepted; so the steps go down the page in order, as the chair does.

use std::collections::BTreeMap;

use anyhow::{Context, bail, ensure};
use fantoccini::{Client, Locator};
use gavel_core::rules::{Attendance, Ballot, PollOutcome};
use gavel_core::{DecisionOutcome, MeetingStatus, Store, StoreOptions};
use uuid::Uuid;

use crate::e2e::{
    EndToEndTools, TauriDriver, UI_TIMEOUT, explain_failure, save_screenshot, wait_for,
};

const MEETING_TITLE: &str = "Styregruppemøde december 2026";
const QUESTION: &str = "Skal dagsordenen godkendes?";
const DECISION_TEXT: &str = "Dagsordenen er godkendt.";

/// What the chair clicked, to be compared with what the database holds afterwards.
struct Clicked {
    meeting_id: Uuid,
    first_agenda_item_id: Uuid,
    attendance: BTreeMap<Uuid, Attendance>,
    /// The absent member and the present member holding their proxy.
    proxy: (Uuid, Uuid),
    ballots: BTreeMap<Uuid, Ballot>,
}

#[tokio::test(flavor = "multi_thread")]
async fn chair_runs_a_meeting_in_the_desktop_app() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");

    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = run_the_december_meeting(&client).await;
    let outcome = match outcome {
        Ok(clicked) => Ok(clicked),
        // The step that failed first, then what the chair would have seen and what the app said.
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    drop(driver);
    let clicked = outcome?;
    closed.context("closing the WebDriver session")?;

    let store = Store::open(
        &gavel_core::practice_database_path(&database),
        StoreOptions::new("e2e check"),
    )?;
    let meeting = store.meeting(clicked.meeting_id)?;
    assert_eq!(meeting.meeting.status, MeetingStatus::Closed);
    assert_eq!(
        meeting.meeting.current_agenda_item_id,
        Some(clicked.first_agenda_item_id)
    );

    for (member_id, expected) in &clicked.attendance {
        let member = meeting
            .attendance
            .iter()
            .find(|member| member.member_id == *member_id)
            .with_context(|| format!("member {member_id} on the roll"))?;
        assert_eq!(
            member.attendance, *expected,
            "attendance of {}",
            member.name
        );
    }
    let (absent_id, holder_id) = clicked.proxy;
    let absent = meeting
        .attendance
        .iter()
        .find(|member| member.member_id == absent_id)
        .context("the absent member on the roll")?;
    assert_eq!(absent.attendance, Attendance::Absent);
    assert_eq!(absent.proxy_holder_id, Some(holder_id));

    assert_eq!(meeting.polls.len(), 1, "polls: {:#?}", meeting.polls);
    let poll = &meeting.polls[0];
    assert_eq!(poll.question, QUESTION);
    assert!(!poll.is_open, "the poll is closed");
    assert!(!poll.secret);
    let result = poll.result.as_ref().context("a closed poll has a result")?;
    assert_eq!(result.outcome, PollOutcome::Carried);
    let expected_tally = [Ballot::Yes, Ballot::No, Ballot::Abstain].map(|answer| {
        u32::try_from(
            clicked
                .ballots
                .values()
                .filter(|ballot| **ballot == answer)
                .count(),
        )
        .expect("a handful of ballots")
    });
    assert_eq!(result.tally, expected_tally);
    assert_eq!(result.tally, [5, 1, 1]);
    let stored_ballots: BTreeMap<Uuid, Ballot> = poll
        .ballots
        .iter()
        .map(|ballot| (ballot.member_id, ballot.ballot.clone()))
        .collect();
    assert_eq!(stored_ballots, clicked.ballots);
    let proxy_ballot = poll
        .ballots
        .iter()
        .find(|ballot| ballot.member_id == absent_id)
        .context("the absent member's ballot")?;
    assert_eq!(
        proxy_ballot.cast_by_id, holder_id,
        "the proxy holder cast it"
    );

    assert_eq!(
        meeting.decisions.len(),
        1,
        "decisions: {:#?}",
        meeting.decisions
    );
    let decision = &meeting.decisions[0];
    assert_eq!(decision.outcome, DecisionOutcome::Approved);
    assert_eq!(decision.text, DECISION_TEXT);
    assert_eq!(decision.poll_id, Some(poll.id));
    assert_eq!(decision.agenda_item_id, Some(clicked.first_agenda_item_id));
    Ok(())
}

/// The chair's path through the live-meeting screen. Returns what was clicked.
async fn run_the_december_meeting(client: &Client) -> anyhow::Result<Clicked> {
    click(client, "#load-demo").await?;

    // The demo has a finished September meeting and this planned one.
    let open_meeting = format!(
        "//table[@id='meetings-table']//button[@data-meeting-id][normalize-space()='{MEETING_TITLE}']"
    );
    let link = client
        .wait()
        .at_most(UI_TIMEOUT)
        .for_element(Locator::XPath(&open_meeting))
        .await
        .with_context(|| format!("waiting for the meeting {MEETING_TITLE:?} in the list"))?;
    let meeting_id = uuid_attr(&link, "data-meeting-id").await?;
    link.click().await.context("opening the December meeting")?;
    wait_for(
        client,
        &format!("#meeting-detail[data-meeting-id='{meeting_id}']"),
    )
    .await?;
    wait_for(client, "#meeting-status[data-status='draft']").await?;
    // No alarm before anything happened: a draft says the quorum is measured at the start.
    wait_for_text(
        client,
        "#quorum[data-quorate='pending']",
        "Beslutningsdygtigheden måles, når mødet starter.",
    )
    .await?;
    save_screenshot(client, "live-1-draft").await?;

    click(client, "#meeting-start").await?;
    wait_for(client, "#meeting-status[data-status='open']").await?;
    wait_for(client, "#meeting-close").await?;

    // Attendance: the voting members in the table's (name) order. Six present, one absent who
    // gives their proxy to the first present member, two excused.
    let mut voting = Vec::new();
    for row in client
        .find_all(Locator::Css("#attendance-table tr[data-voting='true']"))
        .await?
    {
        voting.push(uuid_attr(&row, "data-member-id").await?);
    }
    if voting.len() < 9 {
        bail!(
            "expected the demo's 9 voting members, found {}",
            voting.len()
        );
    }
    let mut attendance = BTreeMap::new();
    for (index, member_id) in voting.iter().enumerate() {
        let state = match index {
            6 => Attendance::Absent,
            7 | 8 => Attendance::Excused,
            _ => Attendance::Present,
        };
        let value = attendance_value(state);
        click(
            client,
            &format!("tr[data-member-id='{member_id}'] input[data-attendance='{value}']"),
        )
        .await?;
        wait_for(
            client,
            &format!("tr[data-member-id='{member_id}'][data-attendance='{value}']"),
        )
        .await?;
        attendance.insert(*member_id, state);
    }
    let (absent_id, holder_id) = (voting[6], voting[0]);
    wait_for(client, &format!("select[data-proxy-for='{absent_id}']"))
        .await?
        .select_by_value(&holder_id.to_string())
        .await
        .context("choosing the proxy holder")?;
    wait_for(
        client,
        &format!("tr[data-member-id='{absent_id}'][data-proxy-holder='{holder_id}']"),
    )
    .await?;
    wait_for(client, "#quorum[data-quorate='true']").await?;
    let quorum = wait_for(client, "#quorum").await?.text().await?;
    ensure!(
        quorum.contains(
            "Beslutningsdygtig: 7 af 9 stemmeberettigede til stede (heraf 1 ved fuldmagt)"
        ),
        "the quorum should count 6 present and 1 by proxy, it says: {quorum}"
    );
    scroll_to(client, "#attendance").await?;
    save_screenshot(client, "live-2-attendance").await?;

    // The first agenda item becomes current.
    click(client, "#agenda-next").await?;
    let current = wait_for(client, "#meeting-agenda li[data-current='true']").await?;
    let first_agenda_item_id = uuid_attr(&current, "data-agenda-item-id").await?;

    // A named yes/no poll (the form's defaults), under the current item. Clicked once the page
    // has settled: a full run under load once lost the click while the changed agenda was drawn.
    crate::e2e::wait_until_settled(client).await?;
    click(client, "#poll-new").await?;
    wait_for(client, "#poll-question")
        .await?
        .send_keys(QUESTION)
        .await
        .context("typing the question")?;
    click(client, "input[name='poll-kind'][value='yes_no']").await?;
    click(client, "input[name='poll-secret'][data-secret='false']").await?;
    scroll_to(client, "#new-poll-form").await?;
    save_screenshot(client, "live-3-new-poll").await?;
    click(client, "#poll-open-submit").await?;
    let poll = wait_for(client, "article[data-poll-open='true']").await?;
    let poll_id = uuid_attr(&poll, "data-poll-id").await?;
    let open_poll = format!("article[data-poll-id='{poll_id}'][data-poll-open='true']");

    // Every voter who may vote: the six present and the absent member through the proxy.
    let mut voters = Vec::new();
    for row in client
        .find_all(Locator::Css(&format!("{open_poll} tr[data-voter-id]")))
        .await?
    {
        voters.push(uuid_attr(&row, "data-voter-id").await?);
    }
    ensure!(
        voters == voting[..7],
        "the ballot table should list the present members and the absent one with a proxy, in name order"
    );
    let holder_name = wait_for(
        client,
        &format!("{open_poll} tr[data-voter-id='{absent_id}'] [data-proxy-holder-name]"),
    )
    .await?
    .text()
    .await?;
    ensure!(
        holder_name.starts_with("ved fuldmagt: "),
        "the proxy row should say who casts the ballot, it says {holder_name:?}"
    );

    let mut ballots = BTreeMap::new();
    for (index, voter) in voters.iter().enumerate() {
        let (ballot, key) = match index {
            1 => (Ballot::No, "no"),
            2 => (Ballot::Abstain, "abstain"),
            _ => (Ballot::Yes, "yes"),
        };
        let button = format!("{open_poll} tr[data-voter-id='{voter}'] button[data-ballot='{key}']");
        click(client, &button).await?;
        wait_for(client, &format!("{button}[aria-pressed='true']")).await?;
        ballots.insert(*voter, ballot);
    }
    let summary = format!("{open_poll} [data-poll-summary='{poll_id}']");
    wait_for_text(client, &summary, "Vedtaget: 5 for, 1 imod, 1 undlod.").await?;

    // Undo says what it takes back, before and after: the last ballot, which is then cast again.
    let last_voter = *voters.last().context("the poll has voters")?;
    let last_name = wait_for(
        client,
        &format!("#attendance-table tr[data-member-id='{last_voter}'] .member-name"),
    )
    .await?
    .text()
    .await?;
    let undo_label = wait_for(client, "#meeting-undo")
        .await?
        .attr("data-undo")
        .await?;
    ensure!(
        undo_label.as_deref() == Some(&format!("stemme fra {last_name}")),
        "the undo button should say it takes back {last_name}'s ballot, it says {undo_label:?}"
    );
    click(client, "#meeting-undo").await?;
    wait_for_text(
        client,
        "#meeting-controls .notice",
        &format!("Fortrudt: stemme fra {last_name}"),
    )
    .await?;
    let last_button =
        format!("{open_poll} tr[data-voter-id='{last_voter}'] button[data-ballot='yes']");
    wait_for(client, &format!("{last_button}[aria-pressed='false']")).await?;
    click(client, &last_button).await?;
    wait_for(client, &format!("{last_button}[aria-pressed='true']")).await?;
    wait_for_text(client, &summary, "Vedtaget: 5 for, 1 imod, 1 undlod.").await?;
    scroll_to(client, &format!("#poll-heading-{poll_id}")).await?;
    save_screenshot(client, "live-4-ballots").await?;

    click(client, &format!("button[data-close-poll='{poll_id}']")).await?;
    wait_for(
        client,
        &format!("article[data-poll-id='{poll_id}'][data-poll-open='false']"),
    )
    .await?;
    wait_for_text(
        client,
        &format!("[data-poll-summary='{poll_id}']"),
        "Vedtaget: 5 for, 1 imod, 1 undlod.",
    )
    .await?;
    save_screenshot(client, "live-5-poll-closed").await?;

    // The decision: approved, linked to the poll (and to the current item by default).
    click(client, "input[name='decision-outcome'][value='approved']").await?;
    wait_for(client, "#decision-text")
        .await?
        .send_keys(DECISION_TEXT)
        .await
        .context("typing the decision")?;
    wait_for(client, "#decision-poll")
        .await?
        .select_by_value(&poll_id.to_string())
        .await
        .context("linking the decision to the poll")?;
    scroll_to(client, "#decision-form").await?;
    save_screenshot(client, "live-6-decision-form").await?;
    click(client, "#decision-submit").await?;
    wait_for(
        client,
        &format!("#decision-list li[data-outcome='approved'][data-poll-id='{poll_id}']"),
    )
    .await?;
    scroll_to(client, "#decisions").await?;
    save_screenshot(client, "live-7-decision").await?;

    // The section links move the page to their section, its heading just below the sticky bar,
    // and focus to that heading; the sticky bar names the current agenda item.
    for section in ["action-items", "attendance"] {
        click(client, &format!("a[data-section-link='{section}']")).await?;
        wait_for_section_below_the_bar(client, section).await?;
    }
    let current = wait_for(client, "#controls-current-item").await?;
    ensure!(
        uuid_attr(&current, "data-agenda-item-id").await? == first_agenda_item_id,
        "the sticky bar should name the current agenda item"
    );

    // "Afslut mødet" asks first and lists what is unfinished: every agenda item but the one
    // decided, and nothing about the poll, which is closed.
    click(client, "#meeting-close").await?;
    wait_for(client, "dialog#close-meeting-dialog[open]").await?;
    let listed = client
        .find_all(Locator::Css(
            "#close-meeting-agenda-items li[data-agenda-item-id]",
        ))
        .await
        .context("the unfinished agenda items")?;
    let mut listed_ids = Vec::new();
    for item in &listed {
        listed_ids.push(uuid_attr(item, "data-agenda-item-id").await?);
    }
    ensure!(
        !listed_ids.is_empty() && !listed_ids.contains(&first_agenda_item_id),
        "the confirmation should list the undecided items and not the decided one {first_agenda_item_id}: {listed_ids:?}"
    );
    ensure!(
        client
            .find_all(Locator::Css("#close-meeting-open-polls"))
            .await?
            .is_empty(),
        "no poll is open, yet the confirmation says one is"
    );
    save_screenshot(client, "live-8-confirm-close").await?;
    click(client, "#close-meeting-dialog-confirm").await?;
    wait_for(client, "#meeting-status[data-status='closed']").await?;
    client
        .execute("window.scrollTo(0, 0);", Vec::new())
        .await
        .context("scrolling to the top")?;
    save_screenshot(client, "live-9-closed").await?;

    Ok(Clicked {
        meeting_id,
        first_agenda_item_id,
        attendance,
        proxy: (absent_id, holder_id),
        ballots,
    })
}

pub(crate) fn attendance_value(attendance: Attendance) -> &'static str {
    match attendance {
        Attendance::Unknown => "unknown",
        Attendance::Present => "present",
        Attendance::Absent => "absent",
        Attendance::Excused => "excused",
        Attendance::Left => "left",
    }
}

/// Waits until the section's heading is in view, not under the sticky controls bar, and has focus.
async fn wait_for_section_below_the_bar(client: &Client, section: &str) -> anyhow::Result<()> {
    let script = format!(
        "const bar = document.getElementById('meeting-controls').getBoundingClientRect();
         const heading = document.getElementById('{section}-heading');
         const box = heading.getBoundingClientRect();
         return [box.top >= bar.bottom && box.bottom <= window.innerHeight,
                 document.activeElement === heading, box.top, bar.bottom, window.scrollY];"
    );
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    loop {
        let answer = client
            .execute(&script, Vec::new())
            .await
            .with_context(|| format!("measuring the section {section}"))?;
        if answer[0] == serde_json::json!(true) && answer[1] == serde_json::json!(true) {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            bail!(
                "after its link, the section {section} is not just below the bar with focus on its heading: {answer}"
            );
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

pub(crate) async fn click(client: &Client, css: &str) -> anyhow::Result<()> {
    let element = wait_until_clickable(client, css).await?;
    element
        .click()
        .await
        .with_context(|| format!("clicking {css}"))
}

/// The element `css` names once a click at its centre reaches it and it stands where it stood a
/// moment before. It is put in the middle of the window first: WebKit's driver scrolls an element
/// only just into view, which at the top is under the meeting's sticky controls bar. And WebKit's
/// driver clicks at a point without checking what is there: under load a click sent while the
/// page still moved (a notice appearing, a list re-rendered) landed on something else and was
/// lost without an error. The element is found again each time, since a re-render replaces it.
/// A click on its label reaches a form control too. Something that covers it for good is
/// reported. A window behind another (the projector's)
/// answers no element at any point: there only its standing still is waited for.
async fn wait_until_clickable(
    client: &Client,
    css: &str,
) -> anyhow::Result<fantoccini::elements::Element> {
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    let mut last_place: Option<serde_json::Value> = None;
    loop {
        let element = wait_for(client, css).await?;
        let answer = client
            .execute(
                "const element = arguments[0]; \
                 element.scrollIntoView({ block: 'center', inline: 'nearest' }); \
                 const box = element.getBoundingClientRect(); \
                 const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2); \
                 const label = hit === null ? null : hit.closest('label'); \
                 const reached = hit === null || hit === element || element.contains(hit) \
                   || (label !== null && label.control === element); \
                 return { reached, place: [box.left, box.top, box.width, box.height], \
                          hit: hit === null ? null : hit.outerHTML.slice(0, 200) };",
                vec![serde_json::to_value(&element)?],
            )
            .await;
        let (reached, place, hit) = match answer {
            Ok(answer) => (
                answer.get("reached") == Some(&serde_json::Value::Bool(true)),
                answer.get("place").cloned(),
                answer.get("hit").cloned().unwrap_or_default().to_string(),
            ),
            // Replaced between finding it and asking: find it again.
            Err(error) => (false, None, format!("<{error}>")),
        };
        if reached && place.is_some() && place == last_place {
            return Ok(element);
        }
        if std::time::Instant::now() > deadline {
            bail!("a click on {css} would reach something else: {hit}");
        }
        last_place = place;
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

pub(crate) async fn uuid_attr(
    element: &fantoccini::elements::Element,
    name: &str,
) -> anyhow::Result<Uuid> {
    let value = element
        .attr(name)
        .await?
        .with_context(|| format!("the element has no {name} attribute"))?;
    Uuid::parse_str(&value).with_context(|| format!("{name}={value:?} is not a UUID"))
}

/// Waits until the element's text contains `expected` (the UI reloads the meeting after a click).
pub(crate) async fn wait_for_text(
    client: &Client,
    css: &str,
    expected: &str,
) -> anyhow::Result<()> {
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    loop {
        let text = wait_for(client, css)
            .await?
            .text()
            .await
            .unwrap_or_default();
        if text.contains(expected) {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            bail!("waited for {css} to say {expected:?}; it says {text:?}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Scrolls the element to the top of the window, just below the meeting's sticky controls bar,
/// for a screenshot of that part of the screen.
pub(crate) async fn scroll_to(client: &Client, css: &str) -> anyhow::Result<()> {
    let element = wait_for(client, css).await?;
    let element = serde_json::to_value(&element)?;
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
