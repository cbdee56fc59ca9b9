use std::path::Path;

use chrono::{TimeZone, Utc};
use gavel_core::sync::{SyncFile, SyncSignatureVerifier};
use gavel_core::{ErrorKind, Store, StoreOptions};

use super::*;
use crate::certificate::{NewCertificate, create_self_signed, parse_pkcs12};

const FIXTURE_P12: &[u8] = include_bytes!("../../../../tests/fixtures/certs/rsa-openssl3.p12");
const FIXTURE_PASSWORD: &str = include_str!("../../../../tests/fixtures/certs/password.txt");

fn rsa_identity() -> SigningIdentity {
    parse_pkcs12(
        FIXTURE_P12,
        Path::new("rsa-openssl3.p12"),
        FIXTURE_PASSWORD.trim_end(),
    )
    .expect("the fixture opens with its password")
}

fn p256_identity(name: &str) -> SigningIdentity {
    let request = NewCertificate {
        common_name: name.to_owned(),
        organisation: Some("Aarhus Kommune".to_owned()),
        valid_from: Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
        valid_days: 365,
    };
    let p12 = create_self_signed(&request, "hemmelig").expect("creates");
    parse_pkcs12(&p12, Path::new("new.p12"), "hemmelig").expect("opens")
}

fn demo_sync_file() -> (Store, SyncFile) {
    let mut store = Store::open_in_memory(StoreOptions::new("test")).expect("opens");
    gavel_core::demo::load(&mut store).expect("loads the demo");
    let file = store.export_sync(None).expect("exports");
    (store, file)
}

fn signed(identity: &SigningIdentity) -> SyncFile {
    let (_, mut file) = demo_sync_file();
    sign_sync_file(&mut file, identity, Path::new("chair.p12")).expect("signs");
    file
}

fn check(file: &SyncFile) -> std::result::Result<SyncSigner, Bilingual> {
    let signature = file.signature.as_ref().expect("signed");
    CmsSyncSignatureVerifier.verify(&file.signed_content_sha256(), signature)
}

#[test]
fn a_signed_file_verifies_and_names_its_signer_with_rsa_and_p256_keys() {
    for identity in [rsa_identity(), p256_identity("Mette Kjærgaard Holm")] {
        let file = signed(&identity);
        let signer = check(&file).expect("verifies");
        assert_eq!(signer.name, identity.common_name());
        assert_eq!(
            signer.certificate_sha256,
            certificate_sha256(&identity.certificate)
        );
        assert_eq!(signer.certificate_sha256.len(), 32 * 3 - 1);
    }
}

#[test]
fn the_signature_survives_the_trip_through_json() {
    let file = signed(&p256_identity("Mette Kjærgaard Holm"));
    let bytes = serde_json::to_vec_pretty(&file).expect("serialises");
    let read: SyncFile = serde_json::from_slice(&bytes).expect("reads");
    assert_eq!(check(&read).expect("verifies").name, "Mette Kjærgaard Holm");
}

/// A change to a sync file after signing, named for the assertion message.
type Edit = (&'static str, Box<dyn Fn(&mut SyncFile)>);

#[test]
fn every_field_is_covered_an_edit_anywhere_breaks_the_signature() {
    let file = signed(&p256_identity("Mette Kjærgaard Holm"));
    let edits: Vec<Edit> = vec![
        ("author", Box::new(|file| file.exported_by.author.push('x'))),
        ("time", Box::new(|file| file.exported_by.at_millis += 1)),
        (
            "meetings",
            Box::new(|file| {
                file.meetings.pop();
            }),
        ),
        ("payload", Box::new(|file| file.events[3].payload.push(' '))),
        (
            "hash",
            // A different first digit: the hash is random, so it may already start with "f".
            Box::new(|file| {
                let different = if file.events[0].hash.starts_with('f') {
                    "0"
                } else {
                    "f"
                };
                file.events[0].hash.replace_range(0..1, different);
            }),
        ),
        ("order", Box::new(|file| file.events.swap(1, 2))),
        (
            "dropped",
            Box::new(|file| {
                file.events.pop();
            }),
        ),
    ];
    for (what, edit) in edits {
        let mut edited = file.clone();
        edit(&mut edited);
        let error = check(&edited).expect_err(what);
        assert_eq!(
            error.en, "the file's content was changed after it was signed",
            "{what}"
        );
        assert!(error.da.contains("ændret"), "{what}");
    }
}

fn with_certificate_swapped(file: &SyncFile, other: &SigningIdentity) -> SyncFile {
    with_certificates_replaced(file, other, true)
}

fn with_certificates_replaced(
    file: &SyncFile,
    other: &SigningIdentity,
    repoint_signer: bool,
) -> SyncFile {
    let mut file = file.clone();
    file.signature = Some(
        swap_certificate(
            file.signature.as_ref().expect("signed"),
            &other.certificate,
            repoint_signer,
        )
        .expect("a signature this crate made"),
    );
    file
}

#[test]
fn a_certificate_swapped_for_another_is_refused() {
    let file = signed(&p256_identity("Mette Kjærgaard Holm"));
    let forged = with_certificate_swapped(&file, &p256_identity("Mette Kjærgaard Holm"));
    let error = check(&forged).expect_err("another certificate");
    assert_eq!(
        error.en,
        "the certificate in the signature does not match the key that signed"
    );
}

#[test]
fn a_certificate_left_out_or_a_damaged_signature_is_refused() {
    let file = signed(&rsa_identity());
    // The signer id still names the RSA certificate, which is no longer there.
    let without = with_certificates_replaced(&file, &p256_identity("Someone Else"), false);
    assert_eq!(
        check(&without).expect_err("no certificate").en,
        "the signer's certificate is not in the signature"
    );
    let mut cut_short = file.clone();
    cut_short.signature = Some(SyncSignature {
        cms: file.signature.as_ref().expect("signed").cms[..40].to_owned(),
    });
    assert!(
        check(&cut_short)
            .expect_err("cut short")
            .en
            .starts_with("the signature cannot be read")
    );
    let mut not_hex = file.clone();
    not_hex.signature = Some(SyncSignature {
        cms: "zz".to_owned(),
    });
    assert_eq!(
        check(&not_hex).expect_err("not hex").en,
        "the signature cannot be read (\"cms\" is not hexadecimal)"
    );
}

#[test]
fn the_store_refuses_a_bad_signature_and_a_signed_file_without_a_verifier_and_changes_nothing() {
    let identity = p256_identity("Mette Kjærgaard Holm");
    let good = signed(&identity);
    let mut edited = good.clone();
    edited.events[5].author = "Someone Else".to_owned();
    let mut empty = Store::open_in_memory(StoreOptions::new("other")).expect("opens");
    for (file, verifier, expected) in [
        (
            &edited,
            Some(&CmsSyncSignatureVerifier as &dyn SyncSignatureVerifier),
            "year.gavel, field \"signature\": the signature does not hold: the file's content was changed after it was signed; the file is refused and nothing was changed",
        ),
        (
            &good,
            None,
            "year.gavel, field \"signature\": the file is signed, but its signature cannot be checked here; the file is refused and nothing was changed",
        ),
    ] {
        let bytes = serde_json::to_vec(file).expect("serialises");
        let error = empty
            .import_sync("year.gavel", &bytes, false, verifier, &[])
            .expect_err("refused");
        assert_eq!(error.kind(), ErrorKind::BadInput);
        assert_eq!(error.to_string(), expected);
        assert!(empty.meetings().expect("lists").is_empty());
    }
    let bytes = serde_json::to_vec(&good).expect("serialises");
    // Not trusted: the demo laptop is new here, so nothing of it is taken.
    let untrusted = empty
        .import_sync(
            "year.gavel",
            &bytes,
            false,
            Some(&CmsSyncSignatureVerifier),
            &[],
        )
        .expect("imports");
    assert_eq!(untrusted.events_added, 0);
    assert_eq!(untrusted.events_not_taken, untrusted.events_in_file);
    assert!(empty.meetings().expect("lists").is_empty());
    // The chair trusts the certificate that signed the file: it vouches for the laptop in it.
    let fingerprint = certificate_sha256(&identity.certificate);
    let report = empty
        .import_sync(
            "year.gavel",
            &bytes,
            false,
            Some(&CmsSyncSignatureVerifier),
            std::slice::from_ref(&fingerprint),
        )
        .expect("imports");
    assert_eq!(
        report.signed_by.expect("signed").certificate_sha256,
        fingerprint
    );
    assert_eq!(report.events_added, report.events_in_file);
    assert!(report.devices.iter().all(|device| matches!(
        &device.trust,
        gavel_core::sync::DeviceTrust::VouchedFor { certificate } if certificate.contains(&fingerprint)
    )));
    assert!(!empty.meetings().expect("lists").is_empty());
}

/// A version 1 file (a Gavel before device keys: no cards, no chain signatures) signed with the
/// chair's certificate: the streamed import hashes its canonical content in the version 1 form,
/// takes it on the certificate's word, and refuses it once a byte is changed.
#[test]
fn a_signed_version_1_file_is_still_read_and_taken_on_a_trusted_certificate() {
    let identity = p256_identity("Mette Kjærgaard Holm");
    let (_, mut file) = demo_sync_file();
    file.version = 1;
    file.devices.clear();
    for event in &mut file.events {
        event.device_signature = None;
    }
    sign_sync_file(&mut file, &identity, Path::new("chair.p12")).expect("signs");
    let fingerprint = certificate_sha256(&identity.certificate);
    let bytes = serde_json::to_vec(&file).expect("serialises");
    let mut empty = Store::open_in_memory(StoreOptions::new("other")).expect("opens");
    let report = empty
        .import_sync(
            "old.gavel",
            &bytes,
            false,
            Some(&CmsSyncSignatureVerifier),
            std::slice::from_ref(&fingerprint),
        )
        .expect("a signed version 1 file is read");
    assert_eq!(report.events_added, report.events_in_file);
    assert_eq!(report.events_in_file as usize, file.events.len());

    let mut edited = file.clone();
    edited.exported_by.author = "Someone Else".to_owned();
    let bytes = serde_json::to_vec(&edited).expect("serialises");
    let mut empty = Store::open_in_memory(StoreOptions::new("other")).expect("opens");
    let error = empty
        .import_sync(
            "old.gavel",
            &bytes,
            false,
            Some(&CmsSyncSignatureVerifier),
            std::slice::from_ref(&fingerprint),
        )
        .expect_err("refused");
    assert_eq!(
        error.to_string(),
        "old.gavel, field \"signature\": the signature does not hold: the file's content was changed after it was signed; the file is refused and nothing was changed"
    );
    assert!(empty.meetings().expect("lists").is_empty());
}
