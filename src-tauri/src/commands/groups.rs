//! Setting up a group: its members from a list, and the rules of procedure — the presets a chair
//! starts from and the rules in words, exactly as the minutes print them. Every other change to a
//! group is a command sent through `apply_commands`.

use gavel_core::member_list::MemberListReport;
use gavel_core::rules::{self, RulesDescription, RulesOfProcedure, RulesPreset};
use tauri::{AppHandle, State};
use uuid::Uuid;

use super::notify_data_changed;
use crate::error::IpcError;
use crate::state::AppState;

/// Reads a member list (a CSV file the user picked, or rows pasted from a spreadsheet) and adds or
/// updates the group's members from it, or with `dry_run` reports what it would do. `file_name`
/// only names the list in messages.
#[tauri::command(async)]
pub fn import_member_list(
    app: AppHandle,
    state: State<'_, AppState>,
    group_id: Uuid,
    file_name: String,
    bytes: Vec<u8>,
    dry_run: bool,
) -> Result<MemberListReport, IpcError> {
    let report = state
        .with_store(|store| store.import_member_list(group_id, &file_name, &bytes, dry_run))?;
    if !dry_run {
        notify_data_changed(&app);
    }
    Ok(report)
}

#[tauri::command]
pub fn rules_presets() -> Vec<RulesPreset> {
    rules::presets()
}

#[tauri::command]
pub fn describe_rules(rules: RulesOfProcedure) -> RulesDescription {
    rules::describe(&rules)
}
