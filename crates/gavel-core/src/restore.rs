//! Restoring a backup (`crate::backup` makes and lists them): the copy is checked and staged in
//! memory, upgraded there when it comes from an older Gavel, and copied over the live database in
//! one step, after a `before-restore` copy of what it replaces. Its own module, because it is the
//! one part of backups that needs the store: the store makes backups, and restoring changes it.

use std::path::Path;

use chrono::Utc;
use rusqlite::{Connection, OpenFlags};
use uuid::Uuid;

use crate::backup::{BackupReason, RestoredBackup, copy_whole_database, write_backup};
use crate::clock::Hlc;
use crate::error::{Error, Result};
use crate::rules::Bilingual;
use crate::schema;
use crate::store::{self, Store};

impl Store {
    /// Replaces the database's contents with the backup `file`, in one step, after checking that
    /// `file` is a Gavel database this Gavel can read (the checks [`Store::open`] makes) and after
    /// backing up the current contents (`before-restore`). A backup from an older Gavel is
    /// upgraded on the way in. The restored database gets a new device id (see below). If
    /// anything fails, the database is left as it was.
    pub fn restore_backup(&mut self, file: &Path) -> Result<RestoredBackup> {
        if self.is_in_memory() {
            return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                "coreRestore-anInMemoryDatabaseCannot",
                &[],
            )));
        }
        // Stage the backup in memory first: checked, read whole and upgraded there, so that the
        // live database changes only in the final single copy, or not at all.
        let (candidate, version) = open_restorable_database(file)?;
        let mut staged = Connection::open_in_memory()?;
        copy_whole_database(&candidate, &mut staged)?;
        drop(candidate);
        if version < schema::VERSION {
            let tx = staged.transaction()?;
            store::upgrade(&tx, version)?;
            tx.commit()?;
        }
        // The restored database records from now on as a new device. Events this laptop wrote
        // after the backup may already be on other laptops (sync files); continuing the old
        // device's chains would number new events like those, and the chains would fork. The old
        // device's events stay in the log as they were.
        let device = Uuid::new_v4();
        staged.execute("UPDATE local_device SET id = ?1", [device])?;
        // A new key for the new device; the old ids' keys stay, to sign their chains' heads.
        crate::device_keys::own_key_or_create(&staged, device, false)?;

        let before_restore = write_backup(
            &self.conn,
            self.path(),
            BackupReason::BeforeRestore,
            Utc::now(),
        )?;
        // One backup step of all pages is one write transaction on the live database: other
        // readers see the old contents or the new, never a mixture.
        copy_whole_database(&staged, &mut self.conn)?;

        self.device = device;
        // The clock must never go backwards on this device, even if the backup is older.
        let restored_hlc: u64 =
            self.conn
                .query_row("SELECT COALESCE(MAX(hlc), 0) FROM event", [], |row| {
                    row.get(0)
                })?;
        self.last_hlc = Hlc(self.last_hlc.0.max(restored_hlc));
        Ok(RestoredBackup {
            restored_from: file.display().to_string(),
            before_restore_backup: before_restore.display().to_string(),
        })
    }
}

/// Opens `file` read-only and checks that it is a Gavel database this Gavel can read: the checks
/// [`Store::open`] makes, and that it has a decision log and is not damaged. Returns its schema
/// version. Nothing is written to `file`.
fn open_restorable_database(file: &Path) -> Result<(Connection, i64)> {
    let not_gavel = |reason: Bilingual| Error::NotADatabase {
        path: file.to_owned(),
        reason,
    };
    if !file.is_file() {
        return Err(Error::CannotOpen {
            path: file.to_owned(),
            reason: crate::rules::Bilingual::message("coreRestore-theFileDoesNotExist", &[]),
        });
    }
    let conn = Connection::open_with_flags(
        file,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|error| store::describe_open_error(file, error))?;
    let version = store::check_database_can_be_opened(&conn, file)?;
    let has_log: bool = conn
        .query_row(
            "SELECT COUNT(*) = 2 FROM sqlite_master
             WHERE type = 'table' AND name IN ('event', 'local_device')",
            [],
            |row| row.get(0),
        )
        .map_err(|error| store::describe_open_error(file, error))?;
    if version == 0 || !has_log {
        return Err(not_gavel(Bilingual::message(
            "coreRestore-theFileHasNoDecisionLog",
            &[],
        )));
    }
    let integrity: String = conn
        .query_row("PRAGMA quick_check", [], |row| row.get(0))
        .map_err(|error| store::describe_open_error(file, error))?;
    if integrity != "ok" {
        return Err(not_gavel(Bilingual::message(
            "coreRestore-theFileIsDamaged",
            &[("problem", (&integrity).into())],
        )));
    }
    Ok((conn, version))
}
