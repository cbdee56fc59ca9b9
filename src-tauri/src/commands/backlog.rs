//! The backlog: listing it, and importing (or previewing the import of) a file the user picked in
//! the UI.

use gavel_core::{BacklogImportReport, BacklogItem, ImportOptions};
use tauri::{AppHandle, State};

use super::notify_data_changed;
use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command(async)]
pub fn list_backlog(state: State<'_, AppState>) -> Result<Vec<BacklogItem>, IpcError> {
    state.with_store(|store| store.backlog_items())
}

/// Reads a backlog file (a Jira export as CSV or JSON, or Gavel's CSV; the format is told from the
/// content) and imports it, or with `dry_run` reports what the import would do without writing.
/// The UI read the file through an `<input type=file>` and sends its bytes, so that gavel-core
/// decodes it (Windows-1252 as well as UTF-8) and the shell never opens a path the UI chose;
/// `file_name` only names the file in messages and the report. `options` carries the chair's
/// reading of columns chosen in the preview.
#[tauri::command(async)]
pub fn import_backlog_file(
    app: AppHandle,
    state: State<'_, AppState>,
    file_name: String,
    bytes: Vec<u8>,
    dry_run: bool,
    options: ImportOptions,
) -> Result<BacklogImportReport, IpcError> {
    let file = gavel_core::read_backlog_file(&file_name, &bytes, &options)
        .map_err(|error| state.ipc_error(&error))?;
    let report = state.with_store(|store| store.import_backlog(&file_name, file, dry_run))?;
    if !dry_run {
        notify_data_changed(&app);
    }
    Ok(report)
}
