//! Signing identities: a private key with its certificate, read from a PKCS#12 file (the way
//! Danish organisation certificates are delivered; OpenSSL 3's AES-256/PBKDF2 files and legacy
//! RC2/3DES files alike), or made here as a self-signed P-256 certificate in a new PKCS#12 file.
//!
//! Keys: RSA (PKCS#1 v1.5 signatures with SHA-256) and ECDSA P-256. Key material is zeroized on
//! drop by the RustCrypto key types; passwords are only ever borrowed.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use der::asn1::{GeneralizedTime, UtcTime};
use der::{Decode, Encode};
use p12_keystore::{EncryptionAlgorithm, KeyStore, KeyStoreEntry, MacAlgorithm, PrivateKeyChain};
use rsa::pkcs8::DecodePrivateKey;
use sha2::{Digest, Sha256};
use spki::{EncodePublicKey, SubjectPublicKeyInfoOwned};
use x509_cert::Certificate;
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::time::{Time, Validity};
use zeroize::Zeroizing;

use gavel_core::rules::Bilingual;

use crate::error::{Error, FileKind, Result};

/// A private key and the certificate that names its holder.
pub struct SigningIdentity {
    pub(crate) key: SigningKey,
    pub certificate: Certificate,
    /// The other certificates of the file (issuers), included in each signature so that a
    /// verifier can follow the chain as far as it goes.
    pub chain: Vec<Certificate>,
}

pub(crate) enum SigningKey {
    // Boxed: an RSA key is several times the size of a P-256 one.
    Rsa(Box<rsa::pkcs1v15::SigningKey<Sha256>>),
    P256(p256::ecdsa::SigningKey),
}

// Both key types wipe their secret on drop, so a `SigningIdentity` held in memory (the app keeps
// one while a meeting's certificate is unlocked) leaves no key behind when dropped. Fails to
// compile if an upgrade of `rsa` or `p256` ever dropped that promise.
const _: () = {
    const fn wiped_on_drop<T: zeroize::ZeroizeOnDrop>() {}
    wiped_on_drop::<rsa::pkcs1v15::SigningKey<Sha256>>();
    wiped_on_drop::<p256::ecdsa::SigningKey>();
};

impl SigningIdentity {
    /// The subject's common name, e.g. "Mette Kjærgaard Holm".
    pub fn common_name(&self) -> String {
        name_attribute(
            &self.certificate.tbs_certificate.subject,
            NameAttribute::CommonName,
        )
        .unwrap_or_else(|| self.certificate.tbs_certificate.subject.to_string())
    }

    pub fn organisation(&self) -> Option<String> {
        name_attribute(
            &self.certificate.tbs_certificate.subject,
            NameAttribute::Organisation,
        )
    }

    pub fn not_before(&self) -> DateTime<Utc> {
        to_chrono(&self.certificate.tbs_certificate.validity.not_before)
    }

    pub fn not_after(&self) -> DateTime<Utc> {
        to_chrono(&self.certificate.tbs_certificate.validity.not_after)
    }

    /// Whether the certificate is valid at `time` (a signature made outside its validity is
    /// still made, with a warning, as the issue asks).
    pub fn is_valid_at(&self, time: DateTime<Utc>) -> bool {
        self.not_before() <= time && time <= self.not_after()
    }
}

/// The largest `.p12` Gavel reads. A key with its certificate and chain is a few kilobytes.
pub const MAX_P12_BYTES: u64 = 1 << 20;

/// The most key-derivation rounds a `.p12`'s integrity check (its MAC) may ask for. The count is
/// in the file and the work is done before the password is known to be right, so without a cap
/// a crafted file keeps Gavel busy for hours. OpenSSL writes 2,048, Windows 2,000, Java 10,000,
/// Gavel's own `create_self_signed` 600,000 (as OWASP advises for PBKDF2-HMAC-SHA-256).
pub const MAX_P12_MAC_ITERATIONS: u64 = 10_000_000;

/// Reads the first private key of a PKCS#12 file and the certificate that belongs to it.
pub fn load_pkcs12(path: &Path, password: &str) -> Result<SigningIdentity> {
    let bytes = read_p12_file(path)?;
    parse_pkcs12(&bytes, path, password)
}

/// The bytes of the .p12 at `path`, refused before reading when it is larger than
/// [`MAX_P12_BYTES`] or is not a regular file; wiped from memory when dropped.
pub fn read_p12_file(path: &Path) -> Result<Zeroizing<Vec<u8>>> {
    Ok(Zeroizing::new(crate::error::read_file_of_kind(
        path,
        FileKind::Pkcs12,
        MAX_P12_BYTES,
    )?))
}

/// As [`load_pkcs12`], from bytes; `path` names the file in messages.
pub fn parse_pkcs12(bytes: &[u8], path: &Path, password: &str) -> Result<SigningIdentity> {
    if bytes.len() as u64 > MAX_P12_BYTES {
        return Err(Error::TooLarge {
            path: path.to_owned(),
            kind: FileKind::Pkcs12,
            limit_bytes: MAX_P12_BYTES,
        });
    }
    if let Some(iterations) = mac_iterations(bytes)
        && iterations > MAX_P12_MAC_ITERATIONS
    {
        return Err(Error::NotPkcs12 {
            path: path.to_owned(),
            reason: Bilingual::message(
                "certificate-tooManyMacRounds",
                &[
                    ("rounds", iterations.to_string().into()),
                    ("limit", MAX_P12_MAC_ITERATIONS.to_string().into()),
                ],
            ),
        });
    }
    let store = KeyStore::from_pkcs12(bytes, password).map_err(|error| match error {
        p12_keystore::error::Error::MacError(_) => Error::WrongPassword {
            path: path.to_owned(),
        },
        other => Error::NotPkcs12 {
            path: path.to_owned(),
            reason: Bilingual::untranslated(other.to_string()),
        },
    })?;
    let Some((_, key_chain)) = store.private_key_chain() else {
        return Err(Error::NoPrivateKey {
            path: path.to_owned(),
        });
    };
    let mut certificates: Vec<Certificate> = Vec::new();
    for certificate in key_chain.chain() {
        certificates.push(read_certificate(certificate.as_der(), path)?);
    }
    for (_, entry) in store.entries() {
        if let KeyStoreEntry::Certificate(certificate) = entry {
            let certificate = read_certificate(certificate.as_der(), path)?;
            if !certificates.contains(&certificate) {
                certificates.push(certificate);
            }
        }
    }
    let (key, public_key) = read_private_key(key_chain.key(), path)?;
    let position = certificates
        .iter()
        .position(|certificate| {
            certificate
                .tbs_certificate
                .subject_public_key_info
                .to_der()
                .is_ok_and(|der| der == public_key)
        })
        .ok_or_else(|| Error::BadCertificate {
            path: path.to_owned(),
            reason: Bilingual::message("certificate-noCertificateForKey", &[]),
        })?;
    let certificate = certificates.remove(position);
    Ok(SigningIdentity {
        key,
        certificate,
        chain: certificates,
    })
}

/// The MAC's iteration count of a PKCS#12 file, read without decoding anything else:
/// `PFX ::= SEQUENCE { version, authSafe, macData MacData OPTIONAL }`,
/// `MacData ::= SEQUENCE { mac DigestInfo, macSalt OCTET STRING, iterations INTEGER DEFAULT 1 }`.
/// `None` when the file has no MAC or is not shaped like that (the loader then says why).
fn mac_iterations(bytes: &[u8]) -> Option<u64> {
    use der::Reader;
    let mut file = der::SliceReader::new(bytes).ok()?;
    let pfx = der::asn1::AnyRef::decode(&mut file).ok()?;
    let mut fields = der::SliceReader::new(pfx.value()).ok()?;
    let _version = der::asn1::AnyRef::decode(&mut fields).ok()?;
    let _auth_safe = der::asn1::AnyRef::decode(&mut fields).ok()?;
    let mac_data = der::asn1::AnyRef::decode(&mut fields).ok()?;
    let mut mac_fields = der::SliceReader::new(mac_data.value()).ok()?;
    let _mac = der::asn1::AnyRef::decode(&mut mac_fields).ok()?;
    let _salt = der::asn1::AnyRef::decode(&mut mac_fields).ok()?;
    if mac_fields.is_finished() {
        return Some(1);
    }
    let iterations = der::asn1::AnyRef::decode(&mut mac_fields).ok()?;
    // An INTEGER too large for a u64 is far over the limit too.
    Some(iterations.decode_as::<u64>().unwrap_or(u64::MAX))
}

/// What a new self-signed certificate says.
#[derive(Debug, Clone)]
pub struct NewCertificate {
    pub common_name: String,
    pub organisation: Option<String>,
    pub valid_from: DateTime<Utc>,
    pub valid_days: u32,
}

/// A new P-256 key with a self-signed certificate for signing documents, as a PKCS#12 file
/// protected with `password` (AES-256-CBC with PBKDF2 and an HMAC-SHA-256 MAC, as OpenSSL 3
/// writes by default).
pub fn create_self_signed(request: &NewCertificate, password: &str) -> Result<Vec<u8>> {
    let failed = |what: &str, error: &dyn std::fmt::Display| {
        Error::CertificateCreation(Bilingual::untranslated(format!("{what}: {error}")))
    };
    if request.common_name.trim().is_empty() {
        return Err(Error::CertificateCreation(Bilingual::message(
            "certificate-nameEmpty",
            &[],
        )));
    }
    let signing_key = p256::ecdsa::SigningKey::random(&mut rand_core::OsRng);
    let verifying_key = *signing_key.verifying_key();

    let mut serial = [0_u8; 16];
    rand_core::RngCore::fill_bytes(&mut rand_core::OsRng, &mut serial);
    // A positive serial number of at most 20 octets (RFC 5280, 4.1.2.2).
    serial[0] &= 0x7f;
    serial[0] |= 0x01;
    let serial = SerialNumber::new(&serial).map_err(|error| failed("serial number", &error))?;

    let not_after = request.valid_from + chrono::Duration::days(i64::from(request.valid_days));
    let validity = Validity {
        not_before: to_x509_time(request.valid_from)?,
        not_after: to_x509_time(not_after)?,
    };
    let subject = subject_name(&request.common_name, request.organisation.as_deref())?;
    let public_key = SubjectPublicKeyInfoOwned::from_key(verifying_key)
        .map_err(|error| failed("public key", &error))?;
    // The leaf profile adds what a document-signing certificate needs: basic constraints
    // (not a CA), key usage digitalSignature + nonRepudiation, and key identifiers.
    let builder = CertificateBuilder::new(
        Profile::Leaf {
            issuer: subject.clone(),
            enable_key_agreement: false,
            enable_key_encipherment: false,
        },
        serial,
        validity,
        subject,
        public_key,
        &signing_key,
    )
    .map_err(|error| failed("certificate", &error))?;
    let certificate = builder
        .build::<p256::ecdsa::DerSignature>()
        .map_err(|error| failed("signing the certificate", &error))?;
    let certificate_der = certificate
        .to_der()
        .map_err(|error| failed("encoding the certificate", &error))?;

    let key_der = {
        use p256::pkcs8::EncodePrivateKey;
        signing_key
            .to_pkcs8_der()
            .map_err(|error| failed("encoding the key", &error))?
    };
    let local_key_id = Sha256::digest(&certificate_der)[..20].to_vec();
    let chain_certificate = p12_keystore::Certificate::from_der(&certificate_der)
        .map_err(|error| failed("certificate for the key store", &error))?;
    let mut store = KeyStore::new();
    store.add_entry(
        "gavel-signing-key",
        KeyStoreEntry::PrivateKeyChain(PrivateKeyChain::new(
            key_der.as_bytes(),
            local_key_id,
            [chain_certificate],
        )),
    );
    store
        .writer(password)
        .encryption_algorithm(EncryptionAlgorithm::PbeWithHmacSha256AndAes256)
        .mac_algorithm(MacAlgorithm::HmacSha256)
        .encryption_iterations(600_000)
        .mac_iterations(600_000)
        .write()
        .map_err(|error| failed("writing the PKCS#12 file", &error))
}

fn read_certificate(der: &[u8], path: &Path) -> Result<Certificate> {
    Certificate::from_der(der).map_err(|error| Error::BadCertificate {
        path: path.to_owned(),
        reason: Bilingual::untranslated(error.to_string()),
    })
}

/// The signing key and its public key as SubjectPublicKeyInfo DER, to find its certificate.
fn read_private_key(pkcs8: &[u8], path: &Path) -> Result<(SigningKey, Vec<u8>)> {
    let unsupported = |reason: Bilingual| Error::UnsupportedKey {
        path: PathBuf::from(path),
        reason,
    };
    let info = rsa::pkcs8::PrivateKeyInfo::try_from(pkcs8).map_err(|error| {
        unsupported(Bilingual::message(
            "certificate-privateKeyUnreadable",
            &[("error", error.to_string().into())],
        ))
    })?;
    let algorithm = info.algorithm.oid;
    if algorithm == const_oid::db::rfc5912::RSA_ENCRYPTION {
        let key = rsa::RsaPrivateKey::from_pkcs8_der(pkcs8)
            .map_err(|error| unsupported(Bilingual::untranslated(format!("RSA key: {error}"))))?;
        let public = key
            .to_public_key()
            .to_public_key_der()
            .map_err(|error| unsupported(Bilingual::untranslated(format!("RSA key: {error}"))))?;
        return Ok((
            SigningKey::Rsa(Box::new(rsa::pkcs1v15::SigningKey::<Sha256>::new(key))),
            public.as_bytes().to_vec(),
        ));
    }
    if algorithm == const_oid::db::rfc5912::ID_EC_PUBLIC_KEY {
        let key = p256::SecretKey::from_pkcs8_der(pkcs8)
            .map_err(|_| unsupported(Bilingual::message("certificate-curveNotP256", &[])))?;
        let public = key
            .public_key()
            .to_public_key_der()
            .map_err(|error| unsupported(Bilingual::untranslated(format!("EC key: {error}"))))?;
        return Ok((
            SigningKey::P256(p256::ecdsa::SigningKey::from(key)),
            public.as_bytes().to_vec(),
        ));
    }
    Err(unsupported(Bilingual::message(
        "certificate-keyAlgorithmNotSupported",
        &[("algorithm", algorithm.to_string().into())],
    )))
}

#[derive(Clone, Copy)]
pub(crate) enum NameAttribute {
    CommonName,
    Organisation,
}

/// The first value of `attribute` in a distinguished name, as text.
pub(crate) fn name_attribute(name: &Name, attribute: NameAttribute) -> Option<String> {
    let oid = match attribute {
        NameAttribute::CommonName => const_oid::db::rfc4519::CN,
        NameAttribute::Organisation => const_oid::db::rfc4519::O,
    };
    name.0
        .iter()
        .flat_map(|rdn| rdn.0.iter())
        .find(|value| value.oid == oid)
        .and_then(|value| directory_string(&value.value))
}

fn directory_string(value: &der::Any) -> Option<String> {
    use der::asn1::{Ia5StringRef, PrintableStringRef, TeletexStringRef, Utf8StringRef};
    if let Ok(text) = value.decode_as::<Utf8StringRef<'_>>() {
        return Some(text.as_str().to_owned());
    }
    if let Ok(text) = value.decode_as::<PrintableStringRef<'_>>() {
        return Some(text.as_str().to_owned());
    }
    if let Ok(text) = value.decode_as::<Ia5StringRef<'_>>() {
        return Some(text.as_str().to_owned());
    }
    if let Ok(text) = value.decode_as::<TeletexStringRef<'_>>() {
        return Some(text.as_str().to_owned());
    }
    None
}

/// "CN=…, O=…" built attribute by attribute, so that commas or plus signs in a name need no
/// escaping.
fn subject_name(common_name: &str, organisation: Option<&str>) -> Result<Name> {
    use x509_cert::attr::AttributeTypeAndValue;
    use x509_cert::name::{RdnSequence, RelativeDistinguishedName};
    let mut rdns = Vec::new();
    let mut push = |oid, text: &str| -> Result<()> {
        let value = der::Any::new(der::Tag::Utf8String, text.trim().as_bytes().to_vec()).map_err(
            |error| Error::CertificateCreation(Bilingual::untranslated(format!("name: {error}"))),
        )?;
        let set = der::asn1::SetOfVec::try_from(vec![AttributeTypeAndValue { oid, value }])
            .map_err(|error| {
                Error::CertificateCreation(Bilingual::untranslated(format!("name: {error}")))
            })?;
        rdns.push(RelativeDistinguishedName(set));
        Ok(())
    };
    if let Some(organisation) = organisation.filter(|o| !o.trim().is_empty()) {
        push(const_oid::db::rfc4519::O, organisation)?;
    }
    push(const_oid::db::rfc4519::CN, common_name)?;
    Ok(RdnSequence(rdns))
}

/// UTCTime until 2049, GeneralizedTime from 2050 on (RFC 5280, 4.1.2.5).
fn to_x509_time(time: DateTime<Utc>) -> Result<Time> {
    let seconds = u64::try_from(time.timestamp()).map_err(|_| {
        Error::CertificateCreation(Bilingual::message("certificate-validityBefore1970", &[]))
    })?;
    let duration = Duration::from_secs(seconds);
    let bad = |error: der::Error| {
        Error::CertificateCreation(Bilingual::untranslated(format!("validity: {error}")))
    };
    if time.format("%Y").to_string().as_str() < "2050" {
        Ok(Time::UtcTime(
            UtcTime::from_unix_duration(duration).map_err(bad)?,
        ))
    } else {
        Ok(Time::GeneralTime(
            GeneralizedTime::from_unix_duration(duration).map_err(bad)?,
        ))
    }
}

pub(crate) fn to_chrono(time: &Time) -> DateTime<Utc> {
    let seconds = time.to_unix_duration().as_secs();
    DateTime::from_timestamp(i64::try_from(seconds).unwrap_or(i64::MAX), 0)
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `p12` with its MAC's iteration count replaced by `iterations`, the rest untouched.
    fn with_mac_iterations(p12: &[u8], iterations: u64) -> Vec<u8> {
        use der::asn1::AnyRef;
        let pfx = AnyRef::from_der(p12).expect("a PFX");
        let mut fields = der::SliceReader::new(pfx.value()).expect("fields");
        let version = AnyRef::decode(&mut fields).expect("version");
        let auth_safe = AnyRef::decode(&mut fields).expect("authSafe");
        let mac_data = AnyRef::decode(&mut fields).expect("macData");
        let mut mac_fields = der::SliceReader::new(mac_data.value()).expect("MAC fields");
        let mac = AnyRef::decode(&mut mac_fields).expect("mac");
        let salt = AnyRef::decode(&mut mac_fields).expect("salt");
        let mut mac_content = mac.to_der().expect("encodes");
        mac_content.extend(salt.to_der().expect("encodes"));
        mac_content.extend(iterations.to_der().expect("encodes"));
        let mac_data = AnyRef::new(der::Tag::Sequence, &mac_content).expect("a sequence");
        let mut content = version.to_der().expect("encodes");
        content.extend(auth_safe.to_der().expect("encodes"));
        content.extend(mac_data.to_der().expect("encodes"));
        AnyRef::new(der::Tag::Sequence, &content)
            .expect("a sequence")
            .to_der()
            .expect("encodes")
    }

    #[test]
    fn a_p12_asking_for_too_many_mac_rounds_is_refused_before_any_work() {
        let password = "a-long-enough-password";
        let p12 = create_self_signed(&request(30), password).expect("creates");
        assert_eq!(mac_iterations(&p12), Some(600_000));
        // The same file, rewritten with the count it has: still reads.
        let same = with_mac_iterations(&p12, 600_000);
        assert!(parse_pkcs12(&same, Path::new("same.p12"), password).is_ok());

        let crafted = with_mac_iterations(&p12, MAX_P12_MAC_ITERATIONS + 1);
        let started = std::time::Instant::now();
        let Err(error) = parse_pkcs12(&crafted, Path::new("crafted.p12"), password) else {
            panic!("a MAC over the limit is refused");
        };
        assert!(started.elapsed() < Duration::from_secs(1));
        assert_eq!(
            error.to_string(),
            "crafted.p12: not a PKCS#12 (.p12/.pfx) file: its integrity check asks for 10000001 \
             rounds; Gavel allows at most 10000000"
        );
    }

    #[test]
    fn a_p12_over_the_size_limit_is_refused_before_it_is_read() {
        let folder = tempfile::tempdir().expect("temp dir");
        let path = folder.path().join("huge.p12");
        let file = std::fs::File::create(&path).expect("creates");
        file.set_len(MAX_P12_BYTES + 1).expect("a sparse file");
        let Err(error) = load_pkcs12(&path, "password") else {
            panic!("a file over the limit is refused");
        };
        assert!(
            error
                .to_string()
                .ends_with("huge.p12: the file is larger than 1 MB, the most Gavel reads as a .p12 file; nothing was read"),
            "{error}"
        );
        assert!(error.danish().contains("større end 1 MB"));
    }

    fn request(days: u32) -> NewCertificate {
        NewCertificate {
            common_name: "Mette Kjærgaard Holm".to_owned(),
            organisation: Some("Aarhus Kommune, Borgmesterens Afdeling".to_owned()),
            valid_from: DateTime::from_timestamp(1_790_000_000, 0).expect("time"),
            valid_days: days,
        }
    }

    #[test]
    fn a_created_certificate_reads_back_with_its_password() {
        let bytes = create_self_signed(&request(365), "hemmeligt kodeord").expect("creates");
        let identity =
            parse_pkcs12(&bytes, Path::new("new.p12"), "hemmeligt kodeord").expect("reads");
        assert_eq!(identity.common_name(), "Mette Kjærgaard Holm");
        assert_eq!(
            identity.organisation().as_deref(),
            Some("Aarhus Kommune, Borgmesterens Afdeling")
        );
        assert_eq!(
            (identity.not_after() - identity.not_before()).num_days(),
            365
        );
        assert!(matches!(identity.key, SigningKey::P256(_)));
    }

    #[test]
    fn a_wrong_password_is_named_as_such() {
        let bytes = create_self_signed(&request(1), "rigtigt").expect("creates");
        let error = parse_pkcs12(&bytes, Path::new("chair.p12"), "forkert")
            .err()
            .expect("refused");
        assert_eq!(error.to_string(), "wrong password for chair.p12");
    }

    #[test]
    fn a_file_that_is_not_pkcs12_is_refused() {
        let error = parse_pkcs12(b"not a key store", Path::new("notes.txt"), "x")
            .err()
            .expect("refused");
        assert!(
            error.to_string().starts_with("notes.txt: not a PKCS#12"),
            "{error}"
        );
    }
}
