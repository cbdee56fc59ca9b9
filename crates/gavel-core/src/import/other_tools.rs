//! Files from other tools that chairs pick by mistake or by hope: a Trello board's JSON, GitHub
//! issues as JSON or CSV. They are refused, but with what the file is and how to get a Jira
//! export (or Gavel's own CSV) from it, instead of "not a Jira export".

use serde_json::Value;

use crate::rules::Bilingual;

/// What a JSON document from another tool is, and what to do instead.
pub(crate) fn other_tool_json(document: &Value) -> Option<Bilingual> {
    let is_trello_board = document.get("cards").is_some_and(Value::is_array)
        && document.get("lists").is_some_and(Value::is_array);
    if is_trello_board {
        return Some(trello());
    }
    let first = match document {
        Value::Array(items) => items.first()?,
        _ => return None,
    };
    let is_github_issue = first.get("number").is_some_and(Value::is_u64)
        && first.get("title").is_some()
        && (first.get("html_url").is_some()
            || first.get("url").is_some()
            || first.get("state").is_some());
    is_github_issue.then(github)
}

/// What a CSV with this header line from another tool is.
pub(crate) fn other_tool_csv(header_line: &str) -> Option<Bilingual> {
    let names: Vec<String> = header_line
        .split([',', ';', '\t'])
        .map(|name| name.trim().trim_matches('"').to_lowercase())
        .collect();
    let has = |name: &str| names.iter().any(|known| known == name);
    let is_github =
        has("number") && has("title") && (has("state") || has("url") || has("html_url"));
    let is_trello = has("card name") && (has("list name") || has("board name"));
    if is_github {
        Some(github())
    } else if is_trello {
        Some(trello())
    } else {
        None
    }
}

fn trello() -> Bilingual {
    crate::rules::Bilingual::message("coreImportOtherTools-theFileIsATrello", &[])
}

fn github() -> Bilingual {
    crate::rules::Bilingual::message("coreImportOtherTools-theFileIsAList", &[])
}
