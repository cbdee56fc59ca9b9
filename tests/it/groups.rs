//! Setting up a real group from an empty database, as the app's Groups screen does: the group,
//! its organisations and members, edits, retirement with a successor, undo — and that past
//! meetings keep exactly what they recorded.

use gavel_core::{
    Command, Error, GroupKind, GroupView, MemberRole, MinutesLanguage, Store, Successor, rules,
};
use uuid::Uuid;

use crate::support::{dump_read_tables, event_count, fresh_store};

fn create_group(store: &mut Store, name: &str) -> Uuid {
    store
        .apply(Command::CreateGroup {
            id: None,
            name: name.into(),
            kind: Some(GroupKind::CoordinationGroup),
            minutes_language: Some(MinutesLanguage::En),
        })
        .expect("the group is created")
        .created_id
        .expect("an id")
}

fn add_member(store: &mut Store, group_id: Uuid, name: &str, role: MemberRole) -> Uuid {
    store
        .apply(Command::AddMember {
            id: None,
            group_id,
            name: name.into(),
            organisation_id: None,
            role: Some(role),
            voting_right: None,
            vote_weight: None,
            email: None,
            joined_on: None,
        })
        .unwrap_or_else(|error| panic!("{name} is added: {error}"))
        .created_id
        .expect("an id")
}

fn group(store: &Store, group_id: Uuid) -> GroupView {
    store
        .groups()
        .expect("groups")
        .into_iter()
        .find(|group| group.id == group_id)
        .expect("the group exists")
}

fn refusal(result: Result<gavel_core::Applied, Error>) -> (String, String) {
    match result {
        Err(error) => (error.danish(), error.to_string()),
        Ok(applied) => panic!("expected a refusal, but the command applied: {applied:?}"),
    }
}

#[test]
fn a_group_is_created_with_its_kind_and_minutes_language_and_renamed() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let group_id = create_group(&mut store, "Koordinationsgruppen for OS2mo");
    let created = group(&store, group_id);
    assert_eq!(created.kind, GroupKind::CoordinationGroup);
    assert_eq!(created.minutes_language, MinutesLanguage::En);
    assert_eq!(created.rules, rules::RulesOfProcedure::default());

    store
        .apply(Command::UpdateGroup {
            group_id,
            name: "Styregruppen for OS2mo".into(),
            kind: GroupKind::SteeringGroup,
            minutes_language: MinutesLanguage::Da,
        })
        .expect("the group is updated");
    let updated = group(&store, group_id);
    assert_eq!(updated.name, "Styregruppen for OS2mo");
    assert_eq!(updated.kind, GroupKind::SteeringGroup);
    assert_eq!(updated.minutes_language, MinutesLanguage::Da);

    // The same values again record nothing.
    let events = event_count(&folder.path().join("gavel.sqlite3"));
    let applied = store
        .apply(Command::UpdateGroup {
            group_id,
            name: "Styregruppen for OS2mo".into(),
            kind: GroupKind::SteeringGroup,
            minutes_language: MinutesLanguage::Da,
        })
        .expect("no change is fine");
    assert!(applied.event_ids.is_empty());
    assert_eq!(event_count(&folder.path().join("gavel.sqlite3")), events);
}

#[test]
fn names_too_long_and_addresses_that_are_not_addresses_are_refused_in_both_languages() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let db = folder.path().join("gavel.sqlite3");
    let (da, en) = refusal(store.apply(Command::CreateGroup {
        id: None,
        name: "x".repeat(10_000),
        kind: None,
        minutes_language: None,
    }));
    assert!(
        da.contains("10000 tegn langt; det må højst være 200 tegn"),
        "{da}"
    );
    assert!(
        en.contains("10000 characters") && en.contains("at most 200"),
        "{en}"
    );
    assert_eq!(event_count(&db), 0, "nothing is saved");

    let group_id = create_group(&mut store, "Styregruppen");
    let before = dump_read_tables(&db);
    let (da, en) = refusal(store.apply(Command::AddMember {
        id: None,
        group_id,
        name: "Mette Holm".into(),
        organisation_id: None,
        role: None,
        voting_right: None,
        vote_weight: None,
        email: Some("mette at aarhus.dk".into()),
        joined_on: None,
    }));
    assert!(
        da.contains("»mette at aarhus.dk« er ikke en e-mailadresse"),
        "{da}"
    );
    assert!(
        en.contains("\"mette at aarhus.dk\" is not an e-mail address"),
        "{en}"
    );
    let (da, _) = refusal(store.apply(Command::AddMember {
        id: None,
        group_id,
        name: "Mette Holm".into(),
        organisation_id: None,
        role: None,
        voting_right: None,
        vote_weight: Some(0),
        email: None,
        joined_on: None,
    }));
    assert!(
        da.contains("Stemmevægten skal være mellem 1 og 1000"),
        "{da}"
    );
    assert_eq!(dump_read_tables(&db), before, "nothing is saved");
}

#[test]
fn text_with_html_is_kept_exactly_as_typed() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let group_id = create_group(&mut store, "<img src=x onerror=alert(1)> & Co");
    let member_id = add_member(
        &mut store,
        group_id,
        "<script>alert('x')</script>",
        MemberRole::Member,
    );
    let group = group(&store, group_id);
    assert_eq!(group.name, "<img src=x onerror=alert(1)> & Co");
    let member = group
        .members
        .iter()
        .find(|m| m.id == member_id)
        .expect("member");
    assert_eq!(member.name, "<script>alert('x')</script>");
}

#[test]
fn a_group_has_one_chair_and_two_members_may_share_a_name() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let group_id = create_group(&mut store, "Styregruppen");
    let chair = add_member(&mut store, group_id, "Mette Holm", MemberRole::Chair);
    let (da, en) = refusal(store.apply(Command::AddMember {
        id: None,
        group_id,
        name: "Rasmus Berg".into(),
        organisation_id: None,
        role: Some(MemberRole::Chair),
        voting_right: None,
        vote_weight: None,
        email: None,
        joined_on: None,
    }));
    assert!(da.contains("Mette Holm er allerede formand"), "{da}");
    assert!(
        en.contains("Mette Holm is already the group's chair"),
        "{en}"
    );

    // Two people of the same name are allowed: the app tells them apart by organisation and
    // e-mail.
    add_member(&mut store, group_id, "Anne Jensen", MemberRole::Member);
    add_member(&mut store, group_id, "Anne Jensen", MemberRole::ViceChair);
    let members = group(&store, group_id).members;
    assert_eq!(
        members.iter().filter(|m| m.name == "Anne Jensen").count(),
        2
    );
    let vice_chair = members
        .iter()
        .find(|m| m.role == MemberRole::ViceChair)
        .expect("vice chair");
    assert!(vice_chair.voting_right, "a vice chair votes by default");

    // The chair hands the role over: first another role for the chair, then the new chair.
    store
        .apply(Command::UpdateMember {
            member_id: chair,
            name: "Mette Holm".into(),
            organisation_id: None,
            role: MemberRole::Member,
            voting_right: true,
            vote_weight: 1,
            email: Some("meho@aarhus.dk".into()),
        })
        .expect("the chair becomes a member");
    store
        .apply(Command::UpdateMember {
            member_id: vice_chair.id,
            name: "Anne Jensen".into(),
            organisation_id: None,
            role: MemberRole::Chair,
            voting_right: true,
            vote_weight: 2,
            email: None,
        })
        .expect("the vice chair becomes the chair");
    let members = group(&store, group_id).members;
    let mette = members.iter().find(|m| m.id == chair).expect("Mette");
    assert_eq!(mette.email.as_deref(), Some("meho@aarhus.dk"));
    assert_eq!(mette.role, MemberRole::Member);
}

#[test]
fn retiring_a_member_keeps_the_signed_meeting_and_seats_the_successor_in_the_next() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let group_id = create_group(&mut store, "Styregruppen");
    let organisation_id = store
        .apply(Command::AddOrganisation {
            id: None,
            group_id,
            name: "Odense Kommune".into(),
        })
        .expect("organisation")
        .created_id
        .expect("id");
    let chair = add_member(&mut store, group_id, "Mette Holm", MemberRole::Chair);
    let leaving = store
        .apply(Command::AddMember {
            id: None,
            group_id,
            name: "Lars Winther".into(),
            organisation_id: Some(organisation_id),
            role: Some(MemberRole::Member),
            voting_right: None,
            vote_weight: Some(3),
            email: Some("lawi@odense.dk".into()),
            joined_on: None,
        })
        .expect("Lars")
        .created_id
        .expect("id");
    let september = held_meeting(
        &mut store,
        group_id,
        "2026-09-17T10:00:00",
        &[chair, leaving],
    );
    let before = store.meeting(september).expect("September");

    let successor = store
        .apply(Command::RetireMember {
            member_id: leaving,
            on: "2026-10-01".parse().expect("date"),
            successor: Some(Successor {
                id: None,
                name: "Sofie Dahl".into(),
                email: Some("sodah@odense.dk".into()),
            }),
        })
        .expect("Lars retires, Sofie takes the seat")
        .created_id
        .expect("the successor's id");

    let after = store.meeting(september).expect("September");
    assert_eq!(
        after.attendance, before.attendance,
        "the roll call is as it was"
    );
    assert_eq!(after.log_fingerprint, before.log_fingerprint);

    let december = store
        .apply(Command::CreateMeeting {
            id: None,
            group_id,
            title: "December".into(),
            starts_at: "2026-12-10T13:00:00".parse().expect("date"),
            location: None,
        })
        .expect("December")
        .created_id
        .expect("id");
    let roll: Vec<String> = store
        .meeting(december)
        .expect("December")
        .attendance
        .into_iter()
        .map(|row| {
            format!(
                "{} ({})",
                row.name,
                row.organisation_name.unwrap_or_default()
            )
        })
        .collect();
    assert_eq!(roll, ["Mette Holm ()", "Sofie Dahl (Odense Kommune)"]);

    let members = group(&store, group_id).members;
    let sofie = members.iter().find(|m| m.id == successor).expect("Sofie");
    assert_eq!(sofie.vote_weight, 3, "the seat's weight goes with it");
    assert_eq!(sofie.succeeds, Some(leaving));
    assert_eq!(sofie.joined_on, Some("2026-10-01".parse().expect("date")));
    let lars = members.iter().find(|m| m.id == leaving).expect("Lars");
    assert_eq!(lars.retired_on, Some("2026-10-01".parse().expect("date")));
    assert_eq!(
        members.last().map(|m| m.id),
        Some(leaving),
        "retired members come last"
    );

    // Lars cannot be marked present at a meeting after he left.
    let refused = store.apply(Command::SetAttendance {
        meeting_id: december,
        member_id: leaving,
        attendance: rules::Attendance::Present,
        at: None,
    });
    assert!(
        refused.is_err(),
        "a retired member is not on a later roll call"
    );
}

#[test]
fn the_chair_and_a_proxy_holder_in_an_open_meeting_cannot_simply_retire() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let group_id = create_group(&mut store, "Styregruppen");
    let chair = add_member(&mut store, group_id, "Mette Holm", MemberRole::Chair);
    let holder = add_member(&mut store, group_id, "Rasmus Berg", MemberRole::Member);
    let giver = add_member(&mut store, group_id, "Anne Jensen", MemberRole::Member);
    let on = "2026-12-01".parse().expect("date");
    let (da, en) = refusal(store.apply(Command::RetireMember {
        member_id: chair,
        on,
        successor: None,
    }));
    assert!(
        da.contains("Mette Holm er formand. Angiv en efterfølger"),
        "{da}"
    );
    assert!(
        en.contains("Mette Holm is the chair: name a successor"),
        "{en}"
    );

    let meeting_id = store
        .apply(Command::CreateMeeting {
            id: None,
            group_id,
            title: "Decembermødet".into(),
            starts_at: "2026-11-27T13:00:00".parse().expect("date"),
            location: None,
        })
        .expect("meeting")
        .created_id
        .expect("id");
    store
        .apply_batch(vec![
            Command::OpenMeeting {
                meeting_id,
                at: Some("2026-11-27T13:00:00".parse().expect("date")),
            },
            Command::SetAttendance {
                meeting_id,
                member_id: holder,
                attendance: rules::Attendance::Present,
                at: None,
            },
            Command::SetAttendance {
                meeting_id,
                member_id: giver,
                attendance: rules::Attendance::Absent,
                at: None,
            },
            Command::GiveProxy {
                meeting_id,
                from_member_id: giver,
                to_member_id: holder,
            },
        ])
        .expect("the meeting runs with a proxy");
    let (da, en) = refusal(store.apply(Command::RetireMember {
        member_id: holder,
        on,
        successor: None,
    }));
    assert!(
        da.contains("Rasmus Berg har en fuldmagt i mødet »Decembermødet«"),
        "{da}"
    );
    assert!(en.contains("withdraw the proxy first"), "{en}");

    // The chair with a successor is fine: the successor becomes the chair.
    let successor = store
        .apply(Command::RetireMember {
            member_id: chair,
            on,
            successor: Some(Successor {
                id: None,
                name: "Kirsten Lund".into(),
                email: None,
            }),
        })
        .expect("a successor takes the chair")
        .created_id
        .expect("id");
    let members = group(&store, group_id).members;
    assert_eq!(
        members.iter().find(|m| m.id == successor).map(|m| m.role),
        Some(MemberRole::Chair)
    );
}

#[test]
fn undo_takes_back_the_latest_group_change_and_says_which() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let db = folder.path().join("gavel.sqlite3");
    let group_id = create_group(&mut store, "Styregruppen");
    assert_eq!(
        group(&store, group_id).next_undo,
        None,
        "nothing to undo yet"
    );
    let before = dump_read_tables(&db);
    let member = add_member(&mut store, group_id, "Mette Holm", MemberRole::Member);
    let next = group(&store, group_id)
        .next_undo
        .expect("the member can be undone");
    assert_eq!(next.da, "medlemmet Mette Holm");
    assert_eq!(next.en, "the member Mette Holm");
    store
        .apply(Command::UndoGroupChange { group_id })
        .expect("undo");
    assert_eq!(dump_read_tables(&db), before, "the member is gone again");
    assert!(
        group(&store, group_id)
            .members
            .iter()
            .all(|m| m.id != member)
    );
    let (da, en) = refusal(store.apply(Command::UndoGroupChange { group_id }));
    assert_eq!(da, "Der er intet at fortryde i denne gruppe.");
    assert_eq!(en, "there is nothing to undo in this group");

    // A member a meeting has recorded cannot be undone away; retiring is the way.
    let chair = add_member(&mut store, group_id, "Rasmus Berg", MemberRole::Chair);
    held_meeting(&mut store, group_id, "2026-11-27T13:00:00", &[chair]);
    add_member(&mut store, group_id, "Anne Jensen", MemberRole::Member);
    store
        .apply(Command::UndoGroupChange { group_id })
        .expect("Anne, who is in no meeting, can be undone");
    let (da, _) = refusal(store.apply(Command::UndoGroupChange { group_id }));
    assert!(da.contains("Rasmus Berg kan ikke fjernes igen"), "{da}");
    store.rebuild().expect("rebuild");
    assert!(
        group(&store, group_id)
            .members
            .iter()
            .any(|m| m.id == chair)
    );
}

#[test]
fn the_rules_presets_read_as_the_minutes_print_them() {
    let presets = rules::presets();
    assert_eq!(presets.len(), 4);
    for preset in &presets {
        let description = rules::describe(&preset.rules);
        assert_eq!(description.preset, Some(preset.id), "{:?}", preset.id);
    }
    let committee = rules::describe(&presets[1].rules);
    assert_eq!(
        committee.quorum.da,
        "Beslutningsdygtig, når mindst 1/2 af de stemmeberettigede er til stede."
    );
    assert!(
        committee
            .yes_no_poll
            .da
            .ends_with("Ved stemmelighed er forslaget ikke vedtaget."),
        "{}",
        committee.yes_no_poll.da
    );
    assert_eq!(committee.proxies.en, "Proxies are not allowed.");
    let general_meeting = rules::describe(&presets[3].rules);
    assert!(
        general_meeting
            .yes_no_poll
            .da
            .starts_with("Kræver 2/3 af de tilstedeværende stemmer"),
        "{}",
        general_meeting.yes_no_poll.da
    );
    let mut custom = presets[0].rules.clone();
    custom.max_proxies_per_holder = 2;
    let description = rules::describe(&custom);
    assert_eq!(description.preset, None);
    assert_eq!(
        description.proxies.da,
        "Et fremmødt medlem kan stemme for højst 2 fraværende medlemmer ved fuldmagt. De \
         repræsenterede tæller som til stede."
    );
}

/// A meeting opened on `starts_at` with `present` marked present, then closed.
fn held_meeting(store: &mut Store, group_id: Uuid, starts_at: &str, present: &[Uuid]) -> Uuid {
    let at: chrono::NaiveDateTime = starts_at.parse().expect("date");
    let meeting_id = store
        .apply(Command::CreateMeeting {
            id: None,
            group_id,
            title: format!("Møde {starts_at}"),
            starts_at: at,
            location: None,
        })
        .expect("meeting")
        .created_id
        .expect("id");
    let mut commands = vec![Command::OpenMeeting {
        meeting_id,
        at: Some(at),
    }];
    commands.extend(present.iter().map(|&member_id| Command::SetAttendance {
        meeting_id,
        member_id,
        attendance: rules::Attendance::Present,
        at: None,
    }));
    commands.push(Command::CloseMeeting {
        meeting_id,
        at: Some(at + chrono::Duration::hours(2)),
    });
    store.apply_batch(commands).expect("the meeting is held");
    meeting_id
}

#[test]
fn a_practice_database_says_so_in_its_minutes_and_shares_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    assert!(!store.is_practice().expect("practice flag"));
    gavel_core::demo::load(&mut store).expect("the demo loads");
    store.mark_as_practice().expect("marked");
    store.mark_as_practice().expect("marking twice is harmless");
    assert!(store.is_practice().expect("practice flag"));

    let error = store
        .export_sync(None)
        .expect_err("practice data stays here");
    assert!(
        error.danish().starts_with("Dette er øvelsesdatabasen"),
        "{}",
        error.danish()
    );
    let closed = store
        .meetings()
        .expect("meetings")
        .into_iter()
        .find(|meeting| meeting.status == gavel_core::MeetingStatus::Closed)
        .expect("the demo has a held meeting");
    let minutes = gavel_core::minutes::minutes(&store, closed.id).expect("minutes");
    assert!(minutes.practice);
    let title = gavel_minutes::document_title(&minutes, gavel_minutes::Language::Danish);
    assert!(
        title.starts_with("ØVELSE, ikke et gyldigt referat – Referat: "),
        "{title}"
    );
}
