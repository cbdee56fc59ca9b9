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

fn open_and_close(store: &mut Store, meeting_id: Uuid) {
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
}

/// Applies `command`, expecting a refusal that writes and changes nothing; returns its Danish.
pub(crate) fn refusal_in_danish(store: &mut Store, command: Command) -> String {
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

    open_and_close(&mut store, meeting_id);
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

#[test]
fn an_agenda_item_carries_a_case_description_and_a_proposed_decision_of_plain_text() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let meeting_id = group_and_meeting(&mut store);
    let agenda_item_id = store
        .apply(Command::AddAgendaItem {
            id: None,
            meeting_id,
            title: Some("Hosting af OS2mo".into()),
            backlog_key: None,
            position: None,
        })
        .expect("an item")
        .created_id
        .expect("id");
    let proposal = |case: &str, decision: &str| Command::SetAgendaItemProposal {
        agenda_item_id,
        case_description: Some(case.to_owned()),
        proposed_decision: Some(decision.to_owned()),
        responsible: None,
        links: None,
    };
    let presented_by = |responsible: &str, links: &[&str]| Command::SetAgendaItemProposal {
        agenda_item_id,
        case_description: Some("Aftalen udløber.".to_owned()),
        proposed_decision: Some("Det indstilles, at tilbud B vælges.".to_owned()),
        responsible: Some(responsible.to_owned()),
        links: Some(links.iter().map(|link| (*link).to_owned()).collect()),
    };

    // Who presents the item, and its links: web addresses only.
    store
        .apply(presented_by(
            " Lise Østergaard, Aarhus Kommune ",
            &[
                "https://os2.atlassian.net/browse/MO-1420",
                " ",
                "http://os2mo.dk/hosting",
            ],
        ))
        .expect("a name and two links");
    let item = store.meeting(meeting_id).expect("meeting").agenda.remove(0);
    assert_eq!(
        item.responsible.as_deref(),
        Some("Lise Østergaard, Aarhus Kommune")
    );
    assert_eq!(
        item.links,
        [
            "https://os2.atlassian.net/browse/MO-1420",
            "http://os2mo.dk/hosting"
        ]
    );
    for (bad, expected) in [
        (
            "javascript:alert(1)",
            "»javascript:alert(1)« er ikke en webadresse: et link skal begynde med https:// eller http:// og må ikke indeholde mellemrum.",
        ),
        (
            "file:///etc/passwd",
            "»file:///etc/passwd« er ikke en webadresse: et link skal begynde med https:// eller http:// og må ikke indeholde mellemrum.",
        ),
        (
            "https://os2.dk/a b",
            "»https://os2.dk/a b« er ikke en webadresse: et link skal begynde med https:// eller http:// og må ikke indeholde mellemrum.",
        ),
    ] {
        assert_eq!(
            refusal_in_danish(&mut store, presented_by("Lise", &[bad])),
            expected
        );
    }
    assert_eq!(
        refusal_in_danish(&mut store, presented_by("Lise\nØstergaard", &[])),
        "Den ansvarlige skal være et navn på én linje med højst 200 tegn (fik 15 tegn)."
    );

    store
        .apply(proposal(
            " Aftalen udløber.\n\nTo tilbud <b>er</b> modtaget. ",
            "Det indstilles, at **tilbud B** vælges.",
        ))
        .expect("plain text, HTML and all, is kept as text");
    let item = store.meeting(meeting_id).expect("meeting").agenda.remove(0);
    assert_eq!(
        item.case_description,
        "Aftalen udløber.\n\nTo tilbud <b>er</b> modtaget."
    );
    assert_eq!(
        item.proposed_decision,
        "Det indstilles, at **tilbud B** vælges."
    );
    let invitation = store
        .meeting_invitation(meeting_id, None)
        .expect("an invitation");
    // RFC 5545 folds long lines; unfolded, the description names the proposal under its item,
    // its bold marks left out of a calendar's plain text.
    assert!(
        invitation.calendar.replace("\r\n ", "").contains(
            "1. Hosting af OS2mo\\n   Indstilling: Det indstilles\\, at tilbud B vælges."
        ),
        "{}",
        invitation.calendar
    );

    let a_megabyte = "x".repeat(1_000_000);
    assert_eq!(
        refusal_in_danish(&mut store, proposal(&a_megabyte, "")),
        "Sagsfremstillingen er 1000000 tegn lang; den må højst være 20000 tegn."
    );
    assert_eq!(
        refusal_in_danish(&mut store, proposal("", "Godkend\u{1b}[2K")),
        "Indstillingen indeholder et kontroltegn (U+001B); skriv den som almindelig tekst."
    );

    open_and_close(&mut store, meeting_id);
    assert_eq!(
        refusal_in_danish(&mut store, proposal("", "Noget andet")),
        "Mødet er afsluttet og kan ikke længere ændres."
    );
    // The minutes print what the group was asked to decide under the item, in both languages.
    let meeting = meeting_id.to_string();
    let danish = crate::meeting::minutes_text_of(store.path(), folder.path(), &meeting, "da");
    assert!(
        danish.contains("1. Hosting af OS2mo Indstilling: Det indstilles, at tilbud B vælges."),
        "{danish}"
    );
    let english = crate::meeting::minutes_text_of(store.path(), folder.path(), &meeting, "en");
    assert!(
        english.contains("Proposed decision: Det indstilles, at tilbud B vælges."),
        "{english}"
    );
    let before = dump_read_tables(store.path());
    store.rebuild().expect("rebuilds");
    assert_eq!(dump_read_tables(store.path()), before);
}
