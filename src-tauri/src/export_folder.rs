//! The folder the app saves the files a chair keeps or sends on (sync files, minutes PDFs). The
//! app has no save dialog: it may not choose paths in the user's files beyond this folder, and
//! the UI shows where each file went, which is what the chair needs to attach or open it.

use std::path::PathBuf;

use crate::error::IpcError;
use crate::state::Locale;

/// [`gavel_core::locations::export_folder`]: `GAVEL_EXPORT_DIR`, else "Gavel" in the user's
/// documents folder (also when Windows has it on OneDrive), or an error the UI shows.
pub fn export_folder(locale: Locale) -> Result<PathBuf, IpcError> {
    gavel_core::locations::export_folder().ok_or_else(|| {
        IpcError::storage(match locale {
            Locale::Da => "Der er ingen dokumentmappe at gemme filen i; sæt GAVEL_EXPORT_DIR.",
            Locale::En => {
                "cannot find a documents folder to save the file in; set GAVEL_EXPORT_DIR"
            }
        })
    })
}
