//! Sync by file (docs/sync-format.md): exporting the chosen meetings' decisions to a file the chair
//! attaches to an e-mail, optionally signed with the chair's `.p12`, and importing (or previewing
//! the import of) a file from another laptop, whose signature gavel-core has checked with
//! gavel-minutes' verifier before anything is written.
//!
//! Like the minutes' signing form, the `.p12` and its password arrive as bytes and a `String`,
//! wrapped in `Zeroizing` at once so that they are wiped when the command ends, never stored,
//! logged or put into a message.

use gavel_core::ErrorKind;
use gavel_core::sync::{SyncImportReport, SyncSigner, sync_file_stem};
use gavel_minutes::sync_signature::{CmsSyncSignatureVerifier, sign_sync_file};
use serde::Serialize;
use tauri::{AppHandle, State};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::notify_data_changed;
use crate::error::IpcError;
use crate::export_folder::save_in_export_folder;
use crate::state::AppState;

/// Where an exported sync file was saved, and what it holds, for the UI to tell the chair.
#[derive(Debug, Serialize)]
pub struct ExportedFile {
    pub path: String,
    pub meetings: u32,
    pub events: u32,
    pub bytes: u64,
    /// Who signed the file, when the chair chose a certificate.
    pub signed_by: Option<SyncSigner>,
}

/// Writes a sync file of `meeting_ids` into the export folder (see [`export_folder`]) under a
/// name made from the meeting's title and date, never over an existing file. With a `.p12`
/// (`p12_file_name`, `p12_bytes`) and its `password` the file is signed; a wrong password or a
/// file without a key writes nothing.
#[tauri::command(async)]
pub fn export_sync(
    state: State<'_, AppState>,
    meeting_ids: Vec<Uuid>,
    p12_file_name: Option<String>,
    p12_bytes: Option<Vec<u8>>,
    password: Option<String>,
    use_settings_certificate: Option<bool>,
) -> Result<ExportedFile, IpcError> {
    let password = Zeroizing::new(password.unwrap_or_default());
    let mut p12_file_name = p12_file_name;
    let mut p12_bytes = p12_bytes.map(Zeroizing::new);
    // Signed with the certificate chosen in the settings, as the minutes are, unless the chair
    // chose another file here.
    if p12_bytes.is_none() && use_settings_certificate == Some(true) {
        let (path, bytes) = super::settings::read_settings_certificate(&state)?;
        p12_file_name = Some(path.display().to_string());
        p12_bytes = Some(bytes);
    }
    if meeting_ids.is_empty() {
        // The UI asks for a choice before it calls; this only guards the command itself.
        return Err(IpcError {
            kind: ErrorKind::Rejected,
            message: "choose at least one meeting to export".to_owned(),
        });
    }
    let (mut file, stem) = state.with_store(|store| {
        let file = store.export_sync(Some(&meeting_ids))?;
        let chosen: Vec<_> = store
            .meetings()?
            .into_iter()
            .filter(|meeting| meeting_ids.contains(&meeting.id))
            .collect();
        Ok((file, sync_file_stem(&chosen)))
    })?;
    let signed_by = match &p12_bytes {
        Some(p12_bytes) => {
            let p12_path = std::path::PathBuf::from(p12_file_name.unwrap_or_default());
            let signed = gavel_minutes::certificate::parse_pkcs12(p12_bytes, &p12_path, &password)
                .and_then(|identity| sign_sync_file(&mut file, &identity, &p12_path));
            Some(signed.map_err(|error| IpcError::from_minutes(&error, state.locale()))?)
        }
        None => None,
    };
    let bytes = serde_json::to_vec_pretty(&file)
        .map_err(|error| IpcError::storage(format!("cannot write the sync file: {error}")))?;
    let path = save_in_export_folder(state.locale(), &stem, "gavel", &bytes)?;
    Ok(ExportedFile {
        path: path.display().to_string(),
        meetings: count(file.meetings.len()),
        events: count(file.events.len()),
        bytes: bytes.len() as u64,
        signed_by,
    })
}

/// Imports a sync file, or with `dry_run` reports what the import would do (events to add,
/// meetings new and changed, every conflict, changes refused because minutes are signed) without
/// writing. Like the backlog import, the UI read the file through an `<input type=file>` and sends
/// its bytes; `file_name` only names the file in messages and the report.
#[tauri::command(async)]
pub fn import_sync_file(
    app: AppHandle,
    state: State<'_, AppState>,
    file_name: String,
    bytes: Vec<u8>,
    dry_run: bool,
) -> Result<SyncImportReport, IpcError> {
    let report = state.with_store(|store| {
        store.import_sync(&file_name, &bytes, dry_run, Some(&CmsSyncSignatureVerifier))
    })?;
    if !dry_run {
        notify_data_changed(&app);
    }
    Ok(report)
}

/// Counts for the UI; a sync file never holds four billion of anything.
fn count(length: usize) -> u32 {
    u32::try_from(length).unwrap_or(u32::MAX)
}
