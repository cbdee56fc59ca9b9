//! `gavel cert create`: a new signing key with a self-signed certificate, in a PKCS#12 file that
//! any PDF reader, OpenSSL and Gavel itself can read. For people without an organisation
//! certificate, and for tests.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use chrono::{DateTime, Utc};
use clap::Subcommand;
use gavel_minutes::certificate::{NewCertificate, create_self_signed};

use crate::language::message;
use crate::minutes::read_password;
use crate::output::write_atomically;

#[derive(Subcommand)]
pub enum CertCommand {
    /// Create a P-256 key and a self-signed certificate for signing minutes, as a .p12 file.
    Create {
        /// The signer's full name (the certificate's common name).
        #[arg(long)]
        name: String,
        /// The signer's organisation.
        #[arg(long)]
        org: Option<String>,
        /// The .p12 file to write; an existing file is not overwritten.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The file holding the new file's password ("-": read it from standard input).
        #[arg(long, value_name = "FILE")]
        password_file: PathBuf,
        /// How long the certificate is valid, from now.
        #[arg(long, default_value_t = 730, value_name = "DAYS")]
        valid_days: u32,
    },
}

/// The shortest password a new .p12 file may have: it protects a signing key.
const MINIMUM_PASSWORD_CHARACTERS: usize = 8;

/// `fixed_clock`: the CLI's reproducible clock, if set; the certificate is valid from then.
pub fn run(
    command: CertCommand,
    fixed_clock: Option<DateTime<Utc>>,
    out: &mut impl Write,
) -> anyhow::Result<ExitCode> {
    match command {
        CertCommand::Create {
            name,
            org,
            out: target,
            password_file,
            valid_days,
        } => {
            if target.exists() {
                anyhow::bail!(message(
                    "cli-cert-exists",
                    &[("file", target.display().to_string().into())]
                ));
            }
            let password = read_password(&password_file)?;
            if password.chars().count() < MINIMUM_PASSWORD_CHARACTERS {
                anyhow::bail!(message(
                    "cli-cert-password-too-short",
                    &[
                        ("file", password_file.display().to_string().into()),
                        ("count", MINIMUM_PASSWORD_CHARACTERS.into()),
                    ]
                ));
            }
            let request = NewCertificate {
                common_name: name,
                organisation: org,
                valid_from: fixed_clock.unwrap_or_else(Utc::now),
                valid_days,
            };
            let bytes = create_self_signed(&request, &password)
                .with_context(|| message("cli-cert-not-created", &[]))?;
            write_atomically(&target, &bytes)?;
            let until = request.valid_from + chrono::Duration::days(i64::from(valid_days));
            writeln!(
                out,
                "{}",
                message(
                    "cli-cert-written",
                    &[
                        ("file", target.display().to_string().into()),
                        (
                            "name",
                            crate::output::clean(&request.common_name)
                                .into_owned()
                                .into()
                        ),
                        ("date", until.format("%Y-%m-%d").to_string().into()),
                    ]
                )
            )?;
            Ok(ExitCode::SUCCESS)
        }
    }
}
