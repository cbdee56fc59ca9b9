//! What the UI asks first (which database, which language), and the general write path.

use gavel_core::{Applied, Command};
use serde::Serialize;
use tauri::{AppHandle, State};

use super::notify_data_changed;
use crate::error::IpcError;
use crate::state::{AppState, Locale};

#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AppInfo {
    pub version: String,
    pub database_path: String,
    pub locale: Locale,
    /// No groups, no backlog, no meetings: the UI offers to load the demo.
    pub is_empty: bool,
    /// The app shows the practice database (the demo), not the chair's own.
    pub practising: bool,
}

#[tauri::command(async)]
pub fn app_info(app: AppHandle, state: State<'_, AppState>) -> Result<AppInfo, IpcError> {
    let practising = state.practising()?;
    state.with_store(|store| {
        Ok(AppInfo {
            version: app.package_info().version.to_string(),
            database_path: store.path().display().to_string(),
            locale: state.locale(),
            is_empty: store.is_empty()?,
            practising,
        })
    })
}

/// Applies `commands` all-or-nothing: either every one is durable or none is.
#[tauri::command(async)]
pub fn apply_commands(
    app: AppHandle,
    state: State<'_, AppState>,
    commands: Vec<Command>,
) -> Result<Vec<Applied>, IpcError> {
    let applied = state.with_store(|store| store.apply_batch(commands))?;
    notify_data_changed(&app);
    super::backup::report_a_failed_backup(&app, &state);
    Ok(applied)
}
