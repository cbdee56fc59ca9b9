use lopdf::{Document, Object};

use crate::Language;
use crate::formatted_text::formatted_text;
use crate::layout::{CONTENT_WIDTH, Cell, Flow, TextStyle, columns};
use crate::render::{Frame, lay_out_flow, render};

fn frame() -> Frame {
    Frame {
        language: Language::Danish,
        title: "Referat: Prøve".to_owned(),
        header_right: "1. januar 2027".to_owned(),
        footer_left: "Fod".to_owned(),
        author: "Styregruppen".to_owned(),
        subject: "Referat".to_owned(),
        created: chrono::NaiveDate::from_ymd_opt(2027, 1, 1)
            .and_then(|date| date.and_hms_opt(12, 0, 0))
            .expect("a time"),
        info: Vec::new(),
        document_id: vec![7; 16],
    }
}

fn rendered(flow: Flow) -> Document {
    let pdf = render(&frame(), lay_out_flow(flow)).expect("renders").pdf;
    Document::load_mem(&pdf).expect("lopdf reads it")
}

fn catalog(document: &Document) -> &lopdf::Dictionary {
    let root = document
        .trailer
        .get(b"Root")
        .and_then(Object::as_reference)
        .expect("a catalog");
    document.get_dictionary(root).expect("the catalog")
}

fn resolve<'a>(document: &'a Document, object: &'a Object) -> &'a Object {
    match object {
        Object::Reference(id) => document.get_object(*id).expect("a referenced object"),
        other => other,
    }
}

/// The structure below `element` as "S(kid kid …)", marked content left out.
fn shape(document: &Document, element: &Object) -> String {
    let dictionary = resolve(document, element).as_dict().expect("an element");
    let role = dictionary
        .get(b"S")
        .and_then(Object::as_name)
        .map(|name| String::from_utf8_lossy(name).into_owned())
        .expect("a role");
    let kids: Vec<&Object> = match dictionary.get(b"K") {
        Ok(Object::Array(kids)) => kids.iter().collect(),
        Ok(kid) => vec![kid],
        Err(_) => Vec::new(),
    };
    // Elements are the kids with a role (marked-content and object references have a /Type).
    let kids: Vec<String> = kids
        .into_iter()
        .filter(|kid| {
            matches!(resolve(document, kid), Object::Dictionary(kid) if kid.get(b"S").is_ok())
        })
        .map(|kid| shape(document, kid))
        .collect();
    if kids.is_empty() {
        role
    } else {
        format!("{role}({})", kids.join(" "))
    }
}

fn document_shape(document: &Document) -> String {
    let root = catalog(document)
        .get(b"StructTreeRoot")
        .map(|root| resolve(document, root))
        .and_then(Object::as_dict)
        .expect("a structure tree");
    shape(document, root.get(b"K").expect("the Document element"))
}

/// Every page's content stream, decoded.
fn contents(document: &Document) -> Vec<String> {
    document
        .get_pages()
        .values()
        .map(|page| String::from_utf8_lossy(&document.get_page_content(*page)).into_owned())
        .collect()
}

fn small_table(flow: &mut Flow, rows: usize) {
    let table = columns(0.0, CONTENT_WIDTH, &[1.0, 3.0], 8.0);
    let header = Flow::header_row_lines(
        &[
            Cell::new("Nr.", TextStyle::SMALL_STRONG),
            Cell::new("Opgave", TextStyle::SMALL_STRONG),
        ],
        &table,
    );
    flow.begin_table(header, Vec::new());
    for row in 0..rows {
        flow.row(
            &[
                Cell::new(row.to_string(), TextStyle::SMALL),
                // An empty cell is still a cell of its row.
                Cell::new(if row == 0 { "" } else { "Skriv" }, TextStyle::SMALL),
            ],
            &table,
            true,
            2.0,
        );
    }
    flow.end_table();
}

#[test]
fn a_flow_becomes_headings_paragraphs_lists_and_tables_in_reading_order() {
    let mut flow = Flow::new();
    flow.heading("Referat", TextStyle::TITLE, 0.0);
    flow.paragraph(
        "Et afsnit, langt nok til at bryde over flere linjer: "
            .repeat(6)
            .trim(),
        TextStyle::BODY,
        0.0,
    );
    flow.labelled("Dato", "1. januar 2027", 96.0, 0.0);
    flow.heading("Deltagere", TextStyle::SECTION, 10.0);
    formatted_text(
        &mut flow,
        "Indledning\n- første\n- **anden**\n\n1. ny liste",
        TextStyle::BODY,
    );
    small_table(&mut flow, 2);
    flow.heading("1. Punkt", TextStyle::ITEM, 10.0);

    assert_eq!(
        document_shape(&rendered(flow)),
        "Document(H1 P P H2 P L(LI(Lbl LBody) LI(Lbl LBody)) L(LI(Lbl LBody)) \
         Table(TR(TH TH) TR(TD TD) TR(TD TD)) H3)"
    );
}

#[test]
fn a_table_over_several_pages_is_one_table_and_its_repeated_header_an_artifact() {
    let mut flow = Flow::new();
    flow.heading("Handlingspunkter", TextStyle::SECTION, 0.0);
    small_table(&mut flow, 150);
    let document = rendered(flow);
    assert!(document.get_pages().len() >= 3);
    let shape = document_shape(&document);
    assert_eq!(shape.matches("Table(").count(), 1, "{shape}");
    assert_eq!(shape.matches("TH").count(), 2, "{shape}");
    assert_eq!(shape.matches("TR(").count(), 151, "{shape}");
    // The header is drawn on every page, but tagged TH only on the first.
    let pages = contents(&document);
    for page in &pages[1..] {
        assert!(!page.contains("/TH<<"), "{page}");
        assert!(page.contains("/Artifact BMC"), "{page}");
    }
}

#[test]
fn every_text_is_marked_content_of_an_element_or_an_artifact_and_in_the_parent_tree() {
    let minutes = crate::sample::synthetic_minutes(12);
    let document = rendered(crate::document::minutes_flow(&minutes, Language::Danish));
    let catalog = catalog(&document);
    assert!(catalog.get(b"MarkInfo").is_ok());
    let root = resolve(&document, catalog.get(b"StructTreeRoot").expect("tree"))
        .as_dict()
        .expect("root");
    let parent_tree = resolve(&document, root.get(b"ParentTree").expect("parent tree"))
        .as_dict()
        .expect("a number tree");
    let numbers = parent_tree
        .get(b"Nums")
        .and_then(Object::as_array)
        .expect("Nums");
    for (index, page) in contents(&document).iter().enumerate() {
        let mut depth = 0;
        let mut marked = 0;
        // Every text showing operator is inside marked content.
        for line in page.lines() {
            if line.ends_with("BDC") || line.ends_with("BMC") {
                depth += 1;
                if line.contains("MCID") {
                    marked += 1;
                }
            } else if line == "EMC" {
                depth -= 1;
            } else if line.ends_with("Tj") {
                assert_eq!(
                    depth, 1,
                    "text outside marked content on page {index}: {line}"
                );
            }
        }
        assert_eq!(depth, 0);
        assert!(page.contains("/Artifact<</Type/Pagination/Subtype/Header>>BDC"));
        assert!(page.contains("/Artifact<</Type/Pagination/Subtype/Footer>>BDC"));
        let entry = numbers
            .chunks(2)
            .find(|pair| pair[0].as_i64().ok() == Some(index as i64))
            .expect("the page's entry");
        let elements = resolve(&document, &entry[1]).as_array().expect("an array");
        assert_eq!(elements.len(), marked, "page {index}");
    }
}

#[test]
fn bookmarks_are_the_sections_with_the_agenda_items_under_theirs() {
    let minutes = crate::sample::synthetic_minutes(3);
    let document = rendered(crate::document::minutes_flow(&minutes, Language::Danish));
    let outlines = resolve(
        &document,
        catalog(&document).get(b"Outlines").expect("bookmarks"),
    )
    .as_dict()
    .expect("outlines");
    let title = |item: &lopdf::Dictionary| {
        lopdf::decode_text_string(item.get(b"Title").expect("a title")).expect("text")
    };
    let mut sections = Vec::new();
    let mut next = outlines.get(b"First").ok();
    while let Some(item) = next {
        let item = resolve(&document, item).as_dict().expect("an item");
        let mut children = Vec::new();
        let mut child = item.get(b"First").ok();
        while let Some(entry) = child {
            let entry = resolve(&document, entry).as_dict().expect("a child");
            children.push(title(entry));
            child = entry.get(b"Next").ok();
        }
        sections.push((title(item), children));
        next = item.get(b"Next").ok();
    }
    let names: Vec<&str> = sections.iter().map(|(name, _)| name.as_str()).collect();
    assert_eq!(names[..2], ["Deltagere", "Dagsorden og beslutninger"]);
    assert_eq!(names.last(), Some(&"Underskrifter"));
    let items = &sections[1].1;
    assert_eq!(items.len(), 3, "{sections:?}");
    for (index, item) in minutes.agenda.iter().enumerate() {
        assert!(
            items[index].starts_with(&format!("{}. {}", item.position, item.title.trim())),
            "{items:?}"
        );
    }
}

#[test]
fn signature_boxes_are_form_fields_with_a_description_in_the_structure() {
    let minutes = crate::sample::synthetic_minutes(1);
    let document = rendered(crate::document::minutes_flow(&minutes, Language::English));
    let shape = document_shape(&document);
    assert_eq!(
        shape.matches("Form").count(),
        2 + crate::document::COUNTERSIGNATURE_SLOTS,
        "{shape}"
    );
    let widgets: Vec<&lopdf::Dictionary> = document
        .objects
        .values()
        .filter_map(|object| object.as_dict().ok())
        .filter(|dictionary| {
            dictionary
                .get(b"Subtype")
                .and_then(Object::as_name)
                .is_ok_and(|name| name == b"Widget")
        })
        .collect();
    assert_eq!(widgets.len(), 2 + crate::document::COUNTERSIGNATURE_SLOTS);
    for widget in widgets {
        let description =
            lopdf::decode_text_string(widget.get(b"TU").expect("a description")).expect("text");
        assert!(description.starts_with("Signature: "), "{description}");
        assert!(widget.get(b"StructParent").is_ok());
        assert!(widget.get(b"AP").is_ok());
    }
}
