//! Approval of the last minutes (godkendelse af referat): a meeting's agenda item that approves
//! the signed minutes of an earlier meeting of its group, and the decision that approves them —
//! with corrections, an amendment of the earlier minutes too, so that they are corrected and
//! signed again. Each rule is a function of its own, which an import runs on another laptop's
//! events too (`super::imported`).

use gavel_messages::Language;
use rusqlite::{OptionalExtension, Transaction};
use uuid::Uuid;

use super::live::{Change, require_phase};
use super::{created, fresh_id, optional_text};
use crate::calendar::long_date;
use crate::command::{Applied, DecisionOutcome};
use crate::error::{Error, Record, Result};
use crate::event::EventPayload;
use crate::log::LogWriter;
use crate::meeting_state::{self, MeetingPhase};
use crate::rules::Bilingual;

/// The earlier meeting as an approval names it.
pub(super) struct EarlierMeeting {
    title: String,
    starts_at: chrono::NaiveDateTime,
}

pub(super) fn add_minutes_approval(
    log: &mut LogWriter<'_>,
    id: Option<Uuid>,
    meeting_id: Uuid,
    approved_meeting_id: Uuid,
    position: Option<u32>,
) -> Result<Applied> {
    let earlier = check_approval_item(log.tx, meeting_id, approved_meeting_id)?;
    let count = super::agenda_length(log.tx, meeting_id)?;
    let position = position.unwrap_or(1);
    if !(1..=count + 1).contains(&position) {
        return Err(super::position_out_of_range(count + 1, position));
    }
    let title = approval_title(log.tx, meeting_id, &earlier)?;
    let agenda_item_id = fresh_id(log, id, Record::AgendaItem, "agenda_item")?;
    let event = log.append(EventPayload::AgendaItemAdded {
        meeting_id,
        agenda_item_id,
        title: Some(title),
        backlog_key: None,
        position,
        approves_minutes_of: Some(approved_meeting_id),
    })?;
    Ok(created(agenda_item_id, event))
}

pub(super) fn approve_minutes(
    log: &mut LogWriter<'_>,
    id: Option<Uuid>,
    meeting_id: Uuid,
    agenda_item_id: Uuid,
    corrections: Option<String>,
) -> Result<Applied> {
    require_phase(log.tx, meeting_id, &[MeetingPhase::Open], Change::DecidedIn)?;
    let earlier_id = approved_meeting(log.tx, agenda_item_id)?
        .filter(|_| item_meeting(log.tx, agenda_item_id).ok() == Some(meeting_id))
        .ok_or_else(|| {
            crate::Error::Rejected(crate::rules::Bilingual::message(
                "coreDecideMinutesApproval-theAgendaItemDoesNot",
                &[],
            ))
        })?;
    check_approvable(log.tx, earlier_id)?;
    let corrections = optional_text(corrections);
    if let Some(corrections) = &corrections {
        super::live::check_long_text("corrections", corrections)?;
    }
    let (text, amendment_reason) = approval_wording(log.tx, meeting_id, corrections)?;
    let seen_decisions = crate::queries::decisions_on_agenda_item(log.tx, agenda_item_id)?;
    let decision_id = fresh_id(log, id, Record::Decision, "decision")?;
    let mut event_ids = vec![log.append(EventPayload::DecisionRecorded {
        meeting_id,
        decision_id,
        agenda_item_id: Some(agenda_item_id),
        poll_id: None,
        outcome: DecisionOutcome::Approved,
        text,
        backlog_changes: Vec::new(),
        priority_order: None,
        seen_decisions,
    })?];
    if let Some(reason) = amendment_reason {
        // The corrections are made in the earlier minutes, which then are signed again.
        let amendment = super::live::check_amendment(log.tx, earlier_id, &reason)?;
        let at = log.now_local();
        event_ids.push(log.append(EventPayload::MinutesAmended {
            meeting_id: earlier_id,
            version: amendment.version,
            amends_version: amendment.amends_version,
            reason: amendment.reason,
            at,
        })?);
    }
    Ok(Applied {
        created_id: Some(decision_id),
        event_ids,
    })
}

/// An approval item goes on a draft or open meeting, for the signed minutes of an earlier
/// meeting of its group that no meeting has approved, once per agenda.
pub(super) fn check_approval_item(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    earlier_id: Uuid,
) -> Result<EarlierMeeting> {
    require_phase(
        tx,
        meeting_id,
        &[MeetingPhase::Draft, MeetingPhase::Open],
        Change::Changed,
    )?;
    if earlier_id == meeting_id {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideMinutesApproval-aMeetingCannotApproveIts",
            &[],
        )));
    }
    let groups: (Uuid, Uuid) = tx.query_row(
        "SELECT (SELECT group_id FROM meeting WHERE id = ?1), (SELECT group_id FROM meeting WHERE id = ?2)",
        (meeting_id, earlier_id),
        |row| Ok((row.get::<_, Option<Uuid>>(0)?.unwrap_or_default(), row.get::<_, Option<Uuid>>(1)?.unwrap_or_default())),
    )?;
    let earlier = earlier_meeting(tx, earlier_id)?;
    if groups.0 != groups.1 {
        return Err(Error::Rejected(Bilingual::message(
            "coreDecideMinutesApproval-theMinutesBelongToAnotherGroup",
            &[("title", (&earlier.title).into())],
        )));
    }
    let already_on_agenda: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM agenda_item WHERE meeting_id = ?1 AND approves_minutes_of = ?2)",
        (meeting_id, earlier_id),
        |row| row.get(0),
    )?;
    if already_on_agenda {
        return Err(Error::Rejected(Bilingual::message(
            "coreDecideMinutesApproval-theApprovalIsAlreadyOnTheAgenda",
            &[("title", (&earlier.title).into())],
        )));
    }
    check_approvable(tx, earlier_id)?;
    Ok(earlier)
}

/// Minutes can be approved when their meeting is closed, their current version is signed, and no
/// meeting has approved them yet.
pub(super) fn check_approvable(tx: &Transaction<'_>, earlier_id: Uuid) -> Result<()> {
    check_approvable_except_by(tx, earlier_id, None)
}

/// As [`check_approvable`], but an approval already recorded in `meeting` does not count.
fn check_approvable_except_by(
    tx: &Transaction<'_>,
    earlier_id: Uuid,
    meeting: Option<Uuid>,
) -> Result<()> {
    let earlier = earlier_meeting(tx, earlier_id)?;
    if meeting_state::phase(tx, earlier_id)? != MeetingPhase::Closed
        || !meeting_state::minutes_are_signed(tx, earlier_id)?
    {
        return Err(Error::Rejected(Bilingual::message(
            "coreDecideMinutesApproval-theMinutesAreNotSignedYet",
            &[("title", (&earlier.title).into())],
        )));
    }
    if let Some(approving) = crate::queries::minutes_approval(tx, earlier_id)?
        && Some(approving.meeting_id) != meeting
    {
        return Err(Error::Rejected(Bilingual::message(
            "coreDecideMinutesApproval-theMinutesAreAlreadyApproved",
            &[
                ("approved_at", (&approving.meeting_title).into()),
                ("title", (&earlier.title).into()),
            ],
        )));
    }
    Ok(())
}

/// A decision "approved" on an approval item approves the minutes: it obeys the same rules as
/// `ApproveMinutes` (a decision from a sync file too).
pub(super) fn check_decision_on_approval_item(
    tx: &Transaction<'_>,
    agenda_item_id: Option<Uuid>,
    outcome: DecisionOutcome,
) -> Result<()> {
    let Some(agenda_item_id) = agenda_item_id else {
        return Ok(());
    };
    match approved_meeting(tx, agenda_item_id)? {
        Some(earlier_id) if outcome == DecisionOutcome::Approved => {
            check_approvable(tx, earlier_id)
        }
        _ => Ok(()),
    }
}

/// An imported decision on an approval item: as a local one, but a second approval in the same
/// meeting (two laptops) is left to the decision conflict.
pub(super) fn check_imported_decision_on_approval_item(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    agenda_item_id: Option<Uuid>,
    outcome: DecisionOutcome,
) -> Result<()> {
    let Some(agenda_item_id) = agenda_item_id else {
        return Ok(());
    };
    match approved_meeting(tx, agenda_item_id)? {
        Some(earlier_id) if outcome == DecisionOutcome::Approved => {
            check_approvable_except_by(tx, earlier_id, Some(meeting_id))
        }
        _ => Ok(()),
    }
}

fn approved_meeting(tx: &Transaction<'_>, agenda_item_id: Uuid) -> Result<Option<Uuid>> {
    Ok(tx
        .query_row(
            "SELECT approves_minutes_of FROM agenda_item WHERE id = ?1",
            [agenda_item_id],
            |row| row.get::<_, Option<Uuid>>(0),
        )
        .optional()?
        .flatten())
}

fn item_meeting(tx: &Transaction<'_>, agenda_item_id: Uuid) -> Result<Uuid> {
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

fn earlier_meeting(tx: &Transaction<'_>, earlier_id: Uuid) -> Result<EarlierMeeting> {
    tx.query_row(
        "SELECT title, starts_at FROM meeting WHERE id = ?1",
        [earlier_id],
        |row| {
            Ok(EarlierMeeting {
                title: row.get(0)?,
                starts_at: row.get(1)?,
            })
        },
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: Record::Meeting,
        id: earlier_id.to_string(),
    })
}

/// The language the meeting's group writes its minutes in.
fn minutes_language(tx: &Transaction<'_>, meeting_id: Uuid) -> Result<Language> {
    let language: Option<String> = tx
        .query_row(
            "SELECT g.minutes_language FROM meeting m JOIN steering_group g ON g.id = m.group_id
             WHERE m.id = ?1",
            [meeting_id],
            |row| row.get(0),
        )
        .optional()?;
    Ok(match language.as_deref() {
        Some("en") => Language::English,
        _ => Language::Danish,
    })
}

/// "Godkendelse af referat fra Styregruppemøde september 2026 (17. september 2026)", in the
/// group's minutes language.
fn approval_title(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    earlier: &EarlierMeeting,
) -> Result<String> {
    let language = minutes_language(tx, meeting_id)?;
    Ok(gavel_messages::message(
        language,
        "coreDecideMinutesApproval-approvalOfTheMinutesOf",
        &[
            ("date", long_date(language, earlier.starts_at.date()).into()),
            ("title", (&earlier.title).into()),
        ],
    ))
}

/// The decision's text, and the amendment's reason when there are corrections, in the group's
/// minutes language. The reason stands in the approved minutes, which need not name themselves.
fn approval_wording(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    corrections: Option<String>,
) -> Result<(String, Option<String>)> {
    let language = minutes_language(tx, meeting_id)?;
    let Some(corrections) = corrections else {
        return Ok((
            gavel_messages::message(
                language,
                "coreDecideMinutesApproval-theMinutesWereApproved",
                &[],
            ),
            None,
        ));
    };
    let (meeting_title, starts_at): (String, chrono::NaiveDateTime) = tx.query_row(
        "SELECT title, starts_at FROM meeting WHERE id = ?1",
        [meeting_id],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    let text = gavel_messages::message(
        language,
        "coreDecideMinutesApproval-approvedWithTheseCorrections",
        &[("corrections", (&corrections).into())],
    );
    let reason = gavel_messages::message(
        language,
        "coreDecideMinutesApproval-correctionsAgreedAtTheApproval",
        &[
            ("corrections", (&corrections).into()),
            ("date", long_date(language, starts_at.date()).into()),
            ("meeting", (&meeting_title).into()),
        ],
    );
    Ok((text, Some(reason)))
}
