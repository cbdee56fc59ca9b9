//! "Udgiv gruppens hjemmeside": the group's public meetings as a static website (gavel-core's
//! `publish`, docs/publish.md), written to "Hjemmeside - <group>" in the export folder, where the
//! app also saves the signed minutes that the site publishes. Published again, the same folder
//! is replaced whole; a folder of that name that is not a Gavel site is refused and left alone.

use gavel_core::MinutesLanguage;
use gavel_core::publish::{PublishRequest, SiteFolder};
use serde::Serialize;
use tauri::State;
use uuid::Uuid;

use crate::error::IpcError;
use crate::export_folder::export_folder;
use crate::state::{AppState, Locale};

/// Where the site went and what it holds, for the UI to tell the chair.
#[derive(Debug, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct PublishedSite {
    /// The site's folder; its `index.html` is the register.
    pub path: String,
    /// How many public meetings it shows.
    pub meetings: u32,
}

#[tauri::command(async)]
pub fn publish_group_site(
    state: State<'_, AppState>,
    group_id: Uuid,
) -> Result<PublishedSite, IpcError> {
    let locale = state.locale();
    let folder = export_folder(locale)?;
    let group = group_id.to_string();
    let report = state.with_store(|store| {
        store.publish_site(&PublishRequest {
            group: &group,
            minutes_folder: &folder,
            out: SiteFolder::NamedIn(
                &folder,
                match locale {
                    Locale::Da => MinutesLanguage::Da,
                    Locale::En => MinutesLanguage::En,
                },
            ),
        })
    })?;
    Ok(PublishedSite {
        path: report.folder.display().to_string(),
        meetings: u32::try_from(report.meetings.len()).unwrap_or(u32::MAX),
    })
}
