//! `gavel backup list` and `gavel backup restore`: the automatic copies of the database in the
//! `backups/` folder beside it (gavel-core's `backup` module), and putting one back.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use gavel_core::Store;
use gavel_core::backup::{self, BACKUPS_KEPT};
use gavel_core::database_lock::DatabaseLock;

use crate::output::{print_json, print_table};

#[derive(Subcommand)]
pub enum BackupCommand {
    /// The backups of this database, newest first: file, when, why, size, meetings and events.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Replace this database with a backup. The current database is backed up first
    /// ("before-restore"); a file that is not a Gavel database is refused and nothing changes.
    Restore {
        /// A backup file, e.g. from `gavel backup list`.
        file: PathBuf,
    },
}

pub fn run(store: &mut Store, command: BackupCommand, out: &mut impl Write) -> anyhow::Result<()> {
    match command {
        BackupCommand::List { json } => {
            let backups = backup::list_backups(store.path())?;
            if json {
                print_json(out, &backups)?;
                return Ok(());
            }
            let rows: Vec<Vec<String>> = backups
                .iter()
                .map(|backup| {
                    let count = |value: Option<u64>| {
                        value.map_or_else(|| "?".to_owned(), |value| value.to_string())
                    };
                    vec![
                        backup.file_name.clone(),
                        backup
                            .made_at
                            .with_timezone(&chrono::Local)
                            .format("%Y-%m-%d %H:%M:%S")
                            .to_string(),
                        crate::language::pick(&backup.why).to_owned(),
                        format!("{} kB", backup.size_bytes.div_ceil(1024)),
                        count(backup.meetings),
                        count(backup.events),
                    ]
                })
                .collect();
            print_table(
                out,
                &["FILE", "WHEN", "WHY", "SIZE", "MEETINGS", "EVENTS"],
                &rows,
            )?;
            writeln!(
                out,
                "{} backup(s) in {} (the newest {BACKUPS_KEPT} are kept)",
                backups.len(),
                backup::backup_folder(store.path()).display()
            )?;
        }
        BackupCommand::Restore { file } => {
            // The desktop app holds this lock while it runs; restoring under it would replace the
            // database it is showing and writing to.
            let _lock = DatabaseLock::try_acquire(store.path())
                .with_context(|| format!("cannot lock {}", store.path().display()))?
                .with_context(|| {
                    format!(
                        "{} is open in the Gavel app; close the app and restore again \
                         (Databasen er åben i Gavel-appen; luk appen og gendan igen). Nothing was changed.",
                        store.path().display()
                    )
                })?;
            let restored = store.restore_backup(&file)?;
            writeln!(
                out,
                "Restored {} into {}\nThe database as it was before is kept in {}",
                restored.restored_from,
                store.path().display(),
                restored.before_restore_backup
            )?;
        }
    }
    Ok(())
}

/// A meeting was closed (and stays closed), but its automatic backup failed: the chair should
/// know that there is no copy, without the close being reported as failed. A warning on stderr;
/// the exit code stays 0.
pub fn warn_about_a_failed_backup(store: &mut Store) {
    if let Some(failure) = store.take_backup_failure() {
        eprintln!("gavel: warning: the meeting is closed, but no backup was made: {failure}");
        eprintln!(
            "gavel: advarsel: mødet er afsluttet, men der blev ikke taget en sikkerhedskopi: {}",
            failure.danish()
        );
    }
}
