//! Who wrote a sync file: every laptop (device) has its own Ed25519 key pair, made the first time
//! its database is opened and kept in it (`device_key`, never in a sync file but for the public
//! key). An export signs the head of each chain this laptop wrote; since every event's hash covers
//! the one before it, the head's signature vouches for the whole chain. A laptop that passes on
//! another's chain passes on that laptop's signature of the head (`chain_head_signature`).
//!
//! An import takes a device's events only when this database trusts the device: its own, one the
//! chair accepted earlier (`known_device`, trust on first use, as SSH does with hosts), one whose
//! fingerprint the chair accepts now, or one vouched for by a certificate the chair trusts that
//! signed the whole file. A known device that shows up with another key refuses the file.
//! docs/SECURITY.md describes the model.

use std::collections::HashMap;

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};
use rusqlite::{Connection, OptionalExtension};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::error::Result;

/// Names what a chain-head signature signs, so that it can never be taken for another signature.
const CHAIN_HEAD_TAG: &[u8] = b"gavel-chain-head-v1";

/// A device as a sync file introduces it: its id, a name for people, and its public key.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeviceCard {
    pub id: Uuid,
    /// The computer's name when it exported ("Mettes-ThinkPad"); only a hint for people: the
    /// fingerprint is what identifies the device.
    pub name: String,
    /// The Ed25519 public key, 32 bytes as lowercase hex.
    pub public_key: String,
}

/// A device's public key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DevicePublicKey(VerifyingKey);

impl DevicePublicKey {
    /// From a card's hex text; `None` when it is not a valid Ed25519 public key.
    pub fn from_hex(text: &str) -> Option<DevicePublicKey> {
        let bytes: [u8; 32] = hex_decode(text)?.try_into().ok()?;
        VerifyingKey::from_bytes(&bytes).ok().map(DevicePublicKey)
    }

    fn from_bytes(bytes: &[u8]) -> Option<DevicePublicKey> {
        let bytes: [u8; 32] = bytes.try_into().ok()?;
        VerifyingKey::from_bytes(&bytes).ok().map(DevicePublicKey)
    }

    pub fn to_hex(self) -> String {
        crate::event::to_hex(self.0.as_bytes())
    }

    /// What people compare: the first 16 bytes of SHA-256 of the key, as eight groups of four
    /// hexadecimal digits ("3F2A 91C0 …"), short enough to read over the phone and 128 bits, too
    /// many to find a second key with the same fingerprint.
    pub fn fingerprint(self) -> String {
        let digest = Sha256::digest(self.0.as_bytes());
        digest[..16]
            .chunks(2)
            .map(|pair| format!("{:02X}{:02X}", pair[0], pair[1]))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Whether `signature` (hex) is this device's signature of the chain head `event_hash`.
    pub fn verifies_chain_head(self, event_hash: &str, signature: &str) -> bool {
        let Some(bytes) = hex_decode(signature) else {
            return false;
        };
        let Ok(signature) = Signature::from_slice(&bytes) else {
            return false;
        };
        self.0
            .verify_strict(&chain_head_message(event_hash), &signature)
            .is_ok()
    }
}

/// A fingerprint as people type it: without spaces, colons or dashes, in capitals, so that
/// "3f2a91c0…" and "3F2A 91C0 …" are the same.
pub fn normalise_fingerprint(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// This laptop's key pair.
pub struct DeviceKey(SigningKey);

impl DeviceKey {
    /// A new key pair. Gavel makes one per database (`Store::open`); tests and tools that write
    /// sync files by hand make their own.
    pub fn generate() -> DeviceKey {
        DeviceKey(SigningKey::generate(&mut rand_core::OsRng))
    }

    pub fn public(&self) -> DevicePublicKey {
        DevicePublicKey(self.0.verifying_key())
    }

    /// The signature (hex) of the head of a chain this device wrote. Ed25519 signatures are
    /// deterministic: the same head always gets the same signature.
    pub fn sign_chain_head(&self, event_hash: &str) -> String {
        crate::event::to_hex(&self.0.sign(&chain_head_message(event_hash)).to_bytes())
    }
}

fn chain_head_message(event_hash: &str) -> Vec<u8> {
    let mut message = Vec::with_capacity(CHAIN_HEAD_TAG.len() + event_hash.len());
    message.extend_from_slice(CHAIN_HEAD_TAG);
    message.extend_from_slice(event_hash.as_bytes());
    message
}

/// The key of `device` if this database holds it (its own device, now or before a restore), or a
/// new one stored for it: random, or with `reproducible` (a device id given by a test or a
/// reproducible run, `StoreOptions::with_device_id`) derived from the id, which anyone can do —
/// never for a real laptop.
pub(crate) fn own_key_or_create(
    conn: &Connection,
    device: Uuid,
    reproducible: bool,
) -> Result<DeviceKey> {
    if let Some(key) = own_key(conn, device)? {
        return Ok(key);
    }
    let key = if reproducible {
        let seed: [u8; 32] = Sha256::new()
            .chain_update(b"gavel-reproducible-device-key-v1")
            .chain_update(device.as_bytes())
            .finalize()
            .into();
        DeviceKey(SigningKey::from_bytes(&seed))
    } else {
        DeviceKey::generate()
    };
    conn.execute(
        "INSERT INTO device_key (device, signing_key) VALUES (?1, ?2)",
        (device, key.0.to_bytes().as_slice()),
    )?;
    Ok(key)
}

fn own_key(conn: &Connection, device: Uuid) -> Result<Option<DeviceKey>> {
    let seed: Option<Vec<u8>> = conn
        .query_row(
            "SELECT signing_key FROM device_key WHERE device = ?1",
            [device],
            |row| row.get(0),
        )
        .optional()?;
    Ok(seed
        .and_then(|seed| <[u8; 32]>::try_from(seed.as_slice()).ok())
        .map(|seed| DeviceKey(SigningKey::from_bytes(&seed))))
}

/// Every device whose key this database holds: this laptop's, and its former ids (a restored
/// backup records as a new device, and its old chains are still its own).
pub(crate) fn own_keys(conn: &Connection) -> Result<HashMap<Uuid, DeviceKey>> {
    let mut statement = conn.prepare("SELECT device, signing_key FROM device_key")?;
    let rows = statement.query_map([], |row| {
        Ok((row.get::<_, Uuid>(0)?, row.get::<_, Vec<u8>>(1)?))
    })?;
    let mut keys = HashMap::new();
    for row in rows {
        let (device, seed) = row?;
        if let Ok(seed) = <[u8; 32]>::try_from(seed.as_slice()) {
            keys.insert(device, DeviceKey(SigningKey::from_bytes(&seed)));
        }
    }
    Ok(keys)
}

/// A device of another laptop that this database trusts.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct KnownDevice {
    pub id: Uuid,
    pub name: String,
    pub fingerprint: String,
    /// Who decided to trust it: "the chair" or the certificate that vouched for it.
    pub trusted_by: String,
    /// When, UTC milliseconds.
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub trusted_at_millis: u64,
}

/// A device this database trusts: its card (the name it had when trusted), its key, and who
/// trusted it.
pub(crate) struct TrustedDevice {
    pub(crate) card: DeviceCard,
    pub(crate) key: DevicePublicKey,
    pub(crate) trusted_by: String,
}

pub(crate) fn trusted_device(conn: &Connection, device: Uuid) -> Result<Option<TrustedDevice>> {
    let row: Option<(String, Vec<u8>, String)> = conn
        .query_row(
            "SELECT name, public_key, trusted_by FROM known_device WHERE id = ?1",
            [device],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .optional()?;
    Ok(row.and_then(|(name, key, trusted_by)| {
        let key = DevicePublicKey::from_bytes(&key)?;
        Some(TrustedDevice {
            card: DeviceCard {
                id: device,
                name,
                public_key: key.to_hex(),
            },
            key,
            trusted_by,
        })
    }))
}

pub(crate) fn known_devices(conn: &Connection) -> Result<Vec<KnownDevice>> {
    let mut statement = conn.prepare(
        "SELECT id, name, public_key, trusted_by, trusted_at_millis FROM known_device
         ORDER BY trusted_at_millis, id",
    )?;
    let rows = statement.query_map([], |row| {
        Ok((
            row.get::<_, Uuid>(0)?,
            row.get::<_, String>(1)?,
            row.get::<_, Vec<u8>>(2)?,
            row.get::<_, String>(3)?,
            row.get::<_, i64>(4)?,
        ))
    })?;
    let mut devices = Vec::new();
    for row in rows {
        let (id, name, key, trusted_by, at) = row?;
        let Some(key) = DevicePublicKey::from_bytes(&key) else {
            continue;
        };
        devices.push(KnownDevice {
            id,
            name,
            fingerprint: key.fingerprint(),
            trusted_by,
            trusted_at_millis: u64::try_from(at).unwrap_or(0),
        });
    }
    Ok(devices)
}

pub(crate) fn trust_device(
    conn: &Connection,
    card: &DeviceCard,
    key: DevicePublicKey,
    trusted_by: &str,
    at_millis: u64,
) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO known_device (id, name, public_key, trusted_by, trusted_at_millis)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        (
            card.id,
            &card.name,
            key.0.as_bytes().as_slice(),
            trusted_by,
            i64::try_from(at_millis).unwrap_or(i64::MAX),
        ),
    )?;
    Ok(())
}

/// Certificates (SHA-256, as "AB:CD:…") the chair trusts to vouch for the devices in a file they
/// signed.
pub(crate) fn trusts_certificate(conn: &Connection, certificate_sha256: &str) -> Result<bool> {
    Ok(conn
        .query_row(
            "SELECT 1 FROM trusted_certificate WHERE sha256 = ?1",
            [normalise_fingerprint(certificate_sha256)],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

pub(crate) fn trust_certificate(
    conn: &Connection,
    certificate_sha256: &str,
    name: &str,
    at_millis: u64,
) -> Result<()> {
    conn.execute(
        "INSERT OR IGNORE INTO trusted_certificate (sha256, name, trusted_at_millis)
         VALUES (?1, ?2, ?3)",
        (
            normalise_fingerprint(certificate_sha256),
            name,
            i64::try_from(at_millis).unwrap_or(i64::MAX),
        ),
    )?;
    Ok(())
}

/// The signature of the head of a chain of another device, as this database received it, when
/// the chain here still ends at that head.
pub(crate) fn stored_chain_head_signature(
    conn: &Connection,
    stream: Uuid,
    device: Uuid,
    device_seq: u64,
) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached(
            "SELECT signature FROM chain_head_signature
             WHERE stream = ?1 AND device = ?2 AND device_seq = ?3",
        )?
        .query_row((stream, device, device_seq), |row| row.get(0))
        .optional()?)
}

/// Keeps the signature of a longer head than the one stored.
pub(crate) fn store_chain_head_signature(
    conn: &Connection,
    stream: Uuid,
    device: Uuid,
    device_seq: u64,
    signature: &str,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO chain_head_signature (stream, device, device_seq, signature)
         VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (stream, device) DO UPDATE SET device_seq = excluded.device_seq,
             signature = excluded.signature
         WHERE excluded.device_seq > chain_head_signature.device_seq",
    )?
    .execute((stream, device, device_seq, signature))?;
    Ok(())
}

/// This computer's name, for the card: what the owner sees in the system's settings.
/// `GAVEL_COMPUTER_NAME` overrides it, for reproducible runs (the tests compare the sync files of
/// Linux and Windows byte for byte, and Windows spells a host name in capitals).
pub(crate) fn computer_name() -> String {
    let name = std::env::var("GAVEL_COMPUTER_NAME")
        .ok()
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::fs::read_to_string("/etc/hostname").ok())
        .map(|name| name.trim().to_owned())
        .filter(|name| !name.is_empty());
    name.unwrap_or_else(|| "Gavel".to_owned())
}

fn hex_decode(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|at| u8::from_str_radix(&text[at..at + 2], 16).ok())
        .collect()
}

/// This laptop as its owner tells the chair: the fingerprint to compare when its first sync file
/// arrives.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ThisDevice {
    pub id: Uuid,
    pub name: String,
    pub fingerprint: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chain_head_signature_verifies_only_for_its_hash_and_its_key() {
        let key = DeviceKey::generate();
        let other = DeviceKey::generate();
        let signature = key.sign_chain_head("ab12");
        assert!(key.public().verifies_chain_head("ab12", &signature));
        assert!(!key.public().verifies_chain_head("ab13", &signature));
        assert!(!other.public().verifies_chain_head("ab12", &signature));
        assert!(!key.public().verifies_chain_head("ab12", "zz"));
        let round_trip = DevicePublicKey::from_hex(&key.public().to_hex()).expect("valid key");
        assert_eq!(round_trip, key.public());
    }

    #[test]
    fn a_fingerprint_reads_the_same_typed_any_way() {
        let key = DeviceKey::generate();
        let fingerprint = key.public().fingerprint();
        assert_eq!(fingerprint.len(), 8 * 4 + 7);
        assert_eq!(
            normalise_fingerprint(&fingerprint.to_lowercase().replace(' ', ":")),
            normalise_fingerprint(&fingerprint)
        );
    }
}
