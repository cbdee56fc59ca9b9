//! The projector window: a second, read-only window showing the live meeting in large type for the
//! room. It loads the same UI with `#projector=<meeting id>` in the URL, which App.svelte turns into
//! the projector view; that view follows the chair's window through the data-changed event.

use tauri::{AppHandle, Manager, State, WebviewUrl, WebviewWindowBuilder};
use uuid::Uuid;

use crate::error::IpcError;
use crate::state::AppState;

/// The projector window's label; the capability file lets it listen to the data-changed event.
pub const PROJECTOR_WINDOW: &str = "projector";

/// Opens the projector window on `meeting_id`, or, if it is already open, shows that meeting in it
/// and brings it to the front. Async: creating a window from a synchronous command can deadlock.
#[tauri::command(async)]
pub fn open_projector(
    app: AppHandle,
    state: State<'_, AppState>,
    meeting_id: Uuid,
) -> Result<(), IpcError> {
    let failed = |error: tauri::Error| {
        IpcError::storage(format!(
            "{}: {error}",
            state.locale().choose(
                "Projektorvinduet kan ikke åbnes",
                "Cannot open the projector window"
            )
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
