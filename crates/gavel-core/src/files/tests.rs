use super::*;

fn names_in(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("the folder reads")
        .map(|entry| {
            entry
                .expect("an entry reads")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

#[test]
fn a_new_file_never_replaces_one_that_is_there() {
    let folder = tempfile::tempdir().expect("temp dir");
    let stem = "Styregruppemøde december 2026 (2026-12-10)";
    let first = write_new_file_atomically(folder.path(), stem, "gavel", b"first").expect("writes");
    let second =
        write_new_file_atomically(folder.path(), stem, "gavel", b"second").expect("writes");
    let third = write_new_file_atomically(folder.path(), stem, "gavel", b"third").expect("writes");

    assert_eq!(first, folder.path().join(format!("{stem}.gavel")));
    assert_eq!(second, folder.path().join(format!("{stem} (2).gavel")));
    assert_eq!(third, folder.path().join(format!("{stem} (3).gavel")));
    assert_eq!(std::fs::read(&first).expect("reads"), b"first");
    assert_eq!(std::fs::read(&second).expect("reads"), b"second");
    assert_eq!(std::fs::read(&third).expect("reads"), b"third");
    assert_eq!(
        names_in(folder.path()).len(),
        3,
        "no temporary file is left behind: {:?}",
        names_in(folder.path())
    );
}

#[test]
fn a_new_file_in_a_missing_folder_is_an_error_and_leaves_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let missing = folder.path().join("missing");
    let error = write_new_file_atomically(&missing, "x", "gavel", b"x")
        .expect_err("the folder does not exist");
    assert_eq!(error.kind(), ErrorKind::NotFound);
    assert!(names_in(folder.path()).is_empty());
}

#[test]
fn write_atomically_replaces_the_named_file_and_leaves_no_temporary_file() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("out.gavel");
    write_atomically(&path, b"old").expect("writes");
    write_atomically(&path, b"new").expect("writes");
    assert_eq!(std::fs::read(&path).expect("reads"), b"new");
    assert_eq!(names_in(folder.path()), ["out.gavel"]);
}

#[test]
fn safe_file_stems() {
    let check = |title: &str, expected: &str| {
        assert_eq!(safe_file_stem(title, "Gavel"), expected, "from {title:?}");
    };
    check(
        "Styregruppemøde december 2026 (2026-12-10)",
        "Styregruppemøde december 2026 (2026-12-10)",
    );
    check(
        "Budget 2027/2028: godkendelse?",
        "Budget 2027-2028- godkendelse-",
    );
    check(r#"a\b*c"d<e>f|g"#, "a-b-c-d-e-f-g");
    check(
        "  to   mellemrum\tog\nlinjeskift  ",
        "to mellemrum og linjeskift",
    );
    check("...skjult", "skjult");
    check("slutter med punktum.", "slutter med punktum");
    check("", "Gavel");
    check(" . ", "Gavel");
    check(&"æ".repeat(300), &"æ".repeat(MAX_STEM_CHARS));
    // Meeting titles Windows would take for devices: "CON.pdf" is the console, not a file.
    check("CON", "_CON");
    check("nul", "_nul");
    check("Aux.sqlite3", "_Aux.sqlite3");
    check("com1 ", "_com1");
    check("LPT9", "_LPT9");
    check("Console", "Console");
    check("CON - budget", "CON - budget");
}

#[test]
fn windows_device_names() {
    for name in [
        "CON",
        "con",
        "PRN",
        "AUX",
        "NUL",
        "nul.txt",
        "aux.sqlite3",
        "CON .pdf",
        "COM1",
        "com9",
        "COM0",
        "LPT1",
        "lpt3.log",
        "COM¹",
        "LPT³",
    ] {
        assert!(
            is_windows_device_name(name),
            "{name:?} is a device on Windows"
        );
    }
    for name in [
        "",
        "CONSOLE",
        "con-1",
        "NULL",
        "aux-møde",
        "COM10",
        "LPT",
        "COMX",
        "gavel.sqlite3",
        "_CON",
        ".con",
    ] {
        assert!(
            !is_windows_device_name(name),
            "{name:?} is an ordinary name"
        );
    }
}

/// Windows: a PDF reader showing the minutes holds the file open without letting others delete
/// it. Writing the minutes again over it must fail with [`FileHeldOpen`] after a short wait,
/// leave the open file as it was and no temporary file; once the reader lets go, it works.
#[cfg(windows)]
#[test]
fn a_file_another_program_holds_open_is_not_replaced_and_the_error_says_why() {
    use std::os::windows::fs::OpenOptionsExt;
    const SHARE_READ: u32 = 0x1;
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder
        .path()
        .join("Referat - Styregruppemøde (2026-12-10).pdf");
    write_atomically(&path, b"the old minutes").expect("writes");
    let reader = OpenOptions::new()
        .read(true)
        .share_mode(SHARE_READ)
        .open(&path)
        .expect("a reader opens it");

    let error = write_atomically(&path, b"the new minutes").expect_err("the file is held open");

    assert_eq!(error.kind(), ErrorKind::ResourceBusy);
    let held = error
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<FileHeldOpen>())
        .expect("the error says the file is held open");
    assert_eq!(held.path, path);
    assert!(
        crate::describe_io_error(&error)
            .en
            .starts_with("the file is open in another program"),
        "{error}"
    );
    assert_eq!(std::fs::read(&path).expect("reads"), b"the old minutes");
    drop(reader);
    assert_eq!(
        names_in(folder.path()),
        ["Referat - Styregruppemøde (2026-12-10).pdf"]
    );
    write_atomically(&path, b"the new minutes").expect("the reader let go");
    assert_eq!(std::fs::read(&path).expect("reads"), b"the new minutes");
}

#[cfg(unix)]
#[test]
fn a_device_a_folder_and_a_named_pipe_are_refused_without_reading_or_waiting() {
    // /dev/zero never ends; a folder has no bytes to read.
    for (path, what) in [
        (Path::new("/dev/zero"), "a device"),
        (Path::new("/tmp"), "a folder"),
    ] {
        let error = read_limited(path, 1024).expect_err("not a regular file");
        assert_eq!(error.kind(), ErrorKind::InvalidInput, "{path:?}");
        let refusal = NotARegularFile::in_error(&error).expect("says why");
        assert_eq!(refusal.what, what);
        assert!(error.to_string().contains("not a regular file"), "{error}");
    }
    // Opening a named pipe normally waits until a writer appears, which here never happens: the
    // read must come back at once, refused, instead of hanging this test.
    let folder = tempfile::tempdir().expect("temp dir");
    let fifo = folder.path().join("pipe");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let error = read_limited(&fifo, 1024).expect_err("a pipe is refused");
    assert_eq!(
        NotARegularFile::in_error(&error).map(|refusal| refusal.what),
        Some("a named pipe (FIFO)")
    );
    assert!(
        NotARegularFile::in_error(&error)
            .expect("refusal")
            .danish()
            .contains("navngivet rør")
    );
}
