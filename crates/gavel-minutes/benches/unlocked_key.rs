//! What unlocking the certificate once per meeting saves (issue 17, item 6): one signature of a
//! 50-item meeting's minutes with the key already held in memory, against the same signature
//! when the `.p12` is opened with its password first, as a signing without an unlocked
//! certificate does. The `.p12` is one Gavel makes (`create_self_signed`: P-256, 600,000 PBKDF2
//! rounds for the key and for the MAC). Prints one timing of each before criterion's figures.
//!
//! Run: `cargo bench -p gavel-minutes --bench unlocked_key`.

use std::hint::black_box;
use std::path::Path;
use std::time::Instant;

use chrono::DateTime;
use criterion::{Criterion, criterion_group};
use gavel_core::MemberRole;
use gavel_minutes::certificate::{NewCertificate, create_self_signed, parse_pkcs12};
use gavel_minutes::sample::synthetic_minutes;
use gavel_minutes::{Language, RenderOptions, SignatureRequest, SigningIdentity, sign_pdf};

const PASSWORD: &str = "bench-password";

fn unsigned_minutes() -> Vec<u8> {
    gavel_minutes::render_minutes(
        &synthetic_minutes(50),
        RenderOptions {
            language: Language::Danish,
            document_date: None,
        },
    )
    .expect("renders")
    .pdf
}

fn sign(pdf: &[u8], identity: &SigningIdentity) -> Vec<u8> {
    let request = SignatureRequest {
        role: MemberRole::Chair,
        signing_time: DateTime::parse_from_rfc3339("2026-11-27T17:05:00+01:00").expect("time"),
    };
    sign_pdf(pdf, Path::new("bench.pdf"), identity, &request)
        .expect("signs")
        .bytes
}

fn open(p12: &[u8]) -> SigningIdentity {
    parse_pkcs12(p12, Path::new("bench.p12"), PASSWORD).expect("opens")
}

fn unlocked_key(c: &mut Criterion) {
    let p12 = create_self_signed(
        &NewCertificate {
            common_name: "Mette Kjærgaard Holm".to_owned(),
            organisation: Some("Aarhus Kommune".to_owned()),
            valid_from: DateTime::from_timestamp(1_790_000_000, 0).expect("time"),
            valid_days: 730,
        },
        PASSWORD,
    )
    .expect("creates a certificate");
    let pdf = unsigned_minutes();
    let held = open(&p12);

    let started = Instant::now();
    black_box(sign(&pdf, &held));
    let with_held_key = started.elapsed();
    let started = Instant::now();
    black_box(sign(&pdf, &open(&p12)));
    let with_password = started.elapsed();
    println!(
        "one signature of 50-item minutes: {:.1} ms with the unlocked key, {:.1} ms opening the \
         .p12 with its password first",
        with_held_key.as_secs_f64() * 1e3,
        with_password.as_secs_f64() * 1e3,
    );

    let mut group = c.benchmark_group("sign 50-item minutes");
    group.sample_size(10);
    group.bench_function("with the unlocked key", |b| {
        b.iter(|| black_box(sign(&pdf, &held)))
    });
    group.bench_function("opening the .p12 with its password first", |b| {
        b.iter(|| black_box(sign(&pdf, &open(&p12))))
    });
    group.finish();
}

criterion_group!(benches, unlocked_key);
gavel_allocator::criterion_main!(benches);
