//! Shared helpers: finding the built binaries, temporary databases, and a comparable dump of the
//! read tables.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use gavel_core::{FixedClock, Store, StoreOptions};

/// A binary built into the same target folder as this test (`cargo build --workspace` first).
pub fn built_binary(name: &str) -> PathBuf {
    let test_executable = std::env::current_exe().expect("the test binary knows its path");
    let profile_folder = test_executable
        .parent()
        .and_then(Path::parent)
        .expect("tests run from target/<profile>/deps");
    let binary = profile_folder.join(name);
    assert!(
        binary.exists(),
        "{} is missing: build it first with `cargo build --workspace` (scripts/test.sh does)",
        binary.display()
    );
    binary
}

/// Runs `gavel --db DB ARGS…` with standard input from `stdin`.
pub fn gavel(db: &Path, args: &[&str], stdin: &str) -> Output {
    gavel_with_env(db, args, stdin, &[])
}

/// A reproducible `gavel` run: a clock that starts at 10 December 2026 13:00 UTC and moves a
/// second per event, a fixed device id for a new database, and UTC as the local time zone.
pub fn gavel_reproducibly(db: &Path, args: &[&str], stdin: &str) -> Output {
    gavel_with_env(
        db,
        args,
        stdin,
        &[
            ("GAVEL_FIXED_CLOCK", "2026-12-10T13:00:00Z"),
            ("GAVEL_DEVICE_ID", "00000000-0000-4000-8000-00000000d1ce"),
            ("GAVEL_COMPUTER_NAME", "testlaptop"),
            ("TZ", "UTC"),
        ],
    )
}

pub fn gavel_with_env(db: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    use std::io::Write;
    let mut child = Command::new(built_binary("gavel"))
        .arg("--db")
        .arg(db)
        .args(args)
        // English unless a test asks for another language: the tests read English messages,
        // whatever the language of the machine they run on.
        .env("GAVEL_LANG", "en")
        .envs(env.iter().copied())
        .env("GAVEL_AUTHOR", "Testperson")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("gavel starts");
    let written = child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin.as_bytes());
    // gavel may refuse and exit before reading its input (a full disk, a bad database): what it
    // said and its exit status are what the tests check, so a closed pipe is not a failure here.
    if let Err(error) = written
        && error.kind() != std::io::ErrorKind::BrokenPipe
    {
        panic!("gavel reads stdin: {error}");
    }
    child.wait_with_output().expect("gavel finishes")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// A store on a fresh file with a fixed device id and a clock that starts at 27 November 2026.
pub fn fresh_store(folder: &Path) -> Store {
    let clock = std::sync::Arc::new(FixedClock::at_millis(1_795_777_200_000));
    let options = StoreOptions::new("Testperson")
        .with_clock(clock)
        .with_device_id(uuid::Uuid::from_u128(0xd1));
    Store::open(&folder.join("gavel.sqlite3"), options).expect("a fresh database opens")
}

/// A backlog item "Sag KEY", status "To Do", with nothing else set.
pub fn backlog_item_to_do(key: &str) -> gavel_core::Command {
    gavel_core::Command::UpsertBacklogItem {
        key: key.into(),
        title: Some(format!("Sag {key}")),
        status: Some("To Do".into()),
        priority: None,
        rank: None,
        story_points: None,
        labels: None,
        parent: None,
        votes: None,
        watchers: None,
        description: None,
    }
}

/// Every row of every read table, in primary-key order, as text: equal dumps mean equal state.
pub fn dump_read_tables(db: &Path) -> String {
    let conn = rusqlite::Connection::open(db).expect("the database opens");
    let mut dump = String::new();
    for table in gavel_core::READ_TABLES {
        dump.push_str(&format!("== {table}\n"));
        let mut statement = conn
            .prepare(&format!("SELECT * FROM {table} ORDER BY 1"))
            .expect("table exists");
        let columns = statement.column_count();
        let mut rows = statement.query([]).expect("table reads");
        while let Some(row) = rows.next().expect("row reads") {
            let values: Vec<String> = (0..columns)
                .map(|index| format!("{:?}", row.get_ref(index).expect("column reads")))
                .collect();
            dump.push_str(&values.join(" | "));
            dump.push('\n');
        }
    }
    dump
}

pub fn event_count(db: &Path) -> i64 {
    let conn = rusqlite::Connection::open(db).expect("the database opens");
    conn.query_row("SELECT COUNT(*) FROM event", [], |row| row.get(0))
        .expect("event table reads")
}

/// Compares `actual` with the committed file `tests/fixtures/NAME`; with `UPDATE_SNAPSHOTS=1`
/// writes it instead, for an expectation that changed on purpose (then review the diff).
pub fn check_snapshot(name: &str, actual: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).expect("writes the snapshot");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    if expected != actual {
        let first_difference = expected
            .lines()
            .zip(actual.lines())
            .position(|(expected, actual)| expected != actual)
            .map_or_else(
                || "at the end".to_owned(),
                |line| format!("at line {}", line + 1),
            );
        panic!(
            "{} differs from the actual output {first_difference}.\nIf the change is intended, run with UPDATE_SNAPSHOTS=1 and review the diff.\nActual:\n{actual}",
            path.display()
        );
    }
}

/// `--trust-device FINGERPRINT` for every device a sync file introduces: what a chair does who
/// compared each fingerprint with the computer's owner. Tests of who is trusted, and of what is
/// not taken, are in sync_devices.rs.
pub fn trust_every_device_in(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).expect("the sync file reads");
    let file: gavel_core::sync::SyncFile = serde_json::from_str(&text).expect("a sync file");
    device_fingerprints(&file)
        .into_iter()
        .flat_map(|fingerprint| ["--trust-device".to_owned(), fingerprint])
        .collect()
}

/// The fingerprints of every device a sync file introduces on its cards.
pub fn device_fingerprints(file: &gavel_core::sync::SyncFile) -> Vec<String> {
    file.devices
        .iter()
        .map(|card| {
            gavel_core::sync::DevicePublicKey::from_hex(&card.public_key)
                .expect("a key")
                .fingerprint()
        })
        .collect()
}
