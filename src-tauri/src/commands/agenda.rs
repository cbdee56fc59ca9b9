//! The meeting's agenda pack (dagsorden) as PDF, saved in the export folder for the secretariat
//! to send a week before the meeting: gavel-core's `agenda_pack`, laid out by gavel-minutes as
//! the minutes are. Written again after a change, it is a new file beside the earlier one.

use serde::Serialize;
use tauri::State;
use uuid::Uuid;

use crate::error::IpcError;
use crate::export_folder::save_in_export_folder;
use crate::state::AppState;

/// Where the agenda was saved and how long it is, for the UI to tell the chair.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SavedAgenda {
    pub path: String,
    pub pages: u32,
}

/// Writes the meeting's agenda pack in the group's minutes language, under a name made from the
/// meeting's title and date ("Dagsorden - … (2026-12-10).pdf"), never over an existing file.
#[tauri::command(async)]
pub fn export_agenda(
    state: State<'_, AppState>,
    meeting_id: Uuid,
) -> Result<SavedAgenda, IpcError> {
    let pack = state.with_store(|store| store.agenda_pack(meeting_id))?;
    let language = match pack.language {
        gavel_core::MinutesLanguage::Da => gavel_minutes::Language::Danish,
        gavel_core::MinutesLanguage::En => gavel_minutes::Language::English,
    };
    let rendered = gavel_minutes::render_agenda(&pack, language)
        .map_err(|error| IpcError::from_minutes(&error, state.locale()))?;
    let path = save_in_export_folder(
        state.locale(),
        &gavel_minutes::agenda_file_stem(&pack, language, false),
        "pdf",
        &rendered.pdf,
    )?;
    Ok(SavedAgenda {
        path: path.display().to_string(),
        pages: u32::try_from(rendered.pages).unwrap_or(u32::MAX),
    })
}
