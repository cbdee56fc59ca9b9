use super::*;
use crate::layout::Tag;
use crate::sample::synthetic_minutes;

/// Every piece of text in the blocks, in order, spaces collapsed.
fn block_text(blocks: &[Block]) -> String {
    let mut words = Vec::new();
    let mut add = |pieces: &[Piece]| {
        for piece in pieces {
            words.extend(piece.text.split_whitespace().map(str::to_owned));
        }
    };
    for block in blocks {
        match block {
            Block::Heading { text, .. } | Block::Paragraph { text } => add(text),
            Block::Labelled { label, text } => {
                add(label);
                add(text);
            }
            Block::List { items } => {
                for item in items {
                    add(&item.label);
                    add(&item.body);
                }
            }
            Block::Table { rows } => {
                for row in rows {
                    for cell in &row.cells {
                        add(cell);
                    }
                }
            }
            Block::SignatureBoxes { .. } | Block::PageBreak => {}
        }
    }
    words.join(" ")
}

/// The words the PDF draws as content (not artifacts), in the flow's order, cell by cell as a
/// reader of the tagged PDF gets them.
fn content_words(flow: &Flow) -> Vec<String> {
    let mut words = Vec::new();
    let mut row: Vec<Vec<String>> = Vec::new();
    let mut row_element = None;
    let flush = |row: &mut Vec<Vec<String>>, words: &mut Vec<String>| {
        for cell in row.drain(..) {
            words.extend(cell);
        }
    };
    for line in &flow.lines {
        if line.tag == Tag::ARTIFACT {
            continue;
        }
        if row_element != Some(line.tag.element) {
            flush(&mut row, &mut words);
            row_element = Some(line.tag.element);
        }
        for mark in &line.marks {
            if let Mark::Text { text, cell, .. } = mark {
                let cell = usize::from(*cell);
                if row.len() <= cell {
                    row.resize(cell + 1, Vec::new());
                }
                row[cell].extend(text.split_whitespace().map(str::to_owned));
            }
        }
    }
    flush(&mut row, &mut words);
    words
}

#[test]
fn the_preview_has_every_word_the_pdf_draws_once_and_in_the_same_order() {
    // Long enough to break tables and agenda items over pages, whose repeated headings are
    // artifacts: the preview must not show them twice.
    let minutes = synthetic_minutes(60);
    for language in [Language::Danish, Language::English] {
        let flow = minutes_flow(&minutes, language);
        let document = minutes_document(&minutes, language);
        // The same characters in the same order; only where lines break may differ (the
        // preview keeps a word the PDF broke across two lines whole).
        let characters = |text: &str| text.split_whitespace().collect::<String>();
        assert_eq!(
            characters(&block_text(&document.blocks)),
            characters(&content_words(&flow).join(" ")),
            "{language:?}"
        );
        let continued = match language {
            Language::Danish => "(fortsat)",
            Language::English => "(continued)",
        };
        assert!(
            !block_text(&document.blocks).contains(continued),
            "a heading repeated after a page break is in the preview"
        );
    }
}

#[test]
fn headings_sections_and_tables_come_as_the_pdf_tags_them() {
    let minutes = synthetic_minutes(4);
    let document = minutes_document(&minutes, Language::Danish);
    assert_eq!(document.title, format!("Referat: {}", minutes.title.trim()));
    let headings: Vec<(u8, String)> = document
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Heading { level, .. } => Some((*level, block_text(std::slice::from_ref(block)))),
            _ => None,
        })
        .collect();
    assert_eq!(headings[0], (1, minutes.title.trim().to_owned()));
    assert!(
        headings.contains(&(2, "Deltagere".to_owned())),
        "{headings:?}"
    );
    assert!(
        headings.contains(&(2, "Dagsorden og beslutninger".to_owned())),
        "{headings:?}"
    );
    assert!(
        headings
            .iter()
            .any(|(level, text)| *level == 3 && text.starts_with("1. ")),
        "an agenda item is a level-3 heading: {headings:?}"
    );

    // The attendance table: a header row, then a row per member with the member's name first.
    let attendance = document
        .blocks
        .iter()
        .find_map(|block| match block {
            Block::Table { rows } if rows.first().is_some_and(|row| row.header) => Some(rows),
            _ => None,
        })
        .expect("a table with a header row");
    assert_eq!(
        block_text(&[Block::Paragraph {
            text: attendance[0].cells[0].clone()
        }]),
        "Navn"
    );
    assert_eq!(attendance.len(), minutes.attendance.len() + 1);
    for (row, attendee) in attendance[1..].iter().zip(&minutes.attendance) {
        assert!(!row.header);
        assert!(
            block_text(&[Block::Paragraph {
                text: row.cells[0].clone()
            }])
            .starts_with(&attendee.name),
            "{row:?}"
        );
    }
}

#[test]
fn the_signature_page_has_a_box_for_each_signature_field() {
    let minutes = synthetic_minutes(1);
    let document = minutes_document(&minutes, Language::English);
    let page_break = document
        .blocks
        .iter()
        .position(|block| *block == Block::PageBreak)
        .expect("the signature page starts a new page");
    let fields: Vec<&str> = document.blocks[page_break..]
        .iter()
        .flat_map(|block| match block {
            Block::SignatureBoxes { boxes } => boxes.iter().map(|b| b.field.as_str()).collect(),
            _ => Vec::new(),
        })
        .collect();
    assert_eq!(
        fields,
        [
            "chair-1",
            "secretary-1",
            "countersignature-1",
            "countersignature-2",
            "countersignature-3",
            "countersignature-4"
        ]
    );
    assert!(
        block_text(&document.blocks[page_break..]).starts_with("Signatures"),
        "the English signature page"
    );
}

#[test]
fn bold_text_in_notes_is_strong_and_the_rest_is_not() {
    let mut minutes = synthetic_minutes(1);
    minutes.agenda[0].notes = "Drøftet: **hosting** hos leverandøren.".to_owned();
    let document = minutes_document(&minutes, Language::Danish);
    let pieces: Vec<&Piece> = document
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph { text } => Some(text),
            _ => None,
        })
        .flatten()
        .collect();
    let bold = pieces
        .iter()
        .find(|piece| piece.text.contains("hosting"))
        .expect("the notes are in the preview");
    assert!(bold.look.strong, "{bold:?}");
    assert_eq!(bold.text.trim(), "hosting");
    let plain = pieces
        .iter()
        .find(|piece| piece.text.contains("Drøftet"))
        .expect("the notes' plain text");
    assert!(!plain.look.strong, "{plain:?}");
}

#[test]
fn a_line_break_in_the_notes_stays_one_and_a_broken_word_stays_whole() {
    let mut minutes = synthetic_minutes(1);
    let long_word = format!("https://os2mo.example.dk/{}", "abcdefghij".repeat(12));
    minutes.agenda[0].notes = format!("Aarhus: for\nOdense: imod\n\n{long_word}");
    let flow = minutes_flow(&minutes, Language::Danish);
    // The PDF breaks the long word between characters: no line holds it whole.
    assert!(
        !flow
            .lines
            .iter()
            .flat_map(|line| &line.marks)
            .any(|mark| matches!(mark, Mark::Text { text, .. } if text.contains(&long_word))),
        "the fixture's word should be too long for a line"
    );
    let document = minutes_document(&minutes, Language::Danish);
    let paragraphs: Vec<String> = document
        .blocks
        .iter()
        .filter_map(|block| match block {
            Block::Paragraph { text } => {
                Some(text.iter().map(|piece| piece.text.as_str()).collect())
            }
            _ => None,
        })
        .collect();
    assert!(
        paragraphs
            .iter()
            .any(|text| text == "Aarhus: for\nOdense: imod"),
        "{paragraphs:#?}"
    );
    assert!(
        paragraphs.iter().any(|text| text == &long_word),
        "{paragraphs:#?}"
    );
}

#[test]
fn a_character_the_pdf_cannot_print_is_the_question_mark_it_prints() {
    let mut minutes = synthetic_minutes(1);
    minutes.agenda[0].notes = "Rapport \u{202E}fdp.exe".to_owned();
    let document = minutes_document(&minutes, Language::Danish);
    assert!(block_text(&document.blocks).contains("Rapport ?fdp.exe"));
    assert!(!block_text(&document.blocks).contains('\u{202E}'));
}
