//! The agenda pack (dagsorden) as one value: everything the agenda PDF shows, read from the read
//! tables and nothing else, so that gavel-minutes lays it out without touching the database — as
//! [`crate::minutes`] is for the minutes.
//!
//! A pack is made from a meeting in any phase. The normal case is a draft meeting a week before
//! it is held; an open or closed meeting gives the agenda as it stands (a closed one as its
//! record shows it: the members, organisations and backlog items as they were when it closed),
//! and a cancelled one says so. Like the minutes, the value is language-independent: names,
//! times and keys as stored, the rules of procedure in both languages (`rules::describe`, the
//! sentences the minutes and the rules editor use).

use chrono::NaiveDateTime;
use serde::Serialize;
use uuid::Uuid;

use crate::command::{MemberRole, MinutesLanguage};
use crate::error::Result;
use crate::queries::{BacklogItem, MeetingStatus};
use crate::register::{RegisterEntry, RegisterFilter, RegisterKind};
use crate::rules::{Bilingual, RulesDescription};
use crate::store::Store;

/// Everything the agenda document shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgendaPack {
    pub meeting_id: Uuid,
    pub group_name: String,
    /// The group's minutes language: the one the agenda is printed in unless asked otherwise.
    pub language: MinutesLanguage,
    pub title: String,
    /// The planned start, Danish time (`invitation::MEETING_TIME_ZONE`), as the chair typed it.
    pub starts_at: NaiveDateTime,
    /// The planned end, as the invitation's calendar entry has it: the items' time boxes added
    /// up, or two hours when no item has one.
    pub ends_at: NaiveDateTime,
    pub location: Option<String>,
    pub status: MeetingStatus,
    /// Set when the meeting is cancelled: why, if the chair said.
    pub cancelled: Option<Option<String>>,
    pub items: Vec<AgendaPackItem>,
    /// The backlog items the agenda names, in agenda order, each once: as the backlog has them
    /// now, or as the meeting's record has them once it is closed. A key the backlog does not
    /// (or no longer) hold is left out; its item still names it.
    pub backlog_items: Vec<BacklogItem>,
    /// The action items of the group's earlier meetings that were still open on this meeting's
    /// day (not marked done before it), oldest meeting first: what the group follows up on.
    pub open_action_items: Vec<RegisterEntry>,
    /// The rules of procedure the meeting will be held under (its own copy once it is open).
    pub rules: RulesDescription,
    /// The preset the rules are, by name, if they are one unchanged.
    pub rules_name: Option<Bilingual>,
    /// Everyone on the meeting's roll call (whoever holds a seat on its day), in name order.
    pub members: Vec<AgendaPackMember>,
    /// SHA-256 over the meeting's event hashes: which state of the meeting the pack shows.
    pub log_fingerprint: String,
    /// Made in a practice database: every page says so.
    pub practice: bool,
    /// When the pack was made, by the store's clock in this computer's time zone (the meeting
    /// room's): the PDF's creation date.
    pub made_at: NaiveDateTime,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgendaPackItem {
    /// 1-based.
    pub position: u32,
    pub title: String,
    pub backlog_key: Option<String>,
    pub time_box_minutes: Option<u32>,
    /// What the item is about (sagsfremstilling); empty when the item has none.
    pub case_description: String,
    /// What the group is asked to decide (indstilling); empty when the item has none.
    pub proposed_decision: String,
    /// Who presents the item.
    pub responsible: Option<String>,
    /// Web addresses for the item.
    pub links: Vec<String>,
    /// The description of the backlog item the item names, as its tracker has it (the backlog
    /// now, or the meeting's record once it is closed): what the issue is about before the chair
    /// has written a case description, and the background after.
    pub backlog_description: Option<BacklogDescription>,
}

/// A backlog item's description as the agenda prints it: at most
/// [`PRINTED_DESCRIPTION_CHARACTERS`], so that one long Jira issue does not turn the agenda into
/// its copy; the rest is in the tracker.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BacklogDescription {
    pub text: String,
    /// The description is longer than `text`.
    pub shortened: bool,
}

/// How much of a backlog item's description an agenda prints: about a page.
pub const PRINTED_DESCRIPTION_CHARACTERS: usize = 2500;

impl BacklogDescription {
    /// `text` up to [`PRINTED_DESCRIPTION_CHARACTERS`], cut at the last paragraph, line or word
    /// end before the limit.
    pub fn new(text: &str) -> BacklogDescription {
        let text = text.trim();
        let Some((limit, _)) = text.char_indices().nth(PRINTED_DESCRIPTION_CHARACTERS) else {
            return BacklogDescription {
                text: text.to_owned(),
                shortened: false,
            };
        };
        let head = &text[..limit];
        let cut = ["\n\n", "\n", " "]
            .iter()
            .find_map(|separator| head.rfind(separator).filter(|at| *at > limit / 2))
            .unwrap_or(limit);
        BacklogDescription {
            text: head[..cut].trim_end().to_owned(),
            shortened: true,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AgendaPackMember {
    pub name: String,
    pub organisation: Option<String>,
    pub role: MemberRole,
    pub voting_right: bool,
    pub vote_weight: u32,
}

/// The agenda pack of the meeting `meeting_id`, dated by the store's clock.
pub fn agenda_pack(store: &Store, meeting_id: Uuid) -> Result<AgendaPack> {
    let detail = store.meeting(meeting_id)?;
    // A closed meeting names backlog items as they were when it closed.
    let backlog = match &detail.backlog {
        Some(recorded) => recorded.clone(),
        None => store.backlog_items()?,
    };
    let mut backlog_items: Vec<BacklogItem> = Vec::new();
    for key in detail
        .agenda
        .iter()
        .filter_map(|item| item.backlog_key.as_deref())
    {
        if backlog_items.iter().any(|item| item.key == key) {
            continue;
        }
        if let Some(item) = backlog.iter().find(|item| item.key == key) {
            backlog_items.push(item.clone());
        }
    }
    let rules = crate::rules::describe(&detail.rules);
    let rules_name = rules.preset.and_then(|id| {
        crate::rules::presets()
            .into_iter()
            .find(|preset| preset.id == id)
            .map(|preset| preset.name)
    });
    let meeting = &detail.meeting;
    let mut items = Vec::with_capacity(detail.agenda.len());
    for item in &detail.agenda {
        let backlog_description = match &item.backlog_key {
            Some(key) => crate::queries::backlog_description_shown_by(&store.conn, &detail, key)?,
            None => None,
        };
        items.push(AgendaPackItem {
            position: item.position,
            title: item.title.clone(),
            backlog_key: item.backlog_key.clone(),
            time_box_minutes: item.time_box_minutes,
            case_description: item.case_description.clone(),
            proposed_decision: item.proposed_decision.clone(),
            responsible: item.responsible.clone(),
            links: item.links.clone(),
            // Left out when empty, and when the chair has copied it into the case description
            // (the proposal editor's "Indsæt i sagsfremstillingen"), so it is not printed twice.
            backlog_description: backlog_description
                .as_deref()
                .map(str::trim)
                .filter(|text| !text.is_empty() && !item.case_description.contains(text))
                .map(BacklogDescription::new),
        });
    }
    let language = store
        .groups()?
        .into_iter()
        .find(|group| group.id == meeting.group_id)
        .map_or(MinutesLanguage::Da, |group| group.minutes_language);
    Ok(AgendaPack {
        meeting_id,
        group_name: meeting.group_name.clone(),
        language,
        title: meeting.title.clone(),
        starts_at: meeting.starts_at,
        ends_at: meeting.starts_at + crate::invitation::meeting_length(&detail),
        location: meeting.location.clone(),
        status: meeting.status,
        cancelled: meeting
            .cancellation
            .as_ref()
            .map(|cancellation| cancellation.reason.clone()),
        items,
        backlog_items,
        open_action_items: open_action_items(
            store,
            meeting_id,
            meeting.group_id,
            meeting.starts_at,
        )?,
        rules,
        rules_name,
        members: detail
            .attendance
            .iter()
            .map(|seat| AgendaPackMember {
                name: seat.name.clone(),
                organisation: seat.organisation_name.clone(),
                role: seat.role,
                voting_right: seat.voting_right,
                vote_weight: seat.vote_weight,
            })
            .collect(),
        log_fingerprint: detail.log_fingerprint.clone(),
        practice: store.is_practice()?,
        made_at: store.now_local(),
    })
}

/// The action items of the group's meetings before `starts_at` that were open on its day: not
/// done, or done only on a later day (a pack made again after the meeting shows what was open
/// when it was held).
fn open_action_items(
    store: &Store,
    meeting_id: Uuid,
    group_id: Uuid,
    starts_at: NaiveDateTime,
) -> Result<Vec<RegisterEntry>> {
    let day = starts_at.date();
    let filter = RegisterFilter {
        group: Some(group_id.to_string()),
        kind: Some(RegisterKind::ActionItem),
        to: Some(day),
        ..RegisterFilter::default()
    };
    let earlier_meetings: std::collections::HashSet<Uuid> = store
        .meetings()?
        .into_iter()
        .filter(|summary| summary.group_id == group_id && summary.starts_at < starts_at)
        .map(|summary| summary.id)
        .collect();
    let mut open: Vec<RegisterEntry> = store
        .decision_register(&filter)?
        .into_iter()
        .filter(|entry| entry.meeting_id != meeting_id)
        .filter(|entry| earlier_meetings.contains(&entry.meeting_id))
        .filter(|entry| entry.done_on.is_none_or(|done| done > day))
        .collect();
    open.sort_by(|a, b| {
        (a.meeting_date, &a.meeting_title, a.number).cmp(&(
            b.meeting_date,
            &b.meeting_title,
            b.number,
        ))
    });
    Ok(open)
}

/// The agenda pack, as the app and the CLI ask the store for it.
impl crate::store::Store {
    /// The meeting's agenda pack (`crate::agenda_pack`), dated by this store's clock.
    pub fn agenda_pack(
        &self,
        meeting_id: Uuid,
    ) -> crate::error::Result<crate::agenda_pack::AgendaPack> {
        crate::agenda_pack::agenda_pack(self, meeting_id)
    }
}
