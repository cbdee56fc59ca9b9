//! Finding conflicts after a merge: a field that both sides changed without seeing the other's
//! change. Both changes stay in the log; the later one (log order) is in force everywhere.

use std::collections::{BTreeMap, HashSet};

use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

use super::{ConflictSide, SyncConflict};
use crate::clock::Hlc;
use crate::error::Result;
use crate::event::EventPayload;
use crate::event::parse_stored_payload;
use crate::rules::{Ballot, Bilingual};

/// One change of one field: what it set, and where it came from.
struct Change {
    hlc: Hlc,
    device: Uuid,
    event_id: Uuid,
    author: String,
    value: Bilingual,
}

/// The field an event sets, as (a key that identifies it, a description for people), and the
/// value it sets, both in Danish and English. Events that create records or happen once set no
/// shared field.
fn field_and_value(
    conn: &Connection,
    payload: &EventPayload,
) -> Result<Option<((String, Bilingual), Bilingual)>> {
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
    // A value that is data (a title, notes, the rules as JSON) reads the same in both languages.
    let same = Bilingual::untranslated;
    Ok(match payload {
        EventPayload::BacklogItemRecorded {
            key,
            title,
            status,
            priority,
            rank,
            ..
        } => Some((
            (
                format!("backlog:{key}"),
                crate::rules::Bilingual::message(
                    "coreSyncConflicts-backlogItem",
                    &[("key", key.to_string().into())],
                ),
            ),
            same(format!(
                "{title} | {} | {} | {}",
                status.as_deref().unwrap_or("-"),
                priority.as_deref().unwrap_or("-"),
                rank.as_deref().unwrap_or("-")
            )),
        )),
        EventPayload::AgendaItemNotesSet {
            agenda_item_id,
            notes,
            ..
        } => {
            let title = agenda_title(agenda_item_id)?;
            Some((
                (
                    format!("notes:{agenda_item_id}"),
                    crate::rules::Bilingual::message(
                        "coreSyncConflicts-notesOfAgendaItem",
                        &[("title", title.to_string().into())],
                    ),
                ),
                same(notes.clone()),
            ))
        }
        EventPayload::AgendaItemProposalSet {
            agenda_item_id,
            case_description,
            proposed_decision,
            ..
        } => {
            let title = agenda_title(agenda_item_id)?;
            Some((
                (
                    format!("proposal:{agenda_item_id}"),
                    crate::rules::Bilingual::message(
                        "coreSyncConflicts-proposalOfAgendaItem",
                        &[("title", title.to_string().into())],
                    ),
                ),
                same(format!("{case_description}\n\n{proposed_decision}")),
            ))
        }
        EventPayload::AgendaItemTimeBoxSet {
            agenda_item_id,
            minutes,
            ..
        } => {
            let title = agenda_title(agenda_item_id)?;
            Some((
                (
                    format!("timebox:{agenda_item_id}"),
                    crate::rules::Bilingual::message(
                        "coreSyncConflicts-timeBoxOfAgendaItem",
                        &[("title", title.to_string().into())],
                    ),
                ),
                match minutes {
                    Some(minutes) => crate::rules::Bilingual::message(
                        "coreSyncConflicts-min",
                        &[("minutes", minutes.to_string().into())],
                    ),
                    None => crate::rules::Bilingual::message("coreSyncConflicts-none", &[]),
                },
            ))
        }
        EventPayload::AttendanceSet {
            meeting_id,
            member_id,
            attendance,
            at,
        } => {
            let name = member_name(member_id)?;
            let attendance = attendance.as_str();
            let value = match at {
                Some(at) => Bilingual::message(
                    "coreSyncConflicts-attendanceAt",
                    &[
                        ("attendance", attendance.into()),
                        ("time", at.format("%H:%M").to_string().into()),
                    ],
                ),
                None => Bilingual::message(
                    "coreSyncConflicts-attendance",
                    &[("attendance", attendance.into())],
                ),
            };
            Some((
                (
                    format!("attendance:{meeting_id}:{member_id}"),
                    crate::rules::Bilingual::message(
                        "coreSyncConflicts-attendanceOf",
                        &[("name", name.to_string().into())],
                    ),
                ),
                value,
            ))
        }
        EventPayload::ProxyGiven {
            meeting_id,
            from_member_id,
            to_member_id,
        } => {
            let (from, to) = (member_name(from_member_id)?, member_name(to_member_id)?);
            Some((
                (
                    format!("proxy:{meeting_id}:{from_member_id}"),
                    crate::rules::Bilingual::message(
                        "coreSyncConflicts-proxyOf",
                        &[("from", from.to_string().into())],
                    ),
                ),
                crate::rules::Bilingual::message(
                    "coreSyncConflicts-to",
                    &[("to", to.to_string().into())],
                ),
            ))
        }
        EventPayload::ProxyWithdrawn {
            meeting_id,
            from_member_id,
        } => {
            let from = member_name(from_member_id)?;
            Some((
                (
                    format!("proxy:{meeting_id}:{from_member_id}"),
                    crate::rules::Bilingual::message(
                        "coreSyncConflicts-proxyOf",
                        &[("from", from.to_string().into())],
                    ),
                ),
                crate::rules::Bilingual::message("coreSyncConflicts-withdrawn", &[]),
            ))
        }
        EventPayload::BallotRecorded {
            poll_id,
            member_id,
            ballot,
            ..
        } => {
            let name = member_name(member_id)?;
            let vote = |vote: &str| {
                Bilingual::message("coreSyncConflicts-ballot", &[("ballot", vote.into())])
            };
            let value = match ballot {
                Ballot::Yes => vote("yes"),
                Ballot::No => vote("no"),
                Ballot::Abstain => vote("abstain"),
                Ballot::Blank => vote("blank"),
                Ballot::Option { index } => Bilingual::message(
                    "coreSyncConflicts-option",
                    &[("number", (index + 1).to_string().into())],
                ),
                Ballot::Points { points } => {
                    let list = points
                        .iter()
                        .map(u32::to_string)
                        .collect::<Vec<_>>()
                        .join(", ");
                    Bilingual::message("coreSyncConflicts-points", &[("points", list.into())])
                }
                Ballot::Ranking { order } => {
                    let list = order
                        .iter()
                        .map(|index| (index + 1).to_string())
                        .collect::<Vec<_>>()
                        .join(", ");
                    Bilingual::message("coreSyncConflicts-order", &[("order", list.into())])
                }
            };
            Some((
                (
                    format!("ballot:{poll_id}:{member_id}"),
                    crate::rules::Bilingual::message(
                        "coreSyncConflicts-ballotOf",
                        &[("name", name.to_string().into())],
                    ),
                ),
                value,
            ))
        }
        EventPayload::TotalsRecorded {
            poll_id, totals, ..
        } => Some((
            (
                format!("totals:{poll_id}"),
                crate::rules::Bilingual::message("coreSyncConflicts-countedTotalsOfAPoll", &[]),
            ),
            same(serde_json::to_string(totals).unwrap_or_default()),
        )),
        EventPayload::CurrentAgendaItemSet {
            meeting_id,
            agenda_item_id,
        } => Some((
            (
                format!("current:{meeting_id}"),
                crate::rules::Bilingual::message("coreSyncConflicts-theCurrentAgendaItem", &[]),
            ),
            same(agenda_title(agenda_item_id)?),
        )),
        EventPayload::RulesOfProcedureSet { group_id, rules } => Some((
            (
                format!("rules:{group_id}"),
                crate::rules::Bilingual::message("coreSyncConflicts-theRulesOfProcedure", &[]),
            ),
            same(serde_json::to_string(rules).unwrap_or_default()),
        )),
        _ => None,
    })
}

/// Which events of the log a pass over it looks at: those this import added (rowids after the
/// log's largest before it), or those only this database held (older, and not in the file).
#[derive(Clone, Copy)]
enum Side<'a> {
    Imported(i64),
    LocalOnly(i64, &'a [Uuid]),
}

/// Calls `found` with the field each event of `side` in `streams` changes, and the change.
fn changes(
    conn: &Connection,
    streams: &HashSet<Uuid>,
    side: Side<'_>,
    found: &mut dyn FnMut(String, Bilingual, Change),
) -> Result<()> {
    match side {
        // The new rows, found by their rowids.
        Side::Imported(last) => changes_of_rows(conn, streams, side, "rowid > ?1", &[&last], found),
        // The old rows of the imported streams only, stream by stream by the chain index, not
        // the whole log walked: a stream new here (another group's years) has none.
        Side::LocalOnly(last, _) => {
            for stream in streams {
                changes_of_rows(
                    conn,
                    streams,
                    side,
                    "stream = ?2 AND rowid <= ?1",
                    &[&last, stream],
                    found,
                )?;
            }
            Ok(())
        }
    }
}

/// [`changes`] of the rows `condition` finds, with `parameters`.
fn changes_of_rows(
    conn: &Connection,
    streams: &HashSet<Uuid>,
    side: Side<'_>,
    condition: &str,
    parameters: &[&dyn rusqlite::ToSql],
    found: &mut dyn FnMut(String, Bilingual, Change),
) -> Result<()> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT id, stream, device, hlc, author, payload FROM event WHERE {condition}"
    ))?;
    let mut rows = statement.query(parameters)?;
    while let Some(row) = rows.next()? {
        let event_id: Uuid = row.get(0)?;
        let stream: Uuid = row.get(1)?;
        if !streams.contains(&stream) {
            continue;
        }
        if let Side::LocalOnly(_, already_present) = side
            && already_present.binary_search(&event_id).is_ok()
        {
            continue;
        }
        let payload = parse_stored_payload(event_id, &row.get::<_, String>(5)?)?;
        if let Some(((key, description), value)) = field_and_value(conn, &payload)? {
            found(
                key,
                description,
                Change {
                    hlc: Hlc(row.get(3)?),
                    device: row.get(2)?,
                    event_id,
                    author: row.get(4)?,
                    value,
                },
            );
        }
    }
    Ok(())
}

/// Keeps `change` in `slot` when it is later in log order (clock, then device) than the one held.
fn keep_the_latest(slot: &mut Option<Change>, change: Change) {
    if slot
        .as_ref()
        .is_none_or(|held| (held.hlc, held.device) < (change.hlc, change.device))
    {
        *slot = Some(change);
    }
}

/// Conflicts between the events just imported and the local events the file did not contain:
/// neither side had seen the other's change of the same field. `streams` are those the import
/// added events to; the events it added are the rowids after `last_rowid_before` (the log is
/// append-only); `already_present` (sorted) are the file's events this database held before.
pub(super) fn find(
    conn: &Connection,
    streams: &HashSet<Uuid>,
    last_rowid_before: i64,
    already_present: &[Uuid],
) -> Result<Vec<SyncConflict>> {
    if streams.is_empty() {
        return Ok(Vec::new());
    }
    // field key → (description, latest imported change, latest local-only change)
    let mut fields: BTreeMap<String, (Bilingual, Option<Change>, Option<Change>)> = BTreeMap::new();
    // First the local-only changes, then only the imported changes of the same fields: a field
    // no local-only event changed has no conflict, and a fresh laptop's import of ten years
    // (126,000 events) would otherwise keep every ballot's field in memory.
    changes(
        conn,
        streams,
        Side::LocalOnly(last_rowid_before, already_present),
        &mut |key, description, change| {
            let entry = fields
                .entry(key)
                .or_insert_with(|| (description, None, None));
            keep_the_latest(&mut entry.2, change);
        },
    )?;
    if fields.is_empty() {
        return Ok(Vec::new());
    }
    changes(
        conn,
        streams,
        Side::Imported(last_rowid_before),
        &mut |key, _, change| {
            if let Some(entry) = fields.get_mut(&key) {
                keep_the_latest(&mut entry.1, change);
            }
        },
    )?;
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
