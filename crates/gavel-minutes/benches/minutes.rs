//! Budgets (issue 5): minutes of a 50-item meeting laid out, drawn and signed in under 100 ms;
//! 1,000 items under 2 s (and under 100 MB peak memory — measured on the built binary, see the
//! report: `/usr/bin/time -v gavel minutes export …` on a 1,000-item database).
//!
//! Run: `cargo bench -p gavel-minutes --bench minutes`. The file sizes are printed first.

use std::hint::black_box;
use std::path::Path;

use chrono::DateTime;
use criterion::{Criterion, criterion_group, criterion_main};
use gavel_core::MemberRole;
use gavel_minutes::certificate::{NewCertificate, create_self_signed, parse_pkcs12};
use gavel_minutes::sample::synthetic_minutes;
use gavel_minutes::{Language, RenderOptions, SignatureRequest, SigningIdentity, sign_pdf};

fn identity() -> SigningIdentity {
    let request = NewCertificate {
        common_name: "Mette Kjærgaard Holm".to_owned(),
        organisation: Some("Aarhus Kommune".to_owned()),
        valid_from: DateTime::from_timestamp(1_790_000_000, 0).expect("time"),
        valid_days: 730,
    };
    let p12 = create_self_signed(&request, "bench-password").expect("creates a certificate");
    parse_pkcs12(&p12, Path::new("bench.p12"), "bench-password").expect("reads it back")
}

fn signed_minutes(items: usize, identity: &SigningIdentity) -> Vec<u8> {
    let minutes = synthetic_minutes(items);
    let pdf = gavel_minutes::render_minutes(
        &minutes,
        RenderOptions {
            language: Language::Danish,
            document_date: None,
        },
    )
    .expect("renders");
    let request = SignatureRequest {
        role: MemberRole::Chair,
        signing_time: DateTime::parse_from_rfc3339("2026-11-27T17:05:00+01:00").expect("time"),
    };
    sign_pdf(&pdf, Path::new("bench.pdf"), identity, &request)
        .expect("signs")
        .bytes
}

fn file_sizes(identity: &SigningIdentity) {
    for items in [10, 50, 1000] {
        let minutes = synthetic_minutes(items);
        let pages = gavel_minutes::page_count(&minutes, Language::Danish);
        let signed = signed_minutes(items, identity);
        eprintln!(
            "minutes of {items:>4} items: {pages:>3} pages, {:>7} bytes signed",
            signed.len()
        );
    }
}

fn minutes(c: &mut Criterion) {
    let identity = identity();
    file_sizes(&identity);

    c.bench_function("50 items: lay out, draw and sign", |b| {
        b.iter(|| black_box(signed_minutes(50, &identity)))
    });

    let mut group = c.benchmark_group("1000 items");
    group.sample_size(10);
    group.bench_function("lay out, draw and sign", |b| {
        b.iter(|| black_box(signed_minutes(1000, &identity)))
    });
    group.finish();
}

criterion_group!(benches, minutes);
criterion_main!(benches);
