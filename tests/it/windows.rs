//! Gavel on Windows: the cross-built `gavel.exe` (x86_64-pc-windows-gnu, release) run under Wine
//! beside the Linux build. The same commands with the same clock and device id must give the same
//! database, sync file and unsigned minutes byte for byte; signed minutes and sync files move both
//! ways; backups, restores, the default folders (%APPDATA%, Documents, also on OneDrive), CRLF
//! input, æøå and spaces in paths, and every path Windows cannot take are checked where Windows'
//! own rules apply.
//!
//! Ignored in a plain `cargo test`: they need the Windows build, Wine, and a Wine prefix with the
//! bcryptprimitives.dll stand-in, which scripts/windows/test.sh makes before it runs them with
//! `cargo test -p gavel-tests --test it -- --ignored windows::` (CI does, via scripts/test.sh).

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use crate::minutes::pdfsig_verdicts;
use crate::support::{built_binary, stderr, stdout, trust_every_device_in};

const NEEDS_WINE: &str = "needs the Windows build and Wine: scripts/windows/test.sh";
const FULL_MEETING: &str = "dd1ce56f-d918-5fcc-a366-e86bba0666a8";
/// The device id every database here is made with, unless a test needs two laptops.
const DEVICE: &str = "00000000-0000-4000-8000-00000000d1ce";

/// The two builds of `gavel` under test.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Platform {
    Linux,
    Windows,
}

impl Platform {
    /// `path` as this build's `gavel` takes it: Wine shows the Linux root as drive Z:.
    fn path(self, path: &Path) -> String {
        match self {
            Platform::Linux => path.display().to_string(),
            Platform::Windows => format!("Z:{}", path.display()).replace('/', "\\"),
        }
    }

    /// `gavel ARGS…` of this build, with the reproducible clock and device id of
    /// `support::gavel_reproducibly`, standard input from `stdin`.
    fn gavel(self, args: &[String], stdin: &[u8]) -> Output {
        self.gavel_on_device(DEVICE, args, stdin)
    }

    /// [`Platform::gavel`] with another device id for a database it creates.
    fn gavel_on_device(self, device: &str, args: &[String], stdin: &[u8]) -> Output {
        let mut command = match self {
            Platform::Linux => Command::new(built_binary("gavel")),
            Platform::Windows => {
                let mut command = wine_command();
                command.arg(windows_gavel());
                command
            }
        };
        command
            .args(args)
            .env("GAVEL_FIXED_CLOCK", "2026-12-10T13:00:00Z")
            .env("GAVEL_DEVICE_ID", device)
            .env("GAVEL_AUTHOR", "Testperson")
            .env("GAVEL_COMPUTER_NAME", "testlaptop")
            .env("TZ", "UTC")
            .env_remove("GAVEL_DB")
            .env_remove("GAVEL_EXPORT_DIR");
        run_with_input(command, stdin)
    }

    /// `gavel --db DB ARGS…`, which must succeed.
    fn gavel_ok(self, db: &Path, args: &[&str]) -> String {
        let output = self.gavel(&self.with_db(db, args), b"");
        assert!(
            output.status.success(),
            "{self:?}: gavel {args:?} failed: {}{}",
            stderr(&output),
            stdout(&output)
        );
        stdout(&output)
    }

    fn with_db(self, db: &Path, args: &[&str]) -> Vec<String> {
        let mut all = vec!["--db".to_owned(), self.path(db)];
        all.extend(args.iter().map(|argument| (*argument).to_owned()));
        all
    }
}

/// The same commands on both builds, each in a folder with æ, ø, å and spaces in its name; the
/// Windows build reads the meeting script with CRLF line ends, as Notepad saves it.
#[test]
#[ignore = "needs the Windows build and Wine: scripts/windows/test.sh"]
fn the_same_commands_give_the_same_database_sync_file_and_minutes_on_windows() {
    let folder = tempfile::tempdir().expect("temp dir");
    let results: Vec<(Platform, PathBuf)> = [Platform::Linux, Platform::Windows]
        .into_iter()
        .map(|platform| {
            let work = folder
                .path()
                .join(format!("{platform:?}"))
                .join("Møder i Ærøskøbing og Åbenrå");
            std::fs::create_dir_all(&work).expect("creates");
            let script = work.join("møde.jsonl");
            let text =
                std::fs::read_to_string(fixture("meetings/full-meeting.jsonl")).expect("reads");
            let text = match platform {
                Platform::Linux => text,
                Platform::Windows => text.replace('\n', "\r\n"),
            };
            std::fs::write(&script, text).expect("writes");
            let db = work.join("gavel.sqlite3");
            let path = |file: &Path| platform.path(file);
            platform.gavel_ok(&db, &["apply", &path(&script)]);
            for jira in [
                "jira/danish-bom-crlf.csv",
                "jira/search-v3-adf-no-names.json",
            ] {
                platform.gavel_ok(&db, &["backlog", "import", &path(&fixture(jira))]);
            }
            platform.gavel_ok(
                &db,
                &[
                    "sync",
                    "export",
                    "--all",
                    "--out",
                    &path(&work.join("alt.gavel")),
                ],
            );
            platform.gavel_ok(
                &db,
                &[
                    "minutes",
                    "export",
                    FULL_MEETING,
                    "--lang",
                    "da",
                    "--out",
                    &path(&work.join("Referat.pdf")),
                ],
            );
            let shown = platform.gavel_ok(&db, &["meeting", "show", FULL_MEETING]);
            std::fs::write(work.join("shown.txt"), shown).expect("writes");
            (platform, work)
        })
        .collect();

    let [(_, linux), (_, windows)] = &results[..] else {
        unreachable!("two platforms")
    };
    for file in ["gavel.sqlite3", "alt.gavel", "Referat.pdf", "shown.txt"] {
        let linux_bytes = std::fs::read(linux.join(file)).expect("Linux wrote it");
        let windows_bytes = std::fs::read(windows.join(file)).expect("Windows wrote it");
        assert!(
            linux_bytes == windows_bytes,
            "{file} differs between the Linux and the Windows build ({} and {} bytes)",
            linux_bytes.len(),
            windows_bytes.len()
        );
    }
    // The meeting's text, with its æøå, reached the console output as UTF-8 on both.
    let shown = std::fs::read_to_string(windows.join("shown.txt")).expect("UTF-8");
    assert!(shown.contains("Koordinationsgruppen"), "{shown}");
}

/// Minutes signed on Windows verify on Linux (gavel and pdfsig) and the other way round; the
/// password file has a CRLF line end.
#[test]
#[ignore = "needs the Windows build and Wine: scripts/windows/test.sh"]
fn signed_minutes_move_between_windows_and_linux() {
    let folder = tempfile::tempdir().expect("temp dir");
    let password = folder.path().join("adgangskode.txt");
    std::fs::write(&password, "hemmeligt kodeord\r\n").expect("writes");
    for (signer, checker) in [
        (Platform::Windows, Platform::Linux),
        (Platform::Linux, Platform::Windows),
    ] {
        let work = folder.path().join(format!("signed on {signer:?}"));
        std::fs::create_dir_all(&work).expect("creates");
        let db = work.join("gavel.sqlite3");
        let p12 = work.join("Mette Kjærgaard Holm.p12");
        let pdf = work.join("Referat (underskrevet).pdf");
        let path = |file: &Path| signer.path(file);
        signer.gavel_ok(
            &db,
            &["apply", &path(&fixture("meetings/full-meeting.jsonl"))],
        );
        signer.gavel_ok(
            &db,
            &[
                "cert",
                "create",
                "--name",
                "Mette Kjærgaard Holm",
                "--org",
                "Aarhus Kommune",
                "--out",
                &path(&p12),
                "--password-file",
                &path(&password),
            ],
        );
        signer.gavel_ok(
            &db,
            &[
                "minutes",
                "export",
                FULL_MEETING,
                "--out",
                &path(&pdf),
                "--sign",
                &path(&p12),
                "--password-file",
                &path(&password),
            ],
        );

        assert_eq!(pdfsig_verdicts(&pdf), ["valid"], "signed on {signer:?}");
        for verifier in [signer, checker] {
            let verified = verifier.gavel(
                &verifier.with_db(&db, &["minutes", "verify", &verifier.path(&pdf)]),
                b"",
            );
            assert!(
                verified.status.success(),
                "signed on {signer:?}, verified on {verifier:?}: {}{}",
                stdout(&verified),
                stderr(&verified)
            );
        }
    }
}

/// A meeting recorded on Linux and one recorded on Windows: each laptop imports the other's sync
/// file, and both end with the same meetings and an intact log.
#[test]
#[ignore = "needs the Windows build and Wine: scripts/windows/test.sh"]
fn sync_files_move_both_ways_between_windows_and_linux() {
    let folder = tempfile::tempdir().expect("temp dir");
    let linux_db = folder.path().join("linux.sqlite3");
    let windows_db = folder.path().join("windows møder.sqlite3");
    let from_linux = folder.path().join("fra linux.gavel");
    let from_windows = folder.path().join("fra windows.gavel");
    let linux = Platform::Linux;
    let windows = Platform::Windows;
    linux.gavel_ok(&linux_db, &["demo"]);
    // Two laptops: the Windows database is another device.
    let created = windows.gavel_on_device(
        "00000000-0000-4000-8000-0000000051de",
        &windows.with_db(
            &windows_db,
            &[
                "apply",
                &windows.path(&fixture("meetings/full-meeting.jsonl")),
            ],
        ),
        b"",
    );
    assert!(created.status.success(), "{}", stderr(&created));

    linux.gavel_ok(
        &linux_db,
        &["sync", "export", "--all", "--out", &linux.path(&from_linux)],
    );
    windows.gavel_ok(
        &windows_db,
        &[
            "sync",
            "export",
            "--all",
            "--out",
            &windows.path(&from_windows),
        ],
    );
    // Each laptop's owner compared the other's fingerprint first.
    let trust_linux = trust_every_device_in(&from_linux);
    let trust_windows = trust_every_device_in(&from_windows);
    let linux_file = windows.path(&from_linux);
    let windows_file = linux.path(&from_windows);
    let mut on_windows = vec!["sync", "import", &linux_file];
    on_windows.extend(trust_linux.iter().map(String::as_str));
    let mut on_linux = vec!["sync", "import", &windows_file];
    on_linux.extend(trust_windows.iter().map(String::as_str));
    windows.gavel_ok(&windows_db, &on_windows);
    linux.gavel_ok(&linux_db, &on_linux);

    let linux_meetings = linux.gavel_ok(&linux_db, &["meeting", "list", "--json"]);
    let windows_meetings = windows.gavel_ok(&windows_db, &["meeting", "list", "--json"]);
    assert_eq!(linux_meetings, windows_meetings);
    assert!(linux_meetings.contains(FULL_MEETING), "{linux_meetings}");
    linux.gavel_ok(&linux_db, &["log", "verify"]);
    windows.gavel_ok(&windows_db, &["log", "verify"]);
}

/// Closing a meeting on Windows makes its automatic backup (there is no folder fsync on Windows:
/// before, this failed with "Access denied"), and restoring it works.
#[test]
#[ignore = "needs the Windows build and Wine: scripts/windows/test.sh"]
fn backups_are_made_and_restored_on_windows() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("Styregruppe Ærø").join("gavel.sqlite3");
    std::fs::create_dir_all(db.parent().expect("a folder")).expect("creates");
    let windows = Platform::Windows;
    let applied = windows.gavel(
        &windows.with_db(
            &db,
            &[
                "apply",
                &windows.path(&fixture("meetings/full-meeting.jsonl")),
            ],
        ),
        b"",
    );
    assert!(applied.status.success(), "{}", stderr(&applied));
    assert!(
        !stderr(&applied).contains("backup"),
        "the backup after closing the meeting must succeed: {}",
        stderr(&applied)
    );
    let listed: serde_json::Value =
        serde_json::from_str(&windows.gavel_ok(&db, &["backup", "list", "--json"])).expect("JSON");
    let backups = listed.as_array().expect("a list");
    assert_eq!(backups.len(), 1, "{listed}");
    assert_eq!(backups[0]["reason"], "meeting-closed");
    let backup_file = backups[0]["path"].as_str().expect("a path").to_owned();
    assert!(
        backup_file.starts_with("Z:\\"),
        "a Windows path: {backup_file}"
    );

    windows.gavel_ok(&db, &["backup", "restore", &backup_file]);

    windows.gavel_ok(&db, &["log", "verify"]);
    let after: serde_json::Value =
        serde_json::from_str(&windows.gavel_ok(&db, &["backup", "list", "--json"])).expect("JSON");
    let reasons: Vec<&str> = after
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|backup| backup["reason"].as_str())
        .collect();
    assert_eq!(reasons, ["before-restore", "meeting-closed"]);
}

/// Without --db the database is in %APPDATA%\dk.gavel.app, and exports go to Documents\Gavel, also
/// when IT has moved Documents to OneDrive (the registry's User Shell Folders, as OneDrive's
/// Known Folder Move sets it).
#[test]
#[ignore = "needs the Windows build and Wine: scripts/windows/test.sh"]
fn the_database_is_in_appdata_and_exports_follow_documents_to_onedrive() {
    let windows = Platform::Windows;
    let paths = |label: &str| -> serde_json::Value {
        let output = windows.gavel(&["paths".to_owned(), "--json".to_owned()], b"");
        assert!(output.status.success(), "{label}: {}", stderr(&output));
        serde_json::from_str(&stdout(&output)).expect("JSON")
    };
    let before = paths("default");
    let database = before["database"].as_str().expect("a path");
    let user_folder = database
        .strip_suffix(r"\AppData\Roaming\dk.gavel.app\gavel.sqlite3")
        .unwrap_or_else(|| panic!("the database is in %APPDATA%\\dk.gavel.app: {database}"));
    assert_eq!(before["exports"], format!(r"{user_folder}\Documents\Gavel"));

    // The default database is made there by the first command that needs it.
    let in_prefix = wine_prefix_path(database);
    let _ = std::fs::remove_file(&in_prefix);
    let demo = windows.gavel(&["demo".to_owned()], b"");
    assert!(demo.status.success(), "{}", stderr(&demo));
    assert!(in_prefix.is_file(), "{} exists", in_prefix.display());

    let shell_folders =
        r"HKCU\Software\Microsoft\Windows\CurrentVersion\Explorer\User Shell Folders";
    let onedrive = r"%USERPROFILE%\OneDrive - Aarhus Kommune\Dokumenter";
    // OneDrive makes the folder, then points Documents at it; Windows follows only a folder that
    // exists.
    std::fs::create_dir_all(wine_prefix_path(&format!(
        r"{user_folder}\OneDrive - Aarhus Kommune\Dokumenter"
    )))
    .expect("creates");
    wine(&[
        "reg",
        "add",
        shell_folders,
        "/v",
        "Personal",
        "/t",
        "REG_EXPAND_SZ",
        "/d",
        onedrive,
        "/f",
    ]);
    let moved = paths("on OneDrive");
    wine(&[
        "reg",
        "add",
        shell_folders,
        "/v",
        "Personal",
        "/t",
        "REG_EXPAND_SZ",
        "/d",
        r"%USERPROFILE%\Documents",
        "/f",
    ]);
    assert_eq!(
        moved["exports"],
        format!(r"{user_folder}\OneDrive - Aarhus Kommune\Dokumenter\Gavel")
    );
}

/// Database paths Windows cannot keep a database at are refused with a reason, and nothing is
/// made: not the database, not its folder, not a lock file.
#[test]
#[ignore = "needs the Windows build and Wine: scripts/windows/test.sh"]
fn database_paths_windows_cannot_take_are_refused_and_nothing_is_written() {
    let folder = tempfile::tempdir().expect("temp dir");
    let windows = Platform::Windows;
    let long_folder = folder
        .path()
        .join("en meget lang mappe med møder ".repeat(7));
    let cases: Vec<(String, &str)> = vec![
        ("CON".to_owned(), "is a name Windows keeps for a device"),
        ("NUL".to_owned(), "is a name Windows keeps for a device"),
        (
            windows.path(&folder.path().join("aux.sqlite3")),
            "is a name Windows keeps for a device",
        ),
        (
            r"\\fileserver\styregrupper\gavel.sqlite3".to_owned(),
            "is on a network share",
        ),
        (
            windows.path(&long_folder.join("gavel.sqlite3")),
            "Windows allows 260",
        ),
    ];
    for (db, expected) in cases {
        let output = windows.gavel(&["--db".to_owned(), db.clone(), "demo".to_owned()], b"");
        assert!(!output.status.success(), "{db} was accepted");
        let said = stderr(&output);
        assert!(said.contains(expected), "{db}: {said}");
        assert!(
            said.starts_with("gavel: cannot open the database"),
            "{db}: {said}"
        );
    }
    assert_eq!(
        std::fs::read_dir(folder.path()).expect("reads").count(),
        0,
        "nothing was made"
    );
}

/// A PDF reader holds the minutes open: exporting them again over it is refused with a message
/// that says so, the open file stays as it was, and no temporary file is left. Once the reader
/// closes it, the export works.
#[test]
#[ignore = "needs the Windows build and Wine: scripts/windows/test.sh"]
fn minutes_held_open_by_a_pdf_reader_are_not_replaced_and_the_chair_is_told() {
    let folder = tempfile::tempdir().expect("temp dir");
    let windows = Platform::Windows;
    let db = folder.path().join("gavel.sqlite3");
    let pdf = folder.path().join("Referat.pdf");
    windows.gavel_ok(
        &db,
        &[
            "apply",
            &windows.path(&fixture("meetings/full-meeting.jsonl")),
        ],
    );
    windows.gavel_ok(
        &db,
        &[
            "minutes",
            "export",
            FULL_MEETING,
            "--lang",
            "da",
            "--out",
            &windows.path(&pdf),
        ],
    );
    let danish = std::fs::read(&pdf).expect("reads");

    let reader = PdfReaderHoldingOpen::open(&windows.path(&pdf));
    let refused = windows.gavel(
        &windows.with_db(
            &db,
            &[
                "minutes",
                "export",
                FULL_MEETING,
                "--lang",
                "en",
                "--out",
                &windows.path(&pdf),
            ],
        ),
        b"",
    );
    assert!(!refused.status.success(), "the held file was replaced");
    assert!(
        stderr(&refused).contains("the file is open in another program"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(
        std::fs::read(&pdf).expect("reads"),
        danish,
        "the open file is unchanged"
    );
    reader.close();

    let names: Vec<String> = std::fs::read_dir(folder.path())
        .expect("reads")
        .map(|entry| {
            entry
                .expect("an entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .filter(|name| name.contains("partial"))
        .collect();
    assert!(names.is_empty(), "temporary files left: {names:?}");
    windows.gavel_ok(
        &db,
        &[
            "minutes",
            "export",
            FULL_MEETING,
            "--lang",
            "en",
            "--out",
            &windows.path(&pdf),
        ],
    );
    assert_ne!(std::fs::read(&pdf).expect("reads"), danish);
}

/// A Windows program (scripts/windows/hold-open.c) that opens a file the way PDF readers do
/// (shared for reading only) and holds it until its standard input closes.
struct PdfReaderHoldingOpen {
    child: std::process::Child,
}

impl PdfReaderHoldingOpen {
    fn open(windows_path: &str) -> PdfReaderHoldingOpen {
        let program = compiled_hold_open();
        let mut child = wine_command()
            .arg(program)
            .arg(windows_path)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("hold-open.exe starts");
        // Wait until it says the file is open: a condition, not a sleep.
        let mut first_line = String::new();
        BufReader::new(child.stdout.as_mut().expect("piped"))
            .read_line(&mut first_line)
            .expect("reads its answer");
        assert_eq!(
            first_line.trim(),
            "open",
            "hold-open.exe could not open {windows_path}"
        );
        PdfReaderHoldingOpen { child }
    }

    fn close(mut self) {
        drop(self.child.stdin.take());
        let status = self.child.wait().expect("hold-open.exe ends");
        assert!(status.success(), "hold-open.exe: {status}");
    }
}

/// hold-open.exe, built once per test run with mingw-w64 into the target folder.
fn compiled_hold_open() -> PathBuf {
    static BUILT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    BUILT
        .get_or_init(|| {
            let program = target_folder().join("windows").join("hold-open.exe");
            std::fs::create_dir_all(program.parent().expect("a folder")).expect("creates");
            let built = Command::new("x86_64-w64-mingw32-gcc")
                .args(["-municode", "-O2"])
                .arg("-o")
                .arg(&program)
                .arg(repository_file("scripts/windows/hold-open.c"))
                .output()
                .expect("x86_64-w64-mingw32-gcc runs (scripts/windows/setup.sh installs it)");
            assert!(built.status.success(), "{}", stderr(&built));
            program
        })
        .clone()
}

fn run_with_input(mut command: Command, stdin: &[u8]) -> Output {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gavel starts");
    let written = child.stdin.take().expect("piped").write_all(stdin);
    if let Err(error) = written
        && error.kind() != std::io::ErrorKind::BrokenPipe
    {
        panic!("gavel reads stdin: {error}");
    }
    child.wait_with_output().expect("gavel finishes")
}

/// Runs a Windows program of the Wine prefix (`reg`), which must succeed.
fn wine(args: &[&str]) {
    let output = wine_command().args(args).output().expect("wine runs");
    assert!(
        output.status.success(),
        "wine {args:?}: {}",
        stderr(&output)
    );
}

/// scripts/windows/wine-run.sh in the test prefix, to be given a Windows program.
fn wine_command() -> Command {
    let mut command = Command::new(repository_file("scripts/windows/wine-run.sh"));
    command.env("GAVEL_WINEPREFIX", wine_prefix());
    command
}

/// The Linux file behind `C:\…` in the test prefix.
fn wine_prefix_path(windows_path: &str) -> PathBuf {
    let relative = windows_path
        .strip_prefix(r"C:\")
        .unwrap_or_else(|| panic!("on drive C: {windows_path}"));
    wine_prefix()
        .join("drive_c")
        .join(relative.replace('\\', "/"))
}

/// The prefix scripts/windows/wine-run.sh runs in.
fn wine_prefix() -> PathBuf {
    std::env::var_os("GAVEL_WINEPREFIX")
        .map(PathBuf::from)
        .unwrap_or_else(|| target_folder().join("windows").join("wine-prefix"))
}

/// The cross-built gavel.exe as the installer holds it (`make windows` stages it).
fn windows_gavel() -> PathBuf {
    let program = target_folder().join("windows/stage/gavel.exe");
    assert!(
        program.is_file(),
        "{} is missing: {NEEDS_WINE}",
        program.display()
    );
    program
}

/// The cargo target folder this test was built in (`target/`, or CARGO_TARGET_DIR).
fn target_folder() -> PathBuf {
    built_binary("gavel")
        .parent()
        .and_then(Path::parent)
        .expect("target/<profile>/gavel")
        .to_owned()
}

fn fixture(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(relative)
}

fn repository_file(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("tests/ sits in the repository")
        .join(relative)
}
