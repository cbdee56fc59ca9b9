//! End-to-end: a chair's first hour from an empty database (issue 14, "Must show"), in Danish and
//! in English, through the real desktop app and nothing else. She types her name on the first-run
//! screen (saved when she leaves the field), creates her group, reads its members from a CSV file
//! as Danish Excel saves it, picks a rules preset, imports a Jira CSV, creates a meeting from
//! backlog items, runs it — attendance, a proxy, a named poll, a decision, an action item — closes
//! it through the confirmation, saves the minutes, creates a certificate in the signing form and
//! signs them. Afterwards the database and the PDF are read outside the app: no event came from the
//! CLI or the demo (one device, one author: the typed name; no practice database), and the signed
//! minutes name the group's real members and print the chosen preset's rule, and pdfsig and pyHanko
//! find the signature valid.
//!
//! On the way the journey checks two promises of the live screen: the attendance rows and the
//! ballot buttons stay where they are when the meeting starts, when a member is marked absent,
//! while ballots are recorded and when a notice appears in the sticky bar (a click must land where
//! the chair aimed); and axe-core finds no violation on the new screens (the group form, the
//! groups screen, the member list's preview, the rules editor, the close confirmation).
//!
//! The user guide's pictures come from this same journey (tests/it/guide_screenshots.rs calls
//! [`first_hour`] with a [`Camera`]). Runs the real desktop binary like e2e.rs; needs Xvfb, the
//! built app, `npm --prefix ui install` (axe-core), poppler-utils and pyHanko (scripts/setup.sh
//! --test).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail, ensure};
use fantoccini::key::Key;
use fantoccini::{Client, Locator};
use gavel_core::rules::{Attendance, Ballot, PollOutcome, RulesPreset, RulesPresetId};
use gavel_core::{DecisionOutcome, MeetingStatus, Store, StoreOptions};
use uuid::Uuid;

use crate::e2e::{
    EndToEndTools, TauriDriver, UI_TIMEOUT, explain_failure, save_screenshot, wait_for,
};
use crate::e2e_accessibility::{axe_path, describe as describe_violations, run_axe};
use crate::e2e_keyboard::chord;
use crate::e2e_live::{attendance_value, click, scroll_to, uuid_attr, wait_for_text};
use crate::e2e_settings::type_into;

/// The chair, as she types her name on the first-run screen; the member list has her too.
pub(crate) const CHAIR: &str = "Mette Kjærgaard Holm";
pub(crate) const ORGANISATION: &str = "Aarhus Kommune";
/// The password of the certificate she creates when she signs.
pub(crate) const CERTIFICATE_PASSWORD: &str = "Kasket-Ørn-2026";

/// Who does what in the meeting: members of tests/fixtures/members/styregruppe-os2mo.csv.
const ABSENT: &str = "Karim Haddad";
const PROXY_HOLDER: &str = "Jens Bøgh Andersen";
const EXCUSED: &str = "Peter Wøldike";
const ACTION_OWNER: &str = "Lise Østergaard";
/// The backlog items the agenda is made of, from docs/guide/jira-export-example.csv.
const AGENDA_KEYS: [&str; 2] = ["MO-1420", "MO-1455"];

/// What the chair types and reads, in one language.
pub(crate) struct Words {
    pub(crate) lang: &'static str,
    /// The system's locale, from which the app takes its language on first start.
    pub(crate) system_locale: &'static str,
    welcome: &'static str,
    group_name: &'static str,
    meeting_title: &'static str,
    /// The date and time as the chair types them into the meeting form.
    meeting_date: &'static str,
    meeting_time: &'static str,
    /// A date that does not exist, and what the form says to it.
    impossible_date: &'static str,
    date_error: &'static str,
    free_item: &'static str,
    question: &'static str,
    decision: &'static str,
    action: &'static str,
    action_due: &'static str,
    rules_saved: &'static str,
    /// What the sync screen says of the file with the group alone.
    group_file_holds: &'static str,
    meeting_started: &'static str,
    no_previous_item: &'static str,
    /// A closed yes/no poll's "against" figure, as the projector labels it.
    against: &'static str,
}

pub(crate) const DANISH: Words = Words {
    lang: "da",
    system_locale: "da_DK.UTF-8",
    welcome: "Velkommen til Gavel",
    group_name: "Styregruppen for OS2mo",
    meeting_title: "Styregruppemøde december 2026",
    meeting_date: "10.12.2026",
    meeting_time: "13:00",
    impossible_date: "31.11.2026",
    date_error: "Skriv mødets dato som 10.12.2026 og klokkeslæt som 13:00.",
    free_item: "Eventuelt",
    question: "Skal MO-1420 med i næste release?",
    decision: "MO-1420 kommer med i næste release.",
    action: "Send løsningsforslaget til SD-Løn",
    action_due: "15.01.2027",
    rules_saved: "Forretningsordenen er gemt.",
    group_file_holds: "Filen indeholder 1 gruppe, 0 møder og",
    meeting_started: "Mødet er startet.",
    no_previous_item: "Der er intet punkt før det aktuelle.",
    against: "Imod",
};

pub(crate) const ENGLISH: Words = Words {
    lang: "en",
    system_locale: "en_GB.UTF-8",
    welcome: "Welcome to Gavel",
    group_name: "OS2mo steering group",
    meeting_title: "Steering group meeting December 2026",
    meeting_date: "10/12/2026",
    meeting_time: "13:00",
    impossible_date: "31/11/2026",
    date_error: "Type the meeting's date as 10/12/2026 and its time as 13:00.",
    free_item: "Any other business",
    question: "Shall MO-1420 go into the next release?",
    decision: "MO-1420 goes into the next release.",
    action: "Send the proposed solution to SD-Løn",
    action_due: "15/01/2027",
    rules_saved: "The rules of procedure are saved.",
    group_file_holds: "The file holds 1 group, 0 meetings and",
    meeting_started: "The meeting has started.",
    no_previous_item: "There is no item before the current one.",
    against: "Against",
};

#[tokio::test(flavor = "multi_thread")]
async fn in_danish() -> anyhow::Result<()> {
    first_hour_from_an_empty_database(&DANISH).await
}

#[tokio::test(flavor = "multi_thread")]
async fn in_english() -> anyhow::Result<()> {
    first_hour_from_an_empty_database(&ENGLISH).await
}

/// The member list the chair reads in.
fn members_csv() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/members/styregruppe-os2mo.csv")
}

/// The Jira export the chair imports (the one the guide describes).
fn jira_export() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/guide/jira-export-example.csv")
}

/// The members' names as the CSV file holds them, read without Gavel's reader: the file is
/// Windows-1252 with no byte from 0x80 to 0x9F, where Windows-1252 and Latin-1 are the same.
fn names_in_members_csv() -> anyhow::Result<Vec<String>> {
    let bytes = std::fs::read(members_csv())?;
    ensure!(
        !bytes.iter().any(|byte| (0x80..0xA0).contains(byte)),
        "the member list fixture should keep to the Latin-1 part of Windows-1252"
    );
    let text: String = bytes.iter().map(|&byte| char::from(byte)).collect();
    let mut lines = text.lines();
    let header = lines.next().context("the member list has a header")?;
    ensure!(
        header.starts_with("Navn;"),
        "the first column is Navn: {header}"
    );
    Ok(lines
        .filter(|line| !line.trim().is_empty())
        .filter_map(|line| line.split(';').next())
        .map(str::to_owned)
        .collect())
}

async fn first_hour_from_an_empty_database(words: &Words) -> anyhow::Result<()> {
    let axe = std::fs::read_to_string(axe_path()).with_context(|| {
        format!(
            "reading {}: install the UI's npm packages first (npm --prefix ui install)",
            axe_path().display()
        )
    })?;
    let tools = EndToEndTools::find()?;
    let data_dir = tempfile::tempdir()?;
    let database = data_dir.path().join("gavel.sqlite3");
    let exports = data_dir.path().join("exports");
    let empty = Path::new("");
    let locale = Path::new(words.system_locale);
    // As on a chair's laptop: the language comes from the system and the author from the name she
    // types, not from the variables the other end-to-end tests set.
    let environment = [
        ("GAVEL_LANG", empty),
        ("GAVEL_AUTHOR", empty),
        ("LANG", locale),
        ("LC_ALL", locale),
        ("GAVEL_EXPORT_DIR", exports.as_path()),
    ];
    // Not the default rules (the OS2 preset), so the minutes print this rule only if the chair's
    // pick was saved; and one that allows proxies, which the meeting uses.
    let preset = preset(RulesPresetId::GeneralMeetingStatutes);

    let driver = TauriDriver::start_with_env(&tools, data_dir.path(), &database, &environment)?;
    let client = driver.connect(&tools.desktop_binary).await?;
    let mut pictures = Pictures::OnRequest;
    let outcome = first_hour(&client, words, preset.id, &axe, &mut pictures).await;
    let outcome = match outcome {
        Ok(done) => Ok(done),
        // The step that failed first, then what the chair would have seen and what the app said.
        Err(error) => Err(explain_failure(error, &client, &driver).await),
    };
    let closed = client.close().await;
    let log = driver.log_tail();
    drop(driver);
    let done = outcome?;
    closed.context("closing the WebDriver session")?;
    ensure!(
        !log.contains(CERTIFICATE_PASSWORD),
        "the password is in the app's output:\n{log}"
    );

    // Nothing came from the CLI or the demo: no practice database was ever made, and every event
    // in the chair's database was written by this one app, as the name she typed.
    ensure!(
        !gavel_core::practice_database_path(&database).exists(),
        "the demo's practice database exists: the journey went through the demo"
    );
    let connection = rusqlite::Connection::open(&database)?;
    let authors: Vec<String> = connection
        .prepare("SELECT DISTINCT author FROM event ORDER BY author")?
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    assert_eq!(authors, [CHAIR], "the authors of the events");
    let devices: u32 =
        connection.query_row("SELECT COUNT(DISTINCT device) FROM event", [], |row| {
            row.get(0)
        })?;
    assert_eq!(devices, 1, "every event comes from the app on this laptop");
    drop(connection);

    let store = Store::open(&database, StoreOptions::new("e2e check"))?;
    let groups = store.groups()?;
    assert_eq!(groups.len(), 1, "groups: {groups:#?}");
    let group = &groups[0];
    assert_eq!(group.name, words.group_name);
    assert_eq!(
        group.rules, preset.rules,
        "the chosen preset is the group's rules"
    );
    let mut expected_members = names_in_members_csv()?;
    expected_members.sort();
    let mut members: Vec<String> = group.members.iter().map(|m| m.name.clone()).collect();
    members.sort();
    assert_eq!(members, expected_members, "the members are the CSV's");
    let backlog: Vec<String> = store
        .backlog_items()?
        .into_iter()
        .map(|item| item.key)
        .collect();
    ensure!(
        AGENDA_KEYS
            .iter()
            .all(|key| backlog.iter().any(|item| item == key)),
        "the Jira export is the backlog: {backlog:?}"
    );

    let meeting = store.meeting(done.meeting_id)?;
    assert_eq!(meeting.meeting.status, MeetingStatus::Closed);
    assert_eq!(meeting.meeting.title, words.meeting_title);
    assert_eq!(
        meeting.meeting.starts_at.to_string(),
        "2026-12-10 13:00:00",
        "the date and time typed into the two fields"
    );
    assert_eq!(
        meeting.rules, preset.rules,
        "the meeting opened under the preset"
    );
    let agenda: Vec<String> = meeting
        .agenda
        .iter()
        .map(|item| {
            item.backlog_key
                .clone()
                .unwrap_or_else(|| item.title.clone())
        })
        .collect();
    assert_eq!(agenda, [AGENDA_KEYS[0], AGENDA_KEYS[1], words.free_item]);
    for member in &meeting.attendance {
        let expected = done.attendance.get(&member.member_id).copied();
        assert_eq!(
            Some(member.attendance),
            expected,
            "attendance of {}",
            member.name
        );
    }
    let (absent_id, holder_id) = done.proxy;
    let absent = meeting
        .attendance
        .iter()
        .find(|member| member.member_id == absent_id)
        .context("the absent member")?;
    assert_eq!(absent.name, ABSENT);
    assert_eq!(absent.proxy_holder_id, Some(holder_id));

    assert_eq!(meeting.polls.len(), 1, "polls: {:#?}", meeting.polls);
    let poll = &meeting.polls[0];
    assert_eq!(poll.question, words.question);
    assert!(!poll.is_open && !poll.secret);
    let result = poll.result.as_ref().context("a closed poll has a result")?;
    assert_eq!(result.outcome, PollOutcome::Carried);
    assert_eq!(result.tally, [5, 1, 1]);
    let ballots: BTreeMap<Uuid, Ballot> = poll
        .ballots
        .iter()
        .map(|ballot| (ballot.member_id, ballot.ballot.clone()))
        .collect();
    assert_eq!(ballots, done.ballots);
    let by_proxy = poll
        .ballots
        .iter()
        .find(|ballot| ballot.member_id == absent_id)
        .context("the ballot cast by proxy")?;
    assert_eq!(by_proxy.cast_by_id, holder_id);

    assert_eq!(
        meeting.decisions.len(),
        1,
        "decisions: {:#?}",
        meeting.decisions
    );
    let decision = &meeting.decisions[0];
    assert_eq!(decision.outcome, DecisionOutcome::Approved);
    assert_eq!(decision.text, words.decision);
    assert_eq!(decision.poll_id, Some(poll.id));
    assert_eq!(decision.agenda_item_id, Some(done.first_agenda_item_id));
    assert_eq!(meeting.action_items.len(), 1, "{:#?}", meeting.action_items);
    let action = &meeting.action_items[0];
    assert_eq!(action.text, words.action);
    assert_eq!(action.owner_member_id, Some(done.action_owner));
    assert_eq!(
        action.due_date.map(|date| date.to_string()).as_deref(),
        Some("2027-01-15")
    );

    assert_eq!(meeting.signatures.len(), 1, "{:#?}", meeting.signatures);
    let signature = &meeting.signatures[0];
    assert_eq!(signature.signer_name, CHAIR);
    assert_eq!(signature.role, "chair");
    assert_eq!(signature.fingerprint, meeting.log_fingerprint);

    // The files: both PDFs in the export folder; the signed one names the CSV's members and prints
    // the preset's rule, and two independent validators find its signature valid.
    for pdf in [&done.unsigned_pdf, &done.signed_pdf] {
        ensure!(
            pdf.starts_with(&exports) && pdf.is_file(),
            "{} should be a file in {}",
            pdf.display(),
            exports.display()
        );
    }
    let text = pdf_text(&done.signed_pdf)?;
    for name in names_in_members_csv()? {
        ensure!(
            text.contains(&name),
            "the minutes do not name {name}:\n{text}"
        );
    }
    // Who held whose proxy, as gavel-minutes words it.
    let proxy_line = if words.lang == "da" {
        format!("{PROXY_HOLDER} havde fuldmagt fra {ABSENT}.")
    } else {
        format!("{PROXY_HOLDER} held the proxy of {ABSENT}.")
    };
    ensure!(
        text.contains(&proxy_line),
        "the minutes do not say {proxy_line:?}:\n{text}"
    );
    let rule = gavel_core::rules::describe(&preset.rules).yes_no_poll;
    let rule = if words.lang == "da" { rule.da } else { rule.en };
    // The minutes add the meeting's figures to the rule in parentheses ("… stemmer (5 af 7); …").
    ensure!(
        without_parentheses(&text).contains(&rule),
        "the minutes do not print the preset's rule {rule:?}:\n{text}"
    );
    ensure!(
        !text.contains("ØVELSE") && !text.contains("PRACTICE"),
        "the chair's own minutes are not practice:\n{text}"
    );
    assert_eq!(
        crate::minutes::pdfsig_verdicts(&done.signed_pdf),
        ["valid"],
        "pdfsig on {}",
        done.signed_pdf.display()
    );
    let pyhanko =
        crate::attacks::pyhanko_verdicts(&crate::attacks::pyhanko_python(), &done.signed_pdf)
            .map_err(anyhow::Error::msg)?;
    ensure!(
        pyhanko.len() == 1 && pyhanko.iter().all(|verdict| verdict.is_valid()),
        "pyHanko on {}: {pyhanko:?}",
        done.signed_pdf.display()
    );

    // The group she sent before the first meeting reaches a secretary's empty database whole:
    // its name, its members and its rules, and no meeting.
    let secretary = data_dir.path().join("secretary.sqlite3");
    let mut import = vec![
        "sync".to_owned(),
        "import".to_owned(),
        path_text(&done.group_file)?.to_owned(),
    ];
    import.extend(crate::support::trust_every_device_in(&done.group_file));
    let import: Vec<&str> = import.iter().map(String::as_str).collect();
    let imported = crate::support::gavel(&secretary, &import, "");
    ensure!(
        imported.status.success(),
        "gavel sync import of the group: {}",
        crate::support::stderr(&imported)
    );
    let secretary = Store::open(&secretary, StoreOptions::new("e2e check"))?;
    let received = secretary.groups()?;
    assert_eq!(received.len(), 1, "the secretary's groups: {received:#?}");
    let mut received_members: Vec<String> =
        received[0].members.iter().map(|m| m.name.clone()).collect();
    received_members.sort();
    assert_eq!(
        (&received[0].name, &received[0].rules, &received_members),
        (&group.name, &group.rules, &expected_members),
        "the secretary's group is the chair's"
    );
    assert!(
        secretary.meetings()?.is_empty(),
        "the group went without a meeting"
    );

    // Last, so that a shift on the live screen does not hide the checks above: nothing the chair
    // clicks moved while she went down the list.
    ensure!(
        done.layout_shifts.0.is_empty(),
        "the live screen moved under the chair's pointer:\n{}",
        done.layout_shifts.0.join("\n")
    );
    Ok(())
}

/// The preset named `id`, as gavel-core defines it (the app offers the same list).
fn preset(id: RulesPresetId) -> RulesPreset {
    gavel_core::rules::presets()
        .into_iter()
        .find(|preset| preset.id == id)
        .expect("every preset id has a preset")
}

/// What the chair did, for the checks against the database and the files.
pub(crate) struct FirstHour {
    pub(crate) meeting_id: Uuid,
    first_agenda_item_id: Uuid,
    attendance: BTreeMap<Uuid, Attendance>,
    /// The absent member and the present member holding their proxy.
    proxy: (Uuid, Uuid),
    ballots: BTreeMap<Uuid, Ballot>,
    action_owner: Uuid,
    pub(crate) unsigned_pdf: PathBuf,
    pub(crate) signed_pdf: PathBuf,
    /// The sync file with the group alone, which she sent before the first meeting.
    group_file: PathBuf,
    /// What moved on the live screen that should have stayed put.
    pub(crate) layout_shifts: LayoutShifts,
}

/// Where the journey's pictures go.
pub(crate) enum Pictures {
    /// The end-to-end test: only with `GAVEL_E2E_SCREENSHOTS` set (see [`save_screenshot`]).
    OnRequest,
    /// The user guide: every picture, numbered, plus the guide's extra steps (the shortcut
    /// overview and the projector window), which the first hour does not need.
    Guide(Camera),
}

impl Pictures {
    pub(crate) async fn take(&mut self, client: &Client, name: &str) -> anyhow::Result<()> {
        match self {
            Pictures::OnRequest => save_screenshot(client, &format!("first-hour-{name}")).await,
            Pictures::Guide(camera) => {
                // The guide shows each screen at rest: a notice in the meeting's bar (gone after
                // a few seconds) would stand over what the picture is about.
                let deadline = std::time::Instant::now() + UI_TIMEOUT;
                while client
                    .execute(
                        "const notice = document.querySelector('#meeting-controls .notice'); \
                         return notice !== null && notice.textContent.trim() !== '';",
                        Vec::new(),
                    )
                    .await?
                    == serde_json::Value::Bool(true)
                {
                    ensure!(
                        std::time::Instant::now() < deadline,
                        "the notice in the meeting's bar did not go away"
                    );
                    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
                }
                camera.shoot(client, name).await
            }
        }
    }

    fn for_the_guide(&self) -> bool {
        matches!(self, Pictures::Guide(_))
    }
}

/// Saves numbered screenshots: `01-first-run.png`, `02-…`, in the order the guide shows them.
pub(crate) struct Camera {
    pub(crate) folder: PathBuf,
    pub(crate) taken: u32,
}

impl Camera {
    pub(crate) async fn shoot(&mut self, client: &Client, name: &str) -> anyhow::Result<()> {
        // Every step before it waited for what the picture shows; this waits for WebKit to have
        // painted it, transitions ended.
        crate::e2e::wait_until_settled(client).await?;
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

/// The chair's first hour, from the first-run screen of an empty database to signed minutes,
/// through the app's screens only. `rules` is the preset she picks; `axe` is axe-core's source,
/// run on each screen that is new in this journey.
pub(crate) async fn first_hour(
    client: &Client,
    words: &Words,
    rules: RulesPresetId,
    axe: &str,
    pictures: &mut Pictures,
) -> anyhow::Result<FirstHour> {
    // The first-run screen: her name is saved when she leaves the field, with no "Gem".
    wait_for_text(client, "h1", words.welcome).await?;
    wait_for(client, "#create-my-group").await?;
    pictures.take(client, "first-run").await?;
    let tab = char::from(Key::Tab);
    for (field, text) in [
        ("#settings-chair-name", CHAIR),
        ("#settings-organisation", ORGANISATION),
    ] {
        wait_for(client, field)
            .await?
            .send_keys(&format!("{text}{tab}"))
            .await
            .with_context(|| format!("typing into {field} and leaving it"))?;
        wait_for(client, "#settings-save-status[data-saved='true']")
            .await
            .with_context(|| format!("{field} was not saved when the chair left it"))?;
    }
    scroll_into_view(client, "#first-run-you").await?;
    pictures.take(client, "first-run-name").await?;

    // Her group: the form, then the Groups screen with everything a group has.
    click(client, "#create-my-group").await?;
    wait_for(client, "#new-group-name")
        .await?
        .send_keys(words.group_name)
        .await
        .context("typing the group's name")?;
    click(
        client,
        "input[name='new-group-kind'][value='steering_group']",
    )
    .await?;
    click(
        client,
        &format!("input[name='new-group-language'][value='{}']", words.lang),
    )
    .await?;
    accessibility(client, axe, "the new group form").await?;
    pictures.take(client, "group-new").await?;
    click(client, "#new-group-submit").await?;
    let name_field = wait_for(client, "#group-name").await?;
    ensure!(
        name_field.prop("value").await?.as_deref() == Some(words.group_name),
        "the Groups screen shows the new group"
    );
    wait_for(client, "#nav-groups[aria-current='page']").await?;
    accessibility(client, axe, "the groups screen").await?;

    // The members from the CSV file: a preview first, then saved.
    let members_csv = members_csv();
    wait_for(client, "#member-list-file")
        .await?
        .send_keys(path_text(&members_csv)?)
        .await
        .context("choosing the member list in #member-list-file")?;
    wait_for(client, "#member-list-preview").await?;
    let names = names_in_members_csv()?;
    let previewed = count(client, "#member-list-preview tbody tr").await?;
    ensure!(
        previewed == names.len(),
        "the preview shows {previewed} rows for the {} members of the list",
        names.len()
    );
    let preview_text = wait_for(client, "#member-list-preview")
        .await?
        .text()
        .await?;
    for name in &names {
        ensure!(
            preview_text.contains(name.as_str()),
            "the preview misreads {name}:\n{preview_text}"
        );
    }
    accessibility(client, axe, "the member list's preview").await?;
    scroll_into_view(client, "#member-list-preview-heading").await?;
    pictures.take(client, "member-list-preview").await?;
    click(client, "#member-list-confirm").await?;
    wait_until_count(
        client,
        "section[aria-labelledby='members-heading'] tr[data-member-id]",
        names.len(),
    )
    .await?;
    scroll_into_view(client, "#members-heading").await?;
    pictures.take(client, "members").await?;

    // The rules of procedure: a preset, whose rule the preview words as gavel-core does.
    let chosen = preset(rules);
    let preset_id = serde_json::to_value(chosen.id)?
        .as_str()
        .context("a preset id is a string")?
        .to_owned();
    click(client, &format!("#rules-preset-{preset_id}")).await?;
    let described = gavel_core::rules::describe(&chosen.rules);
    let expected_rule = if words.lang == "da" {
        &described.yes_no_poll.da
    } else {
        &described.yes_no_poll.en
    };
    wait_for_exact_text(
        client,
        &format!("#rules-preview-{}-poll", words.lang),
        expected_rule,
    )
    .await?;
    click(client, "#rules-save").await?;
    wait_for_text(client, "#rules-form [role='status']", words.rules_saved).await?;
    accessibility(client, axe, "the rules editor").await?;
    scroll_into_view(client, "#rules-heading").await?;
    pictures.take(client, "rules").await?;
    scroll_into_view(client, "#rules-preview-heading").await?;
    pictures.take(client, "rules-preview").await?;

    // Before the first meeting is planned, she sends the group to the secretary who will plan
    // it: the sync screen offers the group on its own, with its members and no meeting.
    scroll_to_top(client).await?;
    click(client, "#nav-sync").await?;
    click(
        client,
        "ul[aria-labelledby='sync-export-groups-heading'] input[data-group-id]",
    )
    .await?;
    accessibility(client, axe, "the sync screen with a group to send").await?;
    click(client, "#sync-export").await?;
    wait_for_text(client, "#sync-export-result", words.group_file_holds).await?;
    let group_file = PathBuf::from(wait_for(client, "#sync-export-path").await?.text().await?);
    scroll_into_view(client, "#sync-export-result").await?;
    // Not one of the guide's numbered pictures, whose numbers the guide's text names.
    save_screenshot(client, "first-hour-sync-group-sent").await?;

    // The backlog from a Jira export.
    scroll_to_top(client).await?;
    click(client, "#nav-backlog").await?;
    wait_for(client, "#backlog-count").await?;
    wait_for(client, "#import-backlog-file")
        .await?
        .send_keys(path_text(&jira_export())?)
        .await
        .context("choosing the Jira export in #import-backlog-file")?;
    wait_for(client, "#import-preview").await?;
    scroll_into_view(client, "#import-preview").await?;
    pictures.take(client, "jira-import-preview").await?;
    click(client, "#import-backlog-confirm").await?;
    wait_for(client, "#import-report").await?;
    scroll_to_top(client).await?;
    pictures.take(client, "jira-import-done").await?;

    // A meeting from two backlog items and a free item, on a typed date and time.
    click(client, "#nav-meetings").await?;
    click(client, "#new-meeting").await?;
    wait_for(client, "#meeting-title")
        .await?
        .send_keys(words.meeting_title)
        .await
        .context("typing the title")?;
    // First a date that does not exist: the form says so in her language and keeps what she typed.
    type_into(client, "#meeting-date", words.impossible_date).await?;
    type_into(client, "#meeting-time", words.meeting_time).await?;
    for key in AGENDA_KEYS {
        click(client, &format!("input[data-backlog-key='{key}']")).await?;
    }
    wait_for(client, "#agenda-free-text")
        .await?
        .send_keys(words.free_item)
        .await
        .context("typing the free agenda item")?;
    click(client, "#agenda-add-free").await?;
    wait_until_count(client, "#agenda-draft li", 3).await?;
    click(client, "#create-meeting").await?;
    wait_for_text(client, "#meeting-starts-at-error", words.date_error).await?;
    ensure!(
        client
            .find_all(Locator::Css("#meeting-detail"))
            .await?
            .is_empty(),
        "a meeting was created on {}",
        words.impossible_date
    );
    type_into(client, "#meeting-date", words.meeting_date).await?;
    wait_until_count(client, "#meeting-starts-at-error", 0).await?;
    wait_until_count(client, "#agenda-draft li", 3).await?;
    scroll_into_view(client, "#agenda-chosen-heading").await?;
    pictures.take(client, "new-meeting").await?;
    click(client, "#create-meeting").await?;
    let detail = wait_for(client, "#meeting-detail[data-meeting-id]").await?;
    let meeting_id = uuid_attr(&detail, "data-meeting-id").await?;
    wait_for(client, "#meeting-status[data-status='draft']").await?;
    let members = members_by_name(client).await?;
    ensure!(
        members.len() == names.len(),
        "the roll lists the group's {} members: {members:?}",
        names.len()
    );
    let member = |name: &str| {
        members
            .get(name)
            .copied()
            .with_context(|| format!("{name} is not on the roll: {members:?}"))
    };
    pictures.take(client, "meeting-draft").await?;

    // Starting the meeting moves no attendance row (and its notice floats over the page).
    let before_start = boxes(client, &ATTENDANCE).await?;
    click(client, "#meeting-start").await?;
    wait_for(client, "#meeting-status[data-status='open']").await?;
    wait_for_text(client, "#meeting-controls .notice", words.meeting_started).await?;
    let mut layout_shifts = LayoutShifts::default();
    layout_shifts.check(
        "the attendance rows when the meeting starts and its notice appears",
        &before_start,
        &boxes(client, &ATTENDANCE).await?,
    );

    // Attendance: everyone present but one excused and one absent, whose proxy a member holds.
    let (absent_id, holder_id) = (member(ABSENT)?, member(PROXY_HOLDER)?);
    let mut attendance = BTreeMap::new();
    for (name, member_id) in &members {
        if *member_id == absent_id {
            continue;
        }
        let state = if name == EXCUSED {
            Attendance::Excused
        } else {
            Attendance::Present
        };
        mark_attendance(client, *member_id, state).await?;
        attendance.insert(*member_id, state);
    }
    // Marking a member absent moves no row: the proxy choice fits in the room the row has.
    let before_absent = boxes(client, &ATTENDANCE).await?;
    mark_attendance(client, absent_id, Attendance::Absent).await?;
    attendance.insert(absent_id, Attendance::Absent);
    layout_shifts.check(
        &format!("the attendance rows when {ABSENT} is marked absent"),
        &before_absent,
        &boxes(client, &ATTENDANCE).await?,
    );
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
    scroll_to(client, "#attendance").await?;
    pictures.take(client, "attendance").await?;

    if pictures.for_the_guide() {
        // The table of keyboard shortcuts, which `?` shows too. Its button sits just below the
        // sticky controls bar: from the top of the page, the click is not intercepted by the bar.
        scroll_to_top(client).await?;
        click(client, "#shortcut-help-open").await?;
        wait_for(client, "#shortcut-table").await?;
        client
            .execute(
                "const help = document.getElementById('shortcut-help'); \
                 for (const box of [help, ...help.querySelectorAll('*')]) box.scrollTop = 0;",
                Vec::new(),
            )
            .await
            .context("scrolling the shortcut overview to its top")?;
        pictures.take(client, "shortcuts").await?;
        click(client, "#shortcut-help-close").await?;
        // A click while the modal dialog is still open reaches nothing behind it: the next
        // click waits until it has closed (seen once as a missing current agenda item).
        wait_for(client, "dialog#shortcut-help:not([open])").await?;
    }

    // The first agenda item becomes current, and a named yes/no poll is put to it.
    click(client, "#agenda-next").await?;
    let current = wait_for(client, "#meeting-agenda li[data-current='true']").await?;
    let first_agenda_item_id = uuid_attr(&current, "data-agenda-item-id").await?;
    scroll_to(client, "#agenda").await?;
    pictures.take(client, "agenda").await?;
    click(client, "#poll-new").await?;
    wait_for(client, "#poll-question")
        .await?
        .send_keys(words.question)
        .await
        .context("typing the question")?;
    click(client, "input[name='poll-kind'][value='yes_no']").await?;
    click(client, "input[name='poll-secret'][data-secret='false']").await?;
    scroll_to(client, "#new-poll-form").await?;
    pictures.take(client, "poll-new").await?;
    click(client, "#poll-open-submit").await?;
    let poll = wait_for(client, "article[data-poll-open='true']").await?;
    let poll_id = uuid_attr(&poll, "data-poll-id").await?;
    let open_poll = format!("article[data-poll-id='{poll_id}'][data-poll-open='true']");
    let mut voters = Vec::new();
    for row in client
        .find_all(Locator::Css(&format!("{open_poll} tr[data-voter-id]")))
        .await?
    {
        voters.push(uuid_attr(&row, "data-voter-id").await?);
    }
    let present_voting = attendance
        .iter()
        .filter(|(_, state)| **state == Attendance::Present)
        .count();
    ensure!(
        voters.len() == present_voting && voters.contains(&absent_id),
        "the ballot table lists the present voting members and {ABSENT} by proxy: {voters:?}"
    );

    // The ballots: every click leaves every button where it was, and so does a notice.
    let everything = [ATTENDANCE[0], ATTENDANCE[1], BALLOTS];
    let mut ballots = BTreeMap::new();
    let mut before_ballot = boxes(client, &[BALLOTS]).await?;
    for (index, voter) in voters.iter().enumerate() {
        let (ballot, key) = match index {
            1 => (Ballot::No, "no"),
            2 => (Ballot::Abstain, "abstain"),
            _ => (Ballot::Yes, "yes"),
        };
        if index == voters.len() - 1 && pictures.for_the_guide() {
            // The poll with its live tally, before the last ballot.
            scroll_to(client, &format!("#poll-heading-{poll_id}")).await?;
            pictures.take(client, "poll-open").await?;
        }
        let button = format!("{open_poll} tr[data-voter-id='{voter}'] button[data-ballot='{key}']");
        click(client, &button).await?;
        wait_for(client, &format!("{button}[aria-pressed='true']")).await?;
        ballots.insert(*voter, ballot);
        let after = boxes(client, &[BALLOTS]).await?;
        layout_shifts.check(
            &format!("the ballot buttons when ballot {} is recorded", index + 1),
            &before_ballot,
            &after,
        );
        before_ballot = after;
        if index == 0 {
            // A notice in the sticky bar (Alt+↑ on the first item: there is none before it).
            let before_notice = boxes(client, &everything).await?;
            chord(client, Key::Alt, Key::Up).await?;
            wait_for_text(client, "#meeting-controls .notice", words.no_previous_item).await?;
            layout_shifts.check(
                "the attendance rows and ballot buttons when a notice appears",
                &before_notice,
                &boxes(client, &everything).await?,
            );
        }
    }
    click(client, &format!("button[data-close-poll='{poll_id}']")).await?;
    wait_for(
        client,
        &format!("article[data-poll-id='{poll_id}'][data-poll-open='false']"),
    )
    .await?;
    scroll_to(client, &format!("#poll-heading-{poll_id}")).await?;
    pictures.take(client, "poll-closed").await?;
    show_on_the_projector(client, words, pictures, poll_id).await?;

    // The decision, linked to the poll (and to the current item by default).
    click(client, "input[name='decision-outcome'][value='approved']").await?;
    wait_for(client, "#decision-text")
        .await?
        .send_keys(words.decision)
        .await
        .context("typing the decision")?;
    wait_for(client, "#decision-poll")
        .await?
        .select_by_value(&poll_id.to_string())
        .await
        .context("linking the decision to the poll")?;
    // The choice must have reached the form before it is sent, and the button be in view below
    // the sticky bar (as in e2e_live), or a loaded machine sends a decision without its poll.
    wait_for(
        client,
        &format!("#decision-poll option:checked[value='{poll_id}']"),
    )
    .await?;
    scroll_to(client, "#decision-form").await?;
    click(client, "#decision-submit").await?;
    wait_for(
        client,
        &format!("#decision-list li[data-outcome='approved'][data-poll-id='{poll_id}']"),
    )
    .await?;
    scroll_to(client, "#decisions").await?;
    pictures.take(client, "decision").await?;

    // An action item with an owner and a due date.
    let action_owner = member(ACTION_OWNER)?;
    wait_for(client, "#action-text")
        .await?
        .send_keys(words.action)
        .await
        .context("typing the action item")?;
    wait_for(client, "#action-owner")
        .await?
        .select_by_value(&action_owner.to_string())
        .await
        .context("choosing the action item's owner")?;
    wait_for(client, "#action-due")
        .await?
        .send_keys(words.action_due)
        .await
        .context("typing the due date")?;
    click(client, "#action-submit").await?;
    wait_for(client, "#action-item-list tr[data-action-item-id]").await?;
    scroll_to(client, "#action-items").await?;
    pictures.take(client, "action-item").await?;

    // Closing asks first: the two items without a decision are listed, nothing else is missing.
    click(client, "#meeting-close").await?;
    wait_for(client, "dialog#close-meeting-dialog[open]").await?;
    let mut listed = Vec::new();
    for item in client
        .find_all(Locator::Css(
            "#close-meeting-agenda-items li[data-agenda-item-id]",
        ))
        .await?
    {
        listed.push(uuid_attr(&item, "data-agenda-item-id").await?);
    }
    ensure!(
        listed.len() == 2 && !listed.contains(&first_agenda_item_id),
        "the confirmation should list the two undecided items, not the decided one: {listed:?}"
    );
    for unexpected in [
        "#close-meeting-open-polls",
        "#close-meeting-members",
        "#close-meeting-action-items",
    ] {
        ensure!(
            client.find_all(Locator::Css(unexpected)).await?.is_empty(),
            "the confirmation shows {unexpected}, yet nothing is missing there"
        );
    }
    accessibility(client, axe, "the close confirmation").await?;
    pictures.take(client, "close-meeting").await?;
    click(client, "#close-meeting-dialog-confirm").await?;
    wait_for(client, "#meeting-status[data-status='closed']").await?;

    // The minutes: reviewed, saved as PDF, and signed with a certificate made right there.
    crate::e2e::select_value(client, "#minutes-language", words.lang)
        .await
        .context("choosing the minutes' language")?;
    let document = wait_for(client, "#minutes-document").await?;
    let preview = document.text().await?;
    ensure!(
        names.iter().all(|name| preview.contains(name.as_str())),
        "the minutes preview names every member:\n{preview}"
    );
    scroll_to(client, "#minutes-preview").await?;
    pictures.take(client, "minutes-preview").await?;
    click(client, "#minutes-export").await?;
    let unsigned_pdf = PathBuf::from(
        wait_for(client, "#minutes-saved-path")
            .await?
            .text()
            .await?
            .trim(),
    );
    wait_for(client, "#minutes-no-certificate").await?;
    click(client, "#minutes-create-certificate > summary").await?;
    let offered = wait_for(client, "#certificate-new-name")
        .await?
        .prop("value")
        .await?;
    ensure!(
        offered.as_deref() == Some(CHAIR),
        "the certificate form offers the chair's name: {offered:?}"
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
    scroll_to(client, "#minutes-sign-section").await?;
    pictures.take(client, "minutes-certificate").await?;
    click(client, "#certificate-create").await?;
    wait_for_text(client, "#minutes-settings-certificate", CHAIR).await?;
    wait_for(client, "#minutes-password")
        .await?
        .send_keys(CERTIFICATE_PASSWORD)
        .await
        .context("typing the password")?;
    let role = wait_for(client, "#minutes-role")
        .await?
        .prop("value")
        .await?;
    ensure!(
        role.as_deref() == Some("chair"),
        "she signs as chair: {role:?}"
    );
    scroll_to(client, "#minutes-sign-section").await?;
    pictures.take(client, "minutes-sign").await?;
    click(client, "#minutes-sign").await?;
    let signed_pdf = PathBuf::from(
        wait_for(client, "#minutes-signed-path")
            .await?
            .text()
            .await?
            .trim(),
    );
    wait_for(
        client,
        "#minutes-signature-list tr[data-signature-number='1']",
    )
    .await?;
    scroll_to(client, "#minutes-sign-section").await?;
    pictures.take(client, "minutes-signed").await?;

    Ok(FirstHour {
        meeting_id,
        first_agenda_item_id,
        attendance,
        proxy: (absent_id, holder_id),
        ballots,
        action_owner,
        unsigned_pdf,
        signed_pdf,
        group_file,
        layout_shifts,
    })
}

/// The projector opened on the closed poll: its totals, labelled in the chair's language, and its
/// rule (the guide's picture of the projector).
async fn show_on_the_projector(
    client: &Client,
    words: &Words,
    pictures: &mut Pictures,
    poll_id: Uuid,
) -> anyhow::Result<()> {
    let main_window = client.window().await.context("the main window's handle")?;
    click(client, "#open-projector").await?;
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    let projector = loop {
        let windows = client.windows().await.context("listing the windows")?;
        if let Some(window) = windows.into_iter().find(|window| *window != main_window) {
            break window;
        }
        ensure!(
            std::time::Instant::now() < deadline,
            "no projector window appeared after clicking #open-projector"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    client.switch_to_window(projector).await?;
    wait_for(
        client,
        &format!(
            "#projector-poll[data-poll-id='{poll_id}'][data-poll-open='false'] [data-tally='5,1,1']"
        ),
    )
    .await?;
    // Opened on a poll already closed: its figures are labelled in the app's language (they once
    // stayed English, labelled before the projector knew its language).
    wait_for_text(client, "#projector-poll .tally", words.against).await?;
    pictures.take(client, "projector").await?;
    client
        .close_window()
        .await
        .context("closing the projector window")?;
    client.switch_to_window(main_window).await?;
    Ok(())
}

/// Clicks `state` in the member's row and waits until the row shows it was recorded.
async fn mark_attendance(
    client: &Client,
    member_id: Uuid,
    state: Attendance,
) -> anyhow::Result<()> {
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
    Ok(())
}

/// The roll call's members by name.
async fn members_by_name(client: &Client) -> anyhow::Result<BTreeMap<String, Uuid>> {
    let rows = client
        .execute(
            "return Array.from(document.querySelectorAll('#attendance-table tr[data-member-id]'), \
             (row) => [row.dataset.memberId, row.querySelector('.member-name').textContent.trim()]);",
            Vec::new(),
        )
        .await
        .context("reading the roll call")?;
    let rows: Vec<(String, String)> = serde_json::from_value(rows)?;
    rows.into_iter()
        .map(|(id, name)| Ok((name, Uuid::parse_str(&id)?)))
        .collect()
}

/// An element's place on the page: left, top, width and height in CSS pixels, measured from the
/// top of the document (not the window), so that scrolling does not count as moving.
type PageBox = [f64; 4];

/// What to measure: the elements a CSS selector matches, each named by the values of some
/// attributes, looked up on the element or its nearest ancestor that has them (a ballot button:
/// its row's voter and its own answer).
type Measured<'a> = (&'a str, &'a [&'a str]);

/// The attendance rows, and the radio buttons in them: a row that stays put can still move its
/// buttons sideways when its columns change width, or up and down inside it.
const ATTENDANCE: [Measured; 2] = [
    ("#attendance-table tr[data-member-id]", &["data-member-id"]),
    (
        "#attendance-table tr[data-member-id] input[data-attendance]",
        &["data-member-id", "data-attendance"],
    ),
];

/// The open poll's ballot buttons.
const BALLOTS: Measured = (
    "article[data-poll-open='true'] tr[data-voter-id] button[data-ballot]",
    &["data-voter-id", "data-ballot"],
);

/// The boxes of everything `parts` names, each under "selector: attribute values".
async fn boxes(
    client: &Client,
    parts: &[Measured<'_>],
) -> anyhow::Result<BTreeMap<String, PageBox>> {
    let mut boxes = BTreeMap::new();
    for (css, keys) in parts {
        let answer = client
            .execute(
                "const [css, keys] = arguments; \
                 return Array.from(document.querySelectorAll(css), (element) => { \
                   const name = keys \
                     .map((key) => element.closest(`[${key}]`)?.getAttribute(key)) \
                     .filter((value) => value !== undefined && value !== null) \
                     .join(' '); \
                   const box = element.getBoundingClientRect(); \
                   return [name, [box.left + window.scrollX, box.top + window.scrollY, box.width, box.height]]; \
                 });",
                vec![serde_json::json!(css), serde_json::json!(keys)],
            )
            .await
            .with_context(|| format!("measuring {css}"))?;
        let measured: Vec<(String, PageBox)> = serde_json::from_value(answer)?;
        ensure!(!measured.is_empty(), "nothing matches {css} to measure");
        let count = measured.len();
        let part: BTreeMap<String, PageBox> = measured
            .into_iter()
            .map(|(name, place)| (format!("{css}: {name}"), place))
            .collect();
        ensure!(
            part.len() == count,
            "two elements of {css} have the same name"
        );
        boxes.extend(part);
    }
    Ok(boxes)
}

/// What moved on the live screen when it should not have. Collected rather than failed at once, so
/// that a shift does not hide what the rest of the journey (and the database and the PDF after it)
/// would show; the test fails on them at the end.
#[derive(Default)]
pub(crate) struct LayoutShifts(pub(crate) Vec<String>);

impl LayoutShifts {
    /// Notes each element that moved or changed size, and by how much, unless `before` and
    /// `after` are the same elements in the same places (to a quarter of a pixel, for rounding).
    fn check(
        &mut self,
        what: &str,
        before: &BTreeMap<String, PageBox>,
        after: &BTreeMap<String, PageBox>,
    ) {
        if !before.keys().eq(after.keys()) {
            self.0.push(format!(
                "{what}: the elements changed: {:?} → {:?}",
                before.keys().collect::<Vec<_>>(),
                after.keys().collect::<Vec<_>>()
            ));
            return;
        }
        let moved: Vec<String> = before
            .iter()
            .filter_map(|(name, old)| {
                let new = after[name];
                let same = old.iter().zip(new).all(|(a, b)| (a - b).abs() < 0.25);
                (!same).then(|| {
                    format!(
                        "    {name}: x {:.1} → {:.1}, y {:.1} → {:.1}, width {:.1} → {:.1}, height {:.1} → {:.1}",
                        old[0], new[0], old[1], new[1], old[2], new[2], old[3], new[3]
                    )
                })
            })
            .collect();
        if moved.is_empty() {
            return;
        }
        const SHOWN: usize = 6;
        let more = if moved.len() > SHOWN {
            format!("\n    … and {} more", moved.len() - SHOWN)
        } else {
            String::new()
        };
        self.0.push(format!(
            "{what}: {} of {} moved or changed size:\n{}{more}",
            moved.len(),
            before.len(),
            moved[..moved.len().min(SHOWN)].join("\n")
        ));
    }
}

/// axe-core on the screen as it is: no violation.
async fn accessibility(client: &Client, axe: &str, screen: &str) -> anyhow::Result<()> {
    let results = run_axe(client, axe).await?;
    if !results.violations.is_empty() {
        bail!(
            "axe-core found accessibility violations:\n{}",
            describe_violations(&[(screen.to_owned(), results)])
        );
    }
    Ok(())
}

async fn count(client: &Client, css: &str) -> anyhow::Result<usize> {
    Ok(client.find_all(Locator::Css(css)).await?.len())
}

async fn wait_until_count(client: &Client, css: &str, expected: usize) -> anyhow::Result<()> {
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    loop {
        let found = count(client, css).await?;
        if found == expected {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            bail!("waited for {expected} of {css}, found {found}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Waits until the element's whole text, with its spaces collapsed, is `expected`.
async fn wait_for_exact_text(client: &Client, css: &str, expected: &str) -> anyhow::Result<()> {
    let deadline = std::time::Instant::now() + UI_TIMEOUT;
    loop {
        let text = wait_for(client, css)
            .await?
            .text()
            .await
            .unwrap_or_default();
        if collapse_spaces(&text) == expected {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            bail!("waited for {css} to say {expected:?}; it says {text:?}");
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// The PDF's text with its spaces and line breaks collapsed: pdftotext breaks sentences over lines.
fn pdf_text(pdf: &Path) -> anyhow::Result<String> {
    let output = std::process::Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .context("running pdftotext (poppler-utils)")?;
    ensure!(
        output.status.success(),
        "pdftotext {}: {}",
        pdf.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    Ok(collapse_spaces(&String::from_utf8_lossy(&output.stdout)))
}

fn collapse_spaces(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The text without its parenthesised parts (and the space before each).
fn without_parentheses(text: &str) -> String {
    let mut kept = String::new();
    let mut depth = 0_u32;
    for character in text.chars() {
        match character {
            '(' => {
                depth += 1;
                if depth == 1 && kept.ends_with(' ') {
                    kept.pop();
                }
            }
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => kept.push(character),
            _ => {}
        }
    }
    kept
}

/// Scrolls the element to the top of the window (with a little room above it).
pub(crate) async fn scroll_into_view(client: &Client, css: &str) -> anyhow::Result<()> {
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

pub(crate) async fn scroll_to_top(client: &Client) -> anyhow::Result<()> {
    client
        .execute("window.scrollTo(0, 0);", Vec::new())
        .await
        .context("scrolling to the top")?;
    Ok(())
}

pub(crate) fn path_text(path: &Path) -> anyhow::Result<&str> {
    path.to_str()
        .with_context(|| format!("{} is not UTF-8", path.display()))
}
