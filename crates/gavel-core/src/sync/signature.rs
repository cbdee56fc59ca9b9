//! The optional signature over a sync file: the bytes it signs (`SyncFile::signed_content`,
//! written piece by piece by `CanonicalContent` so that an import can hash them as it streams the
//! file), the field that carries it, and the checker an import must be given to take a signed file.
//!
//! gavel-core knows no CMS and no certificates (it must not depend on the PDF crate): it only
//! knows that a signature is there and must be checked. gavel-minutes' `sync_signature` module
//! makes the signature and implements [`SyncSignatureVerifier`]. `Store::import_sync` refuses a
//! signed file when it is given no verifier, so no caller can take a signed file unchecked.

use serde::{Deserialize, Serialize};

use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::device_keys::DeviceCard;
use super::{ExportedBy, SyncEvent, SyncFile};
use crate::rules::Bilingual;

/// The signature field of a sync file (docs/sync-format.md, "Signature").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncSignature {
    /// A detached CMS SignedData (DER, as lowercase hex) over SHA-256 of `signed_content`, with
    /// the signer's certificate and its issuers inside.
    pub cms: String,
}

/// Who signed a sync file whose signature verified.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct SyncSigner {
    /// The certificate's common name, e.g. "Mette Kjærgaard Holm".
    pub name: String,
    pub organisation: Option<String>,
    /// SHA-256 of the certificate (DER), as "AB:CD:…", the way `openssl x509 -fingerprint
    /// -sha256` prints it, so a reader can compare it with the certificate the chair gave out.
    pub certificate_sha256: String,
}

/// Checks a sync file's signature. Implemented by gavel-minutes (`CmsSyncSignatureVerifier`).
pub trait SyncSignatureVerifier {
    /// Whether `signature` is a valid signature over the canonical content whose SHA-256 is
    /// `signed_content_sha256` (the format signs that digest); who signed, or why not. The import
    /// passes the digest, not the bytes, so that it can hash a file of any size as it reads it.
    fn verify(
        &self,
        signed_content_sha256: &[u8; 32],
        signature: &SyncSignature,
    ) -> std::result::Result<SyncSigner, Bilingual>;
}

/// Names the canonical form, so that these bytes can never be mistaken for another signed thing.
const SIGNED_CONTENT_TAG: &[u8] = b"gavel-sync-signed-content-v1";

/// Writes the canonical form of a sync file (docs/sync-format.md, "Signature") piece by piece,
/// into anything that takes bytes: a `Vec` for `signed_content`, or a SHA-256 while an import
/// streams the file, so that checking a signature never needs the whole file in memory.
pub(crate) struct CanonicalContent<'a> {
    out: &'a mut dyn FnMut(&[u8]),
    version: u32,
}

impl<'a> CanonicalContent<'a> {
    /// The tag and everything before the events: `format`, `version`, `exported_by`, `meetings`,
    /// and the number of events.
    pub(crate) fn begin(
        out: &'a mut dyn FnMut(&[u8]),
        format: &str,
        version: u32,
        exported_by: &ExportedBy,
        meetings: &[Uuid],
        event_count: u64,
    ) -> CanonicalContent<'a> {
        out(SIGNED_CONTENT_TAG);
        let mut content = CanonicalContent { out, version };
        content.field(format.as_bytes());
        content.field(&version.to_be_bytes());
        content.field(exported_by.device.as_bytes());
        content.field(exported_by.author.as_bytes());
        content.field(&exported_by.at_millis.to_be_bytes());
        content.field(&(meetings.len() as u64).to_be_bytes());
        for meeting in meetings {
            content.field(meeting.as_bytes());
        }
        content.field(&event_count.to_be_bytes());
        content
    }

    /// One event, in file order.
    pub(crate) fn event(&mut self, event: &SyncEvent) {
        write_event(&mut *self.out, event, self.version);
    }

    /// The devices' cards (version 2), after the last event.
    pub(crate) fn finish(mut self, devices: &[DeviceCard]) {
        if self.version >= 2 {
            self.field(&(devices.len() as u64).to_be_bytes());
            for device in devices {
                self.field(device.id.as_bytes());
                self.field(device.name.as_bytes());
                self.field(device.public_key.as_bytes());
            }
        }
    }

    fn field(&mut self, bytes: &[u8]) {
        field(&mut *self.out, bytes);
    }
}

/// One length-prefixed field: its length as 8 bytes big-endian, then its bytes.
fn field(out: &mut dyn FnMut(&[u8]), bytes: &[u8]) {
    out(&(bytes.len() as u64).to_be_bytes());
    out(bytes);
}

/// An event's fields in canonical form: what the signature covers of it, and what an import
/// hashes to know that a second read of the file gives the same events as the first.
pub(crate) fn write_event(out: &mut dyn FnMut(&[u8]), event: &SyncEvent, version: u32) {
    field(out, event.id.as_bytes());
    field(out, event.stream.as_bytes());
    field(out, event.stream_kind.as_str().as_bytes());
    field(out, event.device.as_bytes());
    field(out, &event.device_seq.to_be_bytes());
    field(out, &event.hlc.0.to_be_bytes());
    field(out, event.author.as_bytes());
    field(out, event.payload.as_bytes());
    field(out, event.prev_hash.as_bytes());
    field(out, event.hash.as_bytes());
    if version >= 2 {
        field(
            out,
            event.device_signature.as_deref().unwrap_or("").as_bytes(),
        );
    }
}

impl SyncFile {
    /// The canonical bytes a signature covers: every field of the file but `signature`, in a
    /// fixed order, each length-prefixed (docs/sync-format.md, "Signature"). Independent of the
    /// JSON's whitespace and key order, so that a reader recomputes exactly what the writer signed.
    pub fn signed_content(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(256 + self.events.len() * 640);
        let mut out = |piece: &[u8]| bytes.extend_from_slice(piece);
        self.write_canonical(&mut out);
        bytes
    }

    /// SHA-256 of [`SyncFile::signed_content`], without making those bytes: what a signature's
    /// messageDigest holds.
    pub fn signed_content_sha256(&self) -> [u8; 32] {
        let mut hasher = Sha256::new();
        let mut out = |piece: &[u8]| hasher.update(piece);
        self.write_canonical(&mut out);
        hasher.finalize().into()
    }

    fn write_canonical(&self, out: &mut dyn FnMut(&[u8])) {
        let mut content = CanonicalContent::begin(
            out,
            &self.format,
            self.version,
            &self.exported_by,
            &self.meetings,
            self.events.len() as u64,
        );
        for event in &self.events {
            content.event(event);
        }
        content.finish(&self.devices);
    }
}
