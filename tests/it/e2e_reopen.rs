//! End-to-end: the app dies in the middle of a poll — the chair opened a poll and clicked three
//! ballots, then the laptop's battery ran out (here: SIGKILL to the app, no chance to save
//! anything). Gavel started again on the same database shows the poll still open, with exactly
//! those three ballots pressed in the live screen, and the chair can go on recording. Every ballot
//! was durable when the app acknowledged it (store.rs: one transaction with synchronous=FULL).
//! Needs Xvfb and the built app, like e2e.rs.

use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::{Context, ensure};
use fantoccini::{Client, Locator};
use gavel_core::rules::{Attendance, Ballot};
use gavel_core::{Command, Store, StoreOptions};
use uuid::Uuid;

use crate::e2e::{
    EndToEndTools, TauriDriver, explain_failure, save_screenshot, wait_for, wait_until_settled,
};
use crate::e2e_live::click;

const MEETING_TITLE: &str = "Styregruppemøde december 2026";
const QUESTION: &str = "Skal budgettet for 2027 godkendes?";

#[tokio::test(flavor = "multi_thread")]
async fn a_poll_survives_the_app_being_killed_and_shows_its_ballots_after_a_restart()
-> anyhow::Result<()> {
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");
    let (meeting_id, present) = open_meeting_with_five_present(&database)?;
    let clicked = [
        (present[0], "yes", Ballot::Yes),
        (present[1], "no", Ballot::No),
        (present[2], "yes", Ballot::Yes),
    ];

    // First run: open the poll and record three ballots, then kill the app.
    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = open_poll_and_vote(&client, meeting_id, &clicked).await;
    let outcome = with_what_the_window_showed(outcome, &client, &driver).await;
    let poll_id = match outcome {
        Ok(poll_id) => {
            let killed = kill_the_apps_on(&database)?;
            ensure!(
                killed == 1,
                "killed {killed} apps on the database, expected 1"
            );
            poll_id
        }
        Err(error) => {
            let _ = client.close().await;
            return Err(error);
        }
    };
    // The session's app is gone; ending the session only tidies up the driver.
    let _ = client.close().await;
    drop(driver);

    // Second run on the same database.
    let driver = TauriDriver::start(&tools, data_dir.path(), &database)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let outcome = check_the_poll_is_still_open(&client, meeting_id, poll_id, &clicked).await;
    let outcome = with_what_the_window_showed(outcome, &client, &driver).await;
    let closed = client.close().await;
    drop(driver);
    outcome?;
    closed.context("closing the WebDriver session")?;

    let store = Store::open(&database, StoreOptions::new("e2e check"))?;
    let meeting = store.meeting(meeting_id)?;
    let poll = meeting
        .polls
        .iter()
        .find(|poll| poll.id == poll_id)
        .context("the poll is in the database")?;
    assert!(poll.is_open, "the poll should still be open");
    assert_eq!(poll.question, QUESTION);
    let mut stored: Vec<(Uuid, Ballot)> = poll
        .ballots
        .iter()
        .map(|ballot| (ballot.member_id, ballot.ballot.clone()))
        .collect();
    stored.sort_by_key(|(member, _)| *member);
    // The three from before the kill and the fourth recorded after the restart.
    let mut expected: Vec<(Uuid, Ballot)> = clicked
        .iter()
        .map(|(member, _, ballot)| (*member, ballot.clone()))
        .chain([(present[3], Ballot::Abstain)])
        .collect();
    expected.sort_by_key(|(member, _)| *member);
    assert_eq!(stored, expected);
    Ok(())
}

/// The demo's December meeting, opened, with its first five voting members present and the first
/// agenda item current: the set-up a chair has before the poll. Returns the meeting and the five.
fn open_meeting_with_five_present(database: &Path) -> anyhow::Result<(Uuid, Vec<Uuid>)> {
    let mut store = Store::open(database, StoreOptions::new("e2e setup"))?;
    gavel_core::demo::load(&mut store)?;
    let meeting_id = store
        .meetings()?
        .into_iter()
        .find(|meeting| meeting.title == MEETING_TITLE)
        .context("the demo's December meeting")?
        .id;
    store.apply(Command::OpenMeeting {
        meeting_id,
        at: None,
    })?;
    let detail = store.meeting(meeting_id)?;
    let present: Vec<Uuid> = detail
        .attendance
        .iter()
        .filter(|member| member.voting_right)
        .take(5)
        .map(|member| member.member_id)
        .collect();
    ensure!(
        present.len() == 5,
        "the demo has at least five voting members"
    );
    for member_id in &present {
        store.apply(Command::SetAttendance {
            meeting_id,
            member_id: *member_id,
            attendance: Attendance::Present,
            at: None,
        })?;
    }
    store.apply(Command::SetCurrentAgendaItem {
        agenda_item_id: detail.agenda.first().context("an agenda item")?.id,
    })?;
    Ok((meeting_id, present))
}

async fn open_the_meeting(client: &Client, meeting_id: Uuid) -> anyhow::Result<()> {
    click(
        client,
        &format!("#meetings-table button[data-meeting-id='{meeting_id}']"),
    )
    .await?;
    wait_for(client, "#meeting-status[data-status='open']").await?;
    Ok(())
}

/// Opens a named yes/no poll through the live screen and clicks the ballots; returns the poll.
async fn open_poll_and_vote(
    client: &Client,
    meeting_id: Uuid,
    ballots: &[(Uuid, &str, Ballot)],
) -> anyhow::Result<Uuid> {
    open_the_meeting(client, meeting_id).await?;
    click(client, "#poll-new").await?;
    wait_for(client, "#poll-question")
        .await?
        .send_keys(QUESTION)
        .await
        .context("typing the question")?;
    click(client, "input[name='poll-kind'][value='yes_no']").await?;
    click(client, "input[name='poll-secret'][data-secret='false']").await?;
    click(client, "#poll-open-submit").await?;
    let poll = wait_for(client, "article[data-poll-open='true']").await?;
    let poll_id = poll
        .attr("data-poll-id")
        .await?
        .context("the poll has an id")?
        .parse::<Uuid>()?;
    for (voter, key, _) in ballots {
        let button = format!(
            "article[data-poll-id='{poll_id}'] tr[data-voter-id='{voter}'] button[data-ballot='{key}']"
        );
        // The poll's table is drawn again when the opened poll comes back from the app; a click
        // on the table as it is being replaced was once lost (no ballot recorded).
        wait_until_settled(client).await?;
        click(client, &button).await?;
        // Pressed once the app has answered: the ballot is committed.
        wait_for(client, &format!("{button}[aria-pressed='true']")).await?;
    }
    save_screenshot(client, "reopen-1-before-the-kill").await?;
    Ok(poll_id)
}

async fn check_the_poll_is_still_open(
    client: &Client,
    meeting_id: Uuid,
    poll_id: Uuid,
    ballots: &[(Uuid, &str, Ballot)],
) -> anyhow::Result<()> {
    open_the_meeting(client, meeting_id).await?;
    let open_poll = format!("article[data-poll-id='{poll_id}'][data-poll-open='true']");
    let text = wait_for(client, &open_poll).await?.text().await?;
    ensure!(
        text.contains(QUESTION),
        "the open poll should be the one from before the kill: {text}"
    );
    for (voter, key, _) in ballots {
        wait_for(
            client,
            &format!(
                "{open_poll} tr[data-voter-id='{voter}'] button[data-ballot='{key}'][aria-pressed='true']"
            ),
        )
        .await?;
    }
    // Exactly those: no other ballot button is pressed.
    let pressed = client
        .find_all(Locator::Css(&format!(
            "{open_poll} button[data-ballot][aria-pressed='true']"
        )))
        .await?
        .len();
    ensure!(
        pressed == ballots.len(),
        "{pressed} ballots are pressed after the restart, expected {}",
        ballots.len()
    );
    save_screenshot(client, "reopen-2-after-the-restart").await?;

    // The chair goes on where they were: a fourth member abstains.
    let fourth = client
        .find_all(Locator::Css(&format!("{open_poll} tr[data-voter-id]")))
        .await?;
    let mut next_voter = None;
    for row in fourth {
        let voter = row.attr("data-voter-id").await?.unwrap_or_default();
        if !ballots
            .iter()
            .any(|(member, _, _)| member.to_string() == voter)
        {
            next_voter = Some(voter);
            break;
        }
    }
    let next_voter = next_voter.context("a member who has not voted yet")?;
    let button =
        format!("{open_poll} tr[data-voter-id='{next_voter}'] button[data-ballot='abstain']");
    click(client, &button).await?;
    wait_for(client, &format!("{button}[aria-pressed='true']")).await?;
    Ok(())
}

/// SIGKILL to the desktop apps that this test started on `database`, found by their `GAVEL_DB`
/// (a fresh temporary path, so no other process can match), then waits until they are gone.
/// Returns how many it killed.
pub(crate) fn kill_the_apps_on(database: &Path) -> anyhow::Result<usize> {
    let wanted = format!("GAVEL_DB={}", database.display());
    let mut killed = Vec::new();
    for entry in std::fs::read_dir("/proc")? {
        let Ok(pid) = entry?.file_name().to_string_lossy().parse::<u32>() else {
            continue;
        };
        let is_app = std::fs::read_link(format!("/proc/{pid}/exe"))
            .is_ok_and(|exe| exe.file_name().is_some_and(|name| name == "gavel-desktop"));
        let environment = std::fs::read(format!("/proc/{pid}/environ")).unwrap_or_default();
        let on_our_database = environment
            .split(|byte| *byte == 0)
            .any(|variable| variable == wanted.as_bytes());
        if is_app && on_our_database {
            let status = std::process::Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status()?;
            ensure!(status.success(), "kill -KILL {pid} failed");
            killed.push(pid);
        }
    }
    let deadline = Instant::now() + Duration::from_secs(10);
    while killed
        .iter()
        .any(|pid| Path::new(&format!("/proc/{pid}/exe")).exists())
    {
        ensure!(Instant::now() < deadline, "the killed app did not end");
        std::thread::sleep(Duration::from_millis(50));
    }
    Ok(killed.len())
}

async fn with_what_the_window_showed<T>(
    outcome: anyhow::Result<T>,
    client: &Client,
    driver: &TauriDriver,
) -> anyhow::Result<T> {
    match outcome {
        Ok(value) => Ok(value),
        Err(error) => Err(explain_failure(error, client, driver).await),
    }
}
