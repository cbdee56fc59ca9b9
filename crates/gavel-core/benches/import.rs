//! Budget (issue 4): importing a 10,000-issue Jira CSV of "all fields" shape into a fresh store in
//! under 1 s, reading and decoding the file included.
//!
//! Run: `cargo bench -p gavel-core --bench import`. Criterion prints the time and, from the
//! throughput, issues per second. The generated file is left at
//! `target/tmp/gavel-bench/import/jira-10000-all-fields.csv`, so that peak memory can be measured
//! on the real command: `/usr/bin/time -v target/release/gavel --db /tmp/x.sqlite3 backlog import
//! target/tmp/gavel-bench/import/jira-10000-all-fields.csv` (docs/jira.md has the figures).

use std::hint::black_box;
use std::path::{Path, PathBuf};

use criterion::{BatchSize, Criterion, Throughput, criterion_group};
use gavel_core::{ImportFormat, Store, StoreOptions, read_backlog_file};

const ISSUES: usize = 10_000;

fn bench_folder(name: &str) -> PathBuf {
    let folder = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("gavel-bench")
        .join(name);
    let _ = std::fs::remove_dir_all(&folder);
    std::fs::create_dir_all(&folder).expect("bench folder");
    folder
}

/// A Jira Cloud "Export CSV (all fields)" of `issues` issues: the 56 columns of a real export
/// (tests/fixtures/jira/jira-cloud-allfields-tes-migration.csv), with `Labels` ×4, `Sprint` ×3,
/// `Watchers` ×5, `Component/s` ×2 and `Comment` ×12 repeated as real exports do, multi-line
/// quoted descriptions and comments, and Danish text.
fn jira_all_fields_csv(issues: usize) -> String {
    let mut header: Vec<&str> = vec![
        "Summary",
        "Issue key",
        "Issue id",
        "Issue Type",
        "Status",
        "Project key",
        "Project name",
        "Project type",
        "Project lead",
        "Project lead id",
        "Project description",
        "Priority",
        "Resolution",
        "Assignee",
        "Assignee Id",
        "Reporter",
        "Reporter Id",
        "Creator",
        "Creator Id",
        "Created",
        "Updated",
        "Last Viewed",
        "Resolved",
        "Due date",
        "Votes",
    ];
    header.extend(["Labels"; 4]);
    header.extend(["Description", "Environment"]);
    header.extend(["Watchers"; 5]);
    header.extend(["Watchers Id"; 5]);
    header.extend(["Component/s"; 2]);
    header.extend([
        "Original estimate",
        "Remaining Estimate",
        "Time Spent",
        "Work Ratio",
        "Security Level",
        "Attachment",
        "Custom field (Development)",
        "Custom field (Issue color)",
        "Custom field (Rank)",
    ]);
    header.extend(["Sprint"; 3]);
    header.extend([
        "Custom field (Start date)",
        "Custom field (Story Points)",
        "Custom field (Story point estimate)",
        "Custom field (Team)",
    ]);
    header.extend(["Comment"; 12]);
    header.extend(["Status Category", "Status Category Changed"]);

    let mut csv = header.join(",");
    csv.push('\n');
    let statuses = ["To Do", "In Progress", "Done"];
    let priorities = ["Highest", "High", "Medium", "Low"];
    let labels = ["os2mo", "integration", "ux", "rapport"];
    for number in 1..=issues {
        let status = statuses[number % 3];
        // Repeated columns are filled from the left, as Jira does; the counter says which copy.
        let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
        let cells: Vec<String> = header
            .iter()
            .map(|&column| {
                let copy = {
                    let count = seen.entry(column).or_insert(0);
                    *count += 1;
                    *count - 1
                };
                match column {
                    "Summary" => format!(
                        "\"Sag {number}: automatisk afslutning af engagementer, fase {}\"",
                        number % 7
                    ),
                    "Issue key" => format!("MO-{number}"),
                    "Issue id" => (10_000 + number).to_string(),
                    "Issue Type" => "Story".to_owned(),
                    "Status" | "Status Category" => status.to_owned(),
                    "Project key" => "MO".to_owned(),
                    "Project name" => "OS2mo".to_owned(),
                    "Priority" => priorities[number % 4].to_owned(),
                    "Assignee" | "Project lead" => "Anne Andersen".to_owned(),
                    "Reporter" | "Creator" => "Bo Berg".to_owned(),
                    "Created" | "Status Category Changed" => "22/Sep/25 9:26 AM".to_owned(),
                    "Updated" => format!("{}/Oct/25 1:05 PM", 10 + number % 18),
                    "Votes" => (number % 5).to_string(),
                    "Labels" if copy <= number % 4 => labels[copy].to_owned(),
                    "Description" => "\"Som kommune vil vi have, at engagementer afsluttes \
                                      automatisk.\n\nAcceptkriterier:\n- fratrædelse fra SD-løn\n\
                                      - \"\"historik\"\" bevares\""
                        .to_owned(),
                    "Watchers" if copy < 2 => ["Anne Andersen", "Bo Berg"][copy].to_owned(),
                    "Watchers Id" if copy < 2 => {
                        ["5db9d8eb4ff1890d31036b89", "5fe07a7dd3649601392ba191"][copy].to_owned()
                    }
                    "Component/s" => ["Organisation", "Integrationer"][copy % 2].to_owned(),
                    "Custom field (Rank)" => format!("0|i{:05}:", (number * 7919) % 100_000),
                    "Sprint" if copy < 2 => format!("MO Sprint {}", number % 20 + copy),
                    "Custom field (Story Points)" => (number % 13).to_string(),
                    "Comment" if copy < number % 13 => format!(
                        "\"2{}/Sep/25 9:{copy:02} AM;5db9d8eb4ff1890d31036b89;Kommentar {copy} til \
                         sag {number}:\nvi drøftede \"\"prioriteringen\"\" på mødet, og \
                         kommunerne er enige.\"",
                        copy % 9
                    ),
                    _ => String::new(),
                }
            })
            .collect();
        csv.push_str(&cells.join(","));
        csv.push('\n');
    }
    csv
}

fn import_10k_jira_csv(c: &mut Criterion) {
    let folder = bench_folder("import");
    let csv = jira_all_fields_csv(ISSUES);
    let csv_path = folder.join("jira-10000-all-fields.csv");
    std::fs::write(&csv_path, &csv).expect("writes the generated export");
    let checked = read_backlog_file("jira.csv", csv.as_bytes(), &ImportFormat::Auto.into())
        .expect("the generated export reads");
    assert_eq!(
        (checked.format, checked.rows.len()),
        (ImportFormat::JiraCsv, ISSUES)
    );
    println!(
        "generated {} ({:.1} MB, {} columns)",
        csv_path.display(),
        csv.len() as f64 / 1e6,
        csv.lines()
            .next()
            .map_or(0, |header| header.split(',').count())
    );

    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.throughput(Throughput::Elements(ISSUES as u64));
    let mut run = 0;
    group.bench_function(
        "10,000-issue Jira CSV (all fields) into a fresh store",
        |b| {
            b.iter_batched(
                || {
                    // A fresh database file per run, on the same disk as a real one.
                    run += 1;
                    let path = folder.join(format!("gavel-{run}.sqlite3"));
                    Store::open(&path, StoreOptions::new("bench")).expect("store")
                },
                |mut store| {
                    let file =
                        read_backlog_file("jira.csv", csv.as_bytes(), &ImportFormat::Auto.into())
                            .expect("reads");
                    let report = store
                        .import_backlog("jira.csv", file, false)
                        .expect("imports");
                    assert_eq!(report.added as usize, ISSUES);
                    black_box(report);
                    store
                },
                BatchSize::PerIteration,
            )
        },
    );
    group.finish();
}

criterion_group!(benches, import_10k_jira_csv);
gavel_allocator::criterion_main!(benches);
