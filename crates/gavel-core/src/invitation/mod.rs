//! The meeting's invitation as an iCalendar file (RFC 5545), for the secretariat to send or for
//! each member to add to Outlook, the calendar Danish municipalities use: the title, the time in
//! Danish time (`Europe/Copenhagen`, with its own time zone definition so that no reader has to
//! guess), the place, the agenda as its description, and every member who holds a seat on the
//! meeting's day and has an e-mail address as an attendee.
//!
//! The event's UID is the meeting's id, so a later file replaces the earlier invitation in the
//! calendar instead of adding a second meeting; its SEQUENCE is the number of events the
//! meeting's log holds, which grows with every change and is the same on every laptop holding
//! the same events. Outlook takes a file with a higher SEQUENCE as an update.

mod ical;

use chrono::{DateTime, Duration, NaiveDateTime, Utc};
use serde::Serialize;

use crate::calendar::long_date;
use crate::command::{MemberRole, MinutesLanguage};
use crate::queries::{GroupView, MeetingDetail, MemberView};
use ical::{CalendarText, one_line_text_value, parameter_value, text_value};

/// The only time zone Gavel's meetings are held in: the times a chair types are Danish time.
pub const MEETING_TIME_ZONE: &str = "Europe/Copenhagen";

/// How long a meeting is in the calendar when no agenda item has a time box.
const DEFAULT_MEETING_MINUTES: i64 = 120;

/// An invitation as written, and whom it could not invite.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Invitation {
    /// The whole `.ics` file.
    pub calendar: String,
    /// Members with an e-mail address: the file's attendees.
    pub invited: Vec<String>,
    /// Members who hold a seat but have no e-mail address, so the file cannot invite them.
    pub without_email: Vec<String>,
    /// The invitation's revision: higher in every later file for the same meeting.
    pub sequence: u32,
    /// A file name for it, without extension, from the meeting's title and date (as a sync
    /// file's), for callers that choose the name themselves.
    #[serde(skip)]
    pub file_stem: String,
}

/// What the invitation is made from.
pub(crate) struct InvitationSource<'a> {
    pub detail: &'a MeetingDetail,
    pub group: &'a GroupView,
    /// The number of events in the meeting's log.
    pub sequence: u32,
    /// When the file is written (DTSTAMP).
    pub now: DateTime<Utc>,
    pub language: MinutesLanguage,
}

pub(crate) fn meeting_invitation(source: InvitationSource<'_>) -> Invitation {
    let InvitationSource {
        detail,
        group,
        sequence,
        now,
        language,
    } = source;
    let meeting = &detail.meeting;
    let attendees = attendees(detail, group);
    let organizer = attendees
        .iter()
        .find(|member| member.role == MemberRole::Chair)
        .or_else(|| {
            attendees
                .iter()
                .find(|member| member.role == MemberRole::Secretary)
        });

    let mut calendar = CalendarText::default();
    calendar.line("BEGIN:VCALENDAR");
    calendar.line("VERSION:2.0");
    calendar.line(&format!(
        "PRODID:-//Gavel//Gavel {}//{}",
        env!("CARGO_PKG_VERSION"),
        language.as_str().to_uppercase()
    ));
    calendar.line("CALSCALE:GREGORIAN");
    // REQUEST is an invitation the attendees answer, and CANCEL takes it back; both need an
    // organizer. Without one (no chair or secretary with an e-mail address) the file is an entry
    // to add to one's own calendar, cancelled or not by its STATUS.
    let cancelled = meeting.cancellation.is_some();
    calendar.line(match (organizer.is_some(), cancelled) {
        (true, false) => "METHOD:REQUEST",
        (true, true) => "METHOD:CANCEL",
        (false, _) => "METHOD:PUBLISH",
    });
    copenhagen_time_zone(&mut calendar);
    calendar.line("BEGIN:VEVENT");
    calendar.line(&format!("UID:{}@gavel.dk", meeting.id));
    calendar.line(&format!("DTSTAMP:{}", now.format("%Y%m%dT%H%M%SZ")));
    calendar.line(&format!("SEQUENCE:{sequence}"));
    calendar.line(&format!(
        "DTSTART;TZID={MEETING_TIME_ZONE}:{}",
        local_time(meeting.starts_at)
    ));
    calendar.line(&format!(
        "DTEND;TZID={MEETING_TIME_ZONE}:{}",
        local_time(meeting.starts_at + meeting_length(detail))
    ));
    calendar.line(&format!("SUMMARY:{}", one_line_text_value(&meeting.title)));
    if let Some(location) = &meeting.location {
        calendar.line(&format!("LOCATION:{}", one_line_text_value(location)));
    }
    calendar.line(&format!(
        "DESCRIPTION:{}",
        text_value(&description(detail, group, language))
    ));
    if let Some(organizer) = organizer {
        calendar.line(&format!(
            "ORGANIZER;CN={}:mailto:{}",
            parameter_value(&organizer.name),
            organizer.email
        ));
    }
    for attendee in &attendees {
        let role = match attendee.role {
            MemberRole::Observer | MemberRole::Advisor => "OPT-PARTICIPANT",
            _ => "REQ-PARTICIPANT",
        };
        calendar.line(&format!(
            "ATTENDEE;CN={};ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{}",
            parameter_value(&attendee.name),
            attendee.email
        ));
    }
    calendar.line(if cancelled {
        "STATUS:CANCELLED"
    } else {
        "STATUS:CONFIRMED"
    });
    calendar.line("TRANSP:OPAQUE");
    calendar.line("END:VEVENT");
    calendar.line("END:VCALENDAR");

    Invitation {
        calendar: calendar.finish(),
        invited: attendees.iter().map(|member| member.name.clone()).collect(),
        without_email: detail
            .attendance
            .iter()
            .filter(|seat| !attendees.iter().any(|member| member.id == seat.member_id))
            .map(|seat| seat.name.clone())
            .collect(),
        sequence,
        file_stem: crate::sync::sync_file_stem(std::slice::from_ref(meeting), &[]),
    }
}

struct Attendee {
    id: uuid::Uuid,
    name: String,
    email: String,
    role: MemberRole,
}

/// Members on the meeting's roll call (whoever holds a seat on its day) who have an e-mail
/// address that can stand in a calendar file; in the roll call's order.
fn attendees(detail: &MeetingDetail, group: &GroupView) -> Vec<Attendee> {
    detail
        .attendance
        .iter()
        .filter_map(|seat| {
            let member: &MemberView = group.members.iter().find(|m| m.id == seat.member_id)?;
            let email = member
                .email
                .as_deref()
                .filter(|email| is_mailto_safe(email))?;
            Some(Attendee {
                id: member.id,
                name: seat.name.clone(),
                email: email.to_owned(),
                role: seat.role,
            })
        })
        .collect()
}

/// Addresses were checked when they were entered; this keeps an address from an older or
/// hand-made record out of the file rather than let it break a line or a parameter.
fn is_mailto_safe(email: &str) -> bool {
    email.contains('@')
        && !email.chars().any(|c| {
            c.is_control() || c.is_whitespace() || matches!(c, '"' | ';' | ':' | ',' | '<' | '>')
        })
}

/// The agenda's time boxes added up, rounded up to a quarter of an hour; two hours when no item
/// has one.
pub(crate) fn meeting_length(detail: &MeetingDetail) -> Duration {
    let boxed: i64 = detail
        .agenda
        .iter()
        .filter_map(|item| item.time_box_minutes)
        .map(i64::from)
        .sum();
    if boxed == 0 {
        return Duration::minutes(DEFAULT_MEETING_MINUTES);
    }
    Duration::minutes((boxed + 14) / 15 * 15)
}

fn local_time(time: NaiveDateTime) -> String {
    time.format("%Y%m%dT%H%M%S").to_string()
}

/// The group, the date, and the agenda, in the chosen language.
fn description(detail: &MeetingDetail, group: &GroupView, language: MinutesLanguage) -> String {
    let language = gavel_messages::Language::from(language);
    let meeting = &detail.meeting;
    let mut text = String::new();
    if let Some(cancellation) = &meeting.cancellation {
        text.push_str(&gavel_messages::message(
            language,
            "coreInvitation-theMeetingIsCancelled",
            &[],
        ));
        if let Some(reason) = &cancellation.reason {
            text.push(' ');
            text.push_str(reason);
        }
        text.push_str("\n\n");
    }
    let time = match language {
        gavel_messages::Language::Danish => meeting.starts_at.format("%H.%M"),
        gavel_messages::Language::English => meeting.starts_at.format("%H:%M"),
    };
    text.push_str(&gavel_messages::message(
        language,
        "coreInvitation-groupDateAndTime",
        &[
            ("date", long_date(language, meeting.starts_at.date()).into()),
            ("group", (&group.name).into()),
            ("time", time.to_string().into()),
        ],
    ));
    text.push_str("\n\n");
    text.push_str(&gavel_messages::message(
        language,
        "coreInvitation-agenda",
        &[],
    ));
    text.push('\n');
    if detail.agenda.is_empty() {
        text.push_str(&gavel_messages::message(
            language,
            "coreInvitation-theAgendaWillFollow",
            &[],
        ));
        text.push('\n');
    }
    for item in &detail.agenda {
        text.push_str(&format!("{}. {}", item.position, item.title));
        if let Some(key) = &item.backlog_key {
            text.push_str(&format!(" ({key})"));
        }
        if let Some(minutes) = item.time_box_minutes {
            text.push_str(&format!(" – {minutes} min."));
        }
        text.push('\n');
        if !item.proposed_decision.is_empty() {
            // A calendar shows plain text: the chair's **bold** marks are left out.
            let proposal = crate::typed_text::without_bold_marks(&item.proposed_decision);
            text.push_str("   ");
            text.push_str(&gavel_messages::message(
                language,
                "coreInvitation-proposedDecision",
                &[("proposal", proposal.into())],
            ));
            text.push('\n');
        }
    }
    text.push('\n');
    text.push_str(&gavel_messages::message(
        language,
        "coreInvitation-writtenByGavel",
        &[],
    ));
    text
}

/// Danish time as RFC 5545 defines a zone: the EU's summer time, from the last Sunday of March
/// at 02:00 to the last Sunday of October at 03:00, written out so that a reader needs no zone
/// database of its own.
fn copenhagen_time_zone(calendar: &mut CalendarText) {
    for line in [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/Copenhagen",
        "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0200",
        "TZNAME:CEST",
        "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100",
        "TZNAME:CET",
        "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD",
        "END:VTIMEZONE",
    ] {
        calendar.line(line);
    }
}

/// The invitation, as the app and the CLI ask the store for it.
impl crate::store::Store {
    /// The meeting's invitation as an iCalendar file (`crate::invitation`), in `language` or the
    /// group's minutes language, dated by this store's clock.
    pub fn meeting_invitation(
        &self,
        meeting_id: uuid::Uuid,
        language: Option<crate::MinutesLanguage>,
    ) -> crate::error::Result<crate::invitation::Invitation> {
        let detail = self.meeting(meeting_id)?;
        let group = crate::queries::groups(&self.conn)?
            .into_iter()
            .find(|group| group.id == detail.meeting.group_id)
            .ok_or_else(|| crate::error::Error::NotFound {
                what: crate::Record::Group,
                id: detail.meeting.group_id.to_string(),
            })?;
        let sequence = self.conn.query_row(
            "SELECT COUNT(*) FROM event WHERE stream = ?1",
            [meeting_id],
            |row| row.get(0),
        )?;
        let now = chrono::DateTime::from_timestamp_millis(
            i64::try_from(self.clock.now_millis()).unwrap_or(i64::MAX),
        )
        .unwrap_or_default();
        Ok(crate::invitation::meeting_invitation(
            crate::invitation::InvitationSource {
                language: language.unwrap_or(group.minutes_language),
                detail: &detail,
                group: &group,
                sequence,
                now,
            },
        ))
    }
}
