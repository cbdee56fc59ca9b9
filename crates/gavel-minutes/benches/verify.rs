//! Budget (issue 15): `gavel minutes verify` of a 1,000-item meeting's minutes, signed by the chair
//! and countersigned, under 150 ms on the release build: every signature's checks and the
//! difference analysis of what the countersignature's revision changed.
//!
//! Run: `cargo bench -p gavel-minutes --bench verify`.

use std::hint::black_box;
use std::path::Path;

use chrono::{DateTime, Utc};
use criterion::{Criterion, criterion_group};
use gavel_core::MemberRole;
use gavel_minutes::certificate::{NewCertificate, create_self_signed, parse_pkcs12};
use gavel_minutes::sample::synthetic_minutes;
use gavel_minutes::{Language, RenderOptions, SignatureRequest, SigningIdentity, sign_pdf};

fn identity(name: &str) -> SigningIdentity {
    let request = NewCertificate {
        common_name: name.to_owned(),
        organisation: Some("Aarhus Kommune".to_owned()),
        valid_from: DateTime::from_timestamp(1_790_000_000, 0).expect("time"),
        valid_days: 730,
    };
    let p12 = create_self_signed(&request, "bench-password").expect("creates a certificate");
    parse_pkcs12(&p12, Path::new("bench.p12"), "bench-password").expect("reads it back")
}

fn sign(pdf: &[u8], identity: &SigningIdentity, role: MemberRole) -> Vec<u8> {
    let request = SignatureRequest {
        role,
        signing_time: DateTime::parse_from_rfc3339("2026-11-27T17:05:00+01:00").expect("time"),
    };
    sign_pdf(pdf, Path::new("bench.pdf"), identity, &request)
        .expect("signs")
        .bytes
}

fn verify(c: &mut Criterion) {
    let pdf = gavel_minutes::render_minutes(
        &synthetic_minutes(1000),
        RenderOptions {
            language: Language::Danish,
            document_date: None,
        },
    )
    .expect("renders")
    .pdf;
    let signed = sign(&pdf, &identity("Mette Kjærgaard Holm"), MemberRole::Chair);
    let countersigned = sign(&signed, &identity("Rasmus Højgaard"), MemberRole::Secretary);
    let now: DateTime<Utc> = "2026-12-10T13:00:00Z".parse().expect("time");
    let verification =
        gavel_minutes::verify_pdf(&countersigned, Path::new("bench.pdf"), now).expect("reads");
    assert!(
        verification.all_valid(),
        "the bench file verifies: {verification:?}"
    );
    eprintln!(
        "1000 items, signed and countersigned: {} bytes",
        countersigned.len()
    );

    let mut group = c.benchmark_group("1000 items, signed and countersigned");
    group.sample_size(20);
    group.bench_function("verify every signature and what changed after it", |b| {
        b.iter(|| {
            black_box(gavel_minutes::verify_pdf(
                &countersigned,
                Path::new("bench.pdf"),
                now,
            ))
        })
    });
    group.finish();
}

criterion_group!(benches, verify);
gavel_allocator::criterion_main!(benches);
