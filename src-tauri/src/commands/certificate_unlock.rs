//! Unlocking the settings' certificate for one meeting, locking it again, and asking whether it is
//! unlocked (see [`crate::unlocked_certificate`] for how long the key is kept and what is wiped).
//! Signing the minutes and a sync file with the settings' certificate take the key from here when
//! no password is given: [`settings_certificate_key`].
//!
//! The password arrives as a `String` and is wrapped in `Zeroizing` at once; it opens the `.p12`
//! and is never stored, logged or put into a message.

use std::path::PathBuf;

use gavel_core::ErrorKind;
use gavel_minutes::certificate::parse_pkcs12;
use tauri::State;
use uuid::Uuid;
use zeroize::Zeroizing;

use super::settings::{read_settings_certificate, settings_certificate_path};
use crate::error::IpcError;
use crate::state::AppState;
use crate::unlocked_certificate::{KeyToSignWith, UnlockedCertificateView};

/// Opens the settings' `.p12` with `password` and keeps its key for `meeting_id`, in place of a
/// key held for another meeting. A wrong password keeps nothing new and says so in the app's
/// language.
#[tauri::command(async)]
pub fn unlock_certificate(
    state: State<'_, AppState>,
    meeting_id: Uuid,
    password: String,
) -> Result<UnlockedCertificateView, IpcError> {
    let password = Zeroizing::new(password);
    unlock(&state, meeting_id, &password)
}

/// Forgets the held key now.
#[tauri::command(async)]
pub fn lock_certificate(state: State<'_, AppState>) {
    state.unlocked_certificate.lock();
}

/// Whether the settings' certificate is unlocked, for which meeting, and which certificate.
#[tauri::command(async)]
pub fn unlocked_certificate(state: State<'_, AppState>) -> Option<UnlockedCertificateView> {
    state.unlocked_certificate.status()
}

/// [`unlock_certificate`] without Tauri.
pub fn unlock(
    state: &AppState,
    meeting_id: Uuid,
    password: &str,
) -> Result<UnlockedCertificateView, IpcError> {
    // A meeting that does not exist (another database, a stale screen) gets no key.
    state.with_store(|store| store.meeting(meeting_id).map(drop))?;
    let (path, p12_bytes) = read_settings_certificate(state)?;
    let identity = parse_pkcs12(&p12_bytes, &path, password)
        .map_err(|error| IpcError::from_minutes(&error, state.locale()))?;
    Ok(state.unlocked_certificate.hold(meeting_id, &path, identity))
}

/// The key of the settings' certificate, to sign something of `meeting_ids` with: opened with
/// `password` when the chair typed one, otherwise the key she unlocked for one of those meetings.
/// Returns the `.p12`'s path too, which names it in messages.
pub fn settings_certificate_key(
    state: &AppState,
    meeting_ids: &[Uuid],
    password: Option<&str>,
) -> Result<(PathBuf, KeyToSignWith), IpcError> {
    let locale = state.locale();
    match password {
        Some(password) => {
            let (path, p12_bytes) = read_settings_certificate(state)?;
            let identity = parse_pkcs12(&p12_bytes, &path, password)
                .map_err(|error| IpcError::from_minutes(&error, locale))?;
            Ok((path, KeyToSignWith::Opened(Box::new(identity))))
        }
        None => {
            let path = settings_certificate_path(state)?;
            let held = state
                .unlocked_certificate
                .held_for(meeting_ids, &path)
                .ok_or_else(|| IpcError {
                    kind: ErrorKind::BadInput,
                    message: locale.message("shell-certificateNotUnlocked", &[]),
                })?;
            Ok((path, KeyToSignWith::Held(held)))
        }
    }
}

#[cfg(test)]
pub(crate) mod tests;
