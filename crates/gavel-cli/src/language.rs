//! The language the CLI speaks to its reader, Danish or English, chosen as the app chooses its
//! own: `GAVEL_LANG` when it is set, else the system's language (`LC_ALL`, `LC_MESSAGES`, `LANG`
//! through sys-locale), Danish for any Danish tag (`gavel_core::rules::is_danish_language_tag`).
//! Gavel's messages — gavel-core's and gavel-minutes' errors and the texts of their reports — are
//! written in both languages; this picks one. The CLI's own words (labels, reports, refusals,
//! warnings) are in the shared catalogue, gavel-messages' `cli.ftl`, and [`message`] renders
//! them. What stays English: clap's own words around a refused argument, and texts that come
//! from outside Gavel (an operating-system error, a JSON parser's message, a certificate's
//! chain as the verifier words it). `--json` and the CSV files are for programs and never change
//! with the language.

use std::sync::OnceLock;

use gavel_core::rules::Bilingual;
use gavel_messages::{Argument, Language};

/// Whether the reader reads Danish; decided once per run.
pub fn danish() -> bool {
    static DANISH: OnceLock<bool> = OnceLock::new();
    *DANISH.get_or_init(|| {
        std::env::var("GAVEL_LANG")
            .ok()
            .filter(|tag| !tag.trim().is_empty())
            .or_else(sys_locale::get_locale)
            .is_some_and(|tag| gavel_core::rules::is_danish_language_tag(&tag))
    })
}

/// The reader's language, for the catalogue.
pub fn language() -> Language {
    if danish() {
        Language::Danish
    } else {
        Language::English
    }
}

/// The reader's language, for gavel-minutes' texts (a signature's warnings).
pub fn minutes_language() -> gavel_minutes::Language {
    if danish() {
        gavel_minutes::Language::Danish
    } else {
        gavel_minutes::Language::English
    }
}

/// The catalogue's message `id` (one of `cli.ftl`'s) in the reader's language.
///
/// Named `message` so that gavel-messages' test finds every id written as the first argument
/// of a call and checks that the catalogue has it.
pub fn message(id: &str, arguments: &[(&str, Argument<'_>)]) -> String {
    gavel_messages::message(language(), id, arguments)
}

/// A text of Gavel's in the reader's language.
pub fn pick(text: &Bilingual) -> &str {
    text.pick(danish())
}

/// An error as the reader reads it: its causes from the outermost in, gavel-core's and
/// gavel-minutes' in her language (a file, line and field named as in English), the CLI's own
/// already in it.
pub fn describe_error(error: &anyhow::Error) -> String {
    if !danish() {
        return format!("{error:#}");
    }
    let mut causes = Vec::new();
    for cause in error.chain() {
        if let Some(gavel_error) = cause.downcast_ref::<gavel_core::Error>() {
            causes.push(gavel_error.danish());
        } else if let Some(minutes_error) = cause.downcast_ref::<gavel_minutes::Error>() {
            // Its Danish text words its cause (a file that cannot be read) itself.
            causes.push(minutes_error.danish());
            break;
        } else {
            causes.push(cause.to_string());
        }
    }
    causes.join(": ")
}
