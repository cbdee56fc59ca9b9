use serde_json::json;

use super::*;

fn read(document: serde_json::Value) -> BacklogFile {
    read_jira_json("search.json", &document.to_string()).expect("a valid search result")
}

fn error_message(text: &str) -> String {
    match read_jira_json("search.json", text) {
        Ok(file) => panic!("expected an error, got {:?}", file.rows),
        Err(error) => error.to_string(),
    }
}

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
fn api_v2_with_field_names_and_wiki_descriptions() {
    let file = read(json!({
        "startAt": 0, "maxResults": 50, "total": 1,
        "names": {
            "customfield_10701": "Rank",
            "customfield_10002": "Story Points",
            "customfield_10100": "Sprint"
        },
        "issues": [{
            "key": "MO-1420",
            "fields": {
                "summary": "Automatisk afslutning af engagementer",
                "status": { "name": "To Do" },
                "priority": { "name": "Highest" },
                "labels": ["integration", "sd-loen"],
                "customfield_10701": "0|i0010d:",
                "customfield_10002": 13.0,
                "customfield_10100": [
                    "com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=321,rapidViewId=29,state=CLOSED,name=Sprint 1,startDate=<null>]"
                ],
                "issuetype": { "name": "Story" },
                "description": "h2. Baggrund\n*Vigtigt*",
                "created": "2025-09-22T09:26:00.000+0200",
                "comment": { "comments": [{ "body": "Godkendt i styregruppen" }] }
            }
        }]
    }));
    assert_eq!(
        summary(&file),
        [
            "MO-1420 | Automatisk afslutning af engagementer | Some(\"To Do\") | Some(\"Highest\") \
             | Some(\"0|i0010d:\") | Some(13.0) | Some([\"integration\", \"sd-loen\"])"
        ]
    );
    let unstored = &file.unstored[0];
    assert_eq!(unstored.sprints, ["Sprint 1"]);
    assert_eq!(unstored.issue_type.as_deref(), Some("Story"));
    assert_eq!(
        file.rows[0].description.as_deref(),
        Some("h2. Baggrund\n*Vigtigt*")
    );
    assert_eq!(unstored.comments, ["Godkendt i styregruppen"]);
    assert_eq!(
        unstored.created.and_then(|time| time.utc_offset_seconds),
        Some(7200)
    );
    assert_eq!(file.note(), "1 issue");
}

#[test]
fn api_v3_without_names_finds_rank_sprint_and_story_points_by_shape() {
    let file = read(json!({
        "issues": [
            {
                "key": "MO-2",
                "fields": {
                    "summary": "ADF-beskrivelse",
                    "status": { "name": "In Progress" },
                    "priority": null,
                    "labels": [],
                    "customfield_10019": "1|hzzzzz:",
                    "customfield_10020": [{ "id": 7, "name": "MO Sprint 7", "state": "active", "boardId": 3 }],
                    "customfield_10016": 5,
                    "customfield_10030": "not a rank",
                    "description": {
                        "type": "doc", "version": 1,
                        "content": [{ "type": "paragraph", "content": [{ "type": "text", "text": "Læs mig" }] }]
                    }
                }
            },
            {
                "key": "MO-3",
                "fields": {
                    "summary": "Uden rang",
                    "customfield_10019": null,
                    "customfield_10016": null
                }
            }
        ],
        "isLast": true
    }));
    assert_eq!(
        summary(&file),
        [
            "MO-2 | ADF-beskrivelse | Some(\"In Progress\") | Some(\"\") | Some(\"1|hzzzzz:\") | \
             Some(5.0) | Some([])",
            "MO-3 | Uden rang | None | None | Some(\"\") | None | None"
        ]
    );
    assert_eq!(file.unstored[0].sprints, ["MO Sprint 7"]);
    assert_eq!(file.rows[0].description.as_deref(), Some("Læs mig"));
    assert_eq!(
        english(&file.warnings),
        [
            "story points were read from customfield_10016, the only numeric custom field (the file \
          has no field names; search with expand=names to be sure)"
        ]
    );
}

#[test]
fn story_points_are_not_guessed_between_several_numeric_fields() {
    let file = read(json!({
        "issues": [{ "key": "MO-1", "fields": {
            "summary": "A", "customfield_10016": 5, "customfield_10017": 2
        }}]
    }));
    assert_eq!(file.rows[0].story_points, None);
    assert_eq!(
        english(&file.warnings),
        [
            "story points were not read: the file has no field names to tell which of \
          customfield_10016, customfield_10017 holds them; search with expand=names"
        ]
    );
}

#[test]
fn story_point_estimate_by_schema_type() {
    let file = read(json!({
        "schema": { "customfield_10016": { "type": "number", "custom": "com.pyxis.greenhopper.jira:jsw-story-points" } },
        "names": { "customfield_10016": "Story point estimate" },
        "issues": [{ "key": "MO-1", "fields": { "summary": "A", "customfield_10016": "3" } }]
    }));
    assert_eq!(file.rows[0].story_points, Some(3.0));
}

#[test]
fn one_page_of_a_paged_search_says_so() {
    let issues: Vec<serde_json::Value> = (1..=50)
        .map(|number| json!({ "key": format!("MO-{number}"), "fields": { "summary": "x" } }))
        .collect();
    let file = read(json!({ "startAt": 0, "maxResults": 50, "total": 2802, "issues": issues }));
    assert_eq!(file.issues_in_search, Some(2802));
    assert_eq!(
        file.note(),
        "50 of 2802 issues (one page of a paged search)"
    );
    let token_page = read(json!({
        "issues": [{ "key": "MO-1", "fields": { "summary": "x" } }],
        "nextPageToken": "abc", "isLast": false
    }));
    assert_eq!(
        token_page.note(),
        "1 issue (one page of a paged search; more pages follow)"
    );
}

#[test]
fn valid_json_that_is_not_a_search_result_is_refused() {
    assert_eq!(
        error_message(r#"{"name": "not jira"}"#),
        "search.json, field \"issues\": valid JSON, but not the result of a Jira search: it has no \
         \"issues\" list"
    );
    assert_eq!(
        error_message("[1, 2, 3]"),
        "search.json: valid JSON, but not the result of a Jira search: the file is a list, not an \
         object with an \"issues\" list"
    );
    assert_eq!(
        error_message(
            r#"{"errorMessages": ["The value 'XX' does not exist for the field 'project'."], "errors": {}}"#
        ),
        "search.json: the file is an error answer from Jira, not a search result: The value 'XX' \
         does not exist for the field 'project'."
    );
    assert_eq!(
        error_message(r#"{"key": "MO-1", "fields": {"summary": "x"}}"#),
        "search.json: the file is a single Jira issue, not a search result; export a search \
         (/rest/api/2/search?jql=…) instead"
    );
}

#[test]
fn broken_and_deeply_nested_json_names_the_line() {
    assert_eq!(
        error_message("{\n  \"issues\": [\n    {\"key\": \"MO-1\",}\n  ]\n}"),
        "search.json, line 3: not valid JSON (column 20): trailing comma"
    );
    assert_eq!(
        error_message("{\"issues\": ["),
        "search.json, line 1: the JSON ends too early; the file may be cut off"
    );
    let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
    assert_eq!(
        error_message(&deep),
        "search.json, line 1: the JSON is nested more than 128 levels deep; a Jira search result \
         never is"
    );
}

#[test]
fn bad_issues_name_their_field_path() {
    let check = |issues: serde_json::Value, expected: &str| {
        assert_eq!(
            error_message(&json!({ "issues": issues }).to_string()),
            expected
        );
    };
    check(
        json!([{ "fields": { "summary": "x" } }]),
        "search.json, field \"issues[0].key\": missing",
    );
    check(
        json!([{ "key": "MO-1" }]),
        "search.json, field \"issues[0].fields\": MO-1 has no \"fields\" object; the search must \
         return the issues' fields",
    );
    check(
        json!([{ "key": "MO-1", "fields": { "summary": "x" } }, { "key": "MO-2", "fields": { "summary": 7 } }]),
        "search.json, field \"issues[1].fields.summary\": expected text, found the number 7",
    );
    check(
        json!([{ "key": "MO-1", "fields": { "summary": "x" } }, { "key": "MO-1", "fields": { "summary": "y" } }]),
        "search.json, field \"issues[1].key\": MO-1 already appears as issues[0]",
    );
    check(
        json!([{ "key": "MO-1", "fields": { "summary": "x", "labels": "ux" } }]),
        "search.json, field \"issues[0].fields.labels\": expected a list of labels, found the text \
         \"ux\"",
    );
    check(
        json!([{ "key": "MO-1", "fields": { "summary": "x", "status": 3 } }]),
        "search.json, field \"issues[0].fields.status\": expected an object with a \"name\", found \
         the number 3",
    );
}

#[test]
fn negative_story_points_name_the_field() {
    let text = json!({
        "names": { "customfield_10002": "Story Points" },
        "issues": [{ "key": "MO-1", "fields": { "summary": "x", "customfield_10002": -1 } }]
    })
    .to_string();
    assert_eq!(
        error_message(&text),
        "search.json, field \"issues[0].fields.customfield_10002\": \"-1\" is not a number of at \
         least 0, like 3 or 2.5"
    );
}

#[test]
fn legacy_sprint_names() {
    for (text, expected) in [
        ("MO Sprint 4", "MO Sprint 4"),
        (
            "com.atlassian.greenhopper.service.sprint.Sprint@14b1c359[id=321,rapidViewId=29,state=CLOSED,name=MO Sprint 4,startDate=2015-06-01T10:00:00.000+02:00,endDate=<null>,sequence=321]",
            "MO Sprint 4",
        ),
        (
            "com.atlassian.greenhopper.service.sprint.Sprint@1[rapidViewId=1,name=Last,goal=]",
            "Last",
        ),
        (
            "com.atlassian.greenhopper.service.sprint.Sprint@1[id=2,name=Til sidst]",
            "Til sidst",
        ),
        ("Sprint@broken[id=1", "Sprint@broken[id=1"),
    ] {
        assert_eq!(sprint_name(text), expected);
    }
}

#[test]
fn lexo_rank_shape() {
    for (text, expected) in [
        ("0|i001nb:i", true),
        ("1|hzzzzz:", true),
        ("2|i0000f:", true),
        ("3|i0000f:", false),
        ("0|I00:", false),
        ("0|i001nb", false),
        ("Sprint 1", false),
    ] {
        assert_eq!(is_lexo_rank(&json!(text)), expected, "{text}");
    }
}

fn english(warnings: &[Bilingual]) -> Vec<&str> {
    warnings.iter().map(|warning| warning.en.as_str()).collect()
}
