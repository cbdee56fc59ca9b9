//! Turning a command into events: every check against the current state happens here, before
//! anything is appended. A rejected command appends nothing.

use rusqlite::{OptionalExtension, Transaction};
use uuid::Uuid;

use crate::command::{Applied, Command};
use crate::error::{Error, Record, Result};
use crate::event::EventPayload;
use crate::log::LogWriter;
use crate::meeting_state::MeetingPhase;
use crate::queries;
use crate::rules::Bilingual;

mod backlog;
mod follow_up;
mod group;
mod imported;
mod live;
mod meeting;
mod minutes_approval;
mod publication;

pub(crate) use backlog::{BacklogUpsert, MAX_DESCRIPTION_BYTES, ParentCheck, upsert_backlog_item};
pub(crate) use follow_up::check_action_item_status;
pub(crate) use group::{MAX_NAME_CHARS, MAX_VOTE_WEIGHT, checked_email};
pub(crate) use imported::{
    CreatedRecord, ImportRefusal, KeptReads, LogPlace, check_imported_event, created_record,
    refuse_created_again,
};
pub(crate) use publication::check_meeting_publication;

pub(crate) fn decide(log: &mut LogWriter<'_>, command: Command) -> Result<Applied> {
    match command {
        Command::CreateGroup {
            id,
            name,
            kind,
            minutes_language,
        } => group::create_group(log, id, name, kind, minutes_language),
        Command::UpdateGroup {
            group_id,
            name,
            kind,
            minutes_language,
        } => group::update_group(log, group_id, name, kind, minutes_language),
        Command::AddOrganisation { id, group_id, name } => {
            group::add_organisation(log, id, group_id, name)
        }
        Command::RenameOrganisation {
            organisation_id,
            name,
        } => group::rename_organisation(log, organisation_id, name),
        Command::AddMember {
            id,
            group_id,
            name,
            organisation_id,
            role,
            voting_right,
            vote_weight,
            email,
            joined_on,
        } => group::add_member(
            log,
            id,
            group_id,
            name,
            organisation_id,
            role,
            voting_right,
            vote_weight,
            email,
            joined_on,
        ),
        Command::UpdateMember {
            member_id,
            name,
            organisation_id,
            role,
            voting_right,
            vote_weight,
            email,
        } => group::update_member(
            log,
            member_id,
            name,
            organisation_id,
            role,
            voting_right,
            vote_weight,
            email,
        ),
        Command::RetireMember {
            member_id,
            on,
            successor,
        } => group::retire_member(log, member_id, on, successor),
        Command::UndoGroupChange { group_id } => group::undo_group_change(log, group_id),
        Command::SetActionItemDone {
            action_item_id,
            done,
            on,
        } => follow_up::set_action_item_done(log, action_item_id, done, on),
        Command::SetMeetingPublic { meeting_id, public } => {
            publication::set_meeting_public(log, meeting_id, public)
        }
        Command::UpsertBacklogItem {
            key,
            title,
            status,
            priority,
            rank,
            story_points,
            labels,
            parent,
            votes,
            watchers,
            description,
        } => backlog::upsert_backlog_item(
            log,
            BacklogUpsert {
                key,
                title,
                status,
                priority,
                rank,
                story_points,
                labels,
                parent,
                votes,
                watchers,
                description,
            },
            ParentCheck::Now,
        ),
        Command::CreateMeeting {
            id,
            group_id,
            title,
            starts_at,
            location,
        } => {
            let title = check_new_meeting(log.tx, group_id, &title)?;
            let meeting_id = fresh_id(log, id, Record::Meeting, "meeting")?;
            let location = optional_text(location);
            let event = log.append(EventPayload::MeetingCreated {
                meeting_id,
                group_id,
                title,
                starts_at,
                location,
            })?;
            Ok(created(meeting_id, event))
        }
        Command::UpdateMeeting {
            meeting_id,
            title,
            starts_at,
            location,
        } => meeting::update_meeting(log, meeting_id, &title, starts_at, location),
        Command::CancelMeeting { meeting_id, reason } => {
            meeting::cancel_meeting(log, meeting_id, reason)
        }
        Command::AddAgendaItem {
            id,
            meeting_id,
            title,
            backlog_key,
            position,
        } => {
            let title = optional_text(title);
            let backlog_key = optional_text(backlog_key);
            check_new_agenda_item(log.tx, meeting_id, title.as_deref(), backlog_key.as_deref())?;
            let count = agenda_length(log.tx, meeting_id)?;
            let position = position.unwrap_or(count + 1);
            if !(1..=count + 1).contains(&position) {
                return Err(position_out_of_range(count + 1, position));
            }
            let agenda_item_id = fresh_id(log, id, Record::AgendaItem, "agenda_item")?;
            let event = log.append(EventPayload::AgendaItemAdded {
                meeting_id,
                agenda_item_id,
                title,
                backlog_key,
                position,
                approves_minutes_of: None,
            })?;
            Ok(created(agenda_item_id, event))
        }
        Command::AddMinutesApproval {
            id,
            meeting_id,
            approved_meeting_id,
            position,
        } => minutes_approval::add_minutes_approval(
            log,
            id,
            meeting_id,
            approved_meeting_id,
            position,
        ),
        Command::ApproveMinutes {
            id,
            meeting_id,
            agenda_item_id,
            corrections,
        } => minutes_approval::approve_minutes(log, id, meeting_id, agenda_item_id, corrections),
        Command::MoveAgendaItem {
            agenda_item_id,
            position,
        } => {
            let meeting_id: Uuid = log
                .tx
                .query_row(
                    "SELECT meeting_id FROM agenda_item WHERE id = ?1",
                    [agenda_item_id],
                    |row| row.get(0),
                )
                .optional()?
                .ok_or_else(|| Error::NotFound {
                    what: Record::AgendaItem,
                    id: agenda_item_id.to_string(),
                })?;
            live::require_phase(
                log.tx,
                meeting_id,
                &[MeetingPhase::Draft, MeetingPhase::Open],
                live::Change::Changed,
            )?;
            let count = agenda_length(log.tx, meeting_id)?;
            if !(1..=count).contains(&position) {
                return Err(position_out_of_range(count, position));
            }
            let event = log.append(EventPayload::AgendaItemMoved {
                meeting_id,
                agenda_item_id,
                position,
            })?;
            Ok(Applied {
                created_id: None,
                event_ids: vec![event],
            })
        }
        Command::SetRulesOfProcedure { group_id, rules } => {
            live::set_rules_of_procedure(log, group_id, rules)
        }
        Command::OpenMeeting { meeting_id, at } => live::open_meeting(log, meeting_id, at),
        Command::CloseMeeting { meeting_id, at } => live::close_meeting(log, meeting_id, at),
        Command::SetCurrentAgendaItem { agenda_item_id } => {
            live::set_current_agenda_item(log, agenda_item_id)
        }
        Command::SetAgendaItemNotes {
            agenda_item_id,
            notes,
        } => live::set_agenda_item_notes(log, agenda_item_id, notes),
        Command::SetAgendaItemProposal {
            agenda_item_id,
            case_description,
            proposed_decision,
            responsible,
            links,
        } => live::set_agenda_item_proposal(
            log,
            agenda_item_id,
            case_description,
            proposed_decision,
            responsible,
            links,
        ),
        Command::SetAgendaItemTimeBox {
            agenda_item_id,
            minutes,
        } => live::set_agenda_item_time_box(log, agenda_item_id, minutes),
        Command::SetAttendance {
            meeting_id,
            member_id,
            attendance,
            at,
        } => live::set_attendance(log, meeting_id, member_id, attendance, at),
        Command::GiveProxy {
            meeting_id,
            from_member_id,
            to_member_id,
        } => live::give_proxy(log, meeting_id, from_member_id, to_member_id),
        Command::WithdrawProxy {
            meeting_id,
            from_member_id,
        } => live::withdraw_proxy(log, meeting_id, from_member_id),
        Command::OpenPoll {
            id,
            meeting_id,
            agenda_item_id,
            question,
            kind,
            secret,
            majority,
            override_quorum,
        } => live::open_poll(
            log,
            id,
            meeting_id,
            agenda_item_id,
            question,
            kind,
            secret,
            majority,
            override_quorum,
        ),
        Command::RecordBallot {
            poll_id,
            member_id,
            ballot,
        } => live::record_ballot(log, poll_id, member_id, ballot),
        Command::RecordTotals { poll_id, totals } => live::record_totals(log, poll_id, totals),
        Command::ClosePoll { poll_id } => live::close_poll(log, poll_id),
        Command::RecordDecision {
            id,
            meeting_id,
            agenda_item_id,
            poll_id,
            outcome,
            text,
            backlog_changes,
            priority_order,
        } => live::record_decision(
            log,
            id,
            meeting_id,
            agenda_item_id,
            poll_id,
            outcome,
            text,
            backlog_changes,
            priority_order,
        ),
        Command::AddActionItem {
            id,
            meeting_id,
            agenda_item_id,
            text,
            owner_member_id,
            owner_name,
            due_date,
        } => live::add_action_item(
            log,
            id,
            meeting_id,
            agenda_item_id,
            text,
            owner_member_id,
            owner_name,
            due_date,
        ),
        Command::Undo { meeting_id } => live::undo(log, meeting_id),
        Command::RecordMinutesSigned {
            meeting_id,
            fingerprint,
            document_sha256,
            signer_name,
            role,
            signed_at,
        } => live::record_minutes_signed(
            log,
            meeting_id,
            fingerprint,
            document_sha256,
            signer_name,
            role,
            signed_at,
        ),
        Command::ResolveDecisionConflict { meeting_id, keep } => {
            live::resolve_decision_conflict(log, meeting_id, keep)
        }
        Command::AmendMinutes {
            meeting_id,
            reason,
            at,
        } => live::amend_minutes(log, meeting_id, reason, at),
    }
}

/// A meeting belongs to a group that exists and has a title. Returns the title, trimmed.
fn check_new_meeting(tx: &Transaction<'_>, group_id: Uuid, title: &str) -> Result<String> {
    let title = required_text("title", title)?;
    require_exists(tx, Record::Group, "steering_group", group_id)?;
    Ok(title)
}

/// An agenda item is added to a meeting that is not closed, with a title or an item of the
/// backlog (`title` and `backlog_key` trimmed, `None` when empty).
fn check_new_agenda_item(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    title: Option<&str>,
    backlog_key: Option<&str>,
) -> Result<()> {
    live::require_phase(
        tx,
        meeting_id,
        &[MeetingPhase::Draft, MeetingPhase::Open],
        live::Change::Changed,
    )?;
    match (title, backlog_key) {
        (None, None) => Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecide-anAgendaItemNeedsA",
            &[],
        ))),
        (_, Some(key)) if queries::backlog_item(tx, key)?.is_none() => Err(Error::NotFound {
            what: Record::BacklogItem,
            id: key.to_owned(),
        }),
        _ => Ok(()),
    }
}

pub(super) fn created(id: Uuid, event: Uuid) -> Applied {
    Applied {
        created_id: Some(id),
        event_ids: vec![event],
    }
}

fn position_out_of_range(last: u32, position: u32) -> Error {
    crate::Error::Rejected(crate::rules::Bilingual::message(
        "coreDecide-positionMustBeBetween1",
        &[
            ("last", last.to_string().into()),
            ("position", position.to_string().into()),
        ],
    ))
}

/// An optional text field of a command, trimmed; `None` when left out or empty.
pub(super) fn optional_text(text: Option<String>) -> Option<String> {
    text.map(|text| text.trim().to_owned())
        .filter(|text| !text.is_empty())
}

/// The command's text field `field`, trimmed; refused when empty.
pub(super) fn required_text(field: &str, text: &str) -> Result<String> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(Error::Rejected(Bilingual::message(
            "coreDecide-fieldMustNotBeEmpty",
            &[("field", field.into())],
        )));
    }
    Ok(trimmed.to_owned())
}

/// The given id if no record of the kind has it yet, else a fresh one.
pub(super) fn fresh_id(
    log: &mut LogWriter<'_>,
    given: Option<Uuid>,
    what: Record,
    table: &str,
) -> Result<Uuid> {
    let Some(id) = given else {
        return Ok(log.new_id());
    };
    if record_exists(log.tx, table, id)? {
        return Err(already_exists(what, id));
    }
    Ok(id)
}

fn already_exists(what: Record, id: Uuid) -> Error {
    Error::Rejected(what.already_exists(&id.to_string()))
}

pub(super) fn require_exists(
    tx: &Transaction<'_>,
    what: Record,
    table: &str,
    id: Uuid,
) -> Result<()> {
    if record_exists(tx, table, id)? {
        Ok(())
    } else {
        Err(Error::NotFound {
            what,
            id: id.to_string(),
        })
    }
}

pub(super) fn record_exists(tx: &Transaction<'_>, table: &str, id: Uuid) -> Result<bool> {
    let sql = format!("SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)");
    Ok(tx.prepare_cached(&sql)?.query_row([id], |row| row.get(0))?)
}

pub(super) fn agenda_length(tx: &Transaction<'_>, meeting_id: Uuid) -> Result<u32> {
    Ok(tx.query_row(
        "SELECT COUNT(*) FROM agenda_item WHERE meeting_id = ?1",
        [meeting_id],
        |row| row.get(0),
    )?)
}
