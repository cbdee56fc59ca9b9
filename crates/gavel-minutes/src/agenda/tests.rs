use super::*;
use crate::fonts::FontStyle;
use crate::layout::page::Page;
use crate::layout::tests::check_pages_fit;
use crate::sample::synthetic_agenda;

/// Every text drawn on a page, in order.
fn page_texts(page: &Page) -> Vec<String> {
    page.lines
        .iter()
        .flat_map(|placed| &placed.line.marks)
        .filter_map(|mark| match mark {
            Mark::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

fn all_texts(pages: &[Page]) -> String {
    pages
        .iter()
        .flat_map(page_texts)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The page (1-based) on which a line starting with `heading` is first drawn in `style`.
fn page_of_heading(pages: &[Page], heading: &str, style: TextStyle) -> Option<usize> {
    pages.iter().position(|page| {
        page.lines.iter().any(|placed| {
            placed.line.marks.iter().any(|mark| {
                matches!(mark, Mark::Text { text, size, .. } if text.starts_with(heading) && *size == style.size)
            })
        })
    }).map(|index| index + 1)
}

/// The table of contents' page number: the last text of the row whose first text is `label`
/// ("12." or a closing section's title), on the row's last line (a long title wraps).
fn contents_page_number(pages: &[Page], label: &str) -> Option<String> {
    let lines: Vec<(usize, &crate::layout::Line)> = pages
        .iter()
        .enumerate()
        .flat_map(|(number, page)| page.lines.iter().map(move |placed| (number, &placed.line)))
        .collect();
    let texts = |line: &crate::layout::Line| -> Vec<(f32, String)> {
        line.marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::Text { x, text, .. } => Some((*x, text.clone())),
                _ => None,
            })
            .collect()
    };
    let start = lines
        .iter()
        .position(|(_, line)| texts(line).first().is_some_and(|(_, text)| text == label))?;
    let mut end = start;
    // A row's first line has the row's padding above it; its further lines none, on its page.
    while lines.get(end + 1).is_some_and(|(page, next)| {
        *page == lines[start].0 && !texts(next).is_empty() && next.space_before == 0.0
    }) {
        end += 1;
    }
    texts(lines[end].1).last().map(|(_, text)| text.clone())
}

#[test]
fn the_contents_give_the_page_each_item_starts_on() {
    let pack = synthetic_agenda(40);
    let pages = laid_out_agenda_pages(&pack, Language::Danish);
    assert!(pages.len() > 10, "{} pages", pages.len());
    for item in &pack.items {
        let heading = format!("{}. {}", item.position, &item.title[..20]);
        let page = page_of_heading(&pages, &heading, TextStyle::ITEM)
            .unwrap_or_else(|| panic!("no heading {heading:?}"));
        assert_eq!(
            contents_page_number(&pages, &format!("{}.", item.position)),
            Some(page.to_string()),
            "item {}",
            item.position
        );
        assert!(page > 1, "item {} shares the contents' page", item.position);
    }
    for section in ["Sager fra backloggen", "Forretningsorden", "Medlemmer"] {
        let page = page_of_heading(&pages, section, TextStyle::SECTION).expect(section);
        assert_eq!(
            contents_page_number(&pages, section),
            Some(page.to_string()),
            "{section}"
        );
    }
}

#[test]
fn an_agenda_of_forty_items_fits_its_pages_and_never_ends_a_page_with_a_heading() {
    for language in [Language::Danish, Language::English] {
        let pages = laid_out_agenda_pages(&synthetic_agenda(40), language);
        check_pages_fit(&pages);
        for (number, page) in pages.iter().enumerate() {
            let last = page
                .lines
                .iter()
                .rev()
                .find(|placed| !placed.line.marks.is_empty());
            if let Some(last) = last {
                let heading = last.line.marks.iter().any(|mark| {
                    matches!(mark, Mark::Text { size, .. }
                        if *size == TextStyle::ITEM.size || *size == TextStyle::SECTION.size)
                });
                assert!(
                    !heading,
                    "page {} ends with a heading: {:?}",
                    number + 1,
                    last.line.marks
                );
            }
        }
    }
}

#[test]
fn each_item_prints_its_case_description_and_proposed_decision_with_its_backlog_facts() {
    let danish = all_texts(&laid_out_agenda_pages(
        &synthetic_agenda(4),
        Language::Danish,
    ));
    for expected in [
        "DAGSORDEN",
        "Styregruppemøde december 2026",
        "10. december 2026",
        "13:00–15:00",
        "Aarhus Rådhus, mødelokale 1",
        "Sagsfremstilling",
        "Indstilling",
        "Styregruppen godkender løsningsforslaget for punkt 3",
        "MO-1404 · Status: I gang · 8 point · 4 stemmer i Jira · Hører under: MO-1000",
        "•",
        "Forretningsorden",
        "Beslutningsdygtig, når",
        "Mette Kjærgaard Holm",
        "Ja, vægt 2",
    ] {
        assert!(
            danish.contains(expected),
            "{expected:?} missing from {danish}"
        );
    }
    let english = all_texts(&laid_out_agenda_pages(
        &synthetic_agenda(8),
        Language::English,
    ));
    for expected in [
        "AGENDA",
        "10 December 2026",
        "Case description",
        "Proposed decision",
        "2.5 points",
        "Rules of procedure",
        "Members",
        "Yes, weight 2",
    ] {
        assert!(
            english.contains(expected),
            "{expected:?} missing from {english}"
        );
    }
    assert!(!english.contains("Sagsfremstilling"), "{english}");
}

/// The texts of the line holding a text mark `text` in `style`, with each mark's face; the
/// line's marks are checked to follow each other with no gap and no overlap (after a list's
/// bullet, which stands in a column of its own).
fn line_with(pages: &[Page], text: &str, style: FontStyle) -> Option<Vec<(String, FontStyle)>> {
    let faces = |line: &crate::layout::Line| -> Vec<(String, FontStyle)> {
        line.marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::Text { text, style, .. } => Some((text.clone(), *style)),
                _ => None,
            })
            .collect()
    };
    let line = pages
        .iter()
        .flat_map(|page| &page.lines)
        .map(|placed| &placed.line)
        .find(|line| {
            faces(line)
                .iter()
                .any(|(found, face)| found == text && *face == style)
        })?;
    for pair in line.marks.windows(2) {
        if let [
            before @ Mark::Text { text, .. },
            after @ Mark::Text { x, .. },
        ] = pair
            && text != "•"
        {
            assert!(
                (before.right_edge() - x).abs() < 0.01,
                "{after:?} does not start where {before:?} ends"
            );
        }
    }
    Some(faces(line))
}

#[test]
fn bold_text_is_set_in_the_bold_face_and_its_asterisks_are_not_printed() {
    let mut pack = synthetic_agenda(2);
    pack.items[0].proposed_decision = "**Indstillingen** er vigtig".to_owned();
    pack.items[1].case_description = "Vi vil **have** *det* og ** også **MO**-1420.".to_owned();
    let pages = laid_out_agenda_pages(&pack, Language::Danish);
    check_pages_fit(&pages);
    assert_eq!(
        line_with(&pages, "Indstillingen", FontStyle::SemiBold),
        Some(vec![
            ("Indstillingen".to_owned(), FontStyle::SemiBold),
            (" er vigtig".to_owned(), FontStyle::Regular),
        ])
    );
    assert_eq!(
        line_with(&pages, "have", FontStyle::SemiBold),
        Some(vec![
            ("Vi vil ".to_owned(), FontStyle::Regular),
            ("have".to_owned(), FontStyle::SemiBold),
            (" *det* og ** også ".to_owned(), FontStyle::Regular),
            ("MO".to_owned(), FontStyle::SemiBold),
            ("-1420.".to_owned(), FontStyle::Regular),
        ])
    );
    // The sample's list item and its closing sentence, bold over a line break.
    assert!(line_with(&pages, "ny visning", FontStyle::SemiBold).is_some());
    let texts = all_texts(&pages);
    assert!(texts.contains("udviklingspuljen for 2027"), "{texts}");
    assert!(!texts.contains("**Indstillingen"), "{texts}");
    assert!(!texts.contains("2027**"), "{texts}");
}

#[test]
fn story_points_are_written_as_jira_writes_them_in_each_language() {
    assert_eq!(story_points(8.0, Language::Danish), "8");
    assert_eq!(story_points(2.5, Language::Danish), "2,5");
    assert_eq!(story_points(2.5, Language::English), "2.5");
    assert_eq!(story_points(0.25, Language::Danish), "0,25");
}

#[test]
fn a_draft_an_open_and_a_cancelled_meeting_say_which_it_is() {
    let mut pack = synthetic_agenda(1);
    let draft = all_texts(&laid_out_agenda_pages(&pack, Language::Danish));
    assert!(!draft.contains("Status"), "{draft}");
    assert!(draft.contains("som den er nu"), "{draft}");
    pack.status = MeetingStatus::Open;
    let open = all_texts(&laid_out_agenda_pages(&pack, Language::Danish));
    assert!(open.contains("Mødet er i gang."), "{open}");
    assert!(open.contains("da det blev åbnet"), "{open}");
    pack.status = MeetingStatus::Cancelled;
    pack.cancelled = Some(Some("For få kan deltage.".to_owned()));
    let cancelled = all_texts(&laid_out_agenda_pages(&pack, Language::English));
    assert!(
        cancelled.contains("The meeting is cancelled. For få kan deltage."),
        "{cancelled}"
    );
}

#[test]
fn an_empty_agenda_says_that_it_will_follow() {
    let pack = synthetic_agenda(0);
    let texts = all_texts(&laid_out_agenda_pages(&pack, Language::Danish));
    assert!(texts.contains("Dagsordenen følger."), "{texts}");
    assert!(!texts.contains("Sager fra backloggen"), "{texts}");
    assert!(texts.contains("Medlemmer"), "{texts}");
}

#[test]
fn the_same_pack_gives_the_same_bytes_and_the_frame_names_an_agenda() {
    let pack = synthetic_agenda(5);
    let first = render_agenda(&pack, Language::Danish).expect("renders");
    let second = render_agenda(&pack, Language::Danish).expect("renders");
    assert_eq!(first.pdf, second.pdf);
    let frame = agenda_frame(&pack, Language::Danish);
    assert_eq!(frame.title, "Dagsorden: Styregruppemøde december 2026");
    assert_eq!(frame.footer_left, "Dannet 3. december 2026 kl. 09:30");
    assert!(
        frame
            .info
            .iter()
            .all(|(key, _)| *key != crate::INFO_MEETING_ID),
        "an agenda must not pass for minutes"
    );
    let mut practice = pack.clone();
    practice.practice = true;
    assert!(agenda_document_title(&practice, Language::English).starts_with("PRACTICE – Agenda: "));
    assert_eq!(
        agenda_file_stem(&pack, Language::English, false),
        "Agenda - Styregruppemøde december 2026 (2026-12-10)"
    );
    assert_eq!(
        agenda_file_stem(&pack, Language::Danish, true),
        "Dagsorden - Styregruppemøde december 2026 (2026-12-10) (underskrevet)"
    );
}

/// The signature slots of `pages`: (page, field name), in order.
fn signature_slots(pages: &[Page]) -> Vec<(usize, String)> {
    pages
        .iter()
        .enumerate()
        .flat_map(|(index, page)| {
            page.lines
                .iter()
                .flat_map(|placed| &placed.line.marks)
                .filter_map(move |mark| match mark {
                    Mark::SignatureSlot { name, .. } => Some((index + 1, name.clone())),
                    _ => None,
                })
        })
        .collect()
}

#[test]
fn the_agenda_ends_with_one_box_for_its_sender_under_its_heading() {
    for (items, language, heading) in [
        (0, Language::Danish, "Udsendt af"),
        (4, Language::English, "Sent by"),
        (40, Language::Danish, "Udsendt af"),
    ] {
        let pages = laid_out_agenda_pages(&synthetic_agenda(items), language);
        let last = pages.len();
        assert_eq!(
            signature_slots(&pages),
            [(last, "sender-1".to_owned())],
            "{items} items"
        );
        // The heading and its explanation are on the box's page, not left behind on the one
        // before.
        assert_eq!(
            page_of_heading(&pages, heading, TextStyle::SECTION),
            Some(last),
            "{items} items"
        );
        assert!(page_texts(&pages[last - 1]).join(" ").contains("PAdES"));
    }
}
