//! One version everywhere: the workspace's `version` in Cargo.toml is the one source. The CLI
//! prints it, the desktop app and its .deb take it from Cargo.toml (tauri.conf.json has none), the
//! UI's package.json repeats it, and CHANGELOG.md has a section for it.

use std::path::{Path, PathBuf};

use crate::support::{built_binary, stderr, stdout};

/// Every crate of the workspace inherits this (`version.workspace = true`).
const WORKSPACE_VERSION: &str = env!("CARGO_PKG_VERSION");

fn repository_file(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the repository")
        .join(relative)
}

fn read_json(relative: &str) -> serde_json::Value {
    let path = repository_file(relative);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

#[test]
fn gavel_version_prints_the_workspace_version() {
    let output = std::process::Command::new(built_binary("gavel"))
        .arg("--version")
        .output()
        .expect("gavel runs");

    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(stdout(&output).trim(), format!("gavel {WORKSPACE_VERSION}"));
}

#[test]
fn tauri_config_leaves_the_version_to_cargo_toml() {
    // Without a "version" key the Tauri CLI, the bundler and `package_info()` (the About dialog)
    // all read the crate's version, which comes from the workspace.
    let config = read_json("src-tauri/tauri.conf.json");
    assert!(
        config.get("version").is_none(),
        "src-tauri/tauri.conf.json must not set a version of its own: Cargo.toml's workspace version is the one source"
    );
}

#[test]
fn ui_package_json_has_the_workspace_version() {
    let package = read_json("ui/package.json");
    assert_eq!(
        package["version"], WORKSPACE_VERSION,
        "ui/package.json's version differs from the workspace version in Cargo.toml: change both"
    );
}

#[test]
fn changelog_has_a_section_for_the_workspace_version() {
    let path = repository_file("CHANGELOG.md");
    let changelog = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let heading = format!("## [{WORKSPACE_VERSION}]");
    assert!(
        changelog.lines().any(|line| line.starts_with(&heading)),
        "CHANGELOG.md has no \"{heading} - DATE\" section for the version in Cargo.toml"
    );
}

#[test]
fn the_windows_installer_is_named_and_versioned_after_the_workspace() {
    // `make -n` prints the commands without running them: the installer's name and the version
    // given to makensis come from Cargo.toml too.
    let output = std::process::Command::new("make")
        .args(["-s", "-n", "windows"])
        .current_dir(repository_file(""))
        .env_remove("CARGO_TARGET_DIR")
        .output()
        .expect("make runs");
    assert!(output.status.success(), "{}", stderr(&output));
    let commands = stdout(&output);
    assert!(
        commands.contains(&format!("-DVERSION={WORKSPACE_VERSION} ")),
        "{commands}"
    );
    assert!(
        commands.contains(&format!(
            "target/windows/Gavel-{WORKSPACE_VERSION}-setup.exe"
        )),
        "{commands}"
    );
}

#[test]
fn the_app_and_gavel_core_name_the_same_data_folder() {
    // Tauri's app data and config folders are named after its identifier; gavel_core::locations
    // (the CLI's database, `gavel paths`) after APP_IDENTIFIER. They must be one folder.
    let config = read_json("src-tauri/tauri.conf.json");
    assert_eq!(config["identifier"], gavel_core::locations::APP_IDENTIFIER);
}
