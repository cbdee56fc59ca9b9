//! `gavel apply`: commands as JSON lines, each applied through `Store::apply` and acknowledged
//! with one JSON line once it is durable.
//!
//! The whole input is read and parsed first, so a malformed line or an unknown command changes
//! nothing. Then each command commits on its own: a command acknowledged on stdout survives a
//! crash or a kill. A command the store rejects stops the run; the ones before it stay applied.

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use gavel_core::{Command, Store};
use serde_json::json;

use crate::language::message;

pub fn run(
    store: &mut Store,
    file: Option<&Path>,
    out: &mut impl Write,
) -> anyhow::Result<ExitCode> {
    let (name, text) = read_input(file)?;
    let commands = parse_lines(&name, &text)?;
    let total = commands.len();
    for (index, (line, command)) in commands.into_iter().enumerate() {
        match store.apply(command) {
            Ok(applied) => {
                let result = json!({ "line": line, "ok": true, "created_id": applied.created_id, "event_ids": applied.event_ids });
                writeln!(out, "{result}")?;
                out.flush()?;
                crate::backup::warn_about_a_failed_backup(store);
            }
            Err(error) => {
                // The kind for programs; the message in the reader's language.
                let message = error.text();
                let message = crate::language::pick(&message);
                let result = json!({ "line": line, "ok": false, "error": { "kind": error.kind(), "message": message } });
                writeln!(out, "{result}")?;
                out.flush()?;
                let reason = crate::output::clean(message);
                eprintln!(
                    "gavel: {}",
                    crate::language::message(
                        "cli-apply-stopped",
                        &[
                            ("file", name.as_str().into()),
                            ("line", line.to_string().into()),
                            ("reason", reason.trim_end_matches('.').into()),
                            ("applied", index.into()),
                            ("after", (total - index - 1).into()),
                        ]
                    )
                );
                return Ok(ExitCode::FAILURE);
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The most input `gavel apply` reads: a year of meetings is a few megabytes of commands. Larger
/// input is refused before it is read, so that a wrong file (a disk image, a video) cannot fill
/// the memory.
const MAX_INPUT_BYTES: u64 = 64 << 20;

fn read_input(file: Option<&Path>) -> anyhow::Result<(String, String)> {
    let too_large = |name: &str| {
        anyhow::Error::msg(message(
            "cli-apply-too-large",
            &[
                ("file", name.into()),
                ("megabytes", (MAX_INPUT_BYTES >> 20).into()),
            ],
        ))
    };
    match file {
        Some(path) if path != Path::new("-") => {
            let name = path.display().to_string();
            let bytes =
                gavel_core::files::read_limited(path, MAX_INPUT_BYTES).map_err(|error| {
                    if error.kind() == std::io::ErrorKind::FileTooLarge {
                        too_large(&name)
                    } else {
                        anyhow::Error::msg(message(
                            "cli-cannot-read",
                            &[
                                ("file", name.as_str().into()),
                                (
                                    "reason",
                                    crate::language::pick(&crate::minutes::reading_reason(&error))
                                        .into(),
                                ),
                            ],
                        ))
                    }
                })?;
            let text = String::from_utf8(bytes).map_err(|_| {
                anyhow::Error::msg(message(
                    "cli-apply-file-not-utf8",
                    &[("file", name.as_str().into())],
                ))
            })?;
            Ok((name, text))
        }
        _ => {
            let name = message("cli-standard-input", &[]);
            let mut bytes = Vec::new();
            std::io::stdin()
                .take(MAX_INPUT_BYTES + 1)
                .read_to_end(&mut bytes)
                .with_context(|| message("cli-standard-input-unreadable", &[]))?;
            if bytes.len() as u64 > MAX_INPUT_BYTES {
                return Err(too_large(&name));
            }
            let text = String::from_utf8(bytes)
                .map_err(|_| anyhow::Error::msg(message("cli-standard-input-not-utf8", &[])))?;
            Ok((name, text))
        }
    }
}

/// Every non-blank line must be one JSON command; `#` starts a comment line.
fn parse_lines(name: &str, text: &str) -> anyhow::Result<Vec<(usize, Command)>> {
    let mut commands = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_number = index + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let command: Command = serde_json::from_str(trimmed).map_err(|error| {
            anyhow::Error::msg(message(
                "cli-apply-bad-line",
                &[
                    ("file", name.into()),
                    ("line", line_number.to_string().into()),
                    ("reason", describe_json_error(&error).into()),
                ],
            ))
        })?;
        commands.push((line_number, command));
    }
    Ok(commands)
}

fn describe_json_error(error: &serde_json::Error) -> String {
    let message = error.to_string();
    // serde_json appends " at line 1 column N"; the line is always 1 here, the column helps.
    let message = message.replace(" at line 1 column", " at column");
    match error.classify() {
        serde_json::error::Category::Syntax | serde_json::error::Category::Eof => {
            crate::language::message("cli-apply-malformed-json", &[("detail", message.into())])
        }
        _ => crate::language::message("cli-apply-not-a-command", &[("detail", message.into())]),
    }
}
