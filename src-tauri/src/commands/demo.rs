//! The demo: a steering group and a backlog to try Gavel with, offered while the database is empty.

use tauri::{AppHandle, State};

use super::notify_data_changed;
use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command(async)]
pub fn load_demo(app: AppHandle, state: State<'_, AppState>) -> Result<(), IpcError> {
    state.with_store(gavel_core::demo::load)?;
    notify_data_changed(&app);
    Ok(())
}
