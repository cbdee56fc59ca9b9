//! The meeting's invitation (docs/invitation.md): an iCalendar file saved in the export folder,
//! for the secretariat to send or open in Outlook. Written again after a change, it updates the
//! invitation; for a cancelled meeting it is the cancellation.

use serde::Serialize;
use tauri::State;
use uuid::Uuid;

use crate::error::IpcError;
use crate::export_folder::save_in_export_folder;
use crate::state::AppState;

/// Where the invitation was saved, and whom it invites, for the UI to tell the chair.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SavedInvitation {
    pub path: String,
    /// Members with an e-mail address, the file's attendees.
    pub invited: Vec<String>,
    /// Members who hold a seat but have no e-mail address.
    pub without_email: Vec<String>,
    /// The invitation's revision: higher in every later file for the meeting.
    pub sequence: u32,
}

/// Writes the meeting's invitation, in the group's minutes language, under a name made from the
/// meeting's title and date, never over an existing file.
#[tauri::command(async)]
pub fn export_invitation(
    state: State<'_, AppState>,
    meeting_id: Uuid,
) -> Result<SavedInvitation, IpcError> {
    let invitation = state.with_store(|store| store.meeting_invitation(meeting_id, None))?;
    let path = save_in_export_folder(
        state.locale(),
        &invitation.file_stem,
        "ics",
        invitation.calendar.as_bytes(),
    )?;
    Ok(SavedInvitation {
        path: path.display().to_string(),
        invited: invitation.invited,
        without_email: invitation.without_email,
        sequence: invitation.sequence,
    })
}
