//! Every error has a Danish text next to its English one: a few of them checked word for word,
//! through the store as a chair meets them.

use serde_json::json;
use uuid::Uuid;

use super::{Error, ErrorKind, Record};
use crate::command::Command;
use crate::store::{Store, StoreOptions};

const GROUP: Uuid = Uuid::from_u128(1);
const MEETING: Uuid = Uuid::from_u128(2);
const CHAIR: Uuid = Uuid::from_u128(3);
const OBSERVER: Uuid = Uuid::from_u128(4);
const ABSENT: Uuid = Uuid::from_u128(5);
const POLL: Uuid = Uuid::from_u128(6);

fn command(value: serde_json::Value) -> Command {
    serde_json::from_value(value).expect("a valid command")
}

/// An open meeting of a group of three: Anne Larsen (chair, present), Jonas Friis (observer
/// without voting right, present) and Jens Peter Møller (absent, no proxy).
fn open_meeting() -> Store {
    let mut store = Store::open_in_memory(StoreOptions::new("Test")).expect("opens");
    let member = |id: Uuid, name: &str, role: &str| {
        command(json!({
            "type": "AddMember", "id": id, "group_id": GROUP, "name": name, "role": role
        }))
    };
    let attendance = |id: Uuid, attendance: &str| {
        command(json!({
            "type": "SetAttendance", "meeting_id": MEETING, "member_id": id,
            "attendance": attendance
        }))
    };
    store
        .apply_batch(vec![
            command(json!({ "type": "CreateGroup", "id": GROUP, "name": "Styregruppen" })),
            member(CHAIR, "Anne Larsen", "chair"),
            member(OBSERVER, "Jonas Friis", "observer"),
            member(ABSENT, "Jens Peter Møller", "member"),
            command(json!({
                "type": "CreateMeeting", "id": MEETING, "group_id": GROUP,
                "title": "Styregruppemøde", "starts_at": "2027-01-14T09:00:00"
            })),
            command(json!({ "type": "OpenMeeting", "meeting_id": MEETING })),
            attendance(CHAIR, "present"),
            attendance(OBSERVER, "present"),
            attendance(ABSENT, "absent"),
        ])
        .expect("the meeting opens");
    store
}

fn open_poll(store: &mut Store, override_quorum: bool) -> crate::Result<crate::Applied> {
    store.apply(command(json!({
        "type": "OpenPoll", "id": POLL, "meeting_id": MEETING,
        "question": "Hvilken leverandør?",
        "kind": { "type": "choice", "options": ["Netcompany", "KMD"] },
        "override_quorum": override_quorum
    })))
}

fn refusal(result: crate::Result<crate::Applied>) -> Error {
    match result {
        Ok(applied) => panic!("accepted: {applied:?}"),
        Err(error) => error,
    }
}

#[test]
fn a_rejected_command_is_worded_in_danish_and_english() {
    let mut store = open_meeting();
    open_poll(&mut store, true).expect("the poll opens");

    let error = refusal(store.apply(command(
        json!({ "type": "CloseMeeting", "meeting_id": MEETING }),
    )));

    assert_eq!(error.kind(), ErrorKind::Rejected);
    assert_eq!(
        error.danish(),
        "Luk afstemningen »Hvilken leverandør?«, før mødet afsluttes."
    );
    assert_eq!(
        error.to_string(),
        "close the poll \"Hvilken leverandør?\" before closing the meeting"
    );
    let text = error.text();
    assert_eq!((text.da, text.en), (error.danish(), error.to_string()));
}

#[test]
fn the_quorum_refusal_gives_the_quorum_in_both_languages() {
    let mut store = open_meeting();
    store
        .apply(command(json!({
            "type": "SetAttendance", "meeting_id": MEETING, "member_id": CHAIR,
            "attendance": "absent"
        })))
        .expect("attendance is recorded");

    let error = refusal(open_poll(&mut store, false));

    assert_eq!(
        error.danish(),
        "Ikke beslutningsdygtig: 0 af 2 stemmeberettigede til stede, kræver 1. En afstemning kan \
         kun åbnes trods manglende beslutningsdygtighed, hvis formanden vælger det."
    );
    assert_eq!(
        error.to_string(),
        "Not quorate: 0 of 2 voting members present, 1 required. A poll can only be opened \
         without quorum when the chair overrides it."
    );
}

#[test]
fn rule_violations_name_the_member_in_danish() {
    let mut store = open_meeting();
    open_poll(&mut store, true).expect("the poll opens");
    let ballot = |member: Uuid| {
        command(json!({
            "type": "RecordBallot", "poll_id": POLL, "member_id": member,
            "ballot": { "type": "option", "index": 0 }
        }))
    };

    let no_right = refusal(store.apply(ballot(OBSERVER)));
    let absent = refusal(store.apply(ballot(ABSENT)));

    assert_eq!(no_right.danish(), "Jonas Friis har ikke stemmeret.");
    assert_eq!(no_right.to_string(), "Jonas Friis has no voting right");
    assert_eq!(
        absent.danish(),
        "Jens Peter Møller er fraværende og har ikke givet fuldmagt."
    );
    assert_eq!(
        absent.to_string(),
        "Jens Peter Møller is absent and has given no proxy"
    );
}

#[test]
fn nothing_to_undo_and_a_phase_that_does_not_allow_the_command() {
    let mut store = Store::open_in_memory(StoreOptions::new("Test")).expect("opens");
    store
        .apply_batch(vec![
            command(json!({ "type": "CreateGroup", "id": GROUP, "name": "Styregruppen" })),
            command(json!({
                "type": "CreateMeeting", "id": MEETING, "group_id": GROUP,
                "title": "Styregruppemøde", "starts_at": "2027-01-14T09:00:00"
            })),
        ])
        .expect("the meeting is created");

    let undo = refusal(store.apply(command(json!({ "type": "Undo", "meeting_id": MEETING }))));
    let close = refusal(store.apply(command(
        json!({ "type": "CloseMeeting", "meeting_id": MEETING }),
    )));

    assert_eq!(undo.danish(), "Der er intet at fortryde i dette møde.");
    assert_eq!(
        close.danish(),
        "Mødet er ikke startet og kan derfor ikke afsluttes."
    );
    assert_eq!(close.to_string(), "a draft meeting cannot be closed");
}

#[test]
fn a_bad_input_names_file_line_and_field_in_danish() {
    let error =
        crate::parse_backlog_csv("backlog.csv", "key,title\nMO-1,Første\nMO-2,\n".as_bytes())
            .expect_err("an empty title is refused");

    assert_eq!(error.kind(), ErrorKind::BadInput);
    assert_eq!(
        error.danish(),
        "backlog.csv, linje 3, felt »title«: feltet må ikke være tomt."
    );
    assert_eq!(
        error.to_string(),
        "backlog.csv, line 3, field \"title\": must not be empty"
    );
}

#[test]
fn a_sync_file_of_another_program_is_refused_in_danish() {
    let mut store = Store::open_in_memory(StoreOptions::new("Test")).expect("opens");

    let error = store
        .import_sync("referat.gavel", br#"{"version": 1}"#, true, None, &[])
        .expect_err("not a sync file");

    assert_eq!(
        error.danish(),
        "referat.gavel, felt »format«: ikke en synkroniseringsfil fra Gavel (den skal have \
         \"format\": \"gavel-sync\")."
    );
}

#[test]
fn not_found_says_which_record_in_danish() {
    let mut store = Store::open_in_memory(StoreOptions::new("Test")).expect("opens");
    let missing = Uuid::from_u128(0x99);

    let error = refusal(store.apply(command(json!({
        "type": "AddAgendaItem", "meeting_id": missing, "title": "Eventuelt"
    }))));

    assert_eq!(error.kind(), ErrorKind::NotFound);
    assert_eq!(error.danish(), format!("Mødet {missing} findes ikke."));
    assert_eq!(
        error.to_string(),
        format!("meeting {missing} does not exist")
    );
}

#[test]
fn every_record_has_a_danish_sentence() {
    let records = [
        Record::Group,
        Record::Organisation,
        Record::OrganisationInGroup,
        Record::Member,
        Record::MemberOfMeetingGroup,
        Record::Meeting,
        Record::AgendaItem,
        Record::BacklogItem,
        Record::Poll,
        Record::PollInMeeting,
        Record::Decision,
        Record::ActionItem,
    ];
    for what in records {
        let error = Error::NotFound {
            what,
            id: "MO-7".to_owned(),
        };
        let danish = error.danish();
        assert!(
            danish.contains(" MO-7 ") && danish.ends_with('.'),
            "{what:?}: {danish}"
        );
        assert_eq!(
            error.to_string(),
            format!("{} MO-7 does not exist", what.en())
        );
    }
}

#[test]
fn a_full_disk_is_named_in_both_languages() {
    let full =
        rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_FULL), None);
    let error = Error::from(full);
    assert!(matches!(error, Error::DiskFull));
    assert_eq!(error.kind(), ErrorKind::Storage);
    assert!(error.to_string().starts_with("the disk is full"));
    assert!(error.danish().starts_with("Disken er fuld"));

    let shared_memory = rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_IOERR_SHMSIZE),
        None,
    );
    assert!(matches!(Error::from(shared_memory), Error::DiskFull));

    let other = rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_IOERR_READ),
        None,
    );
    assert!(matches!(Error::from(other), Error::Database(_)));

    let no_space = std::io::Error::from(std::io::ErrorKind::StorageFull);
    let text = super::describe_io_error(&no_space);
    assert!(text.en.starts_with("the disk is full"), "{}", text.en);
    assert!(text.da.starts_with("disken er fuld"), "{}", text.da);
    let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
    assert_eq!(super::describe_io_error(&missing).en, missing.to_string());

    let read_only = std::io::Error::from(std::io::ErrorKind::ReadOnlyFilesystem);
    let text = super::describe_io_error(&read_only);
    assert!(
        text.en.starts_with("there is no permission to write there"),
        "{}",
        text.en
    );
    assert!(
        text.da.starts_with("der er ikke adgang til at skrive der"),
        "{}",
        text.da
    );

    let held_open = std::io::Error::new(
        std::io::ErrorKind::ResourceBusy,
        crate::files::FileHeldOpen {
            path: "Referat.pdf".into(),
        },
    );
    let text = super::describe_io_error(&held_open);
    assert!(
        text.en.starts_with("the file is open in another program"),
        "{}",
        text.en
    );
    assert!(
        text.da.starts_with("filen er åben i et andet program"),
        "{}",
        text.da
    );
}
