//! Secrets: a `.p12` password is never written anywhere. A whole signing run through the `gavel`
//! binary — `gavel cert create`, `gavel minutes export --sign` (password from a file and from
//! standard input), a countersignature, and the same with a wrong password, whose error path is
//! where a password most easily slips into a message — runs with every debugging setting the
//! binaries know (`RUST_LOG=trace`, `RUST_BACKTRACE=full`; the CLI has no `--verbose`). Then its
//! standard output and error, the database with its `-wal` and `-shm` files, and every other file
//! in the run's folder are searched for the password's bytes in UTF-8, UTF-16LE and UTF-16BE. Only
//! the password files the test wrote itself may hold it.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::support::{gavel_with_env, stderr, stdout};

/// Distinctive, so that a hit is this password and nothing else: letters outside ASCII test the
/// UTF-16 forms properly.
const PASSWORD: &str = "Løsen-Ørred-7c1e5d2a-Ægæsk";
const WRONG_PASSWORD: &str = "Forkert-Åkande-93b0f4e8-løsen";
const SEPTEMBER_MEETING: &str = "6a4c734a-feaa-5896-9b3f-27af86ca392e";

#[test]
fn a_signing_run_writes_the_password_nowhere() {
    let folder = tempfile::tempdir().expect("temp dir");
    let folder = folder.path();
    let db = folder.join("gavel.sqlite3");
    let password_file = folder.join("password.secret");
    std::fs::write(&password_file, format!("{PASSWORD}\n")).expect("writes");
    let wrong_password_file = folder.join("wrong-password.secret");
    std::fs::write(&wrong_password_file, format!("{WRONG_PASSWORD}\n")).expect("writes");
    let p12 = folder.join("formand.p12");
    let mut outputs = Vec::new();

    outputs.push(run(&db, &["demo"], ""));
    // A connection held open the whole run keeps the `-wal` and `-shm` files on the disk (the
    // last connection to close would fold them into the database and delete them), so that
    // they are searched as the writers left them.
    let holder = rusqlite::Connection::open(&db).expect("opens");
    let _: i64 = holder
        .query_row("SELECT COUNT(*) FROM event", [], |row| row.get(0))
        .expect("reads");
    outputs.push(run(
        &db,
        &[
            "cert",
            "create",
            "--name",
            "Lene Bach Christensen",
            "--org",
            "Vejle Kommune",
            "--out",
            text(&p12),
            "--password-file",
            text(&password_file),
        ],
        "",
    ));
    let signed = folder.join("referat.pdf");
    let sign_with = |password_file: &str, out: &Path, stdin: &str| {
        run(
            &db,
            &[
                "minutes",
                "export",
                SEPTEMBER_MEETING,
                "--out",
                text(out),
                "--sign",
                text(&p12),
                "--password-file",
                password_file,
            ],
            stdin,
        )
    };
    // A wrong password first: refused, with nothing recorded.
    let refused = sign_with(text(&wrong_password_file), &signed, "");
    assert!(!refused.status.success());
    assert!(
        stderr(&refused).contains("wrong password"),
        "{}",
        stderr(&refused)
    );
    outputs.push(refused);
    let refused_from_stdin = sign_with("-", &signed, &format!("{WRONG_PASSWORD}\n"));
    assert!(!refused_from_stdin.status.success());
    outputs.push(refused_from_stdin);
    // Then signed, with the password on standard input.
    let accepted = sign_with("-", &signed, &format!("{PASSWORD}\n"));
    assert!(accepted.status.success(), "{}", stderr(&accepted));
    outputs.push(accepted);
    let countersigned = folder.join("referat-medunderskrevet.pdf");
    let countersign = |password_file: &Path| {
        run(
            &db,
            &[
                "minutes",
                "countersign",
                text(&signed),
                "--p12",
                text(&p12),
                "--password-file",
                text(password_file),
                "--out",
                text(&countersigned),
            ],
            "",
        )
    };
    let refused_countersignature = countersign(&wrong_password_file);
    assert!(!refused_countersignature.status.success());
    outputs.push(refused_countersignature);
    let countersignature = countersign(&password_file);
    assert!(
        countersignature.status.success(),
        "{}",
        stderr(&countersignature)
    );
    outputs.push(countersignature);
    outputs.push(run(&db, &["minutes", "verify", text(&countersigned)], ""));
    // A short password is refused by `cert create`: its message must not quote it either.
    let short_password = folder.join("short.secret");
    std::fs::write(&short_password, "Kort-7q\n").expect("writes");
    let too_short = run(
        &db,
        &[
            "cert",
            "create",
            "--name",
            "X",
            "--out",
            text(&folder.join("kort.p12")),
            "--password-file",
            text(&short_password),
        ],
        "",
    );
    assert!(!too_short.status.success());
    assert!(
        !text_of(&too_short).contains("Kort-7q"),
        "{}",
        text_of(&too_short)
    );

    for (number, output) in outputs.iter().enumerate() {
        for secret in [PASSWORD, WRONG_PASSWORD] {
            assert_absent(secret, &output.stdout, &format!("stdout of run {number}"));
            assert_absent(secret, &output.stderr, &format!("stderr of run {number}"));
        }
    }
    let mut searched = 0;
    for file in files_under(folder) {
        if file
            .extension()
            .is_some_and(|extension| extension == "secret")
        {
            continue;
        }
        let bytes = std::fs::read(&file).expect("reads");
        for secret in [PASSWORD, WRONG_PASSWORD] {
            assert_absent(secret, &bytes, &file.display().to_string());
        }
        searched += 1;
    }
    // The database with its WAL and shared memory, the key, and the two PDFs.
    for suffix in ["", "-wal", "-shm"] {
        let file = PathBuf::from(format!("{}{suffix}", db.display()));
        assert!(file.exists(), "{} was not searched", file.display());
    }
    assert!(searched >= 6, "only {searched} files were searched");
    println!(
        "secrets: {} runs' output and {searched} files searched, no password found",
        outputs.len() + 1
    );
    drop(holder);
}

fn run(db: &Path, args: &[&str], stdin: &str) -> Output {
    gavel_with_env(
        db,
        args,
        stdin,
        &[
            ("RUST_LOG", "trace"),
            ("RUST_BACKTRACE", "full"),
            ("GAVEL_FIXED_CLOCK", "2026-12-10T13:00:00Z"),
            ("TZ", "UTC"),
            ("LANG", "C.UTF-8"),
        ],
    )
}

/// The password's bytes in every encoding a program might hold it in.
fn encodings(secret: &str) -> [(&'static str, Vec<u8>); 3] {
    let utf16: Vec<u16> = secret.encode_utf16().collect();
    [
        ("UTF-8", secret.as_bytes().to_vec()),
        (
            "UTF-16LE",
            utf16.iter().flat_map(|unit| unit.to_le_bytes()).collect(),
        ),
        (
            "UTF-16BE",
            utf16.iter().flat_map(|unit| unit.to_be_bytes()).collect(),
        ),
    ]
}

fn assert_absent(secret: &str, haystack: &[u8], place: &str) {
    for (encoding, needle) in encodings(secret) {
        assert!(
            !haystack
                .windows(needle.len())
                .any(|window| window == needle.as_slice()),
            "the password {secret:?} is in {place} ({encoding})"
        );
    }
}

fn files_under(folder: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(folder).expect("lists") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

fn text(path: &Path) -> &str {
    path.to_str().expect("temporary paths are UTF-8")
}

fn text_of(output: &Output) -> String {
    format!("{}{}", stdout(output), stderr(output))
}
