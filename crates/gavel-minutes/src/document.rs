//! The minutes' sections, worded in Danish or English and set as a flow of lines: title block,
//! attendance and quorum, each agenda item with its notes, polls (question, rule, result, tally,
//! named ballots grouped by choice), decisions and action items, an overview of the action
//! items, the new backlog order, the log fingerprint, and the signature page.

use chrono::{NaiveDate, NaiveTime, Timelike};
use gavel_core::minutes::{Minutes, MinutesAttendee, MinutesPoll, MinutesRecords, Signatory};
use gavel_core::rules::{Attendance, Ballot, PollKind};
use gavel_core::{DecisionOutcome, MemberRole};

use crate::Language;
use crate::formatted_text::{bold_runs, formatted_text, list_marker};
use crate::layout::{CONTENT_WIDTH, Cell, Colour, Column, Flow, Line, TextStyle, columns};

/// The width of the label column of the title block and of the records under an agenda item.
pub(crate) const LABEL_WIDTH: f32 = 96.0;
/// Height of a signature box on the signature page.
pub const SIGNATURE_BOX_HEIGHT: f32 = 64.0;
/// Countersignature boxes offered besides the chair's and the secretary's.
pub const COUNTERSIGNATURE_SLOTS: usize = 4;

/// The minutes as a flow of lines, ready for pagination.
pub fn minutes_flow(minutes: &Minutes, language: Language) -> Flow {
    let words = Words { language };
    let mut flow = Flow::new();
    title_block(&mut flow, minutes, &words);
    attendance_section(&mut flow, minutes, &words);
    agenda_section(&mut flow, minutes, &words);
    action_item_overview(&mut flow, minutes, &words);
    backlog_section(&mut flow, minutes, &words);
    approval_section(&mut flow, minutes, &words);
    fingerprint_section(&mut flow, minutes, &words);
    signature_page(&mut flow, minutes, &words);
    flow
}

/// "Side 3 af 7" / "Page 3 of 7".
pub fn page_label(language: Language, page: usize, pages: usize) -> String {
    Words { language }.message(
        "pdfMinutes-pageOf",
        &[
            ("page", page.to_string().into()),
            ("pages", pages.to_string().into()),
        ],
    )
}

/// "27. november 2026" / "27 November 2026".
pub fn long_date(date: NaiveDate, language: Language) -> String {
    match language {
        Language::Danish => gavel_core::calendar::long_date_danish(date),
        Language::English => gavel_core::calendar::long_date_english(date),
    }
}

/// "10:02" in both languages (Danish style guides also allow "10.02"; the UI uses the colon).
pub fn clock_time(time: NaiveTime) -> String {
    format!("{:02}:{:02}", time.hour(), time.minute())
}

/// The document title for the PDF metadata and the running header.
/// Minutes from a practice database say so first, on every page: they are not a real record.
pub fn document_title(minutes: &Minutes, language: Language) -> String {
    let words = Words { language };
    let practice = if minutes.practice {
        words.text("pdfMinutes-practiceNotValidMinutes")
    } else {
        ""
    };
    format!(
        "{practice}{}: {}",
        words.text("pdfMinutes-minutes"),
        minutes.title.trim()
    )
}

/// The one place a document's fixed words are chosen by language (the minutes' and the
/// agenda's): the catalogue's `minutes-*` and `agenda-*` messages (documents.ftl).
pub(crate) struct Words {
    pub(crate) language: Language,
}

impl Words {
    /// The catalogue's message `id`, a fixed word or sentence, in the document's language.
    pub(crate) fn text(&self, id: &str) -> &'static str {
        gavel_messages::fixed_text(self.catalogue_language(), id)
    }

    /// The catalogue's message `id` with `arguments`, in the document's language.
    pub(crate) fn message(
        &self,
        id: &str,
        arguments: &[(&str, gavel_messages::Argument<'_>)],
    ) -> String {
        gavel_messages::message(self.catalogue_language(), id, arguments)
    }

    fn catalogue_language(&self) -> gavel_messages::Language {
        match self.language {
            Language::Danish => gavel_messages::Language::Danish,
            Language::English => gavel_messages::Language::English,
        }
    }

    pub(crate) fn bilingual<'a>(&self, text: &'a gavel_core::rules::Bilingual) -> &'a str {
        match self.language {
            Language::Danish => &text.da,
            Language::English => &text.en,
        }
    }

    pub(crate) fn date(&self, date: NaiveDate) -> String {
        long_date(date, self.language)
    }

    pub(crate) fn role(&self, role: MemberRole) -> &'static str {
        match self.language {
            Language::Danish => role.danish(),
            Language::English => role.english(),
        }
    }

    fn outcome(&self, outcome: DecisionOutcome) -> &'static str {
        match self.language {
            Language::Danish => outcome.danish(),
            Language::English => outcome.english(),
        }
    }

    /// How a member attended: "Til stede", "Til stede fra 10:25", "Gik 11:40",
    /// "Fraværende; fuldmagt til Louise Damgaard".
    fn attendance(&self, attendee: &MinutesAttendee, opened_at: Option<NaiveTime>) -> String {
        // Late means a later minute than the opening, the precision the minutes print times in:
        // a member marked present at 13:03:40 in a meeting opened at 13:03:05 came on time.
        let late_arrival = attendee.arrived_at.filter(|arrived| {
            opened_at.is_some_and(|opened| clock_time(*arrived) > clock_time(opened))
        });
        let mut text = match attendee.attendance {
            Attendance::Present => match late_arrival {
                Some(arrived) => format!(
                    "{} {}",
                    self.text("pdfMinutes-presentFrom"),
                    clock_time(arrived)
                ),
                None => self.text("pdfMinutes-present").to_owned(),
            },
            Attendance::Left => {
                let left = attendee
                    .left_at
                    .map(|left| format!(" {}", clock_time(left)))
                    .unwrap_or_default();
                match late_arrival {
                    Some(arrived) => format!(
                        "{} {}, {}{left}",
                        self.text("pdfMinutes-presentFrom"),
                        clock_time(arrived),
                        self.text("pdfMinutes-left")
                    ),
                    None => format!("{}{left}", self.text("pdfMinutes-leftAtStart")),
                }
            }
            Attendance::Absent => self.text("pdfMinutes-absent").to_owned(),
            Attendance::Excused => self.text("pdfMinutes-sentApologies").to_owned(),
            Attendance::Unknown => self.text("pdfMinutes-notRecorded").to_owned(),
        };
        if let Some(holder) = &attendee.proxy_holder {
            text.push_str(&format!(
                "; {} {holder}",
                self.text("pdfMinutes-proxyHeldBy")
            ));
        }
        text
    }

    /// A ballot as gavel-core words it (`rules::describe_ballot`).
    fn ballot(&self, ballot: &Ballot, kind: &PollKind) -> String {
        self.bilingual(&gavel_core::rules::describe_ballot(ballot, kind))
            .to_owned()
    }

    fn poll_form(&self, poll: &MinutesPoll) -> String {
        let secrecy = if poll.secret {
            self.text("pdfMinutes-secretBallotHandCounted")
        } else {
            self.text("pdfMinutes-namedVote")
        };
        let kind = match &poll.kind {
            PollKind::YesNo => self.text("pdfMinutes-kindYesNo").to_owned(),
            PollKind::Choice { options } => self.message(
                "pdfMinutes-kindChoice",
                &[("options", options.len().to_string().into())],
            ),
            PollKind::Points {
                items,
                points_per_voter,
            } => self.message(
                "pdfMinutes-kindPoints",
                &[
                    ("items", items.len().to_string().into()),
                    ("points", points_per_voter.to_string().into()),
                ],
            ),
            PollKind::Ranking { items } => self.message(
                "pdfMinutes-kindRanking",
                &[("items", items.len().to_string().into())],
            ),
        };
        self.message(
            "pdfMinutes-pollForm",
            &[("secrecy", secrecy.into()), ("kind", kind.into())],
        )
    }
}

fn title_block(flow: &mut Flow, minutes: &Minutes, words: &Words) {
    flow.paragraph(
        words.text("pdfMinutes-titleCapitals"),
        TextStyle {
            colour: Colour::Accent,
            ..TextStyle::SMALL_STRONG
        },
        0.0,
    );
    flow.keep_last_with_next();
    flow.heading(&minutes.title, TextStyle::TITLE, 2.0);
    flow.paragraph(
        &minutes.group_name,
        TextStyle {
            colour: Colour::Muted,
            ..TextStyle::BODY
        },
        0.0,
    );
    flow.space(10.0);

    let date = minutes.opened_at.unwrap_or(minutes.starts_at).date();
    flow.labelled(
        words.text("pdfMinutes-date"),
        &words.date(date),
        LABEL_WIDTH,
        0.0,
    );
    let start = minutes.opened_at.unwrap_or(minutes.starts_at).time();
    let mut time = format!(
        "{}–{}",
        clock_time(start),
        clock_time(minutes.closed_at.time())
    );
    if minutes.closed_at.date() != date {
        time = format!(
            "{} {} – {} {}",
            words.date(date),
            clock_time(start),
            words.date(minutes.closed_at.date()),
            clock_time(minutes.closed_at.time())
        );
    }
    if minutes.opened_at.is_some() && minutes.starts_at.time() != start {
        time.push_str(&format!(
            " ({} {})",
            words.text("pdfMinutes-calledFor"),
            clock_time(minutes.starts_at.time())
        ));
    }
    flow.labelled(words.text("pdfMinutes-time"), &time, LABEL_WIDTH, 0.0);
    if let Some(location) = minutes.location.as_deref().filter(|l| !l.trim().is_empty()) {
        flow.labelled(words.text("pdfMinutes-place"), location, LABEL_WIDTH, 0.0);
    }
    for role in [MemberRole::Chair, MemberRole::Secretary] {
        let names: Vec<&str> = minutes
            .signatories
            .iter()
            .filter(|signatory| signatory.role == role)
            .map(|signatory| signatory.name.as_str())
            .collect();
        if !names.is_empty() {
            flow.labelled(words.role(role), &names.join(", "), LABEL_WIDTH, 0.0);
        }
    }
    flow.rule(Colour::RuleLight, 0.6, 8.0);
}

fn attendance_section(flow: &mut Flow, minutes: &Minutes, words: &Words) {
    flow.heading(
        words.text("pdfMinutes-attendance"),
        TextStyle::SECTION,
        14.0,
    );
    flow.space(2.0);
    // A column only when someone has something in it: a group without organisations gets no
    // empty "Organisation" column.
    let with_organisations = minutes
        .attendance
        .iter()
        .any(|attendee| attendee.organisation.is_some());
    let (table, header) = member_table_header(
        words,
        with_organisations,
        words.text("pdfMinutes-attendanceSection"),
        3.4,
    );
    flow.begin_table(
        header,
        section_continuation(words.text("pdfMinutes-attendance"), words),
    );
    let opened = minutes.opened_at.map(|opened| opened.time());
    for attendee in &minutes.attendance {
        let mut name = attendee.name.clone();
        if attendee.voting_right && attendee.vote_weight != 1 {
            name.push_str(&format!(
                " ({} {})",
                words.text("pdfMinutes-voteWeight"),
                attendee.vote_weight
            ));
        }
        let mut role = words.role(attendee.role).to_owned();
        if !attendee.voting_right && matches!(attendee.role, MemberRole::Chair | MemberRole::Member)
        {
            role.push_str(words.text("pdfMinutes-nonVoting"));
        }
        let mut cells = vec![Cell::new(name, TextStyle::BODY)];
        if with_organisations {
            cells.push(Cell::new(
                attendee.organisation.clone().unwrap_or_default(),
                TextStyle::BODY,
            ));
        }
        cells.push(Cell::new(role, TextStyle::BODY));
        cells.push(Cell::new(
            words.attendance(attendee, opened),
            TextStyle::BODY,
        ));
        flow.row(&cells, &table, true, 3.0);
    }
    flow.end_table();

    flow.space(8.0);
    let proxies: Vec<String> = minutes
        .attendance
        .iter()
        .filter_map(|attendee| {
            attendee.proxy_holder.as_ref().map(|holder| {
                words.message(
                    "pdfMinutes-heldTheProxyOf",
                    &[
                        ("holder", holder.as_str().into()),
                        ("member", attendee.name.as_str().into()),
                    ],
                )
            })
        })
        .collect();
    let proxies = if proxies.is_empty() {
        words.text("pdfMinutes-noProxies").to_owned()
    } else {
        proxies.join(" ")
    };
    flow.labelled(words.text("pdfMinutes-proxies"), &proxies, LABEL_WIDTH, 0.0);
    // The quorum sentence starts with "Beslutningsdygtig:" / "Quorate:", so it needs no label.
    flow.space(4.0);
    flow.paragraph(words.bilingual(&minutes.quorum), TextStyle::BODY, 0.0);
}

/// The heading of a section repeated after a page break: "Deltagere (fortsat)".
pub(crate) fn section_continuation(title: &str, words: &Words) -> Vec<Line> {
    let mut repeat = Flow::new();
    repeat.heading(
        &format!("{title} {}", words.text("pdfMinutes-continued")),
        TextStyle {
            colour: Colour::Muted,
            ..TextStyle::ITEM
        },
        0.0,
    );
    repeat.space(4.0);
    repeat.lines
}

fn agenda_section(flow: &mut Flow, minutes: &Minutes, words: &Words) {
    flow.heading(
        words.text("pdfMinutes-agendaAndDecisions"),
        TextStyle::SECTION,
        18.0,
    );
    for item in &minutes.agenda {
        let mut heading = format!("{}. {}", item.position, item.title.trim());
        if let Some(key) = &item.backlog_key
            && !item.title.contains(key.as_str())
        {
            heading.push_str(&format!(" ({key})"));
        }
        flow.heading(&heading, TextStyle::ITEM, 12.0);
        flow.space(2.0);
        flow.begin_continuation(section_continuation(&heading, words));
        let proposal = item.proposed_decision.trim();
        if !proposal.is_empty() {
            // Set as the agenda sets it (paragraphs, lists, bold), after its label; a proposal
            // that opens with a list starts on the line under the label.
            let label = words.text("pdfMinutes-proposedDecision");
            let opens_with_list = proposal.lines().next().and_then(list_marker).is_some();
            let separator = if opens_with_list { "\n" } else { " " };
            formatted_text(
                flow,
                &format!("{label}:{separator}{proposal}"),
                TextStyle::BODY_ITALIC,
            );
            flow.space(4.0);
        }
        let notes = item.notes.trim();
        if !notes.is_empty() {
            // The secretary's notes are set as the chair's texts are: paragraphs, lists, bold.
            formatted_text(flow, notes, TextStyle::BODY);
            flow.space(4.0);
        }
        if notes.is_empty() && item.records.is_empty() {
            flow.paragraph(
                words.text("pdfMinutes-nothingToRecord"),
                TextStyle::BODY_ITALIC,
                0.0,
            );
        }
        records(flow, &item.records, words);
        flow.end_continuation();
    }
    if !minutes.other_business.is_empty() {
        let heading = words.text("pdfMinutes-outsideTheAgenda");
        flow.heading(heading, TextStyle::ITEM, 12.0);
        flow.space(2.0);
        flow.begin_continuation(section_continuation(heading, words));
        records(flow, &minutes.other_business, words);
        flow.end_continuation();
    }
}

/// The polls, decisions and action items under one agenda item, as label + text rows.
fn records(flow: &mut Flow, records: &MinutesRecords, words: &Words) {
    for poll in &records.polls {
        poll_record(flow, poll, words);
    }
    unresolved_conflict(flow, records, words);
    for decision in &records.decisions {
        let mut label = format!("{} {}", words.text("pdfMinutes-decision"), decision.number);
        if !decision.unresolved_conflict_with.is_empty() {
            label.push_str(words.text("pdfMinutes-unresolved"));
        }
        let mut text = format!(
            "{}: {}",
            words.outcome(decision.outcome),
            decision.text.trim()
        );
        if let Some(poll) = decision.poll_number {
            text.push_str(&format!(" ({} {poll})", words.text("pdfMinutes-seeVote")));
        }
        flow.space(6.0);
        record_row(flow, &label, &text, TextStyle::BODY);
        for linked in &decision.linked_items {
            let mut line = linked.key.clone();
            if let Some(title) = &linked.title {
                line.push_str(&format!(" {title}"));
            }
            if let Some(status) = &linked.new_status {
                line.push_str(&format!(
                    " — {}: {status}",
                    words.text("pdfMinutes-newStatus")
                ));
            }
            record_row(flow, "", &line, TextStyle::SMALL);
        }
        if !decision.priority_order.is_empty() {
            record_row(
                flow,
                "",
                &format!(
                    "{}: {}",
                    words.text("pdfMinutes-newPriorityOrder"),
                    decision.priority_order.join(", ")
                ),
                TextStyle::SMALL,
            );
        }
    }
    for action in &records.action_items {
        let label = format!("{} {}", words.text("pdfMinutes-action"), action.number);
        flow.space(6.0);
        record_row(flow, &label, action.text.trim(), TextStyle::BODY);
        let mut details = Vec::new();
        if let Some(owner) = &action.owner {
            details.push(format!("{}: {owner}", words.text("pdfMinutes-owner")));
        }
        if let Some(due) = action.due_date {
            details.push(format!(
                "{}: {}",
                words.text("pdfMinutes-due"),
                words.date(due)
            ));
        }
        if !details.is_empty() {
            record_row(flow, "", &details.join(" · "), TextStyle::SMALL);
        }
    }
}

/// Decisions on this agenda item that two laptops recorded without seeing each other's, until the
/// chair keeps one: said plainly above them, so that nobody reads two contradicting decisions as
/// the group's. Such minutes are never signed (`RecordMinutesSigned` refuses them), so this is
/// what the chair sees in the preview and a draft.
fn unresolved_conflict(flow: &mut Flow, records: &MinutesRecords, words: &Words) {
    let numbers: Vec<String> = records
        .decisions
        .iter()
        .filter(|decision| !decision.unresolved_conflict_with.is_empty())
        .map(|decision| decision.number.to_string())
        .collect();
    let Some((last, first)) = numbers.split_last() else {
        return;
    };
    let first = first.join(", ");
    let text = words.message(
        "pdfMinutes-decisionsInConflict",
        &[("first", first.into()), ("last", last.as_str().into())],
    );
    flow.space(6.0);
    record_row(
        flow,
        words.text("pdfMinutes-unresolvedConflict"),
        &text,
        TextStyle::BODY_STRONG,
    );
}

fn record_row(flow: &mut Flow, label: &str, text: &str, style: TextStyle) {
    let columns = [
        Column {
            x: 0.0,
            width: LABEL_WIDTH - 8.0,
        },
        Column {
            x: LABEL_WIDTH,
            width: CONTENT_WIDTH - LABEL_WIDTH,
        },
    ];
    flow.row(
        &[
            Cell::new(label, TextStyle::BODY_STRONG),
            // A decision's or action item's text as typed, its **bold** set as the agenda's.
            Cell::rich(bold_runs(text, style.style), style),
        ],
        &columns,
        false,
        0.0,
    );
}

/// A poll: its question, form, rule and result, kept on one page with the first line of the
/// figures or ballots under them (a result never stands at a page foot apart from its table).
fn poll_record(flow: &mut Flow, poll: &MinutesPoll, words: &Words) {
    let label = format!("{} {}", words.text("pdfMinutes-vote"), poll.number);
    flow.space(6.0);
    record_row(flow, &label, poll.question.trim(), TextStyle::BODY_STRONG);
    flow.keep_last_with_next();
    record_row(flow, "", &words.poll_form(poll), TextStyle::SMALL);
    flow.keep_last_with_next();
    if let Some(rule) = &poll.rule {
        record_row(
            flow,
            "",
            &format!(
                "{}: {}",
                words.text("pdfMinutes-rule"),
                words.bilingual(rule)
            ),
            TextStyle::SMALL,
        );
        flow.keep_last_with_next();
    }
    if poll.quorum_overridden {
        record_row(
            flow,
            "",
            words.text("pdfMinutes-theVoteWasHeldAlthough"),
            TextStyle::SMALL,
        );
        flow.keep_last_with_next();
    }
    match &poll.summary {
        Some(summary) => record_row(
            flow,
            "",
            &format!(
                "{}: {}",
                words.text("pdfMinutes-result"),
                words.bilingual(summary)
            ),
            TextStyle::BODY,
        ),
        None => record_row(
            flow,
            "",
            words.text("pdfMinutes-theVoteClosedWithoutA"),
            TextStyle::BODY_ITALIC,
        ),
    }
    // A poll opened again after it was closed: the first result stays in the record.
    for reopening in &poll.reopenings {
        flow.keep_last_with_next();
        record_row(
            flow,
            "",
            &format!(
                "{} {} {} {}. {}: {}",
                words.text("pdfMinutes-theVoteWasReopenedAt"),
                clock_time(reopening.at.time()),
                words.text("pdfMinutes-by"),
                reopening.by,
                words.text("pdfMinutes-theResultHadBeen"),
                words.bilingual(&reopening.earlier_result.summary)
            ),
            TextStyle::SMALL,
        );
    }
    let has_tally = !matches!(poll.kind, PollKind::YesNo) && !poll.tally.is_empty();
    let has_ballots = !poll.secret && !poll.ballots.is_empty();
    if has_tally || has_ballots {
        flow.keep_last_with_next();
    }
    tally_table(flow, poll, words);
    ballots_by_choice(flow, poll, words);
}

/// For choice and prioritisation polls, the figures per option or item, best first for
/// prioritisations.
fn tally_table(flow: &mut Flow, poll: &MinutesPoll, words: &Words) {
    let (items, figure_label, blank) = match &poll.kind {
        PollKind::YesNo => return,
        PollKind::Choice { options } => (options, words.text("pdfMinutes-votes"), true),
        PollKind::Points { items, .. } => (items, words.text("pdfMinutes-points"), false),
        PollKind::Ranking { items } => (items, words.text("pdfMinutes-bordaPoints"), false),
    };
    if poll.tally.is_empty() {
        return;
    }
    let order: Vec<usize> = if poll.ranking.is_empty() {
        (0..items.len()).collect()
    } else {
        poll.ranking.iter().map(|index| *index as usize).collect()
    };
    let table = columns(
        LABEL_WIDTH,
        CONTENT_WIDTH - LABEL_WIDTH,
        &[0.6, 6.0, 1.6],
        8.0,
    );
    flow.space(4.0);
    let header = Flow::header_row_lines(
        &[
            Cell::new("#", TextStyle::SMALL_STRONG),
            Cell::new(
                if blank {
                    words.text("pdfMinutes-option")
                } else {
                    words.text("pdfMinutes-item")
                },
                TextStyle::SMALL_STRONG,
            ),
            Cell::new(figure_label, TextStyle::SMALL_STRONG),
        ],
        &table,
    );
    flow.begin_table(header, flow.current_continuation_lines());
    for (place, index) in order.iter().enumerate() {
        let Some(item) = items.get(*index) else {
            continue;
        };
        let figure = poll.tally.get(*index).copied().unwrap_or(0);
        let number = if poll.ranking.is_empty() {
            index + 1
        } else {
            place + 1
        };
        flow.row(
            &[
                Cell::new(format!("{number}"), TextStyle::SMALL),
                Cell::new(item.clone(), TextStyle::SMALL),
                Cell::new(figure.to_string(), TextStyle::SMALL),
            ],
            &table,
            true,
            2.0,
        );
    }
    if blank && let Some(blank_votes) = poll.tally.get(items.len()) {
        flow.row(
            &[
                Cell::new("", TextStyle::SMALL),
                Cell::new(words.text("pdfMinutes-blank"), TextStyle::SMALL),
                Cell::new(blank_votes.to_string(), TextStyle::SMALL),
            ],
            &table,
            true,
            2.0,
        );
    }
    flow.end_table();
}

/// Who voted how in a named poll, one line per choice: "For (5): Anne-Marie Bæk, Henrik
/// Løvstrup (fuldmagt: Louise Damgaard), …" — the choices in the poll's order, the members in
/// the order the ballots come (by name). A prioritisation ballot is a member's own distribution
/// or order, so those are listed one member a line: "Anne-Marie Bæk: 1. MO-1420 · 2. MO-1436 …".
fn ballots_by_choice(flow: &mut Flow, poll: &MinutesPoll, words: &Words) {
    if poll.secret || poll.ballots.is_empty() {
        return;
    }
    let label_width = 118.0;
    let table = [
        Column {
            x: LABEL_WIDTH,
            width: label_width - 8.0,
        },
        Column {
            x: LABEL_WIDTH + label_width,
            width: CONTENT_WIDTH - LABEL_WIDTH - label_width,
        },
    ];
    let voter = |ballot: &gavel_core::minutes::MinutesBallot| {
        let name = match &ballot.cast_by_proxy {
            Some(holder) => format!(
                "{} ({}: {holder})",
                ballot.member,
                words.text("pdfMinutes-proxy")
            ),
            None => ballot.member.clone(),
        };
        // A changed vote stays visible in the record: the ballot counted is the last one.
        match (ballot.replaced, ballot.replaced_at) {
            (false, _) => name,
            (true, Some(at)) => format!(
                "{name} ({} {})",
                words.text("pdfMinutes-voteChangedAt"),
                clock_time(at.time())
            ),
            (true, None) => format!("{name} ({})", words.text("pdfMinutes-voteChanged")),
        }
    };
    flow.space(3.0);
    match &poll.kind {
        PollKind::YesNo | PollKind::Choice { .. } => {
            let choices: Vec<Ballot> = match &poll.kind {
                PollKind::Choice { options } => (0..options.len())
                    .map(|index| Ballot::Option {
                        index: u32::try_from(index).unwrap_or(u32::MAX),
                    })
                    .chain([Ballot::Blank])
                    .collect(),
                _ => vec![Ballot::Yes, Ballot::No, Ballot::Abstain, Ballot::Blank],
            };
            // A ballot that fits none of the poll's choices (the log allows no such ballot
            // today) still gets a line of its own rather than vanish.
            let mut others: Vec<&Ballot> = Vec::new();
            for ballot in &poll.ballots {
                if !choices.contains(&ballot.ballot) && !others.contains(&&ballot.ballot) {
                    others.push(&ballot.ballot);
                }
            }
            for choice in choices.iter().chain(others) {
                let voters: Vec<String> = poll
                    .ballots
                    .iter()
                    .filter(|ballot| ballot.ballot == *choice)
                    .map(voter)
                    .collect();
                if voters.is_empty() {
                    continue;
                }
                let label = format!("{} ({})", words.ballot(choice, &poll.kind), voters.len());
                flow.row(
                    &[
                        Cell::new(label, TextStyle::SMALL_STRONG),
                        Cell::new(voters.join(", "), TextStyle::SMALL),
                    ],
                    &table,
                    false,
                    1.0,
                );
            }
        }
        PollKind::Points { .. } | PollKind::Ranking { .. } => {
            let whole_width = [Column {
                x: LABEL_WIDTH,
                width: CONTENT_WIDTH - LABEL_WIDTH,
            }];
            for ballot in &poll.ballots {
                let line = format!(
                    "{}: {}",
                    voter(ballot),
                    words.ballot(&ballot.ballot, &poll.kind)
                );
                flow.row(
                    &[Cell::new(line, TextStyle::SMALL)],
                    &whole_width,
                    false,
                    1.0,
                );
            }
        }
    }
}

fn action_item_overview(flow: &mut Flow, minutes: &Minutes, words: &Words) {
    let mut actions: Vec<(Option<u32>, &gavel_core::minutes::MinutesActionItem)> = minutes
        .agenda
        .iter()
        .flat_map(|item| {
            item.records
                .action_items
                .iter()
                .map(move |action| (Some(item.position), action))
        })
        .chain(
            minutes
                .other_business
                .action_items
                .iter()
                .map(|action| (None, action)),
        )
        .collect();
    if actions.is_empty() {
        return;
    }
    actions.sort_by_key(|(_, action)| action.number);
    let title = words.text("pdfMinutes-actionItems");
    flow.heading(title, TextStyle::SECTION, 20.0);
    flow.space(2.0);
    let table = columns(0.0, CONTENT_WIDTH, &[0.6, 5.0, 2.6, 2.4, 0.7], 8.0);
    let header = Flow::header_row_lines(
        &[
            Cell::new(words.text("pdfMinutes-no"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-task"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-owner"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-due"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-itemShort"), TextStyle::SMALL_STRONG),
        ],
        &table,
    );
    flow.begin_table(header, section_continuation(title, words));
    for (position, action) in actions {
        flow.row(
            &[
                Cell::new(action.number.to_string(), TextStyle::SMALL),
                Cell::new(action.text.clone(), TextStyle::SMALL),
                Cell::new(action.owner.clone().unwrap_or_default(), TextStyle::SMALL),
                Cell::new(
                    action
                        .due_date
                        .map(|due| words.date(due))
                        .unwrap_or_default(),
                    TextStyle::SMALL,
                ),
                Cell::new(
                    position
                        .map(|position| position.to_string())
                        .unwrap_or_default(),
                    TextStyle::SMALL,
                ),
            ],
            &table,
            true,
            2.0,
        );
    }
    flow.end_table();
}

fn backlog_section(flow: &mut Flow, minutes: &Minutes, words: &Words) {
    if minutes.backlog_order.is_empty() {
        return;
    }
    let title = words.text("pdfMinutes-rePrioritisedBacklog");
    flow.heading(title, TextStyle::SECTION, 20.0);
    flow.paragraph(
        words.text("pdfMinutes-theBacklogSNewOrder"),
        TextStyle::SMALL,
        0.0,
    );
    flow.space(4.0);
    let table = columns(0.0, CONTENT_WIDTH, &[0.7, 1.5, 6.0, 2.6], 8.0);
    let header = Flow::header_row_lines(
        &[
            Cell::new(words.text("pdfMinutes-rankColumn"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-issue"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-title"), TextStyle::SMALL_STRONG),
            Cell::new(words.text("pdfMinutes-status"), TextStyle::SMALL_STRONG),
        ],
        &table,
    );
    flow.begin_table(header, section_continuation(title, words));
    for entry in &minutes.backlog_order {
        flow.row(
            &[
                Cell::new(entry.place.to_string(), TextStyle::SMALL),
                Cell::new(entry.key.clone(), TextStyle::SMALL),
                Cell::new(entry.title.clone().unwrap_or_default(), TextStyle::SMALL),
                Cell::new(entry.status.clone().unwrap_or_default(), TextStyle::SMALL),
            ],
            &table,
            true,
            2.0,
        );
    }
    flow.end_table();
}

/// The fingerprint in groups of eight hex digits, easier to compare by eye.
pub fn grouped_fingerprint(fingerprint: &str) -> String {
    fingerprint
        .as_bytes()
        .chunks(8)
        .map(|chunk| String::from_utf8_lossy(chunk).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where these minutes were approved, once a later meeting has (godkendelse af referat).
fn approval_section(flow: &mut Flow, minutes: &Minutes, words: &Words) {
    let Some(approval) = &minutes.approval else {
        return;
    };
    flow.heading(words.text("pdfMinutes-approval"), TextStyle::SECTION, 20.0);
    let date = words.date(approval.starts_at.date());
    flow.paragraph(
        &words.message(
            "pdfMinutes-approvedAt",
            &[
                ("meeting", approval.meeting_title.as_str().into()),
                ("date", date.into()),
                ("decision", approval.decision_number.to_string().into()),
                ("text", approval.decision_text.as_str().into()),
            ],
        ),
        TextStyle::BODY,
        0.0,
    );
}

fn fingerprint_section(flow: &mut Flow, minutes: &Minutes, words: &Words) {
    flow.heading(
        words.text("pdfMinutes-theMeetingSLog"),
        TextStyle::SECTION,
        20.0,
    );
    flow.paragraph(
        words.text("pdfMinutes-theseMinutesWereMadeBy"),
        TextStyle::BODY,
        0.0,
    );
    flow.space(4.0);
    // The label on a line of its own: the 64 digits in groups need the full width.
    flow.paragraph(
        words.text("pdfMinutes-logFingerprint"),
        TextStyle::BODY_STRONG,
        0.0,
    );
    flow.keep_last_with_next();
    flow.paragraph(
        &grouped_fingerprint(&minutes.log_fingerprint),
        TextStyle::BODY,
        0.0,
    );
}

/// The head of a table of people, shared by the minutes' attendance and the agenda's member
/// list: name, organisation (only when `with_organisations`), role, and a last column of its own
/// width. Returns the table's columns and its header lines.
pub(crate) fn member_table_header(
    words: &Words,
    with_organisations: bool,
    last_column: &str,
    last_fraction: f32,
) -> (Vec<Column>, Vec<Line>) {
    let mut header_cells = vec![Cell::new(
        words.text("pdfMinutes-name"),
        TextStyle::SMALL_STRONG,
    )];
    let mut fractions = vec![3.0];
    if with_organisations {
        header_cells.push(Cell::new(
            words.text("pdfMinutes-organisation"),
            TextStyle::SMALL_STRONG,
        ));
        fractions.push(3.0);
    }
    header_cells.push(Cell::new(
        words.text("pdfMinutes-role"),
        TextStyle::SMALL_STRONG,
    ));
    header_cells.push(Cell::new(last_column, TextStyle::SMALL_STRONG));
    fractions.extend([1.7, last_fraction]);
    let table = columns(0.0, CONTENT_WIDTH, &fractions, 10.0);
    let header = Flow::header_row_lines(&header_cells, &table);
    (table, header)
}

/// The field name of a signature box: "chair-1", "secretary-1", "countersignature-1".
pub fn signature_field_name(kind: &str, number: usize) -> String {
    format!("{kind}-{number}")
}

fn signature_page(flow: &mut Flow, minutes: &Minutes, words: &Words) {
    flow.page_break();
    flow.heading(words.text("pdfMinutes-signatures"), TextStyle::SECTION, 0.0);
    flow.paragraph(
        words.text("pdfMinutes-theMinutesAreSignedDigitally"),
        TextStyle::BODY,
        0.0,
    );
    flow.space(12.0);

    let mut boxes: Vec<(String, String, String)> = Vec::new();
    let mut add_role = |role: MemberRole, kind: &str, people: Vec<&Signatory>| {
        if people.is_empty() {
            boxes.push((
                words.role(role).to_owned(),
                String::new(),
                signature_field_name(kind, 1),
            ));
        }
        for (index, person) in people.into_iter().enumerate() {
            let mut name = person.name.clone();
            if let Some(organisation) = &person.organisation {
                name.push_str(&format!(", {organisation}"));
            }
            boxes.push((
                words.role(role).to_owned(),
                name,
                signature_field_name(kind, index + 1),
            ));
        }
    };
    add_role(
        MemberRole::Chair,
        "chair",
        minutes
            .signatories
            .iter()
            .filter(|s| s.role == MemberRole::Chair)
            .collect(),
    );
    add_role(
        MemberRole::Secretary,
        "secretary",
        minutes
            .signatories
            .iter()
            .filter(|s| s.role == MemberRole::Secretary)
            .collect(),
    );
    for number in 1..=COUNTERSIGNATURE_SLOTS {
        boxes.push((
            words.text("pdfMinutes-countersignature").to_owned(),
            String::new(),
            signature_field_name("countersignature", number),
        ));
    }

    let pair = columns(0.0, CONTENT_WIDTH, &[1.0, 1.0], 24.0);
    for chunk in boxes.chunks(2) {
        let labels: Vec<Cell> = chunk
            .iter()
            .map(|(role, _, _)| Cell::new(role.clone(), TextStyle::SMALL_STRONG))
            .collect();
        let names: Vec<Cell> = chunk
            .iter()
            .map(|(_, name, _)| Cell::new(name.clone(), TextStyle::BODY))
            .collect();
        flow.space(10.0);
        flow.keep_last_with_next();
        flow.row(&labels, &pair, false, 0.0);
        flow.keep_last_with_next();
        flow.row(&names, &pair, false, 0.0);
        flow.keep_last_with_next();
        let mut slot_line = Line::empty(SIGNATURE_BOX_HEIGHT + 4.0);
        slot_line.space_before = 2.0;
        flow.push_lines(vec![slot_line]);
        for ((role, name, field), column) in chunk.iter().zip(&pair) {
            // What a screen reader says of the box: the signature field's alternative text.
            let mut description = format!("{}: {role}", words.text("pdfMinutes-signature"));
            if !name.is_empty() {
                description.push_str(&format!(", {name}"));
            }
            flow.signature_slot(
                field,
                &description,
                column.x,
                column.width,
                SIGNATURE_BOX_HEIGHT,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fonts::FontStyle;

    #[test]
    fn danish_dates_have_a_full_stop_after_the_day_and_lowercase_months() {
        let date = NaiveDate::from_ymd_opt(2026, 11, 27).expect("date");
        assert_eq!(long_date(date, Language::Danish), "27. november 2026");
        assert_eq!(long_date(date, Language::English), "27 November 2026");
        let date = NaiveDate::from_ymd_opt(2027, 5, 1).expect("date");
        assert_eq!(long_date(date, Language::Danish), "1. maj 2027");
        assert_eq!(long_date(date, Language::English), "1 May 2027");
    }

    #[test]
    fn page_labels_in_both_languages() {
        assert_eq!(page_label(Language::Danish, 3, 7), "Side 3 af 7");
        assert_eq!(page_label(Language::English, 3, 7), "Page 3 of 7");
    }

    /// Every text the flow draws, in order, one space between marks.
    fn texts(flow: &Flow) -> String {
        flow.lines
            .iter()
            .flat_map(|line| &line.marks)
            .filter_map(|mark| match mark {
                crate::layout::Mark::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn a_member_marked_present_in_the_minute_the_meeting_opened_came_on_time() {
        let mut minutes = crate::sample::synthetic_minutes(1);
        let opened = NaiveTime::from_hms_opt(13, 2, 5).expect("time");
        minutes.opened_at = minutes.opened_at.map(|at| at.date().and_time(opened));
        // Seconds after the opening, as the chair takes the roll; then a minute later.
        minutes.attendance[0].arrived_at = NaiveTime::from_hms_opt(13, 2, 48);
        minutes.attendance[2].arrived_at = NaiveTime::from_hms_opt(13, 3, 1);
        let text = texts(&minutes_flow(&minutes, Language::Danish));
        let chair = format!(
            "{} Aarhus Kommune Formand Til stede",
            minutes.attendance[0].name
        );
        assert!(text.contains(&chair), "{text}");
        assert!(!text.contains(&format!("{chair} fra")), "{text}");
        assert!(
            text.contains(&format!(
                "{} Odense Kommune Medlem Til stede fra 13:03",
                minutes.attendance[2].name
            )),
            "{text}"
        );
    }

    #[test]
    fn decisions_in_an_unresolved_conflict_are_marked_as_such_in_both_languages() {
        let mut minutes = crate::sample::synthetic_minutes(1);
        let decisions = &mut minutes.agenda[0].records.decisions;
        let mut other = decisions[0].clone();
        other.number = decisions[0].number + 1;
        other.outcome = gavel_core::DecisionOutcome::Rejected;
        other.unresolved_conflict_with = vec![decisions[0].number];
        decisions[0].unresolved_conflict_with = vec![other.number];
        let (first, second) = (decisions[0].number, other.number);
        decisions.push(other);

        let danish = texts(&minutes_flow(&minutes, Language::Danish));
        let english = texts(&minutes_flow(&minutes, Language::English));

        assert!(danish.contains("UAFKLARET"), "{danish}");
        assert!(danish.contains(&format!(
            "Beslutning {first} og {second} er registreret på to"
        )));
        assert_eq!(danish.matches("(uafklaret)").count(), 2, "{danish}");
        assert!(english.contains("UNRESOLVED"), "{english}");
        assert!(english.contains(&format!(
            "Decisions {first} and {second} were recorded on two"
        )));
        assert_eq!(english.matches("(unresolved)").count(), 2, "{english}");
        let resolved = texts(&minutes_flow(
            &crate::sample::synthetic_minutes(1),
            Language::Danish,
        ));
        assert!(!resolved.contains("UAFKLARET"));
    }

    /// The flow's text lines, each line's marks with the bold ones in `[` `]`.
    fn lines_with_bold(flow: &Flow) -> Vec<String> {
        flow.lines
            .iter()
            .map(|line| {
                line.marks
                    .iter()
                    .filter_map(|mark| match mark {
                        crate::layout::Mark::Text {
                            text,
                            style: FontStyle::SemiBold,
                            ..
                        } => Some(format!("[{text}]")),
                        crate::layout::Mark::Text { text, .. } => Some(text.clone()),
                        _ => None,
                    })
                    .collect::<String>()
            })
            .filter(|line| !line.is_empty())
            .collect()
    }

    #[test]
    fn the_proposed_decision_is_set_as_the_agenda_sets_it_with_bold_and_lists() {
        let mut minutes = crate::sample::synthetic_minutes(2);
        minutes.agenda[0].proposed_decision =
            "**Styregruppen** godkender *tilbud B*.\n\nDen vælger:\n- **MO**-1420".to_owned();
        minutes.agenda[1].proposed_decision = "- hosting\n- **drift**".to_owned();
        let danish = lines_with_bold(&minutes_flow(&minutes, Language::Danish));
        let english = lines_with_bold(&minutes_flow(&minutes, Language::English));
        for expected in [
            "Indstilling: [Styregruppen] godkender *tilbud B*.",
            "Den vælger:",
            "•[MO]-1420",
            "Indstilling:",
            "•hosting",
            "•[drift]",
        ] {
            assert!(
                danish.iter().any(|line| line == expected),
                "{expected:?} missing from {danish:#?}"
            );
        }
        assert!(
            english
                .iter()
                .any(|line| line == "Proposed decision: [Styregruppen] godkender *tilbud B*."),
            "{english:#?}"
        );
    }

    #[test]
    fn a_decisions_text_and_the_notes_set_bold_and_lists_as_the_agenda_does() {
        let mut minutes = crate::sample::synthetic_minutes(1);
        minutes.agenda[0].notes = "Drøftet **grundigt**.\n\n- Aarhus imod\n- Odense for".to_owned();
        let decision = minutes.agenda[0]
            .records
            .decisions
            .first_mut()
            .expect("the sample's first item has a decision");
        decision.text = "Styregruppen **godkender** tilbud B.".to_owned();
        let lines = lines_with_bold(&minutes_flow(&minutes, Language::Danish));
        for expected in ["Drøftet [grundigt].", "•Aarhus imod", "•Odense for"] {
            assert!(
                lines.iter().any(|line| line == expected),
                "{expected:?} missing from {lines:#?}"
            );
        }
        assert!(
            lines
                .iter()
                .any(|line| line.ends_with("Styregruppen [godkender] tilbud B.")),
            "{lines:#?}"
        );
    }

    #[test]
    fn fingerprints_are_grouped_by_eight() {
        assert_eq!(
            grouped_fingerprint("0123456789abcdef01"),
            "01234567 89abcdef 01"
        );
    }
}
