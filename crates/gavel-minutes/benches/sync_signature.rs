//! Signing and checking a signed sync file of a year of meetings (12 meetings × 30 agenda items ×
//! 30 voters, every poll named; the data of gavel-core's sync benchmark). Budget: signing adds
//! under 100 ms to an export, and a signed import stays under gavel-core's 1 s. Prints the
//! file size, the signature's size and the time of one signed import.
//!
//! Run: `cargo bench -p gavel-minutes --bench sync_signature`.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use criterion::{BatchSize, Criterion, criterion_group};
use gavel_core::sync::{SyncSignatureVerifier, SyncSigner};
use gavel_core::{Store, StoreOptions};
use gavel_minutes::certificate::{NewCertificate, create_self_signed, parse_pkcs12};
use gavel_minutes::sync_signature::{CmsSyncSignatureVerifier, sign_sync_file};

#[path = "../../gavel-core/benches/common/year_of_meetings.rs"]
mod year_of_meetings;

const RSA_P12: &[u8] = include_bytes!("../../../tests/fixtures/certs/rsa-openssl3.p12");
const RSA_PASSWORD: &str = include_str!("../../../tests/fixtures/certs/password.txt");

fn sync_signature(c: &mut Criterion) {
    let store = year_of_meetings::year_of_meetings();
    let unsigned = store.export_sync(None).expect("export");
    let p256_p12 = create_self_signed(
        &NewCertificate {
            common_name: "Mette Kjærgaard Holm".into(),
            organisation: Some("Aarhus Kommune".into()),
            valid_from: chrono::Utc::now(),
            valid_days: 30,
        },
        "hemmelig",
    )
    .expect("certificate");
    let identities = [
        (
            "P-256",
            parse_pkcs12(&p256_p12, Path::new("p256.p12"), "hemmelig").expect("p12"),
        ),
        (
            "RSA",
            parse_pkcs12(RSA_P12, Path::new("rsa.p12"), RSA_PASSWORD.trim_end()).expect("p12"),
        ),
    ];

    let mut signed = unsigned.clone();
    let signer: SyncSigner =
        sign_sync_file(&mut signed, &identities[0].1, Path::new("p256.p12")).expect("signs");
    let bytes = serde_json::to_vec_pretty(&signed).expect("bytes");
    let signature_hex = signed.signature.as_ref().expect("signed").cms.len();
    // The chair trusts the certificate, which vouches for the laptop that wrote the file.
    let trusted = [signer.certificate_sha256.clone()];
    let started = Instant::now();
    let report = Store::open_in_memory(StoreOptions::new("Rasmus"))
        .expect("store")
        .import_sync(
            "year.gavel",
            &bytes,
            false,
            Some(&CmsSyncSignatureVerifier),
            &trusted,
        )
        .expect("imports");
    assert_eq!(report.signed_by.as_ref(), Some(&signer));
    println!(
        "a signed year of meetings: {} events, file {:.1} MB of which {signature_hex} bytes signature; \
         one signed import took {:.0} ms",
        signed.events.len(),
        bytes.len() as f64 / 1e6,
        started.elapsed().as_secs_f64() * 1e3
    );

    let mut group = c.benchmark_group("sync signature: 12 meetings × 30 items × 30 voters");
    group.sample_size(10);
    group.bench_function("canonical bytes (signed_content)", |b| {
        b.iter(|| black_box(unsigned.signed_content()))
    });
    for (key, identity) in &identities {
        group.bench_function(format!("sign ({key})"), |b| {
            b.iter_batched(
                || unsigned.clone(),
                |mut file| {
                    black_box(
                        sign_sync_file(&mut file, identity, Path::new("bench.p12")).expect("signs"),
                    )
                },
                BatchSize::LargeInput,
            )
        });
    }
    let signature = signed.signature.clone().expect("signed");
    group.bench_function("verify (P-256)", |b| {
        b.iter(|| {
            black_box(
                CmsSyncSignatureVerifier
                    .verify(&signed.signed_content_sha256(), &signature)
                    .expect("verifies"),
            )
        })
    });
    group.bench_function("signed import into an empty database", |b| {
        b.iter_batched(
            || Store::open_in_memory(StoreOptions::new("Rasmus")).expect("store"),
            |mut receiving| {
                black_box(
                    receiving
                        .import_sync(
                            "year.gavel",
                            &bytes,
                            false,
                            Some(&CmsSyncSignatureVerifier),
                            &trusted,
                        )
                        .expect("import"),
                )
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, sync_signature);
gavel_allocator::criterion_main!(benches);
