//! Every error's words in both languages, as the CLI and the app print them.

use std::io;

use super::*;

fn check(error: Error, english: &str, danish: &str) {
    assert_eq!(error.to_string(), english);
    assert_eq!(error.danish(), danish);
}

fn path(name: &str) -> PathBuf {
    PathBuf::from(name)
}

#[test]
fn errors_about_a_key_store_name_the_file() {
    check(
        Error::WrongPassword {
            path: path("chair.p12"),
        },
        "wrong password for chair.p12",
        "Forkert adgangskode til chair.p12.",
    );
    check(
        Error::NotPkcs12 {
            path: path("notes.txt"),
            reason: Bilingual::untranslated("bad DER"),
        },
        "notes.txt: not a PKCS#12 (.p12/.pfx) file: bad DER",
        "notes.txt er ikke en PKCS#12-fil (.p12/.pfx): bad DER",
    );
    check(
        Error::NoPrivateKey {
            path: path("chair.p12"),
        },
        "chair.p12: the file holds no private key (only certificates); sign with the .p12 that \
         holds your key",
        "chair.p12 indeholder ingen privat nøgle (kun certifikater). Underskriv med den \
         .p12-fil, der indeholder din nøgle.",
    );
    check(
        Error::UnsupportedKey {
            path: path("chair.p12"),
            reason: Bilingual::untranslated("a DSA key"),
        },
        "chair.p12: unsupported key: a DSA key",
        "chair.p12: nøgletypen understøttes ikke: a DSA key",
    );
    check(
        Error::BadCertificate {
            path: path("chair.p12"),
            reason: Bilingual::untranslated("no subject"),
        },
        "chair.p12: the certificate cannot be read: no subject",
        "chair.p12: certifikatet kan ikke læses: no subject",
    );
    check(
        Error::CertificateCreation(Bilingual::message("certificate-nameEmpty", &[])),
        "cannot create the certificate: the name is empty; give the signer's full name",
        "Certifikatet kan ikke oprettes: navnet er tomt; angiv underskriverens fulde navn",
    );
}

#[test]
fn errors_about_a_pdf_name_the_file() {
    check(
        Error::NotAPdf {
            path: path("notes.txt"),
        },
        "notes.txt: not a PDF file (it does not start with %PDF-)",
        "notes.txt er ikke en PDF-fil (den begynder ikke med %PDF-).",
    );
    check(
        Error::DamagedPdf {
            path: path("m.pdf"),
            reason: Bilingual::untranslated("no trailer"),
        },
        "m.pdf: the PDF is truncated or damaged: no trailer",
        "m.pdf: PDF-filen er afkortet eller beskadiget: no trailer",
    );
    check(
        Error::CannotSign {
            path: path("m.pdf"),
            reason: Bilingual::message("signing-pdfEncrypted", &[]),
        },
        "m.pdf: cannot sign this PDF: the PDF is encrypted",
        "m.pdf: denne PDF kan ikke underskrives: PDF-filen er krypteret",
    );
    check(
        Error::BadSignature {
            path: path("m.pdf"),
            reason: Bilingual::message(
                "verify-tooManySignatures",
                &[("signatures", "300".into()), ("limit", "256".into())],
            ),
        },
        "m.pdf: the file holds 300 signatures, more than the 256 Gavel checks; no minutes have \
         that many",
        "m.pdf: filen indeholder 300 underskrifter, flere end de 256, som Gavel kontrollerer; \
         intet referat har så mange",
    );
    check(
        Error::CannotCountersign {
            path: path("m.pdf"),
            reasons: vec![
                Bilingual::new("underskrift 1 er ikke gyldig", "signature 1 is not valid"),
                Bilingual::new("underskrift 2 er ikke gyldig", "signature 2 is not valid"),
            ],
        },
        "m.pdf: not countersigned, because signature 1 is not valid; signature 2 is not valid; \
         nothing was signed or recorded",
        "m.pdf: ikke medunderskrevet, fordi underskrift 1 er ikke gyldig; underskrift 2 er ikke \
         gyldig; intet blev underskrevet eller registreret.",
    );
    check(
        Error::Layout(Bilingual::untranslated("a word wider than the page")),
        "cannot lay out the minutes: a word wider than the page",
        "Referatet kan ikke sættes op: a word wider than the page",
    );
}

#[test]
fn errors_of_reading_and_writing_carry_the_system_s_words() {
    check(
        Error::Write {
            path: path("m.pdf"),
            source: io::Error::other("boom"),
        },
        "cannot write m.pdf: boom",
        "m.pdf kan ikke skrives: boom",
    );
    check(
        Error::Read {
            path: path("m.pdf"),
            source: io::Error::new(io::ErrorKind::NotFound, "no such file"),
        },
        "cannot read m.pdf: no such file",
        "m.pdf kan ikke læses: filen findes ikke (no such file).",
    );
    check(
        Error::Read {
            path: path("m.pdf"),
            source: io::Error::other("boom"),
        },
        "cannot read m.pdf: boom",
        "m.pdf kan ikke læses: boom",
    );
    check(
        Error::TooLarge {
            path: path("huge.p12"),
            kind: FileKind::Pkcs12,
            limit_bytes: 1 << 20,
        },
        "huge.p12: the file is larger than 1 MB, the most Gavel reads as a .p12 file; nothing \
         was read",
        "huge.p12: filen er større end 1 MB, det meste Gavel læser som en .p12-fil; intet blev \
         læst.",
    );
    check(
        Error::TooLarge {
            path: path("huge.pdf"),
            kind: FileKind::Pdf,
            limit_bytes: 64 << 20,
        },
        "huge.pdf: the file is larger than 64 MB, the most Gavel reads as a PDF; nothing was read",
        "huge.pdf: filen er større end 64 MB, det meste Gavel læser som en PDF; intet blev læst.",
    );
    let refusal = gavel_core::files::NotARegularFile { what: "a folder" };
    check(
        Error::NotAFile {
            path: path("minutes"),
            refusal: refusal.clone(),
        },
        &format!("minutes: {refusal}"),
        &format!("minutes: {}.", refusal.danish()),
    );
}

/// The CLI prints an error's chain: a read names the system's I/O error as its source; an error
/// Gavel words itself has none.
#[test]
fn a_read_error_s_source_is_the_system_s_error() {
    use std::error::Error as _;
    let read = Error::Read {
        path: path("m.pdf"),
        source: io::Error::other("boom"),
    };
    assert_eq!(
        read.source().map(ToString::to_string).as_deref(),
        Some("boom")
    );
    let not_a_pdf = Error::NotAPdf {
        path: path("notes.txt"),
    };
    assert!(not_a_pdf.source().is_none());
}

/// Regression: a Danish reader was told "PDF-filen er afkortet eller beskadiget: it does not end
/// with %%EOF; …", the reason left in English.
#[test]
fn a_truncated_pdf_is_explained_in_danish_throughout() {
    let now = chrono::DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z")
        .expect("a valid time")
        .with_timezone(&chrono::Utc);
    let error = crate::verify::verify_pdf(b"%PDF-1.7\n1 0 obj\n<<", Path::new("referat.pdf"), now)
        .expect_err("a file cut short is refused");
    check(
        error,
        "referat.pdf: the PDF is truncated or damaged: it does not end with %%EOF; the file was \
         probably cut short while copying",
        "referat.pdf: PDF-filen er afkortet eller beskadiget: den slutter ikke med %%EOF; filen \
         blev sandsynligvis afkortet under kopieringen",
    );
}
