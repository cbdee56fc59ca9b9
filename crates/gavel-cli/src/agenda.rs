//! `gavel agenda …`: what goes out before a meeting. `ics` writes the meeting's invitation as an
//! iCalendar file (gavel-core's `invitation`), whole or not at all, and says whom it invites and
//! whom it cannot (no e-mail address).

use std::io::Write;
use std::path::PathBuf;

use clap::Subcommand;
use gavel_core::{MinutesLanguage, Store};

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
    }
}
