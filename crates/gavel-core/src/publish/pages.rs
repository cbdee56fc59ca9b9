//! The pages of the published site: the register (`index.html`) and one page per meeting, in
//! Danish at the site's root and in English under `en/`. Every text from data goes through
//! `html::escape` (directly, or through `inline`/`blocks`); file names come from a meeting's
//! date and id only (`PublishedMeeting::stem`), never from a title.

use std::fmt::Write;

use chrono::NaiveDate;

use super::PublishedMeeting;
use super::html::{Frame, Language, blocks, escape, inline, page};
use crate::calendar::{long_date_danish, long_date_english};
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

fn long_date(language: Language, date: NaiveDate) -> String {
    match language {
        Language::Danish => long_date_danish(date),
        Language::English => long_date_english(date),
    }
}

/// The register: the public meetings, then their decisions, poll results and action items.
fn register_page(site: &SiteText<'_>, language: Language) -> String {
    let l = |da: &'static str, en: &'static str| language.pick(da, en);
    let (to_root, other_language_href) = match language {
        Language::Danish => ("", "en/index.html"),
        Language::English => ("../", "../index.html"),
    };
    let mut main = String::new();
    let _ = writeln!(
        main,
        "<h1>{}</h1>\n<p class=\"lead\">{}</p>",
        l("Beslutningsregister", "Decision register"),
        l(
            "Beslutninger, afstemningsresultater og handlingspunkter fra gruppens offentliggjorte \
             møder. Hvert møde har sin egen side med dagsordenen og det underskrevne referat \
             (PDF), som er det gældende referat.",
            "Decisions, poll results and action items from the group's published meetings. Each \
             meeting has its own page with the agenda and the signed minutes (PDF), which are \
             the minutes of record.",
        )
    );

    let _ = writeln!(main, "<h2 id=\"meetings\">{}</h2>", l("Møder", "Meetings"));
    if site.meetings.is_empty() {
        let _ = writeln!(
            main,
            "<p>{}</p>",
            l(
                "Ingen møder er offentliggjort endnu.",
                "No meetings have been published yet."
            )
        );
    } else {
        let _ = writeln!(
            main,
            "<div class=\"table-wrap\"><table aria-labelledby=\"meetings\">\n<thead><tr>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             </tr></thead>\n<tbody>",
            l("Dato", "Date"),
            l("Møde", "Meeting"),
            l("Referat", "Minutes"),
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
    let meeting_cell = |entry: &RegisterEntry| {
        format!(
            "<td>{}</td><td><a href=\"meetings/{}.html\">{}</a></td><td>{}</td>",
            escape(&long_date(language, entry.meeting_date)),
            stem_of(entry),
            escape(&entry.meeting_title),
            escape(entry.agenda_item.as_deref().unwrap_or("")),
        )
    };

    let decisions = of_kind(RegisterKind::Decision);
    let _ = writeln!(
        main,
        "<h2 id=\"decisions\">{}</h2>",
        l("Beslutninger", "Decisions")
    );
    if decisions.is_empty() {
        let _ = writeln!(main, "<p>{}</p>", l("Ingen beslutninger.", "No decisions."));
    } else {
        let _ = writeln!(
            main,
            "<div class=\"table-wrap\"><table aria-labelledby=\"decisions\">\n<thead><tr>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             </tr></thead>\n<tbody>",
            l("Dato", "Date"),
            l("Møde", "Meeting"),
            l("Punkt", "Item"),
            l("Udfald", "Outcome"),
            l("Beslutning", "Decision"),
            l("Sager", "Issues"),
        );
        for entry in decisions {
            let outcome = entry.outcome.map_or("", |outcome| match language {
                Language::Danish => outcome.danish(),
                Language::English => outcome.english(),
            });
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
    let _ = writeln!(main, "<h2 id=\"polls\">{}</h2>", l("Afstemninger", "Polls"));
    if polls.is_empty() {
        let _ = writeln!(main, "<p>{}</p>", l("Ingen afstemninger.", "No polls."));
    } else {
        let _ = writeln!(
            main,
            "<div class=\"table-wrap\"><table aria-labelledby=\"polls\">\n<thead><tr>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            l("Dato", "Date"),
            l("Møde", "Meeting"),
            l("Punkt", "Item"),
            l("Spørgsmål", "Question"),
            l("Resultat", "Result"),
        );
        for entry in polls {
            let result = entry
                .poll_result
                .as_ref()
                .map_or("", |result| language.pick(&result.da, &result.en));
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
        l("Handlingspunkter", "Action items")
    );
    if actions.is_empty() {
        let _ = writeln!(
            main,
            "<p>{}</p>",
            l("Ingen handlingspunkter.", "No action items.")
        );
    } else {
        let _ = writeln!(
            main,
            "<div class=\"table-wrap\"><table aria-labelledby=\"action-items\">\n<thead><tr>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th>\
             <th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            l("Dato", "Date"),
            l("Møde", "Meeting"),
            l("Punkt", "Item"),
            l("Handlingspunkt", "Action item"),
            l("Ansvarlig", "Owner"),
            l("Frist", "Due"),
            l("Status", "Status"),
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
            title: l("Beslutningsregister", "Decision register"),
            group_name: site.group_name,
            to_root,
            other_language_href,
            register_href: "index.html",
            published_on: &published_on,
        },
        &main,
    )
}

fn follow_up(language: Language, done_on: Option<NaiveDate>) -> String {
    match done_on {
        Some(day) => format!(
            "{} {}",
            language.pick("Udført", "Done"),
            long_date(language, day)
        ),
        None => language.pick("Åbent", "Open").to_owned(),
    }
}

/// "PDF, 123 kB".
fn pdf_label(language: Language, bytes: usize) -> String {
    let kilobytes = bytes.div_ceil(1000);
    format!(
        "{} (PDF, {kilobytes} kB)",
        language.pick("Underskrevet referat", "Signed minutes")
    )
}

/// One meeting: when and where, the signed minutes, who took part, and the agenda with each
/// item's case, proposal, polls, decisions and action items. The notes taken during the meeting
/// are not on the page (the signed minutes hold them, as signed).
fn meeting_page(site: &SiteText<'_>, meeting: &PublishedMeeting, language: Language) -> String {
    let l = |da: &'static str, en: &'static str| language.pick(da, en);
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
        l("Til beslutningsregistret", "Back to the decision register"),
        escape(&summary.title),
    );
    let mut when = long_date(language, summary.starts_at.date());
    let _ = write!(when, " {}", summary.starts_at.format("%H:%M"));
    let _ = writeln!(
        main,
        "<dl class=\"facts\">\n<dt>{}</dt><dd>{}</dd>\n<dt>{}</dt><dd>{}</dd>",
        l("Gruppe", "Group"),
        escape(&summary.group_name),
        l("Tidspunkt", "Time"),
        escape(&when),
    );
    if let Some(location) = &summary.location {
        let _ = writeln!(
            main,
            "<dt>{}</dt><dd>{}</dd>",
            l("Sted", "Place"),
            escape(location)
        );
    }
    main.push_str("</dl>\n");

    // The minutes of record.
    let _ = writeln!(
        main,
        "<h2 id=\"minutes\">{}</h2>\n<p><a class=\"document\" href=\"{to_root}minutes/{}.pdf\" \
         type=\"application/pdf\">{}</a></p>",
        l("Referat", "Minutes"),
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
                    language.pick(role.danish(), role.english()).to_owned()
                });
            let _ = writeln!(
                main,
                "<li>{} {} ({}), {}</li>",
                l("Underskrevet digitalt af", "Signed digitally by"),
                escape(&signature.signer_name),
                escape(&role),
                escape(&long_date(language, signature.signed_at.date())),
            );
        }
        main.push_str("</ul>\n");
    }
    let _ = writeln!(
        main,
        "<p class=\"note\">{} <code>{}</code></p>\n<p class=\"note\">{}</p>",
        l("Mødets fingeraftryk:", "The meeting's fingerprint:"),
        escape(&detail.log_fingerprint),
        l(
            "Referatet er offentliggjort, præcis som det blev underskrevet. Denne side gengiver \
             dagsordenen, beslutningerne og handlingspunkterne; noter fra mødet står kun i referatet.",
            "The minutes are published exactly as they were signed. This page shows the agenda, \
             the decisions and the action items; notes taken at the meeting are in the minutes only.",
        ),
    );

    attendance_section(&mut main, detail, language);

    let _ = writeln!(main, "<h2 id=\"agenda\">{}</h2>", l("Dagsorden", "Agenda"));
    if detail.agenda.is_empty() {
        let _ = writeln!(main, "<p>{}</p>", l("Ingen punkter.", "No items."));
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
    let l = |da: &'static str, en: &'static str| language.pick(da, en);
    let _ = writeln!(
        main,
        "<h2 id=\"attendance\">{}</h2>",
        l("Deltagere", "Attendance")
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
                Attendance::Excused => l("afbud", "excused"),
                _ => l("fraværende", "absent"),
            };
            format!("{} – {how}", person(a))
        })
        .collect();
    for (heading, people) in [
        (l("Til stede", "Present"), present),
        (l("Ikke til stede", "Not present"), away),
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
    let l = |da: &'static str, en: &'static str| language.pick(da, en);
    let item_id = item.map(|item| item.id);
    main.push_str("<section class=\"agenda-item\">\n");
    match item {
        Some(item) => {
            let _ = write!(main, "<h3>{}. {}", item.position, escape(&item.title));
            if let Some(key) = &item.backlog_key {
                let _ = write!(main, " <span class=\"key\">{}</span>", escape(key));
            }
            main.push_str("</h3>\n");
            if let Some(responsible) = &item.responsible {
                let _ = writeln!(
                    main,
                    "<p>{} {}</p>",
                    l("Ansvarlig:", "Responsible:"),
                    escape(responsible)
                );
            }
            if !item.case_description.trim().is_empty() {
                let _ = write!(
                    main,
                    "<h4>{}</h4>\n{}",
                    l("Sagsfremstilling", "Case"),
                    blocks(&item.case_description)
                );
            }
            if !item.proposed_decision.trim().is_empty() {
                let _ = write!(
                    main,
                    "<h4>{}</h4>\n{}",
                    l("Indstilling", "Proposal"),
                    blocks(&item.proposed_decision)
                );
            }
        }
        None => {
            let _ = writeln!(
                main,
                "<h3>{}</h3>",
                l("Uden for dagsordenens punkter", "Outside the agenda items")
            );
        }
    }
    for poll in detail.polls.iter().filter(|p| p.agenda_item_id == item_id) {
        let Some(result) = &poll.result else { continue };
        let _ = writeln!(
            main,
            "<h4>{} {}{}</h4>\n<p>{}</p>\n<p>{}</p>\n<p class=\"note\">{}</p>",
            l("Afstemning", "Poll"),
            poll.number,
            if poll.secret {
                l(" (hemmelig)", " (secret)")
            } else {
                ""
            },
            inline(&poll.question),
            escape(language.pick(&result.summary.da, &result.summary.en)),
            escape(language.pick(&result.rule.da, &result.rule.en)),
        );
    }
    for decision in detail
        .decisions
        .iter()
        .filter(|d| d.agenda_item_id == item_id)
    {
        let outcome = match language {
            Language::Danish => decision.outcome.danish(),
            Language::English => decision.outcome.english(),
        };
        let _ = write!(
            main,
            "<h4>{} {}: {}</h4>\n{}",
            l("Beslutning", "Decision"),
            decision.number,
            escape(outcome),
            blocks(&decision.text),
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
            l("Handlingspunkter", "Action items")
        );
        for action in actions {
            let _ = write!(main, "<li>{}. {}", action.number, inline(&action.text));
            let mut details = Vec::new();
            if let Some(owner) = &action.owner_name {
                details.push(format!("{} {}", l("Ansvarlig:", "Owner:"), escape(owner)));
            }
            if let Some(due) = action.due_date {
                details.push(format!(
                    "{} {}",
                    l("Frist:", "Due:"),
                    escape(&long_date(language, due))
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
