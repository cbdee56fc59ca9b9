//! The fold: how each event changes the read tables. Deterministic and total — it never looks
//! at the clock, only at the event (its payload, and for a decision the device and author that
//! recorded it, which are part of the event), and an event that repeats a record's creation (two
//! laptops that loaded the same demo) updates instead of failing — so that replaying the log in
//! order always gives the same tables (`Store::rebuild`).

use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

use crate::event::EventPayload;
use crate::meeting_record;

/// Who recorded an event, as the event says.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Origin<'a> {
    pub(crate) device: Uuid,
    pub(crate) author: &'a str,
}

/// Whether folding `payload` writes the backlog: the one read table every group's events share
/// (a meeting's record takes the backlog as the meeting leaves it). Events of different groups
/// that leave the backlog alone can be folded in either order (sync/import.rs, `FoldPlan`).
/// Keep in step with the backlog's writes in [`fold`]: the backlog's own events and a decision's
/// changes of status and priority order.
pub(crate) fn changes_the_backlog(payload: &EventPayload) -> bool {
    match payload {
        EventPayload::DecisionRecorded {
            backlog_changes,
            priority_order,
            ..
        } => !backlog_changes.is_empty() || priority_order.is_some(),
        other => other.stream().0 == crate::event::StreamKind::Backlog,
    }
}

pub(crate) fn fold(
    conn: &Connection,
    payload: &EventPayload,
    origin: Origin<'_>,
) -> rusqlite::Result<()> {
    match payload {
        EventPayload::GroupCreated {
            group_id,
            name,
            kind,
            minutes_language,
        } => {
            conn.prepare_cached(
                "INSERT INTO steering_group (id, name, kind, minutes_language) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind,
                     minutes_language = excluded.minutes_language",
            )?
            .execute((group_id, name, kind.as_str(), minutes_language.as_str()))?;
        }
        EventPayload::GroupUpdated {
            group_id,
            name,
            kind,
            minutes_language,
        } => {
            conn.prepare_cached(
                "UPDATE steering_group SET name = ?2, kind = ?3, minutes_language = ?4 WHERE id = ?1",
            )?
            .execute((group_id, name, kind.as_str(), minutes_language.as_str()))?;
        }
        EventPayload::OrganisationRenamed {
            organisation_id,
            name,
            ..
        } => {
            conn.prepare_cached("UPDATE organisation SET name = ?2 WHERE id = ?1")?
                .execute((organisation_id, name))?;
        }
        EventPayload::MemberUpdated {
            member_id,
            name,
            organisation_id,
            role,
            voting_right,
            vote_weight,
            email,
            ..
        } => {
            conn.prepare_cached(
                "UPDATE member SET name = ?2, organisation_id = ?3, role = ?4, voting_right = ?5,
                     vote_weight = ?6, email = ?7
                 WHERE id = ?1",
            )?
            .execute((
                member_id,
                name,
                organisation_id,
                role.as_str(),
                voting_right,
                vote_weight,
                email,
            ))?;
        }
        EventPayload::MemberRetired { member_id, on, .. } => {
            conn.prepare_cached("UPDATE member SET retired_on = ?2 WHERE id = ?1")?
                .execute((member_id, on))?;
        }
        EventPayload::OrganisationAdded {
            group_id,
            organisation_id,
            name,
        } => {
            conn.prepare_cached(
                "INSERT INTO organisation (id, group_id, name) VALUES (?1, ?2, ?3)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            )?
            .execute((organisation_id, group_id, name))?;
        }
        EventPayload::MemberAdded {
            group_id,
            member_id,
            name,
            organisation_id,
            role,
            voting_right,
            vote_weight,
            email,
            joined_on,
            succeeds,
        } => {
            conn.prepare_cached(
                "INSERT INTO member (id, group_id, organisation_id, name, role, voting_right, vote_weight,
                     email, joined_on, succeeds)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                 ON CONFLICT (id) DO UPDATE SET organisation_id = excluded.organisation_id, name = excluded.name,
                     role = excluded.role, voting_right = excluded.voting_right, vote_weight = excluded.vote_weight,
                     email = excluded.email, joined_on = excluded.joined_on, succeeds = excluded.succeeds",
            )?
            .execute(rusqlite::params![
                member_id,
                group_id,
                organisation_id,
                name,
                role.as_str(),
                voting_right,
                vote_weight,
                email,
                joined_on,
                succeeds
            ])?;
        }
        EventPayload::BacklogItemRecorded {
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
        } => {
            let labels =
                serde_json::to_string(labels).expect("a list of strings always serialises");
            conn.prepare_cached(
                "INSERT INTO backlog_item (key, title, status, priority, rank, story_points, labels, parent_key, votes,
                     watchers, description, first_seen)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11,
                     (SELECT COALESCE(MAX(first_seen), 0) + 1 FROM backlog_item))
                 ON CONFLICT (key) DO UPDATE SET title = excluded.title, status = excluded.status,
                     priority = excluded.priority, rank = excluded.rank, story_points = excluded.story_points,
                     labels = excluded.labels, parent_key = excluded.parent_key, votes = excluded.votes,
                     watchers = excluded.watchers, description = excluded.description",
            )?
            .execute((key, title, status, priority, rank, story_points, labels, parent, votes, watchers, description))?;
        }
        EventPayload::MeetingCreated {
            meeting_id,
            group_id,
            title,
            starts_at,
            location,
        } => {
            conn.prepare_cached(
                "INSERT INTO meeting (id, group_id, title, starts_at, location) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (id) DO UPDATE SET title = excluded.title, starts_at = excluded.starts_at,
                     location = excluded.location",
            )?
            .execute((meeting_id, group_id, title, starts_at, location))?;
        }
        EventPayload::MeetingUpdated {
            meeting_id,
            title,
            starts_at,
            location,
        } => {
            conn.prepare_cached(
                "UPDATE meeting SET title = ?2, starts_at = ?3, location = ?4 WHERE id = ?1",
            )?
            .execute((meeting_id, title, starts_at, location))?;
        }
        EventPayload::MeetingCancelled {
            meeting_id,
            at,
            reason,
        } => {
            conn.prepare_cached(
                "INSERT INTO meeting_cancellation (meeting_id, at, reason) VALUES (?1, ?2, ?3)
                 ON CONFLICT (meeting_id) DO NOTHING",
            )?
            .execute((meeting_id, at, reason))?;
        }
        EventPayload::AgendaItemAdded {
            meeting_id,
            agenda_item_id,
            title,
            backlog_key,
            position,
            approves_minutes_of,
        } => {
            if record_exists(conn, "agenda_item", *agenda_item_id)? {
                return Ok(()); // Added on two laptops with the same id (the demo): once is enough.
            }
            let position = clamp_position(conn, *meeting_id, *position, 1)?;
            shift_positions(conn, *meeting_id, position, u32::MAX, 1)?;
            conn.prepare_cached(
                "INSERT INTO agenda_item (id, meeting_id, position, title, backlog_key, approves_minutes_of)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            )?
            .execute((agenda_item_id, meeting_id, position, title, backlog_key, approves_minutes_of))?;
        }
        EventPayload::AgendaItemMoved {
            meeting_id,
            agenda_item_id,
            position,
        } => {
            let current: Option<u32> = conn
                .prepare_cached("SELECT position FROM agenda_item WHERE id = ?1")?
                .query_row([agenda_item_id], |row| row.get(0))
                .ok();
            let Some(from) = current else { return Ok(()) };
            let to = clamp_position(conn, *meeting_id, *position, 0)?;
            // Take the item out (position 0), close the gap it leaves, open one where it lands.
            conn.prepare_cached("UPDATE agenda_item SET position = 0 WHERE id = ?1")?
                .execute([agenda_item_id])?;
            shift_positions(conn, *meeting_id, from + 1, u32::MAX, -1)?;
            shift_positions(conn, *meeting_id, to, u32::MAX, 1)?;
            conn.prepare_cached("UPDATE agenda_item SET position = ?2 WHERE id = ?1")?
                .execute((agenda_item_id, to))?;
        }
        EventPayload::RulesOfProcedureSet { group_id, rules } => {
            conn.prepare_cached("UPDATE steering_group SET rules = ?2 WHERE id = ?1")?
                .execute((group_id, json(rules)))?;
        }
        EventPayload::MeetingOpened {
            meeting_id,
            rules,
            at,
        } => {
            conn.prepare_cached(
                "UPDATE meeting SET status = 'open', rules = ?2, opened_at = ?3 WHERE id = ?1",
            )?
            .execute((meeting_id, json(rules), at))?;
        }
        EventPayload::MeetingClosed { meeting_id, at } => {
            // The group and the backlog as the meeting leaves them: later changes to either
            // never reach its record.
            meeting_record::take(conn, *meeting_id)?;
            conn.prepare_cached(
                "UPDATE meeting SET status = 'closed', closed_at = ?2 WHERE id = ?1",
            )?
            .execute((meeting_id, at))?;
        }
        EventPayload::CurrentAgendaItemSet {
            meeting_id,
            agenda_item_id,
        } => {
            conn.prepare_cached("UPDATE meeting SET current_agenda_item_id = ?2 WHERE id = ?1")?
                .execute((meeting_id, agenda_item_id))?;
        }
        EventPayload::AgendaItemProposalSet {
            agenda_item_id,
            case_description,
            proposed_decision,
            responsible,
            links,
            ..
        } => {
            conn.prepare_cached(
                "UPDATE agenda_item SET case_description = ?2, proposed_decision = ?3, responsible = ?4,
                     links = ?5 WHERE id = ?1",
            )?
            .execute((agenda_item_id, case_description, proposed_decision, responsible, json(links)))?;
        }
        EventPayload::AgendaItemNotesSet {
            agenda_item_id,
            notes,
            ..
        } => {
            conn.prepare_cached("UPDATE agenda_item SET notes = ?2 WHERE id = ?1")?
                .execute((agenda_item_id, notes))?;
        }
        EventPayload::AgendaItemTimeBoxSet {
            agenda_item_id,
            minutes,
            ..
        } => {
            conn.prepare_cached("UPDATE agenda_item SET time_box_minutes = ?2 WHERE id = ?1")?
                .execute((agenda_item_id, minutes))?;
        }
        EventPayload::AttendanceSet {
            meeting_id,
            member_id,
            attendance,
            at,
        } => {
            // Arrival and departure times are kept separately: a member who arrives late and
            // leaves early has both in the minutes.
            let status = attendance.as_str();
            conn.prepare_cached(
                "INSERT INTO attendance (meeting_id, member_id, status, arrived_at, left_at)
                 VALUES (?1, ?2, ?3, CASE WHEN ?3 = 'present' THEN ?4 END, CASE WHEN ?3 = 'left' THEN ?4 END)
                 ON CONFLICT (meeting_id, member_id) DO UPDATE SET status = excluded.status,
                     arrived_at = CASE WHEN excluded.status = 'present'
                                       THEN COALESCE(attendance.arrived_at, excluded.arrived_at)
                                       ELSE attendance.arrived_at END,
                     left_at = CASE WHEN excluded.status = 'left' THEN excluded.left_at
                                    WHEN excluded.status = 'present' THEN NULL
                                    ELSE attendance.left_at END",
            )?
            .execute((meeting_id, member_id, status, at))?;
            if attendance.is_present() {
                // A member who is present votes in person: a proxy they gave lapses.
                conn.prepare_cached(
                    "UPDATE attendance SET proxy_holder_id = NULL WHERE meeting_id = ?1 AND member_id = ?2",
                )?
                .execute((meeting_id, member_id))?;
            }
        }
        EventPayload::ProxyGiven {
            meeting_id,
            from_member_id,
            to_member_id,
        } => {
            conn.prepare_cached(
                "INSERT INTO attendance (meeting_id, member_id, status, proxy_holder_id) VALUES (?1, ?2, 'absent', ?3)
                 ON CONFLICT (meeting_id, member_id) DO UPDATE SET proxy_holder_id = excluded.proxy_holder_id",
            )?
            .execute((meeting_id, from_member_id, to_member_id))?;
        }
        EventPayload::ProxyWithdrawn {
            meeting_id,
            from_member_id,
        } => {
            conn.prepare_cached("UPDATE attendance SET proxy_holder_id = NULL WHERE meeting_id = ?1 AND member_id = ?2")?
                .execute((meeting_id, from_member_id))?;
        }
        EventPayload::PollOpened {
            meeting_id,
            poll_id,
            agenda_item_id,
            question,
            kind,
            secret,
            majority,
            quorum_overridden,
        } => {
            conn.prepare_cached(
                "INSERT INTO poll (id, meeting_id, agenda_item_id, number, question, kind, secret, majority,
                     quorum_overridden, status)
                 VALUES (?1, ?2, ?3, (SELECT COUNT(*) + 1 FROM poll WHERE meeting_id = ?2), ?4, ?5, ?6, ?7, ?8, 'open')
                 ON CONFLICT (id) DO NOTHING",
            )?
            .execute((poll_id, meeting_id, agenda_item_id, question, json(kind), secret, json(majority), quorum_overridden))?;
        }
        EventPayload::BallotRecorded {
            poll_id,
            member_id,
            cast_by_id,
            ballot,
            at,
            ..
        } => {
            // A second ballot for the same member replaces the first, and the record keeps that
            // it did (and when): the minutes say "stemme ændret". The same ballot again is no
            // change. (In the UPDATE, `ballot.*` is the row as it was.)
            conn.prepare_cached(
                "INSERT INTO ballot (poll_id, member_id, cast_by_id, ballot) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (poll_id, member_id) DO UPDATE SET cast_by_id = excluded.cast_by_id,
                     replaced = ballot.replaced OR ballot.ballot IS NOT excluded.ballot,
                     replaced_at = CASE WHEN ballot.ballot IS NOT excluded.ballot THEN ?5 ELSE ballot.replaced_at END,
                     ballot = excluded.ballot",
            )?
            .execute((poll_id, member_id, cast_by_id, json(ballot), at))?;
        }
        EventPayload::TotalsRecorded {
            poll_id, totals, ..
        } => {
            conn.prepare_cached("UPDATE poll SET totals = ?2 WHERE id = ?1")?
                .execute((poll_id, json(totals)))?;
        }
        EventPayload::PollClosed {
            poll_id, result, ..
        } => {
            // The read table holds the result in words, worded now from the facts the log
            // records (or as recorded, for a result from Gavel 0.3 and earlier).
            // A poll whose opening was undone on another laptop before this one closed it has no
            // row: the close then changes nothing, as an update of no row did before.
            let Some(kind): Option<String> = conn
                .prepare_cached("SELECT kind FROM poll WHERE id = ?1")?
                .query_row([poll_id], |row| row.get(0))
                .optional()?
            else {
                return Ok(());
            };
            let kind: crate::rules::PollKind = serde_json::from_str(&kind).map_err(|error| {
                rusqlite::Error::FromSqlConversionFailure(
                    0,
                    rusqlite::types::Type::Text,
                    Box::new(error),
                )
            })?;
            conn.prepare_cached("UPDATE poll SET status = 'closed', result = ?2 WHERE id = ?1")?
                .execute((poll_id, json(&result.worded(&kind))))?;
        }
        EventPayload::DecisionRecorded {
            meeting_id,
            decision_id,
            agenda_item_id,
            poll_id,
            outcome,
            text,
            backlog_changes,
            priority_order,
            seen_decisions,
        } => {
            conn.prepare_cached(
                "INSERT INTO decision (id, meeting_id, agenda_item_id, poll_id, number, outcome, text, backlog_changes,
                     priority_order, recorded_on, recorded_by, seen_decisions)
                 VALUES (?1, ?2, ?3, ?4, (SELECT COUNT(*) + 1 FROM decision WHERE meeting_id = ?2), ?5, ?6, ?7, ?8,
                     ?9, ?10, ?11)
                 ON CONFLICT (id) DO NOTHING",
            )?
            .execute(rusqlite::params![
                decision_id,
                meeting_id,
                agenda_item_id,
                poll_id,
                outcome.as_str(),
                text,
                json(backlog_changes),
                priority_order.as_ref().map(json),
                origin.device,
                origin.author,
                json(seen_decisions),
            ])?;
            for change in backlog_changes {
                if let Some(status) = &change.new_status {
                    conn.prepare_cached("UPDATE backlog_item SET status = ?2 WHERE key = ?1")?
                        .execute((&change.key, status))?;
                }
            }
            if let Some(order) = priority_order {
                // The newest priority order replaces the previous one as a whole.
                conn.prepare_cached("UPDATE backlog_item SET group_priority = NULL WHERE group_priority IS NOT NULL")?
                    .execute([])?;
                for (index, key) in order.iter().enumerate() {
                    conn.prepare_cached(
                        "UPDATE backlog_item SET group_priority = ?2 WHERE key = ?1",
                    )?
                    .execute((key, index as i64 + 1))?;
                }
            }
        }
        EventPayload::ActionItemAdded {
            meeting_id,
            action_item_id,
            agenda_item_id,
            text,
            owner_member_id,
            owner_name,
            due_date,
        } => {
            conn.prepare_cached(
                "INSERT INTO action_item (id, meeting_id, agenda_item_id, number, text, owner_member_id, owner_name, due_date)
                 VALUES (?1, ?2, ?3, (SELECT COUNT(*) + 1 FROM action_item WHERE meeting_id = ?2), ?4, ?5, ?6, ?7)
                 ON CONFLICT (id) DO NOTHING",
            )?
            .execute((action_item_id, meeting_id, agenda_item_id, text, owner_member_id, owner_name, due_date))?;
        }
        EventPayload::ActionItemStatusSet {
            action_item_id,
            done_on,
            ..
        } => {
            conn.prepare_cached("UPDATE action_item SET done_on = ?2 WHERE id = ?1")?
                .execute((action_item_id, done_on))?;
        }
        EventPayload::MeetingPublicationSet {
            meeting_id, public, ..
        } => {
            conn.prepare_cached("UPDATE meeting SET is_public = ?2 WHERE id = ?1")?
                .execute((meeting_id, public))?;
        }
        // Undo is applied by refolding the log without the undone event, a resolution by refolding
        // it without the withdrawn decisions (see Store::refold).
        EventPayload::EventUndone { .. }
        | EventPayload::GroupEventUndone { .. }
        | EventPayload::DecisionConflictResolved { .. } => {}
        EventPayload::MinutesSigned {
            meeting_id,
            version,
            fingerprint,
            document_sha256,
            signer_name,
            role,
            signed_at,
        } => {
            conn.prepare_cached(
                "INSERT INTO minutes_signature (meeting_id, version, number, fingerprint, document_sha256, signer_name,
                     role, signed_at)
                 VALUES (?1, ?2, (SELECT COUNT(*) + 1 FROM minutes_signature WHERE meeting_id = ?1 AND version = ?2),
                     ?3, ?4, ?5, ?6, ?7)",
            )?
            .execute((meeting_id, version, fingerprint, document_sha256, signer_name, role, signed_at))?;
        }
        EventPayload::MinutesAmended {
            meeting_id,
            version,
            amends_version,
            reason,
            at,
        } => {
            conn.prepare_cached(
                "UPDATE meeting SET status = 'open', closed_at = NULL, minutes_version = ?2 WHERE id = ?1",
            )?
            .execute((meeting_id, version))?;
            conn.prepare_cached(
                "INSERT INTO minutes_amendment (meeting_id, version, amends_version, reason, at)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute((meeting_id, version, amends_version, reason, at))?;
        }
    }
    Ok(())
}

fn record_exists(conn: &Connection, table: &str, id: uuid::Uuid) -> rusqlite::Result<bool> {
    conn.prepare_cached(&format!(
        "SELECT EXISTS (SELECT 1 FROM {table} WHERE id = ?1)"
    ))?
    .query_row([id], |row| row.get(0))
}

fn json(value: &impl serde::Serialize) -> String {
    serde_json::to_string(value).expect("read-table values always serialise")
}

/// Keeps a position within 1..=length+extra so that the agenda stays 1, 2, 3 … without gaps even
/// when merged logs insert items concurrently.
fn clamp_position(
    conn: &Connection,
    meeting_id: uuid::Uuid,
    position: u32,
    extra: u32,
) -> rusqlite::Result<u32> {
    let length: u32 = conn
        .prepare_cached("SELECT COUNT(*) FROM agenda_item WHERE meeting_id = ?1")?
        .query_row([meeting_id], |row| row.get(0))?;
    Ok(position.clamp(1, (length + extra).max(1)))
}

fn shift_positions(
    conn: &Connection,
    meeting_id: uuid::Uuid,
    from: u32,
    to: u32,
    by: i64,
) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE agenda_item SET position = position + ?4 WHERE meeting_id = ?1 AND position BETWEEN ?2 AND ?3",
    )?
    .execute((meeting_id, from, to, by))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{Store, StoreOptions};

    /// Another laptop may undo a poll's opening while this one closes it: folded in log order,
    /// the close then meets no poll, and changes nothing rather than failing the whole rebuild.
    #[test]
    fn closing_a_poll_that_is_not_there_changes_nothing() {
        let store = Store::open_in_memory(StoreOptions::new("Test")).expect("opens");
        let closed = EventPayload::PollClosed {
            meeting_id: Uuid::from_u128(1),
            poll_id: Uuid::from_u128(2),
            result: serde_json::from_value(serde_json::json!({
                "outcome": {"type": "not_carried"}, "tally": [0, 0, 0], "ranking": [],
                "casting_vote_used": false,
                "rule": {"da": "Regel", "en": "Rule"},
                "summary": {"da": "Ikke vedtaget", "en": "Not carried"}
            }))
            .expect("a recorded result"),
        };
        let origin = Origin {
            device: Uuid::from_u128(3),
            author: "Test",
        };
        fold(&store.conn, &closed, origin).expect("folds");
        let polls: i64 = store
            .conn
            .query_row("SELECT count(*) FROM poll", [], |row| row.get(0))
            .expect("counts");
        assert_eq!(polls, 0);
    }
}
