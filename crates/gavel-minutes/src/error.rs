//! The one error type of gavel-minutes. Every message names the file or the certificate the user
//! gave and says what to do; passwords are never part of a message.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The PKCS#12 file's integrity check (its MAC) failed, which is what a wrong password looks
    /// like: the file cannot tell a wrong password from a damaged file.
    #[error("wrong password for {}", path.display())]
    WrongPassword { path: PathBuf },

    #[error("{}: not a PKCS#12 (.p12/.pfx) file: {reason}", path.display())]
    NotPkcs12 { path: PathBuf, reason: String },

    #[error(
        "{}: the file holds no private key (only certificates); sign with the .p12 that holds your key",
        path.display()
    )]
    NoPrivateKey { path: PathBuf },

    #[error("{}: unsupported key: {reason}", path.display())]
    UnsupportedKey { path: PathBuf, reason: String },

    #[error("{}: the certificate cannot be read: {reason}", path.display())]
    BadCertificate { path: PathBuf, reason: String },

    #[error("{}: not a PDF file (it does not start with %PDF-)", path.display())]
    NotAPdf { path: PathBuf },

    #[error("{}: the PDF is truncated or damaged: {reason}", path.display())]
    DamagedPdf { path: PathBuf, reason: String },

    /// A PDF that Gavel can read but cannot sign, e.g. an encrypted one.
    #[error("{}: cannot sign this PDF: {reason}", path.display())]
    CannotSign { path: PathBuf, reason: String },

    #[error("{}: {reason}", path.display())]
    BadSignature { path: PathBuf, reason: String },

    #[error("cannot create the certificate: {0}")]
    CertificateCreation(String),

    #[error("cannot lay out the minutes: {0}")]
    Layout(String),

    #[error("cannot write {}: {source}", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
}
