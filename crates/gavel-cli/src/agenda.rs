//! `gavel agenda …`: what goes out before a meeting. `ics` writes the meeting's invitation as an
//! iCalendar file (gavel-core's `invitation`), whole or not at all, and says whom it invites and
//! whom it cannot (no e-mail address). `export` writes the agenda pack as PDF (gavel-core's
//! `agenda_pack`, laid out by gavel-minutes as the minutes are), whole or not at all; its errors
//! are in the language of the pack, Danish unless told otherwise, since the secretariat that
//! sends a Danish agenda reads Danish.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;
use gavel_core::{MinutesLanguage, Store};
use gavel_minutes::Language;

use crate::minutes::LanguageChoice;
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
    },
}

pub fn run(store: &mut Store, command: AgendaCommand, out: &mut impl Write) -> anyhow::Result<()> {
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
        } => {
            // Until the pack is read, messages are in the language asked for, or Danish.
            let mut language = match lang {
                Some(LanguageChoice::En) => Language::English,
                Some(LanguageChoice::Da) | None => Language::Danish,
            };
            let words = |language: Language, danish: String, english: String| match language {
                Language::Danish => danish,
                Language::English => english,
            };
            check_target(&target, &|danish, english| words(language, danish, english))?;
            let pack = store.agenda_pack(meeting).map_err(|error| {
                anyhow::anyhow!(
                    "{}",
                    words(
                        language,
                        format!(
                            "{}; intet er skrevet.",
                            error.danish().trim_end_matches('.')
                        ),
                        format!("{error}; nothing was written")
                    )
                )
            })?;
            if lang.is_none() {
                language = match pack.language {
                    MinutesLanguage::Da => Language::Danish,
                    MinutesLanguage::En => Language::English,
                };
            }
            let words = |danish: String, english: String| words(language, danish, english);
            let rendered = gavel_minutes::render_agenda(&pack, language)?;
            gavel_core::files::write_atomically(&target, &rendered.pdf).map_err(|error| {
                let reason = gavel_core::describe_io_error(&error);
                anyhow::anyhow!(
                    "{}",
                    words(
                        format!("{} kan ikke skrives: {}", target.display(), reason.da),
                        format!("cannot write {}: {}", target.display(), reason.en)
                    )
                )
            })?;
            writeln!(
                out,
                "{}",
                words(
                    format!(
                        "Skrev {} ({} sider, {} byte), ikke underskrevet",
                        target.display(),
                        rendered.pages,
                        rendered.pdf.len()
                    ),
                    format!(
                        "Wrote {} ({} pages, {} bytes), not signed",
                        target.display(),
                        rendered.pages,
                        rendered.pdf.len()
                    )
                )
            )?;
            Ok(())
        }
    }
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
