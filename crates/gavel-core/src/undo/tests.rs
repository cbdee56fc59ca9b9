//! Every kind of event is worded in both languages, from the catalogue.

use chrono::{NaiveDate, NaiveDateTime};
use uuid::Uuid;

use super::*;
use crate::command::{DecisionOutcome, GroupKind, MemberRole, MinutesLanguage};
use crate::rules::{Attendance, Majority, PollKind, RecordedResult, RulesOfProcedure, Totals};
use crate::store::{Store, StoreOptions};

/// The position of the payload's kind in [`one_of_each_kind`]. The match has no catch-all, so
/// a new kind of event does not compile until it is given a place here, and so a sample, and so
/// a tested wording.
fn kind_index(payload: &EventPayload) -> usize {
    match payload {
        EventPayload::GroupCreated { .. } => 0,
        EventPayload::GroupUpdated { .. } => 1,
        EventPayload::OrganisationAdded { .. } => 2,
        EventPayload::OrganisationRenamed { .. } => 3,
        EventPayload::MemberAdded { .. } => 4,
        EventPayload::MemberUpdated { .. } => 5,
        EventPayload::MemberRetired { .. } => 6,
        EventPayload::ActionItemStatusSet { .. } => 7,
        EventPayload::MeetingPublicationSet { .. } => 8,
        EventPayload::GroupEventUndone { .. } => 9,
        EventPayload::BacklogItemRecorded { .. } => 10,
        EventPayload::MeetingCreated { .. } => 11,
        EventPayload::MeetingUpdated { .. } => 12,
        EventPayload::MeetingCancelled { .. } => 13,
        EventPayload::AgendaItemAdded { .. } => 14,
        EventPayload::AgendaItemMoved { .. } => 15,
        EventPayload::RulesOfProcedureSet { .. } => 16,
        EventPayload::MeetingOpened { .. } => 17,
        EventPayload::MeetingClosed { .. } => 18,
        EventPayload::CurrentAgendaItemSet { .. } => 19,
        EventPayload::AgendaItemProposalSet { .. } => 20,
        EventPayload::AgendaItemNotesSet { .. } => 21,
        EventPayload::AgendaItemTimeBoxSet { .. } => 22,
        EventPayload::AttendanceSet { .. } => 23,
        EventPayload::ProxyGiven { .. } => 24,
        EventPayload::ProxyWithdrawn { .. } => 25,
        EventPayload::PollOpened { .. } => 26,
        EventPayload::BallotRecorded { .. } => 27,
        EventPayload::TotalsRecorded { .. } => 28,
        EventPayload::PollClosed { .. } => 29,
        EventPayload::DecisionRecorded { .. } => 30,
        EventPayload::DecisionConflictResolved { .. } => 31,
        EventPayload::ActionItemAdded { .. } => 32,
        EventPayload::EventUndone { .. } => 33,
        EventPayload::MinutesSigned { .. } => 34,
        EventPayload::MinutesAmended { .. } => 35,
    }
}
const KINDS: usize = 36;

fn one_of_each_kind() -> Vec<EventPayload> {
    let id = Uuid::from_u128;
    let date = NaiveDate::from_ymd_opt(2026, 12, 10).expect("a date");
    let at: NaiveDateTime = date.and_hms_opt(13, 0, 0).expect("a time");
    vec![
        EventPayload::GroupCreated {
            group_id: id(1),
            name: "OS2mo styregruppe".into(),
            kind: GroupKind::SteeringGroup,
            minutes_language: MinutesLanguage::Da,
        },
        EventPayload::GroupUpdated {
            group_id: id(1),
            name: "OS2mo styregruppe".into(),
            kind: GroupKind::SteeringGroup,
            minutes_language: MinutesLanguage::Da,
        },
        EventPayload::OrganisationAdded {
            group_id: id(1),
            organisation_id: id(2),
            name: "Aarhus Kommune".into(),
        },
        EventPayload::OrganisationRenamed {
            group_id: id(1),
            organisation_id: id(2),
            name: "Aarhus".into(),
        },
        EventPayload::MemberAdded {
            group_id: id(1),
            member_id: id(3),
            name: "Mette Holm".into(),
            organisation_id: None,
            role: MemberRole::Member,
            voting_right: true,
            vote_weight: 1,
            email: None,
            joined_on: None,
            succeeds: None,
        },
        EventPayload::MemberUpdated {
            group_id: id(1),
            member_id: id(3),
            name: "Mette Holm".into(),
            organisation_id: None,
            role: MemberRole::Member,
            voting_right: true,
            vote_weight: 1,
            email: None,
        },
        EventPayload::MemberRetired {
            group_id: id(1),
            member_id: id(3),
            on: date,
        },
        EventPayload::ActionItemStatusSet {
            group_id: id(1),
            action_item_id: id(4),
            done_on: Some(date),
        },
        EventPayload::MeetingPublicationSet {
            group_id: id(1),
            meeting_id: id(5),
            public: true,
        },
        EventPayload::GroupEventUndone {
            group_id: id(1),
            event_id: id(6),
        },
        EventPayload::BacklogItemRecorded {
            key: "MO-1420".into(),
            title: "Eksport til FK".into(),
            status: None,
            priority: None,
            rank: None,
            story_points: None,
            labels: Vec::new(),
            parent: None,
            votes: None,
            watchers: None,
            description: None,
        },
        EventPayload::MeetingCreated {
            meeting_id: id(5),
            group_id: id(1),
            title: "Styregruppemøde december".into(),
            starts_at: at,
            location: None,
        },
        EventPayload::MeetingUpdated {
            meeting_id: id(5),
            title: "Styregruppemøde december".into(),
            starts_at: at,
            location: None,
        },
        EventPayload::MeetingCancelled {
            meeting_id: id(5),
            at,
            reason: None,
        },
        EventPayload::AgendaItemAdded {
            meeting_id: id(5),
            agenda_item_id: id(7),
            title: Some("Hosting".into()),
            backlog_key: None,
            position: 1,
            approves_minutes_of: None,
        },
        EventPayload::AgendaItemMoved {
            meeting_id: id(5),
            agenda_item_id: id(7),
            position: 2,
        },
        EventPayload::RulesOfProcedureSet {
            group_id: id(1),
            rules: RulesOfProcedure::default(),
        },
        EventPayload::MeetingOpened {
            meeting_id: id(5),
            rules: RulesOfProcedure::default(),
            at,
        },
        EventPayload::MeetingClosed {
            meeting_id: id(5),
            at,
        },
        EventPayload::CurrentAgendaItemSet {
            meeting_id: id(5),
            agenda_item_id: id(7),
        },
        EventPayload::AgendaItemProposalSet {
            meeting_id: id(5),
            agenda_item_id: id(7),
            case_description: String::new(),
            proposed_decision: String::new(),
            responsible: None,
            links: Vec::new(),
        },
        EventPayload::AgendaItemNotesSet {
            meeting_id: id(5),
            agenda_item_id: id(7),
            notes: "Noter".into(),
        },
        EventPayload::AgendaItemTimeBoxSet {
            meeting_id: id(5),
            agenda_item_id: id(7),
            minutes: Some(15),
        },
        EventPayload::AttendanceSet {
            meeting_id: id(5),
            member_id: id(3),
            attendance: Attendance::Excused,
            at: None,
        },
        EventPayload::ProxyGiven {
            meeting_id: id(5),
            from_member_id: id(3),
            to_member_id: id(8),
        },
        EventPayload::ProxyWithdrawn {
            meeting_id: id(5),
            from_member_id: id(3),
        },
        EventPayload::PollOpened {
            meeting_id: id(5),
            poll_id: id(9),
            agenda_item_id: None,
            question: "Skal vi vælge leverandør B?".into(),
            kind: PollKind::YesNo,
            secret: false,
            majority: Majority::Unanimity,
            quorum_overridden: false,
        },
        EventPayload::BallotRecorded {
            meeting_id: id(5),
            poll_id: id(9),
            member_id: id(3),
            cast_by_id: id(3),
            ballot: crate::rules::Ballot::Yes,
            at: None,
        },
        EventPayload::TotalsRecorded {
            meeting_id: id(5),
            poll_id: id(9),
            totals: Totals::YesNo {
                yes: 1,
                no: 0,
                abstain: 0,
                blank: 0,
            },
        },
        EventPayload::PollClosed {
            meeting_id: id(5),
            poll_id: id(9),
            result: serde_json::from_value::<RecordedResult>(serde_json::json!({
                "outcome": {"type": "carried"}, "tally": [1, 0, 0], "ranking": [],
                "casting_vote_used": false,
                "rule": {"da": "Regel", "en": "Rule"},
                "summary": {"da": "Vedtaget", "en": "Carried"}
            }))
            .expect("a recorded result"),
        },
        EventPayload::DecisionRecorded {
            meeting_id: id(5),
            decision_id: id(10),
            agenda_item_id: None,
            poll_id: None,
            outcome: DecisionOutcome::Approved,
            text: "Leverandør B vælges.".into(),
            backlog_changes: Vec::new(),
            priority_order: None,
            seen_decisions: Vec::new(),
        },
        EventPayload::DecisionConflictResolved {
            meeting_id: id(5),
            agenda_item_id: id(7),
            kept: id(10),
            withdrawn: vec![id(11)],
        },
        EventPayload::ActionItemAdded {
            meeting_id: id(5),
            action_item_id: id(4),
            agenda_item_id: None,
            text: "Indhent tilbud".into(),
            owner_member_id: None,
            owner_name: None,
            due_date: None,
        },
        EventPayload::EventUndone {
            meeting_id: id(5),
            event_id: id(6),
        },
        EventPayload::MinutesSigned {
            meeting_id: id(5),
            version: 1,
            fingerprint: String::new(),
            document_sha256: String::new(),
            signer_name: "Lise Østergaard".into(),
            role: "Formand".into(),
            signed_at: at,
        },
        EventPayload::MinutesAmended {
            meeting_id: id(5),
            version: 2,
            amends_version: Some(1),
            reason: "Stavefejl".into(),
            at,
        },
    ]
}

#[test]
fn every_kind_of_event_is_worded_in_danish_and_in_english() {
    let store = Store::open_in_memory(StoreOptions::new("Test")).expect("opens");
    let samples = one_of_each_kind();
    let mut covered = vec![false; KINDS];
    for payload in &samples {
        covered[kind_index(payload)] = true;
        let words = describe(&store.conn, payload).expect("worded");
        for (language, text) in [("da", &words.da), ("en", &words.en)] {
            assert!(!text.trim().is_empty(), "{payload:?} in {language}");
            assert!(!text.contains('{') && !text.contains('$'), "{text}");
        }
        assert_ne!(
            words.da, words.en,
            "{payload:?} reads the same in both languages"
        );
    }
    assert!(
        covered.iter().all(|kind| *kind),
        "a kind without a sample: {covered:?}"
    );
}

#[test]
fn an_event_is_worded_with_its_names_in_each_language() {
    let store = Store::open_in_memory(StoreOptions::new("Test")).expect("opens");
    let samples = one_of_each_kind();
    let worded = |index: usize| describe(&store.conn, &samples[index]).expect("worded");
    let poll = worded(26);
    assert_eq!(poll.da, "afstemningen »Skal vi vælge leverandør B?«");
    assert_eq!(poll.en, "the poll “Skal vi vælge leverandør B?”");
    // A record that is not there (the member was never added here) is left unnamed.
    let attendance = worded(23);
    assert_eq!(attendance.da, "fremmødet for ? (afbud)");
    assert_eq!(attendance.en, "the attendance of ? (excused)");
}
