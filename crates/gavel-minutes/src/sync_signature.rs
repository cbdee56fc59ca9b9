//! Signatures over sync files, with the same `.p12` and the same CMS code as the minutes: a
//! detached CMS SignedData over SHA-256 of the file's canonical bytes
//! (`gavel_core::sync::SyncFile::signed_content`), stored hex-encoded in the file's `signature`
//! field (docs/sync-format.md, "Signature").
//!
//! [`CmsSyncSignatureVerifier`] is the checker `Store::import_sync` takes: the digest must match
//! the file's content (nothing was edited after signing), the ESS signing-certificate attribute
//! must name the certificate the signature carries (it was not swapped), and the signature over
//! the signed attributes must verify with that certificate's key. Gavel is offline, so there is no
//! trust list: the import report shows the certificate's SHA-256 fingerprint for the reader to
//! compare with the one the chair gave out.

use std::path::Path;

use cms::cert::CertificateChoices;
use const_oid::db::rfc5912::ID_SHA_256;
use der::{Decode, Encode};
use gavel_core::rules::Bilingual;
use gavel_core::sync::{SyncFile, SyncSignature, SyncSignatureVerifier, SyncSigner};
use sha2::{Digest, Sha256};
use x509_cert::Certificate;

use crate::certificate::{NameAttribute, SigningIdentity, name_attribute};
use crate::error::{Error, Result};
use crate::sign::{SIGNING_CERTIFICATE_V2, SigningCertificateV2, signed_data};
use crate::verify::{
    message_digest_attribute, parse_signed_data, signer_certificate, verify_with_certificate,
};

/// Signs `file` with `identity` (read from `p12`, named in errors): sets its `signature` field
/// over everything else in it. Returns who signed, as an import will report it.
pub fn sign_sync_file(
    file: &mut SyncFile,
    identity: &SigningIdentity,
    p12: &Path,
) -> Result<SyncSigner> {
    file.signature = None;
    let digest = file.signed_content_sha256();
    let der = signed_data(identity, &digest).map_err(|reason| Error::BadSignature {
        path: p12.to_owned(),
        reason: Bilingual::message("syncSignature-cannotSign", &[("reason", reason.into())]),
    })?;
    file.signature = Some(SyncSignature { cms: to_hex(&der) });
    Ok(signer_of(&identity.certificate))
}

/// The sync-file signature check that `Store::import_sync` is given by the CLI and the app.
#[derive(Debug, Clone, Copy, Default)]
pub struct CmsSyncSignatureVerifier;

impl SyncSignatureVerifier for CmsSyncSignatureVerifier {
    fn verify(
        &self,
        signed_content_sha256: &[u8; 32],
        signature: &SyncSignature,
    ) -> std::result::Result<SyncSigner, Bilingual> {
        let unreadable = |reason: Bilingual| {
            Bilingual::composed_message("syncSignature-unreadable", &[], &[("reason", &reason)])
        };
        let library_detail =
            |error: der::Error| unreadable(Bilingual::untranslated(error.to_string()));
        let der = from_hex(&signature.cms)
            .ok_or_else(|| unreadable(Bilingual::message("syncSignature-notHexadecimal", &[])))?;
        let signed_data = parse_signed_data(&der).map_err(unreadable)?;
        let mut signers = signed_data.signer_infos.0.iter();
        let (Some(signer_info), None) = (signers.next(), signers.next()) else {
            return Err(unreadable(Bilingual::message(
                "syncSignature-notExactlyOneSigner",
                &[],
            )));
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
        let certificate_does_not_match =
            || Bilingual::message("syncSignature-certificateDoesNotMatchKey", &[]);
        let certificate = signer_certificate(&signer_info.sid, &certificates)
            .ok_or_else(|| Bilingual::message("syncSignature-signerCertificateMissing", &[]))?;

        // 1. The content: nothing in the file was changed after signing. The format signs SHA-256
        // of the canonical bytes (docs/sync-format.md), and the import computes that digest as it
        // streams the file, so another digest algorithm cannot be checked.
        if signer_info.digest_alg.oid != ID_SHA_256 {
            return Err(unreadable(Bilingual::message(
                "syncSignature-digestNotSha256",
                &[("algorithm", signer_info.digest_alg.oid.to_string().into())],
            )));
        }
        if message_digest_attribute(signer_info).as_deref()
            != Some(signed_content_sha256.as_slice())
        {
            return Err(Bilingual::message("syncSignature-contentChanged", &[]));
        }
        // 2. The certificate: the signed attributes name exactly this one.
        let certificate_der = certificate.to_der().map_err(library_detail)?;
        if signing_certificate_hash(signer_info).as_deref()
            != Some(Sha256::digest(&certificate_der).as_slice())
        {
            return Err(certificate_does_not_match());
        }
        // 3. The signature over the signed attributes, with the certificate's key.
        let signed_attributes = signer_info
            .signed_attrs
            .as_ref()
            .ok_or_else(|| unreadable(Bilingual::message("syncSignature-noSignedAttributes", &[])))?
            .to_der()
            .map_err(library_detail)?;
        verify_with_certificate(
            certificate,
            signer_info.signature_algorithm.oid,
            signer_info.digest_alg.oid,
            &signed_attributes,
            signer_info.signature.as_bytes(),
        )
        .map_err(|_| certificate_does_not_match())?;
        Ok(signer_of(certificate))
    }
}

/// SHA-256 of a certificate as "AB:CD:…" (as `openssl x509 -fingerprint -sha256` prints it).
pub fn certificate_sha256(certificate: &Certificate) -> String {
    let der = certificate
        .to_der()
        .expect("a certificate read from DER encodes again");
    Sha256::digest(&der)
        .iter()
        .map(|byte| format!("{byte:02X}"))
        .collect::<Vec<_>>()
        .join(":")
}

/// For tests: `signature` with the certificate it carries replaced by `other` (and, with
/// `repoint_signer`, the signer id naming `other`), the signature bytes left alone — what a forger
/// who swaps in another person's certificate makes. It needs no key, so it lets nobody do what they
/// could not do already. `None` when `signature` is not a CMS SignedData.
#[doc(hidden)]
pub fn swap_certificate(
    signature: &SyncSignature,
    other: &Certificate,
    repoint_signer: bool,
) -> Option<SyncSignature> {
    use cms::content_info::ContentInfo;
    use cms::signed_data::{CertificateSet, SignedData, SignerIdentifier, SignerInfos};
    use der::asn1::SetOfVec;

    let content_info = ContentInfo::from_der(&from_hex(&signature.cms)?).ok()?;
    let mut signed_data: SignedData = content_info.content.decode_as().ok()?;
    signed_data.certificates = Some(CertificateSet(
        SetOfVec::try_from(vec![CertificateChoices::Certificate(other.clone())]).ok()?,
    ));
    let mut signer_infos: Vec<_> = signed_data.signer_infos.0.iter().cloned().collect();
    if repoint_signer {
        for signer_info in &mut signer_infos {
            signer_info.sid =
                SignerIdentifier::IssuerAndSerialNumber(cms::cert::IssuerAndSerialNumber {
                    issuer: other.tbs_certificate.issuer.clone(),
                    serial_number: other.tbs_certificate.serial_number.clone(),
                });
        }
    }
    signed_data.signer_infos = SignerInfos(SetOfVec::try_from(signer_infos).ok()?);
    let swapped = ContentInfo {
        content_type: content_info.content_type,
        content: der::Any::encode_from(&signed_data).ok()?,
    };
    Some(SyncSignature {
        cms: to_hex(&swapped.to_der().ok()?),
    })
}

fn signer_of(certificate: &Certificate) -> SyncSigner {
    let subject = &certificate.tbs_certificate.subject;
    SyncSigner {
        name: name_attribute(subject, NameAttribute::CommonName)
            .unwrap_or_else(|| subject.to_string()),
        organisation: name_attribute(subject, NameAttribute::Organisation),
        certificate_sha256: certificate_sha256(certificate),
    }
}

/// The certificate hash of the ESS signing-certificate-v2 attribute (RFC 5035), if present.
fn signing_certificate_hash(signer_info: &cms::signed_data::SignerInfo) -> Option<Vec<u8>> {
    let attribute = signer_info
        .signed_attrs
        .as_ref()?
        .iter()
        .find(|attribute| attribute.oid == SIGNING_CERTIFICATE_V2)?;
    let value = attribute.values.iter().next()?;
    let essential = SigningCertificateV2::from_der(&value.to_der().ok()?).ok()?;
    let first = essential.certs.first()?;
    Some(first.cert_hash.as_bytes().to_vec())
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|at| u8::from_str_radix(text.get(at..at + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests;
