//! Sync files under attack (issue 15, items 3, 4 and 5). Each attack is a sync file with correctly
//! hash-chained events from a device nobody has seen — anyone can compute the hashes — or two
//! laptops that recorded contradicting decisions. The defences: an event dated more than a day
//! after this computer's clock is refused; every imported event is decided again at its place in
//! the log by the rules a local command obeys; concurrent decisions on one agenda item are a
//! conflict the chair resolves. A refused file changes nothing, in the import and in its dry run.
//!
//! The forger's laptop signs its chains with its own key, and every laptop here trusts every
//! device in the files it gets (as a chair who accepts every fingerprint would): these attacks are
//! about what the rules let through once a device is trusted. tests/it/sync_devices.rs tests
//! who is trusted.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use gavel_core::sync::{DeviceCard, DeviceKey, SyncEvent, SyncFile};
use gavel_core::{Command, EventPayload, FixedClock, Hlc, Store, StoreOptions, StreamKind};
use uuid::Uuid;

use crate::support::{device_fingerprints, dump_read_tables, event_count};

/// 10 December 2026 13:00 UTC: every laptop's wall clock when a test starts.
const NOW: u64 = 1_796_907_600_000;
/// 1 January 2100 00:00 UTC.
const YEAR_2100: u64 = 4_102_444_800_000;
const HOUR: u64 = 60 * 60 * 1000;

const GROUP: Uuid = Uuid::from_u128(0x5a01);
const CHAIR: Uuid = Uuid::from_u128(0x5b01);
const MEMBER: Uuid = Uuid::from_u128(0x5b02);
const OTHER_MEMBER: Uuid = Uuid::from_u128(0x5b03);
const MEETING: Uuid = Uuid::from_u128(0x5c01);
const FIRST_ITEM: Uuid = Uuid::from_u128(0x5d01);
const LAST_ITEM: Uuid = Uuid::from_u128(0x5d02);
const FORGER: Uuid = Uuid::from_u128(0xbad);

/// One laptop: a Gavel database in a file, its clock, and the device id it writes under.
struct Laptop {
    store: Store,
    clock: Arc<FixedClock>,
    path: PathBuf,
}

impl Laptop {
    fn new(folder: &Path, name: &str, device: u128) -> Laptop {
        Laptop::with_clock(folder, name, device, NOW)
    }

    fn with_clock(folder: &Path, name: &str, device: u128, now: u64) -> Laptop {
        let clock = Arc::new(FixedClock::at_millis(now));
        let path = folder.join(format!("{name}.sqlite3"));
        let options = StoreOptions::new(name)
            .with_clock(clock.clone())
            .with_device_id(Uuid::from_u128(device));
        let store = Store::open(&path, options).expect("the database opens");
        Laptop { store, clock, path }
    }

    /// Applies commands given as JSON lines, each a second after the one before.
    fn apply(&mut self, lines: &[serde_json::Value]) {
        for line in lines {
            self.clock.advance_millis(1_000);
            let command: Command = serde_json::from_value(line.clone()).expect("a command");
            self.store
                .apply(command)
                .unwrap_or_else(|error| panic!("{line} was refused: {error}"));
        }
    }

    fn export(&self) -> SyncFile {
        self.store.export_sync(None).expect("exports")
    }

    fn import(
        &mut self,
        file: &SyncFile,
    ) -> gavel_core::Result<gavel_core::sync::SyncImportReport> {
        let bytes = serde_json::to_vec(file).expect("serialises");
        self.store.import_sync(
            "forged.gavel",
            &bytes,
            false,
            None,
            &device_fingerprints(file),
        )
    }

    /// Imports `file`, expecting it refused whole — in a dry run and for real — with nothing
    /// changed; returns the error for its message.
    fn refuses(&mut self, file: &SyncFile) -> gavel_core::Error {
        let bytes = serde_json::to_vec(file).expect("serialises");
        let before = (dump_read_tables(&self.path), event_count(&self.path));
        let dry_run = self
            .store
            .import_sync(
                "forged.gavel",
                &bytes,
                true,
                None,
                &device_fingerprints(file),
            )
            .expect_err("the dry run refuses the file");
        let error = self.import(file).expect_err("the import refuses the file");
        assert_eq!(
            dry_run.to_string(),
            error.to_string(),
            "the preview shows the refusal"
        );
        assert_eq!(
            (dump_read_tables(&self.path), event_count(&self.path)),
            before,
            "a refused file changed the database"
        );
        // A forger lists the events in whatever order he likes: in log order (Gavel writes them
        // chain by chain), the file is refused too, with nothing changed, and by the same rule,
        // the event named by its place in that file. (A file whose chains are broken may show
        // another break first in another order.)
        let mut in_log_order = file.clone();
        in_log_order
            .events
            .sort_by_key(|event| (event.hlc, event.device, event.id));
        if in_log_order.events != file.events {
            let refused = self
                .import(&in_log_order)
                .expect_err("the import refuses the file in log order too");
            if error.to_string().contains("goes against the rules") {
                assert_eq!(
                    without_event_numbers(&refused.to_string()),
                    without_event_numbers(&error.to_string()),
                );
            }
            assert_eq!(
                (dump_read_tables(&self.path), event_count(&self.path)),
                before,
                "a refused file in log order changed the database"
            );
        }
        error
    }

    fn meeting(&self) -> gavel_core::MeetingDetail {
        self.store.meeting(MEETING).expect("the meeting")
    }
}

/// `text` with the numbers of events in their file left out ("events[12]", "event 12 in the
/// file"): the same refusal of a file in another order names the event by another number.
fn without_event_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = ["events[", "event "]
        .iter()
        .filter_map(|mark| rest.find(mark).map(|at| at + mark.len()))
        .min()
    {
        out.push_str(&rest[..at]);
        rest = rest[at..].trim_start_matches(|c: char| c.is_ascii_digit());
    }
    out.push_str(rest);
    out
}

/// Laptop A: a group of three, a backlog item, and an open meeting with two agenda items where
/// everyone is present.
fn chair_laptop(folder: &Path) -> Laptop {
    let mut a = Laptop::new(folder, "a", 0xa);
    let mut lines = vec![serde_json::json!({
        "type": "CreateGroup", "id": GROUP, "name": "Styregruppen for OS2mo"
    })];
    for (id, name, role) in [
        (CHAIR, "Mette Kjærgaard Holm", "chair"),
        (MEMBER, "Rasmus Lund", "member"),
        (OTHER_MEMBER, "Lene Bach", "member"),
    ] {
        lines.push(serde_json::json!({
            "type": "AddMember", "id": id, "group_id": GROUP, "name": name, "role": role
        }));
    }
    lines.extend([
        serde_json::json!({"type": "UpsertBacklogItem", "key": "MO-1", "title": "Eksport til FK"}),
        serde_json::json!({
            "type": "CreateMeeting", "id": MEETING, "group_id": GROUP,
            "title": "Styregruppemøde december", "starts_at": "2026-12-10T13:00:00"
        }),
        serde_json::json!({
            "type": "AddAgendaItem", "id": FIRST_ITEM, "meeting_id": MEETING,
            "title": "Godkendelse af dagsorden"
        }),
        serde_json::json!({
            "type": "AddAgendaItem", "id": LAST_ITEM, "meeting_id": MEETING, "backlog_key": "MO-1"
        }),
        serde_json::json!({"type": "OpenMeeting", "meeting_id": MEETING}),
    ]);
    for member in [CHAIR, MEMBER, OTHER_MEMBER] {
        lines.push(serde_json::json!({
            "type": "SetAttendance", "meeting_id": MEETING, "member_id": member,
            "attendance": "present", "at": "13:00"
        }));
    }
    a.apply(&lines);
    a
}

fn close_meeting(laptop: &mut Laptop) {
    laptop.apply(&[serde_json::json!({"type": "CloseMeeting", "meeting_id": MEETING})]);
}

fn sign_minutes(laptop: &mut Laptop) {
    let fingerprint = laptop.meeting().log_fingerprint;
    laptop.apply(&[serde_json::json!({
        "type": "RecordMinutesSigned", "meeting_id": MEETING, "fingerprint": fingerprint,
        "document_sha256": "00", "signer_name": "Mette Kjærgaard Holm", "role": "chair"
    })]);
}

/// `file` with `payloads` appended as the chains of a device nobody has seen, dated from
/// `at_millis` on, each hash computed as Gavel computes it and each chain's head signed with the
/// forger's own key: the file is intact.
fn forged(file: &SyncFile, at_millis: u64, payloads: &[EventPayload]) -> SyncFile {
    let forger = DeviceKey::generate();
    let mut file = file.clone();
    file.devices.push(DeviceCard {
        id: FORGER,
        name: "forger".into(),
        public_key: forger.public().to_hex(),
    });
    let mut chains: std::collections::HashMap<Uuid, (u64, String)> = Default::default();
    for (index, payload) in payloads.iter().enumerate() {
        let (stream_kind, stream) = payload_stream(payload);
        let (seq, prev_hash) = chains
            .entry(stream)
            .or_insert_with(|| (0, "0".repeat(64)))
            .clone();
        let mut event = SyncEvent {
            id: Uuid::from_u128(0xf0f0_0000 + index as u128),
            stream,
            stream_kind,
            device: FORGER,
            device_seq: seq + 1,
            hlc: Hlc(((at_millis + index as u64) << 16) + 1),
            author: "Mette Kjærgaard Holm".into(),
            payload: serde_json::to_string(payload).expect("serialises"),
            prev_hash,
            hash: String::new(),
            device_signature: None,
        };
        event.hash = event.content_hash();
        chains.insert(stream, (seq + 1, event.hash.clone()));
        file.events.push(event);
    }
    // Each forged chain's last event carries the forger's signature.
    for (stream, (seq, hash)) in chains {
        let head = file
            .events
            .iter_mut()
            .find(|event| {
                event.device == FORGER && event.stream == stream && event.device_seq == seq
            })
            .expect("the chain's head");
        head.device_signature = Some(forger.sign_chain_head(&hash));
    }
    file
}

fn payload_stream(payload: &EventPayload) -> (StreamKind, Uuid) {
    let json = serde_json::to_value(payload).expect("serialises");
    match (json.get("meeting_id"), json.get("group_id")) {
        (Some(meeting), _) => (
            StreamKind::Meeting,
            serde_json::from_value(meeting.clone()).expect("an id"),
        ),
        (None, Some(group)) => (
            StreamKind::Group,
            serde_json::from_value(group.clone()).expect("an id"),
        ),
        (None, None) => (StreamKind::Backlog, gavel_core::BACKLOG_STREAM),
    }
}

fn notes(text: &str) -> EventPayload {
    EventPayload::AgendaItemNotesSet {
        meeting_id: MEETING,
        agenda_item_id: LAST_ITEM,
        notes: text.into(),
    }
}

/// The hybrid logical clock of this laptop's newest event.
fn newest_own_hlc(laptop: &Laptop) -> Hlc {
    let device = laptop.store.device_id();
    laptop
        .export()
        .events
        .iter()
        .filter(|event| event.device == device)
        .map(|event| event.hlc)
        .max()
        .expect("the laptop wrote events")
}

/// Laptop B with a copy of A's meeting through a sync file.
fn secretary_laptop(folder: &Path, a: &Laptop) -> Laptop {
    let mut b = Laptop::new(folder, "b", 0xb);
    b.import(&a.export()).expect("B takes A's file");
    b
}

// Item 4: clocks.

#[test]
fn an_event_dated_in_the_year_2100_is_refused_naming_both_dates() {
    let folder = tempfile::tempdir().expect("temp dir");
    let a = chair_laptop(folder.path());
    let mut b = secretary_laptop(folder.path(), &a);
    let file = forged(&a.export(), YEAR_2100, &[notes("Skrevet i år 2100")]);
    let index = file.events.len();

    let error = b.refuses(&file);

    let (english, danish) = (error.to_string(), error.danish());
    for expected in [
        "forged.gavel".to_owned(),
        format!("field \"events[{index}].hlc\""),
        format!("event {index} in the file (AgendaItemNotesSet, id "),
        "is dated 1 January 2100 00:00 UTC".to_owned(),
        "this computer's clock shows 10 December 2026 13:".to_owned(),
    ] {
        assert!(english.contains(&expected), "{expected:?} in {english}");
    }
    for expected in [
        format!("felt »events[{index}].hlc«"),
        format!("hændelse nr. {index} i filen (AgendaItemNotesSet, id "),
        "er dateret 1. januar 2100 kl. 00.00 UTC".to_owned(),
        "denne computers ur viser 10. december 2026 kl. 13.".to_owned(),
    ] {
        assert!(danish.contains(&expected), "{expected:?} in {danish}");
    }

    b.apply(&[serde_json::json!({
        "type": "SetAgendaItemNotes", "agenda_item_id": FIRST_ITEM, "notes": "Godkendt"
    })]);
    assert!(
        newest_own_hlc(&b).physical_millis() < NOW + HOUR,
        "B's next event is stamped by its own clock, not 2100"
    );
}

#[test]
fn an_event_less_than_a_day_ahead_is_taken_and_the_next_local_event_follows_it() {
    let folder = tempfile::tempdir().expect("temp dir");
    let a = chair_laptop(folder.path());
    let mut b = secretary_laptop(folder.path(), &a);
    let ahead = NOW + 23 * HOUR;
    let file = forged(&a.export(), ahead, &[notes("Skrevet 23 timer fremme")]);

    b.import(&file)
        .expect("a clock 23 hours ahead is a clock, not an attack");
    b.apply(&[serde_json::json!({
        "type": "SetAgendaItemNotes", "agenda_item_id": LAST_ITEM, "notes": "Rettet"
    })]);

    let newest = newest_own_hlc(&b);
    assert!(
        newest.physical_millis() >= ahead,
        "it sorts after what B has seen"
    );
    assert!(newest.physical_millis() <= NOW + 24 * HOUR);
    assert_eq!(b.meeting().agenda[1].notes, "Rettet");
}

#[test]
fn a_laptop_whose_clock_went_back_more_than_a_day_records_nothing_and_says_why() {
    let folder = tempfile::tempdir().expect("temp dir");
    {
        let mut ahead = Laptop::with_clock(folder.path(), "a", 0xa, NOW + 72 * HOUR);
        ahead.apply(&[serde_json::json!({"type": "CreateGroup", "name": "Styregruppen"})]);
    }
    // The same database, opened after the computer's clock was set back three days.
    let mut behind = Laptop::with_clock(folder.path(), "a", 0xa, NOW);
    let events = event_count(&behind.path);

    let error = behind
        .store
        .apply(Command::CreateGroup {
            id: None,
            name: "Koordinationsgruppen".into(),
            kind: None,
            minutes_language: None,
        })
        .expect_err("no event dated three days ahead of the clock");

    assert_eq!(event_count(&behind.path), events);
    assert!(
        error.to_string().contains(
            "this computer's clock shows 10 December 2026 13:00 UTC, but the log already holds an event from 13 December 2026 13:00 UTC"
        ),
        "{error}"
    );
    assert!(
        error.danish().contains(
            "Computerens ur viser 10. december 2026 kl. 13.00 UTC, men loggen har allerede en hændelse fra 13. december 2026 kl. 13.00 UTC"
        ),
        "{}",
        error.danish()
    );
}

// Item 3: imported events obey the rules of local ones.

/// The id `forged` gives its `index`th payload.
fn forged_id(index: usize) -> Uuid {
    Uuid::from_u128(0xf0f0_0000 + index as u128)
}

/// What A looks like before the forged events arrive.
#[derive(Clone, Copy, Debug)]
enum Before {
    Open,
    Closed,
    Signed,
    /// Open, with a yes/no poll where two members voted against and one for.
    OpenPoll,
}

fn laptop_in(folder: &Path, before: Before) -> Laptop {
    let mut a = chair_laptop(folder);
    match before {
        Before::Open => {}
        Before::Closed => close_meeting(&mut a),
        Before::Signed => {
            close_meeting(&mut a);
            sign_minutes(&mut a);
        }
        Before::OpenPoll => {
            a.apply(&[serde_json::json!({
                "type": "OpenPoll", "id": POLL, "meeting_id": MEETING, "agenda_item_id": LAST_ITEM,
                "question": "Skal MO-1 med i næste udgivelse?", "kind": {"type": "yes_no"}
            })]);
            for (member, ballot) in [(CHAIR, "yes"), (MEMBER, "no"), (OTHER_MEMBER, "no")] {
                a.apply(&[serde_json::json!({
                    "type": "RecordBallot", "poll_id": POLL, "member_id": member,
                    "ballot": {"type": ballot}
                })]);
            }
        }
    }
    a
}

const POLL: Uuid = Uuid::from_u128(0x5e01);

/// The poll closed with `result`, a recorded result as a file carries it, in JSON.
fn poll_closed_with(result: serde_json::Value) -> Vec<EventPayload> {
    vec![EventPayload::PollClosed {
        meeting_id: MEETING,
        poll_id: POLL,
        result: serde_json::from_value(result).expect("a result"),
    }]
}

fn signature_by(name: &str, fingerprint: &str, version: u32) -> EventPayload {
    EventPayload::MinutesSigned {
        meeting_id: MEETING,
        version,
        fingerprint: fingerprint.into(),
        document_sha256: "00".into(),
        signer_name: name.into(),
        role: "member".into(),
        signed_at: "2026-12-10T16:00:00".parse().expect("a time"),
    }
}

fn amendment(version: u32, amends_version: Option<u32>) -> EventPayload {
    EventPayload::MinutesAmended {
        meeting_id: MEETING,
        version,
        amends_version,
        reason: "Rettelse".into(),
        at: "2026-12-10T16:00:00".parse().expect("a time"),
    }
}

fn decision(outcome: &str) -> EventPayload {
    EventPayload::DecisionRecorded {
        meeting_id: MEETING,
        decision_id: Uuid::from_u128(0x5f99),
        agenda_item_id: Some(LAST_ITEM),
        poll_id: None,
        outcome: serde_json::from_value(serde_json::json!(outcome)).expect("an outcome"),
        text: "Tilføjet bagefter".into(),
        backlog_changes: Vec::new(),
        priority_order: None,
        seen_decisions: Vec::new(),
    }
}

/// One attack: A in the state `before` imports its own file with `payloads` appended by a device
/// nobody has seen, dated a minute after A's last event. The file is refused whole, in the dry run
/// too, and nothing changes; the message names the file, the `refused`th forged event (1-based)
/// and its field (`field`, after `events[N]`), and says `english` and `danish`.
struct Attack {
    name: &'static str,
    before: Before,
    payloads: fn(&Laptop) -> Vec<EventPayload>,
    refused: usize,
    field: &'static str,
    english: &'static str,
    danish: &'static str,
}

fn check(attack: Attack) {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut a = laptop_in(folder.path(), attack.before);
    let file = a.export();
    let first_forged = file.events.len();
    let file = forged(&file, NOW + 60 * 60 * 1000, &(attack.payloads)(&a));
    let refused = first_forged + attack.refused;
    let kind = serde_json::from_str::<serde_json::Value>(&file.events[refused - 1].payload)
        .expect("JSON")["type"]
        .as_str()
        .expect("a type")
        .to_owned();

    let error = a.refuses(&file);

    let (english, danish) = (error.to_string(), error.danish());
    let name = attack.name;
    for expected in [
        format!(
            "forged.gavel, field \"events[{refused}]{}\": event {refused} in the file ({kind}, id {})",
            attack.field,
            forged_id(attack.refused - 1)
        ),
        attack.english.to_owned(),
        "the file is refused and nothing was changed".to_owned(),
    ] {
        assert!(
            english.contains(&expected),
            "{name}: {expected:?} in {english}"
        );
    }
    for expected in [
        format!(
            "forged.gavel, felt »events[{refused}]{}«: hændelse nr. {refused} i filen ({kind}, id ",
            attack.field
        ),
        attack.danish.to_owned(),
        "Filen er afvist, og intet er ændret.".to_owned(),
    ] {
        assert!(
            danish.contains(&expected),
            "{name}: {expected:?} in {danish}"
        );
    }
}

#[test]
fn a_signature_nobody_made_is_refused() {
    check(Attack {
        name: "MinutesSigned with another fingerprint",
        before: Before::Closed,
        payloads: |_| vec![signature_by("Lene Bach", &"0".repeat(64), 1)],
        refused: 1,
        field: ".fingerprint",
        english: "in the meeting \"Styregruppemøde december\" goes against the rules: these minutes show the log fingerprint 0000",
        danish: "i mødet »Styregruppemøde december« strider mod reglerne: Referatet viser logfingeraftrykket 0000",
    });
    check(Attack {
        name: "MinutesSigned of an open meeting, with its fingerprint",
        before: Before::Open,
        payloads: |a| vec![signature_by("Lene Bach", &a.meeting().log_fingerprint, 1)],
        refused: 1,
        field: ".fingerprint",
        english: "only the minutes of a closed meeting can be signed",
        danish: "Kun referatet af et afsluttet møde kan underskrives",
    });
    check(Attack {
        name: "MinutesSigned of a version that does not exist",
        before: Before::Closed,
        payloads: |a| vec![signature_by("Lene Bach", &a.meeting().log_fingerprint, 7)],
        refused: 1,
        field: ".version",
        english: "the signature is of version 7 of the minutes, but the meeting is in version 1",
        danish: "Underskriften gælder version 7 af referatet, men mødet er i version 1.",
    });
}

#[test]
fn an_amendment_that_lifts_signed_equals_frozen_is_refused() {
    check(Attack {
        name: "MinutesAmended of signed minutes without a new version, then notes",
        before: Before::Signed,
        payloads: |_| vec![amendment(1, Some(1)), notes("Ændret efter underskriften")],
        refused: 1,
        field: ".version",
        english: "the minutes are signed in version 1; an amendment must start version 2 and name version 1",
        danish: "Referatet er underskrevet i version 1; en rettelse af det skal begynde version 2 og nævne version 1.",
    });
    check(Attack {
        name: "MinutesAmended of an open meeting",
        before: Before::Open,
        payloads: |_| vec![amendment(1, None)],
        refused: 1,
        field: "",
        english: "only a closed meeting can be amended",
        danish: "Kun referatet af et afsluttet møde kan rettes",
    });
    check(Attack {
        name: "a proper amendment, notes, and the amendment undone",
        before: Before::Signed,
        payloads: |_| {
            vec![
                amendment(2, Some(1)),
                notes("Ændret efter underskriften"),
                EventPayload::EventUndone {
                    meeting_id: MEETING,
                    event_id: forged_id(0),
                },
            ]
        },
        refused: 3,
        field: "",
        english: "cannot be undone: an undo, or a meeting's creation, closing, signature or amendment, is never undone",
        danish: "kan ikke fortrydes: en fortrydelse, et mødes oprettelse, afslutning, underskrift eller rettelse fortrydes aldrig.",
    });
}

#[test]
fn a_closed_meeting_changes_only_as_the_rules_allow() {
    check(Attack {
        name: "notes of a closed, unsigned meeting",
        before: Before::Closed,
        payloads: |_| vec![notes("Ændret efter mødet")],
        refused: 1,
        field: "",
        english: "in the meeting \"Styregruppemøde december\" goes against the rules: a closed meeting cannot be changed",
        danish: "i mødet »Styregruppemøde december« strider mod reglerne: Mødet er afsluttet og kan ikke længere ændres.",
    });
    check(Attack {
        name: "a decision in a closed meeting",
        before: Before::Closed,
        payloads: |_| vec![decision("rejected")],
        refused: 1,
        field: "",
        english: "a closed meeting cannot be decided in",
        danish: "Mødet er afsluttet, så der kan ikke længere registreres beslutninger.",
    });
    check(Attack {
        name: "the meeting opened a second time, changed and closed again",
        before: Before::Closed,
        payloads: |_| {
            vec![
                EventPayload::MeetingOpened {
                    meeting_id: MEETING,
                    rules: Default::default(),
                    at: "2026-12-10T16:00:00".parse().expect("a time"),
                },
                notes("Ændret efter mødet"),
                EventPayload::MeetingClosed {
                    meeting_id: MEETING,
                    at: "2026-12-10T16:05:00".parse().expect("a time"),
                },
            ]
        },
        refused: 1,
        field: "",
        english: "a closed meeting cannot be opened",
        danish: "Mødet er afsluttet og kan ikke startes igen.",
    });
    check(Attack {
        name: "the meeting created again under another title",
        before: Before::Closed,
        payloads: |_| {
            vec![EventPayload::MeetingCreated {
                meeting_id: MEETING,
                group_id: GROUP,
                title: "Ekstraordinært møde".into(),
                starts_at: "2026-12-10T13:00:00".parse().expect("a time"),
                location: None,
            }]
        },
        refused: 1,
        field: "",
        english: "a meeting with id 00000000-0000-0000-0000-000000005c01 already exists",
        danish: "Der findes allerede et møde med id 00000000-0000-0000-0000-000000005c01.",
    });
}

#[test]
fn a_poll_result_or_a_ballot_the_votes_do_not_give_is_refused() {
    check(Attack {
        name: "a poll closed as carried when two of three voted against",
        before: Before::OpenPoll,
        payloads: |_| {
            // As Gavel 0.3 recorded a result: with its sentences.
            poll_closed_with(serde_json::json!({
                "outcome": {"type": "carried"}, "tally": [3, 0, 0], "ranking": [],
                "casting_vote_used": false,
                "rule": {"da": "Simpelt flertal", "en": "Simple majority"},
                "summary": {"da": "Vedtaget: 3 for", "en": "Carried: 3 for"}
            }))
        },
        refused: 1,
        field: ".result",
        english: "the result \"Carried: 3 for\" does not follow from the poll's ballots, which give \"Not carried",
        danish: "Resultatet »Vedtaget: 3 for« følger ikke af stemmerne i afstemningen, som giver »Ikke vedtaget: 1 for, 2 imod",
    });
    check(Attack {
        name: "a poll closed with the right figures but the facts of a rule it was not counted under",
        before: Before::OpenPoll,
        payloads: |_| {
            // 1 for, 2 against: "not carried" is right, but the facts claim unanimity, which the
            // minutes would then state as the rule applied.
            poll_closed_with(serde_json::json!({
                "outcome": {"type": "not_carried"}, "tally": [1, 2, 0], "ranking": [],
                "casting_vote_used": false,
                "facts": {
                    "rules": gavel_core::rules::RulesOfProcedure::default(),
                    "majority": {"type": "unanimity"},
                    "weighted": false,
                    "how": {"yes_no": {"decided": {"carried": false}}}
                }
            }))
        },
        refused: 1,
        field: ".result.facts",
        english: "the result says the rule was \"Requires unanimity",
        danish: "Resultatet siger, at reglen var »Kræver enstemmighed",
    });
    check(Attack {
        name: "a poll closed the Gavel 0.3 way, the right figures beside a summary they do not give",
        before: Before::OpenPoll,
        payloads: |_| {
            // Words are shown as recorded; without facts, a forger could write any summary.
            poll_closed_with(serde_json::json!({
                "outcome": {"type": "not_carried"}, "tally": [1, 2, 0], "ranking": [],
                "casting_vote_used": false,
                "rule": {"da": "Kræver simpelt flertal.", "en": "Requires a simple majority."},
                "summary": {"da": "Ikke vedtaget: 0 for, 9 imod.", "en": "Not carried: 0 for, 9 against."}
            }))
        },
        refused: 1,
        field: ".result.summary",
        english: "the result \"Not carried: 0 for, 9 against.\" does not follow from the poll's ballots, which give \"Not carried: 1 for, 2 against, 0 abstentions.\"",
        danish: "Resultatet »Ikke vedtaget: 0 for, 9 imod.« følger ikke af stemmerne i afstemningen, som giver »Ikke vedtaget: 1 for, 2 imod, 0 undlod.«",
    });
    check(Attack {
        name: "a poll closed the Gavel 0.3 way, the right summary beside a rule it was not counted under",
        before: Before::OpenPoll,
        payloads: |_| {
            poll_closed_with(serde_json::json!({
                "outcome": {"type": "not_carried"}, "tally": [1, 2, 0], "ranking": [],
                "casting_vote_used": false,
                "rule": {"da": "Kræver enstemmighed.", "en": "Requires unanimity."},
                "summary": {"da": "Ikke vedtaget: 1 for, 2 imod, 0 undlod.", "en": "Not carried: 1 for, 2 against, 0 abstentions."}
            }))
        },
        refused: 1,
        field: ".result.rule",
        english: "the result says the rule was \"Requires unanimity.\", but the poll is counted under \"Requires",
        danish: "Resultatet siger, at reglen var »Kræver enstemmighed.«, men afstemningen tælles efter »Kræver",
    });
    check(Attack {
        name: "a poll closed with facts no count gives: a fraction over 0 and a threshold of u64::MAX",
        before: Before::OpenPoll,
        payloads: |_| {
            // Worded before they are compared, so the wording must survive them.
            poll_closed_with(serde_json::json!({
                "outcome": {"type": "not_carried"}, "tally": [1, 2, 0], "ranking": [],
                "casting_vote_used": false,
                "facts": {
                    "rules": gavel_core::rules::RulesOfProcedure::default(),
                    "majority": {"type": "qualified", "numerator": 1, "denominator": 0, "base": "all_voting_members"},
                    "weighted": true,
                    "threshold": {"needed": u64::MAX, "base": 0},
                    "how": {"yes_no": {"tie": "only_totals"}}
                }
            }))
        },
        refused: 1,
        field: ".result.facts",
        english: "the result says the rule was \"Requires 1/0",
        danish: "Resultatet siger, at reglen var »Kræver 1/0",
    });
    check(Attack {
        name: "a poll closed with neither facts nor words, which would leave the minutes silent",
        before: Before::OpenPoll,
        payloads: |_| {
            poll_closed_with(serde_json::json!({
                "outcome": {"type": "not_carried"}, "tally": [0, 0, 0], "ranking": [],
                "casting_vote_used": false
            }))
        },
        refused: 1,
        field: ".result",
        english: "the result must carry either the facts it is worded from or",
        danish: "Resultatet skal have enten de fakta, det formuleres ud fra, eller",
    });
    check(Attack {
        name: "a ballot of someone who is not a member",
        before: Before::OpenPoll,
        payloads: |_| {
            vec![EventPayload::BallotRecorded {
                meeting_id: MEETING,
                poll_id: POLL,
                member_id: Uuid::from_u128(0x999),
                cast_by_id: Uuid::from_u128(0x999),
                ballot: gavel_core::rules::Ballot::Yes,
                at: None,
            }]
        },
        refused: 1,
        field: "",
        english: "goes against the rules: ",
        danish: "strider mod reglerne: ",
    });
}

/// An import checks a run of ballots against one reading of the meeting's roll call
/// (`decide::KeptReads`); an event in between that changes the roll call must not leave the old
/// reading in use: a member who left cannot vote after leaving, whatever came before.
#[test]
fn a_ballot_after_the_voter_left_is_refused_though_the_ballot_before_it_was_taken() {
    check(Attack {
        name: "a ballot, the member leaving, then the member's ballot",
        before: Before::OpenPoll,
        payloads: |_| {
            vec![
                EventPayload::BallotRecorded {
                    meeting_id: MEETING,
                    poll_id: POLL,
                    member_id: OTHER_MEMBER,
                    cast_by_id: OTHER_MEMBER,
                    ballot: gavel_core::rules::Ballot::Yes,
                    at: None,
                },
                EventPayload::AttendanceSet {
                    meeting_id: MEETING,
                    member_id: MEMBER,
                    attendance: gavel_core::rules::Attendance::Left,
                    at: None,
                },
                EventPayload::BallotRecorded {
                    meeting_id: MEETING,
                    poll_id: POLL,
                    member_id: MEMBER,
                    cast_by_id: MEMBER,
                    ballot: gavel_core::rules::Ballot::Yes,
                    at: None,
                },
            ]
        },
        refused: 3,
        field: "",
        english: "has left the meeting",
        danish: "har forladt mødet",
    });
}

/// An import checks a run of ballots in one poll against one reading of the poll
/// (`decide::KeptReads`); the poll closing in between must not leave the open poll in use: a
/// ballot after the close is refused, though the ballot before it was taken.
#[test]
fn a_ballot_after_the_poll_closed_is_refused_though_the_ballot_before_it_was_taken() {
    check(Attack {
        name: "a ballot, the poll closed with the result the ballots give, then another ballot",
        before: Before::OpenPoll,
        payloads: |a| {
            // The same vote again changes nothing, so the poll closes as the meeting shows it.
            let live = a.meeting().polls[0].result.clone().expect("a live result");
            vec![
                EventPayload::BallotRecorded {
                    meeting_id: MEETING,
                    poll_id: POLL,
                    member_id: OTHER_MEMBER,
                    cast_by_id: OTHER_MEMBER,
                    ballot: gavel_core::rules::Ballot::No,
                    at: None,
                },
                EventPayload::PollClosed {
                    meeting_id: MEETING,
                    poll_id: POLL,
                    result: gavel_core::rules::RecordedResult::of(&live),
                },
                EventPayload::BallotRecorded {
                    meeting_id: MEETING,
                    poll_id: POLL,
                    member_id: MEMBER,
                    cast_by_id: MEMBER,
                    ballot: gavel_core::rules::Ballot::Yes,
                    at: None,
                },
            ]
        },
        refused: 3,
        field: "",
        english: "the poll is closed; its ballots and result can no longer change",
        danish: "Afstemningen er lukket; dens stemmer og resultat kan ikke længere ændres",
    });
}

/// The poll kept between ballots (`decide::KeptReads`) is still checked against each ballot's
/// meeting: a ballot that names another meeting for the same poll is refused, though the ballot
/// before it, which named the right one, was taken.
#[test]
fn a_ballot_naming_another_meeting_for_the_kept_poll_is_refused() {
    check(Attack {
        name: "a ballot in the poll, then one naming another meeting for the same poll",
        before: Before::OpenPoll,
        payloads: |_| {
            let ballot = |meeting_id, member_id| EventPayload::BallotRecorded {
                meeting_id,
                poll_id: POLL,
                member_id,
                cast_by_id: member_id,
                ballot: gavel_core::rules::Ballot::No,
                at: None,
            };
            vec![
                ballot(MEETING, OTHER_MEMBER),
                ballot(Uuid::from_u128(0xbad), MEMBER),
            ]
        },
        refused: 2,
        field: "",
        english: "does not exist",
        danish: "findes ikke i dette møde",
    });
}

#[test]
fn a_chain_dated_backwards_is_refused() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut a = laptop_in(folder.path(), Before::Open);
    let mut file = forged(&a.export(), NOW + HOUR, &[notes("Første"), notes("Anden")]);
    let last = file.events.len() - 1;
    file.events[last].hlc = Hlc(file.events[last - 1].hlc.0 - 5);
    file.events[last].hash = file.events[last].content_hash();

    let error = a.refuses(&file);

    assert!(
        error.to_string().contains(&format!(
            "field \"events[id={}]\": the event is dated before the event before it in its device's chain",
            forged_id(1)
        )),
        "{error}"
    );
}

#[test]
fn notes_another_laptop_wrote_before_the_close_are_taken_and_both_converge() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut a = chair_laptop(folder.path());
    let mut b = secretary_laptop(folder.path(), &a);
    // B writes while the meeting is open; A, whose clock is a minute ahead, closes it without
    // having seen B's notes.
    b.apply(&[serde_json::json!({
        "type": "SetAgendaItemNotes", "agenda_item_id": LAST_ITEM, "notes": "Referentens noter"
    })]);
    a.clock.advance_millis(60_000);
    close_meeting(&mut a);

    a.import(&b.export())
        .expect("A takes notes written before its close");
    b.import(&a.export()).expect("B takes A's close");

    assert_eq!(a.meeting().agenda[1].notes, "Referentens noter");
    assert_eq!(
        serde_json::to_value(a.meeting()).expect("JSON"),
        serde_json::to_value(b.meeting()).expect("JSON")
    );
}

// Item 5: two laptops, two contradicting decisions on one agenda item.

fn record_decision(laptop: &mut Laptop, outcome: &str, text: &str) -> Uuid {
    laptop.clock.advance_millis(1_000);
    let command: Command = serde_json::from_value(serde_json::json!({
        "type": "RecordDecision", "meeting_id": MEETING, "agenda_item_id": LAST_ITEM,
        "outcome": outcome, "text": text
    }))
    .expect("a command");
    laptop
        .store
        .apply(command)
        .expect("decides")
        .created_id
        .expect("a decision id")
}

/// A and B each record a decision on the last agenda item before either has seen the other's.
fn two_contradicting_decisions(folder: &Path) -> (Laptop, Laptop, Uuid, Uuid) {
    let mut a = chair_laptop(folder);
    let mut b = secretary_laptop(folder, &a);
    // B's clock is a minute ahead: its decision comes second in the log.
    b.clock.advance_millis(60_000);
    let approved = record_decision(&mut a, "approved", "Eksporten til FK bygges i 1. kvartal.");
    let rejected = record_decision(&mut b, "rejected", "Eksporten til FK bygges ikke.");
    (a, b, approved, rejected)
}

fn outcomes(conflict: &gavel_core::DecisionConflict) -> Vec<(String, String)> {
    conflict
        .decisions
        .iter()
        .map(|decision| {
            (
                decision.outcome.as_str().to_owned(),
                decision.recorded_by.clone(),
            )
        })
        .collect()
}

#[test]
fn contradicting_decisions_from_two_laptops_are_a_conflict_until_the_chair_resolves_it() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (mut a, mut b, approved, rejected) = two_contradicting_decisions(folder.path());

    let at_a = a.import(&b.export()).expect("A takes B's decision");
    let at_b = b.import(&a.export()).expect("B takes A's decision");

    for (laptop, report) in [("A", &at_a), ("B", &at_b)] {
        assert_eq!(report.decision_conflicts.len(), 1, "{laptop}: {report:?}");
        let conflict = &report.decision_conflicts[0];
        assert_eq!(conflict.meeting_title, "Styregruppemøde december");
        assert_eq!(conflict.agenda_item_title, "Eksport til FK");
        assert_eq!(
            outcomes(conflict),
            [
                ("approved".to_owned(), "a".to_owned()),
                ("rejected".to_owned(), "b".to_owned())
            ],
            "{laptop}"
        );
    }
    assert_eq!(
        a.meeting().decision_conflicts,
        b.meeting().decision_conflicts
    );

    // Until the chair resolves it, the minutes mark it and cannot be signed.
    close_meeting(&mut a);
    let minutes = gavel_core::minutes::minutes(&a.store, MEETING).expect("minutes");
    let decisions = &minutes.agenda[1].records.decisions;
    assert_eq!(
        decisions
            .iter()
            .map(|decision| (decision.number, decision.unresolved_conflict_with.clone()))
            .collect::<Vec<_>>(),
        [(1, vec![2]), (2, vec![1])]
    );
    let fingerprint = a.meeting().log_fingerprint;
    let refused = a
        .store
        .apply(Command::RecordMinutesSigned {
            meeting_id: MEETING,
            fingerprint,
            document_sha256: "00".into(),
            signer_name: "Mette Kjærgaard Holm".into(),
            role: "chair".into(),
            signed_at: None,
        })
        .expect_err("no signature over contradicting decisions");
    assert!(
        refused.to_string().contains(
            "decisions 1 and 2 on the agenda item \"Eksport til FK\" were recorded on two laptops that had not seen each other's"
        ),
        "{refused}"
    );
    assert!(
        refused
            .danish()
            .contains("beslutning 1 og 2 om dagsordenspunktet »Eksport til FK« blev registreret på to computere"),
        "{}",
        refused.danish()
    );

    // The chair keeps A's decision: B's is withdrawn, on both laptops once they sync.
    a.apply(&[serde_json::json!({
        "type": "ResolveDecisionConflict", "meeting_id": MEETING, "keep": approved
    })]);
    b.import(&a.export()).expect("B takes the resolution");
    for laptop in [&a, &b] {
        let meeting = laptop.meeting();
        assert!(meeting.decision_conflicts.is_empty());
        assert_eq!(
            meeting
                .decisions
                .iter()
                .map(|decision| decision.id)
                .collect::<Vec<_>>(),
            [approved]
        );
    }
    assert_ne!(approved, rejected);
    assert_eq!(
        serde_json::to_value(a.meeting()).expect("JSON"),
        serde_json::to_value(b.meeting()).expect("JSON")
    );
    sign_minutes(&mut a);
}

#[test]
fn a_decision_recorded_after_seeing_the_other_is_no_conflict() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut a = chair_laptop(folder.path());
    record_decision(&mut a, "approved", "Eksporten til FK bygges i 1. kvartal.");
    let mut b = secretary_laptop(folder.path(), &a);
    // B has seen A's decision and adds a second one on purpose; A adds one of its own too.
    record_decision(&mut b, "noted", "Aarhus tester eksporten.");
    record_decision(&mut a, "noted", "Leverandøren sender et estimat.");

    let report = a.import(&b.export()).expect("A takes B's decision");

    // B's second decision saw A's first; A's second and B's are concurrent.
    assert_eq!(report.decision_conflicts.len(), 1, "{report:?}");
    assert_eq!(report.decision_conflicts[0].decisions.len(), 2);
    assert_eq!(
        report.decision_conflicts[0]
            .decisions
            .iter()
            .map(|decision| decision.text.as_str())
            .collect::<Vec<_>>(),
        [
            "Aarhus tester eksporten.",
            "Leverandøren sender et estimat."
        ]
    );
}

#[test]
fn a_resolution_that_withdraws_a_decision_in_no_conflict_is_refused() {
    check(Attack {
        name: "ResolveDecisionConflict withdrawing a decision nobody contradicted",
        before: Before::Open,
        payloads: |_| {
            vec![
                decision("approved"),
                EventPayload::DecisionConflictResolved {
                    meeting_id: MEETING,
                    agenda_item_id: LAST_ITEM,
                    kept: Uuid::from_u128(0x5f98),
                    withdrawn: vec![Uuid::from_u128(0x5f99)],
                },
            ]
        },
        refused: 2,
        field: "",
        english: "decision 00000000-0000-0000-0000-000000005f98 does not exist",
        danish: "Beslutningen 00000000-0000-0000-0000-000000005f98 findes ikke.",
    });
}

/// An action item the forger adds, and its follow-up: of another group, or done before the
/// meeting that agreed on it.
fn action_item_and_follow_up(group_id: Uuid, done_on: &str) -> Vec<EventPayload> {
    let action_item_id = Uuid::from_u128(0x5a01);
    vec![
        EventPayload::ActionItemAdded {
            meeting_id: MEETING,
            action_item_id,
            agenda_item_id: Some(LAST_ITEM),
            text: "Send tilbuddet".into(),
            owner_member_id: None,
            owner_name: None,
            due_date: None,
        },
        EventPayload::ActionItemStatusSet {
            group_id,
            action_item_id,
            done_on: Some(done_on.parse().expect("a day")),
        },
    ]
}

#[test]
fn a_follow_up_the_app_would_refuse_is_refused_in_a_sync_file() {
    check(Attack {
        name: "an action item done the day before its meeting",
        before: Before::Open,
        payloads: |_| action_item_and_follow_up(GROUP, "2026-12-09"),
        refused: 2,
        field: "",
        english: "action item 1 cannot be done on 2026-12-09: it was agreed at the meeting on 2026-12-10",
        danish: "Handlingspunkt 1 kan ikke være udført 9.12.2026: det blev aftalt på mødet 10.12.2026.",
    });
    check(Attack {
        name: "a follow-up on another group's stream",
        before: Before::Open,
        payloads: |_| action_item_and_follow_up(Uuid::from_u128(0x9999), "2026-12-11"),
        refused: 2,
        field: "",
        english: "action item 00000000-0000-0000-0000-000000005a01",
        danish: "Handlingspunktet 00000000-0000-0000-0000-000000005a01 findes ikke.",
    });
}

#[test]
fn a_backlog_description_longer_than_a_file_could_bring_is_refused() {
    // A description is at most 64 KiB from a file or a command; a sync file carrying a longer
    // one (filling every laptop's database and agenda pack) is refused whole.
    check(Attack {
        name: "BacklogItemRecorded with a 65 KiB description",
        before: Before::Open,
        payloads: |_| {
            vec![EventPayload::BacklogItemRecorded {
                key: "MO-9".into(),
                title: "Lang beskrivelse".into(),
                status: None,
                priority: None,
                rank: None,
                story_points: None,
                labels: Vec::new(),
                parent: None,
                votes: None,
                watchers: None,
                description: Some("æ".repeat(33 * 1024)),
            }]
        },
        refused: 1,
        field: "",
        english: "the description of MO-9 is 66 KB; it may be at most 64 KB",
        danish: "Beskrivelsen af MO-9 er 66 KB; den må højst være 64 KB.",
    });
}

/// Two laptops whose next events share a clock: the log orders such events by device, then id
/// (the log order index holds the clock alone since schema V12, and SQLite sorts the events that
/// share one as it reads), so both laptops fold them alike, each its own event first in its table
/// of rows, and so does a rebuild. Laptop b's title wins everywhere: its device sorts after a's.
#[test]
fn events_written_at_the_same_clock_on_two_laptops_fold_alike_on_both_and_in_a_rebuild() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut a = Laptop::new(folder.path(), "a", 0xa);
    a.apply(&[
        serde_json::json!({"type": "UpsertBacklogItem", "key": "MO-1", "title": "Eksport til FK"}),
    ]);
    let mut b = Laptop::new(folder.path(), "b", 0xb);
    b.import(&a.export()).expect("b takes a's backlog");
    // a's clock is a second on from NOW; b's joins it, so their next events share a clock.
    b.clock.advance_millis(1_000);
    a.apply(&[
        serde_json::json!({"type": "UpsertBacklogItem", "key": "MO-1", "title": "Titel fra a"}),
    ]);
    b.apply(&[
        serde_json::json!({"type": "UpsertBacklogItem", "key": "MO-1", "title": "Titel fra b"}),
    ]);
    let (from_a, from_b) = (a.export(), b.export());
    a.import(&from_b).expect("a takes b's change");
    b.import(&from_a).expect("b takes a's change");

    let last_two_clocks = |db: &Path| -> Vec<i64> {
        let conn = rusqlite::Connection::open(db).expect("opens");
        let mut statement = conn
            .prepare("SELECT hlc FROM event ORDER BY rowid DESC LIMIT 2")
            .expect("sql");
        statement
            .query_map([], |row| row.get(0))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows")
    };
    let clocks = last_two_clocks(&a.path);
    assert_eq!(clocks[0], clocks[1], "the two changes share a clock");
    assert_eq!(last_two_clocks(&b.path), clocks);
    let title = |db: &Path| -> String {
        let conn = rusqlite::Connection::open(db).expect("opens");
        conn.query_row(
            "SELECT title FROM backlog_item WHERE key = 'MO-1'",
            [],
            |row| row.get(0),
        )
        .expect("the item")
    };
    assert_eq!(title(&a.path), "Titel fra b");
    assert_eq!(title(&b.path), "Titel fra b");
    let state = dump_read_tables(&a.path);
    assert_eq!(dump_read_tables(&b.path), state);
    b.store.rebuild().expect("rebuilds");
    assert_eq!(dump_read_tables(&b.path), state);
}

/// Two attacks that date their events before the chair's: the import then folds the log from
/// before them, and each new event is decided at its place, where the chair's records do not
/// exist yet.
mod dated_before_the_chairs_events {
    use super::*;

    const FORGED_GROUP: Uuid = Uuid::from_u128(0xbad1);
    const FORGED_MEETING: Uuid = Uuid::from_u128(0xbad2);

    fn forged_group() -> EventPayload {
        EventPayload::GroupCreated {
            group_id: FORGED_GROUP,
            name: "Falsk gruppe".into(),
            kind: Default::default(),
            minutes_language: Default::default(),
        }
    }

    fn meeting_created(meeting_id: Uuid) -> EventPayload {
        EventPayload::MeetingCreated {
            meeting_id,
            group_id: FORGED_GROUP,
            title: "Falsk møde".into(),
            starts_at: "2026-12-10T13:00:00".parse().expect("a time"),
            location: None,
        }
    }

    /// A refuses its own file with `payloads` appended by a forger, dated `earlier` milliseconds
    /// before A's newest event; returns the number of A's own events in the file, and the
    /// refusal's English and Danish.
    fn refusal(earlier: u64, payloads: &[EventPayload]) -> (usize, String, String) {
        let folder = tempfile::tempdir().expect("temp dir");
        let mut a = laptop_in(folder.path(), Before::Open);
        let at = newest_own_hlc(&a).physical_millis() - earlier;
        let own = a.export();
        let file = forged(&own, at, payloads);
        let error = a.refuses(&file);
        (own.events.len(), error.to_string(), error.danish())
    }

    /// The chair's meeting created again, in a group of the forger's: dated first, the forged
    /// creation would make the meeting the forger's group's, and the chair's own creation of it
    /// a second one.
    #[test]
    fn a_meeting_created_again_before_the_chair_created_it_is_refused() {
        // Before all of A's events: A created its meeting after.
        let (own, english, danish) = refusal(2 * HOUR, &[forged_group(), meeting_created(MEETING)]);
        let number = own + 2;
        assert!(
            english.contains(&format!(
                "field \"events[{number}]\": event {number} in the file (MeetingCreated, id {})",
                forged_id(1)
            )),
            "{english}"
        );
        assert!(
            english.contains(&format!("a meeting with id {MEETING} already exists")),
            "{english}"
        );
        assert!(
            danish.contains(&format!("Der findes allerede et møde med id {MEETING}")),
            "{danish}"
        );
    }

    /// A new group's meeting, all of it new to the database and dated among A's last events
    /// (so folded alone, after them: sync/import.rs, `FoldPlan`), naming the chair's agenda
    /// item: refused by the rules as at any place.
    #[test]
    fn a_new_groups_meeting_that_names_the_chairs_agenda_item_is_refused() {
        let (_, english, danish) = refusal(
            1_000,
            &[
                forged_group(),
                meeting_created(FORGED_MEETING),
                EventPayload::AgendaItemNotesSet {
                    meeting_id: FORGED_MEETING,
                    agenda_item_id: LAST_ITEM,
                    notes: "Forfalsket".into(),
                },
            ],
        );
        assert!(
            english.contains("the agenda item belongs to another meeting"),
            "{english}"
        );
        assert!(
            danish.contains("Dagsordenspunktet hører til et andet møde"),
            "{danish}"
        );
    }
}

// An event this database holds, brought again: with other content at its place, or its id at
// another place. Only a laptop restored from a backup (or a forger) writes such a file; the
// import looks up only the events at or before each chain's end here (sync/import.rs), so these
// hold the refusal on both sides of that end.

const DIFFERS: &str = "this event differs from the copy in this database";

/// Laptop A restored from a copy taken before its last change, then changing something else: its
/// chain's next event is at the place of the one B already has, with other content, and signed
/// with A's own key. B refuses the file, naming the event, and changes nothing.
#[test]
fn a_laptop_restored_from_a_backup_cannot_rewrite_an_event_here() {
    let folder = tempfile::tempdir().expect("temp dir");
    let a = chair_laptop(folder.path());
    drop(a);
    std::fs::copy(
        folder.path().join("a.sqlite3"),
        folder.path().join("fork.sqlite3"),
    )
    .expect("the copy a backup is");
    let mut a = Laptop::new(folder.path(), "a", 0xa);
    a.apply(&[serde_json::json!({
        "type": "SetAgendaItemNotes", "agenda_item_id": LAST_ITEM,
        "notes": "Noterne, som B har fået."
    })]);
    let mut b = secretary_laptop(folder.path(), &a);
    let mut fork = Laptop::new(folder.path(), "fork", 0xa);
    fork.apply(&[serde_json::json!({
        "type": "SetAgendaItemNotes", "agenda_item_id": LAST_ITEM,
        "notes": "Andre noter på samme plads i kæden."
    })]);
    let file = fork.export();
    let rewritten = file
        .events
        .iter()
        .find(|event| event.payload.contains("Andre noter"))
        .expect("the fork's notes");

    let error = b.refuses(&file);

    let english = error.to_string();
    assert!(
        english.contains(&format!("events[id={}]", rewritten.id)) && english.contains(DIFFERS),
        "{english}"
    );
    assert!(
        error
            .danish()
            .contains("hændelsen afviger fra kopien i denne database"),
        "{}",
        error.danish()
    );
}

/// A file of `file`'s meetings holding only one event, of a device nobody has seen, in the
/// meeting, whose id is `id`: hashed and signed as Gavel does, so the file is intact (and holds no
/// other event with that id). Returns the forger's fingerprint too.
fn with_an_event_of_id(file: &SyncFile, id: Uuid, notes_text: &str) -> (SyncFile, String) {
    let forger = DeviceKey::generate();
    let mut file = file.clone();
    file.events.clear();
    file.devices.clear();
    file.devices.push(DeviceCard {
        id: FORGER,
        name: "forger".into(),
        public_key: forger.public().to_hex(),
    });
    let mut event = SyncEvent {
        id,
        stream: MEETING,
        stream_kind: StreamKind::Meeting,
        device: FORGER,
        device_seq: 1,
        hlc: Hlc(((NOW + HOUR) << 16) + 1),
        author: "Mette Kjærgaard Holm".into(),
        payload: serde_json::to_string(&notes(notes_text)).expect("serialises"),
        prev_hash: "0".repeat(64),
        hash: String::new(),
        device_signature: None,
    };
    event.hash = event.content_hash();
    event.device_signature = Some(forger.sign_chain_head(&event.hash));
    file.events.push(event);
    (file, forger.public().fingerprint())
}

/// A new chain (past every end here, so not looked up at its place) whose event has the id of an
/// event B holds: the insert refuses it, from a trusted device and from one not trusted alike.
#[test]
fn an_event_with_the_id_of_one_here_at_another_place_is_refused_trusted_or_not() {
    let folder = tempfile::tempdir().expect("temp dir");
    let a = chair_laptop(folder.path());
    let mut b = secretary_laptop(folder.path(), &a);
    let honest = a.export();
    let taken_id = honest
        .events
        .iter()
        .find(|event| event.stream == MEETING)
        .expect("a meeting event")
        .id;
    let (file, forger_fingerprint) = with_an_event_of_id(&honest, taken_id, "Stjålet id.");

    // Trusted: B accepts every computer in the file.
    let error = b.refuses(&file);
    assert!(
        error
            .to_string()
            .contains(&format!("events[id={taken_id}]"))
            && error.to_string().contains(DIFFERS),
        "{error}"
    );

    // Not trusted: its events are not taken, and one that claims an id here is still refused.
    let before = (dump_read_tables(&b.path), event_count(&b.path));
    let trusted_only: Vec<String> = device_fingerprints(&file)
        .into_iter()
        .filter(|fingerprint| *fingerprint != forger_fingerprint)
        .collect();
    let bytes = serde_json::to_vec(&file).expect("serialises");
    let error = b
        .store
        .import_sync("forged.gavel", &bytes, false, None, &trusted_only)
        .expect_err("an id here from a computer not trusted is refused");
    assert!(error.to_string().contains(DIFFERS), "{error}");
    assert_eq!(
        (dump_read_tables(&b.path), event_count(&b.path)),
        before,
        "a refused file changed the database"
    );

    // The same event under a new id is simply new: the refusal was the id's.
    let (file, _) = with_an_event_of_id(&honest, Uuid::from_u128(0xf0f0_1234), "Nyt id.");
    let report = b
        .import(&file)
        .expect("a new event from a trusted computer");
    assert_eq!(report.events_added, 1);
}
