//! Verification of every signature in a PDF: the digest over its `/ByteRange`, the CMS signature
//! over the signed attributes, the ESS signing-certificate attribute against the certificate the
//! signature carries, the certificate's own signature, its validity at signing time and now, the
//! chain as far as the file carries it, and what the revisions after the signature changed
//! (`changes_after_signing`). No trust list is consulted (Gavel is offline): a chain ends at a
//! self-signed certificate or at an issuer the file does not hold, and the report says which.
//!
//! A signature is valid only when every check passes; who signed is shown only then, since a
//! name read from a certificate that failed a check is a name anyone could have typed.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDateTime, TimeZone, Utc};
use cms::cert::CertificateChoices;
use cms::content_info::ContentInfo;
use cms::signed_data::{SignedData, SignerIdentifier, SignerInfo};
use der::{Decode, Encode, Reader, SliceReader};
use gavel_core::rules::Bilingual;
use gavel_messages::Language;
use lopdf::{Dictionary, Object, ObjectId};
use sha2::{Digest, Sha256, Sha384, Sha512};
use x509_cert::Certificate;

use crate::agenda::INFO_AGENDA_OF_MEETING;
use crate::certificate::{NameAttribute, name_attribute, to_chrono};
use crate::changes_after_signing::{ChangesAfterSigning, changes_after_signing};
use crate::error::{Error, FileKind, Result};
use crate::render::{INFO_LOG_FINGERPRINT, INFO_MEETING_ID};
use crate::signing_certificate_attribute::{SigningCertificateCheck, check_signing_certificate};

/// All signatures of a file, in the order they were added.
#[derive(Debug, Clone)]
pub struct Verification {
    pub signatures: Vec<SignatureReport>,
    /// Bytes after the end of the last signature's range: changes no signature covers.
    pub unsigned_trailing_bytes: usize,
    /// From the document information Gavel writes, as the first signature signed it.
    pub meeting_id: Option<String>,
    pub log_fingerprint: Option<String>,
    /// The meeting an agenda pack is of (`INFO_AGENDA_OF_MEETING`), as the first signature signed
    /// it: the file is an agenda, not minutes.
    pub agenda_of_meeting: Option<String>,
}

impl Verification {
    /// Whether the file is signed, every signature is valid (nothing disallowed was changed after
    /// any of them), and nothing was added after the last one.
    pub fn all_valid(&self) -> bool {
        !self.signatures.is_empty()
            && self.signatures.iter().all(|signature| signature.is_valid())
            && self.unsigned_trailing_bytes == 0
    }

    /// Why another signature must not be added to this file, one reason per failed signature;
    /// empty when countersigning is safe: the file is signed, and every signature is valid with
    /// nothing but signatures (and metadata) added after it. Unsigned additions that signing
    /// allows (an empty signature box, validation data) do not stop a countersignature, which
    /// then covers them.
    pub fn reasons_not_to_countersign(&self) -> Vec<Bilingual> {
        if self.signatures.is_empty() {
            return vec![Bilingual::message(
                "verify-notSignedNothingToCountersign",
                &[],
            )];
        }
        let mut reasons = Vec::new();
        for signature in &self.signatures {
            let label = signature.label();
            match signature.verdict() {
                SignatureVerdict::Valid => {}
                SignatureVerdict::Invalid => {
                    let problems = signature.problems_text();
                    reasons.push(each_language(|language| {
                        gavel_messages::message(
                            language,
                            "verify-signatureNotValid",
                            &[
                                ("signature", label.pick(language == Language::Danish).into()),
                                (
                                    "problems",
                                    problems.pick(language == Language::Danish).into(),
                                ),
                            ],
                        )
                    }));
                }
                SignatureVerdict::ChangedAfterSigning => {
                    let changes = join(&signature.changes_after.disallowed);
                    reasons.push(each_language(|language| {
                        gavel_messages::message(
                            language,
                            "verify-signatureChangedAfterwards",
                            &[
                                ("signature", label.pick(language == Language::Danish).into()),
                                ("changes", changes.pick(language == Language::Danish).into()),
                            ],
                        )
                    }));
                }
            }
        }
        reasons
    }
}

/// One signature's result.
#[derive(Debug, Clone)]
pub struct SignatureReport {
    /// 1-based, in file order.
    pub number: usize,
    pub field_name: Option<String>,
    /// The certificate's common name, only when every check passed.
    pub signer: Option<String>,
    /// The certificate's organisation, only when every check passed.
    pub organisation: Option<String>,
    pub signing_time: Option<DateTime<FixedOffset>>,
    pub sub_filter: Option<String>,
    /// The hash of the signed bytes equals the one the signature holds.
    pub digest_matches: bool,
    /// The signature over the signed attributes verifies with the certificate's key.
    pub signature_verifies: bool,
    pub certificate: CertificateStatus,
    /// E.g. "self-signed" or "issued by CN=… (not included in the file)"; empty when the
    /// signature was not read as far as its certificate.
    pub chain: Bilingual,
    /// Why the signature is not valid, when it is not.
    pub problems: Vec<Bilingual>,
    /// Valid, but worth saying: an expired certificate, a self-signed one.
    pub warnings: Vec<crate::SignatureWarning>,
    /// The signature's byte range ends at the end of the file.
    pub covers_whole_file: bool,
    /// How many bytes from the start of the file the signature covers (its revision); 0 when
    /// its /ByteRange cannot be read.
    pub signed_bytes: usize,
    /// The file's size.
    pub file_bytes: usize,
    /// What the revisions after this signature added (allowed) and changed (not allowed).
    pub changes_after: ChangesAfterSigning,
    /// The signature dictionary's object.
    dictionary_id: ObjectId,
}

/// A signature's standing, in the order a reader should worry about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum SignatureVerdict {
    /// Every check passed, and only what signing may add was added after it.
    Valid,
    /// The signature itself is intact, but the document was changed afterwards in a way no
    /// signature may change it (pages, content, other objects): what it signed is not what a
    /// reader sees.
    ChangedAfterSigning,
    /// A check failed: the signed bytes, the signature, the certificate or its binding.
    Invalid,
}

impl SignatureReport {
    pub fn verdict(&self) -> SignatureVerdict {
        if !self.problems.is_empty() || !self.digest_matches || !self.signature_verifies {
            SignatureVerdict::Invalid
        } else if !self.changes_after.only_allowed() {
            SignatureVerdict::ChangedAfterSigning
        } else {
            SignatureVerdict::Valid
        }
    }

    pub fn is_valid(&self) -> bool {
        self.verdict() == SignatureVerdict::Valid
    }

    /// "signature 1 (chair-1)" / "underskrift 1 (chair-1)".
    pub fn label(&self) -> Bilingual {
        let number = self.number.to_string();
        match &self.field_name {
            Some(field) => Bilingual::message(
                "verify-signatureNumberInField",
                &[("number", number.into()), ("field", field.into())],
            ),
            None => Bilingual::message("verify-signatureNumber", &[("number", number.into())]),
        }
    }

    /// The problems joined with "; ".
    pub fn problems_text(&self) -> Bilingual {
        join(&self.problems)
    }

    /// Records why the signature is not valid.
    fn problem(&mut self, problem: Bilingual) {
        self.problems.push(problem);
    }
}

/// The texts joined with "; ", in each language.
fn join(texts: &[Bilingual]) -> Bilingual {
    each_language(|language| {
        texts
            .iter()
            .map(|text| text.pick(language == Language::Danish))
            .collect::<Vec<_>>()
            .join("; ")
    })
}

/// A text made once per language, for messages whose arguments are themselves in the reader's
/// language (a signature's label, its problems).
fn each_language(text_in: impl Fn(Language) -> String) -> Bilingual {
    Bilingual {
        da: text_in(Language::Danish),
        en: text_in(Language::English),
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

/// The most signatures Gavel checks in one file. Minutes carry a chair's, a secretary's and a
/// few members' signatures; each one may cost a read of the revision it signed.
pub const MAX_SIGNATURES: usize = 100;

/// Reads the PDF at `path` for signing or checking, refusing one larger than [`MAX_PDF_BYTES`]
/// or one that is not a regular file before reading it.
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
            reason: Bilingual::message("verify-pdfCutShort", &[]),
        });
    }
    lopdf::Document::load_mem(bytes).map_err(|error| Error::DamagedPdf {
        path: path.to_owned(),
        reason: Bilingual::untranslated(error.to_string()),
    })
}

/// Checks every signature of the PDF `bytes` (read from `path`) at the time `now`.
pub fn verify_pdf(bytes: &[u8], path: &Path, now: DateTime<Utc>) -> Result<Verification> {
    let document = load_pdf(bytes, path)?;

    let signature_dictionaries: Vec<(ObjectId, &Dictionary)> = document
        .objects
        .iter()
        .filter_map(|(id, object)| Some((*id, object.as_dict().ok()?)))
        .filter(|(_, dictionary)| dictionary.has(b"ByteRange") && dictionary.has(b"Contents"))
        .collect();
    // Each signature may need its own revision read and compared: a crafted file with
    // thousands of them must not make that thousands of times the work.
    if signature_dictionaries.len() > MAX_SIGNATURES {
        return Err(Error::BadSignature {
            path: path.to_owned(),
            reason: Bilingual::message(
                "verify-tooManySignatures",
                &[
                    (
                        "signatures",
                        signature_dictionaries.len().to_string().into(),
                    ),
                    ("limit", MAX_SIGNATURES.to_string().into()),
                ],
            ),
        });
    }
    let field_names = field_names_by_value(&document);
    let mut signatures: Vec<SignatureReport> = signature_dictionaries
        .into_iter()
        .map(|(id, dictionary)| {
            let field_name = field_names.get(&id).cloned();
            check_signature(bytes, id, dictionary, field_name, now)
        })
        .collect();
    // In the order they were made: by where each signed range ends.
    signatures.sort_by_key(|report| (report.signed_bytes, report.dictionary_id));
    for (index, report) in signatures.iter_mut().enumerate() {
        report.number = index + 1;
    }
    let numbers: BTreeMap<ObjectId, usize> = signatures
        .iter()
        .map(|report| (report.dictionary_id, report.number))
        .collect();

    // The revision each signature covers, read once per distinct end.
    let mut revisions: BTreeMap<usize, std::result::Result<lopdf::Document, String>> =
        BTreeMap::new();
    for report in &mut signatures {
        let end = report.signed_bytes;
        if end == 0 || end >= bytes.len() {
            continue;
        }
        let revision = revisions.entry(end).or_insert_with(|| {
            lopdf::Document::load_mem(&bytes[..end]).map_err(|error| error.to_string())
        });
        match revision {
            Ok(revision) => check_revision(report, revision, &document, &numbers),
            Err(reason) => {
                report.problem(Bilingual::message(
                    "verify-revisionUnreadable",
                    &[("reason", reason.as_str().into())],
                ));
            }
        }
    }
    for report in &mut signatures {
        if !report.is_valid() {
            // Who signed is shown only from a certificate that passed every check.
            report.signer = None;
            report.organisation = None;
        }
    }

    // The meeting and fingerprint as the first signature signed them: the document information
    // is metadata a later revision may change.
    let first_revision = signatures
        .first()
        .and_then(|first| revisions.get(&first.signed_bytes))
        .and_then(|revision| revision.as_ref().ok())
        .unwrap_or(&document);
    let info_text = |key: &str| info_text(first_revision, key);
    let last_end = signatures.last().map_or(0, |report| report.signed_bytes);
    Ok(Verification {
        unsigned_trailing_bytes: if signatures.is_empty() {
            0
        } else {
            bytes.len().saturating_sub(last_end)
        },
        meeting_id: info_text(INFO_MEETING_ID),
        log_fingerprint: info_text(INFO_LOG_FINGERPRINT),
        agenda_of_meeting: info_text(INFO_AGENDA_OF_MEETING),
        signatures,
    })
}

/// A text of the document information dictionary.
fn info_text(document: &lopdf::Document, key: &str) -> Option<String> {
    let info = document
        .trailer
        .get(b"Info")
        .ok()
        .and_then(|info| document.dereference(info).ok())
        .and_then(|(_, info)| info.as_dict().ok())?;
    info.get(key.as_bytes())
        .ok()
        .and_then(|value| lopdf::decode_text_string(value).ok())
}

/// The signature dictionary must be part of the revision it signs (a copy of a signature put
/// into a later revision signs nothing new), and the revisions after it may add only what
/// signing adds.
fn check_revision(
    report: &mut SignatureReport,
    revision: &lopdf::Document,
    current: &lopdf::Document,
    numbers: &BTreeMap<ObjectId, usize>,
) {
    let id = report.dictionary_id;
    let in_revision = revision
        .objects
        .get(&id)
        .and_then(|object| object.as_dict().ok());
    let in_file = current
        .objects
        .get(&id)
        .and_then(|object| object.as_dict().ok());
    match (in_revision, in_file) {
        (Some(signed), Some(now)) if signed == now => {}
        (Some(_), Some(_)) => {
            report.problem(Bilingual::message("verify-signatureDictionaryChanged", &[]))
        }
        _ => report.problem(Bilingual::message("verify-signatureCopiedFromAnother", &[])),
    }
    report.changes_after = changes_after_signing(revision, current, numbers);
}

/// The /T of every field whose /V is a reference, by that reference: a signature's field name.
fn field_names_by_value(document: &lopdf::Document) -> BTreeMap<ObjectId, String> {
    let mut names = BTreeMap::new();
    for object in document.objects.values() {
        let Ok(dictionary) = object.as_dict() else {
            continue;
        };
        if let Ok(Object::Reference(value)) = dictionary.get(b"V")
            && let Some(name) = dictionary
                .get(b"T")
                .ok()
                .and_then(|name| lopdf::decode_text_string(name).ok())
        {
            names.entry(*value).or_insert(name);
        }
    }
    names
}

/// Checks one signature dictionary.
fn check_signature(
    bytes: &[u8],
    dictionary_id: ObjectId,
    dictionary: &Dictionary,
    field_name: Option<String>,
    now: DateTime<Utc>,
) -> SignatureReport {
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
        chain: Bilingual::default(),
        problems: Vec::new(),
        warnings: Vec::new(),
        covers_whole_file: false,
        signed_bytes: 0,
        file_bytes: bytes.len(),
        changes_after: ChangesAfterSigning::default(),
        dictionary_id,
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
        report.problem(Bilingual::message("verify-noByteRange", &[]));
        return report;
    };
    let (start, first_length, second_start, second_length) =
        (*start, *first_length, *second_start, *second_length);
    let end = second_start.saturating_add(second_length);
    if start != 0 || first_length > second_start || end > bytes.len() {
        report.problem(Bilingual::message(
            "verify-byteRangeDoesNotFit",
            &[
                ("start", start.to_string().into()),
                ("firstLength", first_length.to_string().into()),
                ("secondStart", second_start.to_string().into()),
                ("secondLength", second_length.to_string().into()),
                ("fileBytes", bytes.len().to_string().into()),
            ],
        ));
        return report;
    }
    report.signed_bytes = end;
    report.covers_whole_file = end == bytes.len();

    let Ok(contents) = dictionary.get(b"Contents").and_then(Object::as_str) else {
        report.problem(Bilingual::message("verify-noContents", &[]));
        return report;
    };
    // The one gap in the signed bytes must be exactly this signature's /Contents, written as hex:
    // a /ByteRange moved to leave out anything else leaves part of the file unsigned.
    let gap = &bytes[first_length..second_start];
    let gap_is_contents = gap.len() >= 2
        && gap.first() == Some(&b'<')
        && gap.last() == Some(&b'>')
        && decode_hex(&gap[1..gap.len() - 1]).as_deref() == Some(contents);
    if !gap_is_contents {
        report.problem(Bilingual::message("verify-byteRangeGapIsNotContents", &[]));
    }

    let (signed_data, der_length) = match parse_signed_data_with_length(contents) {
        Ok(parsed) => parsed,
        Err(reason) => {
            report.problem(reason);
            return report;
        }
    };
    // /Contents is the DER structure followed by zeros; anything else there is unsigned data
    // smuggled into the signature, which other readers might take for part of it.
    let padding = &contents[der_length.min(contents.len())..];
    let smuggled = padding.iter().filter(|byte| **byte != 0).count();
    if smuggled > 0 {
        report.problem(Bilingual::message(
            "verify-bytesAfterSignature",
            &[("count", smuggled.into())],
        ));
    }
    let mut signer_infos = signed_data.signer_infos.0.iter();
    let (Some(signer_info), None) = (signer_infos.next(), signer_infos.next()) else {
        report.problem(Bilingual::message("verify-notExactlyOneSigner", &[]));
        return report;
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
        report.problem(Bilingual::message("verify-signerCertificateMissing", &[]));
        return report;
    };
    let subject = &certificate.tbs_certificate.subject;
    report.signer =
        name_attribute(subject, NameAttribute::CommonName).or(Some(subject.to_string()));
    report.organisation = name_attribute(subject, NameAttribute::Organisation);

    // 1. The digest of the signed bytes.
    let digest_oid = signer_info.digest_alg.oid;
    let signed_parts = [&bytes[..first_length], &bytes[second_start..end]];
    let Some(digest) = digest_of(digest_oid, &signed_parts) else {
        report.problem(Bilingual::message(
            "verify-unsupportedDigestAlgorithm",
            &[("algorithm", digest_oid.to_string().into())],
        ));
        return report;
    };
    match message_digest_attribute(signer_info) {
        Some(expected) if expected == digest => report.digest_matches = true,
        Some(_) => report.problem(Bilingual::message("verify-digestMismatch", &[])),
        None => report.problem(Bilingual::message("verify-noMessageDigest", &[])),
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
                Err(reason) => report.problem(reason),
            }
        }
        _ => report.problem(Bilingual::message("verify-noSignedAttributes", &[])),
    }

    // 3. The certificate is the one the signer signed with (ESS signing-certificate).
    match check_signing_certificate(signer_info, certificate) {
        SigningCertificateCheck::Matches => {}
        SigningCertificateCheck::Mismatch(reason) => report.problem(reason),
        SigningCertificateCheck::Missing
            if report.sub_filter.as_deref() == Some("ETSI.CAdES.detached") =>
        {
            report.problem(Bilingual::message(
                "verify-certificateNotBoundAsPadesRequires",
                &[],
            ));
        }
        SigningCertificateCheck::Missing => report.warnings.push(crate::SignatureWarning::message(
            "verify-certificateOnlyKeyBound",
            &[],
        )),
    }

    // 4. The certificate's validity.
    let not_before = to_chrono(&certificate.tbs_certificate.validity.not_before);
    let not_after = to_chrono(&certificate.tbs_certificate.validity.not_after);
    let signed_at = report
        .signing_time
        .map(|time| time.with_timezone(&Utc))
        .unwrap_or(now);
    // A certificate outside its validity makes a warning, not an invalid signature: the
    // signature itself is intact, and the reader decides what an expired key is worth.
    report.certificate = if signed_at < not_before || signed_at > not_after {
        let validity = [
            (
                "validFrom",
                not_before.format("%Y-%m-%d").to_string().into(),
            ),
            ("validTo", not_after.format("%Y-%m-%d").to_string().into()),
        ];
        report.warnings.push(if signed_at > not_after {
            crate::SignatureWarning::message("verify-certificateHadExpiredAtSigning", &validity)
        } else {
            crate::SignatureWarning::message("verify-certificateNotYetValidAtSigning", &validity)
        });
        CertificateStatus::NotValidAtSigning {
            not_before,
            not_after,
        }
    } else if now > not_after {
        report.warnings.push(crate::SignatureWarning::message(
            "verify-certificateExpiredSince",
            &[("expiry", not_after.format("%Y-%m-%d").to_string().into())],
        ));
        CertificateStatus::ExpiredSince { not_after }
    } else {
        CertificateStatus::Valid { not_after }
    };

    // 5. The chain, as far as the file carries it: every certificate's own signature must
    // verify, or the certificate was edited (a new name on the same key).
    let chain = check_chain(certificate, &certificates);
    report.chain = chain.description;
    if let Some(problem) = chain.broken {
        report.problem(problem);
    }
    if chain.self_signed {
        report.warnings.push(crate::SignatureWarning::message(
            "verify-certificateSelfSigned",
            &[],
        ));
    }
    report
}

fn decode_hex(text: &[u8]) -> Option<Vec<u8>> {
    let digits: Vec<u8> = text
        .iter()
        .copied()
        .filter(|byte| !byte.is_ascii_whitespace())
        .collect();
    let value = |digit: u8| (digit as char).to_digit(16).map(|value| value as u8);
    let mut bytes = Vec::with_capacity(digits.len().div_ceil(2));
    for pair in digits.chunks(2) {
        let high = value(pair[0])?;
        // An odd last digit is followed by an implied 0 (ISO 32000-1, 7.3.4.3).
        let low = match pair.get(1) {
            Some(digit) => value(*digit)?,
            None => 0,
        };
        bytes.push(high << 4 | low);
    }
    Some(bytes)
}

pub(crate) fn parse_signed_data(contents: &[u8]) -> std::result::Result<SignedData, Bilingual> {
    parse_signed_data_with_length(contents).map(|(signed_data, _)| signed_data)
}

/// The SignedData at the start of `contents` and how many bytes its DER takes. /Contents is
/// padded with zeros after the DER structure: read one value and stop.
fn parse_signed_data_with_length(
    contents: &[u8],
) -> std::result::Result<(SignedData, usize), Bilingual> {
    let failed = |id: &str, error: &dyn std::fmt::Display| {
        Bilingual::message(id, &[("error", error.to_string().into())])
    };
    let mut reader =
        SliceReader::new(contents).map_err(|error| failed("verify-cmsUnreadable", &error))?;
    let content_info =
        ContentInfo::decode(&mut reader).map_err(|error| failed("verify-notCms", &error))?;
    let length = usize::try_from(reader.position())
        .map_err(|error| failed("verify-cmsUnreadable", &error))?;
    if content_info.content_type != const_oid::db::rfc5911::ID_SIGNED_DATA {
        return Err(Bilingual::message("verify-notSignedData", &[]));
    }
    let signed_data = content_info
        .content
        .decode_as::<SignedData>()
        .map_err(|error| failed("verify-signedDataUnreadable", &error))?;
    Ok((signed_data, length))
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
) -> std::result::Result<(), Bilingual> {
    use const_oid::db::rfc5912::{
        ECDSA_WITH_SHA_256, ID_EC_PUBLIC_KEY, ID_SHA_256, ID_SHA_384, ID_SHA_512, RSA_ENCRYPTION,
        SHA_256_WITH_RSA_ENCRYPTION, SHA_384_WITH_RSA_ENCRYPTION, SHA_512_WITH_RSA_ENCRYPTION,
    };
    use signature::Verifier;
    let key_info = &certificate.tbs_certificate.subject_public_key_info;
    let key_der = key_info.to_der().map_err(|error| {
        Bilingual::message(
            "verify-certificateKeyUnreadable",
            &[("error", error.to_string().into())],
        )
    })?;
    let invalid = |_| Bilingual::message("verify-signatureAltered", &[]);
    let unsupported = |id: &str, algorithm: const_oid::ObjectIdentifier| {
        Bilingual::message(id, &[("algorithm", algorithm.to_string().into())])
    };
    if key_info.algorithm.oid == RSA_ENCRYPTION {
        use rsa::pkcs8::DecodePublicKey;
        let key = rsa::RsaPublicKey::from_public_key_der(&key_der).map_err(|error| {
            Bilingual::message(
                "verify-certificateRsaKeyUnreadable",
                &[("error", error.to_string().into())],
            )
        })?;
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
            return Err(unsupported(
                "verify-unsupportedSignatureAlgorithm",
                signature_algorithm,
            ));
        };
        let result = if hash == ID_SHA_256 {
            rsa::pkcs1v15::VerifyingKey::<Sha256>::new(key).verify(message, &signature)
        } else if hash == ID_SHA_384 {
            rsa::pkcs1v15::VerifyingKey::<Sha384>::new(key).verify(message, &signature)
        } else if hash == ID_SHA_512 {
            rsa::pkcs1v15::VerifyingKey::<Sha512>::new(key).verify(message, &signature)
        } else {
            return Err(unsupported("verify-unsupportedDigestAlgorithm", hash));
        };
        return result.map_err(invalid);
    }
    if key_info.algorithm.oid == ID_EC_PUBLIC_KEY {
        use p256::pkcs8::DecodePublicKey;
        let key = p256::ecdsa::VerifyingKey::from_public_key_der(&key_der)
            .map_err(|_| Bilingual::message("verify-certificateKeyNotP256", &[]))?;
        if signature_algorithm != ECDSA_WITH_SHA_256 && digest_algorithm != ID_SHA_256 {
            return Err(unsupported(
                "verify-unsupportedSignatureAlgorithm",
                signature_algorithm,
            ));
        }
        let signature = p256::ecdsa::DerSignature::try_from(signature).map_err(invalid)?;
        return key.verify(message, &signature).map_err(invalid);
    }
    Err(unsupported(
        "verify-unsupportedKeyAlgorithm",
        key_info.algorithm.oid,
    ))
}

/// What [`check_chain`] found.
struct ChainCheck {
    /// "self-signed", "issued by X, self-signed root in the file", "issued by X (not included
    /// in the file)".
    description: Bilingual,
    /// The signer's own certificate is self-signed, and its signature verifies: what the
    /// "self-signed" warning is given for, decided here rather than by comparing words.
    self_signed: bool,
    /// A certificate in the chain whose signature does not verify: it was edited after it was
    /// issued (a name changed on the same key), so the signature is invalid.
    broken: Option<Bilingual>,
}

/// Follows the chain from the signer's certificate as far as the file carries it, checking each
/// certificate's own signature with its issuer's key.
fn check_chain(certificate: &Certificate, certificates: &[Certificate]) -> ChainCheck {
    let edited = |name: &str| {
        Some(Bilingual::message(
            "verify-certificateEdited",
            &[("certificate", name.into())],
        ))
    };
    let issued_by = |id: &str, issuer: &str| Bilingual::message(id, &[("issuer", issuer.into())]);
    let joined = |steps: &[Bilingual]| {
        each_language(|language| {
            steps
                .iter()
                .map(|step| step.pick(language == Language::Danish))
                .collect::<Vec<_>>()
                .join(", ")
        })
    };
    let mut current = certificate;
    let mut steps: Vec<Bilingual> = Vec::new();
    for _ in 0..8 {
        let tbs = &current.tbs_certificate;
        let subject_name = name_attribute(&tbs.subject, NameAttribute::CommonName)
            .unwrap_or_else(|| tbs.subject.to_string());
        if tbs.issuer == tbs.subject {
            let verifies = current_signature_verifies(current, current);
            let end = Bilingual::message(
                if verifies {
                    "verify-chainSelfSigned"
                } else {
                    "verify-chainSelfIssuedNotVerifying"
                },
                &[],
            );
            return ChainCheck {
                self_signed: verifies && steps.is_empty(),
                description: if steps.is_empty() {
                    end
                } else {
                    Bilingual::composed_message(
                        "verify-chainRoot",
                        &[],
                        &[("steps", &joined(&steps)), ("end", &end)],
                    )
                },
                broken: if verifies {
                    None
                } else {
                    edited(&subject_name)
                },
            };
        }
        let issuer_name = name_attribute(&tbs.issuer, NameAttribute::CommonName)
            .unwrap_or_else(|| tbs.issuer.to_string());
        let Some(issuer) = certificates
            .iter()
            .find(|candidate| candidate.tbs_certificate.subject == tbs.issuer)
        else {
            steps.push(issued_by("verify-chainIssuedByNotIncluded", &issuer_name));
            return ChainCheck {
                description: joined(&steps),
                self_signed: false,
                broken: None,
            };
        };
        if !current_signature_verifies(current, issuer) {
            steps.push(issued_by("verify-chainIssuerSignatureFails", &issuer_name));
            return ChainCheck {
                description: joined(&steps),
                self_signed: false,
                broken: edited(&subject_name),
            };
        }
        steps.push(issued_by("verify-chainIssuedBy", &issuer_name));
        current = issuer;
    }
    ChainCheck {
        description: joined(&steps),
        self_signed: false,
        broken: None,
    }
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
