//! The meeting's agenda pack (dagsorden) as PDF, saved in the export folder for the secretariat
//! to send a week before the meeting: gavel-core's `agenda_pack`, laid out by gavel-minutes as
//! the minutes are. Written again after a change, it is a new file beside the earlier one.
//!
//! When the chair has unlocked the settings' certificate for this meeting
//! ([`super::certificate_unlock`]), the agenda is signed with it in its "Udsendt af" box, in the
//! role the settings name; otherwise it is saved unsigned, as before. Signing the agenda records
//! nothing and keeps the key: the meeting's sync files and minutes are still to be signed.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use gavel_minutes::{Destination, Signer};
use serde::Serialize;
use tauri::State;
use uuid::Uuid;

use super::settings::settings_certificate;
use crate::error::IpcError;
use crate::export_folder::export_folder;
use crate::state::AppState;

/// Where the agenda was saved, how long it is and who signed it, for the UI to tell the chair.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SavedAgenda {
    pub path: String,
    pub pages: u32,
    /// The signing certificate's name when the agenda was signed with the certificate unlocked
    /// for the meeting; `None`: saved unsigned.
    pub signed_by: Option<String>,
    /// Signed all the same, but the chair should know: e.g. "the certificate expired on …".
    pub warnings: Vec<String>,
}

/// Writes the meeting's agenda pack in the group's minutes language, under a name made from the
/// meeting's title and date ("Dagsorden - … (2026-12-10).pdf", "… (underskrevet).pdf" when
/// signed), never over an existing file.
#[tauri::command(async)]
pub fn export_agenda(
    state: State<'_, AppState>,
    meeting_id: Uuid,
) -> Result<SavedAgenda, IpcError> {
    let folder = export_folder(state.locale())?;
    save_agenda(
        &state,
        meeting_id,
        &folder,
        chrono::Local::now().fixed_offset(),
    )
}

/// [`export_agenda`] without Tauri: into `folder`, signed (when a key is held for the meeting)
/// at `signing_time`.
pub(crate) fn save_agenda(
    state: &AppState,
    meeting_id: Uuid,
    folder: &Path,
    signing_time: DateTime<FixedOffset>,
) -> Result<SavedAgenda, IpcError> {
    let locale = state.locale();
    let pack = state.with_store(|store| store.agenda_pack(meeting_id))?;
    let language = match pack.language {
        gavel_core::MinutesLanguage::Da => gavel_minutes::Language::Danish,
        gavel_core::MinutesLanguage::En => gavel_minutes::Language::English,
    };
    // Only the key unlocked for this meeting, from the certificate the settings name now: an
    // agenda is never signed with a password typed for something else.
    let held = settings_certificate(state)
        .and_then(|path| state.unlocked_certificate.held_for(&[meeting_id], &path));
    let role = state.settings().settings.role;
    let signer = held.as_ref().map(|held| Signer {
        identity: &held.identity,
        role,
        signing_time,
    });
    let saved = gavel_minutes::export_agenda(
        &pack,
        language,
        signer.as_ref(),
        Destination::NewFileIn(folder),
    )
    .map_err(|error| IpcError::from_minutes(&error, locale))?;
    let chosen_language = locale.minutes_language();
    Ok(SavedAgenda {
        path: saved.path.display().to_string(),
        pages: u32::try_from(saved.pages).unwrap_or(u32::MAX),
        warnings: saved
            .signature
            .as_ref()
            .map(|signature| {
                signature
                    .warnings
                    .iter()
                    .map(|warning| warning.text(chosen_language).to_owned())
                    .collect()
            })
            .unwrap_or_default(),
        signed_by: saved.signature.map(|signature| signature.signer_name),
    })
}

#[cfg(test)]
mod tests;
