//! Jira's CSV export ("Export → CSV (all fields)" or "(current fields)"), as Jira Cloud and Jira
//! Server/Data Center write it, and as spreadsheet programs re-save it.
//!
//! What makes these files hard, and how it is handled:
//! - Headers are in the exporting user's language, and Jira renames columns over the years:
//!   [`super::jira_columns`] recognises each column by its name in any of Jira's languages, by
//!   the shape of its values, or by the chair's choice, and the report says which.
//! - A field with several values gets one column per value, all with the same header (`Labels`,
//!   `Sprint`, `Comment`, `Watchers`, `Component/s`, `Fix Version/s`, up to hundreds of times): the
//!   non-empty cells of all those columns are gathered into one list.
//! - Columns may be missing (an export of "current fields" has only what the search showed): an
//!   item keeps its stored value for a column the file does not have. Only the issue key and the
//!   summary are required.
//! - A parent is written as its issue key or as its numeric issue id, which is looked up in the
//!   file's `Issue id` column.
//! - Excel may re-save the file with semicolons or tabs; the separator is read from the header.

use std::collections::{HashMap, HashSet};

use crate::error::Result;
use crate::import::dates::{self, NumericDateOrder};
use crate::import::encoding::TextEncoding;
use crate::import::jira_columns::{
    ColumnChoice, ColumnField, ColumnRecognition, RecognisedBy, field_named, is_issue_key,
    is_lexo_rank, normalise_header,
};
use crate::import::jira_json::sprint_name;
use crate::import::{
    BacklogFile, BacklogRow, Counted, ImportFormat, MAX_CELL_BYTES, MAX_ISSUES,
    UnstoredIssueFields, bad_input, csv_problem, key_again, not_a_count, not_story_points,
    parse_count, parse_story_points, row_length, shorten, too_many_issues,
};
use crate::rules::Bilingual;
use crate::wording;

/// How many of a Jira export's required columns (issue key, summary) a header line names.
pub fn required_columns_in(header_line: &str) -> usize {
    let fields: Vec<Option<ColumnField>> = header_line
        .split([',', ';', '\t'])
        .map(field_named)
        .collect();
    [ColumnField::Key, ColumnField::Summary]
        .into_iter()
        .filter(|required| fields.contains(&Some(*required)))
        .count()
}

/// True when some column of the first rows holds an issue key in every row: a Jira export whose
/// headers are in a language (or of a year) Gavel does not know.
pub fn has_issue_key_column(text: &str) -> bool {
    let Ok((header, records)) = read_records("", text) else {
        return false;
    };
    ValueShapes::of(header.len(), &[], records.take(200))
        .is_ok_and(|shapes| shapes.rows > 0 && shapes.key_column().is_some())
}

/// Reads a whole Jira CSV export, all rows or an error. `choices` are the chair's reading of
/// columns, which wins over names and shapes.
///
/// The rows are read as a stream and only what Gavel keeps of each is held, so that memory
/// grows with what is kept, not with the file (a 14 MB export of 10,000 issues held every cell
/// of every row twice before). A second pass over the text is made first only when a column must
/// be recognised by its values.
pub fn read_jira_csv(file_name: &str, text: &str, choices: &[ColumnChoice]) -> Result<BacklogFile> {
    let (header_names, records) = read_records(file_name, text)?;
    let recognised = recognise_columns(file_name, &header_names, choices, || {
        read_records(file_name, text).map(|(_, records)| records)
    })?;
    let columns = ColumnPlaces::from_fields(&recognised);
    let key_header = columns.require(file_name, ColumnField::Key, &header_names)?;
    let summary_header = columns.require(file_name, ColumnField::Summary, &header_names)?;

    let mut rows: Vec<BacklogRow> = Vec::new();
    let mut unstored: Vec<UnstoredIssueFields> = Vec::new();
    // Dates are read once the whole file is known, so that `11/01/2023` is read the same way as
    // the file's other dates (see `numeric_date_order`).
    let mut raw_dates: Vec<(Option<String>, Option<String>)> = Vec::new();
    let mut line_of_key: HashMap<String, u64> = HashMap::new();
    // Parents given by their numeric issue id (row, id, column), found once every row's id is
    // known.
    let mut parents_by_id: Vec<(usize, String, usize)> = Vec::new();
    let mut key_of_issue_id: HashMap<String, usize> = HashMap::new();
    for record in records {
        let (line, record) = record?;
        let row = RowCells {
            record: &record,
            columns: &columns,
        };
        let key = row.first(ColumnField::Key).unwrap_or_default();
        if key.is_empty() {
            return Err(bad_input(
                file_name,
                Some(line),
                Some(key_header),
                crate::rules::Bilingual::message("coreImportJiraCsv-theIssueKeyMustNot", &[]),
            ));
        }
        if let Some(first_line) = line_of_key.insert(key.to_owned(), line) {
            return Err(bad_input(
                file_name,
                Some(line),
                Some(key_header),
                key_again(key, first_line),
            ));
        }
        let title = row.first(ColumnField::Summary).unwrap_or_default();
        if title.is_empty() {
            return Err(bad_input(
                file_name,
                Some(line),
                Some(summary_header),
                crate::rules::Bilingual::message(
                    "coreImportJiraXml-theSummaryOfMustNot",
                    &[("key", key.to_string().into())],
                ),
            ));
        }
        if let Some(issue_id) = row.first(ColumnField::IssueId) {
            key_of_issue_id.insert(issue_id.to_owned(), rows.len());
        }
        let story_points = read_story_points(file_name, line, &row, &header_names)?;
        let labels = columns.has(ColumnField::Labels).then(|| {
            // Each label has its own column, but a "current fields" export may put them in one
            // cell, separated by spaces (a Jira label never contains a space).
            let mut labels: Vec<String> = Vec::new();
            for cell in row.all(ColumnField::Labels) {
                for label in cell.split_whitespace() {
                    if !labels.iter().any(|known| known == label) {
                        labels.push(label.to_owned());
                    }
                }
            }
            labels
        });
        let parent = match row.parent() {
            None => None,
            Some(None) => Some(String::new()),
            Some(Some((_, cell))) if is_issue_key(cell) => Some(cell.to_owned()),
            Some(Some((index, cell))) if cell.bytes().all(|byte| byte.is_ascii_digit()) => {
                parents_by_id.push((rows.len(), cell.to_owned(), index));
                Some(String::new())
            }
            Some(Some((index, cell))) => {
                return Err(bad_input(
                    file_name,
                    Some(line),
                    Some(&header_names[index]),
                    Bilingual::message(
                        "coreImportJiraCsv-isNeitherAnIssueKeyNorAnId",
                        &[("shown", shorten(cell, 40).into())],
                    ),
                ));
            }
        };
        rows.push(BacklogRow {
            line,
            key: key.to_owned(),
            title: title.to_owned(),
            status: row.present(ColumnField::Status),
            priority: row.present(ColumnField::Priority),
            rank: row.present(ColumnField::Rank),
            story_points,
            labels,
            parent,
            votes: read_count(file_name, line, &row, &header_names, ColumnField::Votes)?,
            watchers: read_watchers(file_name, line, &row, &header_names)?,
            description: row.first(ColumnField::Description).map(str::to_owned),
        });
        unstored.push(UnstoredIssueFields {
            issue_type: row.first(ColumnField::IssueType).map(str::to_owned),
            sprints: row.all(ColumnField::Sprint).map(sprint_name).collect(),
            components: row
                .all(ColumnField::Components)
                .map(str::to_owned)
                .collect(),
            fix_versions: row
                .all(ColumnField::FixVersions)
                .map(str::to_owned)
                .collect(),
            comments: row.all(ColumnField::Comment).map(comment_text).collect(),
            created: None,
            updated: None,
        });
        raw_dates.push((
            row.first(ColumnField::Created).map(str::to_owned),
            row.first(ColumnField::Updated).map(str::to_owned),
        ));
    }
    for (row_index, issue_id, column) in parents_by_id {
        let line = rows[row_index].line;
        let header = header_names[column].as_str();
        let Some(&parent_index) = key_of_issue_id.get(&issue_id) else {
            let message = if columns.has(ColumnField::IssueId) {
                crate::rules::Bilingual::message(
                    "coreImportJiraCsv-theParentWithIssueId",
                    &[("issue_id", issue_id.to_string().into())],
                )
            } else {
                crate::rules::Bilingual::message(
                    "coreImportJiraCsv-theParentIsGivenBy",
                    &[("issue_id", issue_id.to_string().into())],
                )
            };
            return Err(bad_input(file_name, Some(line), Some(header), message));
        };
        rows[row_index].parent = Some(rows[parent_index].key.clone());
    }

    let order = dates::numeric_date_order(
        raw_dates
            .iter()
            .flat_map(|(created, updated)| [created.as_deref(), updated.as_deref()])
            .flatten(),
    );
    for (fields, (created, updated)) in unstored.iter_mut().zip(&raw_dates) {
        let parse = |text: &Option<String>| {
            text.as_deref()
                .and_then(|text| dates::parse_issue_time(text, order))
        };
        fields.created = parse(created);
        fields.updated = parse(updated);
    }
    let parent_field = columns
        .indexes(ColumnField::Parent)
        .first()
        .or(columns.indexes(ColumnField::EpicLink).first())
        .map(|&index| header_names[index].clone());
    Ok(BacklogFile {
        format: ImportFormat::JiraCsv,
        encoding: TextEncoding::Utf8,
        rows,
        unstored,
        issues_in_search: None,
        more_pages_follow: false,
        text_repairs: Vec::new(),
        columns: report_columns(&header_names, &recognised),
        parent_field,
        warnings: Vec::new(),
    })
}

/// A row of the file and the line it starts on.
type LineRecord = (u64, csv::StringRecord);

/// The header (trimmed) and the file's non-blank rows with their lines, read one at a time:
/// each row is checked (not longer than the header, no cell over [`MAX_CELL_BYTES`], at most
/// [`MAX_ISSUES`] rows) as it is read.
fn read_records<'a>(
    file_name: &'a str,
    text: &'a str,
) -> Result<(Vec<String>, impl Iterator<Item = Result<LineRecord>> + 'a)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header_line = text.lines().next().unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator_of(header_line))
        .has_headers(false)
        // Rows shorter than the header are padded with empty cells (some tools drop trailing
        // empty cells); longer rows are refused below, with their line.
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut header = csv::StringRecord::new();
    match reader.read_record(&mut header) {
        Ok(true) => {}
        Ok(false) => {
            return Err(bad_input(
                file_name,
                None,
                None,
                crate::rules::Bilingual::message("coreImportJiraCsv-theFileIsEmpty", &[]),
            ));
        }
        Err(error) => return Err(bad_input(file_name, Some(1), None, csv_problem(&error))),
    }
    let header_names: Vec<String> = header.iter().map(|name| name.trim().to_owned()).collect();
    // The iterator names columns in its messages; a header line is a few kilobytes at most.
    let names = header_names.clone();
    let mut rows_read = 0;
    let records = reader.into_records().filter_map(move |record| {
        check_record(file_name, record, &names, &mut rows_read).transpose()
    });
    Ok((header_names, records))
}

/// One row of [`read_records`]: `None` for a blank row (spreadsheets leave them at the end).
fn check_record(
    file_name: &str,
    record: std::result::Result<csv::StringRecord, csv::Error>,
    header_names: &[String],
    rows_read: &mut usize,
) -> Result<Option<LineRecord>> {
    let columns = header_names.len();
    let record = record.map_err(|error| {
        let line = error.position().map(|position| position.line());
        bad_input(file_name, line, None, csv_problem(&error))
    })?;
    let line = record.position().map_or(0, |position| position.line());
    if record.len() > columns {
        return Err(bad_input(
            file_name,
            Some(line),
            None,
            row_length(record.len(), columns),
        ));
    }
    if let Some(index) = record.iter().position(|cell| cell.len() > MAX_CELL_BYTES) {
        let (size, limit) = (record[index].len().div_ceil(1024), MAX_CELL_BYTES / 1024);
        return Err(bad_input(
            file_name,
            Some(line),
            header_names.get(index).map(String::as_str),
            crate::rules::Bilingual::message(
                "coreImportJiraCsv-theCellIsKbCells",
                &[
                    ("limit", limit.to_string().into()),
                    ("size", size.to_string().into()),
                ],
            ),
        ));
    }
    if record.iter().all(|cell| cell.trim().is_empty()) {
        return Ok(None);
    }
    if *rows_read >= MAX_ISSUES {
        return Err(bad_input(
            file_name,
            Some(line),
            None,
            too_many_issues(MAX_ISSUES),
        ));
    }
    *rows_read += 1;
    Ok(Some((line, record)))
}

/// Each column's field: the chair's choice, else its name, else (for the key, the rank and the
/// summary only, when no column is named so) the shape or place of its values.
/// `records` reads the rows again, for the one pass over their values that recognising by values
/// needs; it is not called when names were enough.
fn recognise_columns<Records: Iterator<Item = Result<LineRecord>>>(
    file_name: &str,
    header_names: &[String],
    choices: &[ColumnChoice],
    records: impl FnOnce() -> Result<Records>,
) -> Result<Vec<(Option<ColumnField>, RecognisedBy)>> {
    for choice in choices {
        let wanted = normalise_header(&choice.header);
        if !header_names
            .iter()
            .any(|name| normalise_header(name) == wanted)
        {
            let shown = shorten(&choice.header, 60);
            return Err(bad_input(
                file_name,
                Some(1),
                None,
                crate::rules::Bilingual::message(
                    "coreImportJiraCsv-theFileHasNoColumn",
                    &[("shown", shown.to_string().into())],
                ),
            ));
        }
    }
    let mut recognised: Vec<(Option<ColumnField>, RecognisedBy)> = header_names
        .iter()
        .map(|name| {
            let normalised = normalise_header(name);
            match choices
                .iter()
                .find(|choice| normalise_header(&choice.header) == normalised)
            {
                Some(choice) => (choice.field, RecognisedBy::Choice),
                None => match field_named(name) {
                    Some(field) => (Some(field), RecognisedBy::Name),
                    None => (None, RecognisedBy::NotRead),
                },
            }
        })
        .collect();
    let has = |recognised: &[(Option<ColumnField>, RecognisedBy)], field: ColumnField| {
        recognised.iter().any(|(found, _)| *found == Some(field))
    };
    let unknown: Vec<usize> = recognised
        .iter()
        .enumerate()
        .filter(|(_, (field, by))| field.is_none() && *by == RecognisedBy::NotRead)
        .map(|(index, _)| index)
        .collect();
    let wants_key = !has(&recognised, ColumnField::Key);
    let wants_rank = !has(&recognised, ColumnField::Rank) && !unknown.is_empty();
    let wants_summary = !has(&recognised, ColumnField::Summary) && unknown.first() == Some(&0);
    if !(wants_key || wants_rank || wants_summary) {
        return Ok(recognised);
    }
    let shapes = ValueShapes::of(header_names.len(), &unknown, records()?)?;
    if wants_key && let Some(index) = shapes.key_column() {
        recognised[index] = (Some(ColumnField::Key), RecognisedBy::Values);
    }
    if wants_rank
        && let Some(&index) = unknown
            .iter()
            .find(|&&index| recognised[index].0.is_none() && shapes.is_rank(index))
    {
        recognised[index] = (Some(ColumnField::Rank), RecognisedBy::Values);
    }
    // Jira writes the summary first. Only free text in every row is taken for it.
    if wants_summary && recognised[0].0.is_none() && shapes.rows > 0 && shapes.is_free_text(0) {
        recognised[0] = (Some(ColumnField::Summary), RecognisedBy::Position);
    }
    Ok(recognised)
}

/// What the cells of each column look like over all rows, gathered in one pass without keeping
/// the rows: enough to recognise the key, the rank and the summary by their values.
struct ValueShapes {
    rows: usize,
    /// The columns that may hold the key, in header order: the unnamed ones, or every column
    /// when all are named (but none as the key).
    key_candidates: Vec<usize>,
    every_column_a_candidate: bool,
    /// Per column: the keys seen so far while every cell was a new issue key; `None` once not.
    distinct_keys: Vec<Option<HashSet<String>>>,
    /// Per column: a non-empty cell was seen, and every non-empty cell was a LexoRank.
    has_value: Vec<bool>,
    all_lexo_rank: Vec<bool>,
    /// Per column: every cell was non-empty and not an issue key.
    all_free_text: Vec<bool>,
}

impl ValueShapes {
    fn of(
        columns: usize,
        unnamed: &[usize],
        records: impl Iterator<Item = Result<LineRecord>>,
    ) -> Result<ValueShapes> {
        let every_column_a_candidate = unnamed.is_empty();
        let key_candidates: Vec<usize> = if every_column_a_candidate {
            (0..columns).collect()
        } else {
            unnamed.to_vec()
        };
        let is_unnamed: Vec<bool> = (0..columns).map(|index| unnamed.contains(&index)).collect();
        let mut shapes = ValueShapes {
            rows: 0,
            distinct_keys: (0..columns)
                .map(|index| key_candidates.contains(&index).then(HashSet::new))
                .collect(),
            key_candidates,
            every_column_a_candidate,
            has_value: vec![false; columns],
            all_lexo_rank: vec![true; columns],
            all_free_text: vec![true; columns],
        };
        for record in records {
            let (_, record) = record?;
            shapes.rows += 1;
            for (index, &unnamed) in is_unnamed.iter().enumerate() {
                let cell = record.get(index).unwrap_or_default().trim();
                if let Some(seen) = &mut shapes.distinct_keys[index]
                    && !(is_issue_key(cell) && seen.insert(cell.to_owned()))
                {
                    shapes.distinct_keys[index] = None;
                }
                if unnamed {
                    if !cell.is_empty() {
                        shapes.has_value[index] = true;
                        shapes.all_lexo_rank[index] &= is_lexo_rank(cell);
                    }
                    shapes.all_free_text[index] &= !cell.is_empty() && !is_issue_key(cell);
                }
            }
        }
        Ok(shapes)
    }

    /// The first candidate with a different issue key in every row.
    fn key_column(&self) -> Option<usize> {
        if self.rows == 0 && self.every_column_a_candidate {
            return None; // Every column a candidate, and no row to show one.
        }
        self.key_candidates
            .iter()
            .copied()
            .find(|&index| self.distinct_keys[index].is_some())
    }

    fn is_rank(&self, index: usize) -> bool {
        self.has_value[index] && self.all_lexo_rank[index]
    }

    fn is_free_text(&self, index: usize) -> bool {
        self.all_free_text[index]
    }
}

/// One entry per distinct header, in the order of first appearance.
fn report_columns(
    header_names: &[String],
    recognised: &[(Option<ColumnField>, RecognisedBy)],
) -> Vec<ColumnRecognition> {
    let mut report: Vec<ColumnRecognition> = Vec::new();
    for (name, (field, recognised_by)) in header_names.iter().zip(recognised) {
        if let Some(known) = report.iter_mut().find(|known| known.header == *name) {
            known.count += 1;
            continue;
        }
        report.push(ColumnRecognition {
            header: name.clone(),
            count: 1,
            field: *field,
            recognised_by: if field.is_none() {
                RecognisedBy::NotRead
            } else {
                *recognised_by
            },
        });
    }
    report
}

/// Where each field's cells are: several places for a repeated column.
struct ColumnPlaces {
    places: HashMap<ColumnField, Vec<usize>>,
}

impl ColumnPlaces {
    fn from_fields(recognised: &[(Option<ColumnField>, RecognisedBy)]) -> ColumnPlaces {
        let mut places: HashMap<ColumnField, Vec<usize>> = HashMap::new();
        for (index, (field, _)) in recognised.iter().enumerate() {
            if let Some(field) = field {
                places.entry(*field).or_default().push(index);
            }
        }
        ColumnPlaces { places }
    }

    fn has(&self, field: ColumnField) -> bool {
        self.places.contains_key(&field)
    }

    fn indexes(&self, field: ColumnField) -> &[usize] {
        self.places.get(&field).map_or(&[], Vec::as_slice)
    }

    /// The header of a required column, or an error listing the names Gavel knows for it.
    fn require<'h>(
        &self,
        file_name: &str,
        field: ColumnField,
        header_names: &'h [String],
    ) -> Result<&'h str> {
        if let Some(&index) = self.indexes(field).first() {
            return Ok(&header_names[index]);
        }
        let examples: [&str; 4] = match field {
            ColumnField::Key => [
                "Issue key",
                "Clave de incidencia",
                "Clé de ticket",
                "Sagsnøgle",
            ],
            _ => ["Summary", "Resumen", "Résumé", "Resumé"],
        };
        // "»Issue key«, »Clave de incidencia«, …": the names quoted as the language quotes.
        let examples_in = |language| {
            let names = examples.iter().map(|name| {
                gavel_messages::message(
                    language,
                    "coreImportJiraCsv-columnName",
                    &[("name", (*name).into())],
                )
            });
            vec![("examples", names.collect::<Vec<_>>().join(", ").into())]
        };
        let message = if field == ColumnField::Key {
            wording::message(
                "coreImportJiraCsv-theHeaderHasNoIssueKeyColumn",
                examples_in,
            )
        } else {
            wording::message("coreImportJiraCsv-theHeaderHasNoSummaryColumn", examples_in)
        };
        Err(bad_input(file_name, Some(1), None, message))
    }
}

/// The cells of one row, by field.
struct RowCells<'a> {
    record: &'a csv::StringRecord,
    columns: &'a ColumnPlaces,
}

impl<'a> RowCells<'a> {
    /// The first non-empty cell of the field (trimmed), if the file has the field and a value.
    fn first(&self, field: ColumnField) -> Option<&'a str> {
        self.all(field).next()
    }

    /// The field's value when the file has the field: `Some("")` clears the stored value.
    fn present(&self, field: ColumnField) -> Option<String> {
        self.columns
            .has(field)
            .then(|| self.first(field).unwrap_or_default().to_owned())
    }

    /// The non-empty cells of every column of this field, trimmed, in header order.
    fn all(&self, field: ColumnField) -> impl Iterator<Item = &'a str> + use<'a> {
        self.all_with_index(field).map(|(_, cell)| cell)
    }

    fn all_with_index(
        &self,
        field: ColumnField,
    ) -> impl Iterator<Item = (usize, &'a str)> + use<'a> {
        let record = self.record;
        self.columns
            .indexes(field)
            .iter()
            .filter_map(move |&index| Some((index, record.get(index)?.trim())))
            .filter(|(_, cell)| !cell.is_empty())
    }

    /// `None` when the file has no parent column; `Some(None)` when this row has no parent; else
    /// the column and cell: `Parent` first, then `Epic Link`.
    fn parent(&self) -> Option<Option<(usize, &'a str)>> {
        if !self.columns.has(ColumnField::Parent) && !self.columns.has(ColumnField::EpicLink) {
            return None;
        }
        Some(
            self.all_with_index(ColumnField::Parent)
                .next()
                .or_else(|| self.all_with_index(ColumnField::EpicLink).next()),
        )
    }
}

/// A vote count: a whole number, else refused naming the line and column; an empty cell keeps
/// the stored value.
fn read_count(
    file_name: &str,
    line: u64,
    row: &RowCells<'_>,
    header_names: &[String],
    field: ColumnField,
) -> Result<Option<u32>> {
    let Some((index, cell)) = row.all_with_index(field).next() else {
        return Ok(None);
    };
    match parse_count(cell) {
        Some(count) => Ok(Some(count)),
        None => Err(bad_input(
            file_name,
            Some(line),
            Some(&header_names[index]),
            not_a_count(
                &shorten(cell, 40),
                if field == ColumnField::Watchers {
                    Counted::Watchers
                } else {
                    Counted::Votes
                },
            ),
        )),
    }
}

/// Jira writes one watcher's name per `Watchers` column; a single column holding a number (a
/// re-shaped export) is that number.
fn read_watchers(
    file_name: &str,
    line: u64,
    row: &RowCells<'_>,
    header_names: &[String],
) -> Result<Option<u32>> {
    if !row.columns.has(ColumnField::Watchers) {
        return Ok(None);
    }
    let cells: Vec<(usize, &str)> = row.all_with_index(ColumnField::Watchers).collect();
    match cells[..] {
        [(_, cell)] if cell.bytes().all(|byte| byte.is_ascii_digit()) => {
            read_count(file_name, line, row, header_names, ColumnField::Watchers)
        }
        _ => Ok(Some(u32::try_from(cells.len()).unwrap_or(u32::MAX))),
    }
}

/// `Story Points` wins over `Story point estimate` (team-managed projects' field) when both have a
/// value; an empty cell keeps the stored value.
fn read_story_points(
    file_name: &str,
    line: u64,
    row: &RowCells<'_>,
    header_names: &[String],
) -> Result<Option<f64>> {
    for column in [ColumnField::StoryPoints, ColumnField::StoryPointEstimate] {
        for &index in row.columns.indexes(column) {
            let cell = row.record.get(index).unwrap_or_default().trim();
            if cell.is_empty() {
                continue;
            }
            return match parse_story_points(cell) {
                Some(points) => Ok(Some(points)),
                None => Err(bad_input(
                    file_name,
                    Some(line),
                    Some(&header_names[index]),
                    not_story_points(&shorten(cell, 40)),
                )),
            };
        }
    }
    Ok(None)
}

/// Jira writes a comment as `date;author id;text`; the text is what matters.
fn comment_text(cell: &str) -> String {
    let mut parts = cell.splitn(3, ';');
    if let (Some(date), Some(_author), Some(text)) = (parts.next(), parts.next(), parts.next())
        && dates::parse_issue_time(date, NumericDateOrder::DayFirst).is_some()
    {
        return text.trim().to_owned();
    }
    cell.to_owned()
}

/// Jira writes commas; Excel re-saves with the list separator of the system's language, which is
/// a semicolon in Danish, French and Spanish, or with tabs ("Unicode text").
fn separator_of(header_line: &str) -> u8 {
    let count = |separator: u8| {
        header_line
            .bytes()
            .filter(|&byte| byte == separator)
            .count()
    };
    let (commas, semicolons, tabs) = (count(b','), count(b';'), count(b'\t'));
    if semicolons > commas && semicolons >= tabs {
        b';'
    } else if tabs > commas && tabs > semicolons {
        b'\t'
    } else {
        b','
    }
}

#[cfg(test)]
mod tests;
