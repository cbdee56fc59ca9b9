//! Where Gavel keeps its files on this computer, the same for the desktop app and the `gavel`
//! command, so that both use one database and put exports in one place:
//! - the data folder: `%APPDATA%\dk.gavel.app` on Windows (the roaming profile, which follows the
//!   user between a municipality's computers), `~/.local/share/dk.gavel.app` on Linux,
//!   `~/Library/Application Support/dk.gavel.app` on macOS; Tauri's app data folder for the
//!   identifier in src-tauri/tauri.conf.json (`tests/it/release.rs` checks they agree);
//! - the export folder for minutes and sync files: "Gavel" in the user's Documents folder, as
//!   Windows reports it, so also when IT has moved Documents to OneDrive
//!   (`C:\Users\…\OneDrive - Aarhus Kommune\Dokumenter`); `GAVEL_EXPORT_DIR` overrides it.
//!
//! `gavel paths` prints them, for the chair and for IT.

use std::path::PathBuf;

/// The app's identifier: the name of its folders (and Tauri's `identifier`).
pub const APP_IDENTIFIER: &str = "dk.gavel.app";

/// The database's file name in the data folder.
pub const DATABASE_FILE_NAME: &str = "gavel.sqlite3";

/// The folder in the user's documents that exports go to.
pub const EXPORT_FOLDER_NAME: &str = "Gavel";

/// The app's data folder, `None` on a system without one (no home folder).
pub fn data_folder() -> Option<PathBuf> {
    dirs::data_dir().map(|folder| folder.join(APP_IDENTIFIER))
}

/// The database the desktop app and the CLI use unless told otherwise.
pub fn default_database() -> Option<PathBuf> {
    data_folder().map(|folder| folder.join(DATABASE_FILE_NAME))
}

/// Where minutes and sync files are saved: `GAVEL_EXPORT_DIR` when set (tests, or an organisation
/// that wants a shared folder), else "Gavel" in the documents folder (`~/Dokumenter/Gavel` on a
/// Danish Linux desktop). It may not exist yet; the writer creates it. Read when exporting rather
/// than at start, so that the folder can be created or moved meanwhile.
pub fn export_folder() -> Option<PathBuf> {
    if let Some(folder) = std::env::var_os("GAVEL_EXPORT_DIR").filter(|value| !value.is_empty()) {
        return Some(PathBuf::from(folder));
    }
    dirs::document_dir()
        .or_else(|| dirs::home_dir().map(|home| home.join("Documents")))
        .map(|documents| documents.join(EXPORT_FOLDER_NAME))
}
