//! A year of meetings — 12 meetings × 30 agenda items × 30 voters, every poll named — in an
//! in-memory store: the data of the sync benchmarks, in gavel-core (benches/sync.rs) and
//! in gavel-minutes (benches/sync_signature.rs); both include this file by path. The
//! secretariat's years (common/secretariat.rs) are made of the same meetings.

use gavel_core::rules::{Attendance, Ballot, PollKind};
use gavel_core::{Command, DecisionOutcome, Store, StoreOptions};
use uuid::Uuid;

const MEETINGS: u128 = 12;
const ITEMS: u128 = 30;
const VOTERS: u128 = 30;

pub fn year_of_meetings() -> Store {
    let mut store = Store::open_in_memory(StoreOptions::new("Mette")).expect("store");
    set_up_group(&mut store, 0);
    for month in 0..MEETINGS {
        record_meeting(&mut store, 0, month);
    }
    store
}

/// An id of group number `group`: each group's ids differ in their top bits, and group 0 has the
/// ids the year of meetings always had.
fn id(group: u128, number: u128) -> Uuid {
    Uuid::from_u128(group << 96 | number)
}

/// Group number `group` with its 30 voting members.
pub fn set_up_group(store: &mut Store, group: u128) {
    let group_id = id(group, 1);
    let mut set_up = vec![Command::CreateGroup {
        id: Some(group_id),
        name: format!("Styregruppe {}", group + 1),
        kind: None,
        minutes_language: None,
    }];
    for number in 0..VOTERS {
        set_up.push(Command::AddMember {
            id: Some(id(group, 0x1000 + number)),
            group_id,
            name: format!("Medlem {number:02}"),
            organisation_id: None,
            role: None,
            voting_right: None,
            vote_weight: None,
            email: None,
            joined_on: None,
        });
    }
    store.apply_batch(set_up).expect("group");
}

/// The id of meeting number `number` of group `group`.
pub fn meeting_id(group: u128, number: u128) -> Uuid {
    id(group, 0x10_0000 + number)
}

/// Meeting number `number` of group `group` (below 1,000): 30 items, each with a named poll of
/// all 30 members and a decision; then closed.
pub fn record_meeting(store: &mut Store, group: u128, number: u128) {
    let group_id = id(group, 1);
    let member = |voter: u128| id(group, 0x1000 + voter);
    let meeting_id = meeting_id(group, number);
    let agenda_item = |item: u128| id(group, 0x20_0000 + number * 1000 + item);
    let mut commands = vec![Command::CreateMeeting {
        id: Some(meeting_id),
        group_id,
        title: format!("Styregruppemøde {}", number + 1),
        starts_at: "2026-01-15T13:00:00".parse().expect("date"),
        location: Some("Rådhuset".into()),
    }];
    for item in 0..ITEMS {
        commands.push(Command::AddAgendaItem {
            id: Some(agenda_item(item)),
            meeting_id,
            title: Some(format!("Punkt {item}")),
            backlog_key: None,
            position: None,
        });
    }
    commands.push(Command::OpenMeeting {
        meeting_id,
        at: None,
    });
    for voter in 0..VOTERS {
        commands.push(Command::SetAttendance {
            meeting_id,
            member_id: member(voter),
            attendance: Attendance::Present,
            at: Some("13:00".parse().expect("time")),
        });
    }
    store.apply_batch(commands).expect("meeting");
    for item in 0..ITEMS {
        let poll_id = id(group, 0x30_0000 + number * 1000 + item);
        let mut commands = vec![Command::OpenPoll {
            id: Some(poll_id),
            meeting_id,
            agenda_item_id: Some(agenda_item(item)),
            question: format!("Vedtages punkt {item}?"),
            kind: PollKind::YesNo,
            secret: None,
            majority: None,
            override_quorum: None,
        }];
        for voter in 0..VOTERS {
            let ballot = if voter % 4 == 0 {
                Ballot::No
            } else {
                Ballot::Yes
            };
            commands.push(Command::RecordBallot {
                poll_id,
                member_id: member(voter),
                ballot,
            });
        }
        commands.push(Command::ClosePoll { poll_id });
        commands.push(Command::RecordDecision {
            id: None,
            meeting_id,
            agenda_item_id: None,
            poll_id: Some(poll_id),
            outcome: DecisionOutcome::Approved,
            text: format!("Punkt {item} er vedtaget."),
            backlog_changes: None,
            priority_order: None,
        });
        store.apply_batch(commands).expect("poll");
    }
    store
        .apply(Command::CloseMeeting {
            meeting_id,
            at: None,
        })
        .expect("close");
}
