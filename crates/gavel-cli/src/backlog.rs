//! `gavel backlog …`: importing a backlog file (a Jira export as CSV or JSON, or Gavel's own CSV;
//! docs/jira.md, docs/backlog-csv.md), previewing an import with `--dry-run`, and listing the
//! backlog in rank order.

use std::io::Write;
use std::path::PathBuf;

use clap::{Subcommand, ValueEnum};
use gavel_core::{
    BacklogImportReport, ColumnChoice, ColumnField, ImportFormat, ImportOptions, RecognisedBy,
    Store,
};

use crate::language::message;
use crate::output::{self, label_width, labelled};

#[derive(Subcommand)]
pub enum BacklogCommand {
    /// Add or update backlog items from a Jira export (CSV, JSON or XML) or a Gavel backlog CSV,
    /// by issue key, all or nothing.
    Import {
        /// The file to read the backlog from.
        file: PathBuf,
        /// The file's format; `auto` tells it from the content.
        #[arg(long, value_enum, default_value_t = FormatChoice::Auto)]
        format: FormatChoice,
        /// Read a Jira CSV column as a field, over Gavel's recognition: `"Stemmer=votes"`;
        /// `"Header="` leaves the column out. Fields: key, summary, status, priority, issue_type,
        /// parent, rank, sprint, story_points, votes, watchers, labels. Repeatable.
        #[arg(long = "column", value_name = "HEADER=FIELD", value_parser = parse_column_choice)]
        columns: Vec<ColumnChoice>,
        /// Show what the import would add, change and leave out, without writing anything.
        #[arg(long)]
        dry_run: bool,
        /// List the added, changed and missing issue keys (always shown with --dry-run).
        #[arg(long)]
        details: bool,
        /// Print the result as JSON for scripts: the same in every language.
        #[arg(long)]
        json: bool,
    },
    /// List the backlog in rank order.
    List {
        /// Print the result as JSON for scripts: the same in every language.
        #[arg(long)]
        json: bool,
    },
    /// Write a CSV for Jira's CSV importer with the meeting's decisions: the group's priority
    /// order, a label and a comment per decision (docs/jira.md, "Back to Jira").
    ExportJira {
        /// The meeting's id (see `gavel meeting list`).
        meeting: uuid::Uuid,
        /// The CSV file to write.
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
    JiraXml,
}

impl From<FormatChoice> for ImportFormat {
    fn from(choice: FormatChoice) -> ImportFormat {
        match choice {
            FormatChoice::Auto => ImportFormat::Auto,
            FormatChoice::GavelCsv => ImportFormat::GavelCsv,
            FormatChoice::JiraCsv => ImportFormat::JiraCsv,
            FormatChoice::JiraJson => ImportFormat::JiraJson,
            FormatChoice::JiraXml => ImportFormat::JiraXml,
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
                "{}",
                message(
                    "cli-jira-updates-written",
                    &[
                        ("file", path.display().to_string().into()),
                        ("count", updates.len().into()),
                    ]
                )
            )?;
        }
        BacklogCommand::Import {
            file,
            format,
            columns,
            dry_run,
            details,
            json,
        } => {
            let options = ImportOptions {
                format: format.into(),
                columns,
            };
            let backlog = gavel_core::read_backlog_path(&file, &options)?;
            let report = store.import_backlog(&file.display().to_string(), backlog, dry_run)?;
            if json {
                output::print_json(out, &report)?;
            } else {
                print_import_report(out, &report, details || dry_run)?;
                for warning in &report.warnings {
                    let warning = format!(
                        "{}: {}",
                        output::clean(&report.file_name),
                        output::clean(crate::language::pick(warning))
                    );
                    eprintln!(
                        "gavel: {}",
                        message("cli-warning", &[("warning", warning.into())])
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

/// `"Stemmer=votes"` → the column "Stemmer" read as votes; `"Header="` → not read.
fn parse_column_choice(text: &str) -> Result<ColumnChoice, String> {
    let (header, field) = text
        .rsplit_once('=')
        .ok_or_else(|| message("cli-column-choice-expected", &[("text", text.into())]))?;
    let field = match field.trim() {
        "" => None,
        name => Some(ColumnField::from_name(name).ok_or_else(|| {
            let names: Vec<&str> = ColumnField::CHOOSABLE
                .iter()
                .map(|field| field.name())
                .collect();
            message(
                "cli-column-choice-unknown-field",
                &[("field", name.into()), ("fields", names.join(", ").into())],
            )
        })?),
    };
    Ok(ColumnChoice {
        header: header.trim().to_owned(),
        field,
    })
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
    let summary = message(
        "cli-import-summary",
        &[
            ("file", output::clean(&report.file_name).into_owned().into()),
            ("added", report.added.into()),
            ("changed", report.changed.into()),
            ("unchanged", report.unchanged.into()),
        ],
    );
    if report.dry_run {
        writeln!(out, "{summary} ({})", message("cli-import-dry-run", &[]))?;
    } else {
        writeln!(out, "{summary}")?;
    }
    // Always shown, details or not: the file undoes what a meeting decided.
    for conflict in &report.decided_conflicts {
        writeln!(
            out,
            "  {}",
            message(
                "cli-import-decided-otherwise",
                &[
                    ("key", output::clean(&conflict.key).into_owned().into()),
                    (
                        "jira",
                        output::clean(conflict.jira_status.as_deref().unwrap_or("-"))
                            .into_owned()
                            .into()
                    ),
                    ("date", conflict.meeting_date.to_string().into()),
                    (
                        "meeting",
                        output::clean(&conflict.meeting_title).into_owned().into()
                    ),
                    (
                        "decided",
                        output::clean(&conflict.decided_status).into_owned().into()
                    ),
                ]
            )
        )?;
    }
    if !details {
        return Ok(());
    }
    let labels = [
        message("cli-import-label-file", &[]),
        message("cli-import-label-added", &[]),
        message("cli-import-label-changed", &[]),
        message("cli-import-label-columns", &[]),
        message("cli-import-label-not-read", &[]),
        message("cli-import-label-not-utf8", &[]),
    ];
    let width = label_width(&labels);
    let [
        file,
        added,
        changed,
        columns_label,
        not_read_label,
        not_utf8,
    ] = &labels;
    let file_note = format!(
        "{} ({})",
        output::clean(&report.note),
        format_name(report.format)
    );
    writeln!(out, "  {}", labelled(file, width, &file_note))?;
    if !report.added_items.is_empty() {
        let keys: Vec<String> = report
            .added_items
            .iter()
            .map(|item| item.key.clone())
            .collect();
        writeln!(out, "  {}", labelled(added, width, &key_list(&keys)))?;
    }
    if !report.changed_items.is_empty() {
        let changes: Vec<String> = report
            .changed_items
            .iter()
            .map(|change| {
                let fields: Vec<&str> = change
                    .fields
                    .iter()
                    .map(|field| field.field.as_str())
                    .collect();
                format!("{} ({})", change.key, fields.join(", "))
            })
            .collect();
        writeln!(out, "  {}", labelled(changed, width, &key_list(&changes)))?;
    }
    let columns: Vec<String> = report
        .columns
        .iter()
        .filter(|column| column.field.is_some())
        .map(|column| {
            let field = column.field.map_or("-", |field| field.name());
            let how = match column.recognised_by {
                RecognisedBy::Name => message("cli-recognised-by-name", &[]),
                RecognisedBy::Values => message("cli-recognised-by-values", &[]),
                RecognisedBy::Position => message("cli-recognised-by-position", &[]),
                RecognisedBy::Choice => message("cli-recognised-by-choice", &[]),
                RecognisedBy::NotRead => message("cli-recognised-by-not-read", &[]),
            };
            format!("{} → {field} ({how})", column.header)
        })
        .collect();
    if !columns.is_empty() {
        // Headers come from the imported file: cleaned like the keys.
        writeln!(
            out,
            "  {}",
            labelled(columns_label, width, &output::clean(&columns.join(", ")))
        )?;
        let not_read: Vec<String> = report
            .columns
            .iter()
            .filter(|column| column.field.is_none())
            .map(|column| column.header.clone())
            .collect();
        if !not_read.is_empty() {
            writeln!(
                out,
                "  {}",
                labelled(not_read_label, width, &key_list(&not_read))
            )?;
        }
    }
    if !report.text_repairs.is_empty() {
        let repairs: Vec<String> = report
            .text_repairs
            .iter()
            .map(|repair| {
                message(
                    "cli-import-repaired-line",
                    &[
                        ("line", repair.line.to_string().into()),
                        ("characters", repair.characters.as_str().into()),
                    ],
                )
            })
            .collect();
        writeln!(out, "  {}", labelled(not_utf8, width, &key_list(&repairs)))?;
    }
    if !report.gone_keys.is_empty() {
        let keys = key_list(&report.gone_keys);
        let gone = if report.issues_in_search.is_some() {
            message("cli-import-gone-one-page", &[("keys", keys.into())])
        } else {
            message("cli-import-gone", &[("keys", keys.into())])
        };
        writeln!(out, "  {gone}")?;
    }
    Ok(())
}

/// The reader that read the file, in the reader's language.
fn format_name(format: ImportFormat) -> String {
    match format {
        ImportFormat::Auto => message("cli-import-format-auto", &[]),
        ImportFormat::GavelCsv => message("cli-import-format-gavel-csv", &[]),
        ImportFormat::JiraCsv => message("cli-import-format-jira-csv", &[]),
        ImportFormat::JiraJson => message("cli-import-format-jira-json", &[]),
        ImportFormat::JiraXml => message("cli-import-format-jira-xml", &[]),
    }
}

/// The keys come from the imported file: [`output::clean`]ed.
fn key_list(keys: &[String]) -> String {
    let mut shown = output::clean(&keys[..keys.len().min(KEYS_SHOWN)].join(", ")).into_owned();
    if keys.len() > KEYS_SHOWN {
        shown.push(' ');
        shown.push_str(&message(
            "cli-and-more",
            &[("count", (keys.len() - KEYS_SHOWN).into())],
        ));
    }
    shown
}
