//! The settings screen and the first-run screen: read and save the chair's settings (language,
//! name, role), create a signing certificate or choose an existing `.p12`. A changed language
//! takes effect at once: the shell's messages switch, and every window is told to reload, which
//! makes the UI re-render in the new language. A changed name is the author of the next events.
//!
//! Passwords arrive as `String`s and are wrapped in `Zeroizing` at once; they are used to open or
//! create the `.p12` and never stored, logged or put into a message. A chosen `.p12` arrives as the
//! request's bytes ([`crate::file_request`]), in Tauri's buffer.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use gavel_core::MemberRole;
use gavel_minutes::certificate::{NewCertificate, SigningIdentity, create_self_signed};
use serde::{Deserialize, Serialize};
use tauri::ipc::Request;
use tauri::{AppHandle, State};
use zeroize::Zeroizing;

use super::notify_data_changed;
use crate::error::IpcError;
use crate::file_request;
use crate::settings::{CertificateSetting, Settings};
use crate::state::{AppState, Locale};

/// The shortest password a new `.p12` gets: it protects a signing key (as `gavel cert create`).
const MIN_PASSWORD_CHARS: usize = 8;
/// How long a new certificate is valid: two years, as `gavel cert create`.
const NEW_CERTIFICATE_DAYS: u32 = 730;

/// The settings as the settings screen shows them, with where the data lives.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SettingsView {
    /// The UI's language now.
    pub language: Locale,
    /// The language chosen in the settings; `None` follows the system.
    pub language_choice: Option<Locale>,
    pub chair_name: String,
    pub role: MemberRole,
    pub organisation: String,
    pub certificate: Option<CertificateSetting>,
    pub settings_file: Option<String>,
    pub database_path: Option<String>,
    /// The automatic backups of the database: `backups/` beside it.
    pub backups_folder: Option<String>,
    /// Where a new or chosen certificate is saved.
    pub certificates_folder: Option<String>,
    /// Why the settings file could not be read at start, in the app's language.
    pub problem: Option<String>,
    /// Environment variables that override the file when the app starts (`GAVEL_LANG` …).
    pub overridden_by: Vec<String>,
}

/// What the chair edits on the settings screen and the first-run screen.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SettingsUpdate {
    pub language: Option<Locale>,
    pub chair_name: String,
    pub role: MemberRole,
    pub organisation: String,
}

#[tauri::command(async)]
pub fn settings(state: State<'_, AppState>) -> Result<SettingsView, IpcError> {
    Ok(settings_view(&state))
}

/// Saves the language, name, role and organisation; the language and the author of new events
/// change at once.
#[tauri::command(async)]
pub fn save_settings(
    app: AppHandle,
    state: State<'_, AppState>,
    update: SettingsUpdate,
) -> Result<SettingsView, IpcError> {
    // A language chosen now applies at once, even over `GAVEL_LANG`; no choice (a name saved on
    // the first-run screen) keeps what decided at start.
    let locale = update
        .language
        .or(state.environment.language)
        .unwrap_or(state.environment.system_locale);
    save(&state, |settings| {
        settings.language = update.language;
        settings.chair_name = update.chair_name.trim().to_owned();
        settings.role = update.role;
        settings.organisation = update.organisation.trim().to_owned();
    })?;
    state.set_locale(locale);
    let author = state.settings().settings.author(&state.environment);
    state.set_author(&author)?;
    notify_data_changed(&app);
    Ok(settings_view(&state))
}

/// Creates a P-256 key and a self-signed certificate for `name`, saves it as a new `.p12` in the
/// certificates folder (never over an existing file) and makes it the signing certificate.
#[tauri::command(async)]
pub fn create_certificate(
    state: State<'_, AppState>,
    name: String,
    organisation: String,
    password: String,
) -> Result<SettingsView, IpcError> {
    let password = Zeroizing::new(password);
    let locale = state.locale();
    let name = name.trim().to_owned();
    if name.is_empty() {
        return Err(refused(locale.message("settings-nameRequired", &[])));
    }
    if password.chars().count() < MIN_PASSWORD_CHARS {
        return Err(refused(locale.message(
            "shell-certificatePasswordTooShort",
            &[("count", MIN_PASSWORD_CHARS.into())],
        )));
    }
    let organisation = Some(organisation.trim().to_owned()).filter(|text| !text.is_empty());
    let request = NewCertificate {
        common_name: name.clone(),
        organisation,
        valid_from: Utc::now(),
        valid_days: NEW_CERTIFICATE_DAYS,
    };
    let bytes = Zeroizing::new(
        create_self_signed(&request, &password)
            .map_err(|error| IpcError::from_minutes(&error, locale))?,
    );
    let path = save_certificate_file(&state, &name, &bytes)?;
    let identity = open_certificate(&bytes, &path, &password, locale)?;
    record_certificate(&state, &path, &identity)
}

/// The arguments of [`choose_certificate`] beside the `.p12`'s bytes.
// No `Debug`: it holds a password, which must never reach a log.
#[derive(Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ChooseCertificateArguments {
    /// The chosen file's name: it names the copy and the file in messages.
    pub file_name: String,
    pub password: String,
}

/// Checks that the chosen `.p12` (the request's bytes, [`crate::file_request`]) opens with its
/// password and holds a key, keeps a copy in the certificates folder (the UI cannot know where the
/// chosen file lives, and the copy stays put when the original is moved) and makes it the signing
/// certificate.
#[tauri::command(async)]
pub fn choose_certificate(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<SettingsView, IpcError> {
    let locale = state.locale();
    let (arguments, bytes) = file_request::read::<ChooseCertificateArguments>(&request, locale)?;
    let password = Zeroizing::new(arguments.password);
    let file_name = arguments.file_name;
    let identity = open_certificate(&bytes, Path::new(&file_name), &password, locale)?;
    let stem = Path::new(&file_name).file_stem().map_or_else(
        || identity.common_name(),
        |stem| stem.to_string_lossy().into_owned(),
    );
    let path = save_certificate_file(&state, &stem, &bytes)?;
    record_certificate(&state, &path, &identity)
}

/// The `.p12` the settings name, read for signing. `None` when no certificate is set.
pub fn settings_certificate(state: &AppState) -> Option<PathBuf> {
    state
        .settings()
        .settings
        .certificate
        .as_ref()
        .map(|certificate| certificate.path.clone())
}

/// The `.p12` named in the settings, read from the disk (size-limited, a regular file only: the
/// settings may name any path), for signing minutes or a sync file; the UI never sees its bytes.
pub fn read_settings_certificate(
    state: &AppState,
) -> Result<(PathBuf, zeroize::Zeroizing<Vec<u8>>), IpcError> {
    let path = settings_certificate_path(state)?;
    let bytes = gavel_minutes::certificate::read_p12_file(&path)
        .map_err(|error| IpcError::from_minutes(&error, state.locale()))?;
    Ok((path, bytes))
}

/// [`settings_certificate`], or an error that says no certificate is chosen.
pub fn settings_certificate_path(state: &AppState) -> Result<PathBuf, IpcError> {
    settings_certificate(state).ok_or_else(|| IpcError {
        kind: gavel_core::ErrorKind::BadInput,
        message: state.locale().message("shell-noCertificateChosen", &[]),
    })
}

fn settings_view(state: &AppState) -> SettingsView {
    let locale = state.locale();
    let database = state.with_store(|store| Ok(store.path().to_owned())).ok();
    let guard = state.settings();
    let settings = &guard.settings;
    SettingsView {
        language: locale,
        language_choice: settings.language,
        chair_name: settings.chair_name.clone(),
        role: settings.role,
        organisation: settings.organisation.clone(),
        certificate: settings.certificate.clone(),
        settings_file: guard
            .file
            .as_ref()
            .map(|file| file.path().display().to_string()),
        database_path: database.as_ref().map(|path| path.display().to_string()),
        backups_folder: database.as_deref().map(|path| {
            gavel_core::backup::backup_folder(path)
                .display()
                .to_string()
        }),
        certificates_folder: state
            .certificates_folder
            .as_ref()
            .map(|folder| folder.display().to_string()),
        problem: guard.load_error.as_ref().map(|error| error.message(locale)),
        overridden_by: state.environment.overriding_variables(),
    }
}

/// Changes the settings with `change` and saves them; on a failed save nothing changes.
fn save(state: &AppState, change: impl FnOnce(&mut Settings)) -> Result<(), IpcError> {
    let locale = state.locale();
    let mut guard = state.settings();
    let mut changed = guard.settings.clone();
    change(&mut changed);
    if let Some(file) = &guard.file {
        file.save(&changed)
            .map_err(|error| IpcError::storage(error.message(locale)))?;
    }
    guard.settings = changed;
    guard.load_error = None;
    Ok(())
}

fn open_certificate(
    bytes: &[u8],
    path: &Path,
    password: &str,
    locale: Locale,
) -> Result<SigningIdentity, IpcError> {
    gavel_minutes::certificate::parse_pkcs12(bytes, path, password)
        .map_err(|error| IpcError::from_minutes(&error, locale))
}

/// Writes the `.p12` as a new file in the certificates folder, which only its owner may open.
fn save_certificate_file(state: &AppState, stem: &str, bytes: &[u8]) -> Result<PathBuf, IpcError> {
    let locale = state.locale();
    let folder = state
        .certificates_folder
        .as_ref()
        .ok_or_else(|| IpcError::storage(locale.message("shell-certificateFolderNotFound", &[])))?;
    let write_error = |error: std::io::Error| {
        let reason = gavel_core::describe_io_error(&error);
        IpcError::storage(locale.message(
            "shell-certificateNotSaved",
            &[
                ("folder", folder.display().to_string().into()),
                ("reason", reason.pick(locale == Locale::Da).into()),
            ],
        ))
    };
    create_private_folder(folder).map_err(write_error)?;
    let stem = gavel_core::files::safe_file_stem(stem, "certifikat");
    gavel_core::files::write_new_file_atomically(folder, &stem, "p12", bytes).map_err(write_error)
}

/// A folder only the user can enter: the `.p12` files in it hold private keys (encrypted, but
/// nobody else needs to try their password on them).
fn create_private_folder(folder: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(folder)
}

pub(crate) fn record_certificate(
    state: &AppState,
    path: &Path,
    identity: &SigningIdentity,
) -> Result<SettingsView, IpcError> {
    let date = |time: DateTime<Utc>| time.format("%Y-%m-%d").to_string();
    let certificate = CertificateSetting {
        path: path.to_owned(),
        subject: identity.common_name(),
        organisation: identity.organisation(),
        valid_from: date(identity.not_before()),
        valid_until: date(identity.not_after()),
    };
    save(state, |settings| settings.certificate = Some(certificate))?;
    // A key unlocked from the certificate chosen before must not sign in the new one's place.
    state.unlocked_certificate.lock();
    Ok(settings_view(state))
}

fn refused(message: String) -> IpcError {
    IpcError {
        kind: gavel_core::ErrorKind::BadInput,
        message,
    }
}
