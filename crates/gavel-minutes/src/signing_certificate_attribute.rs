//! The ESS signing-certificate attributes (RFC 2634 `signingCertificate`, RFC 5035
//! `signingCertificateV2`): a hash of the signer's certificate inside the signed attributes, so
//! that the signature binds the certificate and not only its key. Without this check anyone can
//! edit the certificate a signature carries — give it another name — and, since the key stays
//! the same, the signature still verifies (issue 15, "a different name, no key needed").

use der::asn1::{ObjectIdentifier, OctetString};
use der::{Decode, Encode, Sequence};
use gavel_core::rules::Bilingual;
use sha1::Sha1;
use sha2::{Digest, Sha256, Sha384, Sha512};
use spki::AlgorithmIdentifierOwned;
use x509_cert::Certificate;
use x509_cert::ext::pkix::name::GeneralName;
use x509_cert::serial_number::SerialNumber;

use crate::sign::SIGNING_CERTIFICATE_V2;

/// 1.2.840.113549.1.9.16.2.12, ESS signing-certificate (RFC 2634), SHA-1 only.
const SIGNING_CERTIFICATE_V1: ObjectIdentifier =
    ObjectIdentifier::new_unwrap("1.2.840.113549.1.9.16.2.12");

/// What the signed attributes say about the certificate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum SigningCertificateCheck {
    /// The attribute names exactly the certificate the signature carries.
    Matches,
    /// There is no signing-certificate attribute: the certificate is bound by its key only.
    Missing,
    /// The attribute names another certificate, or cannot be read: the certificate was swapped
    /// or edited after signing.
    Mismatch(Bilingual),
}

/// Checks the first ESSCertID(v2) of the signer's signed attributes against `certificate`.
pub(crate) fn check_signing_certificate(
    signer_info: &cms::signed_data::SignerInfo,
    certificate: &Certificate,
) -> SigningCertificateCheck {
    let Some(attributes) = signer_info.signed_attrs.as_ref() else {
        return SigningCertificateCheck::Missing;
    };
    let Ok(certificate_der) = certificate.to_der() else {
        return mismatch(Bilingual::message("verify-certificateCannotBeEncoded", &[]));
    };
    for attribute in attributes.iter() {
        let Some(value) = attribute.values.iter().next() else {
            continue;
        };
        let Ok(value_der) = value.to_der() else {
            continue;
        };
        if attribute.oid == SIGNING_CERTIFICATE_V2 {
            let Ok(decoded) = SigningCertificateV2::from_der(&value_der) else {
                return unreadable("signingCertificateV2");
            };
            let Some(first) = decoded.certs.first() else {
                return unreadable("signingCertificateV2");
            };
            let algorithm = first
                .hash_algorithm
                .as_ref()
                .map_or(const_oid::db::rfc5912::ID_SHA_256, |algorithm| {
                    algorithm.oid
                });
            let Some(hash) = hash_with(algorithm, &certificate_der) else {
                return mismatch(Bilingual::message(
                    "verify-signingCertificateUnsupportedHash",
                    &[
                        ("attribute", "signingCertificateV2".into()),
                        ("algorithm", algorithm.to_string().into()),
                    ],
                ));
            };
            return compare(
                "signingCertificateV2",
                &hash,
                first.cert_hash.as_bytes(),
                first.issuer_serial.as_ref(),
                certificate,
            );
        }
        if attribute.oid == SIGNING_CERTIFICATE_V1 {
            let Ok(decoded) = SigningCertificateV1::from_der(&value_der) else {
                return unreadable("signingCertificate");
            };
            let Some(first) = decoded.certs.first() else {
                return unreadable("signingCertificate");
            };
            return compare(
                "signingCertificate",
                &Sha1::digest(&certificate_der),
                first.cert_hash.as_bytes(),
                first.issuer_serial.as_ref(),
                certificate,
            );
        }
    }
    SigningCertificateCheck::Missing
}

fn compare(
    attribute: &str,
    actual_hash: &[u8],
    signed_hash: &[u8],
    issuer_serial: Option<&IssuerSerial>,
    certificate: &Certificate,
) -> SigningCertificateCheck {
    if actual_hash != signed_hash {
        return mismatch(Bilingual::message(
            "verify-signingCertificateNamesAnotherCertificate",
            &[("attribute", attribute.into())],
        ));
    }
    if let Some(issuer_serial) = issuer_serial {
        let tbs = &certificate.tbs_certificate;
        let issuer_matches = issuer_serial.issuer.iter().any(
            |name| matches!(name, GeneralName::DirectoryName(issuer) if *issuer == tbs.issuer),
        );
        if !issuer_matches || issuer_serial.serial_number != tbs.serial_number {
            return mismatch(Bilingual::message(
                "verify-signingCertificateNamesAnotherIssuer",
                &[("attribute", attribute.into())],
            ));
        }
    }
    SigningCertificateCheck::Matches
}

fn unreadable(attribute: &str) -> SigningCertificateCheck {
    mismatch(Bilingual::message(
        "verify-signingCertificateUnreadable",
        &[("attribute", attribute.into())],
    ))
}

fn mismatch(reason: Bilingual) -> SigningCertificateCheck {
    SigningCertificateCheck::Mismatch(reason)
}

fn hash_with(algorithm: ObjectIdentifier, bytes: &[u8]) -> Option<Vec<u8>> {
    use const_oid::db::rfc5912::{ID_SHA_256, ID_SHA_384, ID_SHA_512};
    if algorithm == ID_SHA_256 {
        Some(Sha256::digest(bytes).to_vec())
    } else if algorithm == ID_SHA_384 {
        Some(Sha384::digest(bytes).to_vec())
    } else if algorithm == ID_SHA_512 {
        Some(Sha512::digest(bytes).to_vec())
    } else {
        None
    }
}

/// SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2, policies … OPTIONAL }
#[derive(Sequence)]
struct SigningCertificateV2 {
    certs: Vec<EssCertIdV2>,
    #[asn1(optional = "true")]
    policies: Option<der::Any>,
}

/// ESSCertIDv2 ::= SEQUENCE { hashAlgorithm DEFAULT sha256, certHash, issuerSerial OPTIONAL }
#[derive(Sequence)]
struct EssCertIdV2 {
    /// Left out for the default, SHA-256.
    #[asn1(optional = "true")]
    hash_algorithm: Option<AlgorithmIdentifierOwned>,
    cert_hash: OctetString,
    #[asn1(optional = "true")]
    issuer_serial: Option<IssuerSerial>,
}

/// SigningCertificate ::= SEQUENCE { certs SEQUENCE OF ESSCertID, policies … OPTIONAL }
#[derive(Sequence)]
struct SigningCertificateV1 {
    certs: Vec<EssCertId>,
    #[asn1(optional = "true")]
    policies: Option<der::Any>,
}

/// ESSCertID ::= SEQUENCE { certHash (SHA-1), issuerSerial OPTIONAL }
#[derive(Sequence)]
struct EssCertId {
    cert_hash: OctetString,
    #[asn1(optional = "true")]
    issuer_serial: Option<IssuerSerial>,
}

#[derive(Sequence)]
struct IssuerSerial {
    issuer: Vec<GeneralName>,
    serial_number: SerialNumber,
}
