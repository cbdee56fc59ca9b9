//! Decisions back to Jira: `gavel backlog export-jira` on the demo's finished meeting.

use crate::support::{gavel, stderr, stdout};

const SEPTEMBER_MEETING: &str = "6a4c734a-feaa-5896-9b3f-27af86ca392e";
const DECEMBER_MEETING: &str = "3adbe893-04b7-5692-8a9c-c5968e4c0734";

#[test]
fn the_csv_for_jira_carries_priority_labels_and_comments_in_the_groups_order() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    assert!(gavel(&db, &["demo"], "").status.success());
    let out = folder.path().join("til-jira.csv");

    let output = gavel(
        &db,
        &[
            "backlog",
            "export-jira",
            SEPTEMBER_MEETING,
            "--out",
            out.to_str().expect("utf-8"),
        ],
        "",
    );

    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stdout(&output).ends_with("5 issue(s) to update in Jira\n"),
        "{}",
        stdout(&output)
    );
    let csv = std::fs::read_to_string(&out).expect("written");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "Issue key,Summary,Gavel priority,Gavel new status,Labels,Labels,Labels,Comment"
    );
    assert_eq!(
        lines[1],
        "MO-1420,Automatisk afslutning af engagementer ved fratrædelse,1,,integration,sd-loen,\
         styregruppen-2026-09-godkendt,Styregruppemøde september 2026 (17. september 2026): Godkendt — \
         Backloggen for 4. kvartal prioriteres efter afstemningens resultat."
    );
    let keys: Vec<&str> = lines[1..]
        .iter()
        .map(|line| line.split(',').next().expect("key"))
        .collect();
    assert_eq!(
        keys,
        ["MO-1420", "MO-1433", "MO-1436", "MO-1366", "MO-1398"],
        "the group's priority order first"
    );
    assert!(
        lines[5].contains(",,Selected for Development,historik,styregruppen-2026-09-godkendt,"),
        "{}",
        lines[5]
    );
}

#[test]
fn a_meeting_without_decisions_has_nothing_for_jira() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    assert!(gavel(&db, &["demo"], "").status.success());
    let out = folder.path().join("til-jira.csv");

    let output = gavel(
        &db,
        &[
            "backlog",
            "export-jira",
            DECEMBER_MEETING,
            "--out",
            out.to_str().expect("utf-8"),
        ],
        "",
    );

    assert!(!output.status.success());
    assert!(
        stderr(&output).contains("the meeting has no decisions to send to Jira"),
        "{}",
        stderr(&output)
    );
    assert!(!out.exists(), "nothing is written");
}
