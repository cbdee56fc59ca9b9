//! The optional signature over a sync file: the bytes it signs (`SyncFile::signed_content`), the
//! field that carries it, and the checker an import must be given to take a signed file.
//!
//! gavel-core knows no CMS and no certificates (it must not depend on the PDF crate): it only
//! knows that a signature is there and must be checked. gavel-minutes' `sync_signature` module
//! makes the signature and implements [`SyncSignatureVerifier`]. `Store::import_sync` refuses a
//! signed file when it is given no verifier, so no caller can take a signed file unchecked.

use serde::{Deserialize, Serialize};

use super::SyncFile;
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
    /// Whether `signature` is a valid signature over `signed_content`; who signed, or why not.
    fn verify(
        &self,
        signed_content: &[u8],
        signature: &SyncSignature,
    ) -> std::result::Result<SyncSigner, Bilingual>;
}

/// Names the canonical form, so that these bytes can never be mistaken for another signed thing.
const SIGNED_CONTENT_TAG: &[u8] = b"gavel-sync-signed-content-v1";

impl SyncFile {
    /// The canonical bytes a signature covers: every field of the file but `signature`, in a
    /// fixed order, each length-prefixed (docs/sync-format.md, "Signature"). Independent of the
    /// JSON's whitespace and key order, so that a reader recomputes exactly what the writer signed.
    pub fn signed_content(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(256 + self.events.len() * 640);
        out.extend_from_slice(SIGNED_CONTENT_TAG);
        let mut field = |bytes: &[u8]| {
            out.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
            out.extend_from_slice(bytes);
        };
        field(self.format.as_bytes());
        field(&self.version.to_be_bytes());
        field(self.exported_by.device.as_bytes());
        field(self.exported_by.author.as_bytes());
        field(&self.exported_by.at_millis.to_be_bytes());
        field(&(self.meetings.len() as u64).to_be_bytes());
        for meeting in &self.meetings {
            field(meeting.as_bytes());
        }
        field(&(self.events.len() as u64).to_be_bytes());
        for event in &self.events {
            field(event.id.as_bytes());
            field(event.stream.as_bytes());
            field(event.stream_kind.as_str().as_bytes());
            field(event.device.as_bytes());
            field(&event.device_seq.to_be_bytes());
            field(&event.hlc.0.to_be_bytes());
            field(event.author.as_bytes());
            field(event.payload.as_bytes());
            field(event.prev_hash.as_bytes());
            field(event.hash.as_bytes());
            if self.version >= 2 {
                field(event.device_signature.as_deref().unwrap_or("").as_bytes());
            }
        }
        if self.version >= 2 {
            field(&(self.devices.len() as u64).to_be_bytes());
            for device in &self.devices {
                field(device.id.as_bytes());
                field(device.name.as_bytes());
                field(device.public_key.as_bytes());
            }
        }
        out
    }
}
