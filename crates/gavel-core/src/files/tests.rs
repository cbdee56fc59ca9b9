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
}

#[test]
fn a_file_over_the_limit_is_refused_before_it_is_read() {
    let folder = tempfile::tempdir().expect("temp dir");
    let path = folder.path().join("big.bin");
    // Sparse: a terabyte that takes no disk space, and would take a terabyte of memory to read.
    let file = File::create(&path).expect("creates");
    file.set_len(1 << 40).expect("a sparse file");
    let error = read_limited(&path, 1024).expect_err("far over the limit");
    assert_eq!(error.kind(), ErrorKind::FileTooLarge);

    file.set_len(1025).expect("one byte over");
    let error = read_limited(&path, 1024).expect_err("one byte over the limit");
    assert_eq!(error.kind(), ErrorKind::FileTooLarge);

    file.set_len(1024).expect("at the limit");
    assert_eq!(read_limited(&path, 1024).expect("reads").len(), 1024);
}

#[test]
fn a_staged_file_that_is_never_named_leaves_nothing_behind() {
    let folder = tempfile::tempdir().expect("temp dir");
    let staged = StagedFile::write(folder.path(), "referat.pdf", b"%PDF-").expect("writes");
    assert_eq!(names_in(folder.path()), [".referat.pdf.partial"]);
    drop(staged);
    assert!(names_in(folder.path()).is_empty());
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
