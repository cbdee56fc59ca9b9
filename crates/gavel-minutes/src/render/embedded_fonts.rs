//! The faces a document embeds, built once per document before its first page is drawn: which
//! glyphs each face must carry (every character of the laid-out pages and the running header
//! and footer), the subset program with those glyphs, and the map from a face's glyph ids to
//! the subset's, which the page content uses. Each face becomes one Type0 font with Identity-H
//! encoding (two-byte glyph ids in the content), its widths and a ToUnicode map so that text
//! can be searched and copied.

use crate::error::Result;
use crate::fonts::{FontFace, FontStyle, face, stamp_characters, subset_tag};

use super::pdf_file::{HEX_DIGITS, ObjectId, PdfFile, write_name, write_unsigned};

/// The glyphs used so far, per face.
pub struct GlyphUsage {
    faces: [FaceUsage; 3],
}

struct FaceUsage {
    /// One bit per glyph id of the whole face.
    used: Vec<u64>,
    /// The character each used glyph was first drawn for (for ToUnicode), by glyph id.
    characters: Vec<(u16, char)>,
}

impl GlyphUsage {
    pub fn new() -> GlyphUsage {
        GlyphUsage {
            faces: FontStyle::ALL.map(|_| FaceUsage {
                used: vec![0; 65536 / 64],
                characters: Vec::new(),
            }),
        }
    }

    /// Notes every character of `text` as drawn in `style`. `text` is printable (every
    /// character has a glyph in every face; see `fonts::printable`).
    pub fn add(&mut self, style: FontStyle, text: &str) {
        let font = face(style);
        let usage = &mut self.faces[style_index(style)];
        for ch in text.chars() {
            if let Some(glyph) = font.glyph(ch) {
                let (word, bit) = (usize::from(glyph.id) / 64, glyph.id % 64);
                if usage.used[word] & (1 << bit) == 0 {
                    usage.used[word] |= 1 << bit;
                    usage.characters.push((glyph.id, ch));
                }
            }
        }
    }

    /// Notes the space in every face that draws anything: text that goes on from an earlier
    /// line starts with one (render/mod.rs), whatever the text has.
    pub fn add_space_to_used_faces(&mut self) {
        for style in FontStyle::ALL {
            if !self.faces[style_index(style)].characters.is_empty() {
                self.add(style, " ");
            }
        }
    }
}

/// The embedded faces of one document.
pub struct EmbeddedFonts {
    faces: [Option<EmbeddedFace>; 3],
}

struct EmbeddedFace {
    object: ObjectId,
    /// The subset's glyph id of each glyph id of the face (0 for glyphs not kept).
    subset_ids: Vec<u16>,
}

impl EmbeddedFonts {
    /// Subsets and writes every face `usage` used. The regular face also keeps the Latin-1
    /// range, so that a signature stamp added later can print any Danish name in it.
    pub fn write(file: &mut PdfFile, mut usage: GlyphUsage) -> Result<EmbeddedFonts> {
        let stamp: String = stamp_characters().collect();
        usage.add(FontStyle::Regular, &stamp);
        let mut faces = [None, None, None];
        for (style, face_usage) in FontStyle::ALL.into_iter().zip(usage.faces) {
            if face_usage.characters.is_empty() {
                continue;
            }
            faces[style_index(style)] = Some(write_face(file, face(style), face_usage)?);
        }
        Ok(EmbeddedFonts { faces })
    }

    /// The font resource entries, "/F1 5 0 R/F2 10 0 R".
    pub fn write_resource_entries(&self, out: &mut Vec<u8>) {
        for style in FontStyle::ALL {
            if let Some(embedded) = &self.faces[style_index(style)] {
                out.extend_from_slice(resource_name(style));
                out.push(b' ');
                embedded.object.write_reference(out);
            }
        }
    }

    /// `text` as the operand of `Tj`: the subset's glyph ids, two bytes each, in a literal
    /// string. Binary rather than hex: half the bytes to write and to compress, and the stream
    /// is compressed anyway. The bytes a literal string cannot hold as they are (parentheses,
    /// the backslash, and line ends, which a reader would normalise) are escaped.
    pub fn write_glyphs(&self, out: &mut Vec<u8>, style: FontStyle, text: &str) {
        let font = face(style);
        let subset_ids = self.faces[style_index(style)]
            .as_ref()
            .map_or(&[][..], |embedded| &embedded.subset_ids[..]);
        out.push(b'(');
        for ch in text.chars() {
            let id = font
                .glyph(ch)
                .and_then(|glyph| subset_ids.get(usize::from(glyph.id)).copied())
                .unwrap_or(0);
            for byte in id.to_be_bytes() {
                match byte {
                    b'(' | b')' | b'\\' => out.extend_from_slice(&[b'\\', byte]),
                    b'\r' => out.extend_from_slice(b"\\r"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    _ => out.push(byte),
                }
            }
        }
        out.push(b')');
    }
}

/// The name a page's resources give the face: "/F1", "/F2", "/F3".
pub fn resource_name(style: FontStyle) -> &'static [u8] {
    match style {
        FontStyle::Regular => b"/F1",
        FontStyle::SemiBold => b"/F2",
        FontStyle::Italic => b"/F3",
    }
}

fn style_index(style: FontStyle) -> usize {
    match style {
        FontStyle::Regular => 0,
        FontStyle::SemiBold => 1,
        FontStyle::Italic => 2,
    }
}

fn write_glyph_id(out: &mut Vec<u8>, id: u16) {
    let [high, low] = id.to_be_bytes();
    out.extend_from_slice(&[
        HEX_DIGITS[usize::from(high >> 4)],
        HEX_DIGITS[usize::from(high & 0xF)],
        HEX_DIGITS[usize::from(low >> 4)],
        HEX_DIGITS[usize::from(low & 0xF)],
    ]);
}

fn write_face(file: &mut PdfFile, font: &FontFace, usage: FaceUsage) -> Result<EmbeddedFace> {
    // .notdef first, then the used glyphs in id order; glyph `kept[n]` is glyph n of the subset.
    let mut kept: Vec<u16> = vec![0];
    for (word_index, word) in usage.used.iter().enumerate() {
        let mut bits = *word;
        while bits != 0 {
            let bit = bits.trailing_zeros();
            bits &= bits - 1;
            let id = (word_index * 64) as u16 + bit as u16;
            if id != 0 {
                kept.push(id);
            }
        }
    }
    let mut subset_ids = vec![0_u16; usize::from(*kept.last().unwrap_or(&0)) + 1];
    for (subset_id, id) in kept.iter().enumerate() {
        subset_ids[usize::from(*id)] = subset_id as u16;
    }
    let program = font.subset_program(&kept)?;
    let name = format!("{}+{}", subset_tag(&kept), font.style().postscript_name());

    let [type0, cid_font, descriptor, to_unicode, font_file] = [(); 5].map(|_| file.allocate());
    file.object(type0, |out| {
        out.extend_from_slice(b"<</Type/Font/Subtype/Type0/BaseFont");
        write_name(out, &name);
        out.extend_from_slice(b"/Encoding/Identity-H/DescendantFonts[");
        cid_font.write_reference(out);
        out.extend_from_slice(b"]/ToUnicode ");
        to_unicode.write_reference(out);
        out.extend_from_slice(b">>");
    });
    file.object(cid_font, |out| {
        out.extend_from_slice(b"<</Type/Font/Subtype/CIDFontType2/BaseFont");
        write_name(out, &name);
        out.extend_from_slice(
            b"/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor ",
        );
        descriptor.write_reference(out);
        // The subset's glyphs are numbered 0, 1, 2 …: one run of widths from 0.
        out.extend_from_slice(b"/W[0[");
        for (index, id) in kept.iter().enumerate() {
            if index > 0 {
                out.push(b' ');
            }
            write_unsigned(out, u64::from(font.advance_per_mille(*id)));
        }
        out.extend_from_slice(b"]]/CIDToGIDMap/Identity>>");
    });
    let metrics = font.descriptor_metrics();
    file.object(descriptor, |out| {
        out.extend_from_slice(b"<</Type/FontDescriptor/FontName");
        write_name(out, &name);
        // Flags: non-symbolic (the Latin character set), and italic when the face slants.
        let flags = 32 + if metrics.italic_angle != 0 { 64 } else { 0 };
        let numbers = |out: &mut Vec<u8>, values: &[i32]| {
            for (index, value) in values.iter().enumerate() {
                if index > 0 {
                    out.push(b' ');
                }
                if *value < 0 {
                    out.push(b'-');
                }
                write_unsigned(out, u64::from(value.unsigned_abs()));
            }
        };
        out.extend_from_slice(b"/Flags ");
        numbers(out, &[flags]);
        out.extend_from_slice(b"/FontBBox[");
        numbers(out, &metrics.bounding_box);
        out.extend_from_slice(b"]/ItalicAngle ");
        numbers(out, &[metrics.italic_angle]);
        out.extend_from_slice(b"/Ascent ");
        numbers(out, &[metrics.ascent]);
        out.extend_from_slice(b"/Descent ");
        numbers(out, &[metrics.descent]);
        out.extend_from_slice(b"/CapHeight ");
        numbers(out, &[metrics.ascent]);
        out.extend_from_slice(b"/StemV ");
        numbers(out, &[metrics.stem_v]);
        out.extend_from_slice(b"/FontFile2 ");
        font_file.write_reference(out);
        out.extend_from_slice(b">>");
    });
    let mut characters = usage.characters;
    characters.sort_unstable();
    file.stream(
        to_unicode,
        b"",
        &[&to_unicode_cmap(&characters, &subset_ids)],
        true,
    );
    let mut entries = b"/Length1 ".to_vec();
    write_unsigned(&mut entries, program.len() as u64);
    file.stream(font_file, &entries, &[&program], true);
    Ok(EmbeddedFace {
        object: type0,
        subset_ids,
    })
}

/// The ToUnicode CMap: each subset glyph id to the character it draws (ISO 32000-1, 9.10.3).
fn to_unicode_cmap(characters: &[(u16, char)], subset_ids: &[u16]) -> Vec<u8> {
    let mut cmap = b"/CIDInit/ProcSet findresource begin\n12 dict begin\nbegincmap\n\
/CIDSystemInfo<</Registry(Adobe)/Ordering(UCS)/Supplement 0>>def\n\
/CMapName/Adobe-Identity-UCS def\n/CMapType 2 def\n\
1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n"
        .to_vec();
    // At most 100 entries per block, as the CMap format asks.
    for block in characters.chunks(100) {
        write_unsigned(&mut cmap, block.len() as u64);
        cmap.extend_from_slice(b" beginbfchar\n");
        for (id, ch) in block {
            cmap.push(b'<');
            write_glyph_id(&mut cmap, subset_ids[usize::from(*id)]);
            cmap.extend_from_slice(b"><");
            let mut units = [0_u16; 2];
            for unit in ch.encode_utf16(&mut units) {
                write_glyph_id(&mut cmap, *unit);
            }
            cmap.extend_from_slice(b">\n");
        }
        cmap.extend_from_slice(b"endbfchar\n");
    }
    cmap.extend_from_slice(b"endcmap\nCMapName currentdict/CMap defineresource pop\nend\nend\n");
    cmap
}
