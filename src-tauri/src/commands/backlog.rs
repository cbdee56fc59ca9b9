//! The backlog: listing it, and importing (or previewing the import of) a file the user picked in
//! the UI.

use gavel_core::{BacklogImportReport, BacklogItem, ImportOptions};
use serde::Deserialize;
use tauri::ipc::Request;
use tauri::{AppHandle, State};

use super::notify_data_changed;
use crate::error::IpcError;
use crate::file_request;
use crate::state::AppState;

#[tauri::command(async)]
pub fn list_backlog(state: State<'_, AppState>) -> Result<Vec<BacklogItem>, IpcError> {
    state.with_store(|store| store.backlog_items())
}

/// The description of backlog item `key` as imported, if it has one: the proposal editor shows it
/// beside the case description. Asked for one item at a time, so that the backlog's list, which
/// every window loads, carries no descriptions.
#[tauri::command(async)]
pub fn backlog_description(
    state: State<'_, AppState>,
    key: String,
) -> Result<Option<String>, IpcError> {
    state.with_store(|store| store.backlog_description(&key))
}

/// The arguments of [`import_backlog_file`] beside the file's bytes.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ImportBacklogFileArguments {
    /// Only names the file in messages and the report.
    pub file_name: String,
    pub dry_run: bool,
    /// The chair's reading of columns chosen in the preview.
    pub options: ImportOptions,
}

/// Reads a backlog file (a Jira export as CSV or JSON, or Gavel's CSV; the format is told from the
/// content) and imports it, or with `dry_run` reports what the import would do without writing.
/// The UI read the file through an `<input type=file>` and sends its bytes as the request's body
/// ([`crate::file_request`]), so that gavel-core decodes it (Windows-1252 as well as UTF-8) and the
/// shell never opens a path the UI chose.
#[tauri::command(async)]
pub fn import_backlog_file(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<BacklogImportReport, IpcError> {
    let (arguments, bytes) =
        file_request::read::<ImportBacklogFileArguments>(&request, state.locale())?;
    let file_name = &arguments.file_name;
    let file = gavel_core::read_backlog_file(file_name, &bytes, &arguments.options)
        .map_err(|error| state.ipc_error(&error))?;
    let report =
        state.with_store(|store| store.import_backlog(file_name, file, arguments.dry_run))?;
    if !arguments.dry_run {
        notify_data_changed(&app);
    }
    Ok(report)
}
