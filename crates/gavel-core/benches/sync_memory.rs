//! Budget (issue 17): a streaming import of ten years of one group — a 90 MB sync file of about
//! 126,000 events — in under 30 MB peak memory, into a database file. Before the reader streamed,
//! the same import peaked at 322 MB (the CLI read the file whole, then parsed every event, made
//! the canonical bytes and kept every ballot's field for the conflict search); streamed, 9 MB,
//! against 6 MB for the process opening the database and importing nothing.
//!
//! Peak memory is the process's high-water mark (`VmHWM` in /proc/self/status, Linux only), so
//! each import runs in a process of its own: this bench runs itself again with
//! `GAVEL_BENCH_IMPORT` set. The floor — the same process opening the database and importing
//! nothing — is printed beside it.
//!
//! Run: `cargo bench -p gavel-core --bench sync_memory`. The file is made once, under
//! `target/tmp/gavel-bench/secretariat/` (common/secretariat.rs).

use std::process::Command;
use std::time::Instant;

use gavel_core::{Store, StoreOptions};

#[path = "common/year_of_meetings.rs"]
#[allow(dead_code)]
mod year_of_meetings;

#[path = "common/secretariat.rs"]
#[allow(dead_code)]
mod secretariat;

const CHILD: &str = "GAVEL_BENCH_IMPORT";

gavel_allocator::install!();

fn main() {
    gavel_allocator::give_freed_memory_back();
    if let Ok(file) = std::env::var(CHILD) {
        import_and_report_peak(&file);
        return;
    }
    let (file, fingerprint) = secretariat::ten_years_file(0);
    let megabytes = std::fs::metadata(&file).expect("file").len() as f64 / 1e6;
    let floor = run_child("", "");
    let import = run_child(&file.display().to_string(), &fingerprint);
    println!("sync import, streamed, of ten years of one group ({megabytes:.1} MB):");
    println!("  peak memory (VmHWM) importing nothing: {floor}");
    println!("  peak memory (VmHWM) importing the file: {import}");
}

/// Runs this bench again as a child that imports `file` (nothing when empty) and returns what it
/// printed.
fn run_child(file: &str, fingerprint: &str) -> String {
    let output = Command::new(std::env::current_exe().expect("this bench"))
        .env(CHILD, file)
        .env("GAVEL_BENCH_FINGERPRINT", fingerprint)
        .output()
        .expect("child runs");
    assert!(
        output.status.success(),
        "the child failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).trim().to_owned()
}

/// The child: a fresh database file, the import, then the peak.
fn import_and_report_peak(file: &str) {
    let folder = secretariat::folder().join(format!("memory-{}", std::process::id()));
    std::fs::create_dir_all(&folder).expect("folder");
    let mut store =
        Store::open(&folder.join("gavel.sqlite3"), StoreOptions::new("Rasmus")).expect("store");
    let started = Instant::now();
    let added = if file.is_empty() {
        0
    } else {
        let fingerprint = std::env::var("GAVEL_BENCH_FINGERPRINT").expect("fingerprint");
        secretariat::import_file(&mut store, std::path::Path::new(file), &fingerprint)
    };
    let seconds = started.elapsed().as_secs_f64();
    drop(store);
    let _ = std::fs::remove_dir_all(&folder);
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let peak = status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .map_or("not measured (no /proc/self/status)".to_owned(), |value| {
            value.trim().to_owned()
        });
    println!("{peak} ({added} events added in {seconds:.2} s)");
}
