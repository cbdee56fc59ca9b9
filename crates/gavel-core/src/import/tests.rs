use super::*;

fn read(bytes: &[u8], format: ImportFormat) -> Result<BacklogFile> {
    read_backlog_file("backlog-file", bytes, &format.into())
}

fn error_message(bytes: &[u8], format: ImportFormat) -> String {
    match read(bytes, format) {
        Ok(file) => panic!("expected an error, got {:?}", file.rows),
        Err(error) => error.to_string(),
    }
}

#[test]
fn the_format_is_detected_by_content() {
    let cases: [(&[u8], ImportFormat); 5] = [
        (b"key,title\nMO-1,A\n", ImportFormat::GavelCsv),
        (b"Summary,Issue key\nA,MO-1\n", ImportFormat::JiraCsv),
        (
            "\u{feff}Resumen,Clave de incidencia\nA,MO-1\n".as_bytes(),
            ImportFormat::JiraCsv,
        ),
        (b"  \n{\"issues\": []}", ImportFormat::JiraJson),
        (b"Title;Key\nA;MO-1\n", ImportFormat::GavelCsv),
    ];
    for (bytes, expected) in cases {
        let file = read(bytes, ImportFormat::Auto).expect("readable");
        assert_eq!(file.format, expected, "{}", String::from_utf8_lossy(bytes));
    }
}

#[test]
fn a_chosen_format_overrides_detection() {
    assert_eq!(
        error_message(b"key,title\nMO-1,A\n", ImportFormat::JiraCsv),
        "backlog-file, line 1: the header has no summary column (such as \"Summary\", \
         \"Resumen\", \"Résumé\", \"Resumé\"), and the first column is not text in every row; \
         choose the column in the preview (or with --column)"
    );
    assert_eq!(
        error_message(b"key,title\nMO-1,A\n", ImportFormat::JiraJson),
        "backlog-file, line 1: not valid JSON (column 1): expected value"
    );
}

#[test]
fn windows_1252_files_are_read_and_the_report_says_so() {
    let file = read(
        b"Summary;Issue key;Status\r\nBeslutningsm\xf8de \x96 referat;MO-9;I gang\r\n",
        ImportFormat::Auto,
    )
    .expect("readable");
    assert_eq!(file.rows[0].title, "Beslutningsmøde – referat");
    assert_eq!(file.encoding, TextEncoding::Windows1252);
    assert_eq!(
        file.warnings,
        [Bilingual::new(
            "filen er ikke UTF-8; den er læst som Windows-1252 (det, Excel gemmer som »CSV«).",
            "the file is not UTF-8; it was read as Windows-1252 (what Excel saves as \"CSV\")"
        )]
    );
    assert!(file.text_repairs.is_empty());
}

#[test]
fn a_stray_byte_in_a_utf8_export_is_repaired_on_its_line_and_reported() {
    let mut bytes = "Summary,Issue key,Status\nÆrøskøbing – μ,MO-1,Til behandling\n"
        .as_bytes()
        .to_vec();
    bytes.extend_from_slice(b"Kr\xf8yer,MO-2,I gang\n");
    bytes.extend_from_slice("Ålborg “citat”,MO-3,Færdig\n".as_bytes());
    let file = read(&bytes, ImportFormat::Auto).expect("readable");
    let titles: Vec<&str> = file.rows.iter().map(|row| row.title.as_str()).collect();
    assert_eq!(titles, ["Ærøskøbing – μ", "Krøyer", "Ålborg “citat”"]);
    assert_eq!(file.rows[2].status.as_deref(), Some("Færdig"));
    assert_eq!(file.encoding, TextEncoding::Utf8);
    assert_eq!(
        file.text_repairs,
        [TextRepair {
            line: 3,
            characters: "ø".into()
        }]
    );
    assert_eq!(
        file.warnings[0].en,
        "line 3 held bytes that are not UTF-8; they were read as Windows-1252 (or as � where a \
         character was cut short). The rest of the file is UTF-8 and was read as it is; check the \
         lines named"
    );
    assert!(
        file.warnings[0]
            .da
            .starts_with("linje 3 havde bytes, der ikke er UTF-8")
    );
}

#[test]
fn empty_and_unrecognisable_files_are_refused() {
    let expected_empty = "backlog-file: the file is empty; expected a Jira export (CSV or JSON) or \
                          a Gavel backlog CSV";
    assert_eq!(error_message(b"", ImportFormat::Auto), expected_empty);
    assert_eq!(
        error_message(b"\xEF\xBB\xBF \r\n", ImportFormat::Auto),
        expected_empty
    );
    assert_eq!(
        error_message(b"Dear chair - here is the backlog.\n", ImportFormat::Auto),
        "backlog-file, line 1: the file is neither CSV nor JSON; expected a Jira export (CSV or \
         JSON) or a Gavel backlog CSV"
    );
    assert_eq!(
        error_message(b"Name,Email\nAnne,anne@example.org\n", ImportFormat::Auto),
        "backlog-file, line 1: the header \"Name,Email\" is neither a Jira export's (no \"Issue \
         key\" and \"Summary\" columns) nor a Gavel backlog CSV's (no \"key\" and \"title\" columns)"
    );
}

#[test]
fn files_over_the_size_limit_are_refused_before_reading() {
    assert_eq!(
        check_file_size("big.csv", 200 * 1024 * 1024)
            .expect_err("too big")
            .to_string(),
        "big.csv: the file is 200 MB; backlog files larger than 100 MB are refused"
    );
    assert!(check_file_size("ok.csv", MAX_FILE_BYTES).is_ok());
}

#[test]
fn story_points_forms() {
    for (text, expected) in [
        ("3", Some(3.0)),
        ("2.0", Some(2.0)),
        ("2,5", Some(2.5)),
        (" 13 ", Some(13.0)),
        ("1\u{a0}000", Some(1000.0)),
        ("-1", None),
        ("NaN", None),
        ("inf", None),
        ("1e3", None),
        ("", None),
        ("many", None),
    ] {
        assert_eq!(parse_story_points(text), expected, "{text:?}");
    }
}

#[test]
fn changed_fields_are_named() {
    let before = BacklogItem {
        key: "MO-1".into(),
        title: "A".into(),
        status: Some("To Do".into()),
        priority: None,
        rank: Some("0|a:".into()),
        story_points: Some(3.0),
        labels: vec!["ux".into()],
        group_priority: None,
        parent: None,
        votes: Some(3),
        watchers: None,
    };
    let after = BacklogItem {
        status: Some("Done".into()),
        rank: Some("0|b:".into()),
        labels: Vec::new(),
        parent: Some("MO-0".into()),
        votes: Some(4),
        ..before.clone()
    };
    let changes: Vec<String> = changed_fields(&before, &after)
        .into_iter()
        .map(|change| format!("{}: {:?} → {:?}", change.field, change.old, change.new))
        .collect();
    assert_eq!(
        changes,
        [
            r#"status: Some("To Do") → Some("Done")"#,
            r#"rank: Some("0|a:") → Some("0|b:")"#,
            r#"labels: Some("ux") → None"#,
            r#"parent: None → Some("MO-0")"#,
            r#"votes: Some("3") → Some("4")"#,
        ]
    );
    assert!(changed_fields(&before, &before).is_empty());
}

/// Each reader's limits, one unit past each: refused with a message naming the limit.
#[test]
fn one_past_each_limit_is_refused_naming_the_limit() {
    let long_cell = format!(
        "key,title\nMO-1,{}\n",
        "x".repeat(gavel_csv::MAX_CELL_BYTES + 1)
    );
    assert_eq!(
        error_message(long_cell.as_bytes(), ImportFormat::GavelCsv),
        "backlog-file, line 2, field \"title\": the cell is longer than 65536 bytes"
    );
    let at_the_limit = format!(
        "key,title\nMO-1,{}\n",
        "x".repeat(gavel_csv::MAX_CELL_BYTES)
    );
    assert!(read(at_the_limit.as_bytes(), ImportFormat::GavelCsv).is_ok());

    let mut too_many_rows = String::from("key,title\n");
    for number in 0..=MAX_ISSUES {
        too_many_rows.push_str(&format!("MO-{number},T\n"));
    }
    assert!(
        error_message(too_many_rows.as_bytes(), ImportFormat::GavelCsv)
            .ends_with("the file has more than 100000 items"),
    );

    let mut jira_rows = String::from("Summary,Issue key\n");
    for number in 0..=MAX_ISSUES {
        jira_rows.push_str(&format!("T,MO-{number}\n"));
    }
    assert!(
        error_message(jira_rows.as_bytes(), ImportFormat::JiraCsv)
            .ends_with("the file has more than 100000 issues"),
    );

    let issue = r#"{"key":"MO-1","fields":{"summary":"T"}}"#;
    let issues = vec![issue; MAX_ISSUES + 1].join(",");
    let jira_json = format!(r#"{{"issues":[{issues}]}}"#);
    assert!(
        error_message(jira_json.as_bytes(), ImportFormat::JiraJson)
            .ends_with("the file has more than 100000 issues"),
    );
}
