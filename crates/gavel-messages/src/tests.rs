use std::collections::BTreeSet;

use super::*;

#[test]
fn every_file_of_the_catalogue_parses_in_both_languages() {
    for language in Language::ALL {
        for source in sources(language) {
            if let Err((_, errors)) = fluent_syntax::parser::parse(source.text) {
                panic!("{}/{}: {errors:?}", language.tag(), source.name);
            }
        }
    }
}

#[test]
fn no_message_is_defined_twice() {
    for language in Language::ALL {
        let ids = message_ids(language);
        let unique: BTreeSet<_> = ids.iter().collect();
        assert_eq!(
            unique.len(),
            ids.len(),
            "{}: a message id repeats",
            language.tag()
        );
    }
}

#[test]
fn english_has_the_danish_messages_with_the_same_variables() {
    let danish = typescript::variables_by_message(Language::Danish);
    let english = typescript::variables_by_message(Language::English);
    let danish_ids: BTreeSet<_> = danish.keys().collect();
    let english_ids: BTreeSet<_> = english.keys().collect();
    assert_eq!(
        danish_ids
            .symmetric_difference(&english_ids)
            .collect::<Vec<_>>(),
        Vec::<&&&str>::new(),
        "messages in only one language"
    );
    for (id, variables) in &danish {
        assert_eq!(Some(variables), english.get(id), "the variables of {id}");
    }
}

#[test]
fn a_count_chooses_the_form_of_its_noun_in_both_languages() {
    let one = message(
        Language::Danish,
        "import-issuesInFile",
        &[("count", 1.into())],
    );
    let two = message(
        Language::Danish,
        "import-issuesInFile",
        &[("count", 2.into())],
    );
    assert_eq!(one, "Filen har 1 sag.");
    assert_eq!(two, "Filen har 2 sager.");
    let one = message(
        Language::English,
        "import-issuesInFile",
        &[("count", 1.into())],
    );
    assert_eq!(one, "The file has 1 issue.");
}

#[test]
fn numbers_are_grouped_as_the_language_writes_them_and_carry_no_isolation_marks() {
    let arguments = [("count", Argument::from(12_345_u32))];
    assert_eq!(
        message(Language::Danish, "import-issuesInFile", &arguments),
        "Filen har 12.345 sager."
    );
    assert_eq!(
        message(Language::English, "import-issuesInFile", &arguments),
        "The file has 12,345 issues."
    );
    // Fractions as Intl writes them: at most three decimals, the language's decimal mark.
    let fraction = [("count", Argument::from(1234.56789_f64))];
    assert_eq!(
        message(Language::Danish, "import-issuesInFile", &fraction),
        "Filen har 1.234,568 sager."
    );
    assert_eq!(
        message(Language::English, "import-issuesInFile", &fraction),
        "The file has 1,234.568 issues."
    );
    let with_text = message(
        Language::Danish,
        "import-reading",
        &[("file", "a.csv".into())],
    );
    assert_eq!(with_text, "Læser »a.csv« …");
}

#[test]
fn the_typescript_module_names_every_message_with_its_variables() {
    let module = typescript_module("REGENERATE");
    assert!(module.contains("\"import-reading\": { file: string | number };"));
    assert!(module.contains("\"app-name\": Record<string, never>;"));
    let arguments = module
        .split("export type MessageArguments = {\n")
        .nth(1)
        .and_then(|rest| rest.split("\n};").next())
        .expect("the module declares MessageArguments");
    let ui_messages: usize = sources(Language::Danish)
        .iter()
        .filter(|source| source.rendered_by_the_ui())
        .map(|source| ids_in(source.text).count())
        .sum();
    assert_eq!(arguments.lines().count(), ui_messages);
    // The words the Rust side renders stay out of the UI's bundle.
    assert!(!module.contains("\"event-pollOpened\""));
}

/// Every id a Rust source names in a call of `message(…, "id", …)`, `Bilingual::message("id",
/// …)` or a document's `words.text("id")` exists, so no reader ever sees an id instead of a text.
#[test]
fn every_message_the_rust_sources_name_exists() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut missing = Vec::new();
    let mut named = 0;
    for folder in ["crates", "src-tauri/src"] {
        // This crate's own tests name ids in their comments, as examples.
        let files = rust_files(&root.join(folder))
            .into_iter()
            .filter(|file| !file.ends_with("gavel-messages/src/tests.rs"));
        for file in files {
            let text = std::fs::read_to_string(&file).expect("a source file is readable");
            for id in named_ids(&text) {
                named += 1;
                if !has_message(id) {
                    missing.push(format!("{}: {id}", file.display()));
                }
            }
        }
    }
    assert!(named > 0, "the scan found no message at all");
    assert_eq!(missing, Vec::<String>::new());
}

/// The ids in `text` that follow `message(` or `text(` (after an optional first argument that is
/// not a string), e.g. `message(language, "cli-backup-written", …)` or `words.text("x")`.
fn named_ids(text: &str) -> Vec<&str> {
    let mut ids = Vec::new();
    let calls = text
        .match_indices("message(")
        .chain(text.match_indices("text("))
        .map(|(start, call)| start + call.len());
    for start in calls {
        let rest = &text[start..];
        let rest = rest.trim_start();
        let rest = match rest.find(['"', ')']) {
            Some(index) if rest[..index].trim_end().ends_with(',') || index == 0 => &rest[index..],
            _ => continue,
        };
        if let Some(quoted) = rest.strip_prefix('"')
            && let Some(end) = quoted.find('"')
        {
            let id = &quoted[..end];
            if id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') && id.contains('-') {
                ids.push(id);
            }
        }
    }
    ids
}

fn rust_files(folder: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let Ok(entries) = std::fs::read_dir(folder) else {
        return files;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            if path.file_name().is_some_and(|name| name == "target") {
                continue;
            }
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            files.push(path);
        }
    }
    files
}
