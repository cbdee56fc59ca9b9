//! Backlog import from real and hand-made Jira exports (tests/fixtures/jira/, see its README):
//! every fixture imports with the expected items in rank order; importing twice changes nothing;
//! a newer export reports exactly what changed; a dry run writes nothing; every kind of bad input
//! gets a clear message and leaves the database exactly as it was.

use std::path::{Path, PathBuf};

use gavel_core::{BacklogImportReport, ImportFormat, Store, read_backlog_path};

use crate::support::{dump_read_tables, event_count, fresh_store, gavel, stderr, stdout};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/jira")
        .join(name)
}

fn import(store: &mut Store, name: &str, dry_run: bool) -> BacklogImportReport {
    let path = fixture(name);
    let file = read_backlog_path(&path, &ImportFormat::Auto.into())
        .unwrap_or_else(|error| panic!("{name} is readable: {error}"));
    store
        .import_backlog(name, file, dry_run)
        .unwrap_or_else(|error| panic!("{name} imports: {error}"))
}

/// The backlog in rank order, one line per item: key | title | status | priority | rank | points
/// | labels.
fn ranked_backlog(store: &Store) -> Vec<String> {
    store
        .backlog_items()
        .expect("the backlog reads")
        .iter()
        .map(|item| {
            format!(
                "{} | {} | {} | {} | {} | {} | {}",
                item.key,
                item.title,
                item.status.as_deref().unwrap_or("-"),
                item.priority.as_deref().unwrap_or("-"),
                item.rank.as_deref().unwrap_or("-"),
                item.story_points
                    .map_or("-".to_owned(), |points| points.to_string()),
                item.labels.join(" ")
            )
        })
        .collect()
}

/// Imports one fixture into a fresh database and compares the ranked backlog line by line.
fn check(name: &str, expected: &[&str]) {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let report = import(&mut store, name, false);
    assert_eq!(report.added as usize, expected.len(), "{name}: {report:?}");
    assert_eq!(ranked_backlog(&store), expected, "{name}");
}

#[test]
fn the_real_jira_cloud_all_fields_export_imports_in_rank_order() {
    check(
        "jira-cloud-allfields-tes-migration.csv",
        &[
            "TES-4 | Change Cancel to Done | Done | Medium | 0|i001n3: | - | ",
            "TES-5 | Upload Assets to GitHub | Done | Medium | 0|i001nb: | - | ",
            "TES-9 | Enable SSO Login | Done | Medium | 0|i001nb:i | - | ",
            "TES-11 | Change name of application to TestAutoGen | Done | Medium | 0|i001nc: | - | ",
            "TES-8 | Add Progress Bar/Animated GIF when system is processing data | Done | Medium | 0|i001nc:i | - | ",
            "TES-12 | Provide Access to Dev Site for Demo | Done | Medium | 0|i001rb: | - | ",
            "TES-10 | Deploy approved DEMO app to app staidlogic site w/SSO enabled | Done | Medium | 0|i001rj: | - | ",
            "TES-6 | Convert Data Storage to use Postgres | Done | Medium | 0|i001rr: | - | ",
            "TES-14 | Need Project selection checkbox when Jira is selected | To Do | Medium | 0|i001tj: | - | ",
            "TES-16 | Need to store data from the files stored in S3 within Vector DB | To Do | Medium | 0|i001tz: | - | ",
            "TES-17 | Need to have option for the user to configure their own LLM | To Do | Medium | 0|i001u7: | - | ",
            "TES-18 | Need to define roles and provide role based permissions to the application | To Do | Medium | 0|i001uf: | - | ",
            "TES-19 | Create a Network Architecture diagram for TAG | Done | Medium | 0|i001un: | - | ",
            "TES-15 | Create S3 bucket and store input and output files | In Progress | Medium | 0|i001uv: | - | ",
            "TES-13 | Generate error logs in case of any system failure | Done | Medium | 0|i001uz: | - | ",
            "TES-7 | Dockerize the final package for customer install | In Progress | Medium | 0|i001v1: | - | ",
            "TES-20 | Need to create different dockers for Dev and Prod (Eating our own dog food) | To Do | Medium | 0|i001vj: | - | ",
            "TES-21 | SPIKE: VersionOne API | To Do | Medium | 0|i001vr: | - | ",
            "TES-22 | SPIKE: How big a lift is PAATS robotics reimplementation | To Do | Medium | 0|i001vz: | - | ",
            "TES-23 | Need to discuss \"Login\" steps in the \"test plan/selinum\" even if not included in User Story | To Do | Medium | 0|i001w7: | - | ",
            "TES-24 | Bug Fixing: problem in production | In Progress | Medium | 0|i001wf: | - | ",
            "TES-25 | Enable Selinium scripts to also test Pega apps/iframes/etc | To Do | Medium | 0|i001wn: | - | ",
        ],
    );
}

#[test]
fn the_real_jira_server_v2_search_imports_in_file_order() {
    // No rank field: the file's order is kept.
    check(
        "jira-server-v2-search-jiraruby.json",
        &[
            "SAMPLEPROJECT-13 | blarg from in example.rb | Open | Major | - | - | ",
            "SAMPLEPROJECT-12 | blarg from in example.rb | Open | Major | - | - | ",
            "SAMPLEPROJECT-11 | blarg from in example.rb | Open | Major | - | - | ",
            "SAMPLEPROJECT-10 | blarg from in example.rb | Open | Major | - | - | ",
            "SAMPLEPROJECT-9 | blarg from in example.rb | Open | Major | - | - | ",
            "SAMPLEPROJECT-8 | blarg from in example.rb | Open | Major | - | - | ",
            "SAMPLEPROJECT-7 | blarg from in example.rb | Open | Major | - | - | ",
            "SAMPLEPROJECT-6 | blarg from in example.rb | Open | Major | - | - | ",
            "SAMPLEPROJECT-5 | blah | Open | Major | - | - | ",
            "SAMPLEPROJECT-4 | blah | Open | Major | - | - | ",
            "SAMPLEPROJECT-1 | MOOOOOOARRR NINJAAAA! | Open | Major | - | - | ",
        ],
    );
}

#[test]
fn danish_headers_with_byte_order_mark_and_crlf() {
    check(
        "danish-bom-crlf.csv",
        &[
            "MO-1420 | Automatisk afslutning af engagementer ved fratrædelse | Til behandling | Højeste | 0|i0010d: | 13 | integration sd-løn",
            "MO-1433 | Tilgængelighed: alle formularer kan betjenes med tastatur | Til behandling | Høj | 0|i0010e: | 8 | tilgængelighed ux",
            "MO-1450 | Rapport over ledere pr. organisationsenhed | I gang | Mellem | 0|i0010f: | 5 | rapport",
        ],
    );
}

#[test]
fn windows_1252_saved_by_excel_with_semicolons() {
    check(
        "cp1252-excel-semicolons.csv",
        &[
            "MO-2001 | Beslutningsmøde – referat med “citater” og € | To Do | High | 0|i00200: | 3 | referat",
            "MO-2002 | Ændring af ledere på tværs af Århus og Ålborg | Done | Low | 0|i00201: | 2.5 | ledere",
        ],
    );
}

#[test]
fn spanish_headers_and_story_points_written_2_0() {
    check(
        "spanish-headers.csv",
        &[
            "OS-7 | Informe de votos por municipio | Tareas por hacer | Alta | 1|hzzzzz: | 2 | votos informe",
            "OS-8 | Exportar el acta en PDF | En curso | Media | 1|i00000: | 1 | pdf",
        ],
    );
}

#[test]
fn french_headers_with_thirteen_comment_columns() {
    check(
        "french-headers-13-comments.csv",
        &[
            "GP-3 | Tableau de bord des décisions | À faire | Moyenne | 2|i0000f: | - | tableau",
            "GP-4 | Signature des procès-verbaux | Terminé(e) | Haute | 2|i0000g: | - | signature",
        ],
    );
    let file = read_backlog_path(
        &fixture("french-headers-13-comments.csv"),
        &ImportFormat::Auto.into(),
    )
    .expect("readable");
    assert_eq!(file.unstored[0].comments.len(), 13);
    assert_eq!(
        file.unstored[0].comments[12],
        "Remarque 13\nsur deux lignes, dit « ok » et \"oui\""
    );
}

#[test]
fn repeated_columns_are_gathered_into_lists() {
    check(
        "repeated-columns.csv",
        &[
            "MO-3001 | Organisationsdiagram som PDF | To Do | Medium | 0|i00300: | 8 | rapport pdf ux",
            "MO-3002 | Import af SD-løn | In Progress | High | 0|i00301: | - | integration",
        ],
    );
    let file = read_backlog_path(&fixture("repeated-columns.csv"), &ImportFormat::Auto.into())
        .expect("readable");
    let first = &file.unstored[0];
    assert_eq!(
        first.sprints,
        ["MO Sprint 10", "MO Sprint 11", "MO Sprint 12"]
    );
    assert_eq!(first.comments.len(), 5);
    assert_eq!(file.rows[0].watchers, Some(3));
    assert_eq!(first.components, ["Rapporter", "Eksport"]);
    assert_eq!(first.fix_versions, ["2.1", "2.2"]);
}

#[test]
fn multi_line_cells_with_quotes() {
    check(
        "multiline-cells.csv",
        &[
            "MO-4001 | Sig \"hej\", verden | To Do | - | 0|i00400: | - | ",
            "MO-4002 | Almindelig titel | Done | - | 0|i00401: | - | ",
            "MO-4003 | Tre\nlinjer\ni titlen | To Do | - | 0|i00402: | - | ",
        ],
    );
}

#[test]
fn every_date_form_is_read() {
    let file = read_backlog_path(&fixture("dates-every-form.csv"), &ImportFormat::Auto.into())
        .expect("readable");
    let dates: Vec<String> = file
        .rows
        .iter()
        .zip(&file.unstored)
        .map(|(row, fields)| {
            let show = |time: Option<gavel_core::import::IssueTime>| {
                time.map_or("unread".to_owned(), |time| match time.utc_offset_seconds {
                    Some(offset) => format!("{} {offset:+}", time.local),
                    None => time.local.to_string(),
                })
            };
            format!(
                "{}: {} / {}",
                row.key,
                show(fields.created),
                show(fields.updated)
            )
        })
        .collect();
    assert_eq!(
        dates,
        [
            "MO-5001: 2025-09-22 09:26:00 / 2025-09-22 12:05:00",
            "MO-5002: 2025-11-10 16:51:00 / 2026-01-10 16:51:00",
            "MO-5003: 2015-08-06 12:00:00 / 2016-02-06 08:00:00",
            "MO-5004: 2023-01-11 15:22:00 / 2023-01-25 09:00:00",
            "MO-5005: 2025-09-22 09:26:00 +7200 / 2025-09-22 07:26:00 +0",
            "MO-5006: 2026-10-27 13:00:00 / 2025-09-22 09:26:00",
        ]
    );
}

#[test]
fn an_export_without_status_priority_or_rank_keeps_the_files_order() {
    check(
        "current-fields-8-columns.csv",
        &[
            "MO-6001 | Kun otte kolonner | - | - | - | - | ",
            "MO-6002 | Ingen status eller rang | - | - | - | - | ",
            "MO-6003 | Filens rækkefølge gælder | - | - | - | - | ",
        ],
    );
}

#[test]
fn api_v2_json_with_names_and_legacy_sprints() {
    check(
        "search-v2-names-legacy-sprints.json",
        &[
            "MO-8001 | Stemmeafgivelse med fuldmagt | Open | Major | 0|i0080f: | 8 | afstemning fuldmagt",
            "MO-8003 | Referat som PDF | Resolved | - | 0|i0080g: | 3 | pdf",
            "MO-8002 | Quorum vist live | In Progress | Critical | 1|i0001b: | - | ",
        ],
    );
    let file = read_backlog_path(
        &fixture("search-v2-names-legacy-sprints.json"),
        &ImportFormat::Auto.into(),
    )
    .expect("readable");
    assert_eq!(file.unstored[0].sprints, ["MO Sprint 4", "MO Sprint 5"]);
}

#[test]
fn api_v3_json_with_adf_and_no_field_names() {
    check(
        "search-v3-adf-no-names.json",
        &[
            "OS2MO-101 | Fællesoffentlig brugerstyring | To Do | High | 0|i00901: | - | sikkerhed",
            "OS2MO-102 | Historik for organisationsenheder | In Progress | Medium | 2|hzzzzz: | - | ",
        ],
    );
    let file = read_backlog_path(
        &fixture("search-v3-adf-no-names.json"),
        &ImportFormat::Auto.into(),
    )
    .expect("readable");
    assert_eq!(
        file.rows[0].description.as_deref(),
        Some("Formål\nLog ind med MitID Erhverv.\n- Aarhus\n- Odense")
    );
    assert_eq!(file.unstored[0].sprints, ["OS2MO Sprint 12"]);
    assert_eq!(file.unstored[0].comments, ["Drøftet i styregruppen."]);
}

#[test]
fn one_page_of_a_paged_search_reports_50_of_2802() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    let report = import(&mut store, "search-v3-page-50-of-2802.json", false);
    assert_eq!(
        (report.added, report.issues_in_file, report.issues_in_search),
        (50, 50, Some(2802))
    );
    assert_eq!(
        report.note,
        "50 of 2802 issues (one page of a paged search)"
    );
    let backlog = ranked_backlog(&store);
    assert_eq!(
        backlog[0],
        "BIG-1 | Sag nummer 1 | To Do | Medium | 0|i00001: | 1 | "
    );
    assert_eq!(
        backlog[49],
        "BIG-50 | Sag nummer 50 | To Do | Medium | 0|i00050: | 2 | "
    );
}

const EVERY_GOOD_FIXTURE: [&str; 14] = [
    "jira-cloud-allfields-tes-migration.csv",
    "jira-server-v2-search-jiraruby.json",
    "danish-bom-crlf.csv",
    "cp1252-excel-semicolons.csv",
    "spanish-headers.csv",
    "french-headers-13-comments.csv",
    "repeated-columns.csv",
    "multiline-cells.csv",
    "dates-every-form.csv",
    "current-fields-8-columns.csv",
    "search-v2-names-legacy-sprints.json",
    "search-v3-adf-no-names.json",
    "search-v3-page-50-of-2802.json",
    "reimport-before.csv",
];

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    for name in EVERY_GOOD_FIXTURE {
        let folder = tempfile::tempdir().expect("temp dir");
        let mut store = fresh_store(folder.path());
        let first = import(&mut store, name, false);
        let db = folder.path().join("gavel.sqlite3");
        let (tables, events) = (dump_read_tables(&db), event_count(&db));

        let second = import(&mut store, name, false);

        assert_eq!(
            (second.added, second.changed, second.unchanged),
            (0, 0, first.added),
            "{name}"
        );
        assert!(second.gone_keys.is_empty(), "{name}: {second:?}");
        assert_eq!(dump_read_tables(&db), tables, "{name}");
        assert_eq!(event_count(&db), events, "{name}");
    }
}

#[test]
fn a_newer_export_reports_exactly_the_changed_items() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    import(&mut store, "reimport-before.csv", false);

    let report = import(&mut store, "reimport-after.csv", false);

    assert_eq!((report.added, report.changed, report.unchanged), (1, 2, 1));
    let added: Vec<(&str, &str)> = report
        .added_items
        .iter()
        .map(|item| (item.key.as_str(), item.title.as_str()))
        .collect();
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].0, "MO-7004");
    assert!(!added[0].1.is_empty(), "the new item's title: {added:?}");
    let changes: Vec<String> = report
        .changed_items
        .iter()
        .map(|change| {
            let fields: Vec<&str> = change
                .fields
                .iter()
                .map(|field| field.field.as_str())
                .collect();
            format!("{}: {}", change.key, fields.join(", "))
        })
        .collect();
    assert_eq!(changes, ["MO-7002: status, rank", "MO-7003: title, labels"]);
    // The preview shows the old and new values, and the title after the import.
    let title_change = &report.changed_items[1].fields[0];
    assert_eq!(title_change.field, "title");
    assert_ne!(title_change.old, title_change.new);
    assert_eq!(
        title_change.new.as_deref(),
        Some(report.changed_items[1].title.as_str())
    );
    assert_eq!(report.gone_keys, ["MO-7000"]);
    // Gone from the export is not gone from Gavel: the item and its history stay.
    assert_eq!(
        ranked_backlog(&store),
        [
            "MO-7000 | Udgået sag | Done | Low | 0|i006zy: | - | ",
            "MO-7002 | Anden sag | In Progress | Medium | 0|i006zz: | 5 | ",
            "MO-7001 | Første sag | To Do | High | 0|i00700: | 3 | a b",
            "MO-7003 | Tredje sag (omdøbt) | To Do | Low | 0|i00702: | - | c d",
            "MO-7004 | Fjerde sag | To Do | Medium | 0|i00703: | 2 | ny",
        ]
    );
}

#[test]
fn a_dry_run_reports_the_same_and_writes_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let mut store = fresh_store(folder.path());
    import(&mut store, "reimport-before.csv", false);
    let (tables, events) = (dump_read_tables(&db), event_count(&db));

    let preview = import(&mut store, "reimport-after.csv", true);

    assert!(preview.dry_run);
    assert_eq!(dump_read_tables(&db), tables);
    assert_eq!(event_count(&db), events);
    let real = import(&mut store, "reimport-after.csv", false);
    assert_eq!(
        BacklogImportReport {
            dry_run: false,
            ..preview
        },
        real
    );
    assert!(event_count(&db) > events);
}

/// Runs `gavel backlog import FILE` on a database holding the demo, and checks that it fails
/// with `expected` in its message and changes nothing.
fn check_refused(file: &Path, expected: &str) {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    assert!(gavel(&db, &["demo"], "").status.success());
    let (tables, events) = (dump_read_tables(&db), event_count(&db));

    let output = gavel(
        &db,
        &["backlog", "import", file.to_str().expect("utf-8 path")],
        "",
    );

    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let message = stderr(&output);
    assert!(
        message.contains(expected),
        "expected {expected:?} in:\n{message}"
    );
    assert!(!message.contains("panicked"), "{message}");
    assert_eq!(dump_read_tables(&db), tables);
    assert_eq!(event_count(&db), events);
}

#[test]
fn bad_fixture_files_are_refused_with_a_clear_message() {
    for (name, expected) in [
        (
            "bad/not-a-backlog.txt",
            "bad/not-a-backlog.txt, line 1: the file is neither CSV nor JSON",
        ),
        (
            "bad/empty.csv",
            "bad/empty.csv: the file is empty; expected a Jira export (CSV or JSON) or a Gavel \
             backlog CSV",
        ),
        (
            "bad/extra-cells.csv",
            "bad/extra-cells.csv, line 3: the row has 4 cells where the header has 3",
        ),
        (
            "bad/duplicate-key.csv",
            "bad/duplicate-key.csv, line 5, field \"Issue key\": MO-1 already appears on line 2",
        ),
        (
            "bad/not-a-search.json",
            "bad/not-a-search.json, field \"issues\": valid JSON, but not the result of a Jira \
             search: it has no \"issues\" list",
        ),
    ] {
        check_refused(&fixture(name), expected);
    }
}

#[test]
fn generated_bad_files_are_refused_with_a_clear_message() {
    let folder = tempfile::tempdir().expect("temp dir");
    let write = |name: &str, bytes: &[u8]| {
        let path = folder.path().join(name);
        std::fs::write(&path, bytes).expect("writes");
        path
    };

    let binary = write("logo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00");
    check_refused(
        &binary,
        "logo.png: the file is binary, not CSV or JSON text",
    );

    let nested = write(
        "nested.json",
        format!("{}{}", "{\"a\":".repeat(10_000), "}".repeat(10_000)).as_bytes(),
    );
    check_refused(
        &nested,
        "nested.json, line 1: the JSON is nested more than 128 levels deep",
    );

    let huge_cell = write(
        "huge-cell.csv",
        format!(
            "Summary,Issue key,Description\nA,MO-1,\"{}\"\n",
            "x".repeat(10 * 1024 * 1024)
        )
        .as_bytes(),
    );
    check_refused(
        &huge_cell,
        "huge-cell.csv, line 2, field \"Description\": the cell is 10240 KB; cells longer than \
         1024 KB are refused",
    );

    // A sparse file: refused from its size alone, before a byte of it is read.
    let too_big = folder.path().join("too-big.csv");
    std::fs::File::create(&too_big)
        .and_then(|file| file.set_len(200 * 1024 * 1024))
        .expect("creates a 200 MB sparse file");
    check_refused(
        &too_big,
        "too-big.csv: the file is 200 MB; backlog files larger than 100 MB are refused",
    );
}

#[test]
fn the_cli_previews_with_dry_run_and_reads_a_forced_format() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let before = fixture("reimport-before.csv");
    let after = fixture("reimport-after.csv");
    let path = |file: &PathBuf| file.to_str().expect("utf-8 path").to_owned();
    assert!(
        gavel(&db, &["backlog", "import", &path(&before)], "")
            .status
            .success()
    );
    let events = event_count(&db);

    let output = gavel(
        &db,
        &[
            "backlog",
            "import",
            &path(&after),
            "--dry-run",
            "--format",
            "jira-csv",
        ],
        "",
    );

    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(
        stdout(&output),
        format!(
            "{}: 1 added, 2 changed, 1 unchanged (dry run: nothing was written)\n  \
             file:      4 issues (Jira CSV export)\n  \
             added:     MO-7004\n  \
             changed:   MO-7002 (status, rank), MO-7003 (title, labels)\n  \
             columns:   Summary → summary (by name), Issue key → key (by name), Status → status \
             (by name), Priority → priority (by name), Labels → labels (by name), Custom field \
             (Rank) → rank (by name), Custom field (Story Points) → story_points (by name)\n  \
             not in the file (kept): MO-7000\n",
            path(&after)
        )
    );
    assert_eq!(event_count(&db), events);

    let json = gavel(
        &db,
        &["backlog", "import", &path(&after), "--dry-run", "--json"],
        "",
    );
    let report: serde_json::Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(report["format"], "jira_csv");
    assert_eq!(report["changed_items"][0]["fields"][1]["field"], "rank");

    let wrong_format = gavel(
        &db,
        &["backlog", "import", &path(&after), "--format", "jira-json"],
        "",
    );
    assert!(!wrong_format.status.success());
    assert!(
        stderr(&wrong_format).contains("line 1: not valid JSON (column 1): expected value"),
        "{}",
        stderr(&wrong_format)
    );
}

/// A re-import that sets an item back to a status other than the one a meeting decided is
/// reported as a conflict with that meeting, in the preview and after the import; the backlog
/// gets Jira's status and the decision keeps its own.
#[test]
fn a_reimport_against_a_decided_status_is_reported_as_a_conflict_with_the_meeting() {
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = fresh_store(folder.path());
    import(&mut store, "reimport-before.csv", false);
    let ids = |n: u128| uuid::Uuid::from_u128(n).to_string();
    let (group, meeting) = (ids(0x61), ids(0x62));
    let commands = [
        serde_json::json!({"type": "CreateGroup", "id": group, "name": "Styregruppen for OS2mo"}),
        serde_json::json!({"type": "AddMember", "id": ids(0x63), "group_id": group,
                           "name": "Mette Kjærgaard Holm", "role": "chair"}),
        serde_json::json!({"type": "CreateMeeting", "id": meeting, "group_id": group,
                           "title": "Styregruppemøde december 2026", "starts_at": "2026-12-10T13:00:00"}),
        serde_json::json!({"type": "OpenMeeting", "meeting_id": meeting}),
        serde_json::json!({"type": "RecordDecision", "meeting_id": meeting, "outcome": "approved",
                           "text": "MO-7002 er færdig.",
                           "backlog_changes": [{"key": "MO-7002", "new_status": "Done"}]}),
    ];
    for command in commands {
        let command: gavel_core::Command =
            serde_json::from_value(command.clone()).expect("a command");
        store.apply(command).expect("applies");
    }

    for dry_run in [true, false] {
        let report = import(&mut store, "reimport-after.csv", dry_run);
        let conflicts: Vec<String> = report
            .decided_conflicts
            .iter()
            .map(|conflict| {
                format!(
                    "{}: Jira {:?}, decided {} on {} at {}",
                    conflict.key,
                    conflict.jira_status,
                    conflict.decided_status,
                    conflict.meeting_date,
                    conflict.meeting_title
                )
            })
            .collect();
        assert_eq!(
            conflicts,
            [
                "MO-7002: Jira Some(\"In Progress\"), decided Done on 2026-12-10 at Styregruppemøde december 2026"
            ],
            "dry run {dry_run}"
        );
    }
    let item = store
        .backlog_items()
        .expect("the backlog")
        .into_iter()
        .find(|item| item.key == "MO-7002")
        .expect("MO-7002");
    assert_eq!(
        item.status.as_deref(),
        Some("In Progress"),
        "Jira's status is stored"
    );
    let decided = store
        .meeting(uuid::Uuid::from_u128(0x62))
        .expect("the meeting");
    assert_eq!(
        decided.decisions[0].backlog_changes[0]
            .new_status
            .as_deref(),
        Some("Done"),
        "the decision keeps its own"
    );
}

/// The CLI names a decided-status conflict on the import's summary line, details or not, and a
/// meeting title carrying a terminal escape is shown as a visible escape, not obeyed.
#[test]
fn the_cli_reports_a_decided_status_conflict_with_the_meeting_title_escaped() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let path = |name: &str| fixture(name).display().to_string();
    let before = gavel(
        &db,
        &["backlog", "import", &path("reimport-before.csv")],
        "",
    );
    assert!(before.status.success(), "{}", stderr(&before));
    let ids = |n: u128| uuid::Uuid::from_u128(n).to_string();
    let (group, meeting) = (ids(0x71), ids(0x72));
    let script = [
        serde_json::json!({"type": "CreateGroup", "id": group, "name": "Styregruppen"}),
        serde_json::json!({"type": "AddMember", "id": ids(0x73), "group_id": group,
                           "name": "Mette Kjærgaard Holm", "role": "chair"}),
        serde_json::json!({"type": "CreateMeeting", "id": meeting, "group_id": group,
                           "title": "Møde\u{1b}[2J december", "starts_at": "2026-12-10T13:00:00"}),
        serde_json::json!({"type": "OpenMeeting", "meeting_id": meeting}),
        serde_json::json!({"type": "RecordDecision", "meeting_id": meeting, "outcome": "approved",
                           "text": "MO-7002 er færdig.",
                           "backlog_changes": [{"key": "MO-7002", "new_status": "Done"}]}),
    ]
    .iter()
    .map(|command| command.to_string())
    .collect::<Vec<_>>()
    .join("\n");
    let applied = gavel(&db, &["apply"], &script);
    assert!(applied.status.success(), "{}", stderr(&applied));

    let preview = gavel(
        &db,
        &[
            "backlog",
            "import",
            &path("reimport-after.csv"),
            "--dry-run",
        ],
        "",
    );
    assert!(preview.status.success(), "{}", stderr(&preview));
    let printed = stdout(&preview);
    assert!(
        printed.contains(
            "decided otherwise: MO-7002 Jira: In Progress; decided 2026-12-10 (Møde\\u{1b}[2J december): Done"
        ),
        "{printed}"
    );
    assert!(
        !printed.contains('\u{1b}'),
        "a raw escape reached the terminal: {printed:?}"
    );
}
