//! The one error type of gavel-core. Every message names what the user can act on: the file, the
//! line, the field, or the record, and says what was expected.
//!
//! Every message exists in Danish and English. `Display` is the English text (the CLI prints it,
//! and tests assert on it); [`Error::danish`] is the Danish one, and [`Error::text`] gives both,
//! for a caller that shows the message in the user's language (the desktop app).

use std::path::PathBuf;

use crate::rules::Bilingual;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: not a Gavel database: {}", path.display(), reason.en)]
    NotADatabase { path: PathBuf, reason: Bilingual },

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

    #[error("cannot open the database {}: {}", path.display(), reason.en)]
    CannotOpen { path: PathBuf, reason: Bilingual },

    /// A command that does not fit the current state, e.g. an agenda item for a meeting that does
    /// not exist. Nothing was written.
    #[error("{}", .0.en)]
    Rejected(Bilingual),

    #[error("{what} {id} does not exist")]
    NotFound { what: Record, id: String },

    /// Input from a file the user gave us, with the place of the problem.
    #[error("{}", format_input_error(file, *line, field.as_deref(), &message.en))]
    BadInput {
        file: String,
        line: Option<u64>,
        field: Option<String>,
        message: Bilingual,
    },

    /// The disk holding the database is full (SQLite's `SQLITE_FULL`, or a shared-memory file
    /// that cannot grow). The transaction was rolled back, so nothing of the change was saved.
    #[error(
        "the disk is full: the change was not saved; free some space on the disk and try again"
    )]
    DiskFull,

    #[error("database error: {0}")]
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
    /// "agenda item": the English name, as in "agenda item … does not exist".
    pub fn en(self) -> &'static str {
        match self {
            Record::Group => "group",
            Record::Organisation => "organisation",
            Record::OrganisationInGroup => "organisation in this group",
            Record::Member => "member",
            Record::MemberOfMeetingGroup => "member of this meeting's group",
            Record::Meeting => "meeting",
            Record::AgendaItem => "agenda item",
            Record::BacklogItem => "backlog item",
            Record::Poll => "poll",
            Record::PollInMeeting => "poll in this meeting",
            Record::Decision => "decision",
            Record::ActionItem => "action item",
        }
    }

    /// "Mødet … findes ikke.", with the noun's definite form and the qualifier in Danish word
    /// order.
    fn not_found_da(self, id: &str) -> String {
        match self {
            Record::Group => format!("Gruppen {id} findes ikke."),
            Record::Organisation => format!("Organisationen {id} findes ikke."),
            Record::OrganisationInGroup => {
                format!("Organisationen {id} findes ikke i denne gruppe.")
            }
            Record::Member => format!("Medlemmet {id} findes ikke."),
            Record::MemberOfMeetingGroup => format!("Medlemmet {id} er ikke med i mødets gruppe."),
            Record::Meeting => format!("Mødet {id} findes ikke."),
            Record::AgendaItem => format!("Dagsordenspunktet {id} findes ikke."),
            Record::BacklogItem => format!("Sagen {id} findes ikke i backloggen."),
            Record::Poll => format!("Afstemningen {id} findes ikke."),
            Record::PollInMeeting => format!("Afstemningen {id} findes ikke i dette møde."),
            Record::Decision => format!("Beslutningen {id} findes ikke."),
            Record::ActionItem => format!("Handlingspunktet {id} findes ikke."),
        }
    }

    /// "et møde": the noun with its indefinite article, for "Der findes allerede et møde med id …".
    pub(crate) fn with_article_da(self) -> &'static str {
        match self {
            Record::Group => "en gruppe",
            Record::Organisation | Record::OrganisationInGroup => "en organisation",
            Record::Member | Record::MemberOfMeetingGroup => "et medlem",
            Record::Meeting => "et møde",
            Record::AgendaItem => "et dagsordenspunkt",
            Record::BacklogItem => "en sag",
            Record::Poll | Record::PollInMeeting => "en afstemning",
            Record::Decision => "en beslutning",
            Record::ActionItem => "et handlingspunkt",
        }
    }
}

impl std::fmt::Display for Record {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.en())
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

    /// The message in Danish, as the desktop app shows it on a Danish system. Details that come
    /// from outside Gavel (an operating-system or SQLite error text) stay as they were written.
    pub fn danish(&self) -> String {
        match self {
            Error::NotADatabase { path, reason } => {
                format!(
                    "{} er ikke en Gavel-database: {}",
                    path.display(),
                    reason.da
                )
            }
            Error::DatabaseTooNew {
                path,
                found,
                supported,
            } => format!(
                "{} er skrevet af en nyere version af Gavel (databaseversion {found}; denne \
                 version af Gavel kan læse op til {supported}). Opdatér Gavel for at åbne den; \
                 filen er ikke ændret.",
                path.display()
            ),
            Error::CannotOpen { path, reason } => {
                format!("Databasen {} kan ikke åbnes: {}", path.display(), reason.da)
            }
            Error::Rejected(message) => message.da.clone(),
            Error::NotFound { what, id } => what.not_found_da(id),
            Error::BadInput {
                file,
                line,
                field,
                message,
            } => format_input_error_da(file, *line, field.as_deref(), &message.da),
            Error::DiskFull => {
                "Disken er fuld: ændringen blev ikke gemt; frigør plads på disken, og prøv igen"
                    .to_owned()
            }
            Error::Database(error) => format!("Fejl i databasen: {error}"),
        }
    }

    /// The message in both languages; `en` is the `Display` text.
    pub fn text(&self) -> Bilingual {
        Bilingual {
            da: self.danish(),
            en: self.to_string(),
        }
    }

    /// A refused command, worded in Danish and English.
    pub(crate) fn refused(da: impl Into<String>, en: impl Into<String>) -> Error {
        Error::Rejected(Bilingual::new(da, en))
    }
}

impl From<crate::rules::RuleViolation> for Error {
    fn from(violation: crate::rules::RuleViolation) -> Error {
        Error::refused(violation.message_da, violation.message)
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

/// "backlog.csv, linje 3, felt »title«: feltet må ikke være tomt."
fn format_input_error_da(
    file: &str,
    line: Option<u64>,
    field: Option<&str>,
    message: &str,
) -> String {
    let mut place = file.to_owned();
    if let Some(line) = line {
        place.push_str(&format!(", linje {line}"));
    }
    if let Some(field) = field {
        place.push_str(&format!(", felt »{field}«"));
    }
    format!("{place}: {message}")
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
