//! The one error type of gavel-core. Every message names what the user can act on: the file, the
//! line, the field, or the record, and says what was expected.

use std::path::PathBuf;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: not a Gavel database: {reason}", path.display())]
    NotADatabase { path: PathBuf, reason: String },

    #[error(
        "{}: written by a newer Gavel (database version {found}; this Gavel reads up to {supported}). \
         Update Gavel to open it; the file was not changed.",
        path.display()
    )]
    DatabaseTooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    #[error("cannot open the database {}: {reason}", path.display())]
    CannotOpen { path: PathBuf, reason: String },

    /// A command that does not fit the current state, e.g. an agenda item for a meeting that does
    /// not exist. Nothing was written.
    #[error("{0}")]
    Rejected(String),

    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: String },

    /// Input from a file the user gave us, with the place of the problem.
    #[error("{}", format_input_error(file, *line, field.as_deref(), message))]
    BadInput {
        file: String,
        line: Option<u64>,
        field: Option<String>,
        message: String,
    },

    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
}

/// A small, stable classification of [`Error`] for callers that act differently per kind (the
/// desktop UI shows a "newer version" message differently from a validation message).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    BadInput,
    Rejected,
    NotFound,
    DatabaseTooNew,
    NotADatabase,
    Storage,
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::NotADatabase { .. } => ErrorKind::NotADatabase,
            Error::DatabaseTooNew { .. } => ErrorKind::DatabaseTooNew,
            Error::CannotOpen { .. } | Error::Database(_) => ErrorKind::Storage,
            Error::Rejected(_) => ErrorKind::Rejected,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::BadInput { .. } => ErrorKind::BadInput,
        }
    }

    pub(crate) fn rejected(message: impl Into<String>) -> Error {
        Error::Rejected(message.into())
    }
}

fn format_input_error(file: &str, line: Option<u64>, field: Option<&str>, message: &str) -> String {
    let mut place = file.to_owned();
    if let Some(line) = line {
        place.push_str(&format!(", line {line}"));
    }
    if let Some(field) = field {
        place.push_str(&format!(", field \"{field}\""));
    }
    format!("{place}: {message}")
}
