//! `gavel sync export` and `gavel sync import`: a meeting's decisions to and from another laptop,
//! optionally signed with the minutes' `.p12` (gavel-minutes' `sync_signature`), whose signature
//! every import checks before anything is written.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Subcommand;
use gavel_core::Store;
use gavel_core::sync::{DeviceInFile, DeviceTrust, SyncImportReport, SyncSigner};
use gavel_minutes::sync_signature::{CmsSyncSignatureVerifier, sign_sync_file};

use crate::language::message;
use crate::minutes::read_password;
use crate::output::{clean, write_atomically};

#[derive(Subcommand)]
pub enum SyncCommand {
    /// Write the chosen meetings' and groups' events (with the meetings' groups and the backlog)
    /// to a sync file (docs/sync-format.md).
    Export {
        /// Meeting ids; leave out and give --group or --all.
        meetings: Vec<uuid::Uuid>,
        /// A group (its name or id), to send its members and rules with or without its meetings (a
        /// group set up before its first meeting); repeat for each.
        #[arg(long = "group", value_name = "GROUP")]
        groups: Vec<String>,
        /// Every group and meeting in this database, a group without meetings too.
        #[arg(long, conflicts_with_all = ["meetings", "groups"])]
        all: bool,
        /// The sync file to write.
        #[arg(long, value_name = "FILE.gavel")]
        out: PathBuf,
        /// Sign the file with the key in this PKCS#12 (.p12/.pfx) file, the minutes' certificate.
        #[arg(long, value_name = "P12", requires = "password_file")]
        sign: Option<PathBuf>,
        /// The file holding the .p12 password ("-": read it from standard input).
        #[arg(long, value_name = "FILE", requires = "sign")]
        password_file: Option<PathBuf>,
    },
    /// Merge sync files into this database, each on its own; prints what was added and every
    /// conflict.
    Import {
        /// The sync files (.gavel) to merge, one after the other; a file that is refused changes
        /// nothing and does not stop the others.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Check the file and report, without changing anything.
        #[arg(long)]
        dry_run: bool,
        /// Print the result as JSON for scripts: the same in every language.
        #[arg(long)]
        json: bool,
        /// Trust a computer seen for the first time, by its key's fingerprint as its owner reads
        /// it from `gavel sync devices` (spaces optional); or trust the certificate that signed
        /// the file, by its SHA-256 fingerprint, to vouch for every computer in this and later
        /// files. Repeat for each. Compare the fingerprint with the owner first.
        #[arg(long, value_name = "FINGERPRINT")]
        trust_device: Vec<String>,
    },
    /// This computer's key fingerprint (tell it to the chair before your first sync file reaches
    /// her), and the other computers this database trusts.
    Devices {
        /// Print the result as JSON for scripts: the same in every language.
        #[arg(long)]
        json: bool,
    },
}

pub fn run(store: &mut Store, command: SyncCommand, out: &mut impl Write) -> anyhow::Result<()> {
    match command {
        SyncCommand::Export {
            meetings,
            groups,
            all,
            out: path,
            sign,
            password_file,
        } => {
            if meetings.is_empty() && groups.is_empty() && !all {
                anyhow::bail!(message("cli-sync-name-meetings", &[]));
            }
            let mut file = if all {
                store.export_sync(None)?
            } else {
                let groups = groups
                    .iter()
                    .map(|group| store.group_named(group).map(|group| group.id))
                    .collect::<gavel_core::Result<Vec<_>>>()?;
                store.export_sync_of(&meetings, &groups)?
            };
            let signer = match (sign, password_file) {
                (Some(p12), Some(password_file)) => {
                    let password = read_password(&password_file)?;
                    let identity = gavel_minutes::certificate::load_pkcs12(&p12, &password)?;
                    Some(sign_sync_file(&mut file, &identity, &p12)?)
                }
                _ => None,
            };
            let text = serde_json::to_vec_pretty(&file)
                .with_context(|| message("cli-sync-not-serialised", &[]))?;
            write_atomically(&path, &text)?;
            writeln!(
                out,
                "{}",
                message(
                    "cli-sync-exported",
                    &[
                        ("file", path.display().to_string().into()),
                        ("groups", file.group_count().into()),
                        ("meetings", file.meetings.len().into()),
                        ("events", file.events.len().into()),
                    ]
                )
            )?;
            if let Some(signer) = signer {
                writeln!(out, "{}", signed_by_line(Some(&signer)))?;
            }
        }
        SyncCommand::Import {
            files,
            dry_run,
            json,
            trust_device,
        } => {
            let mut listed = Vec::new();
            let mut refused = 0usize;
            // A batch of files open at a time, far below any limit on open files; within a
            // batch, the next file is read while one is added.
            for batch in files.chunks(FILES_OPEN_AT_ONCE) {
                let outcomes = import_batch(store, batch, dry_run, &trust_device);
                for (file, outcome) in batch.iter().zip(outcomes) {
                    match outcome {
                        Ok(report) if json => listed.push(Listed::Merged(Box::new(report))),
                        Ok(report) => print_report(out, &report)?,
                        // One file: its refusal is the command's error, as it always was.
                        Err(error) if files.len() == 1 => return Err(error),
                        Err(error) => {
                            // Named with its file, as the error of a single file is.
                            refused += 1;
                            let reason =
                                clean(&crate::language::describe_error(&error)).into_owned();
                            eprintln!("gavel: {reason}");
                            if json {
                                listed.push(Listed::Refused {
                                    file_name: file.display().to_string(),
                                    error: reason,
                                });
                            }
                        }
                    }
                }
            }
            if json {
                // One file's report alone, as it always was; several as a list.
                match listed.as_slice() {
                    [report] if files.len() == 1 => {
                        serde_json::to_writer_pretty(&mut *out, report)?
                    }
                    _ => serde_json::to_writer_pretty(&mut *out, &listed)?,
                }
                writeln!(out)?;
            }
            if refused > 0 {
                let arguments = [("refused", refused.into()), ("files", files.len().into())];
                anyhow::bail!(if dry_run {
                    message("cli-sync-files-refused-dry-run", &arguments)
                } else {
                    message("cli-sync-files-refused", &arguments)
                });
            }
        }
        SyncCommand::Devices { json } => {
            let this = store.this_device()?;
            let known = store.known_devices()?;
            if json {
                let value = serde_json::json!({ "this_device": this, "trusted_devices": known });
                serde_json::to_writer_pretty(&mut *out, &value)?;
                writeln!(out)?;
            } else {
                writeln!(
                    out,
                    "{}",
                    message(
                        "cli-sync-this-device",
                        &[
                            ("name", clean(&this.name).into_owned().into()),
                            ("device", this.id.to_string().into()),
                            ("fingerprint", (&this.fingerprint).into()),
                        ]
                    )
                )?;
                for device in &known {
                    writeln!(
                        out,
                        "{}",
                        message(
                            "cli-sync-trusted-device",
                            &[
                                ("name", clean(&device.name).into_owned().into()),
                                ("device", device.id.to_string().into()),
                                ("fingerprint", (&device.fingerprint).into()),
                                ("by", clean(&device.trusted_by).into_owned().into()),
                            ]
                        )
                    )?;
                }
            }
        }
    }
    Ok(())
}

/// A file in `sync import --json`: its report, or why it was refused.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum Listed {
    Merged(Box<SyncImportReport>),
    Refused { file_name: String, error: String },
}

/// How many of the files given to `sync import` are open at a time.
const FILES_OPEN_AT_ONCE: usize = 32;

/// Imports `files` one after another, each in its own transaction (`Store::import_sync_files`):
/// the report or the refusal of each, in their order; a file that cannot be opened is refused
/// without being read.
fn import_batch(
    store: &mut Store,
    files: &[PathBuf],
    dry_run: bool,
    trust_device: &[String],
) -> Vec<anyhow::Result<SyncImportReport>> {
    let opened: Vec<anyhow::Result<std::fs::File>> =
        files.iter().map(|file| open_sync_file(file)).collect();
    let names: Vec<String> = files
        .iter()
        .map(|file| file.display().to_string())
        .collect();
    let readable: Vec<(&str, gavel_core::sync::SyncSource<'_>)> = names
        .iter()
        .zip(&opened)
        .filter_map(|(name, file)| {
            let file = file.as_ref().ok()?;
            Some((name.as_str(), gavel_core::sync::SyncSource::File(file)))
        })
        .collect();
    let mut imported = store
        .import_sync_files(
            &readable,
            dry_run,
            Some(&CmsSyncSignatureVerifier),
            trust_device,
        )
        .into_iter();
    opened
        .into_iter()
        .map(|file| match file {
            Ok(_) => imported
                .next()
                .expect("a report for each file opened")
                .map_err(anyhow::Error::from),
            Err(error) => Err(error),
        })
        .collect()
}

/// A sync file opened for reading, refused before reading when it is over the size limit or not a
/// regular file (`/dev/zero` never ends, a named pipe may never deliver anything). The file is
/// then streamed, never read into memory whole (gavel_core::sync::SyncSource).
fn open_sync_file(file: &std::path::Path) -> anyhow::Result<std::fs::File> {
    let limit = gavel_core::sync::MAX_SYNC_FILE_BYTES;
    let (opened, length) = gavel_core::files::open_regular_file(file).map_err(|error| {
        let reason = crate::minutes::reading_reason(&error);
        anyhow::Error::msg(message(
            "cli-cannot-read",
            &[
                ("file", file.display().to_string().into()),
                ("reason", crate::language::pick(&reason).into()),
            ],
        ))
    })?;
    if length > limit {
        anyhow::bail!(message(
            "cli-sync-too-large",
            &[
                ("file", file.display().to_string().into()),
                ("megabytes", (limit >> 20).into()),
            ]
        ));
    }
    Ok(opened)
}

/// Everything here but the counts comes from the imported file: each text goes through
/// [`clean`], so that a title cannot steer the terminal. In the reader's language
/// (crate::language): a secretary decides here which computers to trust.
fn print_report(out: &mut impl Write, report: &SyncImportReport) -> std::io::Result<()> {
    let arguments = [
        ("file", clean(&report.file_name).into_owned().into()),
        (
            "author",
            clean(&report.exported_by_author).into_owned().into(),
        ),
        ("device", report.exported_by_device.to_string().into()),
        ("added", report.events_added.into()),
        ("total", report.events_in_file.into()),
        ("present", report.events_already_present.into()),
    ];
    let summary = if report.dry_run {
        message("cli-sync-report-dry-run", &arguments)
    } else {
        message("cli-sync-report", &arguments)
    };
    writeln!(out, "{summary}")?;
    writeln!(out, "  {}", signed_by_line(report.signed_by.as_ref()))?;
    for device in &report.devices {
        print_device(out, device)?;
    }
    for name in &report.groups_added {
        writeln!(
            out,
            "  {}",
            message(
                "cli-sync-new-group",
                &[("name", clean(name).into_owned().into())]
            )
        )?;
    }
    for title in &report.meetings_added {
        writeln!(
            out,
            "  {}",
            message(
                "cli-sync-new-meeting",
                &[("title", clean(title).into_owned().into())]
            )
        )?;
    }
    for title in &report.meetings_changed {
        writeln!(
            out,
            "  {}",
            message(
                "cli-sync-changed-meeting",
                &[("title", clean(title).into_owned().into())]
            )
        )?;
    }
    for conflict in &report.conflicts {
        let pick = |text: &gavel_core::rules::Bilingual| -> gavel_messages::Argument<'static> {
            clean(crate::language::pick(text)).into_owned().into()
        };
        writeln!(
            out,
            "  {}",
            message(
                "cli-sync-conflict",
                &[
                    ("field", pick(&conflict.field)),
                    ("kept", pick(&conflict.kept.value)),
                    ("kept_by", clean(&conflict.kept.author).into_owned().into()),
                    ("overridden", pick(&conflict.overridden.value)),
                    (
                        "overridden_by",
                        clean(&conflict.overridden.author).into_owned().into()
                    ),
                ]
            )
        )?;
    }
    for conflict in &report.decision_conflicts {
        write!(out, "  ")?;
        crate::output::print_decision_conflict(out, conflict)?;
    }
    for refused in &report.refused {
        writeln!(
            out,
            "  {}",
            message(
                "cli-sync-refused",
                &[(
                    "reason",
                    clean(crate::language::pick(refused)).into_owned().into()
                )]
            )
        )?;
    }
    if report.dry_run {
        writeln!(out, "{}", message("cli-sync-dry-run", &[]))?;
    }
    Ok(())
}

/// One device of the file: who, its fingerprint, whether it is trusted, and what that means.
fn print_device(out: &mut impl Write, device: &DeviceInFile) -> std::io::Result<()> {
    let name = device.name.as_deref().map_or_else(
        || message("cli-device-unnamed", &[]),
        |name| clean(name).into_owned(),
    );
    let fingerprint = device.fingerprint.as_deref().map_or_else(
        || message("cli-device-no-fingerprint", &[]),
        |fingerprint| clean(fingerprint).into_owned(),
    );
    let not_taken = device.events_not_taken;
    let trust = match &device.trust {
        DeviceTrust::ThisLaptop => message("cli-trust-this-computer", &[]),
        DeviceTrust::Known { trusted_by } => message(
            "cli-trust-known",
            &[("by", clean(trusted_by).into_owned().into())],
        ),
        DeviceTrust::AcceptedNow => message("cli-trust-accepted-now", &[]),
        DeviceTrust::VouchedFor { certificate } => message(
            "cli-trust-vouched-for",
            &[("certificate", clean(certificate).into_owned().into())],
        ),
        DeviceTrust::NotAccepted => message(
            "cli-trust-not-accepted",
            &[
                ("count", not_taken.into()),
                ("fingerprint", (&fingerprint).into()),
            ],
        ),
        DeviceTrust::Unsigned => message("cli-trust-unsigned", &[("count", not_taken.into())]),
    };
    writeln!(
        out,
        "  {}",
        message(
            "cli-sync-device",
            &[
                ("name", name.into()),
                ("device", device.id.to_string().into()),
                ("fingerprint", (&fingerprint).into()),
                ("trust", trust.into()),
            ]
        )
    )
}

/// "signed by NAME (certificate SHA-256 fingerprint AB:CD:…)" or "not signed", in the reader's
/// language.
fn signed_by_line(signer: Option<&SyncSigner>) -> String {
    let Some(signer) = signer else {
        return message("cli-sync-not-signed", &[]);
    };
    let who = match &signer.organisation {
        Some(organisation) => format!("{}, {}", clean(&signer.name), clean(organisation)),
        None => clean(&signer.name).into_owned(),
    };
    message(
        "cli-sync-signed-by",
        &[
            ("who", who.into()),
            (
                "fingerprint",
                clean(&signer.certificate_sha256).into_owned().into(),
            ),
        ],
    )
}
