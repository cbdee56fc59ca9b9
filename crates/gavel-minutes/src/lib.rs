//! Minutes as a signed PDF: layout of a closed meeting's [`Minutes`] on A4 pages with embedded
//! subset fonts, PAdES signing with a PKCS#12 certificate, countersigning, and verification.
//!
//! Layout and signing never touch the database: gavel-core builds the `Minutes` value, this crate
//! turns it into bytes. Everything a caller needs is re-exported here:
//! - [`render_minutes`]: the unsigned PDF, the same bytes for the same minutes, language and date;
//! - [`render_agenda`]: the agenda pack (dagsorden) of a meeting in any phase, unsigned, set as
//!   the minutes are, with one signature box for whoever sends it out;
//! - [`certificate::load_pkcs12`], [`certificate::parse_pkcs12`] (from bytes) and
//!   [`certificate::create_self_signed`]: signing identities;
//! - [`sign_pdf`]: adds one signature as an incremental update (signing and countersigning);
//! - [`verify_pdf`]: checks every signature of a file, and what the revisions after each one
//!   changed ([`ChangesAfterSigning`]);
//! - [`sync_signature`]: the signature over a sync file and the checker imports are given;
//! - [`export_minutes`], [`export_signed_minutes`], [`countersign_minutes`] and
//!   [`check_fingerprint`] (module `export`): the store-to-file path the CLI and the desktop app
//!   share — render, sign, record the signature in the meeting, write; [`export_agenda`], the
//!   agenda pack on the same path, optionally signed, recording nothing.

mod agenda;
pub mod certificate;
mod changes_after_signing;
mod document;
mod error;
mod export;
pub mod fonts;
mod formatted_text;
pub mod layout;
mod pdf_objects;
mod preview;
mod render;
#[doc(hidden)]
pub mod sample;

/// The PDF streams' compression, for the `compression` bench that chose it.
#[doc(hidden)]
pub fn deflate(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    render::deflate_into(&mut out, &[data]);
    out
}
mod sign;
mod signature_warning;
mod signing_certificate_attribute;
pub mod sync_signature;
mod verify;

use chrono::NaiveDateTime;
use gavel_core::minutes::Minutes;

pub use agenda::{
    INFO_AGENDA_OF_MEETING, SENDER_BOX_KIND, agenda_document_title, agenda_file_stem,
    laid_out_agenda_pages, render_agenda,
};
pub use certificate::SigningIdentity;
pub use changes_after_signing::ChangesAfterSigning;
pub use document::{document_title, long_date, page_label};
pub use error::{Error, FileKind, Result};
pub use export::{
    AddedSignature, Countersigned, Destination, FingerprintCheck, SavedAgenda, SavedMinutes,
    Signer, check_fingerprint, countersign_minutes, export_agenda, export_minutes,
    export_signed_minutes, minutes_file_stem,
};
pub use preview::{
    Block, ListItem, Look, MinutesDocument, Piece, SignatureBox, TableRow, Tone, minutes_document,
};
pub use render::{INFO_LOG_FINGERPRINT, INFO_MEETING_ID, PRODUCER, Rendered};
pub use sign::{SignatureRequest, SignedPdf, sign_pdf};
pub use signature_warning::SignatureWarning;
pub use verify::{
    CertificateStatus, MAX_PDF_BYTES, SignatureReport, SignatureVerdict, Verification,
    read_pdf_file, verify_pdf,
};

/// The language the minutes are printed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    Danish,
    English,
}

impl Language {
    /// The BCP 47 code, also written as the PDF's /Lang.
    pub fn code(self) -> &'static str {
        match self {
            Language::Danish => "da",
            Language::English => "en",
        }
    }

    /// "da" or "en" (also "da-DK", "en-GB" …).
    pub fn parse(text: &str) -> Option<Language> {
        let primary = text.split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "da" => Some(Language::Danish),
            "en" => Some(Language::English),
            _ => None,
        }
    }
}

/// What to print the minutes as.
#[derive(Debug, Clone, Copy)]
pub struct RenderOptions {
    pub language: Language,
    /// The PDF's creation date. `None`: the meeting's closing time, so that the same meeting
    /// always gives the same bytes.
    pub document_date: Option<NaiveDateTime>,
}

/// The unsigned minutes PDF and its number of pages, laid out once and drawn page by page.
pub fn render_minutes(minutes: &Minutes, options: RenderOptions) -> Result<Rendered> {
    let laid_out = render::lay_out(minutes, options.language);
    let frame = render::Frame::for_minutes(
        minutes,
        options.language,
        options.document_date.unwrap_or(minutes.closed_at),
    );
    render::render(&frame, laid_out)
}

/// The laid-out pages, for checks of the layout (margins, pagination).
pub fn laid_out_pages(minutes: &Minutes, language: Language) -> Vec<layout::page::Page> {
    render::lay_out(minutes, language).pages
}
