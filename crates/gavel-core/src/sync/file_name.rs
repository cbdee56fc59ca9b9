//! The name a sync file is saved under: people find it in a folder and attach it to an e-mail, so
//! it says which meeting (or group) it holds and when that was.

use crate::files::safe_file_stem;
use crate::queries::MeetingSummary;

/// The file name, without ".gavel", for a sync file of `meetings`: "Styregruppemøde december 2026
/// (2026-12-10)" for one meeting; for several, the name of their group (or "Gavel" when they
/// belong to different groups) and the span of their dates; without meetings, the name of the one
/// group in `group_names`, which a chair sends before its first meeting. Only characters every
/// file system and e-mail program takes.
pub fn sync_file_stem(meetings: &[MeetingSummary], group_names: &[&str]) -> String {
    let mut dates: Vec<String> = meetings
        .iter()
        .map(|meeting| meeting.starts_at.date().to_string())
        .collect();
    dates.sort();
    dates.dedup();
    let span = match (dates.first(), dates.last()) {
        (Some(first), Some(last)) if first == last => format!(" ({first})"),
        (Some(first), Some(last)) => format!(" ({first} – {last})"),
        _ => String::new(),
    };
    let name = match meetings {
        [] => match group_names {
            [group] => group,
            _ => "Gavel",
        },
        [meeting] => meeting.title.as_str(),
        [first, rest @ ..]
            if rest
                .iter()
                .all(|meeting| meeting.group_id == first.group_id) =>
        {
            first.group_name.as_str()
        }
        _ => "Gavel",
    };
    // The name is cut, never the dates: they tell two files of the same group apart.
    format!("{}{span}", safe_file_stem(name, "Gavel"))
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use uuid::Uuid;

    use super::*;
    use crate::queries::MeetingStatus;

    fn meeting(group: u128, title: &str, date: (i32, u32, u32)) -> MeetingSummary {
        MeetingSummary {
            id: Uuid::from_u128(u128::from(date.2)),
            group_id: Uuid::from_u128(group),
            group_name: format!("Styregruppe {group}"),
            title: title.to_owned(),
            starts_at: NaiveDate::from_ymd_opt(date.0, date.1, date.2)
                .and_then(|day| day.and_hms_opt(13, 0, 0))
                .expect("a real date"),
            location: None,
            status: MeetingStatus::Closed,
            agenda_item_count: 0,
            opened_at: None,
            closed_at: None,
            current_agenda_item_id: None,
            minutes_version: 1,
            minutes_signed: false,
            public: false,
            cancellation: None,
            minutes_approval: None,
        }
    }

    #[test]
    fn sync_file_stems() {
        let december = meeting(1, "Styregruppemøde december 2026", (2026, 12, 10));
        let september = meeting(1, "Styregruppemøde september 2026", (2026, 9, 17));
        let other_group = meeting(2, "Koordinationsgruppen", (2026, 10, 1));
        let check = |meetings: &[MeetingSummary], expected: &str| {
            assert_eq!(sync_file_stem(meetings, &[]), expected);
        };
        check(
            std::slice::from_ref(&december),
            "Styregruppemøde december 2026 (2026-12-10)",
        );
        check(
            &[december.clone(), september.clone()],
            "Styregruppe 1 (2026-09-17 – 2026-12-10)",
        );
        check(
            &[september, other_group, december.clone()],
            "Gavel (2026-09-17 – 2026-12-10)",
        );
        check(
            &[meeting(1, "Budget 2027/28: ekstra?", (2027, 1, 5))],
            "Budget 2027-28- ekstra- (2027-01-05)",
        );
        check(&[], "Gavel");
        // A group sent before its first meeting is named by the group; with a meeting, the
        // meeting names the file as before.
        assert_eq!(
            sync_file_stem(&[], &["Styregruppen for OS2mo"]),
            "Styregruppen for OS2mo"
        );
        assert_eq!(sync_file_stem(&[], &["OS2mo", "OS2rollekatalog"]), "Gavel");
        // A group's name is typed text: no folder, control character or Windows device in it
        // reaches the file name.
        assert_eq!(
            sync_file_stem(&[], &["../Ond\u{7}gruppe/\r\nCON"]),
            "-Ond gruppe- CON"
        );
        assert_eq!(sync_file_stem(&[], &["nul"]), "_nul");
        assert_eq!(
            sync_file_stem(std::slice::from_ref(&december), &["OS2mo"]),
            "Styregruppemøde december 2026 (2026-12-10)"
        );
    }
}
