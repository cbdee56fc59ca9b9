//! Automatic backups of the database, and restoring one.
//!
//! A backup is a whole copy of the database made with SQLite's online backup API, so it is a
//! consistent snapshot even while the database is open. Copies go into a `backups/` folder beside
//! the database, named so that they sort by time and say why they were made:
//! `gavel-2026-11-28T10-15-00Z-meeting-closed.sqlite3` (the time is UTC). A store with automatic
//! backups ([`crate::StoreOptions::with_automatic_backups`]) makes one
//! - before every schema upgrade (`before-upgrade-v2`): a failed backup refuses the upgrade, so an
//!   old database is never changed without a copy of it;
//! - after a meeting closes (`meeting-closed`): the close is already committed, so a failed backup
//!   does not undo it; the failure is kept for the caller to report ([`crate::Store::take_backup_failure`]).
//!
//! Restoring (`crate::restore`, [`crate::Store::restore_backup`]) always makes a `before-restore` copy first. Only the
//! newest [`BACKUPS_KEPT`] copies of a database are kept.

use std::fs;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, Timelike, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::rules::Bilingual;

/// How many backups of one database are kept; the oldest beyond this are deleted after each new
/// backup. Twenty covers a year of monthly meetings with their upgrades and restores.
pub const BACKUPS_KEPT: usize = 20;

/// The folder beside the database that holds its backups.
pub const BACKUP_FOLDER_NAME: &str = "backups";

/// Why a backup was made; the end of its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupReason {
    /// Before the schema was upgraded to this version.
    BeforeUpgrade { to_version: i64 },
    /// After a meeting was closed.
    MeetingClosed,
    /// Before another backup was restored over the database.
    BeforeRestore,
}

/// One backup file, as `gavel backup list` and the app's settings show it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct BackupFile {
    pub path: String,
    pub file_name: String,
    /// When the backup was made (from its name).
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub made_at: DateTime<Utc>,
    /// `before-upgrade-v2`, `meeting-closed` or `before-restore`.
    pub reason: String,
    /// The reason in words.
    pub why: Bilingual,
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub size_bytes: u64,
    /// Meetings in the backup; `None` when the file cannot be read as a Gavel database.
    #[cfg_attr(feature = "typescript", ts(type = "number | null"))]
    pub meetings: Option<u64>,
    /// Events in the backup's log; `None` when the file cannot be read as a Gavel database.
    #[cfg_attr(feature = "typescript", ts(type = "number | null"))]
    pub events: Option<u64>,
}

/// What a restore did.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct RestoredBackup {
    /// The file that was restored.
    pub restored_from: String,
    /// The copy of the database as it was just before the restore.
    pub before_restore_backup: String,
}

/// The `backups/` folder of the database at `database`.
pub fn backup_folder(database: &Path) -> PathBuf {
    database
        .parent()
        .unwrap_or_else(|| Path::new(""))
        .join(BACKUP_FOLDER_NAME)
}

/// The backups of the database at `database`, newest first. A missing folder means no backups.
pub fn list_backups(database: &Path) -> Result<Vec<BackupFile>> {
    let mut backups = backups_on_disk(database)?;
    backups.reverse();
    Ok(backups
        .into_iter()
        .map(|backup| {
            let (meetings, events) = count_contents(&backup.path).unzip();
            BackupFile {
                path: backup.path.display().to_string(),
                file_name: backup.file_name,
                made_at: backup.made_at,
                why: backup.reason.text(),
                reason: backup.reason.slug(),
                size_bytes: fs::metadata(&backup.path).map_or(0, |metadata| metadata.len()),
                meetings,
                events,
            }
        })
        .collect())
}

impl BackupReason {
    /// The reason as it ends a file name: `before-upgrade-v2`, `meeting-closed`, `before-restore`.
    pub fn slug(self) -> String {
        match self {
            BackupReason::BeforeUpgrade { to_version } => format!("before-upgrade-v{to_version}"),
            BackupReason::MeetingClosed => "meeting-closed".to_owned(),
            BackupReason::BeforeRestore => "before-restore".to_owned(),
        }
    }

    pub fn text(self) -> Bilingual {
        match self {
            BackupReason::BeforeUpgrade { to_version } => crate::rules::Bilingual::message(
                "coreBackup-beforeTheUpgradeToDatabase",
                &[("to_version", to_version.to_string().into())],
            ),
            BackupReason::MeetingClosed => {
                crate::rules::Bilingual::message("coreBackup-afterAMeetingWasClosed", &[])
            }
            BackupReason::BeforeRestore => {
                crate::rules::Bilingual::message("coreBackup-beforeABackupWasRestored", &[])
            }
        }
    }

    fn from_slug(slug: &str) -> Option<BackupReason> {
        match slug {
            "meeting-closed" => Some(BackupReason::MeetingClosed),
            "before-restore" => Some(BackupReason::BeforeRestore),
            _ => slug
                .strip_prefix("before-upgrade-v")?
                .parse()
                .ok()
                .map(|to_version| BackupReason::BeforeUpgrade { to_version }),
        }
    }
}

/// Copies the database behind `conn` into a new file in the backup folder of `database`, then
/// deletes the oldest backups beyond [`BACKUPS_KEPT`]. The copy is written under a temporary name
/// and renamed when complete, so a backup file is always whole.
pub(crate) fn write_backup(
    conn: &Connection,
    database: &Path,
    reason: BackupReason,
    now: DateTime<Utc>,
) -> Result<PathBuf> {
    let folder = backup_folder(database);
    let failed = |error: &dyn std::fmt::Display| {
        Error::Rejected(Bilingual::message(
            "coreBackup-theBackupCouldNotBeWritten",
            &[
                ("error", error.to_string().into()),
                ("folder", folder.display().to_string().into()),
            ],
        ))
    };
    fs::create_dir_all(&folder).map_err(|error| failed(&error))?;
    let file_name = unused_backup_name(database, now, reason)?;
    let target = folder.join(&file_name);
    let partial = folder.join(format!(".{file_name}.partial"));
    let written = (|| -> std::result::Result<(), Box<dyn std::error::Error>> {
        let mut copy = Connection::open(&partial)?;
        copy_whole_database(conn, &mut copy)?;
        // A backup is one self-contained file: no write-ahead log beside it.
        copy.pragma_update(None, "journal_mode", "DELETE")?;
        copy.close().map_err(|(_, error)| error)?;
        // Opened for writing: Windows flushes only through a handle that may write ("Access
        // denied" for a read-only one).
        fs::OpenOptions::new()
            .write(true)
            .open(&partial)?
            .sync_all()?;
        fs::rename(&partial, &target)?;
        // Make the rename itself durable (where the operating system can: not on Windows).
        crate::files::sync_folder(&folder)?;
        Ok(())
    })();
    if let Err(error) = written {
        let _ = fs::remove_file(&partial);
        return Err(failed(&error));
    }
    prune_backups(database).map_err(|error| failed(&error))?;
    Ok(target)
}

/// Copies every page of `from` into `to` in one backup step, waiting while another connection
/// holds a lock (up to the 5 seconds a write waits for a lock elsewhere in Gavel).
pub(crate) fn copy_whole_database(from: &Connection, to: &mut Connection) -> rusqlite::Result<()> {
    let backup = Backup::new(from, to)?;
    for _ in 0..100 {
        match backup.step(-1)? {
            StepResult::Done => return Ok(()),
            _ => std::thread::sleep(Duration::from_millis(50)),
        }
    }
    Err(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
        Some("the database stayed locked during the backup".to_owned()),
    ))
}

/// A backup found on disk, from its file name.
struct BackupOnDisk {
    path: PathBuf,
    file_name: String,
    made_at: DateTime<Utc>,
    /// 1 for the first backup in a second; 2, 3 … for later ones in the same second.
    number_in_second: u32,
    reason: BackupReason,
}

/// The backups of `database`, oldest first. Files of other databases in the same folder, and
/// files whose names do not parse, are left alone.
fn backups_on_disk(database: &Path) -> Result<Vec<BackupOnDisk>> {
    let folder = backup_folder(database);
    let entries = match fs::read_dir(&folder) {
        Ok(entries) => entries,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => {
            return Err(Error::CannotOpen {
                path: folder,
                reason: Bilingual::untranslated(error.to_string()),
            });
        }
    };
    let stem = database_stem(database);
    let mut backups: Vec<BackupOnDisk> = entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| {
            let file_name = entry.file_name().into_string().ok()?;
            let (made_at, number_in_second, reason) = parse_backup_name(&stem, &file_name)?;
            Some(BackupOnDisk {
                path: entry.path(),
                file_name,
                made_at,
                number_in_second,
                reason,
            })
        })
        .collect();
    backups.sort_by_key(|backup| (backup.made_at, backup.number_in_second));
    Ok(backups)
}

fn prune_backups(database: &Path) -> std::io::Result<()> {
    let backups = backups_on_disk(database).map_err(std::io::Error::other)?;
    let surplus = backups.len().saturating_sub(BACKUPS_KEPT);
    for backup in &backups[..surplus] {
        fs::remove_file(&backup.path)?;
    }
    remove_abandoned_partial_copies(database);
    Ok(())
}

/// A copy interrupted by a crash or a kill leaves its `.….partial` file behind. One older than an
/// hour is nobody's work in progress (a copy takes well under a second), so it goes.
fn remove_abandoned_partial_copies(database: &Path) {
    let prefix = format!(".{}-", database_stem(database));
    let Ok(entries) = fs::read_dir(backup_folder(database)) else {
        return;
    };
    for entry in entries.filter_map(|entry| entry.ok()) {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let abandoned = entry
            .metadata()
            .and_then(|metadata| metadata.modified())
            .is_ok_and(|modified| {
                modified
                    .elapsed()
                    .is_ok_and(|age| age > Duration::from_secs(3600))
            });
        if name.starts_with(&prefix) && name.ends_with(".partial") && abandoned {
            let _ = fs::remove_file(entry.path());
        }
    }
}

const NAME_TIME_FORMAT: &str = "%Y-%m-%dT%H-%M-%SZ";

/// `{stem}-2026-11-28T10-15-00Z-{reason}.sqlite3`, or `…-{reason}-2.sqlite3` (3, 4 …) when
/// another backup of the database was made in the same second, so that names stay unique and
/// backups sort in the order they were made.
fn unused_backup_name(database: &Path, now: DateTime<Utc>, reason: BackupReason) -> Result<String> {
    let now = now.with_nanosecond(0).unwrap_or(now);
    let number = backups_on_disk(database)?
        .iter()
        .filter(|backup| backup.made_at == now)
        .map(|backup| backup.number_in_second + 1)
        .max()
        .unwrap_or(1);
    let stem = database_stem(database);
    let time = now.format(NAME_TIME_FORMAT);
    let slug = reason.slug();
    Ok(if number == 1 {
        format!("{stem}-{time}-{slug}.sqlite3")
    } else {
        format!("{stem}-{time}-{slug}-{number}.sqlite3")
    })
}

fn parse_backup_name(stem: &str, file_name: &str) -> Option<(DateTime<Utc>, u32, BackupReason)> {
    let rest = file_name
        .strip_prefix(stem)?
        .strip_prefix('-')?
        .strip_suffix(".sqlite3")?;
    let time_length = "2026-11-28T10-15-00Z".len();
    let made_at = NaiveDateTime::parse_from_str(rest.get(..time_length)?, NAME_TIME_FORMAT)
        .ok()?
        .and_utc();
    let slug = rest.get(time_length..)?.strip_prefix('-')?;
    if let Some(reason) = BackupReason::from_slug(slug) {
        return Some((made_at, 1, reason));
    }
    let (slug, number) = slug.rsplit_once('-')?;
    Some((
        made_at,
        number.parse().ok()?,
        BackupReason::from_slug(slug)?,
    ))
}

/// `gavel` for `…/gavel.sqlite3`: backups of two databases in one folder keep apart by name.
fn database_stem(database: &Path) -> String {
    database
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_else(|| "gavel".to_owned())
}

/// (meetings, events) in a backup, or `None` when it cannot be read as a Gavel database.
fn count_contents(backup: &Path) -> Option<(u64, u64)> {
    let conn = Connection::open_with_flags(
        backup,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .ok()?;
    let count = |table: &str| -> Option<u64> {
        conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| {
            row.get(0)
        })
        .ok()
    };
    Some((count("meeting")?, count("event")?))
}

#[cfg(test)]
mod tests;
