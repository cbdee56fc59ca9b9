//! Commands: everything a user can ask the store to change. One enum, so that the CLI's JSON lines,
//! the desktop app and tests all speak the same language (documented in docs/commands.md).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::rules::{Attendance, Ballot, Majority, PollKind, RulesOfProcedure, Totals};

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
    MoveAgendaItem {
        agenda_item_id: Uuid,
        position: u32,
    },
    /// Sets the group's rules of procedure; meetings opened afterwards use them.
    SetRulesOfProcedure {
        group_id: Uuid,
        rules: RulesOfProcedure,
    },
    /// Starts the meeting (draft → open) and copies the group's rules of procedure into it.
    /// `at` (local time) records a meeting afterwards; default: now.
    OpenMeeting {
        meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        at: Option<NaiveDateTime>,
    },
    /// Ends the meeting (open → closed). Every poll must be closed first.
    CloseMeeting {
        meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        at: Option<NaiveDateTime>,
    },
    /// The agenda item being discussed now (shown on the projector).
    SetCurrentAgendaItem {
        agenda_item_id: Uuid,
    },
    SetAgendaItemNotes {
        agenda_item_id: Uuid,
        notes: String,
    },
    /// Minutes planned for the item; `null` removes the time box.
    SetAgendaItemTimeBox {
        agenda_item_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        minutes: Option<u32>,
    },
    /// Marks a member present, absent, excused or left. `at` (local "HH:MM") is the arrival
    /// or departure time; when left out, the time now.
    SetAttendance {
        meeting_id: Uuid,
        member_id: Uuid,
        attendance: Attendance,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        at: Option<NaiveTime>,
    },
    /// An absent voting member gives their proxy to a present one (within the rules' cap).
    GiveProxy {
        meeting_id: Uuid,
        from_member_id: Uuid,
        to_member_id: Uuid,
    },
    WithdrawProxy {
        meeting_id: Uuid,
        from_member_id: Uuid,
    },
    /// Puts a question to a vote. Refused while the meeting is not quorate unless
    /// `override_quorum` is set; the override is recorded.
    OpenPoll {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        agenda_item_id: Option<Uuid>,
        question: String,
        kind: PollKind,
        /// Secret polls record hand-counted totals only, never who voted how.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        secret: Option<bool>,
        /// The majority this poll needs, when it differs from the rules' default.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        majority: Option<Majority>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        override_quorum: Option<bool>,
    },
    /// Records (or changes, while the poll is open) a member's ballot. For an absent member the
    /// ballot is cast by their proxy holder.
    RecordBallot {
        poll_id: Uuid,
        member_id: Uuid,
        ballot: Ballot,
    },
    /// Records hand-counted totals (secret polls, or a show of hands).
    RecordTotals {
        poll_id: Uuid,
        totals: Totals,
    },
    /// Closes the poll and computes its result under the meeting's rules of procedure.
    ClosePoll {
        poll_id: Uuid,
    },
    RecordDecision {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        agenda_item_id: Option<Uuid>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        poll_id: Option<Uuid>,
        outcome: DecisionOutcome,
        text: String,
        /// New statuses of linked backlog items.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        backlog_changes: Option<Vec<BacklogChange>>,
        /// The group's new priority order: these issue keys first, in this order.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        priority_order: Option<Vec<String>>,
    },
    AddActionItem {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        agenda_item_id: Option<Uuid>,
        text: String,
        /// A member of the group, or …
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        owner_member_id: Option<Uuid>,
        /// … someone outside it, by name.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        owner_name: Option<String>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        due_date: Option<NaiveDate>,
    },
    /// Undoes the meeting's latest action that is not yet undone, by a compensating event.
    Undo {
        meeting_id: Uuid,
    },
    /// Records that the minutes of a closed meeting were signed (or countersigned). `fingerprint`
    /// is the log fingerprint printed in the signed PDF: it must be the meeting's current one, so
    /// that a signature always covers exactly what the meeting holds. Once signed, the meeting is
    /// frozen: only `AmendMinutes` changes it again.
    RecordMinutesSigned {
        meeting_id: Uuid,
        fingerprint: String,
        /// SHA-256 of the signed PDF file, in hex.
        document_sha256: String,
        signer_name: String,
        /// E.g. "chair", "secretary", "member".
        role: String,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        signed_at: Option<NaiveDateTime>,
    },
    /// Reopens a closed meeting to correct it. When its minutes are signed, the corrections make a
    /// new minutes version that names the signed one.
    AmendMinutes {
        meeting_id: Uuid,
        reason: String,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        at: Option<NaiveDateTime>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DecisionOutcome {
    Approved,
    Rejected,
    Postponed,
    Noted,
}

impl DecisionOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            DecisionOutcome::Approved => "approved",
            DecisionOutcome::Rejected => "rejected",
            DecisionOutcome::Postponed => "postponed",
            DecisionOutcome::Noted => "noted",
        }
    }
}

/// A backlog item linked to a decision, with its new status if the decision changed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct BacklogChange {
    pub key: String,
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub new_status: Option<String>,
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
