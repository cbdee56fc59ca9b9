//! Verification of every signature in a PDF: the digest over its `/ByteRange`, the CMS signature
//! over the signed attributes, the signer certificate's validity at signing time and now, and
//! the certificate chain as far as the file carries it. No trust list is consulted (Gavel is
//! offline): a chain ends at a self-signed certificate or at an issuer the file does not hold,
//! and the report says which.

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone, Utc};
use cms::cert::CertificateChoices;
use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerIdentifier, SignerInfo};
use der::{Decode, Encode, SliceReader};
use lopdf::{Dictionary, Object};
use sha2::{Digest, Sha256, Sha384, Sha512};
use x509_cert::Certificate;

use crate::certificate::{NameAttribute, name_attribute, to_chrono};
use crate::error::{Error, FileKind, Result};
use crate::render::{INFO_LOG_FINGERPRINT, INFO_MEETING_ID};

/// All signatures of a file, in the order they were added.
#[derive(Debug, Clone)]
pub struct Verification {
    pub signatures: Vec<SignatureReport>,
    /// Bytes after the end of the last signature's range: changes no signature covers.
    pub unsigned_trailing_bytes: usize,
    /// From the document information Gavel writes.
    pub meeting_id: Option<String>,
    pub log_fingerprint: Option<String>,
}

impl Verification {
    /// Whether the file is signed, every signature is valid, and nothing was added after the
    /// last one.
    pub fn all_valid(&self) -> bool {
        !self.signatures.is_empty()
            && self.signatures.iter().all(|signature| signature.is_valid())
            && self.unsigned_trailing_bytes == 0
    }
}

/// One signature's result.
#[derive(Debug, Clone)]
pub struct SignatureReport {
    /// 1-based, in file order.
    pub number: usize,
    pub field_name: Option<String>,
    pub signer: Option<String>,
    pub organisation: Option<String>,
    pub signing_time: Option<DateTime<FixedOffset>>,
    pub sub_filter: Option<String>,
    /// The hash of the signed bytes equals the one the signature holds.
    pub digest_matches: bool,
    /// The signature over the signed attributes verifies with the certificate's key.
    pub signature_verifies: bool,
    pub certificate: CertificateStatus,
    /// E.g. "self-signed" or "issued by CN=… (not included in the file)".
    pub chain: String,
    /// Why the signature is not valid, when it is not.
    pub problems: Vec<String>,
    /// Valid, but worth saying: an expired certificate, a self-signed one.
    pub warnings: Vec<crate::SignatureWarning>,
    /// The signature's byte range ends at the end of the file.
    pub covers_whole_file: bool,
}

impl SignatureReport {
    pub fn is_valid(&self) -> bool {
        self.problems.is_empty() && self.digest_matches && self.signature_verifies
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CertificateStatus {
    /// Valid at signing time and now.
    Valid {
        not_after: DateTime<Utc>,
    },
    /// Valid at signing time, expired since: the signature stays valid, with a warning.
    ExpiredSince {
        not_after: DateTime<Utc>,
    },
    /// Not valid when the signature was made.
    NotValidAtSigning {
        not_before: DateTime<Utc>,
        not_after: DateTime<Utc>,
    },
    Unknown,
}

/// The largest PDF Gavel signs or checks. Minutes are tens of kilobytes, a few megabytes with
/// every signature of a long meeting; the limit leaves room for far more and bounds what the
/// parser may allocate.
pub const MAX_PDF_BYTES: u64 = 64 << 20;

/// Reads the PDF at `path` for signing or checking, refusing one larger than [`MAX_PDF_BYTES`]
/// before reading it.
pub fn read_pdf_file(path: &Path) -> Result<Vec<u8>> {
    crate::error::read_file_of_kind(path, FileKind::Pdf, MAX_PDF_BYTES)
}

/// Reads a PDF for signing or verifying, with messages for what is not a PDF or is cut short.
pub(crate) fn load_pdf(bytes: &[u8], path: &Path) -> Result<lopdf::Document> {
    if bytes.len() as u64 > MAX_PDF_BYTES {
        return Err(Error::TooLarge {
            path: path.to_owned(),
            kind: FileKind::Pdf,
            limit_bytes: MAX_PDF_BYTES,
        });
    }
    if !bytes.starts_with(b"%PDF-") {
        return Err(Error::NotAPdf {
            path: path.to_owned(),
        });
    }
    let tail = &bytes[bytes.len().saturating_sub(1024)..];
    if !tail.windows(5).any(|window| window == b"%%EOF") {
        return Err(Error::DamagedPdf {
            path: path.to_owned(),
            reason: "it does not end with %%EOF; the file was probably cut short while copying"
                .to_owned(),
        });
    }
    lopdf::Document::load_mem(bytes).map_err(|error| Error::DamagedPdf {
        path: path.to_owned(),
        reason: error.to_string(),
    })
}

/// Checks every signature of the PDF `bytes` (read from `path`) at the time `now`.
pub fn verify_pdf(bytes: &[u8], path: &Path, now: DateTime<Utc>) -> Result<Verification> {
    let document = load_pdf(bytes, path)?;
    let info = document
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|info| document.dereference(info).ok())
        .and_then(|(_, info)| info.as_dict().ok());
    let info_text = |key: &str| {
        info.and_then(|info| info.get(key.as_bytes()).ok())
            .and_then(|value| lopdf::decode_text_string(value).ok())
    };

    let mut signatures: Vec<(usize, SignatureReport)> = Vec::new();
    for (id, object) in &document.objects {
        let Ok(dictionary) = object.as_dict() else {
            continue;
        };
        if !dictionary.has(b"ByteRange") || !dictionary.has(b"Contents") {
            continue;
        }
        let field_name = field_name_for(&document, *id);
        let (range_start, report) = check_signature(bytes, dictionary, field_name, now);
        signatures.push((range_start, report));
    }
    // In the order they were made: by where each signed range ends.
    signatures.sort_by_key(|(end, _)| *end);
    let last_end = signatures.last().map_or(0, |(end, _)| *end);
    let signatures: Vec<SignatureReport> = signatures
        .into_iter()
        .enumerate()
        .map(|(index, (_, mut report))| {
            report.number = index + 1;
            report
        })
        .collect();
    Ok(Verification {
        unsigned_trailing_bytes: if signatures.is_empty() {
            0
        } else {
            bytes.len().saturating_sub(last_end)
        },
        signatures,
        meeting_id: info_text(INFO_MEETING_ID),
        log_fingerprint: info_text(INFO_LOG_FINGERPRINT),
    })
}

/// The /T of the field whose /V is the signature `id`.
fn field_name_for(document: &lopdf::Document, id: lopdf::ObjectId) -> Option<String> {
    document.objects.values().find_map(|object| {
        let dictionary = object.as_dict().ok()?;
        match dictionary.get(b"V") {
            Ok(Object::Reference(value)) if *value == id => dictionary
                .get(b"T")
                .ok()
                .and_then(|name| lopdf::decode_text_string(name).ok()),
            _ => None,
        }
    })
}

/// Checks one signature dictionary; returns where its range ends and the report.
fn check_signature(
    bytes: &[u8],
    dictionary: &Dictionary,
    field_name: Option<String>,
    now: DateTime<Utc>,
) -> (usize, SignatureReport) {
    let mut report = SignatureReport {
        number: 0,
        field_name,
        signer: None,
        organisation: None,
        signing_time: dictionary
            .get(b"M")
            .ok()
            .and_then(|time| time.as_str().ok())
            .and_then(parse_pdf_date),
        sub_filter: match dictionary.get(b"SubFilter") {
            Ok(Object::Name(name)) => Some(String::from_utf8_lossy(name).into_owned()),
            _ => None,
        },
        digest_matches: false,
        signature_verifies: false,
        certificate: CertificateStatus::Unknown,
        chain: String::new(),
        problems: Vec::new(),
        warnings: Vec::new(),
        covers_whole_file: false,
    };

    let range: Vec<usize> = dictionary
        .get(b"ByteRange")
        .and_then(Object::as_array)
        .map(|values| {
            values
                .iter()
                .filter_map(|value| value.as_i64().ok())
                .filter_map(|value| usize::try_from(value).ok())
                .collect()
        })
        .unwrap_or_default();
    let [start, first_length, second_start, second_length] = range.as_slice() else {
        report
            .problems
            .push("the signature has no valid /ByteRange".to_owned());
        return (0, report);
    };
    let (start, first_length, second_start, second_length) =
        (*start, *first_length, *second_start, *second_length);
    let end = second_start.saturating_add(second_length);
    if start != 0 || first_length > second_start || end > bytes.len() {
        report.problems.push(format!(
            "the /ByteRange [{start} {first_length} {second_start} {second_length}] does not fit the file ({} bytes): the file was cut short or changed",
            bytes.len()
        ));
        return (end, report);
    }
    report.covers_whole_file = end == bytes.len();
    let gap = &bytes[first_length..second_start];
    if gap.first() != Some(&b'<') || gap.last() != Some(&b'>') {
        report.problems.push(
            "the unsigned gap of the /ByteRange is not exactly the signature's /Contents"
                .to_owned(),
        );
    }

    let Ok(contents) = dictionary.get(b"Contents").and_then(Object::as_str) else {
        report
            .problems
            .push("the signature has no /Contents".to_owned());
        return (end, report);
    };
    let signed_data = match parse_signed_data(contents) {
        Ok(signed_data) => signed_data,
        Err(reason) => {
            report.problems.push(reason);
            return (end, report);
        }
    };
    let Some(signer_info) = signed_data.signer_infos.0.iter().next() else {
        report
            .problems
            .push("the CMS structure holds no signer".to_owned());
        return (end, report);
    };
    let certificates: Vec<Certificate> = signed_data
        .certificates
        .as_ref()
        .map(|set| {
            set.0
                .iter()
                .filter_map(|choice| match choice {
                    CertificateChoices::Certificate(certificate) => Some(certificate.clone()),
                    _ => None,
                })
                .collect()
        })
        .unwrap_or_default();
    let Some(certificate) = signer_certificate(&signer_info.sid, &certificates) else {
        report
            .problems
            .push("the signer's certificate is not in the signature".to_owned());
        return (end, report);
    };
    let subject = &certificate.tbs_certificate.subject;
    report.signer =
        name_attribute(subject, NameAttribute::CommonName).or(Some(subject.to_string()));
    report.organisation = name_attribute(subject, NameAttribute::Organisation);

    // 1. The digest of the signed bytes.
    let digest_oid = signer_info.digest_alg.oid;
    let signed_parts = [&bytes[..first_length], &bytes[second_start..end]];
    let Some(digest) = digest_of(digest_oid, &signed_parts) else {
        report
            .problems
            .push(format!("unsupported digest algorithm {digest_oid}"));
        return (end, report);
    };
    match message_digest_attribute(signer_info) {
        Some(expected) if expected == digest => report.digest_matches = true,
        Some(_) => report.problems.push(
            "digest mismatch: the signed part of the file was changed after signing".to_owned(),
        ),
        None => report
            .problems
            .push("the signature has no message-digest attribute".to_owned()),
    }

    // 2. The signature over the signed attributes.
    match signer_info
        .signed_attrs
        .as_ref()
        .map(|attributes| attributes.to_der())
    {
        Some(Ok(signed_attributes)) => {
            match verify_with_certificate(
                certificate,
                signer_info.signature_algorithm.oid,
                digest_oid,
                &signed_attributes,
                signer_info.signature.as_bytes(),
            ) {
                Ok(()) => report.signature_verifies = true,
                Err(reason) => report.problems.push(reason),
            }
        }
        _ => report
            .problems
            .push("the signature has no signed attributes".to_owned()),
    }

    // 3. The certificate's validity.
    let not_before = to_chrono(&certificate.tbs_certificate.validity.not_before);
    let not_after = to_chrono(&certificate.tbs_certificate.validity.not_after);
    let signed_at = report
        .signing_time
        .map(|time| time.with_timezone(&Utc))
        .unwrap_or(now);
    // A certificate outside its validity makes a warning, not an invalid signature: the
    // signature itself is intact, and the reader decides what an expired key is worth.
    report.certificate = if signed_at < not_before || signed_at > not_after {
        let (state_da, state_en) = if signed_at > not_after {
            ("var udløbet", "had expired")
        } else {
            ("var endnu ikke gyldigt", "was not yet valid")
        };
        let (from, to) = (not_before.format("%Y-%m-%d"), not_after.format("%Y-%m-%d"));
        report.warnings.push(crate::SignatureWarning::new(
            format!(
                "certifikatet {state_da}, da underskriften blev lavet (gyldigt {from} til {to})"
            ),
            format!(
                "the certificate {state_en} when the signature was made (valid {from} to {to})"
            ),
        ));
        CertificateStatus::NotValidAtSigning {
            not_before,
            not_after,
        }
    } else if now > not_after {
        let expired = not_after.format("%Y-%m-%d");
        report.warnings.push(crate::SignatureWarning::new(
            format!("certifikatet udløb {expired} (efter at underskriften blev lavet)"),
            format!("the certificate expired on {expired} (after the signature was made)"),
        ));
        CertificateStatus::ExpiredSince { not_after }
    } else {
        CertificateStatus::Valid { not_after }
    };

    // 4. The chain, as far as the file carries it.
    report.chain = describe_chain(certificate, &certificates);
    if report.chain == "self-signed" {
        report.warnings.push(crate::SignatureWarning::new(
            "certifikatet er selvudstedt: kontrollér, at det er underskriverens",
            "the certificate is self-signed: check that it is the signer's",
        ));
    }
    (end, report)
}

pub(crate) fn parse_signed_data(contents: &[u8]) -> std::result::Result<SignedData, String> {
    // /Contents is padded with zeros after the DER structure: read one value and stop.
    let mut reader = SliceReader::new(contents)
        .map_err(|error| format!("the signature cannot be read: {error}"))?;
    let content_info = ContentInfo::decode(&mut reader)
        .map_err(|error| format!("the signature is not a CMS structure: {error}"))?;
    if content_info.content_type != const_oid::db::rfc5911::ID_SIGNED_DATA {
        return Err("the signature is not CMS SignedData".to_owned());
    }
    content_info
        .content
        .decode_as::<SignedData>()
        .map_err(|error| format!("the CMS SignedData cannot be read: {error}"))
}

pub(crate) fn signer_certificate<'a>(
    signer: &SignerIdentifier,
    certificates: &'a [Certificate],
) -> Option<&'a Certificate> {
    certificates.iter().find(|certificate| match signer {
        SignerIdentifier::IssuerAndSerialNumber(id) => {
            certificate.tbs_certificate.issuer == id.issuer
                && certificate.tbs_certificate.serial_number == id.serial_number
        }
        SignerIdentifier::SubjectKeyIdentifier(id) => certificate
            .tbs_certificate
            .get::<x509_cert::ext::pkix::SubjectKeyIdentifier>()
            .ok()
            .flatten()
            .is_some_and(|(_, key_id)| key_id == *id),
    })
}

pub(crate) fn digest_of(oid: const_oid::ObjectIdentifier, parts: &[&[u8]]) -> Option<Vec<u8>> {
    use const_oid::db::rfc5912::{ID_SHA_256, ID_SHA_384, ID_SHA_512};
    fn run<D: Digest>(parts: &[&[u8]]) -> Vec<u8> {
        let mut hasher = D::new();
        for part in parts {
            hasher.update(part);
        }
        hasher.finalize().to_vec()
    }
    if oid == ID_SHA_256 {
        Some(run::<Sha256>(parts))
    } else if oid == ID_SHA_384 {
        Some(run::<Sha384>(parts))
    } else if oid == ID_SHA_512 {
        Some(run::<Sha512>(parts))
    } else {
        None
    }
}

pub(crate) fn message_digest_attribute(signer_info: &SignerInfo) -> Option<Vec<u8>> {
    let attributes = signer_info.signed_attrs.as_ref()?;
    let attribute = attributes
        .iter()
        .find(|attribute| attribute.oid == const_oid::db::rfc5911::ID_MESSAGE_DIGEST)?;
    let value = attribute.values.iter().next()?;
    value
        .decode_as::<der::asn1::OctetString>()
        .ok()
        .map(|octets| octets.as_bytes().to_vec())
}

/// Verifies `signature` over `message` with the certificate's public key. RSA PKCS#1 v1.5 and
/// ECDSA P-256, with SHA-256/384/512.
pub(crate) fn verify_with_certificate(
    certificate: &Certificate,
    signature_algorithm: const_oid::ObjectIdentifier,
    digest_algorithm: const_oid::ObjectIdentifier,
    message: &[u8],
    signature: &[u8],
) -> std::result::Result<(), String> {
    use const_oid::db::rfc5912::{
        ECDSA_WITH_SHA_256, ID_EC_PUBLIC_KEY, ID_SHA_256, ID_SHA_384, ID_SHA_512, RSA_ENCRYPTION,
        SHA_256_WITH_RSA_ENCRYPTION, SHA_384_WITH_RSA_ENCRYPTION, SHA_512_WITH_RSA_ENCRYPTION,
    };
    use signature::Verifier;
    let key_info = &certificate.tbs_certificate.subject_public_key_info;
    let key_der = key_info
        .to_der()
        .map_err(|error| format!("the certificate's key cannot be read: {error}"))?;
    let invalid = |_| {
        "the signature does not verify with the signer's certificate: the signature was altered"
            .to_owned()
    };
    if key_info.algorithm.oid == RSA_ENCRYPTION {
        use rsa::pkcs8::DecodePublicKey;
        let key = rsa::RsaPublicKey::from_public_key_der(&key_der)
            .map_err(|error| format!("the certificate's RSA key cannot be read: {error}"))?;
        let signature = rsa::pkcs1v15::Signature::try_from(signature).map_err(invalid)?;
        // Some signers name only rsaEncryption and leave the hash to the digest algorithm.
        let hash = if signature_algorithm == SHA_256_WITH_RSA_ENCRYPTION {
            ID_SHA_256
        } else if signature_algorithm == SHA_384_WITH_RSA_ENCRYPTION {
            ID_SHA_384
        } else if signature_algorithm == SHA_512_WITH_RSA_ENCRYPTION {
            ID_SHA_512
        } else if signature_algorithm == RSA_ENCRYPTION {
            digest_algorithm
        } else {
            return Err(format!(
                "unsupported signature algorithm {signature_algorithm}"
            ));
        };
        let result = if hash == ID_SHA_256 {
            rsa::pkcs1v15::VerifyingKey::<Sha256>::new(key).verify(message, &signature)
        } else if hash == ID_SHA_384 {
            rsa::pkcs1v15::VerifyingKey::<Sha384>::new(key).verify(message, &signature)
        } else if hash == ID_SHA_512 {
            rsa::pkcs1v15::VerifyingKey::<Sha512>::new(key).verify(message, &signature)
        } else {
            return Err(format!("unsupported digest algorithm {hash}"));
        };
        return result.map_err(invalid);
    }
    if key_info.algorithm.oid == ID_EC_PUBLIC_KEY {
        use p256::pkcs8::DecodePublicKey;
        let key = p256::ecdsa::VerifyingKey::from_public_key_der(&key_der)
            .map_err(|_| "the certificate's key is not a P-256 key".to_owned())?;
        if signature_algorithm != ECDSA_WITH_SHA_256 && digest_algorithm != ID_SHA_256 {
            return Err(format!(
                "unsupported signature algorithm {signature_algorithm}"
            ));
        }
        let signature = p256::ecdsa::DerSignature::try_from(signature).map_err(invalid)?;
        return key.verify(message, &signature).map_err(invalid);
    }
    Err(format!(
        "unsupported key algorithm {}",
        key_info.algorithm.oid
    ))
}

/// "self-signed", "issued by CN=X, self-signed root in the file", "issued by CN=X (not in the
/// file)", or what failed on the way.
fn describe_chain(certificate: &Certificate, certificates: &[Certificate]) -> String {
    let mut current = certificate;
    let mut steps: Vec<String> = Vec::new();
    for _ in 0..8 {
        let tbs = &current.tbs_certificate;
        if tbs.issuer == tbs.subject {
            let verifies = current_signature_verifies(current, current);
            let end = if verifies {
                "self-signed"
            } else {
                "self-issued, but its signature does not verify"
            };
            return if steps.is_empty() {
                end.to_owned()
            } else {
                format!(
                    "{}; root {end} (not checked against a trust list)",
                    steps.join(", ")
                )
            };
        }
        let issuer_name = name_attribute(&tbs.issuer, NameAttribute::CommonName)
            .unwrap_or_else(|| tbs.issuer.to_string());
        let Some(issuer) = certificates
            .iter()
            .find(|candidate| candidate.tbs_certificate.subject == tbs.issuer)
        else {
            steps.push(format!(
                "issued by {issuer_name} (not included in the file)"
            ));
            return steps.join(", ");
        };
        if !current_signature_verifies(current, issuer) {
            steps.push(format!(
                "issued by {issuer_name}, but the issuer's signature does not verify"
            ));
            return steps.join(", ");
        }
        steps.push(format!("issued by {issuer_name}"));
        current = issuer;
    }
    steps.join(", ")
}

fn current_signature_verifies(certificate: &Certificate, issuer: &Certificate) -> bool {
    let Ok(tbs) = certificate.tbs_certificate.to_der() else {
        return false;
    };
    let Some(signature) = certificate.signature.as_bytes() else {
        return false;
    };
    verify_with_certificate(
        issuer,
        certificate.signature_algorithm.oid,
        const_oid::db::rfc5912::ID_SHA_256,
        &tbs,
        signature,
    )
    .is_ok()
}

/// "D:20261127120304+01'00'" (and the shorter forms the standard allows).
pub fn parse_pdf_date(bytes: &[u8]) -> Option<DateTime<FixedOffset>> {
    let text = std::str::from_utf8(bytes).ok()?;
    let text = text.strip_prefix("D:").unwrap_or(text);
    let digits: String = text.chars().take_while(char::is_ascii_digit).collect();
    let rest = &text[digits.len()..];
    let mut padded = digits.clone();
    // Missing month and day default to 01, missing time fields to 00.
    let defaults = "00000101000000";
    if padded.len() < 14 {
        padded.push_str(&defaults[padded.len()..]);
    }
    let naive = NaiveDateTime::parse_from_str(&padded[..14], "%Y%m%d%H%M%S").ok()?;
    let offset_seconds = match rest.chars().next() {
        Some(sign @ ('+' | '-')) => {
            let numbers: Vec<i32> = rest[1..]
                .split('\'')
                .filter(|part| !part.is_empty())
                .filter_map(|part| part.parse().ok())
                .collect();
            let hours = numbers.first().copied().unwrap_or(0);
            let minutes = numbers.get(1).copied().unwrap_or(0);
            let seconds = hours * 3600 + minutes * 60;
            if sign == '-' { -seconds } else { seconds }
        }
        _ => 0,
    };
    FixedOffset::east_opt(offset_seconds)?
        .from_local_datetime(&naive)
        .single()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates_parse_with_and_without_offsets() {
        let time = parse_pdf_date(b"D:20261127120304+01'00'").expect("parses");
        assert_eq!(time.to_rfc3339(), "2026-11-27T12:03:04+01:00");
        let time = parse_pdf_date(b"D:20261127120304Z").expect("parses");
        assert_eq!(time.to_rfc3339(), "2026-11-27T12:03:04+00:00");
        let time = parse_pdf_date(b"D:2026").expect("parses");
        assert_eq!(time.to_rfc3339(), "2026-01-01T00:00:00+00:00");
    }

    #[test]
    fn a_file_that_is_not_a_pdf_is_named() {
        let error = verify_pdf(b"hello", Path::new("notes.txt"), Utc::now()).expect_err("refused");
        assert_eq!(
            error.to_string(),
            "notes.txt: not a PDF file (it does not start with %PDF-)"
        );
    }
}
