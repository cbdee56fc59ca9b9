//! The one error the UI receives from a command: `{ kind, message }`. `kind` is gavel-core's small
//! [`ErrorKind`], so the UI can switch on it; `message` is the text a chair can act on, in the
//! app's language.
//!
//! gavel-core words every error in Danish and English; the shell picks one with the app's
//! [`Locale`] where a command converts the error: [`crate::state::AppState::with_store`] for
//! everything done with the store, [`crate::state::AppState::ipc_error`] for a call outside it.
//! There is deliberately no `From<gavel_core::Error>`, so that no error reaches the UI without a
//! language chosen.

use gavel_core::ErrorKind;
use serde::Serialize;

use crate::state::Locale;

/// In TypeScript it is `CommandError`: the UI's own `IpcError` (ui/src/lib/api.ts) is this or a
/// rejection that did not come from a command at all (a missing permission, no Tauri).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS), ts(rename = "CommandError"))]
pub struct IpcError {
    pub kind: ErrorKind,
    pub message: String,
}

impl IpcError {
    /// gavel-core's error, with its message in `locale`.
    pub fn from_core(error: &gavel_core::Error, locale: Locale) -> IpcError {
        IpcError {
            kind: error.kind(),
            message: match locale {
                Locale::Da => error.danish(),
                Locale::En => error.to_string(),
            },
        }
    }

    /// gavel-minutes' error (reading a `.p12`, laying out, signing, verifying), with its message
    /// in `locale`.
    pub fn from_minutes(error: &gavel_minutes::Error, locale: Locale) -> IpcError {
        IpcError {
            kind: error.kind(),
            message: match locale {
                Locale::Da => error.danish(),
                Locale::En => error.to_string(),
            },
        }
    }

    /// A failure of the shell's own storage set-up (finding or creating the data directory),
    /// before gavel-core is involved. The UI treats it like any other storage failure. Word
    /// `message` in the app's language, with [`Locale::message`].
    pub fn storage(message: impl Into<String>) -> IpcError {
        IpcError {
            kind: ErrorKind::Storage,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for IpcError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

#[cfg(test)]
mod tests;
