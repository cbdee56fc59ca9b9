//! Reading a sync file as a stream: the JSON is parsed from a reader, and each event is handed to
//! the caller as soon as it is read and dropped after, so that an import holds one event at a
//! time, never the file or all its events (issue 17: a secretariat's ten years of one group are a
//! 45 MB file). Everything but the events — format, version, who exported, the meetings, the
//! devices' cards, the signature — is small and kept (`FileHeader`).
//!
//! An import reads the file more than once (sync/import.rs), so a source is something that can
//! be read again from the start: bytes in memory (the app gets them over IPC) or an open file
//! (the CLI).

use std::cell::Cell;
use std::fmt;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::rc::Rc;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::device_keys::DeviceCard;
use super::import::MAX_SYNC_FILE_BYTES;
use super::signature::write_event;
use super::{ExportedBy, SyncEvent, SyncSignature};

/// The most JSON one event may take, and the most the fields before and after the events may
/// take together. The largest event a Gavel writes is a backlog item with Jira's longest
/// description (1 MB of text, escaped twice: in its payload, and as the payload's string): far
/// below. A larger one is refused as soon as the reader passes this many bytes, before serde has
/// buffered it, so that one huge string cannot take the memory streaming saves.
pub const MAX_SYNC_EVENT_BYTES: u64 = 16 * 1024 * 1024;

/// Where a sync file's bytes come from. Both can be read again from the start.
#[derive(Clone, Copy)]
pub enum SyncSource<'a> {
    /// The whole file in memory, as the app gets it from the webview.
    Bytes(&'a [u8]),
    /// An open regular file (`crate::files::open_regular_file`), read from its start each time:
    /// opened once, so that the name cannot be pointed at another file between two reads.
    File(&'a std::fs::File),
}

impl<'a> SyncSource<'a> {
    /// The source's length in bytes, for the size limit checked before reading.
    pub(crate) fn len(&self) -> std::io::Result<u64> {
        match self {
            SyncSource::Bytes(bytes) => Ok(bytes.len() as u64),
            SyncSource::File(file) => Ok(file.metadata()?.len()),
        }
    }

    /// A reader from the first byte, stopping one byte past the size limit (a file that grew
    /// after its length was checked is then refused as too large).
    fn reader(&self) -> std::io::Result<Box<dyn Read + 'a>> {
        let limit = MAX_SYNC_FILE_BYTES + 1;
        Ok(match *self {
            SyncSource::Bytes(bytes) => Box::new(bytes.take(limit)),
            SyncSource::File(mut file) => {
                file.seek(SeekFrom::Start(0))?;
                Box::new(file.take(limit))
            }
        })
    }
}

/// Everything in a sync file but its events. A field the file does not have is `None` or empty;
/// the import says which one is missing.
#[derive(Default)]
pub(crate) struct FileHeader {
    pub format: Option<String>,
    pub version: Option<u32>,
    pub exported_by: Option<ExportedBy>,
    pub meetings: Option<Vec<Uuid>>,
    /// `None` when the file has no `events` field.
    pub event_count: Option<u64>,
    pub devices: Vec<DeviceCard>,
    pub signature: Option<SyncSignature>,
    /// SHA-256 of every event's canonical form, in file order (`EventsDigest`): two reads of a
    /// file that give the same digest gave the same events. The import reads the file more than
    /// once, and a file on disk can change in between.
    pub events_digest: [u8; 32],
}

/// Why a read stopped early.
pub(crate) enum ReadFailure<E> {
    /// The file is not JSON of the expected shape (or ends too early): serde's error, with the
    /// line it found it on.
    Json(serde_json::Error),
    /// The file, or its part starting at byte `started_at`, ran past a limit.
    TooLarge(TooLarge),
    /// The file could not be read.
    Io(std::io::Error),
    /// The caller's handler stopped the read with its own error.
    Stopped(E),
}

/// Which limit a file ran past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TooLarge {
    /// The file as a whole (it grew after its length was checked).
    File,
    /// One event: its number in `events` (1 for the first).
    Event(u64),
    /// The fields outside `events`.
    OtherFields,
}

/// Reads the whole file, calling `on_event` with each event and its number in `events` (1 for
/// the first), in file order. The handler may stop the read by returning an error, which comes
/// back as [`ReadFailure::Stopped`].
///
/// The JSON is parsed on a second thread while `on_event` handles the events already parsed, in
/// the calling thread: parsing is a third of an import's work, and the checks or the database
/// writes the handler does are most of the rest. The parsed events are handed over in batches,
/// each closed at [`BATCH_EVENTS`] events or [`BATCH_BYTES`] of text, and at most one batch
/// waits: the one being handled, the one waiting and the one being filled are all there is, so
/// memory does not grow with the file, and a file of the largest events takes a few of them at
/// a time. When the handler stops the read, the parser stops at its next batch.
pub(crate) fn read_sync_file<E>(
    source: SyncSource<'_>,
    on_event: &mut dyn FnMut(SyncEvent, u64) -> Result<(), E>,
) -> Result<FileHeader, ReadFailure<E>> {
    std::thread::scope(|scope| {
        let (sender, receiver) = std::sync::mpsc::sync_channel::<Vec<(SyncEvent, u64)>>(1);
        let parser = scope.spawn(move || {
            let mut batch = Vec::with_capacity(BATCH_EVENTS);
            let mut batch_bytes = 0;
            let mut digest = EventsDigest::new();
            let parsed = parse_sync_file::<()>(source, &mut |event, number| {
                digest.add(&event);
                batch_bytes += event.payload.len() + event.author.len() + 256;
                batch.push((event, number));
                if batch.len() == BATCH_EVENTS || batch_bytes >= BATCH_BYTES {
                    let full = std::mem::replace(&mut batch, Vec::with_capacity(BATCH_EVENTS));
                    batch_bytes = 0;
                    // An error here: the handler stopped the read.
                    sender.send(full).map_err(|_| ())?;
                }
                Ok(())
            });
            if parsed.is_ok() && !batch.is_empty() {
                // The handler may have stopped at the very end; then nobody receives this.
                let _ = sender.send(batch);
            }
            parsed.map(|header| FileHeader {
                events_digest: digest.finish(),
                ..header
            })
        });
        let mut stopped = None;
        'batches: for batch in receiver.iter() {
            for (event, number) in batch {
                if let Err(error) = on_event(event, number) {
                    stopped = Some(error);
                    break 'batches;
                }
            }
        }
        // The parser's next send fails, and it stops.
        drop(receiver);
        let parsed = match parser.join() {
            Ok(parsed) => parsed,
            Err(panic) => std::panic::resume_unwind(panic),
        };
        if let Some(error) = stopped {
            return Err(ReadFailure::Stopped(error));
        }
        parsed.map_err(|failure| match failure {
            ReadFailure::Json(error) => ReadFailure::Json(error),
            ReadFailure::TooLarge(what) => ReadFailure::TooLarge(what),
            ReadFailure::Io(error) => ReadFailure::Io(error),
            ReadFailure::Stopped(()) => {
                unreachable!("the parser stops on its own only when the handler has stopped")
            }
        })
    })
}

/// Hashes the events of a file in their canonical form, in file order: two reads of a file that
/// give the same digest gave the same events. The import reads the file more than once, and a
/// file on disk can change in between.
struct EventsDigest(Sha256);

impl EventsDigest {
    fn new() -> EventsDigest {
        EventsDigest(Sha256::new())
    }

    /// Every field of the event, its device signature too (the version 2 form, whatever the
    /// file's version: this digest is only compared with itself).
    fn add(&mut self, event: &SyncEvent) {
        let hasher = &mut self.0;
        write_event(&mut |piece| hasher.update(piece), event, 2);
    }

    fn finish(self) -> [u8; 32] {
        self.0.finalize().into()
    }
}

/// A batch of parsed events for the handler of [`read_sync_file`] is closed at this many events
/// (one channel message per event would cost more than a small event's parse) …
const BATCH_EVENTS: usize = 64;
/// … or at this much text: a batch holds one large event, or many small ones.
const BATCH_BYTES: usize = 256 * 1024;

/// [`read_sync_file`]'s parse, calling `on_event` in the parsing thread.
fn parse_sync_file<E>(
    source: SyncSource<'_>,
    on_event: &mut dyn FnMut(SyncEvent, u64) -> Result<(), E>,
) -> Result<FileHeader, ReadFailure<E>> {
    let reader = source.reader().map_err(ReadFailure::Io)?;
    let budget = Rc::new(Budget::default());
    // The guard sits under the buffer: it sees 64 KiB reads, not serde's byte-by-byte ones, and
    // its limits hold to within one buffer.
    let guarded = BufReader::with_capacity(
        64 * 1024,
        GuardedReader {
            inner: reader,
            budget: Rc::clone(&budget),
        },
    );
    let mut stopped: Option<E> = None;
    let mut deserializer = serde_json::Deserializer::from_reader(guarded);
    let result = de::Deserializer::deserialize_map(
        &mut deserializer,
        FileVisitor {
            budget: &budget,
            on_event,
            stopped: &mut stopped,
        },
    )
    .and_then(|header| deserializer.end().map(|()| header));
    match result {
        Ok(header) => Ok(header),
        Err(_) if stopped.is_some() => Err(ReadFailure::Stopped(stopped.expect("checked"))),
        Err(_) if budget.exceeded.get().is_some() => Err(ReadFailure::TooLarge(
            budget.exceeded.get().expect("checked"),
        )),
        Err(error) if error.is_io() => Err(ReadFailure::Io(error.into())),
        Err(error) => Err(ReadFailure::Json(error)),
    }
}

/// How far the reader has come, and where the part being read began: the reader refuses to go
/// more than [`MAX_SYNC_EVENT_BYTES`] past the start of the part, so no string grows larger.
/// Positions count what the buffer has taken, up to 64 KiB ahead of the parser.
#[derive(Default)]
struct Budget {
    position: Cell<u64>,
    part_started_at: Cell<u64>,
    /// The event being read (its number), or 0 outside `events`.
    event: Cell<u64>,
    exceeded: Cell<Option<TooLarge>>,
}

impl Budget {
    /// A new part begins here: the next event (`number`), or the fields after the events (0).
    fn start_part(&self, event: u64) {
        self.part_started_at.set(self.position.get());
        self.event.set(event);
    }
}

struct GuardedReader<R> {
    inner: R,
    budget: Rc<Budget>,
}

impl<R: Read> Read for GuardedReader<R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let budget = &self.budget;
        let exceeded = if budget.position.get() > MAX_SYNC_FILE_BYTES {
            Some(TooLarge::File)
        } else if budget.position.get() - budget.part_started_at.get() > MAX_SYNC_EVENT_BYTES {
            Some(match budget.event.get() {
                0 => TooLarge::OtherFields,
                number => TooLarge::Event(number),
            })
        } else {
            None
        };
        if let Some(exceeded) = exceeded {
            budget.exceeded.set(Some(exceeded));
            return Err(std::io::Error::other("sync file part too large"));
        }
        let read = self.inner.read(buffer)?;
        budget.position.set(budget.position.get() + read as u64);
        Ok(read)
    }
}

const FIELDS: &[&str] = &[
    "format",
    "version",
    "exported_by",
    "meetings",
    "events",
    "devices",
    "signature",
];

struct FileVisitor<'r, 'h, E> {
    budget: &'r Budget,
    on_event: &'h mut dyn FnMut(SyncEvent, u64) -> Result<(), E>,
    stopped: &'r mut Option<E>,
}

impl<'de, E> Visitor<'de> for FileVisitor<'_, '_, E> {
    type Value = FileHeader;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a Gavel sync file (a JSON object)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FileHeader, A::Error> {
        let mut header = FileHeader::default();
        let mut seen: Vec<&str> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let Some(&field) = FIELDS.iter().find(|field| **field == key) else {
                return Err(de::Error::unknown_field(&key, FIELDS));
            };
            if seen.contains(&field) {
                return Err(de::Error::duplicate_field(field));
            }
            seen.push(field);
            match field {
                "format" => header.format = Some(map.next_value()?),
                "version" => header.version = Some(map.next_value()?),
                "exported_by" => header.exported_by = Some(map.next_value()?),
                "meetings" => header.meetings = Some(map.next_value()?),
                "events" => {
                    let count = map.next_value_seed(EventsSeed {
                        budget: self.budget,
                        on_event: &mut *self.on_event,
                        stopped: &mut *self.stopped,
                    })?;
                    header.event_count = Some(count);
                    self.budget.start_part(0);
                }
                "devices" => header.devices = map.next_value()?,
                _ => header.signature = map.next_value()?,
            }
        }
        Ok(header)
    }
}

/// The `events` array, one event at a time; its value is how many there were.
struct EventsSeed<'r, 'h, E> {
    budget: &'r Budget,
    on_event: &'h mut dyn FnMut(SyncEvent, u64) -> Result<(), E>,
    stopped: &'r mut Option<E>,
}

impl<'de, E> DeserializeSeed<'de> for EventsSeed<'_, '_, E> {
    type Value = u64;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<u64, D::Error> {
        deserializer.deserialize_seq(self)
    }
}

impl<'de, E> Visitor<'de> for EventsSeed<'_, '_, E> {
    type Value = u64;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a list of events")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<u64, A::Error> {
        let mut number = 0;
        loop {
            self.budget.start_part(number + 1);
            let Some(event) = seq.next_element::<SyncEvent>()? else {
                break;
            };
            number += 1;
            if let Err(error) = (self.on_event)(event, number) {
                *self.stopped = Some(error);
                // The message is never shown: `read_sync_file` returns the handler's error.
                return Err(de::Error::custom("stopped by the import"));
            }
        }
        Ok(number)
    }
}

/// Only `format` and `version`, skipping everything else without keeping it: read when the file
/// could not be read whole, so that a file from a newer Gavel, or not from Gavel at all, is named
/// as such rather than by the first field it has that this Gavel does not know.
/// serde skips the other fields' values (`IgnoredAny`) without buffering them.
#[derive(serde::Deserialize)]
pub(crate) struct FormatHeader {
    pub format: Option<String>,
    pub version: Option<u32>,
}

pub(crate) fn read_format_header(source: SyncSource<'_>) -> Result<FormatHeader, ReadFailure<()>> {
    let reader = BufReader::with_capacity(64 * 1024, source.reader().map_err(ReadFailure::Io)?);
    serde_json::from_reader(reader).map_err(|error| {
        if error.is_io() {
            ReadFailure::Io(error.into())
        } else {
            ReadFailure::Json(error)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A sync file's bytes with these events (the reader checks their shape, not their hashes).
    fn file_with(events: &[serde_json::Value]) -> Vec<u8> {
        serde_json::to_vec(&serde_json::json!({
            "format": "gavel-sync", "version": 2,
            "exported_by": {"device": Uuid::nil(), "author": "Mette", "at_millis": 0},
            "meetings": [], "events": events, "devices": []
        }))
        .expect("JSON")
    }

    fn event(number: u64, payload: &str) -> serde_json::Value {
        serde_json::json!({
            "id": Uuid::from_u128(u128::from(number)), "stream": Uuid::from_u128(7),
            "stream_kind": "meeting", "device": Uuid::from_u128(9), "device_seq": number,
            "hlc": 1000 + number, "author": "Mette", "payload": payload,
            "prev_hash": "00", "hash": "11"
        })
    }

    /// Reads `bytes` whole, handing every event on; returns the digest and the events' ids.
    fn read(bytes: &[u8]) -> ([u8; 32], Vec<Uuid>) {
        let mut ids = Vec::new();
        let header = read_sync_file::<()>(SyncSource::Bytes(bytes), &mut |event, _| {
            ids.push(event.id);
            Ok(())
        })
        .unwrap_or_else(|_| panic!("the file reads"));
        (header.events_digest, ids)
    }

    /// The import compares the digest of its first read with its last: a file changed on disk
    /// in between is refused (sync/import.rs).
    #[test]
    fn each_read_gives_the_digest_of_the_events_it_read() {
        let events: Vec<_> = (1..=300).map(|number| event(number, "{}")).collect();
        let (digest, ids) = read(&file_with(&events));
        assert_eq!(ids.len(), 300, "every event is handed on, in order");
        assert!(ids.windows(2).all(|pair| pair[0] < pair[1]));
        assert_eq!(read(&file_with(&events)).0, digest, "the same events again");

        let mut edited = events.clone();
        edited[299] = event(300, "{\"edited\":true}");
        let mut swapped = events.clone();
        swapped.swap(10, 11);
        let mut signed = events.clone();
        signed[299]["device_signature"] = "ab".into();
        for (what, changed) in [
            ("the last event's payload", edited),
            ("two events swapped", swapped),
            ("a device signature added", signed),
            ("an event left out", events[..299].to_vec()),
        ] {
            assert_ne!(read(&file_with(&changed)).0, digest, "{what}");
        }
    }

    /// Events larger than a batch's text go one to a batch, and every one arrives, in order.
    #[test]
    fn large_events_are_handed_on_one_at_a_time_and_all_arrive() {
        let large = format!("{{\"notes\":\"{}\"}}", "x".repeat(BATCH_BYTES));
        let events: Vec<_> = (1..=12)
            .map(|number| event(number, if number % 3 == 0 { &large } else { "{}" }))
            .collect();
        let (_, ids) = read(&file_with(&events));
        let expected: Vec<_> = (1..=12).map(Uuid::from_u128).collect();
        assert_eq!(ids, expected);
    }

    /// A handler that stops the read gets its own error back, however far ahead the parser was.
    #[test]
    fn a_handler_that_stops_the_read_stops_it() {
        let events: Vec<_> = (1..=5000).map(|number| event(number, "{}")).collect();
        let bytes = file_with(&events);
        let mut handled = 0;
        let stopped = read_sync_file(SyncSource::Bytes(&bytes), &mut |_, number| {
            handled += 1;
            if number == 100 { Err(number) } else { Ok(()) }
        });
        assert!(matches!(stopped, Err(ReadFailure::Stopped(100))));
        assert_eq!(
            handled, 100,
            "no event is handed on after the handler stopped"
        );
    }
}
