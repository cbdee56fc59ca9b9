//! A PDF file written front to back: objects are numbered when they are allocated (so a page
//! can name its parent before the page tree is written) and appended as soon as they are
//! complete, with their offsets kept for the cross-reference table written at the end. Nothing
//! is held but the bytes of the file itself.

use std::io::Write;

use super::numbers::write_number;

/// An object number in the file being written (generation 0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ObjectId(pub u32);

impl ObjectId {
    /// Writes the reference "12 0 R".
    pub fn write_reference(self, out: &mut Vec<u8>) {
        write_unsigned(out, u64::from(self.0));
        out.extend_from_slice(b" 0 R");
    }
}

pub struct PdfFile {
    bytes: Vec<u8>,
    /// The offset of each object, by object number − 1; `None` until it is written.
    offsets: Vec<Option<usize>>,
}

impl PdfFile {
    /// A file with its header: PDF 1.7 and the comment of high bytes that marks it as binary.
    pub fn new(capacity: usize) -> PdfFile {
        let mut bytes = Vec::with_capacity(capacity);
        bytes.extend_from_slice(b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
        PdfFile {
            bytes,
            offsets: Vec::new(),
        }
    }

    pub fn allocate(&mut self) -> ObjectId {
        self.offsets.push(None);
        ObjectId(u32::try_from(self.offsets.len()).expect("fewer than 4 billion PDF objects"))
    }

    /// Writes object `id` whose body `write_body` appends (a dictionary, an array …).
    pub fn object(&mut self, id: ObjectId, write_body: impl FnOnce(&mut Vec<u8>)) {
        self.begin(id);
        write_body(&mut self.bytes);
        self.bytes.extend_from_slice(b"\nendobj\n");
    }

    /// Writes a stream object: `dictionary_entries` (e.g. "/Length1 1234") and the data, the
    /// concatenation of `parts`, deflated when `compressed` (the /Filter and /Length are added
    /// here).
    pub fn stream(
        &mut self,
        id: ObjectId,
        dictionary_entries: &[u8],
        parts: &[&[u8]],
        compressed: bool,
    ) {
        self.begin(id);
        self.bytes.extend_from_slice(b"<<");
        self.bytes.extend_from_slice(dictionary_entries);
        if compressed {
            self.bytes.extend_from_slice(b"/Filter/FlateDecode/Length ");
            let length_at = self.bytes.len();
            // The length is known only once the data is deflated straight into the file:
            // reserve ten digits and fill them in.
            self.bytes.extend_from_slice(b"          >>\nstream\n");
            let start = self.bytes.len();
            super::compression::deflate_into(&mut self.bytes, parts);
            let length = self.bytes.len() - start;
            let digits = length.to_string();
            self.bytes[length_at..length_at + digits.len()].copy_from_slice(digits.as_bytes());
        } else {
            self.bytes.extend_from_slice(b"/Length ");
            let length: usize = parts.iter().map(|part| part.len()).sum();
            write_unsigned(&mut self.bytes, length as u64);
            self.bytes.extend_from_slice(b">>\nstream\n");
            for part in parts {
                self.bytes.extend_from_slice(part);
            }
        }
        self.bytes.extend_from_slice(b"\nendstream\nendobj\n");
    }

    /// The cross-reference table and the trailer; returns the whole file.
    pub fn finish(mut self, root: ObjectId, info: ObjectId, document_id: &[u8]) -> Vec<u8> {
        let xref_offset = self.bytes.len();
        self.bytes.extend_from_slice(b"xref\n0 ");
        write_unsigned(&mut self.bytes, self.offsets.len() as u64 + 1);
        self.bytes.extend_from_slice(b"\n0000000000 65535 f \n");
        for offset in &self.offsets {
            // Every allocated object is written; an unwritten one would be a free entry.
            match offset {
                Some(offset) => {
                    let _ = writeln!(self.bytes, "{offset:010} 00000 n ");
                }
                None => self.bytes.extend_from_slice(b"0000000000 65535 f \n"),
            }
        }
        self.bytes.extend_from_slice(b"trailer\n<</Size ");
        write_unsigned(&mut self.bytes, self.offsets.len() as u64 + 1);
        self.bytes.extend_from_slice(b"/Root ");
        root.write_reference(&mut self.bytes);
        self.bytes.extend_from_slice(b"/Info ");
        info.write_reference(&mut self.bytes);
        self.bytes.extend_from_slice(b"/ID[");
        for _ in 0..2 {
            write_hex_string(&mut self.bytes, document_id);
        }
        self.bytes.extend_from_slice(b"]>>\nstartxref\n");
        write_unsigned(&mut self.bytes, xref_offset as u64);
        self.bytes.extend_from_slice(b"\n%%EOF\n");
        self.bytes
    }

    fn begin(&mut self, id: ObjectId) {
        let index = id.0 as usize - 1;
        self.offsets[index] = Some(self.bytes.len());
        write_unsigned(&mut self.bytes, u64::from(id.0));
        self.bytes.extend_from_slice(b" 0 obj\n");
    }
}

pub fn write_unsigned(out: &mut Vec<u8>, value: u64) {
    write_number(out, value as f64, 0);
}

/// `<0A1B…>`.
pub fn write_hex_string(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'<');
    for byte in bytes {
        out.push(HEX_DIGITS[usize::from(byte >> 4)]);
        out.push(HEX_DIGITS[usize::from(byte & 0xF)]);
    }
    out.push(b'>');
}

pub const HEX_DIGITS: &[u8; 16] = b"0123456789ABCDEF";

/// A text string outside content streams (titles, names, dates): printable ASCII as a literal
/// string, anything else as UTF-16BE with a byte-order mark, in hex (ISO 32000-1, 7.9.2.2).
pub fn write_text_string(out: &mut Vec<u8>, text: &str) {
    if text.bytes().all(|byte| (b' '..=b'~').contains(&byte)) {
        out.push(b'(');
        for byte in text.bytes() {
            if matches!(byte, b'(' | b')' | b'\\') {
                out.push(b'\\');
            }
            out.push(byte);
        }
        out.push(b')');
        return;
    }
    let mut bytes = vec![0xFE, 0xFF];
    for unit in text.encode_utf16() {
        bytes.extend_from_slice(&unit.to_be_bytes());
    }
    write_hex_string(out, &bytes);
}

/// A name ("/IBMPlexSans"), with the bytes PDF names cannot hold as #XX.
pub fn write_name(out: &mut Vec<u8>, name: &str) {
    out.push(b'/');
    for byte in name.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.+".contains(&byte) {
            out.push(byte);
        } else {
            out.push(b'#');
            out.push(HEX_DIGITS[usize::from(byte >> 4)]);
            out.push(HEX_DIGITS[usize::from(byte & 0xF)]);
        }
    }
}
