//! Setting up a group: its members from a list, and the rules of procedure — the presets a chair
//! starts from and the rules in words, exactly as the minutes print them. Every other change to a
//! group is a command sent through `apply_commands`.

use gavel_core::member_list::MemberListReport;
use gavel_core::rules::{self, RulesDescription, RulesOfProcedure, RulesPreset};
use serde::Deserialize;
use tauri::ipc::Request;
use tauri::{AppHandle, State};
use uuid::Uuid;

use super::notify_data_changed;
use crate::error::IpcError;
use crate::file_request;
use crate::state::AppState;

/// The arguments of [`import_member_list`] beside the list's bytes.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ImportMemberListArguments {
    pub group_id: Uuid,
    /// Only names the list in messages.
    pub file_name: String,
    pub dry_run: bool,
}

/// Reads a member list (a CSV file the user picked, or rows pasted from a spreadsheet, as UTF-8)
/// sent as the request's bytes ([`crate::file_request`]), and adds or updates the group's members
/// from it, or with `dry_run` reports what it would do.
#[tauri::command(async)]
pub fn import_member_list(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<MemberListReport, IpcError> {
    let (arguments, bytes) =
        file_request::read::<ImportMemberListArguments>(&request, state.locale())?;
    let report = state.with_store(|store| {
        store.import_member_list(
            arguments.group_id,
            &arguments.file_name,
            &bytes,
            arguments.dry_run,
        )
    })?;
    if !arguments.dry_run {
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
