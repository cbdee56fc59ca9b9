//! Sync by file (docs/sync-format.md): exporting the chosen meetings' decisions to a file the chair
//! attaches to an e-mail, optionally signed with the chair's `.p12`, and importing (or previewing
//! the import of) a file from another laptop, whose signature gavel-core has checked with
//! gavel-minutes' verifier before anything is written.
//!
//! Like the minutes' signing form, the `.p12` and its password arrive as the request's bytes and a
//! `String` (see [`crate::file_request`]). The password is wrapped in `Zeroizing` at once, and a
//! `.p12` read from the settings is too, so that they are wiped when the command ends; neither is
//! ever stored, logged or put into a message. The request's own buffer is Tauri's, out of reach.

use std::path::PathBuf;

use gavel_core::ErrorKind;
use gavel_core::sync::{SyncImportReport, SyncSigner, ThisDevice, sync_file_stem};
use gavel_minutes::sync_signature::{CmsSyncSignatureVerifier, sign_sync_file};
use serde::{Deserialize, Serialize};
use tauri::ipc::Request;
use tauri::{AppHandle, State};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::notify_data_changed;
use crate::error::IpcError;
use crate::export_folder::save_in_export_folder;
use crate::file_request;
use crate::state::AppState;
use crate::unlocked_certificate::KeyToSignWith;

/// Where an exported sync file was saved, and what it holds, for the UI to tell the chair.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ExportedFile {
    pub path: String,
    /// The groups whose members and rules the file carries: the chosen ones and the meetings'.
    pub groups: u32,
    pub meetings: u32,
    pub events: u32,
    #[cfg_attr(test, ts(type = "number"))]
    pub bytes: u64,
    /// Who signed the file, when the chair chose a certificate.
    pub signed_by: Option<SyncSigner>,
}

/// The arguments of [`export_sync`] beside the request's body, which is the `.p12` when the
/// chair chose one here and empty otherwise.
// No `Debug`: it holds a password, which must never reach a log.
#[derive(Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ExportSyncArguments {
    pub meeting_ids: Vec<Uuid>,
    /// Groups sent with or without a meeting of theirs: a group set up before its first meeting.
    pub group_ids: Vec<Uuid>,
    pub signing: SyncSigning,
}

/// Whether and with what the sync file is signed.
// No `Debug`: it holds a password, which must never reach a log.
#[derive(Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "with", rename_all = "snake_case")]
pub enum SyncSigning {
    Unsigned,
    /// The `.p12` in the request's body; `file_name` only names it in messages.
    P12File {
        file_name: String,
        password: String,
    },
    /// The certificate chosen in the settings, which the shell reads itself. Without a password,
    /// the key the chair unlocked for one of the exported meetings signs.
    SettingsCertificate {
        password: Option<String>,
    },
}

/// Writes a sync file of the chosen meetings and groups into the export folder (see [`crate::export_folder::export_folder`])
/// under a name made from the meeting's title and date (a group sent alone: the group's name,
/// `sync_file_stem`), never over an existing file, signed as
/// [`SyncSigning`] says; a wrong password or a file without a key writes nothing.
#[tauri::command(async)]
pub fn export_sync(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<ExportedFile, IpcError> {
    let (arguments, body) = file_request::read::<ExportSyncArguments>(&request, state.locale())?;
    let (meeting_ids, group_ids) = (arguments.meeting_ids, arguments.group_ids);
    if meeting_ids.is_empty() && group_ids.is_empty() {
        // The UI asks for a choice before it calls; this only guards the command itself.
        return Err(IpcError {
            kind: ErrorKind::Rejected,
            message: "choose at least one meeting or group to export".to_owned(),
        });
    }
    // Opened (or taken from the unlocked slot) before the export, so that a wrong password is
    // told before any work; an opened key is wiped when the command ends.
    let key = signing_key(&state, arguments.signing, &body, &meeting_ids)?;
    let (mut file, stem) = state.with_store(|store| {
        let file = store.export_sync_of(&meeting_ids, &group_ids)?;
        let chosen: Vec<_> = store
            .meetings()?
            .into_iter()
            .filter(|meeting| meeting_ids.contains(&meeting.id))
            .collect();
        let groups = store.groups()?;
        let group_names: Vec<&str> = groups
            .iter()
            .filter(|group| group_ids.contains(&group.id))
            .map(|group| group.name.as_str())
            .collect();
        Ok((file, sync_file_stem(&chosen, &group_names)))
    })?;
    let signed_by = match key {
        Some((p12_path, key)) => Some(
            sign_sync_file(&mut file, &key, &p12_path)
                .map_err(|error| IpcError::from_minutes(&error, state.locale()))?,
        ),
        None => None,
    };
    let bytes = serde_json::to_vec_pretty(&file)
        .map_err(|error| IpcError::storage(format!("cannot write the sync file: {error}")))?;
    let path = save_in_export_folder(state.locale(), &stem, "gavel", &bytes)?;
    Ok(ExportedFile {
        path: path.display().to_string(),
        groups: count(file.group_count()),
        meetings: count(file.meetings.len()),
        events: count(file.events.len()),
        bytes: bytes.len() as u64,
        signed_by,
    })
}

/// The key a sync file of `meeting_ids` is signed with, as [`SyncSigning`] says, and the path
/// that names its `.p12` in messages; `None` for an unsigned file. `body` is the `.p12` the
/// chair chose here, if she did.
fn signing_key(
    state: &AppState,
    signing: SyncSigning,
    body: &[u8],
    meeting_ids: &[Uuid],
) -> Result<Option<(PathBuf, KeyToSignWith)>, IpcError> {
    match signing {
        SyncSigning::Unsigned => Ok(None),
        SyncSigning::P12File {
            file_name,
            password,
        } => {
            let password = Zeroizing::new(password);
            let path = PathBuf::from(file_name);
            let identity = gavel_minutes::certificate::parse_pkcs12(body, &path, &password)
                .map_err(|error| IpcError::from_minutes(&error, state.locale()))?;
            Ok(Some((path, KeyToSignWith::Opened(Box::new(identity)))))
        }
        SyncSigning::SettingsCertificate { password } => {
            let password = password.map(Zeroizing::new);
            super::certificate_unlock::settings_certificate_key(
                state,
                meeting_ids,
                password.as_deref().map(String::as_str),
            )
            .map(Some)
        }
    }
}

/// The arguments of [`import_sync_file`] beside the file's bytes.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ImportSyncFileArguments {
    /// Only names the file in messages and the report.
    pub file_name: String,
    pub dry_run: bool,
    /// Fingerprints of the computers (or of the file's certificate) the chair accepts with this
    /// import, after comparing them with their owners.
    pub trusted_fingerprints: Vec<String>,
}

/// Imports a sync file, or with `dry_run` reports what the import would do (events to add,
/// meetings new and changed, every conflict, changes refused because minutes are signed) without
/// writing. Like the backlog import, the UI read the file through an `<input type=file>` and sends
/// its bytes as the request's body ([`crate::file_request`]).
#[tauri::command(async)]
pub fn import_sync_file(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<SyncImportReport, IpcError> {
    let (arguments, bytes) =
        file_request::read::<ImportSyncFileArguments>(&request, state.locale())?;
    let report = state.with_store(|store| {
        store.import_sync(
            &arguments.file_name,
            &bytes,
            arguments.dry_run,
            Some(&CmsSyncSignatureVerifier),
            &arguments.trusted_fingerprints,
        )
    })?;
    if !arguments.dry_run {
        notify_data_changed(&app);
    }
    Ok(report)
}

/// Counts for the UI; a sync file never holds four billion of anything.
fn count(length: usize) -> u32 {
    u32::try_from(length).unwrap_or(u32::MAX)
}

/// This laptop's device and its key's fingerprint, which its owner tells the chair so that she
/// can trust its first sync file (docs/SECURITY.md, "Who wrote a sync file").
#[tauri::command(async)]
pub fn this_device(state: State<'_, AppState>) -> Result<ThisDevice, IpcError> {
    state.with_store(|store| store.this_device())
}
