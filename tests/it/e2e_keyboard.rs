//! End-to-end: the chair runs the demo's December meeting with the keyboard only — loads the demo,
//! opens the meeting, starts it, takes attendance, moves through the agenda (Alt+↓/Alt+↑), opens
//! and records two polls (O, then J/N/U, digits and the arrow keys in the ballot table, L to close),
//! records a decision (B, Ctrl+Enter) and an action item (Esc out of the text field, H, Enter),
//! undoes a second action item (Ctrl+Z), looks at the shortcut overview (?) and closes the meeting. Then the database, read
//! through gavel-core, holds exactly what was typed.
//!
//! No mouse events and no element clicks: every step is a WebDriver key action on whatever has
//! focus (Perform Actions), or text typed into the focused field (Element Send Keys on the active
//! element). The test reads the page (which element has focus, what a row says) only to know when
//! the app has answered and to check that focus is never lost: after every action focus is on a
//! visible element, never on <body>. A second, shorter run in English checks that language's own
//! letters (Y/N/A, C, D, T). Runs like e2e_live.rs (Xvfb, tauri-driver, the built app).

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use anyhow::{Context, bail, ensure};
use fantoccini::Client;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use gavel_core::rules::{Attendance, Ballot, PollOutcome};
use gavel_core::{DecisionOutcome, MeetingStatus, Store, StoreOptions};
use uuid::Uuid;

use crate::e2e::{EndToEndTools, TauriDriver, UI_TIMEOUT, save_screenshot, visible_text, wait_for};

const MEETING_TITLE: &str = "Styregruppemøde december 2026";
const FIRST_QUESTION: &str = "Skal dagsordenen godkendes?";
const SECOND_QUESTION: &str = "Skal mødet flyttes til Århus?";
const DECISION_TEXT: &str = "Mødet flyttes ikke; næste møde holdes i Odense.";
const ACTION_TEXT: &str = "Sekretæren sender referatet til økonomiudvalget.";
const UNDONE_ACTION_TEXT: &str = "Dette punkt fortrydes igen.";
/// The most Tab presses to reach a control: the live-meeting page has a few hundred stops at most.
const MAX_TABS: usize = 250;

/// What the chair typed, to compare with the database afterwards.
struct Typed {
    meeting_id: Uuid,
    attendance: BTreeMap<Uuid, Attendance>,
    /// Per poll, in order: its id and the ballots recorded.
    polls: Vec<(Uuid, BTreeMap<Uuid, Ballot>)>,
    /// The agenda item that was current when the meeting closed.
    current_agenda_item_id: Uuid,
}

#[tokio::test(flavor = "multi_thread")]
async fn chair_runs_a_whole_meeting_with_the_keyboard_only() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");

    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = run_the_meeting_by_keyboard(&client).await;
    let outcome = match outcome {
        Ok(typed) => Ok(typed),
        Err(error) => Err(anyhow::anyhow!(
            "{error:#}\n\nFocus was on: {}\n\nThe window showed:\n{}\n\ntauri-driver and app output:\n{}",
            describe_focus(&client).await.unwrap_or_default(),
            visible_text(&client).await,
            driver.log_tail(),
        )),
    };
    let closed = client.close().await;
    drop(driver);
    let typed = outcome?;
    closed.context("closing the WebDriver session")?;

    let store = Store::open(
        &gavel_core::practice_database_path(&database),
        StoreOptions::new("e2e check"),
    )?;
    let meeting = store.meeting(typed.meeting_id)?;
    assert_eq!(meeting.meeting.status, MeetingStatus::Closed);
    assert_eq!(
        meeting.meeting.current_agenda_item_id,
        Some(typed.current_agenda_item_id)
    );
    for (member_id, expected) in &typed.attendance {
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

    assert_eq!(meeting.polls.len(), 2, "polls: {:#?}", meeting.polls);
    let expected = [
        (FIRST_QUESTION, PollOutcome::Carried, [4, 1, 1]),
        (SECOND_QUESTION, PollOutcome::NotCarried, [1, 4, 1]),
    ];
    for ((poll_id, ballots), (question, outcome, tally)) in typed.polls.iter().zip(expected) {
        let poll = meeting
            .polls
            .iter()
            .find(|poll| poll.id == *poll_id)
            .with_context(|| format!("poll {question:?} in the database"))?;
        assert_eq!(poll.question, question);
        assert!(!poll.is_open, "{question:?} is closed");
        let result = poll.result.as_ref().context("a closed poll has a result")?;
        assert_eq!(result.outcome, outcome, "{question:?}");
        assert_eq!(result.tally, tally, "{question:?}");
        let stored: BTreeMap<Uuid, Ballot> = poll
            .ballots
            .iter()
            .map(|ballot| (ballot.member_id, ballot.ballot.clone()))
            .collect();
        assert_eq!(&stored, ballots, "{question:?}: the ballots typed");
    }

    assert_eq!(
        meeting.decisions.len(),
        1,
        "decisions: {:#?}",
        meeting.decisions
    );
    let decision = &meeting.decisions[0];
    assert_eq!(decision.outcome, DecisionOutcome::Rejected);
    assert_eq!(decision.text, DECISION_TEXT);
    assert_eq!(
        decision.poll_id,
        Some(typed.polls[1].0),
        "the decision names the poll just closed"
    );

    let action_texts: Vec<&str> = meeting
        .action_items
        .iter()
        .map(|item| item.text.as_str())
        .collect();
    assert_eq!(
        action_texts,
        [ACTION_TEXT],
        "the second action item was undone"
    );
    Ok(())
}

/// The English letters: the overview shows them, and they do what it says (O, Y/N/A, C, D, T);
/// and Ctrl+Z after closing a poll reopens it, then takes back its last ballot, focus kept.
#[tokio::test(flavor = "multi_thread")]
async fn the_english_shortcut_letters_work_in_an_english_app() -> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");
    let english = std::path::Path::new("en");
    let driver = TauriDriver::start_with_env(
        &tools,
        data_dir.path(),
        &database,
        &[("GAVEL_LANG", english)],
    )?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = english_poll_by_keyboard(&client).await;
    let outcome = match outcome {
        Ok(ids) => Ok(ids),
        Err(error) => Err(anyhow::anyhow!(
            "{error:#}\n\nFocus was on: {}\n\nThe window showed:\n{}\n\ntauri-driver and app output:\n{}",
            describe_focus(&client).await.unwrap_or_default(),
            visible_text(&client).await,
            driver.log_tail(),
        )),
    };
    let closed = client.close().await;
    drop(driver);
    let (meeting_id, poll_id) = outcome?;
    closed.context("closing the WebDriver session")?;

    let store = Store::open(
        &gavel_core::practice_database_path(&database),
        StoreOptions::new("e2e check"),
    )?;
    let meeting = store.meeting(meeting_id)?;
    let poll = meeting
        .polls
        .iter()
        .find(|poll| poll.id == poll_id)
        .context("the poll opened with O")?;
    assert!(!poll.is_open, "C closed the poll");
    let result = poll.result.as_ref().context("a closed poll has a result")?;
    assert_eq!(result.tally, [2, 1, 1], "Y, N, A, Y, Y and the last undone");
    Ok(())
}

async fn english_poll_by_keyboard(client: &Client) -> anyhow::Result<(Uuid, Uuid)> {
    wait_for(client, "#load-demo").await?;
    tab_to(client, "#load-demo").await?;
    press(client, Key::Enter).await?;
    let meeting_id = Uuid::parse_str(&find_meeting_button(client, MEETING_TITLE).await?)?;
    tab_to(client, &format!("button[data-meeting-id='{meeting_id}']")).await?;
    press(client, Key::Enter).await?;
    wait_for_focus(client, "#meeting-heading").await?;
    tab_to(client, "#meeting-start").await?;
    press(client, Key::Enter).await?;
    wait_for_focus(client, "#meeting-close").await?;
    let voting = attribute_values(
        client,
        "#attendance-table tr[data-voting='true']",
        "data-member-id",
    )
    .await?;
    ensure!(voting.len() >= 5, "the demo's voting members: {voting:?}");
    for member_id in &voting[..5] {
        let row = format!("tr[data-member-id='{member_id}']");
        tab_to(client, &format!("{row} input[type='radio']")).await?;
        press(client, Key::Space).await?;
        wait_for(client, &format!("{row}[data-attendance='present']")).await?;
    }
    wait_for(client, "#quorum[data-quorate='true']").await?;

    // The overview names the English letters.
    press(client, '?').await?;
    for (row, key) in [
        ("shortcut-closePoll", "C"),
        ("shortcut-newDecision", "D"),
        ("shortcut-newActionItem", "T"),
        ("shortcut-ballotLetters", "Y / N / A"),
    ] {
        let shown = wait_for(
            client,
            &format!("dialog[open] tr[data-shortcut='{row}'] kbd"),
        )
        .await?
        .text()
        .await?;
        ensure!(
            shown == key,
            "the overview shows {shown:?} for {row}, not {key:?}"
        );
    }
    press(client, Key::Escape).await?;
    wait_for_gone(client, "dialog#shortcut-help[open]").await?;

    let poll_id = open_poll(client, "Shall the meeting adjourn?").await?;
    for (voter, (letter, kind)) in voting[..5].iter().zip([
        ('y', "yes"),
        ('n', "no"),
        ('a', "abstain"),
        ('y', "yes"),
        ('y', "yes"),
    ]) {
        press(client, letter).await?;
        wait_for(
            client,
            &format!(
                "[data-poll-id='{poll_id}'] tr[data-voter-id='{voter}'][data-ballot-cast='{kind}']"
            ),
        )
        .await?;
    }
    wait_for_focus(client, &format!("#poll-close-{poll_id}")).await?;
    press(client, 'c').await?;
    wait_for(
        client,
        &format!("article[data-poll-id='{poll_id}'][data-poll-open='false']"),
    )
    .await?;
    wait_for_focus(client, &format!("#poll-heading-{poll_id}")).await?;
    // Ctrl+Z twice: the poll opens again (focus stays on its heading, now the open poll's), then
    // the last ballot goes (focus stays); C closes it again.
    chord(client, Key::Control, 'z').await?;
    wait_for(
        client,
        &format!("article[data-poll-id='{poll_id}'][data-poll-open='true']"),
    )
    .await?;
    wait_for_focus(client, &format!("#poll-heading-{poll_id}")).await?;
    chord(client, Key::Control, 'z').await?;
    wait_for(
        client,
        &format!(
            "[data-poll-id='{poll_id}'] tr[data-voter-id='{}'][data-ballot-cast='']",
            voting[4]
        ),
    )
    .await?;
    ensure_focus_kept(client).await?;
    press(client, 'c').await?;
    wait_for(
        client,
        &format!("article[data-poll-id='{poll_id}'][data-poll-open='false']"),
    )
    .await?;
    press(client, 'd').await?;
    wait_for_focus(client, "#decision-text").await?;
    press(client, Key::Escape).await?;
    wait_for_focus(client, "#decision-submit").await?;
    press(client, 't').await?;
    wait_for_focus(client, "#action-text").await?;
    Ok((meeting_id, poll_id))
}

async fn run_the_meeting_by_keyboard(client: &Client) -> anyhow::Result<Typed> {
    // First run: the demo.
    wait_for(client, "#load-demo").await?;
    count_mouse_events(client).await?;
    tab_to(client, "#load-demo").await?;
    press(client, Key::Enter).await?;

    // The list of meetings: the December meeting's button, reached with Tab.
    let meeting_button = find_meeting_button(client, MEETING_TITLE).await?;
    let meeting_id = Uuid::parse_str(&meeting_button)?;
    tab_to(client, &format!("button[data-meeting-id='{meeting_id}']")).await?;
    press(client, Key::Enter).await?;
    wait_for(
        client,
        &format!("#meeting-detail[data-meeting-id='{meeting_id}']"),
    )
    .await?;
    wait_for_focus(client, "#meeting-heading").await?;

    tab_to(client, "#meeting-start").await?;
    press(client, Key::Enter).await?;
    wait_for(client, "#meeting-status[data-status='open']").await?;
    wait_for_focus(client, "#meeting-close").await?;

    // Attendance: six present, one absent, two excused. Tab reaches a row's radio group (its first
    // radio, "present", while none is chosen); Space chooses it, → moves on to absent, excused.
    let voting = attribute_values(
        client,
        "#attendance-table tr[data-voting='true']",
        "data-member-id",
    )
    .await?;
    ensure!(voting.len() >= 9, "the demo's 9 voting members: {voting:?}");
    let mut attendance = BTreeMap::new();
    for (index, member_id) in voting.iter().take(9).enumerate() {
        let (state, rights) = match index {
            6 => (Attendance::Absent, 1),
            7 | 8 => (Attendance::Excused, 2),
            _ => (Attendance::Present, 0),
        };
        let row = format!("tr[data-member-id='{member_id}']");
        tab_to(client, &format!("{row} input[type='radio']")).await?;
        press(client, Key::Space).await?;
        wait_for(client, &format!("{row}[data-attendance='present']")).await?;
        for step in 0..rights {
            press(client, Key::Right).await?;
            let value = if step == 0 { "absent" } else { "excused" };
            wait_for(client, &format!("{row}[data-attendance='{value}']")).await?;
        }
        attendance.insert(Uuid::parse_str(member_id)?, state);
        ensure_focus_kept(client).await?;
    }
    wait_for(client, "#quorum[data-quorate='true']").await?;

    // The agenda: Alt+↓ makes the first item current.
    let agenda = attribute_values(
        client,
        "#meeting-agenda li[data-agenda-item-id]",
        "data-agenda-item-id",
    )
    .await?;
    ensure!(agenda.len() >= 2, "the December agenda: {agenda:?}");
    chord(client, Key::Alt, Key::Down).await?;
    wait_for(
        client,
        &format!(
            "li[data-agenda-item-id='{}'][data-current='true']",
            agenda[0]
        ),
    )
    .await?;
    ensure_focus_kept(client).await?;

    // Poll 1, all by letters: J, N, U, J, J, J.
    let voters: Vec<Uuid> = voting[..6]
        .iter()
        .map(|id| Uuid::parse_str(id))
        .collect::<Result<_, _>>()?;
    let first_poll = open_poll(client, FIRST_QUESTION).await?;
    let mut first_ballots = BTreeMap::new();
    for (voter, (letter, ballot)) in voters.iter().zip([
        ('j', Ballot::Yes),
        ('n', Ballot::No),
        ('u', Ballot::Abstain),
        ('j', Ballot::Yes),
        ('j', Ballot::Yes),
        ('j', Ballot::Yes),
    ]) {
        expect_focus(client, &format!("tr[data-voter-id='{voter}'] button")).await?;
        press(client, letter).await?;
        wait_for(client, &ballot_cast(first_poll, *voter, &ballot)).await?;
        first_ballots.insert(*voter, ballot);
    }
    // After the last member, focus waits on the poll's close button.
    wait_for_focus(client, &format!("#poll-close-{first_poll}")).await?;
    save_screenshot(client, "keyboard-1-ballots").await?;
    close_poll(
        client,
        first_poll,
        FIRST_QUESTION,
        "Vedtaget: 4 for, 1 imod, 1 undlod.",
    )
    .await?;

    // Poll 2: the arrow keys choose the member and the answer; digits and letters record.
    let second_poll = open_poll(client, SECOND_QUESTION).await?;
    let button = |voter: usize, answer: &str| {
        format!(
            "[data-poll-id='{second_poll}'] tr[data-voter-id='{}'] button[data-ballot='{answer}']",
            voters[voter]
        )
    };
    let mut second_ballots = BTreeMap::new();
    wait_for_focus(client, &button(0, "yes")).await?;
    press(client, Key::Down).await?;
    press(client, Key::Down).await?;
    expect_focus(client, &button(2, "yes")).await?;
    press(client, '1').await?;
    wait_for(client, &ballot_cast(second_poll, voters[2], &Ballot::Yes)).await?;
    second_ballots.insert(voters[2], Ballot::Yes);
    wait_for_focus(client, &button(3, "yes")).await?;
    for _ in 0..3 {
        press(client, Key::Up).await?;
    }
    expect_focus(client, &button(0, "yes")).await?;
    // N (a letter) and 2 (a digit) both record "Imod"; focus follows the answer down the table.
    press(client, 'n').await?;
    wait_for(client, &ballot_cast(second_poll, voters[0], &Ballot::No)).await?;
    second_ballots.insert(voters[0], Ballot::No);
    wait_for_focus(client, &button(1, "no")).await?;
    press(client, '2').await?;
    wait_for(client, &ballot_cast(second_poll, voters[1], &Ballot::No)).await?;
    second_ballots.insert(voters[1], Ballot::No);
    // Member 2 has voted already: ↓ passes them by.
    wait_for_focus(client, &button(2, "no")).await?;
    press(client, Key::Down).await?;
    expect_focus(client, &button(3, "no")).await?;
    press(client, '2').await?;
    wait_for(client, &ballot_cast(second_poll, voters[3], &Ballot::No)).await?;
    second_ballots.insert(voters[3], Ballot::No);
    wait_for_focus(client, &button(4, "no")).await?;
    press(client, Key::Right).await?;
    expect_focus(client, &button(4, "abstain")).await?;
    press(client, '3').await?;
    wait_for(
        client,
        &ballot_cast(second_poll, voters[4], &Ballot::Abstain),
    )
    .await?;
    second_ballots.insert(voters[4], Ballot::Abstain);
    wait_for_focus(client, &button(5, "abstain")).await?;
    press(client, 'n').await?;
    wait_for(client, &ballot_cast(second_poll, voters[5], &Ballot::No)).await?;
    second_ballots.insert(voters[5], Ballot::No);
    wait_for_focus(client, &format!("#poll-close-{second_poll}")).await?;
    close_poll(
        client,
        second_poll,
        SECOND_QUESTION,
        "Ikke vedtaget: 1 for, 4 imod, 1 undlod.",
    )
    .await?;

    // The decision: B goes to its text; Shift+Tab back to the outcome, → from "approved" to
    // "rejected"; Tab back to the text; Ctrl+Enter records it, linked to the poll just closed.
    press(client, 'b').await?;
    wait_for_focus(client, "#decision-text").await?;
    chord(client, Key::Shift, Key::Tab).await?;
    expect_focus(client, "input[name='decision-outcome'][value='approved']").await?;
    press(client, Key::Right).await?;
    expect_focus(
        client,
        "input[name='decision-outcome'][value='rejected']:checked",
    )
    .await?;
    press(client, Key::Tab).await?;
    expect_focus(client, "#decision-text").await?;
    type_text(client, DECISION_TEXT).await?;
    chord(client, Key::Control, Key::Enter).await?;
    wait_for(
        client,
        &format!("#decision-list li[data-outcome='rejected'][data-poll-id='{second_poll}']"),
    )
    .await?;
    wait_for_focus(client, "#decision-text").await?;

    // Two action items (Esc leaves the text field, H, type, Enter); the second is undone with
    // Ctrl+Z from the add button, where Esc leaves focus.
    for (text, rows) in [(ACTION_TEXT, 1), (UNDONE_ACTION_TEXT, 2)] {
        press(client, Key::Escape).await?;
        ensure_focus_kept(client).await?;
        press(client, 'h').await?;
        wait_for_focus(client, "#action-text").await?;
        type_text(client, text).await?;
        press(client, Key::Enter).await?;
        wait_for_row_count(client, "#action-item-list tr[data-action-item-id]", rows).await?;
        wait_for_focus(client, "#action-text").await?;
    }
    press(client, Key::Escape).await?;
    expect_focus(client, "#action-submit").await?;
    chord(client, Key::Control, 'z').await?;
    wait_for_row_count(client, "#action-item-list tr[data-action-item-id]", 1).await?;
    ensure_focus_kept(client).await?;

    // The shortcut overview: "?" opens it, Escape closes it, and focus is back where it was.
    press(client, '?').await?;
    wait_for(
        client,
        "dialog#shortcut-help[open] tr[data-shortcut='shortcut-closePoll']",
    )
    .await?;
    save_screenshot(client, "keyboard-2-shortcuts").await?;
    press(client, Key::Escape).await?;
    wait_for_gone(client, "dialog#shortcut-help[open]").await?;
    wait_for_focus(client, "#action-submit").await?;

    // Through the agenda: two on, one back, so the second item is current.
    chord(client, Key::Alt, Key::Down).await?;
    wait_for(
        client,
        &format!(
            "li[data-agenda-item-id='{}'][data-current='true']",
            agenda[1]
        ),
    )
    .await?;
    if agenda.len() > 2 {
        chord(client, Key::Alt, Key::Down).await?;
        wait_for(
            client,
            &format!(
                "li[data-agenda-item-id='{}'][data-current='true']",
                agenda[2]
            ),
        )
        .await?;
        chord(client, Key::Alt, Key::Up).await?;
        wait_for(
            client,
            &format!(
                "li[data-agenda-item-id='{}'][data-current='true']",
                agenda[1]
            ),
        )
        .await?;
    }
    ensure_focus_kept(client).await?;

    // Close the meeting: Tab to the button in the controls bar (Shift+Tab is shorter from below).
    tab_backwards_to(client, "#meeting-close").await?;
    press(client, Key::Enter).await?;
    // The confirmation opens on its safe answer; Tab reaches "Afslut mødet".
    wait_for_focus(client, "#close-meeting-dialog-cancel").await?;
    press(client, Key::Tab).await?;
    expect_focus(client, "#close-meeting-dialog-confirm").await?;
    press(client, Key::Enter).await?;
    wait_for(client, "#meeting-status[data-status='closed']").await?;
    wait_for_focus(client, "#meeting-heading").await?;
    save_screenshot(client, "keyboard-3-closed").await?;
    let mouse_events = client
        .execute("return window.gavelTestMouseEvents;", Vec::new())
        .await?;
    ensure!(
        mouse_events == serde_json::json!(0),
        "the meeting was to be run without the mouse, yet the page saw {mouse_events} mouse events"
    );

    Ok(Typed {
        meeting_id,
        attendance,
        polls: vec![(first_poll, first_ballots), (second_poll, second_ballots)],
        current_agenda_item_id: Uuid::parse_str(&agenda[1])?,
    })
}

/// O, the question, Enter: returns the new poll's id once focus is on its first ballot button.
async fn open_poll(client: &Client, question: &str) -> anyhow::Result<Uuid> {
    let before = attribute_values(client, "article[data-poll-open='true']", "data-poll-id").await?;
    press(client, 'o').await?;
    wait_for_focus(client, "#poll-question").await?;
    type_text(client, question).await?;
    press(client, Key::Enter).await?;
    let deadline = Instant::now() + UI_TIMEOUT;
    loop {
        let open =
            attribute_values(client, "article[data-poll-open='true']", "data-poll-id").await?;
        if let Some(new) = open.iter().find(|id| !before.contains(id)) {
            let poll_id = Uuid::parse_str(new)?;
            wait_for_focus(
                client,
                &format!("[data-poll-id='{poll_id}'] tr[data-voter-id] button"),
            )
            .await?;
            return Ok(poll_id);
        }
        if Instant::now() > deadline {
            bail!("no new open poll after typing {question:?} and Enter");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// L closes the open poll; focus goes to its heading in the list of closed polls, and the live
/// region tells a screen reader the result.
async fn close_poll(
    client: &Client,
    poll_id: Uuid,
    question: &str,
    summary: &str,
) -> anyhow::Result<()> {
    press(client, 'l').await?;
    let announcement = format!("{question} er lukket. {summary}");
    let deadline = Instant::now() + UI_TIMEOUT;
    loop {
        // textContent: the region is visually hidden, and WebDriver's element text is what is seen.
        let said = client
            .execute(
                "return document.getElementById('poll-announcement')?.textContent ?? '';",
                Vec::new(),
            )
            .await?;
        if said
            .as_str()
            .is_some_and(|said| said.contains(&announcement))
        {
            break;
        }
        if Instant::now() > deadline {
            bail!("the live region should say {announcement:?}, it says {said}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    wait_for(
        client,
        &format!("article[data-poll-id='{poll_id}'][data-poll-open='false']"),
    )
    .await?;
    wait_for_focus(client, &format!("#poll-heading-{poll_id}")).await
}

fn ballot_cast(poll_id: Uuid, voter: Uuid, ballot: &Ballot) -> String {
    let kind = match ballot {
        Ballot::Yes => "yes",
        Ballot::No => "no",
        Ballot::Abstain => "abstain",
        other => unreachable!("this test records only yes, no and abstain, not {other:?}"),
    };
    format!("[data-poll-id='{poll_id}'] tr[data-voter-id='{voter}'][data-ballot-cast='{kind}']")
}

/// Counts the real (trusted) mouse presses the page receives from now on, so the test can show it
/// used none. Enter and Space on a button fire a `click` too, so clicks are not counted; a mouse
/// or a WebDriver element click always starts with pointerdown and mousedown.
async fn count_mouse_events(client: &Client) -> anyhow::Result<()> {
    client
        .execute(
            "window.gavelTestMouseEvents = 0; \
             for (const type of ['pointerdown', 'mousedown', 'mouseup']) { \
               document.addEventListener(type, (event) => { \
                 if (event.isTrusted) window.gavelTestMouseEvents += 1; \
               }, true); \
             }",
            Vec::new(),
        )
        .await
        .context("counting mouse events")?;
    Ok(())
}

/// Presses and releases one key (a character or a WebDriver special key) where focus is.
async fn press(client: &Client, key: impl Into<char>) -> anyhow::Result<()> {
    let key = key.into();
    let actions = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key });
    client
        .perform_actions(actions)
        .await
        .with_context(|| format!("pressing {key:?}"))
}

/// Holds `modifier` while pressing `key`, e.g. Alt+↓ or Ctrl+Z.
pub(crate) async fn chord(
    client: &Client,
    modifier: Key,
    key: impl Into<char>,
) -> anyhow::Result<()> {
    let (modifier, key): (char, char) = (modifier.into(), key.into());
    let actions = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: modifier })
        .then(KeyAction::Down { value: key })
        .then(KeyAction::Up { value: key })
        .then(KeyAction::Up { value: modifier });
    client
        .perform_actions(actions)
        .await
        .with_context(|| format!("pressing {modifier:?}+{key:?}"))
}

/// Types text into the focused field (Element Send Keys on the active element: no click).
async fn type_text(client: &Client, text: &str) -> anyhow::Result<()> {
    client
        .active_element()
        .await?
        .send_keys(text)
        .await
        .with_context(|| format!("typing {text:?}"))
}

/// Presses Tab until the focused element matches `css`, as a keyboard user would.
async fn tab_to(client: &Client, css: &str) -> anyhow::Result<()> {
    for _ in 0..MAX_TABS {
        if focus_matches(client, css).await? {
            return Ok(());
        }
        press(client, Key::Tab).await?;
    }
    bail!("{MAX_TABS} presses of Tab never reached {css}")
}

async fn tab_backwards_to(client: &Client, css: &str) -> anyhow::Result<()> {
    for _ in 0..MAX_TABS {
        if focus_matches(client, css).await? {
            return Ok(());
        }
        chord(client, Key::Shift, Key::Tab).await?;
    }
    bail!("{MAX_TABS} presses of Shift+Tab never reached {css}")
}

async fn focus_matches(client: &Client, css: &str) -> anyhow::Result<bool> {
    let answer = client
        .execute(
            "const active = document.activeElement; \
             return active !== null && active !== document.body && active.matches(arguments[0]);",
            vec![serde_json::Value::String(css.to_owned())],
        )
        .await?;
    Ok(answer == serde_json::Value::Bool(true))
}

/// Focus must be on `css` now (the previous key press already moved it there).
async fn expect_focus(client: &Client, css: &str) -> anyhow::Result<()> {
    ensure!(
        focus_matches(client, css).await?,
        "focus should be on {css}, it is on {}",
        describe_focus(client).await?
    );
    Ok(())
}

/// Waits until focus is on `css` (the app moves it after reloading the meeting).
async fn wait_for_focus(client: &Client, css: &str) -> anyhow::Result<()> {
    let deadline = Instant::now() + UI_TIMEOUT;
    while !focus_matches(client, css).await? {
        if Instant::now() > deadline {
            bail!(
                "focus never reached {css}; it is on {}",
                describe_focus(client).await?
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}

/// Focus is on an element, not on <body>: a keyboard user has not lost their place.
async fn ensure_focus_kept(client: &Client) -> anyhow::Result<()> {
    // The reload after the last action must have finished (and moved focus if it means to).
    wait_for(client, "#meeting-detail[data-pending='false']").await?;
    crate::e2e::wait_until_settled(client).await?;
    let focus = describe_focus(client).await?;
    ensure!(
        focus != "<body>",
        "focus was lost to <body> after the last action"
    );
    Ok(())
}

async fn describe_focus(client: &Client) -> anyhow::Result<String> {
    let answer = client
        .execute(
            "const active = document.activeElement; \
             if (active === null || active === document.body) return '<body>'; \
             return active.outerHTML.slice(0, 200);",
            Vec::new(),
        )
        .await?;
    Ok(answer.as_str().unwrap_or_default().to_owned())
}

async fn attribute_values(client: &Client, css: &str, name: &str) -> anyhow::Result<Vec<String>> {
    let answer = client
        .execute(
            "return [...document.querySelectorAll(arguments[0])].map((e) => e.getAttribute(arguments[1]));",
            vec![css.into(), name.into()],
        )
        .await?;
    Ok(answer
        .as_array()
        .map(|values| {
            values
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default())
}

async fn find_meeting_button(client: &Client, title: &str) -> anyhow::Result<String> {
    let deadline = Instant::now() + UI_TIMEOUT;
    loop {
        let answer = client
            .execute(
                "const button = [...document.querySelectorAll('#meetings-table button[data-meeting-id]')] \
                   .find((b) => b.textContent.trim() === arguments[0]); \
                 return button === undefined ? null : button.dataset.meetingId;",
                vec![title.into()],
            )
            .await?;
        if let Some(id) = answer.as_str() {
            return Ok(id.to_owned());
        }
        if Instant::now() > deadline {
            bail!("the meeting {title:?} is not in the list");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn wait_for_row_count(client: &Client, css: &str, count: usize) -> anyhow::Result<()> {
    let deadline = Instant::now() + UI_TIMEOUT;
    loop {
        let rows = attribute_values(client, css, "data-action-item-id").await?;
        if rows.len() == count {
            return Ok(());
        }
        if Instant::now() > deadline {
            bail!("waited for {count} rows of {css}, there are {}", rows.len());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn wait_for_gone(client: &Client, css: &str) -> anyhow::Result<()> {
    let deadline = Instant::now() + UI_TIMEOUT;
    while !attribute_values(client, css, "id").await?.is_empty() {
        if Instant::now() > deadline {
            bail!("{css} is still there");
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    Ok(())
}
