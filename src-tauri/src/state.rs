//! The app's state: the open store behind a mutex, the chair's settings (see [`crate::settings`]),
//! and what the shell read from the process environment at start (database location, language
//! and author overrides).

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use gavel_core::{Store, StoreOptions};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager};

use crate::error::IpcError;
use crate::settings::{Settings, SettingsError, SettingsFile};
use crate::unlocked_certificate::UnlockedCertificateSlot;

/// Managed by Tauri; commands reach the store through [`AppState::with_store`].
pub struct AppState {
    /// The error when the database could not be opened. The app starts anyway, so that the UI can
    /// show the error; every command that needs the store then answers with it.
    store: Result<Mutex<Databases>, IpcError>,
    /// The UI's language now: chosen at start, changed when the chair picks another one.
    locale: Mutex<Locale>,
    pub environment: Environment,
    settings: Mutex<SettingsState>,
    /// Where new certificates are saved: `certificates/` in the app's data directory.
    pub certificates_folder: Option<PathBuf>,
    /// The settings' certificate, when the chair unlocked it for a meeting.
    pub unlocked_certificate: UnlockedCertificateSlot,
}

/// The chair's own database and, once she has asked to practise, the practice database beside it
/// (`gavel_core::practice_database_path`), which holds the demo. Commands work on whichever is
/// active. Gavel always starts on the chair's own data: a chair who opens Gavel for a real meeting
/// never finds herself in the practice database; the banner on every screen says when she is.
pub struct Databases {
    own: Store,
    practice: Option<Store>,
    practising: bool,
}

impl Databases {
    fn active(&mut self) -> &mut Store {
        match (self.practising, self.practice.as_mut()) {
            (true, Some(practice)) => practice,
            _ => &mut self.own,
        }
    }
}

/// The settings in force, the file they came from, and why that file could not be read.
pub struct SettingsState {
    pub settings: Settings,
    /// `None` when the app's config directory cannot be found; the settings then last until the
    /// app closes.
    pub file: Option<SettingsFile>,
    /// The file could not be read at start: the app runs on defaults, and the settings screen says
    /// so until new settings are saved.
    pub load_error: Option<SettingsError>,
}

/// The language of the UI. The shell decides it (see [`Settings::locale`]); the UI only follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    Da,
    En,
}

/// What the shell takes from the process environment, read once at start. Tests and
/// demonstrations steer the app through these variables; a chair sets none of them. Where a
/// variable and the settings file disagree, the variable wins at start.
#[derive(Debug, Clone, PartialEq)]
pub struct Environment {
    /// `GAVEL_DB`: the database file to use instead of the one in the app's data directory.
    pub database_path: Option<PathBuf>,
    /// `GAVEL_LANG`.
    pub language: Option<Locale>,
    /// The operating system's language (English when it cannot be told).
    pub system_locale: Locale,
    /// `GAVEL_AUTHOR`.
    pub author: Option<String>,
    /// `USER` (or `USERNAME` on Windows): the author when no one gave a name.
    pub login_name: Option<String>,
}

impl AppState {
    pub fn open(app: &AppHandle, environment: Environment) -> AppState {
        let file = app
            .path()
            .app_config_dir()
            .ok()
            .map(|folder| SettingsFile::in_folder(&folder));
        let (settings, load_error) = match file.as_ref().map(SettingsFile::load) {
            Some(Ok(settings)) => (settings, None),
            Some(Err(error)) => (Settings::default(), Some(error)),
            None => (Settings::default(), None),
        };
        let locale = settings.locale(&environment);
        if let Some(error) = &load_error {
            eprintln!("gavel-desktop: {error}");
        }
        let store = match &environment.database_path {
            Some(path) => Ok(path.clone()),
            None => default_database_path(app, locale),
        }
        .and_then(|path| open_store(&path, settings.author(&environment), locale));
        AppState {
            store,
            locale: Mutex::new(locale),
            environment,
            settings: Mutex::new(SettingsState {
                settings,
                file,
                load_error,
            }),
            certificates_folder: app
                .path()
                .app_data_dir()
                .ok()
                .map(|folder| folder.join("certificates")),
            unlocked_certificate: UnlockedCertificateSlot::default(),
        }
    }

    /// The state around `store` and `settings`, with no files of its own: for the commands' tests.
    #[cfg(test)]
    pub fn for_tests(store: Store, settings: Settings) -> AppState {
        AppState {
            store: Ok(Mutex::new(Databases {
                own: store,
                practice: None,
                practising: false,
            })),
            locale: Mutex::new(Locale::Da),
            environment: Environment::from_variables(|_| None, || None),
            settings: Mutex::new(SettingsState {
                settings,
                file: None,
                load_error: None,
            }),
            certificates_folder: None,
            unlocked_certificate: UnlockedCertificateSlot::default(),
        }
    }

    /// `Err` with the reason when the database could not be opened.
    pub fn store_status(&self) -> Result<(), &IpcError> {
        self.store.as_ref().map(|_| ())
    }

    pub fn locale(&self) -> Locale {
        *self.locale.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Switches the UI's language at once (the chair chose it; `GAVEL_LANG` only decides at start).
    pub fn set_locale(&self, locale: Locale) {
        *self.locale.lock().unwrap_or_else(PoisonError::into_inner) = locale;
    }

    /// The settings, locked: a settings command reads, saves and updates them under this lock.
    pub fn settings(&self) -> MutexGuard<'_, SettingsState> {
        // Settings are replaced whole after a successful save, so a panic cannot leave them torn.
        self.settings.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `operation` with the store locked, and converts its error for the UI, with the
    /// message in the app's language.
    pub fn with_store<T>(
        &self,
        operation: impl FnOnce(&mut Store) -> gavel_core::Result<T>,
    ) -> Result<T, IpcError> {
        let mut databases = self.databases()?;
        operation(databases.active()).map_err(|error| self.ipc_error(&error))
    }

    /// Whether the app shows the practice database now.
    pub fn practising(&self) -> Result<bool, IpcError> {
        Ok(self.databases()?.practising)
    }

    /// Switches to the practice database, opening (and creating, with the demo in it) it the
    /// first time; what was practised before is still there.
    pub fn start_practice(&self) -> Result<(), IpcError> {
        let mut databases = self.databases()?;
        if databases.practice.is_none() {
            let path = gavel_core::practice_database_path(databases.own.path());
            let author = databases.own.author().to_owned();
            let mut practice = Store::open(&path, StoreOptions::new(author))
                .map_err(|error| self.ipc_error(&error))?;
            let set_up = |store: &mut Store| -> gavel_core::Result<()> {
                store.mark_as_practice()?;
                if store.is_empty()? {
                    gavel_core::demo::load(store)?;
                }
                Ok(())
            };
            set_up(&mut practice).map_err(|error| self.ipc_error(&error))?;
            databases.practice = Some(practice);
        }
        databases.practising = true;
        Ok(())
    }

    /// Back to the chair's own database.
    pub fn stop_practice(&self) -> Result<(), IpcError> {
        self.databases()?.practising = false;
        Ok(())
    }

    /// Names who records from now on, in both databases.
    pub fn set_author(&self, author: &str) -> Result<(), IpcError> {
        let mut databases = self.databases()?;
        databases.own.set_author(author);
        if let Some(practice) = databases.practice.as_mut() {
            practice.set_author(author);
        }
        Ok(())
    }

    fn databases(&self) -> Result<MutexGuard<'_, Databases>, IpcError> {
        let databases = self.store.as_ref().map_err(Clone::clone)?;
        // A panic while the lock was held cannot have left a database half-written: every write
        // is one SQLite transaction, rolled back when dropped. So a poisoned lock is still good.
        Ok(databases.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// gavel-core's error for the UI, with the message in the app's language: for calls to
    /// gavel-core that do not need the store (reading a file the user picked).
    pub fn ipc_error(&self, error: &gavel_core::Error) -> IpcError {
        IpcError::from_core(error, self.locale())
    }
}

impl Locale {
    /// Danish for any Danish language tag ("da", "da-DK", "da_DK.UTF-8"), English otherwise: the
    /// two languages the UI's message catalogue has.
    pub fn from_language_tag(tag: &str) -> Locale {
        if gavel_core::rules::is_danish_language_tag(tag) {
            Locale::Da
        } else {
            Locale::En
        }
    }

    /// The catalogue's language of this locale.
    pub fn language(self) -> gavel_messages::Language {
        match self {
            Locale::Da => gavel_messages::Language::Danish,
            Locale::En => gavel_messages::Language::English,
        }
    }

    /// The catalogue's message `id` in this locale (`gavel_messages::message`).
    pub fn message(self, id: &str, arguments: &[(&str, gavel_messages::Argument<'_>)]) -> String {
        gavel_messages::message(self.language(), id, arguments)
    }

    /// The minutes' language of this locale, for a document made in the app's language.
    pub fn minutes_language(self) -> gavel_minutes::Language {
        match self {
            Locale::Da => gavel_minutes::Language::Danish,
            Locale::En => gavel_minutes::Language::English,
        }
    }
}

impl Environment {
    pub fn from_process() -> Environment {
        Environment::from_variables(|name| std::env::var_os(name), sys_locale::get_locale)
    }

    /// `variable` looks up an environment variable; `system_locale` asks the operating system.
    /// Empty variables count as unset.
    pub fn from_variables(
        variable: impl Fn(&str) -> Option<OsString>,
        system_locale: impl FnOnce() -> Option<String>,
    ) -> Environment {
        let variable = |name: &str| variable(name).filter(|value| !value.is_empty());
        let text = |name: &str| {
            variable(name)
                .map(|value| value.to_string_lossy().trim().to_owned())
                .filter(|value| !value.is_empty())
        };
        Environment {
            database_path: variable("GAVEL_DB").map(PathBuf::from),
            language: text("GAVEL_LANG").map(|tag| Locale::from_language_tag(&tag)),
            system_locale: system_locale()
                .map_or(Locale::En, |tag| Locale::from_language_tag(&tag)),
            author: text("GAVEL_AUTHOR"),
            login_name: text("USER").or_else(|| text("USERNAME")),
        }
    }

    /// The variables that overrode the settings file at start, for the settings screen to say.
    pub fn overriding_variables(&self) -> Vec<String> {
        [
            ("GAVEL_LANG", self.language.is_some()),
            ("GAVEL_AUTHOR", self.author.is_some()),
            ("GAVEL_DB", self.database_path.is_some()),
        ]
        .into_iter()
        .filter(|(_, set)| *set)
        .map(|(name, _)| name.to_owned())
        .collect()
    }
}

/// The database in the app's data directory (on Linux `~/.local/share/dk.gavel.app/`). Debug
/// builds use a file of their own, so that developing Gavel never touches a chair's meetings.
fn default_database_path(app: &AppHandle, locale: Locale) -> Result<PathBuf, IpcError> {
    let directory = app.path().app_data_dir().map_err(|error| {
        IpcError::storage(locale.message(
            "shell-dataFolderNotFound",
            &[("reason", error.to_string().into())],
        ))
    })?;
    let file_name = if cfg!(debug_assertions) {
        "gavel-dev.sqlite3"
    } else {
        "gavel.sqlite3"
    };
    Ok(directory.join(file_name))
}

fn open_store(path: &Path, author: String, locale: Locale) -> Result<Mutex<Databases>, IpcError> {
    // Before the folder and the lock file are made: a path Windows cannot keep a database at
    // (a device name, a network share, too long) changes nothing.
    gavel_core::windows_paths::check_database_path(path)
        .map_err(|error| IpcError::from_core(&error, locale))?;
    if let Some(directory) = path
        .parent()
        .filter(|directory| !directory.as_os_str().is_empty())
    {
        std::fs::create_dir_all(directory).map_err(|error| {
            IpcError::storage(locale.message(
                "shell-folderNotCreated",
                &[
                    ("folder", directory.display().to_string().into()),
                    ("reason", error.to_string().into()),
                ],
            ))
        })?;
    }
    crate::single_instance::hold_database_lock(path, locale)?;
    let store = Store::open(path, StoreOptions::new(author).with_automatic_backups())
        .map_err(|error| IpcError::from_core(&error, locale))?;
    Ok(Mutex::new(Databases {
        own: store,
        practice: None,
        practising: false,
    }))
}

#[cfg(test)]
mod tests;
