//! From the database to a file: the one path both front ends (the `gavel` CLI and the desktop app)
//! take to export minutes, sign them, countersign them, and compare a signed file's fingerprint
//! with the meeting as recorded. The layout and signing modules never touch the database; this
//! module is where the crate reads a [`Store`] and records a signature in it. The agenda pack
//! takes the same render → sign → write path ([`export_agenda`]), but records nothing: an agenda
//! is not the minutes, and signing it freezes no meeting.
//!
//! Signing runs in one order: render → sign → write → record → name. The signed bytes are written
//! and flushed under a temporary name first, so that an unwritable target or a full disk is
//! refused with nothing recorded; then the signature is recorded in the meeting's log
//! (`RecordMinutesSigned`, which freezes the meeting); only then does the file get its name, so
//! that a signed file never exists for a meeting that could still change. A failed recording
//! removes the temporary file: the target is complete or absent, never half written.

use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, Utc};
use gavel_core::agenda_pack::AgendaPack;
use gavel_core::files::StagedFile;
use gavel_core::minutes::Minutes;
use gavel_core::{Command, MemberRole, Store};
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::certificate::SigningIdentity;
use crate::document::Words;
use crate::error::{Error, Result};
use crate::sign::{SignatureRequest, SignedPdf, sign_pdf};
use crate::verify::{Verification, verify_pdf};
use crate::{Language, RenderOptions, Rendered, agenda_file_stem, render_agenda, render_minutes};

/// Where the PDF goes.
#[derive(Debug, Clone, Copy)]
pub enum Destination<'a> {
    /// This file, replaced when it exists: the path the user named (the CLI's `--out`).
    File(&'a Path),
    /// A new file in this folder (created when missing), named after the meeting by
    /// [`minutes_file_stem`], with " (2)", " (3)" … when the name is taken. An existing file is
    /// never replaced (the desktop app's export folder).
    NewFileIn(&'a Path),
}

/// Who signs, with which key, in what role, when.
pub struct Signer<'a> {
    pub identity: &'a SigningIdentity,
    pub role: MemberRole,
    /// Written into the signature and its stamp, and recorded as the time of signing.
    pub signing_time: DateTime<FixedOffset>,
}

/// A minutes PDF that was written.
#[derive(Debug, Clone)]
pub struct SavedMinutes {
    pub path: PathBuf,
    pub pages: usize,
    /// The file's size.
    pub bytes: usize,
    /// `None` for unsigned minutes.
    pub signature: Option<AddedSignature>,
}

/// An agenda pack PDF that was written.
#[derive(Debug, Clone)]
pub struct SavedAgenda {
    pub path: PathBuf,
    pub pages: usize,
    /// The file's size.
    pub bytes: usize,
    /// `None` for an unsigned agenda.
    pub signature: Option<AddedSignature>,
}

/// A countersigned PDF that was written.
#[derive(Debug, Clone)]
pub struct Countersigned {
    pub path: PathBuf,
    pub bytes: usize,
    pub signature: AddedSignature,
    /// The meeting the countersignature was recorded for: `None` when the minutes are of a
    /// meeting this database does not hold, which are signed only.
    pub recorded_for_meeting: Option<Uuid>,
}

/// The signature a signing added.
#[derive(Debug, Clone)]
pub struct AddedSignature {
    /// The signature box that was filled, e.g. "chair-1".
    pub field_name: String,
    /// The common name of the signer's certificate, as recorded in the meeting.
    pub signer_name: String,
    /// Signed all the same, but worth telling the signer: e.g. an expired certificate.
    pub warnings: Vec<crate::SignatureWarning>,
}

/// A signed file's log fingerprint compared with the meeting in the database.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "status", rename_all = "snake_case")]
pub enum FingerprintCheck {
    /// The file names no meeting or prints no fingerprint: not minutes from Gavel.
    NotPrinted,
    /// The database does not hold the meeting (minutes from another group's laptop).
    NotInDatabase {
        printed: String,
    },
    Matches {
        printed: String,
    },
    /// The meeting changed after the minutes were made (or the file is of another version).
    Differs {
        printed: String,
        recorded: String,
    },
    /// The file is a meeting's agenda pack, not its minutes: it prints no fingerprint, and it
    /// shows the meeting as planned when it was made, so it is compared with no record.
    Agenda {
        /// As the file names it.
        meeting_id: String,
        /// The meeting's title in the database; `None` when the database does not hold it.
        meeting_title: Option<String>,
    },
}

/// Writes the unsigned minutes of the closed meeting `meeting_id`.
pub fn export_minutes(
    store: &Store,
    meeting_id: Uuid,
    language: Language,
    destination: Destination<'_>,
) -> Result<SavedMinutes> {
    let minutes = gavel_core::minutes::minutes(store, meeting_id)?;
    let Rendered { pdf, pages } = render(&minutes, language)?;
    let target = Target::new(destination, || minutes_file_stem(&minutes, language, false));
    let path = target.write(&pdf)?;
    Ok(SavedMinutes {
        path,
        pages,
        bytes: pdf.len(),
        signature: None,
    })
}

/// Renders, signs, records the signature (which freezes the meeting) and writes the signed
/// minutes of the closed meeting `meeting_id`. On any error nothing is recorded and no file is
/// written, except when the very last step, naming the written file, fails after the recording.
pub fn export_signed_minutes(
    store: &mut Store,
    meeting_id: Uuid,
    language: Language,
    signer: &Signer<'_>,
    destination: Destination<'_>,
) -> Result<SavedMinutes> {
    let minutes = gavel_core::minutes::minutes(store, meeting_id)?;
    let Rendered { pdf, pages } = render(&minutes, language)?;
    let target = Target::new(destination, || minutes_file_stem(&minutes, language, true));
    let signed = signer.sign(&pdf, &target.path_for_messages())?;
    // The signed file holds the unsigned one; one copy in memory is enough.
    drop(pdf);
    let staged = target.stage(&signed.bytes)?;
    let signer_name = signer.identity.common_name();
    record_signature(
        store,
        meeting_id,
        &minutes.log_fingerprint,
        &signed.bytes,
        &signer_name,
        signer,
    )?;
    let path = target.name(staged)?;
    Ok(SavedMinutes {
        path,
        pages,
        bytes: signed.bytes.len(),
        signature: Some(AddedSignature {
            field_name: signed.field_name,
            signer_name,
            warnings: signed.warnings,
        }),
    })
}

/// Adds a signature to signed minutes (`pdf`, read from `pdf_path`) and writes the result to
/// `out`, which may be the same file. A file with no signature, an invalid one, or a change after
/// a signature that signing does not make is refused ([`Error::CannotCountersign`]), with nothing
/// recorded or written. When the database holds the meeting the file is of, the
/// countersignature is recorded there first, as in [`export_signed_minutes`]; `now` is the time
/// the file's signatures are read at.
pub fn countersign_minutes(
    store: &mut Store,
    pdf: &[u8],
    pdf_path: &Path,
    signer: &Signer<'_>,
    out: &Path,
    now: DateTime<Utc>,
) -> Result<Countersigned> {
    // A countersignature vouches for the document as it is now: refuse unless every signature in
    // it is valid and nothing but signatures was added after any of them (issue 15: 0.1
    // countersigned a file changed after the chair signed it, and one whose signature was broken).
    let printed = verify_pdf(pdf, pdf_path, now)?;
    let reasons = printed.reasons_not_to_countersign();
    if !reasons.is_empty() {
        return Err(Error::CannotCountersign {
            path: pdf_path.to_owned(),
            reasons,
        });
    }
    let signed = signer.sign(pdf, pdf_path)?;
    let meeting = printed
        .meeting_id
        .as_deref()
        .and_then(|id| id.parse::<Uuid>().ok())
        .filter(|id| store.meeting(*id).is_ok())
        .zip(printed.log_fingerprint.as_deref());
    let target = Target::File(out.to_owned());
    let staged = target.stage(&signed.bytes)?;
    let signer_name = signer.identity.common_name();
    if let Some((meeting_id, fingerprint)) = meeting {
        record_signature(
            store,
            meeting_id,
            fingerprint,
            &signed.bytes,
            &signer_name,
            signer,
        )?;
    }
    let path = target.name(staged)?;
    Ok(Countersigned {
        path,
        bytes: signed.bytes.len(),
        signature: AddedSignature {
            field_name: signed.field_name,
            signer_name,
            warnings: signed.warnings,
        },
        recorded_for_meeting: meeting.map(|(meeting_id, _)| meeting_id),
    })
}

/// Writes the agenda pack `pack` (read by the caller, `Store::agenda_pack`), signed in its
/// sender box when `signer` is given. Nothing is recorded in the database and no meeting is
/// frozen: the agenda says what was planned, and the meeting goes on. On any error no file is
/// written.
pub fn export_agenda(
    pack: &AgendaPack,
    language: Language,
    signer: Option<&Signer<'_>>,
    destination: Destination<'_>,
) -> Result<SavedAgenda> {
    let Rendered { pdf, pages } = render_agenda(pack, language)?;
    let target = Target::new(destination, || {
        agenda_file_stem(pack, language, signer.is_some())
    });
    let (bytes, signature) = match signer {
        Some(signer) => {
            let signed = signer.sign(&pdf, &target.path_for_messages())?;
            let signature = AddedSignature {
                field_name: signed.field_name,
                signer_name: signer.identity.common_name(),
                warnings: signed.warnings,
            };
            (signed.bytes, Some(signature))
        }
        None => (pdf, None),
    };
    let path = target.write(&bytes)?;
    Ok(SavedAgenda {
        path,
        pages,
        bytes: bytes.len(),
        signature,
    })
}

/// Compares the fingerprint a verified file prints with the meeting's in `store`; an agenda is
/// said to be one.
pub fn check_fingerprint(store: &Store, verification: &Verification) -> Result<FingerprintCheck> {
    let (Some(printed), Some(meeting_id)) = (
        verification.log_fingerprint.clone(),
        verification
            .meeting_id
            .as_deref()
            .and_then(|id| id.parse::<Uuid>().ok()),
    ) else {
        // Only when the file does not name itself minutes: a file that names a meeting and a
        // fingerprint is held to them, whatever else it says.
        return match &verification.agenda_of_meeting {
            Some(meeting_id) => agenda_check(store, meeting_id),
            None => Ok(FingerprintCheck::NotPrinted),
        };
    };
    match store.meeting(meeting_id) {
        Ok(detail) if detail.log_fingerprint == printed => {
            Ok(FingerprintCheck::Matches { printed })
        }
        Ok(detail) => Ok(FingerprintCheck::Differs {
            printed,
            recorded: detail.log_fingerprint,
        }),
        Err(error) if error.kind() == gavel_core::ErrorKind::NotFound => {
            Ok(FingerprintCheck::NotInDatabase { printed })
        }
        Err(error) => Err(error.into()),
    }
}

fn agenda_check(store: &Store, meeting_id: &str) -> Result<FingerprintCheck> {
    let meeting_title = match meeting_id.parse::<Uuid>().map(|id| store.meeting(id)) {
        Ok(Ok(detail)) => Some(detail.meeting.title),
        Ok(Err(error)) if error.kind() != gavel_core::ErrorKind::NotFound => {
            return Err(error.into());
        }
        Ok(Err(_)) | Err(_) => None,
    };
    Ok(FingerprintCheck::Agenda {
        meeting_id: meeting_id.to_owned(),
        meeting_title,
    })
}

/// The file name, without ".pdf", that [`Destination::NewFileIn`] gives the minutes:
/// "Referat - Styregruppemøde september 2026 (2026-09-17)", "… (underskrevet)" when signed;
/// "Minutes - … (signed)" in English. Only characters every file system and e-mail program takes.
pub fn minutes_file_stem(minutes: &Minutes, language: Language, signed: bool) -> String {
    let words = Words { language };
    let title_and_date = [
        (
            "title",
            gavel_core::files::safe_file_stem(&minutes.title, "Gavel").into(),
        ),
        ("date", minutes.starts_at.date().to_string().into()),
    ];
    if signed {
        words.message("signing-signedMinutesFileName", &title_and_date)
    } else {
        words.message("signing-minutesFileName", &title_and_date)
    }
}

fn render(minutes: &Minutes, language: Language) -> Result<Rendered> {
    render_minutes(
        minutes,
        RenderOptions {
            language,
            document_date: None,
        },
    )
}

impl Signer<'_> {
    /// Adds this signer's signature to `pdf` (named `path` in messages): the one signing step
    /// of the minutes, a countersignature and the agenda.
    fn sign(&self, pdf: &[u8], path: &Path) -> Result<SignedPdf> {
        sign_pdf(
            pdf,
            path,
            self.identity,
            &SignatureRequest {
                role: self.role,
                signing_time: self.signing_time,
            },
        )
    }
}

/// Records the signature in the meeting's log, which freezes the meeting.
fn record_signature(
    store: &mut Store,
    meeting_id: Uuid,
    fingerprint: &str,
    signed_pdf: &[u8],
    signer_name: &str,
    signer: &Signer<'_>,
) -> Result<()> {
    let document_sha256: String = Sha256::digest(signed_pdf)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    store.apply(Command::RecordMinutesSigned {
        meeting_id,
        fingerprint: fingerprint.to_owned(),
        document_sha256,
        signer_name: signer_name.to_owned(),
        role: signer.role.as_str().to_owned(),
        // The time printed on the stamp, so that the meeting and the file agree.
        signed_at: Some(signer.signing_time.naive_local()),
    })?;
    Ok(())
}

/// A [`Destination`] with the new file's name decided.
enum Target {
    File(PathBuf),
    NewFile { folder: PathBuf, stem: String },
}

impl Target {
    /// `stem`: the new file's name without ".pdf", for [`Destination::NewFileIn`].
    fn new(destination: Destination<'_>, stem: impl FnOnce() -> String) -> Target {
        match destination {
            Destination::File(path) => Target::File(path.to_owned()),
            Destination::NewFileIn(folder) => Target::NewFile {
                folder: folder.to_owned(),
                stem: stem(),
            },
        }
    }

    /// The path messages name: the file, or the name the new file will most likely get.
    fn path_for_messages(&self) -> PathBuf {
        match self {
            Target::File(path) => path.clone(),
            Target::NewFile { folder, stem } => folder.join(format!("{stem}.pdf")),
        }
    }

    fn folder(&self) -> &Path {
        match self {
            Target::File(path) => path
                .parent()
                .filter(|folder| !folder.as_os_str().is_empty())
                .unwrap_or(Path::new(".")),
            Target::NewFile { folder, .. } => folder,
        }
    }

    /// Writes `bytes` whole under a temporary name in the target's folder (created when missing),
    /// flushed to the disk: what makes a write fail (a folder that is a file, no permission, a
    /// read-only or full disk) fails here, before a signature is recorded.
    fn stage(&self, bytes: &[u8]) -> Result<StagedFile> {
        if let Target::NewFile { folder, .. } = self {
            std::fs::create_dir_all(folder).map_err(|source| self.write_error(source))?;
        }
        let name = self
            .path_for_messages()
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        StagedFile::write(self.folder(), &name, bytes).map_err(|source| self.write_error(source))
    }

    /// Gives a staged file its name: the target file, or the first free name in the folder.
    fn name(&self, staged: StagedFile) -> Result<PathBuf> {
        let named = match self {
            Target::File(path) => staged.replace(path).map(|()| path.clone()),
            Target::NewFile { stem, .. } => staged.name_new(stem, "pdf"),
        };
        named.map_err(|source| self.write_error(source))
    }

    fn write(&self, bytes: &[u8]) -> Result<PathBuf> {
        let staged = self.stage(bytes)?;
        self.name(staged)
    }

    fn write_error(&self, source: std::io::Error) -> Error {
        Error::Write {
            path: self.path_for_messages(),
            source,
        }
    }
}

#[cfg(test)]
mod tests;
