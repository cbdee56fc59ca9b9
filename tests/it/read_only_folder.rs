//! A read-only folder to save in — a Documents folder IT has locked, a write-protected USB stick,
//! a network share mounted read-only: `gavel minutes export` and `gavel sync export` must say in
//! plain words that nothing could be written there, write nothing, and leave the database as it
//! was.
//!
//! The folder is a tmpfs mounted read-only inside `unshare -rm` (a user and mount namespace the
//! test makes for itself, which works as root in CI and for ordinary users alike): plain file
//! permissions would not do, since root — as CI runs — may write anywhere they forbid.

use std::path::Path;
use std::process::Command;

use crate::support::{built_binary, gavel_reproducibly, stderr};

const FULL_MEETING: &str = "dd1ce56f-d918-5fcc-a366-e86bba0666a8";

#[test]
fn exports_into_a_read_only_folder_say_so_and_write_nothing() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/meetings/full-meeting.jsonl");
    let applied = gavel_reproducibly(&db, &["apply", script.to_str().expect("UTF-8")], "");
    assert!(applied.status.success(), "{}", stderr(&applied));
    let database_before = std::fs::read(&db).expect("reads");
    let locked = folder.path().join("Dokumenter");
    std::fs::create_dir(&locked).expect("creates");

    for export in [
        format!("minutes export {FULL_MEETING} --out \"$1/Referat.pdf\""),
        "sync export --all --out \"$1/møder.gavel\"".to_owned(),
    ] {
        // $0: gavel, $1: the folder, $2: the database.
        let script = format!("mount -t tmpfs -o ro tmpfs \"$1\" && \"$0\" --db \"$2\" {export}");
        let output = Command::new("unshare")
            .args(["-rm", "sh", "-c", &script])
            .arg(built_binary("gavel"))
            .arg(&locked)
            .arg(&db)
            .env("GAVEL_AUTHOR", "Testperson")
            .output()
            .expect("unshare runs");

        assert!(!output.status.success(), "{export}: it succeeded");
        let said = stderr(&output);
        assert!(
            said.contains("there is no permission to write there (the folder or disk is read-only), so nothing was written"),
            "{export}: {said}"
        );
        assert!(
            said.contains("Dokumenter"),
            "{export} names the folder: {said}"
        );
    }
    assert_eq!(std::fs::read_dir(&locked).expect("reads").count(), 0);
    assert_eq!(
        std::fs::read(&db).expect("reads"),
        database_before,
        "the database is unchanged"
    );
}
