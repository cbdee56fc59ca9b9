//! RFC 5545 text, as strict readers (Outlook, the Python `icalendar` package) want it: CRLF line
//! ends, lines folded at 75 octets without splitting a UTF-8 character, TEXT values escaped, and
//! no control characters from user data (a title's ESC or CR would otherwise end a line early
//! and let a meeting title add properties of its own).

/// The longest content line RFC 5545 allows, in octets, without its CRLF.
const MAX_LINE_OCTETS: usize = 75;

/// A calendar file being written line by line.
#[derive(Default)]
pub(super) struct CalendarText {
    text: String,
}

impl CalendarText {
    /// Writes `name:value` (or `name;params:value`) as one content line, folded. `line` must
    /// already be escaped: callers build it from [`text_value`] and [`parameter_value`].
    pub(super) fn line(&mut self, line: &str) {
        let mut octets_on_line = 0;
        for character in line.chars() {
            let width = character.len_utf8();
            if octets_on_line + width > MAX_LINE_OCTETS {
                // A fold is CRLF and one space; the space counts towards the next line.
                self.text.push_str("\r\n ");
                octets_on_line = 1;
            }
            self.text.push(character);
            octets_on_line += width;
        }
        self.text.push_str("\r\n");
    }

    pub(super) fn finish(self) -> String {
        self.text
    }
}

/// A TEXT value (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as
/// `\n`, every other control character (and a bidirectional override, which could make a
/// title read backwards in a calendar) replaced by a space.
pub(super) fn text_value(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '\\' => escaped.push_str("\\\\"),
            ';' => escaped.push_str("\\;"),
            ',' => escaped.push_str("\\,"),
            '\n' => escaped.push_str("\\n"),
            c if is_unsafe(c) => escaped.push(' '),
            c => escaped.push(c),
        }
    }
    escaped
}

/// A TEXT value that a calendar shows on one line (a title, a place): line breaks become spaces
/// too.
pub(super) fn one_line_text_value(text: &str) -> String {
    text_value(&text.replace(['\r', '\n'], " "))
}

/// A quoted parameter value (a name in `CN="…"`): RFC 5545 has no escape inside quotes, so a
/// double quote becomes a single one and control characters become spaces.
pub(super) fn parameter_value(text: &str) -> String {
    let cleaned: String = text
        .chars()
        .map(|c| match c {
            '"' => '\'',
            c if is_unsafe(c) || c == '\n' => ' ',
            c => c,
        })
        .collect();
    format!("\"{cleaned}\"")
}

fn is_unsafe(character: char) -> bool {
    character.is_control()
        || matches!(character, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_are_folded_at_75_octets_between_characters() {
        let mut calendar = CalendarText::default();
        calendar.line(&format!("SUMMARY:{}", "æ".repeat(60)));
        let text = calendar.finish();
        for line in text.split("\r\n") {
            assert!(
                line.len() <= MAX_LINE_OCTETS,
                "{} octets: {line}",
                line.len()
            );
        }
        let unfolded = text.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "æ".repeat(60)));
    }

    #[test]
    fn text_values_cannot_start_a_property_of_their_own() {
        let value = text_value("Budget; 2027, v2\\final\r\nEND:VEVENT\u{1b}[2K\u{202E}");
        assert_eq!(value, "Budget\\; 2027\\, v2\\\\final\\nEND:VEVENT [2K ");
        assert!(!value.contains('\r') && !value.contains('\n'));
    }

    #[test]
    fn parameter_values_are_quoted_without_quotes_inside() {
        assert_eq!(
            parameter_value("Mette \"MH\" Holm;\r\nX"),
            "\"Mette 'MH' Holm;  X\""
        );
    }
}
