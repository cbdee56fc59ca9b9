//! Writing PDF objects and an incremental update by hand. lopdf reads our files well, but its
//! incremental writer puts a second `%PDF-` header into the middle of the file and gives no
//! say over where the signature's placeholders land; signing needs both under control, and the
//! syntax needed for a handful of dictionaries is small.

use std::io::Write;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};

/// `object` in PDF syntax.
pub fn write_object(out: &mut Vec<u8>, object: &Object) {
    match object {
        Object::Null => out.extend_from_slice(b"null"),
        Object::Boolean(value) => out.extend_from_slice(if *value { b"true" } else { b"false" }),
        Object::Integer(value) => out.extend_from_slice(value.to_string().as_bytes()),
        Object::Real(value) => write_real(out, *value),
        Object::Name(name) => write_name(out, name),
        Object::String(bytes, StringFormat::Hexadecimal) => {
            out.push(b'<');
            for byte in bytes {
                let _ = write!(out, "{byte:02X}");
            }
            out.push(b'>');
        }
        Object::String(bytes, StringFormat::Literal) => {
            out.push(b'(');
            for byte in bytes {
                match byte {
                    b'(' | b')' | b'\\' => {
                        out.push(b'\\');
                        out.push(*byte);
                    }
                    b'\r' => out.extend_from_slice(b"\\r"),
                    b'\n' => out.extend_from_slice(b"\\n"),
                    _ => out.push(*byte),
                }
            }
            out.push(b')');
        }
        Object::Array(items) => {
            out.push(b'[');
            for (index, item) in items.iter().enumerate() {
                if index > 0 {
                    out.push(b' ');
                }
                write_object(out, item);
            }
            out.push(b']');
        }
        Object::Dictionary(dictionary) => write_dictionary(out, dictionary),
        Object::Stream(stream) => {
            let mut dictionary = stream.dict.clone();
            dictionary.set("Length", Object::Integer(stream.content.len() as i64));
            write_dictionary(out, &dictionary);
            out.extend_from_slice(b"\nstream\n");
            out.extend_from_slice(&stream.content);
            out.extend_from_slice(b"\nendstream");
        }
        Object::Reference((id, generation)) => {
            let _ = write!(out, "{id} {generation} R");
        }
    }
}

pub fn write_dictionary(out: &mut Vec<u8>, dictionary: &Dictionary) {
    out.extend_from_slice(b"<<");
    for (key, value) in dictionary.iter() {
        write_name(out, key);
        out.push(b' ');
        write_object(out, value);
    }
    out.extend_from_slice(b">>");
}

fn write_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for byte in name {
        if byte.is_ascii_alphanumeric() || b"-_.+".contains(byte) {
            out.push(*byte);
        } else {
            let _ = write!(out, "#{byte:02X}");
        }
    }
}

fn write_real(out: &mut Vec<u8>, value: f32) {
    // Fixed notation with up to three decimals: PDF has no exponent syntax.
    let text = format!("{value:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    out.extend_from_slice(if text == "-0" { "0" } else { text }.as_bytes());
}

/// An incremental update being written after the bytes of an existing file.
pub struct IncrementalUpdate {
    /// The whole file: the existing bytes followed by what has been appended.
    pub bytes: Vec<u8>,
    offsets: Vec<(u32, usize)>,
}

impl IncrementalUpdate {
    pub fn new(existing: &[u8]) -> IncrementalUpdate {
        let mut bytes = Vec::with_capacity(existing.len() + 64 * 1024);
        bytes.extend_from_slice(existing);
        if bytes.last() != Some(&b'\n') {
            bytes.push(b'\n');
        }
        IncrementalUpdate {
            bytes,
            offsets: Vec::new(),
        }
    }

    /// Starts object `id` (generation 0); the caller writes its body and calls `end_object`.
    pub fn begin_object(&mut self, id: u32) {
        self.offsets.push((id, self.bytes.len()));
        let _ = writeln!(self.bytes, "{id} 0 obj");
    }

    pub fn end_object(&mut self) {
        self.bytes.extend_from_slice(b"\nendobj\n");
    }

    pub fn object(&mut self, id: ObjectId, object: &Object) {
        self.begin_object(id.0);
        write_object(&mut self.bytes, object);
        self.end_object();
    }

    /// Writes the cross-reference section and the trailer; `trailer` must hold /Root, /Size and
    /// /Prev (and /Info, /ID when the file has them).
    pub fn finish(mut self, trailer: &Dictionary) -> Vec<u8> {
        let xref_offset = self.bytes.len();
        self.offsets.sort_unstable();
        self.bytes
            .extend_from_slice(b"xref\n0 1\n0000000000 65535 f \n");
        let mut index = 0;
        while index < self.offsets.len() {
            let mut end = index;
            while end + 1 < self.offsets.len() && self.offsets[end + 1].0 == self.offsets[end].0 + 1
            {
                end += 1;
            }
            let _ = writeln!(self.bytes, "{} {}", self.offsets[index].0, end - index + 1);
            for (_, offset) in &self.offsets[index..=end] {
                let _ = writeln!(self.bytes, "{offset:010} 00000 n ");
            }
            index = end + 1;
        }
        self.bytes.extend_from_slice(b"trailer\n");
        write_dictionary(&mut self.bytes, trailer);
        let _ = write!(self.bytes, "\nstartxref\n{xref_offset}\n%%EOF\n");
        self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(object: &Object) -> String {
        let mut out = Vec::new();
        write_object(&mut out, object);
        String::from_utf8(out).expect("ascii")
    }

    #[test]
    fn objects_are_written_in_pdf_syntax() {
        let mut dictionary = Dictionary::new();
        dictionary.set("Type", Object::Name(b"Sig".to_vec()));
        dictionary.set(
            "Rect",
            Object::Array(vec![Object::Real(1.5), Object::Integer(2)]),
        );
        dictionary.set("T", Object::String(b"a(b)".to_vec(), StringFormat::Literal));
        dictionary.set("V", Object::Reference((7, 0)));
        assert_eq!(
            written(&Object::Dictionary(dictionary)),
            "<</Type /Sig/Rect [1.5 2]/T (a\\(b\\))/V 7 0 R>>"
        );
        assert_eq!(
            written(&Object::String(vec![0xfe, 0xff], StringFormat::Hexadecimal)),
            "<FEFF>"
        );
        assert_eq!(written(&Object::Name(b"A B".to_vec())), "/A#20B");
        assert_eq!(written(&Object::Real(-0.0001)), "0");
    }
}
