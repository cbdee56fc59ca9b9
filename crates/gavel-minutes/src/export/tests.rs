use std::path::Path;

use chrono::{DateTime, FixedOffset, Utc};
use gavel_core::{ErrorKind, MemberRole, Store, StoreOptions};
use uuid::Uuid;

use super::*;
use crate::certificate::parse_pkcs12;

const SEPTEMBER_MEETING: &str = "Styregruppemøde september 2026";
const FIXTURE_P12: &[u8] = include_bytes!("../../../../tests/fixtures/certs/rsa-openssl3.p12");
const FIXTURE_PASSWORD: &str = include_str!("../../../../tests/fixtures/certs/password.txt");

/// The demo in memory, and the id of its closed September meeting.
fn demo_store() -> (Store, Uuid) {
    let mut store = Store::open_in_memory(StoreOptions::new("test")).expect("opens");
    gavel_core::demo::load(&mut store).expect("loads the demo");
    let meeting = store
        .meetings()
        .expect("lists")
        .into_iter()
        .find(|meeting| meeting.title == SEPTEMBER_MEETING)
        .expect("the demo has the September meeting");
    (store, meeting.id)
}

fn signing_time() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-09-18T10:15:00+02:00").expect("a time")
}

fn identity() -> SigningIdentity {
    parse_pkcs12(
        FIXTURE_P12,
        Path::new("rsa-openssl3.p12"),
        FIXTURE_PASSWORD.trim_end(),
    )
    .expect("the fixture opens with its password")
}

fn file_names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("lists")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

#[test]
fn file_names_say_what_the_minutes_are_in_the_language_they_are_in() {
    let (store, meeting_id) = demo_store();
    let minutes = gavel_core::minutes::minutes(&store, meeting_id).expect("closed");
    let check = |language, signed, expected: &str| {
        assert_eq!(minutes_file_stem(&minutes, language, signed), expected);
    };
    check(
        Language::Danish,
        false,
        "Referat - Styregruppemøde september 2026 (2026-09-17)",
    );
    check(
        Language::Danish,
        true,
        "Referat - Styregruppemøde september 2026 (2026-09-17) (underskrevet)",
    );
    check(
        Language::English,
        true,
        "Minutes - Styregruppemøde september 2026 (2026-09-17) (signed)",
    );
}

#[test]
fn new_files_never_replace_an_existing_one() {
    let (store, meeting_id) = demo_store();
    let folder = tempfile::tempdir().expect("temp dir");
    let first = export_minutes(
        &store,
        meeting_id,
        Language::Danish,
        Destination::NewFileIn(folder.path()),
    )
    .expect("exports");
    let second = export_minutes(
        &store,
        meeting_id,
        Language::Danish,
        Destination::NewFileIn(folder.path()),
    )
    .expect("exports again");
    assert_ne!(first.path, second.path);
    assert_eq!(
        file_names(folder.path()),
        [
            "Referat - Styregruppemøde september 2026 (2026-09-17) (2).pdf",
            "Referat - Styregruppemøde september 2026 (2026-09-17).pdf",
        ]
    );
    assert!(first.pages >= 2, "{first:?}");
    assert_eq!(
        std::fs::read(&first.path).expect("reads").len(),
        first.bytes
    );
}

#[test]
fn signing_records_the_signature_and_writes_the_signed_file() {
    let (mut store, meeting_id) = demo_store();
    let folder = tempfile::tempdir().expect("temp dir");
    let identity = identity();
    let saved = export_signed_minutes(
        &mut store,
        meeting_id,
        Language::English,
        &Signer {
            identity: &identity,
            role: MemberRole::Chair,
            signing_time: signing_time(),
        },
        Destination::NewFileIn(&folder.path().join("Gavel")),
    )
    .expect("signs");
    assert_eq!(
        saved.path,
        folder
            .path()
            .join("Gavel/Minutes - Styregruppemøde september 2026 (2026-09-17) (signed).pdf")
    );
    let signature = saved.signature.as_ref().expect("signed");
    assert_eq!(signature.field_name, "chair-1");
    assert_eq!(signature.signer_name, "Rasmus Højgaard");

    let detail = store.meeting(meeting_id).expect("reads");
    assert_eq!(detail.signatures.len(), 1, "{:?}", detail.signatures);
    let recorded = &detail.signatures[0];
    assert_eq!(recorded.signer_name, "Rasmus Højgaard");
    assert_eq!(recorded.role, "chair");
    assert_eq!(recorded.fingerprint, detail.log_fingerprint);
    assert_eq!(recorded.signed_at, signing_time().naive_local());
    let bytes = std::fs::read(&saved.path).expect("reads");
    let sha256: String = Sha256::digest(&bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    assert_eq!(recorded.document_sha256, sha256);

    let verification = verify_pdf(&bytes, &saved.path, Utc::now()).expect("a PDF");
    assert!(verification.all_valid(), "{verification:?}");
    assert_eq!(
        check_fingerprint(&store, &verification).expect("reads"),
        FingerprintCheck::Matches {
            printed: detail.log_fingerprint.clone()
        }
    );
    let elsewhere = Store::open_in_memory(StoreOptions::new("test")).expect("opens");
    assert_eq!(
        check_fingerprint(&elsewhere, &verification).expect("reads"),
        FingerprintCheck::NotInDatabase {
            printed: detail.log_fingerprint
        }
    );
}

#[test]
fn an_unwritable_folder_is_refused_before_the_signature_is_recorded() {
    let (mut store, meeting_id) = demo_store();
    let folder = tempfile::tempdir().expect("temp dir");
    let blocker = folder.path().join("a-file");
    std::fs::write(&blocker, "not a folder").expect("writes");
    let identity = identity();
    let signer = Signer {
        identity: &identity,
        role: MemberRole::Chair,
        signing_time: signing_time(),
    };
    for destination in [
        Destination::NewFileIn(&blocker),
        Destination::File(&blocker.join("minutes.pdf")),
    ] {
        let error = export_signed_minutes(
            &mut store,
            meeting_id,
            Language::Danish,
            &signer,
            destination,
        )
        .expect_err("cannot write into a file");
        assert!(matches!(error, Error::Write { .. }), "{error:?}");
        assert_eq!(error.kind(), ErrorKind::Storage);
        assert!(error.to_string().contains("a-file"), "{error}");
    }
    assert!(
        store
            .meeting(meeting_id)
            .expect("reads")
            .signatures
            .is_empty()
    );
    assert_eq!(file_names(folder.path()), ["a-file"]);
}

#[test]
fn a_meeting_that_is_not_closed_is_refused_in_both_languages() {
    let (mut store, _) = demo_store();
    let planned = store
        .meetings()
        .expect("lists")
        .into_iter()
        .find(|meeting| meeting.title != SEPTEMBER_MEETING)
        .expect("the demo has a planned meeting");
    let folder = tempfile::tempdir().expect("temp dir");
    let identity = identity();
    let error = export_signed_minutes(
        &mut store,
        planned.id,
        Language::Danish,
        &Signer {
            identity: &identity,
            role: MemberRole::Chair,
            signing_time: signing_time(),
        },
        Destination::NewFileIn(folder.path()),
    )
    .expect_err("not closed");
    assert_eq!(error.kind(), ErrorKind::Rejected);
    assert!(
        error
            .to_string()
            .contains("minutes are made from a closed meeting"),
        "{error}"
    );
    assert!(
        error.danish().contains("afslut mødet først"),
        "{}",
        error.danish()
    );
    assert!(file_names(folder.path()).is_empty());
}

/// The demo's planned meeting, whose agenda the secretariat sends.
fn planned_meeting(store: &Store) -> Uuid {
    store
        .meetings()
        .expect("lists")
        .into_iter()
        .find(|meeting| meeting.title != SEPTEMBER_MEETING)
        .expect("the demo has a planned meeting")
        .id
}

#[test]
fn a_signed_agenda_verifies_says_it_is_an_agenda_and_records_nothing() {
    let (store, _) = demo_store();
    let meeting_id = planned_meeting(&store);
    let before = store.meeting(meeting_id).expect("reads");
    let pack = store.agenda_pack(meeting_id).expect("a pack");
    let folder = tempfile::tempdir().expect("temp dir");
    let identity = identity();
    let saved = export_agenda(
        &pack,
        Language::Danish,
        Some(&Signer {
            identity: &identity,
            role: MemberRole::Secretary,
            signing_time: signing_time(),
        }),
        Destination::NewFileIn(folder.path()),
    )
    .expect("signs");
    assert_eq!(
        saved.path,
        folder.path().join(format!(
            "{}.pdf",
            crate::agenda_file_stem(&pack, Language::Danish, true)
        ))
    );
    let signature = saved.signature.as_ref().expect("signed");
    assert_eq!(signature.field_name, "sender-1");
    assert_eq!(signature.signer_name, "Rasmus Højgaard");

    // Nothing recorded, nothing frozen: the meeting reads as before.
    assert_eq!(store.meeting(meeting_id).expect("reads"), before);

    let bytes = std::fs::read(&saved.path).expect("reads");
    assert_eq!(bytes.len(), saved.bytes);
    let verification = verify_pdf(&bytes, &saved.path, Utc::now()).expect("a PDF");
    assert!(verification.all_valid(), "{verification:?}");
    assert_eq!(verification.meeting_id, None, "an agenda is not minutes");
    assert_eq!(verification.log_fingerprint, None);
    assert_eq!(
        check_fingerprint(&store, &verification).expect("reads"),
        FingerprintCheck::Agenda {
            meeting_id: meeting_id.to_string(),
            meeting_title: Some(before.meeting.title.clone()),
        }
    );
    let elsewhere = Store::open_in_memory(StoreOptions::new("test")).expect("opens");
    assert_eq!(
        check_fingerprint(&elsewhere, &verification).expect("reads"),
        FingerprintCheck::Agenda {
            meeting_id: meeting_id.to_string(),
            meeting_title: None,
        }
    );
}

/// The box is the sender's: a chair, a secretary or a vice-chair who sends the agenda fills it,
/// with a visible stamp.
#[test]
fn whoever_signs_the_agenda_fills_its_sender_box() {
    let (store, _) = demo_store();
    let pack = store.agenda_pack(planned_meeting(&store)).expect("a pack");
    let folder = tempfile::tempdir().expect("temp dir");
    let identity = identity();
    for role in [
        MemberRole::Chair,
        MemberRole::Secretary,
        MemberRole::ViceChair,
    ] {
        let out = folder.path().join(format!("{role:?}.pdf"));
        let saved = export_agenda(
            &pack,
            Language::English,
            Some(&Signer {
                identity: &identity,
                role,
                signing_time: signing_time(),
            }),
            Destination::File(&out),
        )
        .expect("signs");
        assert_eq!(saved.path, out);
        assert_eq!(
            saved.signature.expect("signed").field_name,
            "sender-1",
            "{role:?}"
        );
        let bytes = std::fs::read(&out).expect("reads");
        let unsigned = crate::render_agenda(&pack, Language::English)
            .expect("renders")
            .pdf;
        assert!(bytes.starts_with(&unsigned), "an incremental update");
        assert!(
            bytes[unsigned.len()..]
                .windows(4)
                .any(|window| window == b"/AP<" || window == b"/AP "),
            "the stamp is drawn ({role:?})"
        );
    }
}

#[test]
fn an_unsigned_agenda_is_written_as_before_and_an_unwritable_target_writes_nothing() {
    let (store, _) = demo_store();
    let pack = store.agenda_pack(planned_meeting(&store)).expect("a pack");
    let folder = tempfile::tempdir().expect("temp dir");
    let saved = export_agenda(
        &pack,
        Language::Danish,
        None,
        Destination::NewFileIn(folder.path()),
    )
    .expect("writes");
    assert!(saved.signature.is_none());
    assert_eq!(
        std::fs::read(&saved.path).expect("reads"),
        crate::render_agenda(&pack, Language::Danish)
            .expect("renders")
            .pdf
    );
    let verification = verify_pdf(
        &std::fs::read(&saved.path).expect("reads"),
        &saved.path,
        Utc::now(),
    )
    .expect("a PDF");
    assert!(verification.signatures.is_empty());

    let blocker = folder.path().join("a-file");
    std::fs::write(&blocker, "not a folder").expect("writes");
    let identity = identity();
    let error = export_agenda(
        &pack,
        Language::Danish,
        Some(&Signer {
            identity: &identity,
            role: MemberRole::Secretary,
            signing_time: signing_time(),
        }),
        Destination::File(&blocker.join("dagsorden.pdf")),
    )
    .expect_err("cannot write into a file");
    assert!(matches!(error, Error::Write { .. }), "{error:?}");
    assert!(error.danish().contains("a-file"), "{}", error.danish());
    assert_eq!(
        file_names(folder.path()),
        [
            format!(
                "{}.pdf",
                crate::agenda_file_stem(&pack, Language::Danish, false)
            ),
            "a-file".to_owned(),
        ]
    );
}

/// A file that names a meeting and a fingerprint is held to them as minutes, even if it also
/// claims to be an agenda: the stricter check wins.
#[test]
fn a_file_that_prints_a_fingerprint_is_compared_as_minutes_even_if_it_names_an_agenda() {
    let (store, meeting_id) = demo_store();
    let detail = store.meeting(meeting_id).expect("reads");
    let verification = Verification {
        signatures: Vec::new(),
        unsigned_trailing_bytes: 0,
        meeting_id: Some(meeting_id.to_string()),
        log_fingerprint: Some("0".repeat(64)),
        agenda_of_meeting: Some(meeting_id.to_string()),
    };
    assert_eq!(
        check_fingerprint(&store, &verification).expect("reads"),
        FingerprintCheck::Differs {
            printed: "0".repeat(64),
            recorded: detail.log_fingerprint,
        }
    );
}
