use super::*;
use crate::layout::Mark;

/// `bold_runs` of `text` around regular text, written back with the bold runs in `[` `]`.
fn check(text: &str, expected: &str) {
    let runs = bold_runs(text, FontStyle::Regular);
    let written: String = runs
        .iter()
        .map(|run| match run.style {
            STRONG => format!("[{}]", run.text),
            _ => run.text.clone(),
        })
        .collect();
    assert_eq!(written, expected, "{runs:?}");
    assert!(
        runs.iter().all(|run| !run.text.is_empty()),
        "an empty run: {runs:?}"
    );
    assert!(
        runs.windows(2).all(|pair| pair[0].style != pair[1].style),
        "two runs in a row in the same face: {runs:?}"
    );
}

#[test]
fn text_between_two_double_asterisks_is_bold_and_the_asterisks_go() {
    check("**Indstillingen** er vigtig", "[Indstillingen] er vigtig");
    check("Det er **meget vigtigt**.", "Det er [meget vigtigt].");
    check("**a** og **b**", "[a] og [b]");
    check("**fed**", "[fed]");
}

#[test]
fn an_unmatched_double_asterisk_is_printed_as_typed() {
    check("Pris ** se note", "Pris ** se note");
    check("**a** og **b", "[a] og **b");
    check("5 ** 2 = 25 og **fed**", "5 ** 2 = 25 og [fed]");
    check("** ikke fed **", "** ikke fed **");
}

#[test]
fn a_pair_works_inside_a_word() {
    check("**MO**-1420", "[MO]-1420");
    check("OS2**mo**", "OS2[mo]");
}

#[test]
fn bold_runs_across_a_line_break() {
    check(
        "**første linje\nanden** linje",
        "[første linje\nanden] linje",
    );
}

#[test]
fn a_single_asterisk_is_text() {
    check("*single* og *", "*single* og *");
    check("Et *kursiv* ord og **fed**", "Et *kursiv* ord og [fed]");
}

#[test]
fn a_pair_with_nothing_between_is_printed_as_typed() {
    check("****", "****");
    check("** **", "** **");
    check("** **fed**", "** [fed]");
    check("**** tekst", "**** tekst");
}

#[test]
fn nothing_else_is_markup_and_html_is_text() {
    check(
        "<b>fed</b> __understreg__ _kursiv_ `kode` [link](x) # Overskrift",
        "<b>fed</b> __understreg__ _kursiv_ `kode` [link](x) # Overskrift",
    );
    check("", "");
}

#[test]
fn list_lines_become_bullets_and_numbers_and_other_lines_stay_as_written() {
    assert_eq!(
        list_marker("- en ny visning"),
        Some(("•".to_owned(), "en ny visning"))
    );
    assert_eq!(
        list_marker("  * rettigheder"),
        Some(("•".to_owned(), "rettigheder"))
    );
    assert_eq!(list_marker("2. Budget"), Some(("2.".to_owned(), "Budget")));
    assert_eq!(list_marker("3) Budget"), Some(("3.".to_owned(), "Budget")));
    assert_eq!(list_marker("2026. Budget"), None);
    assert_eq!(list_marker("-ikke en liste"), None);
    assert_eq!(list_marker("**fed**"), None);
    assert_eq!(list_marker("** fed**"), None);
}

/// The texts of the flow's lines, each line's marks with the bold ones in `[` `]`.
fn set(text: &str) -> Vec<String> {
    let mut flow = Flow::new();
    formatted_text(&mut flow, text, TextStyle::BODY);
    flow.lines
        .iter()
        .filter(|line| !line.marks.is_empty())
        .map(|line| {
            line.marks
                .iter()
                .map(|mark| match mark {
                    Mark::Text {
                        text,
                        style: STRONG,
                        ..
                    } => format!("[{text}]"),
                    Mark::Text { text, .. } => text.clone(),
                    _ => String::new(),
                })
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect()
}

#[test]
fn paragraphs_and_list_items_are_each_read_for_bold_on_their_own() {
    assert_eq!(
        set(
            "**Indstillingen** er vigtig.\n\n- **Budget**: godkendt\n- kun **et** ord\n2. **MO**-1420"
        ),
        [
            "[Indstillingen]| er vigtig.",
            "•|[Budget]|: godkendt",
            "•|kun |[et]| ord",
            "2.|[MO]|-1420",
        ]
    );
    // A pair never joins two paragraphs or two list items.
    assert_eq!(
        set("Start **her\n\nslut** her\n- a **b\n- c** d"),
        ["Start **her", "slut** her", "•|a **b", "•|c** d"]
    );
    // A pair joins two lines of one paragraph.
    assert_eq!(set("**to\nlinjer**"), ["[to]", "[linjer]"]);
}
