//! The one error type of gavel-minutes. Every message names the file or the certificate the user
//! gave and says what to do; passwords are never part of a message.
//!
//! Like gavel-core's errors, every message exists in Danish and English: `Display` is the English
//! text (the CLI prints it), [`Error::danish`] the Danish one the desktop app shows on a Danish
//! system. Details that come from a library or the operating system (`reason`, `source`) stay as
//! they were written.

use std::path::{Path, PathBuf};

use gavel_core::ErrorKind;
use gavel_core::rules::Bilingual;

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

    /// Countersigning would vouch for a file that is not what was signed: a signature is invalid
    /// or the document was changed after it, or the file is not signed at all.
    #[error(
        "{}: not countersigned, because {}; nothing was signed or recorded",
        path.display(),
        reasons.iter().map(|reason| reason.en.as_str()).collect::<Vec<_>>().join("; ")
    )]
    CannotCountersign {
        path: PathBuf,
        reasons: Vec<gavel_core::rules::Bilingual>,
    },

    #[error("cannot create the certificate: {0}")]
    CertificateCreation(String),

    #[error("cannot lay out the minutes: {0}")]
    Layout(String),

    #[error("cannot write {}: {}", path.display(), gavel_core::describe_io_error(source).en)]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("cannot read {}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },

    /// A file larger than any real one of its kind ([`crate::MAX_P12_BYTES`],
    /// [`crate::MAX_PDF_BYTES`]), refused before it is read.
    #[error(
        "{}: the file is larger than {} MB, the most Gavel reads as {}; nothing was read",
        path.display(),
        limit_bytes >> 20,
        kind.en()
    )]
    TooLarge {
        path: PathBuf,
        kind: FileKind,
        limit_bytes: u64,
    },

    /// A device, a pipe or a folder where a .p12 or a PDF was expected: refused before reading,
    /// since `/dev/zero` never ends and a named pipe may never deliver anything.
    #[error("{}: {refusal}", path.display())]
    NotAFile {
        path: PathBuf,
        refusal: gavel_core::files::NotARegularFile,
    },

    /// From the database: the meeting is not closed, or the signature cannot be recorded.
    #[error(transparent)]
    Core(#[from] gavel_core::Error),
}

impl Error {
    /// What kind of failure this is, for a caller that acts on it (the desktop app's error kind).
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::WrongPassword { .. }
            | Error::NotPkcs12 { .. }
            | Error::NoPrivateKey { .. }
            | Error::UnsupportedKey { .. }
            | Error::BadCertificate { .. }
            | Error::NotAPdf { .. }
            | Error::DamagedPdf { .. }
            | Error::CannotSign { .. }
            | Error::BadSignature { .. }
            | Error::CannotCountersign { .. }
            | Error::NotAFile { .. }
            | Error::TooLarge { .. } => ErrorKind::BadInput,
            Error::CertificateCreation(_)
            | Error::Layout(_)
            | Error::Write { .. }
            | Error::Read { .. } => ErrorKind::Storage,
            Error::Core(error) => error.kind(),
        }
    }

    /// The message in Danish.
    pub fn danish(&self) -> String {
        match self {
            Error::WrongPassword { path } => {
                format!("Forkert adgangskode til {}.", path.display())
            }
            Error::NotPkcs12 { path, reason } => format!(
                "{} er ikke en PKCS#12-fil (.p12/.pfx): {reason}",
                path.display()
            ),
            Error::NoPrivateKey { path } => format!(
                "{} indeholder ingen privat nøgle (kun certifikater). Underskriv med den \
                 .p12-fil, der indeholder din nøgle.",
                path.display()
            ),
            Error::UnsupportedKey { path, reason } => {
                format!("{}: nøgletypen understøttes ikke: {reason}", path.display())
            }
            Error::BadCertificate { path, reason } => {
                format!("{}: certifikatet kan ikke læses: {reason}", path.display())
            }
            Error::NotAPdf { path } => format!(
                "{} er ikke en PDF-fil (den begynder ikke med %PDF-).",
                path.display()
            ),
            Error::DamagedPdf { path, reason } => format!(
                "{}: PDF-filen er afkortet eller beskadiget: {reason}",
                path.display()
            ),
            Error::CannotSign { path, reason } => {
                format!(
                    "{}: denne PDF kan ikke underskrives: {reason}",
                    path.display()
                )
            }
            Error::BadSignature { path, reason } => format!("{}: {reason}", path.display()),
            Error::CannotCountersign { path, reasons } => format!(
                "{}: ikke medunderskrevet, fordi {}; intet blev underskrevet eller registreret.",
                path.display(),
                reasons
                    .iter()
                    .map(|reason| reason.da.as_str())
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            Error::CertificateCreation(reason) => {
                format!("Certifikatet kan ikke oprettes: {reason}")
            }
            Error::Layout(reason) => format!("Referatet kan ikke sættes op: {reason}"),
            Error::Write { path, source } => {
                format!(
                    "{} kan ikke skrives: {}",
                    path.display(),
                    gavel_core::describe_io_error(source).da
                )
            }
            Error::Read { path, source } => match source.kind() {
                std::io::ErrorKind::NotFound => format!(
                    "{} kan ikke læses: filen findes ikke ({source}).",
                    path.display()
                ),
                _ => format!("{} kan ikke læses: {source}", path.display()),
            },
            Error::TooLarge {
                path,
                kind,
                limit_bytes,
            } => format!(
                "{}: filen er større end {} MB, det meste Gavel læser som {}; intet blev læst.",
                path.display(),
                limit_bytes >> 20,
                kind.da()
            ),
            Error::NotAFile { path, refusal } => {
                format!("{}: {}.", path.display(), refusal.danish())
            }
            Error::Core(error) => error.danish(),
        }
    }

    /// The message in both languages; `en` is the `Display` text.
    pub fn text(&self) -> Bilingual {
        Bilingual {
            da: self.danish(),
            en: self.to_string(),
        }
    }
}

/// The kinds of file gavel-minutes reads from outside, for [`Error::TooLarge`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Pkcs12,
    Pdf,
}

impl FileKind {
    fn en(self) -> &'static str {
        match self {
            FileKind::Pkcs12 => "a .p12 file",
            FileKind::Pdf => "a PDF",
        }
    }

    fn da(self) -> &'static str {
        match self {
            FileKind::Pkcs12 => "en .p12-fil",
            FileKind::Pdf => "en PDF",
        }
    }
}

/// Reads a file of `kind` from `path`, refusing one larger than `limit_bytes`, or one that is not a
/// regular file, before reading it.
pub(crate) fn read_file_of_kind(path: &Path, kind: FileKind, limit_bytes: u64) -> Result<Vec<u8>> {
    gavel_core::files::read_limited(path, limit_bytes).map_err(|source| {
        if source.kind() == std::io::ErrorKind::FileTooLarge {
            Error::TooLarge {
                path: path.to_owned(),
                kind,
                limit_bytes,
            }
        } else if let Some(refusal) = gavel_core::files::NotARegularFile::in_error(&source) {
            Error::NotAFile {
                path: path.to_owned(),
                refusal: refusal.clone(),
            }
        } else {
            Error::Read {
                path: path.to_owned(),
                source,
            }
        }
    })
}
