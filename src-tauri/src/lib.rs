//! Gavel's desktop shell: the only Tauri-aware code. It opens the store, answers the UI's commands
//! by calling gavel-core, and tells the UI when data changed. Everything the app *does* lives in
//! gavel-core; a command here only takes its arguments, calls the core, and converts the error.

mod commands;
mod error;
mod export_folder;
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
        .invoke_handler(tauri::generate_handler![
            commands::app::app_info,
            commands::app::apply_commands,
            commands::backlog::list_backlog,
            commands::backlog::import_backlog_file,
            commands::meetings::list_groups,
            commands::groups::import_member_list,
            commands::groups::rules_presets,
            commands::groups::describe_rules,
            commands::meetings::list_meetings,
            commands::meetings::show_meeting,
            commands::invitation::export_invitation,
            commands::demo::start_practice,
            commands::demo::stop_practice,
            commands::sync::export_sync,
            commands::sync::import_sync_file,
            commands::minutes::minutes_preview,
            commands::minutes::export_minutes,
            commands::minutes::sign_minutes,
            commands::minutes::sign_minutes_with_settings_certificate,
            commands::minutes::verify_minutes,
            commands::projector::open_projector,
            commands::backup::list_backups,
            commands::backup::restore_backup,
            commands::settings::settings,
            commands::settings::save_settings,
            commands::settings::create_certificate,
            commands::settings::choose_certificate,
        ])
        .run(tauri::generate_context!())
}
