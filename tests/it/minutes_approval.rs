//! Approval of the last minutes (issue 19, item 4): a meeting's first agenda item approves the
//! signed minutes of the group's previous meeting; the approval shows on both meetings, in both
//! minutes and in the meeting list; with corrections, the earlier minutes are amended, to be
//! signed again. Minutes not signed yet, approved twice, of another group or put on one agenda
//! twice are refused, in Danish, with nothing changed; a rebuild gives the same tables.

use gavel_core::{Command, DecisionOutcome, MinutesLanguage, Store};
use uuid::Uuid;

use crate::meeting_changes::refusal_in_danish;
use crate::minutes::flat_text;
use crate::support::{dump_read_tables, fresh_store, gavel};

struct TwoMeetings {
    group_id: Uuid,
    september: Uuid,
    october: Uuid,
}

fn meeting(store: &mut Store, group_id: Uuid, title: &str, starts_at: &str) -> Uuid {
    store
        .apply(Command::CreateMeeting {
            id: None,
            group_id,
            title: title.into(),
            starts_at: starts_at.parse().expect("a time"),
            location: None,
        })
        .expect("a meeting")
        .created_id
        .expect("id")
}

/// September held, closed and (unless `signed` is false) signed; October planned.
fn two_meetings(store: &mut Store, signed: bool) -> TwoMeetings {
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
    let september = meeting(
        store,
        group_id,
        "Styregruppemøde september",
        "2026-09-17T13:00:00",
    );
    store
        .apply(Command::OpenMeeting {
            meeting_id: september,
            at: None,
        })
        .expect("opens");
    store
        .apply(Command::RecordDecision {
            id: None,
            meeting_id: september,
            agenda_item_id: None,
            poll_id: None,
            outcome: DecisionOutcome::Approved,
            text: "Hostingen flyttes til leverandøren.".into(),
            backlog_changes: None,
            priority_order: None,
        })
        .expect("a decision");
    store
        .apply(Command::CloseMeeting {
            meeting_id: september,
            at: None,
        })
        .expect("closes");
    if signed {
        sign(store, september);
    }
    let october = meeting(
        store,
        group_id,
        "Styregruppemøde oktober",
        "2026-10-15T13:00:00",
    );
    TwoMeetings {
        group_id,
        september,
        october,
    }
}

fn sign(store: &mut Store, meeting_id: Uuid) {
    let fingerprint = store.meeting(meeting_id).expect("meeting").log_fingerprint;
    store
        .apply(Command::RecordMinutesSigned {
            meeting_id,
            fingerprint,
            document_sha256: "ab12".into(),
            signer_name: "Mette Kjærgaard Holm".into(),
            role: "chair".into(),
            signed_at: None,
        })
        .expect("signed");
}

fn add_approval(store: &mut Store, meetings: &TwoMeetings) -> Uuid {
    store
        .apply(Command::AddMinutesApproval {
            id: None,
            meeting_id: meetings.october,
            approved_meeting_id: meetings.september,
            position: None,
        })
        .expect("the approval goes on the agenda")
        .created_id
        .expect("id")
}

fn open(store: &mut Store, meeting_id: Uuid) {
    store
        .apply(Command::OpenMeeting {
            meeting_id,
            at: None,
        })
        .expect("opens");
}

fn minutes_text(db: &std::path::Path, meeting_id: Uuid, language: &str) -> String {
    let out = db.with_file_name(format!("{meeting_id}-{language}.pdf"));
    let output = gavel(
        db,
        &[
            "minutes",
            "export",
            &meeting_id.to_string(),
            "--lang",
            language,
            "--out",
            out.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    flat_text(out.to_str().expect("utf-8"))
}

#[test]
fn the_approval_of_the_last_minutes_shows_on_both_meetings_and_in_both_minutes() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let meetings = two_meetings(&mut store, true);
    store
        .apply(Command::AddAgendaItem {
            id: None,
            meeting_id: meetings.october,
            title: Some("Status på OS2mo".into()),
            backlog_key: None,
            position: None,
        })
        .expect("an item");

    let item = add_approval(&mut store, &meetings);
    let october = store.meeting(meetings.october).expect("meeting");
    assert_eq!(october.agenda[0].id, item, "first on the agenda");
    assert_eq!(
        october.agenda[0].title,
        "Godkendelse af referat fra Styregruppemøde september (17. september 2026)"
    );
    assert_eq!(
        october.agenda[0].approves_minutes_of,
        Some(meetings.september)
    );

    open(&mut store, meetings.october);
    store
        .apply(Command::ApproveMinutes {
            id: None,
            meeting_id: meetings.october,
            agenda_item_id: item,
            corrections: None,
        })
        .expect("approved");
    store
        .apply(Command::CloseMeeting {
            meeting_id: meetings.october,
            at: None,
        })
        .expect("closes");

    let september = store.meeting(meetings.september).expect("meeting");
    let approval = september.meeting.minutes_approval.expect("approved");
    assert_eq!(approval.meeting_id, meetings.october);
    assert_eq!(approval.decision_text, "Referatet blev godkendt.");
    assert!(september.meeting.minutes_signed, "still the signed version");
    let listed = store.meetings().expect("list");
    assert!(
        listed
            .iter()
            .any(|summary| summary.id == meetings.september && summary.minutes_approval.is_some())
    );

    let db = store.path().to_owned();
    drop(store);
    let earlier = minutes_text(&db, meetings.september, "da");
    assert!(
        earlier.contains(
            "Referatet er godkendt på mødet »Styregruppemøde oktober« den 15. oktober 2026 (beslutning 1): Referatet blev godkendt."
        ),
        "{earlier}"
    );
    let earlier = minutes_text(&db, meetings.september, "en");
    assert!(
        earlier.contains("These minutes were approved at the meeting \"Styregruppemøde oktober\""),
        "{earlier}"
    );
    let later = minutes_text(&db, meetings.october, "da");
    assert!(
        later.contains("Godkendelse af referat fra Styregruppemøde september (17. september 2026)")
            && later.contains("Referatet blev godkendt."),
        "{later}"
    );
    // The meeting list says so.
    let list = String::from_utf8_lossy(&gavel(&db, &["meeting", "list", "--json"], "").stdout)
        .into_owned();
    assert!(list.contains("\"minutes_approval\""), "{list}");

    // A rebuild from the log gives the same tables.
    let before = dump_read_tables(&db);
    assert!(gavel(&db, &["log", "rebuild"], "").status.success());
    assert_eq!(dump_read_tables(&db), before);
}

#[test]
fn approved_with_corrections_the_earlier_minutes_are_amended_to_be_signed_again() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let meetings = two_meetings(&mut store, true);
    let item = add_approval(&mut store, &meetings);
    open(&mut store, meetings.october);

    store
        .apply(Command::ApproveMinutes {
            id: None,
            meeting_id: meetings.october,
            agenda_item_id: item,
            corrections: Some("Aarhus Kommune var til stede.".into()),
        })
        .expect("approved with corrections");

    let october = store.meeting(meetings.october).expect("meeting");
    assert_eq!(
        october.decisions[0].text,
        "Referatet blev godkendt med disse rettelser: Aarhus Kommune var til stede."
    );
    let september = store.meeting(meetings.september).expect("meeting");
    assert_eq!(
        september.meeting.minutes_version, 2,
        "a new version to correct"
    );
    assert!(!september.meeting.minutes_signed, "to be signed again");
    let amendment = september.amendments.last().expect("amended");
    assert!(
        amendment
            .reason
            .contains("Rettelser vedtaget ved godkendelsen på mødet Styregruppemøde oktober"),
        "{}",
        amendment.reason
    );
    assert!(amendment.reason.contains("Aarhus Kommune var til stede."));
}

#[test]
fn minutes_not_signed_approved_twice_of_another_group_or_twice_on_an_agenda_are_refused() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let unsigned = two_meetings(&mut store, false);

    // Not signed yet.
    let message = refusal_in_danish(
        &mut store,
        Command::AddMinutesApproval {
            id: None,
            meeting_id: unsigned.october,
            approved_meeting_id: unsigned.september,
            position: None,
        },
    );
    assert_eq!(
        message,
        "Referatet fra »Styregruppemøde september« er ikke underskrevet endnu; det kan først godkendes, når det er underskrevet."
    );
    // Its own minutes.
    let message = refusal_in_danish(
        &mut store,
        Command::AddMinutesApproval {
            id: None,
            meeting_id: unsigned.october,
            approved_meeting_id: unsigned.october,
            position: None,
        },
    );
    assert_eq!(message, "Et møde kan ikke godkende sit eget referat.");

    // Signed now: on the agenda once, then approved; a second time, on any agenda, is refused.
    sign(&mut store, unsigned.september);
    let item = add_approval(&mut store, &unsigned);
    let message = refusal_in_danish(
        &mut store,
        Command::AddMinutesApproval {
            id: None,
            meeting_id: unsigned.october,
            approved_meeting_id: unsigned.september,
            position: None,
        },
    );
    assert_eq!(
        message,
        "Godkendelsen af referatet fra »Styregruppemøde september« står allerede på dagsordenen."
    );
    open(&mut store, unsigned.october);
    store
        .apply(Command::ApproveMinutes {
            id: None,
            meeting_id: unsigned.october,
            agenda_item_id: item,
            corrections: None,
        })
        .expect("approved");
    let message = refusal_in_danish(
        &mut store,
        Command::ApproveMinutes {
            id: None,
            meeting_id: unsigned.october,
            agenda_item_id: item,
            corrections: None,
        },
    );
    assert_eq!(
        message,
        "Referatet fra »Styregruppemøde september« er allerede godkendt på mødet »Styregruppemøde oktober«."
    );
    let november = meeting(
        &mut store,
        unsigned.group_id,
        "Styregruppemøde november",
        "2026-11-12T13:00:00",
    );
    let message = refusal_in_danish(
        &mut store,
        Command::AddMinutesApproval {
            id: None,
            meeting_id: november,
            approved_meeting_id: unsigned.september,
            position: None,
        },
    );
    assert!(
        message.contains("er allerede godkendt på mødet"),
        "{message}"
    );

    // Another group's minutes.
    let other_group = store
        .apply(Command::CreateGroup {
            id: None,
            name: "Styregruppen for OS2sync".into(),
            kind: None,
            minutes_language: Some(MinutesLanguage::En),
        })
        .expect("a group")
        .created_id
        .expect("id");
    let other = meeting(
        &mut store,
        other_group,
        "OS2sync-møde",
        "2026-11-20T10:00:00",
    );
    let message = refusal_in_danish(
        &mut store,
        Command::AddMinutesApproval {
            id: None,
            meeting_id: other,
            approved_meeting_id: unsigned.september,
            position: None,
        },
    );
    assert!(message.contains("hører til en anden gruppe"), "{message}");

    // An ordinary item is no approval.
    let plain = store
        .apply(Command::AddAgendaItem {
            id: None,
            meeting_id: november,
            title: Some("Eventuelt".into()),
            backlog_key: None,
            position: None,
        })
        .expect("an item")
        .created_id
        .expect("id");
    open(&mut store, november);
    let message = refusal_in_danish(
        &mut store,
        Command::ApproveMinutes {
            id: None,
            meeting_id: november,
            agenda_item_id: plain,
            corrections: None,
        },
    );
    assert!(
        message.contains("Punktet godkender ikke et referat"),
        "{message}"
    );
}
