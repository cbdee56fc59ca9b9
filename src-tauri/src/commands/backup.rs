//! The database's backups (gavel-core's `backup` module): list them, restore one, and tell the UI
//! when the automatic backup after a closed meeting failed.

use gavel_core::backup::{self, BackupFile, RestoredBackup};
use gavel_core::rules::Bilingual;
use tauri::{AppHandle, Emitter, State};

use super::notify_data_changed;
use crate::error::IpcError;
use crate::state::AppState;

/// Emitted with the message (in the app's language) when a meeting was closed but its automatic
/// backup could not be written. The close itself is committed; the UI shows the message until the
/// chair dismisses it.
pub const BACKUP_FAILED_EVENT: &str = "gavel://backup-failed";

/// The backups of the open database, newest first.
#[tauri::command(async)]
pub fn list_backups(state: State<'_, AppState>) -> Result<Vec<BackupFile>, IpcError> {
    state.with_store(|store| backup::list_backups(store.path()))
}

/// Restores the backup named `file_name` from the list (the UI offers nothing else), after
/// backing up the current database. A file that is not a Gavel database is refused unchanged.
#[tauri::command(async)]
pub fn restore_backup(
    app: AppHandle,
    state: State<'_, AppState>,
    file_name: String,
) -> Result<RestoredBackup, IpcError> {
    let restored = state.with_store(|store| {
        let chosen = backup::list_backups(store.path())?
            .into_iter()
            .find(|backup| backup.file_name == file_name)
            .ok_or_else(|| {
                gavel_core::Error::Rejected(Bilingual::message(
                    "shell-backupGone",
                    &[("file", file_name.as_str().into())],
                ))
            })?;
        store.restore_backup(std::path::Path::new(&chosen.path))
    })?;
    notify_data_changed(&app);
    Ok(restored)
}

/// After a write: if it closed a meeting and the automatic backup failed, tell every window.
pub fn report_a_failed_backup(app: &AppHandle, state: &AppState) {
    let Ok(Some(failure)) = state.with_store(|store| Ok(store.take_backup_failure())) else {
        return;
    };
    let message = state.ipc_error(&failure).message;
    eprintln!("gavel-desktop: the meeting is closed, but no backup was made: {failure}");
    if let Err(error) = app.emit(BACKUP_FAILED_EVENT, message) {
        eprintln!("gavel-desktop: cannot emit {BACKUP_FAILED_EVENT}: {error}");
    }
}
