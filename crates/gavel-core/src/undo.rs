//! What Undo takes back, found and described before it happens: the meeting's (or the group's)
//! latest event that is not yet undone, and a phrase naming it ("stemme fra Mette Holm" /
//! "ballot of Mette Holm") that the app shows on the button before and in the message after.
//! The phrase is read from the read tables when asked, never stored, so it follows the names as
//! they are now.

use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

use crate::error::Result;
use crate::event::EventPayload;
use crate::event::parse_stored_payload;
use crate::rules::Bilingual;

/// An event that Undo would take back.
pub(crate) struct UndoTarget {
    pub(crate) event_id: Uuid,
    pub(crate) payload: EventPayload,
}

/// The meeting's latest event not yet undone. Undo never reaches back past the meeting's
/// creation, its closing, a signature or an amendment: signed minutes are changed only by an
/// amendment, and an amendment stays on the record (taken back, it would leave its corrections
/// standing in minutes that are signed without them).
pub(crate) fn next_meeting_undo(conn: &Connection, meeting_id: Uuid) -> Result<Option<UndoTarget>> {
    latest_not_undone(conn, meeting_id, is_meeting_undo_barrier)
}

/// The events Undo never reaches past in a meeting (see [`next_meeting_undo`]).
pub(crate) fn is_meeting_undo_barrier(payload: &EventPayload) -> bool {
    matches!(
        payload,
        EventPayload::MeetingCreated { .. }
            | EventPayload::MeetingCancelled { .. }
            | EventPayload::MeetingClosed { .. }
            | EventPayload::MinutesSigned { .. }
            | EventPayload::MinutesAmended { .. }
    )
}

/// The group's latest change not yet undone; the group's creation is never undone.
pub(crate) fn next_group_undo(conn: &Connection, group_id: Uuid) -> Result<Option<UndoTarget>> {
    latest_not_undone(conn, group_id, is_group_undo_barrier)
}

/// The events Undo never reaches past in a group: its creation.
pub(crate) fn is_group_undo_barrier(payload: &EventPayload) -> bool {
    matches!(payload, EventPayload::GroupCreated { .. })
}

fn latest_not_undone(
    conn: &Connection,
    stream: Uuid,
    is_barrier: impl Fn(&EventPayload) -> bool,
) -> Result<Option<UndoTarget>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, payload FROM event WHERE stream = ?1 ORDER BY hlc DESC, device DESC, id DESC",
    )?;
    let mut rows = statement.query([stream])?;
    let mut undone = std::collections::HashSet::new();
    while let Some(row) = rows.next()? {
        let event_id: Uuid = row.get(0)?;
        let payload = parse_stored_payload(event_id, &row.get::<_, String>(1)?)?;
        if let Some(target) = payload.undone_event() {
            undone.insert(target);
        } else if is_barrier(&payload) {
            return Ok(None);
        } else if !undone.contains(&event_id) {
            return Ok(Some(UndoTarget { event_id, payload }));
        }
    }
    Ok(None)
}

/// "stemme fra Mette Holm" / "ballot of Mette Holm": what the event did, as the object of
/// "Fortryd: …" / "Undo: …", from the catalogue's `event-*` messages. Names are looked up now; a
/// record that is gone is left unnamed.
pub(crate) fn describe(conn: &Connection, payload: &EventPayload) -> Result<Bilingual> {
    let member = |id: &Uuid| name_of(conn, "SELECT name FROM member WHERE id = ?1", *id);
    let agenda_item = |id: &Uuid| {
        name_of(
            conn,
            "SELECT COALESCE(a.title, b.title, a.backlog_key) FROM agenda_item a
             LEFT JOIN backlog_item b ON b.key = a.backlog_key WHERE a.id = ?1",
            *id,
        )
    };
    let poll = |id: &Uuid| name_of(conn, "SELECT question FROM poll WHERE id = ?1", *id);
    let organisation =
        |id: &Uuid| name_of(conn, "SELECT name FROM organisation WHERE id = ?1", *id);
    let plain = |id: &str| Bilingual::message(id, &[]);
    let with =
        |id: &str, name: &str, value: String| Bilingual::message(id, &[(name, value.into())]);
    let short = |text: &str| crate::error::shorten(text, 60);
    Ok(match payload {
        EventPayload::AgendaItemAdded { agenda_item_id, .. } => with(
            "event-agendaItemAdded",
            "title",
            agenda_item(agenda_item_id)?,
        ),
        EventPayload::AgendaItemMoved { agenda_item_id, .. } => with(
            "event-agendaItemMoved",
            "title",
            agenda_item(agenda_item_id)?,
        ),
        EventPayload::CurrentAgendaItemSet { agenda_item_id, .. } => with(
            "event-currentAgendaItemSet",
            "title",
            agenda_item(agenda_item_id)?,
        ),
        EventPayload::AgendaItemProposalSet { agenda_item_id, .. } => with(
            "event-agendaItemProposalSet",
            "title",
            agenda_item(agenda_item_id)?,
        ),
        EventPayload::AgendaItemNotesSet { agenda_item_id, .. } => with(
            "event-agendaItemNotesSet",
            "title",
            agenda_item(agenda_item_id)?,
        ),
        EventPayload::AgendaItemTimeBoxSet { agenda_item_id, .. } => with(
            "event-agendaItemTimeBoxSet",
            "title",
            agenda_item(agenda_item_id)?,
        ),
        EventPayload::MeetingOpened { .. } => plain("event-meetingOpened"),
        EventPayload::AttendanceSet {
            member_id,
            attendance,
            ..
        } => Bilingual::message(
            "event-attendanceSet",
            &[
                ("name", member(member_id)?.into()),
                ("attendance", attendance.as_str().into()),
            ],
        ),
        EventPayload::ProxyGiven {
            from_member_id,
            to_member_id,
            ..
        } => Bilingual::message(
            "event-proxyGiven",
            &[
                ("from", member(from_member_id)?.into()),
                ("to", member(to_member_id)?.into()),
            ],
        ),
        EventPayload::ProxyWithdrawn { from_member_id, .. } => {
            with("event-proxyWithdrawn", "from", member(from_member_id)?)
        }
        EventPayload::PollOpened { question, .. } => {
            with("event-pollOpened", "question", question.clone())
        }
        EventPayload::BallotRecorded { member_id, .. } => {
            with("event-ballotRecorded", "name", member(member_id)?)
        }
        EventPayload::TotalsRecorded { poll_id, .. } => {
            with("event-totalsRecorded", "question", poll(poll_id)?)
        }
        EventPayload::PollClosed { poll_id, .. } => {
            with("event-pollClosed", "question", poll(poll_id)?)
        }
        EventPayload::DecisionRecorded { text, .. } => {
            with("event-decisionRecorded", "text", short(text))
        }
        EventPayload::ActionItemAdded { text, .. } => {
            with("event-actionItemAdded", "text", short(text))
        }
        EventPayload::MinutesAmended { .. } => plain("event-minutesAmended"),
        EventPayload::DecisionConflictResolved { .. } => plain("event-decisionConflictResolved"),
        EventPayload::GroupUpdated { .. } => plain("event-groupUpdated"),
        EventPayload::RulesOfProcedureSet { .. } => plain("event-rulesOfProcedureSet"),
        EventPayload::OrganisationAdded { name, .. } => {
            with("event-organisationAdded", "name", name.clone())
        }
        EventPayload::OrganisationRenamed {
            organisation_id, ..
        } => with(
            "event-organisationRenamed",
            "name",
            organisation(organisation_id)?,
        ),
        EventPayload::MemberAdded {
            name,
            succeeds: Some(_),
            ..
        } => with("event-memberAddedAsSuccessor", "name", name.clone()),
        EventPayload::MemberAdded { name, .. } => with("event-memberAdded", "name", name.clone()),
        EventPayload::MemberUpdated { member_id, .. } => {
            with("event-memberUpdated", "name", member(member_id)?)
        }
        EventPayload::MemberRetired { member_id, .. } => {
            with("event-memberRetired", "name", member(member_id)?)
        }
        EventPayload::ActionItemStatusSet { done_on, .. } => match done_on {
            Some(_) => plain("event-actionItemDone"),
            None => plain("event-actionItemReopened"),
        },
        EventPayload::MeetingPublicationSet { public, .. } => match public {
            true => plain("event-meetingMadePublic"),
            false => plain("event-meetingMadeNotPublic"),
        },
        // Never the target of an undo (see the barriers above), but named all the same.
        EventPayload::GroupCreated { name, .. } => with("event-groupCreated", "name", name.clone()),
        EventPayload::MeetingCreated { title, .. } => {
            with("event-meetingCreated", "title", title.clone())
        }
        EventPayload::MeetingClosed { .. } => plain("event-meetingClosed"),
        EventPayload::MeetingCancelled { .. } => plain("event-meetingCancelled"),
        EventPayload::MeetingUpdated { .. } => plain("event-meetingUpdated"),
        EventPayload::MinutesSigned { signer_name, .. } => {
            with("event-minutesSigned", "name", signer_name.clone())
        }
        EventPayload::BacklogItemRecorded { key, .. } => {
            with("event-backlogItemRecorded", "key", key.clone())
        }
        EventPayload::EventUndone { .. } | EventPayload::GroupEventUndone { .. } => {
            plain("event-undone")
        }
    })
}

fn name_of(conn: &Connection, sql: &str, id: Uuid) -> Result<String> {
    let name: Option<String> = conn
        .prepare_cached(sql)?
        .query_row([id], |row| row.get(0))
        .optional()?;
    Ok(name.unwrap_or_else(|| "?".to_owned()))
}

#[cfg(test)]
mod tests;
