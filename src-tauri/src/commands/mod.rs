//! The commands the UI invokes, one file per area. Each is a thin adapter: it takes the state and
//! its arguments, calls gavel-core, and converts the error. Commands that touch the disk run off the
//! main thread (`#[tauri::command(async)]`), so a slow disk never freezes the window. After every
//! write the UI is told, through [`DATA_CHANGED_EVENT`], to reload what it shows.

pub mod app;
pub mod backlog;
pub mod backup;
pub mod demo;
pub mod groups;
pub mod invitation;
pub mod meetings;
pub mod minutes;
pub mod projector;
pub mod settings;
pub mod sync;

use tauri::{AppHandle, Emitter};

/// Emitted to every window after a command changed the database. It carries no payload: the UI
/// reloads what it shows, so every window agrees with the database whatever the change was.
pub const DATA_CHANGED_EVENT: &str = "gavel://data-changed";

fn notify_data_changed(app: &AppHandle) {
    // The write is already durable; a window that misses the event is only stale until its
    // next reload, so this is reported, not returned as the command's error.
    if let Err(error) = app.emit(DATA_CHANGED_EVENT, ()) {
        eprintln!("gavel-desktop: cannot emit {DATA_CHANGED_EVENT}: {error}");
    }
}
