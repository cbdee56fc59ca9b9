//! Gavel's desktop shell: the only Tauri-aware code. It opens the store, answers the UI's commands
//! by calling gavel-core, and tells the UI when data changed. Everything the app *does* lives in
//! gavel-core; a command here only takes its arguments, calls the core, and converts the error.

mod commands;
mod error;
mod export_folder;
mod file_request;
#[cfg(test)]
mod generated_types;
mod settings;
mod single_instance;
mod state;

use tauri::Manager;

use state::{AppState, Environment};

/// Runs the desktop app until its window closes.
pub fn run() -> tauri::Result<()> {
    tauri::Builder::default()
        .setup(|app| {
            let state = AppState::open(app.handle(), Environment::from_process());
            if let Err(error) = state.store_status() {
                // The app still starts: every command answers with this error, and the UI shows it.
                eprintln!("gavel-desktop: {error}");
            }
            app.manage(state);
            Ok(())
        })
        .invoke_handler(commands::handler())
        .run(tauri::generate_context!())
}
