//! Read models: what the CLI, the desktop app and (later) the minutes show. They read only the
//! projection tables, never the log.

use chrono::NaiveDateTime;
use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;
use uuid::Uuid;

use crate::command::MemberRole;
use crate::error::{Error, Result};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct BacklogItem {
    pub key: String,
    pub title: String,
    pub status: Option<String>,
    pub priority: Option<String>,
    pub rank: Option<String>,
    pub story_points: Option<f64>,
    pub labels: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct GroupView {
    pub id: Uuid,
    pub name: String,
    pub organisations: Vec<OrganisationView>,
    pub members: Vec<MemberView>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct OrganisationView {
    pub id: Uuid,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MemberView {
    pub id: Uuid,
    pub name: String,
    pub organisation_id: Option<Uuid>,
    pub organisation_name: Option<String>,
    pub role: MemberRole,
    pub voting_right: bool,
    pub vote_weight: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    Draft,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MeetingSummary {
    pub id: Uuid,
    pub group_id: Uuid,
    pub group_name: String,
    pub title: String,
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub starts_at: NaiveDateTime,
    pub location: Option<String>,
    pub status: MeetingStatus,
    pub agenda_item_count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MeetingDetail {
    pub meeting: MeetingSummary,
    pub agenda: Vec<AgendaItemView>,
    /// SHA-256 over the meeting's event hashes in log order: changes whenever the meeting does,
    /// and is the same on every device holding the same events.
    pub log_fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct AgendaItemView {
    pub id: Uuid,
    /// 1-based.
    pub position: u32,
    /// The item's own title, or the linked backlog item's title.
    pub title: String,
    pub backlog_key: Option<String>,
}

pub(crate) fn backlog_items(conn: &Connection) -> Result<Vec<BacklogItem>> {
    // LexoRank strings order correctly as plain byte strings; unranked items keep the order in
    // which they first arrived (the file's order).
    let mut statement = conn.prepare_cached(
        "SELECT key, title, status, priority, rank, story_points, labels FROM backlog_item
         ORDER BY rank IS NULL, rank, first_seen",
    )?;
    let rows = statement.query_map([], |row| {
        let labels: String = row.get(6)?;
        Ok(BacklogItem {
            key: row.get(0)?,
            title: row.get(1)?,
            status: row.get(2)?,
            priority: row.get(3)?,
            rank: row.get(4)?,
            story_points: row.get(5)?,
            labels: serde_json::from_str(&labels).unwrap_or_default(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn backlog_item(conn: &Connection, key: &str) -> Result<Option<BacklogItem>> {
    let mut statement = conn.prepare_cached(
        "SELECT title, status, priority, rank, story_points, labels FROM backlog_item WHERE key = ?1",
    )?;
    let item = statement
        .query_row([key], |row| {
            let labels: String = row.get(5)?;
            Ok(BacklogItem {
                key: key.to_owned(),
                title: row.get(0)?,
                status: row.get(1)?,
                priority: row.get(2)?,
                rank: row.get(3)?,
                story_points: row.get(4)?,
                labels: serde_json::from_str(&labels).unwrap_or_default(),
            })
        })
        .optional()?;
    Ok(item)
}

pub(crate) fn groups(conn: &Connection) -> Result<Vec<GroupView>> {
    let mut statement =
        conn.prepare_cached("SELECT id, name FROM steering_group ORDER BY name, id")?;
    let heads = statement
        .query_map([], |row| {
            Ok((row.get::<_, Uuid>(0)?, row.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    heads
        .into_iter()
        .map(|(id, name)| {
            Ok(GroupView {
                id,
                name,
                organisations: organisations(conn, id)?,
                members: members(conn, id)?,
            })
        })
        .collect()
}

fn organisations(conn: &Connection, group_id: Uuid) -> Result<Vec<OrganisationView>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, name FROM organisation WHERE group_id = ?1 ORDER BY name, id",
    )?;
    let rows = statement.query_map([group_id], |row| {
        Ok(OrganisationView {
            id: row.get(0)?,
            name: row.get(1)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn members(conn: &Connection, group_id: Uuid) -> Result<Vec<MemberView>> {
    let mut statement = conn.prepare_cached(
        "SELECT m.id, m.name, m.organisation_id, o.name, m.role, m.voting_right, m.vote_weight
         FROM member m LEFT JOIN organisation o ON o.id = m.organisation_id
         WHERE m.group_id = ?1 ORDER BY m.name, m.id",
    )?;
    let rows = statement.query_map([group_id], |row| {
        let role: String = row.get(4)?;
        Ok(MemberView {
            id: row.get(0)?,
            name: row.get(1)?,
            organisation_id: row.get(2)?,
            organisation_name: row.get(3)?,
            role: MemberRole::parse(&role).unwrap_or(MemberRole::Member),
            voting_right: row.get(5)?,
            vote_weight: row.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

const MEETING_SUMMARY_SELECT: &str =
    "SELECT m.id, m.group_id, g.name, m.title, m.starts_at, m.location,
        (SELECT COUNT(*) FROM agenda_item a WHERE a.meeting_id = m.id)
     FROM meeting m JOIN steering_group g ON g.id = m.group_id";

fn meeting_summary_from_row(row: &Row<'_>) -> rusqlite::Result<MeetingSummary> {
    Ok(MeetingSummary {
        id: row.get(0)?,
        group_id: row.get(1)?,
        group_name: row.get(2)?,
        title: row.get(3)?,
        starts_at: row.get(4)?,
        location: row.get(5)?,
        status: MeetingStatus::Draft,
        agenda_item_count: row.get(6)?,
    })
}

pub(crate) fn meetings(conn: &Connection) -> Result<Vec<MeetingSummary>> {
    let mut statement = conn.prepare_cached(&format!(
        "{MEETING_SUMMARY_SELECT} ORDER BY m.starts_at DESC, m.id"
    ))?;
    let rows = statement.query_map([], meeting_summary_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn meeting_summary(conn: &Connection, meeting_id: Uuid) -> Result<MeetingSummary> {
    let mut statement =
        conn.prepare_cached(&format!("{MEETING_SUMMARY_SELECT} WHERE m.id = ?1"))?;
    statement
        .query_row([meeting_id], meeting_summary_from_row)
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: "meeting",
            id: meeting_id.to_string(),
        })
}

pub(crate) fn agenda(conn: &Connection, meeting_id: Uuid) -> Result<Vec<AgendaItemView>> {
    let mut statement = conn.prepare_cached(
        "SELECT a.id, a.position, COALESCE(a.title, b.title, a.backlog_key), a.backlog_key
         FROM agenda_item a LEFT JOIN backlog_item b ON b.key = a.backlog_key
         WHERE a.meeting_id = ?1 ORDER BY a.position",
    )?;
    let rows = statement.query_map([meeting_id], |row| {
        Ok(AgendaItemView {
            id: row.get(0)?,
            position: row.get(1)?,
            title: row.get(2)?,
            backlog_key: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
