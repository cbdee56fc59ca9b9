//! Reading a sync file: check everything, then add the events this database lacks and refold, in
//! one transaction. A file that fails any check changes nothing.

use std::collections::{BTreeMap, HashMap, HashSet};

use rusqlite::{OptionalExtension, TransactionBehavior};
use uuid::Uuid;

use super::{
    SYNC_FORMAT_NAME, SYNC_FORMAT_VERSION, SyncEvent, SyncFile, SyncImportReport,
    SyncSignatureVerifier, SyncSigner, conflicts, device_trust,
};
use crate::clock::Hlc;
use crate::decide::{self, ImportRefusal, LogPlace};
use crate::error::{Error, Result};
use crate::event::{self, EventPayload, GENESIS_HASH, StreamKind};
use crate::meeting_state;
use crate::projection;
use crate::rules::Bilingual;
use crate::store::{self, Store};
use crate::verify::StreamFingerprint;

/// Larger files are refused before they are read: a year of meetings with every poll named is
/// about 20 MB.
pub const MAX_SYNC_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Only the fields every version of the format will have, read first so that a newer file is
/// refused with a clear message rather than a confusing parse error.
#[derive(serde::Deserialize)]
struct FormatHeader {
    format: Option<String>,
    version: Option<u32>,
}

impl Store {
    /// Imports a sync file (its bytes, as read from `file_name`). With `dry_run` nothing is written
    /// and the report says what would happen.
    ///
    /// A signed file is checked with `verifier` before anything else about its events, and
    /// refused whole when its signature does not verify — or when there is no verifier, since a
    /// signature nobody checks must not look like one that holds.
    pub fn import_sync(
        &mut self,
        file_name: &str,
        bytes: &[u8],
        dry_run: bool,
        verifier: Option<&dyn SyncSignatureVerifier>,
        accepted_devices: &[String],
    ) -> Result<SyncImportReport> {
        let bad = |field: Option<&str>, message: Bilingual| Error::BadInput {
            file: file_name.to_owned(),
            line: None,
            field: field.map(str::to_owned),
            message,
        };
        if bytes.len() as u64 > MAX_SYNC_FILE_BYTES {
            let limit = MAX_SYNC_FILE_BYTES >> 20;
            return Err(bad(
                None,
                Bilingual::new(
                    format!(
                        "filen fylder mere end {limit} MB; det gør en synkroniseringsfil aldrig."
                    ),
                    format!("the file is larger than {limit} MB; a sync file never is"),
                ),
            ));
        }
        let file = parse_sync_file(file_name, bytes)?;
        let signed_by =
            check_signature(&file, verifier).map_err(|message| bad(Some("signature"), message))?;
        let checked = check_chains(&file).map_err(|(field, message)| bad(Some(&field), message))?;
        let numbers = FileNumbers::of(&file);
        refuse_events_dated_ahead_of_the_clock(&checked, &numbers, self.clock.now_millis())
            .map_err(|(field, message)| bad(Some(&field), message))?;

        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut judgement = device_trust::judge(
            &tx,
            &file,
            signed_by.as_ref(),
            accepted_devices,
            &self.author,
        )?
        .map_err(|(field, message)| bad(Some(&field), message))?;
        let file_ids: HashSet<Uuid> = file.events.iter().map(|event| event.id).collect();
        let mut report = SyncImportReport {
            file_name: file_name.to_owned(),
            exported_by_device: file.exported_by.device,
            exported_by_author: file.exported_by.author.clone(),
            signed_by,
            events_in_file: u32::try_from(file.events.len()).unwrap_or(u32::MAX),
            events_added: 0,
            events_already_present: 0,
            meetings_added: Vec::new(),
            meetings_changed: Vec::new(),
            conflicts: Vec::new(),
            decision_conflicts: Vec::new(),
            refused: Vec::new(),
            devices: Vec::new(),
            events_not_taken: 0,
            dry_run,
        };

        // Which events are new, and which of those a signed meeting must refuse.
        let mut new_events: Vec<(&SyncEvent, &EventPayload)> = Vec::new();
        for (event, payload) in &checked {
            let stored: Option<(String, Uuid)> = tx
                .prepare_cached("SELECT hash, id FROM event WHERE id = ?1 OR (stream = ?2 AND device = ?3 AND device_seq = ?4)")?
                .query_row((event.id, event.stream, event.device, event.device_seq), |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })
                .optional()?;
            match stored {
                Some((hash, id)) if id == event.id && hash == event.hash => {
                    report.events_already_present += 1
                }
                Some(_) => {
                    return Err(bad(
                        Some(&format!("events[id={}]", event.id)),
                        Bilingual::new(
                            "hændelsen afviger fra kopien i denne database (den samme enhed kan \
                             ikke have skrevet begge): filen eller databasen er blevet ændret.",
                            "this event differs from the copy in this database (the same device cannot have written \
                             both): the file or the database was altered",
                        ),
                    ));
                }
                None => {
                    let taken = judgement
                        .trusted_chains
                        .contains(&(event.stream, event.device));
                    if let Some(device) = judgement
                        .devices
                        .iter_mut()
                        .find(|device| device.id == event.device)
                    {
                        device.new_events += 1;
                        device.events_not_taken += u32::from(!taken);
                    }
                    if taken {
                        new_events.push((event, payload));
                    } else {
                        report.events_not_taken += 1;
                    }
                }
            }
        }
        let (accepted, refused) = refuse_changes_to_signed_minutes(&tx, &new_events)?;
        report.refused = refused;

        let meetings_before: HashSet<Uuid> = tx
            .prepare("SELECT id FROM meeting")?
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut latest_hlc = self.last_hlc;
        for (event, _) in &accepted {
            store::insert_event(&tx, &event.as_stored())?;
            latest_hlc = latest_hlc.max(event.hlc);
            report.events_added += 1;
        }
        if !accepted.is_empty() {
            let new_ids: HashSet<Uuid> = accepted.iter().map(|(event, _)| event.id).collect();
            decide_new_events(&tx, &new_ids, &numbers, file_name)
                .map_err(|error| device_trust::name_what_was_left_out(error, &judgement.devices))?;
        }

        let mut changed_meetings: Vec<Uuid> = accepted
            .iter()
            .filter(|(event, _)| event.stream_kind == StreamKind::Meeting)
            .map(|(event, _)| event.stream)
            .collect();
        changed_meetings.sort();
        changed_meetings.dedup();
        for &meeting_id in &changed_meetings {
            report
                .decision_conflicts
                .extend(crate::queries::decision_conflicts(&tx, meeting_id)?);
            let title: Option<String> = tx
                .query_row(
                    "SELECT title FROM meeting WHERE id = ?1",
                    [meeting_id],
                    |row| row.get(0),
                )
                .optional()?;
            let title = title.unwrap_or_else(|| meeting_id.to_string());
            if meetings_before.contains(&meeting_id) {
                report.meetings_changed.push(title);
            } else {
                report.meetings_added.push(title);
            }
        }
        report.conflicts = conflicts::find(&tx, &accepted, &file_ids)?;
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

fn parse_sync_file(file_name: &str, bytes: &[u8]) -> Result<SyncFile> {
    let at = |error: &serde_json::Error| Some(u64::try_from(error.line()).unwrap_or(0));
    let header: FormatHeader = serde_json::from_slice(bytes).map_err(|error| Error::BadInput {
        file: file_name.to_owned(),
        line: at(&error),
        field: None,
        message: match error.classify() {
            serde_json::error::Category::Eof => Bilingual::new(
                "filen slutter for tidligt: den er afkortet.",
                "the file ends too early: it is truncated",
            ),
            _ => Bilingual::new(
                format!("ikke en synkroniseringsfil fra Gavel: {error}"),
                format!("not a Gavel sync file: {error}"),
            ),
        },
    })?;
    if header.format.as_deref() != Some(SYNC_FORMAT_NAME) {
        return Err(Error::BadInput {
            file: file_name.to_owned(),
            line: None,
            field: Some("format".into()),
            message: Bilingual::new(
                format!(
                    "ikke en synkroniseringsfil fra Gavel (den skal have \"format\": \
                     \"{SYNC_FORMAT_NAME}\")."
                ),
                format!("not a Gavel sync file (expected \"format\": \"{SYNC_FORMAT_NAME}\")"),
            ),
        });
    }
    match header.version {
        Some(version) if version > SYNC_FORMAT_VERSION => {
            return Err(Error::BadInput {
                file: file_name.to_owned(),
                line: None,
                field: Some("version".into()),
                message: Bilingual::new(
                    format!(
                        "skrevet af en nyere version af Gavel (synkroniseringsformat {version}; \
                         denne version af Gavel kan læse op til {SYNC_FORMAT_VERSION}); opdatér \
                         Gavel for at importere filen."
                    ),
                    format!(
                        "written by a newer Gavel (sync format {version}; this Gavel reads up to {SYNC_FORMAT_VERSION}); update Gavel to import it"
                    ),
                ),
            });
        }
        Some(_) => {}
        None => {
            return Err(Error::BadInput {
                file: file_name.to_owned(),
                line: None,
                field: Some("version".into()),
                message: Bilingual::new(
                    "filen har intet versionsnummer for formatet.",
                    "the file has no format version",
                ),
            });
        }
    }
    serde_json::from_slice(bytes).map_err(|error| Error::BadInput {
        file: file_name.to_owned(),
        line: at(&error),
        field: None,
        message: Bilingual::new(
            format!("synkroniseringsfilen kan ikke læses: {error}"),
            format!("the sync file cannot be read: {error}"),
        ),
    })
}

/// Each event's number in the file (1 for the first in `events`), for messages that name it.
struct FileNumbers(HashMap<Uuid, usize>);

impl FileNumbers {
    fn of(file: &SyncFile) -> FileNumbers {
        FileNumbers(
            file.events
                .iter()
                .enumerate()
                .map(|(index, event)| (event.id, index + 1))
                .collect(),
        )
    }

    fn number(&self, event_id: Uuid) -> usize {
        self.0.get(&event_id).copied().unwrap_or(0)
    }

    /// `events[5]`, or `events[5].fingerprint` for a field of its payload.
    fn field(&self, event_id: Uuid, payload_field: Option<&str>) -> String {
        match payload_field {
            Some(name) => format!("events[{}].{name}", self.number(event_id)),
            None => format!("events[{}]", self.number(event_id)),
        }
    }

    /// "hændelse nr. 5 i filen (MinutesSigned, id …)" / "event 5 in the file (MinutesSigned, id …)".
    fn describe(&self, id: Uuid, payload: &EventPayload) -> Bilingual {
        let number = self.number(id);
        let kind = payload_type(payload);
        Bilingual::new(
            format!("hændelse nr. {number} i filen ({kind}, id {id})"),
            format!("event {number} in the file ({kind}, id {id})"),
        )
    }
}

/// The event's `type`, as the file spells it.
fn payload_type(payload: &EventPayload) -> String {
    serde_json::to_value(payload)
        .ok()
        .and_then(|json| json.get("type")?.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// An event dated more than a day after this computer's clock is refused, and with it the file:
/// taken, it would date every later event of this laptop after it (a hybrid logical clock never
/// goes back), and those would win every conflict on every laptop until then.
fn refuse_events_dated_ahead_of_the_clock(
    checked: &[(&SyncEvent, EventPayload)],
    numbers: &FileNumbers,
    now_millis: u64,
) -> std::result::Result<(), (String, Bilingual)> {
    let Some((event, payload)) = checked
        .iter()
        .find(|(event, _)| event.hlc.too_far_ahead_of(now_millis).is_some())
    else {
        return Ok(());
    };
    let what = numbers.describe(event.id, payload);
    let dated = crate::clock::clock_reading(event.hlc.physical_millis());
    let now = crate::clock::clock_reading(now_millis);
    Err((
        numbers.field(event.id, Some("hlc")),
        Bilingual::new(
            format!(
                "{} er dateret {}, men denne computers ur viser {}. En hændelse må højst være \
                 dateret et døgn frem: ellers ville alle senere hændelser på denne computer \
                 blive dateret efter den og vinde alle konflikter. Tjek uret på den computer, \
                 filen kommer fra, og på denne. Filen er afvist, og intet er ændret.",
                what.da, dated.da, now.da
            ),
            format!(
                "{} is dated {}, but this computer's clock shows {}; an event may be dated at \
                 most a day ahead, or every later event on this computer would be dated after it \
                 and win every conflict: check the clock of the computer the file came from, and \
                 this one's; the file is refused and nothing was changed",
                what.en, dated.en, now.en
            ),
        ),
    ))
}

impl SyncEvent {
    fn as_stored(&self) -> event::Event {
        event::Event {
            id: self.id,
            stream: self.stream,
            stream_kind: self.stream_kind,
            device: self.device,
            device_seq: self.device_seq,
            hlc: self.hlc,
            author: self.author.clone(),
            payload: self.payload.clone(),
            prev_hash: self.prev_hash.clone(),
            hash: self.hash.clone(),
        }
    }
}

/// Folds the whole log in log order, deciding every new event (`new_ids`) at its place, against
/// the read tables as the events before it left them, by the rules a local command obeys
/// (`decide::check_imported_event`), then refolds it properly. The first event that breaks a rule
/// refuses the whole file.
///
/// Undos are folded as events in the first pass, not applied: an event that a later undo takes
/// back still shaped what the laptops did after it (another laptop's notes on an agenda item that
/// is later taken back), so the state an event is decided against holds it.
fn decide_new_events(
    tx: &rusqlite::Transaction<'_>,
    new_ids: &HashSet<Uuid>,
    numbers: &FileNumbers,
    file_name: &str,
) -> Result<()> {
    store::clear_read_tables(tx)?;
    let mut fingerprints: HashMap<Uuid, StreamFingerprint> = HashMap::new();
    {
        let mut statement = tx.prepare(
            "SELECT id, stream, device, hlc, payload, hash, author FROM event ORDER BY hlc, device, id",
        )?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let event_id: Uuid = row.get(0)?;
            let stream: Uuid = row.get(1)?;
            let payload = event::parse_stored_payload(event_id, &row.get::<_, String>(4)?)?;
            if new_ids.contains(&event_id) {
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
                if let Err(refusal) = decide::check_imported_event(tx, &payload, &place) {
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
    store::refold(tx).map_err(|error| missing_record(file_name, error))
}

/// Takes the decisions a resolution withdraws out of the read tables, unless an earlier resolution
/// withdrew the one it keeps (as `store::refold` counts resolutions).
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
    numbers: &FileNumbers,
    event_id: Uuid,
    payload: &EventPayload,
    refusal: ImportRefusal,
) -> Result<Error> {
    let what = numbers.describe(event_id, payload);
    let (kind, stream) = payload.stream();
    let place = match kind {
        StreamKind::Meeting => {
            let title: String = conn
                .query_row("SELECT title FROM meeting WHERE id = ?1", [stream], |row| {
                    row.get(0)
                })
                .optional()?
                .unwrap_or_else(|| stream.to_string());
            Bilingual::new(
                format!(" i mødet »{title}«"),
                format!(" in the meeting \"{title}\""),
            )
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
            Bilingual::new(
                format!(" i gruppen »{name}«"),
                format!(" in the group \"{name}\""),
            )
        }
        StreamKind::Backlog => Bilingual::new("", ""),
    };
    let reason = refusal.error.text();
    let reason = match refusal.error {
        Error::NotFound { .. } => Bilingual::new(
            format!(
                "filen henviser til en post, som hverken filen eller denne database indeholder: {}",
                reason.da
            ),
            format!(
                "the file refers to a record that neither the file nor this database contains: {}",
                reason.en
            ),
        ),
        _ => reason,
    };
    Ok(Error::BadInput {
        file: file_name.to_owned(),
        line: None,
        field: Some(numbers.field(event_id, refusal.payload_field)),
        message: Bilingual::new(
            format!(
                "{}{} strider mod reglerne: {} Filen er afvist, og intet er ændret.",
                what.da,
                place.da,
                ensure_full_stop(&reason.da)
            ),
            format!(
                "{}{} goes against the rules: {}; the file is refused and nothing was changed",
                what.en, place.en, reason.en
            ),
        ),
    })
}

fn ensure_full_stop(text: &str) -> String {
    if text.ends_with(['.', '!', '?']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
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
                message: Bilingual::new(
                    "filen henviser til en post (en gruppe, et medlem eller et møde), som \
                     hverken filen eller denne database indeholder.",
                    "the file refers to a record (a group, member or meeting) that neither the file nor this database contains",
                ),
            }
        }
        other => other,
    }
}

/// Who signed the file, `None` when it is not signed, or why the file is refused.
fn check_signature(
    file: &SyncFile,
    verifier: Option<&dyn SyncSignatureVerifier>,
) -> std::result::Result<Option<SyncSigner>, Bilingual> {
    let Some(signature) = &file.signature else {
        return Ok(None);
    };
    let Some(verifier) = verifier else {
        return Err(Bilingual::new(
            "filen er underskrevet, men underskriften kan ikke kontrolleres her; filen er afvist, \
             og intet er ændret.",
            "the file is signed, but its signature cannot be checked here; the file is refused and nothing was changed",
        ));
    };
    verifier
        .verify(&file.signed_content(), signature)
        .map(Some)
        .map_err(|reason| {
            Bilingual::new(
                format!(
                    "underskriften holder ikke: {} Filen er afvist, og intet er ændret.",
                    reason.da
                ),
                format!(
                    "the signature does not hold: {}; the file is refused and nothing was changed",
                    reason.en
                ),
            )
        })
}

/// Every chain in the file: sequence numbers 1, 2, 3 … without gaps, each event pointing to the
/// hash of the one before, each hash matching its content, each payload readable and in its
/// stream. Returns the events with their parsed payloads, or (field, problem).
fn check_chains(
    file: &SyncFile,
) -> std::result::Result<Vec<(&SyncEvent, EventPayload)>, (String, Bilingual)> {
    let mut chains: BTreeMap<(Uuid, Uuid), Vec<&SyncEvent>> = BTreeMap::new();
    for event in &file.events {
        chains
            .entry((event.stream, event.device))
            .or_default()
            .push(event);
    }
    let mut checked = Vec::with_capacity(file.events.len());
    let mut seen_ids = HashMap::new();
    for ((stream, device), mut chain) in chains {
        chain.sort_by_key(|event| event.device_seq);
        let mut previous_hash = GENESIS_HASH.to_owned();
        let mut previous_hlc = None;
        for (index, event) in chain.into_iter().enumerate() {
            let field = format!("events[id={}]", event.id);
            if seen_ids.insert(event.id, ()).is_some() {
                return Err((
                    field,
                    Bilingual::new("hændelsen findes to gange.", "this event appears twice"),
                ));
            }
            let expected_seq = index as u64 + 1;
            if event.device_seq != expected_seq {
                let found = event.device_seq;
                return Err((
                    field,
                    Bilingual::new(
                        format!(
                            "hændelse nr. {expected_seq} fra enhed {device} i strømmen {stream} \
                             mangler (fandt nr. {found})."
                        ),
                        format!(
                            "event number {expected_seq} of device {device} in stream {stream} is missing (found number {found})"
                        ),
                    ),
                ));
            }
            if event.content_hash() != event.hash {
                return Err((
                    field,
                    Bilingual::new(
                        "hændelsens hash passer ikke til dens indhold: filen er blevet redigeret.",
                        "the event's hash does not match its content: the file was edited",
                    ),
                ));
            }
            if event.prev_hash != previous_hash {
                return Err((
                    field,
                    Bilingual::new(
                        "hændelsen peger ikke på hashen af hændelsen før den: kæden er brudt.",
                        "the event does not point to the hash of the event before it: the chain is broken",
                    ),
                ));
            }
            if previous_hlc.is_some_and(|previous| event.hlc <= previous) {
                // A device's clock only moves forward: every event it writes is later than the
                // one before, in every stream.
                return Err((
                    field,
                    Bilingual::new(
                        "hændelsen er dateret før hændelsen før den i enhedens kæde; det gør \
                         Gavel aldrig: filen er lavet i hånden.",
                        "the event is dated before the event before it in its device's chain; \
                         Gavel never does that: the file was made by hand",
                    ),
                ));
            }
            previous_hlc = Some(event.hlc);
            let payload: EventPayload = serde_json::from_str(&event.payload).map_err(|error| {
                (
                    field.clone(),
                    Bilingual::new(
                        format!("hændelsens indhold kan ikke læses: {error}"),
                        format!("the event's content cannot be read: {error}"),
                    ),
                )
            })?;
            if payload.stream() != (event.stream_kind, event.stream) {
                return Err((
                    field,
                    Bilingual::new(
                        "hændelsens indhold hører til en anden strøm.",
                        "the event's content belongs to another stream",
                    ),
                ));
            }
            previous_hash = event.hash.clone();
            checked.push((event, payload));
        }
    }
    // Insert in log order, so that a partial look at the transaction is always a valid log.
    checked.sort_by_key(|(event, _)| (event.hlc, event.device, event.id));
    Ok(checked)
}

/// Signed = frozen: a meeting whose current minutes are signed here takes no new events from a
/// file, unless the file carries an amendment of that version (the amendment flow) — then the
/// meeting's events are taken as they come. Signatures themselves (countersignatures) are always
/// taken: they change nothing but add a signature.
#[allow(clippy::type_complexity)]
fn refuse_changes_to_signed_minutes<'a>(
    conn: &rusqlite::Connection,
    new_events: &[(&'a SyncEvent, &'a EventPayload)],
) -> Result<(
    Vec<(&'a SyncEvent, &'a EventPayload)>,
    Vec<crate::rules::Bilingual>,
)> {
    let mut frozen: HashMap<Uuid, bool> = HashMap::new();
    for (event, _) in new_events {
        if event.stream_kind == StreamKind::Meeting && !frozen.contains_key(&event.stream) {
            let exists: bool = conn.query_row(
                "SELECT EXISTS (SELECT 1 FROM meeting WHERE id = ?1)",
                [event.stream],
                |row| row.get(0),
            )?;
            let signed = exists && meeting_state::minutes_are_signed(conn, event.stream)?;
            let amended_in_file = signed
                && {
                    let version = meeting_state::minutes_version(conn, event.stream)?;
                    new_events.iter().any(|(other, payload)| {
                    other.stream == event.stream
                        && matches!(payload, EventPayload::MinutesAmended { amends_version: Some(amended), .. } if *amended == version)
                })
                };
            frozen.insert(event.stream, signed && !amended_in_file);
        }
    }
    // Within a frozen meeting, each device's chain is taken up to its first change and no
    // further, so that every chain in this database stays without gaps.
    let mut chain_cut: HashSet<(Uuid, Uuid)> = HashSet::new();
    let mut by_chain_order: Vec<(&'a SyncEvent, &'a EventPayload)> = new_events.to_vec();
    by_chain_order.sort_by_key(|(event, _)| (event.stream, event.device, event.device_seq));
    let mut refused_ids: HashSet<Uuid> = HashSet::new();
    let mut refused_counts: BTreeMap<Uuid, u32> = BTreeMap::new();
    for (event, payload) in by_chain_order {
        if !frozen.get(&event.stream).copied().unwrap_or(false) {
            continue;
        }
        let chain = (event.stream, event.device);
        if chain_cut.contains(&chain) || !matches!(payload, EventPayload::MinutesSigned { .. }) {
            chain_cut.insert(chain);
            refused_ids.insert(event.id);
            *refused_counts.entry(event.stream).or_default() += 1;
        }
    }
    let accepted: Vec<_> = new_events
        .iter()
        .copied()
        .filter(|(event, _)| !refused_ids.contains(&event.id))
        .collect();
    let mut refused = Vec::new();
    for (meeting_id, count) in refused_counts {
        let title: String = conn
            .query_row(
                "SELECT title FROM meeting WHERE id = ?1",
                [meeting_id],
                |row| row.get(0),
            )
            .unwrap_or_else(|_| meeting_id.to_string());
        refused.push(crate::rules::Bilingual::new(
            format!(
                "{count} ændring(er) af »{title}« blev ikke importeret: referatet er underskrevet her; \
                 den anden part skal ændre referatet ved en rettelse for at ændre mødet."
            ),
            format!(
                "{count} change(s) to \"{title}\" were not imported: its minutes are signed here; the other side must amend the minutes to change them"
            ),
        ));
    }
    Ok((accepted, refused))
}
