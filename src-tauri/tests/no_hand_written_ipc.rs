//! The UI's side of IPC is generated (ui/src/lib/generated, see src-tauri/src/generated_types.rs):
//! no file in ui/src declares a type under a name the generated files declare (a hand-written copy
//! of a Rust type drifts from it unseen), and none calls a command or listens to an event by a
//! string literal (the generated `COMMANDS` and `EVENTS` are the names the Rust side registers).
//! Types of the UI's own (its `IpcError`, which adds the kind "unexpected") have names of their own.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Functions that take a command's or an event's name first: Tauri's, and api.ts's wrappers.
const NAMED_CALLS: &[&str] = &["invoke", "call", "callWithFile", "listen", "once", "emit"];

fn ui_source() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src")
}

fn generated_folder() -> PathBuf {
    ui_source().join("lib/generated")
}

#[test]
fn the_ui_declares_no_copy_of_a_generated_type() {
    let generated = generated_names(&generated_folder());
    assert!(
        generated.contains("MeetingDetail") && generated.contains("SettingsView"),
        "the generated files declare gavel-core's and the shell's types"
    );
    let mut copies = Vec::new();
    for file in ui_files(&ui_source()) {
        let text = std::fs::read_to_string(&file).expect("a UI source file reads");
        for (line, name) in declared_types(&text) {
            if generated.contains(name) {
                copies.push(format!("{}:{line}: {name}", file.display()));
            }
        }
    }
    assert!(
        copies.is_empty(),
        "the UI declares types the Rust side generates; import them from \
         ui/src/lib/generated instead:\n{}",
        copies.join("\n")
    );
}

#[test]
fn the_ui_names_no_command_or_event_by_a_string() {
    let mut literals = Vec::new();
    for file in ui_files(&ui_source()) {
        let text = std::fs::read_to_string(&file).expect("a UI source file reads");
        for (line, call) in string_named_calls(&text) {
            literals.push(format!("{}:{line}: {call}(\"…\")", file.display()));
        }
    }
    assert!(
        literals.is_empty(),
        "the UI names commands or events by string literals; use COMMANDS and EVENTS from \
         ui/src/lib/generated/ipc.ts:\n{}",
        literals.join("\n")
    );
}

/// The scans find what they are for, and pass over what only looks like it.
#[test]
fn the_scans_tell_copies_and_literals_from_their_look_alikes() {
    let source = r#"
import type { AppInfo } from "./generated/ipc";
import { type SettingsView } from "./generated/ipc";
import {
  type ExportedFile,
  COMMANDS,
} from "./generated/ipc";
export type { SavedFile } from "./generated/ipc";
export type AppInfo = { version: string };
  type SettingsView = {
export interface MeetingDetail {
declare type Locale = "da" | "en";
export type IpcError = CommandError | { kind: "unexpected" };
"#;
    let declared: Vec<&str> = declared_types(source)
        .into_iter()
        .map(|(_, name)| name)
        .collect();
    assert_eq!(
        declared,
        [
            "AppInfo",
            "SettingsView",
            "MeetingDetail",
            "Locale",
            "IpcError"
        ]
    );

    let source = r#"
return call<AppInfo>("app_info");
await invoke( 'show_meeting', { meetingId });
listen<string>(
  `gavel://backup-failed`, handler);
return call<SavedFile>(COMMANDS.export_minutes, { meetingId });
recall("x"); invoked("y"); const f = () => call(COMMANDS.app_info);
t("minutes.call", { n: 1 });
"#;
    let found: Vec<(usize, &str)> = string_named_calls(source);
    assert_eq!(found, [(2, "call"), (3, "invoke"), (4, "listen")]);
}

/// `(line, name)` of every type declared in TypeScript `text`: `type X =`, `interface X`,
/// `enum X`, exported or not. Imports and re-exports (`export type { X } from`, `type X,` in a
/// multi-line import) declare nothing.
fn declared_types(text: &str) -> Vec<(usize, &str)> {
    let mut declared = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let mut rest = line.trim_start();
        for prefix in ["export ", "declare ", "const "] {
            rest = rest.strip_prefix(prefix).unwrap_or(rest).trim_start();
        }
        for keyword in ["type ", "interface ", "enum "] {
            let Some(after) = rest.strip_prefix(keyword) else {
                continue;
            };
            let after = after.trim_start();
            let name = identifier_at(after);
            let then = after[name.len()..].trim_start();
            // `type X =` or `type X<T> =`; a bare `type X,` is a name in a multi-line import.
            let declares = !name.is_empty()
                && (keyword != "type " || then.starts_with('=') || then.starts_with('<'));
            if declares {
                declared.push((index + 1, name));
            }
        }
    }
    declared
}

/// `(line, function)` of every call of a [`NAMED_CALLS`] function whose first argument is a string
/// literal, with or without type arguments, over line breaks.
fn string_named_calls(text: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    for (start, _) in text.match_indices(|c: char| c.is_ascii_alphabetic()) {
        let preceded_by_identifier = text[..start]
            .chars()
            .next_back()
            .is_some_and(is_identifier_char);
        if preceded_by_identifier {
            continue;
        }
        let name = identifier_at(&text[start..]);
        let Some(&function) = NAMED_CALLS.iter().find(|function| **function == name) else {
            continue;
        };
        let after = skip_type_arguments(&text[start + name.len()..]);
        let Some(arguments) = after.strip_prefix('(') else {
            continue;
        };
        if arguments.trim_start().starts_with(['"', '\'', '`']) {
            let line = text[..start].matches('\n').count() + 1;
            found.push((line, function));
        }
    }
    found
}

/// `text` after a leading `<…>`, nested brackets included, or `text` itself.
fn skip_type_arguments(text: &str) -> &str {
    if !text.starts_with('<') {
        return text;
    }
    let mut depth = 0;
    for (index, c) in text.char_indices() {
        match c {
            '<' => depth += 1,
            '>' => {
                depth -= 1;
                if depth == 0 {
                    return &text[index + 1..];
                }
            }
            _ => {}
        }
    }
    text
}

fn identifier_at(text: &str) -> &str {
    let end = text
        .find(|c: char| !is_identifier_char(c))
        .unwrap_or(text.len());
    &text[..end]
}

fn is_identifier_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

/// The types the generated files declare.
fn generated_names(folder: &Path) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for file in ui_files(folder) {
        let text = std::fs::read_to_string(&file).expect("a generated file reads");
        names.extend(
            declared_types(&text)
                .into_iter()
                .map(|(_, name)| name.to_owned()),
        );
    }
    names
}

/// Every `.ts` and `.svelte` file under `folder`, but the generated ones when `folder` holds them.
fn ui_files(folder: &Path) -> Vec<PathBuf> {
    let generated = generated_folder();
    let mut files = Vec::new();
    let mut folders = vec![folder.to_owned()];
    while let Some(folder) = folders.pop() {
        let entries = std::fs::read_dir(&folder)
            .unwrap_or_else(|error| panic!("cannot list {}: {error}", folder.display()));
        for entry in entries {
            let path = entry.expect("a folder entry reads").path();
            if path.is_dir() {
                if path != generated {
                    folders.push(path);
                }
            } else if path
                .extension()
                .is_some_and(|extension| extension == "ts" || extension == "svelte")
            {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}
