//! Practising with the demo: a steering group, its backlog and two meetings in a practice database
//! of their own beside the chair's database (`gavel_core::practice_database_path`), never in it.
//! The chair switches to it and back; every screen says when she is practising, and its minutes
//! say so on every page.

use tauri::{AppHandle, State};

use super::notify_data_changed;
use crate::error::IpcError;
use crate::state::AppState;

/// Switches to the practice database (made with the demo the first time).
#[tauri::command(async)]
pub fn start_practice(app: AppHandle, state: State<'_, AppState>) -> Result<(), IpcError> {
    state.start_practice()?;
    notify_data_changed(&app);
    Ok(())
}

/// Back to the chair's own data.
#[tauri::command(async)]
pub fn stop_practice(app: AppHandle, state: State<'_, AppState>) -> Result<(), IpcError> {
    state.stop_practice()?;
    notify_data_changed(&app);
    Ok(())
}
