//! The decision register as a spreadsheet (CSV) for Excel and its kind: a secretariat pastes the
//! decisions into its reports and follows the action items up there. One row per entry, as
//! [`super::RegisterEntry`] lists them, with the headers in the reader's language.
//!
//! Made for Excel as it is set up where the reader works: UTF-8 with a byte order mark (without
//! one, Excel reads "Kjærgaard" as "KjÃ¦rgaard"), semicolons between cells in Danish (Danish
//! Excel's list separator; commas put a whole row in one cell there) and commas in English, ISO
//! dates (2026-12-10), which Excel takes as dates in every locale.
//!
//! Text from other laptops and from Jira goes into the cells, so a cell that Excel would take as
//! a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return: "=HYPERLINK(…)") is
//! written with an apostrophe first, which Excel shows as text and does not run (OWASP's advice
//! on CSV injection).

use gavel_messages::{Language, fixed_text, message};

use super::{RegisterEntry, RegisterKind};
use crate::error::{Error, Result};

/// The name (without ".csv") the app saves the spreadsheet under on `day`: "Beslutningsregister
/// 2026-12-07".
pub fn register_spreadsheet_stem(language: Language, day: chrono::NaiveDate) -> String {
    format!(
        "{} {day}",
        fixed_text(language, "corePublishPages-decisionRegister")
    )
}

/// The register's `entries` as a CSV file in `language`, byte order mark first.
pub fn register_spreadsheet(entries: &[RegisterEntry], language: Language) -> Result<Vec<u8>> {
    let text = |id: &str| fixed_text(language, id);
    let mut writer = csv::WriterBuilder::new()
        .delimiter(match language {
            Language::Danish => b';',
            Language::English => b',',
        })
        .terminator(csv::Terminator::CRLF)
        .from_writer(b"\xEF\xBB\xBF".to_vec());
    // Writing into memory fails only if the csv crate does; said, not unwrapped.
    let failed = |error: csv::Error| {
        Error::Rejected(crate::rules::Bilingual::message(
            "coreRegisterSpreadsheet-cannotBeWritten",
            &[("error", error.to_string().into())],
        ))
    };
    writer
        .write_record([
            text("corePublishPages-date"),
            text("corePublishPages-group"),
            text("corePublishPages-meeting"),
            text("coreRegisterSpreadsheet-kind"),
            text("coreRegisterSpreadsheet-number"),
            text("corePublishPages-item"),
            text("corePublishPages-issues"),
            text("corePublishPages-outcome"),
            text("coreRegisterSpreadsheet-text"),
            text("corePublishPages-result"),
            text("corePublishPages-ownerHeading"),
            text("corePublishPages-due"),
            text("corePublishPages-status"),
            text("corePublishPages-minutes"),
        ])
        .map_err(failed)?;
    for entry in entries {
        let kind = match entry.kind {
            RegisterKind::Decision => text("corePublishPages-decision"),
            RegisterKind::ActionItem => text("corePublishPages-actionItem"),
            RegisterKind::PollResult => text("coreRegisterSpreadsheet-poll"),
        };
        let result = entry.poll_result.as_ref().map_or("", |result| {
            result.pick(matches!(language, Language::Danish))
        });
        let status = match (entry.kind, entry.done_on) {
            (RegisterKind::ActionItem, Some(day)) => message(
                language,
                "corePublishPages-doneOn",
                &[("date", day.to_string().into())],
            ),
            (RegisterKind::ActionItem, None) if entry.overdue => {
                text("coreRegisterSpreadsheet-openOverdue").to_owned()
            }
            (RegisterKind::ActionItem, None) => text("corePublishPages-open").to_owned(),
            _ => String::new(),
        };
        let minutes = if entry.minutes_signed {
            text("coreRegisterSpreadsheet-signed")
        } else {
            text("coreRegisterSpreadsheet-notSigned")
        };
        let cells = [
            entry.meeting_date.to_string(),
            entry.group_name.clone(),
            entry.meeting_title.clone(),
            kind.to_owned(),
            entry.number.to_string(),
            entry.agenda_item.clone().unwrap_or_default(),
            entry.backlog_keys.join(", "),
            entry
                .outcome
                .map_or("", |outcome| outcome.name(language))
                .to_owned(),
            entry.text.clone(),
            result.to_owned(),
            entry.owner.clone().unwrap_or_default(),
            entry
                .due_date
                .map(|day| day.to_string())
                .unwrap_or_default(),
            status,
            minutes.to_owned(),
        ];
        writer
            .write_record(cells.iter().map(|cell| never_a_formula(cell).into_owned()))
            .map_err(failed)?;
    }
    writer
        .into_inner()
        .map_err(|error| failed(error.into_error().into()))
}

/// The cell as Excel shows it as text: one that would start a formula gets an apostrophe first.
fn never_a_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cell_excel_would_run_is_text() {
        for formula in [
            "=HYPERLINK(\"http://x\")",
            "+1",
            "-2+3",
            "@SUM(A1)",
            "\tx",
            "\rx",
        ] {
            assert_eq!(never_a_formula(formula), format!("'{formula}"));
        }
        for text in ["Vedtaget", "MO-1420", "", "2 = 2", "Søren"] {
            assert_eq!(never_a_formula(text), text);
        }
    }
}
