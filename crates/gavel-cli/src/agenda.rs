//! `gavel agenda …`: what goes out before a meeting. `ics` writes the meeting's invitation as an
//! iCalendar file (gavel-core's `invitation`), whole or not at all, and says whom it invites and
//! whom it cannot (no e-mail address). `export` writes the agenda pack as PDF (gavel-core's
//! `agenda_pack`, laid out by gavel-minutes as the minutes are), optionally signed in its
//! sender box with a `.p12` as `minutes export --sign` signs the minutes (gavel-minutes'
//! `export_agenda`, which records nothing), whole or not at all; its messages are in the
//! language of the pack, Danish unless told otherwise, since the secretariat that sends a Danish
//! agenda reads Danish.

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use clap::{Subcommand, ValueEnum};
use gavel_core::{MemberRole, MinutesLanguage, Store};
use gavel_minutes::{Destination, Language, Signer};

use crate::minutes::{LanguageChoice, now_local, read_password};
use crate::output::{clean, write_atomically};

#[derive(Subcommand)]
pub enum AgendaCommand {
    /// Write the meeting's invitation as an iCalendar file (.ics) for Outlook and other
    /// calendars: time in Danish time, place, agenda, and the members with an e-mail address as
    /// attendees. A later file for the same meeting updates the invitation.
    Ics {
        /// The meeting's id (see `gavel meeting list`).
        meeting: uuid::Uuid,
        /// The .ics file to write.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The language of the description. Default: the group's minutes language.
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        /// Print what was written as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Write the meeting's agenda pack (dagsorden) as an A4 PDF, set as the minutes are: the
    /// agenda with page numbers, each item's case description and proposed decision, the
    /// backlog items with their Jira status, points and votes, the rules of procedure and the
    /// members. For a meeting in any phase; usually a draft, a week before.
    Export {
        /// The meeting's id (see `gavel meeting list`).
        meeting: uuid::Uuid,
        /// The PDF to write; its folder must exist.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The language of the agenda and of the messages. Default: the group's minutes
        /// language (messages before the meeting is found: Danish).
        #[arg(long, value_enum)]
        lang: Option<LanguageChoice>,
        /// Sign in the agenda's "Udsendt af" box with the key in this PKCS#12 (.p12/.pfx)
        /// file. Nothing is recorded in the database: an agenda is not the minutes.
        #[arg(long, value_name = "P12", requires = "password_file")]
        sign: Option<PathBuf>,
        /// The file holding the .p12 password ("-": read it from standard input).
        #[arg(long, value_name = "FILE", requires = "sign")]
        password_file: Option<PathBuf>,
        /// The role of whoever sends the agenda out, printed on the signature stamp.
        #[arg(long, value_enum, default_value_t = SenderRole::Secretary, requires = "sign")]
        role: SenderRole,
    },
}

/// Who sends an agenda out and signs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SenderRole {
    Secretary,
    Chair,
}

impl From<SenderRole> for MemberRole {
    fn from(role: SenderRole) -> MemberRole {
        match role {
            SenderRole::Secretary => MemberRole::Secretary,
            SenderRole::Chair => MemberRole::Chair,
        }
    }
}

/// `fixed_clock`: the CLI's reproducible clock, if set; it stands in for "now" when signing.
pub fn run(
    store: &mut Store,
    command: AgendaCommand,
    fixed_clock: Option<DateTime<Utc>>,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    match command {
        AgendaCommand::Ics {
            meeting,
            out: target,
            lang,
            json,
        } => {
            let language = lang.map(|choice| match choice {
                LanguageChoice::Da => MinutesLanguage::Da,
                LanguageChoice::En => MinutesLanguage::En,
            });
            let invitation = store.meeting_invitation(meeting, language)?;
            write_atomically(&target, invitation.calendar.as_bytes())?;
            if json {
                crate::output::print_json(out, &invitation)?;
                return Ok(());
            }
            writeln!(
                out,
                "wrote {} (invitation revision {}, {} attendees)",
                target.display(),
                invitation.sequence,
                invitation.invited.len()
            )?;
            if !invitation.without_email.is_empty() {
                let names: Vec<String> = invitation
                    .without_email
                    .iter()
                    .map(|name| clean(name).into_owned())
                    .collect();
                writeln!(out, "not invited, no e-mail address: {}", names.join(", "))?;
            }
            Ok(())
        }
        AgendaCommand::Export {
            meeting,
            out: target,
            lang,
            sign,
            password_file,
            role,
        } => {
            // Until the pack is read, messages are in the language asked for, or Danish.
            let mut language = match lang {
                Some(LanguageChoice::En) => Language::English,
                Some(LanguageChoice::Da) | None => Language::Danish,
            };
            check_target(&target, &|danish, english| pick(language, danish, english))?;
            let pack = store
                .agenda_pack(meeting)
                .map_err(|error| nothing_written(language, error.danish(), error.to_string()))?;
            if lang.is_none() {
                language = match pack.language {
                    MinutesLanguage::Da => Language::Danish,
                    MinutesLanguage::En => Language::English,
                };
            }
            let identity = match (&sign, &password_file) {
                (Some(p12), Some(password_file)) => {
                    let password = read_password(password_file)
                        .map_err(|error| nothing_written(language, error.0.da, error.0.en))?;
                    let identity = gavel_minutes::certificate::load_pkcs12(p12, &password)
                        .map_err(|error| minutes_error(language, &error))?;
                    Some(identity)
                }
                _ => None,
            };
            let signer = identity.as_ref().map(|identity| Signer {
                identity,
                role: role.into(),
                signing_time: now_local(fixed_clock),
            });
            let saved = gavel_minutes::export_agenda(
                &pack,
                language,
                signer.as_ref(),
                Destination::File(&target),
            )
            .map_err(|error| minutes_error(language, &error))?;
            let (pages, bytes, path) = (saved.pages, saved.bytes, saved.path.display());
            let written = match &saved.signature {
                Some(signature) => {
                    for warning in &signature.warnings {
                        eprintln!(
                            "gavel: {}: {}",
                            pick(language, "advarsel", "warning"),
                            warning.text(language)
                        );
                    }
                    let field = &signature.field_name;
                    pick(
                        language,
                        format!(
                            "Skrev {path} ({pages} sider, {bytes} byte), underskrevet i feltet {field}"
                        ),
                        format!(
                            "Wrote {path} ({pages} pages, {bytes} bytes), signed in box {field}"
                        ),
                    )
                }
                None => pick(
                    language,
                    format!("Skrev {path} ({pages} sider, {bytes} byte), ikke underskrevet"),
                    format!("Wrote {path} ({pages} pages, {bytes} bytes), not signed"),
                ),
            };
            writeln!(out, "{written}")?;
            Ok(())
        }
    }
}

fn pick<T>(language: Language, danish: T, english: T) -> T {
    match language {
        Language::Danish => danish,
        Language::English => english,
    }
}

/// A refusal in `language`, saying that nothing was written (unless the reason says so already,
/// as a full disk's does).
fn nothing_written(language: Language, danish: String, english: String) -> anyhow::Error {
    let message = match language {
        Language::Danish if danish.contains("intet blev skrevet") => danish,
        Language::Danish => format!("{}; intet er skrevet.", danish.trim_end_matches('.')),
        Language::English if english.contains("nothing was written") => english,
        Language::English => format!("{english}; nothing was written"),
    };
    anyhow::anyhow!("{message}")
}

/// gavel-minutes' error (a wrong password, a missing `.p12`, an unwritable file) in `language`.
fn minutes_error(language: Language, error: &gavel_minutes::Error) -> anyhow::Error {
    nothing_written(language, error.danish(), error.to_string())
}

/// Refuses an `--out` whose folder is missing or that is a folder, before anything is read or
/// written: the message names the option and the folder.
fn check_target(target: &Path, words: &impl Fn(String, String) -> String) -> anyhow::Result<()> {
    if target.is_dir() {
        anyhow::bail!(
            "{}",
            words(
                format!(
                    "--out: {} er en mappe; angiv et filnavn, fx {}. Intet er skrevet.",
                    target.display(),
                    target.join("dagsorden.pdf").display()
                ),
                format!(
                    "--out: {} is a folder; give a file name, e.g. {}. Nothing was written.",
                    target.display(),
                    target.join("agenda.pdf").display()
                )
            )
        );
    }
    let folder = target
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !folder.is_dir() {
        anyhow::bail!(
            "{}",
            words(
                format!(
                    "--out: mappen {} findes ikke; opret den, eller vælg en anden fil. Intet er skrevet.",
                    folder.display()
                ),
                format!(
                    "--out: the folder {} does not exist; create it or choose another file. Nothing was written.",
                    folder.display()
                )
            )
        );
    }
    Ok(())
}
