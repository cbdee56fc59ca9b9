//! The minutes' typeface, IBM Plex Sans (SIL OFL 1.1, the typeface of Det Fælles Designsystem and
//! of Gavel's UI), compiled into the binary, measured for layout and subset for embedding.
//!
//! printpdf 0.12 without its `text_layout` feature embeds a font whole (~200 KB per face). We
//! subset each face with allsorts first — only the glyphs the document uses, plus the Latin-1
//! range in the regular face so that a signature stamp added later can print any Danish name with
//! the font already in the file — and hand printpdf the subset, named with a `XXXXXX+` tag as
//! ISO 32000-1, 9.6.4 asks. The tag is derived from the glyph set, so the same document gives
//! the same bytes.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use allsorts::binary::read::ReadScope;
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile};
use printpdf::ParsedFont;
use sha2::{Digest, Sha256};

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

/// One parsed face: glyph lookup and advance widths for measuring text.
pub struct FontFace {
    style: FontStyle,
    parsed: ParsedFont,
    units_per_em: f32,
}

impl FontFace {
    /// The width of `text` at `size` points: the sum of the glyph advances (no kerning, which
    /// only ever makes real text narrower, so a line measured this way never overflows).
    pub fn text_width(&self, text: &str, size: f32) -> f32 {
        text.chars().map(|ch| self.char_width(ch, size)).sum()
    }

    pub fn char_width(&self, ch: char, size: f32) -> f32 {
        let advance = self
            .parsed
            .lookup_glyph_index(u32::from(ch))
            .and_then(|glyph| self.parsed.get_glyph_width(glyph))
            .unwrap_or(0);
        f32::from(advance) * size / self.units_per_em
    }

    pub fn has_glyph(&self, ch: char) -> bool {
        self.parsed.lookup_glyph_index(u32::from(ch)).is_some()
    }

    /// The face reduced to the glyphs of `characters`, ready for `PdfDocument::add_font`.
    pub fn subset(&self, characters: &BTreeSet<char>) -> Result<ParsedFont> {
        let mut glyphs: BTreeSet<u16> = characters
            .iter()
            .filter_map(|ch| self.parsed.lookup_glyph_index(u32::from(*ch)))
            .collect();
        if self.style == FontStyle::Regular {
            glyphs.extend(
                stamp_characters().filter_map(|ch| self.parsed.lookup_glyph_index(u32::from(ch))),
            );
        }
        glyphs.remove(&0);
        // allsorts requires glyph 0 (.notdef) first and no duplicates.
        let glyph_ids: Vec<u16> = std::iter::once(0).chain(glyphs).collect();
        let font_data = ReadScope::new(self.style.bytes())
            .read::<FontData<'_>>()
            .map_err(|error| Error::Layout(format!("cannot read the font: {error}")))?;
        let provider = font_data
            .table_provider(0)
            .map_err(|error| Error::Layout(format!("cannot read the font: {error}")))?;
        let subset_bytes = allsorts::subset::subset(
            &provider,
            &glyph_ids,
            &SubsetProfile::Pdf,
            CmapTarget::Unicode,
        )
        .map_err(|error| Error::Layout(format!("cannot subset the font: {error}")))?;
        let mut warnings = Vec::new();
        let mut subset =
            ParsedFont::from_bytes(&subset_bytes, 0, &mut warnings).ok_or_else(|| {
                Error::Layout(format!("the font subset cannot be read: {warnings:?}"))
            })?;
        subset.font_name = Some(format!(
            "{}+{}",
            subset_tag(&glyph_ids),
            self.style.postscript_name()
        ));
        Ok(subset)
    }
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

/// [`printable`] for each line of a text with line breaks, keeping the breaks.
pub fn printable_multiline(text: &str) -> String {
    text.lines().map(printable).collect::<Vec<_>>().join("\n")
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
    FontFace {
        style,
        parsed,
        units_per_em,
    }
}

/// Six capital letters from the glyph set: the same subset always gets the same tag, and two
/// different subsets in one file get different tags.
fn subset_tag(glyph_ids: &[u16]) -> String {
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
    fn a_subset_keeps_the_characters_and_is_small() {
        let characters: BTreeSet<char> = "Referat æøå".chars().collect();
        let subset = face(FontStyle::SemiBold)
            .subset(&characters)
            .expect("subsets");
        for ch in characters {
            assert!(subset.lookup_glyph_index(u32::from(ch)).is_some(), "{ch}");
        }
        assert!(subset.original_bytes.len() < 40_000);
        let name = subset.font_name.expect("named");
        assert!(name.ends_with("+IBMPlexSans-SemiBold"), "{name}");
    }
}
