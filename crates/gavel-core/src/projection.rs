//! The fold: how each event changes the read tables. Deterministic and total — it never looks
//! at the clock or the device, and an event that repeats a record's creation (two laptops that
//! loaded the same demo) updates instead of failing — so that replaying the log in order always
//! gives the same tables (`Store::rebuild`).

use rusqlite::Connection;

use crate::event::EventPayload;

pub(crate) fn fold(conn: &Connection, payload: &EventPayload) -> rusqlite::Result<()> {
    match payload {
        EventPayload::GroupCreated { group_id, name } => {
            conn.prepare_cached(
                "INSERT INTO steering_group (id, name) VALUES (?1, ?2)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            )?
            .execute((group_id, name))?;
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
        } => {
            conn.prepare_cached(
                "INSERT INTO member (id, group_id, organisation_id, name, role, voting_right, vote_weight)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (id) DO UPDATE SET organisation_id = excluded.organisation_id, name = excluded.name,
                     role = excluded.role, voting_right = excluded.voting_right, vote_weight = excluded.vote_weight",
            )?
            .execute((member_id, group_id, organisation_id, name, role.as_str(), voting_right, vote_weight))?;
        }
        EventPayload::BacklogItemRecorded {
            key,
            title,
            status,
            priority,
            rank,
            story_points,
            labels,
        } => {
            let labels =
                serde_json::to_string(labels).expect("a list of strings always serialises");
            conn.prepare_cached(
                "INSERT INTO backlog_item (key, title, status, priority, rank, story_points, labels, first_seen)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, (SELECT COALESCE(MAX(first_seen), 0) + 1 FROM backlog_item))
                 ON CONFLICT (key) DO UPDATE SET title = excluded.title, status = excluded.status,
                     priority = excluded.priority, rank = excluded.rank, story_points = excluded.story_points,
                     labels = excluded.labels",
            )?
            .execute((key, title, status, priority, rank, story_points, labels))?;
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
        EventPayload::AgendaItemAdded {
            meeting_id,
            agenda_item_id,
            title,
            backlog_key,
            position,
        } => {
            let position = clamp_position(conn, *meeting_id, *position, 1)?;
            shift_positions(conn, *meeting_id, position, u32::MAX, 1)?;
            conn.prepare_cached(
                "INSERT INTO agenda_item (id, meeting_id, position, title, backlog_key) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute((agenda_item_id, meeting_id, position, title, backlog_key))?;
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
    }
    Ok(())
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
