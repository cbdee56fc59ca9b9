//! The one error the UI receives from a command: `{ kind, message }`. `kind` is gavel-core's small
//! [`ErrorKind`], so the UI can switch on it; `message` is the text a chair can act on.

use gavel_core::ErrorKind;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IpcError {
    pub kind: ErrorKind,
    pub message: String,
}

impl IpcError {
    /// A failure of the shell's own storage set-up (finding or creating the data directory),
    /// before gavel-core is involved. The UI treats it like any other storage failure.
    pub fn storage(message: impl Into<String>) -> IpcError {
        IpcError {
            kind: ErrorKind::Storage,
            message: message.into(),
        }
    }
}

impl From<gavel_core::Error> for IpcError {
    fn from(error: gavel_core::Error) -> IpcError {
        IpcError {
            kind: error.kind(),
            message: error.to_string(),
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
