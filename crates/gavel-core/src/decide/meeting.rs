//! A meeting's own details before and between its sessions: changing its title, time or place,
//! and cancelling it. Each rule is a function of its own, which an import runs on another
//! laptop's events too (`super::imported`).

use chrono::NaiveDateTime;
use rusqlite::Transaction;
use uuid::Uuid;

use super::live::{Change, done, require_phase};
use super::{optional_text, required_text};
use crate::command::Applied;
use crate::error::Result;
use crate::event::EventPayload;
use crate::log::LogWriter;
use crate::meeting_state::MeetingPhase;

pub(super) fn update_meeting(
    log: &mut LogWriter<'_>,
    meeting_id: Uuid,
    title: &str,
    starts_at: NaiveDateTime,
    location: Option<String>,
) -> Result<Applied> {
    let title = check_meeting_update(log.tx, meeting_id, title)?;
    done(log.append(EventPayload::MeetingUpdated {
        meeting_id,
        title,
        starts_at,
        location: optional_text(location),
    })?)
}

pub(super) fn cancel_meeting(
    log: &mut LogWriter<'_>,
    meeting_id: Uuid,
    reason: Option<String>,
) -> Result<Applied> {
    check_cancellation(log.tx, meeting_id)?;
    let at = log.now_local();
    done(log.append(EventPayload::MeetingCancelled {
        meeting_id,
        at,
        reason: optional_text(reason),
    })?)
}

/// A meeting's details change until it closes (its minutes print them). Returns the title,
/// trimmed.
pub(super) fn check_meeting_update(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    title: &str,
) -> Result<String> {
    require_phase(
        tx,
        meeting_id,
        &[MeetingPhase::Draft, MeetingPhase::Open],
        Change::Changed,
    )?;
    required_text("title", title)
}

/// Only a meeting that has not started is cancelled: one that has started is closed, and its
/// minutes say what happened.
pub(super) fn check_cancellation(tx: &Transaction<'_>, meeting_id: Uuid) -> Result<()> {
    match crate::meeting_state::phase(tx, meeting_id)? {
        MeetingPhase::Draft => Ok(()),
        MeetingPhase::Cancelled => Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideMeeting-theMeetingIsAlreadyCancelled",
            &[],
        ))),
        MeetingPhase::Open => Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideMeeting-theMeetingHasStartedAnd",
            &[],
        ))),
        MeetingPhase::Closed => Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideMeeting-theMeetingIsClosedAnd",
            &[],
        ))),
    }
}
