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

use crate::language::message;
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
    Verify {
        /// The PDF file to check.
        pdf: PathBuf,
    },
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
                    print_warnings(&signature.warnings);
                    writeln!(
                        out,
                        "{}",
                        message(
                            "cli-pdf-written-signed",
                            &[
                                ("file", saved.path.display().to_string().into()),
                                ("pages", saved.pages.into()),
                                ("bytes", saved.bytes.to_string().into()),
                                ("field", signature.field_name.as_str().into()),
                            ]
                        )
                    )?;
                }
                _ => {
                    let saved =
                        gavel_minutes::export_minutes(store, meeting, language, destination)?;
                    writeln!(
                        out,
                        "{}",
                        message(
                            "cli-pdf-written-unsigned",
                            &[
                                ("file", saved.path.display().to_string().into()),
                                ("pages", saved.pages.into()),
                                ("bytes", saved.bytes.to_string().into()),
                            ]
                        )
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
            print_warnings(&countersigned.signature.warnings);
            writeln!(
                out,
                "{}",
                message(
                    "cli-countersigned",
                    &[
                        ("file", countersigned.path.display().to_string().into()),
                        ("bytes", countersigned.bytes.to_string().into()),
                        ("field", countersigned.signature.field_name.as_str().into()),
                    ]
                )
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
    let from_standard_input = file == Path::new("-");
    let name = file.display().to_string();
    if from_standard_input {
        std::io::stdin()
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(|error| {
                PasswordFileError(reason_in_both_languages(&error, |reason| {
                    Bilingual::message(
                        "cli-password-stdin-unreadable",
                        &[("reason", reason.into())],
                    )
                }))
            })?;
    } else {
        let cannot_read = |error: std::io::Error| {
            PasswordFileError(reason_in_both_languages(&error, |reason| {
                Bilingual::message(
                    "cli-password-file-unreadable",
                    &[("file", name.as_str().into()), ("reason", reason.into())],
                )
            }))
        };
        let (handle, _) = gavel_core::files::open_regular_file(file).map_err(cannot_read)?;
        handle
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map_err(cannot_read)?;
    }
    if bytes.len() > PASSWORD_BUFFER_BYTES {
        let most = PASSWORD_BUFFER_BYTES.to_string();
        return Err(PasswordFileError(if from_standard_input {
            Bilingual::message("cli-password-stdin-too-long", &[("bytes", most.into())])
        } else {
            Bilingual::message(
                "cli-password-file-too-long",
                &[("file", name.as_str().into()), ("bytes", most.into())],
            )
        }));
    }
    let text = std::str::from_utf8(&bytes).map_err(|_| {
        PasswordFileError(if from_standard_input {
            Bilingual::message("cli-password-stdin-not-utf8", &[])
        } else {
            Bilingual::message(
                "cli-password-file-not-utf8",
                &[("file", name.as_str().into())],
            )
        })
    })?;
    let first_line = text.split(['\n', '\r']).next().unwrap_or_default();
    Ok(Zeroizing::new(first_line.to_owned()))
}

/// The message `words` makes of a reading error's reason, each language with the reason in it.
fn reason_in_both_languages(
    error: &std::io::Error,
    words: impl Fn(&str) -> Bilingual,
) -> Bilingual {
    let reason = reading_reason(error);
    Bilingual::new(words(&reason.da).da, words(&reason.en).en)
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
pub fn reading_reason(error: &std::io::Error) -> Bilingual {
    if let Some(refusal) = gavel_core::files::NotARegularFile::in_error(error) {
        return Bilingual::new(refusal.danish(), refusal.to_string());
    }
    match error.kind() {
        std::io::ErrorKind::NotFound => {
            Bilingual::message("cli-file-not-found", &[("error", error.to_string().into())])
        }
        _ => Bilingual::untranslated(error.to_string()),
    }
}

/// A signature's warnings (an expired certificate …) on stderr, in the reader's language.
fn print_warnings(warnings: &[gavel_minutes::SignatureWarning]) {
    for warning in warnings {
        eprintln!(
            "gavel: {}",
            message(
                "cli-warning",
                &[(
                    "warning",
                    warning.text(crate::language::minutes_language()).into()
                )]
            )
        );
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
        writeln!(
            out,
            "{}",
            message(
                "cli-verify-not-signed",
                &[("file", pdf.display().to_string().into())]
            )
        )?;
    }
    for signature in &verification.signatures {
        let mut line = message(
            "cli-verify-signature",
            &[("number", signature.number.to_string().into())],
        );
        if let Some(field) = &signature.field_name {
            line.push_str(&format!(" ({})", clean(field)));
        }
        let verdict = match signature.verdict() {
            SignatureVerdict::Valid => message("cli-verify-valid", &[]),
            SignatureVerdict::ChangedAfterSigning => {
                message("cli-verify-changed-after-signing", &[])
            }
            SignatureVerdict::Invalid => message("cli-verify-invalid", &[]),
        };
        line.push_str(&format!(": {verdict}"));
        match &signature.signer {
            Some(signer) => {
                let mut who = clean(signer).into_owned();
                if let Some(organisation) = &signature.organisation {
                    who.push_str(&format!(", {}", clean(organisation)));
                }
                line.push_str(&format!(" — {who}"));
            }
            None => line.push_str(&format!(" — {}", message("cli-verify-signer-hidden", &[]))),
        }
        // Each further fact after a semicolon.
        let mut facts = Vec::new();
        if let Some(time) = signature.signing_time {
            facts.push(message(
                "cli-verify-signed-at",
                &[("time", time.format("%Y-%m-%d %H:%M %:z").to_string().into())],
            ));
        }
        match &signature.certificate {
            CertificateStatus::Valid { not_after } => facts.push(message(
                "cli-verify-certificate-valid",
                &[("date", not_after.format("%Y-%m-%d").to_string().into())],
            )),
            // Said by the warning ("the certificate expired on …") and the problem lines.
            CertificateStatus::ExpiredSince { .. }
            | CertificateStatus::NotValidAtSigning { .. }
            | CertificateStatus::Unknown => {}
        }
        let chain = crate::language::pick(&signature.chain);
        if !chain.is_empty() {
            facts.push(clean(chain).into_owned());
        }
        for problem in &signature.problems {
            facts.push(message(
                "cli-verify-error",
                &[(
                    "problem",
                    clean(crate::language::pick(problem)).into_owned().into(),
                )],
            ));
        }
        for warning in &signature.warnings {
            let text = warning.text(crate::language::minutes_language());
            facts.push(message(
                "cli-warning",
                &[("warning", clean(text).into_owned().into())],
            ));
        }
        for fact in facts {
            line.push_str("; ");
            line.push_str(&fact);
        }
        writeln!(out, "{line}")?;
        if signature.signed_bytes > 0 {
            let covers = if signature.covers_whole_file {
                message("cli-verify-covers-whole-file", &[])
            } else {
                message(
                    "cli-verify-covers-revision",
                    &[
                        ("signed", signature.signed_bytes.to_string().into()),
                        ("total", signature.file_bytes.to_string().into()),
                    ],
                )
            };
            writeln!(
                out,
                "  {}",
                message("cli-verify-covers", &[("what", covers.into())])
            )?;
        }
        for added in &signature.changes_after.allowed {
            writeln!(
                out,
                "  {}",
                message(
                    "cli-verify-added-after",
                    &[(
                        "change",
                        clean(crate::language::pick(added)).into_owned().into()
                    )]
                )
            )?;
        }
        for changed in &signature.changes_after.disallowed {
            writeln!(
                out,
                "  {}",
                message(
                    "cli-verify-changed-after",
                    &[(
                        "change",
                        clean(crate::language::pick(changed)).into_owned().into()
                    )]
                )
            )?;
        }
    }
    if verification.unsigned_trailing_bytes > 0 {
        writeln!(
            out,
            "{}",
            message(
                "cli-verify-trailing-bytes",
                &[(
                    "bytes",
                    verification.unsigned_trailing_bytes.to_string().into()
                )]
            )
        )?;
    }

    match gavel_minutes::check_fingerprint(store, verification)? {
        FingerprintCheck::NotPrinted => Ok(true),
        FingerprintCheck::NotInDatabase { printed } => {
            writeln!(
                out,
                "{}",
                message(
                    "cli-verify-fingerprint-not-in-database",
                    &[("fingerprint", clean(&printed).into_owned().into())]
                )
            )?;
            Ok(true)
        }
        FingerprintCheck::Matches { printed } => {
            writeln!(
                out,
                "{}",
                message(
                    "cli-verify-fingerprint-matches",
                    &[("fingerprint", clean(&printed).into_owned().into())]
                )
            )?;
            Ok(true)
        }
        // An agenda says what was planned when it was made; the meeting goes on after it, so
        // there is nothing to compare, and it must not pass for the minutes.
        FingerprintCheck::Agenda {
            meeting_id,
            meeting_title,
        } => {
            let meeting = clean(&meeting_id).into_owned();
            let said = match meeting_title {
                Some(title) => message(
                    "cli-verify-agenda",
                    &[
                        ("title", clean(&title).into_owned().into()),
                        ("meeting", meeting.into()),
                    ],
                ),
                None => message(
                    "cli-verify-agenda-unknown-meeting",
                    &[("meeting", meeting.into())],
                ),
            };
            writeln!(out, "{said}")?;
            Ok(true)
        }
        FingerprintCheck::Differs { printed, recorded } => {
            writeln!(
                out,
                "{}",
                message(
                    "cli-verify-fingerprint-differs",
                    &[
                        ("fingerprint", clean(&printed).into_owned().into()),
                        ("recorded", recorded.to_string().into()),
                    ]
                )
            )?;
            Ok(false)
        }
    }
}
