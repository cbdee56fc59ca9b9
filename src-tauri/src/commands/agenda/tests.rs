//! The agenda saved from the app: signed with the certificate unlocked for its meeting, unsigned
//! otherwise, and never recording anything.

use chrono::DateTime;
use gavel_minutes::FingerprintCheck;

use super::*;
use crate::commands::certificate_unlock::tests::{FIXTURE_SIGNER, demo_state, password};
use crate::commands::certificate_unlock::unlock;

fn signing_time() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-12-01T10:15:00+01:00").expect("a time")
}

fn verify(path: &str) -> gavel_minutes::Verification {
    let path = Path::new(path);
    gavel_minutes::verify_pdf(
        &std::fs::read(path).expect("reads"),
        path,
        chrono::Utc::now(),
    )
    .expect("a PDF")
}

#[test]
fn with_nothing_unlocked_the_agenda_is_saved_unsigned() {
    let (state, _, planned) = demo_state();
    let folder = tempfile::tempdir().expect("temp dir");
    let saved = save_agenda(&state, planned, folder.path(), signing_time()).expect("saves");
    assert_eq!(saved.signed_by, None);
    assert!(saved.warnings.is_empty());
    assert!(!saved.path.contains("underskrevet"), "{}", saved.path);
    assert!(verify(&saved.path).signatures.is_empty());
}

#[test]
fn the_certificate_unlocked_for_the_meeting_signs_its_agenda_and_stays_unlocked() {
    let (state, _, planned) = demo_state();
    let before = state
        .with_store(|store| store.meeting(planned))
        .expect("reads");
    let view = unlock(&state, planned, password()).expect("unlocks");
    let folder = tempfile::tempdir().expect("temp dir");
    let saved = save_agenda(&state, planned, folder.path(), signing_time()).expect("saves");
    assert_eq!(saved.signed_by.as_deref(), Some(FIXTURE_SIGNER));
    assert!(saved.path.ends_with("(underskrevet).pdf"), "{}", saved.path);
    let verification = verify(&saved.path);
    assert!(verification.all_valid(), "{verification:?}");
    assert_eq!(
        verification.signatures[0].field_name.as_deref(),
        Some("sender-1")
    );
    let check = state
        .with_store(|store| Ok(gavel_minutes::check_fingerprint(store, &verification)))
        .expect("reads")
        .expect("checks");
    assert_eq!(
        check,
        FingerprintCheck::Agenda {
            meeting_id: planned.to_string(),
            meeting_title: Some(before.meeting.title.clone()),
        }
    );
    // Nothing recorded; the key is kept for the meeting's sync files and minutes.
    assert_eq!(
        state
            .with_store(|store| store.meeting(planned))
            .expect("reads"),
        before
    );
    assert_eq!(state.unlocked_certificate.status(), Some(view));
}

#[test]
fn a_certificate_unlocked_for_another_meeting_does_not_sign_this_agenda() {
    let (state, september, planned) = demo_state();
    unlock(&state, september, password()).expect("unlocks");
    let folder = tempfile::tempdir().expect("temp dir");
    let saved = save_agenda(&state, planned, folder.path(), signing_time()).expect("saves");
    assert_eq!(saved.signed_by, None);
    assert!(verify(&saved.path).signatures.is_empty());
}
