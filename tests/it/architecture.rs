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
