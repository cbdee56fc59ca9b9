//! Synthetic minutes and agenda packs of any size, for tests and benchmarks: a meeting of `items`
//! agenda items with notes, named and secret polls, decisions, action items and a new backlog
//! order, written with Danish letters and some long words, so that wrapping and pagination get
//! exercised.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use gavel_core::minutes::{
    Minutes, MinutesActionItem, MinutesAgendaItem, MinutesAttendee, MinutesBacklogEntry,
    MinutesBallot, MinutesDecision, MinutesLinkedItem, MinutesPoll, MinutesRecords, Signatory,
};
use gavel_core::rules::{Attendance, Ballot, Bilingual, PollKind};
use gavel_core::{DecisionOutcome, MemberRole};

const MEMBERS: [(&str, &str); 12] = [
    ("Mette Kjærgaard Holm", "Aarhus Kommune"),
    ("Rasmus Højgaard", "Aarhus Kommune"),
    ("Anne-Marie Bæk", "Odense Kommune"),
    ("Birgitte Aagaard", "Frederikshavn Kommune"),
    ("Camilla Friis Sørensen", "Syddjurs Kommune"),
    ("Henrik Løvstrup", "Holstebro Kommune"),
    ("Ida Skovgaard", "Københavns Kommune"),
    ("Jens Peter Møller", "Aalborg Kommune"),
    ("Kasper Nørgaard", "Ballerup Kommune"),
    ("Louise Damgaard", "Silkeborg Kommune"),
    ("Søren Østergaard", "Københavns Kommune"),
    ("Åse Ærøskøbing-Øllgaard", "Ærø Kommune"),
];

fn bilingual(da: &str, en: &str) -> Bilingual {
    Bilingual {
        da: da.to_owned(),
        en: en.to_owned(),
    }
}

fn at(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).unwrap_or(NaiveTime::MIN)
}

/// A closed meeting with `items` agenda items.
pub fn synthetic_minutes(items: usize) -> Minutes {
    let date = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap_or(NaiveDate::MIN);
    let starts_at = NaiveDateTime::new(date, at(13, 0));
    let attendance = MEMBERS
        .iter()
        .enumerate()
        .map(|(index, (name, organisation))| MinutesAttendee {
            name: (*name).to_owned(),
            organisation: Some((*organisation).to_owned()),
            role: match index {
                0 => MemberRole::Chair,
                1 => MemberRole::Secretary,
                6 => MemberRole::Observer,
                _ => MemberRole::Member,
            },
            voting_right: !matches!(index, 1 | 6),
            vote_weight: if index == 11 { 2 } else { 1 },
            attendance: match index {
                3 => Attendance::Excused,
                5 => Attendance::Absent,
                8 => Attendance::Left,
                _ => Attendance::Present,
            },
            arrived_at: (!matches!(index, 3 | 5)).then(|| at(13, if index == 4 { 25 } else { 0 })),
            left_at: (index == 8).then(|| at(15, 40)),
            proxy_holder: (index == 5).then(|| "Louise Damgaard".to_owned()),
        })
        .collect();
    let voters: Vec<&str> = MEMBERS
        .iter()
        .enumerate()
        .filter(|(index, _)| !matches!(index, 1 | 3 | 6))
        .map(|(_, (name, _))| *name)
        .collect();

    let agenda = (1..=items)
        .map(|number| {
            let key = format!("MO-{}", 1000 + number);
            let mut records = MinutesRecords::default();
            if number % 2 == 0 {
                records.polls.push(MinutesPoll {
                    number: number as u32,
                    question: format!("Skal {key} med i næste release, så kommunerne får den ønskede funktionalitet før årsskiftet?"),
                    kind: PollKind::YesNo,
                    secret: false,
                    quorum_overridden: false,
                    rule: Some(bilingual(
                        "Kræver simpelt flertal af de afgivne stemmer; undladelser tælles ikke med. Ved stemmelighed er formandens stemme afgørende.",
                        "Requires a simple majority of the votes cast; abstentions are not counted. In a tie the chair has the casting vote.",
                    )),
                    summary: Some(bilingual("Vedtaget: 6 for, 2 imod, 1 undlod.", "Carried: 6 for, 2 against, 1 abstention.")),
                    tally: vec![6, 2, 1],
                    ranking: Vec::new(),
                    casting_vote_used: false,
                    ballots: voters
                        .iter()
                        .enumerate()
                        .map(|(index, voter)| MinutesBallot {
                            member: (*voter).to_owned(),
                            cast_by_proxy: (*voter == "Henrik Løvstrup").then(|| "Louise Damgaard".to_owned()),
                            ballot: match index % 4 {
                                0 | 1 => Ballot::Yes,
                                2 => Ballot::No,
                                _ => Ballot::Abstain,
                            },
                            replaced: false,
                            replaced_at: None,
                        })
                        .collect(),
                    reopenings: Vec::new(),
                });
            }
            if number % 5 == 0 {
                records.polls.push(MinutesPoll {
                    number: 10_000 + number as u32,
                    question: "Hvilken hostingmodel skal løsningen have fra 2027?".to_owned(),
                    kind: PollKind::Choice {
                        options: vec![
                            "Fælles hosting hos leverandør".to_owned(),
                            "Hver kommune selv".to_owned(),
                            "Fælleskommunal driftscentral med døgnbemanding og overvågning af alle integrationer".to_owned(),
                        ],
                    },
                    secret: true,
                    quorum_overridden: number % 10 == 0,
                    rule: Some(bilingual(
                        "Den mulighed, der får flest stemmer, er valgt (relativt flertal).",
                        "The option with the most votes is chosen (plurality).",
                    )),
                    summary: Some(bilingual(
                        "Valgt: »Fælles hosting hos leverandør« med 5 af 9 stemmer.",
                        "Chosen: “Fælles hosting hos leverandør” with 5 of 9 votes.",
                    )),
                    tally: vec![5, 1, 3, 0],
                    ranking: Vec::new(),
                    casting_vote_used: false,
                    ballots: Vec::new(),
                    reopenings: Vec::new(),
                });
            }
            records.decisions.push(MinutesDecision {
                number: number as u32,
                outcome: match number % 4 {
                    0 => DecisionOutcome::Rejected,
                    1 => DecisionOutcome::Approved,
                    2 => DecisionOutcome::Postponed,
                    _ => DecisionOutcome::Noted,
                },
                text: format!("Styregruppen besluttede at {key} prioriteres højt, og at leverandøren leverer et løsningsforslag inden næste møde."),
                poll_number: (number % 2 == 0).then_some(number as u32),
                linked_items: vec![MinutesLinkedItem {
                    key: key.clone(),
                    title: Some(format!("Historik for engagementer vises på medarbejderkortet ({number})")),
                    new_status: Some("Selected for Development".to_owned()),
                }],
                unresolved_conflict_with: Vec::new(),
                priority_order: Vec::new(),
            });
            if number % 3 == 0 {
                records.action_items.push(MinutesActionItem {
                    number: number as u32,
                    text: format!("Afklar med leverandøren om {key} kan indgå i næste release, og meld tilbage til styregruppen."),
                    owner: Some("Jens Peter Møller".to_owned()),
                    due_date: NaiveDate::from_ymd_opt(2026, 12, 15),
                });
            }
            MinutesAgendaItem {
                position: number as u32,
                title: format!("Prioritering af {key}: ønsker fra kommunerne om ændringer i organisationsstrukturen"),
                backlog_key: Some(key),
                proposed_decision: String::new(),
                notes: if number % 7 == 0 {
                    "Leverandøren viste en prototype. Aalborg ønsker, at historikken også omfatter orlov, og Ærø spurgte til https://os2mo.example.dk/api/v1/organisation/enheder/med/meget/lange/stier?filter=aktiv.\n\nNæste skridt aftales på mødet i december.".to_owned()
                } else {
                    format!("Drøftelse af punkt {number}. Der var enighed om retningen; økonomien afklares.")
                },
                records,
            }
        })
        .collect();

    let backlog_order = (1..=items.min(200))
        .map(|place| MinutesBacklogEntry {
            place: place as u32,
            key: format!("MO-{}", 1000 + place),
            title: Some("Automatisk afslutning af engagementer ved fratrædelse".to_owned()),
            status: Some("To Do".to_owned()),
        })
        .collect();

    Minutes {
        meeting_id: uuid::Uuid::from_u128(0x6a4c_734a_feaa_5896_9b3f_27af_86ca_392e),
        group_name: "Styregruppen for OS2mo".to_owned(),
        title: format!("Styregruppemøde med {items} punkter"),
        starts_at,
        opened_at: Some(NaiveDateTime::new(date, at(13, 2))),
        closed_at: NaiveDateTime::new(date, at(16, 55)),
        location: Some("Odense Rådhus, mødesal 1".to_owned()),
        attendance,
        quorum: bilingual(
            "Beslutningsdygtig: 8 af 10 stemmeberettigede til stede (heraf 1 ved fuldmagt), kræver 5.",
            "Quorate: 8 of 10 voting members present (1 by proxy), 5 required.",
        ),
        agenda,
        other_business: MinutesRecords::default(),
        backlog_order,
        signatories: vec![
            Signatory {
                name: "Mette Kjærgaard Holm".to_owned(),
                organisation: Some("Aarhus Kommune".to_owned()),
                role: MemberRole::Chair,
            },
            Signatory {
                name: "Rasmus Højgaard".to_owned(),
                organisation: Some("Aarhus Kommune".to_owned()),
                role: MemberRole::Secretary,
            },
        ],
        log_fingerprint: "da0e1ef031f5a51d848821c0a9c13f823ccc6e1dc1a63a475b2bb8a5ddb2962f"
            .to_owned(),
        practice: false,
        approval: None,
    }
}

/// A draft meeting's agenda pack of `items` items: every other item a backlog item with its Jira
/// status, story points and votes, case descriptions of several paragraphs with a bulleted list
/// and bold text, proposed decisions, the twelve members above and the default rules of procedure.
pub fn synthetic_agenda(items: usize) -> gavel_core::agenda_pack::AgendaPack {
    use gavel_core::agenda_pack::{AgendaPack, AgendaPackItem, AgendaPackMember};
    let date = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap_or(NaiveDate::MIN);
    let starts_at = NaiveDateTime::new(date, at(13, 0));
    let key = |position: usize| format!("MO-{}", 1400 + position);
    let agenda: Vec<AgendaPackItem> = (1..=items)
        .map(|position| AgendaPackItem {
            position: u32::try_from(position).unwrap_or(u32::MAX),
            title: format!(
                "Ønsker fra kommunerne om ændringer i organisationshierarkiet, del {position}"
            ),
            backlog_key: (position % 2 == 0).then(|| key(position)),
            time_box_minutes: (position % 3 != 0).then_some(10),
            case_description: format!(
                "Punkt {position}: Leverandøren har udarbejdet et løsningsforslag til \
                 håndtering af engagementer på tværs af organisationsenheder. Ærø Kommune og \
                 Københavns Kommune har testet forslaget i deres testmiljøer.\n\n\
                 Forslaget omfatter:\n- en **ny visning** af engagementshistorik\n- eksport til \
                 lønsystemet med daglige opdateringer, også for ansatte med flere samtidige \
                 engagementer i forskellige forvaltninger\n- rettigheder pr. enhed\n\n\
                 Økonomien er afklaret med styregruppens formand; **udgiften afholdes af \
                 udviklingspuljen for 2027**."
            ),
            proposed_decision: format!(
                "Styregruppen godkender løsningsforslaget for punkt {position} og prioriterer \
                 det i næste release."
            ),
            responsible: None,
            links: Vec::new(),
            // Every fourth item brings its Jira description.
            backlog_description: (position % 4 == 0).then(|| {
                gavel_core::agenda_pack::BacklogDescription::new(
                    "Som bruger i en kommune vil jeg se et engagements historik, så jeg kan \
                     svare på spørgsmål om tidligere ansættelser.\n\n- Historik pr. engagement\n\
                     - Filtrering på dato",
                )
            }),
        })
        .collect();
    let backlog_items = (1..=items)
        .filter(|position| position % 2 == 0)
        .map(|position| gavel_core::BacklogItem {
            key: key(position),
            title: format!("Engagementshistorik i organisationshierarkiet, del {position}"),
            status: Some(
                if position % 4 == 0 {
                    "I gang"
                } else {
                    "Klar til udvikling"
                }
                .to_owned(),
            ),
            priority: Some("Medium".to_owned()),
            rank: None,
            story_points: Some(if position % 8 == 0 { 2.5 } else { 8.0 }),
            labels: Vec::new(),
            group_priority: None,
            parent: Some("MO-1000".to_owned()),
            votes: Some(u32::try_from(position % 13).unwrap_or(0)),
            watchers: None,
        })
        .collect();
    let rules = gavel_core::rules::describe(&gavel_core::rules::RulesOfProcedure::default());
    AgendaPack {
        meeting_id: uuid::Uuid::from_u128(0xa6e2da),
        group_name: "Styregruppen for OS2mo".to_owned(),
        language: gavel_core::MinutesLanguage::Da,
        title: "Styregruppemøde december 2026".to_owned(),
        starts_at,
        ends_at: starts_at + chrono::Duration::minutes(120),
        location: Some("Aarhus Rådhus, mødelokale 1".to_owned()),
        status: gavel_core::MeetingStatus::Draft,
        cancelled: None,
        items: agenda,
        backlog_items,
        open_action_items: Vec::new(),
        rules,
        rules_name: None,
        members: MEMBERS
            .iter()
            .enumerate()
            .map(|(index, (name, organisation))| AgendaPackMember {
                name: (*name).to_owned(),
                organisation: Some((*organisation).to_owned()),
                role: match index {
                    0 => MemberRole::Chair,
                    1 => MemberRole::Secretary,
                    6 => MemberRole::Observer,
                    _ => MemberRole::Member,
                },
                voting_right: !matches!(index, 1 | 6),
                vote_weight: if index == 11 { 2 } else { 1 },
            })
            .collect(),
        log_fingerprint: "5f0c".repeat(16),
        practice: false,
        made_at: NaiveDateTime::new(date - chrono::Duration::days(7), at(9, 30)),
    }
}
