//! Word wrap: text measured with the real glyph advances and broken into lines that fit a width.
//! A word wider than the whole line (a URL, a fingerprint) is broken between characters, so no
//! text ever runs past the margin.
//!
//! Text comes as [`Run`]s, each in one face (a case description's **bold** words are runs in the
//! semibold face), and a wrapped line as [`Span`]s, each in one face at its own position. Plain
//! text is the special case of one run: [`wrap`] gives one span per line.

use crate::fonts::{FontStyle, face};

/// A stretch of text in one face.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub text: String,
    pub style: FontStyle,
}

impl Run {
    pub fn new(text: impl Into<String>, style: FontStyle) -> Run {
        Run {
            text: text.into(),
            style,
        }
    }
}

/// A piece of a wrapped line in one face, `x` points from the start of the line.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub x: f32,
    pub text: String,
    pub style: FontStyle,
}

/// `text` broken into lines no wider than `width` points at `size` in `style`. Spaces are
/// collapsed; an empty text gives no lines. Line breaks in `text` are honoured (callers pass
/// text already made printable per paragraph).
pub fn wrap(text: &str, style: FontStyle, size: f32, width: f32) -> Vec<String> {
    wrap_pieces([(text, style)], size, width)
        .into_iter()
        .map(|spans| spans.into_iter().map(|span| span.text).collect())
        .collect()
}

/// [`wrap`] for text in several faces: each line is the spans that set it, left to right. Each
/// word is measured in its own faces (a word may change face inside, as in "**MO**-1420"), and
/// a space in the face of the run it was typed in, so a line never gets wider than `width`.
/// The space between two words on a line is kept as a character of a span, never left as a
/// gap, so that text extraction reads the words apart, and words in two faces with no space
/// between them are drawn touching, so that it reads them as one.
pub fn wrap_runs(runs: &[Run], size: f32, width: f32) -> Vec<Vec<Span>> {
    wrap_pieces(
        runs.iter().map(|run| (run.text.as_str(), run.style)),
        size,
        width,
    )
}

/// `text` shortened with "…" to fit `width`, for single-line places (header, footer).
pub fn truncate_to_width(text: &str, style: FontStyle, size: f32, width: f32) -> String {
    let font = face(style);
    if font.text_width(text, size) <= width {
        return text.to_owned();
    }
    let ellipsis = font.char_width('…', size);
    let mut out = String::new();
    let mut used = 0.0;
    for ch in text.chars() {
        let ch_width = font.char_width(ch, size);
        if used + ch_width + ellipsis > width {
            break;
        }
        out.push(ch);
        used += ch_width;
    }
    out.truncate(out.trim_end().len());
    out.push('…');
    out
}

/// The one word-wrap algorithm behind [`wrap`] and [`wrap_runs`]: `runs` are read as words,
/// spaces and line breaks, a word possibly made of pieces of several runs.
fn wrap_pieces<'a>(
    runs: impl IntoIterator<Item = (&'a str, FontStyle)>,
    size: f32,
    width: f32,
) -> Vec<Vec<Span>> {
    let mut wrapper = Wrapper {
        size,
        width,
        lines: Vec::new(),
        line: Vec::new(),
        line_width: 0.0,
        space: None,
        word: Vec::new(),
    };
    for (text, style) in runs {
        let mut start = 0;
        for (index, ch) in text.char_indices() {
            // Break at spaces, never at a no-break space (U+00A0), which Rust counts as
            // whitespace.
            if !ch.is_whitespace() || ch == '\u{a0}' {
                continue;
            }
            wrapper.add_to_word(&text[start..index], style);
            wrapper.end_word();
            if ch == '\n' {
                wrapper.end_line();
            } else {
                wrapper.space.get_or_insert(style);
            }
            start = index + ch.len_utf8();
        }
        wrapper.add_to_word(&text[start..], style);
    }
    wrapper.end_word();
    wrapper.end_line();
    wrapper.lines
}

/// The state of [`wrap_pieces`].
struct Wrapper<'a> {
    size: f32,
    width: f32,
    lines: Vec<Vec<Span>>,
    /// The line being filled, and its width so far.
    line: Vec<Span>,
    line_width: f32,
    /// The face of the first space typed since the last word: the space set before the next
    /// word if it goes on the same line (several spaces count as one).
    space: Option<FontStyle>,
    /// The word being read, as pieces in one face each, with their widths.
    word: Vec<(&'a str, FontStyle, f32)>,
}

impl<'a> Wrapper<'a> {
    fn add_to_word(&mut self, text: &'a str, style: FontStyle) {
        if !text.is_empty() {
            let width = face(style).text_width(text, self.size);
            self.word.push((text, style, width));
        }
    }

    /// Sets the word read on the current line after a space, or on a new line, or broken
    /// between characters over several lines when it is wider than a whole line.
    fn end_word(&mut self) {
        if self.word.is_empty() {
            return;
        }
        let word = std::mem::take(&mut self.word);
        let word_width: f32 = word.iter().map(|(_, _, width)| width).sum();
        let space = self
            .space
            .take()
            .filter(|_| !self.line.is_empty())
            .map(|style| (style, face(style).char_width(' ', self.size)));
        let space_width = space.map_or(0.0, |(_, width)| width);
        if self.line_width + space_width + word_width <= self.width {
            if let Some((style, width)) = space {
                self.push(" ", style, width);
            }
            for (text, style, width) in &word {
                self.push(text, *style, *width);
            }
        } else {
            self.end_line();
            if word_width <= self.width {
                for (text, style, width) in &word {
                    self.push(text, *style, *width);
                }
            } else {
                // The word alone is too wide: break it between characters.
                for (text, style, _) in &word {
                    let font = face(*style);
                    for ch in text.chars() {
                        let ch_width = font.char_width(ch, self.size);
                        if self.line_width + ch_width > self.width && !self.line.is_empty() {
                            self.end_line();
                        }
                        self.push(ch.encode_utf8(&mut [0; 4]), *style, ch_width);
                    }
                }
            }
        }
        // Hand the buffer back, so that the next word needs no new allocation.
        self.word = word;
        self.word.clear();
    }

    /// Appends `text` to the line: to its last span when that is in the same face.
    fn push(&mut self, text: &str, style: FontStyle, width: f32) {
        match self.line.last_mut() {
            Some(span) if span.style == style => span.text.push_str(text),
            _ => self.line.push(Span {
                x: self.line_width,
                text: text.to_owned(),
                style,
            }),
        }
        self.line_width += width;
    }

    fn end_line(&mut self) {
        if !self.line.is_empty() {
            self.lines.push(std::mem::take(&mut self.line));
        }
        self.line_width = 0.0;
        self.space = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, width: f32, expected: &[&str]) {
        let lines = wrap(text, FontStyle::Regular, 10.0, width);
        assert_eq!(lines, expected);
        for line in &lines {
            assert!(
                face(FontStyle::Regular).text_width(line, 10.0) <= width + 0.001,
                "{line:?} is wider than {width}"
            );
        }
    }

    #[test]
    fn short_text_stays_on_one_line() {
        check("Referatet er godkendt.", 400.0, &["Referatet er godkendt."]);
    }

    #[test]
    fn text_wraps_between_words() {
        check(
            "Historik for engagementer kommer med i næste release.",
            120.0,
            &[
                "Historik for engagementer",
                "kommer med i næste",
                "release.",
            ],
        );
    }

    #[test]
    fn spaces_are_collapsed_and_empty_text_gives_no_lines() {
        check("  a   b  ", 400.0, &["a b"]);
        check("   ", 400.0, &[]);
    }

    #[test]
    fn a_no_break_space_holds_two_words_together() {
        check(
            "1.\u{a0}MO-1420 2.\u{a0}MO-1433",
            60.0,
            &["1.\u{a0}MO-1420", "2.\u{a0}MO-1433"],
        );
    }

    #[test]
    fn line_breaks_start_new_lines() {
        check("Første\nAnden", 400.0, &["Første", "Anden"]);
    }

    #[test]
    fn a_word_wider_than_the_line_is_broken_between_characters() {
        let fingerprint = "da0e1ef031f5a51d848821c0a9c13f823ccc6e1dc1a63a475b2bb8a5ddb2962f";
        let lines = wrap(fingerprint, FontStyle::Regular, 10.0, 100.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert_eq!(lines.concat(), fingerprint);
        for line in &lines {
            assert!(face(FontStyle::Regular).text_width(line, 10.0) <= 100.0);
        }
    }

    const BOLD: FontStyle = FontStyle::SemiBold;
    const PLAIN: FontStyle = FontStyle::Regular;

    /// `wrap_runs` of `runs` at 10 points, checked: every span starts where the one before it
    /// ends and no line is wider than `width`.
    fn wrap_checked(runs: &[(&str, FontStyle)], width: f32) -> Vec<Vec<Span>> {
        let runs: Vec<Run> = runs
            .iter()
            .map(|(text, style)| Run::new(*text, *style))
            .collect();
        let lines = wrap_runs(&runs, 10.0, width);
        for line in &lines {
            let mut end = 0.0_f32;
            for span in line {
                assert!(
                    (span.x - end).abs() < 0.001,
                    "{span:?} is not at {end}: {line:?}"
                );
                end = span.x + face(span.style).text_width(&span.text, 10.0);
            }
            assert!(
                end <= width + 0.001,
                "{line:?} is {end} wide, wider than {width}"
            );
        }
        lines
    }

    /// The lines as text with the bold spans in asterisks, to compare at a glance.
    fn marked(lines: &[Vec<Span>]) -> Vec<String> {
        lines
            .iter()
            .map(|line| {
                line.iter()
                    .map(|span| match span.style {
                        FontStyle::SemiBold => format!("**{}**", span.text),
                        _ => span.text.clone(),
                    })
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_bold_word_and_the_plain_text_after_it_are_two_spans_with_the_space_in_the_plain_one() {
        let lines = wrap_checked(&[("Indstillingen", BOLD), (" er vigtig", PLAIN)], 400.0);
        assert_eq!(marked(&lines), ["**Indstillingen** er vigtig"]);
        assert_eq!(lines[0][1].text, " er vigtig");
        assert_eq!(
            lines[0][1].x,
            face(BOLD).text_width("Indstillingen", 10.0),
            "the plain text starts where the bold word ends"
        );
        let lines = wrap_checked(
            &[("Det er ", PLAIN), ("vigtigt", BOLD), (".", PLAIN)],
            400.0,
        );
        assert_eq!(marked(&lines), ["Det er **vigtigt**."]);
    }

    #[test]
    fn a_word_may_change_face_inside_and_its_pieces_touch() {
        let lines = wrap_checked(&[("MO", BOLD), ("-1420 er klar", PLAIN)], 400.0);
        assert_eq!(marked(&lines), ["**MO**-1420 er klar"]);
        assert_eq!(lines[0][1].x, face(BOLD).text_width("MO", 10.0));
        // Moved to the next line whole, both pieces.
        let width = face(PLAIN).text_width("Sagen om", 10.0) + 1.0;
        let lines = wrap_checked(
            &[("Sagen om ", PLAIN), ("MO", BOLD), ("-1420", PLAIN)],
            width,
        );
        assert_eq!(marked(&lines), ["Sagen om", "**MO**-1420"]);
    }

    #[test]
    fn bold_words_keep_their_face_across_a_line_break() {
        let lines = wrap_checked(
            &[
                ("Styregruppen ", PLAIN),
                ("godkender et fælles udbud af hostingen", BOLD),
                (" i 2027.", PLAIN),
            ],
            120.0,
        );
        assert_eq!(
            marked(&lines),
            [
                "Styregruppen **godkender**",
                "**et fælles udbud af**",
                "**hostingen** i 2027.",
            ]
        );
    }

    #[test]
    fn a_line_break_inside_a_bold_run_starts_a_new_line_in_bold() {
        let lines = wrap_checked(&[("Første\nAnden", BOLD), (" linje", PLAIN)], 400.0);
        assert_eq!(marked(&lines), ["**Første**", "**Anden** linje"]);
    }

    #[test]
    fn spaces_between_runs_are_collapsed_and_never_start_or_end_a_line() {
        let lines = wrap_checked(&[("  a  ", PLAIN), ("  b  ", BOLD), ("  ", PLAIN)], 400.0);
        assert_eq!(marked(&lines), ["a **b**"]);
        assert_eq!(
            wrap_checked(&[("", BOLD), (" ", PLAIN)], 400.0),
            Vec::<Vec<Span>>::new()
        );
    }

    #[test]
    fn a_long_word_in_two_faces_is_broken_between_characters_and_keeps_its_faces() {
        let key = "da0e1ef031f5a51d848821c0a9c13f82";
        let lines = wrap_checked(&[(key, BOLD), (key, PLAIN)], 100.0);
        assert!(lines.len() > 2, "{lines:?}");
        let bold: String = lines
            .iter()
            .flatten()
            .filter(|span| span.style == BOLD)
            .map(|span| span.text.as_str())
            .collect();
        let plain: String = lines
            .iter()
            .flatten()
            .filter(|span| span.style == PLAIN)
            .map(|span| span.text.as_str())
            .collect();
        assert_eq!((bold.as_str(), plain.as_str()), (key, key));
    }

    #[test]
    fn mixed_faces_never_run_past_the_line_at_any_width() {
        let runs = [
            ("Kontrakten med ", PLAIN),
            ("den nuværende leverandør", BOLD),
            (" udløber i 2027; sekretariatet foreslår et ", PLAIN),
            ("fælles", BOLD),
            (" udbud for alle kommuner (", PLAIN),
            ("MO", BOLD),
            ("-1420).", PLAIN),
        ];
        let words: Vec<String> = runs
            .iter()
            .map(|(text, _)| *text)
            .collect::<String>()
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        for width in (20..400).step_by(7) {
            let lines = wrap_checked(&runs, width as f32);
            let text: Vec<String> = lines
                .iter()
                .map(|line| line.iter().map(|span| span.text.as_str()).collect())
                .collect();
            if width >= 90 {
                assert_eq!(
                    text.join(" ").split(' ').collect::<Vec<_>>(),
                    words,
                    "at {width}"
                );
            }
        }
    }

    #[test]
    fn truncation_adds_an_ellipsis_and_fits() {
        let long = "Styregruppen for OS2mo og alle dens arbejdsgrupper i hele landet";
        let short = truncate_to_width(long, FontStyle::Regular, 9.0, 100.0);
        assert!(short.ends_with('…'));
        assert!(face(FontStyle::Regular).text_width(&short, 9.0) <= 100.0);
        assert_eq!(
            truncate_to_width("Kort", FontStyle::Regular, 9.0, 100.0),
            "Kort"
        );
    }
}
