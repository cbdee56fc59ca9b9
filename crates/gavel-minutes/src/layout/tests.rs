use super::page::{Page, paginate};
use super::*;
use crate::Language;
use crate::sample::synthetic_minutes;

fn body_line(text: &str) -> Line {
    let mut flow = Flow::new();
    flow.paragraph(text, TextStyle::BODY, 0.0);
    flow.lines.remove(0)
}

fn texts(page: &Page) -> Vec<String> {
    page.lines
        .iter()
        .flat_map(|placed| placed.line.marks.iter())
        .filter_map(|mark| match mark {
            Mark::Text { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect()
}

pub(crate) fn check_pages_fit(pages: &[Page]) {
    for (number, page) in pages.iter().enumerate() {
        for placed in &page.lines {
            assert!(
                placed.top + placed.line.height <= CONTENT_HEIGHT + 0.01,
                "page {} runs off the bottom: {:?}",
                number + 1,
                placed.line.marks
            );
            for mark in &placed.line.marks {
                assert!(
                    mark.right_edge() <= CONTENT_WIDTH + 0.01,
                    "page {} runs past the right margin ({} > {CONTENT_WIDTH}): {mark:?}",
                    number + 1,
                    mark.right_edge()
                );
                if let Mark::SignatureSlot { height, .. } = mark {
                    assert!(placed.top + height <= CONTENT_HEIGHT + 0.01);
                }
            }
        }
    }
}

#[test]
fn lines_fill_a_page_and_then_continue_on_the_next() {
    let lines: Vec<Line> = (0..100).map(|n| body_line(&format!("Linje {n}"))).collect();
    let pages = paginate(lines, &[], CONTENT_HEIGHT);
    let per_page = (CONTENT_HEIGHT / TextStyle::BODY.line_height).floor() as usize;
    assert_eq!(pages[0].lines.len(), per_page);
    assert_eq!(pages.len(), 100_usize.div_ceil(per_page));
    assert_eq!(texts(&pages[1])[0], format!("Linje {per_page}"));
    check_pages_fit(&pages);
}

#[test]
fn an_empty_flow_gives_one_empty_page() {
    let pages = paginate(Vec::new(), &[], CONTENT_HEIGHT);
    assert_eq!(pages.len(), 1);
    assert!(pages[0].lines.is_empty());
}

#[test]
fn a_heading_is_never_the_last_line_of_a_page() {
    let mut flow = Flow::new();
    let per_page = (CONTENT_HEIGHT / TextStyle::BODY.line_height).floor() as usize;
    for n in 0..per_page - 2 {
        flow.paragraph(&format!("Linje {n}"), TextStyle::BODY, 0.0);
    }
    flow.heading("3. Valg af hostingmodel", TextStyle::ITEM, 12.0);
    flow.paragraph("Første linje under overskriften.", TextStyle::BODY, 0.0);
    let pages = paginate(flow.lines, &flow.continuations, CONTENT_HEIGHT);
    assert_eq!(pages.len(), 2);
    assert_eq!(
        texts(&pages[1])[0],
        "3. Valg af hostingmodel",
        "the heading moved to the page of its text"
    );
}

#[test]
fn space_before_is_dropped_at_the_top_of_a_page() {
    let mut flow = Flow::new();
    let per_page = (CONTENT_HEIGHT / TextStyle::BODY.line_height).floor() as usize;
    for n in 0..per_page {
        flow.paragraph(&format!("Linje {n}"), TextStyle::BODY, 0.0);
    }
    flow.heading("Ny sektion", TextStyle::SECTION, 20.0);
    flow.paragraph("Tekst", TextStyle::BODY, 0.0);
    let pages = paginate(flow.lines, &flow.continuations, CONTENT_HEIGHT);
    assert_eq!(pages[1].lines[0].top, 0.0);
}

#[test]
fn a_long_paragraph_keeps_two_lines_together_at_each_end() {
    let mut flow = Flow::new();
    let per_page = (CONTENT_HEIGHT / TextStyle::BODY.line_height).floor() as usize;
    for n in 0..per_page - 1 {
        flow.paragraph(&format!("Linje {n}"), TextStyle::BODY, 0.0);
    }
    // Three lines: the first two must not be split, so all move on.
    let long = "ord ".repeat(300);
    flow.paragraph(&long, TextStyle::BODY, 0.0);
    let pages = paginate(flow.lines, &flow.continuations, CONTENT_HEIGHT);
    let first_page_texts = texts(&pages[0]);
    assert!(
        first_page_texts
            .iter()
            .all(|text| text.starts_with("Linje")),
        "a lone first line (an orphan) was left at the bottom: {:?}",
        first_page_texts.last()
    );
}

#[test]
fn an_item_that_breaks_across_pages_repeats_its_heading() {
    let mut flow = Flow::new();
    flow.heading("2. Historik for engagementer", TextStyle::ITEM, 0.0);
    let mut repeat = Flow::new();
    repeat.heading(
        "2. Historik for engagementer (fortsat)",
        TextStyle::ITEM,
        0.0,
    );
    flow.begin_continuation(repeat.lines);
    for n in 0..120 {
        flow.paragraph(&format!("Note {n}"), TextStyle::BODY, 0.0);
    }
    flow.end_continuation();
    flow.heading("3. Næste punkt", TextStyle::ITEM, 12.0);
    flow.paragraph("Tekst", TextStyle::BODY, 0.0);
    let pages = paginate(flow.lines, &flow.continuations, CONTENT_HEIGHT);
    assert!(pages.len() >= 3);
    assert_eq!(
        texts(&pages[1])[0],
        "2. Historik for engagementer (fortsat)"
    );
    let last = texts(pages.last().expect("pages"));
    assert!(
        !last.contains(&"2. Historik for engagementer (fortsat)".to_owned())
            || last.iter().any(|text| text.starts_with("Note")),
        "a continuation heading stands over nothing but the next item: {last:?}"
    );
    check_pages_fit(&pages);
}

#[test]
fn the_demo_sized_minutes_fit_their_pages_in_both_languages() {
    for language in [Language::Danish, Language::English] {
        let pages = crate::laid_out_pages(&synthetic_minutes(12), language);
        check_pages_fit(&pages);
    }
}

#[test]
fn a_thousand_items_never_run_off_a_page() {
    let pages = crate::laid_out_pages(&synthetic_minutes(1000), Language::Danish);
    assert!(pages.len() > 100, "{} pages", pages.len());
    check_pages_fit(&pages);
}

#[test]
fn the_signature_page_starts_a_page_and_holds_every_box() {
    let pages = crate::laid_out_pages(&synthetic_minutes(3), Language::English);
    let last = pages.last().expect("pages");
    assert_eq!(texts(last)[0], "Signatures");
    let slots: Vec<&str> = last
        .lines
        .iter()
        .flat_map(|placed| placed.line.marks.iter())
        .filter_map(|mark| match mark {
            Mark::SignatureSlot { name, .. } => Some(name.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        slots,
        [
            "chair-1",
            "secretary-1",
            "countersignature-1",
            "countersignature-2",
            "countersignature-3",
            "countersignature-4"
        ]
    );
}

#[test]
fn secret_polls_never_print_ballots() {
    let minutes = synthetic_minutes(10);
    let flow = crate::document::minutes_flow(&minutes, Language::Danish);
    let all: Vec<String> = texts(&Page {
        lines: flow
            .lines
            .into_iter()
            .map(|line| super::page::PlacedLine { top: 0.0, line })
            .collect(),
    });
    // The secret choice poll of item 5 prints its tally but no ballots of its own: every line of
    // ballots ("For (3)", "Imod (2)" …) belongs to a named yes/no poll (items 2, 4, 6, 8, 10),
    // and no option of the secret poll heads one.
    let ballot_lines = all
        .iter()
        .filter(|text| text.starts_with("For (") || text.starts_with("Imod ("))
        .count();
    assert_eq!(ballot_lines, 10);
    assert!(
        !all.iter()
            .any(|text| text.starts_with("Fælles hosting hos leverandør (")),
        "a secret poll's choice is listed with voters: {all:?}"
    );
}

#[test]
fn a_poll_result_stays_on_the_page_of_its_figures_or_ballots() {
    // Every poll of the synthetic meeting has a table of figures (secret choice polls, header
    // "#") or lines of ballots ("For (5)" …) under its result.
    let pages = crate::laid_out_pages(&synthetic_minutes(200), Language::Danish);
    let mut results = 0;
    for (number, page) in pages.iter().enumerate() {
        let texts = texts(page);
        for (index, text) in texts.iter().enumerate() {
            if !text.starts_with("Resultat:") {
                continue;
            }
            results += 1;
            assert!(
                texts[index + 1..].iter().any(|later| later == "#"
                    || ["For (", "Imod (", "Undlod ("]
                        .iter()
                        .any(|start| later.starts_with(start))),
                "page {}: the result {text:?} ends the page without what it sums up: {:?}",
                number + 1,
                &texts[index..]
            );
        }
    }
    assert_eq!(results, 100 + 40, "one result per poll");
}

#[test]
fn the_attendance_table_has_no_column_that_nobody_fills() {
    let mut minutes = synthetic_minutes(1);
    let with = crate::document::minutes_flow(&minutes, Language::English);
    for attendee in &mut minutes.attendance {
        attendee.organisation = None;
    }
    let without = crate::document::minutes_flow(&minutes, Language::English);
    let header = |flow: &Flow| -> Vec<String> {
        let start = flow
            .lines
            .iter()
            .position(|line| {
                line.marks
                    .iter()
                    .any(|mark| matches!(mark, Mark::Text { text, .. } if text == "Name"))
            })
            .expect("the attendance table's header");
        flow.lines[start]
            .marks
            .iter()
            .filter_map(|mark| match mark {
                Mark::Text { text, .. } => Some(text.clone()),
                _ => None,
            })
            .collect()
    };
    assert_eq!(
        header(&with),
        ["Name", "Organisation", "Role", "Attendance"]
    );
    assert_eq!(header(&without), ["Name", "Role", "Attendance"]);
}
