//! What the UI asks first (which database, which language), and the general write path.

use crate::error::IpcError;
use crate::state::{AppState, Locale};
use gavel_core::{Applied, Command, MeetingDetail};
use serde::Serialize;
use tauri::{AppHandle, State};
use uuid::Uuid;

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

/// What `apply_commands` did, and the meeting the calling window shows as it is now.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct AppliedCommands {
    pub applied: Vec<Applied>,
    /// The change's revision: the data-changed event with it is about this write.
    pub revision: u32,
    /// The meeting named in `showing`, read after the write: the window shows it without asking
    /// again (issue 13, push rather than reload).
    pub meeting: Option<MeetingDetail>,
}

/// Applies `commands` all-or-nothing: either every one is durable or none is. With `showing`,
/// returns that meeting as it is after the write. Every window is told what changed
/// ([`super::DataChange`]): a ballot, attendance or a poll's opening changes only its meeting,
/// which the window that sent it already has.
#[tauri::command(async)]
pub fn apply_commands(
    app: AppHandle,
    window: tauri::Window,
    state: State<'_, AppState>,
    commands: Vec<Command>,
    showing: Option<Uuid>,
) -> Result<AppliedCommands, IpcError> {
    // The revision is taken under the store's lock, so that revisions follow the writes.
    let (written, revision) = state.with_store(|store| {
        let written = store.apply_batch_showing(commands, showing)?;
        Ok((written, super::next_revision()))
    })?;
    super::notify(
        &app,
        &super::DataChange {
            revision,
            origin: Some(window.label().to_owned()),
            meetings: written.meetings_changed,
            lists: !written.only_its_meetings,
        },
    );
    super::backup::report_a_failed_backup(&app, &state);
    Ok(AppliedCommands {
        applied: written.applied,
        revision,
        meeting: written.shown,
    })
}
