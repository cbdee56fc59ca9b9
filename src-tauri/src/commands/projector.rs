//! The projector window: a second, read-only window showing the live meeting in large type for the
//! room. It loads the same UI with `#projector=<meeting id>` in the URL, which App.svelte turns into
//! the projector view; that view follows the chair's window through the data-changed event.
//!
//! The window may call only [`PROJECTOR_COMMANDS`] (checked before any command runs, in
//! `commands::handler`): it reads gavel-core's `ProjectorMeeting`, which has no place for who voted
//! how, and can neither read the rest of the record nor change anything.

use gavel_core::ErrorKind;
use gavel_core::projector::ProjectorMeeting;
use tauri::{AppHandle, Manager, State, WebviewUrl, WebviewWindowBuilder};
use uuid::Uuid;

use crate::error::IpcError;
use crate::state::AppState;

/// The projector window's label; the capability file lets it listen to the data-changed event.
pub const PROJECTOR_WINDOW: &str = "projector";

/// Every command the projector window may call: its view of the meeting, and the app's language.
pub const PROJECTOR_COMMANDS: &[&str] = &["projector_meeting", "app_info"];

/// Whether the window labelled `window` may call `command`. Every other window is the chair's.
pub fn may_call(window: &str, command: &str) -> bool {
    window != PROJECTOR_WINDOW || PROJECTOR_COMMANDS.contains(&command)
}

/// What the projector window is told when it calls anything else.
pub fn refusal(command: &str, locale: crate::state::Locale) -> IpcError {
    IpcError {
        kind: ErrorKind::Rejected,
        message: locale.message("shell-projectorMayNotCall", &[("command", command.into())]),
    }
}

/// The meeting as the projector shows it (`gavel_core::projector`).
#[tauri::command(async)]
pub fn projector_meeting(
    state: State<'_, AppState>,
    meeting_id: Uuid,
) -> Result<ProjectorMeeting, IpcError> {
    state.with_store(|store| store.projector_meeting(meeting_id))
}

/// Opens the projector window on `meeting_id`, or, if it is already open, shows that meeting in it
/// and brings it to the front. Async: creating a window from a synchronous command can deadlock.
#[tauri::command(async)]
pub fn open_projector(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: Uuid,
) -> Result<(), IpcError> {
    let failed = |error: tauri::Error| {
        IpcError::storage(state.locale().message(
            "shell-projectorNotOpened",
            &[("reason", error.to_string().into())],
        ))
    };
    if let Some(window) = app.get_webview_window(PROJECTOR_WINDOW) {
        // A Uuid is only hex digits and hyphens, so it is safe inside the script's string.
        window
            .eval(format!("window.location.hash = 'projector={meeting_id}';"))
            .map_err(failed)?;
        window.set_focus().map_err(failed)?;
        return Ok(());
    }
    let url = WebviewUrl::App(format!("index.html#projector={meeting_id}").into());
    WebviewWindowBuilder::new(&app, PROJECTOR_WINDOW, url)
        .title("Gavel – projektor")
        .inner_size(1024.0, 768.0)
        .build()
        .map_err(failed)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_projector_window_may_call_only_its_view_and_the_language() {
        for command in super::super::NAMES {
            let allowed = ["projector_meeting", "app_info"].contains(command);
            assert_eq!(
                may_call(PROJECTOR_WINDOW, command),
                allowed,
                "the projector window and {command}"
            );
            assert!(
                may_call("main", command),
                "the chair's window and {command}"
            );
        }
        for command in PROJECTOR_COMMANDS {
            assert!(
                super::super::NAMES.contains(command),
                "{command} is not a command"
            );
        }
    }
}
