//! The store: one SQLite file holding the decision log and its read tables.
//!
//! [`Store::apply`] and [`Store::apply_batch`] are the only ways to change it. Each runs in one
//! immediate transaction: validate, append events, fold them into the read tables, commit. The
//! connection runs in WAL mode with `synchronous=FULL`, so a commit has reached the disk before
//! `apply` returns: an acknowledged ballot survives a power cut.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use rusqlite::{Connection, ErrorCode, OptionalExtension, Transaction, TransactionBehavior};
use uuid::Uuid;

use crate::clock::{Clock, Hlc, SystemClock};
use crate::command::{Applied, Command};
use crate::error::{Error, Record, Result};
use crate::import::{self, BacklogFile, BacklogImportReport, ImportFormat};
use crate::log::{LogWriter, refold};
use crate::member_list::{self, MemberListReport};
use crate::queries::{self, BacklogItem, GroupView, MeetingDetail, MeetingSummary};
use crate::rules::Bilingual;
use crate::verify::{self, LogVerification};
use crate::{decide, meeting_state, schema};

/// Statements kept prepared per connection: more than all of gavel-core's cached statements.
const STATEMENT_CACHE_CAPACITY: usize = 512;

pub struct Store {
    pub(crate) conn: Connection,
    path: PathBuf,
    pub(crate) device: Uuid,
    pub(crate) author: String,
    pub(crate) clock: Arc<dyn Clock>,
    /// The latest clock value this device has written or seen; new events are later.
    pub(crate) last_hlc: Hlc,
    automatic_backups: bool,
    /// A backup after a meeting closed that failed; kept for [`Store::take_backup_failure`].
    backup_failure: Option<Error>,
}

/// What [`Store::apply_batch_showing`] wrote and changed.
#[derive(Debug)]
pub struct BatchWritten {
    pub applied: Vec<Applied>,
    /// The meetings whose streams got new events.
    pub meetings_changed: Vec<Uuid>,
    /// Whether every command changes only its meeting (`Command::changes_only_its_meeting`):
    /// no list, group, backlog item or register entry.
    pub only_its_meetings: bool,
    /// The meeting asked for, read after the write.
    pub shown: Option<MeetingDetail>,
}

/// The practice database that belongs beside the chair's own database at `database`:
/// `gavel.sqlite3` → `gavel-practice.sqlite3`. The desktop app opens it for the demo, so that
/// practice never writes to the real record (see [`Store::mark_as_practice`]).
pub fn practice_database_path(database: &Path) -> PathBuf {
    let stem = database
        .file_stem()
        .map_or_else(|| "gavel".into(), |stem| stem.to_string_lossy());
    database.with_file_name(format!("{stem}-practice.sqlite3"))
}

/// How a store identifies the events it writes. Time and the device id are passed in so that
/// tests and demos are reproducible.
pub struct StoreOptions {
    pub author: String,
    pub clock: Arc<dyn Clock>,
    /// Used only when the database is created; afterwards the stored device id is kept.
    pub device_id: Option<Uuid>,
    /// Copies of the database before every schema upgrade and after a meeting closes, in
    /// `backups/` beside it (see [`crate::backup`]). The app and the CLI turn them on; they are
    /// off by default, and always off for a store in memory.
    pub automatic_backups: bool,
}

impl StoreOptions {
    pub fn new(author: impl Into<String>) -> StoreOptions {
        StoreOptions {
            author: author.into(),
            clock: Arc::new(SystemClock),
            device_id: None,
            automatic_backups: false,
        }
    }

    pub fn with_automatic_backups(mut self) -> StoreOptions {
        self.automatic_backups = true;
        self
    }

    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> StoreOptions {
        self.clock = clock;
        self
    }

    /// A fixed device id for a new database: for tests, demos and reproducible runs only. Its
    /// device key is then derived from the id (the same database from the same commands on every
    /// platform), which anyone can do: a real laptop gets a random id and a random key.
    pub fn with_device_id(mut self, device_id: Uuid) -> StoreOptions {
        self.device_id = Some(device_id);
        self
    }
}

/// Whether `wanted` names the group: its id, or its name with letter case ignored.
pub(crate) fn names_group(id: Uuid, name: &str, wanted: &str) -> bool {
    id.to_string() == wanted.to_lowercase() || name.to_lowercase() == wanted.to_lowercase()
}

impl Store {
    /// The wall-clock time now by this store's clock (fixed in tests), in this computer's time
    /// zone: the meeting room's.
    pub fn now_local(&self) -> chrono::NaiveDateTime {
        crate::clock::local_time(self.clock.now_millis())
    }

    /// Opens the database at `path`, creating it (and its schema) if it does not exist, upgrading
    /// an older schema, and refusing a newer one or a file that is not a Gavel database. A refused
    /// file is left byte-for-byte as it was.
    pub fn open(path: &Path, options: StoreOptions) -> Result<Store> {
        crate::windows_paths::check_database_path(path)?;
        let conn = Connection::open(path).map_err(|error| describe_open_error(path, error))?;
        Store::from_connection(conn, path.to_owned(), options)
    }

    /// A store that lives only in memory; for tests and benchmarks.
    pub fn open_in_memory(options: StoreOptions) -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Store::from_connection(conn, PathBuf::from(":memory:"), options)
    }

    fn from_connection(
        mut conn: Connection,
        path: PathBuf,
        options: StoreOptions,
    ) -> Result<Store> {
        let describe = |error| describe_open_error(&path, error);
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(describe)?;
        // Every fold runs some 40 different cached statements (projection.rs) besides the
        // decisions' and the queries'; with rusqlite's default of 16 a rebuild prepared most
        // of them again for every event.
        conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE_CAPACITY);
        // Look before touching anything: switching to WAL or creating tables would change a file
        // that we are about to refuse.
        let version = check_database_can_be_opened(&conn, &path)?;
        let in_memory = path == Path::new(":memory:");
        let automatic_backups = options.automatic_backups && !in_memory;
        if automatic_backups && (1..schema::VERSION).contains(&version) {
            // No upgrade without a copy of the old database: if the copy fails, so does opening.
            crate::backup::write_backup(
                &conn,
                &path,
                crate::backup::BackupReason::BeforeUpgrade {
                    to_version: schema::VERSION,
                },
                chrono::Utc::now(),
            )?;
        }
        conn.pragma_update(None, "journal_mode", "WAL")
            .map_err(describe)?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;

        let tx = conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(describe)?;
        if version < schema::VERSION {
            upgrade(&tx, version)?;
        }
        let stored_device: Option<Uuid> = tx
            .query_row("SELECT id FROM local_device", [], |row| row.get(0))
            .optional()?;
        let (device, fixed_id) = match stored_device {
            Some(device) => (device, false),
            None => {
                let device = options.device_id.unwrap_or_else(Uuid::new_v4);
                tx.execute("INSERT INTO local_device (id) VALUES (?1)", [device])?;
                (device, options.device_id.is_some())
            }
        };
        // Made on first use, also for a database from before device keys. A database created
        // with a fixed device id (tests and reproducible runs) gets a key derived from it, so that
        // the same commands give the same database on every platform.
        crate::device_keys::own_key_or_create(&tx, device, fixed_id)?;
        let last_hlc = Hlc(
            tx.query_row("SELECT COALESCE(MAX(hlc), 0) FROM event", [], |row| {
                row.get(0)
            })?,
        );
        tx.commit()?;

        Ok(Store {
            conn,
            path,
            device,
            author: options.author,
            clock: options.clock,
            last_hlc,
            automatic_backups,
            backup_failure: None,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// [`Store::apply_batch`] for a window that shows a meeting: what the batch changed, so that
    /// other windows reload only that, and the meeting `showing` as it is after the write, so
    /// that this window need not ask again. The write stands whatever the read after it gives: a
    /// meeting that cannot be read is `None`, left to the window's own reload.
    pub fn apply_batch_showing(
        &mut self,
        commands: Vec<Command>,
        showing: Option<Uuid>,
    ) -> Result<BatchWritten> {
        let only_its_meetings = commands.iter().all(Command::changes_only_its_meeting);
        let applied = self.apply_batch(commands)?;
        let event_ids: Vec<Uuid> = applied
            .iter()
            .flat_map(|applied| applied.event_ids.iter().copied())
            .collect();
        let meetings_changed = self.meetings_of_events(&event_ids)?;
        let shown = showing.and_then(|id| self.meeting(id).ok());
        Ok(BatchWritten {
            applied,
            meetings_changed,
            only_its_meetings,
            shown,
        })
    }

    /// The meetings whose streams hold these events: the meetings a write changed.
    fn meetings_of_events(&self, event_ids: &[Uuid]) -> Result<Vec<Uuid>> {
        let mut statement = self
            .conn
            .prepare_cached("SELECT stream FROM event WHERE id = ?1 AND stream_kind = 'meeting'")?;
        let mut meetings: Vec<Uuid> = Vec::new();
        for event_id in event_ids {
            if let Some(meeting) = statement
                .query_row([event_id], |row| row.get(0))
                .optional()?
                && !meetings.contains(&meeting)
            {
                meetings.push(meeting);
            }
        }
        Ok(meetings)
    }

    pub fn device_id(&self) -> Uuid {
        self.device
    }

    /// Who records the events written from now on.
    pub fn author(&self) -> &str {
        &self.author
    }

    /// Names who records the events written from now on: the desktop app sets it when the chair
    /// changes their name in the settings. Events already written keep their author.
    pub fn set_author(&mut self, author: impl Into<String>) {
        self.author = author.into();
    }

    /// Validates one command against the current state and records it. Durable on return.
    pub fn apply(&mut self, command: Command) -> Result<Applied> {
        let mut applied = self.apply_batch(vec![command])?;
        Ok(applied.remove(0))
    }

    /// Records several commands in one transaction: all of them, or (on the first error) none.
    /// With automatic backups, a batch that closes a meeting is followed by a backup.
    pub fn apply_batch(&mut self, commands: Vec<Command>) -> Result<Vec<Applied>> {
        let closes_a_meeting = commands
            .iter()
            .any(|command| matches!(command, Command::CloseMeeting { .. }));
        let applied = self.write(|log| {
            commands
                .into_iter()
                .map(|command| decide::decide(log, command))
                .collect()
        })?;
        if closes_a_meeting && self.automatic_backups {
            // The close is committed; a failed copy must not turn it into an error. The caller
            // reports the failure (the CLI as a warning, the app as an error message).
            self.backup_failure = crate::backup::write_backup(
                &self.conn,
                &self.path,
                crate::backup::BackupReason::MeetingClosed,
                chrono::Utc::now(),
            )
            .err();
        }
        Ok(applied)
    }

    /// The failure of the latest automatic backup after a meeting closed, if it failed; taking it
    /// clears it. The close itself was committed.
    pub fn take_backup_failure(&mut self) -> Option<Error> {
        self.backup_failure.take()
    }

    pub(crate) fn is_in_memory(&self) -> bool {
        self.path == Path::new(":memory:")
    }

    /// Imports a backlog in Gavel's simple CSV format (docs/backlog-csv.md), all or nothing.
    pub fn import_backlog_csv(
        &mut self,
        file_name: &str,
        text: &str,
    ) -> Result<BacklogImportReport> {
        let file =
            import::read_backlog_file(file_name, text.as_bytes(), &ImportFormat::GavelCsv.into())?;
        self.import_backlog(file_name, file, false)
    }

    /// Adds or updates backlog items by issue key, all or nothing, and reports what changed:
    /// added keys, changed keys with their changed fields, and stored keys the file does not
    /// mention (kept, with their history). A dry run does the same writes in a transaction that
    /// is rolled back, so its report is exactly what the import would do.
    pub fn import_backlog(
        &mut self,
        file_name: &str,
        file: BacklogFile,
        dry_run: bool,
    ) -> Result<BacklogImportReport> {
        let mut report = BacklogImportReport::for_file(file_name, &file, dry_run);
        let import_rows = |log: &mut LogWriter<'_>| -> Result<()> {
            let stored = queries::backlog_items(log.tx)?;
            import::check_parents(file_name, &file, &stored)?;
            let decided = queries::decided_statuses(log.tx)?;
            let keys_in_file: std::collections::HashSet<&str> =
                file.rows.iter().map(|row| row.key.as_str()).collect();
            report.gone_keys = stored
                .into_iter()
                .map(|item| item.key)
                .filter(|key| !keys_in_file.contains(key.as_str()))
                .collect();
            for row in &file.rows {
                let before = queries::backlog_item(log.tx, &row.key)?;
                let before_description = match before {
                    Some(_) => queries::backlog_description(log.tx, &row.key)?,
                    None => None,
                };
                // The parents of the whole file were checked above, against the backlog as it
                // will be; item by item they could pass through a cycle (two items swapping).
                let applied = decide::upsert_backlog_item(
                    log,
                    row.clone().into_upsert(),
                    decide::ParentCheck::ByCaller,
                )?;
                match before {
                    None => {
                        report.added += 1;
                        report.added_items.push(import::AddedBacklogItem {
                            key: row.key.clone(),
                            title: row.title.clone(),
                        });
                    }
                    Some(_) if applied.event_ids.is_empty() => report.unchanged += 1,
                    Some(before) => {
                        let after = queries::backlog_item(log.tx, &row.key)?.ok_or_else(|| {
                            Error::NotFound {
                                what: Record::BacklogItem,
                                id: row.key.clone(),
                            }
                        })?;
                        report.changed += 1;
                        if let Some(conflict) =
                            import::decided_status_conflict(&before, &after, decided.get(&row.key))
                        {
                            report.decided_conflicts.push(conflict);
                        }
                        let mut fields = import::changed_fields(&before, &after);
                        fields.extend(import::description_change(
                            before_description,
                            queries::backlog_description(log.tx, &row.key)?,
                        ));
                        report.changed_items.push(import::BacklogItemChange {
                            key: row.key.clone(),
                            fields,
                            title: after.title,
                        });
                    }
                }
            }
            Ok(())
        };
        if dry_run {
            self.write_then_roll_back(import_rows)?;
        } else {
            self.write(import_rows)?;
        }
        Ok(report)
    }

    /// Adds and updates a group's members from a list (docs/members-csv.md), all or nothing, and
    /// reports each row's fate. A dry run does the same in a transaction that is rolled back, so
    /// its report is exactly what the import would do.
    pub fn import_member_list(
        &mut self,
        group_id: Uuid,
        file_name: &str,
        bytes: &[u8],
        dry_run: bool,
    ) -> Result<MemberListReport> {
        let list = member_list::read_member_list(file_name, bytes)?;
        let import = |log: &mut LogWriter<'_>| -> Result<MemberListReport> {
            let group = queries::groups(log.tx)?
                .into_iter()
                .find(|group| group.id == group_id)
                .ok_or_else(|| Error::NotFound {
                    what: Record::Group,
                    id: group_id.to_string(),
                })?;
            let mut new_id = || log.new_id();
            let (commands, mut report) = member_list::plan_member_list(&list, &group, &mut new_id)?;
            for command in commands {
                decide::decide(log, command)?;
            }
            report.dry_run = dry_run;
            Ok(report)
        };
        if dry_run {
            self.write_then_roll_back(import)
        } else {
            self.write(import)
        }
    }

    /// Recomputes every read table from the log, in log order, in one transaction.
    pub fn rebuild(&mut self) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        refold(&tx)?;
        tx.commit()?;
        Ok(())
    }

    /// Checks every hash chain in the log and computes each stream's fingerprint.
    pub fn verify_log(&self) -> Result<LogVerification> {
        verify::verify_log(&self.conn)
    }

    /// Whether this is a practice database (see [`Store::mark_as_practice`]).
    pub fn is_practice(&self) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM local_practice)", [], |row| {
                row.get(0)
            })?)
    }

    /// Marks this database as one for practice: its minutes say so on every page, and it exports
    /// no sync files, so that practice never mixes with a group's real record. A mark is never
    /// taken away.
    pub fn mark_as_practice(&mut self) -> Result<()> {
        if !self.is_practice()? {
            self.conn.execute(
                "INSERT INTO local_practice (marked_at) VALUES (datetime('now'))",
                [],
            )?;
        }
        Ok(())
    }

    pub fn is_empty(&self) -> Result<bool> {
        let events: i64 = self
            .conn
            .query_row("SELECT COUNT(*) FROM event", [], |row| row.get(0))?;
        Ok(events == 0)
    }

    pub fn backlog_items(&self) -> Result<Vec<BacklogItem>> {
        queries::backlog_items(&self.conn)
    }

    /// The description of backlog item `key` as imported (docs/jira.md), if it has one.
    pub fn backlog_description(&self, key: &str) -> Result<Option<String>> {
        queries::backlog_description(&self.conn, key)
    }

    pub fn groups(&self) -> Result<Vec<GroupView>> {
        queries::groups(&self.conn)
    }

    /// The group `wanted` names: its id, or its name with letter case ignored, as a chair types
    /// it on the command line (`--group`).
    pub fn group_named(&self, wanted: &str) -> Result<GroupView> {
        let wanted = wanted.trim();
        self.groups()?
            .into_iter()
            .find(|group| names_group(group.id, &group.name, wanted))
            .ok_or_else(|| crate::Error::NotFound {
                what: crate::error::Record::Group,
                id: wanted.to_owned(),
            })
    }

    pub fn meetings(&self) -> Result<Vec<MeetingSummary>> {
        queries::meetings(&self.conn)
    }

    pub fn meeting(&self, meeting_id: Uuid) -> Result<MeetingDetail> {
        self.meeting_read(meeting_id, Reading::Whole)
    }

    /// The meeting as the decision register reads it (register/mod.rs): without each poll's
    /// named ballots (`ballots` is empty), the log fingerprint (empty) and the next undo
    /// (`None`), none of which a register entry shows. Reading those was most of the time it
    /// took to index the register of a million events.
    pub(crate) fn meeting_for_register(&self, meeting_id: Uuid) -> Result<MeetingDetail> {
        self.meeting_read(meeting_id, Reading::ForTheRegister)
    }

    fn meeting_read(&self, meeting_id: Uuid, reading: Reading) -> Result<MeetingDetail> {
        let whole = reading == Reading::Whole;
        let meeting = queries::meeting_summary(&self.conn, meeting_id)?;
        let rules = meeting_state::rules_in_force(&self.conn, meeting_id)?;
        // One read of the roll call for the quorum, the attendance and the polls.
        let roll = meeting_state::roll_call(&self.conn, meeting_id)?;
        Ok(MeetingDetail {
            meeting,
            quorum: crate::rules::quorum(&rules, &roll),
            rules,
            attendance: queries::attendance(&self.conn, meeting_id, &roll)?,
            agenda: queries::agenda(&self.conn, meeting_id)?,
            polls: queries::polls(&self.conn, meeting_id, &roll, whole)?,
            decisions: queries::decisions(&self.conn, meeting_id)?,
            action_items: queries::action_items(&self.conn, meeting_id)?,
            backlog: queries::recorded_backlog(&self.conn, meeting_id)?,
            signatures: queries::signatures(&self.conn, meeting_id)?,
            amendments: queries::amendments(&self.conn, meeting_id)?,
            log_fingerprint: if whole {
                verify::stream_fingerprint(&self.conn, meeting_id)?
            } else {
                String::new()
            },
            decision_conflicts: queries::decision_conflicts(&self.conn, meeting_id)?,
            next_undo: match meeting_state::phase(&self.conn, meeting_id)? {
                _ if !whole => None,
                meeting_state::MeetingPhase::Closed | meeting_state::MeetingPhase::Cancelled => {
                    None
                }
                _ => crate::undo::next_meeting_undo(&self.conn, meeting_id)?
                    .map(|undo| crate::undo::describe(&self.conn, &undo.payload))
                    .transpose()?,
            },
        })
    }

    /// What the projector in the room shows of the meeting (`crate::projector`): never who voted
    /// how.
    pub fn projector_meeting(
        &self,
        meeting_id: Uuid,
    ) -> Result<crate::projector::ProjectorMeeting> {
        Ok(crate::projector::ProjectorMeeting::of(
            &self.meeting(meeting_id)?,
        ))
    }

    /// Runs `write` in one immediate transaction: commits on `Ok`, rolls back on `Err`. The clock
    /// only moves forward once the transaction is durable.
    fn write<T>(&mut self, write: impl FnOnce(&mut LogWriter<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut log = LogWriter {
            tx: &tx,
            device: self.device,
            author: &self.author,
            clock: self.clock.as_ref(),
            hlc: self.last_hlc,
        };
        let value = write(&mut log)?;
        let hlc = log.hlc;
        tx.commit()?;
        self.last_hlc = hlc;
        Ok(value)
    }

    /// Runs `write` like [`Store::write`], then rolls everything back: for previews (a dry-run
    /// import) that must see exactly what the real write would do.
    fn write_then_roll_back<T>(
        &mut self,
        write: impl FnOnce(&mut LogWriter<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut log = LogWriter {
            tx: &tx,
            device: self.device,
            author: &self.author,
            clock: self.clock.as_ref(),
            hlc: self.last_hlc,
        };
        let value = write(&mut log)?;
        tx.rollback()?;
        Ok(value)
    }
}

/// Brings the schema up to [`schema::VERSION`] and, for a database that held a log, refolds it:
/// a new version's read-table columns are filled from the log.
pub(crate) fn upgrade(tx: &Transaction<'_>, from_version: i64) -> Result<()> {
    schema::upgrade(tx, from_version)?;
    if from_version > 0 {
        refold(tx)?;
    }
    Ok(())
}

/// The checks made before anything is written to a database file: that it is SQLite, not from a
/// newer Gavel, and not another program's database. Returns its schema version (0: empty).
pub(crate) fn check_database_can_be_opened(conn: &Connection, path: &Path) -> Result<i64> {
    let describe = |error| describe_open_error(path, error);
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |row| row.get(0))
        .map_err(describe)?;
    if version > schema::VERSION {
        return Err(Error::DatabaseTooNew {
            path: path.to_owned(),
            found: version,
            supported: schema::VERSION,
        });
    }
    if version == 0 && has_foreign_tables(conn).map_err(describe)? {
        return Err(Error::NotADatabase {
            path: path.to_owned(),
            reason: crate::rules::Bilingual::message("coreStore-itIsAnSqliteDatabase", &[]),
        });
    }
    Ok(version)
}

fn has_foreign_tables(conn: &Connection) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table')",
        [],
        |row| row.get(0),
    )
}

pub(crate) fn describe_open_error(path: &Path, error: rusqlite::Error) -> Error {
    let code = match &error {
        rusqlite::Error::SqliteFailure(failure, _) => Some(failure.code),
        _ => None,
    };
    match code {
        Some(ErrorCode::NotADatabase) => Error::NotADatabase {
            path: path.to_owned(),
            reason: crate::rules::Bilingual::message("coreStore-theFileIsNotAn", &[]),
        },
        _ if crate::error::sqlite_disk_full(&error) => Error::CannotOpen {
            path: path.to_owned(),
            reason: crate::rules::Bilingual::message("coreStore-theDiskIsFullFree", &[]),
        },
        Some(ErrorCode::CannotOpen)
        | Some(ErrorCode::ReadOnly)
        | Some(ErrorCode::PermissionDenied) => Error::CannotOpen {
            path: path.to_owned(),
            reason: crate::rules::Bilingual::message("coreStore-theFolderDoesNotExist", &[]),
        },
        _ => Error::CannotOpen {
            path: path.to_owned(),
            reason: Bilingual::untranslated(error.to_string()),
        },
    }
}

/// How much of a meeting [`Store::meeting_read`] reads.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    Whole,
    ForTheRegister,
}
