//! The minutes' typeface, IBM Plex Sans (SIL OFL 1.1, the typeface of Det Fælles Designsystem and
//! of Gavel's UI), compiled into the binary, measured for layout and subset for embedding.
//!
//! printpdf 0.12 without its `text_layout` feature embeds a font whole (~200 KB per face). We
//! subset each face with allsorts first — only the glyphs the document uses, plus the Latin-1
//! range in the regular face so that a signature stamp added later can print any Danish name with
//! the font already in the file — and hand printpdf the subset, named with a `XXXXXX+` tag as
//! ISO 32000-1, 9.6.4 asks. The tag is derived from the glyph set, so the same document gives
//! the same bytes.

use std::sync::OnceLock;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile};
use printpdf::ParsedFont;
use sha2::{Digest, Sha256};

use gavel_core::rules::Bilingual;

use crate::error::{Error, Result};

const REGULAR: &[u8] = include_bytes!("../../../assets/fonts/IBMPlexSans-Regular.ttf");
const SEMIBOLD: &[u8] = include_bytes!("../../../assets/fonts/IBMPlexSans-SemiBold.ttf");
const ITALIC: &[u8] = include_bytes!("../../../assets/fonts/IBMPlexSans-Italic.ttf");

/// The faces the minutes use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FontStyle {
    Regular,
    SemiBold,
    Italic,
}

impl FontStyle {
    pub const ALL: [FontStyle; 3] = [FontStyle::Regular, FontStyle::SemiBold, FontStyle::Italic];

    /// The PostScript name of the face, used as /BaseFont after the subset tag.
    pub fn postscript_name(self) -> &'static str {
        match self {
            FontStyle::Regular => "IBMPlexSans",
            FontStyle::SemiBold => "IBMPlexSans-SemiBold",
            FontStyle::Italic => "IBMPlexSans-Italic",
        }
    }

    fn bytes(self) -> &'static [u8] {
        match self {
            FontStyle::Regular => REGULAR,
            FontStyle::SemiBold => SEMIBOLD,
            FontStyle::Italic => ITALIC,
        }
    }
}

/// One parsed face: glyph lookup and advance widths for measuring text and drawing it.
pub struct FontFace {
    style: FontStyle,
    parsed: ParsedFont,
    units_per_em: f32,
    /// Glyph id and advance of every code point below [`DENSE_CODE_POINTS`], by code point:
    /// layout measures every character and drawing writes every glyph id, so the common ones
    /// are an array index away instead of a tree lookup. Glyph 0 means "no glyph".
    dense: Vec<Glyph>,
}

/// A glyph of a face: its id and its advance in font units.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Glyph {
    pub id: u16,
    pub advance: u16,
}

/// Latin, Greek, Cyrillic and the general punctuation, currency and letter-like symbols (–, ’,
/// “, …, •, €): what Danish and English minutes print, in the dense table.
const DENSE_CODE_POINTS: u32 = 0x2200;

impl FontFace {
    /// The width of `text` at `size` points: the sum of the glyph advances (no kerning, which
    /// only ever makes real text narrower, so a line measured this way never overflows).
    pub fn text_width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|ch| self.glyph(ch).map_or(0, |glyph| u32::from(glyph.advance)))
            .sum();
        units as f32 * size / self.units_per_em
    }

    pub fn char_width(&self, ch: char, size: f32) -> f32 {
        let advance = self.glyph(ch).map_or(0, |glyph| glyph.advance);
        f32::from(advance) * size / self.units_per_em
    }

    pub fn has_glyph(&self, ch: char) -> bool {
        self.glyph(ch).is_some()
    }

    /// The glyph that draws `ch`, if the face has one.
    pub fn glyph(&self, ch: char) -> Option<Glyph> {
        let code_point = u32::from(ch);
        let glyph = match self.dense.get(code_point as usize) {
            Some(glyph) => *glyph,
            None => {
                let id = self.parsed.lookup_glyph_index(code_point)?;
                Glyph {
                    id,
                    advance: self.parsed.get_glyph_width(id).unwrap_or(0),
                }
            }
        };
        (glyph.id != 0).then_some(glyph)
    }

    /// The advance of glyph `id` in thousandths of an em, as a PDF font's /W array gives it.
    pub fn advance_per_mille(&self, id: u16) -> u32 {
        let advance = f32::from(self.parsed.get_glyph_width(id).unwrap_or(0));
        (advance * 1000.0 / self.units_per_em).round() as u32
    }

    pub fn style(&self) -> FontStyle {
        self.style
    }

    /// The metrics a PDF font descriptor states, from the face's tables.
    pub fn descriptor_metrics(&self) -> DescriptorMetrics {
        let metrics = &self.parsed.pdf_font_metrics;
        let per_mille = |units: i32| (units as f32 * 1000.0 / self.units_per_em).round() as i32;
        let italic_angle = if metrics.caret_slope_rise == 0 {
            0
        } else {
            -(f32::from(metrics.caret_slope_run))
                .atan2(f32::from(metrics.caret_slope_rise))
                .to_degrees()
                .round() as i32
        };
        DescriptorMetrics {
            bounding_box: [
                per_mille(i32::from(metrics.x_min)),
                per_mille(i32::from(metrics.y_min)),
                per_mille(i32::from(metrics.x_max)),
                per_mille(i32::from(metrics.y_max)),
            ],
            ascent: per_mille(i32::from(self.parsed.font_metrics.ascent)),
            descent: per_mille(i32::from(self.parsed.font_metrics.descent)),
            italic_angle,
            // PDF producers estimate the stem width from the weight class: ~88 at 400.
            stem_v: 50 + ((f32::from(metrics.us_weight_class) / 65.0).powi(2)).round() as i32,
        }
    }

    /// The face reduced to `glyph_ids` (sorted, without duplicates, .notdef first), as a
    /// TrueType program to embed. In the subset, glyph `glyph_ids[n]` has id `n` (allsorts
    /// appends the parts of composite glyphs after them), and its cmap maps the characters of
    /// the kept glyphs, which a signature stamp added later looks glyphs up in.
    pub fn subset_program(&self, glyph_ids: &[u16]) -> Result<Vec<u8>> {
        let font_data = ReadScope::new(self.style.bytes())
            .read::<FontData<'_>>()
            .map_err(|error| font_error("fonts-unreadable", &error))?;
        let provider = font_data
            .table_provider(0)
            .map_err(|error| font_error("fonts-unreadable", &error))?;
        allsorts::subset::subset(
            &provider,
            glyph_ids,
            &SubsetProfile::Pdf,
            CmapTarget::Unicode,
        )
        .map_err(|error| font_error("fonts-cannotSubset", &error))
    }
}

/// What a PDF FontDescriptor says about a face, in thousandths of an em.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DescriptorMetrics {
    pub bounding_box: [i32; 4],
    pub ascent: i32,
    pub descent: i32,
    pub italic_angle: i32,
    pub stem_v: i32,
}

/// The face of `style`, parsed once per process.
pub fn face(style: FontStyle) -> &'static FontFace {
    static FACES: OnceLock<[FontFace; 3]> = OnceLock::new();
    let faces = FACES.get_or_init(|| FontStyle::ALL.map(parse_face));
    match style {
        FontStyle::Regular => &faces[0],
        FontStyle::SemiBold => &faces[1],
        FontStyle::Italic => &faces[2],
    }
}

/// `text` with every character the typeface cannot draw replaced by "?", and line breaks, tabs
/// and other control characters turned into spaces, so that layout never measures or prints a
/// glyph that is not there (a missing glyph prints as an empty box in some readers and not at
/// all in others).
pub fn printable(text: &str) -> String {
    let faces = FontStyle::ALL.map(face);
    text.chars()
        .map(|ch| {
            if ch.is_control() || ch == '\u{00AD}' {
                ' '
            } else if faces.iter().all(|face| face.has_glyph(ch)) {
                ch
            } else {
                '?'
            }
        })
        .collect()
}

/// [`printable`] for each line of a text with line breaks, keeping the breaks, also one at the
/// end: a run of bold text may end where a line does.
pub fn printable_multiline(text: &str) -> String {
    text.split('\n')
        .map(printable)
        .collect::<Vec<_>>()
        .join("\n")
}

/// The characters a signature stamp may print: Latin-1 and the usual typographic marks.
pub fn stamp_characters() -> impl Iterator<Item = char> {
    ('\u{20}'..='\u{7E}')
        .chain('\u{A0}'..='\u{FF}')
        .chain(['–', '—', '‘', '’', '“', '”', '…', '•', '€'])
}

fn parse_face(style: FontStyle) -> FontFace {
    let mut warnings = Vec::new();
    let parsed = ParsedFont::from_bytes(style.bytes(), 0, &mut warnings)
        .expect("the committed IBM Plex Sans files are valid TrueType fonts");
    let units_per_em = f32::from(parsed.units_per_em.max(1));
    let mut dense = vec![Glyph::default(); DENSE_CODE_POINTS as usize];
    for (code_point, id) in parsed.codepoint_to_glyph.range(..DENSE_CODE_POINTS) {
        dense[*code_point as usize] = Glyph {
            id: *id,
            advance: parsed.get_glyph_width(*id).unwrap_or(0),
        };
    }
    FontFace {
        style,
        parsed,
        units_per_em,
        dense,
    }
}

/// Six capital letters from the glyph set: the same subset always gets the same tag, and two
/// different subsets in one file get different tags.
pub fn subset_tag(glyph_ids: &[u16]) -> String {
    let mut hasher = Sha256::new();
    for glyph in glyph_ids {
        hasher.update(glyph.to_be_bytes());
    }
    hasher
        .finalize()
        .iter()
        .take(6)
        .map(|byte| char::from(b'A' + byte % 26))
        .collect()
}

/// A font the minutes cannot be laid out with: the catalogue's words, with the font library's
/// own detail.
fn font_error(id: &str, error: &dyn std::fmt::Display) -> Error {
    Error::Layout(Bilingual::message(
        id,
        &[("error", error.to_string().into())],
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn danish_letters_have_glyphs_in_every_face() {
        for style in FontStyle::ALL {
            for ch in "æøåÆØÅ»«–é".chars() {
                assert!(face(style).has_glyph(ch), "{style:?} lacks {ch}");
            }
        }
    }

    #[test]
    fn characters_without_a_glyph_become_question_marks() {
        assert_eq!(printable("Mødet\tslut 🎉"), "Mødet slut ?");
    }

    #[test]
    fn a_subset_numbers_the_kept_glyphs_in_order_and_maps_their_characters() {
        let font = face(FontStyle::SemiBold);
        let mut kept: Vec<u16> = "Referat æøå"
            .chars()
            .filter_map(|ch| font.glyph(ch))
            .map(|glyph| glyph.id)
            .collect();
        kept.sort_unstable();
        kept.dedup();
        kept.insert(0, 0);
        let program = font.subset_program(&kept).expect("subsets");
        assert!(program.len() < 40_000, "{} bytes", program.len());
        let mut warnings = Vec::new();
        let subset = ParsedFont::from_bytes(&program, 0, &mut warnings).expect("a font");
        for ch in "Referat æøå".chars() {
            let original = font.glyph(ch).expect("a glyph").id;
            let position = kept.iter().position(|id| *id == original).expect("kept");
            assert_eq!(
                subset.lookup_glyph_index(u32::from(ch)),
                Some(position as u16),
                "{ch}"
            );
        }
    }

    #[test]
    fn the_dense_table_agrees_with_the_font() {
        for style in FontStyle::ALL {
            let font = face(style);
            for ch in ['a', 'Å', 'ø', '–', '€', '…', ' ', '\u{a0}'] {
                let id = font.parsed.lookup_glyph_index(u32::from(ch));
                assert_eq!(font.glyph(ch).map(|glyph| glyph.id), id, "{style:?} {ch:?}");
            }
            assert_eq!(font.glyph('\u{1F389}'), None);
        }
    }
}
