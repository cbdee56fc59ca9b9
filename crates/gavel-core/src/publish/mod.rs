//! Publication (docs/publish.md): a group's public meetings as a static website — the decision
//! register, one page per meeting and its signed minutes PDF — in Danish with an English copy
//! under `en/`, plain HTML and one CSS file, no script, for any web server or intranet.
//!
//! What is published is what the chair marked public (`SetMeetingPublic`), and only when it can
//! be published whole: every public meeting must be closed with its current minutes signed, and
//! the exact PDF that was signed must be found (by the SHA-256 the database recorded when it was
//! signed) in the minutes folder. Otherwise nothing is written and the message names each
//! meeting at fault. The register shows a secret poll's totals only (its result, which is all a
//! secret poll keeps); the pages leave out the notes taken during the meeting (the signed
//! minutes hold them, and are published as signed: a signed document cannot be cut).
//!
//! `html.rs` escapes every text from data and draws the frame, `pages.rs` the pages,
//! `folder.rs` writes the site beside the target folder and swaps it in.

mod folder;
mod html;
mod pages;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use crate::command::MinutesLanguage;
use crate::error::{Error, Result};
use crate::queries::{MeetingDetail, MeetingStatus, MeetingSummary};
use crate::register::RegisterFilter;
use crate::rules::Bilingual;
use crate::store::Store;
use crate::wording;
use folder::io_refusal;

pub use folder::SITE_MARKER;

/// The largest file in the minutes folder that is read to find a signed PDF: minutes of a long
/// meeting are a few hundred kilobytes; a bigger file is not a Gavel PDF and is skipped.
const MAX_MINUTES_PDF_BYTES: u64 = 100 * 1024 * 1024;

/// What to publish, and where.
#[derive(Debug, Clone)]
pub struct PublishRequest<'a> {
    /// The group: its id or its name (letter case ignored).
    pub group: &'a str,
    /// The folder holding the signed minutes PDFs (the export folder by default).
    pub minutes_folder: &'a Path,
    /// The site's folder: missing, empty, or a site Gavel published there before.
    pub out: SiteFolder<'a>,
}

/// Where the site goes.
#[derive(Debug, Clone, Copy)]
pub enum SiteFolder<'a> {
    /// This folder (`gavel publish --out`).
    Given(&'a Path),
    /// "Hjemmeside - <group>" ("Website - <group>") in this folder: where the app publishes, in
    /// its export folder, under a name made safe for a file system from the group's.
    NamedIn(&'a Path, MinutesLanguage),
}

impl SiteFolder<'_> {
    fn for_group(self, group_name: &str) -> PathBuf {
        match self {
            SiteFolder::Given(folder) => folder.to_owned(),
            SiteFolder::NamedIn(folder, language) => {
                let stem = crate::files::safe_file_stem(group_name, "Gavel");
                folder.join(gavel_messages::message(
                    language.into(),
                    "corePublish-websiteFolder",
                    &[("group", stem.into())],
                ))
            }
        }
    }
}

/// What was published.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublishReport {
    pub folder: PathBuf,
    pub group_id: Uuid,
    pub group_name: String,
    pub meetings: Vec<PublishedMeetingReport>,
    /// Every file written, the marker included.
    pub files: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PublishedMeetingReport {
    pub meeting_id: Uuid,
    pub title: String,
    pub date: NaiveDate,
    /// The Danish page, relative to the site's folder ("meetings/2026-11-27-….html").
    pub page: String,
    /// The signed PDF as published ("minutes/2026-11-27-….pdf") …
    pub pdf: String,
    /// … and the file in the minutes folder it is a copy of.
    pub source: PathBuf,
}

/// A public meeting as the pages need it.
pub(crate) struct PublishedMeeting {
    pub(crate) detail: MeetingDetail,
    /// "2026-11-27-<meeting id>": the name of its page and its PDF, from its date and id only,
    /// so that no text from data ever reaches a path.
    pub(crate) stem: String,
    pub(crate) pdf: Vec<u8>,
    pub(crate) source: PathBuf,
}

pub(crate) fn publish_site(store: &Store, request: &PublishRequest<'_>) -> Result<PublishReport> {
    let group = store.group_named(request.group)?;
    // Newest first, as the register reads.
    let public: Vec<_> = store
        .meetings()?
        .into_iter()
        .filter(|meeting| meeting.group_id == group.id && meeting.public)
        .collect();

    let not_ready: Vec<&MeetingSummary> = public
        .iter()
        .filter(|meeting| meeting.status != MeetingStatus::Closed || !meeting.minutes_signed)
        .collect();
    if !not_ready.is_empty() {
        let named = named_meetings(&not_ready);
        return Err(Error::Rejected(wording::message(
            "corePublish-theMinutesAreNotSigned",
            |language| {
                vec![
                    ("count", not_ready.len().into()),
                    ("meetings", wording::pick(&named, language).into()),
                ]
            },
        )));
    }

    let mut signed_files = SignedFiles::new(request.minutes_folder);
    let mut meetings = Vec::with_capacity(public.len());
    let mut missing = Vec::new();
    for summary in &public {
        let detail = store.meeting(summary.id)?;
        // The newest signature of the current minutes first: a countersigned copy holds every
        // signature; an earlier signature's file is the same minutes with fewer of them.
        let mut hashes: Vec<&str> = detail
            .signatures
            .iter()
            .filter(|signature| signature.version == summary.minutes_version)
            .map(|signature| signature.document_sha256.as_str())
            .collect();
        hashes.reverse();
        match signed_files.find(&hashes)? {
            Some((source, pdf)) => meetings.push(PublishedMeeting {
                stem: format!(
                    "{}-{}",
                    summary.starts_at.date().format("%Y-%m-%d"),
                    summary.id
                ),
                detail,
                pdf,
                source,
            }),
            None => missing.push(summary),
        }
    }
    if !missing.is_empty() {
        let named = named_meetings(&missing);
        let folder = request.minutes_folder.display().to_string();
        return Err(Error::Rejected(wording::message(
            "corePublish-theSignedMinutesAreMissing",
            |language| {
                vec![
                    ("count", missing.len().into()),
                    ("folder", (&folder).into()),
                    ("meetings", wording::pick(&named, language).into()),
                ]
            },
        )));
    }

    let public_ids: Vec<Uuid> = meetings.iter().map(|m| m.detail.meeting.id).collect();
    let entries: Vec<_> = store
        .decision_register(&RegisterFilter {
            group: Some(group.id.to_string()),
            ..RegisterFilter::default()
        })?
        .into_iter()
        .filter(|entry| public_ids.contains(&entry.meeting_id))
        .collect();
    let site = pages::SiteText {
        group_name: &group.name,
        meetings: &meetings,
        entries: &entries,
        published_on: store.now_local().date(),
    };
    let mut files: Vec<(String, Vec<u8>)> = pages::pages(&site)
        .into_iter()
        .map(|(path, html)| (path, html.into_bytes()))
        .collect();
    // The register as a spreadsheet too, for those who reuse it (open data): the same entries
    // as the register's page, in each language (`register_spreadsheet`, safe against formulas).
    for language in [html::Language::Danish, html::Language::English] {
        files.push((
            pages::spreadsheet_path(language).to_owned(),
            crate::register::register_spreadsheet(&entries, language.catalogue())?,
        ));
    }
    files.push((
        "style.css".to_owned(),
        include_str!("site.css").as_bytes().to_vec(),
    ));
    // Gavel's icon, so that a browser asking for the page's icon finds one (a missing
    // /favicon.ico is an error in its console).
    files.push((
        "favicon.svg".to_owned(),
        include_str!("../../../../assets/icon.svg")
            .as_bytes()
            .to_vec(),
    ));
    for meeting in &meetings {
        files.push((format!("minutes/{}.pdf", meeting.stem), meeting.pdf.clone()));
    }
    let out = request.out.for_group(&group.name);
    folder::write_site(&out, group.id, &files)?;

    Ok(PublishReport {
        folder: out,
        group_id: group.id,
        group_name: group.name.clone(),
        files: files.len() + 1,
        meetings: meetings
            .into_iter()
            .map(|meeting| PublishedMeetingReport {
                meeting_id: meeting.detail.meeting.id,
                title: meeting.detail.meeting.title.clone(),
                date: meeting.detail.meeting.starts_at.date(),
                page: format!("meetings/{}.html", meeting.stem),
                pdf: format!("minutes/{}.pdf", meeting.stem),
                source: meeting.source,
            })
            .collect(),
    })
}

/// The PDFs of the minutes folder by their SHA-256, read once, when the first is asked for.
struct SignedFiles<'a> {
    folder: &'a Path,
    by_hash: Option<HashMap<String, PathBuf>>,
}

impl<'a> SignedFiles<'a> {
    fn new(folder: &'a Path) -> SignedFiles<'a> {
        SignedFiles {
            folder,
            by_hash: None,
        }
    }

    /// The first of `hashes` (lower-case hex SHA-256) that a file in the folder has, with its
    /// bytes, read again and checked again so that a file changed since the scan is not taken.
    fn find(&mut self, hashes: &[&str]) -> Result<Option<(PathBuf, Vec<u8>)>> {
        if self.by_hash.is_none() {
            self.by_hash = Some(self.scan()?);
        }
        let by_hash = self.by_hash.as_ref().expect("scanned just above");
        for hash in hashes {
            let Some(path) = by_hash.get(&hash.to_lowercase()) else {
                continue;
            };
            let bytes = crate::files::read_limited(path, MAX_MINUTES_PDF_BYTES)
                .map_err(|error| io_refusal(path, &error))?;
            if sha256_hex(&bytes) == hash.to_lowercase() {
                return Ok(Some((path.clone(), bytes)));
            }
        }
        Ok(None)
    }

    /// Every `.pdf` file directly in the folder (not in folders below it), by its SHA-256.
    /// Files that cannot be read or are too big are skipped: they are not the signed minutes.
    fn scan(&self) -> Result<HashMap<String, PathBuf>> {
        let entries =
            std::fs::read_dir(self.folder).map_err(|error| io_refusal(self.folder, &error))?;
        let mut by_hash = HashMap::new();
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|entry| entry.ok().map(|entry| entry.path()))
            .filter(|path| {
                path.extension()
                    .is_some_and(|extension| extension.eq_ignore_ascii_case("pdf"))
            })
            .collect();
        // The same file under two names: the first name in name order is reported.
        paths.sort();
        for path in paths {
            let Ok(bytes) = crate::files::read_limited(&path, MAX_MINUTES_PDF_BYTES) else {
                continue;
            };
            by_hash.entry(sha256_hex(&bytes)).or_insert(path);
        }
        Ok(by_hash)
    }
}

/// »Titel« (2026-11-26), … in Danish and "Title" (2026-11-26), … in English: the meetings a
/// refusal is about, by title and day.
fn named_meetings(meetings: &[&MeetingSummary]) -> Bilingual {
    let named = |language| {
        meetings
            .iter()
            .map(|meeting| {
                gavel_messages::message(
                    language,
                    "corePublish-meetingAndDay",
                    &[
                        (
                            "day",
                            meeting
                                .starts_at
                                .date()
                                .format("%Y-%m-%d")
                                .to_string()
                                .into(),
                        ),
                        ("title", (&meeting.title).into()),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    Bilingual {
        da: named(gavel_messages::Language::Danish),
        en: named(gavel_messages::Language::English),
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    crate::event::to_hex(&Sha256::digest(bytes))
}

/// Publishing, as the app and the CLI ask the store for it.
impl crate::store::Store {
    /// The group's public meetings as a static website (`crate::publish`, docs/publish.md).
    pub fn publish_site(
        &self,
        request: &crate::publish::PublishRequest<'_>,
    ) -> crate::error::Result<crate::publish::PublishReport> {
        crate::publish::publish_site(self, request)
    }
}
