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
/// asterisks. What a chair expects, and Markdown does: the asterisks hug the bold text, so a
/// `**` opens only before a character that is not a space and closes only after one ("2 ** 3"
/// is text); a `**` with no partner is printed as typed, and so is "****"; a single `*` is text
/// (people write "*" for a footnote or a wildcard); and a pair works inside a word
/// ("**MO**-1420").
pub(crate) fn bold_runs(text: &str, plain: FontStyle) -> Vec<Run> {
    let mut runs = Vec::new();
    // Where the text not yet in a run starts.
    let mut plain_start = 0;
    while let Some(open) = opening_pair(text, plain_start) {
        let inside = open + 2;
        let Some(close) = closing_pair(text, inside) else {
            // No later pair can close either: a closing pair does not depend on its opening.
            break;
        };
        if plain_start < open {
            runs.push(Run::new(&text[plain_start..open], plain));
        }
        runs.push(Run::new(&text[inside..close], STRONG));
        plain_start = close + 2;
    }
    if plain_start < text.len() {
        runs.push(Run::new(&text[plain_start..], plain));
    }
    runs
}

/// The first `**` at or after `from` that is followed by a character that is not a space.
fn opening_pair(text: &str, from: usize) -> Option<usize> {
    text[from..]
        .match_indices("**")
        .map(|(index, _)| from + index)
        .find(|&index| {
            text[index + 2..]
                .chars()
                .next()
                .is_some_and(|after| !after.is_whitespace())
        })
}

/// The first `**` after `from` (so that the bold text is not empty) that follows a character
/// that is not a space.
fn closing_pair(text: &str, from: usize) -> Option<usize> {
    text[from..]
        .match_indices("**")
        .map(|(index, _)| from + index)
        .find(|&index| {
            index > from
                && text[..index]
                    .chars()
                    .next_back()
                    .is_some_and(|before| !before.is_whitespace())
        })
}

#[cfg(test)]
mod tests;
