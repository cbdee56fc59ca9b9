//! The checks an import makes of every event as the first read of a sync file streams past
//! (sync/reader.rs), keeping only what later steps need: each chain's state and head, the ids
//! (for duplicates), the amendments (for signed = frozen) and the event dated furthest ahead.
//!
//! A problem is kept, not returned at once: the file is read to its end first, so that a signed
//! file's signature is checked before its events, as docs/sync-format.md promises ("the file's
//! content was changed after it was signed" rather than the first edited event).

use std::collections::{BTreeMap, HashMap, HashSet};

use uuid::Uuid;

use super::SyncEvent;
use crate::clock::Hlc;
use crate::decide::CreatedRecord;
use crate::event::{EventPayload, GENESIS_HASH, StreamKind};
use crate::rules::Bilingual;

/// A field of the file and what is wrong with it.
pub(super) type Problem = (String, Bilingual);

/// The last event of a chain, as device trust judges it (sync/device_trust.rs).
#[derive(Debug, Clone)]
pub(super) struct ChainHead {
    pub id: Uuid,
    pub device_seq: u64,
    pub hash: String,
    pub device_signature: Option<String>,
}

/// A `MinutesAmended` in the file: it lifts signed = frozen for its meeting when it amends the
/// version signed here and is taken.
pub(super) struct AmendmentInFile {
    pub id: Uuid,
    pub meeting: Uuid,
    pub device: Uuid,
    pub amends_version: u32,
}

/// An event dated more than a day after this computer's clock: the first in log order.
pub(super) struct EventAheadOfClock {
    pub number: u64,
    pub id: Uuid,
    pub hlc: Hlc,
    pub device: Uuid,
    pub payload_type: String,
}

/// What the first read found: everything later steps need of the events, none of their text.
pub(super) struct CheckedEvents {
    pub heads: BTreeMap<(Uuid, Uuid), ChainHead>,
    pub amendments: Vec<AmendmentInFile>,
    pub ahead_of_clock: Option<EventAheadOfClock>,
    /// The group of each meeting the file creates, and the events that change the backlog:
    /// whether the import may fold its new events alone although they interleave with the log's
    /// (sync/import.rs, `FoldPlan`).
    pub meetings_created: HashMap<Uuid, Uuid>,
    pub backlog_changes: HashSet<Uuid>,
    /// The record each event that creates one creates, by event id: checked, as the events are
    /// added, against the records the log holds before the import.
    pub records_created: HashMap<Uuid, CreatedRecord>,
}

/// A chain's progress while the file is read: the events of one (stream, device) must come in
/// order, 1, 2, 3 …, as every Gavel writes them.
struct ChainState {
    head: ChainHead,
    hlc: Hlc,
}

pub(super) struct FileChecks {
    now_millis: u64,
    chains: HashMap<(Uuid, Uuid), ChainState>,
    /// Every event's id, sorted at the end to find one that appears twice: 16 bytes an event.
    ids: Vec<Uuid>,
    amendments: Vec<AmendmentInFile>,
    ahead_of_clock: Option<EventAheadOfClock>,
    meetings_created: HashMap<Uuid, Uuid>,
    backlog_changes: HashSet<Uuid>,
    records_created: HashMap<Uuid, CreatedRecord>,
    problem: Option<Problem>,
}

impl FileChecks {
    /// `now_millis`: this computer's clock, which no event may be more than a day ahead of.
    pub(super) fn new(now_millis: u64) -> FileChecks {
        FileChecks {
            now_millis,
            chains: HashMap::new(),
            ids: Vec::new(),
            amendments: Vec::new(),
            ahead_of_clock: None,
            meetings_created: HashMap::new(),
            backlog_changes: HashSet::new(),
            records_created: HashMap::new(),
            problem: None,
        }
    }

    /// Checks one event, `number` in the file. After the first problem the rest are only read.
    pub(super) fn check(&mut self, event: SyncEvent, number: u64) {
        if self.problem.is_some() {
            return;
        }
        if let Err(problem) = self.check_event(event, number) {
            self.problem = Some(problem);
        }
    }

    fn check_event(&mut self, event: SyncEvent, number: u64) -> Result<(), Problem> {
        // Named only when something is wrong: formatting it for every event cost more than
        // some of the checks.
        let id = event.id;
        let field = || format!("events[id={id}]");
        self.ids.push(event.id);
        let chain = (event.stream, event.device);
        let (expected_seq, previous_hash, previous_hlc) = match self.chains.get(&chain) {
            Some(state) => {
                if state.head.device_signature.is_some() {
                    return Err((
                        format!("events[id={}].device_signature", state.head.id),
                        crate::rules::Bilingual::message(
                            "coreSyncFileChecks-onlyTheLastEventOf",
                            &[],
                        ),
                    ));
                }
                (
                    state.head.device_seq + 1,
                    state.head.hash.as_str(),
                    Some(state.hlc),
                )
            }
            None => (1, GENESIS_HASH, None),
        };
        if event.device_seq != expected_seq {
            let (stream, device, found) = (event.stream, event.device, event.device_seq);
            return Err((
                field(),
                crate::rules::Bilingual::message(
                    "coreSyncFileChecks-eventNumberOfDeviceIn",
                    &[
                        ("device", device.to_string().into()),
                        ("expected_seq", expected_seq.to_string().into()),
                        ("found", found.to_string().into()),
                        ("stream", stream.to_string().into()),
                    ],
                ),
            ));
        }
        if event.content_hash() != event.hash {
            return Err((
                field(),
                crate::rules::Bilingual::message("coreSyncFileChecks-theEventSHashDoes", &[]),
            ));
        }
        if event.prev_hash != previous_hash {
            return Err((
                field(),
                crate::rules::Bilingual::message("coreSyncFileChecks-theEventDoesNotPoint", &[]),
            ));
        }
        if previous_hlc.is_some_and(|previous| event.hlc <= previous) {
            // A device's clock only moves forward: every event it writes is later than the one
            // before, in every stream.
            return Err((
                field(),
                crate::rules::Bilingual::message("coreSyncFileChecks-theEventIsDatedBefore", &[]),
            ));
        }
        let payload: EventPayload = serde_json::from_str(&event.payload).map_err(|error| {
            (
                field(),
                crate::rules::Bilingual::message(
                    "coreSyncFileChecks-theEventSContentCannot",
                    &[("error", error.to_string().into())],
                ),
            )
        })?;
        if payload.stream() != (event.stream_kind, event.stream) {
            return Err((
                field(),
                crate::rules::Bilingual::message("coreSyncFileChecks-theEventSContentBelongs", &[]),
            ));
        }
        if let EventPayload::MinutesAmended {
            amends_version: Some(amends_version),
            ..
        } = &payload
            && event.stream_kind == StreamKind::Meeting
        {
            self.amendments.push(AmendmentInFile {
                id: event.id,
                meeting: event.stream,
                device: event.device,
                amends_version: *amends_version,
            });
        }
        if let EventPayload::MeetingCreated {
            meeting_id,
            group_id,
            ..
        } = &payload
        {
            self.meetings_created.insert(*meeting_id, *group_id);
        }
        if crate::projection::changes_the_backlog(&payload) {
            self.backlog_changes.insert(event.id);
        }
        if let Some(created) = crate::decide::created_record(&payload) {
            self.records_created.insert(event.id, created);
        }
        if event.hlc.too_far_ahead_of(self.now_millis).is_some() {
            let earlier = self.ahead_of_clock.as_ref().is_none_or(|held| {
                (event.hlc, event.device, event.id) < (held.hlc, held.device, held.id)
            });
            if earlier {
                self.ahead_of_clock = Some(EventAheadOfClock {
                    number,
                    id: event.id,
                    hlc: event.hlc,
                    device: event.device,
                    payload_type: super::import::payload_type(&payload),
                });
            }
        }
        self.chains.insert(
            chain,
            ChainState {
                hlc: event.hlc,
                head: ChainHead {
                    id: event.id,
                    device_seq: event.device_seq,
                    hash: event.hash,
                    device_signature: event.device_signature,
                },
            },
        );
        Ok(())
    }

    /// The verdict once the whole file is read: the first problem, or an event that appears
    /// twice, or what later steps need.
    pub(super) fn finish(mut self) -> Result<CheckedEvents, Problem> {
        if let Some(problem) = self.problem {
            return Err(problem);
        }
        self.ids.sort_unstable();
        if let Some(pair) = self.ids.windows(2).find(|pair| pair[0] == pair[1]) {
            return Err((
                format!("events[id={}]", pair[0]),
                crate::rules::Bilingual::message("coreSyncFileChecks-thisEventAppearsTwice", &[]),
            ));
        }
        Ok(CheckedEvents {
            heads: self
                .chains
                .into_iter()
                .map(|(chain, state)| (chain, state.head))
                .collect(),
            amendments: self.amendments,
            ahead_of_clock: self.ahead_of_clock,
            meetings_created: self.meetings_created,
            backlog_changes: self.backlog_changes,
            records_created: self.records_created,
        })
    }
}
