//! `gavel decisions`: the decision register (gavel-core's `register`), every decision and action
//! item across meetings and groups, newest meeting first, filtered by kind, group, issue key, epic,
//! outcome, an action item's follow-up and period, or found by `--search` (docs/search.md), best match first, the words found
//! marked **like this**.
//! A table for people; `--json` for other tools, exact; `--csv` a spreadsheet for Excel.

use std::io::Write;

use chrono::NaiveDate;
use clap::{Args, ValueEnum};
use gavel_core::register::{FollowUp, RegisterFilter, RegisterKind};
use gavel_core::{DecisionOutcome, Store};

use crate::language::message;
use crate::output::{clean, outcome_name, print_json, print_table};

#[derive(Args)]
pub struct DecisionsArguments {
    /// Only this group (its name or id).
    #[arg(long)]
    group: Option<String>,
    /// Only decisions about this issue key (e.g. MO-1420).
    #[arg(long, value_name = "KEY")]
    key: Option<String>,
    /// Only entries about this epic or an issue under it, however deep (e.g. MO-1000).
    #[arg(long, value_name = "KEY")]
    epic: Option<String>,
    /// Only decisions, only action items, or only poll results.
    #[arg(long, value_enum)]
    kind: Option<KindChoice>,
    /// Only action items still open, only those done, or only those open past their due date.
    #[arg(long, value_enum)]
    status: Option<FollowUpChoice>,
    /// Only decisions with this outcome.
    #[arg(long, value_enum)]
    outcome: Option<OutcomeChoice>,
    /// Only meetings on or after this day (2026-01-31).
    #[arg(long, value_name = "DATE")]
    from: Option<NaiveDate>,
    /// Only meetings on or before this day.
    #[arg(long, value_name = "DATE")]
    to: Option<NaiveDate>,
    /// Only entries holding all these words, in any word form, Danish or English (e.g.
    /// "beslutning hosting"); best match first.
    #[arg(long, value_name = "WORDS")]
    search: Option<String>,
    /// At most this many entries: the newest, or with --search the best matches.
    #[arg(long, value_name = "N")]
    limit: Option<usize>,
    /// Print the result as JSON for scripts: the same in every language.
    #[arg(long)]
    json: bool,
    /// Save the entries as a spreadsheet instead (CSV for Excel, the headers in the CLI's
    /// language) in this file.
    #[arg(long, value_name = "FILE.csv", conflicts_with = "json")]
    csv: Option<std::path::PathBuf>,
}

#[derive(Clone, Copy, ValueEnum)]
enum KindChoice {
    Decision,
    ActionItem,
    PollResult,
}

#[derive(Clone, Copy, ValueEnum)]
enum FollowUpChoice {
    Open,
    Done,
    Overdue,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutcomeChoice {
    Approved,
    Rejected,
    Postponed,
    Noted,
}

pub fn run(
    store: &Store,
    arguments: DecisionsArguments,
    out: &mut impl Write,
) -> anyhow::Result<()> {
    let filter = RegisterFilter {
        group: arguments.group,
        backlog_key: arguments.key,
        epic: arguments.epic,
        follow_up: arguments.status.map(|choice| match choice {
            FollowUpChoice::Open => FollowUp::Open,
            FollowUpChoice::Done => FollowUp::Done,
            FollowUpChoice::Overdue => FollowUp::Overdue,
        }),
        kind: arguments.kind.map(|choice| match choice {
            KindChoice::Decision => RegisterKind::Decision,
            KindChoice::ActionItem => RegisterKind::ActionItem,
            KindChoice::PollResult => RegisterKind::PollResult,
        }),
        outcome: arguments.outcome.map(|choice| match choice {
            OutcomeChoice::Approved => DecisionOutcome::Approved,
            OutcomeChoice::Rejected => DecisionOutcome::Rejected,
            OutcomeChoice::Postponed => DecisionOutcome::Postponed,
            OutcomeChoice::Noted => DecisionOutcome::Noted,
        }),
        from: arguments.from,
        to: arguments.to,
        search: arguments.search,
        limit: arguments.limit,
    };
    let entries = store.decision_register(&filter)?;
    if let Some(path) = arguments.csv {
        let spreadsheet =
            gavel_core::register::register_spreadsheet(&entries, crate::language::language())?;
        crate::output::write_atomically(&path, &spreadsheet)?;
        writeln!(
            out,
            "{}",
            message(
                "cli-register-saved",
                &[("file", path.display().to_string().into())]
            )
        )?;
        writeln!(
            out,
            "{}",
            message("cli-register-count", &[("count", entries.len().into())])
        )?;
        return Ok(());
    }
    if arguments.json {
        print_json(out, &entries)?;
        return Ok(());
    }
    let rows: Vec<Vec<String>> = entries
        .iter()
        .map(|entry| {
            vec![
                entry.meeting_date.to_string(),
                clean(&entry.meeting_title).into_owned(),
                entry.number.to_string(),
                match (entry.outcome, entry.kind) {
                    (Some(outcome), _) => outcome_name(outcome),
                    (None, RegisterKind::PollResult) => message("cli-register-poll", &[]),
                    (None, _) => match entry.done_on {
                        Some(day) => message(
                            "cli-register-action-done",
                            &[("date", day.to_string().into())],
                        ),
                        None if entry.overdue => message("cli-register-action-overdue", &[]),
                        None => message("cli-register-action-open", &[]),
                    },
                },
                clean(&entry.backlog_keys.join(", ")).into_owned(),
                clean(&described(entry)).into_owned(),
            ]
        })
        .collect();
    let headers = [
        message("cli-register-column-date", &[]),
        message("cli-register-column-meeting", &[]),
        message("cli-register-column-number", &[]),
        message("cli-register-column-outcome", &[]),
        message("cli-register-column-keys", &[]),
        message("cli-register-column-text", &[]),
    ];
    print_table(out, &headers, &rows)?;
    writeln!(
        out,
        "{}",
        message("cli-register-count", &[("count", entries.len().into())])
    )?;
    Ok(())
}

/// The text's first line (the words a search found marked **like this**), and an action item's
/// owner and due date.
fn described(entry: &gavel_core::register::RegisterEntry) -> String {
    let marked_text = entry.text_parts.as_deref().map(marked);
    let mut text = first_line(marked_text.as_deref().unwrap_or(&entry.text));
    let owner_and_due = match (&entry.owner, entry.due_date) {
        (Some(owner), Some(due)) => Some(message(
            "cli-register-owner-due",
            &[("owner", owner.into()), ("due", due.to_string().into())],
        )),
        (Some(owner), None) => Some(message("cli-register-owner", &[("owner", owner.into())])),
        (None, Some(due)) => Some(message(
            "cli-register-due",
            &[("due", due.to_string().into())],
        )),
        (None, None) => None,
    };
    if let Some(owner_and_due) = owner_and_due {
        text.push_str(&format!(" ({owner_and_due})"));
    }
    let result = match (&entry.poll_result_parts, &entry.poll_result) {
        (Some(parts), _) => Some(marked(parts.pick(crate::language::danish()))),
        (None, Some(result)) => Some(crate::language::pick(result).to_owned()),
        (None, None) => None,
    };
    if let Some(result) = result {
        text.push_str(&format!(" — {result}"));
    }
    text
}

/// The runs as one text, the words a search found marked **like this**.
fn marked(parts: &[gavel_core::register::TextPart]) -> String {
    parts
        .iter()
        .map(|part| {
            if part.hit {
                format!("**{}**", part.text)
            } else {
                part.text.clone()
            }
        })
        .collect()
}

/// The text's first line, shortened for a table row; `--json` has the whole text.
fn first_line(text: &str) -> String {
    const MAX_CHARS: usize = 80;
    let line = text.lines().next().unwrap_or_default();
    if line.chars().count() > MAX_CHARS || text.lines().nth(1).is_some() {
        let shortened: String = line.chars().take(MAX_CHARS).collect();
        format!("{shortened} …")
    } else {
        line.to_owned()
    }
}
