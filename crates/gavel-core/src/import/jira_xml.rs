//! Jira's XML export ("Export → XML" in the issue search, common on Jira Server and Data
//! Center): an RSS document, `rss/channel/item` per issue, with `key`, `summary`, `status`,
//! `priority`, `type`, `parent` (of a sub-task), `labels/label`, `votes`, `watches` and the custom
//! fields as `customfields/customfield` with a `customfieldname` and `customfieldvalues`. Rank,
//! story points, sprint and epic link are found by the custom field's name (in any of Jira's
//! languages, [`super::jira_columns`]) or by its type (`gh-lexo-rank`, `jsw-story-points`,
//! `gh-sprint`, `gh-epic-link`).
//!
//! XML is where file formats hurt their readers, so this reader trusts nothing:
//! - a document type (`<!DOCTYPE …>`) is refused as soon as it is met, before any of it is used:
//!   a Jira export never has one, and a DTD is how a file reads other files (external entities,
//!   XXE) or grows without end (entity expansion, "billion laughs");
//! - of entity references only XML's five (`&amp;` …) and character references are read; any other
//!   `&name;` is refused, never looked up;
//! - the parser streams (no tree, no recursion), elements nest at most [`MAX_DEPTH`] deep, a value
//!   holds at most [`MAX_CELL_BYTES`], a file at most [`MAX_ISSUES`] items, and the file itself is
//!   refused over [`super::MAX_FILE_BYTES`] before it is read.

use quick_xml::Reader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::{BytesStart, Event};

use crate::error::{Error, Result};
use crate::import::encoding::TextEncoding;
use crate::import::jira_columns::{ColumnField, field_named, is_issue_key};
use crate::import::{
    BacklogFile, BacklogRow, Counted, ImportFormat, MAX_CELL_BYTES, MAX_ISSUES,
    UnstoredIssueFields, bad_input, not_a_count, not_story_points, parse_count, parse_story_points,
    shorten, too_many_issues,
};
use crate::rules::Bilingual;

/// An RSS export nests six levels (`rss/channel/item/customfields/customfield/customfieldvalues`
/// and a value); anything far deeper is not a Jira export.
pub const MAX_DEPTH: usize = 32;

/// Reads a whole XML export, all items or an error.
pub fn read_jira_xml(file_name: &str, text: &str) -> Result<BacklogFile> {
    let mut reader = Reader::from_str(text);
    let mut lines = LineCounter::new(text);
    let mut path: Vec<String> = Vec::new();
    let mut items: Vec<XmlItem> = Vec::new();
    let mut item: Option<XmlItem> = None;
    let mut custom_field: Option<XmlCustomField> = None;
    let mut value = String::new();
    let mut total: Option<u64> = None;
    let mut saw_rss = false;
    loop {
        let position = reader.buffer_position();
        let event = reader.read_event().map_err(|error| {
            let line = lines.line_at(reader.error_position());
            bad_input(
                file_name,
                Some(line),
                None,
                crate::rules::Bilingual::message(
                    "coreImportJiraXml-notValidXml",
                    &[("error", error.to_string().into())],
                ),
            )
        })?;
        let mut line = || lines.line_at(position);
        let refuse =
            |line: u64, message: Bilingual| bad_input(file_name, Some(line), None, message);
        match event {
            Event::DocType(_) => {
                return Err(refuse(
                    line(),
                    crate::rules::Bilingual::message("coreImportJiraXml-theXmlFileDeclaresA", &[]),
                ));
            }
            Event::Start(start) => {
                let name = element_name(&start);
                if path.len() >= MAX_DEPTH {
                    return Err(refuse(
                        line(),
                        crate::rules::Bilingual::message(
                            "coreImportJiraXml-theXmlElementsAreNested",
                            &[("limit", MAX_DEPTH.to_string().into())],
                        ),
                    ));
                }
                if path.is_empty() {
                    saw_rss = name == "rss";
                    if !saw_rss {
                        return Err(not_a_jira_export(file_name, &name));
                    }
                }
                path.push(name);
                value.clear();
                match path_of(&path).as_slice() {
                    ["rss", "channel", "item"] => {
                        if items.len() >= MAX_ISSUES {
                            return Err(refuse(line(), too_many_issues(MAX_ISSUES)));
                        }
                        item = Some(XmlItem {
                            line: line(),
                            ..XmlItem::default()
                        });
                    }
                    [.., "customfields", "customfield"] => {
                        custom_field = Some(XmlCustomField {
                            kind: attribute(&start, "key"),
                            ..XmlCustomField::default()
                        });
                    }
                    _ => {}
                }
            }
            Event::Empty(start) => {
                if path_of(&path).as_slice() == ["rss", "channel"]
                    && element_name(&start) == "issue"
                {
                    total = attribute(&start, "total").and_then(|total| total.parse().ok());
                }
            }
            Event::Text(text) => {
                let text = text
                    .decode()
                    .map_err(|error| refuse(line(), Bilingual::untranslated(error.to_string())))?;
                push_checked(file_name, &mut value, &text, line())?;
            }
            Event::CData(data) => {
                let text = data
                    .decode()
                    .map_err(|error| refuse(line(), Bilingual::untranslated(error.to_string())))?;
                push_checked(file_name, &mut value, &text, line())?;
            }
            Event::GeneralRef(reference) => {
                let name = reference
                    .decode()
                    .map_err(|error| refuse(line(), Bilingual::untranslated(error.to_string())))?;
                let character = match reference.resolve_char_ref() {
                    Ok(Some(character)) => character.to_string(),
                    Ok(None) => match resolve_predefined_entity(&name) {
                        Some(text) => text.to_owned(),
                        None => {
                            let shown = shorten(&name, 40);
                            return Err(refuse(
                                line(),
                                crate::rules::Bilingual::message(
                                    "coreImportJiraXml-theXmlFileUsesThe",
                                    &[("shown", shown.to_string().into())],
                                ),
                            ));
                        }
                    },
                    Err(error) => {
                        return Err(refuse(line(), Bilingual::untranslated(error.to_string())));
                    }
                };
                push_checked(file_name, &mut value, &character, line())?;
            }
            Event::End(_) => {
                let text = value.trim().to_owned();
                match path_of(&path).as_slice() {
                    ["rss", "channel", "item"] => {
                        if let Some(done) = item.take() {
                            items.push(done);
                        }
                    }
                    ["rss", "channel", "item", field] => {
                        if let Some(item) = item.as_mut() {
                            item.set(field, text.clone());
                        }
                    }
                    ["rss", "channel", "item", "labels", "label"] => {
                        if let Some(item) = item.as_mut() {
                            item.labels.get_or_insert_with(Vec::new).push(text);
                        }
                    }
                    ["rss", "channel", "item", "customfields", "customfield"] => {
                        if let (Some(item), Some(field)) = (item.as_mut(), custom_field.take()) {
                            item.custom_fields.push(field);
                        }
                    }
                    [.., "customfield", "customfieldname"] => {
                        if let Some(field) = custom_field.as_mut() {
                            field.name = text;
                        }
                    }
                    [.., "customfield", "customfieldvalues", "customfieldvalue"] => {
                        if let Some(field) = custom_field.as_mut() {
                            field.values.push(text);
                        }
                    }
                    _ => {}
                }
                if path_of(&path).as_slice() == ["rss", "channel", "item", "labels"]
                    && let Some(item) = item.as_mut()
                {
                    item.labels.get_or_insert_with(Vec::new);
                }
                path.pop();
                value.clear();
            }
            Event::Eof => break,
            Event::Comment(_) | Event::Decl(_) | Event::PI(_) => {}
        }
    }
    if !saw_rss {
        return Err(not_a_jira_export(file_name, ""));
    }
    let mut rows = Vec::with_capacity(items.len());
    let mut unstored = Vec::with_capacity(items.len());
    let mut line_of_key = std::collections::HashMap::new();
    for item in items {
        let (row, fields) = item.into_row(file_name)?;
        if let Some(first) = line_of_key.insert(row.key.clone(), row.line) {
            return Err(bad_input(
                file_name,
                Some(row.line),
                Some("key"),
                crate::import::key_again(&row.key, first),
            ));
        }
        rows.push(row);
        unstored.push(fields);
    }
    let issues_in_search = total.filter(|&total| total > rows.len() as u64);
    Ok(BacklogFile {
        format: ImportFormat::JiraXml,
        encoding: TextEncoding::Utf8,
        rows,
        unstored,
        issues_in_search,
        more_pages_follow: false,
        text_repairs: Vec::new(),
        columns: Vec::new(),
        parent_field: Some("parent".to_owned()),
        warnings: Vec::new(),
    })
}

/// One `<item>` as read, before its values are checked.
#[derive(Debug, Default)]
struct XmlItem {
    line: u64,
    key: Option<String>,
    summary: Option<String>,
    title: Option<String>,
    status: Option<String>,
    priority: Option<String>,
    issue_type: Option<String>,
    parent: Option<String>,
    votes: Option<String>,
    watches: Option<String>,
    description: Option<String>,
    labels: Option<Vec<String>>,
    custom_fields: Vec<XmlCustomField>,
}

#[derive(Debug, Default)]
struct XmlCustomField {
    /// The field's type: `com.pyxis.greenhopper.jira:gh-lexo-rank` …
    kind: Option<String>,
    name: String,
    values: Vec<String>,
}

impl XmlCustomField {
    /// The field this custom field holds: by its name in any of Jira's languages, else its type.
    fn field(&self) -> Option<ColumnField> {
        field_named(&self.name).or(match self.kind.as_deref()? {
            "com.pyxis.greenhopper.jira:gh-lexo-rank"
            | "com.pyxis.greenhopper.jira:gh-global-rank" => Some(ColumnField::Rank),
            "com.pyxis.greenhopper.jira:jsw-story-points" => Some(ColumnField::StoryPoints),
            "com.pyxis.greenhopper.jira:gh-sprint" => Some(ColumnField::Sprint),
            "com.pyxis.greenhopper.jira:gh-epic-link" => Some(ColumnField::EpicLink),
            _ => None,
        })
    }
}

impl XmlItem {
    fn set(&mut self, element: &str, text: String) {
        let slot = match element {
            "key" => &mut self.key,
            "summary" => &mut self.summary,
            "title" => &mut self.title,
            "status" => &mut self.status,
            "priority" => &mut self.priority,
            "type" => &mut self.issue_type,
            "parent" => &mut self.parent,
            "votes" => &mut self.votes,
            "watches" => &mut self.watches,
            "description" => &mut self.description,
            _ => return,
        };
        *slot = Some(text);
    }

    fn custom(&self, wanted: ColumnField) -> Option<(&XmlCustomField, &str)> {
        self.custom_fields
            .iter()
            .filter(|field| field.field() == Some(wanted))
            .find_map(|field| Some((field, field.values.first()?.as_str())))
    }

    fn into_row(self, file_name: &str) -> Result<(BacklogRow, UnstoredIssueFields)> {
        let line = self.line;
        let bad = |field: &str, message: Bilingual| {
            bad_input(file_name, Some(line), Some(field), message)
        };
        let key = self
            .key
            .clone()
            .filter(|key| !key.is_empty())
            .ok_or_else(|| {
                bad(
                    "key",
                    crate::rules::Bilingual::message("coreImportJiraXml-theItemHasNoKey", &[]),
                )
            })?;
        // Jira writes the summary; `title` is "[MO-1] summary", used only when it is missing.
        let title = self
            .summary
            .clone()
            .or_else(|| {
                self.title.as_deref().map(|title| {
                    title
                        .strip_prefix(&format!("[{key}]"))
                        .unwrap_or(title)
                        .trim()
                        .to_owned()
                })
            })
            .filter(|title| !title.is_empty())
            .ok_or_else(|| {
                bad(
                    "summary",
                    crate::rules::Bilingual::message(
                        "coreImportJiraXml-theSummaryOfMustNot",
                        &[("key", key.to_string().into())],
                    ),
                )
            })?;
        let count = |text: &Option<String>, element: &str, what: Counted| -> Result<Option<u32>> {
            match text.as_deref() {
                None | Some("") => Ok(None),
                Some(text) => parse_count(text)
                    .map(Some)
                    .ok_or_else(|| bad(element, not_a_count(&shorten(text, 40), what))),
            }
        };
        let parent = match (&self.parent, self.custom(ColumnField::EpicLink)) {
            (Some(parent), _) if !parent.is_empty() => Some((parent.clone(), "parent".to_owned())),
            (_, Some((field, epic))) => Some((epic.to_owned(), field.name.clone())),
            _ => None,
        };
        if let Some((parent, element)) = &parent
            && !is_issue_key(parent)
        {
            return Err(bad(
                element,
                Bilingual::message(
                    "coreImportJiraXml-isNotAnIssueKey",
                    &[("shown", shorten(parent, 40).into())],
                ),
            ));
        }
        let story_points = match self
            .custom(ColumnField::StoryPoints)
            .or_else(|| self.custom(ColumnField::StoryPointEstimate))
        {
            None => None,
            Some((field, text)) => Some(
                parse_story_points(text)
                    .ok_or_else(|| bad(&field.name, not_story_points(&shorten(text, 40))))?,
            ),
        };
        let row = BacklogRow {
            line,
            title,
            status: self.status.clone(),
            priority: self.priority.clone(),
            rank: self
                .custom(ColumnField::Rank)
                .map(|(_, rank)| rank.to_owned()),
            story_points,
            labels: self.labels.clone().map(|labels| {
                let mut unique: Vec<String> = Vec::new();
                for label in labels.into_iter().filter(|label| !label.is_empty()) {
                    if !unique.contains(&label) {
                        unique.push(label);
                    }
                }
                unique
            }),
            // An export has a <parent> only for sub-tasks, and an epic link only where one is
            // set: an item without either has no parent.
            parent: Some(parent.map(|(parent, _)| parent).unwrap_or_default()),
            votes: count(&self.votes, "votes", Counted::Votes)?,
            watchers: count(&self.watches, "watches", Counted::Watchers)?,
            // Jira's XML export gives the description as HTML.
            description: self
                .description
                .as_deref()
                .map(super::html_text::plain_text),
            key,
        };
        let fields = UnstoredIssueFields {
            issue_type: self.issue_type,
            sprints: self
                .custom_fields
                .iter()
                .filter(|field| field.field() == Some(ColumnField::Sprint))
                .flat_map(|field| field.values.iter().cloned())
                .collect(),
            ..UnstoredIssueFields::default()
        };
        Ok((row, fields))
    }
}

/// "the file is XML, but not a Jira export".
fn not_a_jira_export(file_name: &str, root: &str) -> Error {
    let shown = shorten(root, 40);
    bad_input(
        file_name,
        Some(1),
        None,
        crate::rules::Bilingual::message(
            "coreImportJiraXml-theFileIsXmlBut",
            &[("shown", shown.to_string().into())],
        ),
    )
}

fn element_name(start: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(start.local_name().as_ref()).into_owned()
}

fn attribute(start: &BytesStart<'_>, name: &str) -> Option<String> {
    let attribute = start.try_get_attribute(name).ok().flatten()?;
    attribute
        .unescape_value()
        .ok()
        .map(|value| value.into_owned())
}

fn path_of(path: &[String]) -> Vec<&str> {
    path.iter().map(String::as_str).collect()
}

/// Appends to an element's text, refusing a value longer than [`MAX_CELL_BYTES`].
fn push_checked(file_name: &str, value: &mut String, text: &str, line: u64) -> Result<()> {
    if value.len() + text.len() > MAX_CELL_BYTES {
        let limit = MAX_CELL_BYTES / 1024;
        return Err(bad_input(
            file_name,
            Some(line),
            None,
            crate::rules::Bilingual::message(
                "coreImportJiraXml-aValueIsLongerThan",
                &[("limit", limit.to_string().into())],
            ),
        ));
    }
    value.push_str(text);
    Ok(())
}

/// Line numbers of byte offsets, counted forward from the last offset asked for.
struct LineCounter<'a> {
    text: &'a str,
    offset: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    fn new(text: &'a str) -> LineCounter<'a> {
        LineCounter {
            text,
            offset: 0,
            line: 1,
        }
    }

    fn line_at(&mut self, offset: u64) -> u64 {
        let offset = usize::try_from(offset)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        if offset < self.offset {
            self.offset = 0;
            self.line = 1;
        }
        let skipped = &self.text.as_bytes()[self.offset..offset];
        self.line += skipped.iter().filter(|&&byte| byte == b'\n').count() as u64;
        self.offset = offset;
        self.line
    }
}

#[cfg(test)]
mod tests;
