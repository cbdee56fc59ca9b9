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
    Bilingual::new(
        "filen er en eksport af en Trello-tavle, ikke en Jira-eksport. Flyt kortene til Jira med \
         Jiras egen import (Indstillinger → System → Import fra eksternt system → Trello), og \
         eksportér dem derfra: søg sagerne frem, vælg Eksportér → CSV (alle felter). Eller skriv \
         dem i Gavels enkle backlog-CSV med kolonnerne key og title.",
        "the file is a Trello board export, not a Jira export. Move the cards to Jira with Jira's \
         own importer (Settings → System → External system import → Trello), then export them \
         from Jira: search for the issues, choose Export → CSV (all fields). Or write them in \
         Gavel's simple backlog CSV with the columns key and title",
    )
}

fn github() -> Bilingual {
    Bilingual::new(
        "filen er en liste af GitHub-issues, ikke en Jira-eksport. Flyt dem til Jira med Jiras \
         import fra GitHub, og eksportér dem derfra som CSV (alle felter); eller skriv dem i \
         Gavels enkle backlog-CSV med kolonnerne key (f.eks. GH-12) og title.",
        "the file is a list of GitHub issues, not a Jira export. Move them to Jira with Jira's \
         GitHub importer and export them from there as CSV (all fields); or write them in \
         Gavel's simple backlog CSV with the columns key (e.g. GH-12) and title",
    )
}
