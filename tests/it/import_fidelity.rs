//! What issue 16 asked of the importer (tests/fixtures/jira/, see its README): a stray byte
//! repairs only its own line; parents (epics) and Jira's vote and watcher counts are read from
//! CSV in several languages and from JSON v2 and v3; a header in a language Gavel does not list
//! is read by its values; bad votes and parents are refused naming file, line and field, with
//! nothing changed; and an event stored by Gavel 0.1 still reads and hashes as stored.

use std::path::{Path, PathBuf};

use gavel_core::{
    BacklogImportReport, Command, EventPayload, ImportFormat, ImportOptions, Store,
    read_backlog_file, read_backlog_path,
};

use crate::support::{dump_read_tables, event_count, fresh_store, gavel, stderr, stdout};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/jira")
        .join(name)
}

fn import(store: &mut Store, name: &str) -> BacklogImportReport {
    let file = read_backlog_path(&fixture(name), &ImportFormat::Auto.into())
        .unwrap_or_else(|error| panic!("{name} is readable: {error}"));
    store
        .import_backlog(name, file, false)
        .unwrap_or_else(|error| panic!("{name} imports: {error}"))
}

/// `key | title | parent | votes | watchers` per item, in backlog order.
fn hierarchy(store: &Store) -> Vec<String> {
    store
        .backlog_items()
        .expect("the backlog reads")
        .iter()
        .map(|item| {
            let count = |value: Option<u32>| value.map_or("-".to_owned(), |n| n.to_string());
            format!(
                "{} | {} | {} | {} | {}",
                item.key,
                item.title,
                item.parent.as_deref().unwrap_or("-"),
                count(item.votes),
                count(item.watchers),
            )
        })
        .collect()
}

const THE_SAME_FOUR_ISSUES: [&str; 4] = [
    "MO-100 | Fælles login for kommunerne | - | 7 | 2",
    "MO-101 | Log ind med MitID – æøå | MO-100 | 3 | 1",
    "MO-102 | Log ud alle steder | MO-100 | 0 | 0",
    "MO-103 | Rapport over ledere | - | 12 | 1",
];

#[test]
fn parents_and_votes_from_csv_in_several_languages_and_json_v2_and_v3() {
    for name in [
        "parents-votes-danish.csv",
        "parents-votes-spanish.csv",
        "parents-votes-german.csv",
        "search-v2-parent-votes.json",
        "search-v2-epic-link-votes.json",
        "search-v3-parent-votes.json",
    ] {
        let folder = tempfile::tempdir().expect("temp dir");
        let mut store = fresh_store(folder.path());
        let report = import(&mut store, name);
        assert_eq!(report.added, 4, "{name}");
        assert_eq!(hierarchy(&store), THE_SAME_FOUR_ISSUES, "{name}");
        // The read tables are a fold of the log, parents and votes included.
        let db = folder.path().join("gavel.sqlite3");
        let tables = dump_read_tables(&db);
        store.rebuild().expect("rebuilds");
        assert_eq!(dump_read_tables(&db), tables, "{name}");
    }
}

#[test]
fn a_file_in_a_language_gavel_does_not_list_is_read_by_its_values() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let report = import(&mut store, "unknown-language-estonian.csv");
    assert_eq!(report.added, 4);
    let columns: Vec<String> = report
        .columns
        .iter()
        .map(|column| {
            format!(
                "{} → {:?} ({:?})",
                column.header,
                column.field.map(|field| field.name()),
                column.recognised_by
            )
        })
        .collect();
    assert_eq!(
        columns,
        [
            "Kokkuvõte → Some(\"summary\") (Position)",
            "Probleemi võti → Some(\"key\") (Values)",
            "Probleemi tüüp → None (NotRead)",
            "Olek → None (NotRead)",
            "Hääled → None (NotRead)",
            "Järjestus → Some(\"rank\") (Values)",
        ]
    );

    // The chair reads "Hääled" as the votes and "Olek" as the status, as the preview lets her.
    let options: ImportOptions = serde_json::from_str(
        r#"{"format":"auto","columns":[{"header":"Hääled","field":"votes"},{"header":"Olek","field":"status"}]}"#,
    )
    .expect("options parse");
    let file =
        read_backlog_path(&fixture("unknown-language-estonian.csv"), &options).expect("readable");
    let report = store
        .import_backlog("unknown-language-estonian.csv", file, false)
        .expect("imports");
    assert_eq!(report.changed, 4);
    let items = store.backlog_items().expect("reads");
    assert_eq!(items[3].votes, Some(12));
    assert_eq!(items[3].status.as_deref(), Some("Valmis"));
}

/// The regression of issue 16: one byte that is not UTF-8 made the whole file Windows-1252.
#[test]
fn one_stray_byte_keeps_every_other_non_ascii_character_exact() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let report = import(&mut store, "stray-byte-one-line.csv");
    let titles: Vec<String> = store
        .backlog_items()
        .expect("reads")
        .into_iter()
        .map(|item| item.title)
        .collect();
    assert_eq!(
        titles,
        [
            "Ærøskøbing – havnen",
            "Mødeleder: Søren Ærø (μ-team) “citat” é",
            "Beslutningsmøde",
            "Åbent møde – Århus",
        ]
    );
    let repairs: Vec<(u64, &str)> = report
        .text_repairs
        .iter()
        .map(|repair| (repair.line, repair.characters.as_str()))
        .collect();
    assert_eq!(repairs, [(4, "ø")]);

    // The CLI names the line too.
    let db = folder.path().join("cli.sqlite3");
    let output = gavel(
        &db,
        &[
            "backlog",
            "import",
            fixture("stray-byte-one-line.csv").to_str().expect("utf-8"),
            "--dry-run",
        ],
        "",
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).contains("not UTF-8: line 4 (ø)"),
        "{}",
        stdout(&output)
    );
    assert!(
        stderr(&output).contains("line 4 held bytes that are not UTF-8"),
        "{}",
        stderr(&output)
    );
}

/// Imports `text` as `name` into a database holding the four issues, and checks the refusal and
/// that nothing changed.
fn check_refused(name: &str, text: &str, expected_en: &str, expected_da: &str) {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let mut store = fresh_store(folder.path());
    import(&mut store, "parents-votes-danish.csv");
    let (tables, events) = (dump_read_tables(&db), event_count(&db));
    let result = read_backlog_file(name, text.as_bytes(), &ImportFormat::Auto.into())
        .and_then(|file| store.import_backlog(name, file, false));
    let error = result.expect_err(expected_en);
    assert_eq!(error.to_string(), expected_en);
    assert_eq!(error.danish(), expected_da);
    assert_eq!(dump_read_tables(&db), tables, "{name}");
    assert_eq!(event_count(&db), events, "{name}");
}

#[test]
fn bad_votes_and_parents_are_refused_naming_file_line_and_field() {
    check_refused(
        "stemmer.csv",
        "Resumé;Sagsnøgle;Stemmer\nA;MO-1;2\nB;MO-2;1.0\n",
        "stemmer.csv, line 3, field \"Stemmer\": \"1.0\" is not a number of votes: expected a \
         whole number of at least 0, like 3",
        "stemmer.csv, linje 3, felt »Stemmer«: »1.0« er ikke et antal stemmer; skriv et helt tal \
         på 0 eller derover, som f.eks. 3.",
    );
    check_refused(
        "votes.json",
        r#"{"issues":[{"key":"MO-1","fields":{"summary":"A","votes":{"votes":-3}}}]}"#,
        "votes.json, field \"issues[0].fields.votes.votes\": \"-3\" is not a number of votes: \
         expected a whole number of at least 0, like 3",
        "votes.json, felt »issues[0].fields.votes.votes«: »-3« er ikke et antal stemmer; skriv \
         et helt tal på 0 eller derover, som f.eks. 3.",
    );
    check_refused(
        "parent.csv",
        "Summary,Issue key,Parent\nA,MO-1,\nB,MO-2,MO-999\n",
        "parent.csv, line 3, field \"Parent\": the parent MO-999 of MO-2 is neither in the file \
         nor in Gavel's backlog; export the parents too (include them in the search), or choose \
         not to read the column \"Parent\"",
        "parent.csv, linje 3, felt »Parent«: den overordnede sag MO-999 til MO-2 er hverken i \
         filen eller i Gavels backlog; eksportér også de overordnede sager (tag dem med i \
         søgningen), eller vælg at kolonnen »Parent« ikke skal læses.",
    );
    // MO-100 is stored as the epic of MO-101; the file makes MO-101 the parent of MO-100.
    check_refused(
        "cycle.csv",
        "Summary,Issue key,Parent\nFælles login,MO-100,MO-101\n",
        "cycle.csv, line 2, field \"Parent\": the parents form a cycle: MO-100 → MO-101 → MO-100",
        "cycle.csv, linje 2, felt »Parent«: de overordnede sager danner en ring: MO-100 → MO-101 \
         → MO-100.",
    );
}

#[test]
fn the_command_checks_the_parent_against_the_backlog() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    import(&mut store, "parents-votes-danish.csv");
    let upsert = |key: &str, parent: &str| Command::UpsertBacklogItem {
        key: key.into(),
        title: None,
        status: None,
        priority: None,
        rank: None,
        story_points: None,
        labels: None,
        parent: Some(parent.into()),
        votes: None,
        watchers: None,
        description: None,
    };
    let mut refused = |command| store.apply(command).expect_err("refused").to_string();
    assert_eq!(
        refused(upsert("MO-103", "MO-7")),
        "the parent MO-7 of MO-103 is not in the backlog"
    );
    assert_eq!(
        refused(upsert("MO-100", "MO-102")),
        "MO-102 cannot be the parent of MO-100: that makes a cycle (MO-100 → MO-102 → \
         MO-100)"
    );
    assert_eq!(
        refused(upsert("MO-103", "MO-103")),
        "MO-103 cannot be its own parent"
    );
    store
        .apply(upsert("MO-103", "MO-100"))
        .expect("a parent in the backlog");
    store
        .apply(upsert("MO-103", ""))
        .expect("clearing the parent");
    assert_eq!(store.backlog_items().expect("reads")[3].parent, None);
}

/// Events recorded by Gavel 0.1 have no parent, votes or watchers: they read, and written back
/// they are the same bytes, so their hashes still hold; a new event without them is written as
/// 0.1 wrote it.
#[test]
fn a_backlog_event_from_gavel_0_1_reads_and_writes_back_byte_for_byte() {
    let stored = r#"{"type":"BacklogItemRecorded","key":"MO-1420","title":"Automatisk afslutning","status":"To Do","priority":"High","rank":"0|i0010d:","story_points":13.0,"labels":["sd-løn"]}"#;
    let payload: EventPayload = serde_json::from_str(stored).expect("a 0.1 event parses");
    assert_eq!(serde_json::to_string(&payload).expect("serialises"), stored);
    let EventPayload::BacklogItemRecorded { parent, votes, .. } = payload else {
        panic!("a backlog event");
    };
    assert_eq!((parent, votes), (None, None));
}

/// The same four issues as a Jira CSV and as Jira's XML export import to the same backlog.
#[test]
fn the_xml_export_gives_the_same_items_as_the_csv_of_the_same_issues() {
    let backlog_of = |name: &str| {
        let folder = tempfile::tempdir().expect("temp dir");
        let mut store = fresh_store(folder.path());
        let report = import(&mut store, name);
        assert_eq!(report.added, 4, "{name}");
        store.backlog_items().expect("reads")
    };
    let from_csv = backlog_of("same-issues.csv");
    let from_xml = backlog_of("same-issues.xml");
    assert_eq!(from_xml, from_csv);
    assert_eq!(from_xml[1].title, "Log ind med MitID & NemLog-in – æøå");
    assert_eq!(from_xml[1].parent.as_deref(), Some("MO-100"));
    assert_eq!(from_xml[1].story_points, Some(5.0));
    assert_eq!(from_xml[3].votes, Some(12));
}

/// XML with a document type is refused before any entity is read, and a 200 MB export before a
/// byte is read; the database is left as it was.
#[test]
fn hostile_and_huge_xml_is_refused_and_nothing_changes() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    assert!(gavel(&db, &["demo"], "").status.success());
    let (tables, events) = (dump_read_tables(&db), event_count(&db));
    let write = |name: &str, text: &str| {
        let path = folder.path().join(name);
        std::fs::write(&path, text).expect("writes");
        path
    };
    let billion_laughs = write(
        "lol.xml",
        &format!(
            "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n{}]>\n<rss><channel><item><key>MO-1</key><summary>&lol9;</summary></item></channel></rss>\n",
            (1..=9)
                .map(|level| format!(
                    "<!ENTITY lol{level} \"{}\">\n",
                    format!(
                        "&lol{};",
                        if level == 1 {
                            String::new()
                        } else {
                            (level - 1).to_string()
                        }
                    )
                    .repeat(10)
                ))
                .collect::<String>()
        ),
    );
    let external_entity = write(
        "xxe.xml",
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<rss><channel><item><key>MO-1</key><summary>&xxe;</summary></item></channel></rss>\n",
    );
    let too_big = folder.path().join("export.xml");
    std::fs::File::create(&too_big)
        .and_then(|file| file.set_len(200 * 1024 * 1024))
        .expect("creates a 200 MB sparse file");
    for (path, expected) in [
        (
            &billion_laughs,
            "lol.xml, line 2: the XML file declares a document type",
        ),
        (
            &external_entity,
            "xxe.xml, line 2: the XML file declares a document type",
        ),
        (
            &too_big,
            "export.xml: the file is 200 MB; backlog files larger than 100 MB are refused",
        ),
    ] {
        let output = gavel(
            &db,
            &["backlog", "import", path.to_str().expect("utf-8")],
            "",
        );
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        assert!(stderr(&output).contains(expected), "{}", stderr(&output));
        assert!(
            !stderr(&output).contains("root:"),
            "the entity was read: {}",
            stderr(&output)
        );
    }
    assert_eq!(dump_read_tables(&db), tables);
    assert_eq!(event_count(&db), events);
}

#[test]
fn other_tools_files_get_a_hint_instead_of_not_a_jira_export() {
    let refusal = |name: &str, text: &str| {
        read_backlog_file(name, text.as_bytes(), &ImportFormat::Auto.into())
            .map(|_| ())
            .expect_err(name)
            .to_string()
    };
    assert!(
        refusal(
            "board.json",
            r#"{"id":"5f1","name":"Styregruppe","cards":[],"lists":[]}"#
        )
        .starts_with("board.json: the file is a Trello board export, not a Jira export."),
    );
    assert!(
        refusal(
            "issues.json",
            r#"[{"number":12,"title":"Log ind","state":"open","html_url":"https://github.com/os2/mo/issues/12"}]"#
        )
        .starts_with("issues.json: the file is a list of GitHub issues, not a Jira export."),
    );
    assert!(
        refusal(
            "issues.csv",
            "number,title,state,url\n12,Log ind,open,https://github.com/x\n"
        )
        .starts_with("issues.csv, line 1: the file is a list of GitHub issues"),
    );
}
