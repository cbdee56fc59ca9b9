//! PAdES B-B signing: one signature per incremental update, so that signing and countersigning
//! are the same operation and earlier signatures stay valid (their byte ranges are untouched).
//!
//! The update fills a free signature box of the signature page (the chair's, the secretary's,
//! the agenda's sender box, or the next countersignature box; an invisible field when none is
//! free) with a `/Sig`
//! dictionary (`/SubFilter /ETSI.CAdES.detached`) and a visible stamp (name, role, time). The
//! `/Contents` placeholder is then filled with a detached CMS SignedData over the `/ByteRange`:
//! SHA-256, signed attributes contentType, messageDigest and ESS signingCertificateV2, no
//! signingTime (PAdES puts the time in `/M`).

use std::collections::BTreeMap;
use std::path::Path;

use chrono::{DateTime, FixedOffset, Utc};
use cms::builder::{SignedDataBuilder, SignerInfoBuilder};
use cms::cert::{CertificateChoices, IssuerAndSerialNumber};
use cms::content_info::ContentInfo;
use cms::signed_data::{EncapsulatedContentInfo, SignerIdentifier};
use der::asn1::{OctetString, SetOfVec};
use der::{Any, Encode};
use gavel_core::MemberRole;
use gavel_core::rules::Bilingual;
use lopdf::{Dictionary, Object, ObjectId, Stream, StringFormat};
use sha2::{Digest, Sha256};
use signature::{Keypair, Signer};
use spki::{AlgorithmIdentifierOwned, DynSignatureAlgorithmIdentifier, SignatureBitStringEncoding};
use x509_cert::attr::Attribute;
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::serial_number::SerialNumber;

use crate::Language;
use crate::certificate::{SigningIdentity, SigningKey};
use crate::document::{Words, long_date};
use crate::error::{Error, Result};
use crate::fonts::FontStyle;
use crate::layout::text::truncate_to_width;
use crate::pdf_objects::{IncrementalUpdate, write_dictionary};

/// Who signs, in what role, when.
#[derive(Debug, Clone)]
pub struct SignatureRequest {
    pub role: MemberRole,
    /// The time written into the signature (`/M`) and printed on the stamp.
    pub signing_time: DateTime<FixedOffset>,
}

/// The signed file and what the signer should know.
#[derive(Debug, Clone)]
pub struct SignedPdf {
    pub bytes: Vec<u8>,
    /// The signature field that was filled, e.g. "chair-1".
    pub field_name: String,
    /// E.g. "the certificate expired on 1 March 2026": signed all the same.
    pub warnings: Vec<crate::SignatureWarning>,
}

/// Adds one signature to `pdf` (read from `path`, named in messages) as an incremental update.
pub fn sign_pdf(
    pdf: &[u8],
    path: &Path,
    identity: &SigningIdentity,
    request: &SignatureRequest,
) -> Result<SignedPdf> {
    let document = crate::verify::load_pdf(pdf, path)?;
    if document.is_encrypted() {
        return Err(Error::CannotSign {
            path: path.to_owned(),
            reason: Bilingual::message("signing-pdfEncrypted", &[]),
        });
    }
    let no_catalog = |error: &lopdf::Error| {
        Bilingual::message(
            "signing-noDocumentCatalog",
            &[("error", error.to_string().into())],
        )
    };
    let damaged = |reason: Bilingual| Error::DamagedPdf {
        path: path.to_owned(),
        reason,
    };
    let root_id = document
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .map_err(|error| damaged(no_catalog(&error)))?;
    let mut catalog = document
        .get_dictionary(root_id)
        .map_err(|error| damaged(no_catalog(&error)))?
        .clone();
    let language = catalog
        .get(b"Lang")
        .ok()
        .and_then(|lang| lopdf::decode_text_string(lang).ok())
        .and_then(|lang| Language::parse(&lang))
        .unwrap_or(Language::Danish);

    // The form: a dictionary in the catalog or an object of its own.
    let (mut acro_form, acro_form_id) = match catalog.get(b"AcroForm") {
        Ok(Object::Reference(id)) => (
            document
                .get_dictionary(*id)
                .map_err(|error| {
                    damaged(Bilingual::message(
                        "signing-formUnreadable",
                        &[("error", error.to_string().into())],
                    ))
                })?
                .clone(),
            Some(*id),
        ),
        Ok(Object::Dictionary(dictionary)) => (dictionary.clone(), None),
        _ => (Dictionary::new(), None),
    };
    let mut fields: Vec<Object> = match acro_form.get(b"Fields") {
        Ok(Object::Array(fields)) => fields.clone(),
        Ok(Object::Reference(id)) => document
            .get_object(*id)
            .and_then(Object::as_array)
            .cloned()
            .unwrap_or_default(),
        _ => Vec::new(),
    };

    let mut next_id = document.max_id + 1;
    let mut allocate = || {
        let id = (next_id, 0);
        next_id += 1;
        id
    };
    let signature_id = allocate();

    let free_field = find_free_field(&document, &fields, request.role);
    let signature_field_count = fields
        .iter()
        .filter(|field| {
            field
                .as_reference()
                .and_then(|id| document.get_dictionary(id))
                .is_ok_and(is_signature_field)
        })
        .count();
    let mut objects: Vec<(ObjectId, Object)> = Vec::new();

    let (field_name, widget_id, mut widget) = match free_field {
        Some((id, name, dictionary)) => (name, id, dictionary),
        None => {
            // No free box: an invisible signature field on the first page.
            let pages = document.get_pages();
            let first_page = pages
                .values()
                .next()
                .copied()
                .ok_or_else(|| damaged(Bilingual::message("signing-noPages", &[])))?;
            let name = format!("signature-{}", signature_field_count + 1);
            let mut widget = Dictionary::new();
            widget.set("Type", Object::Name(b"Annot".to_vec()));
            widget.set("Subtype", Object::Name(b"Widget".to_vec()));
            widget.set("FT", Object::Name(b"Sig".to_vec()));
            widget.set("T", lopdf::text_string(&name));
            widget.set("Rect", Object::Array(vec![Object::Integer(0); 4]));
            widget.set("F", Object::Integer(4 | 128));
            widget.set("P", Object::Reference(first_page));
            let widget_id = allocate();
            fields.push(Object::Reference(widget_id));
            let mut page = document
                .get_dictionary(first_page)
                .map_err(|error| {
                    damaged(Bilingual::message(
                        "signing-pageUnreadable",
                        &[("error", error.to_string().into())],
                    ))
                })?
                .clone();
            match page.get(b"Annots") {
                Ok(Object::Reference(annotations_id)) => {
                    let mut annotations = document
                        .get_object(*annotations_id)
                        .and_then(Object::as_array)
                        .cloned()
                        .unwrap_or_default();
                    annotations.push(Object::Reference(widget_id));
                    objects.push((*annotations_id, Object::Array(annotations)));
                }
                Ok(Object::Array(annotations)) => {
                    let mut annotations = annotations.clone();
                    annotations.push(Object::Reference(widget_id));
                    page.set("Annots", Object::Array(annotations));
                    objects.push((first_page, Object::Dictionary(page)));
                }
                _ => {
                    page.set("Annots", Object::Array(vec![Object::Reference(widget_id)]));
                    objects.push((first_page, Object::Dictionary(page)));
                }
            }
            (name, widget_id, widget)
        }
    };

    // The visible stamp, when the box has a size.
    let rect = widget_rect(&widget);
    if let Some([x1, y1, x2, y2]) = rect
        && x2 - x1 > 20.0
        && y2 - y1 > 20.0
    {
        let stamp = Stamp::new(identity, request, language, x2 - x1, y2 - y1);
        let font = StampFont::from_document(&document);
        let appearance_id = allocate();
        let font_ids = [allocate(), allocate(), allocate()];
        let (font_objects, font_reference) = font.objects(&stamp.text(), font_ids);
        objects.extend(font_objects);
        objects.push((
            appearance_id,
            Object::Stream(stamp.appearance(&font, font_reference)),
        ));
        let mut appearance = Dictionary::new();
        appearance.set("N", Object::Reference(appearance_id));
        widget.set("AP", Object::Dictionary(appearance));
    }
    widget.set("V", Object::Reference(signature_id));
    objects.push((widget_id, Object::Dictionary(widget)));

    // Signatures exist and the file must be appended to, never rewritten (SigFlags 1 | 2).
    acro_form.set("Fields", Object::Array(fields));
    acro_form.set("SigFlags", Object::Integer(3));
    match acro_form_id {
        Some(id) => objects.push((id, Object::Dictionary(acro_form))),
        None => {
            catalog.set("AcroForm", Object::Dictionary(acro_form));
            objects.push((root_id, Object::Dictionary(catalog)));
        }
    }

    let mut update = IncrementalUpdate::new(pdf);
    let placeholders = write_signature_dictionary(&mut update, signature_id, identity, request);
    for (id, object) in &objects {
        update.object(*id, object);
    }
    let mut trailer = Dictionary::new();
    trailer.set("Size", Object::Integer(i64::from(next_id)));
    trailer.set("Root", Object::Reference(root_id));
    for key in [b"Info".as_slice(), b"ID".as_slice()] {
        if let Ok(value) = document.trailer.get(key) {
            trailer.set(key.to_vec(), value.clone());
        }
    }
    trailer.set("Prev", Object::Integer(document.xref_start as i64));
    let mut bytes = update.finish(&trailer);

    // Fill in /ByteRange: everything except the /Contents hex string.
    let file_length = bytes.len();
    let byte_range = format!(
        "[0 {} {} {}]",
        placeholders.contents_start,
        placeholders.contents_end,
        file_length - placeholders.contents_end
    );
    let range_field = &mut bytes[placeholders.byte_range_start..placeholders.byte_range_end];
    if byte_range.len() > range_field.len() {
        return Err(Error::CannotSign {
            path: path.to_owned(),
            reason: Bilingual::message("signing-fileTooLargeForByteRange", &[]),
        });
    }
    range_field.fill(b' ');
    range_field[..byte_range.len()].copy_from_slice(byte_range.as_bytes());

    let mut hasher = Sha256::new();
    hasher.update(&bytes[..placeholders.contents_start]);
    hasher.update(&bytes[placeholders.contents_end..]);
    let digest = hasher.finalize();
    let cms = signed_data(identity, &digest).map_err(|reason| Error::CannotSign {
        path: path.to_owned(),
        reason: Bilingual::untranslated(reason),
    })?;
    let hex: String = cms.iter().map(|byte| format!("{byte:02X}")).collect();
    let hex_field = &mut bytes[placeholders.contents_start + 1..placeholders.contents_end - 1];
    if hex.len() > hex_field.len() {
        return Err(Error::CannotSign {
            path: path.to_owned(),
            reason: Bilingual::message(
                "signing-signatureLargerThanReserved",
                &[("bytes", cms.len().to_string().into())],
            ),
        });
    }
    hex_field[..hex.len()].copy_from_slice(hex.as_bytes());

    let mut warnings = Vec::new();
    let signing_time = request.signing_time.with_timezone(&Utc);
    if !identity.is_valid_at(signing_time) {
        let signer_and_date = |date: DateTime<Utc>| {
            [
                ("signer", identity.common_name().into()),
                ("date", date.format("%Y-%m-%d %H:%M UTC").to_string().into()),
            ]
        };
        warnings.push(if signing_time > identity.not_after() {
            crate::SignatureWarning::message(
                "signing-certificateExpired",
                &signer_and_date(identity.not_after()),
            )
        } else {
            crate::SignatureWarning::message(
                "signing-certificateNotYetValid",
                &signer_and_date(identity.not_before()),
            )
        });
    }
    Ok(SignedPdf {
        bytes,
        field_name,
        warnings,
    })
}

/// PDF date with the offset: "D:20261127120300+01'00'".
pub fn pdf_date_with_offset(time: DateTime<FixedOffset>) -> String {
    let offset = time.offset().local_minus_utc();
    let sign = if offset < 0 { '-' } else { '+' };
    let offset = offset.abs();
    format!(
        "D:{}{sign}{:02}'{:02}'",
        time.format("%Y%m%d%H%M%S"),
        offset / 3600,
        (offset % 3600) / 60
    )
}

fn is_signature_field(dictionary: &Dictionary) -> bool {
    matches!(dictionary.get(b"FT"), Ok(Object::Name(name)) if name == b"Sig")
}

fn field_prefix(role: MemberRole) -> &'static str {
    match role {
        MemberRole::Chair => "chair-",
        MemberRole::Secretary => "secretary-",
        MemberRole::ViceChair | MemberRole::Member | MemberRole::Observer | MemberRole::Advisor => {
            "countersignature-"
        }
    }
}

/// The first unsigned signature box for `role`: its id, name and dictionary.
fn find_free_field(
    document: &lopdf::Document,
    fields: &[Object],
    role: MemberRole,
) -> Option<(ObjectId, String, Dictionary)> {
    // The agenda's box is the sender's, whoever sends it ("sender-1", `agenda::SENDER_BOX_KIND`);
    // the minutes have none. A chair or secretary whose own box is taken signs in a
    // countersignature box.
    let prefixes: &[&str] = match role {
        MemberRole::Chair | MemberRole::Secretary => {
            &[field_prefix(role), "sender-", "countersignature-"]
        }
        _ => &["sender-", "countersignature-"],
    };
    for prefix in prefixes {
        for field in fields {
            let Ok(id) = field.as_reference() else {
                continue;
            };
            let Ok(dictionary) = document.get_dictionary(id) else {
                continue;
            };
            if !is_signature_field(dictionary) || dictionary.has(b"V") {
                continue;
            }
            let name = dictionary
                .get(b"T")
                .ok()
                .and_then(|name| lopdf::decode_text_string(name).ok())
                .unwrap_or_default();
            if name.starts_with(prefix) {
                return Some((id, name, dictionary.clone()));
            }
        }
    }
    None
}

fn widget_rect(widget: &Dictionary) -> Option<[f32; 4]> {
    let values = widget.get(b"Rect").ok()?.as_array().ok()?;
    let numbers: Vec<f32> = values
        .iter()
        .filter_map(|value| {
            value
                .as_float()
                .ok()
                .or_else(|| value.as_i64().ok().map(|v| v as f32))
        })
        .collect();
    let [a, b, c, d] = numbers.as_slice() else {
        return None;
    };
    Some([a.min(*c), b.min(*d), a.max(*c), b.max(*d)])
}

/// Where the placeholders of the signature dictionary are in the file.
struct Placeholders {
    byte_range_start: usize,
    byte_range_end: usize,
    /// The `<` of the /Contents hex string.
    contents_start: usize,
    /// Just after its `>`.
    contents_end: usize,
}

/// Bytes reserved for the CMS structure: the certificates, a 4096-bit signature and room for
/// the attributes.
fn reserved_signature_bytes(identity: &SigningIdentity) -> usize {
    let certificates: usize = std::iter::once(&identity.certificate)
        .chain(&identity.chain)
        .map(|certificate| certificate.to_der().map(|der| der.len()).unwrap_or(4096))
        .sum();
    (certificates + 4096).div_ceil(1024) * 1024
}

fn write_signature_dictionary(
    update: &mut IncrementalUpdate,
    id: ObjectId,
    identity: &SigningIdentity,
    request: &SignatureRequest,
) -> Placeholders {
    update.begin_object(id.0);
    let mut head = Dictionary::new();
    head.set("Type", Object::Name(b"Sig".to_vec()));
    head.set("Filter", Object::Name(b"Adobe.PPKLite".to_vec()));
    head.set("SubFilter", Object::Name(b"ETSI.CAdES.detached".to_vec()));
    head.set("Name", lopdf::text_string(&identity.common_name()));
    head.set(
        "M",
        Object::String(
            pdf_date_with_offset(request.signing_time).into_bytes(),
            StringFormat::Literal,
        ),
    );
    head.set("Reason", lopdf::text_string(role_reason(request.role)));
    let mut dictionary_bytes = Vec::new();
    write_dictionary(&mut dictionary_bytes, &head);
    // Open the dictionary again to append the two placeholders by hand.
    dictionary_bytes.truncate(dictionary_bytes.len() - 2);
    update.bytes.extend_from_slice(&dictionary_bytes);
    update.bytes.extend_from_slice(b"/ByteRange ");
    let byte_range_start = update.bytes.len();
    update
        .bytes
        .extend_from_slice(b"[0 0000000000 0000000000 0000000000]");
    let byte_range_end = update.bytes.len();
    update.bytes.extend_from_slice(b"/Contents ");
    let contents_start = update.bytes.len();
    update.bytes.push(b'<');
    update.bytes.extend(std::iter::repeat_n(
        b'0',
        reserved_signature_bytes(identity) * 2,
    ));
    update.bytes.push(b'>');
    let contents_end = update.bytes.len();
    update.bytes.extend_from_slice(b">>");
    update.end_object();
    Placeholders {
        byte_range_start,
        byte_range_end,
        contents_start,
        contents_end,
    }
}

fn role_reason(role: MemberRole) -> &'static str {
    match role {
        MemberRole::Chair => "Approved as chair",
        MemberRole::Secretary => "Approved as secretary",
        MemberRole::ViceChair => "Countersigned as vice chair",
        MemberRole::Member => "Countersigned as member",
        MemberRole::Observer => "Countersigned as observer",
        MemberRole::Advisor => "Countersigned as advisor",
    }
}

/// 1.2.840.113549.1.9.16.2.47, ESS signing-certificate-v2 (RFC 5035).
pub(crate) const SIGNING_CERTIFICATE_V2: const_oid::ObjectIdentifier =
    const_oid::db::rfc5911::ID_AA_SIGNING_CERTIFICATE_V_2;

#[derive(der::Sequence)]
pub(crate) struct SigningCertificateV2 {
    pub(crate) certs: Vec<EssCertIdV2>,
}

/// ESSCertIDv2 with the hash algorithm left at its default, SHA-256.
#[derive(der::Sequence)]
pub(crate) struct EssCertIdV2 {
    pub(crate) cert_hash: OctetString,
    issuer_serial: IssuerSerial,
}

#[derive(der::Sequence)]
pub(crate) struct IssuerSerial {
    issuer: Vec<GeneralName>,
    serial_number: SerialNumber,
}

/// The detached CMS SignedData over `digest` (SHA-256 of the byte range), DER. Also signs sync
/// files (`sync_signature`).
pub(crate) fn signed_data(
    identity: &SigningIdentity,
    digest: &[u8],
) -> std::result::Result<Vec<u8>, String> {
    match &identity.key {
        SigningKey::Rsa(key) => {
            signed_data_with::<_, rsa::pkcs1v15::Signature>(key.as_ref(), identity, digest)
        }
        SigningKey::P256(key) => {
            signed_data_with::<_, p256::ecdsa::DerSignature>(key, identity, digest)
        }
    }
}

fn signed_data_with<S, Sig>(
    signer: &S,
    identity: &SigningIdentity,
    digest: &[u8],
) -> std::result::Result<Vec<u8>, String>
where
    S: Keypair + DynSignatureAlgorithmIdentifier + Signer<Sig>,
    Sig: SignatureBitStringEncoding,
{
    let certificate = &identity.certificate;
    let certificate_der = certificate
        .to_der()
        .map_err(|error| format!("certificate: {error}"))?;
    let essential = SigningCertificateV2 {
        certs: vec![EssCertIdV2 {
            cert_hash: OctetString::new(Sha256::digest(&certificate_der).to_vec())
                .map_err(|error| format!("certificate hash: {error}"))?,
            issuer_serial: IssuerSerial {
                issuer: vec![GeneralName::DirectoryName(
                    certificate.tbs_certificate.issuer.clone(),
                )],
                serial_number: certificate.tbs_certificate.serial_number.clone(),
            },
        }],
    };
    let value = Any::encode_from(&essential).map_err(|error| format!("attribute: {error}"))?;
    let attribute = Attribute {
        oid: SIGNING_CERTIFICATE_V2,
        values: SetOfVec::try_from(vec![value]).map_err(|error| format!("attribute: {error}"))?,
    };

    let content = EncapsulatedContentInfo {
        econtent_type: const_oid::db::rfc5911::ID_DATA,
        econtent: None,
    };
    let digest_algorithm = AlgorithmIdentifierOwned {
        oid: const_oid::db::rfc5912::ID_SHA_256,
        parameters: None,
    };
    let signer_id = SignerIdentifier::IssuerAndSerialNumber(IssuerAndSerialNumber {
        issuer: certificate.tbs_certificate.issuer.clone(),
        serial_number: certificate.tbs_certificate.serial_number.clone(),
    });
    let mut signer_info = SignerInfoBuilder::new(
        signer,
        signer_id,
        digest_algorithm.clone(),
        &content,
        Some(digest),
    )
    .map_err(|error| format!("signer: {error}"))?;
    signer_info
        .add_signed_attribute(attribute)
        .map_err(|error| format!("signer: {error}"))?;
    let mut builder = SignedDataBuilder::new(&content);
    builder
        .add_digest_algorithm(digest_algorithm)
        .map_err(|error| format!("digest: {error}"))?;
    for included in std::iter::once(certificate).chain(&identity.chain) {
        builder
            .add_certificate(CertificateChoices::Certificate(included.clone()))
            .map_err(|error| format!("certificate: {error}"))?;
    }
    builder
        .add_signer_info::<S, Sig>(signer_info)
        .map_err(|error| format!("signing: {error}"))?;
    let content_info: ContentInfo = builder.build().map_err(|error| format!("CMS: {error}"))?;
    content_info
        .to_der()
        .map_err(|error| format!("CMS: {error}"))
}

/// The text and drawing of a visible signature stamp.
struct Stamp {
    width: f32,
    height: f32,
    lines: Vec<(String, f32, bool)>,
}

impl Stamp {
    fn new(
        identity: &SigningIdentity,
        request: &SignatureRequest,
        language: Language,
        width: f32,
        height: f32,
    ) -> Stamp {
        let words = Words { language };
        let role = match language {
            Language::Danish => request.role.danish(),
            Language::English => request.role.english(),
        };
        let mut role_line = role.to_owned();
        if let Some(organisation) = identity.organisation() {
            role_line.push_str(&format!(" · {organisation}"));
        }
        let time = request.signing_time;
        let offset_minutes = time.offset().local_minus_utc() / 60;
        let offset = if offset_minutes == 0 {
            "UTC".to_owned()
        } else {
            format!(
                "UTC{}{:02}:{:02}",
                if offset_minutes < 0 { '-' } else { '+' },
                offset_minutes.abs() / 60,
                offset_minutes.abs() % 60
            )
        };
        let when = words.message(
            "signing-stampTime",
            &[
                ("date", long_date(time.date_naive(), language).into()),
                ("time", time.format("%H:%M").to_string().into()),
                ("offset", offset.into()),
            ],
        );
        let text_width = width - 16.0;
        let fit =
            |text: &str, size: f32| truncate_to_width(text, FontStyle::Regular, size, text_width);
        Stamp {
            width,
            height,
            lines: vec![
                (
                    fit(words.text("signing-stampDigitallySignedBy"), 7.5),
                    7.5,
                    true,
                ),
                (fit(&identity.common_name(), 10.5), 10.5, false),
                (fit(&role_line, 8.0), 8.0, false),
                (fit(&when, 8.0), 8.0, false),
            ],
        }
    }

    fn text(&self) -> String {
        self.lines
            .iter()
            .map(|(text, _, _)| text.as_str())
            .collect()
    }

    fn appearance(&self, font: &StampFont, font_reference: Object) -> Stream {
        let mut content = String::new();
        content.push_str("q\n");
        content.push_str(&format!(
            "0.94 0.95 0.96 rg 0 0 {:.2} {:.2} re f\n",
            self.width, self.height
        ));
        // An accent bar on the left, in the design system's primary blue.
        content.push_str(&format!("0 0.286 0.576 rg 0 0 3 {:.2} re f\n", self.height));
        let mut baseline = self.height - 14.0;
        for (text, size, muted) in &self.lines {
            let colour = if *muted {
                "0.36 0.36 0.36"
            } else {
                "0.102 0.102 0.102"
            };
            content.push_str(&format!(
                "BT {colour} rg /F1 {size} Tf 10 {baseline:.2} Td {} Tj ET\n",
                font.encode(text)
            ));
            baseline -= size + 4.0;
        }
        content.push_str("Q\n");
        let mut fonts = Dictionary::new();
        fonts.set("F1", font_reference);
        let mut resources = Dictionary::new();
        resources.set("Font", Object::Dictionary(fonts));
        let mut dictionary = Dictionary::new();
        dictionary.set("Type", Object::Name(b"XObject".to_vec()));
        dictionary.set("Subtype", Object::Name(b"Form".to_vec()));
        dictionary.set(
            "BBox",
            Object::Array(vec![
                Object::Integer(0),
                Object::Integer(0),
                Object::Real(self.width),
                Object::Real(self.height),
            ]),
        );
        dictionary.set("Resources", Object::Dictionary(resources));
        Stream::new(dictionary, content.into_bytes())
    }
}

/// The stamp's font: the document's own IBM Plex Sans subset (which carries all of Latin-1, see
/// `fonts`), with widths and a /ToUnicode of its own; Helvetica for a PDF from elsewhere.
enum StampFont {
    Embedded {
        base_font: Vec<u8>,
        descriptor: Object,
        font: Box<printpdf::ParsedFont>,
    },
    Helvetica,
}

impl StampFont {
    fn from_document(document: &lopdf::Document) -> StampFont {
        for object in document.objects.values() {
            let Ok(font) = object.as_dict() else {
                continue;
            };
            let is_plex_type0 = matches!(font.get(b"Subtype"), Ok(Object::Name(name)) if name == b"Type0")
                && matches!(font.get(b"BaseFont"), Ok(Object::Name(name)) if name.ends_with(b"+IBMPlexSans"));
            if !is_plex_type0 {
                continue;
            }
            let descendant = font
                .get(b"DescendantFonts")
                .ok()
                .and_then(|fonts| document.dereference(fonts).ok())
                .and_then(|(_, fonts)| fonts.as_array().ok())
                .and_then(|fonts| fonts.first())
                .and_then(|first| document.dereference(first).ok())
                .and_then(|(_, first)| first.as_dict().ok());
            let Some(descendant) = descendant else {
                continue;
            };
            let Ok(descriptor) = descendant.get(b"FontDescriptor") else {
                continue;
            };
            let program = document
                .dereference(descriptor)
                .ok()
                .and_then(|(_, descriptor)| descriptor.as_dict().ok())
                .and_then(|descriptor| descriptor.get(b"FontFile2").ok())
                .and_then(|file| document.dereference(file).ok())
                .and_then(|(_, file)| file.as_stream().ok())
                .and_then(|stream| {
                    stream
                        .decompressed_content()
                        .ok()
                        .or_else(|| Some(stream.content.clone()))
                });
            let Some(program) = program else {
                continue;
            };
            let mut warnings = Vec::new();
            let Some(parsed) = printpdf::ParsedFont::from_bytes(&program, 0, &mut warnings) else {
                continue;
            };
            let base_font = match font.get(b"BaseFont") {
                Ok(Object::Name(name)) => name.clone(),
                _ => continue,
            };
            return StampFont::Embedded {
                base_font,
                descriptor: descriptor.clone(),
                font: Box::new(parsed),
            };
        }
        StampFont::Helvetica
    }

    /// `text` as a PDF string operand for this font.
    fn encode(&self, text: &str) -> String {
        match self {
            StampFont::Embedded { font, .. } => {
                let mut hex = String::from("<");
                for ch in text.chars() {
                    let glyph = font
                        .lookup_glyph_index(u32::from(ch))
                        .or_else(|| font.lookup_glyph_index(u32::from('?')))
                        .unwrap_or(0);
                    hex.push_str(&format!("{glyph:04X}"));
                }
                hex.push('>');
                hex
            }
            StampFont::Helvetica => {
                let mut hex = String::from("<");
                for ch in text.chars() {
                    let byte = u8::try_from(u32::from(ch))
                        .ok()
                        .filter(|byte| *byte >= 0x20)
                        .unwrap_or(b'?');
                    hex.push_str(&format!("{byte:02X}"));
                }
                hex.push('>');
                hex
            }
        }
    }

    /// The font objects to add and the reference (or direct dictionary) to use as /F1.
    fn objects(&self, text: &str, ids: [ObjectId; 3]) -> (Vec<(ObjectId, Object)>, Object) {
        match self {
            StampFont::Embedded {
                base_font,
                descriptor,
                font,
            } => {
                let [type0_id, descendant_id, to_unicode_id] = ids;
                let units_per_em = f32::from(font.units_per_em.max(1));
                let mut glyphs: BTreeMap<u16, char> = BTreeMap::new();
                for ch in text.chars().chain(['?']) {
                    if let Some(glyph) = font.lookup_glyph_index(u32::from(ch)) {
                        glyphs.entry(glyph).or_insert(ch);
                    }
                }
                let mut widths = Vec::new();
                for glyph in glyphs.keys() {
                    let advance = font.get_glyph_width(*glyph).unwrap_or(0);
                    widths.push(Object::Integer(i64::from(*glyph)));
                    widths.push(Object::Array(vec![Object::Integer(
                        (f32::from(advance) * 1000.0 / units_per_em).round() as i64,
                    )]));
                }
                let mut system_info = Dictionary::new();
                system_info.set(
                    "Registry",
                    Object::String(b"Adobe".to_vec(), StringFormat::Literal),
                );
                system_info.set(
                    "Ordering",
                    Object::String(b"Identity".to_vec(), StringFormat::Literal),
                );
                system_info.set("Supplement", Object::Integer(0));
                let mut descendant = Dictionary::new();
                descendant.set("Type", Object::Name(b"Font".to_vec()));
                descendant.set("Subtype", Object::Name(b"CIDFontType2".to_vec()));
                descendant.set("BaseFont", Object::Name(base_font.clone()));
                descendant.set("CIDSystemInfo", Object::Dictionary(system_info));
                descendant.set("FontDescriptor", descriptor.clone());
                descendant.set("DW", Object::Integer(1000));
                descendant.set("W", Object::Array(widths));
                descendant.set("CIDToGIDMap", Object::Name(b"Identity".to_vec()));

                let mut cmap = String::from(
                    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n\
                     /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n\
                     /CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n\
                     1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n",
                );
                let entries: Vec<(u16, char)> = glyphs.into_iter().collect();
                for chunk in entries.chunks(100) {
                    cmap.push_str(&format!("{} beginbfchar\n", chunk.len()));
                    for (glyph, ch) in chunk {
                        let mut units = [0_u16; 2];
                        let encoded: String = ch
                            .encode_utf16(&mut units)
                            .iter()
                            .map(|unit| format!("{unit:04X}"))
                            .collect();
                        cmap.push_str(&format!("<{glyph:04X}> <{encoded}>\n"));
                    }
                    cmap.push_str("endbfchar\n");
                }
                cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");

                let mut type0 = Dictionary::new();
                type0.set("Type", Object::Name(b"Font".to_vec()));
                type0.set("Subtype", Object::Name(b"Type0".to_vec()));
                type0.set("BaseFont", Object::Name(base_font.clone()));
                type0.set("Encoding", Object::Name(b"Identity-H".to_vec()));
                type0.set(
                    "DescendantFonts",
                    Object::Array(vec![Object::Reference(descendant_id)]),
                );
                type0.set("ToUnicode", Object::Reference(to_unicode_id));
                (
                    vec![
                        (type0_id, Object::Dictionary(type0)),
                        (descendant_id, Object::Dictionary(descendant)),
                        (
                            to_unicode_id,
                            Object::Stream(Stream::new(Dictionary::new(), cmap.into_bytes())),
                        ),
                    ],
                    Object::Reference(type0_id),
                )
            }
            StampFont::Helvetica => {
                let mut helvetica = Dictionary::new();
                helvetica.set("Type", Object::Name(b"Font".to_vec()));
                helvetica.set("Subtype", Object::Name(b"Type1".to_vec()));
                helvetica.set("BaseFont", Object::Name(b"Helvetica".to_vec()));
                helvetica.set("Encoding", Object::Name(b"WinAnsiEncoding".to_vec()));
                (Vec::new(), Object::Dictionary(helvetica))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pdf_dates_carry_the_offset() {
        let time = DateTime::parse_from_rfc3339("2026-11-27T12:03:04+01:00").expect("time");
        assert_eq!(pdf_date_with_offset(time), "D:20261127120304+01'00'");
        let time = DateTime::parse_from_rfc3339("2026-11-27T12:03:04-03:30").expect("time");
        assert_eq!(pdf_date_with_offset(time), "D:20261127120304-03'30'");
    }
}
