//! Checking the log: every event's hash against its content, every device chain for gaps and
//! broken links, and each stream's fingerprint.

use rusqlite::Connection;
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::clock::Hlc;
use crate::error::Result;
use crate::event::{self, EventPayload, GENESIS_HASH};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogVerification {
    pub event_count: u64,
    pub streams: Vec<StreamHead>,
    /// Every event that fails a check, earliest in log order first. Empty when the log is intact.
    pub broken: Vec<BrokenEvent>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StreamHead {
    pub stream: Uuid,
    pub kind: String,
    pub event_count: u64,
    /// SHA-256 over the stream's event hashes in log order (hlc, device, id).
    pub fingerprint: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BrokenEvent {
    pub event_id: Uuid,
    pub stream: Uuid,
    pub device: Uuid,
    pub device_seq: u64,
    #[serde(skip)]
    pub hlc: Hlc,
    pub reason: String,
}

impl LogVerification {
    pub fn is_intact(&self) -> bool {
        self.broken.is_empty()
    }
}

pub(crate) fn verify_log(conn: &Connection) -> Result<LogVerification> {
    let mut broken = Vec::new();
    let mut event_count = 0;
    let mut statement = conn.prepare(
        "SELECT id, stream, stream_kind, device, device_seq, hlc, author, payload, prev_hash, hash
         FROM event ORDER BY stream, device, device_seq",
    )?;
    let mut rows = statement.query([])?;
    // The chain being walked: (stream, device), its last sequence number and hash.
    let mut chain: Option<((Uuid, Uuid), u64, String)> = None;
    while let Some(row) = rows.next()? {
        event_count += 1;
        let id: Uuid = row.get(0)?;
        let stream: Uuid = row.get(1)?;
        let stream_kind: String = row.get(2)?;
        let device: Uuid = row.get(3)?;
        let device_seq: u64 = row.get(4)?;
        let hlc = Hlc(row.get(5)?);
        let author: String = row.get(6)?;
        let payload: String = row.get(7)?;
        let prev_hash: String = row.get(8)?;
        let hash: String = row.get(9)?;

        let (expected_seq, expected_prev) = match &chain {
            Some((key, seq, last_hash)) if *key == (stream, device) => (seq + 1, last_hash.clone()),
            _ => (1, GENESIS_HASH.to_owned()),
        };
        let mut problems = Vec::new();
        let recomputed = event::event_hash(
            id,
            stream,
            &stream_kind,
            device,
            device_seq,
            hlc,
            &author,
            &payload,
            &prev_hash,
        );
        if recomputed != hash {
            problems
                .push("its stored hash does not match its content (the row was edited)".to_owned());
        }
        if device_seq != expected_seq {
            problems.push(format!("sequence number {device_seq} where {expected_seq} was expected (an event is missing)"));
        } else if prev_hash != expected_prev {
            problems.push("it does not point to the hash of the event before it".to_owned());
        }
        match serde_json::from_str::<EventPayload>(&payload) {
            Ok(parsed) => {
                let (kind, payload_stream) = parsed.stream();
                if payload_stream != stream || kind.as_str() != stream_kind {
                    problems.push("its content belongs to another stream".to_owned());
                }
            }
            Err(error) => problems.push(format!("its content cannot be read: {error}")),
        }
        if !problems.is_empty() {
            broken.push(BrokenEvent {
                event_id: id,
                stream,
                device,
                device_seq,
                hlc,
                reason: problems.join("; "),
            });
        }
        chain = Some(((stream, device), device_seq, hash));
    }
    broken.sort_by_key(|broken| (broken.hlc, broken.device, broken.event_id));

    let mut streams = Vec::new();
    let mut stream_statement = conn
        .prepare("SELECT DISTINCT stream, stream_kind FROM event ORDER BY stream_kind, stream")?;
    let stream_ids = stream_statement
        .query_map([], |row| {
            Ok((row.get::<_, Uuid>(0)?, row.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    for (stream, kind) in stream_ids {
        let (event_count, fingerprint) = fingerprint_and_count(conn, stream)?;
        streams.push(StreamHead {
            stream,
            kind,
            event_count,
            fingerprint,
        });
    }
    Ok(LogVerification {
        event_count,
        streams,
        broken,
    })
}

/// The fingerprint of one stream (a meeting, a group, the backlog): the same on every device that
/// holds the same events, whatever order they arrived in. Signature records are left out: they
/// sign this fingerprint, so it must not change when one is added (countersignatures).
pub(crate) fn stream_fingerprint(conn: &Connection, stream: Uuid) -> Result<String> {
    Ok(fingerprint_and_count(conn, stream)?.1)
}

fn fingerprint_and_count(conn: &Connection, stream: Uuid) -> Result<(u64, String)> {
    let mut statement =
        conn.prepare_cached(
            "SELECT hash FROM event WHERE stream = ?1 AND payload NOT LIKE '{\"type\":\"MinutesSigned\"%'
             ORDER BY hlc, device, id",
        )?;
    let mut rows = statement.query([stream])?;
    let mut fingerprint = StreamFingerprint::default();
    let mut count = 0;
    while let Some(row) = rows.next()? {
        fingerprint.add(&row.get::<_, String>(0)?);
        count += 1;
    }
    Ok((count, fingerprint.current()))
}

/// A stream's fingerprint, built one event hash at a time in log order (signature records left
/// out by the caller): `current` is the fingerprint over the events added so far. The import uses
/// it to know what minutes signed at a given place in the log must show.
#[derive(Clone)]
pub(crate) struct StreamFingerprint(Sha256);

impl Default for StreamFingerprint {
    fn default() -> StreamFingerprint {
        let mut hasher = Sha256::new();
        hasher.update(b"gavel-stream-v1");
        StreamFingerprint(hasher)
    }
}

impl StreamFingerprint {
    pub(crate) fn add(&mut self, event_hash: &str) {
        self.0.update(event_hash.as_bytes());
    }

    pub(crate) fn current(&self) -> String {
        event::to_hex(&self.0.clone().finalize())
    }
}
