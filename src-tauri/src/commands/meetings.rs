//! Steering groups and their meetings.

use gavel_core::{GroupView, MeetingDetail, MeetingSummary};
use tauri::State;
use uuid::Uuid;

use crate::error::IpcError;
use crate::state::AppState;

#[tauri::command(async)]
pub fn list_groups(state: State<'_, AppState>) -> Result<Vec<GroupView>, IpcError> {
    state.with_store(|store| store.groups())
}

#[tauri::command(async)]
pub fn list_meetings(state: State<'_, AppState>) -> Result<Vec<MeetingSummary>, IpcError> {
    state.with_store(|store| store.meetings())
}

#[tauri::command(async)]
pub fn show_meeting(
    state: State<'_, AppState>,
    meeting_id: Uuid,
) -> Result<MeetingDetail, IpcError> {
    state.with_store(|store| store.meeting(meeting_id))
}
