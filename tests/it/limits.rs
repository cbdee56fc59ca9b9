//! Limits: every reader of untrusted bytes refuses a file one byte over its size limit before
//! reading it, with a message naming the limit, and changes nothing (docs/RELIABILITY.md, "Limits").
//! The files are sparse: they take no disk space, and would take their whole size in memory if a
//! reader read them before checking. The limits inside a file (cells, rows, issues, nesting, a
//! `.p12`'s MAC rounds) are tested next to each reader in gavel-core and gavel-minutes.

use std::path::{Path, PathBuf};

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{built_binary, dump_read_tables, event_count, gavel_reproducibly, stderr};

const SEPTEMBER_MEETING: &str = "6a4c734a-feaa-5896-9b3f-27af86ca392e";
const MB: u64 = 1024 * 1024;

#[test]
fn files_one_byte_over_each_limit_are_refused_and_change_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let folder = folder.path();
    let db = folder.join("gavel.sqlite3");
    let demo = gavel_reproducibly(&db, &["demo"], "");
    assert!(demo.status.success(), "{}", stderr(&demo));
    let (events, tables) = (event_count(&db), dump_read_tables(&db));

    let commands = sparse(folder, "commands.jsonl", 64 * MB + 1);
    let pdf = sparse(folder, "minutes.pdf", 64 * MB + 1);
    let backlog = sparse(folder, "backlog.csv", 100 * MB + 1);
    let sync_file = sparse(folder, "meeting.gavel", 256 * MB + 1);
    let p12 = sparse(folder, "key.p12", MB + 1);
    let password = folder.join("password.txt");
    std::fs::write(&password, "gavel-fixture-password\n").expect("writes");
    let signed = folder.join("signed.pdf");
    let fixture_p12 = fixture("certs/rsa-openssl3.p12");
    let fixture_password = fixture("certs/password.txt");

    let cases: [(&[&str], &str); 6] = [
        (
            &["apply", text(&commands)],
            "commands.jsonl: the input is larger than 64 MB, the most gavel apply reads; nothing was applied",
        ),
        (
            &["backlog", "import", text(&backlog)],
            "backlog.csv: the file is 101 MB; backlog files larger than 100 MB are refused",
        ),
        (
            &["sync", "import", text(&sync_file)],
            "meeting.gavel: the file is larger than 256 MB, the most Gavel reads as a sync file; nothing was read",
        ),
        (
            &["minutes", "verify", text(&pdf)],
            "minutes.pdf: the file is larger than 64 MB, the most Gavel reads as a PDF; nothing was read",
        ),
        (
            &[
                "minutes",
                "countersign",
                text(&pdf),
                "--p12",
                text(&fixture_p12),
                "--password-file",
                text(&fixture_password),
                "--out",
                text(&signed),
            ],
            "minutes.pdf: the file is larger than 64 MB, the most Gavel reads as a PDF; nothing was read",
        ),
        (
            &[
                "minutes",
                "export",
                SEPTEMBER_MEETING,
                "--out",
                text(&signed),
                "--sign",
                text(&p12),
                "--password-file",
                text(&password),
            ],
            "key.p12: the file is larger than 1 MB, the most Gavel reads as a .p12 file; nothing was read",
        ),
    ];
    for (args, expected) in cases {
        let output = gavel_reproducibly(&db, args, "");
        assert!(!output.status.success(), "{args:?} succeeded");
        let message = stderr(&output);
        assert!(
            message.contains(expected),
            "{args:?}: expected {expected:?} in\n{message}"
        );
        assert_eq!(event_count(&db), events, "{args:?} changed the log");
        assert!(
            dump_read_tables(&db) == tables,
            "{args:?} changed the read tables"
        );
        assert!(!signed.exists(), "{args:?} wrote {}", signed.display());
    }
}

/// Issue 15: `/dev/zero` never ends and opening a named pipe waits for a writer that never comes.
/// Every reader of an outside file must refuse both at once, saying what the path is, and change
/// nothing. (0.1 read /dev/zero until the memory ran out, and hung on a pipe.)
#[cfg(unix)]
#[test]
fn devices_and_named_pipes_are_refused_at_once_and_change_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let folder = folder.path();
    let db = folder.join("gavel.sqlite3");
    let demo = gavel_reproducibly(&db, &["demo"], "");
    assert!(demo.status.success(), "{}", stderr(&demo));
    let (events, tables) = (event_count(&db), dump_read_tables(&db));
    let pipe = folder.join("pipe");
    let made = Command::new("mkfifo")
        .arg(&pipe)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let out = folder.join("out.pdf");
    let fixture_p12 = fixture("certs/rsa-openssl3.p12");
    let fixture_password = fixture("certs/password.txt");
    let zero = Path::new("/dev/zero");

    let device = "it is a device, not a regular file";
    let named_pipe = "it is a named pipe (FIFO), not a regular file";
    let mut cases: Vec<(Vec<&str>, &str)> = Vec::new();
    for (path, what) in [(zero, device), (pipe.as_path(), named_pipe)] {
        cases.extend([
            (vec!["sync", "import", text(path)], what),
            (vec!["apply", text(path)], what),
            (vec!["backlog", "import", text(path)], what),
            (vec!["minutes", "verify", text(path)], what),
            (
                vec![
                    "minutes",
                    "export",
                    SEPTEMBER_MEETING,
                    "--out",
                    text(&out),
                    "--sign",
                    text(&fixture_p12),
                    "--password-file",
                    text(path),
                ],
                what,
            ),
            (
                vec![
                    "minutes",
                    "export",
                    SEPTEMBER_MEETING,
                    "--out",
                    text(&out),
                    "--sign",
                    text(path),
                    "--password-file",
                    text(&fixture_password),
                ],
                what,
            ),
        ]);
    }
    for (args, expected) in cases {
        let message = refused_in_time(&db, &args);
        assert!(
            message.contains(expected),
            "{args:?}: expected {expected:?} in\n{message}"
        );
        assert_eq!(event_count(&db), events, "{args:?} changed the log");
        assert!(
            dump_read_tables(&db) == tables,
            "{args:?} changed the read tables"
        );
        assert!(!out.exists(), "{args:?} wrote {}", out.display());
    }
}

/// Runs `gavel ARGS` and returns what it said on stderr once it has failed. A run still going
/// after a minute (a reader waiting on the pipe, or reading /dev/zero) is killed and fails the
/// test: the deadline only stops a hung test, it measures nothing.
fn refused_in_time(db: &Path, args: &[&str]) -> String {
    let mut child = Command::new(built_binary("gavel"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("GAVEL_FIXED_CLOCK", "2026-12-10T13:00:00Z")
        .env("GAVEL_AUTHOR", "Testperson")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gavel starts");
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if child.try_wait().expect("gavel can be waited for").is_some() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{args:?} was still running after a minute");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let output = child.wait_with_output().expect("gavel's output");
    assert!(!output.status.success(), "{args:?} succeeded");
    stderr(&output)
}

/// A file of `length` bytes that takes no space on the disk.
fn sparse(folder: &Path, name: &str, length: u64) -> PathBuf {
    let path = folder.join(name);
    std::fs::File::create(&path)
        .and_then(|file| file.set_len(length))
        .expect("creates a sparse file");
    path
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

fn text(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}
