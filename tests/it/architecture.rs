//! Invariants of ARCHITECTURE.md that a test can check.

/// gavel-core knows nothing of its callers: no desktop shell, no webview, no PDF library.
#[test]
fn gavel_core_depends_on_no_tauri_wry_or_printpdf() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = std::process::Command::new(cargo)
        .args([
            "tree",
            "-p",
            "gavel-core",
            "--edges",
            "normal,build",
            "--prefix",
            "none",
            "--offline",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo tree runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let tree = String::from_utf8_lossy(&output.stdout);
    assert!(
        tree.lines().any(|line| line.starts_with("rusqlite ")),
        "the tree lists gavel-core's dependencies:\n{tree}"
    );
    for forbidden in ["tauri", "wry", "printpdf"] {
        let offenders: Vec<&str> = tree
            .lines()
            .filter(|line| line.starts_with(forbidden))
            .collect();
        assert!(offenders.is_empty(), "gavel-core depends on {offenders:?}");
    }
}

/// The decision log is written in one place (issue 13): SQL that inserts into, updates or deletes
/// from the `event` table appears in gavel-core's `log.rs` and nowhere else — the sync import
/// and every command append through it. (The table's triggers refuse updates and deletes anyway.)
#[test]
fn only_the_log_module_writes_the_event_table() {
    let sources = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/gavel-core/src");
    let mut writers = Vec::new();
    let mut files = vec![sources.clone()];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(
                std::fs::read_dir(&path)
                    .expect("reads the folder")
                    .map(|entry| entry.expect("an entry").path()),
            );
            continue;
        }
        if path.extension().is_none_or(|extension| extension != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("reads the file");
        // Spaces collapsed, any letter case; the table's name must end there (not `event_x`).
        let text = text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_uppercase();
        for statement in [
            "INSERT INTO EVENT",
            "INSERT OR REPLACE INTO EVENT",
            "REPLACE INTO EVENT",
            "UPDATE EVENT",
            "DELETE FROM EVENT",
        ] {
            let writes = text.match_indices(statement).any(|(at, _)| {
                text[at + statement.len()..]
                    .chars()
                    .next()
                    .is_none_or(|next| !(next.is_alphanumeric() || next == '_'))
            });
            if writes {
                writers.push(format!(
                    "{} ({statement})",
                    path.strip_prefix(&sources).expect("inside").display()
                ));
            }
        }
    }
    writers.sort();
    assert_eq!(
        writers,
        ["log.rs (INSERT INTO EVENT)"],
        "SQL that writes the event table outside log.rs"
    );
}

/// No module of gavel-core uses one that uses it back (issue 13): its top-level modules form no
/// import cycle. A module's uses are every `crate::` path in its files outside comments and tests
/// — a module named, or a type it re-exports at the crate root (`crate::Store` is `store`'s) —
/// so that an `impl Store` block counts as a use of `store` however it names the type.
#[test]
fn the_modules_of_gavel_core_form_no_import_cycle() {
    use std::collections::{BTreeMap, BTreeSet};

    let sources = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/gavel-core/src");
    let lib = std::fs::read_to_string(sources.join("lib.rs")).expect("reads lib.rs");
    let modules: BTreeSet<String> = lib
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = line
                .strip_prefix("pub mod ")
                .or_else(|| line.strip_prefix("mod "))?;
            Some(rest.trim_end_matches(';').to_owned())
        })
        .collect();
    assert!(
        modules.contains("store") && modules.contains("decide"),
        "{modules:?}"
    );
    // The crate root's `pub use module::{A, B};`: each name stands for its module.
    let mut reexported: BTreeMap<String, String> = BTreeMap::new();
    let mut rest = lib.as_str();
    while let Some(start) = rest.find("pub use ") {
        let statement = &rest[start + "pub use ".len()..];
        let end = statement.find(';').expect("a use ends with ;");
        let (module, names) = statement[..end]
            .split_once("::")
            .expect("pub use module::names");
        for name in names
            .trim_matches(|c: char| c == '{' || c == '}' || c.is_whitespace())
            .split(',')
        {
            let name = name.split(" as ").last().unwrap_or(name).trim();
            if !name.is_empty() {
                reexported.insert(name.to_owned(), module.trim().to_owned());
            }
        }
        rest = &statement[end..];
    }

    // module -> (used module -> one place that uses it)
    let mut uses: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut files = vec![sources.clone()];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(
                std::fs::read_dir(&path)
                    .expect("reads the folder")
                    .map(|entry| entry.expect("an entry").path()),
            );
            continue;
        }
        let relative = path.strip_prefix(&sources).expect("under src");
        let name = relative.to_string_lossy().replace('\\', "/");
        if !name.ends_with(".rs") || name.ends_with("tests.rs") || name.contains("/tests/") {
            continue;
        }
        let module = name
            .split('/')
            .next()
            .expect("a path")
            .trim_end_matches(".rs")
            .to_owned();
        if !modules.contains(&module) {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("reads the file");
        let code = text
            .split("#[cfg(test)]\nmod tests")
            .next()
            .unwrap_or(&text);
        for (number, line) in code.lines().enumerate() {
            let line = line.split("//").next().unwrap_or(line);
            for path in crate_paths(line) {
                let used = if modules.contains(&path) {
                    path
                } else if let Some(module) = reexported.get(&path) {
                    module.clone()
                } else {
                    continue;
                };
                if used != module {
                    uses.entry(module.clone())
                        .or_default()
                        .entry(used)
                        .or_insert_with(|| format!("{name}:{}", number + 1));
                }
            }
        }
    }

    // A cycle is a module that reaches itself: for each module, what it reaches.
    let mut cycles = Vec::new();
    for start in &modules {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<(String, Vec<String>)> = vec![(start.clone(), vec![start.clone()])];
        while let Some((module, trail)) = stack.pop() {
            for (used, place) in uses.get(&module).into_iter().flatten() {
                let mut next = trail.clone();
                next.push(format!("{used} ({place})"));
                if used == start {
                    cycles.push(next.join(" → "));
                } else if seen.insert(used.clone()) {
                    stack.push((used.clone(), next));
                }
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "gavel-core's modules import each other in a circle:\n{}",
        cycles.join("\n")
    );
}

/// The first segment of every `crate::` path in a line of Rust: `crate::store::Store` gives
/// `store`; `use crate::{store, rules::Ballot};` gives `store` and `rules`.
fn crate_paths(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find("crate::") {
        let after = &rest[start + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            // Top-level items of the braced list, nested braces skipped.
            let mut depth = 0;
            let mut item = String::new();
            let mut items = Vec::new();
            for character in group.chars() {
                match character {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => items.push(std::mem::take(&mut item)),
                    _ if depth == 0 => item.push(character),
                    _ => {}
                }
            }
            items.push(item);
            found.extend(
                items
                    .iter()
                    .map(|item| {
                        item.trim()
                            .chars()
                            .take_while(|c| c.is_alphanumeric() || *c == '_')
                            .collect::<String>()
                    })
                    .filter(|item| !item.is_empty()),
            );
        } else {
            let name: String = after
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !name.is_empty() {
                found.push(name);
            }
        }
        rest = after;
    }
    found
}
