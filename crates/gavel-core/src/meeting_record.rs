//! The record a meeting keeps when it closes: what its minutes show of the group and the backlog
//! (the group's name; every member's name, organisation, role, voting right and weight, and
//! whether they were on the roll call; the backlog items its agenda, polls and decisions name),
//! copied by the fold of `MeetingClosed` into `recorded_member`, `recorded_backlog_item` and
//! `meeting.recorded_group_name`. Everything else a meeting shows (attendance, ballots,
//! decisions …) only its own events change; the group and the backlog go on changing after it,
//! by imports, renames and retirements, and must not change a meeting already held.
//!
//! Queries read a meeting's members and backlog items through [`Shown`]: the record while the
//! meeting is closed, the group and backlog as they are now while it is planned, open, or opened
//! again by an amendment (whose close takes the record anew). The record is a fold like every
//! other read table, so `Store::rebuild` gives it back from the log: it is the state at the
//! close's place in log order.

use rusqlite::{Connection, OptionalExtension};
use uuid::Uuid;

/// Who is on a meeting's roll call, as an SQL condition over `m` (the meeting), `p` (a member of
/// its group) and `a` (their attendance in it): everyone who held a seat on the meeting's day (the
/// day it opened, or the day it was planned for), and anyone whose attendance was recorded, so
/// that a retirement dated too early never takes a recorded fact out of a meeting.
pub(crate) const ON_ROLL_CALL: &str = "(a.member_id IS NOT NULL OR (
        (p.joined_on IS NULL OR p.joined_on <= COALESCE(date(m.opened_at), date(m.starts_at)))
        AND (p.retired_on IS NULL OR p.retired_on > COALESCE(date(m.opened_at), date(m.starts_at)))))";

/// Where a meeting's members and backlog items are read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shown {
    /// The group and the backlog as they are now.
    Live,
    /// As they were when the meeting closed.
    Recorded,
}

impl Shown {
    pub(crate) fn of(conn: &Connection, meeting_id: Uuid) -> rusqlite::Result<Shown> {
        let status: Option<String> = conn
            .prepare_cached("SELECT status FROM meeting WHERE id = ?1")?
            .query_row([meeting_id], |row| row.get(0))
            .optional()?;
        Ok(match status.as_deref() {
            Some("closed") => Shown::Recorded,
            _ => Shown::Live,
        })
    }

    /// An SQL table expression of the members of meeting `?1` (everyone of its group, on its roll
    /// call or not), with the columns `id, name, organisation_name, role, voting_right,
    /// vote_weight, on_roll_call`.
    pub(crate) fn members(self) -> String {
        match self {
            Shown::Live => format!(
                "(SELECT p.id AS id, p.name AS name, o.name AS organisation_name, p.role AS role,
                     p.voting_right AS voting_right, p.vote_weight AS vote_weight,
                     {ON_ROLL_CALL} AS on_roll_call
                 FROM meeting m JOIN member p ON p.group_id = m.group_id
                 LEFT JOIN organisation o ON o.id = p.organisation_id
                 LEFT JOIN attendance a ON a.meeting_id = m.id AND a.member_id = p.id
                 WHERE m.id = ?1)"
            ),
            Shown::Recorded => {
                "(SELECT member_id AS id, name, organisation_name, role, voting_right,
                     vote_weight, on_roll_call
                 FROM recorded_member WHERE meeting_id = ?1)"
                    .to_owned()
            }
        }
    }

    /// An SQL table expression of the backlog as meeting `?1` shows it, with `backlog_item`'s
    /// columns.
    pub(crate) fn backlog(self) -> &'static str {
        match self {
            Shown::Live => "backlog_item",
            Shown::Recorded => {
                "(SELECT key, title, status, priority, rank, story_points, labels, group_priority,
                     parent_key, votes, watchers
                 FROM recorded_backlog_item WHERE meeting_id = ?1)"
            }
        }
    }
}

/// The issue keys meeting `?1` names: its agenda items', its decisions' backlog changes and
/// priority orders, and its prioritisation polls' items.
const NAMED_KEYS: &str = "
    SELECT backlog_key FROM agenda_item WHERE meeting_id = ?1 AND backlog_key IS NOT NULL
    UNION SELECT json_extract(change.value, '$.key')
          FROM decision d, json_each(d.backlog_changes) change WHERE d.meeting_id = ?1
    UNION SELECT entry.value
          FROM decision d, json_each(d.priority_order) entry
          WHERE d.meeting_id = ?1 AND d.priority_order IS NOT NULL
    UNION SELECT item.value
          FROM poll p, json_each(p.kind, '$.items') item
          WHERE p.meeting_id = ?1 AND json_type(p.kind, '$.items') = 'array'";

/// Takes the record of a meeting as it closes, replacing the one an earlier close (before an
/// amendment) took.
pub(crate) fn take(conn: &Connection, meeting_id: Uuid) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM recorded_member WHERE meeting_id = ?1")?
        .execute([meeting_id])?;
    conn.prepare_cached(&format!(
        "INSERT INTO recorded_member (meeting_id, member_id, name, organisation_name, role,
             voting_right, vote_weight, on_roll_call)
         SELECT ?1, id, name, organisation_name, role, voting_right, vote_weight, on_roll_call
         FROM {}",
        Shown::Live.members()
    ))?
    .execute([meeting_id])?;
    conn.prepare_cached("DELETE FROM recorded_backlog_item WHERE meeting_id = ?1")?
        .execute([meeting_id])?;
    conn.prepare_cached(&format!(
        "INSERT INTO recorded_backlog_item (meeting_id, key, title, status, priority, rank,
             story_points, labels, group_priority, parent_key, votes, watchers, description)
         SELECT ?1, key, title, status, priority, rank, story_points, labels, group_priority,
             parent_key, votes, watchers, description
         FROM backlog_item WHERE key IN ({NAMED_KEYS})"
    ))?
    .execute([meeting_id])?;
    conn.prepare_cached(
        "UPDATE meeting SET recorded_group_name =
             (SELECT g.name FROM steering_group g WHERE g.id = meeting.group_id)
         WHERE id = ?1",
    )?
    .execute([meeting_id])?;
    Ok(())
}
