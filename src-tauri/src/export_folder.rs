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

/// Saves `bytes` in the export folder as `<stem>.<extension>`, never over an existing file
/// (" (2)", " (3)" …), whole or not at all. A read-only or full Documents folder is said in the
/// chair's language, naming the file and the folder, and nothing is written.
pub fn save_in_export_folder(
    locale: Locale,
    stem: &str,
    extension: &str,
    bytes: &[u8],
) -> Result<PathBuf, IpcError> {
    let folder = export_folder(locale)?;
    let cannot_write = |error: std::io::Error| {
        let reason = gavel_core::describe_io_error(&error);
        IpcError::storage(locale.message(
            "shell-fileNotWritten",
            &[
                ("file", format!("{stem}.{extension}").into()),
                ("folder", folder.display().to_string().into()),
                ("reason", reason.pick(locale == Locale::Da).into()),
            ],
        ))
    };
    std::fs::create_dir_all(&folder).map_err(cannot_write)?;
    gavel_core::files::write_new_file_atomically(&folder, stem, extension, bytes)
        .map_err(cannot_write)
}
