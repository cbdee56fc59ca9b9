//! One Gavel window per database. A second app started on the same database (a double click on
//! the icon while Gavel is already open, hidden behind another window) would keep its own view of
//! the hash chains and the clock while the first one writes; so the first app holds an operating-
//! system lock on `gavel.sqlite3.lock` beside the database for as long as it runs, and a second
//! one refuses to open the database at all. It starts anyway and shows a screen saying that the
//! database is open in another Gavel window (the UI's `database_in_use` error), and it writes
//! nothing: not the database, not a backup.
//!
//! Refusing rather than opening read-only: a chair who sees the meeting in two windows would try to
//! record in the one that cannot, in the middle of a meeting. One clear "use the other window" is
//! calmer. The lock goes when the process ends, even after a crash, so it never has to be removed
//! by hand.

use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use gavel_core::ErrorKind;
use gavel_core::database_lock::DatabaseLock;

use crate::error::IpcError;
use crate::state::Locale;

/// How long a second Gavel waits for the lock before it says that Gavel is already open.
const WAIT_FOR_A_CLOSING_GAVEL: Duration = Duration::from_secs(3);

/// Held for the app's lifetime: a static is dropped only when the process exits.
static DATABASE_LOCK: OnceLock<DatabaseLock> = OnceLock::new();

/// Takes the lock of the database at `database` for the rest of this process's life, or answers
/// with the error the UI shows when another Gavel holds it.
pub fn hold_database_lock(database: &Path, locale: Locale) -> Result<(), IpcError> {
    if DATABASE_LOCK.get().is_some() {
        return Ok(());
    }
    // A Gavel that was just closed can take a few seconds to end and let go of the lock; a chair
    // who closes and reopens at once should not be told that Gavel is already open.
    let deadline = Instant::now() + WAIT_FOR_A_CLOSING_GAVEL;
    let attempt = loop {
        match DatabaseLock::try_acquire(database) {
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(100)),
            attempt => break attempt,
        }
    };
    match attempt {
        Ok(Some(lock)) => {
            let _ = DATABASE_LOCK.set(lock);
            Ok(())
        }
        Ok(None) => Err(database_in_use(database, locale)),
        Err(error) => Err(IpcError::storage(locale.message(
            "shell-lockFileNotOpened",
            &[
                ("database", database.display().to_string().into()),
                ("reason", error.to_string().into()),
            ],
        ))),
    }
}

fn database_in_use(database: &Path, locale: Locale) -> IpcError {
    IpcError {
        kind: ErrorKind::DatabaseInUse,
        message: locale.message(
            "shell-databaseInUse",
            &[("database", database.display().to_string().into())],
        ),
    }
}
