//! Events: the facts in the decision log. Commands are requests; events are what was decided to
//! have happened, and the read tables are a fold of them.
//!
//! Each event belongs to a *stream*: a group (its organisations and members), a meeting, or the
//! shared backlog. Within a stream every device keeps its own hash chain: an event stores the hash
//! of the previous event from the same device in the same stream. Per-device chains never fork, so
//! events stay immutable when logs from several laptops are merged, and a missing, altered or
//! reordered event breaks a chain. The stream's fingerprint is a hash over all its event hashes in
//! log order (see [`crate::verify`]).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::clock::Hlc;
use crate::command::{BacklogChange, DecisionOutcome, GroupKind, MemberRole, MinutesLanguage};
use crate::error::Result;
use crate::rules::{
    Attendance, Ballot, Majority, PollKind, RecordedResult, RulesOfProcedure, Totals,
};

/// The stream of the backlog shared by every group in the database. A fixed id, so that the
/// backlog streams of two devices are the same stream when their logs are merged.
pub const BACKLOG_STREAM: Uuid = Uuid::from_u128(0x6761_7665_6c00_4000_8000_6261_636b_6c6f);

/// The hash that the first event of a device's chain points back to.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StreamKind {
    Group,
    Meeting,
    Backlog,
}

impl StreamKind {
    pub fn as_str(self) -> &'static str {
        match self {
            StreamKind::Group => "group",
            StreamKind::Meeting => "meeting",
            StreamKind::Backlog => "backlog",
        }
    }
}

/// One entry of the decision log, as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: Uuid,
    pub stream: Uuid,
    pub stream_kind: StreamKind,
    pub device: Uuid,
    /// 1, 2, 3 … per (stream, device): a gap means an event is missing.
    pub device_seq: u64,
    pub hlc: Hlc,
    pub author: String,
    /// The payload exactly as stored and hashed (JSON of [`EventPayload`]).
    pub payload: String,
    pub prev_hash: String,
    pub hash: String,
}

/// What happened. Ids are always filled in (commands may leave them out; events never do), so that
/// folding an event never depends on anything but the event and the state before it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type")]
pub enum EventPayload {
    // Fields added after 0.1 are left out of the stored JSON while they hold their default, so
    // that events written the way 0.1 wrote them stay byte-for-byte what 0.1 wrote (and hashed).
    GroupCreated {
        group_id: Uuid,
        name: String,
        #[serde(default, skip_serializing_if = "is_default")]
        kind: GroupKind,
        #[serde(default, skip_serializing_if = "is_default")]
        minutes_language: MinutesLanguage,
    },
    /// The group's whole new head: name, kind and minutes language.
    GroupUpdated {
        group_id: Uuid,
        name: String,
        kind: GroupKind,
        minutes_language: MinutesLanguage,
    },
    OrganisationAdded {
        group_id: Uuid,
        organisation_id: Uuid,
        name: String,
    },
    OrganisationRenamed {
        group_id: Uuid,
        organisation_id: Uuid,
        name: String,
    },
    MemberAdded {
        group_id: Uuid,
        member_id: Uuid,
        name: String,
        organisation_id: Option<Uuid>,
        role: MemberRole,
        voting_right: bool,
        vote_weight: u32,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        email: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        joined_on: Option<NaiveDate>,
        /// The retired member whose seat this member takes.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        succeeds: Option<Uuid>,
    },
    /// The member's whole new state (everything the edit form shows).
    MemberUpdated {
        group_id: Uuid,
        member_id: Uuid,
        name: String,
        organisation_id: Option<Uuid>,
        role: MemberRole,
        voting_right: bool,
        vote_weight: u32,
        email: Option<String>,
    },
    /// `on` is the first day the member no longer holds the seat.
    MemberRetired {
        group_id: Uuid,
        member_id: Uuid,
        on: NaiveDate,
    },
    /// Added in Gavel 0.6. An action item of one of the group's meetings is done from `done_on`,
    /// or (`None`) open again: the follow-up after the meeting, which its minutes do not hold.
    ActionItemStatusSet {
        group_id: Uuid,
        action_item_id: Uuid,
        done_on: Option<NaiveDate>,
    },
    /// Added in Gavel 0.7. One of the group's closed meetings is public (published by
    /// `gavel publish`) or, with `public: false`, no longer.
    MeetingPublicationSet {
        group_id: Uuid,
        meeting_id: Uuid,
        public: bool,
    },
    /// Undo of a group change: the event is kept in the log and skipped when folding.
    GroupEventUndone {
        group_id: Uuid,
        event_id: Uuid,
    },
    /// The whole new state of a backlog item (added or changed).
    BacklogItemRecorded {
        key: String,
        title: String,
        status: Option<String>,
        priority: Option<String>,
        rank: Option<String>,
        story_points: Option<f64>,
        labels: Vec<String>,
        /// Added in Gavel 0.2. Left out of the stored JSON when empty, so that an item recorded
        /// without them is stored, and hashed, exactly as Gavel 0.1 stored it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parent: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        votes: Option<u32>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        watchers: Option<u32>,
        /// Added in Gavel 0.6: the description as its tracker has it, as plain text
        /// (Jira's wiki text as written, an ADF or HTML description made plain).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
    },
    MeetingCreated {
        meeting_id: Uuid,
        group_id: Uuid,
        title: String,
        starts_at: NaiveDateTime,
        location: Option<String>,
    },
    /// Added in Gavel 0.2.
    MeetingUpdated {
        meeting_id: Uuid,
        title: String,
        starts_at: NaiveDateTime,
        location: Option<String>,
    },
    /// Added in Gavel 0.2. `at` is the local time it was cancelled.
    MeetingCancelled {
        meeting_id: Uuid,
        at: NaiveDateTime,
        reason: Option<String>,
    },
    AgendaItemAdded {
        meeting_id: Uuid,
        agenda_item_id: Uuid,
        title: Option<String>,
        backlog_key: Option<String>,
        /// 1-based position it was inserted at.
        position: u32,
        /// Gavel 0.5: the item approves the minutes of this earlier meeting (godkendelse af
        /// referat). Left out otherwise, so that other items hash as they did.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        approves_minutes_of: Option<Uuid>,
    },
    AgendaItemMoved {
        meeting_id: Uuid,
        agenda_item_id: Uuid,
        position: u32,
    },
    RulesOfProcedureSet {
        group_id: Uuid,
        rules: RulesOfProcedure,
    },
    /// The meeting starts; the group's rules in force are copied into it.
    MeetingOpened {
        meeting_id: Uuid,
        rules: RulesOfProcedure,
        at: NaiveDateTime,
    },
    MeetingClosed {
        meeting_id: Uuid,
        at: NaiveDateTime,
    },
    CurrentAgendaItemSet {
        meeting_id: Uuid,
        agenda_item_id: Uuid,
    },
    /// Added in Gavel 0.4. Both texts as a whole; empty when cleared.
    AgendaItemProposalSet {
        meeting_id: Uuid,
        agenda_item_id: Uuid,
        case_description: String,
        proposed_decision: String,
        /// Gavel 0.5: who presents the item, and links; left out when empty, so that older
        /// proposals hash as they did.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        responsible: Option<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        links: Vec<String>,
    },
    AgendaItemNotesSet {
        meeting_id: Uuid,
        agenda_item_id: Uuid,
        notes: String,
    },
    AgendaItemTimeBoxSet {
        meeting_id: Uuid,
        agenda_item_id: Uuid,
        minutes: Option<u32>,
    },
    AttendanceSet {
        meeting_id: Uuid,
        member_id: Uuid,
        attendance: Attendance,
        /// Local time of arrival (present) or departure (left).
        at: Option<NaiveTime>,
    },
    ProxyGiven {
        meeting_id: Uuid,
        from_member_id: Uuid,
        to_member_id: Uuid,
    },
    ProxyWithdrawn {
        meeting_id: Uuid,
        from_member_id: Uuid,
    },
    PollOpened {
        meeting_id: Uuid,
        poll_id: Uuid,
        agenda_item_id: Option<Uuid>,
        question: String,
        kind: PollKind,
        secret: bool,
        majority: Majority,
        /// The chair opened the poll although the meeting was not quorate.
        quorum_overridden: bool,
    },
    BallotRecorded {
        meeting_id: Uuid,
        poll_id: Uuid,
        member_id: Uuid,
        cast_by_id: Uuid,
        ballot: Ballot,
        /// Local time the ballot was recorded: when it replaces another, the record says when the
        /// vote changed. Absent in events from Gavel 0.1, whose ballots carried no time.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at: Option<NaiveDateTime>,
    },
    TotalsRecorded {
        meeting_id: Uuid,
        poll_id: Uuid,
        totals: Totals,
    },
    /// The result is computed when the poll closes and stored, so that it never changes
    /// afterwards: its figures and what its sentences are worded from (`RecordedResult`).
    PollClosed {
        meeting_id: Uuid,
        poll_id: Uuid,
        result: RecordedResult,
    },
    DecisionRecorded {
        meeting_id: Uuid,
        decision_id: Uuid,
        agenda_item_id: Option<Uuid>,
        poll_id: Option<Uuid>,
        outcome: DecisionOutcome,
        text: String,
        backlog_changes: Vec<BacklogChange>,
        priority_order: Option<Vec<String>>,
        /// The decisions on the same agenda item that the recording laptop held (Gavel 0.3; left
        /// out when none, so that a decision recorded without any is stored, and hashed, as
        /// before). Two decisions on one item from laptops that had not seen each other's are a
        /// conflict the chair resolves (`DecisionConflictResolved`).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        seen_decisions: Vec<Uuid>,
    },
    /// The chair keeps one of the decisions on an agenda item that two laptops recorded without
    /// seeing each other's, and withdraws the others. Folding skips a withdrawn decision, as it
    /// skips an undone event; it stays in the log.
    DecisionConflictResolved {
        meeting_id: Uuid,
        agenda_item_id: Uuid,
        kept: Uuid,
        withdrawn: Vec<Uuid>,
    },
    ActionItemAdded {
        meeting_id: Uuid,
        action_item_id: Uuid,
        agenda_item_id: Option<Uuid>,
        text: String,
        owner_member_id: Option<Uuid>,
        owner_name: Option<String>,
        due_date: Option<NaiveDate>,
    },
    /// Undo: the event is kept in the log and skipped when the read tables are folded.
    EventUndone {
        meeting_id: Uuid,
        event_id: Uuid,
    },
    /// Not part of the meeting's fingerprint: it records a signature *of* that fingerprint.
    MinutesSigned {
        meeting_id: Uuid,
        version: u32,
        fingerprint: String,
        document_sha256: String,
        signer_name: String,
        role: String,
        signed_at: NaiveDateTime,
    },
    MinutesAmended {
        meeting_id: Uuid,
        /// The minutes version the corrections go into.
        version: u32,
        /// The signed version this one amends, if the minutes were signed.
        amends_version: Option<u32>,
        reason: String,
        at: NaiveDateTime,
    },
}

impl EventPayload {
    /// The event an undo takes back: folding skips it.
    pub fn undone_event(&self) -> Option<Uuid> {
        match self {
            EventPayload::EventUndone { event_id, .. }
            | EventPayload::GroupEventUndone { event_id, .. } => Some(*event_id),
            _ => None,
        }
    }

    /// Whether folding this event means folding the log again: an undo, or a resolution that
    /// withdraws decisions, takes back what earlier events folded.
    pub(crate) fn takes_back(&self) -> bool {
        matches!(
            self,
            EventPayload::EventUndone { .. }
                | EventPayload::GroupEventUndone { .. }
                | EventPayload::DecisionConflictResolved { .. }
        )
    }

    /// The stream this event belongs to.
    pub fn stream(&self) -> (StreamKind, Uuid) {
        match self {
            EventPayload::GroupCreated { group_id, .. }
            | EventPayload::GroupUpdated { group_id, .. }
            | EventPayload::OrganisationAdded { group_id, .. }
            | EventPayload::OrganisationRenamed { group_id, .. }
            | EventPayload::MemberAdded { group_id, .. }
            | EventPayload::MemberUpdated { group_id, .. }
            | EventPayload::MemberRetired { group_id, .. }
            | EventPayload::ActionItemStatusSet { group_id, .. }
            | EventPayload::MeetingPublicationSet { group_id, .. }
            | EventPayload::GroupEventUndone { group_id, .. }
            | EventPayload::RulesOfProcedureSet { group_id, .. } => (StreamKind::Group, *group_id),
            EventPayload::BacklogItemRecorded { .. } => (StreamKind::Backlog, BACKLOG_STREAM),
            EventPayload::MeetingCreated { meeting_id, .. }
            | EventPayload::MeetingUpdated { meeting_id, .. }
            | EventPayload::MeetingCancelled { meeting_id, .. }
            | EventPayload::AgendaItemAdded { meeting_id, .. }
            | EventPayload::AgendaItemMoved { meeting_id, .. }
            | EventPayload::MeetingOpened { meeting_id, .. }
            | EventPayload::MeetingClosed { meeting_id, .. }
            | EventPayload::CurrentAgendaItemSet { meeting_id, .. }
            | EventPayload::AgendaItemNotesSet { meeting_id, .. }
            | EventPayload::AgendaItemProposalSet { meeting_id, .. }
            | EventPayload::AgendaItemTimeBoxSet { meeting_id, .. }
            | EventPayload::AttendanceSet { meeting_id, .. }
            | EventPayload::ProxyGiven { meeting_id, .. }
            | EventPayload::ProxyWithdrawn { meeting_id, .. }
            | EventPayload::PollOpened { meeting_id, .. }
            | EventPayload::BallotRecorded { meeting_id, .. }
            | EventPayload::TotalsRecorded { meeting_id, .. }
            | EventPayload::PollClosed { meeting_id, .. }
            | EventPayload::DecisionRecorded { meeting_id, .. }
            | EventPayload::DecisionConflictResolved { meeting_id, .. }
            | EventPayload::ActionItemAdded { meeting_id, .. }
            | EventPayload::EventUndone { meeting_id, .. }
            | EventPayload::MinutesSigned { meeting_id, .. }
            | EventPayload::MinutesAmended { meeting_id, .. } => (StreamKind::Meeting, *meeting_id),
        }
    }
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// An event's payload as stored; a payload that does not parse names the event and the way to find
/// out more.
pub(crate) fn parse_stored_payload(event_id: Uuid, payload: &str) -> Result<EventPayload> {
    serde_json::from_str(payload).map_err(|error| {
        crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreEvent-eventInTheLogCannot",
            &[
                ("error", error.to_string().into()),
                ("event_id", event_id.to_string().into()),
            ],
        ))
    })
}

/// The SHA-256 of an event's content and its predecessor's hash, as lowercase hex. Every stored
/// field but the hash itself is covered, each length-prefixed so that no two different events
/// can produce the same input.
#[allow(clippy::too_many_arguments)]
pub(crate) fn event_hash(
    id: Uuid,
    stream: Uuid,
    stream_kind: &str,
    device: Uuid,
    device_seq: u64,
    hlc: Hlc,
    author: &str,
    payload: &str,
    prev_hash: &str,
) -> String {
    let mut hasher = Sha256::new();
    hasher.update(b"gavel-event-v1");
    for field in [
        id.as_bytes().as_slice(),
        stream.as_bytes(),
        stream_kind.as_bytes(),
        device.as_bytes(),
        &device_seq.to_be_bytes(),
        &hlc.0.to_be_bytes(),
        author.as_bytes(),
        payload.as_bytes(),
        prev_hash.as_bytes(),
    ] {
        hasher.update((field.len() as u64).to_be_bytes());
        hasher.update(field);
    }
    to_hex(&hasher.finalize())
}

/// A new id that no other device and no other event can produce, and that sorts after the ids
/// this device made before it: laid out like a UUID version 7, the clock's milliseconds first
/// (48 bits), then its counter (12 bits, held at the largest that fits), then 62 bits of the
/// SHA-256 of the device, the clock and a running number. Ids made in time order are added at
/// the end of the indexes they key (the log's, every read table's), where a random id lands on
/// a random page: with random ids, an import of a million events spent most of its time
/// seeking the id index (docs/where-the-time-goes.md). Deterministic, so that tests and demos
/// are reproducible without a random number generator.
pub(crate) fn derive_id(device: Uuid, hlc: Hlc, n: u32) -> Uuid {
    let digest = Sha256::new()
        .chain_update(b"gavel-id-v2")
        .chain_update(device.as_bytes())
        .chain_update(hlc.0.to_be_bytes())
        .chain_update(n.to_be_bytes())
        .finalize();
    let mut bytes = [0u8; 16];
    bytes[..6].copy_from_slice(&hlc.physical_millis().to_be_bytes()[2..]);
    let counter = hlc.counter().min(0x0fff) as u16;
    bytes[6..8].copy_from_slice(&counter.to_be_bytes());
    bytes[8..].copy_from_slice(&digest[..8]);
    // Version 8 ("custom") in the top four bits of byte 6, where the counter's are zero, and the
    // variant in the top two of byte 8.
    uuid::Builder::from_custom_bytes(bytes).into_uuid()
}

pub(crate) fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for byte in bytes {
        out.push(DIGITS[usize::from(byte >> 4)] as char);
        out.push(DIGITS[usize::from(byte & 0xf)] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAPTOP: Uuid = Uuid::from_u128(0xD1CE);
    const OTHER_LAPTOP: Uuid = Uuid::from_u128(0xBEEF);

    #[test]
    fn ids_made_later_sort_later() {
        // Every tick of one laptop's clock: 5,000 events in one millisecond, so that the counter
        // passes the 12 bits the id keeps of it (past them, ids of the same millisecond follow
        // their hash), then a thousand in the next millisecond.
        let mut hlc = Hlc::default().tick(1_765_000_000_000);
        let mut previous = derive_id(LAPTOP, hlc, 0);
        for step in 1..6_000u64 {
            let wall = 1_765_000_000_000 + step / 5_000;
            hlc = hlc.tick(wall);
            let id = derive_id(LAPTOP, hlc, 0);
            if hlc.counter() <= 0x0fff {
                assert!(id > previous, "step {step}: {id} after {previous}");
            }
            assert_ne!(id, previous);
            previous = id;
        }
        assert_eq!(
            (hlc.physical_millis(), hlc.counter()),
            (1_765_000_000_001, 999)
        );
    }

    #[test]
    fn ids_differ_by_device_and_running_number_at_the_same_clock() {
        let hlc = Hlc::default().tick(1_765_000_000_000);
        let ids = [
            derive_id(LAPTOP, hlc, 0),
            derive_id(LAPTOP, hlc, 1),
            derive_id(OTHER_LAPTOP, hlc, 0),
        ];
        assert_ne!(ids[0], ids[1]);
        assert_ne!(ids[0], ids[2]);
        assert_ne!(ids[1], ids[2]);
        for id in ids {
            assert_eq!(id.get_version(), Some(uuid::Version::Custom));
            assert_eq!(id.get_variant(), uuid::Variant::RFC4122);
            // The clock's milliseconds are the id's first 48 bits.
            assert_eq!(id.as_u128() >> 80, u128::from(hlc.physical_millis()));
        }
    }
}
