//! The JSON of a Jira REST search (`/rest/api/2/search`, `/rest/api/3/search`,
//! `/rest/api/3/search/jql`): an object with an `issues` list, each issue a `key` and `fields`.
//!
//! API v2 gives descriptions and comments as wiki text, v3 as Atlassian Document Format (turned
//! into plain text by [`super::adf`]). Rank, story points and sprint are custom fields whose ids
//! differ from site to site (`customfield_10011`, `customfield_10019`, …), so they are found by
//! the field's name when the response carries `names` (`expand=names`), by the field's type when
//! it carries `schema`, and otherwise by the shape of the values: a LexoRank string is a rank, a
//! list of sprint objects or legacy `…Sprint@…[id=…,name=…]` strings is a sprint.
//!
//! One page of a paged search is fine: the file says how many issues the search matched, and the
//! report says "50 of 2802".

use std::collections::{BTreeSet, HashMap};

use gavel_messages::Language;
use serde_json::{Map, Value};

use crate::error::{Error, Result};
use crate::import::adf::{adf_to_plain_text, is_adf_document};
use crate::import::dates::{NumericDateOrder, parse_issue_time};
use crate::import::encoding::TextEncoding;
use crate::import::jira_columns::{self, is_issue_key};
use crate::import::other_tools;
use crate::import::{
    BacklogFile, BacklogRow, Counted, ImportFormat, MAX_CELL_BYTES, MAX_ISSUES,
    UnstoredIssueFields, bad_input, not_a_count, not_a_count_shown, not_story_points_shown,
    parse_count, parse_story_points, shorten, too_many_issues,
};
use crate::rules::Bilingual;
use crate::wording;

/// Reads a whole search result, all issues or an error.
pub fn read_jira_json(file_name: &str, text: &str) -> Result<BacklogFile> {
    // serde_json refuses nesting deeper than 128 levels (its default recursion limit, which
    // Gavel does not lift), so a hostile file cannot overflow the stack here or in `adf`.
    let document: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|error| json_syntax_error(file_name, &error))?;
    let search = as_search_result(file_name, &document)?;
    let issues = search
        .get("issues")
        .and_then(Value::as_array)
        .ok_or_else(|| {
            bad_input(
                file_name,
                None,
                Some("issues"),
                crate::rules::Bilingual::message("coreImportJiraJson-validJsonButNotThe", &[]),
            )
        })?;
    if issues.len() > MAX_ISSUES {
        return Err(bad_input(
            file_name,
            None,
            Some("issues"),
            too_many_issues(MAX_ISSUES),
        ));
    }
    let mut warnings = Vec::new();
    let field_ids = CustomFieldIds::find(search, issues, &mut warnings);
    // A field Jira leaves out when it is empty (a parent) is read as empty only when the search
    // returned it for some issue; otherwise the search did not ask for it and stored values stay.
    let has_field = |name: &str| {
        issues.iter().any(|issue| {
            issue
                .get("fields")
                .and_then(|fields| fields.get(name))
                .is_some()
        })
    };
    let file_has_parents =
        has_field("parent") || field_ids.epic_link.as_deref().is_some_and(has_field);

    let mut rows = Vec::with_capacity(issues.len());
    let mut unstored = Vec::with_capacity(issues.len());
    let mut place_of_key: HashMap<String, usize> = HashMap::new();
    for (index, issue) in issues.iter().enumerate() {
        let reader = IssueReader {
            file_name,
            path: format!("issues[{index}]"),
            issue,
        };
        let key = reader.required_text(&["key"])?;
        if let Some(first) = place_of_key.insert(key.to_owned(), index) {
            return Err(bad_input(
                file_name,
                None,
                Some(&format!("issues[{index}].key")),
                crate::rules::Bilingual::message(
                    "coreImportJiraJson-alreadyAppearsAsIssues",
                    &[
                        ("first", first.to_string().into()),
                        ("key", key.to_string().into()),
                    ],
                ),
            ));
        }
        if !issue.get("fields").is_some_and(Value::is_object) {
            return Err(bad_input(
                file_name,
                None,
                Some(&format!("issues[{index}].fields")),
                crate::rules::Bilingual::message(
                    "coreImportJiraJson-hasNoFieldsObjectThe",
                    &[("key", key.to_string().into())],
                ),
            ));
        }
        let title = reader.required_text(&["fields", "summary"])?;
        let story_points = field_ids
            .story_points
            .iter()
            .map(|id| reader.story_points(id))
            .find_map(Result::transpose)
            .transpose()?;
        rows.push(BacklogRow {
            line: index as u64 + 1,
            key: key.to_owned(),
            title: title.to_owned(),
            status: reader.named_value(&["fields", "status"])?,
            priority: reader.named_value(&["fields", "priority"])?,
            rank: match &field_ids.rank {
                Some(id) => reader.optional_text(&["fields", id])?,
                None => None,
            },
            story_points,
            labels: reader.labels()?,
            parent: reader.parent(field_ids.epic_link.as_deref(), file_has_parents)?,
            votes: reader.count(&["fields", "votes", "votes"], Counted::Votes)?,
            watchers: reader.count(&["fields", "watches", "watchCount"], Counted::Watchers)?,
            description: reader.rich_text(&["fields", "description"])?,
        });
        unstored.push(UnstoredIssueFields {
            issue_type: reader.named_value(&["fields", "issuetype"])?,
            sprints: match &field_ids.sprint {
                Some(id) => sprint_names(reader.at(&["fields", id])),
                None => Vec::new(),
            },
            components: reader.names_in_list(&["fields", "components"]),
            fix_versions: reader.names_in_list(&["fields", "fixVersions"]),
            comments: reader.comments()?,
            created: reader
                .at(&["fields", "created"])
                .and_then(Value::as_str)
                .and_then(|text| parse_issue_time(text, NumericDateOrder::DayFirst)),
            updated: reader
                .at(&["fields", "updated"])
                .and_then(Value::as_str)
                .and_then(|text| parse_issue_time(text, NumericDateOrder::DayFirst)),
        });
    }

    let total = search.get("total").and_then(Value::as_u64);
    let issues_in_search = total.filter(|&total| total > rows.len() as u64);
    let more_pages_follow = issues_in_search.is_none()
        && (search.get("isLast").and_then(Value::as_bool) == Some(false)
            || search
                .get("nextPageToken")
                .and_then(Value::as_str)
                .is_some_and(|token| !token.is_empty()));
    Ok(BacklogFile {
        format: ImportFormat::JiraJson,
        encoding: TextEncoding::Utf8,
        rows,
        unstored,
        issues_in_search,
        more_pages_follow,
        text_repairs: Vec::new(),
        columns: Vec::new(),
        parent_field: Some("fields.parent".to_owned()),
        warnings,
    })
}

/// The name of a sprint, from a plain name or a legacy Jira Server string
/// `com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=321,rapidViewId=29,state=CLOSED,name=Sprint 1,…]`.
pub fn sprint_name(text: &str) -> String {
    let text = text.trim();
    let Some(sprint_at) = text.find("Sprint@") else {
        return text.to_owned();
    };
    let Some(bracket_at) = text[sprint_at..].find('[') else {
        return text.to_owned();
    };
    let attributes = &text[sprint_at + bracket_at + 1..];
    let Some(name_at) = attributes
        .match_indices("name=")
        .find(|(at, _)| *at == 0 || attributes[..*at].ends_with(','))
        .map(|(at, _)| at + "name=".len())
    else {
        return text.to_owned();
    };
    let name = &attributes[name_at..];
    // The name ends where the next `,attribute=` starts, or at the closing bracket.
    let bytes = name.as_bytes();
    let mut end = name.rfind(']').unwrap_or(name.len());
    for (at, _) in name.match_indices(',') {
        let rest = &bytes[at + 1..];
        let word_length = rest
            .iter()
            .take_while(|byte| byte.is_ascii_alphabetic())
            .count();
        if word_length > 0 && rest.get(word_length) == Some(&b'=') {
            end = end.min(at);
            break;
        }
    }
    name[..end].trim().to_owned()
}

/// The ids of the custom fields holding rank, story points, sprint and epic link in this file.
struct CustomFieldIds {
    rank: Option<String>,
    /// "Epic Link" of company-managed projects before epics became parents: the epic's key.
    epic_link: Option<String>,
    /// In order of preference: "Story Points", then "Story point estimate".
    story_points: Vec<String>,
    sprint: Option<String>,
}

const RANK_NAMES: [&str; 5] = ["rank", "rang", "rangering", "clasificación", "rango"];
const STORY_POINT_NAMES: [&str; 3] = ["story points", "puntos de historia", "points de story"];
const STORY_POINT_ESTIMATE_NAMES: [&str; 4] = [
    "story point estimate",
    "estimación de puntos de historia",
    "estimation des points de story",
    "story point-estimat",
];
const RANK_TYPES: [&str; 2] = [
    "com.pyxis.greenhopper.jira:gh-lexo-rank",
    "com.pyxis.greenhopper.jira:gh-global-rank",
];
const STORY_POINTS_TYPE: &str = "com.pyxis.greenhopper.jira:jsw-story-points";
const SPRINT_TYPE: &str = "com.pyxis.greenhopper.jira:gh-sprint";
const EPIC_LINK_TYPE: &str = "com.pyxis.greenhopper.jira:gh-epic-link";

impl CustomFieldIds {
    fn find(search: &Map<String, Value>, issues: &[Value], warnings: &mut Vec<Bilingual>) -> Self {
        let names = search.get("names").and_then(Value::as_object);
        let schema = search.get("schema").and_then(Value::as_object);
        let by_name = |wanted: &[&str]| -> Option<String> {
            names?.iter().find_map(|(id, name)| {
                let name = name.as_str()?.trim().to_lowercase();
                wanted.contains(&name.as_str()).then(|| id.clone())
            })
        };
        let by_type = |wanted: &[&str]| -> Option<String> {
            schema?.iter().find_map(|(id, field_schema)| {
                let custom = field_schema.get("custom")?.as_str()?;
                wanted.contains(&custom).then(|| id.clone())
            })
        };
        let custom_ids: BTreeSet<&str> = issues
            .iter()
            .filter_map(|issue| issue.get("fields")?.as_object())
            .flat_map(|fields| fields.keys())
            .map(String::as_str)
            .filter(|id| id.starts_with("customfield_"))
            .collect();
        let by_shape = |is_shape: fn(&Value) -> bool| -> Vec<&str> {
            custom_ids
                .iter()
                .copied()
                .filter(|id| {
                    let values: Vec<&Value> = issues
                        .iter()
                        .filter_map(|issue| issue.get("fields")?.get(*id))
                        .filter(|value| !value.is_null())
                        .collect();
                    !values.is_empty() && values.iter().all(|value| is_shape(value))
                })
                .collect()
        };

        let rank = by_name(&RANK_NAMES)
            .or_else(|| by_type(&RANK_TYPES))
            .or_else(|| by_shape(is_lexo_rank).first().map(|id| (*id).to_owned()));
        let sprint = by_name(&["sprint"])
            .or_else(|| by_type(&[SPRINT_TYPE]))
            .or_else(|| by_shape(is_sprint_list).first().map(|id| (*id).to_owned()));
        let mut story_points: Vec<String> = [
            by_name(&STORY_POINT_NAMES),
            by_name(&STORY_POINT_ESTIMATE_NAMES),
            by_type(&[STORY_POINTS_TYPE]),
        ]
        .into_iter()
        .flatten()
        .collect();
        story_points.dedup();
        if story_points.is_empty() && names.is_none() {
            // Without names, a number could be any numeric field; only a single numeric custom
            // field is taken to be story points, and the report says so.
            let numeric = by_shape(|value| value.is_number());
            match numeric[..] {
                [] => {}
                [only] => {
                    warnings.push(crate::rules::Bilingual::message(
                        "coreImportJiraJson-storyPointsWereReadFrom",
                        &[("only", only.to_string().into())],
                    ));
                    story_points.push(only.to_owned());
                }
                _ => {
                    let candidates = numeric.join(", ");
                    warnings.push(crate::rules::Bilingual::message(
                        "coreImportJiraJson-storyPointsWereNotRead",
                        &[("candidates", candidates.to_string().into())],
                    ));
                }
            }
        }
        CustomFieldIds {
            rank,
            epic_link: by_name(&["epic link"]).or_else(|| by_type(&[EPIC_LINK_TYPE])),
            story_points,
            sprint,
        }
    }
}

/// Reads the fields of one issue, naming the JSON path of a bad value.
struct IssueReader<'a> {
    file_name: &'a str,
    /// `issues[3]`
    path: String,
    issue: &'a Value,
}

impl<'a> IssueReader<'a> {
    fn at(&self, path: &[&str]) -> Option<&'a Value> {
        path.iter()
            .try_fold(self.issue, |value, step| value.get(*step))
    }

    fn error(&self, path: &[&str], message: Bilingual) -> Error {
        let field = format!("{}.{}", self.path, path.join("."));
        bad_input(self.file_name, None, Some(&field), message)
    }

    fn checked_length<'t>(&self, path: &[&str], text: &'t str) -> Result<&'t str> {
        if text.len() > MAX_CELL_BYTES {
            let (size, limit) = (text.len().div_ceil(1024), MAX_CELL_BYTES / 1024);
            return Err(self.error(
                path,
                crate::rules::Bilingual::message(
                    "coreImportJiraJson-theTextIsKbValues",
                    &[
                        ("limit", limit.to_string().into()),
                        ("size", size.to_string().into()),
                    ],
                ),
            ));
        }
        Ok(text)
    }

    fn required_text(&self, path: &[&str]) -> Result<&'a str> {
        match self.at(path) {
            Some(Value::String(text)) if !text.trim().is_empty() => {
                self.checked_length(path, text.trim())
            }
            Some(Value::String(_)) => Err(self.error(
                path,
                crate::rules::Bilingual::message("coreImportGavelCsv-mustNotBeEmpty", &[]),
            )),
            Some(other) => Err(self.error(path, expected_text(other))),
            None => Err(self.error(
                path,
                crate::rules::Bilingual::message("coreImportJiraJson-missing", &[]),
            )),
        }
    }

    /// Text that may be absent (the stored value is kept) or null (the stored value is cleared).
    fn optional_text(&self, path: &[&str]) -> Result<Option<String>> {
        match self.at(path) {
            None => Ok(None),
            Some(Value::Null) => Ok(Some(String::new())),
            Some(Value::String(text)) => {
                Ok(Some(self.checked_length(path, text.trim())?.to_owned()))
            }
            Some(other) => Err(self.error(path, expected_text(other))),
        }
    }

    /// A field Jira gives as an object with a `name` (status, priority, issue type), or null.
    fn named_value(&self, path: &[&str]) -> Result<Option<String>> {
        match self.at(path) {
            None => Ok(None),
            Some(Value::Null) => Ok(Some(String::new())),
            Some(Value::String(text)) => {
                Ok(Some(self.checked_length(path, text.trim())?.to_owned()))
            }
            Some(value) => match value.get("name") {
                Some(Value::String(name)) => {
                    Ok(Some(self.checked_length(path, name.trim())?.to_owned()))
                }
                _ => Err(self.error(
                    path,
                    found_message("coreImportJiraJson-expectedAnObjectWithAName", value),
                )),
            },
        }
    }

    fn labels(&self) -> Result<Option<Vec<String>>> {
        let path = ["fields", "labels"];
        match self.at(&path) {
            None => Ok(None),
            Some(Value::Null) => Ok(Some(Vec::new())),
            Some(Value::Array(values)) => {
                let mut labels: Vec<String> = Vec::new();
                for value in values {
                    let Value::String(label) = value else {
                        return Err(self.error(
                            &path,
                            found_message("coreImportJiraJson-expectedAListOfText", value),
                        ));
                    };
                    let label = self.checked_length(&path, label.trim())?;
                    if !label.is_empty() && !labels.iter().any(|known| known == label) {
                        labels.push(label.to_owned());
                    }
                }
                Ok(Some(labels))
            }
            Some(other) => Err(self.error(
                &path,
                found_message("coreImportJiraJson-expectedAListOfLabels", other),
            )),
        }
    }

    /// `fields.parent.key`, else the epic link's key; `Some("")` when the issue has none in a file
    /// that has parents, `None` when the file has none at all.
    fn parent(&self, epic_link: Option<&str>, file_has_parents: bool) -> Result<Option<String>> {
        let path = ["fields", "parent", "key"];
        if let Some(parent) = self
            .at(&["fields", "parent"])
            .filter(|value| !value.is_null())
        {
            return match parent.get("key") {
                Some(Value::String(key)) if is_issue_key(key.trim()) => {
                    Ok(Some(key.trim().to_owned()))
                }
                Some(other) => Err(self.error(&path, not_an_issue_key(other))),
                None => Err(self.error(
                    &path,
                    crate::rules::Bilingual::message("coreImportJiraJson-missing", &[]),
                )),
            };
        }
        if let Some(id) = epic_link {
            let path = ["fields", id];
            match self.at(&path) {
                Some(Value::String(key)) if is_issue_key(key.trim()) => {
                    return Ok(Some(key.trim().to_owned()));
                }
                None | Some(Value::Null) => {}
                Some(other) => return Err(self.error(&path, not_an_issue_key(other))),
            }
        }
        Ok(file_has_parents.then(String::new))
    }

    /// A vote or watcher count: absent keeps the stored value; anything but a whole number of at
    /// least 0 is refused, naming the field.
    fn count(&self, path: &[&str], what: Counted) -> Result<Option<u32>> {
        match self.at(path) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(number)) => {
                match number.as_u64().and_then(|n| u32::try_from(n).ok()) {
                    Some(count) => Ok(Some(count)),
                    None => Err(self.error(path, not_a_count(&number.to_string(), what))),
                }
            }
            Some(Value::String(text)) => match parse_count(text) {
                Some(count) => Ok(Some(count)),
                None => Err(self.error(path, not_a_count(&shorten(text, 40), what))),
            },
            Some(other) => Err(self.error(path, not_a_count_shown(&described(other), what))),
        }
    }

    /// `None` when the issue has no value in this field, so the next candidate field is tried.
    fn story_points(&self, field_id: &str) -> Result<Option<f64>> {
        let path = ["fields", field_id];
        let not_a_number = |shown: Bilingual| self.error(&path, not_story_points_shown(&shown));
        match self.at(&path) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::Number(number)) => match number.as_f64() {
                Some(points) if points.is_finite() && points >= 0.0 => Ok(Some(points)),
                _ => Err(not_a_number(Bilingual::untranslated(number.to_string()))),
            },
            Some(Value::String(text)) if text.trim().is_empty() => Ok(None),
            Some(Value::String(text)) => parse_story_points(text)
                .map(Some)
                .ok_or_else(|| not_a_number(Bilingual::untranslated(shorten(text, 40)))),
            Some(other) => Err(not_a_number(described(other))),
        }
    }

    /// A description: wiki text (API v2) or an ADF document (API v3).
    fn rich_text(&self, path: &[&str]) -> Result<Option<String>> {
        Ok(match self.at(path) {
            Some(Value::String(text)) => Some(self.checked_length(path, text)?.to_owned()),
            Some(value) if is_adf_document(value) => {
                let text = adf_to_plain_text(value);
                Some(self.checked_length(path, &text)?.to_owned())
            }
            _ => None,
        })
    }

    fn names_in_list(&self, path: &[&str]) -> Vec<String> {
        self.at(path)
            .and_then(Value::as_array)
            .map(|values| {
                values
                    .iter()
                    .filter_map(|value| value.get("name")?.as_str())
                    .map(str::to_owned)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// `fields.comment.comments[].body`, when the search returned comments.
    fn comments(&self) -> Result<Vec<String>> {
        let Some(comments) = self
            .at(&["fields", "comment", "comments"])
            .and_then(Value::as_array)
        else {
            return Ok(Vec::new());
        };
        let mut texts = Vec::with_capacity(comments.len());
        for (index, comment) in comments.iter().enumerate() {
            let path_text = format!("comments[{index}]");
            let path = ["fields", "comment", &path_text, "body"];
            let text = match comment.get("body") {
                Some(Value::String(text)) => text.clone(),
                Some(value) if is_adf_document(value) => adf_to_plain_text(value),
                _ => continue,
            };
            texts.push(self.checked_length(&path, &text)?.to_owned());
        }
        Ok(texts)
    }
}

/// A search result is an object; say what else the file is, for the message.
fn as_search_result<'a>(file_name: &str, document: &'a Value) -> Result<&'a Map<String, Value>> {
    let not_a_search = |message: Bilingual| bad_input(file_name, None, None, message);
    if let Some(hint) = other_tools::other_tool_json(document) {
        return Err(not_a_search(hint));
    }
    let Some(object) = document.as_object() else {
        return Err(not_a_search(found_message(
            "coreImportJiraJson-validJsonButNotASearchResult",
            document,
        )));
    };
    if let Some(messages) = object.get("errorMessages").and_then(Value::as_array)
        && !object.contains_key("issues")
    {
        let messages: Vec<&str> = messages.iter().filter_map(Value::as_str).collect();
        let messages = shorten(&messages.join("; "), 300);
        return Err(not_a_search(crate::rules::Bilingual::message(
            "coreImportJiraJson-theFileIsAnError",
            &[("messages", messages.to_string().into())],
        )));
    }
    if object.contains_key("key") && object.contains_key("fields") && !object.contains_key("issues")
    {
        return Err(not_a_search(crate::rules::Bilingual::message(
            "coreImportJiraJson-theFileIsASingle",
            &[],
        )));
    }
    Ok(object)
}

fn json_syntax_error(file_name: &str, error: &serde_json::Error) -> Error {
    let line = Some(error.line() as u64).filter(|&line| line > 0);
    let full = error.to_string();
    let reason = full
        .rfind(" at line ")
        .map_or(full.as_str(), |at| &full[..at]);
    let message = if reason.contains("recursion limit exceeded") {
        crate::rules::Bilingual::message("coreImportJiraJson-theJsonIsNestedMore", &[])
    } else if error.is_eof() {
        crate::rules::Bilingual::message("coreImportJiraJson-theJsonEndsTooEarly", &[])
    } else {
        let column = error.column();
        crate::rules::Bilingual::message(
            "coreImportJiraJson-notValidJsonColumn",
            &[
                ("column", column.to_string().into()),
                ("reason", reason.to_string().into()),
            ],
        )
    };
    bad_input(file_name, line, None, message)
}

/// "expected an issue key like MO-12, found …".
fn not_an_issue_key(value: &Value) -> Bilingual {
    found_message("coreImportJiraJson-expectedAnIssueKey", value)
}

/// "expected text, found a list".
fn expected_text(value: &Value) -> Bilingual {
    found_message("coreImportJiraJson-expectedText", value)
}

/// The catalogue's message `id`, which says what was expected, with what was found instead
/// (`$found`: "a list", "the number 3", in the reader's language).
fn found_message(id: &str, value: &Value) -> Bilingual {
    wording::message(id, |language| {
        vec![("found", describe_json(value, language).into())]
    })
}

/// "a list", "the number 3", … in both languages.
fn described(value: &Value) -> Bilingual {
    Bilingual {
        da: describe_json(value, Language::Danish),
        en: describe_json(value, Language::English),
    }
}

/// "a list", "tallet 3", … in `language`, for messages.
fn describe_json(value: &Value, language: Language) -> String {
    let (kind, shown) = match value {
        Value::Null => ("null", String::new()),
        Value::Bool(_) => ("boolean", String::new()),
        Value::Number(number) => ("number", number.to_string()),
        Value::String(text) => ("text", shorten(text, 40)),
        Value::Array(_) => ("list", String::new()),
        Value::Object(_) => ("object", String::new()),
    };
    gavel_messages::message(
        language,
        "coreImportJiraJson-aJsonValue",
        &[("kind", kind.into()), ("value", shown.into())],
    )
}

/// A LexoRank string ([`jira_columns::is_lexo_rank`]).
fn is_lexo_rank(value: &Value) -> bool {
    value.as_str().is_some_and(jira_columns::is_lexo_rank)
}

/// A list of sprint objects (`{"id":1,"name":"…","state":"closed","boardId":2}`) or of legacy
/// sprint strings.
fn is_sprint_list(value: &Value) -> bool {
    let Some(items) = value.as_array() else {
        return false;
    };
    !items.is_empty()
        && items.iter().all(|item| match item {
            Value::Object(sprint) => {
                sprint.contains_key("name")
                    && (sprint.contains_key("boardId") || sprint.contains_key("state"))
            }
            Value::String(text) => text.contains("Sprint@") && text.contains("[id="),
            _ => false,
        })
}

fn sprint_names(value: Option<&Value>) -> Vec<String> {
    let Some(items) = value.and_then(Value::as_array) else {
        return Vec::new();
    };
    items
        .iter()
        .filter_map(|item| match item {
            Value::Object(sprint) => sprint.get("name")?.as_str().map(str::to_owned),
            Value::String(text) => Some(sprint_name(text)),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests;
