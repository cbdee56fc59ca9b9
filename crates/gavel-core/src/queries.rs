//! Read models: what the CLI, the desktop app and (later) the minutes show. They read only the
//! projection tables, never the log.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;
use uuid::Uuid;

use crate::command::{BacklogChange, DecisionOutcome, GroupKind, MemberRole, MinutesLanguage};
use crate::error::{Error, Result};
use crate::meeting_record::Shown;
use crate::meeting_state::{self, MeetingPhase};
use crate::rules::{
    self, Attendance, Ballot, Bilingual, Majority, PollKind, PollResult, QuorumResult,
    RulesOfProcedure, Totals,
};

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
    /// The steering group's own priority (1 = first), set by a decision; the backlog is ordered
    /// by it first, then by Jira rank.
    pub group_priority: Option<u32>,
    /// The issue key of the item's parent (its epic), itself a backlog item.
    pub parent: Option<String>,
    /// Jira's vote count.
    pub votes: Option<u32>,
    /// How many watch the issue in Jira.
    pub watchers: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct GroupView {
    pub id: Uuid,
    pub name: String,
    pub kind: GroupKind,
    pub minutes_language: MinutesLanguage,
    /// The rules of procedure later meetings open under (the defaults until the group sets its own).
    pub rules: RulesOfProcedure,
    /// What Undo would take back in the group now ("medlemmet Mette Holm").
    pub next_undo: Option<Bilingual>,
    pub organisations: Vec<OrganisationView>,
    /// Serving members first, each part in name order; retired members keep their place in the
    /// record and are listed last.
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
    pub email: Option<String>,
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub joined_on: Option<NaiveDate>,
    /// The first day the member no longer holds the seat; `None` while serving.
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub retired_on: Option<NaiveDate>,
    /// The retired member whose seat this one took.
    pub succeeds: Option<Uuid>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum MeetingStatus {
    Draft,
    Open,
    Closed,
    /// Cancelled before it started.
    Cancelled,
}

/// When a meeting was cancelled, and why if the chair said.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MeetingCancellation {
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub at: NaiveDateTime,
    pub reason: Option<String>,
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
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub opened_at: Option<NaiveDateTime>,
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub closed_at: Option<NaiveDateTime>,
    pub current_agenda_item_id: Option<Uuid>,
    /// 1 until an amendment of signed minutes starts version 2, and so on.
    pub minutes_version: u32,
    /// The current minutes version has been signed at least once: the meeting list says
    /// "Underskrevet" rather than "Afsluttet".
    pub minutes_signed: bool,
    /// The chair marked the closed meeting public (`SetMeetingPublic`): `gavel publish` puts it
    /// on the group's website.
    pub public: bool,
    /// Set when the status is cancelled; left out otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub cancellation: Option<MeetingCancellation>,
    /// The meeting that approved these minutes (godkendelse af referat); left out until one has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub minutes_approval: Option<MinutesApproval>,
}

/// Where a meeting's minutes were approved: the later meeting, and its decision.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MinutesApproval {
    pub meeting_id: Uuid,
    pub meeting_title: String,
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub starts_at: NaiveDateTime,
    /// The decision's number in that meeting, and its text ("Referatet blev godkendt med disse
    /// rettelser: …").
    pub decision_number: u32,
    pub decision_text: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MeetingDetail {
    pub meeting: MeetingSummary,
    /// The meeting's own copy once it is open; the group's current rules before that.
    pub rules: RulesOfProcedure,
    /// Recomputed from the attendance every time the meeting is read (with the votes members had
    /// when it closed, once it is closed).
    pub quorum: QuorumResult,
    /// Everyone on the meeting's roll call, in name order: as the group is now, or as it was when
    /// the meeting closed.
    pub attendance: Vec<AttendanceView>,
    pub agenda: Vec<AgendaItemView>,
    pub polls: Vec<PollView>,
    pub decisions: Vec<DecisionView>,
    pub action_items: Vec<ActionItemView>,
    /// Once the meeting is closed: the backlog items it names (its agenda, polls and decisions)
    /// as they were when it closed, which is how the meeting shows them from then on. `None`
    /// while it is planned or open: it shows the backlog as it is.
    pub backlog: Option<Vec<BacklogItem>>,
    /// Every signature of every minutes version, oldest first.
    pub signatures: Vec<MinutesSignatureView>,
    pub amendments: Vec<MinutesAmendmentView>,
    /// SHA-256 over the meeting's event hashes in log order: changes whenever the meeting does,
    /// and is the same on every device holding the same events.
    pub log_fingerprint: String,
    /// What Undo would take back now ("stemme fra Mette Holm"); `None` when there is nothing to
    /// undo or the meeting is closed.
    pub next_undo: Option<Bilingual>,
    /// Decisions on one agenda item that two laptops recorded without seeing each other's, until
    /// the chair keeps one (`ResolveDecisionConflict`). Left out when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(
        feature = "typescript",
        ts(as = "Option<Vec<DecisionConflict>>", optional)
    )]
    pub decision_conflicts: Vec<DecisionConflict>,
}

/// Decisions on one agenda item recorded on laptops that had not seen each other's (neither lists
/// the other among the decisions it saw, `seen_decisions`). Both stand, and the minutes mark them,
/// until the chair keeps one; minutes with one cannot be signed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct DecisionConflict {
    pub meeting_id: Uuid,
    pub meeting_title: String,
    pub agenda_item_id: Uuid,
    pub agenda_item_title: String,
    /// Every decision on the item that conflicts with another, in number order.
    pub decisions: Vec<ConflictingDecision>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ConflictingDecision {
    pub decision_id: Uuid,
    pub number: u32,
    pub outcome: DecisionOutcome,
    pub text: String,
    /// Who recorded it, and on which laptop.
    pub recorded_by: String,
    pub device: Uuid,
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
    pub notes: String,
    pub time_box_minutes: Option<u32>,
    /// What the item is about (sagsfremstilling); left out when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<String>", optional))]
    pub case_description: String,
    /// What the group is asked to decide (indstilling); left out when empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<String>", optional))]
    pub proposed_decision: String,
    /// The earlier meeting whose minutes this item approves (godkendelse af referat).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub approves_minutes_of: Option<Uuid>,
    /// Who presents the item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub responsible: Option<String>,
    /// Web addresses for the item.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<Vec<String>>", optional))]
    pub links: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MinutesSignatureView {
    pub version: u32,
    /// 1 for the first signature of the version, then countersignatures.
    pub number: u32,
    pub fingerprint: String,
    pub document_sha256: String,
    pub signer_name: String,
    pub role: String,
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub signed_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MinutesAmendmentView {
    pub version: u32,
    pub amends_version: Option<u32>,
    pub reason: String,
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct AttendanceView {
    pub member_id: Uuid,
    pub name: String,
    pub organisation_name: Option<String>,
    pub role: MemberRole,
    pub voting_right: bool,
    pub vote_weight: u32,
    pub attendance: Attendance,
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub arrived_at: Option<NaiveTime>,
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub left_at: Option<NaiveTime>,
    pub proxy_holder_id: Option<Uuid>,
    pub proxy_holder_name: Option<String>,
    /// Who would cast this member's ballot in a poll now (`rules::check_ballot_eligibility`):
    /// the member when present, the proxy holder of an absent one; `None` when no ballot can be
    /// recorded for them. The screens list voters by it rather than apply the rule again.
    pub ballot_cast_by: Option<Uuid>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct PollView {
    pub id: Uuid,
    /// 1, 2, 3 … within the meeting.
    pub number: u32,
    pub agenda_item_id: Option<Uuid>,
    pub question: String,
    pub kind: PollKind,
    pub secret: bool,
    pub majority: Majority,
    pub quorum_overridden: bool,
    pub is_open: bool,
    /// Named polls: who voted how (and who cast a proxy's ballot). Always empty for secret polls.
    pub ballots: Vec<BallotView>,
    pub totals: Option<Totals>,
    /// While open: the result if the poll closed now. Once closed: the result recorded then.
    pub result: Option<PollResult>,
    /// `result`'s figures by name (`PollResult::named_tally`), for the screens.
    pub tally: Option<rules::NamedTally>,
    /// Each time Undo opened the closed poll again, oldest first: the record keeps the result
    /// it had been closed with, beside the final one.
    pub reopenings: Vec<PollReopening>,
}

/// A closed poll opened again by Undo: when, by whom, and the result it had been closed with.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct PollReopening {
    /// Local time of the undo (from its log timestamp).
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub at: NaiveDateTime,
    /// The author of the undo.
    pub by: String,
    pub earlier_result: PollResult,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct BallotView {
    pub member_id: Uuid,
    pub member_name: String,
    pub cast_by_id: Uuid,
    pub cast_by_name: String,
    /// This ballot replaced an earlier one for the same member ("stemme ændret").
    pub replaced: bool,
    /// When it did, when the event says (ballots recorded by Gavel 0.1 carry no time).
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub replaced_at: Option<NaiveDateTime>,
    pub ballot: Ballot,
    /// The ballot as the record words it (`rules::describe_ballot`), as the minutes print it.
    pub described: Bilingual,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct DecisionView {
    pub id: Uuid,
    pub number: u32,
    pub agenda_item_id: Option<Uuid>,
    pub poll_id: Option<Uuid>,
    pub outcome: DecisionOutcome,
    pub text: String,
    pub backlog_changes: Vec<BacklogChange>,
    pub priority_order: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ActionItemView {
    pub id: Uuid,
    pub number: u32,
    pub agenda_item_id: Option<Uuid>,
    pub text: String,
    pub owner_member_id: Option<Uuid>,
    /// The member's name, or the name given for someone outside the group.
    pub owner_name: Option<String>,
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub due_date: Option<NaiveDate>,
    /// The day it was done, recorded after the meeting (`SetActionItemDone`); `None` while it
    /// is open. Never printed in the minutes: following up is not part of what was agreed.
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub done_on: Option<NaiveDate>,
}

pub(crate) fn backlog_items(conn: &Connection) -> Result<Vec<BacklogItem>> {
    // LexoRank strings order correctly as plain byte strings; unranked items keep the order in
    // which they first arrived (the file's order).
    let mut statement = conn.prepare_cached(
        "SELECT key, title, status, priority, rank, story_points, labels, group_priority, parent_key, votes,
             watchers
         FROM backlog_item
         ORDER BY group_priority IS NULL, group_priority, rank IS NULL, rank, first_seen",
    )?;
    let rows = statement.query_map([], |row| backlog_item_from_row(row, row.get(0)?))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn backlog_item(conn: &Connection, key: &str) -> Result<Option<BacklogItem>> {
    let mut statement = conn.prepare_cached(
        "SELECT key, title, status, priority, rank, story_points, labels, group_priority, parent_key, votes,
             watchers
         FROM backlog_item WHERE key = ?1",
    )?;
    let item = statement
        .query_row([key], |row| backlog_item_from_row(row, key.to_owned()))
        .optional()?;
    Ok(item)
}

/// The description of backlog item `key`, if it has one (kept out of [`BacklogItem`], which every
/// backlog list carries).
pub(crate) fn backlog_description(conn: &Connection, key: &str) -> Result<Option<String>> {
    let description = conn
        .prepare_cached("SELECT description FROM backlog_item WHERE key = ?1")?
        .query_row([key], |row| row.get::<_, Option<String>>(0))
        .optional()?;
    Ok(description.flatten())
}

/// The description of backlog item `key` as meeting `meeting_id` shows it: as the backlog has
/// it now, or, once the meeting is closed (`detail.backlog` is its record), as it was then.
pub(crate) fn backlog_description_shown_by(
    conn: &Connection,
    detail: &MeetingDetail,
    key: &str,
) -> Result<Option<String>> {
    if detail.backlog.is_none() {
        return backlog_description(conn, key);
    }
    let description = conn
        .prepare_cached(
            "SELECT description FROM recorded_backlog_item WHERE meeting_id = ?1 AND key = ?2",
        )?
        .query_row((detail.meeting.id, key), |row| {
            row.get::<_, Option<String>>(0)
        })
        .optional()?;
    Ok(description.flatten())
}

/// `start` and its ancestors, nearest first, as far as the backlog's `parent_key`s go. Stops at a
/// key it has seen: merged sync files can leave a cycle that no single device recorded.
pub(crate) fn parent_chain(conn: &Connection, start: &str) -> Result<Vec<String>> {
    let mut statement =
        conn.prepare_cached("SELECT parent_key FROM backlog_item WHERE key = ?1")?;
    let mut chain = vec![start.to_owned()];
    let mut seen = std::collections::HashSet::from([start.to_owned()]);
    let mut current = start.to_owned();
    while let Some(Some(parent)) = statement
        .query_row([&current], |row| row.get::<_, Option<String>>(0))
        .optional()?
    {
        if !seen.insert(parent.clone()) {
            break;
        }
        chain.push(parent.clone());
        current = parent;
    }
    Ok(chain)
}

/// A row of the `SELECT key, title, … watchers` of [`backlog_items`] and [`backlog_item`].
fn backlog_item_from_row(row: &Row<'_>, key: String) -> rusqlite::Result<BacklogItem> {
    let labels: String = row.get(6)?;
    Ok(BacklogItem {
        key,
        title: row.get(1)?,
        status: row.get(2)?,
        priority: row.get(3)?,
        rank: row.get(4)?,
        story_points: row.get(5)?,
        labels: serde_json::from_str(&labels).unwrap_or_default(),
        group_priority: row.get(7)?,
        parent: row.get(8)?,
        votes: row.get(9)?,
        watchers: row.get(10)?,
    })
}

pub(crate) fn groups(conn: &Connection) -> Result<Vec<GroupView>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, name, kind, minutes_language, rules FROM steering_group ORDER BY name, id",
    )?;
    let heads = statement
        .query_map([], |row| {
            Ok((
                row.get::<_, Uuid>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, Option<String>>(4)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    heads
        .into_iter()
        .map(|(id, name, kind, minutes_language, rules)| {
            Ok(GroupView {
                id,
                name,
                kind: GroupKind::parse(&kind).unwrap_or_default(),
                minutes_language: MinutesLanguage::parse(&minutes_language).unwrap_or_default(),
                rules: rules
                    .map(|rules| meeting_state::stored_json(&rules))
                    .transpose()?
                    .unwrap_or_default(),
                next_undo: crate::undo::next_group_undo(conn, id)?
                    .map(|undo| crate::undo::describe(conn, &undo.payload))
                    .transpose()?,
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
        "SELECT m.id, m.name, m.organisation_id, o.name, m.role, m.voting_right, m.vote_weight,
                m.email, m.joined_on, m.retired_on, m.succeeds
         FROM member m LEFT JOIN organisation o ON o.id = m.organisation_id
         WHERE m.group_id = ?1 ORDER BY m.retired_on IS NOT NULL, m.name, m.id",
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
            email: row.get(7)?,
            joined_on: row.get(8)?,
            retired_on: row.get(9)?,
            succeeds: row.get(10)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

const MEETING_SUMMARY_SELECT: &str =
    "SELECT m.id, m.group_id, CASE WHEN m.status = 'closed' THEN COALESCE(m.recorded_group_name, g.name) ELSE g.name END,
        m.title, m.starts_at, m.location,
        (SELECT COUNT(*) FROM agenda_item a WHERE a.meeting_id = m.id), m.status, m.opened_at, m.closed_at,
        m.current_agenda_item_id, m.minutes_version,
        EXISTS (SELECT 1 FROM minutes_signature s WHERE s.meeting_id = m.id AND s.version = m.minutes_version),
        c.at, c.reason, m.is_public
     FROM meeting m JOIN steering_group g ON g.id = m.group_id
     LEFT JOIN meeting_cancellation c ON c.meeting_id = m.id";

fn meeting_summary_from_row(row: &Row<'_>) -> rusqlite::Result<MeetingSummary> {
    let cancellation = match row.get::<_, Option<NaiveDateTime>>(13)? {
        Some(at) => Some(MeetingCancellation {
            at,
            reason: row.get(14)?,
        }),
        None => None,
    };
    Ok(MeetingSummary {
        id: row.get(0)?,
        group_id: row.get(1)?,
        group_name: row.get(2)?,
        title: row.get(3)?,
        starts_at: row.get(4)?,
        location: row.get(5)?,
        agenda_item_count: row.get(6)?,
        status: match (
            cancellation.is_some(),
            MeetingPhase::parse(&row.get::<_, String>(7)?),
        ) {
            (true, _) | (_, MeetingPhase::Cancelled) => MeetingStatus::Cancelled,
            (false, MeetingPhase::Draft) => MeetingStatus::Draft,
            (false, MeetingPhase::Open) => MeetingStatus::Open,
            (false, MeetingPhase::Closed) => MeetingStatus::Closed,
        },
        cancellation,
        opened_at: row.get(8)?,
        closed_at: row.get(9)?,
        current_agenda_item_id: row.get(10)?,
        minutes_version: row.get(11)?,
        minutes_signed: row.get(12)?,
        public: row.get(15)?,
        minutes_approval: None,
    })
}

/// The approval of `meeting_id`'s minutes, if a later meeting has recorded one: the first
/// decision "approved" on an agenda item that approves them.
pub(crate) fn minutes_approval(
    conn: &Connection,
    meeting_id: Uuid,
) -> Result<Option<MinutesApproval>> {
    Ok(conn
        .prepare_cached(
            // CROSS JOIN keeps this order: the approving agenda items found by their index
            // (agenda_item_approving), not every decision of every meeting read for each.
            "SELECT m.id, m.title, m.starts_at, d.number, d.text
             FROM agenda_item a
             CROSS JOIN decision d ON d.meeting_id = a.meeting_id AND d.agenda_item_id = a.id
                                   AND d.outcome = 'approved'
             CROSS JOIN meeting m ON m.id = a.meeting_id
             WHERE a.approves_minutes_of = ?1
             ORDER BY m.starts_at, d.number LIMIT 1",
        )?
        .query_row([meeting_id], |row| {
            Ok(MinutesApproval {
                meeting_id: row.get(0)?,
                meeting_title: row.get(1)?,
                starts_at: row.get(2)?,
                decision_number: row.get(3)?,
                decision_text: row.get(4)?,
            })
        })
        .optional()?)
}

/// Fills in each closed meeting's approval.
fn with_approvals(
    conn: &Connection,
    mut summaries: Vec<MeetingSummary>,
) -> Result<Vec<MeetingSummary>> {
    for summary in &mut summaries {
        if summary.status == MeetingStatus::Closed {
            summary.minutes_approval = minutes_approval(conn, summary.id)?;
        }
    }
    Ok(summaries)
}

pub(crate) fn meetings(conn: &Connection) -> Result<Vec<MeetingSummary>> {
    let mut statement = conn.prepare_cached(&format!(
        "{MEETING_SUMMARY_SELECT} ORDER BY m.starts_at DESC, m.id"
    ))?;
    let rows = statement.query_map([], meeting_summary_from_row)?;
    with_approvals(conn, rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn meeting_summary(conn: &Connection, meeting_id: Uuid) -> Result<MeetingSummary> {
    let mut statement =
        conn.prepare_cached(&format!("{MEETING_SUMMARY_SELECT} WHERE m.id = ?1"))?;
    let summary = statement
        .query_row([meeting_id], meeting_summary_from_row)
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: crate::error::Record::Meeting,
            id: meeting_id.to_string(),
        })?;
    Ok(with_approvals(conn, vec![summary])?.remove(0))
}

pub(crate) fn agenda(conn: &Connection, meeting_id: Uuid) -> Result<Vec<AgendaItemView>> {
    let backlog = Shown::of(conn, meeting_id)?.backlog();
    let mut statement = conn.prepare_cached(&format!(
        "SELECT a.id, a.position, COALESCE(a.title, b.title, a.backlog_key), a.backlog_key, a.notes, a.time_box_minutes,
                a.case_description, a.proposed_decision, a.approves_minutes_of, a.responsible, a.links
         FROM agenda_item a LEFT JOIN {backlog} b ON b.key = a.backlog_key
         WHERE a.meeting_id = ?1 ORDER BY a.position"
    ))?;
    let rows = statement.query_map([meeting_id], |row| {
        Ok(AgendaItemView {
            id: row.get(0)?,
            position: row.get(1)?,
            title: row.get(2)?,
            backlog_key: row.get(3)?,
            notes: row.get(4)?,
            time_box_minutes: row.get(5)?,
            case_description: row.get(6)?,
            proposed_decision: row.get(7)?,
            approves_minutes_of: row.get(8)?,
            responsible: row.get(9)?,
            links: serde_json::from_str(&row.get::<_, String>(10)?).unwrap_or_default(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The roll call with each member's attendance; `roll` is the meeting's
/// (`meeting_state::roll_call`), read once for the whole meeting.
pub(crate) fn attendance(
    conn: &Connection,
    meeting_id: Uuid,
    roll: &[rules::Voter],
) -> Result<Vec<AttendanceView>> {
    let members = Shown::of(conn, meeting_id)?.members();
    let mut statement = conn.prepare_cached(&format!(
        "SELECT p.id, p.name, p.organisation_name, p.role, p.voting_right, p.vote_weight, a.status, a.arrived_at,
                a.left_at, a.proxy_holder_id, h.name
         FROM {members} p
         LEFT JOIN attendance a ON a.meeting_id = ?1 AND a.member_id = p.id
         LEFT JOIN {members} h ON h.id = a.proxy_holder_id
         WHERE p.on_roll_call ORDER BY p.name, p.id"
    ))?;
    let rows = statement.query_map([meeting_id], |row| {
        let role: String = row.get(3)?;
        let status: Option<String> = row.get(6)?;
        Ok(AttendanceView {
            member_id: row.get(0)?,
            name: row.get(1)?,
            organisation_name: row.get(2)?,
            role: MemberRole::parse(&role).unwrap_or(MemberRole::Member),
            voting_right: row.get(4)?,
            vote_weight: row.get(5)?,
            attendance: status
                .as_deref()
                .map_or(Attendance::Unknown, meeting_state::parse_attendance),
            arrived_at: row.get(7)?,
            left_at: row.get(8)?,
            proxy_holder_id: row.get(9)?,
            proxy_holder_name: row.get(10)?,
            ballot_cast_by: None,
        })
    })?;
    let mut attendance: Vec<AttendanceView> = rows.collect::<rusqlite::Result<_>>()?;
    for member in &mut attendance {
        member.ballot_cast_by = rules::check_ballot_eligibility(roll, member.member_id).ok();
    }
    Ok(attendance)
}

/// The names of everyone of the meeting's group, as the meeting shows them: ballots and proxies
/// name members by them.
fn member_names(
    conn: &Connection,
    meeting_id: Uuid,
) -> Result<std::collections::HashMap<Uuid, String>> {
    let members = Shown::of(conn, meeting_id)?.members();
    let mut statement = conn.prepare_cached(&format!("SELECT id, name FROM {members} p"))?;
    let rows = statement.query_map([meeting_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The backlog items a closed meeting names, as they were when it closed (see
/// [`MeetingDetail::backlog`]); `None` while the meeting is not closed.
pub(crate) fn recorded_backlog(
    conn: &Connection,
    meeting_id: Uuid,
) -> Result<Option<Vec<BacklogItem>>> {
    let shown = Shown::of(conn, meeting_id)?;
    if shown == Shown::Live {
        return Ok(None);
    }
    let mut statement = conn.prepare_cached(&format!(
        "SELECT key, title, status, priority, rank, story_points, labels, group_priority, parent_key, votes,
             watchers
         FROM {} b
         ORDER BY group_priority IS NULL, group_priority, rank IS NULL, rank, key",
        shown.backlog()
    ))?;
    let rows = statement.query_map([meeting_id], |row| backlog_item_from_row(row, row.get(0)?))?;
    Ok(Some(rows.collect::<rusqlite::Result<_>>()?))
}

/// The members of a poll whose ballot replaced an earlier one, with the time of the change.
fn replaced_ballots(
    conn: &Connection,
    poll_id: Uuid,
) -> Result<std::collections::HashMap<Uuid, Option<NaiveDateTime>>> {
    let mut statement = conn.prepare_cached(
        "SELECT member_id, replaced_at FROM ballot WHERE poll_id = ?1 AND replaced = 1",
    )?;
    let rows = statement.query_map([poll_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// A reopening as the log has it: the result it took back is worded for its poll.
struct RecordedReopening {
    at: chrono::NaiveDateTime,
    by: String,
    result: rules::RecordedResult,
}

/// The meeting's polls that Undo opened again after they were closed, each reopening with the
/// result it took back (as recorded, to be worded for the poll). An undone `PollClosed` stays in
/// the log (nothing is deleted); the undo that took it back says when and by whom.
fn poll_reopenings(
    conn: &Connection,
    meeting_id: Uuid,
) -> Result<std::collections::HashMap<Uuid, Vec<RecordedReopening>>> {
    let mut undos = conn.prepare_cached(
        "SELECT id, hlc, author, payload FROM event
         WHERE stream = ?1 AND payload LIKE '{\"type\":\"EventUndone\"%'
         ORDER BY hlc, device, id",
    )?;
    let rows = undos
        .query_map([meeting_id], |row| {
            Ok((
                row.get::<_, Uuid>(0)?,
                row.get::<_, i64>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut reopenings: std::collections::HashMap<Uuid, Vec<RecordedReopening>> =
        std::collections::HashMap::new();
    let mut target = conn.prepare_cached("SELECT payload FROM event WHERE id = ?1")?;
    for (undo_id, hlc, author, payload) in rows {
        let Some(undone) = crate::event::parse_stored_payload(undo_id, &payload)?.undone_event()
        else {
            continue;
        };
        let Some(undone_payload) = target
            .query_row([undone], |row| row.get::<_, String>(0))
            .optional()?
        else {
            continue;
        };
        if let crate::event::EventPayload::PollClosed {
            poll_id, result, ..
        } = crate::event::parse_stored_payload(undone, &undone_payload)?
        {
            let millis =
                crate::clock::Hlc(u64::try_from(hlc).unwrap_or_default()).physical_millis();
            let at =
                chrono::DateTime::from_timestamp_millis(i64::try_from(millis).unwrap_or(i64::MAX))
                    .unwrap_or_default()
                    .with_timezone(&chrono::Local)
                    .naive_local();
            reopenings
                .entry(poll_id)
                .or_default()
                .push(RecordedReopening {
                    at,
                    by: author,
                    result,
                });
        }
    }
    Ok(reopenings)
}

/// The status a meeting's decision set for a backlog item, and that meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct DecidedStatus {
    pub status: String,
    pub meeting_title: String,
    pub meeting_date: NaiveDate,
}

/// For each backlog item a decision gave a status: the latest such decision's status (by the
/// meeting's date, then the decision's number), for the import to compare Jira's with.
pub(crate) fn decided_statuses(
    conn: &Connection,
) -> Result<std::collections::HashMap<String, DecidedStatus>> {
    let mut statement = conn.prepare_cached(
        "SELECT d.backlog_changes, m.title, m.starts_at FROM decision d
         JOIN meeting m ON m.id = d.meeting_id
         WHERE d.backlog_changes <> '[]'
         ORDER BY m.starts_at, d.number",
    )?;
    let rows = statement
        .query_map([], |row| {
            Ok((
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, NaiveDateTime>(2)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let mut decided = std::collections::HashMap::new();
    for (changes, meeting_title, starts_at) in rows {
        let changes: Vec<BacklogChange> = serde_json::from_str(&changes).unwrap_or_default();
        for change in changes {
            if let Some(status) = change.new_status {
                // Later meetings come later in the rows, so the last one written wins.
                decided.insert(
                    change.key,
                    DecidedStatus {
                        status,
                        meeting_title: meeting_title.clone(),
                        meeting_date: starts_at.date(),
                    },
                );
            }
        }
    }
    Ok(decided)
}

/// The meeting's polls; `roll` as for [`attendance`].
/// The meeting's polls; each with its named ballots only `with_named_ballots`.
pub(crate) fn polls(
    conn: &Connection,
    meeting_id: Uuid,
    roll: &[rules::Voter],
    with_named_ballots: bool,
) -> Result<Vec<PollView>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, number, agenda_item_id, question, quorum_overridden, result FROM poll
         WHERE meeting_id = ?1 ORDER BY number",
    )?;
    let heads = statement
        .query_map([meeting_id], |row| {
            Ok((
                row.get::<_, Uuid>(0)?,
                row.get::<_, u32>(1)?,
                row.get::<_, Option<Uuid>>(2)?,
                row.get::<_, String>(3)?,
                row.get::<_, bool>(4)?,
                row.get::<_, Option<String>>(5)?,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let names = member_names(conn, meeting_id)?;
    let name_of = |id: &Uuid| names.get(id).cloned().unwrap_or_default();
    let mut reopenings = poll_reopenings(conn, meeting_id)?;
    let mut polls = Vec::with_capacity(heads.len());
    for (id, number, agenda_item_id, question, quorum_overridden, stored_result) in heads {
        let (state, status) = meeting_state::poll_state(conn, id)?;
        let is_open = status == "open";
        let (replacements, ballots) = if with_named_ballots {
            (
                replaced_ballots(conn, id)?,
                meeting_state::named_ballots(conn, meeting_id, id)?,
            )
        } else {
            Default::default()
        };
        let ballots = ballots
            .into_iter()
            .map(|(member_id, cast_by_id, ballot)| {
                let replaced = replacements.get(&member_id);
                BallotView {
                    member_id,
                    member_name: name_of(&member_id),
                    cast_by_id,
                    cast_by_name: name_of(&cast_by_id),
                    described: rules::describe_ballot(&ballot, &state.kind),
                    ballot,
                    replaced: replaced.is_some(),
                    replaced_at: replaced.copied().flatten(),
                }
            })
            .collect();
        let result = match stored_result {
            Some(text) => serde_json::from_str(&text).ok(),
            // A live tally; ballots that no longer fit (a voter left) show up when closing.
            None if is_open => meeting_state::current_result(conn, &state, roll).ok(),
            None => None,
        };
        let tally = result
            .as_ref()
            .map(|result: &PollResult| result.named_tally(&state.kind));
        let reopenings = reopenings
            .remove(&id)
            .unwrap_or_default()
            .into_iter()
            .map(|reopening| PollReopening {
                at: reopening.at,
                by: reopening.by,
                earlier_result: reopening.result.worded(&state.kind),
            })
            .collect();
        polls.push(PollView {
            id,
            number,
            agenda_item_id,
            question,
            kind: state.kind,
            secret: state.secret,
            majority: state.majority,
            quorum_overridden,
            is_open,
            ballots,
            totals: state.totals,
            tally,
            result,
            reopenings,
        });
    }
    Ok(polls)
}

pub(crate) fn decisions(conn: &Connection, meeting_id: Uuid) -> Result<Vec<DecisionView>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, number, agenda_item_id, poll_id, outcome, text, backlog_changes, priority_order FROM decision
         WHERE meeting_id = ?1 ORDER BY number",
    )?;
    let rows = statement.query_map([meeting_id], |row| {
        let outcome: String = row.get(4)?;
        let changes: String = row.get(6)?;
        let order: Option<String> = row.get(7)?;
        Ok(DecisionView {
            id: row.get(0)?,
            number: row.get(1)?,
            agenda_item_id: row.get(2)?,
            poll_id: row.get(3)?,
            outcome: serde_json::from_value(serde_json::Value::String(outcome))
                .unwrap_or(DecisionOutcome::Noted),
            text: row.get(5)?,
            backlog_changes: serde_json::from_str(&changes).unwrap_or_default(),
            priority_order: order.and_then(|order| serde_json::from_str(&order).ok()),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The meeting's decision conflicts (see [`DecisionConflict`]), one per agenda item, in agenda
/// order.
pub(crate) fn decision_conflicts(
    conn: &Connection,
    meeting_id: Uuid,
) -> Result<Vec<DecisionConflict>> {
    let decisions = recorded_decisions(conn, meeting_id)?;
    let mut conflicts: Vec<DecisionConflict> = Vec::new();
    for decision in &decisions {
        if !decisions.iter().any(|other| in_conflict(decision, other)) {
            continue;
        }
        let side = ConflictingDecision {
            decision_id: decision.id,
            number: decision.number,
            outcome: decision.outcome,
            text: decision.text.clone(),
            recorded_by: decision.recorded_by.clone(),
            device: decision.device.unwrap_or_default(),
        };
        match conflicts
            .iter_mut()
            .find(|conflict| conflict.agenda_item_id == decision.agenda_item_id)
        {
            Some(conflict) => conflict.decisions.push(side),
            None => conflicts.push(DecisionConflict {
                meeting_id,
                meeting_title: decision.meeting_title.clone(),
                agenda_item_id: decision.agenda_item_id,
                agenda_item_title: decision.agenda_item_title.clone(),
                decisions: vec![side],
            }),
        }
    }
    Ok(conflicts)
}

/// The decisions in force on the same agenda item as `decision_id` that conflict with it, in
/// number order, with that item; `None` when the meeting has no such decision on an agenda item.
pub(crate) fn decisions_in_conflict_with(
    conn: &Connection,
    meeting_id: Uuid,
    decision_id: Uuid,
) -> Result<Option<(Uuid, Vec<Uuid>)>> {
    let decisions = recorded_decisions(conn, meeting_id)?;
    let Some(kept) = decisions.iter().find(|decision| decision.id == decision_id) else {
        return Ok(None);
    };
    let others = decisions
        .iter()
        .filter(|other| in_conflict(kept, other))
        .map(|other| other.id)
        .collect();
    Ok(Some((kept.agenda_item_id, others)))
}

/// The ids of the decisions in force on an agenda item: what a laptop recording another has seen.
pub(crate) fn decisions_on_agenda_item(
    conn: &Connection,
    agenda_item_id: Uuid,
) -> Result<Vec<Uuid>> {
    let mut statement =
        conn.prepare_cached("SELECT id FROM decision WHERE agenda_item_id = ?1 ORDER BY number")?;
    let ids = statement.query_map([agenda_item_id], |row| row.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// A decision on an agenda item, with what conflict detection needs.
struct RecordedDecision {
    id: Uuid,
    number: u32,
    agenda_item_id: Uuid,
    agenda_item_title: String,
    meeting_title: String,
    outcome: DecisionOutcome,
    text: String,
    device: Option<Uuid>,
    recorded_by: String,
    seen: Vec<Uuid>,
}

/// Two decisions on one agenda item conflict when different laptops recorded them and neither
/// had seen the other. One laptop's two decisions on an item never conflict: its chair meant both.
fn in_conflict(one: &RecordedDecision, other: &RecordedDecision) -> bool {
    one.id != other.id
        && one.agenda_item_id == other.agenda_item_id
        && one.device != other.device
        && !one.seen.contains(&other.id)
        && !other.seen.contains(&one.id)
}

/// The meeting's decisions on agenda items, in agenda order, then number order.
fn recorded_decisions(conn: &Connection, meeting_id: Uuid) -> Result<Vec<RecordedDecision>> {
    let backlog = Shown::of(conn, meeting_id)?.backlog();
    let mut statement = conn.prepare_cached(&format!(
        "SELECT d.id, d.number, d.agenda_item_id, COALESCE(a.title, b.title, a.backlog_key, ''), m.title,
             d.outcome, d.text, d.recorded_on, d.recorded_by, d.seen_decisions
         FROM decision d JOIN meeting m ON m.id = d.meeting_id
         JOIN agenda_item a ON a.id = d.agenda_item_id
         LEFT JOIN {backlog} b ON b.key = a.backlog_key
         WHERE d.meeting_id = ?1 ORDER BY a.position, d.number"
    ))?;
    let rows = statement.query_map([meeting_id], |row| {
        let outcome: String = row.get(5)?;
        let seen: String = row.get(9)?;
        Ok(RecordedDecision {
            id: row.get(0)?,
            number: row.get(1)?,
            agenda_item_id: row.get(2)?,
            agenda_item_title: row.get(3)?,
            meeting_title: row.get(4)?,
            outcome: serde_json::from_value(serde_json::Value::String(outcome))
                .unwrap_or(DecisionOutcome::Noted),
            text: row.get(6)?,
            device: row.get(7)?,
            recorded_by: row.get(8)?,
            seen: serde_json::from_str(&seen).unwrap_or_default(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn action_items(conn: &Connection, meeting_id: Uuid) -> Result<Vec<ActionItemView>> {
    let members = Shown::of(conn, meeting_id)?.members();
    let mut statement = conn.prepare_cached(&format!(
        "SELECT a.id, a.number, a.agenda_item_id, a.text, a.owner_member_id, COALESCE(p.name, a.owner_name), a.due_date,
                a.done_on
         FROM action_item a LEFT JOIN {members} p ON p.id = a.owner_member_id
         WHERE a.meeting_id = ?1 ORDER BY a.number"
    ))?;
    let rows = statement.query_map([meeting_id], |row| {
        Ok(ActionItemView {
            id: row.get(0)?,
            number: row.get(1)?,
            agenda_item_id: row.get(2)?,
            text: row.get(3)?,
            owner_member_id: row.get(4)?,
            owner_name: row.get(5)?,
            due_date: row.get(6)?,
            done_on: row.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn signatures(conn: &Connection, meeting_id: Uuid) -> Result<Vec<MinutesSignatureView>> {
    let mut statement = conn.prepare_cached(
        "SELECT version, number, fingerprint, document_sha256, signer_name, role, signed_at FROM minutes_signature
         WHERE meeting_id = ?1 ORDER BY version, number",
    )?;
    let rows = statement.query_map([meeting_id], |row| {
        Ok(MinutesSignatureView {
            version: row.get(0)?,
            number: row.get(1)?,
            fingerprint: row.get(2)?,
            document_sha256: row.get(3)?,
            signer_name: row.get(4)?,
            role: row.get(5)?,
            signed_at: row.get(6)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(crate) fn amendments(conn: &Connection, meeting_id: Uuid) -> Result<Vec<MinutesAmendmentView>> {
    let mut statement = conn.prepare_cached(
        "SELECT version, amends_version, reason, at FROM minutes_amendment WHERE meeting_id = ?1 ORDER BY at, version",
    )?;
    let rows = statement.query_map([meeting_id], |row| {
        Ok(MinutesAmendmentView {
            version: row.get(0)?,
            amends_version: row.get(1)?,
            reason: row.get(2)?,
            at: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
