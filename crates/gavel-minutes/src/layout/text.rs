//! Word wrap: text measured with the real glyph advances and broken into lines that fit a width.
//! A word wider than the whole line (a URL, a fingerprint) is broken between characters, so no
//! text ever runs past the margin.

use crate::fonts::{FontStyle, face};

/// `text` broken into lines no wider than `width` points at `size` in `style`. Spaces are
/// collapsed; an empty text gives no lines. Line breaks in `text` are honoured (callers pass
/// text already made printable per paragraph).
pub fn wrap(text: &str, style: FontStyle, size: f32, width: f32) -> Vec<String> {
    let font = face(style);
    let space = font.char_width(' ', size);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut line_width = 0.0_f32;
        // Break at spaces, never at a no-break space (U+00A0), which Rust counts as whitespace.
        let words = paragraph
            .split(|ch: char| ch.is_whitespace() && ch != '\u{a0}')
            .filter(|word| !word.is_empty());
        for word in words {
            let word_width = font.text_width(word, size);
            let needed = if line.is_empty() {
                word_width
            } else {
                line_width + space + word_width
            };
            if needed <= width {
                if !line.is_empty() {
                    line.push(' ');
                    line_width += space;
                }
                line.push_str(word);
                line_width += word_width;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
                line_width = 0.0;
            }
            if word_width <= width {
                line.push_str(word);
                line_width = word_width;
                continue;
            }
            // The word alone is too wide: break it between characters.
            for ch in word.chars() {
                let ch_width = font.char_width(ch, size);
                if line_width + ch_width > width && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0.0;
                }
                line.push(ch);
                line_width += ch_width;
            }
        }
        if !line.is_empty() {
            lines.push(line);
        }
    }
    lines
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
