//! From laid-out pages to PDF bytes, written front to back in one pass: the fonts (subsets of
//! exactly the glyphs the pages use, built once), one resource dictionary that every page
//! shares, then each page's content stream, compressed and appended as soon as the page is drawn,
//! and last the page tree, the signature fields, the catalog, the Info dictionary and the
//! cross-reference table. The document id is derived from the meeting, so the same minutes,
//! language and date always give the same bytes.
//!
//! Signing (sign.rs) reads these files with lopdf and appends to them; it finds the regular face
//! by its /BaseFont ending in "+IBMPlexSans" and the signature boxes as /Sig widgets listed in the
//! catalog's /AcroForm.

mod archive;
mod compression;
mod embedded_fonts;
mod numbers;
mod page_content;
mod pdf_file;
mod structure;

use chrono::NaiveDateTime;
use gavel_core::minutes::Minutes;
use sha2::{Digest, Sha256};

use crate::Language;
use crate::document::{self, page_label};
use crate::error::Result;
use crate::fonts::{face, printable};
use crate::layout::page::{Page, paginate};
use crate::layout::text::truncate_to_width;
use crate::layout::{
    CONTENT_HEIGHT, CONTENT_WIDTH, Colour, Flow, MARGIN_LEFT, MARGIN_TOP, Mark, PAGE_HEIGHT,
    PAGE_WIDTH, TextStyle,
};
pub use compression::deflate_into;
use embedded_fonts::{EmbeddedFonts, GlyphUsage};
use numbers::write_number;
use page_content::PageContent;
use pdf_file::{ObjectId, PdfFile, write_name, write_text_string};
use structure::StructureTree;

/// The producer named in the PDF metadata.
pub const PRODUCER: &str = concat!("Gavel ", env!("CARGO_PKG_VERSION"));

/// Custom Info keys that let `verify` find the meeting and the fingerprint the pages print.
pub const INFO_MEETING_ID: &str = "GavelMeetingId";
pub const INFO_LOG_FINGERPRINT: &str = "GavelLogFingerprint";

/// A document laid out once: pages ready to draw.
pub struct LaidOut {
    pub pages: Vec<Page>,
}

pub fn lay_out(minutes: &Minutes, language: Language) -> LaidOut {
    lay_out_flow(document::minutes_flow(minutes, language))
}

/// Cuts any document's flow into pages: the minutes' and the agenda's are set alike.
pub fn lay_out_flow(flow: Flow) -> LaidOut {
    LaidOut {
        pages: paginate(flow.lines, &flow.continuations, CONTENT_HEIGHT),
    }
}

/// What a document prints around its pages and writes into its metadata: the running header
/// and footer, the Info dictionary and the document id. The minutes and the agenda differ only
/// here and in their flow of lines; the drawing is the same.
pub struct Frame {
    pub language: Language,
    /// The PDF's title, also the running header's left text.
    pub title: String,
    /// The running header's right text (the meeting's date).
    pub header_right: String,
    /// The running footer's left text (the page label is on the right).
    pub footer_left: String,
    /// The Info dictionary's Author (the group) and Subject (what kind of document).
    pub author: String,
    pub subject: String,
    /// When the document was made: Info's CreationDate and ModDate, XMP's dates.
    pub created: NaiveDateTime,
    /// Gavel's own Info entries after the standard ones: (key, value), in order.
    pub info: Vec<(&'static str, String)>,
    /// Derived from what the document is, so that it is reproducible.
    pub document_id: Vec<u8>,
}

impl Frame {
    /// The minutes' frame: their title, the meeting's date, the log fingerprint in the footer,
    /// and the meeting id and fingerprint in the Info dictionary for `verify`.
    pub fn for_minutes(
        minutes: &Minutes,
        language: Language,
        document_date: NaiveDateTime,
    ) -> Frame {
        let date = minutes.opened_at.unwrap_or(minutes.starts_at).date();
        let words = document::Words { language };
        let fingerprint_label = words.text("pdfMinutes-logFingerprint");
        let short_fingerprint: String = minutes.log_fingerprint.chars().take(16).collect();
        let subject = words.text("pdfMinutes-subject");
        Frame {
            language,
            title: document::document_title(minutes, language),
            header_right: document::long_date(date, language),
            footer_left: format!(
                "{fingerprint_label} {}…",
                document::grouped_fingerprint(&short_fingerprint)
            ),
            author: minutes.group_name.clone(),
            subject: subject.to_owned(),
            created: document_date,
            info: vec![
                (INFO_MEETING_ID, minutes.meeting_id.to_string()),
                (INFO_LOG_FINGERPRINT, minutes.log_fingerprint.clone()),
            ],
            document_id: document_id(
                b"gavel-minutes\0",
                minutes.meeting_id,
                language,
                &minutes.log_fingerprint,
                document_date,
            ),
        }
    }
}

/// The finished, unsigned PDF and how many pages it has.
pub struct Rendered {
    pub pdf: Vec<u8>,
    pub pages: usize,
}

/// Draws the laid-out pages in their frame. Each page is dropped once it is written.
pub fn render(frame: &Frame, laid_out: LaidOut) -> Result<Rendered> {
    let language = frame.language;
    let pages = laid_out.pages;
    let page_count = pages.len();
    let running = RunningText::new(frame);

    let mut usage = GlyphUsage::new();
    for page in &pages {
        for placed in &page.lines {
            for mark in &placed.line.marks {
                if let Mark::Text { text, style, .. } = mark {
                    usage.add(*style, text);
                }
            }
        }
    }
    running.add_glyphs(&mut usage, page_count);
    usage.add_space_to_used_faces();

    // About 2.5 KB a page once compressed, plus the fonts.
    let mut file = PdfFile::new(64 * 1024 + page_count * 3 * 1024);
    let catalog = file.allocate();
    let page_tree = file.allocate();
    let fonts = EmbeddedFonts::write(&mut file, usage)?;
    let resources = file.allocate();
    file.object(resources, |out| {
        out.extend_from_slice(b"<</Font<<");
        fonts.write_resource_entries(out);
        out.extend_from_slice(b">>>>");
    });

    let mut page_ids = Vec::with_capacity(page_count);
    let mut signature_fields = Vec::new();
    let mut content = PageContent::new();
    let mut structure = StructureTree::new(&mut file);
    // A signature box's empty appearance, until signing draws its stamp (PDF/A wants every
    // visible annotation to have one).
    let empty_appearance = file.allocate();
    file.stream(
        empty_appearance,
        b"/Type/XObject/Subtype/Form/BBox[0 0 1 1]",
        &[],
        false,
    );
    for (index, page) in pages.into_iter().enumerate() {
        content.clear();
        structure.begin_page();
        running.draw(&mut content, &fonts, index + 1, page_count);
        let page_id = file.allocate();
        let mut slots = Vec::new();
        // The structure element whose marked content is open in the text, if any.
        let mut open: Option<Open> = None;
        for placed in &page.lines {
            let line_top = PAGE_HEIGHT - MARGIN_TOP - placed.top;
            let mut new_line = true;
            // The element and cell of the line's previous text.
            let mut previous: Option<(usize, u8)> = None;
            for mark in &placed.line.marks {
                if let Mark::Text { text, cell, .. } = mark {
                    let element =
                        structure.element_for(&mut file, &placed.line.tag, *cell, line_top);
                    // Text that goes on from an earlier line of its cell starts with the space
                    // the line break stands for, set just left of it: invisible, but text
                    // extraction and screen readers read the words apart.
                    let continues = element.is_some_and(|element| {
                        previous != Some((element, *cell)) && structure.has_content(element, *cell)
                    });
                    previous = element.map(|element| (element, *cell));
                    let wanted = match element {
                        Some(element) => Open::Element(element, *cell),
                        None => Open::Artifact,
                    };
                    if open != Some(wanted) {
                        if open.is_some() {
                            content.end_marked_content();
                        }
                        match wanted {
                            Open::Element(element, cell) => {
                                let marked = structure.add_content(element, cell);
                                content.begin_tagged_content(marked.role, marked.mcid);
                            }
                            Open::Artifact => content.begin_artifact(None),
                        }
                        open = Some(wanted);
                    }
                    if let Some(element) = element {
                        structure.add_text(element, text, new_line);
                    }
                    new_line = false;
                    if continues {
                        draw_continued_text(&mut content, &fonts, mark, line_top, &placed.line);
                        continue;
                    }
                }
                draw_mark(&mut content, &fonts, mark, line_top, &placed.line);
                if let Mark::SignatureSlot {
                    x,
                    width,
                    height,
                    name,
                    description,
                } = mark
                {
                    let left = MARGIN_LEFT + x;
                    let widget = file.allocate();
                    let key = structure.add_annotation(&mut file, widget, description);
                    slots.push(SignatureWidget {
                        object: widget,
                        name: name.clone(),
                        description: description.clone(),
                        rect: [left, line_top - height, left + width, line_top],
                        struct_parent: key,
                    });
                }
            }
        }
        if open.is_some() {
            content.end_marked_content();
        }
        drop(page);
        let content_id = file.allocate();
        file.stream(content_id, b"", &content.parts(), true);
        let widgets: Vec<ObjectId> = slots.iter().map(|slot| slot.object).collect();
        file.object(page_id, |out| {
            out.extend_from_slice(b"<</Type/Page/Parent ");
            page_tree.write_reference(out);
            out.extend_from_slice(b"/MediaBox[0 0 ");
            write_number(out, f64::from(PAGE_WIDTH), 3);
            out.push(b' ');
            write_number(out, f64::from(PAGE_HEIGHT), 3);
            out.extend_from_slice(b"]/Resources ");
            resources.write_reference(out);
            out.extend_from_slice(b"/Contents ");
            content_id.write_reference(out);
            out.extend_from_slice(b"/StructParents ");
            write_number(out, index as f64, 0);
            if !widgets.is_empty() {
                // Tab through the fields in the structure's order (PDF/UA).
                out.extend_from_slice(b"/Tabs/S/Annots[");
                write_references(out, &widgets);
                out.push(b']');
            }
            out.extend_from_slice(b">>");
        });
        for slot in &slots {
            write_signature_widget(&mut file, slot, page_id, empty_appearance);
        }
        signature_fields.extend(widgets);
        page_ids.push(page_id);
    }
    let written_structure = structure.write(&mut file, &page_ids);
    let metadata = archive::write_metadata(&mut file, frame);
    let output_intent = archive::write_output_intent(&mut file);

    file.object(page_tree, |out| {
        out.extend_from_slice(b"<</Type/Pages/Kids[");
        write_references(out, &page_ids);
        out.extend_from_slice(b"]/Count ");
        write_number(out, page_ids.len() as f64, 0);
        out.extend_from_slice(b">>");
    });
    file.object(catalog, |out| {
        out.extend_from_slice(b"<</Type/Catalog/Pages ");
        page_tree.write_reference(out);
        out.extend_from_slice(b"/Lang");
        write_text_string(out, language.code());
        out.extend_from_slice(b"/ViewerPreferences<</DisplayDocTitle true>>");
        out.extend_from_slice(b"/MarkInfo<</Marked true>>/StructTreeRoot ");
        written_structure.tree_root.write_reference(out);
        if let Some(outlines) = written_structure.outlines {
            out.extend_from_slice(b"/Outlines ");
            outlines.write_reference(out);
        }
        out.extend_from_slice(b"/Metadata ");
        metadata.write_reference(out);
        out.extend_from_slice(b"/OutputIntents[");
        out.extend_from_slice(&output_intent);
        out.push(b']');
        if !signature_fields.is_empty() {
            out.extend_from_slice(b"/AcroForm<</Fields[");
            write_references(out, &signature_fields);
            out.extend_from_slice(b"]>>");
        }
        out.extend_from_slice(b">>");
    });
    let info = file.allocate();
    file.object(info, |out| write_info(out, frame));
    let pdf = file.finish(catalog, info, &frame.document_id);
    Ok(Rendered {
        pdf,
        pages: page_count,
    })
}

/// PDF date string "D:20260917115500" for a local time (the meeting room's, as stored).
pub fn pdf_date(time: NaiveDateTime) -> String {
    time.format("D:%Y%m%d%H%M%S").to_string()
}

fn write_references(out: &mut Vec<u8>, ids: &[ObjectId]) {
    for (index, id) in ids.iter().enumerate() {
        if index > 0 {
            out.push(b' ');
        }
        id.write_reference(out);
    }
}

/// A text mark drawn after a space of its own, just left of where the text starts: the text
/// itself is drawn exactly where it was, so the page looks the same to the last pixel.
fn draw_continued_text(
    content: &mut PageContent,
    fonts: &EmbeddedFonts,
    mark: &Mark,
    line_top: f32,
    line: &crate::layout::Line,
) {
    if let Mark::Text {
        x,
        style,
        size,
        colour,
        ..
    } = mark
    {
        let space = face(*style).char_width(' ', *size);
        content.text(
            fonts,
            " ",
            *style,
            *size,
            *colour,
            MARGIN_LEFT + x - space,
            line_top - line.baseline,
        );
    }
    draw_mark(content, fonts, mark, line_top, line);
}

/// Which marked content is open in a page's text.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Open {
    /// The content of a structure element's cell.
    Element(usize, u8),
    Artifact,
}

/// A signature box of a page, as its widget is written.
struct SignatureWidget {
    object: ObjectId,
    name: String,
    description: String,
    rect: [f32; 4],
    /// Its key in the structure's parent tree.
    struct_parent: usize,
}

/// An empty signature field over a box of the signature page; signing fills it. `/TU` is what
/// a screen reader says of it; `/StructParent` leads to its Form element.
fn write_signature_widget(
    file: &mut PdfFile,
    widget: &SignatureWidget,
    page: ObjectId,
    appearance: ObjectId,
) {
    file.object(widget.object, |out| {
        out.extend_from_slice(b"<</Type/Annot/Subtype/Widget/FT/Sig/T");
        write_text_string(out, &widget.name);
        out.extend_from_slice(b"/TU");
        write_text_string(out, &widget.description);
        out.extend_from_slice(b"/Rect[");
        for (index, value) in widget.rect.iter().enumerate() {
            if index > 0 {
                out.push(b' ');
            }
            write_number(out, f64::from(*value), 3);
        }
        // Print flag: the stamp is printed with the page.
        out.extend_from_slice(b"]/F 4/P ");
        page.write_reference(out);
        out.extend_from_slice(b"/StructParent ");
        write_number(out, widget.struct_parent as f64, 0);
        out.extend_from_slice(b"/AP<</N ");
        appearance.write_reference(out);
        out.extend_from_slice(b">>>>");
    });
}

/// The Info dictionary; the XMP metadata (archive.rs) says the same of the standard entries.
fn write_info(out: &mut Vec<u8>, frame: &Frame) {
    out.extend_from_slice(b"<<");
    let date = pdf_date(frame.created);
    for (key, value) in [
        ("Title", frame.title.as_str()),
        ("Author", &frame.author),
        ("Subject", &frame.subject),
        ("Creator", PRODUCER),
        ("Producer", PRODUCER),
        ("CreationDate", &date),
        ("ModDate", &date),
    ] {
        write_name(out, key);
        write_text_string(out, value);
    }
    for (key, value) in &frame.info {
        write_name(out, key);
        write_text_string(out, value);
    }
    out.extend_from_slice(b">>");
}

/// A document id derived from what the document is (`kind` tells the minutes from the agenda of
/// the same meeting), so it is reproducible.
pub fn document_id(
    kind: &[u8],
    meeting_id: uuid::Uuid,
    language: Language,
    log_fingerprint: &str,
    document_date: NaiveDateTime,
) -> Vec<u8> {
    let mut hasher = Sha256::new();
    hasher.update(kind);
    hasher.update(meeting_id.as_bytes());
    hasher.update(language.code().as_bytes());
    hasher.update(log_fingerprint.as_bytes());
    hasher.update(pdf_date(document_date).as_bytes());
    hasher.finalize()[..16].to_vec()
}

fn draw_mark(
    content: &mut PageContent,
    fonts: &EmbeddedFonts,
    mark: &Mark,
    line_top: f32,
    line: &crate::layout::Line,
) {
    match mark {
        Mark::Text {
            x,
            text,
            style,
            size,
            colour,
            ..
        } => content.text(
            fonts,
            text,
            *style,
            *size,
            *colour,
            MARGIN_LEFT + x,
            line_top - line.baseline,
        ),
        Mark::Rule {
            x,
            width,
            y,
            thickness,
            colour,
        } => content.rule(
            MARGIN_LEFT + x,
            MARGIN_LEFT + x + width,
            line_top - y,
            *thickness,
            *colour,
        ),
        Mark::Fill { x, width, colour } => content.fill(
            MARGIN_LEFT + x,
            line_top - line.height,
            *width,
            line.height,
            *colour,
        ),
        // A light frame, so that a printout shows where each signature belongs; a signature
        // stamp is drawn inside it.
        Mark::SignatureSlot {
            x, width, height, ..
        } => content.frame(
            MARGIN_LEFT + x,
            line_top - height,
            *width,
            *height,
            0.6,
            Colour::RuleLight,
        ),
    }
}

/// The running header and footer.
struct RunningText {
    header_left: String,
    header_right: String,
    footer_left: String,
    language: Language,
}

const RUNNING_STYLE: TextStyle = TextStyle::SMALL;
const HEADER_BASELINE_FROM_TOP: f32 = 44.0;
const HEADER_RULE_FROM_TOP: f32 = 52.0;
const FOOTER_RULE_FROM_BOTTOM: f32 = 48.0;
const FOOTER_BASELINE_FROM_BOTTOM: f32 = 34.0;

impl RunningText {
    fn new(frame: &Frame) -> RunningText {
        let half = CONTENT_WIDTH / 2.0 - 12.0;
        let header_left = truncate_to_width(
            &printable(&frame.title),
            RUNNING_STYLE.style,
            RUNNING_STYLE.size,
            CONTENT_WIDTH * 0.62,
        );
        let header_right = truncate_to_width(
            &frame.header_right,
            RUNNING_STYLE.style,
            RUNNING_STYLE.size,
            CONTENT_WIDTH * 0.38 - 12.0,
        );
        let footer_left = truncate_to_width(
            &printable(&frame.footer_left),
            RUNNING_STYLE.style,
            RUNNING_STYLE.size,
            half,
        );
        RunningText {
            header_left,
            header_right,
            footer_left,
            language: frame.language,
        }
    }

    /// Notes the glyphs of the header and footer of every page: the page labels differ only
    /// in their digits, so the first and the last label carry every character they use.
    fn add_glyphs(&self, usage: &mut GlyphUsage, pages: usize) {
        for text in [&self.header_left, &self.header_right, &self.footer_left] {
            usage.add(RUNNING_STYLE.style, text);
        }
        usage.add(RUNNING_STYLE.style, &page_label(self.language, 1, pages));
        usage.add(RUNNING_STYLE.style, "0123456789");
    }

    fn draw(&self, content: &mut PageContent, fonts: &EmbeddedFonts, page: usize, pages: usize) {
        let right_edge = PAGE_WIDTH - crate::layout::MARGIN_RIGHT;
        let width = |text: &str| face(RUNNING_STYLE.style).text_width(text, RUNNING_STYLE.size);
        let header_y = PAGE_HEIGHT - HEADER_BASELINE_FROM_TOP;
        let TextStyle {
            style,
            size,
            colour,
            ..
        } = RUNNING_STYLE;
        content.rule(
            MARGIN_LEFT,
            right_edge,
            PAGE_HEIGHT - HEADER_RULE_FROM_TOP,
            0.8,
            Colour::Accent,
        );
        content.rule(
            MARGIN_LEFT,
            right_edge,
            FOOTER_RULE_FROM_BOTTOM,
            0.4,
            Colour::RuleLight,
        );
        let label = page_label(self.language, page, pages);
        for (index, (text, x, y)) in [
            (&self.header_left, MARGIN_LEFT, header_y),
            (
                &self.header_right,
                right_edge - width(&self.header_right),
                header_y,
            ),
            (&self.footer_left, MARGIN_LEFT, FOOTER_BASELINE_FROM_BOTTOM),
            (
                &label,
                right_edge - width(&label),
                FOOTER_BASELINE_FROM_BOTTOM,
            ),
        ]
        .into_iter()
        .enumerate()
        {
            // The first two are the header, the last two the footer.
            match index {
                0 => content.begin_artifact(Some(b"Header")),
                2 => {
                    content.end_marked_content();
                    content.begin_artifact(Some(b"Footer"));
                }
                _ => {}
            }
            content.text(fonts, text, style, size, colour, x, y);
        }
        content.end_marked_content();
    }
}
