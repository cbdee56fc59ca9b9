//! The agenda pack (dagsorden) as PDF: the same pages, fonts, running header and footer as the
//! minutes, from gavel-core's [`AgendaPack`]. A title block (meeting, group, date, time, place,
//! chair and secretary), the agenda with the page of each item, one section per item with its
//! case description (sagsfremstilling) and proposed decision (indstilling), the backlog items
//! the agenda names with their Jira status, story points and votes, the rules of procedure the
//! meeting will be held under, the members, and a box for whoever sends the agenda out to sign
//! in (issue 19: "optionally signed by the secretary like the minutes"; `export::export_agenda`
//! signs it).
//!
//! The table of contents gives page numbers: the document is laid out, the page of each anchored
//! heading read off the pages, and laid out again with the numbers in. A page number sits in a
//! column of its own, so filling it in changes no line break, and the second layout has the
//! same pages as the first (checked: the passes repeat until the pages agree, which the first
//! repetition always does).

use gavel_core::agenda_pack::{AgendaPack, AgendaPackItem};
use gavel_core::{BacklogItem, MeetingStatus, MemberRole};

use crate::document::{
    LABEL_WIDTH, SIGNATURE_BOX_HEIGHT, Words, clock_time, section_continuation,
    signature_field_name,
};
use crate::error::Result;
use crate::fonts::face;
use crate::formatted_text::formatted_text;
use crate::layout::page::{Page, anchor_pages};
use crate::layout::{CONTENT_WIDTH, Cell, Colour, Column, Flow, Line, Mark, TextStyle, columns};
use crate::render::{self, Frame, LaidOut};
use crate::{Language, Rendered};

/// The Info key naming the meeting an agenda is of. Not the minutes' `GavelMeetingId`: an agenda
/// is not minutes, and `gavel minutes verify` must not take it for them.
pub const INFO_AGENDA_OF_MEETING: &str = "GavelAgendaOfMeeting";

/// The kind of the agenda's one signature box, "sender-1": whoever sends the agenda out signs
/// there, the secretary or the chair (`sign::find_free_field`).
pub const SENDER_BOX_KIND: &str = "sender";

/// The unsigned agenda PDF and its number of pages.
pub fn render_agenda(pack: &AgendaPack, language: Language) -> Result<Rendered> {
    let laid_out = lay_out_agenda(pack, language);
    render::render(&agenda_frame(pack, language), laid_out)
}

/// The laid-out pages of the agenda, for checks of the layout (margins, pagination).
pub fn laid_out_agenda_pages(pack: &AgendaPack, language: Language) -> Vec<Page> {
    lay_out_agenda(pack, language).pages
}

/// "Dagsorden: Styregruppemøde december 2026", for the PDF's title and running header.
/// An agenda from a practice database says so first, on every page.
pub fn agenda_document_title(pack: &AgendaPack, language: Language) -> String {
    let words = Words { language };
    let practice = if pack.practice {
        words.text("pdfAgenda-practice")
    } else {
        ""
    };
    format!(
        "{practice}{}: {}",
        words.text("pdfAgenda-agenda"),
        pack.title.trim()
    )
}

/// The file name, without ".pdf": "Dagsorden - Styregruppemøde december 2026 (2026-12-10)",
/// "… (underskrevet)" when signed; "Agenda - … (signed)" in English. Only characters every
/// file system and e-mail program takes.
pub fn agenda_file_stem(pack: &AgendaPack, language: Language, signed: bool) -> String {
    let words = Words { language };
    format!(
        "{} - {} ({}){}",
        words.text("pdfAgenda-agenda"),
        gavel_core::files::safe_file_stem(&pack.title, "Gavel"),
        pack.starts_at.date(),
        if signed {
            words.text("pdfAgenda-signed")
        } else {
            ""
        }
    )
}

/// How many times the document is laid out at most to get its table of contents right; the
/// second layout always agrees with the first (see the module's comment), this only bounds it.
const MOST_LAYOUTS: usize = 3;

fn lay_out_agenda(pack: &AgendaPack, language: Language) -> LaidOut {
    let anchors = Anchors::new(pack);
    let mut pages_of_anchors = vec![None; anchors.count];
    let mut laid_out = render::lay_out_flow(agenda_flow(pack, language, &pages_of_anchors));
    for _ in 1..MOST_LAYOUTS {
        let found = anchor_pages(&laid_out.pages, anchors.count);
        if found == pages_of_anchors {
            break;
        }
        pages_of_anchors = found;
        laid_out = render::lay_out_flow(agenda_flow(pack, language, &pages_of_anchors));
    }
    laid_out
}

/// The places the table of contents refers to: each item's heading, then the four closing
/// sections.
struct Anchors {
    items: usize,
    count: usize,
}

impl Anchors {
    fn new(pack: &AgendaPack) -> Anchors {
        Anchors {
            items: pack.items.len(),
            count: pack.items.len() + 4,
        }
    }

    fn follow_up(&self) -> usize {
        self.items
    }

    fn backlog(&self) -> usize {
        self.items + 1
    }

    fn rules(&self) -> usize {
        self.items + 2
    }

    fn members(&self) -> usize {
        self.items + 3
    }
}

fn agenda_frame(pack: &AgendaPack, language: Language) -> Frame {
    let words = Words { language };
    let made = pack.made_at;
    let subject = words.text("pdfAgenda-agendaOfAMeeting");
    Frame {
        language,
        title: agenda_document_title(pack, language),
        header_right: words.date(pack.starts_at.date()),
        footer_left: format!(
            "{} {} {} {}",
            words.text("pdfAgenda-made"),
            words.date(made.date()),
            words.text("pdfAgenda-at"),
            clock_time(made.time())
        ),
        author: pack.group_name.clone(),
        subject: subject.to_owned(),
        created: made,
        info: vec![(INFO_AGENDA_OF_MEETING, pack.meeting_id.to_string())],
        document_id: render::document_id(
            b"gavel-agenda\0",
            pack.meeting_id,
            language,
            &pack.log_fingerprint,
            made,
        ),
    }
}

/// The agenda as a flow of lines; `pages` gives the page of each anchor for the table of
/// contents (`None`: not known yet, the column stays empty).
fn agenda_flow(pack: &AgendaPack, language: Language, pages: &[Option<usize>]) -> Flow {
    let words = Words { language };
    let anchors = Anchors::new(pack);
    let mut flow = Flow::new();
    title_block(&mut flow, pack, &words);
    contents(&mut flow, pack, &words, &anchors, pages);
    items(&mut flow, pack, &words);
    follow_up_section(&mut flow, pack, &words, anchors.follow_up());
    backlog_section(&mut flow, pack, &words, anchors.backlog());
    rules_section(&mut flow, pack, &words, anchors.rules());
    members_section(&mut flow, pack, &words, anchors.members());
    sender_box(&mut flow, &words);
    flow
}

fn title_block(flow: &mut Flow, pack: &AgendaPack, words: &Words) {
    flow.paragraph(
        words.text("pdfAgenda-titleCapitals"),
        TextStyle {
            colour: Colour::Accent,
            ..TextStyle::SMALL_STRONG
        },
        0.0,
    );
    flow.keep_last_with_next();
    flow.heading(&pack.title, TextStyle::TITLE, 2.0);
    flow.paragraph(
        &pack.group_name,
        TextStyle {
            colour: Colour::Muted,
            ..TextStyle::BODY
        },
        0.0,
    );
    flow.space(10.0);
    flow.labelled(
        words.text("pdfMinutes-date"),
        &words.date(pack.starts_at.date()),
        LABEL_WIDTH,
        0.0,
    );
    flow.labelled(
        words.text("pdfMinutes-time"),
        &planned_time(pack, words),
        LABEL_WIDTH,
        0.0,
    );
    let place = pack
        .location
        .as_deref()
        .map(str::trim)
        .filter(|place| !place.is_empty())
        .unwrap_or(words.text("pdfAgenda-notDecided"));
    flow.labelled(words.text("pdfMinutes-place"), place, LABEL_WIDTH, 0.0);
    for role in [MemberRole::Chair, MemberRole::Secretary] {
        let names: Vec<&str> = pack
            .members
            .iter()
            .filter(|member| member.role == role)
            .map(|member| member.name.as_str())
            .collect();
        if !names.is_empty() {
            flow.labelled(words.role(role), &names.join(", "), LABEL_WIDTH, 0.0);
        }
    }
    let status = match (&pack.cancelled, pack.status) {
        (Some(reason), _) => {
            let mut text = words.text("pdfAgenda-theMeetingIsCancelled").to_owned();
            if let Some(reason) = reason.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
                text.push(' ');
                text.push_str(reason);
            }
            Some(text)
        }
        (None, MeetingStatus::Open) => {
            Some(words.text("pdfAgenda-theMeetingIsInProgress").to_owned())
        }
        (None, MeetingStatus::Closed) => {
            Some(words.text("pdfAgenda-theMeetingHasBeenHeld").to_owned())
        }
        (None, MeetingStatus::Draft | MeetingStatus::Cancelled) => None,
    };
    if let Some(status) = status {
        flow.row(
            &[
                Cell::new(words.text("pdfMinutes-status"), TextStyle::BODY_STRONG),
                Cell::new(status, TextStyle::BODY_STRONG),
            ],
            &label_columns(),
            false,
            0.0,
        );
    }
    flow.rule(Colour::RuleLight, 0.6, 8.0);
}

/// "13:00–15:00", over two dates when the time boxes run past midnight.
fn planned_time(pack: &AgendaPack, words: &Words) -> String {
    let (start, end) = (pack.starts_at, pack.ends_at);
    if start.date() == end.date() {
        format!("{}–{}", clock_time(start.time()), clock_time(end.time()))
    } else {
        format!(
            "{} {} – {} {}",
            words.date(start.date()),
            clock_time(start.time()),
            words.date(end.date()),
            clock_time(end.time())
        )
    }
}

fn label_columns() -> [Column; 2] {
    [
        Column {
            x: 0.0,
            width: LABEL_WIDTH - 8.0,
        },
        Column {
            x: LABEL_WIDTH,
            width: CONTENT_WIDTH - LABEL_WIDTH,
        },
    ]
}

/// The agenda itself: one numbered line per item with its time box and the page of its section,
/// then the closing sections' pages.
fn contents(
    flow: &mut Flow,
    pack: &AgendaPack,
    words: &Words,
    anchors: &Anchors,
    pages: &[Option<usize>],
) {
    let title = words.text("pdfAgenda-agenda");
    flow.heading(title, TextStyle::SECTION, 14.0);
    flow.space(2.0);
    if pack.items.is_empty() {
        flow.paragraph(
            words.text("pdfAgenda-theAgendaWillFollow"),
            TextStyle::BODY_ITALIC,
            0.0,
        );
    }
    // A time column only when an item has a time box, as the minutes leave out a column nobody
    // fills.
    let with_time = pack
        .items
        .iter()
        .any(|item| item.time_box_minutes.is_some());
    let fractions: &[f32] = if with_time {
        &[0.5, 8.0, 1.1, 0.7]
    } else {
        &[0.5, 9.1, 0.7]
    };
    let table = columns(0.0, CONTENT_WIDTH, fractions, 8.0);
    let page_of = |anchor: usize| {
        pages
            .get(anchor)
            .copied()
            .flatten()
            .map(|page| page.to_string())
            .unwrap_or_default()
    };
    let mut header_cells = vec![
        Cell::new(words.text("pdfMinutes-itemShort"), TextStyle::SMALL_STRONG),
        Cell::new(words.text("pdfAgenda-subject"), TextStyle::SMALL_STRONG),
    ];
    if with_time {
        header_cells.push(Cell::new(
            words.text("pdfMinutes-time"),
            TextStyle::SMALL_STRONG,
        ));
    }
    header_cells.push(Cell::new(
        words.text("pdfAgenda-page"),
        TextStyle::SMALL_STRONG,
    ));
    let mut header = Flow::header_row_lines(&header_cells, &table);
    if let Some(line) = header.first_mut() {
        flush_right(line, &table);
    }
    if !pack.items.is_empty() {
        flow.begin_table(header, section_continuation(title, words));
        for (index, item) in pack.items.iter().enumerate() {
            let mut texts = vec![format!("{}.", item.position), item_title(item)];
            if with_time {
                texts.push(
                    item.time_box_minutes
                        .map(|minutes| format!("{minutes} min."))
                        .unwrap_or_default(),
                );
            }
            texts.push(page_of(index));
            contents_row(flow, &table, texts, TextStyle::BODY);
        }
        flow.end_table();
    }
    flow.space(6.0);
    let mut closing = Vec::new();
    if !pack.open_action_items.is_empty() {
        closing.push((follow_up_title(words), anchors.follow_up()));
    }
    if !pack.backlog_items.is_empty() {
        closing.push((backlog_title(words), anchors.backlog()));
    }
    closing.push((rules_title(words), anchors.rules()));
    closing.push((members_title(words), anchors.members()));
    for (title, anchor) in closing {
        let mut texts = vec![String::new(), title.to_owned()];
        if with_time {
            texts.push(String::new());
        }
        texts.push(page_of(anchor));
        contents_row(flow, &table, texts, TextStyle::SMALL);
    }
}

/// One row of the table of contents; its page number (the last column) is set flush right, on
/// the row's last line, where the eye ends when a long title wraps.
fn contents_row(flow: &mut Flow, table: &[Column], texts: Vec<String>, style: TextStyle) {
    let first = flow.lines.len();
    let cells: Vec<Cell> = texts
        .into_iter()
        .map(|text| Cell::new(text, style))
        .collect();
    flow.row(&cells, table, style.size >= TextStyle::BODY.size, 2.0);
    let Some(page_column) = table.last() else {
        return;
    };
    let last = flow.lines.len().saturating_sub(1);
    if last > first {
        let page_marks: Vec<Mark> = flow.lines[first]
            .marks
            .extract_if(
                ..,
                |mark| matches!(mark, Mark::Text { x, .. } if *x == page_column.x),
            )
            .collect();
        flow.lines[last].marks.extend(page_marks);
    }
    if let Some(line) = flow.lines.get_mut(last) {
        flush_right(line, table);
    }
}

/// Moves the text of the table's last column to the column's right edge.
fn flush_right(line: &mut Line, table: &[Column]) {
    let Some(column) = table.last() else {
        return;
    };
    for mark in &mut line.marks {
        if let Mark::Text {
            x,
            text,
            style,
            size,
            ..
        } = mark
            && *x == column.x
        {
            *x = column.x + column.width - face(*style).text_width(text, *size);
        }
    }
}

/// "Hosting af OS2mo (MO-1420)": the key added when the title does not already say it.
fn item_title(item: &AgendaPackItem) -> String {
    let mut title = item.title.trim().to_owned();
    if let Some(key) = &item.backlog_key
        && !title.contains(key.as_str())
    {
        title.push_str(&format!(" ({key})"));
    }
    title
}

fn items(flow: &mut Flow, pack: &AgendaPack, words: &Words) {
    if pack.items.is_empty() {
        return;
    }
    flow.heading(
        words.text("pdfAgenda-caseDescriptionsAndProposedDecisions"),
        TextStyle::SECTION,
        20.0,
    );
    for (index, item) in pack.items.iter().enumerate() {
        let heading = format!("{}. {}", item.position, item_title(item));
        flow.heading(&heading, TextStyle::ITEM, 12.0);
        flow.anchor_last(index);
        flow.begin_continuation(section_continuation(&heading, words));
        let details = item_details(item, pack, words);
        if !details.is_empty() {
            flow.paragraph(&details, TextStyle::SMALL, 0.0);
        }
        if let Some(responsible) = &item.responsible {
            flow.paragraph(
                &format!("{}: {responsible}", words.text("pdfAgenda-responsible")),
                TextStyle::SMALL,
                0.0,
            );
        }
        flow.space(2.0);
        let description = item.case_description.trim();
        let proposal = item.proposed_decision.trim();
        if !description.is_empty() {
            flow.paragraph(
                words.text("pdfAgenda-caseDescription"),
                TextStyle::BODY_STRONG,
                0.0,
            );
            flow.keep_last_with_next();
            formatted_text(flow, description, TextStyle::BODY);
        }
        if let (Some(key), Some(jira)) = (&item.backlog_key, &item.backlog_description) {
            if !description.is_empty() {
                flow.space(5.0);
            }
            flow.paragraph(
                &format!("{} {key}", words.text("pdfAgenda-descriptionOf")),
                TextStyle::BODY_STRONG,
                0.0,
            );
            flow.keep_last_with_next();
            formatted_text(flow, &jira.text, TextStyle::BODY);
            if jira.shortened {
                flow.paragraph(
                    words.text("pdfAgenda-shortenedTheWholeDescriptionIs"),
                    TextStyle::BODY_ITALIC,
                    0.0,
                );
            }
        }
        if !proposal.is_empty() {
            flow.space(5.0);
            flow.paragraph(
                words.text("pdfMinutes-proposedDecision"),
                TextStyle::BODY_STRONG,
                0.0,
            );
            flow.keep_last_with_next();
            formatted_text(flow, proposal, TextStyle::BODY);
        }
        if !item.links.is_empty() {
            flow.space(5.0);
            flow.paragraph(words.text("pdfAgenda-links"), TextStyle::BODY_STRONG, 0.0);
            flow.keep_last_with_next();
            for link in &item.links {
                flow.paragraph(link, TextStyle::SMALL, 0.0);
            }
        }
        if description.is_empty() && proposal.is_empty() && item.backlog_description.is_none() {
            flow.paragraph(
                words.text("pdfAgenda-noCaseDescriptionOrProposed"),
                TextStyle::BODY_ITALIC,
                0.0,
            );
        }
        flow.end_continuation();
    }
}

/// The line under an item's heading: its time box, and for a backlog item its Jira status,
/// story points, votes and parent: "30 min. · MO-1420 · Status: I gang · 5 point · 12 stemmer
/// i Jira · Epic: MO-1400".
fn item_details(item: &AgendaPackItem, pack: &AgendaPack, words: &Words) -> String {
    let mut parts = Vec::new();
    if let Some(minutes) = item.time_box_minutes {
        parts.push(format!("{minutes} min."));
    }
    if let Some(key) = &item.backlog_key {
        match pack
            .backlog_items
            .iter()
            .find(|backlog| &backlog.key == key)
        {
            Some(backlog) => {
                parts.push(key.clone());
                if let Some(status) = &backlog.status {
                    parts.push(format!("{}: {status}", words.text("pdfMinutes-status")));
                }
                if let Some(points) = backlog.story_points {
                    parts.push(format!(
                        "{} {}",
                        story_points(points, words.language),
                        words.text("pdfAgenda-points")
                    ));
                }
                if let Some(votes) = backlog.votes {
                    parts.push(format!(
                        "{votes} {}",
                        if votes == 1 {
                            words.text("pdfAgenda-voteInJira")
                        } else {
                            words.text("pdfAgenda-votesInJira")
                        }
                    ));
                }
                if let Some(parent) = &backlog.parent {
                    parts.push(format!("{}: {parent}", words.text("pdfAgenda-partOf")));
                }
            }
            None => parts.push(format!(
                "{key} ({})",
                words.text("pdfAgenda-notInTheBacklog")
            )),
        }
    }
    parts.join(" · ")
}

/// Story points as Jira shows them: "5", or "2,5" in Danish and "2.5" in English.
fn story_points(points: f64, language: Language) -> String {
    let text = if points.fract() == 0.0 && points.abs() < 1e9 {
        format!("{points:.0}")
    } else {
        let text = format!("{points:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    };
    match language {
        Language::Danish => text.replace('.', ","),
        Language::English => text,
    }
}

fn follow_up_title<'a>(words: &Words) -> &'a str {
    words.text("pdfAgenda-actionItemsToFollowUp")
}

/// The action items of the group's earlier meetings still open on this meeting's day, with the
/// day of the meeting that agreed on each, its owner and its due date (marked when it has
/// passed).
fn follow_up_section(flow: &mut Flow, pack: &AgendaPack, words: &Words, anchor: usize) {
    if pack.open_action_items.is_empty() {
        return;
    }
    let title = follow_up_title(words);
    flow.heading(title, TextStyle::SECTION, 20.0);
    flow.anchor_last(anchor);
    flow.paragraph(
        words.text("pdfAgenda-actionItemsFromTheGroup"),
        TextStyle::SMALL,
        0.0,
    );
    // The introduction stays with the table's header (which stays with its first row).
    flow.keep_last_with_next();
    flow.space(4.0);
    let table = columns(0.0, CONTENT_WIDTH, &[2.4, 5.0, 2.2, 2.4], 8.0);
    let header = Flow::header_row_lines(
        &[
            Cell::new(words.text("pdfAgenda-meeting"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfAgenda-actionItem"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-owner"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-due"), TextStyle::SMALL_STRONG),
        ],
        &table,
    );
    flow.begin_table(header, section_continuation(title, words));
    let day = pack.starts_at.date();
    for action in &pack.open_action_items {
        let due = match action.due_date {
            Some(due) if due < day => {
                format!("{} ({})", words.date(due), words.text("pdfAgenda-overdue"))
            }
            Some(due) => words.date(due),
            None => "–".to_owned(),
        };
        flow.row(
            &[
                // The meeting by its day: the group's meetings are told apart by their dates.
                Cell::new(words.date(action.meeting_date), TextStyle::SMALL),
                Cell::new(
                    format!("{}. {}", action.number, action.text),
                    TextStyle::BODY,
                ),
                Cell::new(
                    action.owner.clone().unwrap_or_else(|| "–".to_owned()),
                    TextStyle::SMALL,
                ),
                Cell::new(due, TextStyle::SMALL),
            ],
            &table,
            true,
            2.0,
        );
    }
    flow.end_table();
}

fn backlog_title<'a>(words: &Words) -> &'a str {
    words.text("pdfAgenda-backlogItemsOnTheAgenda")
}

fn rules_title<'a>(words: &Words) -> &'a str {
    words.text("pdfAgenda-rulesOfProcedure")
}

fn members_title<'a>(words: &Words) -> &'a str {
    words.text("pdfAgenda-members")
}

fn backlog_section(flow: &mut Flow, pack: &AgendaPack, words: &Words, anchor: usize) {
    if pack.backlog_items.is_empty() {
        return;
    }
    let title = backlog_title(words);
    flow.heading(title, TextStyle::SECTION, 20.0);
    flow.anchor_last(anchor);
    flow.paragraph(
        words.text("pdfAgenda-theIssuesAsTheBacklog"),
        TextStyle::SMALL,
        0.0,
    );
    // The introduction stays with the table's header (which stays with its first row).
    flow.keep_last_with_next();
    flow.space(4.0);
    let table = columns(0.0, CONTENT_WIDTH, &[1.4, 5.6, 2.0, 0.9, 1.1, 0.6], 8.0);
    let header = Flow::header_row_lines(
        &[
            Cell::new(words.text("pdfMinutes-issue"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-title"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-status"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-points"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-votes"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-itemShort"), TextStyle::SMALL_STRONG),
        ],
        &table,
    );
    flow.begin_table(header, section_continuation(title, words));
    for backlog in &pack.backlog_items {
        flow.row(&backlog_row(backlog, pack, words), &table, true, 2.0);
    }
    flow.end_table();
}

fn backlog_row(backlog: &BacklogItem, pack: &AgendaPack, words: &Words) -> Vec<Cell> {
    let positions: Vec<String> = pack
        .items
        .iter()
        .filter(|item| item.backlog_key.as_deref() == Some(backlog.key.as_str()))
        .map(|item| item.position.to_string())
        .collect();
    vec![
        Cell::new(backlog.key.clone(), TextStyle::SMALL),
        Cell::new(backlog.title.clone(), TextStyle::SMALL),
        Cell::new(backlog.status.clone().unwrap_or_default(), TextStyle::SMALL),
        Cell::new(
            backlog
                .story_points
                .map(|points| story_points(points, words.language))
                .unwrap_or_default(),
            TextStyle::SMALL,
        ),
        Cell::new(
            backlog
                .votes
                .map(|votes| votes.to_string())
                .unwrap_or_default(),
            TextStyle::SMALL,
        ),
        Cell::new(positions.join(", "), TextStyle::SMALL),
    ]
}

fn rules_section(flow: &mut Flow, pack: &AgendaPack, words: &Words, anchor: usize) {
    flow.heading(rules_title(words), TextStyle::SECTION, 20.0);
    flow.anchor_last(anchor);
    let source = match pack.status {
        MeetingStatus::Draft | MeetingStatus::Cancelled => {
            words.text("pdfAgenda-rulesOfDraftMeeting")
        }
        MeetingStatus::Open | MeetingStatus::Closed => words.text("pdfAgenda-rulesOfOpenMeeting"),
    };
    flow.paragraph(source, TextStyle::SMALL, 0.0);
    flow.space(4.0);
    if let Some(name) = &pack.rules_name {
        flow.paragraph(words.bilingual(name), TextStyle::BODY_STRONG, 0.0);
        flow.keep_last_with_next();
        flow.space(2.0);
    }
    for rule in [
        &pack.rules.quorum,
        &pack.rules.yes_no_poll,
        &pack.rules.proxies,
    ] {
        formatted_text(
            flow,
            &format!("- {}", words.bilingual(rule)),
            TextStyle::BODY,
        );
    }
}

fn members_section(flow: &mut Flow, pack: &AgendaPack, words: &Words, anchor: usize) {
    let title = members_title(words);
    flow.heading(title, TextStyle::SECTION, 20.0);
    flow.anchor_last(anchor);
    flow.space(2.0);
    if pack.members.is_empty() {
        flow.paragraph(
            words.text("pdfAgenda-theGroupHasNoMembers"),
            TextStyle::BODY_ITALIC,
            0.0,
        );
        return;
    }
    // A column only when someone has something in it, as in the minutes' attendance.
    let with_organisations = pack
        .members
        .iter()
        .any(|member| member.organisation.is_some());
    let (table, header) = crate::document::member_table_header(
        words,
        with_organisations,
        words.text("pdfAgenda-votingRight"),
        1.7,
    );
    flow.begin_table(header, section_continuation(title, words));
    for member in &pack.members {
        let mut cells = vec![Cell::new(member.name.clone(), TextStyle::BODY)];
        if with_organisations {
            cells.push(Cell::new(
                member.organisation.clone().unwrap_or_default(),
                TextStyle::BODY,
            ));
        }
        cells.push(Cell::new(words.role(member.role), TextStyle::BODY));
        let voting = match (member.voting_right, member.vote_weight) {
            (false, _) => words.text("pdfAgenda-no").to_owned(),
            (true, 1) => words.text("pdfAgenda-yes").to_owned(),
            (true, weight) => format!("{} {weight}", words.text("pdfAgenda-yesWeight")),
        };
        cells.push(Cell::new(voting, TextStyle::BODY));
        flow.row(&cells, &table, true, 3.0);
    }
    flow.end_table();
}

/// "Udsendt af": one signature box, kept with its heading and explanation, for whoever sends
/// the agenda out. Unsigned it is an empty frame under its label, as the minutes' boxes are
/// before signing; signed, the stamp (name, role, time) is drawn in it.
fn sender_box(flow: &mut Flow, words: &Words) {
    flow.heading(words.text("pdfAgenda-sentBy"), TextStyle::SECTION, 20.0);
    flow.paragraph(
        words.text("pdfAgenda-theAgendaMayBeSigned"),
        TextStyle::SMALL,
        0.0,
    );
    flow.keep_last_with_next();
    flow.space(6.0);
    let half = columns(0.0, CONTENT_WIDTH, &[1.0, 1.0], 24.0);
    let mut slot_line = Line::empty(SIGNATURE_BOX_HEIGHT + 4.0);
    slot_line.space_before = 2.0;
    flow.push_lines(vec![slot_line]);
    flow.signature_slot(
        &signature_field_name(SENDER_BOX_KIND, 1),
        // What a screen reader says of the box: the signature field's alternative text.
        words.text("pdfAgenda-signatureWhoeverSendsTheAgenda"),
        half[0].x,
        half[0].width,
        SIGNATURE_BOX_HEIGHT,
    );
}

#[cfg(test)]
mod tests;
