//! The chair's settings on this device: the UI language, the chair's name and role, and the
//! signing certificate they use. They live in a small JSON file in the app's config directory
//! (on Linux `~/.config/dk.gavel.app/settings.json`), not in the database: they describe this
//! laptop and its user, not the group's record, so they must never travel in a sync file or a
//! backup restored on another machine. No password is ever stored: the `.p12`'s password is asked
//! for each time it is used.
//!
//! The environment variables tests and demonstrations use (`GAVEL_LANG`, `GAVEL_AUTHOR`) override
//! the file when the app starts (see [`Settings::locale`] and [`Settings::author`]).
//!
//! A file that cannot be read is reported, and the app runs on defaults, but the file is never
//! silently replaced: the next save keeps it as `settings.json.damaged` first.

use std::path::{Path, PathBuf};

use gavel_core::MemberRole;
use serde::{Deserialize, Serialize};

use crate::state::{Environment, Locale};

/// The name of the settings file in the app's config directory.
pub const SETTINGS_FILE_NAME: &str = "settings.json";

/// Everything the chair can set for this device. Every field has a default, so a file from an
/// older Gavel that lacks a field still reads, and unknown fields (from a newer Gavel) are ignored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// `None`: follow the operating system's language.
    pub language: Option<Locale>,
    /// The chair's name as it should stand on the record: the author of the events written on
    /// this device, and the name offered for a new certificate. Empty: not given yet.
    pub chair_name: String,
    /// The role the chair signs minutes in, offered first in the signing form.
    pub role: MemberRole,
    /// The chair's organisation, e.g. "Aarhus Kommune": offered for a new certificate.
    pub organisation: String,
    /// The `.p12` the minutes are signed with, and what it said when it was chosen (its contents
    /// are encrypted with the password, so the settings keep what the screens show).
    pub certificate: Option<CertificateSetting>,
}

/// A signing certificate the chair chose or created, as it was when they did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct CertificateSetting {
    pub path: PathBuf,
    /// The certificate's common name, e.g. "Mette Kjærgaard Holm".
    pub subject: String,
    pub organisation: Option<String>,
    /// "YYYY-MM-DD", in UTC.
    pub valid_from: String,
    /// "YYYY-MM-DD", in UTC.
    pub valid_until: String,
}

/// The settings file: where it is, and reading and writing it whole.
#[derive(Debug, Clone)]
pub struct SettingsFile {
    path: PathBuf,
}

/// Why the settings file could not be read or written. Its message names the file.
#[derive(Debug)]
pub enum SettingsError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file is there but is not a settings file Gavel can read: not JSON, or a field of the
    /// wrong type. `line` and `column` are serde_json's, 1-based.
    Damaged {
        path: PathBuf,
        line: usize,
        column: usize,
        reason: String,
    },
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            language: None,
            chair_name: String::new(),
            role: MemberRole::Chair,
            organisation: String::new(),
            certificate: None,
        }
    }
}

impl Settings {
    /// The UI's language at start: `GAVEL_LANG`, else the language chosen in the settings, else
    /// the system's.
    pub fn locale(&self, environment: &Environment) -> Locale {
        environment
            .language
            .or(self.language)
            .unwrap_or(environment.system_locale)
    }

    /// Who records the events: `GAVEL_AUTHOR`, else the chair's name from the settings, else the
    /// login name, else "Gavel".
    pub fn author(&self, environment: &Environment) -> String {
        let chair_name = Some(self.chair_name.trim()).filter(|name| !name.is_empty());
        environment
            .author
            .as_deref()
            .or(chair_name)
            .or(environment.login_name.as_deref())
            .unwrap_or("Gavel")
            .to_owned()
    }
}

impl SettingsFile {
    /// The settings file in `config_folder` (the app's config directory).
    pub fn in_folder(config_folder: &Path) -> SettingsFile {
        SettingsFile {
            path: config_folder.join(SETTINGS_FILE_NAME),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Where a damaged settings file is kept when new settings are saved over it.
    pub fn damaged_copy_path(&self) -> PathBuf {
        let mut name = self.path.as_os_str().to_owned();
        name.push(".damaged");
        PathBuf::from(name)
    }

    /// The saved settings; the defaults when there is no file yet (a first start).
    pub fn load(&self) -> Result<Settings, SettingsError> {
        let bytes = match std::fs::read(&self.path) {
            Ok(bytes) => bytes,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Settings::default());
            }
            Err(source) => {
                return Err(SettingsError::Read {
                    path: self.path.clone(),
                    source,
                });
            }
        };
        serde_json::from_slice(&bytes).map_err(|error| SettingsError::Damaged {
            path: self.path.clone(),
            line: error.line(),
            column: error.column(),
            reason: error.to_string(),
        })
    }

    /// Writes `settings` whole (a temporary file, flushed, then renamed), creating the config
    /// folder if needed. A file there that cannot be read is first kept as
    /// [`SettingsFile::damaged_copy_path`], so that saving never destroys what the chair may
    /// still want to repair by hand.
    pub fn save(&self, settings: &Settings) -> Result<(), SettingsError> {
        let write_error = |source| SettingsError::Write {
            path: self.path.clone(),
            source,
        };
        if let Some(folder) = self.path.parent() {
            std::fs::create_dir_all(folder).map_err(write_error)?;
        }
        if let Err(SettingsError::Damaged { .. }) = self.load() {
            std::fs::rename(&self.path, self.damaged_copy_path()).map_err(write_error)?;
        }
        let mut json = serde_json::to_vec_pretty(settings)
            .expect("settings are strings, options and enums, which always serialise");
        json.push(b'\n');
        gavel_core::files::write_atomically(&self.path, &json).map_err(write_error)
    }
}

impl SettingsError {
    /// The message for the chair, in `locale`.
    pub fn message(&self, locale: Locale) -> String {
        match self {
            SettingsError::Read { path, source } => {
                let reason = gavel_core::describe_io_error(source);
                locale.message(
                    "shell-settingsNotRead",
                    &[
                        ("file", path.display().to_string().into()),
                        ("reason", reason.pick(locale == Locale::Da).into()),
                    ],
                )
            }
            SettingsError::Damaged {
                path,
                line,
                column,
                reason,
            } => locale.message(
                "shell-settingsDamaged",
                &[
                    ("file", path.display().to_string().into()),
                    ("line", line.to_string().into()),
                    ("column", column.to_string().into()),
                    ("reason", reason.to_string().into()),
                ],
            ),
            SettingsError::Write { path, source } => {
                let reason = gavel_core::describe_io_error(source);
                locale.message(
                    "shell-settingsNotSaved",
                    &[
                        ("file", path.display().to_string().into()),
                        ("reason", reason.pick(locale == Locale::Da).into()),
                    ],
                )
            }
        }
    }
}

impl std::fmt::Display for SettingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Locale::En))
    }
}

#[cfg(test)]
mod tests;
