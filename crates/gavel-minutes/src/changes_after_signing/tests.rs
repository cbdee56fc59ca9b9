//! The difference analysis on small hand-made documents: one signed revision, one current, and
//! a check per rule. Whole signed files go through `verify_pdf` in tests/it/attacks.rs.

use lopdf::{Stream, StringFormat, dictionary};

use super::*;

/// Page 1 (object 3) with its content (4) and a font (5), a form with an empty signature box
/// "countersignature-1" (6) on it, the document information (7) and a signature (8) in box
/// "chair-1" (9).
fn signed_document() -> Document {
    let mut document = Document::with_version("1.7");
    document.objects.insert(
        (1, 0),
        Object::Dictionary(dictionary! {
            "Type" => "Catalog",
            "Pages" => Object::Reference((2, 0)),
            "AcroForm" => dictionary! {
                "Fields" => vec![Object::Reference((9, 0)), Object::Reference((6, 0))],
                "SigFlags" => 3,
            },
        }),
    );
    document.objects.insert(
        (2, 0),
        Object::Dictionary(dictionary! {
            "Type" => "Pages",
            "Kids" => vec![Object::Reference((3, 0))],
            "Count" => 1,
        }),
    );
    document.objects.insert(
        (3, 0),
        Object::Dictionary(dictionary! {
            "Type" => "Page",
            "Parent" => Object::Reference((2, 0)),
            "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            "Contents" => Object::Reference((4, 0)),
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => Object::Reference((5, 0)) } },
            "Annots" => vec![Object::Reference((9, 0)), Object::Reference((6, 0))],
        }),
    );
    document.objects.insert(
        (4, 0),
        Object::Stream(Stream::new(
            dictionary! {},
            b"BT /F1 12 Tf 72 700 Td (All decisions approved) Tj ET".to_vec(),
        )),
    );
    document.objects.insert(
        (5, 0),
        Object::Dictionary(
            dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica" },
        ),
    );
    document
        .objects
        .insert((6, 0), Object::Dictionary(empty_box("countersignature-1")));
    document.objects.insert(
        (7, 0),
        Object::Dictionary(dictionary! {
            "Title" => Object::String(b"Referat".to_vec(), StringFormat::Literal),
            INFO_LOG_FINGERPRINT => Object::String(b"abc123".to_vec(), StringFormat::Literal),
        }),
    );
    document
        .objects
        .insert((8, 0), Object::Dictionary(signature_dictionary()));
    let mut chair = empty_box("chair-1");
    chair.set("V", Object::Reference((8, 0)));
    document.objects.insert((9, 0), Object::Dictionary(chair));
    document.trailer.set("Root", Object::Reference((1, 0)));
    document.trailer.set("Info", Object::Reference((7, 0)));
    document.max_id = 9;
    document
}

fn empty_box(name: &str) -> Dictionary {
    dictionary! {
        "Type" => "Annot",
        "Subtype" => "Widget",
        "FT" => "Sig",
        "T" => Object::String(name.as_bytes().to_vec(), StringFormat::Literal),
        "Rect" => vec![72.into(), 100.into(), 272.into(), 160.into()],
        "P" => Object::Reference((3, 0)),
    }
}

fn signature_dictionary() -> Dictionary {
    dictionary! {
        "Type" => "Sig",
        "Filter" => "Adobe.PPKLite",
        "SubFilter" => "ETSI.CAdES.detached",
        "ByteRange" => vec![0.into(), 10.into(), 20.into(), 30.into()],
        "Contents" => Object::String(vec![0; 8], StringFormat::Hexadecimal),
    }
}

/// The signature dictionaries of `current`, numbered as `verify_pdf` does.
fn numbers(signatures: &[ObjectId]) -> BTreeMap<ObjectId, usize> {
    signatures
        .iter()
        .enumerate()
        .map(|(index, id)| (*id, index + 1))
        .collect()
}

fn analyse(current: &Document, signatures: &[ObjectId]) -> ChangesAfterSigning {
    changes_after_signing(&signed_document(), current, &numbers(signatures))
}

fn english(texts: &[Bilingual]) -> Vec<&str> {
    texts.iter().map(|text| text.en.as_str()).collect()
}

/// Signs the empty box "countersignature-1" the way `sign_pdf` does: a new signature dictionary
/// (10) and a new appearance (11) that uses the page's font.
fn countersigned(current: &mut Document) {
    current
        .objects
        .insert((10, 0), Object::Dictionary(signature_dictionary()));
    current.objects.insert(
        (11, 0),
        Object::Stream(Stream::new(
            dictionary! {
                "Type" => "XObject",
                "Subtype" => "Form",
                "Resources" => dictionary! { "Font" => dictionary! { "F1" => Object::Reference((5, 0)) } },
            },
            b"BT /F1 9 Tf (Signed) Tj ET".to_vec(),
        )),
    );
    let mut filled = empty_box("countersignature-1");
    filled.set("V", Object::Reference((10, 0)));
    filled.set("AP", dictionary! { "N" => Object::Reference((11, 0)) });
    current.objects.insert((6, 0), Object::Dictionary(filled));
}

fn page_mut(document: &mut Document) -> &mut Dictionary {
    document
        .objects
        .get_mut(&(3, 0))
        .and_then(|page| page.as_dict_mut().ok())
        .expect("page 1")
}

#[test]
fn an_unchanged_document_has_no_changes() {
    let changes = analyse(&signed_document(), &[(8, 0)]);
    assert_eq!(changes, ChangesAfterSigning::default());
}

#[test]
fn filling_an_empty_signature_box_is_allowed_and_named() {
    let mut current = signed_document();
    countersigned(&mut current);
    let changes = analyse(&current, &[(8, 0), (10, 0)]);
    assert_eq!(english(&changes.disallowed), Vec::<&str>::new());
    assert_eq!(
        english(&changes.allowed),
        ["the signature field countersignature-1 was signed (signature 2)"]
    );
}

#[test]
fn a_box_filled_and_moved_is_a_change() {
    let mut current = signed_document();
    countersigned(&mut current);
    if let Ok(filled) = current
        .objects
        .get_mut(&(6, 0))
        .expect("the box")
        .as_dict_mut()
    {
        filled.set("Rect", vec![0.into(), 0.into(), 595.into(), 842.into()]);
    }
    let changes = analyse(&current, &[(8, 0), (10, 0)]);
    assert_eq!(
        english(&changes.disallowed)[0],
        "the empty signature field countersignature-1 was changed (/Rect)"
    );
}

#[test]
fn new_content_over_a_signed_page_is_changed_after_signing() {
    // Issue 15's first attack: "all decisions rejected" drawn over page 1 in a later revision.
    let mut current = signed_document();
    current.objects.insert(
        (10, 0),
        Object::Stream(Stream::new(
            dictionary! {},
            b"BT /F1 12 Tf 72 700 Td (All decisions rejected) Tj ET".to_vec(),
        )),
    );
    page_mut(&mut current).set(
        "Contents",
        vec![Object::Reference((4, 0)), Object::Reference((10, 0))],
    );
    let changes = analyse(&current, &[(8, 0)]);
    assert_eq!(
        english(&changes.disallowed),
        [
            "page 1: its content was replaced (/Contents)",
            "page 1: its content stream (object 10) was added",
        ]
    );
    assert_eq!(
        changes.disallowed[0].da,
        "side 1: dens indhold blev udskiftet (/Contents)"
    );
}

#[test]
fn a_content_stream_edited_in_place_is_named_by_its_page() {
    let mut current = signed_document();
    current.objects.insert(
        (4, 0),
        Object::Stream(Stream::new(
            dictionary! {},
            b"BT /F1 12 Tf 72 700 Td (All decisions rejected) Tj ET".to_vec(),
        )),
    );
    let changes = analyse(&current, &[(8, 0)]);
    assert_eq!(
        english(&changes.disallowed),
        ["page 1: its content stream (object 4) was changed"]
    );
}

#[test]
fn a_font_swapped_under_a_page_is_named_by_its_page() {
    let mut current = signed_document();
    current.objects.insert(
        (5, 0),
        Object::Dictionary(
            dictionary! { "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Symbol" },
        ),
    );
    let changes = analyse(&current, &[(8, 0)]);
    assert_eq!(
        english(&changes.disallowed),
        ["page 1: object 5 (/Font), which the page uses, was changed"]
    );
}

#[test]
fn a_new_signature_field_with_its_widget_is_allowed() {
    let mut current = signed_document();
    current
        .objects
        .insert((10, 0), Object::Dictionary(signature_dictionary()));
    let mut field = empty_box("signature-3");
    field.set("Rect", vec![0.into(), 0.into(), 0.into(), 0.into()]);
    field.set("V", Object::Reference((10, 0)));
    current.objects.insert((11, 0), Object::Dictionary(field));
    add_field_and_annotation(&mut current, (11, 0));
    let changes = analyse(&current, &[(8, 0), (10, 0)]);
    assert_eq!(english(&changes.disallowed), Vec::<&str>::new());
    assert_eq!(
        english(&changes.allowed),
        ["the signature field signature-3 was added and signed (signature 2), invisible"]
    );
}

#[test]
fn an_empty_visible_signature_field_added_by_hand_is_allowed_and_says_where() {
    let mut current = signed_document();
    current
        .objects
        .insert((11, 0), Object::Dictionary(empty_box("by-hand")));
    add_field_and_annotation(&mut current, (11, 0));
    let changes = analyse(&current, &[(8, 0)]);
    assert_eq!(english(&changes.disallowed), Vec::<&str>::new());
    assert_eq!(
        english(&changes.allowed),
        ["an empty signature field by-hand was added, visible on page 1"]
    );
}

#[test]
fn a_new_signature_field_that_runs_actions_is_a_change() {
    let mut current = signed_document();
    let mut field = empty_box("by-hand");
    field.set(
        "AA",
        dictionary! { "E" => dictionary! { "S" => "JavaScript" } },
    );
    current.objects.insert((11, 0), Object::Dictionary(field));
    add_field_and_annotation(&mut current, (11, 0));
    let changes = analyse(&current, &[(8, 0)]);
    assert!(
        english(&changes.disallowed)
            .contains(&"the new signature field by-hand carries actions (/A or /AA) that run when it is touched"),
        "{changes:?}"
    );
}

#[test]
fn a_signature_field_whose_value_is_no_signature_is_a_change() {
    let mut current = signed_document();
    current
        .objects
        .insert((10, 0), Object::Dictionary(dictionary! { "Type" => "Sig" }));
    let mut field = empty_box("fake");
    field.set("V", Object::Reference((10, 0)));
    current.objects.insert((11, 0), Object::Dictionary(field));
    add_field_and_annotation(&mut current, (11, 0));
    // Object 10 is not among the file's signatures.
    let changes = analyse(&current, &[(8, 0)]);
    assert!(
        english(&changes.disallowed)
            .contains(&"the signature field fake has a value that is not a signature"),
        "{changes:?}"
    );
}

#[test]
fn a_text_field_added_after_signing_is_a_change() {
    let mut current = signed_document();
    let mut field = empty_box("decision");
    field.set("FT", "Tx");
    current.objects.insert((11, 0), Object::Dictionary(field));
    add_field_and_annotation(&mut current, (11, 0));
    let changes = analyse(&current, &[(8, 0)]);
    assert!(
        english(&changes.disallowed)
            .contains(&"a form field that is not a signature field was added (decision)"),
        "{changes:?}"
    );
}

#[test]
fn a_signed_field_that_is_changed_or_removed_is_a_change() {
    let mut current = signed_document();
    if let Ok(chair) = current
        .objects
        .get_mut(&(9, 0))
        .expect("chair")
        .as_dict_mut()
    {
        chair.set(
            "T",
            Object::String(b"chair-2".to_vec(), StringFormat::Literal),
        );
    }
    let changes = analyse(&current, &[(8, 0)]);
    assert!(
        english(&changes.disallowed)
            .contains(&"the signature field chair-1, signed before, was changed"),
        "{changes:?}"
    );

    let mut current = signed_document();
    if let Ok(catalog) = current
        .objects
        .get_mut(&(1, 0))
        .expect("catalog")
        .as_dict_mut()
    {
        catalog.set(
            "AcroForm",
            dictionary! { "Fields" => vec![Object::Reference((6, 0))], "SigFlags" => 3 },
        );
    }
    let changes = analyse(&current, &[(8, 0)]);
    assert!(
        english(&changes.disallowed).contains(&"the form field chair-1 was removed"),
        "{changes:?}"
    );
}

#[test]
fn document_information_may_change_but_not_the_fingerprint_gavel_prints() {
    let mut current = signed_document();
    current.objects.insert(
        (7, 0),
        Object::Dictionary(dictionary! {
            "Title" => Object::String(b"Referat (underskrevet)".to_vec(), StringFormat::Literal),
            INFO_LOG_FINGERPRINT => Object::String(b"abc123".to_vec(), StringFormat::Literal),
        }),
    );
    let changes = analyse(&current, &[(8, 0)]);
    assert_eq!(english(&changes.disallowed), Vec::<&str>::new());
    assert_eq!(
        english(&changes.allowed),
        ["the document information (title, author, dates) was updated"]
    );

    current.objects.insert(
        (7, 0),
        Object::Dictionary(dictionary! {
            INFO_LOG_FINGERPRINT => Object::String(b"fff000".to_vec(), StringFormat::Literal),
        }),
    );
    let changes = analyse(&current, &[(8, 0)]);
    assert!(
        english(&changes.disallowed).contains(
            &"the meeting id or the log fingerprint in the document information was changed"
        ),
        "{changes:?}"
    );
}

/// An agenda names its meeting under a key of its own; added after signing, it would make signed
/// minutes read as an agenda (which `minutes verify` compares with no record), so it is a change
/// like the fingerprint's.
#[test]
fn the_meeting_an_agenda_is_of_may_not_be_added_or_changed_after_signing() {
    let mut current = signed_document();
    current.objects.insert(
        (7, 0),
        Object::Dictionary(dictionary! {
            "Title" => Object::String(b"Referat".to_vec(), StringFormat::Literal),
            INFO_LOG_FINGERPRINT => Object::String(b"abc123".to_vec(), StringFormat::Literal),
            crate::INFO_AGENDA_OF_MEETING => Object::String(b"11111111-2222-4333-8444-555555555555".to_vec(), StringFormat::Literal),
        }),
    );
    let changes = analyse(&current, &[(8, 0)]);
    assert_eq!(
        english(&changes.disallowed),
        ["the meeting id or the log fingerprint in the document information was changed"]
    );
}

#[test]
fn actions_in_the_catalog_and_a_new_catalog_are_changes() {
    let mut current = signed_document();
    if let Ok(catalog) = current
        .objects
        .get_mut(&(1, 0))
        .expect("catalog")
        .as_dict_mut()
    {
        catalog.set("OpenAction", dictionary! { "S" => "JavaScript" });
    }
    let changes = analyse(&current, &[(8, 0)]);
    assert_eq!(
        english(&changes.disallowed),
        ["actions or scripts were added to the catalog (/OpenAction)"]
    );

    let mut current = signed_document();
    let catalog = current.objects.get(&(1, 0)).expect("catalog").clone();
    current.objects.insert((10, 0), catalog);
    current.trailer.set("Root", Object::Reference((10, 0)));
    let changes = analyse(&current, &[(8, 0)]);
    assert_eq!(
        english(&changes.disallowed),
        ["the document catalog was replaced (the trailer's /Root): it is another document"]
    );
}

#[test]
fn an_object_the_signed_document_referred_to_but_lacked_must_not_appear_later() {
    // Signed with a dangling reference (read as nothing), then defined: page 1 gains content
    // without its dictionary changing.
    let mut signed = signed_document();
    if let Ok(page) = signed.objects.get_mut(&(3, 0)).expect("page").as_dict_mut() {
        page.set(
            "Contents",
            vec![Object::Reference((4, 0)), Object::Reference((40, 0))],
        );
    }
    let mut current = signed.clone();
    current.objects.insert(
        (40, 0),
        Object::Stream(Stream::new(
            dictionary! {},
            b"(All decisions rejected) Tj".to_vec(),
        )),
    );
    let changes = changes_after_signing(&signed, &current, &numbers(&[(8, 0)]));
    assert_eq!(
        english(&changes.disallowed),
        [
            "page 1: its content stream (object 40) was added",
            "object 40 was missing when the document was signed, yet the signed document referred to it; adding it changes what was signed",
        ]
    );
}

#[test]
fn a_removed_or_unused_new_object_is_a_change() {
    let mut current = signed_document();
    current.objects.remove(&(5, 0));
    current.objects.insert(
        (12, 0),
        Object::Dictionary(dictionary! { "Type" => "Annot", "Subtype" => "FreeText" }),
    );
    let changes = analyse(&current, &[(8, 0)]);
    assert_eq!(
        english(&changes.disallowed),
        ["object 5 was removed", "object 12 (/Annot) was added"]
    );
}

#[test]
fn an_annotation_that_is_not_a_new_signature_widget_is_a_change() {
    let mut current = signed_document();
    current.objects.insert(
        (12, 0),
        Object::Dictionary(dictionary! { "Type" => "Annot", "Subtype" => "FreeText" }),
    );
    page_mut(&mut current).set(
        "Annots",
        vec![
            Object::Reference((9, 0)),
            Object::Reference((6, 0)),
            Object::Reference((12, 0)),
        ],
    );
    let changes = analyse(&current, &[(8, 0)]);
    assert_eq!(
        english(&changes.disallowed),
        [
            "page 1: an annotation (/FreeText) was added",
            "page 1: object 12 (/Annot), which the page uses, was added",
        ]
    );
}

/// Adds field `id` to the form and to page 1's annotations.
fn add_field_and_annotation(document: &mut Document, id: ObjectId) {
    if let Ok(catalog) = document
        .objects
        .get_mut(&(1, 0))
        .expect("catalog")
        .as_dict_mut()
        && let Ok(form) = catalog.get_mut(b"AcroForm").and_then(Object::as_dict_mut)
        && let Ok(fields) = form.get_mut(b"Fields").and_then(Object::as_array_mut)
    {
        fields.push(Object::Reference(id));
    }
    if let Ok(annotations) = page_mut(document)
        .get_mut(b"Annots")
        .and_then(Object::as_array_mut)
    {
        annotations.push(Object::Reference(id));
    }
}

/// pyHanko, filling a signature field, writes the field's dictionary again with its /TU (the
/// signature box's alternative text) in PDFDocEncoding where Gavel wrote UTF-16: the same text,
/// so no change. Another text is a change.
#[test]
fn a_text_string_written_again_in_another_encoding_is_the_same_and_another_text_is_not() {
    let utf16: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(
            "Underskrift: Referent, Rasmus Højgaard"
                .encode_utf16()
                .flat_map(u16::to_be_bytes),
        )
        .collect();
    let gavel = Object::String(utf16, StringFormat::Hexadecimal);
    let pdf_doc_encoding = Object::String(
        b"Underskrift: Referent, Rasmus H\xf8jgaard".to_vec(),
        StringFormat::Literal,
    );
    let other = Object::String(
        b"Underskrift: Formand, Rasmus H\xf8jgaard".to_vec(),
        StringFormat::Literal,
    );
    let field = |tu: Object| dictionary! { "FT" => "Sig", "TU" => tu };
    assert!(
        differing_keys(&field(gavel.clone()), &field(pdf_doc_encoding.clone()), &[]).is_empty()
    );
    assert!(same_value(
        &Object::Dictionary(field(gavel.clone())),
        &Object::Dictionary(field(pdf_doc_encoding))
    ));
    assert_eq!(differing_keys(&field(gavel), &field(other), &[]), ["TU"]);
}

/// The exception is for text strings only, and for text that every byte spells: a byte string
/// (a signature's /Contents) keeps its bytes, and a byte PDFDocEncoding leaves undefined, or a
/// line break, is a change even in a /TU (lopdf's decoder drops such bytes, so it is not used).
#[test]
fn a_byte_string_or_a_byte_that_spells_no_character_is_never_the_same_as_another() {
    let literal = |bytes: &[u8]| Object::String(bytes.to_vec(), StringFormat::Literal);
    let hex = |bytes: &[u8]| Object::String(bytes.to_vec(), StringFormat::Hexadecimal);
    // The same bytes, written the other way: the same.
    assert!(same_value(&literal(b"\x30\x82\x00"), &hex(b"\x30\x82\x00")));
    // A /Contents with a byte more (0x01 spells nothing in PDFDocEncoding): changed.
    let signature = |contents: Object| dictionary! { "Type" => "Sig", "Contents" => contents };
    assert_eq!(
        differing_keys(
            &signature(hex(b"\x30\x82")),
            &signature(hex(b"\x30\x01\x82")),
            &[]
        ),
        ["Contents"]
    );
    let field = |tu: Object| dictionary! { "FT" => "Sig", "TU" => tu };
    for (signed, current) in [
        (&b"Underskrift"[..], &b"Under\x01skrift"[..]),
        (b"Underskrift", b"Under\nskrift"),
        (b"Underskrift", b"Underskrift\x7f"),
        (b"Underskrift", b"\xfe\xff\x00U\x00n"),
    ] {
        assert_eq!(
            differing_keys(&field(literal(signed)), &field(literal(current)), &[]),
            ["TU"],
            "{current:?}"
        );
    }
    // UTF-16 with an odd byte, or a lone surrogate, spells no text either.
    assert_eq!(strict_text(b"\xfe\xff\x00U\x00"), None);
    assert_eq!(strict_text(b"\xfe\xff\xd8\x00"), None);
    assert_eq!(strict_text(b"\x80\xa0"), Some("•€".to_owned()));
}
