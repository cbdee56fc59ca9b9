//! Jira's CSV export ("Export → CSV (all fields)" or "(current fields)"), as Jira Cloud and Jira
//! Server/Data Center write it, and as spreadsheet programs re-save it.
//!
//! What makes these files hard, and how it is handled:
//! - Headers are in the exporting user's language: each column is recognised by any of its known
//!   names (English, Danish, Spanish, French, German), compared without case; custom fields come
//!   as `Custom field (Story Points)` in any language's wording.
//! - A field with several values gets one column per value, all with the same header (`Labels`,
//!   `Sprint`, `Comment`, `Watchers`, `Component/s`, `Fix Version/s`, up to hundreds of times): the
//!   non-empty cells of all those columns are gathered into one list.
//! - Columns may be missing (an export of "current fields" has only what the search showed): an
//!   item keeps its stored value for a column the file does not have. Only the issue key and the
//!   summary are required.
//! - Excel may re-save the file with semicolons or tabs; the separator is read from the header.

use std::collections::HashMap;

use crate::error::Result;
use crate::import::dates::{self, NumericDateOrder};
use crate::import::encoding::TextEncoding;
use crate::import::jira_json::sprint_name;
use crate::import::{
    BacklogFile, BacklogRow, ImportFormat, MAX_CELL_BYTES, MAX_ISSUES, UnstoredIssueFields,
    bad_input, csv_problem, key_again, not_story_points, parse_story_points, row_length, shorten,
    too_many_issues,
};
use crate::rules::Bilingual;

/// How many of a Jira export's required columns (issue key, summary) a header line names.
pub fn required_columns_in(header_line: &str) -> usize {
    let columns: Vec<Option<JiraColumn>> = header_line
        .split([',', ';', '\t'])
        .map(classify_header)
        .collect();
    [JiraColumn::Key, JiraColumn::Summary]
        .into_iter()
        .filter(|required| columns.contains(&Some(*required)))
        .count()
}

/// Reads a whole Jira CSV export, all rows or an error.
pub fn read_jira_csv(file_name: &str, text: &str) -> Result<BacklogFile> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let header_line = text.lines().next().unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator_of(header_line))
        .has_headers(false)
        // Rows shorter than the header are padded with empty cells (some tools drop trailing
        // empty cells); longer rows are refused below, with their line.
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header = match records.next() {
        Some(Ok(header)) => header,
        Some(Err(error)) => {
            return Err(bad_input(file_name, Some(1), None, csv_problem(&error)));
        }
        None => {
            return Err(bad_input(
                file_name,
                None,
                None,
                Bilingual::new("filen er tom.", "the file is empty"),
            ));
        }
    };
    let header_names: Vec<String> = header.iter().map(|name| name.trim().to_owned()).collect();
    let columns = ColumnPlaces::from_header(&header_names);
    let key_header = columns.require(file_name, JiraColumn::Key, &header_names)?;
    let summary_header = columns.require(file_name, JiraColumn::Summary, &header_names)?;

    let mut rows: Vec<BacklogRow> = Vec::new();
    let mut unstored: Vec<UnstoredIssueFields> = Vec::new();
    // Dates are read once the whole file is known, so that `11/01/2023` is read the same way as
    // the file's other dates (see `numeric_date_order`).
    let mut raw_dates: Vec<(Option<String>, Option<String>)> = Vec::new();
    let mut line_of_key: HashMap<String, u64> = HashMap::new();
    for record in records {
        let record = record.map_err(|error| {
            let line = error.position().map(|position| position.line());
            bad_input(file_name, line, None, csv_problem(&error))
        })?;
        let line = record.position().map_or(0, |position| position.line());
        if record.len() > header_names.len() {
            return Err(bad_input(
                file_name,
                Some(line),
                None,
                row_length(record.len(), header_names.len()),
            ));
        }
        if let Some(index) = record.iter().position(|cell| cell.len() > MAX_CELL_BYTES) {
            let (size, limit) = (record[index].len().div_ceil(1024), MAX_CELL_BYTES / 1024);
            return Err(bad_input(
                file_name,
                Some(line),
                header_names.get(index).map(String::as_str),
                Bilingual::new(
                    format!("cellen fylder {size} KB; celler over {limit} KB kan ikke importeres."),
                    format!("the cell is {size} KB; cells longer than {limit} KB are refused"),
                ),
            ));
        }
        if record.iter().all(|cell| cell.trim().is_empty()) {
            continue; // Spreadsheets leave blank rows at the end.
        }
        if rows.len() >= MAX_ISSUES {
            return Err(bad_input(
                file_name,
                Some(line),
                None,
                too_many_issues(MAX_ISSUES, "issues"),
            ));
        }
        let row = RowCells {
            record: &record,
            columns: &columns,
        };
        let key = row.first(JiraColumn::Key).unwrap_or_default();
        if key.is_empty() {
            return Err(bad_input(
                file_name,
                Some(line),
                Some(key_header),
                Bilingual::new(
                    "sagsnøglen må ikke være tom.",
                    "the issue key must not be empty",
                ),
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
        let title = row.first(JiraColumn::Summary).unwrap_or_default();
        if title.is_empty() {
            return Err(bad_input(
                file_name,
                Some(line),
                Some(summary_header),
                Bilingual::new(
                    format!("resuméet af {key} må ikke være tomt."),
                    format!("the summary of {key} must not be empty"),
                ),
            ));
        }
        let story_points = read_story_points(file_name, line, &row, &header_names)?;
        let labels = columns.has(JiraColumn::Labels).then(|| {
            // Each label has its own column, but a "current fields" export may put them in one
            // cell, separated by spaces (a Jira label never contains a space).
            let mut labels: Vec<String> = Vec::new();
            for cell in row.all(JiraColumn::Labels) {
                for label in cell.split_whitespace() {
                    if !labels.iter().any(|known| known == label) {
                        labels.push(label.to_owned());
                    }
                }
            }
            labels
        });
        rows.push(BacklogRow {
            line,
            key: key.to_owned(),
            title: title.to_owned(),
            status: row.present(JiraColumn::Status),
            priority: row.present(JiraColumn::Priority),
            rank: row.present(JiraColumn::Rank),
            story_points,
            labels,
        });
        unstored.push(UnstoredIssueFields {
            issue_type: row.first(JiraColumn::IssueType).map(str::to_owned),
            description: row.first(JiraColumn::Description).map(str::to_owned),
            sprints: row.all(JiraColumn::Sprint).map(sprint_name).collect(),
            components: row.all(JiraColumn::Components).map(str::to_owned).collect(),
            fix_versions: row
                .all(JiraColumn::FixVersions)
                .map(str::to_owned)
                .collect(),
            watchers: row.all(JiraColumn::Watchers).map(str::to_owned).collect(),
            comments: row.all(JiraColumn::Comment).map(comment_text).collect(),
            created: None,
            updated: None,
        });
        raw_dates.push((
            row.first(JiraColumn::Created).map(str::to_owned),
            row.first(JiraColumn::Updated).map(str::to_owned),
        ));
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
    Ok(BacklogFile {
        format: ImportFormat::JiraCsv,
        encoding: TextEncoding::Utf8,
        rows,
        unstored,
        issues_in_search: None,
        more_pages_follow: false,
        warnings: Vec::new(),
    })
}

/// The columns Gavel reads from a Jira export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum JiraColumn {
    Key,
    Summary,
    Status,
    Priority,
    Rank,
    StoryPoints,
    StoryPointEstimate,
    Labels,
    Sprint,
    Comment,
    Watchers,
    Components,
    FixVersions,
    IssueType,
    Description,
    Created,
    Updated,
}

impl JiraColumn {
    /// The header names Jira writes for this column, lower case, in English, Danish, Spanish,
    /// French and German. A custom field's name is matched inside its `Custom field (…)` wrapper.
    fn known_names(self) -> &'static [&'static str] {
        match self {
            JiraColumn::Key => &[
                "issue key",
                "work item key",
                "sagsnøgle",
                "opgavenøgle",
                "problemnøgle",
                "emnenøgle",
                "nøgle",
                "clave de incidencia",
                "clave de elemento de trabajo",
                "clave",
                "clé de ticket",
                "clé du ticket",
                "clé de la demande",
                "clé de demande",
                "clé",
                "vorgangsschlüssel",
                "schlüssel",
            ],
            JiraColumn::Summary => &[
                "summary",
                "resumé",
                "opsummering",
                "sammenfatning",
                "sammendrag",
                "resumen",
                "résumé",
                "resume",
                "zusammenfassung",
            ],
            JiraColumn::Status => &["status", "estado", "statut", "état"],
            JiraColumn::Priority => &[
                "priority",
                "prioritet",
                "prioridad",
                "priorité",
                "priorität",
            ],
            JiraColumn::Rank => &[
                "rank",
                "rang",
                "rangering",
                "rangordning",
                "clasificación",
                "clasificacion",
                "rango",
            ],
            JiraColumn::StoryPoints => &[
                "story points",
                "story point",
                "puntos de historia",
                "points de story",
                "points d'histoire",
            ],
            JiraColumn::StoryPointEstimate => &[
                "story point estimate",
                "story point-estimat",
                "estimering af story points",
                "estimación de puntos de historia",
                "estimación de story points",
                "estimation des points de story",
                "estimation de story points",
                "story point-schätzung",
            ],
            JiraColumn::Labels => &[
                "labels",
                "label",
                "etiketter",
                "mærkater",
                "etiquetas",
                "étiquettes",
                "etiketten",
            ],
            JiraColumn::Sprint => &["sprint", "sprints"],
            JiraColumn::Comment => &[
                "comment",
                "comments",
                "kommentar",
                "kommentarer",
                "comentario",
                "comentarios",
                "commentaire",
                "commentaires",
                "kommentare",
            ],
            JiraColumn::Watchers => &[
                "watchers",
                "overvågere",
                "observatører",
                "observadores",
                "observateurs",
                "beobachter",
            ],
            JiraColumn::Components => &[
                "component/s",
                "components",
                "komponent/er",
                "komponenter",
                "componente/s",
                "componentes",
                "composant/s",
                "composants",
                "komponente/n",
                "komponenten",
            ],
            JiraColumn::FixVersions => &[
                "fix version/s",
                "fix versions",
                "rettelsesversion/er",
                "rettelsesversioner",
                "versión de corrección",
                "versiones de corrección",
                "versión/es de corrección",
                "version(s) corrective(s)",
                "version corrective",
                "versions corrigées",
                "lösungsversion/en",
            ],
            JiraColumn::IssueType => &[
                "issue type",
                "work type",
                "sagstype",
                "opgavetype",
                "problemtype",
                "tipo de incidencia",
                "tipo de trabajo",
                "type de ticket",
                "type de demande",
                "vorgangstyp",
            ],
            JiraColumn::Description => {
                &["description", "beskrivelse", "descripción", "beschreibung"]
            }
            JiraColumn::Created => &[
                "created",
                "oprettet",
                "creada",
                "creado",
                "création",
                "créé",
                "créée",
                "erstellt",
            ],
            JiraColumn::Updated => &[
                "updated",
                "opdateret",
                "actualizada",
                "actualizado",
                "mis à jour",
                "mise à jour",
                "aktualisiert",
            ],
        }
    }
}

const ALL_COLUMNS: [JiraColumn; 17] = [
    JiraColumn::Key,
    JiraColumn::Summary,
    JiraColumn::Status,
    JiraColumn::Priority,
    JiraColumn::Rank,
    JiraColumn::StoryPoints,
    JiraColumn::StoryPointEstimate,
    JiraColumn::Labels,
    JiraColumn::Sprint,
    JiraColumn::Comment,
    JiraColumn::Watchers,
    JiraColumn::Components,
    JiraColumn::FixVersions,
    JiraColumn::IssueType,
    JiraColumn::Description,
    JiraColumn::Created,
    JiraColumn::Updated,
];

/// The wording of "Custom field (…)" in the languages Jira exports in, lower case.
const CUSTOM_FIELD_PREFIXES: [&str; 6] = [
    "custom field (",
    "brugerdefineret felt (",
    "campo personalizado (",
    "champ personnalisé (",
    "champ personnalise (",
    "benutzerdefiniertes feld (",
];

/// Which Gavel column a header names, if any.
fn classify_header(header: &str) -> Option<JiraColumn> {
    let normalised = header
        .trim()
        .trim_start_matches('\u{feff}')
        .trim_matches('"')
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let inner_name = CUSTOM_FIELD_PREFIXES.iter().find_map(|prefix| {
        normalised
            .strip_prefix(prefix)
            .and_then(|rest| rest.strip_suffix(')'))
    });
    let name = inner_name.unwrap_or(&normalised);
    ALL_COLUMNS
        .into_iter()
        .find(|column| column.known_names().contains(&name))
}

/// Where each column's cells are: several places for a repeated column.
struct ColumnPlaces {
    places: HashMap<JiraColumn, Vec<usize>>,
}

impl ColumnPlaces {
    fn from_header(header_names: &[String]) -> ColumnPlaces {
        let mut places: HashMap<JiraColumn, Vec<usize>> = HashMap::new();
        for (index, name) in header_names.iter().enumerate() {
            if let Some(column) = classify_header(name) {
                places.entry(column).or_default().push(index);
            }
        }
        ColumnPlaces { places }
    }

    fn has(&self, column: JiraColumn) -> bool {
        self.places.contains_key(&column)
    }

    fn indexes(&self, column: JiraColumn) -> &[usize] {
        self.places.get(&column).map_or(&[], Vec::as_slice)
    }

    /// The header of a required column, or an error listing the names Gavel knows for it.
    fn require<'h>(
        &self,
        file_name: &str,
        column: JiraColumn,
        header_names: &'h [String],
    ) -> Result<&'h str> {
        match self.indexes(column).first() {
            Some(&index) => Ok(&header_names[index]),
            None => {
                let examples: [&str; 4] = match column {
                    JiraColumn::Key => [
                        "Issue key",
                        "Clave de incidencia",
                        "Clé de ticket",
                        "Sagsnøgle",
                    ],
                    _ => ["Summary", "Resumen", "Résumé", "Resumé"],
                };
                let quoted = |open: &str, close: &str| {
                    examples
                        .iter()
                        .map(|name| format!("{open}{name}{close}"))
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let (what_da, what_en) = if column == JiraColumn::Key {
                    ("sagsnøgle", "issue key")
                } else {
                    ("resumé", "summary")
                };
                Err(bad_input(
                    file_name,
                    Some(1),
                    None,
                    Bilingual::new(
                        format!(
                            "overskriftslinjen har ingen kolonne med {what_da} (som f.eks. {}).",
                            quoted("»", "«")
                        ),
                        format!(
                            "the header has no {what_en} column (such as {})",
                            quoted("\"", "\"")
                        ),
                    ),
                ))
            }
        }
    }
}

/// The cells of one row, by column.
struct RowCells<'a> {
    record: &'a csv::StringRecord,
    columns: &'a ColumnPlaces,
}

impl<'a> RowCells<'a> {
    /// The first non-empty cell of the column (trimmed), if the column exists and has one.
    fn first(&self, column: JiraColumn) -> Option<&'a str> {
        self.all(column).next()
    }

    /// The column's value when the file has the column: `Some("")` clears the stored value.
    fn present(&self, column: JiraColumn) -> Option<String> {
        self.columns
            .has(column)
            .then(|| self.first(column).unwrap_or_default().to_owned())
    }

    /// The non-empty cells of every column with this header, trimmed, in header order.
    fn all(&self, column: JiraColumn) -> impl Iterator<Item = &'a str> + use<'a> {
        let record = self.record;
        self.columns
            .indexes(column)
            .iter()
            .filter_map(move |&index| record.get(index))
            .map(str::trim)
            .filter(|cell| !cell.is_empty())
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
    for column in [JiraColumn::StoryPoints, JiraColumn::StoryPointEstimate] {
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
