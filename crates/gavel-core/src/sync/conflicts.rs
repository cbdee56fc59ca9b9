//! Finding conflicts after a merge: a field that both sides changed without seeing the other's
//! change. Both changes stay in the log; the later one (log order) is in force everywhere.

use std::collections::{BTreeMap, HashSet};

use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

use super::{ConflictSide, SyncConflict, SyncEvent};
use crate::clock::Hlc;
use crate::error::Result;
use crate::event::EventPayload;
use crate::store::parse_stored_payload;

/// One change of one field: what it set, and where it came from.
struct Change {
    hlc: Hlc,
    device: Uuid,
    event_id: Uuid,
    author: String,
    value: String,
}

/// The field an event sets, as (a key that identifies it, a description for people), and the
/// value it sets. Events that create records or happen once set no shared field.
fn field_and_value(
    conn: &Connection,
    payload: &EventPayload,
) -> Result<Option<((String, String), String)>> {
    let member_name = |id: &Uuid| -> Result<String> {
        Ok(conn
            .query_row("SELECT name FROM member WHERE id = ?1", [id], |row| {
                row.get(0)
            })
            .optional()?
            .unwrap_or_else(|| id.to_string()))
    };
    let agenda_title = |id: &Uuid| -> Result<String> {
        Ok(conn
            .query_row(
                "SELECT COALESCE(a.title, b.title, a.backlog_key) FROM agenda_item a
                 LEFT JOIN backlog_item b ON b.key = a.backlog_key WHERE a.id = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()?
            .unwrap_or_else(|| id.to_string()))
    };
    let json = |value: &dyn erased::Json| value.to_json();
    Ok(match payload {
        EventPayload::BacklogItemRecorded {
            key,
            title,
            status,
            priority,
            rank,
            ..
        } => Some((
            (format!("backlog:{key}"), format!("backlog item {key}")),
            format!(
                "{title} | {} | {} | {}",
                status.as_deref().unwrap_or("-"),
                priority.as_deref().unwrap_or("-"),
                rank.as_deref().unwrap_or("-")
            ),
        )),
        EventPayload::AgendaItemNotesSet {
            agenda_item_id,
            notes,
            ..
        } => Some((
            (
                format!("notes:{agenda_item_id}"),
                format!("notes of agenda item \"{}\"", agenda_title(agenda_item_id)?),
            ),
            notes.clone(),
        )),
        EventPayload::AgendaItemTimeBoxSet {
            agenda_item_id,
            minutes,
            ..
        } => Some((
            (
                format!("timebox:{agenda_item_id}"),
                format!(
                    "time box of agenda item \"{}\"",
                    agenda_title(agenda_item_id)?
                ),
            ),
            minutes.map_or_else(|| "none".to_owned(), |minutes| format!("{minutes} min")),
        )),
        EventPayload::AttendanceSet {
            meeting_id,
            member_id,
            attendance,
            at,
        } => Some((
            (
                format!("attendance:{meeting_id}:{member_id}"),
                format!("attendance of {}", member_name(member_id)?),
            ),
            format!(
                "{}{}",
                json(attendance),
                at.map(|at| format!(" {}", at.format("%H:%M")))
                    .unwrap_or_default()
            ),
        )),
        EventPayload::ProxyGiven {
            meeting_id,
            from_member_id,
            to_member_id,
        } => Some((
            (
                format!("proxy:{meeting_id}:{from_member_id}"),
                format!("proxy of {}", member_name(from_member_id)?),
            ),
            format!("to {}", member_name(to_member_id)?),
        )),
        EventPayload::ProxyWithdrawn {
            meeting_id,
            from_member_id,
        } => Some((
            (
                format!("proxy:{meeting_id}:{from_member_id}"),
                format!("proxy of {}", member_name(from_member_id)?),
            ),
            "withdrawn".to_owned(),
        )),
        EventPayload::BallotRecorded {
            poll_id,
            member_id,
            ballot,
            ..
        } => Some((
            (
                format!("ballot:{poll_id}:{member_id}"),
                format!("ballot of {}", member_name(member_id)?),
            ),
            json(ballot),
        )),
        EventPayload::TotalsRecorded {
            poll_id, totals, ..
        } => Some((
            (
                format!("totals:{poll_id}"),
                "counted totals of a poll".to_owned(),
            ),
            json(totals),
        )),
        EventPayload::CurrentAgendaItemSet {
            meeting_id,
            agenda_item_id,
        } => Some((
            (
                format!("current:{meeting_id}"),
                "the current agenda item".to_owned(),
            ),
            agenda_title(agenda_item_id)?,
        )),
        EventPayload::RulesOfProcedureSet { group_id, rules } => Some((
            (
                format!("rules:{group_id}"),
                "the rules of procedure".to_owned(),
            ),
            json(rules),
        )),
        _ => None,
    })
}

/// Conflicts between the events just imported and the local events the file did not contain:
/// neither side had seen the other's change of the same field.
pub(super) fn find(
    conn: &Connection,
    imported: &[(&SyncEvent, &EventPayload)],
    file_ids: &HashSet<Uuid>,
) -> Result<Vec<SyncConflict>> {
    if imported.is_empty() {
        return Ok(Vec::new());
    }
    let streams: HashSet<Uuid> = imported.iter().map(|(event, _)| event.stream).collect();
    let imported_ids: HashSet<Uuid> = imported.iter().map(|(event, _)| event.id).collect();
    // field key → (description, latest imported change, latest local-only change)
    let mut fields: BTreeMap<String, (String, Option<Change>, Option<Change>)> = BTreeMap::new();
    let mut remember = |key: String, description: String, change: Change, imported: bool| {
        let entry = fields
            .entry(key)
            .or_insert_with(|| (description, None, None));
        let slot = if imported { &mut entry.1 } else { &mut entry.2 };
        if slot
            .as_ref()
            .is_none_or(|held| (held.hlc, held.device) < (change.hlc, change.device))
        {
            *slot = Some(change);
        }
    };
    let mut statement = conn.prepare(
        "SELECT id, stream, device, hlc, author, payload FROM event ORDER BY hlc, device, id",
    )?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let event_id: Uuid = row.get(0)?;
        let stream: Uuid = row.get(1)?;
        let was_imported = imported_ids.contains(&event_id);
        let local_only = !file_ids.contains(&event_id);
        if !streams.contains(&stream) || !(was_imported || local_only) {
            continue;
        }
        let payload = parse_stored_payload(event_id, &row.get::<_, String>(5)?)?;
        if let Some(((key, description), value)) = field_and_value(conn, &payload)? {
            let change = Change {
                hlc: Hlc(row.get(3)?),
                device: row.get(2)?,
                event_id,
                author: row.get(4)?,
                value,
            };
            remember(key, description, change, was_imported);
        }
    }
    let mut conflicts = Vec::new();
    for (description, theirs, ours) in fields.into_values() {
        let (Some(theirs), Some(ours)) = (theirs, ours) else {
            continue;
        };
        if theirs.value == ours.value || theirs.device == ours.device {
            continue;
        }
        let (kept, overridden) = if (theirs.hlc, theirs.device) > (ours.hlc, ours.device) {
            (theirs, ours)
        } else {
            (ours, theirs)
        };
        let side = |change: Change| ConflictSide {
            value: change.value,
            author: change.author,
            device: change.device,
            event_id: change.event_id,
        };
        conflicts.push(SyncConflict {
            field: description,
            kept: side(kept),
            overridden: side(overridden),
        });
    }
    Ok(conflicts)
}

/// Values of different types shown as compact JSON in a conflict report.
mod erased {
    pub(super) trait Json {
        fn to_json(&self) -> String;
    }

    impl<T: serde::Serialize> Json for T {
        fn to_json(&self) -> String {
            serde_json::to_string(self).unwrap_or_default()
        }
    }
}
