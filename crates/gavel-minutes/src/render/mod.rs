//! From laid-out pages to PDF bytes: printpdf draws the pages with the subset fonts, then the
//! lopdf document it builds is finished by hand — PDF 1.7 header, our own Info dictionary and
//! document id (printpdf's are random or 1970), the catalog's language, and one empty signature
//! field per box on the signature page — so that the same minutes, language and date always give
//! the same bytes.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDateTime;
use gavel_core::minutes::Minutes;
use lopdf::{Dictionary, Object, StringFormat};
use printpdf::{
    Color, FontId, Line as PdfLine, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Pt, Rect, Rgb, TextItem,
};
use sha2::{Digest, Sha256};

use crate::Language;
use crate::document::{self, page_label};
use crate::error::{Error, Result};
use crate::fonts::{FontStyle, face, printable};
use crate::layout::page::{Page, paginate};
use crate::layout::text::truncate_to_width;
use crate::layout::{
    CONTENT_HEIGHT, CONTENT_WIDTH, Colour, MARGIN_LEFT, MARGIN_TOP, Mark, PAGE_HEIGHT, PAGE_WIDTH,
    TextStyle,
};

/// The producer named in the PDF metadata.
pub const PRODUCER: &str = concat!("Gavel ", env!("CARGO_PKG_VERSION"));

/// Custom Info keys that let `verify` find the meeting and the fingerprint the pages print.
pub const INFO_MEETING_ID: &str = "GavelMeetingId";
pub const INFO_LOG_FINGERPRINT: &str = "GavelLogFingerprint";

/// A signature box on the signature page, in PDF user space (points from the bottom left).
#[derive(Debug, Clone, PartialEq)]
pub struct SignatureBox {
    pub field_name: String,
    /// 0-based.
    pub page_index: usize,
    pub rect: [f32; 4],
}

/// The laid-out minutes: pages ready to draw.
pub struct LaidOut {
    pub pages: Vec<Page>,
}

pub fn lay_out(minutes: &Minutes, language: Language) -> LaidOut {
    let flow = document::minutes_flow(minutes, language);
    LaidOut {
        pages: paginate(&flow.lines, &flow.continuations, CONTENT_HEIGHT),
    }
}

/// The finished, unsigned PDF.
pub fn render(
    minutes: &Minutes,
    language: Language,
    laid_out: &LaidOut,
    document_date: NaiveDateTime,
) -> Result<Vec<u8>> {
    let title = document::document_title(minutes, language);
    let page_count = laid_out.pages.len();
    let running = RunningText::new(minutes, language);

    // Which characters each face must carry.
    let mut characters: BTreeMap<FontStyle, BTreeSet<char>> = BTreeMap::new();
    for page in &laid_out.pages {
        for placed in &page.lines {
            for mark in &placed.line.marks {
                if let Mark::Text { text, style, .. } = mark {
                    characters.entry(*style).or_default().extend(text.chars());
                }
            }
        }
    }
    for page_number in 1..=page_count {
        for (text, style) in running.texts(page_number, page_count) {
            characters
                .entry(style.style)
                .or_default()
                .extend(text.chars());
        }
    }

    let mut pdf = PdfDocument::new(&title);
    let mut font_ids = BTreeMap::new();
    for (index, (style, used)) in characters.iter().enumerate() {
        let subset = face(*style).subset(used)?;
        // Fixed resource names instead of printpdf's random ones, for reproducible bytes.
        let id = FontId(format!("F{}", index + 1));
        pdf.resources
            .fonts
            .map
            .insert(id.clone(), printpdf::PdfFont::new(subset));
        font_ids.insert(*style, id);
    }

    let mut signature_boxes = Vec::new();
    let pages: Vec<PdfPage> = laid_out
        .pages
        .iter()
        .enumerate()
        .map(|(index, page)| {
            let mut ops = Vec::new();
            running.draw(&mut ops, &font_ids, index + 1, page_count);
            for placed in &page.lines {
                let line_top = PAGE_HEIGHT - MARGIN_TOP - placed.top;
                for mark in &placed.line.marks {
                    draw_mark(
                        &mut ops,
                        &font_ids,
                        mark,
                        line_top,
                        placed.line.height,
                        placed.line.baseline,
                    );
                    if let Mark::SignatureSlot {
                        x,
                        width,
                        height,
                        name,
                    } = mark
                    {
                        let left = MARGIN_LEFT + x;
                        signature_boxes.push(SignatureBox {
                            field_name: name.clone(),
                            page_index: index,
                            rect: [left, line_top - height, left + width, line_top],
                        });
                    }
                }
            }
            PdfPage::new(Mm(210.0), Mm(297.0), ops)
        })
        .collect();
    pdf.with_pages(pages);

    let options = PdfSaveOptions {
        optimize: false,
        subset_fonts: false,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut document = pdf.to_lopdf_document(&options, &mut warnings);
    finish_document(
        &mut document,
        minutes,
        language,
        &title,
        document_date,
        &signature_boxes,
    )?;
    document.compress();
    let mut bytes = Vec::new();
    document
        .save_to(&mut bytes)
        .map_err(|error| Error::Layout(format!("cannot write the PDF: {error}")))?;
    Ok(bytes)
}

/// PDF date string "D:20260917115500" for a local time (the meeting room's, as stored).
pub fn pdf_date(time: NaiveDateTime) -> String {
    time.format("D:%Y%m%d%H%M%S").to_string()
}

fn finish_document(
    document: &mut lopdf::Document,
    minutes: &Minutes,
    language: Language,
    title: &str,
    document_date: NaiveDateTime,
    signature_boxes: &[SignatureBox],
) -> Result<()> {
    document.version = "1.7".to_owned();

    let date = Object::String(pdf_date(document_date).into_bytes(), StringFormat::Literal);
    let mut info = Dictionary::new();
    info.set("Title", lopdf::text_string(title));
    info.set("Author", lopdf::text_string(&minutes.group_name));
    info.set(
        "Subject",
        lopdf::text_string(match language {
            Language::Danish => "Referat af styregruppemøde",
            Language::English => "Minutes of a steering-group meeting",
        }),
    );
    info.set("Creator", lopdf::text_string(PRODUCER));
    info.set("Producer", lopdf::text_string(PRODUCER));
    info.set("CreationDate", date.clone());
    info.set("ModDate", date);
    info.set(
        INFO_MEETING_ID,
        lopdf::text_string(&minutes.meeting_id.to_string()),
    );
    info.set(
        INFO_LOG_FINGERPRINT,
        lopdf::text_string(&minutes.log_fingerprint),
    );
    let info_id = document.add_object(info);
    // printpdf's Info (1970 dates, an empty /GTS_PDFXVersion) is replaced, not edited.
    if let Ok(old_info) = document.trailer.get(b"Info").and_then(Object::as_reference) {
        document.objects.remove(&old_info);
    }
    document.trailer.set("Info", Object::Reference(info_id));

    // A document id derived from what the document is, so it is reproducible.
    let mut hasher = Sha256::new();
    hasher.update(b"gavel-minutes\0");
    hasher.update(minutes.meeting_id.as_bytes());
    hasher.update(language.code().as_bytes());
    hasher.update(minutes.log_fingerprint.as_bytes());
    hasher.update(pdf_date(document_date).as_bytes());
    let id = hasher.finalize()[..16].to_vec();
    document.trailer.set(
        "ID",
        Object::Array(vec![
            Object::String(id.clone(), StringFormat::Hexadecimal),
            Object::String(id, StringFormat::Hexadecimal),
        ]),
    );

    let pages = document.get_pages();
    let mut fields = Vec::new();
    for signature_box in signature_boxes {
        let page_number = u32::try_from(signature_box.page_index + 1).unwrap_or(u32::MAX);
        let Some(page_id) = pages.get(&page_number).copied() else {
            continue;
        };
        let mut widget = Dictionary::new();
        widget.set("Type", Object::Name(b"Annot".to_vec()));
        widget.set("Subtype", Object::Name(b"Widget".to_vec()));
        widget.set("FT", Object::Name(b"Sig".to_vec()));
        widget.set("T", lopdf::text_string(&signature_box.field_name));
        widget.set(
            "Rect",
            Object::Array(
                signature_box
                    .rect
                    .iter()
                    .map(|v| Object::Real(*v))
                    .collect(),
            ),
        );
        // Print flag: the stamp is printed with the page.
        widget.set("F", Object::Integer(4));
        widget.set("P", Object::Reference(page_id));
        let widget_id = document.add_object(widget);
        fields.push(Object::Reference(widget_id));
        let page = document
            .get_object_mut(page_id)
            .and_then(Object::as_dict_mut)
            .map_err(|error| Error::Layout(format!("page object: {error}")))?;
        match page.get_mut(b"Annots") {
            Ok(Object::Array(annotations)) => annotations.push(Object::Reference(widget_id)),
            _ => page.set("Annots", Object::Array(vec![Object::Reference(widget_id)])),
        }
    }

    let catalog = document
        .catalog_mut()
        .map_err(|error| Error::Layout(format!("catalog: {error}")))?;
    catalog.remove(b"OutputIntents");
    catalog.remove(b"Metadata");
    catalog.set("Lang", lopdf::text_string(language.code()));
    let mut preferences = Dictionary::new();
    preferences.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(preferences));
    if !fields.is_empty() {
        let mut acro_form = Dictionary::new();
        acro_form.set("Fields", Object::Array(fields));
        catalog.set("AcroForm", Object::Dictionary(acro_form));
    }
    Ok(())
}

fn pdf_colour(colour: Colour) -> Color {
    let (r, g, b) = colour.rgb();
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

fn text_ops(
    ops: &mut Vec<Op>,
    font_ids: &BTreeMap<FontStyle, FontId>,
    text: &str,
    text_style: TextStyle,
    x: f32,
    y: f32,
) {
    let TextStyle {
        style,
        size,
        colour,
        ..
    } = text_style;
    let Some(font) = font_ids.get(&style) else {
        return;
    };
    ops.push(Op::StartTextSection);
    ops.push(Op::SetFillColor {
        col: pdf_colour(colour),
    });
    ops.push(Op::SetFont {
        font: PdfFontHandle::External(font.clone()),
        size: Pt(size),
    });
    ops.push(Op::SetTextCursor {
        pos: Point { x: Pt(x), y: Pt(y) },
    });
    ops.push(Op::ShowText {
        items: vec![TextItem::Text(text.to_owned())],
    });
    ops.push(Op::EndTextSection);
}

fn rule_ops(ops: &mut Vec<Op>, x1: f32, x2: f32, y: f32, thickness: f32, colour: Colour) {
    ops.push(Op::SetOutlineColor {
        col: pdf_colour(colour),
    });
    ops.push(Op::SetOutlineThickness { pt: Pt(thickness) });
    ops.push(Op::DrawLine {
        line: PdfLine {
            points: vec![
                LinePoint {
                    p: Point {
                        x: Pt(x1),
                        y: Pt(y),
                    },
                    bezier: false,
                },
                LinePoint {
                    p: Point {
                        x: Pt(x2),
                        y: Pt(y),
                    },
                    bezier: false,
                },
            ],
            is_closed: false,
        },
    });
}

fn draw_mark(
    ops: &mut Vec<Op>,
    font_ids: &BTreeMap<FontStyle, FontId>,
    mark: &Mark,
    line_top: f32,
    line_height: f32,
    baseline: f32,
) {
    match mark {
        Mark::Text {
            x,
            text,
            style,
            size,
            colour,
        } => text_ops(
            ops,
            font_ids,
            text,
            TextStyle {
                style: *style,
                size: *size,
                line_height: 0.0,
                colour: *colour,
            },
            MARGIN_LEFT + x,
            line_top - baseline,
        ),
        Mark::Rule {
            x,
            width,
            y,
            thickness,
            colour,
        } => rule_ops(
            ops,
            MARGIN_LEFT + x,
            MARGIN_LEFT + x + width,
            line_top - y,
            *thickness,
            *colour,
        ),
        Mark::Fill { x, width, colour } => {
            ops.push(Op::SetFillColor {
                col: pdf_colour(*colour),
            });
            ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(MARGIN_LEFT + x),
                    y: Pt(line_top - line_height),
                    width: Pt(*width),
                    height: Pt(line_height),
                    mode: Some(PaintMode::Fill),
                    winding_order: None,
                },
            });
        }
        Mark::SignatureSlot {
            x, width, height, ..
        } => {
            // A light frame, so that a printout shows where each signature belongs; a signature
            // stamp is drawn inside it.
            ops.push(Op::SetOutlineColor {
                col: pdf_colour(Colour::RuleLight),
            });
            ops.push(Op::SetOutlineThickness { pt: Pt(0.6) });
            ops.push(Op::DrawRectangle {
                rectangle: Rect {
                    x: Pt(MARGIN_LEFT + x),
                    y: Pt(line_top - height),
                    width: Pt(*width),
                    height: Pt(*height),
                    mode: Some(PaintMode::Stroke),
                    winding_order: None,
                },
            });
        }
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
    fn new(minutes: &Minutes, language: Language) -> RunningText {
        let date = minutes.opened_at.unwrap_or(minutes.starts_at).date();
        let half = CONTENT_WIDTH / 2.0 - 12.0;
        let header_left = truncate_to_width(
            &printable(&document::document_title(minutes, language)),
            RUNNING_STYLE.style,
            RUNNING_STYLE.size,
            CONTENT_WIDTH * 0.62,
        );
        let header_right = truncate_to_width(
            &document::long_date(date, language),
            RUNNING_STYLE.style,
            RUNNING_STYLE.size,
            CONTENT_WIDTH * 0.38 - 12.0,
        );
        let fingerprint_label = match language {
            Language::Danish => "Logfingeraftryk",
            Language::English => "Log fingerprint",
        };
        let short_fingerprint: String = minutes.log_fingerprint.chars().take(16).collect();
        let footer_left = truncate_to_width(
            &printable(&format!(
                "{fingerprint_label} {}…",
                document::grouped_fingerprint(&short_fingerprint)
            )),
            RUNNING_STYLE.style,
            RUNNING_STYLE.size,
            half,
        );
        RunningText {
            header_left,
            header_right,
            footer_left,
            language,
        }
    }

    fn texts(&self, page: usize, pages: usize) -> Vec<(String, TextStyle)> {
        vec![
            (self.header_left.clone(), RUNNING_STYLE),
            (self.header_right.clone(), RUNNING_STYLE),
            (self.footer_left.clone(), RUNNING_STYLE),
            (page_label(self.language, page, pages), RUNNING_STYLE),
        ]
    }

    fn draw(
        &self,
        ops: &mut Vec<Op>,
        font_ids: &BTreeMap<FontStyle, FontId>,
        page: usize,
        pages: usize,
    ) {
        let right_edge = PAGE_WIDTH - crate::layout::MARGIN_RIGHT;
        let width = |text: &str| face(RUNNING_STYLE.style).text_width(text, RUNNING_STYLE.size);
        let header_y = PAGE_HEIGHT - HEADER_BASELINE_FROM_TOP;
        text_ops(
            ops,
            font_ids,
            &self.header_left,
            RUNNING_STYLE,
            MARGIN_LEFT,
            header_y,
        );
        text_ops(
            ops,
            font_ids,
            &self.header_right,
            RUNNING_STYLE,
            right_edge - width(&self.header_right),
            header_y,
        );
        rule_ops(
            ops,
            MARGIN_LEFT,
            right_edge,
            PAGE_HEIGHT - HEADER_RULE_FROM_TOP,
            0.8,
            Colour::Accent,
        );
        rule_ops(
            ops,
            MARGIN_LEFT,
            right_edge,
            FOOTER_RULE_FROM_BOTTOM,
            0.4,
            Colour::RuleLight,
        );
        text_ops(
            ops,
            font_ids,
            &self.footer_left,
            RUNNING_STYLE,
            MARGIN_LEFT,
            FOOTER_BASELINE_FROM_BOTTOM,
        );
        let label = page_label(self.language, page, pages);
        text_ops(
            ops,
            font_ids,
            &label,
            RUNNING_STYLE,
            right_edge - width(&label),
            FOOTER_BASELINE_FROM_BOTTOM,
        );
    }
}
