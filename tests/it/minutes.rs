//! Signed minutes through the `gavel` binary, checked with independent tools: qpdf (structure),
//! poppler's pdftotext (text with æøå), pdffonts (embedded subset fonts) and pdfsig (signatures;
//! it exits 0 even on a digest mismatch, so its output is parsed). Certificates come from
//! `gavel cert create` and from the committed OpenSSL fixtures in tests/fixtures/certs (see its
//! make-fixtures.sh).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support::{gavel, gavel_reproducibly, gavel_with_env, stderr, stdout};

const SEPTEMBER_MEETING: &str = "Styregruppemøde september 2026";
const PASSWORD: &str = "hemmeligt-kodeord-til-test";

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/certs")
        .join(name)
}

pub(crate) fn tool(program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|error| {
            panic!("{program} runs (scripts/setup.sh --test installs it): {error}")
        })
}

pub(crate) fn text(output: &Output) -> String {
    format!("{}{}", stdout(output), stderr(output))
}

/// A database with the demo loaded, and the id of its closed September meeting.
pub(crate) fn demo_database(folder: &Path) -> (PathBuf, String) {
    let db = folder.join("gavel.sqlite3");
    let loaded = gavel_reproducibly(&db, &["demo"], "");
    assert!(loaded.status.success(), "{}", stderr(&loaded));
    let id = meeting_id_titled(&db, SEPTEMBER_MEETING);
    (db, id)
}

/// The id of the meeting called `title`, from `gavel meeting list`.
pub(crate) fn meeting_id_titled(db: &Path, title: &str) -> String {
    let listed = gavel(db, &["meeting", "list", "--json"], "");
    let meetings: serde_json::Value =
        serde_json::from_str(&stdout(&listed)).expect("meeting list is JSON");
    meetings
        .as_array()
        .expect("a list")
        .iter()
        .find(|meeting| meeting["title"] == title)
        .and_then(|meeting| meeting["id"].as_str())
        .unwrap_or_else(|| panic!("no meeting called {title}"))
        .to_owned()
}

/// qpdf finds no error in the file, and every font in it is an embedded subset of IBM Plex Sans.
pub(crate) fn check_structure_and_fonts(path: &str) {
    let checked = tool("qpdf", &["--check", path]);
    assert!(checked.status.success(), "qpdf: {}", text(&checked));
    assert!(
        stdout(&checked).contains("No syntax or stream encoding errors found"),
        "{}",
        text(&checked)
    );
    let fonts = stdout(&tool("pdffonts", &[path]));
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(rows.len() >= 2, "{fonts}");
    for row in rows {
        let columns: Vec<&str> = row.split_whitespace().collect();
        assert!(
            columns[0].contains("+IBMPlexSans"),
            "not a Plex subset: {row}"
        );
        // name, type (2 words), encoding, emb, sub, uni, object, generation
        assert_eq!(
            &columns[4..7],
            ["yes", "yes", "yes"],
            "not embedded as a subset: {row}"
        );
    }
}

/// pdftotext's text of the file with the whitespace collapsed: pdftotext may break a sentence
/// over lines.
pub(crate) fn flat_text(path: &str) -> String {
    let extracted = stdout(&tool("pdftotext", &[path, "-"]));
    extracted.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every word's box, from poppler: inside the page margins (62 pt either side, the running
/// header and footer included) on every page. Returns how many words there are.
pub(crate) fn check_words_inside_margins(path: &str) -> usize {
    let boxes = stdout(&tool("pdftotext", &["-bbox", path, "-"]));
    let mut words = 0;
    for line in boxes
        .lines()
        .filter(|line| line.trim_start().starts_with("<word"))
    {
        let number = |name: &str| -> f64 {
            let start = line.find(&format!("{name}=\"")).expect("attribute") + name.len() + 2;
            let end = start + line[start..].find('"').expect("closing quote");
            line[start..end].parse().expect("a number")
        };
        assert!(number("xMin") >= 61.0, "{line}");
        assert!(number("xMax") <= 595.28 - 61.0, "{line}");
        assert!(
            number("yMin") >= 30.0 && number("yMax") <= 841.89 - 25.0,
            "{line}"
        );
        words += 1;
    }
    words
}

/// The number of pages, from pdfinfo.
pub(crate) fn page_count(path: &str) -> usize {
    let info = stdout(&tool("pdfinfo", &[path]));
    info.lines()
        .find_map(|line| line.strip_prefix("Pages:"))
        .and_then(|pages| pages.trim().parse().ok())
        .expect("pdfinfo counts pages")
}

pub(crate) fn export(db: &Path, meeting: &str, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "minutes",
        "export",
        meeting,
        "--out",
        out.to_str().expect("utf-8"),
    ];
    args.extend_from_slice(extra);
    // Signing records the signature: on the demo's clock, which the database was made on (a clock
    // days behind its log writes nothing).
    gavel_reproducibly(db, &args, "")
}

fn password_file(folder: &Path) -> PathBuf {
    let path = folder.join("password.txt");
    std::fs::write(&path, format!("{PASSWORD}\n")).expect("writes the password file");
    path
}

/// `gavel cert create` into FOLDER/NAME.p12.
fn create_certificate(
    db: &Path,
    folder: &Path,
    name: &str,
    person: &str,
    env: &[(&str, &str)],
) -> PathBuf {
    let p12 = folder.join(format!("{name}.p12"));
    let password = password_file(folder);
    let created = gavel_with_env(
        db,
        &[
            "cert",
            "create",
            "--name",
            person,
            "--org",
            "Aarhus Kommune",
            "--out",
            p12.to_str().expect("utf-8"),
            "--password-file",
            password.to_str().expect("utf-8"),
            "--valid-days",
            "30",
        ],
        "",
        env,
    );
    assert!(created.status.success(), "{}", stderr(&created));
    p12
}

/// pdfsig's verdict per signed signature, in order: "valid", or its validation message.
pub(crate) fn pdfsig_verdicts(pdf: &Path) -> Vec<String> {
    let output = tool("pdfsig", &[pdf.to_str().expect("utf-8")]);
    let report = stdout(&output);
    report
        .split("Signature #")
        .skip(1)
        .filter_map(|block| {
            block
                .lines()
                .find_map(|line| line.trim().strip_prefix("- Signature Validation: "))
                .map(|verdict| {
                    if verdict == "Signature is Valid." {
                        "valid".to_owned()
                    } else {
                        verdict.to_owned()
                    }
                })
        })
        .collect()
}

fn verify(db: &Path, pdf: &Path) -> Output {
    gavel(db, &["minutes", "verify", pdf.to_str().expect("utf-8")], "")
}

/// Signs the demo minutes as chair with a new certificate; returns (db, folder paths, pdf).
pub(crate) fn signed_demo_minutes(folder: &Path) -> (PathBuf, PathBuf) {
    let (db, meeting) = demo_database(folder);
    let chair = create_certificate(&db, folder, "chair", "Mette Kjærgaard Holm", &[]);
    let pdf = folder.join("signed.pdf");
    let password = folder.join("password.txt");
    let exported = export(
        &db,
        &meeting,
        &pdf,
        &[
            "--sign",
            chair.to_str().expect("utf-8"),
            "--password-file",
            password.to_str().expect("utf-8"),
            "--role",
            "chair",
        ],
    );
    assert!(exported.status.success(), "{}", stderr(&exported));
    assert!(
        stdout(&exported).contains("signed in box chair-1"),
        "{}",
        stdout(&exported)
    );
    (db, pdf)
}

#[test]
fn demo_minutes_in_danish_and_english_pass_qpdf_pdftotext_and_pdffonts() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (db, meeting) = demo_database(folder.path());
    for (language, expected) in [
        (
            "da",
            [
                "Referat",
                "17. september 2026",
                "Historik for engagementer kommer med i næste release.",
                "Løsningen hostes fælles hos leverandøren fra 2027.",
                "Louise Damgaard havde fuldmagt fra Henrik Løvstrup.",
                "Side 1 af",
            ],
        ),
        (
            "en",
            [
                "Minutes",
                "17 September 2026",
                "Historik for engagementer kommer med i næste release.",
                "Løsningen hostes fælles hos leverandøren fra 2027.",
                "Louise Damgaard held the proxy of Henrik Løvstrup.",
                "Page 1 of",
            ],
        ),
    ] {
        let pdf = folder.path().join(format!("minutes-{language}.pdf"));
        let exported = export(&db, &meeting, &pdf, &["--lang", language]);
        assert!(exported.status.success(), "{}", stderr(&exported));
        let path = pdf.to_str().expect("utf-8");

        check_structure_and_fonts(path);
        let flat = flat_text(path);
        for phrase in expected {
            assert!(
                flat.contains(phrase),
                "{language}: {phrase:?} missing from:\n{flat}"
            );
        }
        for word in [
            "Kjærgaard",
            "Højgaard",
            "Sørensen",
            "Østergaard",
            "Bæk",
            "Rådhus",
        ] {
            assert!(flat.contains(word), "{language}: {word} missing");
        }

        let info = stdout(&tool("pdfinfo", &[path]));
        assert!(info.contains("PDF version:     1.7"), "{info}");
        assert!(info.contains("Producer:        Gavel 0.1.0"), "{info}");
        assert!(
            info.contains("CreationDate:    Thu Sep 17 11:55:00 2026"),
            "{info}"
        );
        assert!(
            !info.contains("PDF subtype"),
            "printpdf's empty PDF/X marker is left: {info}"
        );
    }
}

#[test]
fn the_same_meeting_gives_the_same_bytes_on_two_machines() {
    let first = tempfile::tempdir().expect("temp dir");
    let second = tempfile::tempdir().expect("temp dir");
    let (db_one, meeting) = demo_database(first.path());
    let (db_two, same_meeting) = demo_database(second.path());
    assert_eq!(meeting, same_meeting);
    let one = first.path().join("one.pdf");
    let two = second.path().join("two.pdf");
    assert!(
        export(&db_one, &meeting, &one, &["--lang", "da"])
            .status
            .success()
    );
    assert!(
        export(&db_two, &meeting, &two, &["--lang", "da"])
            .status
            .success()
    );
    assert!(
        std::fs::read(&one).expect("one") == std::fs::read(&two).expect("two"),
        "two exports of the same meeting differ"
    );
}

#[test]
fn signed_and_countersigned_minutes_are_valid_for_pdfsig_and_gavel() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (db, signed) = signed_demo_minutes(folder.path());
    assert_eq!(pdfsig_verdicts(&signed), ["valid"]);
    let checked = tool("qpdf", &["--check", signed.to_str().expect("utf-8")]);
    assert!(checked.status.success(), "qpdf: {}", text(&checked));

    // A member countersigns with an RSA certificate from OpenSSL 3 (issued by a test CA).
    let countersigned = folder.path().join("countersigned.pdf");
    let added = gavel_reproducibly(
        &db,
        &[
            "minutes",
            "countersign",
            signed.to_str().expect("utf-8"),
            "--p12",
            fixture("rsa-openssl3.p12").to_str().expect("utf-8"),
            "--password-file",
            fixture("password.txt").to_str().expect("utf-8"),
            "--role",
            "secretary",
            "--out",
            countersigned.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(added.status.success(), "{}", stderr(&added));
    assert_eq!(pdfsig_verdicts(&countersigned), ["valid", "valid"]);

    let verified = verify(&db, &countersigned);
    let report = stdout(&verified);
    assert!(verified.status.success(), "{report}{}", stderr(&verified));
    let lines: Vec<&str> = report
        .lines()
        .filter(|line| line.starts_with("signature "))
        .collect();
    assert_eq!(lines.len(), 2, "{report}");
    assert!(
        lines[0].starts_with("signature 1 (chair-1): VALID — Mette Kjærgaard Holm"),
        "{report}"
    );
    assert!(
        lines[1].starts_with("signature 2 (secretary-1): VALID — Rasmus Højgaard"),
        "{report}"
    );
    assert!(
        lines[1].contains("issued by Gavel Test Root CA"),
        "{report}"
    );
    assert!(
        report.contains("matches the meeting in the database"),
        "{report}"
    );

    // The legacy (RC2/3DES) PKCS#12 format signs just as well.
    let legacy = folder.path().join("legacy.pdf");
    let added = gavel_reproducibly(
        &db,
        &[
            "minutes",
            "countersign",
            countersigned.to_str().expect("utf-8"),
            "--p12",
            fixture("rsa-legacy.p12").to_str().expect("utf-8"),
            "--password-file",
            fixture("password.txt").to_str().expect("utf-8"),
            "--out",
            legacy.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(added.status.success(), "{}", stderr(&added));
    assert!(
        stdout(&added).contains("countersignature-1"),
        "{}",
        stdout(&added)
    );
    assert_eq!(pdfsig_verdicts(&legacy), ["valid", "valid", "valid"]);
    assert!(verify(&db, &legacy).status.success());
}

fn flip_byte(bytes: &mut [u8], at: usize) {
    bytes[at] ^= 0x01;
}

#[test]
fn a_flipped_byte_is_reported_by_pdfsig_and_gavel() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (db, signed) = signed_demo_minutes(folder.path());
    let countersigned = folder.path().join("countersigned.pdf");
    let chair_password = folder.path().join("password.txt");
    let member = create_certificate(&db, folder.path(), "member", "Søren Østergaard", &[]);
    let added = gavel_reproducibly(
        &db,
        &[
            "minutes",
            "countersign",
            signed.to_str().expect("utf-8"),
            "--p12",
            member.to_str().expect("utf-8"),
            "--password-file",
            chair_password.to_str().expect("utf-8"),
            "--out",
            countersigned.to_str().expect("utf-8"),
        ],
        "",
    );
    assert!(added.status.success(), "{}", stderr(&added));
    let original = std::fs::read(&countersigned).expect("reads");

    // A byte of the minutes themselves (the first revision): both signatures break.
    let producer = original
        .windows(11)
        .position(|window| window == b"Gavel 0.1.0")
        .expect("the Info dictionary names the producer");
    let mut tampered = original.clone();
    flip_byte(&mut tampered, producer + 6);
    let tampered_path = folder.path().join("tampered.pdf");
    std::fs::write(&tampered_path, &tampered).expect("writes");
    let verdicts = pdfsig_verdicts(&tampered_path);
    assert_eq!(verdicts.len(), 2, "{verdicts:?}");
    assert!(
        verdicts.iter().all(|verdict| verdict != "valid"),
        "{verdicts:?}"
    );
    let verified = verify(&db, &tampered_path);
    assert!(!verified.status.success());
    let report = stdout(&verified);
    assert_eq!(report.matches(": INVALID").count(), 2, "{report}");
    assert!(report.contains("digest mismatch"), "{report}");

    // A byte inside the countersignature's own update: only that signature breaks.
    let second_update = signed.metadata().expect("signed file").len() as usize;
    let stamp = original[second_update..]
        .windows(14)
        .position(|window| window == b"0.94 0.95 0.96")
        .map(|offset| second_update + offset)
        .expect("the countersignature's stamp is in its update");
    let mut tampered = original.clone();
    flip_byte(&mut tampered, stamp + 3);
    std::fs::write(&tampered_path, &tampered).expect("writes");
    assert_eq!(pdfsig_verdicts(&tampered_path)[0], "valid");
    assert_ne!(pdfsig_verdicts(&tampered_path)[1], "valid");
    let verified = verify(&db, &tampered_path);
    assert!(!verified.status.success());
    let report = stdout(&verified);
    assert!(report.contains("signature 1 (chair-1): VALID"), "{report}");
    assert!(
        report.contains("signature 2 (countersignature-1): INVALID"),
        "{report}"
    );
}

#[test]
fn a_wrong_password_or_a_p12_without_a_key_is_refused_and_nothing_is_written() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (db, meeting) = demo_database(folder.path());
    let wrong = folder.path().join("wrong.txt");
    std::fs::write(&wrong, "not-the-password\n").expect("writes");
    let pdf = folder.path().join("minutes.pdf");
    for (p12, password, message) in [
        (
            fixture("rsa-openssl3.p12"),
            wrong.clone(),
            "wrong password for ",
        ),
        (
            fixture("rsa-legacy.p12"),
            wrong.clone(),
            "wrong password for ",
        ),
        (
            fixture("certificate-only.p12"),
            fixture("password.txt"),
            "the file holds no private key",
        ),
    ] {
        let exported = export(
            &db,
            &meeting,
            &pdf,
            &[
                "--sign",
                p12.to_str().expect("utf-8"),
                "--password-file",
                password.to_str().expect("utf-8"),
            ],
        );
        assert!(!exported.status.success());
        let error = stderr(&exported);
        assert!(error.contains(message), "{error}");
        assert!(
            error.contains(p12.file_name().and_then(|n| n.to_str()).expect("name")),
            "{error}"
        );
        assert!(
            !error.contains("not-the-password"),
            "the password was printed: {error}"
        );
        assert!(!pdf.exists(), "a file was written for {}", p12.display());
    }
}

#[test]
fn an_expired_certificate_signs_with_a_warning_that_verify_repeats() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (db, meeting) = demo_database(folder.path());
    // Valid for 30 days from 1 January 2020: long expired.
    let expired = create_certificate(
        &db,
        folder.path(),
        "expired",
        "Mette Kjærgaard Holm",
        &[("GAVEL_FIXED_CLOCK", "2020-01-01T00:00:00Z")],
    );
    let pdf = folder.path().join("minutes.pdf");
    let password = folder.path().join("password.txt");
    let exported = export(
        &db,
        &meeting,
        &pdf,
        &[
            "--sign",
            expired.to_str().expect("utf-8"),
            "--password-file",
            password.to_str().expect("utf-8"),
        ],
    );
    assert!(exported.status.success(), "{}", stderr(&exported));
    assert!(
        stderr(&exported)
            .contains("warning: the certificate of Mette Kjærgaard Holm expired on 2020-01-31"),
        "{}",
        stderr(&exported)
    );
    assert_eq!(pdfsig_verdicts(&pdf), ["valid"]);
    let verified = verify(&db, &pdf);
    let report = stdout(&verified);
    assert!(report.contains("signature 1 (chair-1): VALID"), "{report}");
    assert!(
        report.contains("warning: the certificate had expired when the signature was made"),
        "{report}"
    );
}

#[test]
fn a_meeting_that_is_not_closed_is_refused() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (db, _) = demo_database(folder.path());
    let listed = gavel(&db, &["meeting", "list", "--json"], "");
    let meetings: serde_json::Value = serde_json::from_str(&stdout(&listed)).expect("JSON");
    let planned = meetings
        .as_array()
        .expect("list")
        .iter()
        .find(|meeting| meeting["status"] != "closed")
        .and_then(|meeting| meeting["id"].as_str())
        .expect("the demo has a planned meeting")
        .to_owned();
    let pdf = folder.path().join("minutes.pdf");
    let exported = export(&db, &planned, &pdf, &[]);
    assert!(!exported.status.success());
    assert!(
        stderr(&exported).contains("minutes are made from a closed meeting"),
        "{}",
        stderr(&exported)
    );
    assert!(!pdf.exists());
}

#[test]
fn an_unwritable_target_is_refused_and_nothing_is_left_behind() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (db, meeting) = demo_database(folder.path());
    let blocker = folder.path().join("a-file");
    std::fs::write(&blocker, "not a folder").expect("writes");
    let target = blocker.join("minutes.pdf");
    let exported = export(&db, &meeting, &target, &[]);
    assert!(!exported.status.success());
    let error = stderr(&exported);
    assert!(
        error.contains("cannot write") && error.contains("a-file/minutes.pdf"),
        "{error}"
    );
    let leftovers: Vec<_> = std::fs::read_dir(folder.path())
        .expect("lists")
        .filter_map(Result::ok)
        .map(|entry| entry.file_name())
        // Only the database (with its WAL files), the demo's automatic backups and the blocker:
        // no half-written file.
        .filter(|name| {
            name != "a-file"
                && name != "backups"
                && !name.to_string_lossy().starts_with("gavel.sqlite3")
        })
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn verify_names_a_file_that_is_not_a_pdf_or_is_truncated() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (db, signed) = signed_demo_minutes(folder.path());
    let notes = folder.path().join("notes.txt");
    std::fs::write(&notes, "Referat fra mødet\n").expect("writes");
    let verified = verify(&db, &notes);
    assert!(!verified.status.success());
    assert!(
        stderr(&verified).contains("notes.txt: not a PDF file"),
        "{}",
        stderr(&verified)
    );

    let bytes = std::fs::read(&signed).expect("reads");
    let truncated = folder.path().join("truncated.pdf");
    std::fs::write(&truncated, &bytes[..bytes.len() / 2]).expect("writes");
    let verified = verify(&db, &truncated);
    assert!(!verified.status.success());
    assert!(
        stderr(&verified).contains("truncated.pdf: the PDF is truncated or damaged"),
        "{}",
        stderr(&verified)
    );

    let unsigned = folder.path().join("unsigned.pdf");
    let meeting = gavel_meeting_id(&db);
    assert!(export(&db, &meeting, &unsigned, &[]).status.success());
    let verified = verify(&db, &unsigned);
    assert!(
        !verified.status.success(),
        "an unsigned file does not verify"
    );
    assert!(
        stdout(&verified).contains("not signed"),
        "{}",
        stdout(&verified)
    );
}

fn gavel_meeting_id(db: &Path) -> String {
    meeting_id_titled(db, SEPTEMBER_MEETING)
}

/// A closed meeting of `items` agenda items, each with notes and a decision, in one batch.
pub fn database_with_a_long_meeting(folder: &Path, items: u128) -> (PathBuf, String) {
    let mut store = crate::support::fresh_store(folder);
    let group = uuid::Uuid::from_u128(0x0a);
    let meeting = uuid::Uuid::from_u128(0x0b);
    let mut lines = vec![
        serde_json::json!({"type": "CreateGroup", "id": group, "name": "Koordinationsgruppen for OS2rollekatalog"}),
        serde_json::json!({"type": "AddMember", "id": uuid::Uuid::from_u128(0x0c), "group_id": group, "name": "Åse Ærøskøbing-Øllgaard", "role": "chair"}),
        serde_json::json!({"type": "AddMember", "id": uuid::Uuid::from_u128(0x0d), "group_id": group, "name": "Rasmus Højgaard", "role": "secretary"}),
        serde_json::json!({"type": "CreateMeeting", "id": meeting, "group_id": group, "title": "Et meget langt møde", "starts_at": "2026-11-27T09:00:00", "location": "Aarhus Rådhus"}),
    ];
    for item in 1..=items {
        lines.push(serde_json::json!({"type": "AddAgendaItem", "id": uuid::Uuid::from_u128(0x1000 + item), "meeting_id": meeting, "title": format!("Punkt {item}: ønsker om ændringer i rollekataloget fra kommunerne i region Midtjylland")}));
    }
    lines.push(serde_json::json!({"type": "OpenMeeting", "meeting_id": meeting, "at": "2026-11-27T09:00:00"}));
    for item in 1..=items {
        let agenda_item = uuid::Uuid::from_u128(0x1000 + item);
        lines.push(serde_json::json!({"type": "SetAgendaItemNotes", "agenda_item_id": agenda_item, "notes": format!("Drøftelse af punkt {item}. Leverandøren fremlagde et løsningsforslag, som styregruppen tog godt imod; økonomien afklares til næste møde, og Ærø Kommune deltager i afklaringen.")}));
        lines.push(serde_json::json!({"type": "RecordDecision", "meeting_id": meeting, "agenda_item_id": agenda_item, "outcome": "approved", "text": format!("Punkt {item} er godkendt med de ændringer, der blev drøftet på mødet.")}));
    }
    lines.push(serde_json::json!({"type": "CloseMeeting", "meeting_id": meeting, "at": "2026-11-27T17:00:00"}));
    let commands = lines
        .into_iter()
        .map(|line| serde_json::from_value(line).expect("a valid command"))
        .collect();
    store
        .apply_batch(commands)
        .expect("the long meeting is recorded");
    (folder.join("gavel.sqlite3"), meeting.to_string())
}

#[test]
fn a_thousand_item_meeting_stays_inside_every_page() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (db, meeting) = database_with_a_long_meeting(folder.path(), 1000);
    let pdf = folder.path().join("long.pdf");
    let exported = export(&db, &meeting, &pdf, &[]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let path = pdf.to_str().expect("utf-8");
    assert!(tool("qpdf", &["--check", path]).status.success());
    let words = check_words_inside_margins(path);
    assert!(words > 10_000, "only {words} words");
    let pages = page_count(path);
    assert!(pages > 60, "{pages} pages");
    let extracted = stdout(&tool(
        "pdftotext",
        &[
            "-f",
            &pages.to_string(),
            "-l",
            &pages.to_string(),
            path,
            "-",
        ],
    ));
    assert!(
        extracted.contains(&format!("Side {pages} af {pages}")),
        "{extracted}"
    );
}

/// The words the minutes print for a ballot, as `words.ballot` in gavel-minutes' document.rs.
fn printed_choice(ballot: &serde_json::Value, kind: &serde_json::Value, english: bool) -> String {
    let item = |index: &serde_json::Value| {
        let items = kind["options"]
            .as_array()
            .or_else(|| kind["items"].as_array())
            .expect("a choice or prioritisation poll lists its options");
        items[index.as_u64().expect("an index") as usize]
            .as_str()
            .expect("text")
            .to_owned()
    };
    match ballot["type"].as_str().expect("a ballot type") {
        "yes" => "For".to_owned(),
        "no" if english => "Against".to_owned(),
        "no" => "Imod".to_owned(),
        "abstain" if english => "Abstained".to_owned(),
        "abstain" => "Undlod".to_owned(),
        "blank" => "Blank".to_owned(),
        "option" => item(&ballot["index"]),
        "ranking" => ballot["order"]
            .as_array()
            .expect("an order")
            .iter()
            .enumerate()
            .map(|(place, index)| format!("{}. {}", place + 1, item(index)))
            .collect::<Vec<_>>()
            .join(" · "),
        other => panic!("the demo has no {other} ballot"),
    }
}

#[test]
fn named_ballots_are_printed_grouped_by_choice_with_every_voter_and_proxy() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (db, meeting) = demo_database(folder.path());
    let shown = gavel(&db, &["minutes", "show", &meeting], "");
    assert!(shown.status.success(), "{}", stderr(&shown));
    let minutes: serde_json::Value =
        serde_json::from_str(&stdout(&shown)).expect("minutes show prints JSON");
    assert_eq!(minutes["meeting_id"], meeting.as_str());
    assert_eq!(minutes["title"], SEPTEMBER_MEETING);
    let polls: Vec<&serde_json::Value> = minutes["agenda"]
        .as_array()
        .expect("an agenda")
        .iter()
        .flat_map(|item| item["records"]["polls"].as_array().expect("polls"))
        .filter(|poll| !poll["ballots"].as_array().expect("ballots").is_empty())
        .collect();
    assert!(polls.len() >= 2, "the demo has named polls: {polls:?}");

    for (language, english) in [("da", false), ("en", true)] {
        let pdf = folder.path().join(format!("grouped-{language}.pdf"));
        let exported = export(&db, &meeting, &pdf, &["--lang", language]);
        assert!(exported.status.success(), "{}", stderr(&exported));
        // -layout keeps a choice and its voters on one line (the default reading order may
        // put the next record's label between them).
        let extracted = stdout(&tool(
            "pdftotext",
            &["-layout", pdf.to_str().expect("utf-8"), "-"],
        ));
        let flat = extracted.split_whitespace().collect::<Vec<_>>().join(" ");
        let mut lines = 0;
        for poll in &polls {
            let kind = &poll["kind"];
            let voter = |ballot: &serde_json::Value| match ballot["cast_by_proxy"].as_str() {
                Some(holder) => format!(
                    "{} ({}: {holder})",
                    ballot["member"].as_str().expect("a name"),
                    if english { "proxy" } else { "fuldmagt" }
                ),
                None => ballot["member"].as_str().expect("a name").to_owned(),
            };
            let ballots = poll["ballots"].as_array().expect("ballots");
            let expected: Vec<String> = if kind["type"] == "ranking" || kind["type"] == "points" {
                ballots
                    .iter()
                    .map(|ballot| {
                        format!(
                            "{}: {}",
                            voter(ballot),
                            printed_choice(&ballot["ballot"], kind, english)
                        )
                    })
                    .collect()
            } else {
                let mut choices: Vec<String> = Vec::new();
                for ballot in ballots {
                    let choice = printed_choice(&ballot["ballot"], kind, english);
                    if !choices.contains(&choice) {
                        choices.push(choice);
                    }
                }
                choices
                    .iter()
                    .map(|choice| {
                        let voters: Vec<String> = ballots
                            .iter()
                            .filter(|ballot| {
                                printed_choice(&ballot["ballot"], kind, english) == *choice
                            })
                            .map(voter)
                            .collect();
                        format!("{choice} ({}) {}", voters.len(), voters.join(", "))
                    })
                    .collect()
            };
            for line in expected {
                let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    flat.contains(&line),
                    "{language}: {line:?} missing from:\n{extracted}"
                );
                lines += 1;
            }
        }
        assert!(lines >= 10, "{lines} ballot lines checked");
        // One line per choice, not one table row per member.
        assert!(
            !flat.contains(if english {
                "Member Vote Cast by"
            } else {
                "Medlem Stemme Afgivet af"
            }),
            "{language}: the old ballot table is back"
        );
    }
}

#[test]
fn every_danish_and_latin_1_character_comes_back_out_of_the_pdf() {
    // The page content writes glyph ids as two binary bytes in literal strings; with a subset
    // of some 200 glyphs, the ids whose bytes must be escaped — "(", ")", "\", CR and LF — are
    // all among the glyphs of this text.
    let characters: String = ('!'..='~')
        .chain('¡'..='ÿ')
        .filter(|ch| *ch != '\u{ad}')
        .chain(['–', '—', '‘', '’', '“', '”', '…', '•', '€'])
        .collect();
    let folder = tempfile::tempdir().expect("temp dir");
    let mut store = crate::support::fresh_store(folder.path());
    let group = uuid::Uuid::from_u128(0x0a);
    let meeting = uuid::Uuid::from_u128(0x0b);
    let item = uuid::Uuid::from_u128(0x0c);
    let commands = [
        serde_json::json!({"type": "CreateGroup", "id": group, "name": "Tegnsæt"}),
        serde_json::json!({"type": "CreateMeeting", "id": meeting, "group_id": group, "title": "Alle tegn", "starts_at": "2026-11-27T09:00:00"}),
        serde_json::json!({"type": "AddAgendaItem", "id": item, "meeting_id": meeting, "title": "Tegn"}),
        serde_json::json!({"type": "OpenMeeting", "meeting_id": meeting, "at": "2026-11-27T09:00:00"}),
        serde_json::json!({"type": "SetAgendaItemNotes", "agenda_item_id": item, "notes": characters}),
        serde_json::json!({"type": "CloseMeeting", "meeting_id": meeting, "at": "2026-11-27T10:00:00"}),
    ]
    .into_iter()
    .map(|line| serde_json::from_value(line).expect("a valid command"))
    .collect();
    store.apply_batch(commands).expect("recorded");
    drop(store);
    let db = folder.path().join("gavel.sqlite3");
    let pdf = folder.path().join("tegn.pdf");
    let exported = export(&db, &meeting.to_string(), &pdf, &[]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    let path = pdf.to_str().expect("utf-8");
    assert!(tool("qpdf", &["--check", path]).status.success());
    let extracted: String = stdout(&tool("pdftotext", &[path, "-"]))
        .chars()
        .filter(|ch| !ch.is_whitespace())
        .collect();
    assert!(
        extracted.contains(&characters),
        "{characters}\nmissing from:\n{extracted}"
    );
}
