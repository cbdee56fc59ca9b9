//! A note beside a signature that is valid but worth a second look (a self-signed or expired
//! certificate), in both languages: the app shows the chair's language, the CLI prints English.

use std::fmt;

use crate::Language;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignatureWarning {
    pub danish: String,
    pub english: String,
}

impl SignatureWarning {
    pub fn new(danish: impl Into<String>, english: impl Into<String>) -> SignatureWarning {
        SignatureWarning {
            danish: danish.into(),
            english: english.into(),
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
