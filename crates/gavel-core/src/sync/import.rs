//! Reading a sync file: check everything, then add the events this database lacks and refold, in
//! one transaction. A file that fails any check changes nothing.
//!
//! The file is streamed (sync/reader.rs), never held whole: memory grows with the number of
//! chains and devices, and by 16 bytes an event, not with the file's size. It is read up to three
//! times:
//! 1. every event is checked as it passes (sync/file_checks.rs): hash, chain, payload, clock;
//! 2. only for a signed file: its canonical content is hashed for the signature, which is checked
//!    before any problem the first read found is reported;
//! 3. inside the transaction, each event at or before its chain's end here is looked up (one past
//!    it cannot be here) and the new ones inserted; the events'
//!    digest must equal the first read's, or the file changed in between and is refused.
//!
//! Then the merged log is folded, deciding each new event at its place, and refolded.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use gavel_messages::Language;
use rusqlite::{OptionalExtension, TransactionBehavior};
use uuid::Uuid;

use super::device_trust::{self, DeviceJudgement};
use super::file_checks::{CheckedEvents, FileChecks, Problem};
use super::reader::{self, FileHeader, ReadFailure, SyncSource, TooLarge};
use super::signature::CanonicalContent;
use super::{
    ExportedBy, SYNC_FORMAT_NAME, SYNC_FORMAT_VERSION, SyncEvent, SyncImportReport,
    SyncSignatureVerifier, SyncSigner, conflicts,
};
use crate::clock::Hlc;
use crate::decide::{self, ImportRefusal, LogPlace};
use crate::error::{Error, Result};
use crate::event::{self, EventPayload, StreamKind};
use crate::meeting_state;
use crate::projection;
use crate::rules::Bilingual;
use crate::store::Store;
use crate::verify::StreamFingerprint;
use crate::wording;

/// Larger files are refused before they are read: ten years of one group's meetings with every
/// poll named are about 45 MB.
pub const MAX_SYNC_FILE_BYTES: u64 = 256 * 1024 * 1024;

impl Store {
    /// Imports a sync file (its bytes, as read from `file_name`). With `dry_run` nothing is written
    /// and the report says what would happen. See [`Store::import_sync_from`].
    pub fn import_sync(
        &mut self,
        file_name: &str,
        bytes: &[u8],
        dry_run: bool,
        verifier: Option<&dyn SyncSignatureVerifier>,
        accepted_devices: &[String],
    ) -> Result<SyncImportReport> {
        self.import_sync_from(
            file_name,
            SyncSource::Bytes(bytes),
            dry_run,
            verifier,
            accepted_devices,
        )
    }

    /// Imports a sync file read from `source` (named `file_name` in messages), streaming it: an
    /// open file is never read into memory whole. With `dry_run` nothing is written and the
    /// report says what would happen.
    ///
    /// A signed file is checked with `verifier` before anything else about its events, and
    /// refused whole when its signature does not verify — or when there is no verifier, since a
    /// signature nobody checks must not look like one that holds.
    pub fn import_sync_from(
        &mut self,
        file_name: &str,
        source: SyncSource<'_>,
        dry_run: bool,
        verifier: Option<&dyn SyncSignatureVerifier>,
        accepted_devices: &[String],
    ) -> Result<SyncImportReport> {
        let read = read_and_check(file_name, source, verifier, self.clock.now_millis())?;
        self.add_checked_file(file_name, source, read, dry_run, accepted_devices)
    }

    /// Imports several sync files, one after the other, each in its own transaction, as
    /// [`Store::import_sync_from`] imports one: a file that is refused changes nothing and does
    /// not stop the files after it. Each file's report or refusal, in the order given.
    ///
    /// While one file's events are added, the next file is read and checked on another thread:
    /// those reads need no database, and adding holds the database's one writer busy while the
    /// second core would wait. A secretariat importing every group's files saves a read a file.
    /// So each source must be a file of its own, opened once (two reads of one open file at a
    /// time would move each other's place in it).
    pub fn import_sync_files(
        &mut self,
        files: &[(&str, SyncSource<'_>)],
        dry_run: bool,
        verifier: Option<&(dyn SyncSignatureVerifier + Sync)>,
        accepted_devices: &[String],
    ) -> Vec<Result<SyncImportReport>> {
        let mut reports = Vec::with_capacity(files.len());
        let Some(&(first_name, first_source)) = files.first() else {
            return reports;
        };
        let mut read = read_and_check(
            first_name,
            first_source,
            verifier.map(|verifier| verifier as &dyn SyncSignatureVerifier),
            self.clock.now_millis(),
        );
        for (index, &(file_name, source)) in files.iter().enumerate() {
            let (report, next) = std::thread::scope(|scope| {
                let next = files.get(index + 1).map(|&(next_name, next_source)| {
                    let now_millis = self.clock.now_millis();
                    scope.spawn(move || {
                        let verifier =
                            verifier.map(|verifier| verifier as &dyn SyncSignatureVerifier);
                        read_and_check(next_name, next_source, verifier, now_millis)
                    })
                });
                let report = read.and_then(|checked| {
                    self.add_checked_file(file_name, source, checked, dry_run, accepted_devices)
                });
                let next = next.map(|thread| {
                    thread
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
                });
                (report, next)
            });
            reports.push(report);
            match next {
                Some(next) => read = next,
                None => break,
            }
        }
        reports
    }

    /// Adds a file that [`read_and_check`] found sound: judges its devices, then reads it a last
    /// time inside one transaction, inserting and deciding its new events.
    fn add_checked_file(
        &mut self,
        file_name: &str,
        source: SyncSource<'_>,
        read: ReadAndChecked,
        dry_run: bool,
        accepted_devices: &[String],
    ) -> Result<SyncImportReport> {
        let bad = |field: Option<&str>, message: Bilingual| bad_input(file_name, field, message);
        let ReadAndChecked {
            header,
            first_read,
            signed_by,
            checked,
        } = read;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut judgement = device_trust::judge(
            &tx,
            &header.devices,
            &checked.heads,
            signed_by.as_ref(),
            accepted_devices,
            &self.author,
        )?
        .map_err(|(field, message)| bad(Some(&field), message))?;
        let mut report = SyncImportReport {
            file_name: file_name.to_owned(),
            exported_by_device: header.exported_by.device,
            exported_by_author: header.exported_by.author.clone(),
            signed_by,
            events_in_file: u32::try_from(header.event_count).unwrap_or(u32::MAX),
            events_added: 0,
            events_already_present: 0,
            groups_added: Vec::new(),
            meetings_added: Vec::new(),
            meetings_changed: Vec::new(),
            conflicts: Vec::new(),
            decision_conflicts: Vec::new(),
            refused: Vec::new(),
            devices: Vec::new(),
            events_not_taken: 0,
            dry_run,
        };

        // 3. The new events, added as the file streams past a last time. Every event this
        // transaction inserts has a rowid above the log's largest before it (the log is
        // append-only), which is how the steps after it tell the new events from the old.
        let log_before = LogBefore::read(&tx)?;
        let meetings_before: HashSet<Uuid> = tx
            .prepare("SELECT id FROM meeting")?
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let groups_before: HashSet<Uuid> = tx
            .prepare("SELECT id FROM steering_group")?
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut adding = AddNewEvents {
            tx: &tx,
            file_name,
            judgement: &mut judgement,
            frozen: FrozenMeetings::new(&checked),
            report: &mut report,
            latest_hlc: self.last_hlc,
            streams_changed: BTreeMap::new(),
            already_present: Vec::new(),
            backlog_changes: &checked.backlog_changes,
            backlog_changed: false,
            first_place: None,
            records_created: &checked.records_created,
            created_again: None,
            stored_chain_ends: HashMap::new(),
        };
        let last_read = reader::read_sync_file(source, &mut |event, _| adding.add(event))
            .map_err(|failure| read_failure(file_name, source, failure))?;
        let AddNewEvents {
            latest_hlc,
            streams_changed,
            mut already_present,
            frozen,
            backlog_changed,
            first_place,
            created_again,
            ..
        } = adding;
        if last_read.events_digest != first_read {
            return Err(bad(
                None,
                crate::rules::Bilingual::message("coreSyncImport-theFileChangedWhileIt", &[]),
            ));
        }
        report.refused = frozen.refusals(&tx)?;

        let numbers = FileNumbers {
            source,
            last: std::cell::Cell::new(None),
        };
        if let Some((_, event_id, error)) = created_again {
            return Err(created_again_refusal(
                &tx, file_name, &numbers, event_id, error,
            )?);
        }
        if let Some(first_place) = first_place {
            let plan = log_before.fold_plan(
                &tx,
                &checked,
                &streams_changed,
                first_place,
                backlog_changed,
            )?;
            decide_new_events(&tx, &log_before, plan, &numbers, file_name)
                .map_err(|error| device_trust::name_what_was_left_out(error, &judgement.devices))?;
        }

        // What the report names each new group and each new or changed meeting by: its name or
        // title now, or its id when the file did not bring one.
        let named = |sql: &str, id: Uuid| -> Result<String> {
            let name: Option<String> = tx.query_row(sql, [id], |row| row.get(0)).optional()?;
            Ok(name.unwrap_or_else(|| id.to_string()))
        };
        for (&stream, &kind) in &streams_changed {
            match kind {
                StreamKind::Group if !groups_before.contains(&stream) => report.groups_added.push(
                    named("SELECT name FROM steering_group WHERE id = ?1", stream)?,
                ),
                StreamKind::Meeting => {
                    report
                        .decision_conflicts
                        .extend(crate::queries::decision_conflicts(&tx, stream)?);
                    let title = named("SELECT title FROM meeting WHERE id = ?1", stream)?;
                    if meetings_before.contains(&stream) {
                        report.meetings_changed.push(title);
                    } else {
                        report.meetings_added.push(title);
                    }
                }
                StreamKind::Group | StreamKind::Backlog => {}
            }
        }
        already_present.sort_unstable();
        let imported_streams: HashSet<Uuid> = streams_changed.keys().copied().collect();
        report.conflicts = conflicts::find(
            &tx,
            &imported_streams,
            log_before.last_rowid,
            &already_present,
        )?;
        device_trust::record(&tx, &judgement, self.clock.now_millis())?;
        report.devices = judgement.devices;

        if dry_run {
            tx.rollback()?;
        } else {
            tx.commit()?;
            // Later local events must sort after everything this database has now seen.
            self.last_hlc = latest_hlc;
        }
        Ok(report)
    }
}

/// A file read and checked before any transaction: what adding it needs of the first reads.
struct ReadAndChecked {
    header: CheckedHeader,
    /// The digest of the events as the first read found them: the last read must find the same.
    first_read: [u8; 32],
    signed_by: Option<SyncSigner>,
    checked: CheckedEvents,
}

/// Steps 1 and 2, which need no database: the size, every event checked as it streams past,
/// the header, the signature (checked before anything the first read found is reported), and no
/// event dated ahead of this computer's clock (`now_millis`).
fn read_and_check(
    file_name: &str,
    source: SyncSource<'_>,
    verifier: Option<&dyn SyncSignatureVerifier>,
    now_millis: u64,
) -> Result<ReadAndChecked> {
    let bad = |field: Option<&str>, message: Bilingual| bad_input(file_name, field, message);
    let length = source
        .len()
        .map_err(|error| cannot_be_read(file_name, &error))?;
    if length > MAX_SYNC_FILE_BYTES {
        return Err(bad(None, too_large(TooLarge::File)));
    }

    // 1. Every event checked as it streams past; what is wrong is reported after step 2.
    let mut checks = FileChecks::new(now_millis);
    let header = reader::read_sync_file(source, &mut |event, number| {
        checks.check(event, number);
        Ok(())
    })
    .map_err(|failure| read_failure(file_name, source, failure))?;
    let first_read = header.events_digest;
    let header = check_header(file_name, header)?;

    // 2. The signature, over the canonical content, before anything about the events.
    let signed_by = check_signature(file_name, source, &header, verifier)?;
    let checked = checks
        .finish()
        .map_err(|(field, message)| bad(Some(&field), message))?;
    refuse_an_event_dated_ahead_of_the_clock(&checked, now_millis)
        .map_err(|(field, message)| bad(Some(&field), message))?;
    Ok(ReadAndChecked {
        header,
        first_read,
        signed_by,
        checked,
    })
}

/// The third read's work, one event at a time: is it here already (and the same), is its chain
/// trusted, does signed = frozen refuse it; the new ones are inserted.
struct AddNewEvents<'a, 't> {
    tx: &'a rusqlite::Transaction<'t>,
    file_name: &'a str,
    judgement: &'a mut DeviceJudgement,
    frozen: FrozenMeetings<'a>,
    report: &'a mut SyncImportReport,
    latest_hlc: Hlc,
    /// The streams that got new events, with their kind.
    streams_changed: BTreeMap<Uuid, StreamKind>,
    /// The file's events this database already held (for conflicts: they are not local-only).
    already_present: Vec<Uuid>,
    /// The file's events that change the backlog, and whether one of them was inserted.
    backlog_changes: &'a HashSet<Uuid>,
    backlog_changed: bool,
    /// The first event inserted, in log order: (hlc, device, id).
    first_place: Option<(i64, Uuid, Uuid)>,
    /// The records the file's events create, and the first event inserted (in log order) that
    /// creates one the log held before the import: its place, id and refusal.
    records_created: &'a HashMap<Uuid, decide::CreatedRecord>,
    created_again: Option<((i64, Uuid, Uuid), Uuid, Error)>,
    /// Each chain's last sequence number in this database before the file (0: none), read once
    /// per chain: an event past it has no copy here at its place, so it is not looked up.
    stored_chain_ends: HashMap<(Uuid, Uuid), i64>,
}

impl AddNewEvents<'_, '_> {
    fn add(&mut self, event: SyncEvent) -> Result<()> {
        let chain = (event.stream, event.device);
        let stored_chain_end = match self.stored_chain_ends.get(&chain) {
            Some(&end) => end,
            None => {
                let end: i64 = self
                    .tx
                    .prepare_cached(
                        "SELECT COALESCE(MAX(device_seq), 0) FROM event
                         WHERE stream = ?1 AND device = ?2",
                    )?
                    .query_row(chain, |row| row.get(0))?;
                self.stored_chain_ends.insert(chain, end);
                end
            }
        };
        // Found by its place in its chain (an index read in order, as a chain's events follow
        // each other); an event whose id is here at another place is found below, by the insert
        // or, for one not taken, by its id.
        // (A number past i64's range is past every stored one; the insert refuses it.)
        let past_the_stored_end =
            i64::try_from(event.device_seq).map_or(true, |seq| seq > stored_chain_end);
        let stored: Option<(String, Uuid)> = if past_the_stored_end {
            None
        } else {
            self.tx
                .prepare_cached(
                    "SELECT hash, id FROM event
                     WHERE stream = ?1 AND device = ?2 AND device_seq = ?3",
                )?
                .query_row((event.stream, event.device, event.device_seq), |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })
                .optional()?
        };
        match stored {
            Some((hash, id)) if id == event.id && hash == event.hash => {
                self.report.events_already_present += 1;
                self.already_present.push(event.id);
                return Ok(());
            }
            Some(_) => return Err(self.differs_from_the_copy_here(event.id)),
            None => {}
        }
        let taken = self
            .judgement
            .trusted_chains
            .contains(&(event.stream, event.device));
        if let Some(device) = self
            .judgement
            .devices
            .iter_mut()
            .find(|device| device.id == event.device)
        {
            device.new_events += 1;
            device.events_not_taken += u32::from(!taken);
        }
        if !taken
            || self
                .frozen
                .refuses(self.tx, &self.judgement.trusted_chains, &event)?
        {
            if !taken {
                self.report.events_not_taken += 1;
            }
            let id_is_here: bool = self
                .tx
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM event WHERE id = ?1)")?
                .query_row([event.id], |row| row.get(0))?;
            if id_is_here {
                return Err(self.differs_from_the_copy_here(event.id));
            }
            return Ok(());
        }
        self.latest_hlc = self.latest_hlc.max(event.hlc);
        self.streams_changed.insert(event.stream, event.stream_kind);
        self.backlog_changed |= self.backlog_changes.contains(&event.id);
        let id = event.id;
        // As the event table stores it: an HLC above i64's range is refused by the insert.
        let place = (event.hlc.0 as i64, event.device, id);
        match crate::log::insert_event(self.tx, &event.into_stored()) {
            Err(Error::Database(rusqlite::Error::SqliteFailure(failure, _)))
                if matches!(
                    failure.extended_code,
                    rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
                        | rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                ) =>
            {
                return Err(self.differs_from_the_copy_here(id));
            }
            inserted => inserted?,
        }
        self.report.events_added += 1;
        self.first_place = Some(self.first_place.map_or(place, |first| first.min(place)));
        // Nothing is folded while the file is read: the read tables hold the log before it. The
        // refusal names the first such event in log order, as the rules' refusals do.
        let earlier = |(found, _, _): &(_, Uuid, Error)| place < *found;
        if self.created_again.as_ref().is_none_or(earlier) {
            let created = self.records_created.get(&id).copied();
            match decide::refuse_created_again(self.tx, created) {
                Err(refusal @ Error::Rejected(_)) => {
                    self.created_again = Some((place, id, refusal));
                }
                other => other?,
            }
        }
        Ok(())
    }

    /// An event whose id or place in its chain this database holds with other content.
    fn differs_from_the_copy_here(&self, event_id: Uuid) -> Error {
        bad_input(
            self.file_name,
            Some(&format!("events[id={event_id}]")),
            crate::rules::Bilingual::message("coreSyncImport-thisEventDiffersFromThe", &[]),
        )
    }
}

/// Signed = frozen: a meeting whose current minutes are signed here takes no new events from a
/// file, unless the file carries (and this import takes) an amendment of that version — then the
/// meeting's events are taken as they come. Signatures themselves (countersignatures) are always
/// taken: they change nothing but add a signature. Within a frozen meeting each device's chain is
/// taken up to its first change and no further, so that every chain here stays without gaps.
struct FrozenMeetings<'a> {
    checked: &'a CheckedEvents,
    /// Whether each meeting met so far is frozen.
    frozen: HashMap<Uuid, bool>,
    /// Chains of frozen meetings cut at their first change.
    cut: HashSet<(Uuid, Uuid)>,
    /// Changes refused, per meeting.
    refused: BTreeMap<Uuid, u32>,
}

impl<'a> FrozenMeetings<'a> {
    fn new(checked: &'a CheckedEvents) -> FrozenMeetings<'a> {
        FrozenMeetings {
            checked,
            frozen: HashMap::new(),
            cut: HashSet::new(),
            refused: BTreeMap::new(),
        }
    }

    /// Whether signed = frozen refuses this new event of a trusted chain. The read tables do not
    /// change while events are inserted, so each meeting is judged once, on its first new event.
    fn refuses(
        &mut self,
        conn: &rusqlite::Connection,
        trusted_chains: &HashSet<(Uuid, Uuid)>,
        event: &SyncEvent,
    ) -> Result<bool> {
        if event.stream_kind != StreamKind::Meeting {
            return Ok(false);
        }
        let frozen = match self.frozen.get(&event.stream) {
            Some(&frozen) => frozen,
            None => {
                let frozen = self.is_frozen(conn, trusted_chains, event.stream)?;
                self.frozen.insert(event.stream, frozen);
                frozen
            }
        };
        if !frozen {
            return Ok(false);
        }
        let chain = (event.stream, event.device);
        let is_signature = event.payload.starts_with("{\"type\":\"MinutesSigned\"")
            && matches!(
                serde_json::from_str(&event.payload),
                Ok(EventPayload::MinutesSigned { .. })
            );
        if self.cut.contains(&chain) || !is_signature {
            self.cut.insert(chain);
            *self.refused.entry(event.stream).or_default() += 1;
            return Ok(true);
        }
        Ok(false)
    }

    fn is_frozen(
        &self,
        conn: &rusqlite::Connection,
        trusted_chains: &HashSet<(Uuid, Uuid)>,
        meeting: Uuid,
    ) -> Result<bool> {
        let exists: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM meeting WHERE id = ?1)",
            [meeting],
            |row| row.get(0),
        )?;
        if !exists || !meeting_state::minutes_are_signed(conn, meeting)? {
            return Ok(false);
        }
        let version = meeting_state::minutes_version(conn, meeting)?;
        for amendment in &self.checked.amendments {
            if amendment.meeting != meeting
                || amendment.amends_version != version
                || !trusted_chains.contains(&(meeting, amendment.device))
            {
                continue;
            }
            // Taken by this import: in a chain it takes, and new here.
            let present: bool = conn
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM event WHERE id = ?1)")?
                .query_row([amendment.id], |row| row.get(0))?;
            if !present {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// What the report says of the refused changes, per meeting.
    fn refusals(&self, conn: &rusqlite::Connection) -> Result<Vec<Bilingual>> {
        let mut refused = Vec::new();
        for (&meeting_id, count) in &self.refused {
            let title: String = conn
                .query_row(
                    "SELECT title FROM meeting WHERE id = ?1",
                    [meeting_id],
                    |row| row.get(0),
                )
                .unwrap_or_else(|_| meeting_id.to_string());
            refused.push(crate::rules::Bilingual::message(
                "coreSyncImport-changesToASignedMeetingWereNotImported",
                &[
                    ("count", (*count).into()),
                    ("title", title.to_string().into()),
                ],
            ));
        }
        Ok(refused)
    }
}

/// What the import needs of the fields besides the events, each checked to be there.
struct CheckedHeader {
    version: u32,
    exported_by: ExportedBy,
    meetings: Vec<Uuid>,
    event_count: u64,
    devices: Vec<super::DeviceCard>,
    signature: Option<super::SyncSignature>,
}

fn bad_input(file_name: &str, field: Option<&str>, message: Bilingual) -> Error {
    Error::BadInput {
        file: file_name.to_owned(),
        line: None,
        field: field.map(str::to_owned),
        message,
    }
}

fn cannot_be_read(file_name: &str, error: &std::io::Error) -> Error {
    bad_input(
        file_name,
        None,
        crate::rules::Bilingual::message(
            "coreSyncImport-theFileCannotBeRead",
            &[("error", error.to_string().into())],
        ),
    )
}

fn too_large(what: TooLarge) -> Bilingual {
    let limit = MAX_SYNC_FILE_BYTES >> 20;
    let event_limit = reader::MAX_SYNC_EVENT_BYTES >> 20;
    match what {
        TooLarge::File => crate::rules::Bilingual::message(
            "coreSyncImport-theFileIsLargerThan",
            &[("limit", limit.to_string().into())],
        ),
        TooLarge::Event(number) => crate::rules::Bilingual::message(
            "coreSyncImport-eventInTheFileIs",
            &[
                ("event_limit", event_limit.to_string().into()),
                ("number", number.to_string().into()),
            ],
        ),
        TooLarge::OtherFields => crate::rules::Bilingual::message(
            "coreSyncImport-theFileSFieldsBesides",
            &[("event_limit", event_limit.to_string().into())],
        ),
    }
}

/// Why a read of the file stopped, in words. A file that is not JSON of a sync file's shape is
/// read again for its `format` and `version` only, so that a newer Gavel's file, or another
/// program's, is named as such rather than by the first field this Gavel does not know.
fn read_failure(file_name: &str, source: SyncSource<'_>, failure: ReadFailure<Error>) -> Error {
    let error = match failure {
        ReadFailure::Stopped(error) => return error,
        ReadFailure::TooLarge(what) => {
            let field = match what {
                TooLarge::Event(number) => Some(format!("events[{number}]")),
                _ => None,
            };
            return bad_input(file_name, field.as_deref(), too_large(what));
        }
        ReadFailure::Io(error) => return cannot_be_read(file_name, &error),
        ReadFailure::Json(error) => error,
    };
    let line = Some(u64::try_from(error.line()).unwrap_or(0));
    if error.classify() == serde_json::error::Category::Eof {
        return Error::BadInput {
            file: file_name.to_owned(),
            line,
            field: None,
            message: crate::rules::Bilingual::message("coreSyncImport-theFileEndsTooEarly", &[]),
        };
    }
    match reader::read_format_header(source) {
        Ok(format) => {
            if let Err(refusal) = check_format_and_version(file_name, format.format, format.version)
            {
                return refusal;
            }
            Error::BadInput {
                file: file_name.to_owned(),
                line,
                field: None,
                message: crate::rules::Bilingual::message(
                    "coreSyncImport-theSyncFileCannotBe",
                    &[("error", error.to_string().into())],
                ),
            }
        }
        Err(_) => Error::BadInput {
            file: file_name.to_owned(),
            line,
            field: None,
            message: crate::rules::Bilingual::message(
                "coreSyncImport-notAGavelSyncFile",
                &[("error", error.to_string().into())],
            ),
        },
    }
}

/// The file must say it is a Gavel sync file of a version this Gavel reads.
fn check_format_and_version(
    file_name: &str,
    format: Option<String>,
    version: Option<u32>,
) -> Result<u32> {
    if format.as_deref() != Some(SYNC_FORMAT_NAME) {
        return Err(bad_input(
            file_name,
            Some("format"),
            crate::rules::Bilingual::message(
                "coreSyncImport-notAGavelSyncFile2",
                &[("format_name", SYNC_FORMAT_NAME.to_string().into())],
            ),
        ));
    }
    match version {
        Some(version) if version > SYNC_FORMAT_VERSION => Err(bad_input(
            file_name,
            Some("version"),
            crate::rules::Bilingual::message(
                "coreSyncImport-writtenByANewerGavel",
                &[
                    ("supported_version", SYNC_FORMAT_VERSION.to_string().into()),
                    ("version", version.to_string().into()),
                ],
            ),
        )),
        Some(version) => Ok(version),
        None => Err(bad_input(
            file_name,
            Some("version"),
            crate::rules::Bilingual::message("coreSyncImport-theFileHasNoFormat", &[]),
        )),
    }
}

/// Format and version, then the fields every version has.
fn check_header(file_name: &str, header: FileHeader) -> Result<CheckedHeader> {
    let version = check_format_and_version(file_name, header.format, header.version)?;
    let missing = |field: &str| {
        bad_input(
            file_name,
            None,
            crate::rules::Bilingual::message(
                "coreSyncImport-theSyncFileCannotBe2",
                &[("field", field.to_string().into())],
            ),
        )
    };
    Ok(CheckedHeader {
        version,
        exported_by: header.exported_by.ok_or_else(|| missing("exported_by"))?,
        meetings: header.meetings.ok_or_else(|| missing("meetings"))?,
        event_count: header.event_count.ok_or_else(|| missing("events"))?,
        devices: header.devices,
        signature: header.signature,
    })
}

/// Finds an event's number in the file (1 for the first in `events`) for a message that names
/// it, by reading the file again: only a refusal needs it, so no table of numbers is kept.
struct FileNumbers<'a> {
    source: SyncSource<'a>,
    /// The last event looked up and its number: a message names it more than once.
    last: std::cell::Cell<Option<(Uuid, u64)>>,
}

impl FileNumbers<'_> {
    fn number(&self, event_id: Uuid) -> u64 {
        if let Some((id, number)) = self.last.get()
            && id == event_id
        {
            return number;
        }
        let mut found = 0;
        let _ = reader::read_sync_file(self.source, &mut |event, number| {
            if event.id != event_id {
                return Ok(());
            }
            found = number;
            // Found: the rest of the file need not be read.
            Err(())
        });
        self.last.set(Some((event_id, found)));
        found
    }

    /// `events[5]`, or `events[5].fingerprint` for a field of its payload.
    fn field(&self, event_id: Uuid, payload_field: Option<&str>) -> String {
        field_of(self.number(event_id), payload_field)
    }

    /// "hændelse nr. 5 i filen (MinutesSigned, id …)" / "event 5 in the file (MinutesSigned, id …)".
    fn describe(&self, id: Uuid, payload: &EventPayload) -> Bilingual {
        describe_event(self.number(id), id, &payload_type(payload))
    }
}

fn field_of(number: u64, payload_field: Option<&str>) -> String {
    match payload_field {
        Some(name) => format!("events[{number}].{name}"),
        None => format!("events[{number}]"),
    }
}

fn describe_event(number: u64, id: Uuid, kind: &str) -> Bilingual {
    crate::rules::Bilingual::message(
        "coreSyncImport-eventInTheFileId",
        &[
            ("id", id.to_string().into()),
            ("kind", kind.to_string().into()),
            ("number", number.to_string().into()),
        ],
    )
}

/// The event's `type`, as the file spells it.
pub(super) fn payload_type(payload: &EventPayload) -> String {
    serde_json::to_value(payload)
        .ok()
        .and_then(|json| json.get("type")?.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// An event dated more than a day after this computer's clock is refused, and with it the file:
/// taken, it would date every later event of this laptop after it (a hybrid logical clock never
/// goes back), and those would win every conflict on every laptop until then.
fn refuse_an_event_dated_ahead_of_the_clock(
    checked: &CheckedEvents,
    now_millis: u64,
) -> std::result::Result<(), Problem> {
    let Some(event) = &checked.ahead_of_clock else {
        return Ok(());
    };
    let what = describe_event(event.number, event.id, &event.payload_type);
    let dated = crate::clock::clock_reading(event.hlc.physical_millis());
    let now = crate::clock::clock_reading(now_millis);
    Err((
        field_of(event.number, Some("hlc")),
        wording::message(
            "coreSyncImport-theEventIsDatedAheadOfTheClock",
            |language| {
                vec![
                    ("clock", wording::pick(&now, language).into()),
                    ("dated", wording::pick(&dated, language).into()),
                    ("event", wording::pick(&what, language).into()),
                ]
            },
        ),
    ))
}

impl SyncEvent {
    fn into_stored(self) -> event::Event {
        event::Event {
            id: self.id,
            stream: self.stream,
            stream_kind: self.stream_kind,
            device: self.device,
            device_seq: self.device_seq,
            hlc: self.hlc,
            author: self.author,
            payload: self.payload,
            prev_hash: self.prev_hash,
            hash: self.hash,
        }
    }
}

/// What the log held before an import inserted its events, read at the start of its
/// transaction: how the new events are told from the old, and whether they can be folded onto the
/// read tables as they stand.
struct LogBefore {
    /// Every event the import inserts has a rowid above this (the log is append-only).
    last_rowid: i64,
    /// The last event in log order: (hlc, device, id).
    last_place: Option<(i64, Uuid, Uuid)>,
    /// Whether any event took another back (an undo, a resolution of a decision conflict).
    took_back: bool,
}

impl LogBefore {
    fn read(conn: &rusqlite::Connection) -> Result<LogBefore> {
        let last_rowid =
            conn.query_row("SELECT COALESCE(MAX(rowid), 0) FROM event", [], |row| {
                row.get(0)
            })?;
        let last_place = conn
            .query_row(
                // The last clock by the log order index, then the last of the events at it
                // (the index holds the clock alone: schema V12).
                "SELECT hlc, device, id FROM event WHERE hlc = (SELECT MAX(hlc) FROM event)
                 ORDER BY device DESC, id DESC LIMIT 1",
                [],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?;
        let took_back = conn.query_row(
            &format!(
                "SELECT EXISTS (SELECT 1 FROM event WHERE {})",
                crate::schema::TAKES_BACK
            ),
            [],
            |row| row.get(0),
        )?;
        Ok(LogBefore {
            last_rowid,
            last_place,
            took_back,
        })
    }

    /// How the merged log is folded: only the new events, in log order, onto the read tables as
    /// they stand, when that leaves them as folding the whole merged log would; else the whole
    /// log. The old log must have taken nothing back (then the read tables are exactly its
    /// events folded in order), and either
    /// - every new event comes after the old log's last (a laptop taking a meeting it has not
    ///   seen), or
    /// - no old event of the new events' groups lies after the first new event, and neither the
    ///   new events (`backlog_changed`) nor the old ones after the first of them change the
    ///   backlog. Events of different groups touch different rows but for the backlog, which
    ///   every meeting's record takes as the meeting leaves it (`projection::changes_the_backlog`),
    ///   so such events fold alike in either order. A secretariat importing each group's years,
    ///   which interleave in time with the other groups', or a group's next meeting after
    ///   another group's later one, folds a file's events, not the million before them.
    fn fold_plan(
        &self,
        conn: &rusqlite::Connection,
        checked: &CheckedEvents,
        streams_changed: &BTreeMap<Uuid, StreamKind>,
        first_new: (i64, Uuid, Uuid),
        backlog_changed: bool,
    ) -> Result<FoldPlan> {
        if self.took_back {
            return Ok(FoldPlan::WholeLog);
        }
        let new_events_only = FoldPlan::NewEventsOnly { from: first_new };
        if self.last_place.is_none_or(|last| first_new > last) {
            return Ok(new_events_only);
        }
        if !backlog_changed
            && their_groups_rest_from(conn, self.last_rowid, checked, streams_changed, first_new)?
            && !the_backlog_changed_from(conn, self.last_rowid, first_new)?
        {
            return Ok(new_events_only);
        }
        Ok(FoldPlan::WholeLog)
    }
}

/// Which events of the merged log an import folds (`LogBefore::fold_plan`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FoldPlan {
    /// The events the import inserted (`LogBefore::last_rowid`), in log order from the first of
    /// them (`from`), onto the read tables as they stand.
    NewEventsOnly { from: (i64, Uuid, Uuid) },
    /// Every event, in log order, onto emptied read tables.
    WholeLog,
}

/// Whether no old event of the groups the new events belong to lies at or after `from` in log
/// order (judged by its clock alone, which is stricter): then each such group's rows stand as
/// its events before the new ones left them, whatever other groups did since. A group new to
/// this database has no old event at all; a group's next meeting, imported after another
/// group's later one, has none after it. A stream's latest old event is the last of one of its
/// chains, as a device's clock only moves forward.
fn their_groups_rest_from(
    conn: &rusqlite::Connection,
    last_rowid_before: i64,
    checked: &CheckedEvents,
    streams_changed: &BTreeMap<Uuid, StreamKind>,
    from: (i64, Uuid, Uuid),
) -> Result<bool> {
    let mut group_of_meeting = conn.prepare_cached("SELECT group_id FROM meeting WHERE id = ?1")?;
    let mut streams: BTreeSet<Uuid> = BTreeSet::new();
    let mut groups: BTreeSet<Uuid> = BTreeSet::new();
    for (&stream, &kind) in streams_changed {
        let group = match kind {
            StreamKind::Group => stream,
            StreamKind::Meeting => {
                let here: Option<Uuid> = group_of_meeting
                    .query_row([stream], |row| row.get(0))
                    .optional()?;
                match here.or_else(|| checked.meetings_created.get(&stream).copied()) {
                    Some(group) => group,
                    None => return Ok(false),
                }
            }
            StreamKind::Backlog => return Ok(false),
        };
        streams.insert(stream);
        groups.insert(group);
    }
    let mut meetings_of_group =
        conn.prepare_cached("SELECT id FROM meeting WHERE group_id = ?1")?;
    for group in groups {
        streams.insert(group);
        for meeting in meetings_of_group.query_map([group], |row| row.get(0))? {
            streams.insert(meeting?);
        }
    }
    let mut latest_old_event = conn.prepare_cached(
        "SELECT MAX(event.hlc) FROM event,
             (SELECT device, MAX(device_seq) AS last FROM event
              WHERE stream = ?1 AND rowid <= ?2 GROUP BY device) AS chain
         WHERE event.stream = ?1 AND event.device = chain.device
           AND event.device_seq = chain.last",
    )?;
    for stream in streams {
        let latest: Option<i64> =
            latest_old_event.query_row((stream, last_rowid_before), |row| row.get(0))?;
        if latest.is_some_and(|hlc| hlc >= from.0) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Whether an old event at or after `from` in log order may have changed the backlog: one of the
/// backlog's own, or any of a meeting with a decision that changes it (by the read tables, which
/// hold the old log folded: a meeting's decisions, not where each lies in the log).
fn the_backlog_changed_from(
    conn: &rusqlite::Connection,
    last_rowid_before: i64,
    from: (i64, Uuid, Uuid),
) -> Result<bool> {
    let (hlc, device, id) = from;
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM event
                        WHERE stream = ?1 AND rowid <= ?2 AND (hlc, device, id) >= (?3, ?4, ?5))
             OR EXISTS (SELECT 1 FROM decision
                        WHERE (backlog_changes <> '[]' OR priority_order IS NOT NULL)
                          AND EXISTS (SELECT 1 FROM event
                                      WHERE stream = decision.meeting_id AND rowid <= ?2
                                        AND hlc >= ?3))",
        (
            crate::event::BACKLOG_STREAM,
            last_rowid_before,
            hlc,
            device,
            id,
        ),
        |row| row.get(0),
    )?)
}

/// Folds the merged log in log order, deciding every new event (the rowids after
/// `log_before.last_rowid`: the events this import inserted) at its place, against
/// the read tables as the events before it left them, by the rules a local command obeys
/// (`decide::check_imported_event`), then refolds it properly when the log holds an event that
/// takes another back. The first event that breaks a rule refuses the whole file. When the new
/// events can be folded alone ([`LogBefore::fold_plan`]), only they are.
///
/// Undos are folded as events in the first pass, not applied: an event that a later undo takes
/// back still shaped what the laptops did after it (another laptop's notes on an agenda item that
/// is later taken back), so the state an event is decided against holds it.
fn decide_new_events(
    tx: &rusqlite::Transaction<'_>,
    log_before: &LogBefore,
    plan: FoldPlan,
    numbers: &FileNumbers<'_>,
    file_name: &str,
) -> Result<()> {
    let only_new_events = plan != FoldPlan::WholeLog;
    if !only_new_events {
        crate::log::clear_read_tables(tx)?;
    }
    let mut fingerprints: HashMap<Uuid, StreamFingerprint> = HashMap::new();
    let mut kept_reads = decide::KeptReads::default();
    let mut anything_taken_back = false;
    {
        // The new events are read along the log order index from the first of them, not
        // sorted (a sort of a file's events spills to disk); the old ones they interleave with
        // are passed over by their rowid, which the index holds, without reading their rows.
        // The whole log starts before every event (a clock reading is never below zero).
        let ((hlc, device, id), after_rowid) = match plan {
            FoldPlan::NewEventsOnly { from } => (from, log_before.last_rowid),
            FoldPlan::WholeLog => ((i64::MIN, Uuid::nil(), Uuid::nil()), i64::MIN),
        };
        let mut statement = tx.prepare(
            "SELECT id, stream, device, hlc, payload, hash, author, rowid FROM event
             WHERE (hlc, device, id) >= (?1, ?2, ?3) AND rowid > ?4 ORDER BY hlc, device, id",
        )?;
        let mut rows = statement.query((hlc, device, id, after_rowid))?;
        while let Some(row) = rows.next()? {
            let event_id: Uuid = row.get(0)?;
            let stream: Uuid = row.get(1)?;
            let payload = event::parse_stored_payload(event_id, &row.get::<_, String>(4)?)?;
            if only_new_events && !fingerprints.contains_key(&stream) {
                let old_events = fingerprint_of_old_events(tx, stream, log_before.last_rowid)?;
                fingerprints.insert(stream, old_events);
            }
            if row.get::<_, i64>(7)? > log_before.last_rowid {
                let fingerprint_before = || {
                    fingerprints
                        .get(&stream)
                        .cloned()
                        .unwrap_or_default()
                        .current()
                };
                let place = LogPlace {
                    event_id,
                    hlc: Hlc(row.get(3)?),
                    device: row.get(2)?,
                    fingerprint_before: &fingerprint_before,
                };
                if let Err(refusal) =
                    decide::check_imported_event(tx, &payload, &place, &mut kept_reads)
                {
                    return Err(match refusal.error {
                        Error::Database(_) | Error::DiskFull => refusal.error,
                        _ => refused_event(tx, file_name, numbers, event_id, &payload, *refusal)?,
                    });
                }
            }
            let author: String = row.get(6)?;
            let origin = projection::Origin {
                device: row.get(2)?,
                author: &author,
            };
            projection::fold(tx, &payload, origin)
                .map_err(|error| missing_record(file_name, error.into()))?;
            kept_reads.after_folding(&payload);
            anything_taken_back |= payload.takes_back();
            if let EventPayload::DecisionConflictResolved {
                kept, withdrawn, ..
            } = &payload
            {
                // Here, unlike an undo, the resolution applies at once: minutes signed after it
                // are signed without the decisions it withdrew.
                withdraw_decisions(tx, *kept, withdrawn)?;
            }
            if !matches!(payload, EventPayload::MinutesSigned { .. }) {
                fingerprints
                    .entry(stream)
                    .or_default()
                    .add(&row.get::<_, String>(5)?);
            }
        }
    }
    // Without an undo or a resolution in the log, the fold above folded every event in log order,
    // exactly as a refold does: doing it again would double an import's time at the
    // secretariat's scale (a million events) for nothing.
    if anything_taken_back {
        crate::log::refold(tx).map_err(|error| missing_record(file_name, error))?;
    }
    Ok(())
}

/// The log fingerprint of a stream over its events from before the import (all of which come
/// before the new ones), as the first pass of a whole-log fold would have added them up.
fn fingerprint_of_old_events(
    conn: &rusqlite::Connection,
    stream: Uuid,
    last_rowid_before: i64,
) -> Result<StreamFingerprint> {
    let mut fingerprint = StreamFingerprint::default();
    let mut statement = conn.prepare_cached(
        "SELECT id, payload, hash FROM event
         WHERE stream = ?1 AND rowid <= ?2 ORDER BY hlc, device, id",
    )?;
    let mut rows = statement.query((stream, last_rowid_before))?;
    while let Some(row) = rows.next()? {
        let payload = event::parse_stored_payload(row.get(0)?, &row.get::<_, String>(1)?)?;
        if !matches!(payload, EventPayload::MinutesSigned { .. }) {
            fingerprint.add(&row.get::<_, String>(2)?);
        }
    }
    Ok(fingerprint)
}

/// Takes the decisions a resolution withdraws out of the read tables, unless an earlier resolution
/// withdrew the one it keeps (as `log::refold` counts resolutions).
fn withdraw_decisions(conn: &rusqlite::Connection, kept: Uuid, withdrawn: &[Uuid]) -> Result<()> {
    let kept_stands: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM decision WHERE id = ?1)",
        [kept],
        |row| row.get(0),
    )?;
    if kept_stands {
        for decision in withdrawn {
            conn.execute("DELETE FROM decision WHERE id = ?1", [decision])?;
        }
    }
    Ok(())
}

/// The whole file refused for one event: the file, the event's number, id and type, its meeting
/// or group, the field at fault and the rule it breaks, in Danish and English.
fn refused_event(
    conn: &rusqlite::Connection,
    file_name: &str,
    numbers: &FileNumbers<'_>,
    event_id: Uuid,
    payload: &EventPayload,
    refusal: ImportRefusal,
) -> Result<Error> {
    let what = numbers.describe(event_id, payload);
    let (kind, stream) = payload.stream();
    // Where the event belongs: its meeting or group by title or name (its id when this database
    // does not know it), or the backlog, which has neither.
    let (stream_kind, stream_name) = match kind {
        StreamKind::Meeting => {
            let title: String = conn
                .query_row("SELECT title FROM meeting WHERE id = ?1", [stream], |row| {
                    row.get(0)
                })
                .optional()?
                .unwrap_or_else(|| stream.to_string());
            ("meeting", title)
        }
        StreamKind::Group => {
            let name: String = conn
                .query_row(
                    "SELECT name FROM steering_group WHERE id = ?1",
                    [stream],
                    |row| row.get(0),
                )
                .optional()?
                .unwrap_or_else(|| stream.to_string());
            ("group", name)
        }
        StreamKind::Backlog => ("backlog", String::new()),
    };
    let reason = refusal.error.text();
    let reason = match refusal.error {
        Error::NotFound { .. } => {
            wording::message("coreSyncImport-theFileRefersToAMissingRecord", |language| {
                vec![("reason", wording::pick(&reason, language).into())]
            })
        }
        _ => reason,
    };
    Ok(Error::BadInput {
        file: file_name.to_owned(),
        line: None,
        field: Some(numbers.field(event_id, refusal.payload_field)),
        message: wording::message("coreSyncImport-theEventGoesAgainstTheRules", |language| {
            // A Danish sentence follows the reason, which therefore ends with a full stop.
            let reason = match language {
                Language::Danish => ensure_full_stop(&reason.da),
                Language::English => reason.en.clone(),
            };
            vec![
                ("event", wording::pick(&what, language).into()),
                ("name", (&stream_name).into()),
                ("reason", reason.into()),
                ("stream", stream_kind.into()),
            ]
        }),
    })
}

fn ensure_full_stop(text: &str) -> String {
    if text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// The whole file refused for an event that creates a record the log held before the import
/// (`decide::refuse_created_again`), worded as the rules' refusals are.
fn created_again_refusal(
    conn: &rusqlite::Connection,
    file_name: &str,
    numbers: &FileNumbers<'_>,
    event_id: Uuid,
    error: Error,
) -> Result<Error> {
    let payload: String = conn.query_row(
        "SELECT payload FROM event WHERE id = ?1",
        [event_id],
        |row| row.get(0),
    )?;
    let payload = event::parse_stored_payload(event_id, &payload)?;
    let refusal = ImportRefusal {
        payload_field: None,
        error,
    };
    refused_event(conn, file_name, numbers, event_id, &payload, refusal)
}

/// A foreign-key violation while folding: an event refers to a group, member or meeting that
/// neither the file nor this database holds.
fn missing_record(file_name: &str, error: Error) -> Error {
    match error {
        Error::Database(rusqlite::Error::SqliteFailure(failure, _))
            if failure.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Error::BadInput {
                file: file_name.to_owned(),
                line: None,
                field: None,
                message: crate::rules::Bilingual::message("coreSyncImport-theFileRefersToA", &[]),
            }
        }
        other => other,
    }
}

/// Who signed the file, `None` when it is not signed, or why the file is refused. A signed file is
/// read a second time to hash its canonical content: the content begins with the number of
/// events, known only once the first read has ended.
fn check_signature(
    file_name: &str,
    source: SyncSource<'_>,
    header: &CheckedHeader,
    verifier: Option<&dyn SyncSignatureVerifier>,
) -> Result<Option<SyncSigner>> {
    let Some(signature) = &header.signature else {
        return Ok(None);
    };
    let refused = |message| bad_input(file_name, Some("signature"), message);
    let Some(verifier) = verifier else {
        return Err(refused(crate::rules::Bilingual::message(
            "coreSyncImport-theFileIsSignedBut",
            &[],
        )));
    };
    let mut hasher = <sha2::Sha256 as sha2::Digest>::new();
    let mut out = |piece: &[u8]| sha2::Digest::update(&mut hasher, piece);
    let mut content = CanonicalContent::begin(
        &mut out,
        SYNC_FORMAT_NAME,
        header.version,
        &header.exported_by,
        &header.meetings,
        header.event_count,
    );
    reader::read_sync_file(source, &mut |event, _| {
        content.event(&event);
        Ok(())
    })
    .map_err(|failure| read_failure(file_name, source, failure))?;
    content.finish(&header.devices);
    let digest: [u8; 32] = sha2::Digest::finalize(hasher).into();
    verifier
        .verify(&digest, signature)
        .map(Some)
        .map_err(|reason| {
            refused(wording::message(
                "coreSyncImport-theSignatureDoesNotHold",
                |language| vec![("reason", wording::pick(&reason, language).into())],
            ))
        })
}
