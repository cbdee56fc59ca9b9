//! One program at a time may hold a database for writing: the desktop app for its whole life, the
//! CLI while it restores a backup. SQLite itself would let two programs write in turn, but each
//! keeps its own view of the hash chains and the clock, and a restore replaces the file under the
//! other's feet; so they take an operating-system lock on a file beside the database first.
//!
//! The lock is advisory and released by the operating system when the holder exits, however it
//! exits (a crash or a kill leaves no stale lock).

use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

/// Held while it lives; dropping it releases the lock.
#[derive(Debug)]
pub struct DatabaseLock {
    _file: File,
    path: PathBuf,
}

impl DatabaseLock {
    /// Takes the lock of the database at `database` (`gavel.sqlite3.lock` beside it). `Ok(None)`
    /// when another program holds it.
    pub fn try_acquire(database: &Path) -> std::io::Result<Option<DatabaseLock>> {
        let path = lock_file_path(database);
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)?;
        match file.try_lock() {
            Ok(()) => Ok(Some(DatabaseLock { _file: file, path })),
            Err(TryLockError::WouldBlock) => Ok(None),
            Err(TryLockError::Error(error)) => Err(error),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

/// `…/gavel.sqlite3.lock` for `…/gavel.sqlite3`.
pub fn lock_file_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_database_is_refused_until_the_first_is_dropped() {
        let folder = tempfile::tempdir().expect("temp dir");
        let database = folder.path().join("gavel.sqlite3");
        let first = DatabaseLock::try_acquire(&database)
            .expect("lock file")
            .expect("free");
        assert_eq!(first.path(), folder.path().join("gavel.sqlite3.lock"));
        assert!(
            DatabaseLock::try_acquire(&database)
                .expect("lock file")
                .is_none()
        );
        let other = folder.path().join("other.sqlite3");
        assert!(
            DatabaseLock::try_acquire(&other)
                .expect("lock file")
                .is_some()
        );
        drop(first);
        assert!(
            DatabaseLock::try_acquire(&database)
                .expect("lock file")
                .is_some()
        );
    }
}
