//! One page's content stream, written straight into bytes: the page's fills, rules and frames
//! first (so that a table header's tint lies under its text), then all of its text in one text
//! object. The font, size and colour are only set when they change, and glyph ids are written as
//! hex digits from a table, so that a page costs a few microseconds per line.
//!
//! For the tagged PDF, the fills, rules and frames are one artifact, and the text is marked
//! content: each run of text of one structure element is tagged with the element's role and
//! its marked-content id, the running header and footer are pagination artifacts.

use crate::fonts::FontStyle;
use crate::layout::Colour;

use super::embedded_fonts::{EmbeddedFonts, resource_name};
use super::numbers::write_number;

/// The drawing of one page; the buffers are kept from page to page.
pub struct PageContent {
    graphics: Vec<u8>,
    text: Vec<u8>,
    text_state: Option<(FontStyle, f32)>,
    text_colour: Option<Colour>,
    stroke: Option<(Colour, f32)>,
}

impl PageContent {
    pub fn new() -> PageContent {
        PageContent {
            graphics: Vec::with_capacity(4096),
            text: Vec::with_capacity(32 * 1024),
            text_state: None,
            text_colour: None,
            stroke: None,
        }
    }

    /// Starts the next page.
    pub fn clear(&mut self) {
        self.graphics.clear();
        self.text.clear();
        self.text_state = None;
        self.text_colour = None;
        self.stroke = None;
    }

    /// `text` with its baseline starting at (`x`, `y`), PDF user space (points from the bottom
    /// left).
    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        fonts: &EmbeddedFonts,
        text: &str,
        style: FontStyle,
        size: f32,
        colour: Colour,
        x: f32,
        y: f32,
    ) {
        let out = &mut self.text;
        if self.text_state != Some((style, size)) {
            out.extend_from_slice(resource_name(style));
            out.push(b' ');
            write_number(out, f64::from(size), 2);
            out.extend_from_slice(b" Tf\n");
            self.text_state = Some((style, size));
        }
        if self.text_colour != Some(colour) {
            write_colour(out, colour);
            out.extend_from_slice(b" rg\n");
            self.text_colour = Some(colour);
        }
        out.extend_from_slice(b"1 0 0 1 ");
        write_number(out, f64::from(x), 2);
        out.push(b' ');
        write_number(out, f64::from(y), 2);
        out.extend_from_slice(b" Tm ");
        fonts.write_glyphs(out, style, text);
        out.extend_from_slice(b" Tj\n");
    }

    /// Starts marked content tagged `role` with id `mcid` (`/P <</MCID 3>> BDC`); the text up
    /// to [`PageContent::end_marked_content`] belongs to that structure element.
    pub fn begin_tagged_content(&mut self, role: &str, mcid: u32) {
        let out = &mut self.text;
        out.push(b'/');
        out.extend_from_slice(role.as_bytes());
        out.extend_from_slice(b"<</MCID ");
        write_number(out, f64::from(mcid), 0);
        out.extend_from_slice(b">>BDC\n");
    }

    /// Starts text that is not content: the running header or footer (`Some(b"Header")`,
    /// `Some(b"Footer")`, pagination artifacts) or a line repeated after a page break (`None`).
    pub fn begin_artifact(&mut self, pagination: Option<&[u8]>) {
        let out = &mut self.text;
        match pagination {
            Some(subtype) => {
                out.extend_from_slice(b"/Artifact<</Type/Pagination/Subtype/");
                out.extend_from_slice(subtype);
                out.extend_from_slice(b">>BDC\n");
            }
            None => out.extend_from_slice(b"/Artifact BMC\n"),
        }
    }

    pub fn end_marked_content(&mut self) {
        self.text.extend_from_slice(b"EMC\n");
    }

    /// A horizontal rule from `x1` to `x2` at height `y`.
    pub fn rule(&mut self, x1: f32, x2: f32, y: f32, thickness: f32, colour: Colour) {
        self.set_stroke(colour, thickness);
        let out = &mut self.graphics;
        write_number(out, f64::from(x1), 2);
        out.push(b' ');
        write_number(out, f64::from(y), 2);
        out.extend_from_slice(b" m ");
        write_number(out, f64::from(x2), 2);
        out.push(b' ');
        write_number(out, f64::from(y), 2);
        out.extend_from_slice(b" l S\n");
    }

    /// A filled rectangle with its lower left corner at (`x`, `y`).
    pub fn fill(&mut self, x: f32, y: f32, width: f32, height: f32, colour: Colour) {
        let out = &mut self.graphics;
        write_colour(out, colour);
        out.extend_from_slice(b" rg ");
        write_rectangle(out, x, y, width, height);
        out.extend_from_slice(b" re f\n");
    }

    /// A stroked rectangle (a signature box's frame).
    pub fn frame(
        &mut self,
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        thickness: f32,
        colour: Colour,
    ) {
        self.set_stroke(colour, thickness);
        let out = &mut self.graphics;
        write_rectangle(out, x, y, width, height);
        out.extend_from_slice(b" re S\n");
    }

    /// The finished content stream, in the parts it is written from: the graphics as one
    /// artifact (rules, table tints and signature frames are decoration; the structure holds
    /// the tables and fields themselves), then the text.
    pub fn parts(&self) -> [&[u8]; 6] {
        let (artifact_start, artifact_end): (&[u8], &[u8]) = if self.graphics.is_empty() {
            (b"", b"")
        } else {
            (b"/Artifact BMC\n", b"EMC\n")
        };
        let (text_start, text_end): (&[u8], &[u8]) = if self.text.is_empty() {
            (b"", b"")
        } else {
            (b"BT\n", b"ET\n")
        };
        [
            artifact_start,
            &self.graphics,
            artifact_end,
            text_start,
            &self.text,
            text_end,
        ]
    }

    fn set_stroke(&mut self, colour: Colour, thickness: f32) {
        if self.stroke == Some((colour, thickness)) {
            return;
        }
        let out = &mut self.graphics;
        write_colour(out, colour);
        out.extend_from_slice(b" RG ");
        write_number(out, f64::from(thickness), 2);
        out.extend_from_slice(b" w\n");
        self.stroke = Some((colour, thickness));
    }
}

fn write_colour(out: &mut Vec<u8>, colour: Colour) {
    let (r, g, b) = colour.rgb();
    for (index, component) in [r, g, b].into_iter().enumerate() {
        if index > 0 {
            out.push(b' ');
        }
        write_number(out, f64::from(component), 3);
    }
}

fn write_rectangle(out: &mut Vec<u8>, x: f32, y: f32, width: f32, height: f32) {
    for (index, value) in [x, y, width, height].into_iter().enumerate() {
        if index > 0 {
            out.push(b' ');
        }
        write_number(out, f64::from(value), 2);
    }
}
