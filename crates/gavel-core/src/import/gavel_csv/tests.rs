use super::*;

fn parse(text: &str) -> Result<Vec<BacklogRow>> {
    parse_backlog_csv("backlog.csv", text.as_bytes())
}

fn error_message(text: &str) -> String {
    match parse(text) {
        Ok(rows) => panic!("expected an error, got {rows:?}"),
        Err(error) => error.to_string(),
    }
}

#[test]
fn reads_every_documented_column() {
    let rows = parse(
        "key,title,status,priority,rank,story_points,labels,description\n\
         MO-1,Organisationsdiagram,To Do,High,0|i0001:,3,ux rapport,\"Et diagram.\n\n- pr. enhed\"\n",
    )
    .expect("valid file");
    assert_eq!(
        rows,
        vec![BacklogRow {
            line: 2,
            key: "MO-1".into(),
            title: "Organisationsdiagram".into(),
            status: Some("To Do".into()),
            priority: Some("High".into()),
            rank: Some("0|i0001:".into()),
            story_points: Some(3.0),
            labels: Some(vec!["ux".into(), "rapport".into()]),
            parent: None,
            votes: None,
            watchers: None,
            description: Some("Et diagram.\n\n- pr. enhed".into()),
        }]
    );
}

#[test]
fn columns_may_come_in_any_order_and_case_and_optional_ones_may_be_missing() {
    let rows =
        parse("Title;KEY;Story Points\r\nÆndring af ledere;MO-7;2,5\r\n").expect("valid file");
    assert_eq!(rows[0].key, "MO-7");
    assert_eq!(rows[0].title, "Ændring af ledere");
    assert_eq!(rows[0].story_points, Some(2.5));
    assert_eq!(
        (rows[0].status.clone(), rows[0].labels.clone()),
        (None, None)
    );
}

#[test]
fn byte_order_mark_quoted_newlines_and_blank_rows_are_fine() {
    let rows =
        parse("\u{feff}key,title\nMO-2,\"Two\nlines, \"\"quoted\"\"\"\n,\n").expect("valid file");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].title, "Two\nlines, \"quoted\"");
}

#[test]
fn missing_required_column_names_the_column() {
    assert_eq!(
        error_message("key,status\nMO-1,Done\n"),
        "backlog.csv, line 1, field \"title\": the header has no \"title\" column; expected columns: \
         key, title, status, priority, rank, story_points, labels, description"
    );
}

#[test]
fn empty_required_cell_names_line_and_field() {
    assert_eq!(
        error_message("key,title\nMO-1,First\nMO-2,\n"),
        "backlog.csv, line 3, field \"title\": must not be empty"
    );
}

#[test]
fn duplicate_key_names_both_lines() {
    assert_eq!(
        error_message("key,title\nMO-1,First\nMO-1,Again\n"),
        "backlog.csv, line 3, field \"key\": MO-1 already appears on line 2"
    );
}

#[test]
fn bad_story_points_are_refused() {
    assert_eq!(
        error_message("key,title,story_points\nMO-1,First,many\n"),
        "backlog.csv, line 2, field \"story_points\": \"many\" is not a number of at least 0, like 3 or 2.5"
    );
}

#[test]
fn ragged_row_names_the_line() {
    assert_eq!(
        error_message("key,title\nMO-1,First\nMO-2,Second,extra\n"),
        "backlog.csv, line 3: the row has 3 cells where the header has 2"
    );
}

#[test]
fn text_that_is_not_utf8_names_the_line() {
    let latin1 = b"key,title\nMO-1,First\nMO-2,Beslutningsm\xf8de\n";
    let error = parse_backlog_csv("backlog.csv", latin1).expect_err("not UTF-8");
    assert_eq!(
        error.to_string(),
        "backlog.csv, line 3: the file is not UTF-8 text; save it as \"CSV UTF-8\""
    );
}
