//! The folder the app saves the files a chair keeps or sends on (sync files, minutes PDFs). The
//! app has no save dialog: it may not choose paths in the user's files beyond this folder, and
//! the UI shows where each file went, which is what the chair needs to attach or open it.

use std::path::PathBuf;

use crate::error::IpcError;
use crate::state::Locale;

/// `GAVEL_EXPORT_DIR` when set (tests, or an organisation that wants a shared folder), else
/// "Gavel" in the user's documents folder (`~/Dokumenter/Gavel` on a Danish Linux desktop). Read
/// when exporting rather than at start, so that the folder can be created or moved meanwhile.
/// The folder may not exist yet; the writer creates it.
pub fn export_folder(locale: Locale) -> Result<PathBuf, IpcError> {
    if let Some(folder) = std::env::var_os("GAVEL_EXPORT_DIR").filter(|value| !value.is_empty()) {
        return Ok(PathBuf::from(folder));
    }
    dirs::document_dir()
        .or_else(|| dirs::home_dir().map(|home| home.join("Documents")))
        .map(|documents| documents.join("Gavel"))
        .ok_or_else(|| {
            IpcError::storage(match locale {
                Locale::Da => "Der er ingen dokumentmappe at gemme filen i; sæt GAVEL_EXPORT_DIR.",
                Locale::En => {
                    "cannot find a documents folder to save the file in; set GAVEL_EXPORT_DIR"
                }
            })
        })
}
