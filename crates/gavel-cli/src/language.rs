//! The language the CLI speaks to its reader, Danish or English, chosen as the app chooses its
//! own: `GAVEL_LANG` when it is set, else the system's language (`LC_ALL`, `LC_MESSAGES`, `LANG`
//! through sys-locale), Danish for any Danish tag (`gavel_core::rules::is_danish_language_tag`).
//! Gavel's messages — gavel-core's errors and the texts of its reports — are written in both
//! languages; this picks one. Of the CLI's own words, the sync import's report is in both (a
//! secretary decides there whom to trust); the other labels and the help are English for now.

use std::sync::OnceLock;

use gavel_core::rules::Bilingual;

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

/// A text of Gavel's in the reader's language.
pub fn pick(text: &Bilingual) -> &str {
    text.pick(danish())
}

/// An error as the reader reads it: its causes from the outermost in, gavel-core's in her
/// language (a file, line and field named as in English).
pub fn describe_error(error: &anyhow::Error) -> String {
    if !danish() {
        return format!("{error:#}");
    }
    error
        .chain()
        .map(|cause| match cause.downcast_ref::<gavel_core::Error>() {
            Some(gavel_error) => gavel_error.danish(),
            None => cause.to_string(),
        })
        .collect::<Vec<_>>()
        .join(": ")
}
