//! Which chains of a sync file this database takes: those whose device it trusts, with a head
//! signed by that device's key (device_keys). Judged before anything is written; a signature that
//! does not verify, or a known device with a new key, refuses the whole file.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::Connection;
use serde::Serialize;
use uuid::Uuid;

use super::SyncSigner;
use super::device_keys::{self, DeviceCard, DevicePublicKey, normalise_fingerprint};
use super::file_checks::ChainHead;
use crate::error::Result;
use crate::rules::Bilingual;
use crate::wording;

/// A device whose chains a sync file carries, and whether its events are taken.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct DeviceInFile {
    pub id: Uuid,
    /// The name on its card in the file, or the name it had when it was trusted here.
    pub name: Option<String>,
    /// Its key's fingerprint ("3F2A 91C0 …"), when the file carries its key.
    pub fingerprint: Option<String>,
    pub trust: DeviceTrust,
    /// Its events in the file that this database does not have.
    pub new_events: u32,
    /// Of those, the ones not taken because the device is not trusted.
    pub events_not_taken: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub enum DeviceTrust {
    /// This laptop.
    ThisLaptop,
    /// Trusted here before, by `trusted_by`.
    Known { trusted_by: String },
    /// Seen for the first time; the chair accepted its fingerprint for this import.
    AcceptedNow,
    /// Seen for the first time; the certificate that signed the file vouches for it.
    VouchedFor { certificate: String },
    /// Seen for the first time and not accepted: its events are not taken.
    NotAccepted,
    /// Its chains in the file carry no signature of its key (a Gavel before device keys, or a
    /// chain passed on in part): taken only from a file signed by a trusted certificate.
    Unsigned,
}

impl DeviceTrust {
    fn is_trusted(&self) -> bool {
        !matches!(self, DeviceTrust::NotAccepted | DeviceTrust::Unsigned)
    }
}

/// The verdict on a file's devices.
pub(super) struct DeviceJudgement {
    /// (stream, device) of every chain to take.
    pub trusted_chains: HashSet<(Uuid, Uuid)>,
    pub devices: Vec<DeviceInFile>,
    /// Devices to remember as trusted once the import is written: card, key, by whom.
    pub devices_to_trust: Vec<(DeviceCard, DevicePublicKey, String)>,
    /// The file's signer, when the chair accepted its certificate with this import.
    pub certificate_to_trust: Option<SyncSigner>,
    /// The signed heads of other devices' trusted chains: (stream, device, seq, event id,
    /// signature), kept once written so that this laptop can pass them on.
    pub signed_heads: Vec<(Uuid, Uuid, u64, Uuid, String)>,
}

/// `accepted` are the fingerprints (of devices, or of the certificate that signed the file) the
/// chair accepts with this import; `author` is who she is, recorded with the trust.
pub(super) fn judge(
    conn: &Connection,
    device_cards: &[DeviceCard],
    heads: &BTreeMap<(Uuid, Uuid), ChainHead>,
    signed_by: Option<&SyncSigner>,
    accepted: &[String],
    author: &str,
) -> Result<std::result::Result<DeviceJudgement, (String, Bilingual)>> {
    let accepted: HashSet<String> = accepted.iter().map(|f| normalise_fingerprint(f)).collect();
    let mut certificate_to_trust = None;
    let vouching_certificate = match signed_by {
        Some(signer) => {
            let fingerprint = normalise_fingerprint(&signer.certificate_sha256);
            let trusted = device_keys::trusts_certificate(conn, &fingerprint)?;
            if !trusted && accepted.contains(&fingerprint) {
                certificate_to_trust = Some(signer.clone());
            }
            (trusted || accepted.contains(&fingerprint))
                .then(|| format!("{} ({})", signer.name, signer.certificate_sha256))
        }
        None => None,
    };

    let mut cards: HashMap<Uuid, (&DeviceCard, DevicePublicKey)> = HashMap::new();
    for (index, card) in device_cards.iter().enumerate() {
        let Some(key) = DevicePublicKey::from_hex(&card.public_key) else {
            return Ok(Err((
                format!("devices[{index}].public_key"),
                crate::rules::Bilingual::message("coreSyncDeviceTrust-isNotAnEd25519Public", &[]),
            )));
        };
        if cards.insert(card.id, (card, key)).is_some() {
            return Ok(Err((
                format!("devices[{index}].id"),
                crate::rules::Bilingual::message(
                    "coreSyncDeviceTrust-theDeviceAppearsTwiceIn",
                    &[],
                ),
            )));
        }
    }

    let own_keys = device_keys::own_keys(conn)?;
    // Each chain's last event (`heads`); that no other event carries a signature was checked as
    // the file was read (sync/file_checks.rs).

    // Each device's key and trust.
    let mut keys: HashMap<Uuid, DevicePublicKey> = HashMap::new();
    let mut devices: BTreeMap<Uuid, DeviceInFile> = BTreeMap::new();
    let mut devices_to_trust = Vec::new();
    for &(_, device) in heads.keys() {
        if devices.contains_key(&device) {
            continue;
        }
        let card = cards.get(&device);
        let (key, name, trust) = if let Some(own) = own_keys.get(&device) {
            if let Some((_, shown)) = card
                && *shown != own.public()
            {
                return Ok(Err(changed_key(
                    device,
                    own.public(),
                    *shown,
                    crate::rules::Bilingual::message(
                        "coreSyncDeviceTrust-theFileClaimsEventsCome",
                        &[],
                    ),
                )));
            }
            (
                Some(own.public()),
                Some(device_keys::computer_name()),
                DeviceTrust::ThisLaptop,
            )
        } else if let Some(known) = device_keys::trusted_device(conn, device)? {
            let known_key = known.key;
            if let Some((_, shown)) = card
                && *shown != known_key
            {
                return Ok(Err(changed_key(
                    device,
                    known_key,
                    *shown,
                    Bilingual::message(
                        "coreSyncDeviceTrust-theComputerComesWithAnotherKey",
                        &[("name", (&known.card.name).into())],
                    ),
                )));
            }
            (
                Some(known_key),
                Some(known.card.name),
                DeviceTrust::Known {
                    trusted_by: known.trusted_by,
                },
            )
        } else if let Some((card, key)) = card {
            let trust = if accepted.contains(&normalise_fingerprint(&key.fingerprint())) {
                devices_to_trust.push(((*card).clone(), *key, author.to_owned()));
                DeviceTrust::AcceptedNow
            } else if let Some(certificate) = &vouching_certificate {
                devices_to_trust.push(((*card).clone(), *key, certificate.clone()));
                DeviceTrust::VouchedFor {
                    certificate: certificate.clone(),
                }
            } else {
                DeviceTrust::NotAccepted
            };
            (Some(*key), Some(card.name.clone()), trust)
        } else {
            (None, None, DeviceTrust::Unsigned)
        };
        if let Some(key) = key {
            keys.insert(device, key);
        }
        devices.insert(
            device,
            DeviceInFile {
                id: device,
                name,
                fingerprint: key.map(DevicePublicKey::fingerprint),
                trust,
                new_events: 0,
                events_not_taken: 0,
            },
        );
    }

    // Each chain: its head's signature must verify; then it is taken if its device is trusted,
    // and an unsigned chain only on a trusted certificate's word.
    let mut trusted_chains = HashSet::new();
    let mut signed_heads = Vec::new();
    for (&(stream, device), head) in heads {
        let entry = devices
            .get_mut(&device)
            .expect("every head's device is judged");
        match &head.device_signature {
            Some(signature) => {
                let verifies = keys
                    .get(&device)
                    .is_some_and(|key| key.verifies_chain_head(&head.hash, signature));
                if !verifies {
                    return Ok(Err((
                        format!("events[id={}].device_signature", head.id),
                        crate::rules::Bilingual::message(
                            "coreSyncDeviceTrust-theDeviceSSignatureOf",
                            &[("device", device.to_string().into())],
                        ),
                    )));
                }
                if entry.trust.is_trusted() {
                    trusted_chains.insert((stream, device));
                    if entry.trust != DeviceTrust::ThisLaptop {
                        signed_heads.push((
                            stream,
                            device,
                            head.device_seq,
                            head.id,
                            signature.clone(),
                        ));
                    }
                }
            }
            None => {
                if vouching_certificate.is_some() {
                    trusted_chains.insert((stream, device));
                } else if entry.trust.is_trusted() {
                    // A trusted device, but this chain is not signed: anyone could have written it.
                    entry.trust = DeviceTrust::Unsigned;
                }
            }
        }
    }
    // A device is reported trusted only when all its chains are taken.
    for entry in devices.values_mut() {
        let all_taken = heads
            .keys()
            .filter(|(_, device)| *device == entry.id)
            .all(|chain| trusted_chains.contains(chain));
        if !all_taken && entry.trust.is_trusted() {
            entry.trust = DeviceTrust::Unsigned;
        }
    }
    devices_to_trust.retain(|(card, _, _)| {
        devices
            .get(&card.id)
            .is_some_and(|entry| entry.trust.is_trusted())
    });

    Ok(Ok(DeviceJudgement {
        trusted_chains,
        devices: devices.into_values().collect(),
        devices_to_trust,
        certificate_to_trust,
        signed_heads,
    }))
}

fn changed_key(
    device: Uuid,
    trusted: DevicePublicKey,
    shown: DevicePublicKey,
    message: Bilingual,
) -> (String, Bilingual) {
    let (trusted, shown) = (trusted.fingerprint(), shown.fingerprint());
    (
        format!("devices[id={device}].public_key"),
        wording::message(
            "coreSyncDeviceTrust-knownAndShownFingerprints",
            |language| {
                vec![
                    ("problem", wording::pick(&message, language).into()),
                    ("shown", (&shown).into()),
                    ("trusted", (&trusted).into()),
                ]
            },
        ),
    )
}

/// Remembers what the chair trusted with this import, and the signed heads now in the log.
pub(super) fn record(conn: &Connection, judgement: &DeviceJudgement, at_millis: u64) -> Result<()> {
    for (card, key, trusted_by) in &judgement.devices_to_trust {
        device_keys::trust_device(conn, card, *key, trusted_by, at_millis)?;
    }
    if let Some(signer) = &judgement.certificate_to_trust {
        device_keys::trust_certificate(conn, &signer.certificate_sha256, &signer.name, at_millis)?;
    }
    for (stream, device, seq, head_id, signature) in &judgement.signed_heads {
        // A chain taken only in part (signed = frozen) does not end at the signed head.
        let present: bool = conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM event WHERE id = ?1)")?
            .query_row([head_id], |row| row.get(0))?;
        if present {
            device_keys::store_chain_head_signature(conn, *stream, *device, *seq, signature)?;
        }
    }
    Ok(())
}

/// A refused file whose untrusted devices' events were left out: the refusal may come from that
/// (the secretary's meeting in a group the chair's laptop created), so it says which computers
/// were left out, and how to take them.
pub(super) fn name_what_was_left_out(
    error: crate::Error,
    devices: &[DeviceInFile],
) -> crate::Error {
    let left_out: Vec<&DeviceInFile> = devices
        .iter()
        .filter(|device| device.events_not_taken > 0)
        .collect();
    // "»Kontor-PC« (ab12 …), cd34 …": each computer by its name and fingerprint, as much as known.
    let named_in = |language| {
        left_out
            .iter()
            .map(|device| match (&device.name, &device.fingerprint) {
                (Some(name), Some(fingerprint)) => gavel_messages::message(
                    language,
                    "coreSyncDeviceTrust-computerAndFingerprint",
                    &[("fingerprint", fingerprint.into()), ("name", name.into())],
                ),
                (None, Some(fingerprint)) => fingerprint.clone(),
                (_, None) => device.id.to_string(),
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    match error {
        crate::Error::BadInput {
            file,
            line,
            field,
            message,
        } if !left_out.is_empty() => crate::Error::BadInput {
            file,
            line,
            field,
            message: wording::message(
                "coreSyncDeviceTrust-eventsOfUntrustedComputersWereLeftOut",
                |language| {
                    vec![
                        ("computers", named_in(language).into()),
                        ("problem", wording::pick(&message, language).into()),
                    ]
                },
            ),
        },
        other => other,
    }
}
