//! Turning the bytes of an imported file into text: UTF-8 with or without a byte-order mark, and
//! Windows-1252 (cp1252) for bytes that a spreadsheet program re-saved in the "ANSI" code page of a
//! Western European Windows. Files that are not text at all (a workbook, a PDF, anything with NUL
//! bytes) are refused here with a message that says what the file seems to be.
//!
//! Decoding goes by byte run, never by file: every valid UTF-8 sequence stays exactly as it is,
//! and only the bytes that are not UTF-8 fall back. Real exports mix the two (a UTF-8 export with
//! one line pasted from an Excel re-save, a REST response cut in the middle of a character), and
//! reading the whole file as cp1252 because of one stray byte would turn every correct `ø`
//! elsewhere into `Ã¸`. An invalid byte becomes its cp1252 character, except where that makes no
//! sense and it becomes U+FFFD instead:
//! - the five bytes cp1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D);
//! - a UTF-8 character cut short (its first bytes present, the rest missing) in a file that holds
//!   other multi-byte UTF-8: the letter it was cannot be known, and reading its bytes as cp1252
//!   would print two or three wrong ones (`â€` for a cut `–`). In a file with no multi-byte UTF-8
//!   at all the same bytes are cp1252 text (`å…`), and are read so.
//!
//! The lines that held such bytes are reported ([`TextRepair`]), so the chair can check them.
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
    /// UTF-8; any bytes that were not are listed in [`DecodedText::repairs`].
    Utf8,
    Utf8WithByteOrderMark,
    /// No UTF-8 beyond ASCII at all: every other byte was read as Windows-1252, as Excel saves a
    /// "CSV" on a Western European Windows.
    Windows1252,
}

/// A file's text, how it was read, and the lines whose bytes were not UTF-8.
#[derive(Debug, Clone, PartialEq)]
pub struct DecodedText<'a> {
    pub text: Cow<'a, str>,
    pub encoding: TextEncoding,
    /// Empty for a file that is all UTF-8 or all Windows-1252; at most [`MAX_REPAIRS_LISTED`].
    pub repairs: Vec<TextRepair>,
    /// Lines repaired beyond those listed.
    pub repairs_not_listed: u64,
}

/// One line of a UTF-8 file that held bytes that are not UTF-8, and the characters they became.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct TextRepair {
    /// 1-based line of the file.
    #[cfg_attr(feature = "typescript", ts(type = "number"))]
    pub line: u64,
    /// What the bytes were read as, in order: cp1252 characters, or U+FFFD.
    pub characters: String,
}

/// A file with more repaired lines than this is listed only this far, with a count of the rest.
pub const MAX_REPAIRS_LISTED: usize = 1_000;

/// Decodes `bytes` as UTF-8 (dropping a byte-order mark), with the bytes that are not UTF-8 read
/// as cp1252 one by one (see the module comment). Refuses binary files and UTF-16 text, naming
/// the file.
pub fn decode<'a>(file_name: &str, bytes: &'a [u8]) -> Result<DecodedText<'a>> {
    if let Some(kind) = binary_file_kind(bytes) {
        return Err(bad_input(file_name, None, None, kind));
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Err(bad_input(
            file_name,
            None,
            None,
            crate::rules::Bilingual::message("coreImportEncoding-theFileIsUtf16", &[]),
        ));
    }
    let (bytes, had_byte_order_mark) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, true),
        None => (bytes, false),
    };
    // The common case, a clean UTF-8 file, is checked in one pass and borrowed as it is.
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(DecodedText {
            text: Cow::Borrowed(text),
            encoding: if had_byte_order_mark {
                TextEncoding::Utf8WithByteOrderMark
            } else {
                TextEncoding::Utf8
            },
            repairs: Vec::new(),
            repairs_not_listed: 0,
        });
    }
    Ok(decode_byte_runs(bytes, had_byte_order_mark))
}

/// Decodes a file that is not valid UTF-8 run by run: valid UTF-8 as it is, invalid bytes by
/// [`invalid_run_text`].
fn decode_byte_runs(bytes: &[u8], had_byte_order_mark: bool) -> DecodedText<'static> {
    let has_multi_byte_utf8 = bytes
        .utf8_chunks()
        .any(|chunk| chunk.valid().bytes().any(|byte| byte >= 0x80));
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut repairs: Vec<TextRepair> = Vec::new();
    let mut repairs_not_listed = 0;
    let mut last_repaired_line = 0;
    let mut line: u64 = 1;
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        text.push_str(valid);
        line += valid.bytes().filter(|&byte| byte == b'\n').count() as u64;
        offset += valid.len() + chunk.invalid().len();
        let invalid = chunk.invalid();
        if invalid.is_empty() {
            continue;
        }
        let at_end = offset == bytes.len();
        let characters = invalid_run_text(invalid, has_multi_byte_utf8, at_end);
        text.push_str(&characters);
        if !has_multi_byte_utf8 {
            continue; // A Windows-1252 file: nothing was repaired, the whole file is cp1252.
        }
        if line == last_repaired_line {
            if let Some(last) = repairs.last_mut().filter(|last| last.line == line) {
                last.characters.push_str(&characters);
            }
        } else if repairs.len() < MAX_REPAIRS_LISTED {
            repairs.push(TextRepair { line, characters });
        } else {
            repairs_not_listed += 1;
        }
        last_repaired_line = line;
    }
    DecodedText {
        text: Cow::Owned(text),
        encoding: match (has_multi_byte_utf8, had_byte_order_mark) {
            (false, _) => TextEncoding::Windows1252,
            (true, true) => TextEncoding::Utf8WithByteOrderMark,
            (true, false) => TextEncoding::Utf8,
        },
        repairs,
        repairs_not_listed,
    }
}
/// The text an invalid byte run becomes: U+FFFD for a character cut short in a UTF-8 file (two or
/// more bytes of an unfinished sequence, or an unfinished lead byte at the very end), else each
/// byte's cp1252 character, U+FFFD for the five bytes cp1252 leaves undefined.
fn invalid_run_text(run: &[u8], in_utf8_file: bool, at_end: bool) -> String {
    let cut_short = run.len() >= 2 || (at_end && matches!(run[0], 0xC2..=0xF4));
    if in_utf8_file && cut_short {
        return char::REPLACEMENT_CHARACTER.to_string();
    }
    run.iter()
        .map(|&byte| match byte {
            0x81 | 0x8D | 0x8F | 0x90 | 0x9D => char::REPLACEMENT_CHARACTER,
            _ => windows_1252_char(byte),
        })
        .collect()
}

/// A byte's character in cp1252: Latin-1 for 0x00–0x7F and 0xA0–0xFF, the table for 0x80–0x9F.
/// The five bytes cp1252 leaves undefined map to the C1 control character of the same number, as
/// browsers do (WHATWG encoding standard); [`invalid_run_text`] turns those into U+FFFD.
fn windows_1252_char(byte: u8) -> char {
    match byte {
        0x80..=0x9F => WINDOWS_1252_HIGH_CONTROL_RANGE[usize::from(byte - 0x80)],
        _ => char::from(byte),
    }
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
        (&b"PK\x03\x04"[..], "zip"),
        (&b"\xD0\xCF\x11\xE0"[..], "old_excel"),
        (&b"%PDF"[..], "pdf"),
        (&b"SQLite format 3\0"[..], "database"),
    ];
    for (magic, kind) in known {
        if bytes.starts_with(magic) {
            return Some(crate::rules::Bilingual::message(
                "coreImportEncoding-theFileIsNotText",
                &[("kind", kind.into())],
            ));
        }
    }
    // Text in UTF-8 or cp1252 never holds a NUL byte; UTF-16 text has one in every ASCII
    // character, so it is left to the byte-order-mark check above when it has a mark.
    let looks_like_utf16 = bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF");
    if !looks_like_utf16 && bytes.contains(&0) {
        return Some(crate::rules::Bilingual::message(
            "coreImportEncoding-theFileIsBinaryNot",
            &[],
        ));
    }
    None
}

#[cfg(test)]
mod tests;
