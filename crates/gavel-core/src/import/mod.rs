//! Backlog import: every reader of a backlog file, the choice between them, and what an import
//! reports. A file is Jira's CSV export ("all fields" or "current fields", in any of the languages
//! Jira writes), the JSON of a Jira REST search (API v2 or v3), or Gavel's own simple CSV
//! (docs/backlog-csv.md, docs/jira.md).
//!
//! Every file is untrusted input. Its size is checked before it is read, cells and nesting are
//! limited, nothing here panics, and every problem is an [`Error::BadInput`] naming the file and
//! the line (CSV) or the field path (JSON). A reader returns all rows or an error, never some of
//! them; the store then writes all rows in one transaction ([`crate::Store::import_backlog`]).

mod adf;
mod dates;
pub(crate) mod encoding;
pub(crate) mod gavel_csv;
mod html_text;
mod jira_columns;
mod jira_csv;
mod jira_json;
mod jira_xml;
mod other_tools;
mod parents;

use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::command::Command;
use crate::decide::BacklogUpsert;
pub(crate) use crate::error::shorten;
use crate::error::{Error, Result};
use crate::queries::BacklogItem;
use crate::rules::Bilingual;
use crate::wording;

pub use adf::adf_to_plain_text;
pub use dates::IssueTime;
pub use encoding::{TextEncoding, TextRepair};
pub use gavel_csv::parse_backlog_csv;
pub use jira_columns::{ColumnChoice, ColumnField, ColumnRecognition, RecognisedBy};
pub(crate) use parents::check_parents;

/// Larger files are refused before they are read. A Jira "all fields" export of 10,000 issues
/// with their comments is about 20–40 MB.
pub const MAX_FILE_BYTES: u64 = 100 * 1024 * 1024;
/// A Jira text field holds at most 32,767 characters, so no real cell comes near this.
pub const MAX_CELL_BYTES: usize = 1024 * 1024;
pub const MAX_ISSUES: usize = 100_000;

/// Which reader to use. `Auto` looks at the content: JSON is a Jira search, XML Jira's XML
/// export, a CSV with an issue key and a summary column (or a column of issue keys) is a Jira
/// export, one with `key` and `title` is Gavel's CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ImportFormat {
    #[default]
    Auto,
    GavelCsv,
    JiraCsv,
    JiraJson,
    /// Jira's "Export → XML" (RSS), from Jira Server and Data Center.
    JiraXml,
}

impl ImportFormat {
    /// The names the CLI's `--format` takes: `auto`, `gavel-csv`, `jira-csv`, `jira-json`,
    /// `jira-xml`.
    pub fn from_name(name: &str) -> Option<ImportFormat> {
        match name {
            "auto" => Some(ImportFormat::Auto),
            "gavel-csv" => Some(ImportFormat::GavelCsv),
            "jira-csv" => Some(ImportFormat::JiraCsv),
            "jira-json" => Some(ImportFormat::JiraJson),
            "jira-xml" => Some(ImportFormat::JiraXml),
            _ => None,
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            ImportFormat::Auto => "detected by content",
            ImportFormat::GavelCsv => "Gavel backlog CSV",
            ImportFormat::JiraCsv => "Jira CSV export",
            ImportFormat::JiraJson => "Jira REST search JSON",
            ImportFormat::JiraXml => "Jira XML export",
        }
    }
}

/// How to read a backlog file: its format (or `Auto`), and the chair's reading of columns that
/// were recognised wrongly or not at all (Jira CSV only).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct ImportOptions {
    #[serde(default)]
    pub format: ImportFormat,
    #[serde(default)]
    pub columns: Vec<ColumnChoice>,
}

impl From<ImportFormat> for ImportOptions {
    fn from(format: ImportFormat) -> ImportOptions {
        ImportOptions {
            format,
            columns: Vec::new(),
        }
    }
}

/// One backlog item as read from a file. `None` means the file has no such column: the stored
/// value is kept.
#[derive(Debug, Clone, PartialEq)]
pub struct BacklogRow {
    /// Where the item starts in the file: its line (CSV) or its 1-based place in `issues` (JSON).
    pub line: u64,
    pub key: String,
    pub title: String,
    pub status: Option<String>,
    pub priority: Option<String>,
    pub rank: Option<String>,
    pub story_points: Option<f64>,
    pub labels: Option<Vec<String>>,
    /// The parent's issue key; `Some("")` clears a stored parent.
    pub parent: Option<String>,
    pub votes: Option<u32>,
    pub watchers: Option<u32>,
    /// The issue's description as plain text; `None` when the file has no such column.
    pub description: Option<String>,
}

impl BacklogRow {
    pub fn into_command(self) -> Command {
        Command::UpsertBacklogItem {
            key: self.key,
            title: Some(self.title),
            status: self.status,
            priority: self.priority,
            rank: self.rank,
            story_points: self.story_points,
            labels: self.labels,
            parent: self.parent,
            votes: self.votes,
            watchers: self.watchers,
            description: self.description,
        }
    }

    pub(crate) fn into_upsert(self) -> BacklogUpsert {
        BacklogUpsert {
            key: self.key,
            title: Some(self.title),
            status: self.status,
            priority: self.priority,
            rank: self.rank,
            story_points: self.story_points,
            labels: self.labels,
            parent: self.parent,
            votes: self.votes,
            watchers: self.watchers,
            description: self.description,
        }
    }
}

/// What a Jira export says about an issue that Gavel's backlog does not store (yet). Read so that
/// a reader's handling of these columns is tested, and so that the backlog can grow into them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UnstoredIssueFields {
    pub issue_type: Option<String>,
    pub sprints: Vec<String>,
    pub components: Vec<String>,
    pub fix_versions: Vec<String>,
    pub comments: Vec<String>,
    pub created: Option<IssueTime>,
    pub updated: Option<IssueTime>,
}

/// Everything read from one backlog file.
#[derive(Debug, Clone, PartialEq)]
pub struct BacklogFile {
    /// The reader that read it (never `Auto`).
    pub format: ImportFormat,
    pub encoding: TextEncoding,
    pub rows: Vec<BacklogRow>,
    /// Parallel to `rows` for Jira files; empty for Gavel's CSV.
    pub unstored: Vec<UnstoredIssueFields>,
    /// The number of issues the search matched, when the file is one page of a larger search.
    pub issues_in_search: Option<u64>,
    /// True when the file says more pages follow (`isLast: false`) without saying how many.
    pub more_pages_follow: bool,
    /// The lines of a UTF-8 file whose bytes were not UTF-8, and what they were read as.
    pub text_repairs: Vec<TextRepair>,
    /// Every header of a Jira CSV and what was read from it; empty for other formats.
    pub columns: Vec<ColumnRecognition>,
    /// Where parents were read, for messages: a CSV header (`Parent`) or, for JSON, the path
    /// inside each issue (`fields.parent`).
    pub parent_field: Option<String>,
    /// Things read with a guess or skipped, for the report: never a reason to refuse the file.
    pub warnings: Vec<Bilingual>,
}

impl BacklogFile {
    /// "22 issues", or "50 of 2802 issues (one page of a paged search)".
    pub fn note(&self) -> String {
        let count = self.rows.len();
        let issues = if count == 1 { "issue" } else { "issues" };
        match self.issues_in_search {
            Some(total) => {
                format!("{count} of {total} issues (one page of a paged search)")
            }
            None if self.more_pages_follow => {
                format!("{count} {issues} (one page of a paged search; more pages follow)")
            }
            None => format!("{count} {issues}"),
        }
    }
}

/// What a backlog import did, or (for a dry run) would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct BacklogImportReport {
    pub file_name: String,
    /// The reader used (never `auto`).
    pub format: ImportFormat,
    /// True when nothing was written: the report previews an import.
    pub dry_run: bool,
    /// The issues in the file.
    pub issues_in_file: u32,
    /// The issues the search matched, when the file is one page of a larger Jira search.
    pub issues_in_search: Option<u32>,
    /// E.g. "50 of 2802 issues (one page of a paged search)".
    pub note: String,
    pub added: u32,
    pub changed: u32,
    pub unchanged: u32,
    /// The new items, in file order.
    pub added_items: Vec<AddedBacklogItem>,
    /// Items whose stored values changed, in file order, with each changed field's old and new
    /// value, so the preview shows what the import would do, not only which keys.
    pub changed_items: Vec<BacklogItemChange>,
    /// Keys of stored items that the file does not mention. They are kept, with their history.
    pub gone_keys: Vec<String>,
    /// Items whose status the file changes away from what a meeting decided ("Jira: En curso;
    /// decided 10.12.2026: Done"). The import stores Jira's status; the decision keeps its own.
    pub decided_conflicts: Vec<DecidedStatusConflict>,
    /// The lines whose bytes were not UTF-8 in a file that otherwise is, with the characters they
    /// were read as (Windows-1252, or U+FFFD), so the chair can check them.
    pub text_repairs: Vec<TextRepair>,
    /// Each header of a Jira CSV, what Gavel read from it and how it knew; the preview lets the
    /// chair correct a guess (`ImportOptions::columns`).
    pub columns: Vec<ColumnRecognition>,
    /// Values read with a guess or skipped, and the file's encoding when it was not UTF-8; the
    /// import went ahead.
    pub warnings: Vec<Bilingual>,
}

/// A new backlog item: its key and title, as the import preview lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct AddedBacklogItem {
    pub key: String,
    pub title: String,
}

/// One changed backlog item: its key, its title after the import, and each changed field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct BacklogItemChange {
    pub key: String,
    pub title: String,
    pub fields: Vec<FieldChange>,
}

/// A status from the file that differs from the one a meeting decided for the item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct DecidedStatusConflict {
    pub key: String,
    pub title: String,
    /// The status in the file (`None`: none given).
    pub jira_status: Option<String>,
    /// The status the latest decision on the item set.
    pub decided_status: String,
    pub meeting_title: String,
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub meeting_date: chrono::NaiveDate,
}

/// A field's value before and after an import, as text (`None`: empty). `field` is one of
/// `title`, `status`, `priority`, `rank`, `story_points`, `labels`, `parent`, `votes`, `watchers`,
/// `description` (its start only: see [`description_change`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct FieldChange {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

impl BacklogImportReport {
    /// An empty report for `file`: the store fills in what the import did.
    pub fn for_file(file_name: &str, file: &BacklogFile, dry_run: bool) -> BacklogImportReport {
        BacklogImportReport {
            file_name: file_name.to_owned(),
            format: file.format,
            dry_run,
            issues_in_file: saturating_u32(file.rows.len() as u64),
            issues_in_search: file.issues_in_search.map(saturating_u32),
            note: file.note(),
            added: 0,
            changed: 0,
            unchanged: 0,
            added_items: Vec::new(),
            decided_conflicts: Vec::new(),
            changed_items: Vec::new(),
            gone_keys: Vec::new(),
            text_repairs: file.text_repairs.clone(),
            columns: file.columns.clone(),
            warnings: file.warnings.clone(),
        }
    }
}

/// Reads a backlog file from disk, refusing one larger than [`MAX_FILE_BYTES`] before reading it.
pub fn read_backlog_path(path: &Path, options: &ImportOptions) -> Result<BacklogFile> {
    let file_name = path.display().to_string();
    let cannot_read = |error: std::io::Error| {
        let not_a_file = crate::files::NotARegularFile::in_error(&error);
        let message = wording::message("coreImport-theFileCannotBeRead", |language| {
            let reason = match not_a_file {
                Some(refusal) => refusal.message(language),
                None => error.to_string(),
            };
            vec![("reason", reason.into())]
        });
        bad_input(&file_name, None, None, message)
    };
    // A device, a pipe or a folder is refused before anything is read (`open_regular_file`).
    let (file, length) = crate::files::open_regular_file(path).map_err(cannot_read)?;
    check_file_size(&file_name, length)?;
    // The length can change between the check and the read (or lie, for a pipe): read at most one
    // byte more than the limit, so a growing file is still refused without reading all of it.
    let mut bytes = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    read_backlog_file(&file_name, &bytes, options)
}

/// Refuses a file larger than [`MAX_FILE_BYTES`]; callers that know a file's size before reading
/// it (a path on disk, a browser `File`) check it first.
pub fn check_file_size(file_name: &str, length: u64) -> Result<()> {
    if length > MAX_FILE_BYTES {
        let (megabytes, limit) = (length.div_ceil(1024 * 1024), MAX_FILE_BYTES / 1024 / 1024);
        return Err(bad_input(
            file_name,
            None,
            None,
            crate::rules::Bilingual::message(
                "coreImport-theFileIsMbBacklog",
                &[
                    ("limit", limit.to_string().into()),
                    ("megabytes", megabytes.to_string().into()),
                ],
            ),
        ));
    }
    Ok(())
}

/// Reads a backlog file in the options' format, or in the format its content shows when that is
/// `Auto`.
pub fn read_backlog_file(
    file_name: &str,
    bytes: &[u8],
    options: &ImportOptions,
) -> Result<BacklogFile> {
    check_file_size(file_name, bytes.len() as u64)?;
    let decoded = encoding::decode(file_name, bytes)?;
    let text = &decoded.text;
    if text.trim().is_empty() {
        return Err(bad_input(
            file_name,
            None,
            None,
            Bilingual::message("coreImport-theFileIsEmpty", &[]),
        ));
    }
    let format = match options.format {
        ImportFormat::Auto => detect_format(file_name, text)?,
        chosen => chosen,
    };
    if !options.columns.is_empty() && format != ImportFormat::JiraCsv {
        return Err(bad_input(
            file_name,
            None,
            None,
            crate::rules::Bilingual::message("coreImport-columnsCanOnlyBeChosen", &[]),
        ));
    }
    let mut file = match format {
        ImportFormat::JiraJson => jira_json::read_jira_json(file_name, text)?,
        ImportFormat::JiraXml => jira_xml::read_jira_xml(file_name, text)?,
        ImportFormat::JiraCsv => jira_csv::read_jira_csv(file_name, text, &options.columns)?,
        ImportFormat::GavelCsv | ImportFormat::Auto => BacklogFile {
            format: ImportFormat::GavelCsv,
            encoding: decoded.encoding,
            rows: gavel_csv::parse_backlog_csv_text(file_name, text)?,
            unstored: Vec::new(),
            issues_in_search: None,
            more_pages_follow: false,
            text_repairs: Vec::new(),
            columns: Vec::new(),
            parent_field: None,
            warnings: Vec::new(),
        },
    };
    file.encoding = decoded.encoding;
    if let Some(warning) = encoding_warning(&decoded) {
        file.warnings.insert(0, warning);
    }
    file.text_repairs = decoded.repairs;
    Ok(file)
}

/// What the report says about a file that was not all UTF-8: read as Windows-1252, or the lines
/// whose stray bytes were.
fn encoding_warning(decoded: &encoding::DecodedText<'_>) -> Option<Bilingual> {
    if decoded.encoding == TextEncoding::Windows1252 {
        return Some(crate::rules::Bilingual::message(
            "coreImport-theFileIsNotUtf",
            &[],
        ));
    }
    let first = decoded.repairs.first()?;
    let count = decoded.repairs.len() as u64 + decoded.repairs_not_listed;
    let mut shown: Vec<String> = decoded
        .repairs
        .iter()
        .take(10)
        .map(|repair| repair.line.to_string())
        .collect();
    if count > shown.len() as u64 {
        shown.push("…".to_owned());
    }
    let lines = shown.join(", ");
    Some(Bilingual::message(
        "coreImport-linesHeldBytesThatAreNotUtf8",
        &[
            ("count", count.into()),
            ("first_line", first.line.to_string().into()),
            ("lines", lines.into()),
        ],
    ))
}

/// The names of the fields that differ between a stored item and its imported version.
/// The conflict to report when an import changes an item's status away from the one the latest
/// decision on it set (`decided`: that status, the meeting's title and date).
pub(crate) fn decided_status_conflict(
    before: &BacklogItem,
    after: &BacklogItem,
    decided: Option<&crate::queries::DecidedStatus>,
) -> Option<DecidedStatusConflict> {
    let decided = decided?;
    let changed_away =
        before.status != after.status && after.status.as_deref() != Some(decided.status.as_str());
    changed_away.then(|| DecidedStatusConflict {
        key: after.key.clone(),
        title: after.title.clone(),
        jira_status: after.status.clone(),
        decided_status: decided.status.clone(),
        meeting_title: decided.meeting_title.clone(),
        meeting_date: decided.meeting_date,
    })
}

pub(crate) fn changed_fields(before: &BacklogItem, after: &BacklogItem) -> Vec<FieldChange> {
    fn text(value: Option<&str>) -> Option<String> {
        value.map(str::to_owned)
    }
    fn number(value: Option<impl ToString>) -> Option<String> {
        value.map(|value| value.to_string())
    }
    fn labels(labels: &[String]) -> Option<String> {
        (!labels.is_empty()).then(|| labels.join(", "))
    }
    let pairs = [
        (
            "title",
            Some(before.title.clone()),
            Some(after.title.clone()),
        ),
        (
            "status",
            text(before.status.as_deref()),
            text(after.status.as_deref()),
        ),
        (
            "priority",
            text(before.priority.as_deref()),
            text(after.priority.as_deref()),
        ),
        (
            "rank",
            text(before.rank.as_deref()),
            text(after.rank.as_deref()),
        ),
        (
            "story_points",
            number(before.story_points),
            number(after.story_points),
        ),
        ("labels", labels(&before.labels), labels(&after.labels)),
        (
            "parent",
            text(before.parent.as_deref()),
            text(after.parent.as_deref()),
        ),
        ("votes", number(before.votes), number(after.votes)),
        ("watchers", number(before.watchers), number(after.watchers)),
    ];
    pairs
        .into_iter()
        .filter(|(_, old, new)| old != new)
        .map(|(field, old, new)| FieldChange {
            field: field.to_owned(),
            old,
            new,
        })
        .collect()
}

/// The change of an item's description, if it changed, each side shortened to its first
/// [`DESCRIPTION_PREVIEW_CHARACTERS`] characters on one line: the report says that it changed and
/// how it starts, not the whole text.
pub(crate) fn description_change(old: Option<String>, new: Option<String>) -> Option<FieldChange> {
    if old == new {
        return None;
    }
    let preview = |text: Option<String>| {
        text.map(|text| {
            let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
            match one_line.char_indices().nth(DESCRIPTION_PREVIEW_CHARACTERS) {
                Some((cut, _)) => format!("{}…", one_line[..cut].trim_end()),
                None => one_line,
            }
        })
    };
    Some(FieldChange {
        field: "description".to_owned(),
        old: preview(old),
        new: preview(new),
    })
}

/// How much of a description an import's report shows.
pub const DESCRIPTION_PREVIEW_CHARACTERS: usize = 60;

/// The format a file's content shows. JSON starts with `{` or `[`; a CSV is told by its header.
fn detect_format(file_name: &str, text: &str) -> Result<ImportFormat> {
    let start = text.trim_start();
    if start.starts_with('{') || start.starts_with('[') {
        return Ok(ImportFormat::JiraJson);
    }
    if start.starts_with('<') {
        return Ok(ImportFormat::JiraXml);
    }
    let header_line = start.lines().next().unwrap_or_default();
    // A header with both required columns of one format is that format; one with some of them
    // goes to that format's reader, whose message names the missing column.
    let jira_columns = jira_csv::required_columns_in(header_line);
    let gavel_columns = gavel_csv::required_columns_in(header_line);
    if jira_columns == 2 {
        return Ok(ImportFormat::JiraCsv);
    }
    if gavel_columns == 2 {
        return Ok(ImportFormat::GavelCsv);
    }
    if let Some(hint) = other_tools::other_tool_csv(header_line) {
        return Err(bad_input(file_name, Some(1), None, hint));
    }
    // `key` is both Gavel's column and Jira's short name for the key: a tie goes to Gavel's CSV,
    // whose message names its missing `title` column.
    if gavel_columns > 0 && gavel_columns >= jira_columns {
        return Ok(ImportFormat::GavelCsv);
    }
    if jira_columns > 0 {
        return Ok(ImportFormat::JiraCsv);
    }
    let looks_like_csv = header_line.contains([',', ';', '\t']);
    if looks_like_csv && jira_csv::has_issue_key_column(text) {
        // Headers in a language or of a year Gavel does not know, but a column of issue keys.
        return Ok(ImportFormat::JiraCsv);
    }
    let shown: String = header_line.chars().take(80).collect();
    let message = if looks_like_csv {
        crate::rules::Bilingual::message(
            "coreImport-theHeaderIsNeitherA",
            &[("shown", shown.to_string().into())],
        )
    } else {
        Bilingual::message("coreImport-theFileIsNeitherCsvNorJson", &[])
    };
    Err(bad_input(file_name, Some(1), None, message))
}

/// A problem in a file the user gave, at its place: the line (CSV) or the field (JSON).
pub(crate) fn bad_input(
    file_name: &str,
    line: Option<u64>,
    field: Option<&str>,
    message: Bilingual,
) -> Error {
    Error::BadInput {
        file: file_name.to_owned(),
        line,
        field: field.map(str::to_owned),
        message,
    }
}

/// "»3x« er ikke et tal …": a story-points value that is not a number, shown as given.
pub(crate) fn not_story_points(shown: &str) -> Bilingual {
    not_story_points_shown(&Bilingual::untranslated(shown))
}

/// As [`not_story_points`], with the value described in each language's words ("the text …").
pub(crate) fn not_story_points_shown(shown: &Bilingual) -> Bilingual {
    wording::message("coreImport-isNotANumberOf", |language| {
        vec![("shown", wording::pick(shown, language).into())]
    })
}

/// "the file has more than 100000 issues": a Jira export.
pub(crate) fn too_many_issues(limit: usize) -> Bilingual {
    Bilingual::message(
        "coreImport-theFileHasTooManyIssues",
        &[("limit", limit.to_string().into())],
    )
}

/// "the file has more than 100000 items": Gavel's backlog CSV.
pub(crate) fn too_many_items(limit: usize) -> Bilingual {
    Bilingual::message(
        "coreImport-theFileHasTooManyItems",
        &[("limit", limit.to_string().into())],
    )
}

/// "MO-1 already appears on line 2".
pub(crate) fn key_again(key: &str, first_line: u64) -> Bilingual {
    crate::rules::Bilingual::message(
        "coreImport-alreadyAppearsOnLine",
        &[
            ("first_line", first_line.to_string().into()),
            ("key", key.to_string().into()),
        ],
    )
}

/// What the `csv` reader could not read: a row of the wrong length, or anything else.
pub(crate) fn csv_problem(error: &csv::Error) -> Bilingual {
    match error.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => row_length(
            usize::try_from(*len).unwrap_or(usize::MAX),
            usize::try_from(*expected_len).unwrap_or(usize::MAX),
        ),
        _ => crate::rules::Bilingual::message(
            "coreImport-theCsvCannotBeRead",
            &[("error", error.to_string().into())],
        ),
    }
}

/// "the row has 3 cells where the header has 2".
pub(crate) fn row_length(cells: usize, header: usize) -> Bilingual {
    Bilingual::message(
        "coreImport-theRowHasAnotherLength",
        &[("count", cells.into()), ("header", header.into())],
    )
}

fn saturating_u32(value: u64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// Story points as exports write them: `3`, `2.0`, `2,5`, with stray (non-breaking) spaces.
pub(crate) fn parse_story_points(text: &str) -> Option<f64> {
    let compact: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}' && *c != '\u{202f}')
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    if compact.is_empty()
        || !compact
            .bytes()
            .all(|byte| byte.is_ascii_digit() || byte == b'.')
    {
        return None;
    }
    let points: f64 = compact.parse().ok()?;
    (points.is_finite() && points >= 0.0).then_some(points)
}

/// A vote or watcher count as exports write it: a whole number of at least 0 (`3`, ` 12 `).
/// `1.0`, `-3` and `mange` are refused by the callers, naming the field.
pub(crate) fn parse_count(text: &str) -> Option<u32> {
    let text = text.trim();
    if text.is_empty() || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// What a count in an export counts, for the message about one that is not a whole number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Counted {
    Votes,
    Watchers,
}

/// "»1.0« er ikke et antal stemmer …": a vote or watcher count that is not a whole number.
pub(crate) fn not_a_count(shown: &str, what: Counted) -> Bilingual {
    not_a_count_shown(&Bilingual::untranslated(shown), what)
}

/// As [`not_a_count`], with the value described in each language's words ("the text …").
pub(crate) fn not_a_count_shown(shown: &Bilingual, what: Counted) -> Bilingual {
    let what = match what {
        Counted::Votes => "votes",
        Counted::Watchers => "watchers",
    };
    wording::message("coreImport-isNotACount", |language| {
        vec![
            ("shown", wording::pick(shown, language).into()),
            ("what", what.into()),
        ]
    })
}

#[cfg(test)]
mod tests;
