use gavel_core::{ErrorKind, StoreOptions};

use super::*;

const SEPTEMBER_MEETING: &str = "Styregruppemøde september 2026";
const FIXTURE_P12: &[u8] = include_bytes!("../../../../tests/fixtures/certs/rsa-openssl3.p12");
const FIXTURE_PASSWORD: &str = include_str!("../../../../tests/fixtures/certs/password.txt");

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

#[test]
fn a_wrong_password_is_refused_without_the_password_in_the_message() {
    let (mut store, meeting_id) = demo_store();
    let folder = tempfile::tempdir().expect("temp dir");
    let password = "Forkert-kodeord-æøå-42";
    let request = SignRequest {
        meeting_id,
        language: Language::Danish,
        p12_file_name: "rasmus.p12",
        p12_bytes: FIXTURE_P12,
        password,
        role: MemberRole::Chair,
    };
    let error = sign(&mut store, &request, folder.path(), signing_time())
        .expect_err("the password is wrong");
    for locale in [Locale::Da, Locale::En] {
        let shown = IpcError::from_minutes(&error, locale);
        assert_eq!(shown.kind, ErrorKind::BadInput);
        assert!(shown.message.contains("rasmus.p12"), "{}", shown.message);
        assert!(
            !shown.message.contains(password),
            "the password is in the message: {}",
            shown.message
        );
        let json = serde_json::to_string(&shown).expect("serialises");
        assert!(!json.contains(password), "{json}");
    }
    assert_eq!(
        IpcError::from_minutes(&error, Locale::Da).message,
        "Forkert adgangskode til rasmus.p12."
    );
    assert!(!format!("{error:?}").contains(password), "{error:?}");
    assert!(
        store
            .meeting(meeting_id)
            .expect("reads")
            .signatures
            .is_empty()
    );
    assert_eq!(
        std::fs::read_dir(folder.path()).expect("lists").count(),
        0,
        "nothing is written"
    );
}

#[test]
fn signing_saves_a_signed_file_and_freezes_the_meeting() {
    let (mut store, meeting_id) = demo_store();
    let folder = tempfile::tempdir().expect("temp dir");
    let request = SignRequest {
        meeting_id,
        language: Language::Danish,
        p12_file_name: "rasmus.p12",
        p12_bytes: FIXTURE_P12,
        password: FIXTURE_PASSWORD.trim_end(),
        role: MemberRole::Chair,
    };
    let saved = saved_file(
        sign(&mut store, &request, folder.path(), signing_time()).expect("signs"),
        Locale::Da,
    );
    assert!(
        saved
            .path
            .ends_with("/Referat - Styregruppemøde september 2026 (2026-09-17) (underskrevet).pdf"),
        "{saved:?}"
    );
    assert!(saved.pages >= 2, "{saved:?}");
    let detail = store.meeting(meeting_id).expect("reads");
    assert_eq!(detail.signatures.len(), 1);

    let bytes = std::fs::read(&saved.path).expect("reads");
    let verification =
        gavel_minutes::verify_pdf(&bytes, Path::new("x.pdf"), chrono::Utc::now()).expect("a PDF");
    let fingerprint = gavel_minutes::check_fingerprint(&store, &verification).expect("reads");
    let view = verification_view("x.pdf".to_owned(), &verification, fingerprint, Locale::Da);
    assert!(view.all_valid, "{view:?}");
    assert_eq!(view.signatures.len(), 1);
    let signature = &view.signatures[0];
    assert_eq!(signature.field_name.as_deref(), Some("chair-1"));
    assert_eq!(signature.signer.as_deref(), Some("Rasmus Højgaard"));
    assert_eq!(signature.signed_at.as_deref(), Some("2026-09-18T10:15:00"));
    // The fixture's certificate was made after the test's signing time: the Danish app says so
    // in Danish.
    assert_eq!(
        signature.warnings,
        [
            "certifikatet var endnu ikke gyldigt, da underskriften blev lavet \
             (gyldigt 2026-11-27 til 2126-11-03)"
        ]
    );
    assert!(matches!(
        view.fingerprint,
        gavel_minutes::FingerprintCheck::Matches { .. }
    ));
    assert_eq!(
        serde_json::to_value(&view.fingerprint).expect("serialises")["status"],
        "matches"
    );
}
