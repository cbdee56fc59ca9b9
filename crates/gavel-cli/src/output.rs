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

use gavel_core::{BacklogItem, LogVerification, MeetingDetail, MeetingSummary};

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
    print_table(
        out,
        &["KEY", "STATUS", "PRIORITY", "POINTS", "TITLE"],
        &rows,
    )?;
    writeln!(out, "{} item(s)", items.len())
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
    print_table(out, &["ID", "STARTS", "ITEMS", "TITLE"], &rows)?;
    writeln!(out, "{} meeting(s)", meetings.len())
}

pub fn print_meeting(out: &mut impl Write, detail: &MeetingDetail) -> std::io::Result<()> {
    let meeting = &detail.meeting;
    writeln!(out, "{}", clean(&meeting.title))?;
    writeln!(out, "Group:     {}", clean(&meeting.group_name))?;
    writeln!(
        out,
        "Starts:    {}",
        meeting.starts_at.format("%Y-%m-%d %H:%M")
    )?;
    writeln!(
        out,
        "Location:  {}",
        clean(meeting.location.as_deref().unwrap_or("-"))
    )?;
    writeln!(out, "Status:    {:?}", meeting.status)?;
    if let Some(approval) = &meeting.minutes_approval {
        writeln!(
            out,
            "Approved:  at {} ({}), decision {}",
            clean(&approval.meeting_title),
            approval.starts_at.format("%Y-%m-%d"),
            approval.decision_number
        )?;
    }
    if let Some(cancellation) = &meeting.cancellation {
        writeln!(
            out,
            "Cancelled: {}{}",
            cancellation.at.format("%Y-%m-%d %H:%M"),
            cancellation
                .reason
                .as_deref()
                .map(|reason| format!(" ({})", clean(reason)))
                .unwrap_or_default()
        )?;
    }
    writeln!(
        out,
        "Quorum:    {}",
        clean(crate::language::pick(&detail.quorum.text))
    )?;
    writeln!(out, "Log:       {}", detail.log_fingerprint)?;
    writeln!(out, "Attendance:")?;
    for person in &detail.attendance {
        let mut line = format!("  {:<28} {:?}", clean(&person.name), person.attendance);
        if let Some(arrived) = person.arrived_at {
            line.push_str(&format!(", arrived {}", arrived.format("%H:%M")));
        }
        if let Some(left) = person.left_at {
            line.push_str(&format!(", left {}", left.format("%H:%M")));
        }
        if let Some(holder) = &person.proxy_holder_name {
            line.push_str(&format!(", proxy to {}", clean(holder)));
        }
        if !person.voting_right {
            line.push_str(" (no vote)");
        }
        writeln!(out, "{line}")?;
    }
    writeln!(out, "Agenda:")?;
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
        let state = if poll.is_open { "open" } else { "closed" };
        writeln!(
            out,
            "Poll {} ({state}{}): {}",
            poll.number,
            if poll.secret { ", secret" } else { "" },
            clean(&poll.question)
        )?;
        if let Some(result) = &poll.result {
            writeln!(out, "  {}", clean(crate::language::pick(&result.summary)))?;
            writeln!(
                out,
                "  Rule: {}",
                clean(crate::language::pick(&result.rule))
            )?;
        }
    }
    for decision in &detail.decisions {
        writeln!(
            out,
            "Decision {} ({}): {}",
            decision.number,
            decision.outcome.as_str(),
            clean(&decision.text)
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
            "Action {}: {} (owner {owner}, due {due})",
            action.number,
            clean(&action.text)
        )?;
    }
    Ok(())
}

pub fn print_verification(
    out: &mut impl Write,
    verification: &LogVerification,
) -> std::io::Result<()> {
    for stream in &verification.streams {
        writeln!(
            out,
            "{:<8} {}  {:>6} event(s)  {}",
            clean(&stream.kind),
            stream.stream,
            stream.event_count,
            clean(&stream.fingerprint)
        )?;
    }
    if verification.is_intact() {
        writeln!(
            out,
            "ok: {} event(s) in {} chain(s), every hash checks out",
            verification.event_count,
            verification.streams.len()
        )
    } else {
        for broken in &verification.broken {
            writeln!(
                out,
                "BROKEN event {} (device {}, number {}): {}",
                broken.event_id,
                broken.device,
                broken.device_seq,
                clean(&broken.reason)
            )?;
        }
        Ok(())
    }
}

pub(crate) fn print_table(
    out: &mut impl Write,
    headers: &[&str],
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
    writeln!(out, "{}", format_row(headers.to_vec()))?;
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
        let reason = crate::language::pick(&reason);
        anyhow::anyhow!("cannot write {}: {reason}", path.display())
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
    writeln!(out, "database  {}", database.display())?;
    writeln!(out, "backups   {}", backups.display())?;
    match exports {
        Some(folder) => writeln!(out, "exports   {}", folder.display()),
        None => writeln!(out, "exports   (no documents folder; set GAVEL_EXPORT_DIR)"),
    }
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
            format!(
                "decision {} ({}: \"{}\") by {}",
                decision.number,
                decision.outcome.as_str(),
                clean(&decision.text),
                clean(&decision.recorded_by)
            )
        })
        .collect();
    writeln!(
        out,
        "Unresolved conflict on \"{}\" in \"{}\": {}, recorded on laptops that had not seen each other's; the minutes cannot be signed until the chair keeps one:",
        clean(&conflict.agenda_item_title),
        clean(&conflict.meeting_title),
        sides.join(" and ")
    )?;
    for decision in &conflict.decisions {
        writeln!(
            out,
            "  to keep decision {}, gavel apply: {{\"type\":\"ResolveDecisionConflict\",\"meeting_id\":\"{}\",\"keep\":\"{}\"}}",
            decision.number, conflict.meeting_id, decision.decision_id
        )?;
    }
    Ok(())
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
