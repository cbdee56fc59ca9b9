//! Output for people (aligned columns) and for programs (`--json`).
//!
//! Text from outside — titles, names, notes, a certificate's name, a sync file's meeting — goes
//! through [`clean`] before it reaches a terminal: a control character (ESC starting a cursor
//! movement, CR returning to the line's start, a newline starting a line that looks like
//! Gavel's own) or a bidirectional override could redraw or reorder what Gavel prints, e.g.
//! write "signed by …" over "not signed" (issue 15). `--json` prints the data exactly as stored;
//! JSON escapes control characters itself.

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use gavel_core::rules::Attendance;
use gavel_core::{
    BacklogItem, DecisionOutcome, LogVerification, MeetingDetail, MeetingStatus, MeetingSummary,
};

use crate::language::message;

/// `text` with every character that could steer a terminal shown as a visible escape: C0 and
/// C1 controls (`\u{1b}` for ESC, `\r`, `\n`, `\t`), DEL, and the Unicode bidirectional
/// controls (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and line separators. A
/// backslash stays as it is. Borrowed when there is nothing to escape.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut cleaned = String::with_capacity(text.len() + 8);
    for character in text.chars() {
        match character {
            '\n' => cleaned.push_str("\\n"),
            '\r' => cleaned.push_str("\\r"),
            '\t' => cleaned.push_str("\\t"),
            character if needs_escape(character) => {
                cleaned.push_str(&format!("\\u{{{:x}}}", u32::from(character)));
            }
            character => cleaned.push(character),
        }
    }
    Cow::Owned(cleaned)
}

/// Text of several lines (meeting notes): each line [`clean`]ed and indented by `indent`, so
/// that no line of the data can pass for a line of Gavel's own.
pub fn clean_lines(text: &str, indent: &str) -> String {
    text.lines()
        .map(|line| format!("{indent}{}", clean(line)))
        .collect::<Vec<_>>()
        .join("\n")
}

fn needs_escape(character: char) -> bool {
    character.is_control()
        || matches!(
            character,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{061c}'
                | '\u{2028}'
                | '\u{2029}'
        )
}

pub fn print_json(out: &mut impl Write, value: &impl serde::Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

pub fn print_backlog(out: &mut impl Write, items: &[BacklogItem]) -> std::io::Result<()> {
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            vec![
                clean(&item.key).into_owned(),
                clean(item.status.as_deref().unwrap_or_default()).into_owned(),
                clean(item.priority.as_deref().unwrap_or_default()).into_owned(),
                item.story_points
                    .map(|points| points.to_string())
                    .unwrap_or_default(),
                clean(&item.title).into_owned(),
            ]
        })
        .collect();
    let headers = [
        message("cli-backlog-column-key", &[]),
        message("cli-backlog-column-status", &[]),
        message("cli-backlog-column-priority", &[]),
        message("cli-backlog-column-points", &[]),
        message("cli-backlog-column-title", &[]),
    ];
    print_table(out, &headers, &rows)?;
    writeln!(
        out,
        "{}",
        message("cli-backlog-count", &[("count", items.len().into())])
    )
}

pub fn print_meetings(out: &mut impl Write, meetings: &[MeetingSummary]) -> std::io::Result<()> {
    let rows: Vec<Vec<String>> = meetings
        .iter()
        .map(|meeting| {
            vec![
                meeting.id.to_string(),
                meeting.starts_at.format("%Y-%m-%d %H:%M").to_string(),
                meeting.agenda_item_count.to_string(),
                clean(&meeting.title).into_owned(),
            ]
        })
        .collect();
    let headers = [
        message("cli-meetings-column-id", &[]),
        message("cli-meetings-column-starts", &[]),
        message("cli-meetings-column-items", &[]),
        message("cli-meetings-column-title", &[]),
    ];
    print_table(out, &headers, &rows)?;
    writeln!(
        out,
        "{}",
        message("cli-meetings-count", &[("count", meetings.len().into())])
    )
}

pub fn print_meeting(out: &mut impl Write, detail: &MeetingDetail) -> std::io::Result<()> {
    let meeting = &detail.meeting;
    let labels = [
        message("cli-meeting-label-group", &[]),
        message("cli-meeting-label-starts", &[]),
        message("cli-meeting-label-location", &[]),
        message("cli-meeting-label-status", &[]),
        message("cli-meeting-label-approved", &[]),
        message("cli-meeting-label-cancelled", &[]),
        message("cli-meeting-label-quorum", &[]),
        message("cli-meeting-label-log", &[]),
    ];
    let width = label_width(&labels);
    let [
        group,
        starts,
        location,
        status,
        approved,
        cancelled,
        quorum,
        log,
    ] = &labels;
    writeln!(out, "{}", clean(&meeting.title))?;
    writeln!(
        out,
        "{}",
        labelled(group, width, &clean(&meeting.group_name))
    )?;
    writeln!(
        out,
        "{}",
        labelled(
            starts,
            width,
            &meeting.starts_at.format("%Y-%m-%d %H:%M").to_string()
        )
    )?;
    writeln!(
        out,
        "{}",
        labelled(
            location,
            width,
            &clean(meeting.location.as_deref().unwrap_or("-"))
        )
    )?;
    writeln!(
        out,
        "{}",
        labelled(status, width, &status_name(meeting.status))
    )?;
    if let Some(approval) = &meeting.minutes_approval {
        let approved_at = message(
            "cli-meeting-approved-at",
            &[
                (
                    "meeting",
                    clean(&approval.meeting_title).into_owned().into(),
                ),
                (
                    "date",
                    approval.starts_at.format("%Y-%m-%d").to_string().into(),
                ),
                ("decision", approval.decision_number.to_string().into()),
            ],
        );
        writeln!(out, "{}", labelled(approved, width, &approved_at))?;
    }
    if let Some(cancellation) = &meeting.cancellation {
        let cancelled_at = format!(
            "{}{}",
            cancellation.at.format("%Y-%m-%d %H:%M"),
            cancellation
                .reason
                .as_deref()
                .map(|reason| format!(" ({})", clean(reason)))
                .unwrap_or_default()
        );
        writeln!(out, "{}", labelled(cancelled, width, &cancelled_at))?;
    }
    writeln!(
        out,
        "{}",
        labelled(
            quorum,
            width,
            &clean(crate::language::pick(&detail.quorum.text))
        )
    )?;
    writeln!(out, "{}", labelled(log, width, &detail.log_fingerprint))?;
    writeln!(out, "{}", message("cli-meeting-attendance-heading", &[]))?;
    for person in &detail.attendance {
        let mut facts = vec![attendance_name(person.attendance)];
        if let Some(arrived) = person.arrived_at {
            facts.push(message(
                "cli-attendance-arrived-at",
                &[("time", arrived.format("%H:%M").to_string().into())],
            ));
        }
        if let Some(left) = person.left_at {
            facts.push(message(
                "cli-attendance-left-at",
                &[("time", left.format("%H:%M").to_string().into())],
            ));
        }
        if let Some(holder) = &person.proxy_holder_name {
            facts.push(message(
                "cli-attendance-proxy-to",
                &[("name", clean(holder).into_owned().into())],
            ));
        }
        let mut line = format!("  {:<28} {}", clean(&person.name), facts.join(", "));
        if !person.voting_right {
            line.push(' ');
            line.push_str(&message("cli-attendance-no-vote", &[]));
        }
        writeln!(out, "{line}")?;
    }
    writeln!(out, "{}", message("cli-meeting-agenda-heading", &[]))?;
    for item in &detail.agenda {
        let current = if meeting.current_agenda_item_id == Some(item.id) {
            "▶"
        } else {
            " "
        };
        match &item.backlog_key {
            Some(key) => writeln!(
                out,
                " {current}{:>2}. {} [{}]",
                item.position,
                clean(&item.title),
                clean(key)
            )?,
            None => writeln!(
                out,
                " {current}{:>2}. {}",
                item.position,
                clean(&item.title)
            )?,
        }
        if !item.notes.is_empty() {
            writeln!(out, "{}", clean_lines(&item.notes, "       "))?;
        }
    }
    for poll in &detail.polls {
        let mut state = vec![if poll.is_open {
            message("cli-poll-open", &[])
        } else {
            message("cli-poll-closed", &[])
        }];
        if poll.secret {
            state.push(message("cli-poll-secret", &[]));
        }
        writeln!(
            out,
            "{}",
            message(
                "cli-meeting-poll",
                &[
                    ("number", poll.number.to_string().into()),
                    ("state", state.join(", ").into()),
                    ("question", clean(&poll.question).into_owned().into()),
                ]
            )
        )?;
        if let Some(result) = &poll.result {
            writeln!(out, "  {}", clean(crate::language::pick(&result.summary)))?;
            writeln!(
                out,
                "  {}",
                message(
                    "cli-meeting-poll-rule",
                    &[(
                        "rule",
                        clean(crate::language::pick(&result.rule))
                            .into_owned()
                            .into()
                    )]
                )
            )?;
        }
    }
    for decision in &detail.decisions {
        writeln!(
            out,
            "{}",
            message(
                "cli-meeting-decision",
                &[
                    ("number", decision.number.to_string().into()),
                    ("outcome", outcome_name(decision.outcome).into()),
                    ("text", clean(&decision.text).into_owned().into()),
                ]
            )
        )?;
    }
    for conflict in &detail.decision_conflicts {
        print_decision_conflict(out, conflict)?;
    }
    for action in &detail.action_items {
        let owner = clean(action.owner_name.as_deref().unwrap_or("-"));
        let due = action
            .due_date
            .map_or_else(|| "-".to_owned(), |date| date.to_string());
        writeln!(
            out,
            "{}",
            message(
                "cli-meeting-action",
                &[
                    ("number", action.number.to_string().into()),
                    ("text", clean(&action.text).into_owned().into()),
                    ("owner", owner.into_owned().into()),
                    ("due", due.into()),
                ]
            )
        )?;
    }
    Ok(())
}

/// A decision's outcome in a sentence, in the reader's language: "approved", "afvist".
pub fn outcome_name(outcome: DecisionOutcome) -> String {
    match outcome {
        DecisionOutcome::Approved => message("cli-outcome-approved", &[]),
        DecisionOutcome::Rejected => message("cli-outcome-rejected", &[]),
        DecisionOutcome::Postponed => message("cli-outcome-postponed", &[]),
        DecisionOutcome::Noted => message("cli-outcome-noted", &[]),
    }
}

fn status_name(status: MeetingStatus) -> String {
    match status {
        MeetingStatus::Draft => message("cli-meeting-status-draft", &[]),
        MeetingStatus::Open => message("cli-meeting-status-open", &[]),
        MeetingStatus::Closed => message("cli-meeting-status-closed", &[]),
        MeetingStatus::Cancelled => message("cli-meeting-status-cancelled", &[]),
    }
}

fn attendance_name(attendance: Attendance) -> String {
    match attendance {
        Attendance::Unknown => message("cli-attendance-unknown", &[]),
        Attendance::Present => message("cli-attendance-present", &[]),
        Attendance::Absent => message("cli-attendance-absent", &[]),
        Attendance::Excused => message("cli-attendance-excused", &[]),
        Attendance::Left => message("cli-attendance-left", &[]),
    }
}

/// The width of the column that `labels` (each followed by a colon) and a space fill, so that
/// the values after them start in one column, in whichever language the labels are.
pub fn label_width(labels: &[String]) -> usize {
    labels
        .iter()
        .map(|label| label.chars().count() + 1)
        .max()
        .unwrap_or_default()
}

/// "Label:  value", the label and its colon padded to `width` (see [`label_width`]).
pub fn labelled(label: &str, width: usize, value: &str) -> String {
    format!("{:<width$} {value}", format!("{label}:"))
}

pub fn print_verification(
    out: &mut impl Write,
    verification: &LogVerification,
) -> std::io::Result<()> {
    for stream in &verification.streams {
        writeln!(
            out,
            "{:<8} {}  {:>6} {}  {}",
            clean(&stream.kind),
            stream.stream,
            stream.event_count,
            message(
                "cli-log-stream-events",
                &[("count", stream.event_count.into())]
            ),
            clean(&stream.fingerprint)
        )?;
    }
    if verification.is_intact() {
        writeln!(
            out,
            "{}",
            message(
                "cli-log-intact",
                &[
                    ("events", verification.event_count.into()),
                    ("chains", verification.streams.len().into()),
                ]
            )
        )
    } else {
        for broken in &verification.broken {
            writeln!(
                out,
                "{}",
                message(
                    "cli-log-broken-event",
                    &[
                        ("event", broken.event_id.to_string().into()),
                        ("device", broken.device.to_string().into()),
                        ("number", broken.device_seq.to_string().into()),
                        ("reason", clean(&broken.reason).into_owned().into()),
                    ]
                )
            )?;
        }
        Ok(())
    }
}

pub(crate) fn print_table(
    out: &mut impl Write,
    headers: &[String],
    rows: &[Vec<String>],
) -> std::io::Result<()> {
    let mut widths: Vec<usize> = headers
        .iter()
        .map(|header| header.chars().count())
        .collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let last = headers.len() - 1;
    let format_row = |cells: Vec<&str>| -> String {
        let mut line = String::new();
        for (index, cell) in cells.iter().enumerate() {
            line.push_str(cell);
            if index < last {
                line.push_str(&" ".repeat(widths[index] - cell.chars().count() + 2));
            }
        }
        line
    };
    writeln!(
        out,
        "{}",
        format_row(headers.iter().map(String::as_str).collect())
    )?;
    for row in rows {
        writeln!(
            out,
            "{}",
            format_row(row.iter().map(String::as_str).collect())
        )?;
    }
    Ok(())
}

/// Writes `bytes` to `path` whole or not at all (`gavel_core::files::write_atomically`), with the
/// path in the error.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    gavel_core::files::write_atomically(path, bytes).map_err(|error| {
        // "the disk is full, so nothing was written; …" for ENOSPC, the system's text otherwise.
        let reason = gavel_core::describe_io_error(&error);
        anyhow::Error::msg(message(
            "cli-cannot-write",
            &[
                ("file", path.display().to_string().into()),
                ("reason", crate::language::pick(&reason).into()),
            ],
        ))
    })
}

/// `gavel paths`: the database, its backups folder, and the app's export folder, one per line
/// (or as JSON), so that a chair or an IT department can find them.
pub fn print_paths(out: &mut impl Write, database: &Path, json: bool) -> std::io::Result<()> {
    let backups = gavel_core::backup::backup_folder(database);
    let exports = gavel_core::locations::export_folder();
    if json {
        return print_json(
            out,
            &serde_json::json!({
                "database": database,
                "backups": backups,
                "exports": exports,
            }),
        );
    }
    let labels = [
        message("cli-paths-database", &[]),
        message("cli-paths-backups", &[]),
        message("cli-paths-exports", &[]),
    ];
    let width = labels
        .iter()
        .map(|label| label.chars().count())
        .max()
        .unwrap_or_default();
    let exports = match exports {
        Some(folder) => folder.display().to_string(),
        None => message("cli-paths-no-documents-folder", &[]),
    };
    let values = [
        database.display().to_string(),
        backups.display().to_string(),
        exports,
    ];
    for (label, value) in labels.iter().zip(values) {
        writeln!(out, "{label:<width$}  {value}")?;
    }
    Ok(())
}

/// "Unresolved conflict on "ITEM": decision 2 (approved) by A and decision 3 (rejected) by B were
/// recorded on two laptops …", and how the chair resolves it.
pub fn print_decision_conflict(
    out: &mut impl Write,
    conflict: &gavel_core::DecisionConflict,
) -> std::io::Result<()> {
    let sides: Vec<String> = conflict
        .decisions
        .iter()
        .map(|decision| {
            message(
                "cli-conflict-decision",
                &[
                    ("number", decision.number.to_string().into()),
                    ("outcome", outcome_name(decision.outcome).into()),
                    ("text", clean(&decision.text).into_owned().into()),
                    ("author", clean(&decision.recorded_by).into_owned().into()),
                ],
            )
        })
        .collect();
    writeln!(
        out,
        "{}",
        message(
            "cli-conflict",
            &[
                (
                    "item",
                    clean(&conflict.agenda_item_title).into_owned().into()
                ),
                (
                    "meeting",
                    clean(&conflict.meeting_title).into_owned().into()
                ),
                ("decisions", and_list(&sides).into()),
            ]
        )
    )?;
    for decision in &conflict.decisions {
        let command = format!(
            "{{\"type\":\"ResolveDecisionConflict\",\"meeting_id\":\"{}\",\"keep\":\"{}\"}}",
            conflict.meeting_id, decision.decision_id
        );
        writeln!(
            out,
            "  {}",
            message(
                "cli-conflict-keep",
                &[
                    ("number", decision.number.to_string().into()),
                    ("command", command.into()),
                ]
            )
        )?;
    }
    Ok(())
}

/// "a, b and c" in the reader's language.
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [only] => only.clone(),
        [rest @ .., last] => message(
            "cli-and",
            &[("list", rest.join(", ").into()), ("last", last.into())],
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_could_steer_a_terminal_is_shown_escaped_and_the_rest_is_left_alone() {
        assert!(matches!(clean("Styregruppemøde æøå"), Cow::Borrowed(_)));
        assert_eq!(
            clean("a\u{1b}[2Kb\rc\nd\te\u{7f}f\u{9b}g"),
            r"a\u{1b}[2Kb\rc\nd\te\u{7f}f\u{9b}g"
        );
        assert_eq!(
            clean("\u{202e}abc\u{202c} \u{2066}x\u{2069} \u{200f}\u{2028}"),
            r"\u{202e}abc\u{202c} \u{2066}x\u{2069} \u{200f}\u{2028}"
        );
        assert_eq!(clean(r"C:\mappe"), r"C:\mappe");
        assert_eq!(
            clean_lines("første\nanden\u{1b}[A", "    "),
            "    første\n    anden\\u{1b}[A"
        );
    }
}
