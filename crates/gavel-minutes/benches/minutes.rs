//! Budgets (issue 5): minutes of a 50-item meeting laid out, drawn and signed in under 100 ms;
//! 1,000 items under 2 s (and under 100 MB peak memory — measured on the built binary, see the
//! report: `/usr/bin/time -v gavel minutes export …` on a 1,000-item database).
//!
//! Run: `cargo bench -p gavel-minutes --bench minutes`. The file sizes are printed first.
//!
//! The `compression` group is how the PDF's stream compression was chosen (render/compression.rs):
//! every stream of the 1,000-item minutes (page contents, fonts, ToUnicode maps), deflated by
//! each candidate; the total size each one gives is printed first.

use std::hint::black_box;
use std::path::Path;

use chrono::DateTime;
use criterion::{Criterion, criterion_group};
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
    .expect("renders")
    .pdf;
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
        let pages = gavel_minutes::render_minutes(
            &minutes,
            RenderOptions {
                language: Language::Danish,
                document_date: None,
            },
        )
        .expect("renders")
        .pages;
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

/// The decompressed streams of a PDF.
fn streams_of(pdf: &[u8]) -> Vec<Vec<u8>> {
    let document = lopdf::Document::load_mem(pdf).expect("parses");
    document
        .objects
        .values()
        .filter_map(|object| object.as_stream().ok())
        .map(|stream| {
            stream
                .decompressed_content()
                .unwrap_or_else(|_| stream.content.clone())
        })
        .collect()
}

fn deflate_miniz_oxide(data: &[u8], level: u8) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(data, level)
}

fn deflate_zlib_rs(data: &[u8], level: i32) -> Vec<u8> {
    let mut output = vec![0; zlib_rs::compress_bound(data.len())];
    let (compressed, code) =
        zlib_rs::compress_slice(&mut output, data, zlib_rs::DeflateConfig::new(level));
    assert_eq!(code, zlib_rs::ReturnCode::Ok);
    compressed.to_vec()
}

fn compression(c: &mut Criterion) {
    let pdf = gavel_minutes::render_minutes(
        &synthetic_minutes(1000),
        RenderOptions {
            language: Language::Danish,
            document_date: None,
        },
    )
    .expect("renders")
    .pdf;
    let streams = streams_of(&pdf);
    let raw: usize = streams.iter().map(Vec::len).sum();
    eprintln!(
        "compression: {} streams, {raw} bytes stored raw (the whole PDF now: {} bytes)",
        streams.len(),
        pdf.len()
    );
    type Deflate = Box<dyn Fn(&[u8]) -> Vec<u8>>;
    let candidates: Vec<(&str, Deflate)> = vec![
        (
            "miniz_oxide level 1",
            Box::new(|data| deflate_miniz_oxide(data, 1)),
        ),
        (
            "miniz_oxide level 6",
            Box::new(|data| deflate_miniz_oxide(data, 6)),
        ),
        ("zlib-rs level 1", Box::new(|data| deflate_zlib_rs(data, 1))),
        ("zlib-rs level 2", Box::new(|data| deflate_zlib_rs(data, 2))),
        ("zlib-rs level 4", Box::new(|data| deflate_zlib_rs(data, 4))),
        ("zlib-rs level 6", Box::new(|data| deflate_zlib_rs(data, 6))),
        (
            "the crate's own (render/compression.rs)",
            Box::new(gavel_minutes::deflate),
        ),
    ];
    let mut group = c.benchmark_group("compression of the 1000-item minutes' streams");
    group.sample_size(20);
    for (name, deflate) in &candidates {
        let size: usize = streams.iter().map(|stream| deflate(stream).len()).sum();
        eprintln!("compression: {name}: {size} bytes");
        group.bench_function(*name, |b| {
            b.iter(|| {
                for stream in &streams {
                    black_box(deflate(stream));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, minutes, compression);
gavel_allocator::criterion_main!(benches);
