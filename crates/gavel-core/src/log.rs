//! The decision log: the one module that writes the `event` table. [`LogWriter`] appends this
//! device's events (each command, through `decide`), [`insert_event`] adds an event exactly as
//! given (the only `INSERT INTO event`, used by the writer and by the sync import), and
//! [`refold`] replays the log into the read tables. tests/it/architecture.rs fails when SQL
//! anywhere else in gavel-core writes the event table.

use rusqlite::{OptionalExtension, Transaction};
use uuid::Uuid;

use crate::clock::{Clock, Hlc};
use crate::error::{Error, Result};
use crate::event::{self, EventPayload, GENESIS_HASH, parse_stored_payload};
use crate::{projection, schema};

/// The write side of one transaction: appends events to the log and folds them.
pub(crate) struct LogWriter<'a> {
    pub(crate) tx: &'a Transaction<'a>,
    pub(crate) device: Uuid,
    pub(crate) author: &'a str,
    pub(crate) clock: &'a dyn Clock,
    pub(crate) hlc: Hlc,
}

impl LogWriter<'_> {
    /// A fresh id for a new record.
    pub(crate) fn new_id(&mut self) -> Uuid {
        self.hlc = self.hlc.tick(self.clock.now_millis());
        event::derive_id(self.device, self.hlc, 1)
    }

    /// Appends one event to its stream's chain for this device and folds it into the read tables.
    pub(crate) fn append(&mut self, payload: EventPayload) -> Result<Uuid> {
        let now = self.clock.now_millis();
        let latest = self.hlc;
        self.hlc = self.hlc.tick(now);
        if self.hlc.too_far_ahead_of(now).is_some() {
            return Err(clock_behind_the_log(now, latest));
        }
        let id = event::derive_id(self.device, self.hlc, 0);
        let (stream_kind, stream) = payload.stream();
        let (previous_seq, prev_hash): (u64, String) = self
            .tx
            .prepare_cached(
                "SELECT device_seq, hash FROM event WHERE stream = ?1 AND device = ?2
                 ORDER BY device_seq DESC LIMIT 1",
            )?
            .query_row((stream, self.device), |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?
            .unwrap_or((0, GENESIS_HASH.to_owned()));
        let device_seq = previous_seq + 1;
        let payload_json =
            serde_json::to_string(&payload).expect("event payloads always serialise");
        let hash = event::event_hash(
            id,
            stream,
            stream_kind.as_str(),
            self.device,
            device_seq,
            self.hlc,
            self.author,
            &payload_json,
            &prev_hash,
        );
        insert_event(
            self.tx,
            &event::Event {
                id,
                stream,
                stream_kind,
                device: self.device,
                device_seq,
                hlc: self.hlc,
                author: self.author.to_owned(),
                payload: payload_json,
                prev_hash,
                hash,
            },
        )?;
        if payload.takes_back() {
            // Taking an event back may touch any read table; replaying the log without it is the
            // one way that is always right. It costs a few milliseconds for a year of meetings.
            refold(self.tx)?;
        } else {
            projection::fold(
                self.tx,
                &payload,
                projection::Origin {
                    device: self.device,
                    author: self.author,
                },
            )?;
        }
        Ok(id)
    }

    /// The wall-clock time now, in this computer's time zone: the meeting room's.
    pub(crate) fn now_local(&self) -> chrono::NaiveDateTime {
        crate::clock::local_time(self.clock.now_millis())
    }
}

/// The local clock never runs more than a day ahead of the wall clock
/// ([`crate::clock::MAX_CLOCK_LEAD_MILLIS`]). An import never takes an event dated further ahead,
/// so this happens only when the computer's clock was set back after the log got its latest event
/// (a flat clock battery, a wrong date typed): the next event would be dated after the log's,
/// days ahead of the clock, and would win every conflict on every laptop for days. Nothing is
/// written until the clock is right.
fn clock_behind_the_log(now_millis: u64, latest: Hlc) -> Error {
    let (clock, latest) = (
        crate::clock::clock_reading(now_millis),
        crate::clock::clock_reading(latest.physical_millis()),
    );
    Error::Rejected(crate::wording::message(
        "coreLog-theClockIsBehindTheLog",
        |language| {
            vec![
                ("clock", crate::wording::pick(&clock, language).into()),
                ("latest", crate::wording::pick(&latest, language).into()),
            ]
        },
    ))
}

/// Adds one event to the log exactly as given. The one place that writes to the `event` table:
/// [`LogWriter::append`] for this device's events, the sync import for other laptops' (checked
/// first, `decide::check_imported_event`).
pub(crate) fn insert_event(tx: &Transaction<'_>, event: &event::Event) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO event (id, stream, stream_kind, device, device_seq, hlc, author, payload, prev_hash, hash)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?
    .execute(rusqlite::params![
        event.id,
        event.stream,
        event.stream_kind.as_str(),
        event.device,
        event.device_seq,
        event.hlc.0,
        event.author,
        event.payload,
        event.prev_hash,
        event.hash
    ])?;
    Ok(())
}

/// Empties every read table, children first.
pub(crate) fn clear_read_tables(tx: &Transaction<'_>) -> Result<()> {
    for table in schema::PROJECTION_TABLES {
        tx.execute(&format!("DELETE FROM {table}"), [])?;
    }
    Ok(())
}

/// Empties the read tables and folds every event of the log into them in log order, skipping
/// events that were undone and decisions that a resolution withdrew.
pub(crate) fn refold(tx: &Transaction<'_>) -> Result<()> {
    clear_read_tables(tx)?;
    let (undone, withdrawn) = taken_back(tx)?;
    let mut statement =
        tx.prepare("SELECT id, device, author, payload FROM event ORDER BY hlc, device, id")?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let event_id: Uuid = row.get(0)?;
        if undone.contains(&event_id) {
            continue;
        }
        let payload = parse_stored_payload(event_id, &row.get::<_, String>(3)?)?;
        if let EventPayload::DecisionRecorded { decision_id, .. } = &payload
            && withdrawn.contains(decision_id)
        {
            continue;
        }
        let author: String = row.get(2)?;
        let origin = projection::Origin {
            device: row.get(1)?,
            author: &author,
        };
        projection::fold(tx, &payload, origin)?;
    }
    Ok(())
}

/// The events undone, and the decisions that resolutions in force withdrew, found in one pass
/// over the log's events that take others back (found by an index, `schema::TAKES_BACK`).
///
/// Resolutions count in log order, and one whose kept decision an earlier resolution withdrew
/// counts for nothing: two chairs who each kept a different decision leave the first one kept,
/// not both withdrawn. An undone resolution counts for nothing either, and an undo may come after
/// the resolution it takes back, so resolutions are weighed once every undo is known.
fn taken_back(
    tx: &Transaction<'_>,
) -> Result<(
    std::collections::HashSet<Uuid>,
    std::collections::HashSet<Uuid>,
)> {
    let mut undone = std::collections::HashSet::new();
    let mut resolutions = Vec::new();
    let mut statement = tx.prepare(&format!(
        "SELECT id, payload FROM event WHERE {} ORDER BY hlc, device, id",
        schema::TAKES_BACK
    ))?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let event_id: Uuid = row.get(0)?;
        match parse_stored_payload(event_id, &row.get::<_, String>(1)?)? {
            EventPayload::DecisionConflictResolved {
                kept, withdrawn, ..
            } => resolutions.push((event_id, kept, withdrawn)),
            payload => undone.extend(payload.undone_event()),
        }
    }
    let mut withdrawn = std::collections::HashSet::new();
    for (event_id, kept, others) in resolutions {
        if !undone.contains(&event_id) && !withdrawn.contains(&kept) {
            withdrawn.extend(others);
        }
    }
    Ok((undone, withdrawn))
}
