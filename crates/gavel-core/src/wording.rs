//! Catalogue messages whose arguments are themselves words in the reader's language: a date
//! written the Danish or the English way, a poll's summary, a value described in words. Such a
//! message is rendered once per language, each time with that language's arguments, so that a
//! Danish sentence never quotes an English phrase. Messages whose arguments are the same in both
//! languages (a name, a number) are rendered with [`Bilingual::message`].

use gavel_messages::{Argument, Language};

use crate::rules::Bilingual;

/// The catalogue's message `id` in Danish and in English, each rendered with the arguments that
/// `arguments` gives for that language.
pub(crate) fn message<'a>(
    id: &str,
    arguments: impl Fn(Language) -> Vec<(&'a str, Argument<'a>)>,
) -> Bilingual {
    Bilingual {
        da: gavel_messages::message(Language::Danish, id, &arguments(Language::Danish)),
        en: gavel_messages::message(Language::English, id, &arguments(Language::English)),
    }
}

/// The part of `text` in `language`.
pub(crate) fn pick(text: &Bilingual, language: Language) -> &str {
    text.pick(language == Language::Danish)
}
