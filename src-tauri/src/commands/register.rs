//! The decision register: every decision and action item across meetings and groups, filtered and
//! searched as the chair types (gavel-core's `register`, docs/search.md).

use chrono::NaiveDate;
use gavel_core::DecisionOutcome;
use gavel_core::register::{self, FollowUp, RegisterEntry, RegisterFilter, RegisterKind};
use serde::Deserialize;
use tauri::State;
use uuid::Uuid;

use crate::error::IpcError;
use crate::state::AppState;

/// What the register screen asks for; every field left out lets everything through.
#[derive(Debug, Default, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct RegisterQuery {
    pub group_id: Option<Uuid>,
    pub kind: Option<RegisterKind>,
    /// An epic's issue key: entries about it or an issue under it.
    pub epic: Option<String>,
    /// Action items still open, or done (and so no decisions or polls).
    pub follow_up: Option<FollowUp>,
    /// Decisions with this outcome (and so no action items).
    pub outcome: Option<DecisionOutcome>,
    /// Meetings on or after this day (`2027-01-31`).
    #[cfg_attr(test, ts(type = "string | null"))]
    pub from: Option<NaiveDate>,
    /// Meetings on or before this day.
    #[cfg_attr(test, ts(type = "string | null"))]
    pub to: Option<NaiveDate>,
    /// Words to search for, best match first; blank is no search.
    pub search: Option<String>,
    /// At most this many entries: the screen's first pages (a secretariat's register holds
    /// tens of thousands).
    #[serde(default)]
    pub limit: Option<u32>,
}

/// The register's entries, newest meeting first, or best match first when searching. A search
/// gavel-core refuses (too long, no words) is the command's error.
#[tauri::command(async)]
pub fn decision_register(
    state: State<'_, AppState>,
    query: RegisterQuery,
) -> Result<Vec<RegisterEntry>, IpcError> {
    let filter = filter_of(query);
    state.with_store(|store| store.decision_register(&filter))
}

/// Where the register's spreadsheet was saved, and how many entries it holds.
#[derive(Debug, serde::Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct SavedSpreadsheet {
    pub path: String,
    pub entries: u32,
}

/// Saves the register as the screen filters it (every entry, not only the pages shown) as a
/// spreadsheet for Excel (gavel-core's `register_spreadsheet`, in the app's language) in the
/// export folder, named "Beslutningsregister 2026-12-07.csv", never over an existing file.
#[tauri::command(async)]
pub fn save_register_spreadsheet(
    state: State<'_, AppState>,
    query: RegisterQuery,
) -> Result<SavedSpreadsheet, IpcError> {
    let locale = state.locale();
    let filter = RegisterFilter {
        limit: None,
        ..filter_of(query)
    };
    let (spreadsheet, entries, stem) = state.with_store(|store| {
        let entries = store.decision_register(&filter)?;
        let spreadsheet = register::register_spreadsheet(&entries, locale.language())?;
        let stem = register::register_spreadsheet_stem(locale.language(), store.now_local().date());
        Ok((spreadsheet, entries.len(), stem))
    })?;
    let path = crate::export_folder::save_in_export_folder(locale, &stem, "csv", &spreadsheet)?;
    Ok(SavedSpreadsheet {
        path: path.display().to_string(),
        entries: u32::try_from(entries).unwrap_or(u32::MAX),
    })
}

/// gavel-core's filter: a group by its id, and a blank search field as no search (a chair who
/// clears the field, or has typed only a space so far, sees the whole register, not an error).
fn filter_of(query: RegisterQuery) -> RegisterFilter {
    RegisterFilter {
        group: query.group_id.map(|id| id.to_string()),
        backlog_key: None,
        epic: query.epic.filter(|key| !key.trim().is_empty()),
        follow_up: query.follow_up,
        kind: query.kind,
        outcome: query.outcome,
        from: query.from,
        to: query.to,
        search: query.search.filter(|words| !words.trim().is_empty()),
        limit: query.limit.map(|limit| limit as usize),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_search_field_is_no_search_and_a_group_is_named_by_its_id() {
        let group = Uuid::from_u128(7);
        let filter = filter_of(RegisterQuery {
            group_id: Some(group),
            search: Some("  ".to_owned()),
            ..RegisterQuery::default()
        });
        assert_eq!(filter.search, None);
        assert_eq!(filter.group, Some(group.to_string()));
        let filter = filter_of(RegisterQuery {
            search: Some("beslutning".to_owned()),
            ..RegisterQuery::default()
        });
        assert_eq!(filter.search.as_deref(), Some("beslutning"));
        assert_eq!(filter.limit, None);
        let filter = filter_of(RegisterQuery {
            limit: Some(101),
            ..RegisterQuery::default()
        });
        assert_eq!(
            filter.limit,
            Some(101),
            "the screen's page reaches gavel-core"
        );
    }
}
