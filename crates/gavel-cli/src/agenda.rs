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
use gavel_messages::Argument;
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
            // In the reader's language, whatever the invitation's.
            writeln!(
                out,
                "{}",
                crate::language::message(
                    "cli-invitation-written",
                    &[
                        ("file", target.display().to_string().into()),
                        ("revision", invitation.sequence.to_string().into()),
                        ("count", invitation.invited.len().into()),
                    ]
                )
            )?;
            if !invitation.without_email.is_empty() {
                let names: Vec<String> = invitation
                    .without_email
                    .iter()
                    .map(|name| clean(name).into_owned())
                    .collect();
                writeln!(
                    out,
                    "{}",
                    crate::language::message(
                        "cli-invitation-without-email",
                        &[("names", names.join(", ").into())]
                    )
                )?;
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
            check_target(&target, language)?;
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
                            "gavel: {}",
                            message(
                                language,
                                "cli-warning",
                                &[("warning", warning.text(language).into())]
                            )
                        );
                    }
                    message(
                        language,
                        "cli-pdf-written-signed",
                        &[
                            ("file", path.to_string().into()),
                            ("pages", pages.into()),
                            ("bytes", bytes.to_string().into()),
                            ("field", signature.field_name.as_str().into()),
                        ],
                    )
                }
                None => message(
                    language,
                    "cli-pdf-written-unsigned",
                    &[
                        ("file", path.to_string().into()),
                        ("pages", pages.into()),
                        ("bytes", bytes.to_string().into()),
                    ],
                ),
            };
            writeln!(out, "{written}")?;
            Ok(())
        }
    }
}

/// The catalogue's message `id` in the agenda's `language`.
fn message(language: Language, id: &str, arguments: &[(&str, Argument<'_>)]) -> String {
    let language = match language {
        Language::Danish => gavel_messages::Language::Danish,
        Language::English => gavel_messages::Language::English,
    };
    gavel_messages::message(language, id, arguments)
}

/// A refusal in `language`, saying that nothing was written (unless the reason says so already,
/// as a full disk's does).
fn nothing_written(language: Language, danish: String, english: String) -> anyhow::Error {
    let (reason, said_already) = match language {
        Language::Danish => {
            let said = danish.contains("intet blev skrevet");
            (danish, said)
        }
        Language::English => {
            let said = english.contains("nothing was written");
            (english, said)
        }
    };
    if said_already {
        return anyhow::Error::msg(reason);
    }
    anyhow::Error::msg(message(
        language,
        "cli-nothing-written",
        &[("reason", reason.trim_end_matches('.').into())],
    ))
}

/// gavel-minutes' error (a wrong password, a missing `.p12`, an unwritable file) in `language`.
fn minutes_error(language: Language, error: &gavel_minutes::Error) -> anyhow::Error {
    nothing_written(language, error.danish(), error.to_string())
}

/// Refuses an `--out` whose folder is missing or that is a folder, before anything is read or
/// written: the message, in `language`, names the option and the folder.
fn check_target(target: &Path, language: Language) -> anyhow::Result<()> {
    if target.is_dir() {
        let example = target.join(message(language, "cli-agenda-example-file", &[]));
        anyhow::bail!(message(
            language,
            "cli-out-is-folder",
            &[
                ("out", target.display().to_string().into()),
                ("example", example.display().to_string().into()),
            ]
        ));
    }
    let folder = target
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !folder.is_dir() {
        anyhow::bail!(message(
            language,
            "cli-out-folder-missing",
            &[("folder", folder.display().to_string().into())]
        ));
    }
    Ok(())
}
