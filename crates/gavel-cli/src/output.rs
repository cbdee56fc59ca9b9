//! Output for people (aligned columns) and for programs (`--json`).

use std::io::Write;
use std::path::Path;

use gavel_core::{BacklogItem, LogVerification, MeetingDetail, MeetingSummary};

pub fn print_json(out: &mut impl Write, value: &impl serde::Serialize) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    writeln!(out)
}

pub fn print_backlog(out: &mut impl Write, items: &[BacklogItem]) -> std::io::Result<()> {
    let rows: Vec<Vec<String>> = items
        .iter()
        .map(|item| {
            vec![
                item.key.clone(),
                item.status.clone().unwrap_or_default(),
                item.priority.clone().unwrap_or_default(),
                item.story_points
                    .map(|points| points.to_string())
                    .unwrap_or_default(),
                item.title.clone(),
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
                meeting.title.clone(),
            ]
        })
        .collect();
    print_table(out, &["ID", "STARTS", "ITEMS", "TITLE"], &rows)?;
    writeln!(out, "{} meeting(s)", meetings.len())
}

pub fn print_meeting(out: &mut impl Write, detail: &MeetingDetail) -> std::io::Result<()> {
    let meeting = &detail.meeting;
    writeln!(out, "{}", meeting.title)?;
    writeln!(out, "Group:     {}", meeting.group_name)?;
    writeln!(
        out,
        "Starts:    {}",
        meeting.starts_at.format("%Y-%m-%d %H:%M")
    )?;
    writeln!(
        out,
        "Location:  {}",
        meeting.location.as_deref().unwrap_or("-")
    )?;
    writeln!(out, "Status:    {:?}", meeting.status)?;
    writeln!(out, "Quorum:    {}", detail.quorum.text.en)?;
    writeln!(out, "Log:       {}", detail.log_fingerprint)?;
    writeln!(out, "Attendance:")?;
    for person in &detail.attendance {
        let mut line = format!("  {:<28} {:?}", person.name, person.attendance);
        if let Some(arrived) = person.arrived_at {
            line.push_str(&format!(", arrived {}", arrived.format("%H:%M")));
        }
        if let Some(left) = person.left_at {
            line.push_str(&format!(", left {}", left.format("%H:%M")));
        }
        if let Some(holder) = &person.proxy_holder_name {
            line.push_str(&format!(", proxy to {holder}"));
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
                " {current}{:>2}. {} [{key}]",
                item.position, item.title
            )?,
            None => writeln!(out, " {current}{:>2}. {}", item.position, item.title)?,
        }
        if !item.notes.is_empty() {
            writeln!(out, "       {}", item.notes)?;
        }
    }
    for poll in &detail.polls {
        let state = if poll.is_open { "open" } else { "closed" };
        writeln!(
            out,
            "Poll {} ({state}{}): {}",
            poll.number,
            if poll.secret { ", secret" } else { "" },
            poll.question
        )?;
        if let Some(result) = &poll.result {
            writeln!(out, "  {}", result.summary.en)?;
            writeln!(out, "  Rule: {}", result.rule.en)?;
        }
    }
    for decision in &detail.decisions {
        writeln!(
            out,
            "Decision {} ({}): {}",
            decision.number,
            decision.outcome.as_str(),
            decision.text
        )?;
    }
    for action in &detail.action_items {
        let owner = action.owner_name.as_deref().unwrap_or("-");
        let due = action
            .due_date
            .map_or_else(|| "-".to_owned(), |date| date.to_string());
        writeln!(
            out,
            "Action {}: {} (owner {owner}, due {due})",
            action.number, action.text
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
            stream.kind, stream.stream, stream.event_count, stream.fingerprint
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
                broken.event_id, broken.device, broken.device_seq, broken.reason
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
        let reason = gavel_core::describe_io_error(&error).en;
        anyhow::anyhow!("cannot write {}: {reason}", path.display())
    })
}
