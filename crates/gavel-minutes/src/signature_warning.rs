//! A note beside a signature that is valid but worth a second look (a self-signed or expired
//! certificate), in both languages: the app shows the chair's language, the CLI prints English.
//! The words are the catalogue's (`gavel_messages`, verification.ftl); a warning is made from a
//! message id and its arguments and rendered in both languages at once.

use std::fmt;

use crate::Language;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureWarning {
    pub danish: String,
    pub english: String,
}

impl SignatureWarning {
    /// The catalogue's message `id`, rendered with `arguments` in both languages.
    pub fn message(
        id: &str,
        arguments: &[(&str, gavel_messages::Argument<'_>)],
    ) -> SignatureWarning {
        SignatureWarning {
            danish: gavel_messages::message(gavel_messages::Language::Danish, id, arguments),
            english: gavel_messages::message(gavel_messages::Language::English, id, arguments),
        }
    }

    pub fn text(&self, language: Language) -> &str {
        match language {
            Language::Danish => &self.danish,
            Language::English => &self.english,
        }
    }
}

/// English, as the CLI speaks.
impl fmt::Display for SignatureWarning {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.english)
    }
}
