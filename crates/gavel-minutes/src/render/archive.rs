//! What an archive asks of a PDF (PDF/A-2b, ISO 19005-2) beyond what the pages already do
//! (every font embedded, no encryption, no transparency, a document id): XMP metadata that
//! identifies the file as PDF/A-2b and PDF/UA-1 and says what the Info dictionary says, and an
//! output intent that gives the device RGB colours of the pages a meaning, sRGB.
//!
//! The sRGB profile is made here rather than copied from a file: a matrix/TRC display profile
//! (ICC.1:2001-04, version 2.1) is small enough to write out from the numbers of IEC 61966-2-1
//! (the sRGB primaries, adapted to the ICC's D50 white with the Bradford transform, and the
//! sRGB tone curve sampled at 1,024 points), and so carries no one's copyright or licence.

use chrono::NaiveDateTime;

use super::pdf_file::{ObjectId, PdfFile};
use super::{Frame, PRODUCER};

/// The output condition the output intent names.
const SRGB: &str = "sRGB IEC61966-2.1";

/// Writes the XMP metadata stream for the catalog's `/Metadata`.
pub fn write_metadata(file: &mut PdfFile, frame: &Frame) -> ObjectId {
    let id = file.allocate();
    // Uncompressed, as PDF/A wants it: a file search finds the identification.
    file.stream(
        id,
        b"/Type/Metadata/Subtype/XML",
        &[xmp_metadata(frame).as_bytes()],
        false,
    );
    id
}

/// Writes the sRGB profile; returns the output intent dictionary for the catalog's
/// `/OutputIntents` array.
pub fn write_output_intent(file: &mut PdfFile) -> Vec<u8> {
    let profile = file.allocate();
    file.stream(profile, b"/N 3", &[&srgb_profile()], true);
    let mut out = Vec::new();
    out.extend_from_slice(b"<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier(");
    out.extend_from_slice(SRGB.as_bytes());
    out.extend_from_slice(b")/Info(");
    out.extend_from_slice(SRGB.as_bytes());
    out.extend_from_slice(b")/DestOutputProfile ");
    profile.write_reference(&mut out);
    out.extend_from_slice(b">>");
    out
}

/// The XMP packet: the Info dictionary's title, author, subject, creator, producer and dates
/// in their XMP properties (PDF/A wants the two to agree), the PDF/A and PDF/UA
/// identification, and the extension schema that declares PDF/UA's, which PDF/A does not
/// know by itself.
pub fn xmp_metadata(frame: &Frame) -> String {
    let date = xmp_date(frame.created);
    let title = xml_text(&frame.title);
    let author = xml_text(&frame.author);
    let subject = xml_text(&frame.subject);
    format!(
        r#"<?xpacket begin="{bom}" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about=""
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
 xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
 xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
 xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
 xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{subject}</rdf:li></rdf:Alt></dc:description>
<xmp:CreatorTool>{PRODUCER}</xmp:CreatorTool>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<pdf:Producer>{PRODUCER}</pdf:Producer>
<pdfaid:part>2</pdfaid:part>
<pdfaid:conformance>B</pdfaid:conformance>
<pdfuaid:part>1</pdfuaid:part>
<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
<pdfaProperty:name>part</pdfaProperty:name>
<pdfaProperty:valueType>Integer</pdfaProperty:valueType>
<pdfaProperty:category>internal</pdfaProperty:category>
<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
</rdf:li></rdf:Seq></pdfaSchema:property>
</rdf:li></rdf:Bag></pdfaExtension:schemas>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"#,
        bom = '\u{feff}',
    )
}

/// "2026-09-17T11:55:00": the Info dictionary's "D:20260917115500" in XMP's form; both without
/// a time zone, the meeting room's local time as stored.
fn xmp_date(time: NaiveDateTime) -> String {
    time.format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// `text` as XML character data: the five special characters escaped, and the characters
/// XML 1.0 cannot hold at all (most control characters) left out.
fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(ch),
            ch if ch < ' ' || ch == '\u{fffe}' || ch == '\u{ffff}' => {}
            ch => out.push(ch),
        }
    }
    out
}

/// The ICC's D50 white, the profile connection space's illuminant.
const D50: [f64; 3] = [0.9642, 1.0, 0.8249];
/// The sRGB red, green and blue colorants in the D50 connection space (IEC 61966-2-1's
/// primaries and D65 white, Bradford-adapted to D50, as every sRGB profile has them).
const COLORANTS: [[f64; 3]; 3] = [
    [0.436_065_7, 0.222_488_4, 0.013_916_0],
    [0.385_147_1, 0.716_873_2, 0.097_076_4],
    [0.143_066_4, 0.060_607_9, 0.714_096_1],
];
/// Samples of the sRGB tone curve in the TRC tags.
const CURVE_POINTS: usize = 1024;

/// An ICC version 2.1 RGB display profile of sRGB: the 128-byte header, the tag table, and
/// the tags a matrix/TRC display profile needs — description, copyright, media white point,
/// the three colorants and the three tone curves (one curve, shared by the three tags).
pub fn srgb_profile() -> Vec<u8> {
    let mut description = Vec::new();
    // textDescriptionType: the ASCII name with its NUL, no Unicode and no ScriptCode name.
    description.extend_from_slice(b"desc\0\0\0\0");
    let name = b"sRGB IEC61966-2.1 (Gavel)\0";
    description.extend_from_slice(&(name.len() as u32).to_be_bytes());
    description.extend_from_slice(name);
    description.extend_from_slice(&[0; 4 + 4 + 2 + 1 + 67]);
    let mut copyright = b"text\0\0\0\0".to_vec();
    copyright.extend_from_slice(b"No copyright, use freely\0");
    let mut curve = b"curv\0\0\0\0".to_vec();
    curve.extend_from_slice(&(CURVE_POINTS as u32).to_be_bytes());
    for index in 0..CURVE_POINTS {
        let encoded = index as f64 / (CURVE_POINTS - 1) as f64;
        let linear = if encoded <= 0.040_45 {
            encoded / 12.92
        } else {
            ((encoded + 0.055) / 1.055).powf(2.4)
        };
        curve.extend_from_slice(&((linear * 65535.0).round() as u16).to_be_bytes());
    }
    let tags: [(&[u8; 4], Vec<u8>); 6] = [
        (b"desc", description),
        (b"cprt", copyright),
        (b"wtpt", xyz_type(D50)),
        (b"rXYZ", xyz_type(COLORANTS[0])),
        (b"gXYZ", xyz_type(COLORANTS[1])),
        (b"bXYZ", xyz_type(COLORANTS[2])),
    ];
    // The tag table lists the six tags and the three TRC tags pointing to one curve.
    let table_entries = tags.len() + 3;
    let mut data = Vec::new();
    let data_start = 128 + 4 + 12 * table_entries;
    let mut table = Vec::new();
    table.extend_from_slice(&(table_entries as u32).to_be_bytes());
    let place = |signature: &[u8; 4], bytes: &[u8], data: &mut Vec<u8>, table: &mut Vec<u8>| {
        let offset = data_start + data.len();
        data.extend_from_slice(bytes);
        // Every tag starts on a four-byte boundary.
        data.resize(data.len().next_multiple_of(4), 0);
        table.extend_from_slice(signature);
        table.extend_from_slice(&(offset as u32).to_be_bytes());
        table.extend_from_slice(&(bytes.len() as u32).to_be_bytes());
    };
    for (signature, bytes) in &tags {
        place(signature, bytes, &mut data, &mut table);
    }
    let curve_offset = (data_start + data.len()) as u32;
    data.extend_from_slice(&curve);
    for signature in [b"rTRC", b"gTRC", b"bTRC"] {
        table.extend_from_slice(signature);
        table.extend_from_slice(&curve_offset.to_be_bytes());
        table.extend_from_slice(&(curve.len() as u32).to_be_bytes());
    }
    let size = data_start + data.len();

    let mut profile = Vec::with_capacity(size);
    profile.extend_from_slice(&(size as u32).to_be_bytes());
    profile.extend_from_slice(&[0; 4]); // preferred CMM: none
    profile.extend_from_slice(&[2, 0x10, 0, 0]); // version 2.1.0
    profile.extend_from_slice(b"mntrRGB XYZ ");
    // Date and time of creation: fixed, so that the same minutes give the same bytes.
    for field in [2026_u16, 1, 1, 0, 0, 0] {
        profile.extend_from_slice(&field.to_be_bytes());
    }
    profile.extend_from_slice(b"acsp");
    // Platform, flags, manufacturer, model, attributes (8 bytes), perceptual intent.
    profile.extend_from_slice(&[0; 4 + 4 + 4 + 4 + 8 + 4]);
    profile.extend_from_slice(&xyz_number(D50));
    profile.extend_from_slice(&[0; 4]); // creator
    profile.extend_from_slice(&[0; 44]); // reserved (the profile id of later versions)
    debug_assert_eq!(profile.len(), 128);
    profile.extend_from_slice(&table);
    profile.extend_from_slice(&data);
    debug_assert_eq!(profile.len(), size);
    profile
}

/// An XYZType tag of one XYZ number.
fn xyz_type(xyz: [f64; 3]) -> Vec<u8> {
    let mut out = b"XYZ \0\0\0\0".to_vec();
    out.extend_from_slice(&xyz_number(xyz));
    out
}

/// Three s15Fixed16Numbers.
fn xyz_number(xyz: [f64; 3]) -> [u8; 12] {
    let mut out = [0; 12];
    for (index, value) in xyz.into_iter().enumerate() {
        let fixed = (value * 65536.0).round() as i32;
        out[index * 4..index * 4 + 4].copy_from_slice(&fixed.to_be_bytes());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_srgb_profile_is_a_well_formed_icc_version_2_display_profile() {
        let profile = srgb_profile();
        let u32_at = |at: usize| {
            u32::from_be_bytes(profile[at..at + 4].try_into().expect("four bytes")) as usize
        };
        assert_eq!(u32_at(0), profile.len());
        assert_eq!(&profile[8..24], b"\x02\x10\0\0mntrRGB XYZ ");
        assert_eq!(&profile[36..40], b"acsp");
        // D50 as the ICC writes it: 0.9642 → 0x0000F6D6, 0.8249 → 0x0000D32D.
        assert_eq!(&profile[68..80], b"\0\0\xF6\xD6\0\x01\0\0\0\0\xD3\x2D");
        let count = u32_at(128);
        assert_eq!(count, 9);
        let mut signatures = Vec::new();
        for entry in 0..count {
            let at = 132 + entry * 12;
            let (offset, size) = (u32_at(at + 4), u32_at(at + 8));
            assert_eq!(offset % 4, 0);
            assert!(offset + size <= profile.len());
            let tag = &profile[at..at + 4];
            let kind = &profile[offset..offset + 4];
            let expected: &[u8] = match tag {
                b"desc" => b"desc",
                b"cprt" => b"text",
                b"rTRC" | b"gTRC" | b"bTRC" => b"curv",
                _ => b"XYZ ",
            };
            assert_eq!(kind, expected);
            signatures.push(String::from_utf8_lossy(tag).into_owned());
        }
        assert_eq!(
            signatures,
            [
                "desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"
            ]
        );
        // The colorants add up to the white point (within the fixed-point rounding).
        for axis in 0..3 {
            let sum: f64 = COLORANTS.iter().map(|colorant| colorant[axis]).sum();
            assert!((sum - D50[axis]).abs() < 0.0005, "{axis}: {sum}");
        }
    }

    #[test]
    fn the_xmp_says_what_the_info_dictionary_says_and_escapes_the_title() {
        let frame = Frame {
            language: crate::Language::Danish,
            title: "Referat: <Budget> & \"drift\"\u{7}".to_owned(),
            header_right: String::new(),
            footer_left: String::new(),
            author: "Styregruppen for OS2mo".to_owned(),
            subject: "Referat af styregruppemøde".to_owned(),
            created: chrono::NaiveDate::from_ymd_opt(2026, 9, 17)
                .and_then(|date| date.and_hms_opt(11, 55, 0))
                .expect("a time"),
            info: Vec::new(),
            document_id: Vec::new(),
        };
        let xmp = xmp_metadata(&frame);
        for expected in [
            "<rdf:li xml:lang=\"x-default\">Referat: &lt;Budget&gt; &amp; &quot;drift&quot;</rdf:li>",
            "<rdf:li>Styregruppen for OS2mo</rdf:li>",
            "<xmp:CreateDate>2026-09-17T11:55:00</xmp:CreateDate>",
            "<pdf:Producer>Gavel ",
            "<pdfaid:part>2</pdfaid:part>",
            "<pdfaid:conformance>B</pdfaid:conformance>",
            "<pdfuaid:part>1</pdfuaid:part>",
        ] {
            assert!(xmp.contains(expected), "{expected} missing from {xmp}");
        }
        assert!(!xmp.contains('\u{7}'));
    }
}
