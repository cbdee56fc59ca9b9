//! Sync by file: a meeting's events travel to another laptop in a file, and importing it merges
//! the logs (docs/sync-format.md).
//!
//! Importing is a set union of events followed by a refold of the read tables. Because the read
//! tables are a deterministic fold of the event *set* in log order, importing the same file twice
//! changes nothing and files can be imported in any order. Every event carries its hash and its
//! place in its device's chain, and a file holds whole chains from their first event, so an
//! edited, missing or reordered event is found before anything is written.

mod conflicts;
pub(crate) use crate::device_keys;
mod device_trust;
mod export;
mod file_checks;
mod file_name;
mod import;
mod reader;
mod signature;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::clock::Hlc;
use crate::event::StreamKind;

pub use device_keys::{
    DeviceCard, DeviceKey, DevicePublicKey, KnownDevice, ThisDevice, normalise_fingerprint,
};
pub use device_trust::{DeviceInFile, DeviceTrust};
pub use file_name::sync_file_stem;
pub use import::MAX_SYNC_FILE_BYTES;
pub use reader::{MAX_SYNC_EVENT_BYTES, SyncSource};
pub use signature::{SyncSignature, SyncSignatureVerifier, SyncSigner};

/// The name every sync file carries in its `format` field.
pub const SYNC_FORMAT_NAME: &str = "gavel-sync";
/// The format version this program writes, and the newest it reads. Version 2 added device keys
/// (`devices`, `device_signature`); version 1 files are still read.
pub const SYNC_FORMAT_VERSION: u32 = 2;

/// A sync file as written to disk (JSON).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncFile {
    pub format: String,
    pub version: u32,
    pub exported_by: ExportedBy,
    /// The meetings the file was made for; their groups and the backlog come along.
    pub meetings: Vec<Uuid>,
    /// Whole chains: for every (stream, device) in the file, events 1, 2, 3 … in order.
    pub events: Vec<SyncEvent>,
    /// The devices whose chains the file carries, with their public keys (version 2). A device's
    /// key signs the head of each of its chains (`SyncEvent::device_signature`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub devices: Vec<device_keys::DeviceCard>,
    /// Optional: the exporter's signature over everything above (`signed_content`). Left out of
    /// unsigned files, so that they are exactly what they were before signing existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<SyncSignature>,
}

impl SyncFile {
    /// How many groups' streams (members, organisations, rules) the file carries: the chosen
    /// groups and the meetings' groups.
    pub fn group_count(&self) -> usize {
        self.events
            .iter()
            .filter(|event| event.stream_kind == StreamKind::Group)
            .map(|event| event.stream)
            .collect::<std::collections::HashSet<_>>()
            .len()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExportedBy {
    pub device: Uuid,
    pub author: String,
    /// Wall-clock time of the export, UTC milliseconds.
    pub at_millis: u64,
}

/// One event exactly as stored in the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncEvent {
    pub id: Uuid,
    pub stream: Uuid,
    pub stream_kind: StreamKind,
    pub device: Uuid,
    pub device_seq: u64,
    pub hlc: Hlc,
    pub author: String,
    /// The payload text exactly as hashed.
    pub payload: String,
    pub prev_hash: String,
    pub hash: String,
    /// Only on the last event of a chain (version 2): its device's Ed25519 signature of `hash`,
    /// hex. It vouches for the whole chain, since each hash covers the one before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device_signature: Option<String>,
}

impl SyncEvent {
    /// The hash this event must carry: SHA-256 over its fields (docs/sync-format.md). Anyone can
    /// compute it: a hash finds an edited, missing or reordered event, not a forger, which is why
    /// an import also decides every new event again by the rules (docs/SECURITY.md).
    pub fn content_hash(&self) -> String {
        crate::event::event_hash(
            self.id,
            self.stream,
            self.stream_kind.as_str(),
            self.device,
            self.device_seq,
            self.hlc,
            &self.author,
            &self.payload,
            &self.prev_hash,
        )
    }
}

/// What an import did (or, in a dry run, would do).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct SyncImportReport {
    pub file_name: String,
    pub exported_by_device: Uuid,
    pub exported_by_author: String,
    /// Who signed the file (the signature verified), or `None`: the file is not signed. A file
    /// whose signature does not verify is refused and gets no report.
    pub signed_by: Option<SyncSigner>,
    pub events_in_file: u32,
    pub events_added: u32,
    pub events_already_present: u32,
    /// Names of groups this database did not have.
    pub groups_added: Vec<String>,
    /// Titles of meetings this database did not have.
    pub meetings_added: Vec<String>,
    /// Titles of meetings that got new events.
    pub meetings_changed: Vec<String>,
    /// Fields both sides changed without seeing each other's change.
    pub conflicts: Vec<SyncConflict>,
    /// Decisions on one agenda item that two laptops recorded without seeing each other's, in the
    /// meetings this file changed: both stand until the chair keeps one
    /// (`ResolveDecisionConflict`), and minutes with one are not signed.
    pub decision_conflicts: Vec<crate::queries::DecisionConflict>,
    /// Events not imported because they would change signed minutes.
    pub refused: Vec<crate::rules::Bilingual>,
    /// Every device whose chains the file carries: who it is, and whether it is trusted here.
    pub devices: Vec<DeviceInFile>,
    /// New events not taken because their device is not trusted (see `devices`).
    pub events_not_taken: u32,
    pub dry_run: bool,
}

/// Two devices changed the same field concurrently. The later change (by hybrid logical clock,
/// then device id) is in force on every device; the other stays in the log.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct SyncConflict {
    /// What was changed, e.g. "noterne til dagsordenspunktet »Eventuelt«".
    pub field: crate::rules::Bilingual,
    pub kept: ConflictSide,
    pub overridden: ConflictSide,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ConflictSide {
    pub value: crate::rules::Bilingual,
    pub author: String,
    pub device: Uuid,
    pub event_id: Uuid,
}

/// This laptop's key and the laptops it trusts, as the sync screens show them.
impl crate::store::Store {
    pub fn this_device(&self) -> crate::error::Result<ThisDevice> {
        let key = device_keys::own_key_or_create(&self.conn, self.device, false)?;
        Ok(ThisDevice {
            id: self.device,
            name: device_keys::computer_name(),
            fingerprint: key.public().fingerprint(),
        })
    }

    /// The other laptops this database trusts, in the order it came to trust them.
    pub fn known_devices(&self) -> crate::error::Result<Vec<KnownDevice>> {
        device_keys::known_devices(&self.conn)
    }
}
