use super::*;

fn decoded(bytes: &[u8]) -> (String, TextEncoding) {
    let decoded = decode("backlog.csv", bytes).expect("decodes");
    (decoded.text.into_owned(), decoded.encoding)
}

/// The text and the repaired lines, as `line: characters`.
fn repaired(bytes: &[u8]) -> (String, Vec<String>) {
    let decoded = decode("backlog.csv", bytes).expect("decodes");
    let lines = decoded
        .repairs
        .iter()
        .map(|repair| format!("{}: {}", repair.line, repair.characters))
        .collect();
    (decoded.text.into_owned(), lines)
}

fn refusal(bytes: &[u8]) -> String {
    match decode("backlog.csv", bytes) {
        Ok(decoded) => panic!("expected a refusal, decoded {:?}", decoded.text),
        Err(error) => error.to_string(),
    }
}

#[test]
fn utf8_with_and_without_byte_order_mark() {
    assert_eq!(
        decoded("Mødeleder".as_bytes()),
        ("Mødeleder".to_owned(), TextEncoding::Utf8)
    );
    assert_eq!(
        decoded("\u{feff}Mødeleder".as_bytes()),
        ("Mødeleder".to_owned(), TextEncoding::Utf8WithByteOrderMark)
    );
}

#[test]
fn a_file_without_multi_byte_utf8_is_read_as_windows_1252() {
    assert_eq!(
        decoded(b"Beslutningsm\xf8de \x96 \x80 12 \x93citat\x94 \xc6\xd8\xc5"),
        (
            "Beslutningsmøde – € 12 “citat” ÆØÅ".to_owned(),
            TextEncoding::Windows1252
        )
    );
    // "så…" in cp1252 is E5 85: the start of a three-byte UTF-8 sequence cut short, but in a file
    // with no UTF-8 letters at all it is cp1252 text, and nothing is reported as repaired.
    assert_eq!(
        repaired(b"s\xe5\x85 og s\xe5 videre"),
        ("så… og så videre".to_owned(), Vec::<String>::new())
    );
}

/// The regression of issue 16: one stray byte made the whole file cp1252, so every correct
/// "ø" elsewhere became "Ã¸".
#[test]
fn one_stray_byte_leaves_every_other_character_as_it_is() {
    let mut bytes = "Ærøskøbing – μ é\nÅrhus\n".as_bytes().to_vec();
    bytes.extend_from_slice(b"Kr\xf8yer\n"); // an Excel-saved ø on line 3
    bytes.extend_from_slice("Ålborg “citat”\n".as_bytes());
    let (text, repairs) = repaired(&bytes);
    assert_eq!(text, "Ærøskøbing – μ é\nÅrhus\nKrøyer\nÅlborg “citat”\n");
    assert_eq!(repairs, ["3: ø"]);
    assert_eq!(
        decode("backlog.csv", &bytes).expect("decodes").encoding,
        TextEncoding::Utf8
    );
}

#[test]
fn a_character_cut_short_in_a_utf8_file_becomes_a_replacement_character() {
    // "–" is E2 80 93; the REST response lost its last byte. Read as cp1252 it would be "â€".
    let (text, repairs) = repaired(b"M\xc3\xb8de \xe2\x80 A\nB\xc3\xb8");
    assert_eq!(text, "Møde \u{fffd} A\nBø");
    assert_eq!(repairs, ["1: \u{fffd}"]);
    // A lead byte as the file's last byte is a character cut off by the end of the file.
    let (text, repairs) = repaired(b"\xc3\xb8 og \xc3");
    assert_eq!(
        (text.as_str(), repairs),
        ("ø og \u{fffd}", vec!["1: \u{fffd}".to_owned()])
    );
    // The same lone lead byte inside the text is an Excel-saved letter ("Ã" is C3 in cp1252).
    let (text, _) = repaired(b"\xc3\xb8 og \xc3 x");
    assert_eq!(text, "ø og Ã x");
}

#[test]
fn bytes_cp1252_leaves_undefined_become_replacement_characters() {
    let (text, repairs) = repaired(b"\xc3\xb8 \x81\x8d\x8f\x90\x9d \x80");
    assert_eq!(text, "ø \u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd} €");
    assert_eq!(repairs, ["1: \u{fffd}\u{fffd}\u{fffd}\u{fffd}\u{fffd}€"]);
}

#[test]
fn repaired_lines_are_counted_past_the_listing_limit() {
    let mut bytes = "ø\n".as_bytes().to_vec();
    for _ in 0..MAX_REPAIRS_LISTED + 5 {
        bytes.extend_from_slice(b"\xf8\xf8\n");
    }
    let decoded = decode("backlog.csv", &bytes).expect("decodes");
    assert_eq!(decoded.repairs.len(), MAX_REPAIRS_LISTED);
    assert_eq!(decoded.repairs[0].line, 2);
    assert_eq!(decoded.repairs[0].characters, "øø");
    assert_eq!(decoded.repairs_not_listed, 5);
}

#[test]
fn every_windows_1252_byte_decodes_to_its_published_character() {
    let characters: Vec<char> = (0x80..=0xFF).map(windows_1252_char).collect();
    assert_eq!(characters.len(), 128);
    // Spot checks across the table, including two of the five undefined bytes.
    assert_eq!(characters[0x00], '€');
    assert_eq!(characters[0x01], '\u{81}');
    assert_eq!(characters[0x0A], 'Š');
    assert_eq!(characters[0x1D], '\u{9d}');
    assert_eq!(characters[0x1F], 'Ÿ');
    assert_eq!(characters[0x20], '\u{a0}');
    assert_eq!(characters[0x58], 'Ø');
    assert_eq!(characters[0x7F], 'ÿ');
}

#[test]
fn binary_files_are_refused_with_what_they_seem_to_be() {
    assert_eq!(
        refusal(b"PK\x03\x04\x14\x00\x06\x00"),
        "backlog.csv: the file is a ZIP archive or an Excel workbook (.xlsx), not CSV or JSON; in \
         Excel choose \"Save as\" → \"CSV UTF-8\""
    );
    assert_eq!(
        refusal(b"%PDF-1.7\n"),
        "backlog.csv: the file is a PDF document, not CSV or JSON"
    );
    assert_eq!(
        refusal(b"key,title\nMO-1,\x00\x01\x02"),
        "backlog.csv: the file is binary, not CSV or JSON text"
    );
}

#[test]
fn utf16_text_is_refused_with_advice() {
    assert_eq!(
        refusal(b"\xFF\xFEk\x00e\x00y\x00"),
        "backlog.csv: the file is UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" \
         instead"
    );
}
