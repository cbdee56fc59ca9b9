use super::*;

fn read(text: &str) -> BacklogFile {
    read_jira_csv("jira.csv", text).expect("a valid Jira export")
}

fn error_message(text: &str) -> String {
    match read_jira_csv("jira.csv", text) {
        Ok(file) => panic!("expected an error, got {:?}", file.rows),
        Err(error) => error.to_string(),
    }
}

/// Keys, titles, statuses, priorities, ranks, points and labels of every row, one line each.
fn summary(file: &BacklogFile) -> Vec<String> {
    file.rows
        .iter()
        .map(|row| {
            format!(
                "{} | {} | {:?} | {:?} | {:?} | {:?} | {:?}",
                row.key,
                row.title,
                row.status,
                row.priority,
                row.rank,
                row.story_points,
                row.labels
            )
        })
        .collect()
}

#[test]
fn english_all_fields_export_with_repeated_columns() {
    let file = read(
        "Summary,Issue key,Issue id,Issue Type,Status,Priority,Labels,Labels,Labels,Sprint,Sprint,\
         Custom field (Rank),Custom field (Story Points),Comment,Comment,Watchers,Watchers,Created,Updated\n\
         Organisationsdiagram,MO-1,10001,Story,To Do,High,ux,rapport,,MO Sprint 1,MO Sprint 2,0|i001nb:,2.0,\
         \"22/Sep/25 9:26 AM;5db9;Første kommentar\",,Eric,Sai,22/Sep/25 9:26 AM,23/Sep/25 1:05 PM\n",
    );
    assert_eq!(
        summary(&file),
        [
            "MO-1 | Organisationsdiagram | Some(\"To Do\") | Some(\"High\") | Some(\"0|i001nb:\") | \
             Some(2.0) | Some([\"ux\", \"rapport\"])"
        ]
    );
    let unstored = &file.unstored[0];
    assert_eq!(unstored.issue_type.as_deref(), Some("Story"));
    assert_eq!(unstored.sprints, ["MO Sprint 1", "MO Sprint 2"]);
    assert_eq!(unstored.comments, ["Første kommentar"]);
    assert_eq!(unstored.watchers, ["Eric", "Sai"]);
    assert_eq!(
        unstored
            .updated
            .map(|time| time.local.to_string())
            .as_deref(),
        Some("2025-09-23 13:05:00")
    );
}

#[test]
fn spanish_headers() {
    let file = read(
        "Resumen,Clave de incidencia,Tipo de Incidencia,Estado,Prioridad,Etiquetas,Etiquetas,\
         Campo personalizado (Story Points),Campo personalizado (Rank),Comentario,Creada\n\
         Informe de votos,OS-7,Historia,Tareas por hacer,Alta,votos,informe,3,1|hzzzzz:,,10/nov/25 4:51 PM\n",
    );
    assert_eq!(
        summary(&file),
        [
            "OS-7 | Informe de votos | Some(\"Tareas por hacer\") | Some(\"Alta\") | \
             Some(\"1|hzzzzz:\") | Some(3.0) | Some([\"votos\", \"informe\"])"
        ]
    );
    assert_eq!(
        file.unstored[0]
            .created
            .map(|time| time.local.to_string())
            .as_deref(),
        Some("2025-11-10 16:51:00")
    );
}

#[test]
fn french_headers_with_thirteen_comment_columns() {
    let comments = vec!["Commentaire"; 13].join(",");
    let comment_cells = (1..=13)
        .map(|number| format!("\"06/août/15 12:00 PM;admin;Remarque {number}\""))
        .collect::<Vec<_>>()
        .join(",");
    let file = read(&format!(
        "Résumé,Clé de ticket,Statut,Priorité,Étiquettes,Champ personnalisé (Rang),{comments}\n\
         Tableau de bord,GP-3,À faire,Moyenne,tableau,2|i0000f:,{comment_cells}\n"
    ));
    assert_eq!(
        summary(&file),
        [
            "GP-3 | Tableau de bord | Some(\"À faire\") | Some(\"Moyenne\") | Some(\"2|i0000f:\") | \
             None | Some([\"tableau\"])"
        ]
    );
    assert_eq!(file.unstored[0].comments.len(), 13);
    assert_eq!(file.unstored[0].comments[12], "Remarque 13");
}

#[test]
fn danish_headers_saved_by_excel_with_semicolons() {
    let file = read(
        "Resumé;Sagsnøgle;Status;Prioritet;Etiketter;Brugerdefineret felt (Story point estimate)\r\n\
         Tilgængelighed;MO-1433;Til behandling;Høj;ux;8,0\r\n",
    );
    assert_eq!(
        summary(&file),
        [
            "MO-1433 | Tilgængelighed | Some(\"Til behandling\") | Some(\"Høj\") | None | Some(8.0) \
             | Some([\"ux\"])"
        ]
    );
}

#[test]
fn an_export_without_status_priority_rank_or_labels_keeps_those_unknown() {
    let file = read(
        "Issue Type,Issue key,Issue id,Summary,Assignee,Reporter,Created,Updated\n\
         Task,MO-2,10002,Kun få kolonner,,admin,11/01/2023 15:22,25/01/2023 09:00\n",
    );
    assert_eq!(
        summary(&file),
        ["MO-2 | Kun få kolonner | None | None | None | None | None"]
    );
    assert_eq!(
        file.unstored[0]
            .created
            .map(|time| time.local.to_string())
            .as_deref(),
        Some("2023-01-11 15:22:00")
    );
}

#[test]
fn story_points_prefers_story_points_over_the_estimate_and_reads_spaces() {
    let file = read(
        "Issue key,Summary,Custom field (Story point estimate),Custom field (Story Points)\n\
         MO-1,A,5,\u{a0}1\u{a0}000\n\
         MO-2,B,5,\n\
         MO-3,C,,\n",
    );
    let points: Vec<Option<f64>> = file.rows.iter().map(|row| row.story_points).collect();
    assert_eq!(points, [Some(1000.0), Some(5.0), None]);
}

#[test]
fn labels_in_one_cell_are_split_and_duplicates_dropped() {
    let file = read("Issue key,Summary,Labels,Labels\nMO-1,A,ux rapport,ux\nMO-2,B,,\n");
    let labels: Vec<Option<Vec<String>>> = file.rows.iter().map(|row| row.labels.clone()).collect();
    assert_eq!(
        labels,
        [
            Some(vec!["ux".to_owned(), "rapport".to_owned()]),
            Some(Vec::new())
        ]
    );
}

#[test]
fn multi_line_cells_and_quotes_and_blank_rows() {
    let file = read(
        "Issue key,Summary,Description\n\
         MO-1,\"Sig \"\"hej\"\", verden\",\"Linje 1\r\nLinje 2\"\n\
         ,,\n\
         MO-2,Anden,\n",
    );
    assert_eq!(file.rows.len(), 2);
    assert_eq!(file.rows[0].title, "Sig \"hej\", verden");
    assert_eq!(
        file.unstored[0].description.as_deref(),
        Some("Linje 1\r\nLinje 2")
    );
    assert_eq!(file.rows[1].line, 5);
}

#[test]
fn legacy_sprint_strings_become_sprint_names() {
    let file = read(
        "Issue key,Summary,Sprint\n\
         MO-1,A,\"com.atlassian.greenhopper.service.sprint.Sprint@14b1c359[id=321,rapidViewId=29,\
         state=CLOSED,name=Sprint 7, efterår,startDate=2015-06-01T10:00:00.000+02:00,sequence=321]\"\n",
    );
    assert_eq!(file.unstored[0].sprints, ["Sprint 7, efterår"]);
}

#[test]
fn a_missing_key_or_summary_column_is_named() {
    assert_eq!(
        error_message("Summary,Status\nA,Done\n"),
        "jira.csv, line 1: the header has no issue key column (such as \"Issue key\", \
         \"Clave de incidencia\", \"Clé de ticket\", \"Sagsnøgle\")"
    );
    assert_eq!(
        error_message("Issue key,Status\nMO-1,Done\n"),
        "jira.csv, line 1: the header has no summary column (such as \"Summary\", \"Resumen\", \
         \"Résumé\", \"Resumé\")"
    );
}

#[test]
fn empty_key_or_summary_names_line_and_column() {
    assert_eq!(
        error_message("Summary,Issue key\nA,MO-1\nB,\n"),
        "jira.csv, line 3, field \"Issue key\": the issue key must not be empty"
    );
    assert_eq!(
        error_message("Summary,Issue key\nA,MO-1\n\"\",MO-2\n"),
        "jira.csv, line 3, field \"Summary\": the summary of MO-2 must not be empty"
    );
}

#[test]
fn duplicate_key_names_both_lines() {
    assert_eq!(
        error_message("Summary,Issue key\nA,MO-1\n\"Two\nlines\",MO-2\nC,MO-1\n"),
        "jira.csv, line 5, field \"Issue key\": MO-1 already appears on line 2"
    );
}

#[test]
fn a_row_with_more_cells_than_the_header_is_refused_and_a_shorter_one_padded() {
    assert_eq!(
        error_message("Summary,Issue key\nA,MO-1\nB,MO-2,extra\n"),
        "jira.csv, line 3: the row has 3 cells where the header has 2"
    );
    let file = read("Issue key,Summary,Status\nMO-1,A\n");
    assert_eq!(file.rows[0].status.as_deref(), Some(""));
}

#[test]
fn bad_story_points_name_the_column() {
    assert_eq!(
        error_message("Issue key,Summary,Custom field (Story Points)\nMO-1,A,many\n"),
        "jira.csv, line 2, field \"Custom field (Story Points)\": \"many\" is not a number of at \
         least 0, like 3 or 2.5"
    );
}

#[test]
fn a_huge_cell_is_refused_naming_its_column() {
    let huge = "x".repeat(MAX_CELL_BYTES + 1);
    assert_eq!(
        error_message(&format!("Issue key,Summary,Description\nMO-1,A,{huge}\n")),
        "jira.csv, line 2, field \"Description\": the cell is 1025 KB; cells longer than 1024 KB \
         are refused"
    );
}

#[test]
fn headers_are_recognised_in_any_language_and_case() {
    for (header, expected) in [
        ("Issue key", Some(JiraColumn::Key)),
        ("ISSUE KEY", Some(JiraColumn::Key)),
        ("Clave de incidencia", Some(JiraColumn::Key)),
        ("Clé de ticket", Some(JiraColumn::Key)),
        ("Sagsnøgle", Some(JiraColumn::Key)),
        ("\u{feff}Summary", Some(JiraColumn::Summary)),
        ("Custom field (Rank)", Some(JiraColumn::Rank)),
        (
            "Custom field (Story point estimate)",
            Some(JiraColumn::StoryPointEstimate),
        ),
        (
            "Campo personalizado (Story Points)",
            Some(JiraColumn::StoryPoints),
        ),
        ("Fix Version/s", Some(JiraColumn::FixVersions)),
        ("Component/s", Some(JiraColumn::Components)),
        ("Watchers Id", None),
        ("Status Category", None),
        ("Custom field (Rank (Obsolete))", None),
    ] {
        assert_eq!(classify_header(header), expected, "header {header:?}");
    }
}

#[test]
fn the_separator_is_read_from_the_header() {
    assert_eq!(separator_of("Summary,Issue key"), b',');
    assert_eq!(separator_of("Resumé;Sagsnøgle"), b';');
    assert_eq!(separator_of("Summary\tIssue key"), b'\t');
    assert_eq!(separator_of("Summary"), b',');
}
