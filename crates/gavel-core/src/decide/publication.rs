//! After the meeting: marking a closed meeting public, so that `gavel publish` puts it on the
//! group's website (docs/publish.md), or taking the mark away.
//!
//! Like an action item's follow-up, the mark is recorded on the group's stream, not on the
//! meeting's: the meeting is closed and its minutes usually signed (frozen), and deciding to
//! publish them changes nothing in what was agreed. So the minutes and the meeting's
//! fingerprint never change when a meeting is made public.

use rusqlite::{OptionalExtension, Transaction};
use uuid::Uuid;

use crate::command::Applied;
use crate::error::{Error, Record, Result};
use crate::event::EventPayload;
use crate::log::LogWriter;
use crate::meeting_state::{self, MeetingPhase};

/// The rule every mark obeys, whoever records it (the command below, or another laptop's event
/// in a sync file): the meeting is one of the group's, and it is closed. A draft or open
/// meeting has no record to publish yet, and a cancelled one never will.
pub(crate) fn check_meeting_publication(
    tx: &Transaction<'_>,
    group_id: Uuid,
    meeting_id: Uuid,
    public: bool,
) -> Result<()> {
    let (meeting_group, title) = meeting_group_and_title(tx, meeting_id)?;
    if meeting_group != group_id {
        return Err(Error::NotFound {
            what: Record::Meeting,
            id: meeting_id.to_string(),
        });
    }
    // Taking the mark away is always allowed: an amendment may have opened the meeting again.
    if public {
        let phase = meeting_state::phase(tx, meeting_id)?;
        if phase != MeetingPhase::Closed {
            return Err(Error::Rejected(crate::rules::Bilingual::message(
                "coreDecidePublication-onlyAClosedMeetingIsPublished",
                &[("phase", phase.key().into()), ("title", (&title).into())],
            )));
        }
    }
    Ok(())
}

/// `SetMeetingPublic`.
pub(super) fn set_meeting_public(
    log: &mut LogWriter<'_>,
    meeting_id: Uuid,
    public: bool,
) -> Result<Applied> {
    let (group_id, title) = meeting_group_and_title(log.tx, meeting_id)?;
    check_meeting_publication(log.tx, group_id, meeting_id, public)?;
    let is_public: bool = log
        .tx
        .prepare_cached("SELECT is_public FROM meeting WHERE id = ?1")?
        .query_row([meeting_id], |row| row.get(0))?;
    if is_public == public {
        return Err(if public {
            crate::Error::Rejected(crate::rules::Bilingual::message(
                "coreDecidePublication-theMeetingIsAlreadyPublic",
                &[("title", title.to_string().into())],
            ))
        } else {
            crate::Error::Rejected(crate::rules::Bilingual::message(
                "coreDecidePublication-theMeetingIsAlreadyNot",
                &[("title", title.to_string().into())],
            ))
        });
    }
    let event = log.append(EventPayload::MeetingPublicationSet {
        group_id,
        meeting_id,
        public,
    })?;
    Ok(Applied {
        created_id: None,
        event_ids: vec![event],
    })
}

fn meeting_group_and_title(tx: &Transaction<'_>, meeting_id: Uuid) -> Result<(Uuid, String)> {
    tx.prepare_cached("SELECT group_id, title FROM meeting WHERE id = ?1")?
        .query_row([meeting_id], |row| Ok((row.get(0)?, row.get(1)?)))
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: Record::Meeting,
            id: meeting_id.to_string(),
        })
}
