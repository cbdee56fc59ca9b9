//! Gavel's own simple backlog CSV (docs/backlog-csv.md), for groups without Jira: a header row
//! naming `key`, `title` and optional columns in any order and case, comma- or semicolon-separated.
//!
//! The file is untrusted input: it is size-limited before it is read, never panics, and every
//! problem is reported with the file name, the line and the column.

use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::import::{
    BacklogRow, MAX_ISSUES as MAX_ROWS, csv_problem, key_again, not_story_points,
    parse_story_points, too_many_items,
};
use crate::rules::Bilingual;

/// No cell of Gavel's CSV (a title, a label list) is anywhere near this long: the longest
/// description a backlog item keeps.
pub const MAX_CELL_BYTES: usize = crate::decide::MAX_DESCRIPTION_BYTES;

const REQUIRED_COLUMNS: [&str; 2] = ["key", "title"];
const OPTIONAL_COLUMNS: [&str; 6] = [
    "status",
    "priority",
    "rank",
    "story_points",
    "labels",
    "description",
];

/// Reads a Gavel backlog CSV that must be UTF-8 (with or without BOM): the demo's and the CLI's
/// `apply` scripts. Files a user picks go through [`crate::read_backlog_file`], which also reads
/// Windows-1252.
pub fn parse_backlog_csv(file_name: &str, bytes: &[u8]) -> Result<Vec<BacklogRow>> {
    crate::import::check_file_size(file_name, bytes.len() as u64)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| {
        let line = 1 + bytes[..error.valid_up_to()]
            .iter()
            .filter(|&&byte| byte == b'\n')
            .count() as u64;
        Error::BadInput {
            file: file_name.to_owned(),
            line: Some(line),
            field: None,
            message: crate::rules::Bilingual::message("coreImportGavelCsv-theFileIsNotUtf", &[]),
        }
    })?;
    parse_backlog_csv_text(file_name, text)
}

/// How many of Gavel's required columns (`key`, `title`) a header line names.
pub(crate) fn required_columns_in(header_line: &str) -> usize {
    let names: Vec<String> = header_line
        .split([',', ';'])
        .map(normalise_column_name)
        .collect();
    REQUIRED_COLUMNS
        .iter()
        .filter(|required| names.iter().any(|name| name == *required))
        .count()
}

/// Reads Gavel's CSV from text: comma- or semicolon-separated (Danish Excel saves with
/// semicolons), a header row naming the columns in any order and case.
pub(crate) fn parse_backlog_csv_text(file_name: &str, text: &str) -> Result<Vec<BacklogRow>> {
    let bad = |line: Option<u64>, field: Option<&str>, message: Bilingual| Error::BadInput {
        file: file_name.to_owned(),
        line,
        field: field.map(str::to_owned),
        message,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header_line = text.lines().next().unwrap_or_default();
    let delimiter = if header_line.contains(';') && !header_line.contains(',') {
        b';'
    } else {
        b','
    };

    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(true)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|error| bad(Some(1), None, csv_problem(&error)))?
        .clone();
    let mut column_of: HashMap<String, usize> = HashMap::new();
    for (index, header) in headers.iter().enumerate() {
        let name = normalise_column_name(header);
        if column_of.insert(name.clone(), index).is_some() && is_known_column(&name) {
            return Err(bad(
                Some(1),
                Some(header),
                crate::rules::Bilingual::message("coreMemberList-thisColumnAppearsTwice", &[]),
            ));
        }
    }
    for required in REQUIRED_COLUMNS {
        if !column_of.contains_key(required) {
            let columns = REQUIRED_COLUMNS
                .iter()
                .chain(OPTIONAL_COLUMNS.iter())
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            return Err(bad(
                Some(1),
                Some(required),
                crate::rules::Bilingual::message(
                    "coreImportGavelCsv-theHeaderHasNoColumn",
                    &[
                        ("columns", columns.to_string().into()),
                        ("required", required.to_string().into()),
                    ],
                ),
            ));
        }
    }

    let mut rows = Vec::new();
    let mut first_line_of_key: HashMap<String, u64> = HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|error| {
            let line = error.position().map(|position| position.line());
            bad(line, None, csv_problem(&error))
        })?;
        let line = record.position().map_or(0, |position| position.line());
        if rows.len() >= MAX_ROWS {
            return Err(bad(Some(line), None, too_many_items(MAX_ROWS)));
        }
        let cell = |column: &str| -> Result<Option<String>> {
            let Some(&index) = column_of.get(column) else {
                return Ok(None);
            };
            let value = record.get(index).unwrap_or_default().trim();
            if value.len() > MAX_CELL_BYTES {
                return Err(bad(
                    Some(line),
                    Some(column),
                    crate::rules::Bilingual::message(
                        "coreImportGavelCsv-theCellIsLongerThan",
                        &[("limit", MAX_CELL_BYTES.to_string().into())],
                    ),
                ));
            }
            Ok(Some(value.to_owned()))
        };
        let required = |column: &str| -> Result<String> {
            cell(column)?
                .filter(|value| !value.is_empty())
                .ok_or_else(|| {
                    bad(
                        Some(line),
                        Some(column),
                        crate::rules::Bilingual::message("coreImportGavelCsv-mustNotBeEmpty", &[]),
                    )
                })
        };
        if record.iter().all(|value| value.trim().is_empty()) {
            continue; // Spreadsheets leave blank rows at the end.
        }
        let key = required("key")?;
        if let Some(first_line) = first_line_of_key.insert(key.clone(), line) {
            return Err(bad(Some(line), Some("key"), key_again(&key, first_line)));
        }
        let story_points =
            match cell("story_points")?.filter(|value| !value.is_empty()) {
                None => None,
                Some(text) => Some(parse_story_points(&text).ok_or_else(|| {
                    bad(Some(line), Some("story_points"), not_story_points(&text))
                })?),
            };
        let labels = cell("labels")?.map(|value| {
            value
                .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
                .filter(|label| !label.is_empty())
                .map(str::to_owned)
                .collect()
        });
        rows.push(BacklogRow {
            line,
            title: required("title")?,
            status: cell("status")?,
            priority: cell("priority")?,
            rank: cell("rank")?,
            story_points,
            labels,
            key,
            parent: None,
            votes: None,
            watchers: None,
            description: cell("description")?,
        });
    }
    Ok(rows)
}

fn is_known_column(name: &str) -> bool {
    REQUIRED_COLUMNS.contains(&name) || OPTIONAL_COLUMNS.contains(&name)
}

/// `Story Points` and `story-points` both mean `story_points`.
fn normalise_column_name(header: &str) -> String {
    header
        .trim()
        .trim_matches('"')
        .trim()
        .to_lowercase()
        .replace([' ', '-'], "_")
}

#[cfg(test)]
mod tests;
