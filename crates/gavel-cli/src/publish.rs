//! `gavel publish`: the group's public meetings as a static website (gavel-core's `publish`,
//! docs/publish.md), written to a folder, with each meeting's signed minutes found in the
//! export folder (or `--minutes-folder`).

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context;
use clap::Args;
use gavel_core::Store;
use gavel_core::publish::{PublishRequest, SiteFolder};

use crate::language::message;
use crate::output::{clean, print_json};

#[derive(Args)]
pub struct PublishArguments {
    /// The group (its name or id).
    #[arg(long)]
    group: String,
    /// The site's folder: new, empty, or a site Gavel published there before (replaced whole).
    #[arg(long, value_name = "FOLDER")]
    out: PathBuf,
    /// Where the signed minutes PDFs are. Default: the export folder (`gavel paths`).
    #[arg(long, value_name = "FOLDER")]
    minutes_folder: Option<PathBuf>,
    /// Print the result as JSON for scripts: the same in every language.
    #[arg(long)]
    json: bool,
}

pub fn run(store: &Store, arguments: PublishArguments, out: &mut impl Write) -> anyhow::Result<()> {
    let minutes_folder = match arguments.minutes_folder {
        Some(folder) => folder,
        None => gavel_core::locations::export_folder()
            .with_context(|| message("cli-no-documents-folder", &[]))?,
    };
    let report = store.publish_site(&PublishRequest {
        group: &arguments.group,
        minutes_folder: &minutes_folder,
        out: SiteFolder::Given(&arguments.out),
    })?;
    if arguments.json {
        print_json(out, &report)?;
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        message(
            "cli-published",
            &[
                ("count", report.meetings.len().into()),
                ("group", clean(&report.group_name).into_owned().into()),
                ("folder", report.folder.display().to_string().into()),
                ("files", report.files.into()),
            ]
        )
    )?;
    for meeting in &report.meetings {
        writeln!(
            out,
            "  {}",
            message(
                "cli-published-meeting",
                &[
                    ("date", meeting.date.to_string().into()),
                    ("title", clean(&meeting.title).into_owned().into()),
                    ("page", meeting.page.as_str().into()),
                    ("source", meeting.source.display().to_string().into()),
                ]
            )
        )?;
    }
    if report.meetings.is_empty() {
        writeln!(out, "{}", message("cli-published-none", &[]))?;
    }
    Ok(())
}
