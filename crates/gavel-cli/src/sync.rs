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

use crate::minutes::read_password;
use crate::output::{clean, write_atomically};

#[derive(Subcommand)]
pub enum SyncCommand {
    /// Write the chosen meetings' events (with their groups and the backlog) to a sync file
    /// (docs/sync-format.md).
    Export {
        /// Meeting ids; leave out and give --all for every meeting.
        meetings: Vec<uuid::Uuid>,
        #[arg(long, conflicts_with = "meetings")]
        all: bool,
        #[arg(long, value_name = "FILE.gavel")]
        out: PathBuf,
        /// Sign the file with the key in this PKCS#12 (.p12/.pfx) file, the minutes' certificate.
        #[arg(long, value_name = "P12", requires = "password_file")]
        sign: Option<PathBuf>,
        /// The file holding the .p12 password ("-": read it from standard input).
        #[arg(long, value_name = "FILE", requires = "sign")]
        password_file: Option<PathBuf>,
    },
    /// Merge a sync file into this database; prints what was added and every conflict.
    Import {
        file: PathBuf,
        /// Check the file and report, without changing anything.
        #[arg(long)]
        dry_run: bool,
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
        #[arg(long)]
        json: bool,
    },
}

pub fn run(store: &mut Store, command: SyncCommand, out: &mut impl Write) -> anyhow::Result<()> {
    match command {
        SyncCommand::Export {
            meetings,
            all,
            out: path,
            sign,
            password_file,
        } => {
            if meetings.is_empty() && !all {
                anyhow::bail!("name the meetings to export, or give --all");
            }
            let mut file = store.export_sync(if all { None } else { Some(&meetings) })?;
            let signer = match (sign, password_file) {
                (Some(p12), Some(password_file)) => {
                    let password = read_password(&password_file)?;
                    let identity = gavel_minutes::certificate::load_pkcs12(&p12, &password)?;
                    Some(sign_sync_file(&mut file, &identity, &p12)?)
                }
                _ => None,
            };
            let text = serde_json::to_vec_pretty(&file).context("serialising the sync file")?;
            write_atomically(&path, &text)?;
            writeln!(
                out,
                "{}: {} meeting(s), {} event(s)",
                path.display(),
                file.meetings.len(),
                file.events.len()
            )?;
            if let Some(signer) = signer {
                writeln!(out, "{}", signed_by_line(Some(&signer)))?;
            }
        }
        SyncCommand::Import {
            file,
            dry_run,
            json,
            trust_device,
        } => {
            // Refused before reading: a file over the limit, and what is not a regular file
            // (`/dev/zero` never ends, a named pipe may never deliver anything). The file is then
            // streamed, never read into memory whole (gavel_core::sync::SyncSource).
            let limit = gavel_core::sync::MAX_SYNC_FILE_BYTES;
            let (opened, length) = gavel_core::files::open_regular_file(&file)
                .map_err(|error| anyhow::anyhow!("cannot read {}: {error}", file.display()))?;
            if length > limit {
                anyhow::bail!(
                    "{}: the file is larger than {} MB, the most Gavel reads as a sync file; nothing was read",
                    file.display(),
                    limit >> 20
                );
            }
            let report = store.import_sync_from(
                &file.display().to_string(),
                gavel_core::sync::SyncSource::File(&opened),
                dry_run,
                Some(&CmsSyncSignatureVerifier),
                &trust_device,
            )?;
            if json {
                serde_json::to_writer_pretty(&mut *out, &report)?;
                writeln!(out)?;
            } else {
                print_report(out, &report)?;
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
                    "this computer: {} (device {}), key fingerprint {}",
                    clean(&this.name),
                    this.id,
                    this.fingerprint
                )?;
                for device in &known {
                    writeln!(
                        out,
                        "trusted: {} (device {}), key fingerprint {}, trusted by {}",
                        clean(&device.name),
                        device.id,
                        device.fingerprint,
                        clean(&device.trusted_by)
                    )?;
                }
            }
        }
    }
    Ok(())
}

/// Everything here but the counts comes from the imported file: each text goes through
/// [`clean`], so that a title cannot steer the terminal. In the reader's language
/// (crate::language): a secretary decides here which computers to trust.
fn print_report(out: &mut impl Write, report: &SyncImportReport) -> std::io::Result<()> {
    let danish = crate::language::danish();
    let (file, author) = (clean(&report.file_name), clean(&report.exported_by_author));
    let device = report.exported_by_device;
    let (added, in_file, present) = (
        report.events_added,
        report.events_in_file,
        report.events_already_present,
    );
    if danish {
        let verb = if report.dry_run {
            "ville tilføje"
        } else {
            "tilføjede"
        };
        writeln!(
            out,
            "{file}: fra {author} (enhed {device}): {verb} {added} af {in_file} hændelse(r), {present} fandtes allerede"
        )?;
    } else {
        let verb = if report.dry_run { "would add" } else { "added" };
        writeln!(
            out,
            "{file}: from {author} (device {device}): {verb} {added} of {in_file} event(s), {present} already here"
        )?;
    }
    writeln!(out, "  {}", signed_by_line(report.signed_by.as_ref()))?;
    for device in &report.devices {
        print_device(out, device)?;
    }
    let (new_meeting, changed_meeting) = if danish {
        ("nyt møde", "ændret møde")
    } else {
        ("new meeting", "changed meeting")
    };
    for title in &report.meetings_added {
        writeln!(out, "  {new_meeting}: {}", clean(title))?;
    }
    for title in &report.meetings_changed {
        writeln!(out, "  {changed_meeting}: {}", clean(title))?;
    }
    for conflict in &report.conflicts {
        let field = clean(crate::language::pick(&conflict.field));
        let kept = clean(crate::language::pick(&conflict.kept.value));
        let kept_by = clean(&conflict.kept.author);
        let overridden = clean(crate::language::pick(&conflict.overridden.value));
        let overridden_by = clean(&conflict.overridden.author);
        if danish {
            writeln!(
                out,
                "  konflikt i {field}: »{kept}« af {kept_by} står, »{overridden}« af {overridden_by} er tilsidesat (begge bliver i loggen)"
            )?;
        } else {
            writeln!(
                out,
                "  conflict in {field}: kept \"{kept}\" by {kept_by}, overridden \"{overridden}\" by {overridden_by} (both stay in the log)"
            )?;
        }
    }
    for conflict in &report.decision_conflicts {
        write!(out, "  ")?;
        crate::output::print_decision_conflict(out, conflict)?;
    }
    let refused_label = if danish { "afvist" } else { "refused" };
    for refused in &report.refused {
        writeln!(
            out,
            "  {refused_label}: {}",
            clean(crate::language::pick(refused))
        )?;
    }
    if report.dry_run {
        let nothing = if danish {
            "prøvekørsel: intet blev ændret"
        } else {
            "dry run: nothing was changed"
        };
        writeln!(out, "{nothing}")?;
    }
    Ok(())
}

/// One device of the file: who, its fingerprint, whether it is trusted, and what that means.
fn print_device(out: &mut impl Write, device: &DeviceInFile) -> std::io::Result<()> {
    let danish = crate::language::danish();
    let name = device.name.as_deref().map_or_else(
        || if danish { "uden navn" } else { "unnamed" }.into(),
        clean,
    );
    let fingerprint =
        device
            .fingerprint
            .as_deref()
            .unwrap_or(if danish { "ingen" } else { "none" });
    let not_taken = device.events_not_taken;
    let trust = match (&device.trust, danish) {
        (DeviceTrust::ThisLaptop, false) => "this computer".to_owned(),
        (DeviceTrust::ThisLaptop, true) => "denne computer".to_owned(),
        (DeviceTrust::Known { trusted_by }, false) => format!("trusted (by {})", clean(trusted_by)),
        (DeviceTrust::Known { trusted_by }, true) => {
            format!("betroet (af {})", clean(trusted_by))
        }
        (DeviceTrust::AcceptedNow, false) => "new, trusted with this import".to_owned(),
        (DeviceTrust::AcceptedNow, true) => "ny, betroet med denne import".to_owned(),
        (DeviceTrust::VouchedFor { certificate }, false) => {
            format!("new, vouched for by the certificate {}", clean(certificate))
        }
        (DeviceTrust::VouchedFor { certificate }, true) => {
            format!("ny, indestået for af certifikatet {}", clean(certificate))
        }
        (DeviceTrust::NotAccepted, false) => format!(
            "NEW, NOT TRUSTED: {not_taken} event(s) not taken; compare the fingerprint with the \
             computer's owner (gavel sync devices), then import again with --trust-device \
             \"{fingerprint}\""
        ),
        (DeviceTrust::NotAccepted, true) => format!(
            "NY, IKKE BETROET: {not_taken} hændelse(r) ikke taget med; sammenlign fingeraftrykket \
             med computerens ejer (gavel sync devices), og importér så igen med --trust-device \
             \"{fingerprint}\""
        ),
        (DeviceTrust::Unsigned, false) => format!(
            "UNSIGNED chains: {not_taken} event(s) not taken; only a file signed with a \
             certificate you trust can bring them"
        ),
        (DeviceTrust::Unsigned, true) => format!(
            "USIGNEREDE kæder: {not_taken} hændelse(r) ikke taget med; kun en fil, der er \
             signeret med et certifikat, du har tillid til, kan bringe dem"
        ),
    };
    if danish {
        writeln!(
            out,
            "  computer {name} (enhed {}), nøglens fingeraftryk {fingerprint}: {trust}",
            device.id
        )
    } else {
        writeln!(
            out,
            "  computer {name} (device {}), key fingerprint {fingerprint}: {trust}",
            device.id
        )
    }
}

/// "signed by NAME (certificate SHA-256 fingerprint AB:CD:…)" or "not signed", in the reader's
/// language.
fn signed_by_line(signer: Option<&SyncSigner>) -> String {
    let danish = crate::language::danish();
    let Some(signer) = signer else {
        return if danish {
            "ikke signeret"
        } else {
            "not signed"
        }
        .to_owned();
    };
    let who = match &signer.organisation {
        Some(organisation) => format!("{}, {}", clean(&signer.name), clean(organisation)),
        None => clean(&signer.name).into_owned(),
    };
    let fingerprint = clean(&signer.certificate_sha256);
    if danish {
        format!("signeret af {who} (certifikatets SHA-256-fingeraftryk {fingerprint})")
    } else {
        format!("signed by {who} (certificate SHA-256 fingerprint {fingerprint})")
    }
}
