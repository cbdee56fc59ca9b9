//! A meeting's details change until it closes, and a meeting that never started can be
//! cancelled: each refusal says why in Danish, changes nothing, and a rebuild from the log gives
//! the same tables.

use gavel_core::{Command, MeetingStatus, Store};
use uuid::Uuid;

use crate::support::{dump_read_tables, event_count, fresh_store};

fn group_and_meeting(store: &mut Store) -> Uuid {
    let group_id = store
        .apply(Command::CreateGroup {
            id: None,
            name: "Styregruppen for OS2mo".into(),
            kind: None,
            minutes_language: None,
        })
        .expect("a group")
        .created_id
        .expect("id");
    store
        .apply(Command::CreateMeeting {
            id: None,
            group_id,
            title: "Styregruppemøde".into(),
            starts_at: "2026-12-10T13:00:00".parse().expect("date"),
            location: None,
        })
        .expect("a meeting")
        .created_id
        .expect("id")
}

fn refusal_in_danish(store: &mut Store, command: Command) -> String {
    let db = store.path().to_owned();
    let (events, tables) = (event_count(&db), dump_read_tables(&db));
    let error = store.apply(command).expect_err("refused");
    assert_eq!(event_count(&db), events, "nothing is written");
    assert_eq!(dump_read_tables(&db), tables, "nothing changes");
    error.danish()
}

#[test]
fn a_meeting_is_moved_and_renamed_until_it_closes() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let meeting_id = group_and_meeting(&mut store);

    store
        .apply(Command::UpdateMeeting {
            meeting_id,
            title: "  Styregruppemøde, ekstraordinært ".into(),
            starts_at: "2026-12-11T09:00:00".parse().expect("date"),
            location: Some(" Vejle Rådhus ".into()),
        })
        .expect("a draft meeting changes");
    let meeting = store.meeting(meeting_id).expect("meeting").meeting;
    assert_eq!(meeting.title, "Styregruppemøde, ekstraordinært");
    assert_eq!(meeting.starts_at.to_string(), "2026-12-11 09:00:00");
    assert_eq!(meeting.location.as_deref(), Some("Vejle Rådhus"));

    let empty_title = refusal_in_danish(
        &mut store,
        Command::UpdateMeeting {
            meeting_id,
            title: "  ".into(),
            starts_at: "2026-12-11T09:00:00".parse().expect("date"),
            location: None,
        },
    );
    assert_eq!(empty_title, "Titlen må ikke være tom.");

    store
        .apply(Command::OpenMeeting {
            meeting_id,
            at: None,
        })
        .expect("opens");
    store
        .apply(Command::CloseMeeting {
            meeting_id,
            at: None,
        })
        .expect("closes");
    let closed = refusal_in_danish(
        &mut store,
        Command::UpdateMeeting {
            meeting_id,
            title: "Et andet møde".into(),
            starts_at: "2026-12-11T09:00:00".parse().expect("date"),
            location: None,
        },
    );
    assert_eq!(closed, "Mødet er afsluttet og kan ikke længere ændres.");

    let before = dump_read_tables(store.path());
    store.rebuild().expect("rebuilds");
    assert_eq!(dump_read_tables(store.path()), before);
}

#[test]
fn a_cancelled_meeting_takes_nothing_more_and_an_open_one_cannot_be_cancelled() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let cancelled = group_and_meeting(&mut store);
    let group_id = store.meeting(cancelled).expect("meeting").meeting.group_id;

    store
        .apply(Command::CancelMeeting {
            meeting_id: cancelled,
            reason: Some("For få kan deltage.".into()),
        })
        .expect("a draft meeting is cancelled");
    let summary = store.meeting(cancelled).expect("meeting").meeting;
    assert_eq!(summary.status, MeetingStatus::Cancelled);
    assert_eq!(
        summary.cancellation.and_then(|c| c.reason).as_deref(),
        Some("For få kan deltage.")
    );
    assert_eq!(
        store.meeting(cancelled).expect("meeting").next_undo,
        None,
        "a cancellation is not undone"
    );

    for command in [
        Command::OpenMeeting {
            meeting_id: cancelled,
            at: None,
        },
        Command::AddAgendaItem {
            id: None,
            meeting_id: cancelled,
            title: Some("Eventuelt".into()),
            backlog_key: None,
            position: None,
        },
        Command::UpdateMeeting {
            meeting_id: cancelled,
            title: "Igen".into(),
            starts_at: "2026-12-11T09:00:00".parse().expect("date"),
            location: None,
        },
    ] {
        assert_eq!(
            refusal_in_danish(&mut store, command),
            "Mødet er aflyst, så der kan ikke registreres mere i det."
        );
    }
    assert_eq!(
        refusal_in_danish(
            &mut store,
            Command::CancelMeeting {
                meeting_id: cancelled,
                reason: None,
            }
        ),
        "Mødet er allerede aflyst."
    );

    let open = store
        .apply(Command::CreateMeeting {
            id: None,
            group_id,
            title: "Januar".into(),
            starts_at: "2027-01-14T13:00:00".parse().expect("date"),
            location: None,
        })
        .expect("another meeting")
        .created_id
        .expect("id");
    store
        .apply(Command::OpenMeeting {
            meeting_id: open,
            at: None,
        })
        .expect("opens");
    assert!(
        refusal_in_danish(
            &mut store,
            Command::CancelMeeting {
                meeting_id: open,
                reason: None,
            }
        )
        .starts_with("Mødet er startet og kan ikke aflyses")
    );

    let before = dump_read_tables(store.path());
    store.rebuild().expect("rebuilds");
    assert_eq!(dump_read_tables(store.path()), before);
}
