//! The UI's TypeScript declarations of the IPC types are generated from the Rust types in
//! gavel-core and committed in ui/, so that the UI builds without Rust. This test fails when the
//! committed file no longer matches the Rust types; `UPDATE_GENERATED=1` rewrites it instead.

use std::path::PathBuf;

const REGENERATE: &str = "UPDATE_GENERATED=1 cargo test -p gavel-desktop generated_types";
const COMMITTED_FILE: &str = "ui/src/lib/generated/types.ts";

#[test]
fn generated_types_are_current() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(COMMITTED_FILE);
    let generated = gavel_core::typescript_declarations();

    if std::env::var_os("UPDATE_GENERATED").is_some_and(|value| value == "1") {
        let folder = path
            .parent()
            .expect("the path names a file inside ui/src/lib/generated");
        std::fs::create_dir_all(folder).expect("can create ui/src/lib/generated");
        std::fs::write(&path, &generated).expect("can write the generated declarations");
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
            "{COMMITTED_FILE} does not match the Rust types in crates/gavel-core ({}).\n\
             Regenerate it with: {REGENERATE}",
            first_difference(&committed, &generated),
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
        "first difference on line {line_number}: the file has {:?}, the Rust types give {:?}",
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
