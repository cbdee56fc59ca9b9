//! Database paths Windows cannot keep a Gavel database at, refused before anything is opened or
//! written, with a reason a chair or an IT department can act on:
//! - a name Windows takes for a device (`CON`, `NUL`, `aux.sqlite3`): SQLite would open the
//!   console or nothing at all;
//! - a network share (`\\server\share\…`, or a drive letter mapped to one): SQLite's locking and
//!   write-ahead log do not work across the network, so a database there can be damaged; meetings
//!   travel between laptops by sync files instead;
//! - a path so long that the files Gavel keeps beside the database (the write-ahead log, the
//!   `backups/` folder) would pass Windows' 260-character limit, which SQLite cannot open past.
//!
//! The checks are plain functions of the path text, so they are tested on every platform;
//! [`crate::Store::open`] makes them on Windows only, where they matter ([`check_database_path`]).

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::files::is_windows_device_name;
use crate::rules::Bilingual;

/// The longest database path (in UTF-16 units, as Windows counts) Gavel accepts on Windows:
/// Windows' limit is 259 characters plus the end, and the longest file Gavel keeps beside the
/// database, a backup (`backups\gavel-2026-11-28T10-15-00Z-before-upgrade-v10 (20).sqlite3.partial`,
/// its stem as long as the database's), needs about 60 more.
pub const MAX_DATABASE_PATH_CHARS: usize = 190;

/// Refuses a database path Windows cannot keep a Gavel database at (see the module comment),
/// on Windows only; elsewhere every path passes. `path` may be relative: it is made absolute
/// against the current folder to count its length.
pub fn check_database_path(path: &Path) -> Result<()> {
    if !cfg!(windows) {
        return Ok(());
    }
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    match database_path_problem(
        &absolute.to_string_lossy(),
        mapped_to_a_network_share(&absolute),
    ) {
        None => Ok(()),
        Some(reason) => Err(Error::CannotOpen {
            path: path.to_owned(),
            reason,
        }),
    }
}

/// What is wrong with the absolute Windows path `path` for a database, if anything.
/// `on_a_mapped_network_drive`: its drive letter is a network share (asked of Windows).
pub fn database_path_problem(path: &str, on_a_mapped_network_drive: bool) -> Option<Bilingual> {
    let components: Vec<&str> = path
        .split(['\\', '/'])
        .filter(|component| !component.is_empty())
        .collect();
    if let Some(device) = components
        .iter()
        .skip(1)
        .find(|component| is_windows_device_name(component))
    {
        return Some(crate::rules::Bilingual::message(
            "coreWindowsPaths-isANameWindowsKeeps",
            &[("device", device.to_string().into())],
        ));
    }
    if is_a_network_path(path) || on_a_mapped_network_drive {
        return Some(crate::rules::Bilingual::message(
            "coreWindowsPaths-theDatabaseIsOnA",
            &[],
        ));
    }
    let length = path.encode_utf16().count();
    if length > MAX_DATABASE_PATH_CHARS {
        return Some(crate::rules::Bilingual::message(
            "coreWindowsPaths-thePathIsCharactersLong",
            &[
                ("limit", MAX_DATABASE_PATH_CHARS.to_string().into()),
                ("length", length.to_string().into()),
            ],
        ));
    }
    None
}

/// `\\server\share\…` and `\\?\UNC\server\share\…`; not the local `\\?\C:\…` or `\\.\…` forms.
fn is_a_network_path(path: &str) -> bool {
    let path = path.replace('/', "\\");
    if let Some(verbatim) = path.strip_prefix(r"\\?\") {
        return verbatim
            .get(..4)
            .is_some_and(|start| start.eq_ignore_ascii_case(r"UNC\"));
    }
    path.starts_with(r"\\") && !path.starts_with(r"\\.\")
}

/// Whether the drive `path` is on is a network share mapped to a letter (`H:` for a home folder
/// on the municipality's file server): Windows resolves such a drive to `\\?\UNC\…`. The nearest
/// folder of `path` that exists is asked; a path on no existing folder is not on a share.
fn mapped_to_a_network_share(path: &Path) -> bool {
    let existing: Option<PathBuf> = path
        .ancestors()
        .skip(1)
        .find(|folder| folder.is_dir())
        .and_then(|folder| std::fs::canonicalize(folder).ok());
    existing.is_some_and(|folder| is_a_network_path(&folder.to_string_lossy()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(path: &str, expected_start: Option<&str>) {
        let problem = database_path_problem(path, false);
        match (problem, expected_start) {
            (None, None) => {}
            (Some(problem), Some(start)) => {
                assert!(problem.en.starts_with(start), "{path}: {}", problem.en);
                assert!(!problem.da.is_empty());
            }
            (problem, _) => panic!("{path}: expected {expected_start:?}, got {problem:?}"),
        }
    }

    #[test]
    fn database_paths_windows_can_and_cannot_keep() {
        let device = Some("\"");
        let share = Some("the database is on a network share");
        let long = Some("the path is");
        check(
            r"C:\Users\mette\AppData\Roaming\dk.gavel.app\gavel.sqlite3",
            None,
        );
        check(r"C:\Users\Søren Ærø\Møder i Åbenrå\gavel.sqlite3", None);
        check(r"C:\data\CON", device);
        check(r"C:\data\nul", device);
        check(r"C:\data\aux.sqlite3", device);
        check(r"C:\COM1\gavel.sqlite3", device);
        check(r"C:\data\auxiliary.sqlite3", None);
        check(r"\\fileserver\styregrupper\gavel.sqlite3", share);
        check(r"//fileserver/styregrupper/gavel.sqlite3", share);
        check(r"\\?\UNC\fileserver\styregrupper\gavel.sqlite3", share);
        check(r"\\?\C:\data\gavel.sqlite3", None);
        let at_limit = format!(r"C:\{}.sqlite3", "a".repeat(MAX_DATABASE_PATH_CHARS - 11));
        assert_eq!(at_limit.encode_utf16().count(), MAX_DATABASE_PATH_CHARS);
        check(&at_limit, None);
        check(&format!(r"C:\{}\gavel.sqlite3", "mappe".repeat(60)), long);
        // Counted as Windows counts, in UTF-16 units: "ø" is one, though two bytes in UTF-8.
        check(
            &format!(r"C:\{}.sqlite3", "ø".repeat(MAX_DATABASE_PATH_CHARS - 11)),
            None,
        );
    }

    #[test]
    fn a_drive_mapped_to_a_share_is_refused_too() {
        let problem = database_path_problem(r"H:\gavel.sqlite3", true).expect("refused");
        assert!(problem.en.contains("network share"), "{}", problem.en);
    }

    #[test]
    fn the_check_refuses_on_windows_only() {
        let checked = check_database_path(Path::new("aux.sqlite3"));
        assert_eq!(checked.is_err(), cfg!(windows), "{checked:?}");
    }
}
