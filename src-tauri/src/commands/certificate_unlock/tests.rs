//! The unlocked certificate through the commands' own functions, on the demo's database with the
//! RSA fixture as the settings' certificate (its file uses OpenSSL's 2,048 rounds, so that the
//! tests do not pay Gavel's 600,000).

use std::path::{Path, PathBuf};

use chrono::DateTime;
use gavel_core::{ErrorKind, MemberRole, Store, StoreOptions};
use gavel_minutes::Language;

use super::*;
use crate::commands::minutes::{SettingsSignRequest, sign_with_settings_certificate};
use crate::settings::{CertificateSetting, Settings};

const SEPTEMBER_MEETING: &str = "Styregruppemøde september 2026";
const FIXTURE_PASSWORD: &str = include_str!("../../../../tests/fixtures/certs/password.txt");
pub(crate) const FIXTURE_SIGNER: &str = "Rasmus Højgaard";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../tests/fixtures/certs")
        .join(name)
}

pub(crate) fn password() -> &'static str {
    FIXTURE_PASSWORD.trim_end()
}

/// The app's state on the demo, with the fixture chosen in the settings; the September meeting
/// (closed, not signed) and another meeting of the demo.
pub(crate) fn demo_state() -> (AppState, Uuid, Uuid) {
    let mut store = Store::open_in_memory(StoreOptions::new("test")).expect("opens");
    gavel_core::demo::load(&mut store).expect("loads the demo");
    let meetings = store.meetings().expect("lists");
    let september = meetings
        .iter()
        .find(|meeting| meeting.title == SEPTEMBER_MEETING)
        .expect("the demo has the September meeting")
        .id;
    let other = meetings
        .iter()
        .find(|meeting| meeting.id != september)
        .expect("the demo has a second meeting")
        .id;
    let settings = Settings {
        certificate: Some(CertificateSetting {
            path: fixture("rsa-openssl3.p12"),
            subject: FIXTURE_SIGNER.to_owned(),
            organisation: None,
            valid_from: "2026-11-27".to_owned(),
            valid_until: "2126-11-03".to_owned(),
        }),
        ..Settings::default()
    };
    (AppState::for_tests(store, settings), september, other)
}

fn sign_september_minutes(
    state: &AppState,
    meeting_id: Uuid,
    password: Option<&str>,
    folder: &Path,
) -> Result<gavel_minutes::SavedMinutes, IpcError> {
    sign_with_settings_certificate(
        state,
        &SettingsSignRequest {
            meeting_id,
            language: Language::Danish,
            password,
            role: MemberRole::Chair,
        },
        folder,
        DateTime::parse_from_rfc3339("2026-12-01T10:15:00+01:00").expect("a time"),
    )
}

fn signatures(state: &AppState, meeting_id: Uuid) -> usize {
    state
        .with_store(|store| store.meeting(meeting_id))
        .expect("reads")
        .signatures
        .len()
}

#[test]
fn a_wrong_password_holds_nothing_and_says_so_in_danish() {
    let (state, september, _) = demo_state();
    let error = unlock(&state, september, "Forkert-kodeord-æøå").expect_err("wrong password");
    assert_eq!(error.kind, ErrorKind::BadInput);
    assert!(
        error.message.starts_with("Forkert adgangskode til ")
            && error.message.contains("rsa-openssl3.p12"),
        "{}",
        error.message
    );
    assert!(!error.message.contains("Forkert-kodeord-æøå"));
    assert_eq!(state.unlocked_certificate.status(), None);
}

#[test]
fn unlocking_tells_which_meeting_and_certificate_and_no_secret() {
    let (state, september, _) = demo_state();
    let view = unlock(&state, september, password()).expect("unlocks");
    assert_eq!(view.meeting_id, september);
    assert_eq!(view.subject, FIXTURE_SIGNER);
    assert!(view.certificate_path.ends_with("rsa-openssl3.p12"));
    assert_eq!(state.unlocked_certificate.status(), Some(view.clone()));
    let json = serde_json::to_string(&view).expect("serialises");
    assert!(!json.contains(password()), "{json}");
}

#[test]
fn a_meeting_that_does_not_exist_is_not_unlocked_for() {
    let (state, _, _) = demo_state();
    let error = unlock(&state, Uuid::from_u128(7), password()).expect_err("no such meeting");
    assert_eq!(error.kind, ErrorKind::NotFound, "{error:?}");
    assert_eq!(state.unlocked_certificate.status(), None);
}

#[test]
fn the_minutes_are_signed_without_a_password_and_signing_them_forgets_the_key() {
    let (state, september, _) = demo_state();
    unlock(&state, september, password()).expect("unlocks");
    let folder = tempfile::tempdir().expect("temp dir");
    let saved =
        sign_september_minutes(&state, september, None, folder.path()).expect("signs unlocked");
    assert!(saved.path.is_file(), "{}", saved.path.display());
    assert_eq!(signatures(&state, september), 1);
    let verification = gavel_minutes::verify_pdf(
        &std::fs::read(&saved.path).expect("reads"),
        &saved.path,
        chrono::Utc::now(),
    )
    .expect("a PDF");
    assert_eq!(verification.signatures.len(), 1);
    assert_eq!(
        verification.signatures[0].signer.as_deref(),
        Some(FIXTURE_SIGNER)
    );
    assert_eq!(
        state.unlocked_certificate.status(),
        None,
        "the key is forgotten once the minutes are signed"
    );
}

#[test]
fn signing_the_minutes_with_the_password_forgets_a_key_held_for_them_too() {
    let (state, september, _) = demo_state();
    unlock(&state, september, password()).expect("unlocks");
    let folder = tempfile::tempdir().expect("temp dir");
    sign_september_minutes(&state, september, Some(password()), folder.path()).expect("signs");
    assert_eq!(state.unlocked_certificate.status(), None);
}

#[test]
fn locking_forgets_the_key_and_signing_then_asks_for_the_password() {
    let (state, september, _) = demo_state();
    unlock(&state, september, password()).expect("unlocks");
    assert!(state.unlocked_certificate.lock(), "a key was held");
    assert_eq!(state.unlocked_certificate.status(), None);
    let folder = tempfile::tempdir().expect("temp dir");
    let error =
        sign_september_minutes(&state, september, None, folder.path()).expect_err("no key is held");
    assert_eq!(error.kind, ErrorKind::BadInput);
    assert_eq!(
        error.message,
        "Certifikatet er ikke låst op for dette møde. Skriv adgangskoden."
    );
    assert_eq!(signatures(&state, september), 0, "nothing is signed");
    assert_eq!(std::fs::read_dir(folder.path()).expect("lists").count(), 0);
}

#[test]
fn unlocking_for_another_meeting_replaces_the_key_held_for_the_first() {
    let (state, september, other) = demo_state();
    unlock(&state, other, password()).expect("unlocks for the other meeting");
    unlock(&state, september, password()).expect("unlocks for September");
    let status = state.unlocked_certificate.status().expect("held");
    assert_eq!(status.meeting_id, september);
    let settings_path = fixture("rsa-openssl3.p12");
    assert!(
        state
            .unlocked_certificate
            .held_for(&[other], &settings_path)
            .is_none(),
        "the other meeting's key is gone"
    );
    // And the key held for September does not sign the other meeting's minutes.
    let (september_state, september_only, other_meeting) = demo_state();
    unlock(&september_state, september_only, password()).expect("unlocks");
    let folder = tempfile::tempdir().expect("temp dir");
    let error = sign_september_minutes(&september_state, other_meeting, None, folder.path())
        .expect_err("held for September only");
    assert_eq!(error.kind, ErrorKind::BadInput);
    assert!(september_state.unlocked_certificate.status().is_some());
}

#[test]
fn choosing_another_certificate_in_the_settings_forgets_the_key() {
    let (state, september, _) = demo_state();
    unlock(&state, september, password()).expect("unlocks");
    // The same key in the legacy format, chosen as if it were another certificate: the path is
    // what the settings change.
    let other = fixture("rsa-legacy.p12");
    let identity = gavel_minutes::certificate::load_pkcs12(&other, password())
        .expect("the legacy fixture opens with the same password");
    crate::commands::settings::record_certificate(&state, &other, &identity)
        .expect("the settings change");
    assert_eq!(state.unlocked_certificate.status(), None);
    let error = settings_certificate_key(&state, &[september], None)
        .err()
        .expect("nothing is held");
    assert_eq!(error.kind, ErrorKind::BadInput);
}

#[test]
fn a_sync_file_of_the_unlocked_meeting_is_signed_with_the_held_key() {
    let (state, september, other) = demo_state();
    unlock(&state, september, password()).expect("unlocks");
    let (path, key) = settings_certificate_key(&state, &[other, september], None)
        .expect("the held key signs a file that holds the meeting");
    assert!(matches!(key, KeyToSignWith::Held(_)));
    assert_eq!(path, fixture("rsa-openssl3.p12"));
    assert_eq!(key.common_name(), FIXTURE_SIGNER);
    assert!(
        settings_certificate_key(&state, &[other], None).is_err(),
        "a file without the unlocked meeting asks for the password"
    );
    // Signing a sync file is no reason to forget the key: the minutes are still to be signed.
    drop(key);
    assert!(state.unlocked_certificate.status().is_some());
}
