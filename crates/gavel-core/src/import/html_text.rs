//! HTML to plain text, for the descriptions of Jira's XML export (`<description>` holds the
//! issue's rendered HTML). Gavel never shows imported text as HTML: tags are dropped, blocks
//! become paragraphs, list items lines that start with "- " (the agenda pack sets them as
//! bullets), bold text `**bold**` (the agenda pack's one inline mark), entities their
//! characters, and whatever `<script>` or `<style>` hold is left out whole.
//!
//! A forgiving reader of a small part of HTML: a `<` with no `>` after it is text, an unknown
//! tag or entity is dropped or kept as written, and nothing is ever an error.

/// The plain text of an HTML fragment.
pub fn plain_text(html: &str) -> String {
    let mut out = Text::default();
    let mut rest = html;
    let mut skipping: Option<String> = None;
    while let Some(start) = rest.find('<') {
        let (before, tag_and_after) = rest.split_at(start);
        if skipping.is_none() {
            out.words(&decode_entities(before));
        }
        let Some(end) = tag_and_after.find('>') else {
            if skipping.is_none() {
                out.words(&decode_entities(tag_and_after));
            }
            rest = "";
            break;
        };
        let tag = Tag::read(&tag_and_after[1..end]);
        rest = &tag_and_after[end + 1..];
        if let Some(skipped) = &skipping {
            if tag.closing && &tag.name == skipped {
                skipping = None;
            }
            continue;
        }
        match tag.name.as_str() {
            "script" | "style" if !tag.closing => skipping = Some(tag.name),
            "br" => out.line_break(),
            "li" if !tag.closing => {
                out.line_break();
                out.push_raw("- ");
            }
            "b" | "strong" => out.push_raw("**"),
            "p" | "div" | "ul" | "ol" | "table" | "tr" | "pre" | "blockquote" | "h1" | "h2"
            | "h3" | "h4" | "h5" | "h6" => out.paragraph_break(),
            "td" | "th" if tag.closing => out.push_raw(" "),
            _ => {}
        }
    }
    if skipping.is_none() {
        out.words(&decode_entities(rest));
    }
    out.finish()
}

/// A tag's name, lower case, and whether it closes (`</p>`).
struct Tag {
    name: String,
    closing: bool,
}

impl Tag {
    fn read(inside: &str) -> Tag {
        let inside = inside.trim();
        let (closing, inside) = match inside.strip_prefix('/') {
            Some(rest) => (true, rest),
            None => (false, inside),
        };
        let name = inside
            .split(|ch: char| ch.is_whitespace() || ch == '/')
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Tag { name, closing }
    }
}

/// The text as it is written: HTML's runs of white space are one space, and line breaks come
/// from tags only.
#[derive(Default)]
struct Text {
    text: String,
}

impl Text {
    fn words(&mut self, words: &str) {
        for (index, word) in words.split(char::is_whitespace).enumerate() {
            if index > 0 && !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
                self.text.push(' ');
            }
            self.text.push_str(word);
        }
    }

    fn push_raw(&mut self, text: &str) {
        self.text.push_str(text);
    }

    fn line_break(&mut self) {
        self.trim_line_end();
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }

    fn paragraph_break(&mut self) {
        self.trim_line_end();
        if self.text.is_empty() || self.text.ends_with("\n\n") {
            return;
        }
        self.text.push_str(if self.text.ends_with('\n') {
            "\n"
        } else {
            "\n\n"
        });
    }

    fn trim_line_end(&mut self) {
        let kept = self.text.trim_end_matches(' ').len();
        self.text.truncate(kept);
    }

    fn finish(self) -> String {
        self.text
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_owned()
    }
}

/// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric references; anything else is
/// kept as written.
fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let decoded = rest.find(';').filter(|end| *end <= 10).and_then(|end| {
            let name = &rest[1..end];
            let ch = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" | "#39" => Some('\''),
                "nbsp" => Some('\u{a0}'),
                _ => name.strip_prefix('#').and_then(|number| {
                    let code = match number.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok(),
                        None => number.parse().ok(),
                    };
                    code.and_then(char::from_u32)
                        .filter(|ch| !ch.is_control() || *ch == '\n' || *ch == '\t')
                }),
            };
            ch.map(|ch| (ch, end))
        });
        match decoded {
            Some((ch, end)) => {
                out.push(ch);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::plain_text;

    #[test]
    fn paragraphs_lists_and_bold_become_plain_text() {
        let html = "<p>Et <b>login</b> for alle kommuner.</p>\n<ul>\n  <li>Aarhus</li>\n  \
                    <li>København &amp; Frederiksberg</li>\n</ul><p>Se<br/>vedlagte.</p>";
        assert_eq!(
            plain_text(html),
            "Et **login** for alle kommuner.\n\n- Aarhus\n- København & Frederiksberg\n\nSe\nvedlagte."
        );
    }

    #[test]
    fn scripts_and_styles_are_left_out_and_tags_never_survive() {
        let html = "<p onclick=\"x()\">Før</p><script>alert('<p>x</p>')</script>\
                    <style>p { color: red }</style><img src=x onerror=alert(1)>Efter";
        let text = plain_text(html);
        assert_eq!(text, "Før\n\nEfter");
    }

    #[test]
    fn entities_and_stray_angle_brackets_are_text() {
        assert_eq!(
            plain_text("3 &lt; 4 &#248; &#xE6; &bogus; a < b"),
            "3 < 4 ø æ &bogus; a < b"
        );
        assert_eq!(plain_text("&#0; &#x7;ok"), "&#0; &#x7;ok");
        assert_eq!(plain_text(""), "");
    }

    #[test]
    fn white_space_is_collapsed_as_a_browser_does() {
        assert_eq!(
            plain_text("<p>  mange \n\n  mellemrum  </p>"),
            "mange mellemrum"
        );
    }
}
