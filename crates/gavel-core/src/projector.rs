//! What the projector in the meeting room shows: the meeting's title, the agenda item being
//! discussed, the quorum, and the open poll (or the last one closed) with how many have voted and,
//! once it is closed, its result. The type has no place for who voted how, so a projector cannot
//! show it, whatever its window is made to ask (the desktop app lets the projector window call
//! only the command that gives this view).

use serde::Serialize;
use uuid::Uuid;

use crate::queries::{MeetingDetail, PollView};
use crate::rules::{Bilingual, NamedTally, QuorumResult};

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ProjectorMeeting {
    pub meeting_id: Uuid,
    pub title: String,
    /// The agenda item being discussed; `None` before the first or after the last.
    pub current_item: Option<ProjectorAgendaItem>,
    pub quorum: QuorumResult,
    /// The open poll, or else the one closed last; `None` before the first poll.
    pub poll: Option<ProjectorPoll>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ProjectorAgendaItem {
    pub id: Uuid,
    pub position: u32,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ProjectorPoll {
    pub id: Uuid,
    pub number: u32,
    pub question: String,
    pub is_open: bool,
    /// Counted by hand (a secret poll, or one whose totals are recorded): no ballots are
    /// counted while it is open.
    pub counted_by_hand: bool,
    /// While a named poll is open and not counted by hand: how many of those who may vote have
    /// voted (people, not vote weight), and how many may.
    pub voted: Option<VotedSoFar>,
    /// Once closed: the result, by name, with its summary and the rule applied. The figures of an
    /// open poll stay off the wall, so that nobody votes by the running tally.
    pub result: Option<ProjectorResult>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct VotedSoFar {
    pub cast: u32,
    pub eligible: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ProjectorResult {
    pub tally: NamedTally,
    pub summary: Bilingual,
    pub rule: Bilingual,
}

impl ProjectorMeeting {
    /// The projector's view of `detail`.
    pub fn of(detail: &MeetingDetail) -> ProjectorMeeting {
        let current_item = detail
            .agenda
            .iter()
            .find(|item| Some(item.id) == detail.meeting.current_agenda_item_id)
            .map(|item| ProjectorAgendaItem {
                id: item.id,
                position: item.position,
                title: item.title.clone(),
            });
        let shown = detail
            .polls
            .iter()
            .find(|poll| poll.is_open)
            .or_else(|| detail.polls.iter().max_by_key(|poll| poll.number));
        // Those who may vote now; a ballot counts as cast only for one of them (a member who
        // voted and then left is neither).
        let eligible: Vec<Uuid> = detail
            .attendance
            .iter()
            .filter(|member| member.ballot_cast_by.is_some())
            .map(|member| member.member_id)
            .collect();
        ProjectorMeeting {
            meeting_id: detail.meeting.id,
            title: detail.meeting.title.clone(),
            current_item,
            quorum: detail.quorum.clone(),
            poll: shown.map(|poll| projector_poll(poll, &eligible)),
        }
    }
}

fn projector_poll(poll: &PollView, eligible: &[Uuid]) -> ProjectorPoll {
    // A secret poll is counted by hand too, before its totals are recorded.
    let counted_by_hand = poll.secret || poll.totals.is_some();
    let voted = (poll.is_open && !counted_by_hand).then(|| {
        let mut voters: Vec<Uuid> = poll
            .ballots
            .iter()
            .map(|ballot| ballot.member_id)
            .filter(|member| eligible.contains(member))
            .collect();
        voters.sort_unstable();
        voters.dedup();
        VotedSoFar {
            cast: count(voters.len()),
            eligible: count(eligible.len()),
        }
    });
    let result = match (&poll.result, &poll.tally) {
        (Some(result), Some(tally)) if !poll.is_open => Some(ProjectorResult {
            tally: tally.clone(),
            summary: result.summary.clone(),
            rule: result.rule.clone(),
        }),
        _ => None,
    };
    ProjectorPoll {
        id: poll.id,
        number: poll.number,
        question: poll.question.clone(),
        is_open: poll.is_open,
        counted_by_hand,
        voted,
        result,
    }
}

fn count(number: usize) -> u32 {
    u32::try_from(number).unwrap_or(u32::MAX)
}
