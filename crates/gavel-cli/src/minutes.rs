//! `gavel minutes …`: export a closed meeting's minutes as PDF (optionally signed), countersign
//! a signed PDF, and verify every signature of a PDF. The work is gavel-minutes' store-to-file
//! path (`export_signed_minutes` and friends), which the desktop app takes too: this module reads
//! passwords and prints. Files are written whole or not at all; passwords come from files or
//! standard input, never from the command line, and are never printed.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset, Utc};
use clap::{Subcommand, ValueEnum};
use gavel_core::rules::Bilingual;
use gavel_core::{MemberRole, Store};
use gavel_minutes::{
    CertificateStatus, Destination, FingerprintCheck, Language, SignatureVerdict, Signer,
    Verification,
};
use zeroize::Zeroizing;

use crate::output::clean;

#[derive(Subcommand)]
pub enum MinutesCommand {
    /// Write the minutes of a closed meeting as an A4 PDF, optionally signed.
    Export {
        /// The meeting's id (see `gavel meeting list`).
        meeting: uuid::Uuid,
        /// The PDF to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The language of the minutes. Default: Danish, unless the system language is another.
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        /// Sign with the key in this PKCS#12 (.p12/.pfx) file.
        #[arg(long, value_name = "P12", requires = "password_file")]
        sign: Option<PathBuf>,
        /// The file holding the .p12 password ("-": read it from standard input).
        #[arg(long, value_name = "FILE", requires = "sign")]
        password_file: Option<PathBuf>,
        /// The signer's role.
        #[arg(long, value_enum, default_value_t = RoleChoice::Chair)]
        role: RoleChoice,
    },
    /// Add a further signature to signed minutes; earlier signatures stay valid.
    Countersign {
        /// The signed minutes.
        pdf: PathBuf,
        /// The PKCS#12 (.p12/.pfx) file with the signer's key.
        #[arg(long, value_name = "P12")]
        p12: PathBuf,
        /// The file holding the .p12 password ("-": read it from standard input).
        #[arg(long, value_name = "FILE")]
        password_file: PathBuf,
        #[arg(long, value_enum, default_value_t = RoleChoice::Member)]
        role: RoleChoice,
        /// The PDF to write (may be the same file).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Check every signature of a PDF; one line per signature. Exits 0 only when the file is
    /// signed, every signature is valid and nothing was added after the last one.
    Verify { pdf: PathBuf },
    /// Print what the minutes of a closed meeting say, as JSON: every fact the PDF prints, in
    /// both languages where it is text (for publishing the decisions, or laying them out with
    /// another tool).
    Show {
        /// The meeting's id (see `gavel meeting list`).
        meeting: uuid::Uuid,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum LanguageChoice {
    Da,
    En,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum RoleChoice {
    Chair,
    Secretary,
    Member,
    Observer,
}

impl From<RoleChoice> for MemberRole {
    fn from(role: RoleChoice) -> MemberRole {
        match role {
            RoleChoice::Chair => MemberRole::Chair,
            RoleChoice::Secretary => MemberRole::Secretary,
            RoleChoice::Member => MemberRole::Member,
            RoleChoice::Observer => MemberRole::Observer,
        }
    }
}

/// `fixed_clock`: the CLI's reproducible clock, if set; it stands in for "now" when signing.
pub fn run(
    store: &mut Store,
    command: MinutesCommand,
    fixed_clock: Option<DateTime<Utc>>,
    out: &mut impl Write,
) -> anyhow::Result<ExitCode> {
    match command {
        MinutesCommand::Show { meeting } => {
            let minutes = gavel_core::minutes::minutes(store, meeting)?;
            crate::output::print_json(out, &minutes)?;
            Ok(ExitCode::SUCCESS)
        }
        MinutesCommand::Export {
            meeting,
            out: target,
            lang,
            sign,
            password_file,
            role,
        } => {
            let language = match lang {
                Some(LanguageChoice::Da) => Language::Danish,
                Some(LanguageChoice::En) => Language::English,
                None => system_language(),
            };
            let destination = Destination::File(&target);
            match (sign, password_file) {
                (Some(p12), Some(password_file)) => {
                    let password = read_password(&password_file)?;
                    let identity = gavel_minutes::certificate::load_pkcs12(&p12, &password)?;
                    let saved = gavel_minutes::export_signed_minutes(
                        store,
                        meeting,
                        language,
                        &Signer {
                            identity: &identity,
                            role: role.into(),
                            signing_time: now_local(fixed_clock),
                        },
                        destination,
                    )?;
                    let signature = saved
                        .signature
                        .as_ref()
                        .expect("signed minutes carry their signature");
                    for warning in &signature.warnings {
                        eprintln!("gavel: warning: {warning}");
                    }
                    writeln!(
                        out,
                        "Wrote {} ({} pages, {} bytes), signed in box {}",
                        saved.path.display(),
                        saved.pages,
                        saved.bytes,
                        signature.field_name
                    )?;
                }
                _ => {
                    let saved =
                        gavel_minutes::export_minutes(store, meeting, language, destination)?;
                    writeln!(
                        out,
                        "Wrote {} ({} pages, {} bytes), not signed",
                        saved.path.display(),
                        saved.pages,
                        saved.bytes
                    )?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        MinutesCommand::Countersign {
            pdf,
            p12,
            password_file,
            role,
            out: target,
        } => {
            let bytes = gavel_minutes::read_pdf_file(&pdf)?;
            let password = read_password(&password_file)?;
            let identity = gavel_minutes::certificate::load_pkcs12(&p12, &password)?;
            // A countersignature of minutes whose meeting is in this database is recorded there
            // too; minutes from elsewhere are only signed.
            let countersigned = gavel_minutes::countersign_minutes(
                store,
                &bytes,
                &pdf,
                &Signer {
                    identity: &identity,
                    role: role.into(),
                    signing_time: now_local(fixed_clock),
                },
                &target,
                fixed_clock.unwrap_or_else(Utc::now),
            )?;
            for warning in &countersigned.signature.warnings {
                eprintln!("gavel: warning: {warning}");
            }
            writeln!(
                out,
                "Wrote {} ({} bytes), signed in box {}",
                countersigned.path.display(),
                countersigned.bytes,
                countersigned.signature.field_name
            )?;
            Ok(ExitCode::SUCCESS)
        }
        MinutesCommand::Verify { pdf } => {
            let bytes = gavel_minutes::read_pdf_file(&pdf)?;
            let now = fixed_clock.unwrap_or_else(Utc::now);
            let verification = gavel_minutes::verify_pdf(&bytes, &pdf, now)?;
            let fingerprint_ok = print_verification(out, store, &pdf, &verification)?;
            Ok(if verification.all_valid() && fingerprint_ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
    }
}

/// The password in `file`, or on standard input for "-": the first line, without its line end.
/// At most [`PASSWORD_BUFFER_BYTES`] are read, and a `file` that is not a regular file (a device
/// such as `/dev/zero`, a named pipe, a folder) is refused before reading: neither can make
/// Gavel read for ever or wait for ever. The error says why in Danish and English
/// ([`PasswordFileError`]): `gavel agenda export` speaks the agenda's language.
pub fn read_password(file: &Path) -> Result<Zeroizing<String>, PasswordFileError> {
    // Room for any real password up front: a buffer that grows while reading leaves copies of
    // what it held in memory it gave back, which Zeroizing cannot reach.
    let mut bytes = Zeroizing::new(Vec::with_capacity(PASSWORD_BUFFER_BYTES + 1));
    let limit = PASSWORD_BUFFER_BYTES as u64;
    let (name_da, name_en) = if file == Path::new("-") {
        std::io::stdin()
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|error| {
                let reason = reading_reason(&error);
                PasswordFileError(Bilingual::new(
                    format!(
                        "Adgangskoden kan ikke læses fra standard input: {}",
                        reason.da
                    ),
                    format!(
                        "cannot read the password from standard input: {}",
                        reason.en
                    ),
                ))
            })?;
        ("Standard input".to_owned(), "standard input".to_owned())
    } else {
        let cannot_read = |error: std::io::Error| {
            let reason = reading_reason(&error);
            PasswordFileError(Bilingual::new(
                format!(
                    "Adgangskodefilen {} kan ikke læses: {}",
                    file.display(),
                    reason.da
                ),
                format!(
                    "cannot read the password file {}: {}",
                    file.display(),
                    reason.en
                ),
            ))
        };
        let (handle, _) = gavel_core::files::open_regular_file(file).map_err(cannot_read)?;
        handle
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(cannot_read)?;
        (
            format!("Adgangskodefilen {}", file.display()),
            format!("the password file {}", file.display()),
        )
    };
    if bytes.len() > PASSWORD_BUFFER_BYTES {
        return Err(PasswordFileError(Bilingual::new(
            format!(
                "{name_da} indeholder mere end {PASSWORD_BUFFER_BYTES} byte, det meste Gavel læser som en adgangskode; angiv en fil med adgangskoden på første linje"
            ),
            format!(
                "{name_en} holds more than {PASSWORD_BUFFER_BYTES} bytes, the most Gavel reads as a password; give a file with the password on its first line"
            ),
        )));
    }
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        PasswordFileError(Bilingual::new(
            format!("{name_da}: adgangskoden er ikke UTF-8-tekst"),
            format!("{name_en}: the password is not UTF-8 text"),
        ))
    })?;
    let first_line = text.split(['\n', '\r']).next().unwrap_or_default();
    Ok(Zeroizing::new(first_line.to_owned()))
}

/// Why a password could not be read, naming the file (or standard input); `Display` is the
/// English text.
#[derive(Debug)]
pub struct PasswordFileError(pub Bilingual);

impl std::fmt::Display for PasswordFileError {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(crate::language::pick(&self.0))
    }
}

impl std::error::Error for PasswordFileError {}

/// Why a file could not be read: a device or a pipe refused before reading, a missing file, or
/// the operating system's words.
fn reading_reason(error: &std::io::Error) -> Bilingual {
    if let Some(refusal) = gavel_core::files::NotARegularFile::in_error(error) {
        return Bilingual::new(refusal.danish(), refusal.to_string());
    }
    match error.kind() {
        std::io::ErrorKind::NotFound => {
            Bilingual::new(format!("filen findes ikke ({error})"), error.to_string())
        }
        _ => Bilingual::untranslated(error.to_string()),
    }
}

/// The password buffer's size: far more than any password, small enough to be no cost.
const PASSWORD_BUFFER_BYTES: usize = 4096;

/// Now in the local time zone, or the fixed clock's time there.
pub fn now_local(fixed_clock: Option<DateTime<Utc>>) -> DateTime<FixedOffset> {
    let now = fixed_clock.unwrap_or_else(Utc::now);
    now.with_timezone(&chrono::Local).fixed_offset()
}

/// Danish unless the system's language says otherwise.
fn system_language() -> Language {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.is_empty())
        .filter(|value| !matches!(value.as_str(), "C" | "POSIX") && !value.starts_with("C."))
        .and_then(|value| Language::parse(&value))
        .unwrap_or(Language::Danish)
}

/// Per signature: its verdict, who (only from a certificate that passed every check), when,
/// what it covers, and what was added or changed after it; then the fingerprint check, or for an
/// agenda pack that it is one. Returns
/// false when the database holds the meeting and its fingerprint differs from the one in the
/// file. Every text read from the file goes through [`clean`].
fn print_verification(
    out: &mut impl Write,
    store: &Store,
    pdf: &Path,
    verification: &Verification,
) -> anyhow::Result<bool> {
    if verification.signatures.is_empty() {
        writeln!(out, "{}: not signed", pdf.display())?;
    }
    for signature in &verification.signatures {
        let mut line = format!("signature {}", signature.number);
        if let Some(field) = &signature.field_name {
            line.push_str(&format!(" ({})", clean(field)));
        }
        line.push_str(match signature.verdict() {
            SignatureVerdict::Valid => ": VALID",
            SignatureVerdict::ChangedAfterSigning => ": CHANGED AFTER SIGNING",
            SignatureVerdict::Invalid => ": INVALID",
        });
        match &signature.signer {
            Some(signer) => {
                let mut who = clean(signer).into_owned();
                if let Some(organisation) = &signature.organisation {
                    who.push_str(&format!(", {}", clean(organisation)));
                }
                line.push_str(&format!(" — {who}"));
            }
            None => line.push_str(" — signer not shown: the signature did not pass every check"),
        }
        if let Some(time) = signature.signing_time {
            line.push_str(&format!("; signed {}", time.format("%Y-%m-%d %H:%M %:z")));
        }
        match &signature.certificate {
            CertificateStatus::Valid { not_after } => line.push_str(&format!(
                "; certificate valid until {}",
                not_after.format("%Y-%m-%d")
            )),
            // Said by the warning ("the certificate expired on …") and the problem lines.
            CertificateStatus::ExpiredSince { .. }
            | CertificateStatus::NotValidAtSigning { .. }
            | CertificateStatus::Unknown => {}
        }
        if !signature.chain.is_empty() {
            line.push_str(&format!("; {}", clean(&signature.chain)));
        }
        for problem in &signature.problems {
            line.push_str(&format!(
                "; ERROR: {}",
                clean(crate::language::pick(problem))
            ));
        }
        for warning in &signature.warnings {
            line.push_str(&format!("; warning: {}", clean(&warning.english)));
        }
        writeln!(out, "{line}")?;
        if signature.signed_bytes > 0 {
            let covers = if signature.covers_whole_file {
                "the whole file".to_owned()
            } else {
                format!(
                    "the file up to byte {} of {} (the revision it signed)",
                    signature.signed_bytes, signature.file_bytes
                )
            };
            writeln!(out, "  covers: {covers}")?;
        }
        for added in &signature.changes_after.allowed {
            writeln!(
                out,
                "  added after it: {}",
                clean(crate::language::pick(added))
            )?;
        }
        for changed in &signature.changes_after.disallowed {
            writeln!(
                out,
                "  CHANGED after it: {}",
                clean(crate::language::pick(changed))
            )?;
        }
    }
    if verification.unsigned_trailing_bytes > 0 {
        writeln!(
            out,
            "the file has {} bytes after the last signature that no signature covers: it was changed after signing",
            verification.unsigned_trailing_bytes
        )?;
    }

    match gavel_minutes::check_fingerprint(store, verification)? {
        FingerprintCheck::NotPrinted => Ok(true),
        FingerprintCheck::NotInDatabase { printed } => {
            writeln!(
                out,
                "log fingerprint {}: the meeting is not in this database, not compared",
                clean(&printed)
            )?;
            Ok(true)
        }
        FingerprintCheck::Matches { printed } => {
            writeln!(
                out,
                "log fingerprint {}: matches the meeting in the database",
                clean(&printed)
            )?;
            Ok(true)
        }
        // An agenda says what was planned when it was made; the meeting goes on after it, so
        // there is nothing to compare, and it must not pass for the minutes.
        FingerprintCheck::Agenda {
            meeting_id,
            meeting_title,
        } => {
            match meeting_title {
                Some(title) => writeln!(
                    out,
                    "agenda (dagsorden) of the meeting \"{}\" ({}): an agenda pack, not minutes; it shows the meeting as planned when it was made and is not compared with the meeting's record",
                    clean(&title),
                    clean(&meeting_id)
                )?,
                None => writeln!(
                    out,
                    "agenda (dagsorden) of the meeting {}, which is not in this database: an agenda pack, not minutes; not compared with any record",
                    clean(&meeting_id)
                )?,
            }
            Ok(true)
        }
        FingerprintCheck::Differs { printed, recorded } => {
            writeln!(
                out,
                "log fingerprint {}: DIFFERS from the meeting in the database ({recorded}): the minutes do not show the meeting as recorded now",
                clean(&printed)
            )?;
            Ok(false)
        }
    }
}
