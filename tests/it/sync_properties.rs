//! The sync guarantees as a property: random concurrent edit histories on three laptops, sync
//! files exchanged at random moments and imported in random orders, always end with every laptop
//! holding every event and showing the same meeting, the one their logs refold to.

use std::sync::Arc;

use gavel_core::rules::Attendance;
use gavel_core::{Command, FixedClock, Store, StoreOptions};
use proptest::prelude::*;
use uuid::Uuid;

const DEVICES: usize = 3;
const GROUP: Uuid = Uuid::from_u128(0x6001);
const MEETING: Uuid = Uuid::from_u128(0x6002);
const MEMBERS: [Uuid; 3] = [
    Uuid::from_u128(0x6101),
    Uuid::from_u128(0x6102),
    Uuid::from_u128(0x6103),
];
const KEYS: [&str; 3] = ["MO-1", "MO-2", "MO-3"];

#[derive(Debug, Clone)]
enum Step {
    Notes {
        device: usize,
        item: usize,
        text: u8,
    },
    Attendance {
        device: usize,
        member: usize,
        status: u8,
    },
    BacklogStatus {
        device: usize,
        key: usize,
        status: u8,
    },
    AddAgendaItem {
        device: usize,
        title: u8,
    },
    MoveAgendaItem {
        device: usize,
        item: usize,
        position: u32,
    },
    Undo {
        device: usize,
    },
    /// `to` imports everything `from` knows now.
    Exchange {
        from: usize,
        to: usize,
    },
}

fn step() -> impl Strategy<Value = Step> {
    let device = 0..DEVICES;
    prop_oneof![
        (device.clone(), 0..4usize, any::<u8>()).prop_map(|(device, item, text)| Step::Notes {
            device,
            item,
            text
        }),
        (device.clone(), 0..3usize, 0..4u8).prop_map(|(device, member, status)| Step::Attendance {
            device,
            member,
            status
        }),
        (device.clone(), 0..3usize, 0..3u8).prop_map(|(device, key, status)| Step::BacklogStatus {
            device,
            key,
            status
        }),
        (device.clone(), any::<u8>())
            .prop_map(|(device, title)| Step::AddAgendaItem { device, title }),
        (device.clone(), 0..4usize, 1..5u32).prop_map(|(device, item, position)| {
            Step::MoveAgendaItem {
                device,
                item,
                position,
            }
        }),
        device.clone().prop_map(|device| Step::Undo { device }),
        (device.clone(), device).prop_map(|(from, to)| Step::Exchange { from, to }),
    ]
}

struct Laptop {
    store: Store,
    clock: Arc<FixedClock>,
}

fn laptop(number: usize, skew_millis: u64) -> Laptop {
    let clock = Arc::new(FixedClock::at_millis(1_795_777_200_000 + skew_millis));
    let options = StoreOptions::new(format!("Laptop {number}"))
        .with_clock(clock.clone())
        .with_device_id(Uuid::from_u128(0xd000 + number as u128));
    Laptop {
        store: Store::open_in_memory(options).expect("store"),
        clock,
    }
}

fn set_up(first: &mut Store) {
    let mut commands = vec![Command::CreateGroup {
        id: Some(GROUP),
        name: "Styregruppen".into(),
        kind: None,
        minutes_language: None,
    }];
    for (index, member) in MEMBERS.iter().enumerate() {
        commands.push(Command::AddMember {
            id: Some(*member),
            group_id: GROUP,
            name: format!("Medlem {index}"),
            organisation_id: None,
            role: None,
            voting_right: None,
            vote_weight: None,
            email: None,
            joined_on: None,
        });
    }
    commands.extend(KEYS.map(crate::support::backlog_item_to_do));
    commands.push(Command::CreateMeeting {
        id: Some(MEETING),
        group_id: GROUP,
        title: "Møde".into(),
        starts_at: "2026-12-10T13:00:00".parse().expect("date"),
        location: None,
    });
    commands.push(Command::OpenMeeting {
        meeting_id: MEETING,
        at: None,
    });
    for title in ["Åbning", "Status", "Eventuelt"] {
        commands.push(Command::AddAgendaItem {
            id: None,
            meeting_id: MEETING,
            title: Some(title.into()),
            backlog_key: None,
            position: None,
        });
    }
    first.apply_batch(commands).expect("set-up");
}

fn exchange(laptops: &mut [Laptop], from: usize, to: usize) {
    let file = laptops[from].store.export_sync(None).expect("export");
    let bytes = serde_json::to_vec(&file).expect("serialise");
    let trusted = every_fingerprint(laptops);
    let report = laptops[to]
        .store
        .import_sync("exchange.gavel", &bytes, false, None, &trusted)
        .expect("import");
    // Every chain is signed by its laptop, also when passed on by another.
    assert_eq!(report.events_not_taken, 0, "{:?}", report.devices);
    // An import that folds only its new events (when they follow the log, sync/import.rs) leaves
    // the read tables as a refold of the whole log does.
    let imported = show(&laptops[to].store);
    laptops[to].store.rebuild().expect("rebuild");
    assert_eq!(
        show(&laptops[to].store),
        imported,
        "the import left other read tables than a refold"
    );
}

/// What a laptop shows of the meeting and the backlog.
fn show(store: &Store) -> String {
    serde_json::to_string(&(
        store.meeting(MEETING).expect("meeting"),
        store.backlog_items().expect("backlog"),
    ))
    .expect("JSON")
}

/// The group's laptops trust each other (their chairs compared the fingerprints once).
fn every_fingerprint(laptops: &[Laptop]) -> Vec<String> {
    laptops
        .iter()
        .map(|laptop| laptop.store.this_device().expect("device").fingerprint)
        .collect()
}

/// One laptop's command for a step, chosen from what it sees now; a command the laptop refuses
/// (a stale agenda item, nothing to undo) is simply not recorded, as in the app.
fn apply_step(laptop: &mut Laptop, step: &Step) {
    laptop.clock.advance_millis(700);
    let agenda = laptop.store.meeting(MEETING).expect("meeting").agenda;
    let command =
        match step {
            Step::Notes { item, text, .. } => {
                agenda
                    .get(item % agenda.len().max(1))
                    .map(|item| Command::SetAgendaItemNotes {
                        agenda_item_id: item.id,
                        notes: format!("Noter {text}"),
                    })
            }
            Step::Attendance { member, status, .. } => Some(Command::SetAttendance {
                meeting_id: MEETING,
                member_id: MEMBERS[*member],
                attendance: [
                    Attendance::Present,
                    Attendance::Absent,
                    Attendance::Excused,
                    Attendance::Left,
                ][*status as usize],
                at: Some("13:05".parse().expect("time")),
            }),
            Step::BacklogStatus { key, status, .. } => Some(Command::UpsertBacklogItem {
                key: KEYS[*key].into(),
                title: None,
                status: Some(["To Do", "In Progress", "Done"][*status as usize].into()),
                priority: None,
                rank: None,
                story_points: None,
                labels: None,
                parent: None,
                votes: None,
                watchers: None,
                description: None,
            }),
            Step::AddAgendaItem { title, .. } => Some(Command::AddAgendaItem {
                id: None,
                meeting_id: MEETING,
                title: Some(format!("Punkt {title}")),
                backlog_key: None,
                position: None,
            }),
            Step::MoveAgendaItem { item, position, .. } => agenda
                .get(item % agenda.len().max(1))
                .map(|item| Command::MoveAgendaItem {
                    agenda_item_id: item.id,
                    position: (*position).min(agenda.len() as u32).max(1),
                }),
            Step::Undo { .. } => Some(Command::Undo {
                meeting_id: MEETING,
            }),
            Step::Exchange { .. } => None,
        };
    if let Some(command) = command {
        let _refused_or_applied = laptop.store.apply(command);
    }
}

fn event_ids(store: &Store) -> std::collections::BTreeSet<Uuid> {
    let file = store.export_sync(None).expect("export");
    file.events.into_iter().map(|event| event.id).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn laptops_converge_and_lose_nothing(
        skews in proptest::collection::vec(0..5_000u64, DEVICES),
        steps in proptest::collection::vec(step(), 1..40),
        import_orders in proptest::collection::vec(Just((0..DEVICES).collect::<Vec<_>>()).prop_shuffle(), DEVICES),
    ) {
        let mut laptops: Vec<Laptop> = (0..DEVICES).map(|number| laptop(number, skews[number])).collect();
        set_up(&mut laptops[0].store);
        for to in 1..DEVICES {
            exchange(&mut laptops, 0, to);
        }
        for step in &steps {
            match step {
                Step::Exchange { from, to } if from != to => exchange(&mut laptops, *from, *to),
                Step::Exchange { .. } => {}
                Step::Notes { device, .. }
                | Step::Attendance { device, .. }
                | Step::BacklogStatus { device, .. }
                | Step::AddAgendaItem { device, .. }
                | Step::MoveAgendaItem { device, .. }
                | Step::Undo { device } => apply_step(&mut laptops[*device], step),
            }
        }
        let every_event: std::collections::BTreeSet<Uuid> =
            laptops.iter().flat_map(|laptop| event_ids(&laptop.store)).collect();

        // Everyone exports what they know; everyone imports everyone's file, in a random order.
        let files: Vec<Vec<u8>> = laptops
            .iter()
            .map(|laptop| serde_json::to_vec(&laptop.store.export_sync(None).expect("export")).expect("bytes"))
            .collect();
        let trusted = every_fingerprint(&laptops);
        for (to, order) in import_orders.iter().enumerate() {
            for &from in order {
                laptops[to].store.import_sync("final.gavel", &files[from], false, None, &trusted).expect("import");
            }
        }

        let shown: Vec<String> = laptops.iter().map(|laptop| show(&laptop.store)).collect();
        for (index, laptop) in laptops.iter().enumerate() {
            prop_assert_eq!(&event_ids(&laptop.store), &every_event, "laptop {} lost events", index);
            prop_assert_eq!(&shown[index], &shown[0], "laptop {} differs from laptop 0", index);
            prop_assert!(laptop.store.verify_log().expect("verifies").is_intact());
        }
    }
}
