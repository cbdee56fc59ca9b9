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
use crate::rules::{Attendance, Bilingual};

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
/// "Fortryd: …" / "Undo: …". Names are looked up now; a record that is gone is left unnamed.
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
    Ok(match payload {
        EventPayload::AgendaItemAdded { agenda_item_id, .. } => {
            let title = agenda_item(agenda_item_id)?;
            both(
                format!("punktet »{title}« på dagsordenen"),
                format!("the agenda item \"{title}\""),
            )
        }
        EventPayload::AgendaItemMoved { agenda_item_id, .. } => {
            let title = agenda_item(agenda_item_id)?;
            both(
                format!("flytningen af punktet »{title}«"),
                format!("moving the agenda item \"{title}\""),
            )
        }
        EventPayload::CurrentAgendaItemSet { agenda_item_id, .. } => {
            let title = agenda_item(agenda_item_id)?;
            both(
                format!("skiftet til punktet »{title}«"),
                format!("moving on to the item \"{title}\""),
            )
        }
        EventPayload::AgendaItemProposalSet { agenda_item_id, .. } => {
            let title = agenda_item(agenda_item_id)?;
            both(
                format!("indstillingen til punktet »{title}«"),
                format!("the proposal on the item \"{title}\""),
            )
        }
        EventPayload::AgendaItemNotesSet { agenda_item_id, .. } => {
            let title = agenda_item(agenda_item_id)?;
            both(
                format!("noterne til punktet »{title}«"),
                format!("the notes on the item \"{title}\""),
            )
        }
        EventPayload::AgendaItemTimeBoxSet { agenda_item_id, .. } => {
            let title = agenda_item(agenda_item_id)?;
            both(
                format!("tidsrammen for punktet »{title}«"),
                format!("the time box of the item \"{title}\""),
            )
        }
        EventPayload::MeetingOpened { .. } => both("mødets start", "the start of the meeting"),
        EventPayload::AttendanceSet {
            member_id,
            attendance,
            ..
        } => {
            let name = member(member_id)?;
            let (da, en) = match attendance {
                Attendance::Unknown => ("ikke registreret", "not recorded"),
                Attendance::Present => ("til stede", "present"),
                Attendance::Absent => ("fraværende", "absent"),
                Attendance::Excused => ("afbud", "excused"),
                Attendance::Left => ("gået", "left"),
            };
            both(
                format!("fremmødet for {name} ({da})"),
                format!("the attendance of {name} ({en})"),
            )
        }
        EventPayload::ProxyGiven {
            from_member_id,
            to_member_id,
            ..
        } => {
            let (from, to) = (member(from_member_id)?, member(to_member_id)?);
            both(
                format!("fuldmagten fra {from} til {to}"),
                format!("the proxy from {from} to {to}"),
            )
        }
        EventPayload::ProxyWithdrawn { from_member_id, .. } => {
            let from = member(from_member_id)?;
            both(
                format!("tilbagetrækningen af fuldmagten fra {from}"),
                format!("withdrawing the proxy of {from}"),
            )
        }
        EventPayload::PollOpened { question, .. } => both(
            format!("afstemningen »{question}«"),
            format!("the poll \"{question}\""),
        ),
        EventPayload::BallotRecorded { member_id, .. } => {
            let name = member(member_id)?;
            both(format!("stemme fra {name}"), format!("ballot of {name}"))
        }
        EventPayload::TotalsRecorded { poll_id, .. } => {
            let question = poll(poll_id)?;
            both(
                format!("optællingen i afstemningen »{question}«"),
                format!("the count of the poll \"{question}\""),
            )
        }
        EventPayload::PollClosed { poll_id, .. } => {
            let question = poll(poll_id)?;
            both(
                format!("lukningen af afstemningen »{question}«"),
                format!("closing the poll \"{question}\""),
            )
        }
        EventPayload::DecisionRecorded { text, .. } => {
            let text = crate::error::shorten(text, 60);
            both(
                format!("beslutningen »{text}«"),
                format!("the decision \"{text}\""),
            )
        }
        EventPayload::ActionItemAdded { text, .. } => {
            let text = crate::error::shorten(text, 60);
            both(
                format!("handlingspunktet »{text}«"),
                format!("the action item \"{text}\""),
            )
        }
        EventPayload::MinutesAmended { .. } => {
            both("rettelsen af referatet", "the amendment of the minutes")
        }
        EventPayload::DecisionConflictResolved { .. } => both(
            "afgørelsen af de modstridende beslutninger",
            "the resolution of the contradicting decisions",
        ),
        EventPayload::GroupUpdated { .. } => both(
            "ændringen af gruppens navn, type eller referatsprog",
            "the change of the group's name, kind or minutes language",
        ),
        EventPayload::RulesOfProcedureSet { .. } => {
            both("den nye forretningsorden", "the new rules of procedure")
        }
        EventPayload::OrganisationAdded { name, .. } => both(
            format!("organisationen »{name}«"),
            format!("the organisation \"{name}\""),
        ),
        EventPayload::OrganisationRenamed {
            organisation_id, ..
        } => {
            let name = organisation(organisation_id)?;
            both(
                format!("omdøbningen af organisationen »{name}«"),
                format!("renaming the organisation \"{name}\""),
            )
        }
        EventPayload::MemberAdded {
            name,
            succeeds: Some(_),
            ..
        } => both(
            format!("{name} som efterfølger"),
            format!("{name} as successor"),
        ),
        EventPayload::MemberAdded { name, .. } => {
            both(format!("medlemmet {name}"), format!("the member {name}"))
        }
        EventPayload::MemberUpdated { member_id, .. } => {
            let name = member(member_id)?;
            both(
                format!("ændringen af {name}"),
                format!("the change to {name}"),
            )
        }
        EventPayload::MemberRetired { member_id, .. } => {
            let name = member(member_id)?;
            both(
                format!("udtrædelsen af {name}"),
                format!("{name} leaving the group"),
            )
        }
        EventPayload::ActionItemStatusSet { done_on, .. } => match done_on {
            Some(_) => both(
                "markeringen af handlingspunktet som udført",
                "marking the action item done",
            ),
            None => both(
                "genåbningen af handlingspunktet",
                "reopening the action item",
            ),
        },
        EventPayload::MeetingPublicationSet { public, .. } => {
            if *public {
                both("offentliggørelsen af mødet", "making the meeting public")
            } else {
                both(
                    "tilbagetrækningen af mødet fra offentliggørelse",
                    "taking the meeting off the published site",
                )
            }
        }
        // Never the target of an undo (see the barriers above), but named all the same.
        EventPayload::GroupCreated { name, .. } => {
            both(format!("gruppen »{name}«"), format!("the group \"{name}\""))
        }
        EventPayload::MeetingCreated { title, .. } => both(
            format!("mødet »{title}«"),
            format!("the meeting \"{title}\""),
        ),
        EventPayload::MeetingClosed { .. } => both("mødets afslutning", "closing the meeting"),
        EventPayload::MeetingCancelled { .. } => both("aflysningen", "the cancellation"),
        EventPayload::MeetingUpdated { .. } => both(
            "ændringen af mødets titel, tid og sted",
            "the change of the meeting's title, time and place",
        ),
        EventPayload::MinutesSigned { signer_name, .. } => both(
            format!("underskriften fra {signer_name}"),
            format!("the signature of {signer_name}"),
        ),
        EventPayload::BacklogItemRecorded { key, .. } => {
            both(format!("sagen {key}"), format!("the backlog item {key}"))
        }
        EventPayload::EventUndone { .. } | EventPayload::GroupEventUndone { .. } => {
            both("en fortrydelse", "an undo")
        }
    })
}

fn both(da: impl Into<String>, en: impl Into<String>) -> Bilingual {
    Bilingual::new(da, en)
}

fn name_of(conn: &Connection, sql: &str, id: Uuid) -> Result<String> {
    let name: Option<String> = conn
        .prepare_cached(sql)?
        .query_row([id], |row| row.get(0))
        .optional()?;
    Ok(name.unwrap_or_else(|| "?".to_owned()))
}
