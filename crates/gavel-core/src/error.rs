//! The one error type of gavel-core. Every message names what the user can act on: the file, the
//! line, the field, or the record, and says what was expected.
//!
//! An error is a kind with its facts (the path, the record and its id, the line); its words come
//! from the message catalogue (`gavel_messages`, `core.ftl`), in the reader's language, when it is
//! shown ([`Error::message`]). `Display` is the English text (the CLI prints it, and tests assert
//! on it); [`Error::danish`] is the Danish one, and [`Error::text`] gives both, for a caller that
//! shows the message in the user's language (the desktop app).

use std::path::PathBuf;

use gavel_messages::{Argument, Language};

use crate::rules::Bilingual;

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// No `#[error]` attributes: `Display` is written below, from the catalogue's English.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The file is not a Gavel database; `reason` says what it is instead.
    NotADatabase { path: PathBuf, reason: Bilingual },

    /// Written by a newer Gavel, in database version `found`; this Gavel reads up to `supported`.
    DatabaseTooNew {
        path: PathBuf,
        found: i64,
        supported: i64,
    },

    /// The database cannot be opened; `reason` says why.
    CannotOpen { path: PathBuf, reason: Bilingual },

    /// A command that does not fit the current state, e.g. an agenda item for a meeting that does
    /// not exist. Nothing was written.
    Rejected(Bilingual),

    /// A command names a record (`what`, by `id`) that does not exist.
    NotFound { what: Record, id: String },

    /// Input from a file the user gave us, with the place of the problem.
    BadInput {
        file: String,
        line: Option<u64>,
        field: Option<String>,
        message: Bilingual,
    },

    /// The disk holding the database is full (SQLite's `SQLITE_FULL`, or a shared-memory file
    /// that cannot grow). The transaction was rolled back, so nothing of the change was saved.
    DiskFull,

    /// Any other SQLite error, with SQLite's own words.
    Database(rusqlite::Error),
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Error {
        if sqlite_disk_full(&error) {
            Error::DiskFull
        } else {
            Error::Database(error)
        }
    }
}

/// True when SQLite failed because the disk is full: `SQLITE_FULL` (a write or an fsync that met
/// ENOSPC), or `SQLITE_IOERR_SHMSIZE`, which is what opening a WAL database on a full disk gives
/// (its `-shm` file cannot be given pages), and which has no other cause in practice.
pub(crate) fn sqlite_disk_full(error: &rusqlite::Error) -> bool {
    const SQLITE_IOERR_SHMSIZE: std::ffi::c_int = rusqlite::ffi::SQLITE_IOERR_SHMSIZE;
    match error {
        rusqlite::Error::SqliteFailure(failure, _) => {
            failure.code == rusqlite::ErrorCode::DiskFull
                || failure.extended_code == SQLITE_IOERR_SHMSIZE
        }
        _ => false,
    }
}

/// A file-system error in words a chair can act on, in Danish and English: "the disk is full"
/// for ENOSPC and a full quota, "open in another program" for a file Windows will not replace
/// ([`crate::files::FileHeldOpen`]), "no permission" for a read-only folder or disk, the
/// operating system's own text otherwise. For the errors of writing a file the user asked for
/// (minutes, sync files); the caller names the file.
pub fn describe_io_error(error: &std::io::Error) -> Bilingual {
    use std::io::ErrorKind;
    let held_open = error
        .get_ref()
        .is_some_and(|inner| inner.is::<crate::files::FileHeldOpen>());
    if held_open {
        crate::rules::Bilingual::message("coreError-theFileIsOpenIn", &[])
    } else if matches!(
        error.kind(),
        ErrorKind::StorageFull | ErrorKind::QuotaExceeded
    ) {
        crate::rules::Bilingual::message("coreError-theDiskIsFullSo", &[])
    } else if matches!(
        error.kind(),
        ErrorKind::PermissionDenied | ErrorKind::ReadOnlyFilesystem
    ) {
        crate::rules::Bilingual::message(
            "coreError-thereIsNoPermissionTo",
            &[("error", error.to_string().into())],
        )
    } else {
        Bilingual::untranslated(error.to_string())
    }
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
    /// The database is held by another running Gavel (its lock file, see `database_lock`); the
    /// desktop app shows a screen of its own for it.
    DatabaseInUse,
}

/// The kind of record a command names by id: what [`Error::NotFound`] did not find, and what a
/// command tried to create with an id already taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Record {
    Group,
    Organisation,
    /// An organisation that exists, if at all, in another group.
    OrganisationInGroup,
    Member,
    /// A member who is not in the group the meeting belongs to.
    MemberOfMeetingGroup,
    Meeting,
    AgendaItem,
    BacklogItem,
    Poll,
    /// A poll that exists, if at all, in another meeting.
    PollInMeeting,
    Decision,
    ActionItem,
}

impl Record {
    /// "agenda_item": the record's kind as the catalogue's messages choose their words by it.
    fn key(self) -> &'static str {
        match self {
            Record::Group => "group",
            Record::Organisation => "organisation",
            Record::OrganisationInGroup => "organisation_in_group",
            Record::Member => "member",
            Record::MemberOfMeetingGroup => "member_of_meeting_group",
            Record::Meeting => "meeting",
            Record::AgendaItem => "agenda_item",
            Record::BacklogItem => "backlog_item",
            Record::Poll => "poll",
            Record::PollInMeeting => "poll_in_meeting",
            Record::Decision => "decision",
            Record::ActionItem => "action_item",
        }
    }

    /// "agenda item" / "dagsordenspunkt": the record's name in `language`.
    pub fn name(self, language: Language) -> String {
        gavel_messages::message(
            language,
            "coreError-record",
            &[("record", self.key().into())],
        )
    }

    /// "agenda item": the English name, as in "agenda item … does not exist".
    pub fn en(self) -> String {
        self.name(Language::English)
    }

    /// "Der findes allerede et møde med id …" / "a meeting with id … already exists": a command
    /// that creates a record with an id another record of its kind has.
    pub(crate) fn already_exists(self, id: &str) -> Bilingual {
        Bilingual::message(
            "coreError-recordAlreadyExists",
            &[("id", id.into()), ("record", self.key().into())],
        )
    }
}

impl std::fmt::Display for Record {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en())
    }
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::NotADatabase { .. } => ErrorKind::NotADatabase,
            Error::DatabaseTooNew { .. } => ErrorKind::DatabaseTooNew,
            Error::CannotOpen { .. } | Error::DiskFull | Error::Database(_) => ErrorKind::Storage,
            Error::Rejected(_) => ErrorKind::Rejected,
            Error::NotFound { .. } => ErrorKind::NotFound,
            Error::BadInput { .. } => ErrorKind::BadInput,
        }
    }

    /// The message in `language`: the catalogue's words for this kind of error, with its facts.
    /// Details that come from outside Gavel (an operating-system or SQLite error text) stay as
    /// they were written.
    pub fn message(&self, language: Language) -> String {
        let danish = language == Language::Danish;
        match self {
            Error::NotADatabase { path, reason } => gavel_messages::message(
                language,
                "coreError-notAGavelDatabase",
                &[
                    ("path", path.display().to_string().into()),
                    ("reason", reason.pick(danish).into()),
                ],
            ),
            Error::DatabaseTooNew {
                path,
                found,
                supported,
            } => gavel_messages::message(
                language,
                "coreError-writtenByANewerGavel",
                &[
                    ("path", path.display().to_string().into()),
                    ("found", found.to_string().into()),
                    ("supported", supported.to_string().into()),
                ],
            ),
            Error::CannotOpen { path, reason } => gavel_messages::message(
                language,
                "coreError-cannotOpenTheDatabase",
                &[
                    ("path", path.display().to_string().into()),
                    ("reason", reason.pick(danish).into()),
                ],
            ),
            Error::Rejected(message) => message.pick(danish).to_owned(),
            Error::NotFound { what, id } => gavel_messages::message(
                language,
                "coreError-recordDoesNotExist",
                &[("id", id.into()), ("record", what.key().into())],
            ),
            Error::BadInput {
                file,
                line,
                field,
                message,
            } => input_error(
                language,
                file,
                *line,
                field.as_deref(),
                message.pick(danish),
            ),
            Error::DiskFull => gavel_messages::message(language, "coreError-theDiskIsFull", &[]),
            Error::Database(error) => gavel_messages::message(
                language,
                "coreError-databaseError",
                &[("error", error.to_string().into())],
            ),
        }
    }

    /// The message in Danish, as the desktop app shows it on a Danish system.
    pub fn danish(&self) -> String {
        self.message(Language::Danish)
    }

    /// The message in both languages; `en` is the `Display` text.
    pub fn text(&self) -> Bilingual {
        Bilingual {
            da: self.danish(),
            en: self.to_string(),
        }
    }
}

/// The English message.
impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Language::English))
    }
}

impl From<crate::rules::RuleViolation> for Error {
    fn from(violation: crate::rules::RuleViolation) -> Error {
        Error::Rejected(Bilingual {
            da: violation.message_da,
            en: violation.message,
        })
    }
}

/// "backlog.csv, linje 3, felt »title«: feltet må ikke være tomt." / "backlog.csv, line 3, field
/// "title": must not be empty": a problem in a file the user gave, at its place.
fn input_error(
    language: Language,
    file: &str,
    line: Option<u64>,
    field: Option<&str>,
    problem: &str,
) -> String {
    // The line is a place, not an amount: written as a number is written in a file, ungrouped.
    let line = line.map(|line| line.to_string());
    let (file, problem): (Argument<'_>, Argument<'_>) = (file.into(), problem.into());
    match (line, field) {
        (None, None) => gavel_messages::message(
            language,
            "coreError-inFile",
            &[("file", file), ("problem", problem)],
        ),
        (Some(line), None) => gavel_messages::message(
            language,
            "coreError-inFileOnLine",
            &[("file", file), ("line", line.into()), ("problem", problem)],
        ),
        (None, Some(field)) => gavel_messages::message(
            language,
            "coreError-inFileInField",
            &[
                ("field", field.into()),
                ("file", file),
                ("problem", problem),
            ],
        ),
        (Some(line), Some(field)) => gavel_messages::message(
            language,
            "coreError-inFileOnLineInField",
            &[
                ("field", field.into()),
                ("file", file),
                ("line", line.into()),
                ("problem", problem),
            ],
        ),
    }
}

#[cfg(test)]
mod tests;

/// Cuts a long value for a message, at a character boundary.
pub(crate) fn shorten(text: &str, max_chars: usize) -> String {
    let mut characters = text.chars();
    let shortened: String = characters.by_ref().take(max_chars).collect();
    if characters.next().is_some() {
        format!("{shortened}…")
    } else {
        shortened
    }
}
