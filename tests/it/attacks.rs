//! Issue 15's attacks on signed minutes: every case of the corpus in tests/fixtures/attacks (made
//! by its make_attacks.py from `gavel`'s own signed minutes) goes through `gavel minutes verify`
//! and `gavel minutes countersign`, and each verdict is checked against two independent
//! validators, poppler's pdfsig and pyHanko (0.38.0, installed by `scripts/setup.sh --test`).
//!
//! pdfsig checks the digest and the CMS signature but not what an incremental update changed,
//! nor a certificate's own signature or its signingCertificateV2 binding: where it cannot see an
//! attack, Gavel follows pyHanko, whose difference analysis and CMS checks do. Where Gavel is
//! stricter than both, the case says why. The validators' outputs are pinned too, so that a new
//! pdfsig or pyHanko that judges differently shows up here.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::minutes::pdfsig_verdicts;
use crate::support::{event_count, gavel_reproducibly, stderr, stdout};

/// A signature's standing, as Gavel prints it and as the validators' outputs are mapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Verdict {
    Valid,
    ChangedAfterSigning,
    Invalid,
}
use Verdict::{ChangedAfterSigning as Changed, Invalid, Valid};

impl Verdict {
    pub(crate) fn is_valid(self) -> bool {
        self == Valid
    }
}

/// What Gavel makes of the file as a whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum File {
    /// `minutes verify` reads it and reports these signatures.
    Signatures(&'static [Verdict]),
    /// `minutes verify` refuses it as cut short or damaged.
    Damaged,
}

struct Case {
    name: &'static str,
    /// What the attacker did (the generator's words).
    attack: &'static str,
    gavel: File,
    /// `minutes verify` exits 0: signed, every signature valid, nothing unsigned after the last.
    verify_succeeds: bool,
    /// `minutes countersign` adds a signature; otherwise it refuses and changes nothing.
    countersign_accepted: bool,
    /// pdfsig's verdict per signature it validates (valid / invalid; it has no third verdict).
    pdfsig: &'static [Verdict],
    /// pyHanko's verdict per signature it finds.
    pyhanko: &'static [Verdict],
    /// Why Gavel's bottom line differs from pdfsig's, where it does.
    unlike_pdfsig: Option<&'static str>,
    /// Why Gavel's bottom line differs from pyHanko's, where it does.
    unlike_pyhanko: Option<&'static str>,
}

const PDFSIG_SEES_NO_CHANGES: &str = "pdfsig validates the digest and the CMS signature of each \
    signature but does not analyse what later revisions changed (it only says 'not total document \
    signed'); Gavel follows pyHanko's difference analysis";
const PDFSIG_SKIPS_CERTIFICATE: &str = "pdfsig does not check a self-signed certificate's own \
    signature nor the signingCertificateV2 attribute that binds it; Gavel follows pyHanko, which \
    refuses the certificate the attribute does not name";
const PDFSIG_SEES_NO_COPY: &str = "pdfsig validates the copied signature dictionary like the \
    original (the same bytes and CMS); Gavel follows pyHanko, which sees that the copy is not part \
    of the revision it claims to sign";
const STRICTER_PADDING: &str = "neither validator looks at /Contents after the CMS structure; \
    Gavel refuses bytes hidden there (a signature carries only the signature and zero padding), \
    since another reader might take them for part of it";
const STRICTER_FINGERPRINT: &str = "to PDF validators the document information is metadata a \
    later revision may change; Gavel reads the meeting id and log fingerprint from it and compares \
    them with the database, so a change there misleads that check and is refused";

const CASES: &[Case] = &[
    Case {
        name: "signed",
        attack: "none: the demo's minutes signed by the chair",
        gavel: File::Signatures(&[Valid]),
        verify_succeeds: true,
        countersign_accepted: true,
        pdfsig: &[Valid],
        pyhanko: &[Valid],
        unlike_pdfsig: None,
        unlike_pyhanko: None,
    },
    Case {
        name: "countersigned",
        attack: "none: countersigned by the secretary with gavel",
        gavel: File::Signatures(&[Valid, Valid]),
        verify_succeeds: true,
        countersign_accepted: true,
        pdfsig: &[Valid, Valid],
        pyhanko: &[Valid, Valid],
        unlike_pdfsig: None,
        unlike_pyhanko: None,
    },
    Case {
        name: "countersigned-by-pyhanko",
        attack: "none: countersigned by the secretary with pyHanko (another signer's update)",
        gavel: File::Signatures(&[Valid, Valid]),
        verify_succeeds: true,
        countersign_accepted: true,
        pdfsig: &[Valid, Valid],
        pyhanko: &[Valid, Valid],
        unlike_pdfsig: None,
        unlike_pyhanko: None,
    },
    Case {
        name: "changed-after-signing",
        attack: "an unsigned update draws 'ALLE BESLUTNINGER AFVIST' over page 1",
        gavel: File::Signatures(&[Changed]),
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[Valid],
        pyhanko: &[Changed],
        unlike_pdfsig: Some(PDFSIG_SEES_NO_CHANGES),
        unlike_pyhanko: None,
    },
    Case {
        name: "changed-then-countersigned",
        attack: "the same drawing, then countersigned by a tool that does not check (0.1's gavel, pyHanko's signer)",
        gavel: File::Signatures(&[Changed, Valid]),
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[Valid, Valid],
        pyhanko: &[Changed, Valid],
        unlike_pdfsig: Some(PDFSIG_SEES_NO_CHANGES),
        unlike_pyhanko: None,
    },
    Case {
        name: "flipped-byte",
        attack: "one byte of page 1's signed content flipped",
        gavel: File::Signatures(&[Invalid]),
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[Invalid],
        pyhanko: &[Invalid],
        unlike_pdfsig: None,
        unlike_pyhanko: None,
    },
    Case {
        name: "broken-then-countersigned",
        attack: "the flipped byte, then countersigned by a tool that does not check",
        gavel: File::Signatures(&[Invalid, Valid]),
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[Invalid, Valid],
        pyhanko: &[Invalid, Valid],
        unlike_pdfsig: None,
        unlike_pyhanko: None,
    },
    Case {
        name: "renamed-common-name",
        attack: "'Mette' renamed 'Hanne' inside the embedded certificate, no key needed",
        gavel: File::Signatures(&[Invalid]),
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[Invalid],
        pyhanko: &[Invalid],
        unlike_pdfsig: None,
        unlike_pyhanko: None,
    },
    Case {
        name: "certificate-signature-flipped",
        attack: "one bit of the certificate's own signature flipped",
        gavel: File::Signatures(&[Invalid]),
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[Valid],
        pyhanko: &[Invalid],
        unlike_pdfsig: Some(PDFSIG_SKIPS_CERTIFICATE),
        unlike_pyhanko: None,
    },
    Case {
        name: "contents-zeroed",
        attack: "signature removed: its /Contents overwritten with zeros",
        gavel: File::Signatures(&[Invalid]),
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[Invalid],
        // pyHanko cannot read the file's signatures at all: no signature is valid.
        pyhanko: &[],
        unlike_pdfsig: None,
        unlike_pyhanko: None,
    },
    Case {
        name: "truncated-to-unsigned",
        attack: "signature removed: the file cut back to the revision before it",
        gavel: File::Signatures(&[]),
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[],
        pyhanko: &[],
        unlike_pdfsig: None,
        unlike_pyhanko: None,
    },
    Case {
        name: "truncated-mid-signature",
        attack: "signature removed: the file cut 2,000 bytes short",
        gavel: File::Damaged,
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[],
        pyhanko: &[],
        unlike_pdfsig: None,
        unlike_pyhanko: None,
    },
    Case {
        name: "field-deleted",
        attack: "signature removed: an update takes the chair's field out of the form and off its page",
        // pdfsig and pyHanko find signatures through the form's fields and see none; Gavel reads
        // every signature dictionary in the file and names the removal.
        gavel: File::Signatures(&[Changed]),
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[],
        pyhanko: &[],
        unlike_pdfsig: None,
        unlike_pyhanko: None,
    },
    Case {
        name: "byterange-edited",
        attack: "/ByteRange edited to end 100 bytes earlier",
        gavel: File::Signatures(&[Invalid]),
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[Invalid],
        pyhanko: &[Invalid],
        unlike_pdfsig: None,
        unlike_pyhanko: None,
    },
    Case {
        name: "contents-padding-garbage",
        attack: "bytes hidden in the zero padding of /Contents",
        gavel: File::Signatures(&[Invalid]),
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[Valid],
        pyhanko: &[Valid],
        unlike_pdfsig: Some(STRICTER_PADDING),
        unlike_pyhanko: Some(STRICTER_PADDING),
    },
    Case {
        name: "second-field-by-hand",
        attack: "an empty visible signature field added by hand in an update",
        // Allowed after a signature (an empty box for the next signer); the update is unsigned,
        // so `verify` fails until someone signs, and countersigning covers it.
        gavel: File::Signatures(&[Valid]),
        verify_succeeds: false,
        countersign_accepted: true,
        pdfsig: &[Valid],
        pyhanko: &[Valid],
        unlike_pdfsig: None,
        unlike_pyhanko: None,
    },
    Case {
        name: "signature-copied",
        attack: "a second signature field added by hand, holding a copy of the chair's signature",
        gavel: File::Signatures(&[Valid, Invalid]),
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[Valid, Valid],
        pyhanko: &[Valid, Changed],
        unlike_pdfsig: Some(PDFSIG_SEES_NO_COPY),
        unlike_pyhanko: None,
    },
    Case {
        name: "fingerprint-changed",
        attack: "the log fingerprint in the document information replaced in an update",
        gavel: File::Signatures(&[Changed]),
        verify_succeeds: false,
        countersign_accepted: false,
        pdfsig: &[Valid],
        pyhanko: &[Valid],
        unlike_pdfsig: Some(STRICTER_FINGERPRINT),
        unlike_pyhanko: Some(STRICTER_FINGERPRINT),
    },
];

#[test]
fn every_attack_gets_its_verdict_from_gavel_and_the_validators_agree_or_the_case_says_why() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    let demo = gavel_reproducibly(&db, &["demo"], "");
    assert!(demo.status.success(), "{}", stderr(&demo));
    let python = pyhanko_python();

    let corpus: Vec<String> = std::fs::read_dir(corpus_folder())
        .expect("the corpus folder reads")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter_map(|name| name.strip_suffix(".pdf").map(str::to_owned))
        .collect();
    for name in &corpus {
        assert!(
            CASES.iter().any(|case| case.name == name),
            "{name}.pdf has no expected verdict in CASES"
        );
    }

    let mut failures = Vec::new();
    for case in CASES {
        if let Err(failure) = check_case(case, &db, folder.path(), &python) {
            failures.push(format!("{} ({}): {failure}", case.name, case.attack));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn check_case(case: &Case, db: &Path, folder: &Path, python: &Path) -> Result<(), String> {
    let pdf = corpus_folder().join(format!("{}.pdf", case.name));
    let pdf_text = pdf.to_str().expect("UTF-8 path");

    // Gavel's verdicts.
    let verified = gavel_reproducibly(db, &["minutes", "verify", pdf_text], "");
    let report = stdout(&verified);
    let gavel = match case.gavel {
        File::Damaged => {
            if !stderr(&verified).contains("the PDF is truncated or damaged") {
                return Err(format!(
                    "verify should call it damaged:\n{}",
                    stderr(&verified)
                ));
            }
            Vec::new()
        }
        File::Signatures(expected) => {
            let actual = gavel_verdicts(&report);
            if actual != expected {
                return Err(format!(
                    "gavel: expected {expected:?}, got {actual:?}\n{report}{}",
                    stderr(&verified)
                ));
            }
            actual
        }
    };
    if verified.status.success() != case.verify_succeeds {
        return Err(format!(
            "verify exit: expected success = {}\n{report}",
            case.verify_succeeds
        ));
    }

    // The validators' verdicts, pinned.
    let pdfsig: Vec<Verdict> = pdfsig_verdicts(&pdf)
        .iter()
        .map(|verdict| if verdict == "valid" { Valid } else { Invalid })
        .collect();
    if pdfsig != case.pdfsig {
        return Err(format!(
            "pdfsig: expected {:?}, got {pdfsig:?}",
            case.pdfsig
        ));
    }
    let pyhanko = pyhanko_verdicts(python, &pdf)?;
    if pyhanko != case.pyhanko {
        return Err(format!(
            "pyHanko: expected {:?}, got {pyhanko:?}",
            case.pyhanko
        ));
    }

    // Gavel against each validator: the same bottom line, or a recorded reason.
    for (validator, verdicts, reason) in [
        ("pdfsig", &pdfsig, case.unlike_pdfsig),
        ("pyHanko", &pyhanko, case.unlike_pyhanko),
    ] {
        let agrees = same_bottom_line(&gavel, verdicts);
        match (agrees, reason) {
            (true, None) | (false, Some(_)) => {}
            (false, None) => {
                return Err(format!(
                    "Gavel {gavel:?} disagrees with {validator} {verdicts:?} and the case says not why"
                ));
            }
            (true, Some(_)) => {
                return Err(format!(
                    "Gavel agrees with {validator}, but the case says it does not"
                ));
            }
        }
    }
    // Where pdfsig cannot see an attack, Gavel follows pyHanko (or says why it is stricter
    // than both).
    if case.unlike_pdfsig.is_some()
        && case.unlike_pyhanko.is_some()
        && case.unlike_pdfsig != case.unlike_pyhanko
    {
        return Err("Gavel differs from both validators for different reasons".to_owned());
    }

    check_countersign(case, &pdf, db, folder)
}

/// `minutes countersign` adds a signature to a file that deserves one, and refuses every other
/// file with its reasons, writing and recording nothing.
fn check_countersign(case: &Case, pdf: &Path, db: &Path, folder: &Path) -> Result<(), String> {
    let out = folder.join(format!("{}-countersigned.pdf", case.name));
    let events = event_count(db);
    let countersigned = gavel_reproducibly(
        db,
        &[
            "minutes",
            "countersign",
            pdf.to_str().expect("UTF-8 path"),
            "--p12",
            fixture("certs/rsa-openssl3.p12").to_str().expect("UTF-8"),
            "--password-file",
            fixture("certs/password.txt").to_str().expect("UTF-8"),
            "--role",
            "member",
            "--out",
            out.to_str().expect("UTF-8 path"),
        ],
        "",
    );
    let said = format!("{}{}", stdout(&countersigned), stderr(&countersigned));
    if countersigned.status.success() != case.countersign_accepted {
        return Err(format!(
            "countersign: expected accepted = {}\n{said}",
            case.countersign_accepted
        ));
    }
    if case.countersign_accepted {
        let verified = gavel_reproducibly(
            db,
            &["minutes", "verify", out.to_str().expect("UTF-8 path")],
            "",
        );
        let after = gavel_verdicts(&stdout(&verified));
        if !after.iter().all(|verdict| verdict.is_valid()) {
            return Err(format!(
                "the countersigned file does not verify: {after:?}\n{}",
                stdout(&verified)
            ));
        }
        return Ok(());
    }
    let refused_for_reason = said.contains("not countersigned, because")
        || said.contains("the PDF is truncated or damaged");
    if !refused_for_reason {
        return Err(format!("countersign refused without saying why:\n{said}"));
    }
    if out.exists() {
        return Err("a refused countersignature wrote its file".to_owned());
    }
    if event_count(db) != events {
        return Err("a refused countersignature changed the database".to_owned());
    }
    Ok(())
}

/// The refusal names each bad signature in Danish too (the app shows Danish).
#[test]
fn the_countersign_refusal_says_why_in_danish_and_english() {
    let pdf = corpus_folder().join("changed-then-countersigned.pdf");
    let bytes = std::fs::read(&pdf).expect("the corpus file reads");
    let now = chrono::DateTime::parse_from_rfc3339("2026-12-10T13:00:00Z")
        .expect("a time")
        .to_utc();
    let verification = gavel_minutes::verify_pdf(&bytes, &pdf, now).expect("reads");
    let reasons = verification.reasons_not_to_countersign();
    assert_eq!(reasons.len(), 1, "{reasons:?}");
    assert!(
        reasons[0].en.starts_with(
            "signature 1 (chair-1) is valid, but the document was changed after it: page 1: its content was replaced (/Contents)"
        ),
        "{}",
        reasons[0].en
    );
    assert!(
        reasons[0].da.starts_with(
            "underskrift 1 (chair-1) er gyldig, men dokumentet blev ændret bagefter: side 1: dens indhold blev udskiftet (/Contents)"
        ),
        "{}",
        reasons[0].da
    );
}

/// "signature 2 (secretary-1): CHANGED AFTER SIGNING — …" → the verdicts in order.
pub(crate) fn gavel_verdicts(report: &str) -> Vec<Verdict> {
    report
        .lines()
        .filter(|line| line.starts_with("signature "))
        .filter_map(|line| line.split_once("): ").or_else(|| line.split_once(": ")))
        .map(|(_, rest)| {
            if rest.starts_with("VALID") {
                Valid
            } else if rest.starts_with("CHANGED AFTER SIGNING") {
                Changed
            } else {
                Invalid
            }
        })
        .collect()
}

/// Per signature when both list the same number of signatures; otherwise (a validator that
/// finds no signature where Gavel finds one) whether the file as a whole is validly signed.
fn same_bottom_line(gavel: &[Verdict], validator: &[Verdict]) -> bool {
    if gavel.len() == validator.len() {
        gavel
            .iter()
            .zip(validator)
            .all(|(gavel, validator)| gavel.is_valid() == validator.is_valid())
    } else {
        let all_valid = |verdicts: &[Verdict]| {
            !verdicts.is_empty() && verdicts.iter().all(|verdict| verdict.is_valid())
        };
        all_valid(gavel) == all_valid(validator)
    }
}

pub(crate) fn pyhanko_verdicts(python: &Path, pdf: &Path) -> Result<Vec<Verdict>, String> {
    let output = Command::new(python)
        .arg(corpus_folder().join("pyhanko_verdicts.py"))
        .arg(pdf)
        .output()
        .map_err(|error| format!("pyHanko's script runs: {error}"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    let line = text
        .lines()
        .last()
        .ok_or_else(|| format!("pyHanko said nothing: {}", stderr(&output)))?;
    let parsed: serde_json::Value =
        serde_json::from_str(line).map_err(|error| format!("pyHanko's JSON: {error}: {line}"))?;
    Ok(parsed["verdicts"]
        .as_array()
        .map(|verdicts| {
            verdicts
                .iter()
                .map(|verdict| match verdict.as_str() {
                    Some("valid") => Valid,
                    Some("changed_after_signing") => Changed,
                    _ => Invalid,
                })
                .collect()
        })
        .unwrap_or_default())
}

/// The Python with pyHanko that `scripts/setup.sh --test` installs, or `GAVEL_PYHANKO_PYTHON`.
pub(crate) fn pyhanko_python() -> PathBuf {
    let python = std::env::var_os("GAVEL_PYHANKO_PYTHON")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME")
                .map(|home| PathBuf::from(home).join(".local/share/gavel/pyhanko/bin/python"))
        })
        .expect("HOME is set");
    assert!(
        python.exists(),
        "{} is missing: scripts/setup.sh --test installs pyHanko there (or set GAVEL_PYHANKO_PYTHON)",
        python.display()
    );
    python
}

fn corpus_folder() -> PathBuf {
    fixture("attacks")
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}
