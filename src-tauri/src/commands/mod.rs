//! The commands the UI invokes, one file per area. Each is a thin adapter: it takes the state and
//! its arguments, calls gavel-core, and converts the error. Commands that touch the disk run off the
//! main thread (`#[tauri::command(async)]`), so a slow disk never freezes the window. After every
//! write the UI is told, through [`DATA_CHANGED_EVENT`], to reload what it shows.
//!
//! [`commands!`] below is the one list of them: it makes both the handler Tauri dispatches with and
//! [`NAMES`], from which the UI's table of command names is generated (`ui/src/lib/generated/ipc.ts`),
//! so that a command cannot be registered under one name and called under another.

pub mod agenda;
pub mod app;
pub mod backlog;
pub mod backup;
pub mod certificate_unlock;
pub mod demo;
pub mod groups;
pub mod invitation;
pub mod meetings;
pub mod minutes;
pub mod projector;
pub mod publish;
pub mod register;
pub mod settings;
pub mod sync;

use std::sync::atomic::{AtomicU32, Ordering};

use serde::Serialize;
use tauri::{AppHandle, Emitter};
use uuid::Uuid;

/// Emitted to every window after a command changed the database, with what changed
/// ([`DataChange`]), so that each window reloads only what it shows of it, once.
pub const DATA_CHANGED_EVENT: &str = "gavel://data-changed";

/// What a write changed, as the data-changed event tells every window.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct DataChange {
    /// Counts the writes of this run of the app: a window that was handed the state after a
    /// change (the meeting `apply_commands` returns) knows the event of that change by it.
    pub revision: u32,
    /// The window whose command made the change, when one did.
    pub origin: Option<String>,
    /// The meetings changed. Only read when `lists` is false.
    #[cfg_attr(test, ts(type = "string[]"))]
    pub meetings: Vec<Uuid>,
    /// Whether anything else may have changed — the lists of meetings, groups and the backlog,
    /// the register, the settings: then a window reloads everything it shows.
    pub lists: bool,
}

/// The revision of the latest write; see [`DataChange::revision`].
static REVISION: AtomicU32 = AtomicU32::new(0);

/// Counts a write and returns its revision.
pub fn next_revision() -> u32 {
    REVISION.fetch_add(1, Ordering::SeqCst) + 1
}

/// Every event the app emits to the UI, by the name the UI's generated table gives it. Only the
/// generator of that table reads it.
#[cfg(test)]
pub const EVENTS: &[(&str, &str)] = &[
    ("data_changed", DATA_CHANGED_EVENT),
    ("backup_failed", backup::BACKUP_FAILED_EVENT),
];

/// Declares the commands once: `NAMES` (a command's name is its function's name, as
/// `#[tauri::command]` registers it) and `handler`, Tauri's `generate_handler!` over the same list.
macro_rules! commands {
    ($($module:ident :: $command:ident),* $(,)?) => {
        /// The name of every command the UI may invoke. Only the generator of the UI's table of
        /// command names reads it.
        #[cfg(test)]
        pub const NAMES: &[&str] = &[$(stringify!($command)),*];

        /// Dispatches an invoke from the UI to its command, after refusing the projector window
        /// any command but its own ([`projector::may_call`]).
        pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
            let dispatch: Box<dyn Fn(tauri::ipc::Invoke) -> bool + Send + Sync> =
                Box::new(tauri::generate_handler![$($module::$command),*]);
            move |invoke: tauri::ipc::Invoke| {
                let window = invoke.message.webview_ref().label().to_owned();
                let command = invoke.message.command().to_owned();
                if !projector::may_call(&window, &command) {
                    use tauri::Manager;
                    let locale = invoke
                        .message
                        .webview_ref()
                        .state::<crate::state::AppState>()
                        .locale();
                    invoke.resolver.reject(projector::refusal(&command, locale));
                    return true;
                }
                dispatch(invoke)
            }
        }
    };
}

commands![
    app::app_info,
    app::apply_commands,
    backlog::list_backlog,
    backlog::backlog_description,
    backlog::import_backlog_file,
    meetings::list_groups,
    groups::import_member_list,
    groups::rules_presets,
    groups::describe_rules,
    meetings::list_meetings,
    meetings::show_meeting,
    register::decision_register,
    register::save_register_spreadsheet,
    publish::publish_group_site,
    invitation::export_invitation,
    agenda::export_agenda,
    demo::start_practice,
    demo::stop_practice,
    sync::export_sync,
    sync::import_sync_file,
    sync::this_device,
    minutes::minutes_preview,
    minutes::export_minutes,
    minutes::sign_minutes,
    minutes::sign_minutes_with_settings_certificate,
    certificate_unlock::unlock_certificate,
    certificate_unlock::lock_certificate,
    certificate_unlock::unlocked_certificate,
    minutes::verify_minutes,
    projector::open_projector,
    projector::projector_meeting,
    backup::list_backups,
    backup::restore_backup,
    settings::settings,
    settings::save_settings,
    settings::create_certificate,
    settings::choose_certificate,
];

/// Tells every window that anything may have changed: each reloads everything it shows.
fn notify_data_changed(app: &AppHandle) {
    notify(
        app,
        &DataChange {
            revision: next_revision(),
            origin: None,
            meetings: Vec::new(),
            lists: true,
        },
    );
}

fn notify(app: &AppHandle, change: &DataChange) {
    // The write is already durable; a window that misses the event is only stale until its
    // next reload, so this is reported, not returned as the command's error.
    if let Err(error) = app.emit(DATA_CHANGED_EVENT, change) {
        eprintln!("gavel-desktop: cannot emit {DATA_CHANGED_EVENT}: {error}");
    }
}
