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
