//! The pages of the published site: the register (`index.html`) and one page per meeting, in
//! Danish at the site's root and in English under `en/`. Every text from data goes through
//! `html::escape` (directly, or through `inline`/`blocks`); file names come from a meeting's
//! date and id only (`PublishedMeeting::stem`), never from a title.

use std::fmt::Write;

use chrono::NaiveDate;

use super::PublishedMeeting;
use super::html::{Frame, Language, blocks, escape, inline, page};
use crate::command::MemberRole;
use crate::queries::{AgendaItemView, MeetingDetail};
use crate::register::{RegisterEntry, RegisterKind};
use crate::rules::Attendance;

/// Everything the site is made of, besides the PDFs.
pub(crate) struct SiteText<'a> {
    pub(crate) group_name: &'a str,
    pub(crate) meetings: &'a [PublishedMeeting],
    /// The register's entries of the public meetings, newest meeting first.
    pub(crate) entries: &'a [RegisterEntry],
    pub(crate) published_on: NaiveDate,
}

/// Every page of the site: (path relative to the site's root, HTML).
pub(crate) fn pages(site: &SiteText<'_>) -> Vec<(String, String)> {
    let mut pages = Vec::with_capacity(2 + 2 * site.meetings.len());
    for language in [Language::Danish, Language::English] {
        let prefix = match language {
            Language::Danish => "",
            Language::English => "en/",
        };
        pages.push((format!("{prefix}index.html"), register_page(site, language)));
        for meeting in site.meetings {
            pages.push((
                format!("{prefix}meetings/{}.html", meeting.stem),
                meeting_page(site, meeting, language),
            ));
        }
    }
    pages
}

/// Where the register's spreadsheet lies in the site, from its root: beside each language's
/// register page.
pub(crate) fn spreadsheet_path(language: Language) -> &'static str {
    match language {
        Language::Danish => "beslutninger.csv",
        Language::English => "en/decisions.csv",
    }
}

fn long_date(language: Language, date: NaiveDate) -> String {
    crate::calendar::long_date(language.catalogue(), date)
}

/// The register: the public meetings, then their decisions, poll results and action items.
fn register_page(site: &SiteText<'_>, language: Language) -> String {
    let text = |id| language.text(id);
    let (to_root, other_language_href) = match language {
        Language::Danish => ("", "en/index.html"),
        Language::English => ("../", "../index.html"),
    };
    let mut main = String::new();
    let _ = writeln!(
        main,
        "<h1>{}</h1>\n<p class=\"lead\">{}</p>",
        text("corePublishPages-decisionRegister"),
        text("corePublishPages-theRegisterHolds"),
    );
    let spreadsheet = spreadsheet_path(language);
    let _ = writeln!(
        main,
        "<p><a href=\"{}\" type=\"text/csv\" download>{}</a></p>",
        spreadsheet.strip_prefix("en/").unwrap_or(spreadsheet),
        text("corePublishPages-spreadsheet"),
    );

    let _ = writeln!(
        main,
        "<h2 id=\"meetings\">{}</h2>",
        text("corePublishPages-meetings")
    );
    if site.meetings.is_empty() {
        let _ = writeln!(
            main,
            "<p>{}</p>",
            text("corePublishPages-noMeetingsArePublishedYet")
        );
    } else {
        let _ = writeln!(
            main,
            "<div class=\"table-wrap\"><table aria-labelledby=\"meetings\">\n<thead><tr>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             </tr></thead>\n<tbody>",
            text("corePublishPages-date"),
            text("corePublishPages-meeting"),
            text("corePublishPages-minutes"),
        );
        for meeting in site.meetings {
            let summary = &meeting.detail.meeting;
            let _ = writeln!(
                main,
                "<tr><td>{date}</td><th scope=\"row\"><a href=\"meetings/{stem}.html\">{title}</a></th>\
                 <td><a href=\"{to_root}minutes/{stem}.pdf\" type=\"application/pdf\">{pdf}</a></td></tr>",
                date = escape(&long_date(language, summary.starts_at.date())),
                stem = meeting.stem,
                title = escape(&summary.title),
                pdf = escape(&pdf_label(language, meeting.pdf.len())),
            );
        }
        main.push_str("</tbody>\n</table></div>\n");
    }

    let of_kind = |kind: RegisterKind| {
        site.entries
            .iter()
            .filter(move |entry| entry.kind == kind)
            .collect::<Vec<_>>()
    };
    let stem_of = |entry: &RegisterEntry| {
        site.meetings
            .iter()
            .find(|meeting| meeting.detail.meeting.id == entry.meeting_id)
            .map_or(String::new(), |meeting| meeting.stem.clone())
    };
    // The meeting's title links to the entry itself on the meeting's page.
    let meeting_cell = |entry: &RegisterEntry| {
        let place = match entry.kind {
            RegisterKind::Decision => Place::Decision,
            RegisterKind::PollResult => Place::Poll,
            RegisterKind::ActionItem => Place::ActionItem,
        };
        format!(
            "<td>{}</td><td><a href=\"meetings/{}.html#{}\">{}</a></td><td>{}</td>",
            escape(&long_date(language, entry.meeting_date)),
            stem_of(entry),
            place_id(place, entry.number),
            escape(&entry.meeting_title),
            escape(entry.agenda_item.as_deref().unwrap_or("")),
        )
    };

    let decisions = of_kind(RegisterKind::Decision);
    let _ = writeln!(
        main,
        "<h2 id=\"decisions\">{}</h2>",
        text("corePublishPages-decisions")
    );
    if decisions.is_empty() {
        let _ = writeln!(main, "<p>{}</p>", text("corePublishPages-noDecisions"));
    } else {
        let _ = writeln!(
            main,
            "<div class=\"table-wrap\"><table aria-labelledby=\"decisions\">\n<thead><tr>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             </tr></thead>\n<tbody>",
            text("corePublishPages-date"),
            text("corePublishPages-meeting"),
            text("corePublishPages-item"),
            text("corePublishPages-outcome"),
            text("corePublishPages-decision"),
            text("corePublishPages-issues"),
        );
        for entry in decisions {
            let outcome = entry
                .outcome
                .map_or("", |outcome| outcome.name(language.catalogue()));
            let _ = writeln!(
                main,
                "<tr>{}<td>{}</td><td>{}</td><td>{}</td></tr>",
                meeting_cell(entry),
                escape(outcome),
                blocks(&entry.text),
                escape(&entry.backlog_keys.join(", ")),
            );
        }
        main.push_str("</tbody>\n</table></div>\n");
    }

    let polls = of_kind(RegisterKind::PollResult);
    let _ = writeln!(
        main,
        "<h2 id=\"polls\">{}</h2>",
        text("corePublishPages-polls")
    );
    if polls.is_empty() {
        let _ = writeln!(main, "<p>{}</p>", text("corePublishPages-noPolls"));
    } else {
        let _ = writeln!(
            main,
            "<div class=\"table-wrap\"><table aria-labelledby=\"polls\">\n<thead><tr>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            text("corePublishPages-date"),
            text("corePublishPages-meeting"),
            text("corePublishPages-item"),
            text("corePublishPages-question"),
            text("corePublishPages-result"),
        );
        for entry in polls {
            let result = entry
                .poll_result
                .as_ref()
                .map_or("", |result| language.of(result));
            let _ = writeln!(
                main,
                "<tr>{}<td>{}</td><td>{}</td></tr>",
                meeting_cell(entry),
                inline(&entry.text),
                escape(result),
            );
        }
        main.push_str("</tbody>\n</table></div>\n");
    }

    let actions = of_kind(RegisterKind::ActionItem);
    let _ = writeln!(
        main,
        "<h2 id=\"action-items\">{}</h2>",
        text("corePublishPages-actionItems")
    );
    if actions.is_empty() {
        let _ = writeln!(main, "<p>{}</p>", text("corePublishPages-noActionItems"));
    } else {
        let _ = writeln!(
            main,
            "<div class=\"table-wrap\"><table aria-labelledby=\"action-items\">\n<thead><tr>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            text("corePublishPages-date"),
            text("corePublishPages-meeting"),
            text("corePublishPages-item"),
            text("corePublishPages-actionItem"),
            text("corePublishPages-ownerHeading"),
            text("corePublishPages-due"),
            text("corePublishPages-status"),
        );
        for entry in actions {
            let _ = writeln!(
                main,
                "<tr>{}<td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                meeting_cell(entry),
                blocks(&entry.text),
                escape(entry.owner.as_deref().unwrap_or("")),
                escape(
                    &entry
                        .due_date
                        .map_or(String::new(), |due| long_date(language, due))
                ),
                escape(&follow_up(language, entry.done_on)),
            );
        }
        main.push_str("</tbody>\n</table></div>\n");
    }

    let published_on = long_date(language, site.published_on);
    page(
        &Frame {
            language,
            title: text("corePublishPages-decisionRegister"),
            group_name: site.group_name,
            to_root,
            other_language_href,
            register_href: "index.html",
            published_on: &published_on,
        },
        &main,
    )
}

/// What on a meeting's page has an `id` that a link can point to.
#[derive(Clone, Copy)]
enum Place {
    AgendaItem,
    Decision,
    Poll,
    ActionItem,
}

/// The `id` of a thing on a meeting's page ("decision-3"): the same in both languages and in
/// every publication, so that a link pasted into an e-mail or a Jira comment keeps pointing at it.
fn place_id(place: Place, number: u32) -> String {
    let kind = match place {
        Place::AgendaItem => "item",
        Place::Decision => "decision",
        Place::Poll => "poll",
        Place::ActionItem => "action-item",
    };
    format!("{kind}-{number}")
}

fn follow_up(language: Language, done_on: Option<NaiveDate>) -> String {
    match done_on {
        Some(day) => language.message(
            "corePublishPages-doneOn",
            &[("date", long_date(language, day).into())],
        ),
        None => language.text("corePublishPages-open").to_owned(),
    }
}

/// "Underskrevet referat (PDF, 123 kB)".
fn pdf_label(language: Language, bytes: usize) -> String {
    let kilobytes = bytes.div_ceil(1000);
    language.message(
        "corePublishPages-signedMinutesPdf",
        &[("kilobytes", kilobytes.to_string().into())],
    )
}

/// One meeting: when and where, the signed minutes, who took part, and the agenda with each
/// item's case, proposal, polls, decisions and action items. The notes taken during the meeting
/// are not on the page (the signed minutes hold them, as signed).
fn meeting_page(site: &SiteText<'_>, meeting: &PublishedMeeting, language: Language) -> String {
    let text = |id| language.text(id);
    let detail = &meeting.detail;
    let summary = &detail.meeting;
    let (to_root, other_language_href) = match language {
        Language::Danish => ("../", format!("../en/meetings/{}.html", meeting.stem)),
        Language::English => ("../../", format!("../../meetings/{}.html", meeting.stem)),
    };
    let mut main = String::new();
    let _ = writeln!(
        main,
        "<p class=\"back\"><a href=\"../index.html\">{}</a></p>\n<h1>{}</h1>",
        text("corePublishPages-backToTheRegister"),
        escape(&summary.title),
    );
    let mut when = long_date(language, summary.starts_at.date());
    let _ = write!(when, " {}", summary.starts_at.format("%H:%M"));
    let _ = writeln!(
        main,
        "<dl class=\"facts\">\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>",
        text("corePublishPages-group"),
        escape(&summary.group_name),
        text("corePublishPages-time"),
        escape(&when),
    );
    if let Some(location) = &summary.location {
        let _ = writeln!(
            main,
            "<dt>{}</dt><dd>{}</dd>",
            text("corePublishPages-place"),
            escape(location)
        );
    }
    main.push_str("</dl>\n");

    // The minutes of record.
    let _ = writeln!(
        main,
        "<h2 id=\"minutes\">{}</h2>\n<p><a class=\"document\" href=\"{to_root}minutes/{}.pdf\" \
         type=\"application/pdf\">{}</a></p>",
        text("corePublishPages-minutes"),
        meeting.stem,
        escape(&pdf_label(language, meeting.pdf.len())),
    );
    let signatures: Vec<_> = detail
        .signatures
        .iter()
        .filter(|signature| signature.version == summary.minutes_version)
        .collect();
    if !signatures.is_empty() {
        main.push_str("<ul class=\"signatures\">\n");
        for signature in signatures {
            let role = MemberRole::ALL
                .into_iter()
                .find(|role| role.as_str() == signature.role)
                .map_or(signature.role.clone(), |role| {
                    role.name(language.catalogue()).to_owned()
                });
            let signed = language.message(
                "corePublishPages-signedDigitallyBy",
                &[
                    (
                        "date",
                        escape(&long_date(language, signature.signed_at.date())).into(),
                    ),
                    ("name", escape(&signature.signer_name).into()),
                    ("role", escape(&role).into()),
                ],
            );
            let _ = writeln!(main, "<li>{signed}</li>");
        }
        main.push_str("</ul>\n");
    }
    let _ = writeln!(
        main,
        "<p class=\"note\">{} <code>{}</code></p>\n<p class=\"note\">{}</p>",
        text("corePublishPages-theMeetingsFingerprint"),
        escape(&detail.log_fingerprint),
        text("corePublishPages-publishedAsSigned"),
    );

    attendance_section(&mut main, detail, language);

    let _ = writeln!(
        main,
        "<h2 id=\"agenda\">{}</h2>",
        text("corePublishPages-agenda")
    );
    if detail.agenda.is_empty() {
        let _ = writeln!(main, "<p>{}</p>", text("corePublishPages-noItems"));
    }
    for item in &detail.agenda {
        agenda_item_section(&mut main, detail, Some(item), language);
    }
    let loose = detail.decisions.iter().any(|d| d.agenda_item_id.is_none())
        || detail
            .action_items
            .iter()
            .any(|a| a.agenda_item_id.is_none())
        || detail.polls.iter().any(|p| p.agenda_item_id.is_none());
    if loose {
        agenda_item_section(&mut main, detail, None, language);
    }

    let published_on = long_date(language, site.published_on);
    page(
        &Frame {
            language,
            title: &summary.title,
            group_name: site.group_name,
            to_root,
            other_language_href: &other_language_href,
            register_href: "../index.html",
            published_on: &published_on,
        },
        &main,
    )
}

fn attendance_section(main: &mut String, detail: &MeetingDetail, language: Language) {
    let text = |id| language.text(id);
    let _ = writeln!(
        main,
        "<h2 id=\"attendance\">{}</h2>",
        text("corePublishPages-attendance")
    );
    let person = |attendee: &crate::queries::AttendanceView| match &attendee.organisation_name {
        Some(organisation) => format!("{} ({})", escape(&attendee.name), escape(organisation)),
        None => escape(&attendee.name),
    };
    let present: Vec<String> = detail
        .attendance
        .iter()
        .filter(|a| matches!(a.attendance, Attendance::Present | Attendance::Left))
        .map(person)
        .collect();
    let away: Vec<String> = detail
        .attendance
        .iter()
        .filter(|a| !matches!(a.attendance, Attendance::Present | Attendance::Left))
        .map(|a| {
            let how = match a.attendance {
                Attendance::Excused => text("corePublishPages-excused"),
                _ => text("corePublishPages-absent"),
            };
            format!("{} – {how}", person(a))
        })
        .collect();
    for (heading, people) in [
        (text("corePublishPages-present"), present),
        (text("corePublishPages-notPresent"), away),
    ] {
        if people.is_empty() {
            continue;
        }
        let _ = writeln!(main, "<h3>{heading}</h3>\n<ul>");
        for one in people {
            let _ = writeln!(main, "<li>{one}</li>");
        }
        main.push_str("</ul>\n");
    }
}

/// One agenda item (or, with `None`, what was recorded under no item).
fn agenda_item_section(
    main: &mut String,
    detail: &MeetingDetail,
    item: Option<&AgendaItemView>,
    language: Language,
) {
    let text = |id| language.text(id);
    let item_id = item.map(|item| item.id);
    match item {
        Some(item) => {
            let _ = writeln!(
                main,
                "<section class=\"agenda-item\" id=\"{}\">",
                place_id(Place::AgendaItem, item.position)
            );
            let _ = write!(main, "<h3>{}. {}", item.position, escape(&item.title));
            if let Some(key) = &item.backlog_key {
                let _ = write!(main, " <span class=\"key\">{}</span>", escape(key));
            }
            main.push_str("</h3>\n");
            if let Some(responsible) = &item.responsible {
                let _ = writeln!(
                    main,
                    "<p>{}</p>",
                    language.message(
                        "corePublishPages-responsible",
                        &[("name", escape(responsible).into())],
                    )
                );
            }
            if !item.case_description.trim().is_empty() {
                let _ = write!(
                    main,
                    "<h4>{}</h4>\n{}",
                    text("corePublishPages-caseDescription"),
                    blocks(&item.case_description)
                );
            }
            if !item.proposed_decision.trim().is_empty() {
                let _ = write!(
                    main,
                    "<h4>{}</h4>\n{}",
                    text("corePublishPages-proposal"),
                    blocks(&item.proposed_decision)
                );
            }
        }
        None => {
            let _ = writeln!(
                main,
                "<section class=\"agenda-item\" id=\"outside-the-agenda\">\n<h3>{}</h3>",
                text("corePublishPages-outsideTheAgendaItems")
            );
        }
    }
    for poll in detail.polls.iter().filter(|p| p.agenda_item_id == item_id) {
        let Some(result) = &poll.result else { continue };
        let number = [("number", poll.number.to_string().into())];
        let heading = if poll.secret {
            language.message("corePublishPages-secretPoll", &number)
        } else {
            language.message("corePublishPages-poll", &number)
        };
        let _ = writeln!(
            main,
            "<div class=\"entry\" id=\"{}\">\n<h4>{heading}</h4>\n<p>{}</p>\n<p>{}</p>\n\
             <p class=\"note\">{}</p>\n</div>",
            place_id(Place::Poll, poll.number),
            inline(&poll.question),
            escape(language.of(&result.summary)),
            escape(language.of(&result.rule)),
        );
    }
    for decision in detail
        .decisions
        .iter()
        .filter(|d| d.agenda_item_id == item_id)
    {
        let heading = language.message(
            "corePublishPages-decisionNumbered",
            &[
                ("number", decision.number.to_string().into()),
                (
                    "outcome",
                    escape(decision.outcome.name(language.catalogue())).into(),
                ),
            ],
        );
        let _ = write!(
            main,
            "<div class=\"entry\" id=\"{}\">\n<h4>{heading}</h4>\n{}</div>\n",
            place_id(Place::Decision, decision.number),
            blocks(&decision.text)
        );
    }
    let actions: Vec<_> = detail
        .action_items
        .iter()
        .filter(|a| a.agenda_item_id == item_id)
        .collect();
    if !actions.is_empty() {
        let _ = writeln!(
            main,
            "<h4>{}</h4>\n<ul class=\"action-items\">",
            text("corePublishPages-actionItems")
        );
        for action in actions {
            let _ = write!(
                main,
                "<li id=\"{}\">{}. {}",
                place_id(Place::ActionItem, action.number),
                action.number,
                inline(&action.text)
            );
            let mut details = Vec::new();
            if let Some(owner) = &action.owner_name {
                details.push(
                    language.message("corePublishPages-owner", &[("name", escape(owner).into())]),
                );
            }
            if let Some(due) = action.due_date {
                details.push(language.message(
                    "corePublishPages-dueOn",
                    &[("date", escape(&long_date(language, due)).into())],
                ));
            }
            details.push(escape(&follow_up(language, action.done_on)));
            let _ = writeln!(
                main,
                " <span class=\"details\">({})</span></li>",
                details.join("; ")
            );
        }
        main.push_str("</ul>\n");
    }
    main.push_str("</section>\n");
}
