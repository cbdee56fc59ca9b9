//! Atlassian Document Format (ADF) to plain text. Jira's REST API v3 returns descriptions and
//! comments as ADF: a JSON tree of blocks (paragraphs, headings, lists, tables, code) holding
//! inline nodes (text, mentions, emoji, links). Gavel shows imported text as plain text, never as
//! HTML, so formatting marks are dropped and the structure becomes line breaks and list bullets.
//!
//! The tree comes from `serde_json`, whose recursion limit (128) bounds its depth, so walking it
//! recursively cannot overflow the stack.

use serde_json::Value;

/// The plain text of an ADF document (or of any ADF node). Unknown node types contribute the text
/// of their children, so a newer Jira's nodes degrade to their words rather than disappear.
pub fn adf_to_plain_text(document: &Value) -> String {
    let mut text = String::new();
    write_node(document, &mut text, &ListContext::None);
    // Blocks end with a line break; the last one's is not part of the text.
    let trimmed_length = text.trim_end().len();
    text.truncate(trimmed_length);
    text
}

/// Whether a JSON value is an ADF document rather than wiki-markup text (API v2).
pub fn is_adf_document(value: &Value) -> bool {
    value.get("type").and_then(Value::as_str) == Some("doc") && value.get("content").is_some()
}

enum ListContext {
    None,
    Bullet,
    Ordered { next_number: u64 },
}

fn write_node(node: &Value, out: &mut String, list: &ListContext) {
    let node_type = node.get("type").and_then(Value::as_str).unwrap_or("");
    let attribute = |name: &str| {
        node.get("attrs")
            .and_then(|attrs| attrs.get(name))
            .and_then(Value::as_str)
            .unwrap_or("")
    };
    match node_type {
        "text" => out.push_str(node.get("text").and_then(Value::as_str).unwrap_or("")),
        "hardBreak" => out.push('\n'),
        "mention" | "status" => out.push_str(attribute("text")),
        "emoji" => {
            let text = attribute("text");
            out.push_str(if text.is_empty() {
                attribute("shortName")
            } else {
                text
            });
        }
        "inlineCard" | "blockCard" | "embedCard" => {
            out.push_str(attribute("url"));
            if node_type != "inlineCard" {
                out.push('\n');
            }
        }
        "date" => out.push_str(attribute("timestamp")),
        "rule" => out.push_str("---\n"),
        "bulletList" => write_children(node, out, &ListContext::Bullet),
        "orderedList" => {
            let start = node
                .get("attrs")
                .and_then(|attrs| attrs.get("order"))
                .and_then(Value::as_u64)
                .unwrap_or(1);
            write_list_items(node, out, start);
        }
        "listItem" => {
            match list {
                ListContext::Ordered { next_number } => out.push_str(&format!("{next_number}. ")),
                _ => out.push_str("- "),
            }
            write_children(node, out, &ListContext::None);
            end_line(out);
        }
        "tableCell" | "tableHeader" => {
            let before = out.len();
            write_children(node, out, &ListContext::None);
            // Cells of a row go on one line, separated by tabs.
            let cell_text = out[before..].trim_end().to_owned();
            out.truncate(before);
            out.push_str(&cell_text);
            out.push('\t');
        }
        "tableRow" => {
            write_children(node, out, &ListContext::None);
            if out.ends_with('\t') {
                out.pop();
            }
            out.push('\n');
        }
        "paragraph" | "heading" | "codeBlock" | "blockquote" | "panel" | "table"
        | "mediaSingle" | "mediaGroup" | "expand" | "nestedExpand" | "decisionList"
        | "taskList" | "decisionItem" | "taskItem" => {
            write_children(node, out, &ListContext::None);
            end_line(out);
        }
        _ => write_children(node, out, &ListContext::None),
    }
}

fn write_children(node: &Value, out: &mut String, list: &ListContext) {
    if let Some(children) = node.get("content").and_then(Value::as_array) {
        for child in children {
            write_node(child, out, list);
        }
    }
}

fn write_list_items(node: &Value, out: &mut String, start: u64) {
    if let Some(children) = node.get("content").and_then(Value::as_array) {
        for (index, child) in children.iter().enumerate() {
            let context = ListContext::Ordered {
                next_number: start.saturating_add(index as u64),
            };
            write_node(child, out, &context);
        }
    }
}

fn end_line(out: &mut String) {
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

#[cfg(test)]
mod tests;
