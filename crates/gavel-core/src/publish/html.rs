//! HTML text for the published site: the one escape every text from data goes through, the
//! chair's typed text (`**bold**`, paragraphs, "- " lists) as HTML, and the frame every page
//! shares (language, Content-Security-Policy, landmarks, skip link, language link).
//!
//! Nothing here writes markup from data: data reaches a page only as text passed through
//! [`escape`], which leaves no character that could open a tag, end an attribute or start an
//! entity. Markup comes from string literals in this module and `pages.rs` only. The site's own
//! words come from the message catalogue (`corePublish*` in `core.ftl`), which holds no markup;
//! data given to a message as an argument is escaped like any other data, before it is passed or
//! together with the message.

use gavel_messages::Argument;

use crate::rules::Bilingual;
use crate::typed_text::bold_spans;

/// The language a page is written in; Danish is the site's own, English the copy under `en/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Language {
    Danish,
    English,
}

impl Language {
    pub(crate) fn code(self) -> &'static str {
        match self {
            Language::Danish => "da",
            Language::English => "en",
        }
    }

    /// The catalogue's language.
    pub(crate) fn catalogue(self) -> gavel_messages::Language {
        match self {
            Language::Danish => gavel_messages::Language::Danish,
            Language::English => gavel_messages::Language::English,
        }
    }

    /// The catalogue's fixed text `id` (no arguments) in this language.
    pub(crate) fn text(self, id: &str) -> &'static str {
        gavel_messages::fixed_text(self.catalogue(), id)
    }

    /// The catalogue's message `id` in this language, with `arguments` as given: the caller
    /// escapes what comes from data.
    pub(crate) fn message(self, id: &str, arguments: &[(&str, Argument<'_>)]) -> String {
        gavel_messages::message(self.catalogue(), id, arguments)
    }

    /// The half of `text` in this language.
    pub(crate) fn of(self, text: &Bilingual) -> &str {
        text.pick(self == Language::Danish)
    }

    pub(crate) fn other(self) -> Language {
        match self {
            Language::Danish => Language::English,
            Language::English => Language::Danish,
        }
    }
}

/// `text` as HTML text or attribute value: `& < > " '` become character references, and
/// control characters other than line breaks and tabs are left out (HTML does not allow them,
/// and nothing a chair types needs them).
pub(crate) fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + text.len() / 8);
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&#39;"),
            '\n' | '\t' => escaped.push(character),
            '\r' => {}
            control if control.is_control() => {}
            other => escaped.push(other),
        }
    }
    escaped
}

/// One line of the chair's typed text: escaped, `**bold**` as `<strong>`.
pub(crate) fn inline(text: &str) -> String {
    let mut html = String::with_capacity(text.len());
    for (span, bold) in bold_spans(text) {
        if bold {
            html.push_str("<strong>");
            html.push_str(&escape(span));
            html.push_str("</strong>");
        } else {
            html.push_str(&escape(span));
        }
    }
    html
}

/// The chair's typed text as blocks: paragraphs at blank lines, a block of "- " lines a list,
/// other line breaks kept as `<br>`. The same reading as the minutes (gavel-minutes'
/// `formatted_text`), so the page says what the PDF says.
pub(crate) fn blocks(text: &str) -> String {
    let mut html = String::new();
    let normalised = text.replace("\r\n", "\n");
    for block in normalised.split("\n\n") {
        let lines: Vec<&str> = block
            .lines()
            .map(str::trim_end)
            .filter(|line| !line.trim().is_empty())
            .collect();
        if lines.is_empty() {
            continue;
        }
        let item = |line: &str| -> Option<String> {
            let trimmed = line.trim_start();
            trimmed
                .strip_prefix("- ")
                .or_else(|| trimmed.strip_prefix("* "))
                .or_else(|| trimmed.strip_prefix("• "))
                .map(str::to_owned)
        };
        if lines.iter().all(|line| item(line).is_some()) {
            html.push_str("<ul>");
            for line in &lines {
                html.push_str("<li>");
                html.push_str(&inline(&item(line).unwrap_or_default()));
                html.push_str("</li>");
            }
            html.push_str("</ul>\n");
        } else {
            html.push_str("<p>");
            let parts: Vec<String> = lines.iter().map(|line| inline(line)).collect();
            html.push_str(&parts.join("<br>\n"));
            html.push_str("</p>\n");
        }
    }
    html
}

/// What the frame of a page needs to know.
pub(crate) struct Frame<'a> {
    pub(crate) language: Language,
    /// The page's title, as text (escaped here).
    pub(crate) title: &'a str,
    pub(crate) group_name: &'a str,
    /// From this page to the site's root folder: "", "../", "../../".
    pub(crate) to_root: &'a str,
    /// From this page to the same page in the other language.
    pub(crate) other_language_href: &'a str,
    /// From this page to the register (index.html) in its own language.
    pub(crate) register_href: &'a str,
    /// "27. november 2026": the day the site was written.
    pub(crate) published_on: &'a str,
}

/// The Content-Security-Policy of every page: nothing may run, load or be sent anywhere but the
/// site's own style sheet, images and the documents it links to. A web server may send a
/// stricter header; the page needs no more than this.
pub(crate) const CONTENT_SECURITY_POLICY: &str =
    "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/// A whole page: `main` (already HTML) inside the shared frame.
pub(crate) fn page(frame: &Frame<'_>, main: &str) -> String {
    let language = frame.language;
    let other = language.other();
    let mut html = String::with_capacity(main.len() + 2_000);
    html.push_str("<!DOCTYPE html>\n<html lang=\"");
    html.push_str(language.code());
    html.push_str("\">\n<head>\n<meta charset=\"utf-8\">\n");
    html.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"");
    html.push_str(CONTENT_SECURITY_POLICY);
    html.push_str(
        "\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n",
    );
    html.push_str("<meta name=\"referrer\" content=\"no-referrer\">\n");
    html.push_str("<meta name=\"generator\" content=\"Gavel\">\n<title>");
    html.push_str(&escape(frame.title));
    html.push_str(" – ");
    html.push_str(&escape(frame.group_name));
    html.push_str("</title>\n<link rel=\"stylesheet\" href=\"");
    html.push_str(frame.to_root);
    html.push_str("style.css\">\n<link rel=\"icon\" type=\"image/svg+xml\" href=\"");
    html.push_str(frame.to_root);
    html.push_str("favicon.svg\">\n<link rel=\"alternate\" hreflang=\"");
    html.push_str(other.code());
    html.push_str("\" href=\"");
    html.push_str(frame.other_language_href);
    html.push_str("\">\n</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">");
    html.push_str(language.text("corePublishHtml-skipToContent"));
    html.push_str("</a>\n<header class=\"site-header\">\n<div class=\"container\">\n");
    html.push_str("<p class=\"site-name\"><a href=\"");
    html.push_str(frame.register_href);
    html.push_str("\">");
    html.push_str(&escape(frame.group_name));
    html.push_str("</a></p>\n<nav aria-label=\"");
    html.push_str(language.text("corePublishHtml-language"));
    html.push_str("\">\n<a href=\"");
    html.push_str(frame.other_language_href);
    html.push_str("\" hreflang=\"");
    html.push_str(other.code());
    html.push_str("\" lang=\"");
    html.push_str(other.code());
    html.push_str("\">");
    html.push_str(language.text("corePublishHtml-theOtherLanguage"));
    html.push_str("</a>\n</nav>\n</div>\n</header>\n<main id=\"main\" class=\"container\">\n");
    html.push_str(main);
    html.push_str("</main>\n<footer class=\"site-footer\">\n<div class=\"container\">\n<p>");
    html.push_str(&language.message(
        "corePublishHtml-publishedWithGavel",
        &[("date", escape(frame.published_on).into())],
    ));
    html.push_str("</p>\n</div>\n</footer>\n</body>\n</html>\n");
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_leaves_no_markup() {
        let check = |input: &str, expected: &str| assert_eq!(escape(input), expected);
        check(
            "<script>alert(1)</script>",
            "&lt;script&gt;alert(1)&lt;/script&gt;",
        );
        check(
            "\"><img src=x onerror=alert(1)>",
            "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;",
        );
        check("'&amp;", "&#39;&amp;amp;");
        check("Referat\u{0}\u{1b}[31m æøå", "Referat[31m æøå");
        check("a\r\nb", "a\nb");
    }

    #[test]
    fn typed_text_becomes_paragraphs_lists_and_bold() {
        assert_eq!(
            blocks("Første **fed** linje\nanden <b>\n\n- et\n- to"),
            "<p>Første <strong>fed</strong> linje<br>\nanden &lt;b&gt;</p>\n<ul><li>et</li><li>to</li></ul>\n"
        );
        assert_eq!(
            blocks("**<script>**"),
            "<p><strong>&lt;script&gt;</strong></p>\n"
        );
        assert_eq!(blocks("\n\n"), "");
    }
}
