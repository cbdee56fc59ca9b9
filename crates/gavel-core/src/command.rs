//! Commands: everything a user can ask the store to change. One enum, so that the CLI's JSON lines,
//! the desktop app and tests all speak the same language (documented in docs/commands.md).

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// A request to change the meeting record. `id` fields are optional: when absent the store derives
/// a fresh id; scripts that refer to a record in a later command give their own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "type", deny_unknown_fields)]
pub enum Command {
    CreateGroup {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        name: String,
    },
    AddOrganisation {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        group_id: Uuid,
        name: String,
    },
    AddMember {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        group_id: Uuid,
        name: String,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        organisation_id: Option<Uuid>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        role: Option<MemberRole>,
        /// Defaults by role: chairs and members vote, secretaries and observers do not.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        voting_right: Option<bool>,
        /// Defaults to 1.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        vote_weight: Option<u32>,
    },
    /// Adds a backlog item, or updates the one with the same issue key. Fields left out keep their
    /// value; an empty string clears a text field.
    UpsertBacklogItem {
        key: String,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        title: Option<String>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        status: Option<String>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        priority: Option<String>,
        /// Jira rank (LexoRank); items sort by plain string comparison of this value.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        rank: Option<String>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        story_points: Option<f64>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        labels: Option<Vec<String>>,
    },
    CreateMeeting {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        group_id: Uuid,
        title: String,
        /// Local time of the meeting room, e.g. "2026-12-03T13:00:00".
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        starts_at: NaiveDateTime,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        location: Option<String>,
    },
    /// Adds an agenda item: a backlog item (by issue key), a free text item (by title), or a backlog
    /// item with a title of its own. Appended at the end unless `position` (1-based) is given.
    AddAgendaItem {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        title: Option<String>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        backlog_key: Option<String>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        position: Option<u32>,
    },
    /// Moves an agenda item to a new 1-based position; the others close up around it.
    MoveAgendaItem { agenda_item_id: Uuid, position: u32 },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum MemberRole {
    Chair,
    Secretary,
    Member,
    Observer,
}

impl MemberRole {
    pub fn votes_by_default(self) -> bool {
        matches!(self, MemberRole::Chair | MemberRole::Member)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MemberRole::Chair => "chair",
            MemberRole::Secretary => "secretary",
            MemberRole::Member => "member",
            MemberRole::Observer => "observer",
        }
    }

    pub fn parse(text: &str) -> Option<MemberRole> {
        match text {
            "chair" => Some(MemberRole::Chair),
            "secretary" => Some(MemberRole::Secretary),
            "member" => Some(MemberRole::Member),
            "observer" => Some(MemberRole::Observer),
            _ => None,
        }
    }
}

/// What one applied command did.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Applied {
    /// The record the command created, if it created one.
    pub created_id: Option<Uuid>,
    /// The events appended to the log; empty when the command changed nothing (e.g. an upsert
    /// with the values already stored).
    pub event_ids: Vec<Uuid>,
}
