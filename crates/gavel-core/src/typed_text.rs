//! The little formatting a chair types into a case description, a proposed decision, notes or a
//! decision's text: `**bold**`. The rule lives here, once: gavel-minutes sets the spans in the
//! bold face, and places that show plain text (the invitation's description) drop the marks.
//! Paragraphs and lists need no rule here: they are plain text's own blank lines and "- ".

/// `text` cut into spans, each with whether it is bold, without the asterisks. What a chair
/// expects, and Markdown does: the asterisks hug the bold text, so a `**` opens only before a
/// character that is not a space and closes only after one ("2 ** 3" is text); a `**` with no
/// partner is kept as typed, and so is "****"; a single `*` is text (people write "*" for a
/// footnote or a wildcard); and a pair works inside a word ("**MO**-1420").
pub fn bold_spans(text: &str) -> Vec<(&str, bool)> {
    let mut spans = Vec::new();
    // Where the text not yet in a span starts.
    let mut plain_start = 0;
    while let Some(open) = opening_pair(text, plain_start) {
        let inside = open + 2;
        let Some(close) = closing_pair(text, inside) else {
            // No later pair can close either: a closing pair does not depend on its opening.
            break;
        };
        if plain_start < open {
            spans.push((&text[plain_start..open], false));
        }
        spans.push((&text[inside..close], true));
        plain_start = close + 2;
    }
    if plain_start < text.len() {
        spans.push((&text[plain_start..], false));
    }
    spans
}

/// `text` with its bold marks taken out, for places that show plain text.
pub fn without_bold_marks(text: &str) -> String {
    bold_spans(text).into_iter().map(|(span, _)| span).collect()
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
mod tests {
    use super::*;

    #[test]
    fn bold_marks_are_taken_out_and_what_is_not_a_mark_stays() {
        assert_eq!(
            without_bold_marks("**Indstillingen** er **MO**-1420, 2 ** 3, *fodnote*, ****, **åben"),
            "Indstillingen er MO-1420, 2 ** 3, *fodnote*, ****, **åben"
        );
        assert_eq!(
            bold_spans("a **b c** d"),
            [("a ", false), ("b c", true), (" d", false)]
        );
    }
}
