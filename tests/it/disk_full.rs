//! Disk full: every command that writes — `gavel apply`, `gavel backlog import`, `gavel minutes
//! export` (unsigned and `--sign`), `gavel sync import` and `gavel sync export` — is run on a tiny
//! tmpfs volume that is first filled to the last byte and then given back a few kilobytes at a
//! time, so that each command meets ENOSPC at a different point of its work, until it succeeds.
//! Every failed run must exit non-zero saying "the disk is full"; afterwards the database must
//! pass `PRAGMA integrity_check` and `gavel log verify` and hold every acknowledged command and
//! nothing of the refused one, and the file the command was writing must be complete or absent,
//! with no temporary file left behind.
//!
//! The volume is mounted with `mount -t tmpfs` (the tests run as root here and in CI). Where
//! mounting is not permitted the test runs itself again inside `unshare -rm`, a user namespace
//! that may mount a tmpfs; where neither works it fails and says so, never skipping silently.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::support::{gavel_with_env, stderr, stdout, trust_every_device_in};

const SEPTEMBER_MEETING: &str = "6a4c734a-feaa-5896-9b3f-27af86ca392e";

/// Set in the copy of this test that runs inside `unshare -rm`.
const IN_NAMESPACE: &str = "GAVEL_DISK_FULL_IN_NAMESPACE";

/// Space given back per step. Small enough that every command fails at several points of its
/// work (a command needs tens to hundreds of kilobytes), large enough that the runs stay short.
const STEP_BYTES: u64 = 8 * 1024;

#[test]
fn disk_full_apply_keeps_every_acknowledged_command() {
    on_tiny_volume(
        "disk_full_apply_keeps_every_acknowledged_command",
        |volume| {
            let script = meeting_script();
            let db = volume.path().join("gavel.sqlite3");
            // The group and the meeting first, so that the database exists before the disk fills.
            let first = &script[..6];
            let created = run_gavel(&db, &["apply"], &lines(first));
            assert!(created.status.success(), "{}", stderr(&created));
            volume.fill();

            let mut applied = first.len();
            let mut failures = 0;
            while applied < script.len() {
                volume.give_back(STEP_BYTES);
                // From a file, not standard input: gavel may stop before reading its input
                // (a database it cannot open on the full disk), and a pipe would then break.
                let input = volume.scratch().join("remaining.jsonl");
                std::fs::write(&input, lines(&script[applied..])).expect("writes");
                let output = run_gavel(&db, &["apply", path_text(&input)], "");
                let acknowledged: Vec<serde_json::Value> = stdout(&output)
                    .lines()
                    .map(|line| serde_json::from_str(line).expect("every stdout line is JSON"))
                    .filter(|result: &serde_json::Value| result["ok"] == true)
                    .collect();
                let remaining = script.len() - applied;
                if acknowledged.len() < remaining {
                    failures += 1;
                    assert_disk_full_failure(&output);
                }
                applied += acknowledged.len();
                let copy = checked_copy(&db, volume.scratch());
                // Each command of the script appends one event: the acknowledged ones are all there
                // and the refused one is not.
                assert_eq!(event_count(&copy), applied, "after {failures} full disks");
                for result in &acknowledged {
                    for event_id in result["event_ids"].as_array().expect("event ids") {
                        assert!(has_event(&copy, event_id.as_str().expect("an id")));
                    }
                }
                assert!(volume.steps() < 400, "apply never got through");
            }
            assert!(failures >= 3, "only {failures} runs met a full disk");
            report("apply", failures);
        },
    );
}

#[test]
fn disk_full_backlog_import_is_all_or_nothing() {
    on_tiny_volume("disk_full_backlog_import_is_all_or_nothing", |volume| {
        let db = volume.path().join("gavel.sqlite3");
        let created = run_gavel(&db, &["log", "verify"], "");
        assert!(created.status.success(), "{}", stderr(&created));
        let csv = volume.scratch().join("backlog.csv");
        std::fs::write(&csv, large_backlog_csv(300)).expect("writes the backlog");
        volume.fill();

        let failures = retry_until_success(volume, |volume| {
            let output = run_gavel(&db, &["backlog", "import", path_text(&csv)], "");
            let copy = checked_copy(&db, volume.scratch());
            let items = backlog_count(&copy);
            if output.status.success() {
                assert_eq!(items, 300);
                true
            } else {
                assert_disk_full_failure(&output);
                assert_eq!(items, 0, "a failed import added part of the file");
                assert_eq!(event_count(&copy), 0);
                false
            }
        });
        report("backlog import", failures);
    });
}

#[test]
fn disk_full_minutes_export_leaves_the_pdf_complete_or_absent() {
    on_tiny_volume(
        "disk_full_minutes_export_leaves_the_pdf_complete_or_absent",
        |volume| {
            let db = volume.path().join("gavel.sqlite3");
            let demo = run_gavel(&db, &["demo"], "");
            assert!(demo.status.success(), "{}", stderr(&demo));
            let expected_pdf = volume.scratch().join("expected.pdf");
            let reference = export_minutes(&db, &expected_pdf, &[]);
            assert!(reference.status.success(), "{}", stderr(&reference));
            let expected = std::fs::read(&expected_pdf).expect("the reference PDF");
            let pdf = volume.path().join("referat.pdf");
            volume.fill();

            let failures = retry_until_success(volume, |volume| {
                let output = export_minutes(&db, &pdf, &[]);
                assert_no_temporary_files(volume.path());
                checked_copy(&db, volume.scratch());
                if output.status.success() {
                    assert!(std::fs::read(&pdf).expect("the PDF") == expected);
                    true
                } else {
                    assert_disk_full_failure(&output);
                    assert!(!pdf.exists(), "a failed export left {}", pdf.display());
                    false
                }
            });
            report("minutes export", failures);
        },
    );
}

#[test]
fn disk_full_signed_minutes_are_recorded_only_with_their_file() {
    on_tiny_volume(
        "disk_full_signed_minutes_are_recorded_only_with_their_file",
        |volume| {
            let db = volume.path().join("gavel.sqlite3");
            let demo = run_gavel(&db, &["demo"], "");
            assert!(demo.status.success(), "{}", stderr(&demo));
            let events_before = event_count(&checked_copy(&db, volume.scratch()));
            let p12 = fixture("certs/rsa-openssl3.p12");
            let password = fixture("certs/password.txt");
            let sign = [
                "--sign",
                path_text(&p12),
                "--password-file",
                path_text(&password),
            ];
            let pdf = volume.path().join("referat-underskrevet.pdf");
            volume.fill();

            let failures = retry_until_success(volume, |volume| {
                let output = export_minutes(&db, &pdf, &sign);
                assert_no_temporary_files(volume.path());
                let copy = checked_copy(&db, volume.scratch());
                if output.status.success() {
                    // The signature is recorded, and the file is whole: every signature valid
                    // and the fingerprint the one recorded.
                    assert_eq!(event_count(&copy), events_before + 1);
                    let verified = run_gavel(&copy, &["minutes", "verify", path_text(&pdf)], "");
                    assert!(verified.status.success(), "{}", stdout(&verified));
                    true
                } else {
                    assert_disk_full_failure(&output);
                    assert!(!pdf.exists(), "a failed signing left {}", pdf.display());
                    assert_eq!(
                        event_count(&copy),
                        events_before,
                        "a signature was recorded without its file"
                    );
                    false
                }
            });
            report("minutes export --sign", failures);
        },
    );
}

#[test]
fn disk_full_sync_import_is_all_or_nothing() {
    on_tiny_volume("disk_full_sync_import_is_all_or_nothing", |volume| {
        let other_laptop = volume.scratch().join("other.sqlite3");
        let demo = run_gavel(&other_laptop, &["demo"], "");
        assert!(demo.status.success(), "{}", stderr(&demo));
        let file = volume.scratch().join("demo.gavel");
        let exported = run_gavel(
            &other_laptop,
            &["sync", "export", "--all", "--out", path_text(&file)],
            "",
        );
        assert!(exported.status.success(), "{}", stderr(&exported));
        let events_in_file = event_count(&other_laptop);

        let db = volume.path().join("gavel.sqlite3");
        let created = run_gavel(&db, &["log", "verify"], "");
        assert!(created.status.success(), "{}", stderr(&created));
        volume.fill();

        let failures = retry_until_success(volume, |volume| {
            let trust = trust_every_device_in(&file);
            let mut import_args = vec!["sync", "import", path_text(&file)];
            import_args.extend(trust.iter().map(String::as_str));
            let output = run_gavel(&db, &import_args, "");
            let copy = checked_copy(&db, volume.scratch());
            if output.status.success() {
                assert_eq!(event_count(&copy), events_in_file);
                true
            } else {
                assert_disk_full_failure(&output);
                assert_eq!(
                    event_count(&copy),
                    0,
                    "a failed import added part of the file"
                );
                false
            }
        });
        report("sync import", failures);
    });
}

#[test]
fn disk_full_sync_export_leaves_the_file_complete_or_absent() {
    on_tiny_volume(
        "disk_full_sync_export_leaves_the_file_complete_or_absent",
        |volume| {
            // The database is elsewhere: only the file meets the full disk.
            let db = volume.scratch().join("gavel.sqlite3");
            let demo = run_gavel(&db, &["demo"], "");
            assert!(demo.status.success(), "{}", stderr(&demo));
            let file = volume.path().join("september.gavel");
            volume.fill();

            let failures = retry_until_success(volume, |volume| {
                let output = run_gavel(
                    &db,
                    &[
                        "sync",
                        "export",
                        SEPTEMBER_MEETING,
                        "--out",
                        path_text(&file),
                    ],
                    "",
                );
                assert_no_temporary_files(volume.path());
                if output.status.success() {
                    // Whole: another laptop takes every event in it.
                    let other = volume.scratch().join("other.sqlite3");
                    let trust = trust_every_device_in(&file);
                    let mut import_args = vec!["sync", "import", path_text(&file)];
                    import_args.extend(trust.iter().map(String::as_str));
                    let imported = run_gavel(&other, &import_args, "");
                    assert!(imported.status.success(), "{}", stderr(&imported));
                    true
                } else {
                    assert_disk_full_failure(&output);
                    assert!(!file.exists(), "a failed export left {}", file.display());
                    false
                }
            });
            report("sync export", failures);
        },
    );
}

/// A tmpfs mounted on a temporary folder, unmounted when dropped; beside it a scratch folder on
/// the ordinary disk for copies and inputs.
struct TinyVolume {
    mount_point: tempfile::TempDir,
    scratch: tempfile::TempDir,
    filler: PathBuf,
    steps: u32,
}

impl TinyVolume {
    /// `Err` with the reason when mounting is not permitted.
    fn mount(size_kib: u32) -> Result<TinyVolume, String> {
        let mount_point = tempfile::tempdir().expect("temp dir");
        let output = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size_kib}k"), "tmpfs"])
            .arg(mount_point.path())
            .output()
            .map_err(|error| format!("mount cannot run: {error}"))?;
        if !output.status.success() {
            return Err(format!("mount -t tmpfs failed: {}", stderr(&output).trim()));
        }
        Ok(TinyVolume {
            filler: mount_point.path().join("filler"),
            mount_point,
            scratch: tempfile::tempdir().expect("temp dir"),
            steps: 0,
        })
    }

    fn path(&self) -> &Path {
        self.mount_point.path()
    }

    fn scratch(&self) -> &Path {
        self.scratch.path()
    }

    fn steps(&self) -> u32 {
        self.steps
    }

    /// Writes the filler file until the volume has not one byte left.
    fn fill(&self) {
        let mut filler = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.filler)
            .expect("creates the filler");
        let block = [0xa5u8; 4096];
        loop {
            match filler.write(&block) {
                Ok(0) => break,
                Ok(_) => continue,
                Err(error) if error.raw_os_error() == Some(28) => break,
                Err(error) => panic!("filling the volume: {error}"),
            }
        }
        let _ = filler.write(&[0xa5]);
        let free = fs_free_bytes(self.path());
        assert!(free < 4096, "{free} bytes still free after filling");
    }

    /// Shortens the filler by `bytes`.
    fn give_back(&mut self, bytes: u64) {
        self.steps += 1;
        let length = std::fs::metadata(&self.filler).expect("the filler").len();
        assert!(length >= bytes, "the volume is too small for the command");
        let filler = std::fs::OpenOptions::new()
            .write(true)
            .open(&self.filler)
            .expect("opens the filler");
        filler.set_len(length - bytes).expect("shortens the filler");
    }
}

impl Drop for TinyVolume {
    fn drop(&mut self) {
        let unmounted = Command::new("umount")
            .arg(self.mount_point.path())
            .status()
            .is_ok_and(|status| status.success());
        if !unmounted {
            // Busy (a process still holds a file): detach it now, it goes when released.
            let _ = Command::new("umount")
                .arg("-l")
                .arg(self.mount_point.path())
                .status();
        }
    }
}

/// Runs `scenario` on a fresh 2 MiB volume: mounted here, or in a copy of this test inside a user
/// namespace where mounting here is not permitted.
fn on_tiny_volume(test_name: &str, scenario: impl FnOnce(&mut TinyVolume)) {
    match TinyVolume::mount(2048) {
        Ok(mut volume) => scenario(&mut volume),
        Err(reason) if std::env::var_os(IN_NAMESPACE).is_some() => panic!(
            "cannot mount a tmpfs even inside `unshare -rm` ({reason}): the disk-full tests need \
             root or user namespaces"
        ),
        Err(reason) => {
            eprintln!("{reason}; running {test_name} again inside `unshare -rm`");
            let test_binary = std::env::current_exe().expect("the test binary knows its path");
            let output = Command::new("unshare")
                .arg("-rm")
                .arg(test_binary)
                .args([&format!("disk_full::{test_name}"), "--exact", "--nocapture"])
                .env(IN_NAMESPACE, "1")
                .output()
                .unwrap_or_else(|error| {
                    panic!("cannot mount a tmpfs ({reason}) and unshare cannot run: {error}")
                });
            assert!(
                output.status.success() && stdout(&output).contains("1 passed"),
                "the disk-full scenario inside `unshare -rm` failed (mounting here: {reason}):\n{}{}",
                stdout(&output),
                stderr(&output)
            );
        }
    }
}

/// Gives space back step by step and runs `attempt` until it succeeds; returns how many times
/// it met the full disk. The volume must fill up at least once, or the scenario proved nothing.
fn retry_until_success(
    volume: &mut TinyVolume,
    mut attempt: impl FnMut(&TinyVolume) -> bool,
) -> u32 {
    let mut failures = 0;
    loop {
        if attempt(volume) {
            break;
        }
        failures += 1;
        assert!(volume.steps() < 400, "never succeeded");
        volume.give_back(STEP_BYTES);
    }
    assert!(failures >= 1, "the command never met the full disk");
    failures
}

fn report(command: &str, failures: u32) {
    // Read by docs/RELIABILITY.md's figures: `cargo test … disk_full -- --nocapture`.
    println!("disk full: {command} met ENOSPC {failures} times, then succeeded");
}

/// The run failed, said so on standard error in words a chair understands, and did not panic.
fn assert_disk_full_failure(output: &Output) {
    let message = stderr(output);
    assert!(!output.status.success(), "exit 0 on a full disk");
    assert!(
        message.contains("the disk is full"),
        "the message does not say the disk is full: {message}"
    );
    assert!(!message.contains("panicked"), "{message}");
}

/// Copies the database (with its WAL) to the scratch folder, checks it there — `PRAGMA
/// integrity_check` and `gavel log verify` — and returns the copy's path. A copy, because opening
/// the database on the full volume itself is what is under test.
fn checked_copy(db: &Path, scratch: &Path) -> PathBuf {
    let copy = scratch.join("copy.sqlite3");
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", copy.display()));
    }
    std::fs::copy(db, &copy).expect("copies the database");
    let wal = PathBuf::from(format!("{}-wal", db.display()));
    if wal.exists() {
        std::fs::copy(&wal, format!("{}-wal", copy.display())).expect("copies the WAL");
    }
    let conn = rusqlite::Connection::open(&copy).expect("the copy opens");
    let integrity: String = conn
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .expect("checks");
    assert_eq!(integrity, "ok");
    drop(conn);
    let verified = run_gavel(&copy, &["log", "verify"], "");
    assert!(verified.status.success(), "{}", stdout(&verified));
    copy
}

fn assert_no_temporary_files(folder: &Path) {
    for entry in std::fs::read_dir(folder).expect("lists the volume") {
        let name = entry.expect("an entry").file_name();
        assert!(
            !name.to_string_lossy().ends_with(".partial"),
            "{name:?} was left behind"
        );
    }
}

fn run_gavel(db: &Path, args: &[&str], stdin: &str) -> Output {
    gavel_with_env(
        db,
        args,
        stdin,
        &[
            ("GAVEL_FIXED_CLOCK", "2026-12-10T13:00:00Z"),
            ("TZ", "UTC"),
            ("LANG", "C.UTF-8"),
        ],
    )
}

fn export_minutes(db: &Path, pdf: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "minutes",
        "export",
        SEPTEMBER_MEETING,
        "--out",
        path_text(pdf),
        "--lang",
        "da",
    ];
    args.extend_from_slice(extra);
    run_gavel(db, &args, "")
}

fn event_count(db: &Path) -> usize {
    let conn = rusqlite::Connection::open(db).expect("opens");
    let has_log: bool = conn
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE name = 'event')",
            [],
            |row| row.get(0),
        )
        .expect("reads the schema");
    if !has_log {
        return 0;
    }
    conn.query_row("SELECT COUNT(*) FROM event", [], |row| row.get::<_, i64>(0))
        .expect("counts") as usize
}

fn has_event(db: &Path, id: &str) -> bool {
    let id: uuid::Uuid = id.parse().expect("a uuid");
    let conn = rusqlite::Connection::open(db).expect("opens");
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM event WHERE id = ?1)",
        [id],
        |row| row.get(0),
    )
    .expect("looks up")
}

fn backlog_count(db: &Path) -> usize {
    let output = run_gavel(db, &["backlog", "list", "--json"], "");
    assert!(output.status.success(), "{}", stderr(&output));
    let items: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    items.as_array().expect("a list").len()
}

/// A Gavel backlog CSV of `items` issues with long titles, so that importing it needs a few
/// hundred kilobytes of database.
fn large_backlog_csv(items: usize) -> String {
    let mut csv = String::from("key,title,status,story_points,labels\n");
    for number in 1..=items {
        let title = format!("Sag {number} om diskplads og drift; ").repeat(10);
        csv.push_str(&format!(
            "DF-{number},\"{title}\",To Do,{},drift kapacitet\n",
            number % 13
        ));
    }
    csv
}

fn meeting_script() -> Vec<String> {
    let text =
        std::fs::read_to_string(fixture("meetings/full-meeting.jsonl")).expect("the fixture");
    text.lines()
        .filter(|line| line.starts_with('{'))
        .map(str::to_owned)
        .collect()
}

fn lines(commands: &[String]) -> String {
    commands.iter().map(|line| format!("{line}\n")).collect()
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

fn path_text(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn fs_free_bytes(path: &Path) -> u64 {
    let output = Command::new("df")
        .args(["--output=avail", "-B1"])
        .arg(path)
        .stdout(Stdio::piped())
        .output()
        .expect("df runs");
    std::io::Cursor::new(output.stdout)
        .lines()
        .nth(1)
        .and_then(|line| line.ok())
        .and_then(|line| line.trim().parse().ok())
        .expect("df prints the free bytes")
}
