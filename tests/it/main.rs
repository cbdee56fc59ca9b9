//! The one integration-test binary: real SQLite files, the real `gavel` binary, the real desktop
//! app under Xvfb.

mod architecture;
mod attacks;
mod backup;
mod cli;
mod crash;
mod disk_full;
mod e2e;
mod e2e_about;
mod e2e_accessibility;
mod e2e_backup;
mod e2e_hostile;
mod e2e_import;
mod e2e_keyboard;
mod e2e_live;
mod e2e_minutes;
mod e2e_projector;
mod e2e_reopen;
mod e2e_settings;
mod e2e_single_instance;
mod e2e_sync;
mod guide_screenshots;
mod import;
mod jira_export;
mod limits;
mod meeting;
mod minutes;
mod release;
mod secrets;
mod store;
mod support;
mod sync;
mod sync_properties;
