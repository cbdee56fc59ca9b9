//! Deciding the live-meeting commands: lifecycle, attendance and proxies, polls and ballots,
//! decisions, action items and undo, one function per command (`super::decide` hands each its
//! command's fields). The rules of procedure themselves live in [`crate::rules`]; this module
//! gathers the state they need and records what they allow.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rusqlite::{OptionalExtension, Transaction};
use uuid::Uuid;

use super::{created, fresh_id, require_exists, required_text};
use crate::command::{Applied, BacklogChange, DecisionOutcome};
use crate::error::{Error, Record, Result};
use crate::event::EventPayload;
use crate::log::LogWriter;
use crate::meeting_state::{self, MeetingPhase};
use crate::rules::{
    self, Attendance, Ballot, Ballots, Bilingual, Majority, PollKind, RecordedResult,
    RulesOfProcedure, Totals,
};
use crate::wording;

/// `Command::SetRulesOfProcedure`.
pub(super) fn set_rules_of_procedure(
    log: &mut LogWriter<'_>,
    group_id: Uuid,
    rules: RulesOfProcedure,
) -> Result<Applied> {
    require_exists(log.tx, Record::Group, "steering_group", group_id)?;
    // Compute something with the rules once, so that nonsense (a 0 denominator) is
    // refused now rather than at the first poll.
    check_rules(&rules)?;
    done(log.append(EventPayload::RulesOfProcedureSet { group_id, rules })?)
}

/// `Command::OpenMeeting`.
pub(super) fn open_meeting(
    log: &mut LogWriter<'_>,
    meeting_id: Uuid,
    at: Option<NaiveDateTime>,
) -> Result<Applied> {
    require_phase(log.tx, meeting_id, &[MeetingPhase::Draft], Change::Opened)?;
    let rules = meeting_state::group_rules_of_meeting(log.tx, meeting_id)?;
    let at = at.unwrap_or_else(|| log.now_local());
    done(log.append(EventPayload::MeetingOpened {
        meeting_id,
        rules,
        at,
    })?)
}

/// `Command::CloseMeeting`.
pub(super) fn close_meeting(
    log: &mut LogWriter<'_>,
    meeting_id: Uuid,
    at: Option<NaiveDateTime>,
) -> Result<Applied> {
    check_closing(log.tx, meeting_id)?;
    let at = at.unwrap_or_else(|| log.now_local());
    done(log.append(EventPayload::MeetingClosed { meeting_id, at })?)
}

/// `Command::SetCurrentAgendaItem`.
pub(super) fn set_current_agenda_item(
    log: &mut LogWriter<'_>,
    agenda_item_id: Uuid,
) -> Result<Applied> {
    let meeting_id = agenda_item_meeting(log.tx, agenda_item_id)?;
    require_phase(
        log.tx,
        meeting_id,
        &[MeetingPhase::Draft, MeetingPhase::Open],
        Change::Changed,
    )?;
    done(log.append(EventPayload::CurrentAgendaItemSet {
        meeting_id,
        agenda_item_id,
    })?)
}

/// `Command::SetAgendaItemNotes`.
pub(super) fn set_agenda_item_notes(
    log: &mut LogWriter<'_>,
    agenda_item_id: Uuid,
    notes: String,
) -> Result<Applied> {
    let meeting_id = agenda_item_meeting(log.tx, agenda_item_id)?;
    require_phase(
        log.tx,
        meeting_id,
        &[MeetingPhase::Draft, MeetingPhase::Open],
        Change::Changed,
    )?;
    done(log.append(EventPayload::AgendaItemNotesSet {
        meeting_id,
        agenda_item_id,
        notes,
    })?)
}

/// `Command::SetAgendaItemProposal`.
pub(super) fn set_agenda_item_proposal(
    log: &mut LogWriter<'_>,
    agenda_item_id: Uuid,
    case_description: Option<String>,
    proposed_decision: Option<String>,
    responsible: Option<String>,
    links: Option<Vec<String>>,
) -> Result<Applied> {
    let meeting_id = agenda_item_meeting(log.tx, agenda_item_id)?;
    let case_description = case_description.unwrap_or_default();
    let proposed_decision = proposed_decision.unwrap_or_default();
    check_proposal(log.tx, meeting_id, &case_description, &proposed_decision)?;
    let responsible = super::optional_text(responsible);
    let links: Vec<String> = links
        .unwrap_or_default()
        .into_iter()
        .map(|link| link.trim().to_owned())
        .filter(|link| !link.is_empty())
        .collect();
    check_responsible_and_links(responsible.as_deref(), &links)?;
    done(log.append(EventPayload::AgendaItemProposalSet {
        meeting_id,
        agenda_item_id,
        case_description: case_description.trim().to_owned(),
        proposed_decision: proposed_decision.trim().to_owned(),
        responsible,
        links,
    })?)
}

/// `Command::SetAgendaItemTimeBox`.
pub(super) fn set_agenda_item_time_box(
    log: &mut LogWriter<'_>,
    agenda_item_id: Uuid,
    minutes: Option<u32>,
) -> Result<Applied> {
    let meeting_id = agenda_item_meeting(log.tx, agenda_item_id)?;
    require_phase(
        log.tx,
        meeting_id,
        &[MeetingPhase::Draft, MeetingPhase::Open],
        Change::Changed,
    )?;
    check_time_box(minutes)?;
    done(log.append(EventPayload::AgendaItemTimeBoxSet {
        meeting_id,
        agenda_item_id,
        minutes,
    })?)
}

/// `Command::SetAttendance`.
pub(super) fn set_attendance(
    log: &mut LogWriter<'_>,
    meeting_id: Uuid,
    member_id: Uuid,
    attendance: Attendance,
    at: Option<NaiveTime>,
) -> Result<Applied> {
    require_phase(
        log.tx,
        meeting_id,
        &[MeetingPhase::Draft, MeetingPhase::Open],
        Change::Changed,
    )?;
    meeting_state::require_member_of_meeting_group(log.tx, meeting_id, member_id)?;
    let at = match attendance {
        rules::Attendance::Present | rules::Attendance::Left => {
            Some(at.unwrap_or_else(|| log.now_local().time()))
        }
        _ => at,
    };
    done(log.append(EventPayload::AttendanceSet {
        meeting_id,
        member_id,
        attendance,
        at,
    })?)
}

/// `Command::GiveProxy`.
pub(super) fn give_proxy(
    log: &mut LogWriter<'_>,
    meeting_id: Uuid,
    from_member_id: Uuid,
    to_member_id: Uuid,
) -> Result<Applied> {
    require_phase(
        log.tx,
        meeting_id,
        &[MeetingPhase::Draft, MeetingPhase::Open],
        Change::Changed,
    )?;
    check_proxy(log.tx, meeting_id, from_member_id, to_member_id)?;
    done(log.append(EventPayload::ProxyGiven {
        meeting_id,
        from_member_id,
        to_member_id,
    })?)
}

/// `Command::WithdrawProxy`.
pub(super) fn withdraw_proxy(
    log: &mut LogWriter<'_>,
    meeting_id: Uuid,
    from_member_id: Uuid,
) -> Result<Applied> {
    require_phase(
        log.tx,
        meeting_id,
        &[MeetingPhase::Draft, MeetingPhase::Open],
        Change::Changed,
    )?;
    let roll = meeting_state::roll_call(log.tx, meeting_id)?;
    if !roll
        .iter()
        .any(|voter| voter.member_id == from_member_id && voter.proxy_holder.is_some())
    {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideLive-thisMemberHasGivenNo",
            &[],
        )));
    }
    done(log.append(EventPayload::ProxyWithdrawn {
        meeting_id,
        from_member_id,
    })?)
}

/// `Command::OpenPoll`.
// One parameter per field of the command, as every handler here takes its command.
#[allow(clippy::too_many_arguments)]
pub(super) fn open_poll(
    log: &mut LogWriter<'_>,
    id: Option<Uuid>,
    meeting_id: Uuid,
    agenda_item_id: Option<Uuid>,
    question: String,
    kind: PollKind,
    secret: Option<bool>,
    majority: Option<Majority>,
    override_quorum: Option<bool>,
) -> Result<Applied> {
    let PollOpening {
        question,
        rules,
        quorum_overridden,
    } = check_poll_opening(
        log.tx,
        meeting_id,
        agenda_item_id,
        &question,
        &kind,
        override_quorum == Some(true),
        || meeting_state::roll_call(log.tx, meeting_id).map(std::borrow::Cow::Owned),
    )?;
    let majority = majority.unwrap_or(match &kind {
        PollKind::Choice { .. } | PollKind::YesNo => rules.majority.clone(),
        PollKind::Points { .. } | PollKind::Ranking { .. } => rules::Majority::Plurality,
    });
    let poll_id = fresh_id(log, id, Record::Poll, "poll")?;
    let event = log.append(EventPayload::PollOpened {
        meeting_id,
        poll_id,
        agenda_item_id,
        question,
        kind,
        secret: secret.unwrap_or(false),
        majority,
        quorum_overridden,
    })?;
    Ok(created(poll_id, event))
}

/// `Command::RecordBallot`.
pub(super) fn record_ballot(
    log: &mut LogWriter<'_>,
    poll_id: Uuid,
    member_id: Uuid,
    ballot: Ballot,
) -> Result<Applied> {
    let poll = meeting_state::open_poll(log.tx, poll_id)?;
    let roll = meeting_state::roll_call(log.tx, poll.meeting_id)?;
    let cast_by_id = check_ballot(&poll, &roll, member_id, &ballot)?;
    let at = Some(log.now_local());
    done(log.append(EventPayload::BallotRecorded {
        meeting_id: poll.meeting_id,
        poll_id,
        member_id,
        cast_by_id,
        ballot,
        at,
    })?)
}

/// `Command::RecordTotals`.
pub(super) fn record_totals(
    log: &mut LogWriter<'_>,
    poll_id: Uuid,
    totals: Totals,
) -> Result<Applied> {
    let poll = meeting_state::open_poll(log.tx, poll_id)?;
    check_totals(log.tx, &poll, &totals)?;
    done(log.append(EventPayload::TotalsRecorded {
        meeting_id: poll.meeting_id,
        poll_id,
        totals,
    })?)
}

/// `Command::ClosePoll`.
pub(super) fn close_poll(log: &mut LogWriter<'_>, poll_id: Uuid) -> Result<Applied> {
    let poll = meeting_state::open_poll(log.tx, poll_id)?;
    let roll = meeting_state::roll_call(log.tx, poll.meeting_id)?;
    let result = meeting_state::current_result(log.tx, &poll, &roll)?;
    done(log.append(EventPayload::PollClosed {
        meeting_id: poll.meeting_id,
        poll_id,
        result: RecordedResult::of(&result),
    })?)
}

/// `Command::RecordDecision`.
// One parameter per field of the command, as every handler here takes its command.
#[allow(clippy::too_many_arguments)]
pub(super) fn record_decision(
    log: &mut LogWriter<'_>,
    id: Option<Uuid>,
    meeting_id: Uuid,
    agenda_item_id: Option<Uuid>,
    poll_id: Option<Uuid>,
    outcome: DecisionOutcome,
    text: String,
    backlog_changes: Option<Vec<BacklogChange>>,
    priority_order: Option<Vec<String>>,
) -> Result<Applied> {
    let backlog_changes = backlog_changes.unwrap_or_default();
    let text = check_decision(
        log.tx,
        meeting_id,
        agenda_item_id,
        poll_id,
        &text,
        &backlog_changes,
        priority_order.as_deref(),
    )?;
    super::minutes_approval::check_decision_on_approval_item(log.tx, agenda_item_id, outcome)?;
    let seen_decisions = match agenda_item_id {
        Some(agenda_item_id) => crate::queries::decisions_on_agenda_item(log.tx, agenda_item_id)?,
        None => Vec::new(),
    };
    let decision_id = fresh_id(log, id, Record::Decision, "decision")?;
    let event = log.append(EventPayload::DecisionRecorded {
        meeting_id,
        decision_id,
        agenda_item_id,
        poll_id,
        outcome,
        text,
        backlog_changes,
        priority_order,
        seen_decisions,
    })?;
    Ok(created(decision_id, event))
}

/// `Command::AddActionItem`.
// One parameter per field of the command, as every handler here takes its command.
#[allow(clippy::too_many_arguments)]
pub(super) fn add_action_item(
    log: &mut LogWriter<'_>,
    id: Option<Uuid>,
    meeting_id: Uuid,
    agenda_item_id: Option<Uuid>,
    text: String,
    owner_member_id: Option<Uuid>,
    owner_name: Option<String>,
    due_date: Option<NaiveDate>,
) -> Result<Applied> {
    let text = check_action_item(log.tx, meeting_id, agenda_item_id, &text, owner_member_id)?;
    let owner_name = owner_name
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty());
    let action_item_id = fresh_id(log, id, Record::ActionItem, "action_item")?;
    let event = log.append(EventPayload::ActionItemAdded {
        meeting_id,
        action_item_id,
        agenda_item_id,
        text,
        owner_member_id,
        owner_name,
        due_date,
    })?;
    Ok(created(action_item_id, event))
}

/// `Command::Undo`.
pub(super) fn undo(log: &mut LogWriter<'_>, meeting_id: Uuid) -> Result<Applied> {
    require_phase(
        log.tx,
        meeting_id,
        &[MeetingPhase::Draft, MeetingPhase::Open],
        Change::Changed,
    )?;
    let undo = crate::undo::next_meeting_undo(log.tx, meeting_id)?.ok_or_else(|| {
        crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideLive-thereIsNothingToUndo",
            &[],
        ))
    })?;
    done(log.append(EventPayload::EventUndone {
        meeting_id,
        event_id: undo.event_id,
    })?)
}

/// `Command::RecordMinutesSigned`.
pub(super) fn record_minutes_signed(
    log: &mut LogWriter<'_>,
    meeting_id: Uuid,
    fingerprint: String,
    document_sha256: String,
    signer_name: String,
    role: String,
    signed_at: Option<NaiveDateTime>,
) -> Result<Applied> {
    let current = crate::verify::stream_fingerprint(log.tx, meeting_id)?;
    let Signature {
        signer_name,
        role,
        version,
    } = check_signature(
        log.tx,
        meeting_id,
        &fingerprint,
        &current,
        &signer_name,
        &role,
    )?;
    let signed_at = signed_at.unwrap_or_else(|| log.now_local());
    done(log.append(EventPayload::MinutesSigned {
        meeting_id,
        version,
        fingerprint,
        document_sha256,
        signer_name,
        role,
        signed_at,
    })?)
}

/// `Command::ResolveDecisionConflict`.
pub(super) fn resolve_decision_conflict(
    log: &mut LogWriter<'_>,
    meeting_id: Uuid,
    keep: Uuid,
) -> Result<Applied> {
    let (agenda_item_id, withdrawn) = check_resolution(log.tx, meeting_id, keep)?;
    done(log.append(EventPayload::DecisionConflictResolved {
        meeting_id,
        agenda_item_id,
        kept: keep,
        withdrawn,
    })?)
}

/// `Command::AmendMinutes`.
pub(super) fn amend_minutes(
    log: &mut LogWriter<'_>,
    meeting_id: Uuid,
    reason: String,
    at: Option<NaiveDateTime>,
) -> Result<Applied> {
    let Amendment {
        reason,
        version,
        amends_version,
    } = check_amendment(log.tx, meeting_id, &reason)?;
    let at = at.unwrap_or_else(|| log.now_local());
    done(log.append(EventPayload::MinutesAmended {
        meeting_id,
        version,
        amends_version,
        reason,
        at,
    })?)
}

// The checks below are the rules an event obeys whoever records it: `decide` runs them before it
// appends a command's events, and an import runs them on every event of another laptop at its
// place in the log (`super::imported`). One copy of each rule, so that a sync file can never
// record what the app would refuse.

/// The longest case description or proposed decision, in characters: several pages of text,
/// far more than an agenda item needs, and small enough for every screen and file that shows it.
pub(crate) const MAX_PROPOSAL_CHARS: usize = 20_000;

/// An item's case description and proposed decision change until the meeting closes; each is
/// plain text of at most [`MAX_PROPOSAL_CHARS`] characters, with no control characters but line
/// breaks and tabs (which would otherwise reach the minutes, the invitation and the terminal).
pub(super) fn check_proposal(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    case_description: &str,
    proposed_decision: &str,
) -> Result<()> {
    require_phase(
        tx,
        meeting_id,
        &[MeetingPhase::Draft, MeetingPhase::Open],
        Change::Changed,
    )?;
    for (field, text) in [
        ("case_description", case_description),
        ("proposed_decision", proposed_decision),
    ] {
        check_long_text(field, text)?;
    }
    Ok(())
}

/// The most links an agenda item takes, and the longest one.
const MAX_LINKS: usize = 20;
const MAX_LINK_CHARS: usize = 2000;

/// Who presents an item is a name (at most 200 characters, one line); a link is a web address,
/// `https://` or `http://`, with no spaces or control characters — never `javascript:` or a file.
pub(super) fn check_responsible_and_links(
    responsible: Option<&str>,
    links: &[String],
) -> Result<()> {
    if let Some(responsible) = responsible {
        let length = responsible.chars().count();
        if length > 200 || responsible.chars().any(char::is_control) {
            return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                "coreDecideLive-responsibleMustBeAName",
                &[("length", length.to_string().into())],
            )));
        }
    }
    if links.len() > MAX_LINKS {
        return Err(Error::Rejected(Bilingual::message(
            "coreDecideLive-tooManyLinks",
            &[
                ("given", links.len().to_string().into()),
                ("limit", MAX_LINKS.to_string().into()),
            ],
        )));
    }
    for link in links {
        let lower = link.to_ascii_lowercase();
        let web = (lower.starts_with("https://") || lower.starts_with("http://"))
            && link.len() > "https://".len()
            && link.chars().count() <= MAX_LINK_CHARS
            && !link.chars().any(|c| c.is_whitespace() || c.is_control());
        if !web {
            let shown: String = link.chars().take(80).collect();
            return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                "coreDecideLive-isNotAWebAddress",
                &[("shown", shown.to_string().into())],
            )));
        }
    }
    Ok(())
}

/// A text of several paragraphs: at most [`MAX_PROPOSAL_CHARS`], no control characters but line
/// breaks and tabs. `field` is the command's field ("proposed_decision"), which the Danish
/// message names in words ("Indstillingen").
pub(super) fn check_long_text(field: &str, text: &str) -> Result<()> {
    let length = text.chars().count();
    if length > MAX_PROPOSAL_CHARS {
        return Err(Error::Rejected(Bilingual::message(
            "coreDecideLive-theTextIsTooLong",
            &[
                ("field", field.into()),
                ("length", length.to_string().into()),
                ("limit", MAX_PROPOSAL_CHARS.to_string().into()),
            ],
        )));
    }
    if let Some(control) = text
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(Error::Rejected(Bilingual::message(
            "coreDecideLive-theTextHoldsAControlCharacter",
            &[
                ("code_point", format!("U+{:04X}", u32::from(control)).into()),
                ("field", field.into()),
            ],
        )));
    }
    Ok(())
}

/// A meeting closes from open, with no poll left open.
pub(super) fn check_closing(tx: &Transaction<'_>, meeting_id: Uuid) -> Result<()> {
    require_phase(tx, meeting_id, &[MeetingPhase::Open], Change::Closed)?;
    if let Some(question) = meeting_state::first_open_poll(tx, meeting_id)? {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideLive-closeThePollBeforeClosing",
            &[("question", question.to_string().into())],
        )));
    }
    Ok(())
}

pub(super) fn check_time_box(minutes: Option<u32>) -> Result<()> {
    if minutes == Some(0) || minutes.is_some_and(|minutes| minutes > 24 * 60) {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideLive-aTimeBoxMustBe",
            &[],
        )));
    }
    Ok(())
}

/// A proxy by the rules of procedure in force, between members on the roll call.
pub(super) fn check_proxy(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    from_member_id: Uuid,
    to_member_id: Uuid,
) -> Result<()> {
    let roll = meeting_state::roll_call(tx, meeting_id)?;
    let rules = meeting_state::rules_in_force(tx, meeting_id)?;
    rules::check_proxy(&rules, &roll, from_member_id, to_member_id).map_err(Error::from)
}

/// What a poll opens with: its question, trimmed, the rules in force, and whether the meeting was
/// short of a quorum.
pub(super) struct PollOpening {
    pub(super) question: String,
    pub(super) rules: rules::RulesOfProcedure,
    pub(super) quorum_overridden: bool,
}

/// A poll opens in an open meeting, on one of its agenda items, with a question and something to
/// choose, and without a quorum only when the chair overrides it.
///
/// `roll_call` gives the meeting's roll call (`meeting_state::roll_call`), read only once the
/// meeting is known to be open: an import keeps it between polls (`imported::KeptReads`).
pub(super) fn check_poll_opening<'r>(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    agenda_item_id: Option<Uuid>,
    question: &str,
    kind: &PollKind,
    chair_overrides_quorum: bool,
    roll_call: impl FnOnce() -> Result<std::borrow::Cow<'r, [rules::Voter]>>,
) -> Result<PollOpening> {
    require_phase(tx, meeting_id, &[MeetingPhase::Open], Change::VotedIn)?;
    let question = required_text("question", question)?;
    if let Some(agenda_item_id) = agenda_item_id
        && agenda_item_meeting(tx, agenda_item_id)? != meeting_id
    {
        return Err(agenda_item_of_another_meeting());
    }
    check_poll_kind(tx, kind)?;
    let rules = meeting_state::rules_in_force(tx, meeting_id)?;
    let quorum = rules::quorum(&rules, &roll_call()?);
    let quorum_overridden = !quorum.is_quorate;
    if quorum_overridden && !chair_overrides_quorum {
        return Err(Error::Rejected(wording::message(
            "coreDecideLive-notQuorateTheChairMayOverride",
            |language| vec![("quorum", wording::pick(&quorum.text, language).into())],
        )));
    }
    Ok(PollOpening {
        question,
        rules,
        quorum_overridden,
    })
}

/// A named ballot in an open poll counted per member, by a member entitled to vote, in the shape
/// the poll asks for, against the meeting's roll call (`meeting_state::roll_call`). Returns who
/// casts it: the member, or the holder of their proxy.
pub(super) fn check_ballot(
    poll: &meeting_state::PollState,
    roll: &[rules::Voter],
    member_id: Uuid,
    ballot: &rules::Ballot,
) -> Result<Uuid> {
    if poll.secret {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideLive-thisPollIsSecretRecord",
            &[],
        )));
    }
    if poll.has_totals {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideLive-thisPollWasCountedBy",
            &[],
        )));
    }
    let cast_by_id = rules::check_ballot_eligibility(roll, member_id).map_err(Error::from)?;
    // Check the ballot's shape against the poll now, not first when it closes.
    let ballots = [(member_id, ballot.clone())];
    rules::check_poll_ballots(&poll.majority, &poll.kind, roll, Ballots::Named(&ballots))
        .map_err(Error::from)?;
    Ok(cast_by_id)
}

/// Hand-counted totals in an open poll that has no ballots per member, in the poll's shape.
pub(super) fn check_totals(
    tx: &Transaction<'_>,
    poll: &meeting_state::PollState,
    totals: &rules::Totals,
) -> Result<()> {
    if poll.ballot_count > 0 {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideLive-thisPollAlreadyHasBallots",
            &[],
        )));
    }
    let roll = meeting_state::roll_call(tx, poll.meeting_id)?;
    rules::check_poll_ballots(&poll.majority, &poll.kind, &roll, Ballots::Totals(totals))
        .map_err(Error::from)?;
    Ok(())
}

/// A decision in an open meeting, with a text, on one of its agenda items and polls, changing
/// backlog items that exist. Returns the text, trimmed.
pub(super) fn check_decision(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    agenda_item_id: Option<Uuid>,
    poll_id: Option<Uuid>,
    text: &str,
    backlog_changes: &[crate::command::BacklogChange],
    priority_order: Option<&[String]>,
) -> Result<String> {
    require_phase(tx, meeting_id, &[MeetingPhase::Open], Change::DecidedIn)?;
    let text = required_text("text", text)?;
    if let Some(agenda_item_id) = agenda_item_id
        && agenda_item_meeting(tx, agenda_item_id)? != meeting_id
    {
        return Err(agenda_item_of_another_meeting());
    }
    if let Some(poll_id) = poll_id {
        let poll_meeting: Option<Uuid> = tx
            .query_row(
                "SELECT meeting_id FROM poll WHERE id = ?1",
                [poll_id],
                |row| row.get(0),
            )
            .optional()?;
        if poll_meeting != Some(meeting_id) {
            return Err(Error::NotFound {
                what: Record::PollInMeeting,
                id: poll_id.to_string(),
            });
        }
    }
    for change in backlog_changes {
        require_backlog_item(tx, &change.key)?;
    }
    if let Some(order) = priority_order {
        let mut seen = std::collections::HashSet::new();
        for key in order {
            require_backlog_item(tx, key)?;
            if !seen.insert(key) {
                return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                    "coreDecideLive-appearsTwiceInThePriority",
                    &[("key", key.to_string().into())],
                )));
            }
        }
    }
    Ok(text)
}

/// An action item in a meeting that is not closed, with a text, owned by a member of the
/// meeting's group (or by a name), on one of its agenda items. Returns the text, trimmed.
pub(super) fn check_action_item(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    agenda_item_id: Option<Uuid>,
    text: &str,
    owner_member_id: Option<Uuid>,
) -> Result<String> {
    require_phase(
        tx,
        meeting_id,
        &[MeetingPhase::Draft, MeetingPhase::Open],
        Change::Changed,
    )?;
    let text = required_text("text", text)?;
    if let Some(member_id) = owner_member_id {
        meeting_state::require_member_of_meeting_group(tx, meeting_id, member_id)?;
    }
    if let Some(agenda_item_id) = agenda_item_id
        && agenda_item_meeting(tx, agenda_item_id)? != meeting_id
    {
        return Err(agenda_item_of_another_meeting());
    }
    Ok(text)
}

/// A signature as recorded: who, in what role, of which minutes version.
pub(super) struct Signature {
    pub(super) signer_name: String,
    pub(super) role: String,
    pub(super) version: u32,
}

/// Minutes are signed once the meeting is closed, and only minutes that show the meeting's log
/// fingerprint as it is (`current_fingerprint`): a signature always covers exactly what the
/// meeting holds.
pub(super) fn check_signature(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    fingerprint: &str,
    current_fingerprint: &str,
    signer_name: &str,
    role: &str,
) -> Result<Signature> {
    if meeting_state::phase(tx, meeting_id)? != MeetingPhase::Closed {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideLive-onlyTheMinutesOfA",
            &[],
        )));
    }
    refuse_unresolved_decision_conflicts(tx, meeting_id)?;
    if fingerprint != current_fingerprint {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideLive-theseMinutesShowTheLog",
            &[
                (
                    "current_fingerprint",
                    current_fingerprint.to_string().into(),
                ),
                ("fingerprint", fingerprint.to_string().into()),
            ],
        )));
    }
    Ok(Signature {
        signer_name: required_text("signer_name", signer_name)?,
        role: required_text("role", role)?,
        version: meeting_state::minutes_version(tx, meeting_id)?,
    })
}

/// Minutes are not signed while two laptops' decisions on one agenda item contradict each other:
/// the chair keeps one first.
fn refuse_unresolved_decision_conflicts(tx: &Transaction<'_>, meeting_id: Uuid) -> Result<()> {
    let Some(conflict) = crate::queries::decision_conflicts(tx, meeting_id)?
        .into_iter()
        .next()
    else {
        return Ok(());
    };
    let numbers: Vec<String> = conflict
        .decisions
        .iter()
        .map(|decision| decision.number.to_string())
        .collect();
    let (last, first) = numbers.split_last().expect("a conflict has two decisions");
    let first = first.join(", ");
    let item = &conflict.agenda_item_title;
    Err(crate::Error::Rejected(crate::rules::Bilingual::message(
        "coreDecideLive-theMinutesCannotBeSigned",
        &[
            ("first", first.to_string().into()),
            ("item", item.to_string().into()),
            ("last", last.to_string().into()),
        ],
    )))
}

/// The chair resolves a conflict while the minutes are not signed: `keep` is a decision of this
/// meeting in conflict with others. Returns its agenda item and the decisions it withdraws.
pub(super) fn check_resolution(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    keep: Uuid,
) -> Result<(Uuid, Vec<Uuid>)> {
    let phase = meeting_state::phase(tx, meeting_id)?;
    if phase == MeetingPhase::Draft {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideLive-aDraftMeetingHasNo",
            &[],
        )));
    }
    if phase == MeetingPhase::Closed && meeting_state::minutes_are_signed(tx, meeting_id)? {
        return Err(signed_minutes_do_not_change());
    }
    let Some((agenda_item_id, withdrawn)) =
        crate::queries::decisions_in_conflict_with(tx, meeting_id, keep)?
    else {
        return Err(Error::NotFound {
            what: Record::Decision,
            id: keep.to_string(),
        });
    };
    if withdrawn.is_empty() {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideLive-thisDecisionIsInNo",
            &[],
        )));
    }
    Ok((agenda_item_id, withdrawn))
}

/// An amendment as recorded: why, the minutes version the corrections go into, and the signed
/// version it amends.
pub(super) struct Amendment {
    pub(super) reason: String,
    pub(super) version: u32,
    pub(super) amends_version: Option<u32>,
}

/// Only a closed meeting is amended, with a reason. Signed minutes get a new version that names
/// the signed one; unsigned minutes are corrected in their own version.
pub(super) fn check_amendment(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    reason: &str,
) -> Result<Amendment> {
    if meeting_state::phase(tx, meeting_id)? != MeetingPhase::Closed {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideLive-onlyAClosedMeetingCan",
            &[],
        )));
    }
    let reason = required_text("reason", reason)?;
    let current_version = meeting_state::minutes_version(tx, meeting_id)?;
    let signed = meeting_state::minutes_are_signed(tx, meeting_id)?;
    let (version, amends_version) = if signed {
        (current_version + 1, Some(current_version))
    } else {
        (current_version, None)
    };
    Ok(Amendment {
        reason,
        version,
        amends_version,
    })
}

/// Fractions must be fractions: a denominator of 0 or a fraction above 1 can never be met.
pub(super) fn check_rules(rules: &rules::RulesOfProcedure) -> Result<()> {
    let fractions = [
        match &rules.quorum {
            rules::Quorum::AtLeastFraction {
                numerator,
                denominator,
                ..
            }
            | rules::Quorum::MoreThanFraction {
                numerator,
                denominator,
                ..
            } => Some((*numerator, *denominator)),
            rules::Quorum::None | rules::Quorum::AtLeastCount { .. } => None,
        },
        match &rules.majority {
            rules::Majority::Qualified {
                numerator,
                denominator,
                ..
            } => Some((*numerator, *denominator)),
            _ => None,
        },
    ];
    for (numerator, denominator) in fractions.into_iter().flatten() {
        if denominator == 0 || numerator == 0 || numerator > denominator {
            return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                "coreDecideLive-isNotAFractionBetween",
                &[
                    ("denominator", denominator.to_string().into()),
                    ("numerator", numerator.to_string().into()),
                ],
            )));
        }
    }
    Ok(())
}

pub(super) fn done(event: Uuid) -> Result<Applied> {
    Ok(Applied {
        created_id: None,
        event_ids: vec![event],
    })
}

/// What a command does to a meeting, for the refusal when the meeting's phase does not allow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Change {
    Changed,
    Opened,
    Closed,
    VotedIn,
    DecidedIn,
}

impl Change {
    /// "voted_in": the change as the catalogue's message chooses its words by it.
    fn key(self) -> &'static str {
        match self {
            Change::Changed => "changed",
            Change::Opened => "opened",
            Change::Closed => "closed",
            Change::VotedIn => "voted_in",
            Change::DecidedIn => "decided_in",
        }
    }
}

/// Refuses the command unless the meeting is in one of `allowed` phases.
pub(super) fn require_phase(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    allowed: &[MeetingPhase],
    change: Change,
) -> Result<()> {
    let phase = meeting_state::phase(tx, meeting_id)?;
    if allowed.contains(&phase) {
        return Ok(());
    }
    if phase == MeetingPhase::Closed && meeting_state::minutes_are_signed(tx, meeting_id)? {
        return Err(signed_minutes_do_not_change());
    }
    Err(Error::Rejected(Bilingual::message(
        "coreDecideLive-theMeetingCannotTakeTheChange",
        &[
            ("change", change.key().into()),
            ("phase", phase.key().into()),
        ],
    )))
}

pub(super) fn signed_minutes_do_not_change() -> Error {
    crate::Error::Rejected(crate::rules::Bilingual::message(
        "coreDecideLive-theMinutesOfThisMeeting",
        &[],
    ))
}

pub(super) fn agenda_item_of_another_meeting() -> Error {
    crate::Error::Rejected(crate::rules::Bilingual::message(
        "coreDecideLive-theAgendaItemBelongsTo",
        &[],
    ))
}

pub(super) fn agenda_item_meeting(tx: &Transaction<'_>, agenda_item_id: Uuid) -> Result<Uuid> {
    tx.query_row(
        "SELECT meeting_id FROM agenda_item WHERE id = ?1",
        [agenda_item_id],
        |row| row.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: Record::AgendaItem,
        id: agenda_item_id.to_string(),
    })
}

pub(super) fn require_backlog_item(tx: &Transaction<'_>, key: &str) -> Result<()> {
    let exists: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM backlog_item WHERE key = ?1)",
        [key],
        |row| row.get(0),
    )?;
    if exists {
        Ok(())
    } else {
        Err(Error::NotFound {
            what: Record::BacklogItem,
            id: key.to_owned(),
        })
    }
}

/// A prioritisation poll's items must be backlog items; every poll needs something to choose.
fn check_poll_kind(tx: &Transaction<'_>, kind: &PollKind) -> Result<()> {
    match kind {
        PollKind::YesNo => Ok(()),
        PollKind::Choice { options } => {
            if options.len() < 2 || options.iter().any(|option| option.trim().is_empty()) {
                return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                    "coreDecideLive-aChoicePollNeedsAt",
                    &[],
                )));
            }
            Ok(())
        }
        PollKind::Points { items, .. } | PollKind::Ranking { items } => {
            if items.len() < 2 {
                return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                    "coreDecideLive-aPrioritisationPollNeedsAt",
                    &[],
                )));
            }
            for key in items {
                require_backlog_item(tx, key)?;
            }
            Ok(())
        }
    }
}
