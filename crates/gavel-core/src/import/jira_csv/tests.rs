use super::*;

fn read(text: &str) -> BacklogFile {
    read_jira_csv("jira.csv", text, &[]).expect("a valid Jira export")
}

fn error_message(text: &str) -> String {
    match read_jira_csv("jira.csv", text, &[]) {
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
    assert_eq!(file.rows[0].watchers, Some(2));
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
        file.rows[0].description.as_deref(),
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
         \"Clave de incidencia\", \"Clé de ticket\", \"Sagsnøgle\"), and no column holds an \
         issue key (like MO-12) in every row; choose the column in the preview (or with --column)"
    );
    assert_eq!(
        error_message("Issue key,Status\nMO-1,Done\n"),
        "jira.csv, line 1: the header has no summary column (such as \"Summary\", \"Resumen\", \
         \"Résumé\", \"Resumé\"), and the first column is not text in every row; choose the \
         column in the preview (or with --column)"
    );
}

/// The columns of the report, as `header: field (how)`.
fn recognition(file: &BacklogFile) -> Vec<String> {
    file.columns
        .iter()
        .map(|column| {
            let field = column.field.map_or("-", ColumnField::name);
            let count = if column.count > 1 {
                format!(" ×{}", column.count)
            } else {
                String::new()
            };
            format!(
                "{}{count}: {field} ({:?})",
                column.header, column.recognised_by
            )
        })
        .collect()
}

#[test]
fn unknown_headers_are_read_by_the_shape_and_place_of_their_values() {
    // Headers in Estonian, which Gavel does not list: the summary is first, as Jira writes it,
    // the key column holds a different key in every row, the rank column LexoRanks.
    let file = read(
        "Kokkuvõte,Probleemi võti,Olek,Järjestus,Hääled\n\
         Organisationsdiagram,MO-1,Tegemisel,0|i0001:,3\n\
         Eksport,MO-2,Valmis,0|i0002:,0\n",
    );
    assert_eq!(
        summary(&file),
        [
            "MO-1 | Organisationsdiagram | None | None | Some(\"0|i0001:\") | None | None",
            "MO-2 | Eksport | None | None | Some(\"0|i0002:\") | None | None",
        ]
    );
    assert_eq!(
        recognition(&file),
        [
            "Kokkuvõte: summary (Position)",
            "Probleemi võti: key (Values)",
            "Olek: - (NotRead)",
            "Järjestus: rank (Values)",
            "Hääled: - (NotRead)",
        ]
    );
}

#[test]
fn the_chairs_choice_wins_over_name_and_shape() {
    let text = "Kokkuvõte,Probleemi võti,Olek,Hääled,Labels\n\
                Organisationsdiagram,MO-1,Tegemisel,3,ux\n";
    let choices = [
        ColumnChoice {
            header: "olek".into(),
            field: Some(ColumnField::Status),
        },
        ColumnChoice {
            header: "Hääled".into(),
            field: Some(ColumnField::Votes),
        },
        ColumnChoice {
            header: "Labels".into(),
            field: None,
        },
    ];
    let file = read_jira_csv("jira.csv", text, &choices).expect("readable");
    assert_eq!(file.rows[0].status.as_deref(), Some("Tegemisel"));
    assert_eq!(file.rows[0].votes, Some(3));
    assert_eq!(file.rows[0].labels, None);
    assert_eq!(
        recognition(&file),
        [
            "Kokkuvõte: summary (Position)",
            "Probleemi võti: key (Values)",
            "Olek: status (Choice)",
            "Hääled: votes (Choice)",
            "Labels: - (NotRead)",
        ]
    );
    let unknown = [ColumnChoice {
        header: "Stemmer".into(),
        field: Some(ColumnField::Votes),
    }];
    assert_eq!(
        read_jira_csv("jira.csv", text, &unknown)
            .map(|_| ())
            .expect_err("no such column")
            .to_string(),
        "jira.csv, line 1: the file has no column \"Stemmer\""
    );
}

#[test]
fn a_key_column_must_hold_a_different_key_in_every_row() {
    // "Forælder" repeats a key and is empty in one row: not a key column.
    let message = error_message("Titel,Forælder\nA,MO-1\nB,MO-1\nC,\n");
    assert!(
        message.contains("no column holds an issue key"),
        "{message}"
    );
}

#[test]
fn parent_and_votes_in_several_languages() {
    for (language, text) in [
        (
            "English",
            "Summary,Issue key,Parent,Votes,Watchers,Watchers\nEpic,MO-1,,4,Anne,Bo\nStory,MO-2,MO-1,0,,\n",
        ),
        (
            "Danish",
            "Resumé;Sagsnøgle;Overordnet;Stemmer;Overvågere\r\nEpic;MO-1;;4;Anne\r\nStory;MO-2;MO-1;0;\r\n",
        ),
        (
            "Spanish",
            "Resumen,Clave de incidencia,Principal,Votos\nEpic,MO-1,,4\nStory,MO-2,MO-1,0\n",
        ),
        (
            "German",
            "Zusammenfassung,Vorgangsschlüssel,Übergeordnet,Stimmen,Beobachter\nEpic,MO-1,,4,Anne\nStory,MO-2,MO-1,0,\n",
        ),
        (
            "Polish",
            "Podsumowanie,Klucz zgłoszenia,Element nadrzędny,Głosy\nEpic,MO-1,,4\nStory,MO-2,MO-1,0\n",
        ),
        (
            "Epic Link (Server)",
            "Summary,Issue key,Custom field (Epic Link),Votes\nEpic,MO-1,,4\nStory,MO-2,MO-1,0\n",
        ),
    ] {
        let file = read(text);
        let read: Vec<(Option<&str>, Option<u32>)> = file
            .rows
            .iter()
            .map(|row| (row.parent.as_deref(), row.votes))
            .collect();
        assert_eq!(
            read,
            [(Some(""), Some(4)), (Some("MO-1"), Some(0))],
            "{language}"
        );
    }
}

#[test]
fn a_parent_given_by_its_issue_id_is_found_in_the_issue_id_column() {
    let file = read(
        "Summary,Issue key,Issue id,Parent,Parent summary\n\
         Epic,MO-1,10001,,\n\
         Story,MO-2,10002,10001,Epic\n",
    );
    assert_eq!(file.rows[1].parent.as_deref(), Some("MO-1"));
    assert_eq!(file.parent_field.as_deref(), Some("Parent"));
    assert_eq!(
        error_message("Summary,Issue key,Issue id,Parent\nStory,MO-2,10002,10001\n"),
        "jira.csv, line 2, field \"Parent\": the parent with issue id 10001 is not in the file; \
         export the parents too"
    );
    assert_eq!(
        error_message("Summary,Issue key,Parent\nStory,MO-2,10001\n"),
        "jira.csv, line 2, field \"Parent\": the parent is given by its issue id 10001, but the \
         file has no \"Issue id\" column to find it by; export all fields"
    );
    assert_eq!(
        error_message("Summary,Issue key,Parent\nStory,MO-2,the epic\n"),
        "jira.csv, line 2, field \"Parent\": \"the epic\" is neither an issue key (like MO-12) nor \
         an issue id (like 10012)"
    );
}

#[test]
fn votes_that_are_not_whole_numbers_name_line_and_column() {
    for (votes, shown) in [("1.0", "1.0"), ("-3", "-3"), ("mange", "mange")] {
        let text = format!("Resumé;Sagsnøgle;Stemmer\nA;MO-1;2\nB;MO-2;{votes}\n");
        let error = read_jira_csv("eksport.csv", &text, &[])
            .map(|_| ())
            .expect_err(votes);
        assert_eq!(
            error.to_string(),
            format!(
                "eksport.csv, line 3, field \"Stemmer\": \"{shown}\" is not a number of votes: \
                 expected a whole number of at least 0, like 3"
            )
        );
        assert_eq!(
            error.danish(),
            format!(
                "eksport.csv, linje 3, felt »Stemmer«: »{shown}« er ikke et antal stemmer; skriv \
                 et helt tal på 0 eller derover, som f.eks. 3."
            )
        );
    }
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
fn the_separator_is_read_from_the_header() {
    assert_eq!(separator_of("Summary,Issue key"), b',');
    assert_eq!(separator_of("Resumé;Sagsnøgle"), b';');
    assert_eq!(separator_of("Summary\tIssue key"), b'\t');
    assert_eq!(separator_of("Summary"), b',');
}

#[test]
fn a_bad_row_far_down_a_file_read_by_its_values_is_refused_naming_its_line() {
    // Unknown (Estonian) headers make the reader pass over the values first; the streamed rows
    // must still be checked, and the line named, however far down the bad row is.
    let mut text = String::from("Kokkuvõte,Probleemi võti,Olek\n");
    for number in 1..=500 {
        text.push_str(&format!("Ülesanne {number},MO-{number},Avatud\n"));
    }
    text.push_str("Ülesanne 501,MO-501,Avatud,liiga palju\n");
    assert_eq!(
        error_message(&text),
        "jira.csv, line 502: the row has 4 cells where the header has 3"
    );
}

#[test]
fn rows_are_read_the_same_whether_columns_are_named_or_read_by_their_values() {
    let rows = |header: &str| {
        let text = format!("{header}\nTavle,MO-2,Åben\nKalender,MO-1,Lukket\n");
        let file = read_jira_csv("jira.csv", &text, &[]).expect("read");
        file.rows
            .into_iter()
            .map(|row| (row.line, row.key, row.title))
            .collect::<Vec<_>>()
    };
    let named = rows("Summary,Issue key,Status");
    assert_eq!(named, rows("Kokkuvõte,Probleemi võti,Olek"));
    assert_eq!(
        named,
        [
            (2, "MO-2".to_owned(), "Tavle".to_owned()),
            (3, "MO-1".to_owned(), "Kalender".to_owned())
        ]
    );
}
