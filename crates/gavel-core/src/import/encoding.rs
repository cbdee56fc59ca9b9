//! Turning the bytes of an imported file into text: UTF-8 with or without a byte-order mark, and
//! Windows-1252 (cp1252) for files that a spreadsheet program re-saved in the "ANSI" code page of a
//! Western European Windows. Files that are not text at all (a workbook, a PDF, anything with NUL
//! bytes) are refused here with a message that says what the file seems to be.
//!
//! cp1252 is decoded by a hand-written table: the 32 code points of 0x80–0x9F are the only ones
//! that differ from Latin-1, so a whole encoding library would be a heavy dependency for them.

use std::borrow::Cow;

use crate::error::Result;
use crate::import::bad_input;
use crate::rules::Bilingual;

/// How the bytes of a file were read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Utf8WithByteOrderMark,
    /// Not valid UTF-8, read as Windows-1252.
    Windows1252,
}

/// Decodes `bytes` as UTF-8 (dropping a byte-order mark) or, when that fails, as cp1252. Refuses
/// binary files and UTF-16 text, naming the file.
pub fn decode_text<'a>(file_name: &str, bytes: &'a [u8]) -> Result<(Cow<'a, str>, TextEncoding)> {
    if let Some(kind) = binary_file_kind(bytes) {
        return Err(bad_input(file_name, None, None, kind));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(bad_input(
            file_name,
            None,
            None,
            Bilingual::new(
                "filen er UTF-16-tekst (Excels »Unicode-tekst«); gem den som »CSV UTF-8« i stedet.",
                "the file is UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" \
                 instead",
            ),
        ));
    }
    let (bytes, had_byte_order_mark) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    match std::str::from_utf8(bytes) {
        Ok(text) if had_byte_order_mark => {
            Ok((Cow::Borrowed(text), TextEncoding::Utf8WithByteOrderMark))
        }
        Ok(text) => Ok((Cow::Borrowed(text), TextEncoding::Utf8)),
        Err(_) => Ok((
            Cow::Owned(decode_windows_1252(bytes)),
            TextEncoding::Windows1252,
        )),
    }
}

/// Every byte maps to one character, so this never fails: Latin-1 for 0x00–0x7F and 0xA0–0xFF, the
/// table for 0x80–0x9F. The five bytes cp1252 leaves undefined map to the C1 control character of
/// the same number, as browsers do (WHATWG encoding standard).
pub fn decode_windows_1252(bytes: &[u8]) -> String {
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    for &byte in bytes {
        let character = match byte {
            0x80..=0x9F => WINDOWS_1252_HIGH_CONTROL_RANGE[usize::from(byte - 0x80)],
            _ => char::from(byte),
        };
        text.push(character);
    }
    text
}

/// The characters cp1252 puts at 0x80–0x9F, in order (from the code page's published mapping).
const WINDOWS_1252_HIGH_CONTROL_RANGE: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// What a file that is not text seems to be, so the message can tell the chair what to do.
fn binary_file_kind(bytes: &[u8]) -> Option<Bilingual> {
    let known = [
        (
            &b"PK\x03\x04"[..],
            "filen er et ZIP-arkiv eller en Excel-projektmappe (.xlsx), ikke CSV eller JSON; vælg \
             »Gem som« → »CSV UTF-8« i Excel.",
            "the file is a ZIP archive or an Excel workbook (.xlsx), not CSV or JSON; in Excel \
             choose \"Save as\" → \"CSV UTF-8\"",
        ),
        (
            &b"\xD0\xCF\x11\xE0"[..],
            "filen er en gammel Excel-projektmappe (.xls), ikke CSV eller JSON; vælg »Gem som« → \
             »CSV UTF-8« i Excel.",
            "the file is an old Excel workbook (.xls), not CSV or JSON; in Excel choose \"Save as\" \
             → \"CSV UTF-8\"",
        ),
        (
            &b"%PDF"[..],
            "filen er et PDF-dokument, ikke CSV eller JSON.",
            "the file is a PDF document, not CSV or JSON",
        ),
        (
            &b"SQLite format 3\0"[..],
            "filen er en database, ikke CSV eller JSON.",
            "the file is a database, not CSV or JSON",
        ),
    ];
    for (magic, da, en) in known {
        if bytes.starts_with(magic) {
            return Some(Bilingual::new(da, en));
        }
    }
    // Text in UTF-8 or cp1252 never holds a NUL byte; UTF-16 text has one in every ASCII
    // character, so it is left to the byte-order-mark check above when it has a mark.
    let looks_like_utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    if !looks_like_utf16 && bytes.contains(&0) {
        return Some(Bilingual::new(
            "filen er binær, ikke CSV- eller JSON-tekst.",
            "the file is binary, not CSV or JSON text",
        ));
    }
    None
}

#[cfg(test)]
mod tests;
