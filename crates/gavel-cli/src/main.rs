//! `gavel`: Gavel's operations from the command line, over the same gavel-core calls as the
//! desktop app. Output is for people by default and JSON with `--json`; errors go to stderr with a
//! non-zero exit code.

gavel_allocator::install!();

mod agenda;
mod apply;
mod backlog;
mod backup;
mod cert;
mod decisions;
mod help;
mod language;
mod minutes;
mod output;
mod publish;
mod sync;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};
use gavel_core::{Store, StoreOptions};

use crate::language::message;

#[derive(Parser)]
#[command(
    name = "gavel",
    version,
    about = "Run steering-group meetings offline: backlog, agenda, decisions, signed minutes."
)]
struct Cli {
    /// The database file. Default: the same file the desktop app uses, in the platform's data folder.
    #[arg(long, global = true, env = "GAVEL_DB", value_name = "PATH")]
    db: Option<PathBuf>,

    /// Who is recording, written into every event. Default: the login name.
    #[arg(long, global = true, env = "GAVEL_AUTHOR", value_name = "NAME")]
    author: Option<String>,

    /// Reproducible runs (tests, fixtures, demos): a clock standing at this UTC time
    /// ("2026-12-10T13:00:00Z") that moves one second per event.
    #[arg(long, global = true, env = "GAVEL_FIXED_CLOCK", hide = true)]
    fixed_clock: Option<chrono::DateTime<chrono::Utc>>,

    /// Reproducible runs: the device id given to a database when it is created.
    #[arg(long, global = true, env = "GAVEL_DEVICE_ID", hide = true)]
    device_id: Option<uuid::Uuid>,

    #[command(subcommand)]
    command: TopCommand,
}

#[derive(Subcommand)]
enum TopCommand {
    /// Apply commands given as JSON lines (docs/commands.md), from FILE or standard input.
    Apply {
        /// A file of JSON lines; standard input when left out or "-".
        file: Option<PathBuf>,
    },
    /// Before a meeting: its invitation as an iCalendar file, its agenda pack as PDF (optionally
    /// signed).
    #[command(subcommand)]
    Agenda(agenda::AgendaCommand),
    /// The backlog: import and list.
    #[command(subcommand)]
    Backlog(backlog::BacklogCommand),
    /// Exchange meetings with other laptops by file.
    #[command(subcommand)]
    Sync(sync::SyncCommand),
    /// The decision register: every decision and action item across meetings and groups, newest first.
    Decisions(decisions::DecisionsArguments),
    /// The group's public meetings as a static website (HTML and CSS, no script): the decision
    /// register, a page per meeting and its signed minutes, in Danish and English.
    Publish(publish::PublishArguments),
    /// Meetings: list and show.
    #[command(subcommand)]
    Meeting(MeetingCommand),
    /// The decision log.
    #[command(subcommand)]
    Log(LogCommand),
    /// Fill an empty database with a demo steering group, backlog and meeting.
    Demo,
    /// Minutes: export as PDF (signed), countersign, verify signatures.
    #[command(subcommand)]
    Minutes(minutes::MinutesCommand),
    /// Signing certificates.
    #[command(subcommand)]
    Cert(cert::CertCommand),
    /// Backups of the database (made before upgrades and after each closed meeting): list, restore.
    #[command(subcommand)]
    Backup(backup::BackupCommand),
    /// Where Gavel keeps the database and its backups, and where the app saves exports.
    Paths {
        /// Print the result as JSON for scripts: the same in every language.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum MeetingCommand {
    /// List meetings, newest first.
    List {
        /// Print the result as JSON for scripts: the same in every language.
        #[arg(long)]
        json: bool,
    },
    /// Show one meeting with its agenda.
    Show {
        /// The meeting's id (see `gavel meeting list`).
        id: uuid::Uuid,
        /// Print the result as JSON for scripts: the same in every language.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand)]
enum LogCommand {
    /// Check every hash chain in the log; exits non-zero and names the first broken event.
    Verify {
        /// Print the result as JSON for scripts: the same in every language.
        #[arg(long)]
        json: bool,
    },
    /// Recompute every read table from the log (a repair; the result is the same as before).
    Rebuild,
}

fn main() -> ExitCode {
    gavel_allocator::give_freed_memory_back();
    // Cli::parse(), with the help in the reader's language.
    let matches = help::in_reader_language(Cli::command()).get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit());
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            // Messages quote what the user gave (a file's line, a title): shown escaped.
            eprintln!(
                "gavel: {}",
                output::clean(&language::describe_error(&error))
            );
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let mut options =
        StoreOptions::new(cli.author.unwrap_or_else(login_name)).with_automatic_backups();
    if let Some(start) = cli.fixed_clock {
        let millis = u64::try_from(start.timestamp_millis())
            .with_context(|| message("cli-fixed-clock-before-1970", &[]))?;
        options = options.with_clock(std::sync::Arc::new(
            gavel_core::SteppingClock::starting_at_millis(millis, 1_000),
        ));
    }
    if let Some(device_id) = cli.device_id {
        options = options.with_device_id(device_id);
    }
    let mut stdout = std::io::stdout().lock();
    if let TopCommand::Paths { json } = cli.command {
        // Says where things are without opening, or creating, the database.
        let database = match cli.db {
            Some(path) => path,
            None => default_database_path()?,
        };
        output::print_paths(&mut stdout, &database, json)?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut store = open_store(cli.db, options)?;
    match cli.command {
        TopCommand::Apply { file } => return apply::run(&mut store, file.as_deref(), &mut stdout),
        TopCommand::Agenda(command) => {
            agenda::run(&mut store, command, cli.fixed_clock, &mut stdout)?
        }
        TopCommand::Decisions(arguments) => decisions::run(&store, arguments, &mut stdout)?,
        TopCommand::Publish(arguments) => publish::run(&store, arguments, &mut stdout)?,
        TopCommand::Backlog(command) => backlog::run(&mut store, command, &mut stdout)?,
        TopCommand::Meeting(MeetingCommand::List { json }) => {
            let meetings = store.meetings()?;
            if json {
                output::print_json(&mut stdout, &meetings)?;
            } else {
                output::print_meetings(&mut stdout, &meetings)?;
            }
        }
        TopCommand::Meeting(MeetingCommand::Show { id, json }) => {
            let meeting = store.meeting(id)?;
            if json {
                output::print_json(&mut stdout, &meeting)?;
            } else {
                output::print_meeting(&mut stdout, &meeting)?;
            }
        }
        TopCommand::Log(LogCommand::Rebuild) => {
            store.rebuild()?;
            writeln!(
                stdout,
                "{}",
                message(
                    "cli-log-rebuilt",
                    &[("file", store.path().display().to_string().into())]
                )
            )?;
        }
        TopCommand::Log(LogCommand::Verify { json }) => {
            let verification = store.verify_log()?;
            if json {
                output::print_json(&mut stdout, &verification)?;
            } else {
                output::print_verification(&mut stdout, &verification)?;
            }
            if let Some(first) = verification.broken.first() {
                eprintln!(
                    "gavel: {}",
                    message(
                        "cli-log-broken",
                        &[
                            ("event", first.event_id.to_string().into()),
                            ("stream", first.stream.to_string().into()),
                            ("device", first.device.to_string().into()),
                            ("number", first.device_seq.to_string().into()),
                            ("reason", output::clean(&first.reason).into_owned().into()),
                        ]
                    )
                );
                return Ok(ExitCode::FAILURE);
            }
        }
        TopCommand::Sync(command) => sync::run(&mut store, command, &mut stdout)?,
        TopCommand::Minutes(command) => {
            return minutes::run(&mut store, command, cli.fixed_clock, &mut stdout);
        }
        TopCommand::Cert(command) => return cert::run(command, cli.fixed_clock, &mut stdout),
        TopCommand::Backup(command) => backup::run(&mut store, command, &mut stdout)?,
        TopCommand::Paths { .. } => unreachable!("answered before the store is opened"),
        TopCommand::Demo => {
            gavel_core::demo::load(&mut store)?;
            backup::warn_about_a_failed_backup(&mut store);
            writeln!(
                stdout,
                "{}",
                message(
                    "cli-demo-loaded",
                    &[("file", store.path().display().to_string().into())]
                )
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn open_store(db: Option<PathBuf>, options: StoreOptions) -> anyhow::Result<Store> {
    let path = match db {
        Some(path) => path,
        None => default_database_path()?,
    };
    // Before the folder is made: a path Windows cannot keep a database at changes nothing.
    gavel_core::windows_paths::check_database_path(&path)?;
    if let Some(folder) = path
        .parent()
        .filter(|folder| !folder.as_os_str().is_empty())
    {
        std::fs::create_dir_all(folder).with_context(|| {
            message(
                "cli-data-folder-not-created",
                &[("folder", folder.display().to_string().into())],
            )
        })?;
    }
    Ok(Store::open(&path, options)?)
}

/// The desktop app's database (`gavel_core::locations`), so that the CLI and the app share one
/// file unless told otherwise.
fn default_database_path() -> anyhow::Result<PathBuf> {
    gavel_core::locations::default_database().with_context(|| message("cli-no-data-folder", &[]))
}

fn login_name() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "gavel".to_owned())
}
