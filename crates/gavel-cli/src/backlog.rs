//! `gavel backlog …`: importing a backlog file (a Jira export as CSV or JSON, or Gavel's own CSV;
//! docs/jira.md, docs/backlog-csv.md), previewing an import with `--dry-run`, and listing the
//! backlog in rank order.

use std::io::Write;
use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};
use gavel_core::{BacklogImportReport, ImportFormat, Store};

use crate::output;

#[derive(Subcommand)]
pub enum BacklogCommand {
    /// Add or update backlog items from a Jira export (CSV or JSON) or a Gavel backlog CSV, by
    /// issue key, all or nothing.
    Import {
        file: PathBuf,
        /// The file's format; `auto` tells it from the content.
        #[arg(long, value_enum, default_value_t = FormatChoice::Auto)]
        format: FormatChoice,
        /// Show what the import would add, change and leave out, without writing anything.
        #[arg(long)]
        dry_run: bool,
        /// List the added, changed and missing issue keys (always shown with --dry-run).
        #[arg(long)]
        details: bool,
        #[arg(long)]
        json: bool,
    },
    /// List the backlog in rank order.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Write a CSV for Jira's CSV importer with the meeting's decisions: the group's priority
    /// order, a label and a comment per decision (docs/jira.md, "Back to Jira").
    ExportJira {
        meeting: uuid::Uuid,
        #[arg(long, value_name = "FILE.csv")]
        out: PathBuf,
    },
}

/// The `--format` values.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub enum FormatChoice {
    Auto,
    GavelCsv,
    JiraCsv,
    JiraJson,
}

impl From<FormatChoice> for ImportFormat {
    fn from(choice: FormatChoice) -> ImportFormat {
        match choice {
            FormatChoice::Auto => ImportFormat::Auto,
            FormatChoice::GavelCsv => ImportFormat::GavelCsv,
            FormatChoice::JiraCsv => ImportFormat::JiraCsv,
            FormatChoice::JiraJson => ImportFormat::JiraJson,
        }
    }
}

pub fn run(store: &mut Store, command: BacklogCommand, out: &mut impl Write) -> anyhow::Result<()> {
    match command {
        BacklogCommand::ExportJira { meeting, out: path } => {
            let updates = store.jira_updates(meeting)?;
            let csv = gavel_core::jira_updates_csv(&updates)?;
            crate::output::write_atomically(&path, &csv)?;
            writeln!(
                out,
                "{}: {} issue(s) to update in Jira",
                path.display(),
                updates.len()
            )?;
        }
        BacklogCommand::Import {
            file,
            format,
            dry_run,
            details,
            json,
        } => {
            let backlog = gavel_core::read_backlog_path(&file, format.into())?;
            let report = store.import_backlog(&file.display().to_string(), backlog, dry_run)?;
            if json {
                output::print_json(out, &report)?;
            } else {
                print_import_report(out, &report, details || dry_run)?;
                for warning in &report.warnings {
                    eprintln!(
                        "gavel: warning: {}: {}",
                        output::clean(&report.file_name),
                        output::clean(&warning.to_string())
                    );
                }
            }
        }
        BacklogCommand::List { json } => {
            let items = store.backlog_items()?;
            if json {
                output::print_json(out, &items)?;
            } else {
                output::print_backlog(out, &items)?;
            }
        }
    }
    Ok(())
}

/// At most this many keys per list, so that a first import of 10,000 issues stays readable;
/// `--json` has them all.
const KEYS_SHOWN: usize = 20;

/// One summary line; with `details`, the keys added, changed (with their fields) and not in the
/// file, one group per line.
fn print_import_report(
    out: &mut impl Write,
    report: &BacklogImportReport,
    details: bool,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{}: {} added, {} changed, {} unchanged{}",
        output::clean(&report.file_name),
        report.added,
        report.changed,
        report.unchanged,
        if report.dry_run {
            " (dry run: nothing was written)"
        } else {
            ""
        }
    )?;
    if !details {
        return Ok(());
    }
    writeln!(
        out,
        "  file:      {} ({})",
        output::clean(&report.note),
        report.format.description()
    )?;
    if !report.added_keys.is_empty() {
        writeln!(out, "  added:     {}", key_list(&report.added_keys))?;
    }
    if !report.changed_items.is_empty() {
        let changes: Vec<String> = report
            .changed_items
            .iter()
            .map(|change| format!("{} ({})", change.key, change.fields.join(", ")))
            .collect();
        writeln!(out, "  changed:   {}", key_list(&changes))?;
    }
    if !report.gone_keys.is_empty() {
        let partial = if report.issues_in_search.is_some() {
            "; the file is one page of a search, so these may be on another page"
        } else {
            ""
        };
        writeln!(
            out,
            "  not in the file (kept{partial}): {}",
            key_list(&report.gone_keys)
        )?;
    }
    Ok(())
}

/// The keys come from the imported file: [`output::clean`]ed.
fn key_list(keys: &[String]) -> String {
    let mut shown = output::clean(&keys[..keys.len().min(KEYS_SHOWN)].join(", ")).into_owned();
    if keys.len() > KEYS_SHOWN {
        shown.push_str(&format!(" … and {} more", keys.len() - KEYS_SHOWN));
    }
    shown
}
