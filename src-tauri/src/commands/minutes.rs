//! Minutes in the app (issue 5): the on-screen preview of a closed meeting's minutes, the minutes
//! as PDF, approving and signing them with the chair's `.p12`, and checking a signed file's
//! signatures. The work is gavel-minutes' store-to-file path (render → sign → record → write),
//! which the `gavel` CLI takes too; these commands convert arguments and errors.
//!
//! The `.p12` and its password arrive over IPC, as the request's bytes (read by the UI from an
//! `<input type=file>`) and a `String` in its arguments header (see [`crate::file_request`]). The
//! password is wrapped in `Zeroizing` at once, so that it is wiped when the command ends. Neither
//! is ever stored, logged or put into a message (gavel-minutes' errors name the file, never the
//! password). The request's buffer, and copies the webview made on the way, are out of our reach.

use std::path::Path;

use chrono::{DateTime, FixedOffset};
use gavel_core::{MemberRole, MinutesLanguage, Store};
use gavel_minutes::{
    CertificateStatus, Destination, FingerprintCheck, Language, MinutesDocument, SavedMinutes,
    SignatureVerdict, Signer, Verification,
};
use serde::{Deserialize, Serialize};
use tauri::ipc::Request;
use tauri::{AppHandle, State};
use uuid::Uuid;
use zeroize::Zeroizing;

use super::notify_data_changed;
use crate::error::IpcError;
use crate::export_folder::export_folder;
use crate::file_request;
use crate::state::{AppState, Locale};

/// A minutes PDF saved in the export folder, for the UI to say where it went.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SavedFile {
    pub path: String,
    pub pages: u32,
    #[cfg_attr(test, ts(type = "number"))]
    pub bytes: u64,
    /// Signed all the same, but the chair should know: e.g. "the certificate expired on …".
    pub warnings: Vec<String>,
}

/// Every signature of a PDF, and its fingerprint compared with the database.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct VerificationView {
    pub file_name: String,
    /// Signed, every signature valid, nothing added after the last one, and the fingerprint does
    /// not differ from the meeting's.
    pub all_valid: bool,
    pub signatures: Vec<SignatureView>,
    /// Bytes after the last signature that no signature covers: the file changed after signing.
    #[cfg_attr(test, ts(type = "number"))]
    pub unsigned_trailing_bytes: u64,
    pub fingerprint: FingerprintCheck,
}

#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SignatureView {
    /// 1-based, in the order the signatures were made.
    pub number: u32,
    /// The signature box, e.g. "chair-1", "secretary-1", "countersignature-2".
    pub field_name: Option<String>,
    pub signer: Option<String>,
    pub organisation: Option<String>,
    /// The signing time as the signer's clock wrote it, "YYYY-MM-DDTHH:MM:SS", like every other
    /// time the UI shows.
    pub signed_at: Option<String>,
    /// Every check passed and only signatures (or metadata) were added after it.
    pub valid: bool,
    pub verdict: SignatureVerdict,
    pub certificate: CertificateView,
    /// E.g. "self-signed" or "issued by CN=… (not included in the file)".
    pub chain: String,
    /// Why the signature is not valid, in the app's language.
    pub problems: Vec<String>,
    /// Valid, but worth saying, in the app's language.
    pub warnings: Vec<String>,
    /// Whether the signature covers the whole file; if not, a later revision follows it.
    pub covers_whole_file: bool,
    /// How many bytes from the start of the file the signature covers, and the file's size.
    #[cfg_attr(test, ts(type = "number"))]
    pub signed_bytes: u64,
    #[cfg_attr(test, ts(type = "number"))]
    pub file_bytes: u64,
    /// What signing may add and was added after this signature, in the app's language.
    pub added_after: Vec<String>,
    /// What was changed after this signature that nothing may change, in the app's language.
    pub changed_after: Vec<String>,
}

#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum CertificateView {
    Valid {
        not_after: String,
    },
    ExpiredSince {
        not_after: String,
    },
    NotValidAtSigning {
        not_before: String,
        not_after: String,
    },
    Unknown,
}

/// The minutes of a closed meeting for the on-screen preview, in `language`: gavel-minutes'
/// own document, worded and ordered as the PDF is, so that the chair reads what she signs.
#[tauri::command(async)]
pub fn minutes_preview(
    state: State<'_, AppState>,
    meeting_id: Uuid,
    language: MinutesLanguage,
) -> Result<MinutesDocument, IpcError> {
    state.with_store(|store| {
        let minutes = gavel_core::minutes::minutes(store, meeting_id)?;
        Ok(gavel_minutes::minutes_document(
            &minutes,
            printed_in(language),
        ))
    })
}

/// Saves the unsigned minutes as a new PDF in the export folder.
#[tauri::command(async)]
pub fn export_minutes(
    state: State<'_, AppState>,
    meeting_id: Uuid,
    language: MinutesLanguage,
) -> Result<SavedFile, IpcError> {
    let locale = state.locale();
    let folder = export_folder(locale)?;
    with_store(&state, |store| {
        gavel_minutes::export_minutes(
            store,
            meeting_id,
            printed_in(language),
            Destination::NewFileIn(&folder),
        )
    })
    .map(|saved| saved_file(saved, locale))
}

/// The arguments of [`sign_minutes`] beside the `.p12`'s bytes: one per field of the signing form.
// No `Debug`: it holds a password, which must never reach a log.
#[derive(Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SignMinutesArguments {
    pub meeting_id: Uuid,
    pub language: MinutesLanguage,
    /// Only names the `.p12` in messages.
    pub p12_file_name: String,
    pub password: String,
    pub role: MemberRole,
}

/// Approves and signs the minutes: renders them, signs them with the key in the `.p12` (the
/// request's bytes, [`crate::file_request`]), records the signature in the meeting (which freezes
/// it) and saves the signed PDF as a new file in the export folder. A wrong password, a file with
/// no key or a meeting that is not closed changes nothing.
#[tauri::command(async)]
pub fn sign_minutes(
    app: AppHandle,
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<SavedFile, IpcError> {
    let (arguments, p12_bytes) =
        file_request::read::<SignMinutesArguments>(&request, state.locale())?;
    let password = Zeroizing::new(arguments.password);
    let request = SignRequest {
        meeting_id: arguments.meeting_id,
        language: printed_in(arguments.language),
        p12_file_name: &arguments.p12_file_name,
        p12_bytes: &p12_bytes,
        password: &password,
        role: arguments.role,
    };
    let folder = export_folder(state.locale())?;
    let saved = with_store(&state, |store| {
        sign(
            store,
            &request,
            &folder,
            chrono::Local::now().fixed_offset(),
        )
    })?;
    // Signed with another file, the minutes are frozen all the same: a key held for them has
    // nothing left to sign.
    state
        .unlocked_certificate
        .forget_meeting(arguments.meeting_id);
    notify_data_changed(&app);
    Ok(saved_file(saved, state.locale()))
}

/// [`sign_minutes`] with the `.p12` named in the settings (created or chosen on the settings
/// screen), read from the disk here: the UI never sees the file. Without a password, the key the
/// chair unlocked for this meeting signs ([`super::certificate_unlock`]); either way a key held
/// for this meeting is forgotten once its minutes are signed.
#[tauri::command(async)]
pub fn sign_minutes_with_settings_certificate(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: Uuid,
    language: MinutesLanguage,
    password: Option<String>,
    role: MemberRole,
) -> Result<SavedFile, IpcError> {
    let password = password.map(Zeroizing::new);
    let folder = export_folder(state.locale())?;
    let saved = sign_with_settings_certificate(
        &state,
        &SettingsSignRequest {
            meeting_id,
            language: printed_in(language),
            password: password.as_deref().map(String::as_str),
            role,
        },
        &folder,
        chrono::Local::now().fixed_offset(),
    )?;
    notify_data_changed(&app);
    Ok(saved_file(saved, state.locale()))
}

/// What [`sign_minutes_with_settings_certificate`] is asked, the password borrowed from its
/// zeroizing buffer.
pub(crate) struct SettingsSignRequest<'a> {
    pub meeting_id: Uuid,
    pub language: Language,
    pub password: Option<&'a str>,
    pub role: MemberRole,
}

/// [`sign_minutes_with_settings_certificate`] without Tauri: into `folder`, at `signing_time`.
pub(crate) fn sign_with_settings_certificate(
    state: &AppState,
    request: &SettingsSignRequest<'_>,
    folder: &Path,
    signing_time: DateTime<FixedOffset>,
) -> Result<SavedMinutes, IpcError> {
    let (_, key) = super::certificate_unlock::settings_certificate_key(
        state,
        &[request.meeting_id],
        request.password,
    )?;
    let saved = with_store(state, |store| {
        gavel_minutes::export_signed_minutes(
            store,
            request.meeting_id,
            request.language,
            &Signer {
                identity: &key,
                role: request.role,
                signing_time,
            },
            Destination::NewFileIn(folder),
        )
    })?;
    state
        .unlocked_certificate
        .forget_meeting(request.meeting_id);
    Ok(saved)
}

/// The arguments of [`verify_minutes`] beside the PDF's bytes.
#[derive(Debug, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct VerifyMinutesArguments {
    /// Only names the file in messages and the report.
    pub file_name: String,
}

/// Checks every signature of a PDF the chair picked (the request's bytes,
/// [`crate::file_request`]), and compares the log fingerprint it prints with the meeting's in the
/// database.
#[tauri::command(async)]
pub fn verify_minutes(
    state: State<'_, AppState>,
    request: Request<'_>,
) -> Result<VerificationView, IpcError> {
    let (arguments, bytes) =
        file_request::read::<VerifyMinutesArguments>(&request, state.locale())?;
    let file_name = arguments.file_name;
    let verification = gavel_minutes::verify_pdf(&bytes, Path::new(&file_name), chrono::Utc::now())
        .map_err(|error| IpcError::from_minutes(&error, state.locale()))?;
    let fingerprint = with_store(&state, |store| {
        gavel_minutes::check_fingerprint(store, &verification)
    })?;
    Ok(verification_view(
        file_name,
        &verification,
        fingerprint,
        state.locale(),
    ))
}

/// What the signing form sends, borrowed from the zeroizing buffers of [`sign_minutes`].
struct SignRequest<'a> {
    meeting_id: Uuid,
    language: Language,
    p12_file_name: &'a str,
    p12_bytes: &'a [u8],
    password: &'a str,
    role: MemberRole,
}

/// [`sign_minutes`] without Tauri: into `folder`, signed at `signing_time`.
fn sign(
    store: &mut Store,
    request: &SignRequest<'_>,
    folder: &Path,
    signing_time: DateTime<FixedOffset>,
) -> gavel_minutes::Result<SavedMinutes> {
    let identity = gavel_minutes::certificate::parse_pkcs12(
        request.p12_bytes,
        Path::new(request.p12_file_name),
        request.password,
    )?;
    gavel_minutes::export_signed_minutes(
        store,
        request.meeting_id,
        request.language,
        &Signer {
            identity: &identity,
            role: request.role,
            signing_time,
        },
        Destination::NewFileIn(folder),
    )
}

/// Runs a gavel-minutes `operation` with the store locked; its error for the UI, in the app's
/// language.
fn with_store<T>(
    state: &AppState,
    operation: impl FnOnce(&mut Store) -> gavel_minutes::Result<T>,
) -> Result<T, IpcError> {
    let locale = state.locale();
    state
        .with_store(|store| Ok(operation(store)))?
        .map_err(|error| IpcError::from_minutes(&error, locale))
}

fn verification_view(
    file_name: String,
    verification: &Verification,
    fingerprint: FingerprintCheck,
    locale: Locale,
) -> VerificationView {
    let date = |time: &DateTime<chrono::Utc>| time.format("%Y-%m-%d").to_string();
    VerificationView {
        file_name,
        all_valid: verification.all_valid()
            && !matches!(fingerprint, FingerprintCheck::Differs { .. }),
        signatures: verification
            .signatures
            .iter()
            .map(|signature| SignatureView {
                number: u32::try_from(signature.number).unwrap_or(u32::MAX),
                field_name: signature.field_name.clone(),
                signer: signature.signer.clone(),
                organisation: signature.organisation.clone(),
                signed_at: signature
                    .signing_time
                    .map(|time| time.naive_local().format("%Y-%m-%dT%H:%M:%S").to_string()),
                valid: signature.is_valid(),
                verdict: signature.verdict(),
                certificate: match &signature.certificate {
                    CertificateStatus::Valid { not_after } => CertificateView::Valid {
                        not_after: date(not_after),
                    },
                    CertificateStatus::ExpiredSince { not_after } => {
                        CertificateView::ExpiredSince {
                            not_after: date(not_after),
                        }
                    }
                    CertificateStatus::NotValidAtSigning {
                        not_before,
                        not_after,
                    } => CertificateView::NotValidAtSigning {
                        not_before: date(not_before),
                        not_after: date(not_after),
                    },
                    CertificateStatus::Unknown => CertificateView::Unknown,
                },
                chain: signature.chain.pick(locale == Locale::Da).to_owned(),
                problems: texts(&signature.problems, locale),
                warnings: warning_texts(&signature.warnings, locale),
                covers_whole_file: signature.covers_whole_file,
                signed_bytes: signature.signed_bytes as u64,
                file_bytes: signature.file_bytes as u64,
                added_after: texts(&signature.changes_after.allowed, locale),
                changed_after: texts(&signature.changes_after.disallowed, locale),
            })
            .collect(),
        unsigned_trailing_bytes: verification.unsigned_trailing_bytes as u64,
        fingerprint,
    }
}

/// The language a PDF is printed in: the UI names it as a group's minutes language is named.
fn printed_in(language: MinutesLanguage) -> Language {
    match language {
        MinutesLanguage::Da => Language::Danish,
        MinutesLanguage::En => Language::English,
    }
}

/// What the UI is told of a saved PDF, its signing warnings in the chair's language.
fn saved_file(saved: SavedMinutes, locale: Locale) -> SavedFile {
    SavedFile {
        path: saved.path.display().to_string(),
        pages: u32::try_from(saved.pages).unwrap_or(u32::MAX),
        bytes: saved.bytes as u64,
        warnings: saved
            .signature
            .map(|signature| warning_texts(&signature.warnings, locale))
            .unwrap_or_default(),
    }
}

fn texts(texts: &[gavel_core::rules::Bilingual], locale: Locale) -> Vec<String> {
    texts
        .iter()
        .map(|text| text.pick(locale == Locale::Da).to_owned())
        .collect()
}

fn warning_texts(warnings: &[gavel_minutes::SignatureWarning], locale: Locale) -> Vec<String> {
    let language = locale.minutes_language();
    warnings
        .iter()
        .map(|warning| warning.text(language).to_owned())
        .collect()
}

#[cfg(test)]
mod tests;
