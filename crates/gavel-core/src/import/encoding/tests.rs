use super::*;

fn decoded(bytes: &[u8]) -> (String, TextEncoding) {
    let (text, encoding) = decode_text("backlog.csv", bytes).expect("decodes");
    (text.into_owned(), encoding)
}

fn refusal(bytes: &[u8]) -> String {
    match decode_text("backlog.csv", bytes) {
        Ok((text, _)) => panic!("expected a refusal, decoded {text:?}"),
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
fn bytes_that_are_not_utf8_are_read_as_windows_1252() {
    assert_eq!(
        decoded(b"Beslutningsm\xf8de \x96 \x80 12 \x93citat\x94 \xc6\xd8\xc5"),
        (
            "Beslutningsmøde – € 12 “citat” ÆØÅ".to_owned(),
            TextEncoding::Windows1252
        )
    );
}

#[test]
fn every_windows_1252_byte_decodes_to_its_published_character() {
    let high: Vec<u8> = (0x80..=0xFF).collect();
    let text = decode_windows_1252(&high);
    let characters: Vec<char> = text.chars().collect();
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
