//! The little markup a chair may use in a case description (sagsfremstilling) or a proposed
//! decision (indstilling), typed as plain text in the app: paragraphs apart by a blank line,
//! lines that start with "- ", "* ", "• " or a number ("1. ", "2) ") as a list, and `**bold**`.
//! Nothing else is markup, and nothing is ever read as HTML: the text is printed as written.
//! The agenda pack and the minutes set the text the same way, through [`formatted_text`].

use crate::fonts::FontStyle;
use crate::layout::text::Run;
use crate::layout::{CONTENT_WIDTH, Cell, Column, Flow, TextStyle};

/// The face of `**bold**` text: the semibold the documents use for all strong text (labels,
/// headings), whatever the face of the text around it.
const STRONG: FontStyle = FontStyle::SemiBold;

/// Sets `text` as the chair typed it: paragraphs apart by a blank line, line breaks kept, list
/// lines as bullets or numbers with a hanging indent, and `**bold**` in bold, all in `style`.
pub(crate) fn formatted_text(flow: &mut Flow, text: &str, style: TextStyle) {
    const HANGING_INDENT: f32 = 14.0;
    let list = [
        Column {
            x: 0.0,
            width: HANGING_INDENT - 4.0,
        },
        Column {
            x: HANGING_INDENT,
            width: CONTENT_WIDTH - HANGING_INDENT,
        },
    ];
    for (index, paragraph) in text
        .split("\n\n")
        .map(str::trim)
        .filter(|paragraph| !paragraph.is_empty())
        .enumerate()
    {
        if index > 0 {
            flow.space(4.0);
        }
        // Bold text may run over a line break inside a paragraph or a list item, never from
        // one to the next: each is read for `**` on its own.
        let mut plain: Vec<&str> = Vec::new();
        // The list the list lines go into: one list for list lines that follow each other.
        let mut current_list = None;
        for line in paragraph.lines() {
            match list_marker(line) {
                Some((marker, rest)) => {
                    if !plain.is_empty() {
                        let runs = bold_runs(&plain.join("\n"), style.style);
                        flow.rich_paragraph(&runs, style, 0.0);
                        plain.clear();
                    }
                    let list_id = *current_list.get_or_insert_with(|| flow.new_list());
                    flow.list_item(
                        list_id,
                        &[
                            Cell::new(marker, style),
                            Cell::rich(bold_runs(rest, style.style), style),
                        ],
                        &list,
                        1.0,
                    );
                }
                None => {
                    current_list = None;
                    plain.push(line);
                }
            }
        }
        if !plain.is_empty() {
            let runs = bold_runs(&plain.join("\n"), style.style);
            flow.rich_paragraph(&runs, style, 0.0);
        }
    }
}

/// A list line's marker and text: "- Punkt" → ("•", "Punkt"), "2. Punkt" → ("2.", "Punkt").
pub(crate) fn list_marker(line: &str) -> Option<(String, &str)> {
    let trimmed = line.trim_start();
    for bullet in ["- ", "* ", "• "] {
        if let Some(rest) = trimmed.strip_prefix(bullet) {
            return Some(("•".to_owned(), rest.trim()));
        }
    }
    let digits = trimmed.chars().take_while(char::is_ascii_digit).count();
    if (1..=3).contains(&digits) {
        let (number, rest) = trimmed.split_at(digits);
        if let Some(rest) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some((format!("{number}."), rest.trim()));
        }
    }
    None
}

/// `text` as runs in `plain` and, between a `**` and the next `**`, in bold, without the
/// asterisks, by gavel-core's rule (`typed_text::bold_spans`).
pub(crate) fn bold_runs(text: &str, plain: FontStyle) -> Vec<Run> {
    gavel_core::typed_text::bold_spans(text)
        .into_iter()
        .map(|(span, bold)| Run::new(span, if bold { STRONG } else { plain }))
        .collect()
}

#[cfg(test)]
mod tests;
