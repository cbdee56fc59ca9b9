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
mod unlocked_certificate;

use tauri::{Manager, RunEvent, WindowEvent};

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
        .on_window_event(|window, event| {
            // The chair's window is going: forget an unlocked key now rather than when the
            // process ends (the projector window, if open, signs nothing).
            if window.label() == "main" && matches!(event, WindowEvent::Destroyed) {
                forget_unlocked_certificate(window.app_handle());
            }
        })
        .build(tauri::generate_context!())?
        .run(|app, event| {
            // Managed state is not reliably dropped when the process exits, so the key is
            // dropped (and wiped) here, whichever way the app is closed.
            if matches!(event, RunEvent::Exit) {
                forget_unlocked_certificate(app);
            }
        });
    Ok(())
}

fn forget_unlocked_certificate(app: &tauri::AppHandle) {
    if let Some(state) = app.try_state::<AppState>() {
        state.unlocked_certificate.lock();
    }
}
