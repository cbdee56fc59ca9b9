//! The UI's TypeScript declarations of everything that crosses IPC are generated from the Rust
//! definitions and committed in ui/, so that the UI builds without Rust:
//! - `types.ts`: gavel-core's types (`gavel_core::typescript_declarations`);
//! - `ipc.ts`: the shell's own types (derived with ts-rs under `cfg(test)` only, so that the app
//!   does not build ts-rs), the names of the commands ([`crate::commands::NAMES`]) and events
//!   ([`crate::commands::EVENTS`]), and the header a file command's arguments travel in;
//! - `messages.ts`: the message catalogue (`gavel_messages::typescript_module`).
//!
//! These tests fail when a committed file no longer matches the Rust side;
//! `UPDATE_GENERATED=1` rewrites the files instead.

use std::collections::BTreeSet;
use std::path::PathBuf;

use ts_rs::TS;

use crate::commands::{
    self, agenda, app, backlog, groups, invitation, minutes, publish, register, settings, sync,
};

const REGENERATE: &str = "UPDATE_GENERATED=1 cargo test -p gavel-desktop generated_types";
const FOLDER: &str = "ui/src/lib/generated";
const CORE_FILE: &str = "types.ts";
const SHELL_FILE: &str = "ipc.ts";
const MESSAGES_FILE: &str = "messages.ts";

#[test]
fn message_catalogue_is_current() {
    check(
        MESSAGES_FILE,
        &gavel_messages::typescript_module(REGENERATE),
    );
}

#[test]
fn core_types_are_current() {
    check(CORE_FILE, &gavel_core::typescript_declarations());
}

#[test]
fn shell_types_commands_and_events_are_current() {
    check(
        SHELL_FILE,
        &shell_declarations(&gavel_core::typescript_declarations()),
    );
}

#[test]
fn every_event_has_one_name_in_the_ui() {
    let keys: BTreeSet<_> = commands::EVENTS.iter().map(|(key, _)| key).collect();
    let names: BTreeSet<_> = commands::EVENTS.iter().map(|(_, name)| name).collect();
    assert_eq!(keys.len(), commands::EVENTS.len());
    assert_eq!(names.len(), commands::EVENTS.len());
}

/// The shell's types in the order the file lists them, each a TypeScript declaration.
fn shell_types() -> Vec<String> {
    vec![
        crate::error::IpcError::decl(),
        crate::state::Locale::decl(),
        app::AppInfo::decl(),
        app::AppliedCommands::decl(),
        commands::DataChange::decl(),
        groups::ImportMemberListArguments::decl(),
        backlog::ImportBacklogFileArguments::decl(),
        invitation::SavedInvitation::decl(),
        agenda::SavedAgenda::decl(),
        publish::PublishedSite::decl(),
        register::RegisterQuery::decl(),
        register::SavedSpreadsheet::decl(),
        sync::ExportSyncArguments::decl(),
        sync::SyncSigning::decl(),
        sync::ExportedFile::decl(),
        sync::ImportSyncFileArguments::decl(),
        minutes::SignMinutesArguments::decl(),
        minutes::SavedFile::decl(),
        minutes::VerifyMinutesArguments::decl(),
        minutes::VerificationView::decl(),
        minutes::SignatureView::decl(),
        gavel_minutes::SignatureVerdict::decl(),
        minutes::CertificateView::decl(),
        gavel_minutes::FingerprintCheck::decl(),
        gavel_minutes::MinutesDocument::decl(),
        gavel_minutes::Block::decl(),
        gavel_minutes::ListItem::decl(),
        gavel_minutes::TableRow::decl(),
        gavel_minutes::SignatureBox::decl(),
        gavel_minutes::Piece::decl(),
        gavel_minutes::Look::decl(),
        gavel_minutes::Tone::decl(),
        settings::SettingsView::decl(),
        settings::SettingsUpdate::decl(),
        settings::ChooseCertificateArguments::decl(),
        crate::settings::CertificateSetting::decl(),
        crate::unlocked_certificate::UnlockedCertificateView::decl(),
    ]
}

/// `ipc.ts`: it imports from `types.ts` (`core`) the gavel-core types the shell's types name.
fn shell_declarations(core: &str) -> String {
    let declarations = shell_types();
    let code: Vec<String> = declarations
        .iter()
        .map(|declaration| without_comments(declaration))
        .collect();
    let used: BTreeSet<&str> = code.iter().flat_map(|text| identifiers(text)).collect();
    let imported: BTreeSet<&str> = exported_names(core)
        .into_iter()
        .filter(|name| used.contains(name))
        .collect();

    let mut out = format!(
        "// Generated from the Rust types and lists in src-tauri — do not edit.\n\
         // Regenerate with: {REGENERATE}\n\n\
         import type {{ {} }} from \"./types\";\n\n",
        Vec::from_iter(imported).join(", ")
    );
    for declaration in declarations {
        out.push_str("export ");
        out.push_str(&declaration);
        out.push_str("\n\n");
    }
    out.push_str("/** Every command the UI may invoke (src-tauri/src/commands/mod.rs). */\n");
    out.push_str("export const COMMANDS = {\n");
    for name in commands::NAMES {
        out.push_str(&format!("  {name}: \"{name}\",\n"));
    }
    out.push_str("} as const;\n\n");
    out.push_str("export type CommandName = (typeof COMMANDS)[keyof typeof COMMANDS];\n\n");
    out.push_str("/** Every event the app emits to the UI (src-tauri/src/commands/mod.rs). */\n");
    out.push_str("export const EVENTS = {\n");
    for (key, name) in commands::EVENTS {
        out.push_str(&format!("  {key}: \"{name}\",\n"));
    }
    out.push_str("} as const;\n\n");
    out.push_str(
        "/** The header a file command's other arguments travel in, as percent-encoded JSON \
         (src-tauri/src/file_request.rs). */\n",
    );
    out.push_str(&format!(
        "export const ARGUMENTS_HEADER = \"{}\";\n",
        crate::file_request::ARGUMENTS_HEADER
    ));
    out
}

/// The names a generated file declares: `export type Name`.
fn exported_names(file: &str) -> Vec<&str> {
    file.split("export type ")
        .skip(1)
        .filter_map(|rest| identifiers(rest).next())
        .collect()
}

/// `text` without its `/* … */` comments (ts-rs writes the Rust doc comments as JSDoc), whose
/// words name no type.
fn without_comments(text: &str) -> String {
    let mut code = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("/*") {
        code.push_str(&rest[..start]);
        rest = rest[start..]
            .find("*/")
            .map_or("", |end| &rest[start + end + 2..]);
    }
    code.push_str(rest);
    code
}

/// The identifiers in TypeScript text, in order.
fn identifiers(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|word| !word.is_empty())
}

/// Compares the committed `file` with `generated`, or rewrites it under `UPDATE_GENERATED=1`.
fn check(file: &str, generated: &str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(FOLDER)
        .join(file);

    if std::env::var_os("UPDATE_GENERATED").is_some_and(|value| value == "1") {
        let folder = path
            .parent()
            .expect("the path names a file inside ui/src/lib/generated");
        std::fs::create_dir_all(folder).expect("can create ui/src/lib/generated");
        std::fs::write(&path, generated).expect("can write the generated declarations");
        return;
    }

    let committed = match std::fs::read_to_string(&path) {
        // A checkout with Windows line endings holds the same declarations.
        Ok(text) => text.replace("\r\n", "\n"),
        Err(error) => panic!(
            "cannot read {}: {error}\nGenerate it with: {REGENERATE}",
            path.display()
        ),
    };
    if committed != generated {
        panic!(
            "{FOLDER}/{file} does not match the Rust side ({}).\n\
             Regenerate it with: {REGENERATE}",
            first_difference(&committed, generated),
        );
    }
}

/// Where the two texts first differ, as a line number and a short excerpt of each around that
/// place: the declarations are long one-line unions, so whole lines would bury the difference.
fn first_difference(committed: &str, generated: &str) -> String {
    let offset = committed
        .char_indices()
        .zip(generated.chars())
        .find(|((_, committed_char), generated_char)| committed_char != generated_char)
        .map_or(committed.len().min(generated.len()), |((offset, _), _)| {
            offset
        });
    let line_number = committed[..offset].matches('\n').count() + 1;
    format!(
        "first difference on line {line_number}: the file has {:?}, the Rust side gives {:?}",
        excerpt(committed, offset),
        excerpt(generated, offset),
    )
}

/// About 40 characters either side of `offset`, which both texts share as a character boundary.
fn excerpt(text: &str, offset: usize) -> String {
    let before: String = text[..offset]
        .chars()
        .rev()
        .take(40)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let after: String = text[offset..].chars().take(40).collect();
    if after.is_empty() {
        format!("…{before}<end of file>")
    } else {
        format!("…{before}{after}…")
    }
}
