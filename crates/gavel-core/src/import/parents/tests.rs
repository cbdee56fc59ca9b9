use super::*;

fn row(line: u64, key: &str, parent: Option<&str>) -> BacklogRow {
    BacklogRow {
        line,
        key: key.to_owned(),
        title: format!("Sag {key}"),
        status: None,
        priority: None,
        rank: None,
        story_points: None,
        labels: None,
        parent: parent.map(str::to_owned),
        votes: None,
        watchers: None,
        description: None,
    }
}

fn file(format: ImportFormat, rows: Vec<BacklogRow>) -> BacklogFile {
    BacklogFile {
        format,
        encoding: crate::import::TextEncoding::Utf8,
        unstored: Vec::new(),
        rows,
        issues_in_search: None,
        more_pages_follow: false,
        text_repairs: Vec::new(),
        columns: Vec::new(),
        parent_field: Some(match format {
            ImportFormat::JiraJson => "fields.parent".to_owned(),
            _ => "Overordnet".to_owned(),
        }),
        warnings: Vec::new(),
    }
}

fn stored(key: &str, parent: Option<&str>) -> BacklogItem {
    BacklogItem {
        key: key.to_owned(),
        title: key.to_owned(),
        status: None,
        priority: None,
        rank: None,
        story_points: None,
        labels: Vec::new(),
        group_priority: None,
        parent: parent.map(str::to_owned),
        votes: None,
        watchers: None,
    }
}

fn refusal(file: &BacklogFile, backlog: &[BacklogItem]) -> (String, String) {
    match check_parents("eksport.csv", file, backlog) {
        Ok(()) => panic!("expected a refusal"),
        Err(error) => (error.to_string(), error.danish()),
    }
}

#[test]
fn parents_in_the_file_or_the_backlog_pass_in_any_order() {
    let rows = vec![
        row(2, "MO-2", Some("MO-1")),
        row(3, "MO-1", Some("MO-9")),
        row(4, "MO-3", Some("")),
    ];
    assert!(
        check_parents(
            "x.csv",
            &file(ImportFormat::JiraCsv, rows),
            &[stored("MO-9", None)]
        )
        .is_ok()
    );
}

#[test]
fn a_parent_in_neither_the_file_nor_the_backlog_names_line_and_field() {
    let rows = vec![row(2, "MO-1", None), row(3, "MO-2", Some("MO-99"))];
    let (english, danish) = refusal(&file(ImportFormat::JiraCsv, rows), &[]);
    assert_eq!(
        english,
        "eksport.csv, line 3, field \"Overordnet\": the parent MO-99 of MO-2 is neither in the file \
         nor in Gavel's backlog; export the parents too (include them in the search), or choose \
         not to read the column \"Overordnet\""
    );
    assert!(
        danish.contains("den overordnede sag MO-99 til MO-2 er hverken i filen"),
        "{danish}"
    );
}

#[test]
fn a_cycle_in_the_file_is_refused_at_its_first_item() {
    let rows = vec![
        row(2, "MO-1", Some("MO-3")),
        row(3, "MO-2", Some("MO-1")),
        row(4, "MO-3", Some("MO-2")),
    ];
    let (english, danish) = refusal(&file(ImportFormat::JiraCsv, rows), &[]);
    assert_eq!(
        english,
        "eksport.csv, line 2, field \"Overordnet\": the parents form a cycle: MO-1 → MO-3 → MO-2 → \
         MO-1"
    );
    assert!(
        danish.contains("de overordnede sager danner en ring: MO-1 → MO-3"),
        "{danish}"
    );
}

#[test]
fn a_cycle_through_a_stored_parent_is_refused() {
    // MO-1 is stored under MO-2; the file puts MO-2 under MO-1 and does not mention MO-1.
    let rows = vec![row(2, "MO-2", Some("MO-1"))];
    let (english, _) = refusal(
        &file(ImportFormat::JiraCsv, rows),
        &[stored("MO-1", Some("MO-2")), stored("MO-2", None)],
    );
    assert!(
        english.ends_with("the parents form a cycle: MO-2 → MO-1 → MO-2"),
        "{english}"
    );
}

#[test]
fn two_items_swapping_places_is_no_cycle() {
    // Stored: MO-1 under MO-2. The file turns it round: MO-2 under MO-1, MO-1 on top.
    let rows = vec![row(2, "MO-2", Some("MO-1")), row(3, "MO-1", Some(""))];
    let backlog = [stored("MO-1", Some("MO-2")), stored("MO-2", None)];
    assert!(check_parents("x.csv", &file(ImportFormat::JiraCsv, rows), &backlog).is_ok());
}

#[test]
fn own_parent_and_json_paths() {
    let rows = vec![row(1, "MO-1", None), row(2, "MO-2", Some("MO-2"))];
    let (english, _) = refusal(&file(ImportFormat::JiraJson, rows), &[]);
    assert_eq!(
        english,
        "eksport.csv, field \"issues[1].fields.parent\": MO-2 cannot be its own parent"
    );
}
