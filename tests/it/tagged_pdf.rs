//! The minutes and the agenda pack as tagged PDF (docs/accessible-pdf.md), read by poppler's
//! `pdfinfo -struct-text`, which prints the structure tree with the text of each element: every
//! section and agenda item heading in it in document order, every table's header cells TH, every
//! word on the pages (pdftotext, the running header and footer cropped away) in it — so nothing
//! is left out of the structure but the header, the footer and the artifacts repeated after a
//! page break (a heading "(fortsat)", a table's header row) — and all of it unchanged by a
//! signature that pdfsig and pyHanko validate.

use std::collections::BTreeMap;
use std::path::Path;

use crate::agenda_pack::{self, MEETING as AGENDA_MEETING};
use crate::attacks::{Verdict, pyhanko_python, pyhanko_verdicts};
use crate::minutes::{
    check_structure_and_fonts, demo_database, export as export_minutes, pdfsig_verdicts,
    signed_demo_minutes, tool,
};
use crate::support::{stderr, stdout};

/// One line of `pdfinfo -struct-text`: an element (its role, "P", "TH" …) or a text, with its
/// depth in the tree. Attribute lines ("/Scope /Column") and object references are left out.
#[derive(Debug, Clone, PartialEq)]
enum Entry {
    Element { depth: usize, role: String },
    Text { depth: usize, text: String },
}

fn structure(path: &Path) -> Vec<Entry> {
    let output = tool(
        "pdfinfo",
        &["-struct-text", path.to_str().expect("UTF-8 path")],
    );
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(
        stderr(&output).trim().is_empty(),
        "pdfinfo complains: {}",
        stderr(&output)
    );
    stdout(&output)
        .lines()
        .filter_map(|line| {
            let trimmed = line.trim_start();
            let depth = (line.len() - trimmed.len()) / 2;
            if let Some(text) = trimmed.strip_prefix('"') {
                let text = text.strip_suffix('"').unwrap_or(text).to_owned();
                return Some(Entry::Text { depth, text });
            }
            if trimmed.starts_with('/') || trimmed.starts_with("Object ") || trimmed.is_empty() {
                return None;
            }
            let role = trimmed.split([' ', ':']).next().expect("a word").to_owned();
            Some(Entry::Element { depth, role })
        })
        .collect()
}

/// Each element of `role` with the text under it, in tree order.
fn elements_with_text(entries: &[Entry], roles: &[&str]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        let Entry::Element { depth, role } = entry else {
            continue;
        };
        if !roles.contains(&role.as_str()) {
            continue;
        }
        let mut parts = Vec::new();
        for inner in &entries[index + 1..] {
            match inner {
                Entry::Element { depth: inner, .. } if inner <= depth => break,
                Entry::Text { text: part, .. } => parts.push(part.as_str()),
                Entry::Element { .. } => {}
            }
        }
        let text = parts.join(" ");
        found.push((
            role.clone(),
            text.split_whitespace().collect::<Vec<_>>().join(" "),
        ));
    }
    found
}

/// Each table's rows as the roles of their cells: [["TH", "TH"], ["TD", "TD"], …].
fn tables(entries: &[Entry]) -> Vec<Vec<Vec<String>>> {
    let mut tables: Vec<Vec<Vec<String>>> = Vec::new();
    for entry in entries {
        if let Entry::Element { role, .. } = entry {
            match role.as_str() {
                "Table" => tables.push(Vec::new()),
                "TR" => tables
                    .last_mut()
                    .expect("a row in a table")
                    .push(Vec::new()),
                "TH" | "TD" => tables
                    .last_mut()
                    .and_then(|table| table.last_mut())
                    .expect("a cell in a row")
                    .push(role.clone()),
                _ => {}
            }
        }
    }
    tables
}

/// Every word of the structure's text, counted.
fn structure_words(entries: &[Entry]) -> BTreeMap<String, usize> {
    let mut words = BTreeMap::new();
    for entry in entries {
        if let Entry::Text { text, .. } = entry {
            for word in text.split_whitespace() {
                *words.entry(word.to_owned()).or_insert(0) += 1;
            }
        }
    }
    words
}

/// Every word pdftotext finds between the running header and the running footer, counted, and
/// the lines it finds there (to name what is missing).
fn body_words(path: &Path) -> (BTreeMap<String, usize>, String) {
    // The header's baseline is 44 pt below the top and its rule at 52 pt; the footer's rule is
    // 48 pt above the bottom: the body lies between 60 pt from the top and 56 pt from the bottom.
    let output = tool(
        "pdftotext",
        &[
            "-x",
            "0",
            "-y",
            "60",
            "-W",
            "596",
            "-H",
            "726",
            path.to_str().expect("UTF-8 path"),
            "-",
        ],
    );
    let text = stdout(&output);
    let mut words = BTreeMap::new();
    for word in text.split_whitespace() {
        *words.entry(word.to_owned()).or_insert(0) += 1;
    }
    (words, text)
}

/// What the body has more of than the structure (nothing, when every text is tagged), and what
/// the structure has more of than the body (nothing, when it invents no text).
fn word_differences(
    body: &BTreeMap<String, usize>,
    structure: &BTreeMap<String, usize>,
) -> (Vec<String>, Vec<String>) {
    let more_than = |a: &BTreeMap<String, usize>, b: &BTreeMap<String, usize>| {
        a.iter()
            .filter(|(word, count)| b.get(*word).copied().unwrap_or(0) < **count)
            .map(|(word, count)| format!("{word} ×{}", count - b.get(word).copied().unwrap_or(0)))
            .collect::<Vec<_>>()
    };
    (more_than(body, structure), more_than(structure, body))
}

/// The checks every tagged document passes; returns its structure.
fn check_tagged(path: &Path) -> Vec<Entry> {
    let entries = check_tags(path);
    let (body, text) = body_words(path);
    let (untagged, invented) = word_differences(&body, &structure_words(&entries));
    // What is on a page but not in the structure may only be what a page break repeats: a
    // heading with "(fortsat)" and a table's header row, whose words the structure has once.
    let repeatable: Vec<String> = elements_with_text(&entries, &["H2", "H3", "TH"])
        .into_iter()
        .flat_map(|(_, text)| {
            text.split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .chain(["(fortsat)".to_owned(), "(continued)".to_owned()])
        .collect();
    let untagged: Vec<&String> = untagged
        .iter()
        .filter(|word| {
            let word = word
                .rsplit_once(" ×")
                .map_or(word.as_str(), |(word, _)| word);
            !repeatable.iter().any(|repeated| repeated == word)
        })
        .collect();
    assert!(
        untagged.is_empty(),
        "on the page but not in the structure: {untagged:?}\n{text}"
    );
    assert!(
        invented.is_empty(),
        "in the structure but not on the page: {invented:?}"
    );
    entries
}

/// The structure checks that hold for a signed file too (whose stamps pdftotext also reads):
/// tagged, with metadata, a Document root and tables with header cells and full rows.
fn check_tags(path: &Path) -> Vec<Entry> {
    let info = stdout(&tool("pdfinfo", &[path.to_str().expect("UTF-8 path")]));
    assert!(info.contains("Tagged:          yes"), "{info}");
    assert!(info.contains("Metadata Stream: yes"), "{info}");
    let entries = structure(path);
    assert_eq!(
        entries.first(),
        Some(&Entry::Element {
            depth: 0,
            role: "Document".to_owned()
        })
    );
    for table in tables(&entries) {
        let (header, rows) = table.split_first().expect("a table has a header row");
        assert!(
            !header.is_empty() && header.iter().all(|cell| cell == "TH"),
            "{table:?}"
        );
        assert!(!rows.is_empty(), "a table without rows: {table:?}");
        for row in rows {
            assert_eq!(
                row.len(),
                header.len(),
                "every row has every cell: {table:?}"
            );
            assert!(row.iter().all(|cell| cell == "TD"), "{table:?}");
        }
    }
    entries
}

/// The `/Lang` of the document's catalog, read by qpdf.
fn language(path: &Path) -> String {
    let output = tool(
        "qpdf",
        &["--show-object=trailer", path.to_str().expect("UTF-8 path")],
    );
    let trailer = stdout(&output);
    let root = trailer
        .split("/Root ")
        .nth(1)
        .and_then(|rest| rest.split(" R").next())
        .expect("the trailer names the catalog")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(",");
    let catalog = stdout(&tool(
        "qpdf",
        &[
            &format!("--show-object={root}"),
            path.to_str().expect("UTF-8 path"),
        ],
    ));
    catalog
        .split("/Lang (")
        .nth(1)
        .and_then(|rest| rest.split(')').next())
        .unwrap_or_else(|| panic!("no /Lang in the catalog: {catalog}"))
        .to_owned()
}

#[test]
fn the_demo_minutes_are_tagged_with_every_heading_and_table_in_reading_order() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (db, meeting) = demo_database(folder.path());
    for (code, sections) in [
        (
            "da",
            [
                "Deltagere",
                "Dagsorden og beslutninger",
                "Handlingspunkter",
                "Ny prioritering af backloggen",
                "Mødets log",
                "Underskrifter",
            ],
        ),
        (
            "en",
            [
                "Attendance",
                "Agenda and decisions",
                "Action items",
                "Re-prioritised backlog",
                "The meeting's log",
                "Signatures",
            ],
        ),
    ] {
        let pdf = folder.path().join(format!("minutes-{code}.pdf"));
        let exported = export_minutes(&db, &meeting, &pdf, &["--lang", code]);
        assert!(exported.status.success(), "{}", stderr(&exported));
        let entries = check_tagged(&pdf);
        assert_eq!(language(&pdf), code);

        let headings = elements_with_text(&entries, &["H1", "H2", "H3"]);
        assert_eq!(
            headings[0],
            ("H1".to_owned(), "Styregruppemøde september 2026".to_owned())
        );
        let section_titles: Vec<&str> = headings
            .iter()
            .filter(|(role, _)| role == "H2")
            .map(|(_, text)| text.as_str())
            .collect();
        assert_eq!(section_titles, sections, "{headings:?}");
        // The five agenda items, numbered in order, between the agenda's heading and the next
        // section's.
        let agenda_at = headings
            .iter()
            .position(|(_, text)| text == sections[1])
            .expect("the agenda section");
        let items: Vec<&str> = headings[agenda_at + 1..]
            .iter()
            .take_while(|(role, _)| role == "H3")
            .map(|(_, text)| text.as_str())
            .collect();
        assert_eq!(items.len(), 5, "{headings:?}");
        for (index, item) in items.iter().enumerate() {
            assert!(item.starts_with(&format!("{}. ", index + 1)), "{items:?}");
        }
        // Attendance, the two polls' figures, the action items and the new backlog order.
        let tables = tables(&entries);
        assert_eq!(tables.len(), 5, "{tables:?}");
        let header_cells: Vec<String> = elements_with_text(&entries, &["TH"])
            .into_iter()
            .take(4)
            .map(|(_, text)| text)
            .collect();
        let expected: &[&str] = if code == "da" {
            &["Navn", "Organisation", "Rolle", "Fremmøde"]
        } else {
            &["Name", "Organisation", "Role", "Attendance"]
        };
        assert_eq!(header_cells, expected);
        // The signature boxes are form fields in the structure, after the signature heading.
        let forms = entries
            .iter()
            .filter(|entry| matches!(entry, Entry::Element { role, .. } if role == "Form"))
            .count();
        assert_eq!(forms, 6);
    }
}

#[test]
fn signed_minutes_keep_their_structure_and_validate_with_pdfsig_and_pyhanko() {
    let folder = tempfile::tempdir().expect("temp dir");
    let (db, signed) = signed_demo_minutes(folder.path());
    let meeting = crate::minutes::meeting_id_titled(&db, "Styregruppemøde september 2026");
    let unsigned = folder.path().join("unsigned.pdf");
    let exported = export_minutes(&db, &meeting, &unsigned, &[]);
    assert!(exported.status.success(), "{}", stderr(&exported));

    assert_eq!(pdfsig_verdicts(&signed), ["valid"]);
    assert_eq!(
        pyhanko_verdicts(&pyhanko_python(), &signed).expect("pyHanko reads it"),
        [Verdict::Valid]
    );
    check_structure_and_fonts(signed.to_str().expect("UTF-8 path"));
    // The signature's stamp is drawn in the widget's appearance, which the Form element
    // covers: the structure is the unsigned file's, every word of which is checked.
    assert_eq!(check_tags(&signed), check_tagged(&unsigned));
    assert_eq!(language(&signed), "da");
}

#[test]
fn an_agenda_pack_is_tagged_with_its_sections_items_lists_and_tables() {
    let folder = tempfile::tempdir().expect("temp dir");
    let db = folder.path().join("gavel.sqlite3");
    agenda_pack::set_up(&db);
    let pdf = folder.path().join("agenda.pdf");
    let exported = agenda_pack::export(&db, AGENDA_MEETING, &pdf, "da");
    assert!(exported.status.success(), "{}", stderr(&exported));
    let entries = check_tagged(&pdf);
    assert_eq!(language(&pdf), "da");

    let headings = elements_with_text(&entries, &["H1", "H2", "H3"]);
    let expected = [
        ("H1", "Styregruppemøde december 2026"),
        ("H2", "Dagsorden"),
        ("H2", "Sagsfremstillinger og indstillinger"),
        ("H3", "1. Godkendelse af dagsorden"),
        ("H3", "2. Hosting af OS2mo – udbud (MO-1420)"),
        ("H3", "3. Fratrædelse i SD-løn (MO-1433)"),
        ("H2", "Sager fra backloggen"),
        ("H2", "Forretningsorden"),
        ("H2", "Medlemmer"),
        ("H2", "Udsendt af"),
    ];
    let found: Vec<(&str, &str)> = headings
        .iter()
        .map(|(role, text)| (role.as_str(), text.as_str()))
        .collect();
    assert_eq!(found, expected);
    // The case description's list: two items, each with its bullet as the label.
    let items = elements_with_text(&entries, &["LI"]);
    assert!(
        items
            .iter()
            .any(|(_, text)| text == "• et fælles udbud for alle kommuner"),
        "{items:?}"
    );
    // The contents, the backlog items and the members.
    assert_eq!(tables(&entries).len(), 3);
}
