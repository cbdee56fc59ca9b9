//! `gavel backup list` and `gavel backup restore`: the automatic copies of the database in the
//! `backups/` folder beside it (gavel-core's `backup` module), and putting one back.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use gavel_core::Store;
use gavel_core::backup::{self, BACKUPS_KEPT};
use gavel_core::database_lock::DatabaseLock;

use crate::language::message;
use crate::output::{print_json, print_table};

#[derive(Subcommand)]
pub enum BackupCommand {
    /// The backups of this database, newest first: file, when, why, size, meetings and events.
    List {
        /// Print the result as JSON for scripts: the same in every language.
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
            let headers = [
                message("cli-backup-column-file", &[]),
                message("cli-backup-column-when", &[]),
                message("cli-backup-column-why", &[]),
                message("cli-backup-column-size", &[]),
                message("cli-backup-column-meetings", &[]),
                message("cli-backup-column-events", &[]),
            ];
            print_table(out, &headers, &rows)?;
            writeln!(
                out,
                "{}",
                message(
                    "cli-backup-count",
                    &[
                        ("count", backups.len().into()),
                        (
                            "folder",
                            backup::backup_folder(store.path())
                                .display()
                                .to_string()
                                .into()
                        ),
                        ("kept", BACKUPS_KEPT.into()),
                    ]
                )
            )?;
        }
        BackupCommand::Restore { file } => {
            // The desktop app holds this lock while it runs; restoring under it would replace the
            // database it is showing and writing to.
            let database = store.path().display().to_string();
            let _lock = DatabaseLock::try_acquire(store.path())
                .with_context(|| message("cli-cannot-lock", &[("file", (&database).into())]))?
                .with_context(|| {
                    message("cli-backup-database-open", &[("file", (&database).into())])
                })?;
            let restored = store.restore_backup(&file)?;
            writeln!(
                out,
                "{}",
                message(
                    "cli-backup-restored",
                    &[
                        ("backup", (&restored.restored_from).into()),
                        ("database", (&database).into()),
                    ]
                )
            )?;
            writeln!(
                out,
                "{}",
                message(
                    "cli-backup-before-restore-kept",
                    &[("backup", (&restored.before_restore_backup).into())]
                )
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
        let danish = gavel_messages::message(
            gavel_messages::Language::Danish,
            "cli-backup-failed",
            &[("reason", failure.danish().into())],
        );
        if crate::language::danish() {
            eprintln!("gavel: {danish}");
        } else {
            // The English reader gets the Danish line too, as before the CLI knew its reader's
            // language: a Danish colleague may be the one who reads the terminal, and
            // tests/it/backup.rs holds the CLI to it.
            eprintln!(
                "gavel: {}",
                message(
                    "cli-backup-failed",
                    &[("reason", failure.to_string().into())]
                )
            );
            eprintln!("gavel: {danish}");
        }
    }
}
