//! The projector's view of a meeting (gavel-core's `ProjectorMeeting`) never says who voted how:
//! with a named poll open and ballots recorded, and for every meeting of the demo, its JSON (what
//! the projector window receives) names none of the members, and the vote is shown as a count.

use gavel_core::rules::{Attendance, Ballot, PollKind};
use gavel_core::{Command, MeetingStatus, Store, StoreOptions};

#[test]
fn the_projector_is_told_how_many_voted_and_never_who_or_how() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(
        &folder.path().join("gavel.sqlite3"),
        StoreOptions::new("Projektortest"),
    )
    .expect("store");
    gavel_core::demo::load(&mut store).expect("demo");

    // The demo's planned meeting opened with everyone present, a named poll, and a ballot from
    // each member.
    let open = store
        .meetings()
        .expect("meetings")
        .into_iter()
        .find(|meeting| meeting.status == MeetingStatus::Draft)
        .expect("the demo has a planned meeting");
    store
        .apply(Command::OpenMeeting {
            meeting_id: open.id,
            at: None,
        })
        .expect("open the meeting");
    for member in store.meeting(open.id).expect("meeting").attendance {
        store
            .apply(Command::SetAttendance {
                meeting_id: open.id,
                member_id: member.member_id,
                attendance: Attendance::Present,
                at: None,
            })
            .expect("attendance");
    }
    let poll_id = store
        .apply(Command::OpenPoll {
            id: None,
            meeting_id: open.id,
            agenda_item_id: None,
            question: "Skal punktet med i næste release?".to_owned(),
            kind: PollKind::YesNo,
            secret: Some(false),
            majority: None,
            override_quorum: Some(true),
        })
        .expect("open a poll")
        .created_id
        .expect("the poll's id");
    let detail = store.meeting(open.id).expect("meeting");
    let voters: Vec<_> = detail
        .attendance
        .iter()
        .filter(|member| member.ballot_cast_by.is_some())
        .map(|member| member.member_id)
        .collect();
    assert!(
        voters.len() >= 2,
        "the demo's open meeting has voters present"
    );
    for (index, member_id) in voters.iter().enumerate() {
        store
            .apply(Command::RecordBallot {
                poll_id,
                member_id: *member_id,
                ballot: if index % 2 == 0 {
                    Ballot::Yes
                } else {
                    Ballot::No
                },
            })
            .expect("ballot");
    }

    let shown = store.projector_meeting(open.id).expect("projector view");
    let poll = shown.poll.as_ref().expect("the open poll is shown");
    assert_eq!(poll.id, poll_id);
    assert!(
        poll.is_open && poll.result.is_none(),
        "no figures before it closes"
    );
    let voted = poll.voted.expect("a count of those who voted");
    assert_eq!(voted.cast as usize, voters.len());
    assert_eq!(voted.eligible as usize, voters.len());

    for meeting in store.meetings().expect("meetings") {
        let json = serde_json::to_string(&store.projector_meeting(meeting.id).expect("view"))
            .expect("json");
        for member in store.meeting(meeting.id).expect("meeting").attendance {
            assert!(
                !json.contains(&member.name),
                "the projector's view of {} names {}: {json}",
                meeting.title,
                member.name
            );
        }
        for word in ["ballot", "cast_by", "member_id"] {
            assert!(
                !json.contains(word),
                "the projector's view has {word}: {json}"
            );
        }
    }
}
