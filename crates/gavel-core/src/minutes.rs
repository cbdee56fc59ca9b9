//! The minutes of a closed meeting as one value: everything the signed minutes PDF shows, read
//! from the read tables and nothing else, so that gavel-minutes (layout and signing) never
//! touches the database.
//!
//! The value is language-independent: names, times and keys as stored, the rule and result
//! sentences in both languages (`Bilingual`, worded by `rules::text`), and enums (attendance,
//! ballots, decision outcomes) that the layout words in the language it prints. Named ballots
//! are only ever present for named polls: the read model already keeps none for secret polls,
//! and [`minutes`] drops any that a secret poll might carry, so a secret vote can never be
//! printed by accident.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::Serialize;
use uuid::Uuid;

use crate::command::{DecisionOutcome, MemberRole};
use crate::error::{Error, Result};
use crate::queries::{MeetingDetail, MeetingStatus};
use crate::rules::{Attendance, Ballot, Bilingual, PollKind};
use crate::store::Store;

/// Everything the minutes document shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Minutes {
    pub meeting_id: Uuid,
    pub group_name: String,
    pub title: String,
    /// The planned start, local time of the meeting room.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub starts_at: NaiveDateTime,
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub opened_at: Option<NaiveDateTime>,
    /// Always set: minutes are made from closed meetings only.
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub closed_at: NaiveDateTime,
    pub location: Option<String>,
    /// Every member of the group, in name order.
    pub attendance: Vec<MinutesAttendee>,
    /// The quorum when the meeting closed, e.g. "Beslutningsdygtig: 7 af 9 …".
    pub quorum: Bilingual,
    /// In agenda order, each with the polls, decisions and action items recorded under it.
    pub agenda: Vec<MinutesAgendaItem>,
    /// Polls, decisions and action items recorded outside any agenda item.
    pub other_business: MinutesRecords,
    /// The group's new priority order, when a decision of this meeting set one (the last such
    /// decision wins, as it does in the read tables).
    pub backlog_order: Vec<MinutesBacklogEntry>,
    /// Who signs: the group's chair(s) first, then the secretary (or secretaries).
    pub signatories: Vec<Signatory>,
    /// SHA-256 over the meeting's event hashes (see ARCHITECTURE.md, "The log").
    pub log_fingerprint: String,
    /// Made in a practice database: every page says that these are not real minutes.
    pub practice: bool,
    /// The later meeting that approved these minutes (godkendelse af referat), once one has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub approval: Option<crate::queries::MinutesApproval>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MinutesAttendee {
    pub name: String,
    pub organisation: Option<String>,
    pub role: MemberRole,
    pub voting_right: bool,
    pub vote_weight: u32,
    pub attendance: Attendance,
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub arrived_at: Option<NaiveTime>,
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub left_at: Option<NaiveTime>,
    /// The present member who held this member's proxy.
    pub proxy_holder: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MinutesAgendaItem {
    /// 1-based.
    pub position: u32,
    pub title: String,
    pub backlog_key: Option<String>,
    /// What the group was asked to decide (indstilling); left out when the item had none.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<String>", optional))]
    pub proposed_decision: String,
    pub notes: String,
    pub records: MinutesRecords,
}

/// What was recorded under one agenda item (or outside any).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MinutesRecords {
    pub polls: Vec<MinutesPoll>,
    pub decisions: Vec<MinutesDecision>,
    pub action_items: Vec<MinutesActionItem>,
}

impl MinutesRecords {
    pub fn is_empty(&self) -> bool {
        self.polls.is_empty() && self.decisions.is_empty() && self.action_items.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MinutesPoll {
    /// 1, 2, 3 … within the meeting.
    pub number: u32,
    pub question: String,
    /// The options of a choice poll or the items of a prioritisation poll.
    pub kind: PollKind,
    pub secret: bool,
    pub quorum_overridden: bool,
    /// The rule applied, as `PollResult::rule`; `None` for a poll closed without a result.
    pub rule: Option<Bilingual>,
    /// The outcome with its figures, as `PollResult::summary`.
    pub summary: Option<Bilingual>,
    /// Weighted totals as `PollResult::tally`: yes/no [for, against, abstain]; choice one per
    /// option then blank; prioritisation one score per item.
    pub tally: Vec<u32>,
    /// Prioritisation polls: item indexes best first.
    pub ranking: Vec<u32>,
    pub casting_vote_used: bool,
    /// Named polls only: who voted how. Always empty for secret polls.
    pub ballots: Vec<MinutesBallot>,
    /// Each time the closed poll was opened again by Undo, with the result it had then.
    pub reopenings: Vec<crate::queries::PollReopening>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MinutesBallot {
    pub member: String,
    /// The proxy holder who cast this ballot for an absent member.
    pub cast_by_proxy: Option<String>,
    pub ballot: Ballot,
    /// The ballot replaced an earlier one ("stemme ændret"), and when, if the record says.
    pub replaced: bool,
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub replaced_at: Option<chrono::NaiveDateTime>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MinutesDecision {
    pub number: u32,
    pub outcome: DecisionOutcome,
    pub text: String,
    /// The poll this decision rests on, by its number.
    pub poll_number: Option<u32>,
    pub linked_items: Vec<MinutesLinkedItem>,
    /// The new priority order this decision set (issue keys, best first).
    pub priority_order: Vec<String>,
    /// The other decisions on the same agenda item, by number, that another laptop recorded
    /// without having seen this one (`MeetingDetail::decision_conflicts`). The minutes print the
    /// conflict until the chair keeps one; minutes with one are not signed. Left out when empty.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "typescript", ts(as = "Option<Vec<u32>>", optional))]
    pub unresolved_conflict_with: Vec<u32>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MinutesLinkedItem {
    pub key: String,
    /// The backlog item's title when the backlog has it.
    pub title: Option<String>,
    pub new_status: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MinutesActionItem {
    pub number: u32,
    pub text: String,
    pub owner: Option<String>,
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub due_date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct MinutesBacklogEntry {
    /// 1-based place in the new order.
    pub place: u32,
    pub key: String,
    pub title: Option<String>,
    pub status: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Signatory {
    pub name: String,
    pub organisation: Option<String>,
    pub role: MemberRole,
}

/// The minutes of a closed meeting. A draft or open meeting is refused: its record can still
/// change, and minutes are signed as final.
pub fn minutes(store: &Store, meeting_id: Uuid) -> Result<Minutes> {
    let detail = store.meeting(meeting_id)?;
    let closed_at = match (detail.meeting.status, detail.meeting.closed_at) {
        (MeetingStatus::Closed, Some(closed_at)) => closed_at,
        (status, _) => {
            let status = match status {
                MeetingStatus::Draft => "draft",
                MeetingStatus::Open => "open",
                MeetingStatus::Closed => "closed",
                MeetingStatus::Cancelled => "cancelled",
            };
            return Err(Error::Rejected(Bilingual::message(
                "coreMinutes-onlyAClosedMeetingHasMinutes",
                &[
                    ("meeting_id", meeting_id.to_string().into()),
                    ("status", status.into()),
                    ("title", (&detail.meeting.title).into()),
                ],
            )));
        }
    };
    // A closed meeting names backlog items as they were when it closed.
    let backlog = match &detail.backlog {
        Some(recorded) => recorded.clone(),
        None => store.backlog_items()?,
    };
    let mut minutes = assemble(detail, closed_at, &backlog);
    minutes.practice = store.is_practice()?;
    Ok(minutes)
}

fn assemble(
    detail: MeetingDetail,
    closed_at: NaiveDateTime,
    backlog: &[crate::queries::BacklogItem],
) -> Minutes {
    let backlog_item = |key: &str| backlog.iter().find(|item| item.key == key);
    let poll_number = |poll_id: Uuid| {
        detail
            .polls
            .iter()
            .find(|poll| poll.id == poll_id)
            .map(|poll| poll.number)
    };

    let polls: Vec<(Option<Uuid>, MinutesPoll)> = detail
        .polls
        .iter()
        .map(|poll| {
            let result = poll.result.as_ref();
            let ballots = if poll.secret {
                Vec::new()
            } else {
                poll.ballots
                    .iter()
                    .map(|ballot| MinutesBallot {
                        member: ballot.member_name.clone(),
                        cast_by_proxy: (ballot.cast_by_id != ballot.member_id)
                            .then(|| ballot.cast_by_name.clone()),
                        ballot: ballot.ballot.clone(),
                        replaced: ballot.replaced,
                        replaced_at: ballot.replaced_at,
                    })
                    .collect()
            };
            let minutes_poll = MinutesPoll {
                number: poll.number,
                question: poll.question.clone(),
                kind: poll.kind.clone(),
                secret: poll.secret,
                quorum_overridden: poll.quorum_overridden,
                rule: result.map(|result| result.rule.clone()),
                summary: result.map(|result| result.summary.clone()),
                tally: result
                    .map(|result| result.tally.clone())
                    .unwrap_or_default(),
                ranking: result
                    .map(|result| result.ranking.clone())
                    .unwrap_or_default(),
                casting_vote_used: result.is_some_and(|result| result.casting_vote_used),
                ballots,
                reopenings: poll.reopenings.clone(),
            };
            (poll.agenda_item_id, minutes_poll)
        })
        .collect();

    let decisions: Vec<(Option<Uuid>, MinutesDecision)> = detail
        .decisions
        .iter()
        .map(|decision| {
            let linked_items = decision
                .backlog_changes
                .iter()
                .map(|change| MinutesLinkedItem {
                    key: change.key.clone(),
                    title: backlog_item(&change.key).map(|item| item.title.clone()),
                    new_status: change.new_status.clone(),
                })
                .collect();
            let minutes_decision = MinutesDecision {
                number: decision.number,
                outcome: decision.outcome,
                text: decision.text.clone(),
                poll_number: decision.poll_id.and_then(poll_number),
                linked_items,
                priority_order: decision.priority_order.clone().unwrap_or_default(),
                unresolved_conflict_with: detail
                    .decision_conflicts
                    .iter()
                    .filter(|conflict| {
                        conflict
                            .decisions
                            .iter()
                            .any(|side| side.decision_id == decision.id)
                    })
                    .flat_map(|conflict| &conflict.decisions)
                    .filter(|side| side.decision_id != decision.id)
                    .map(|side| side.number)
                    .collect(),
            };
            (decision.agenda_item_id, minutes_decision)
        })
        .collect();

    let action_items: Vec<(Option<Uuid>, MinutesActionItem)> = detail
        .action_items
        .iter()
        .map(|action| {
            (
                action.agenda_item_id,
                MinutesActionItem {
                    number: action.number,
                    text: action.text.clone(),
                    owner: action.owner_name.clone(),
                    due_date: action.due_date,
                },
            )
        })
        .collect();

    // Records whose agenda item no longer exists (it cannot be removed today, but the read model
    // allows it) go to "other business" rather than vanish from signed minutes.
    let agenda_ids: Vec<Uuid> = detail.agenda.iter().map(|item| item.id).collect();
    let records_for = |agenda_item_id: Option<Uuid>| {
        let belongs = |linked: &Option<Uuid>| match agenda_item_id {
            Some(id) => *linked == Some(id),
            None => linked.is_none_or(|linked| !agenda_ids.contains(&linked)),
        };
        MinutesRecords {
            polls: polls
                .iter()
                .filter(|(linked, _)| belongs(linked))
                .map(|(_, poll)| poll.clone())
                .collect(),
            decisions: decisions
                .iter()
                .filter(|(linked, _)| belongs(linked))
                .map(|(_, decision)| decision.clone())
                .collect(),
            action_items: action_items
                .iter()
                .filter(|(linked, _)| belongs(linked))
                .map(|(_, action)| action.clone())
                .collect(),
        }
    };

    let agenda = detail
        .agenda
        .iter()
        .map(|item| MinutesAgendaItem {
            position: item.position,
            title: item.title.clone(),
            backlog_key: item.backlog_key.clone(),
            proposed_decision: item.proposed_decision.clone(),
            notes: item.notes.clone(),
            records: records_for(Some(item.id)),
        })
        .collect();

    let backlog_order = detail
        .decisions
        .iter()
        .rev()
        .find_map(|decision| decision.priority_order.as_ref())
        .map(|order| {
            order
                .iter()
                .enumerate()
                .map(|(index, key)| {
                    let item = backlog_item(key);
                    MinutesBacklogEntry {
                        place: u32::try_from(index + 1).unwrap_or(u32::MAX),
                        key: key.clone(),
                        title: item.map(|item| item.title.clone()),
                        status: item.and_then(|item| item.status.clone()),
                    }
                })
                .collect()
        })
        .unwrap_or_default();

    // The chair(s) and secretaries on the meeting's roll call, as the meeting recorded them: a
    // later change of role or a retirement never changes who signs minutes already held.
    let mut signatories: Vec<Signatory> = detail
        .attendance
        .iter()
        .filter(|member| matches!(member.role, MemberRole::Chair | MemberRole::Secretary))
        .map(|member| Signatory {
            name: member.name.clone(),
            organisation: member.organisation_name.clone(),
            role: member.role,
        })
        .collect();
    // Chairs before secretaries; within a role the roll call's name order.
    signatories.sort_by_key(|signatory| signatory.role != MemberRole::Chair);

    let attendance = detail
        .attendance
        .iter()
        .map(|attendee| MinutesAttendee {
            name: attendee.name.clone(),
            organisation: attendee.organisation_name.clone(),
            role: attendee.role,
            voting_right: attendee.voting_right,
            vote_weight: attendee.vote_weight,
            attendance: attendee.attendance,
            arrived_at: attendee.arrived_at,
            left_at: attendee.left_at,
            proxy_holder: attendee.proxy_holder_name.clone(),
        })
        .collect();

    Minutes {
        meeting_id: detail.meeting.id,
        group_name: detail.meeting.group_name.clone(),
        title: detail.meeting.title.clone(),
        starts_at: detail.meeting.starts_at,
        opened_at: detail.meeting.opened_at,
        closed_at,
        location: detail.meeting.location.clone(),
        attendance,
        quorum: detail.quorum.text.clone(),
        agenda,
        other_business: records_for(None),
        backlog_order,
        signatories,
        log_fingerprint: detail.log_fingerprint.clone(),
        practice: false,
        approval: detail.meeting.minutes_approval.clone(),
    }
}
