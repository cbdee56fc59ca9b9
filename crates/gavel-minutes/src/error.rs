//! The one error type of gavel-minutes. Every message names the file or the certificate the user
//! gave and says what to do; passwords are never part of a message.
//!
//! Like gavel-core's errors, every message exists in Danish and English: an error is a kind and
//! its arguments, worded by the catalogue (`gavel_messages`, verification.ftl, `minutesError-*`)
//! in the reader's language. `Display` is the English text (the CLI prints it), [`Error::danish`]
//! the Danish one the desktop app shows on a Danish system. A `reason` is worded in both
//! languages too; only the details that come from a library or the operating system (a parser's
//! error, `source`) stay as they were written, inside the reader's sentence.

use std::path::{Path, PathBuf};

use gavel_core::ErrorKind;
use gavel_core::rules::Bilingual;
use gavel_messages::Language;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Every variant's `Display` is its English message ([`Error::message`]); a database error is
/// transparent, so that the chain the CLI prints names it once.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The PKCS#12 file's integrity check (its MAC) failed, which is what a wrong password looks
    /// like: the file cannot tell a wrong password from a damaged file.
    #[error("{}", self.english())]
    WrongPassword { path: PathBuf },

    #[error("{}", self.english())]
    NotPkcs12 { path: PathBuf, reason: Bilingual },

    #[error("{}", self.english())]
    NoPrivateKey { path: PathBuf },

    #[error("{}", self.english())]
    UnsupportedKey { path: PathBuf, reason: Bilingual },

    #[error("{}", self.english())]
    BadCertificate { path: PathBuf, reason: Bilingual },

    #[error("{}", self.english())]
    NotAPdf { path: PathBuf },

    #[error("{}", self.english())]
    DamagedPdf { path: PathBuf, reason: Bilingual },

    /// A PDF that Gavel can read but cannot sign, e.g. an encrypted one.
    #[error("{}", self.english())]
    CannotSign { path: PathBuf, reason: Bilingual },

    #[error("{}", self.english())]
    BadSignature { path: PathBuf, reason: Bilingual },

    /// Countersigning would vouch for a file that is not what was signed: a signature is invalid
    /// or the document was changed after it, or the file is not signed at all.
    #[error("{}", self.english())]
    CannotCountersign {
        path: PathBuf,
        reasons: Vec<gavel_core::rules::Bilingual>,
    },

    #[error("{}", self.english())]
    CertificateCreation(Bilingual),

    #[error("{}", self.english())]
    Layout(Bilingual),

    #[error("{}", self.english())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },

    #[error("{}", self.english())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },

    /// A file larger than any real one of its kind ([`crate::MAX_P12_BYTES`],
    /// [`crate::MAX_PDF_BYTES`]), refused before it is read.
    #[error("{}", self.english())]
    TooLarge {
        path: PathBuf,
        kind: FileKind,
        limit_bytes: u64,
    },

    /// A device, a pipe or a folder where a .p12 or a PDF was expected: refused before reading,
    /// since `/dev/zero` never ends and a named pipe may never deliver anything.
    #[error("{}", self.english())]
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
        self.message(Language::Danish)
    }

    /// The message in English: the `Display` text.
    fn english(&self) -> String {
        self.message(Language::English)
    }

    /// The message in both languages; `en` is the `Display` text.
    pub fn text(&self) -> Bilingual {
        Bilingual {
            da: self.danish(),
            en: self.to_string(),
        }
    }

    /// The message in `language`: the catalogue's words for this kind of error, with its fields.
    pub fn message(&self, language: Language) -> String {
        let message = |id: &str, arguments: &[(&str, gavel_messages::Argument<'_>)]| {
            gavel_messages::message(language, id, arguments)
        };
        let file = |path: &Path| ("file", path.display().to_string().into());
        let reason = |reason: &Bilingual| {
            (
                "reason",
                reason.pick(language == Language::Danish).to_owned().into(),
            )
        };
        match self {
            Error::WrongPassword { path } => message("minutesError-wrongPassword", &[file(path)]),
            Error::NotPkcs12 { path, reason: why } => {
                message("minutesError-notPkcs12", &[file(path), reason(why)])
            }
            Error::NoPrivateKey { path } => message("minutesError-noPrivateKey", &[file(path)]),
            Error::UnsupportedKey { path, reason: why } => {
                message("minutesError-unsupportedKey", &[file(path), reason(why)])
            }
            Error::BadCertificate { path, reason: why } => {
                message("minutesError-badCertificate", &[file(path), reason(why)])
            }
            Error::NotAPdf { path } => message("minutesError-notAPdf", &[file(path)]),
            Error::DamagedPdf { path, reason: why } => {
                message("minutesError-damagedPdf", &[file(path), reason(why)])
            }
            Error::CannotSign { path, reason: why } => {
                message("minutesError-cannotSign", &[file(path), reason(why)])
            }
            Error::BadSignature { path, reason: why } => {
                message("minutesError-badSignature", &[file(path), reason(why)])
            }
            Error::CannotCountersign { path, reasons } => {
                let reasons = reasons
                    .iter()
                    .map(|reason| reason.pick(language == Language::Danish))
                    .collect::<Vec<_>>()
                    .join("; ");
                message(
                    "minutesError-cannotCountersign",
                    &[file(path), ("reasons", reasons.into())],
                )
            }
            Error::CertificateCreation(why) => {
                message("minutesError-certificateCreation", &[reason(why)])
            }
            Error::Layout(why) => message("minutesError-layout", &[reason(why)]),
            Error::Write { path, source } => {
                let described = gavel_core::describe_io_error(source);
                message("minutesError-write", &[file(path), reason(&described)])
            }
            Error::Read { path, source } => {
                let arguments = [file(path), ("reason", source.to_string().into())];
                match source.kind() {
                    std::io::ErrorKind::NotFound => {
                        message("minutesError-readMissingFile", &arguments)
                    }
                    _ => message("minutesError-read", &arguments),
                }
            }
            Error::TooLarge {
                path,
                kind,
                limit_bytes,
            } => message(
                "minutesError-tooLarge",
                &[
                    file(path),
                    ("megabytes", (limit_bytes >> 20).to_string().into()),
                    ("fileKind", kind.keyword().into()),
                ],
            ),
            Error::NotAFile { path, refusal } => {
                let refusal = match language {
                    Language::Danish => refusal.danish(),
                    Language::English => refusal.to_string(),
                };
                message(
                    "minutesError-notAFile",
                    &[file(path), ("refusal", refusal.into())],
                )
            }
            Error::Core(error) => match language {
                Language::Danish => error.danish(),
                Language::English => error.to_string(),
            },
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
    /// The keyword `minutesError-tooLarge` chooses the kind's words by.
    fn keyword(self) -> &'static str {
        match self {
            FileKind::Pkcs12 => "pkcs12",
            FileKind::Pdf => "pdf",
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

#[cfg(test)]
mod tests;
