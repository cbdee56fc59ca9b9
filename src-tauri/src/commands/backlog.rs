//! The backlog: listing it and importing it from a CSV file the user picked in the UI.

use gavel_core::{BacklogImportReport, BacklogItem};
use tauri::{AppHandle, State};

use super::notify_data_changed;
use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command(async)]
pub fn list_backlog(state: State<'_, AppState>) -> Result<Vec<BacklogItem>, IpcError> {
    state.with_store(|store| store.backlog_items())
}

/// `file_name` is only used to name the file in error messages: the UI read the file through an
/// `<input type=file>` and sends its text, so the shell never opens a path the UI chose.
#[tauri::command(async)]
pub fn import_backlog_csv(
    app: AppHandle,
    state: State<'_, AppState>,
    file_name: String,
    text: String,
) -> Result<BacklogImportReport, IpcError> {
    let report = state.with_store(|store| store.import_backlog_csv(&file_name, &text))?;
    notify_data_changed(&app);
    Ok(report)
}
