//! One word for each thing (docs/glossary.md): no message of the catalogue (screens, CLI,
//! minutes, rules, errors), no guide page uses a word of the glossary's "Not (avoid)" column.

use std::path::{Path, PathBuf};

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ is inside the repository")
        .to_owned()
}

/// The avoided words: the third column of the glossary table, split at commas.
fn avoided_words(glossary: &str) -> Vec<String> {
    glossary
        .lines()
        .filter(|line| line.starts_with('|') && !line.starts_with("|---"))
        .skip(1) // the header row
        .filter_map(|line| line.split('|').nth(3).map(str::trim).map(str::to_owned))
        .flat_map(|cell| {
            cell.split(',')
                .map(|word| word.trim().to_owned())
                .collect::<Vec<_>>()
        })
        .filter(|word| !word.is_empty())
        .collect()
}

fn files_under(folder: &Path, extensions: &[&str], found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(folder).expect("the folder can be listed") {
        let path = entry.expect("a folder entry").path();
        if path.is_dir() {
            files_under(&path, extensions, found);
        } else if path
            .extension()
            .and_then(|extension| extension.to_str())
            .is_some_and(|extension| extensions.contains(&extension))
        {
            found.push(path);
        }
    }
}

#[test]
fn no_text_uses_a_word_the_glossary_avoids() {
    let root = repository();
    let glossary =
        std::fs::read_to_string(root.join("docs/glossary.md")).expect("docs/glossary.md is read");
    let avoided = avoided_words(&glossary);
    assert!(
        avoided.iter().any(|word| word == "Forkastet")
            && avoided.iter().any(|word| word == "Annullér"),
        "the glossary's table is read: {avoided:?}"
    );
    let mut files = Vec::new();
    // Every message of the catalogue: the screens, the CLI, the documents, the rules, the errors.
    files_under(
        &root.join("crates/gavel-messages/locales"),
        &["ftl"],
        &mut files,
    );
    assert!(
        files.iter().any(|file| file.ends_with("da/ui.ftl")),
        "the catalogue is read: {files:?}"
    );
    files_under(&root.join("crates/gavel-minutes/src"), &["rs"], &mut files);
    files.push(root.join("crates/gavel-core/src/rules/text.rs"));
    files.push(root.join("docs/guide.da.md"));
    files.push(root.join("docs/guide.en.md"));
    let mut found = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("a text file");
        for (number, line) in text.lines().enumerate() {
            for word in &avoided {
                // A word and its inflections ("Opfølgningspunkter"), but not inside another word.
                let lower = line.to_lowercase();
                let word_lower = word.to_lowercase();
                let starts_a_word = lower.match_indices(&word_lower).any(|(start, _)| {
                    !lower[..start]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                });
                if starts_a_word {
                    found.push(format!(
                        "{}:{}: \"{word}\" in: {}",
                        file.strip_prefix(&root).unwrap_or(file).display(),
                        number + 1,
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words the glossary avoids:\n{}",
        found.join("\n")
    );
}
