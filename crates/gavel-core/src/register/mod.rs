//! The decision register: every decision of every meeting, across groups, newest meeting first,
//! each with what it was about (its agenda item and backlog keys) and where to find it (its
//! meeting and whether the minutes are signed). Read through `Store::meeting`, so a closed
//! meeting's entries show the titles its record keeps, exactly as its minutes print them.
//!
//! Decisions and action items, filtered by kind, group, backlog key, epic, outcome, an action
//! item's follow-up (open, done, or open past its due date) and period, and
//! found by full-text search in Danish and English (`search`), ranked, the words found marked.
//! Closed polls are entries too: their question, and their result with its figures.

mod search;
mod spreadsheet;

pub use search::{MAX_SEARCH_CHARS, MarkedBilingual, TextPart};
pub use spreadsheet::{register_spreadsheet, register_spreadsheet_stem};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::command::DecisionOutcome;
use crate::error::Result;
use crate::queries::MeetingStatus;
use crate::store::Store;

/// Which decisions to list; every field left out lets everything through.
#[derive(Debug, Clone, Default)]
pub struct RegisterFilter {
    /// A group's id, or its name (letter case ignored).
    pub group: Option<String>,
    /// An issue key the decision is about (its agenda item's, or one whose status it set).
    pub backlog_key: Option<String>,
    /// An epic (any issue key): entries about it or about an issue under it, however deep.
    pub epic: Option<String>,
    /// Decisions only, or action items only.
    pub kind: Option<RegisterKind>,
    /// Action items still open, done, or open past their due date (and so no decisions or polls).
    pub follow_up: Option<FollowUp>,
    /// Decisions with this outcome (and so no action items).
    pub outcome: Option<DecisionOutcome>,
    /// Meetings on or after this day.
    pub from: Option<NaiveDate>,
    /// Meetings on or before this day.
    pub to: Option<NaiveDate>,
    /// Words to search for (docs/search.md): entries holding all of them, best match first.
    pub search: Option<String>,
    /// At most this many entries: the register's first page. Its meetings are read newest
    /// first until the page is full, so that the first page of a secretariat's thousands of
    /// meetings reads a few of them.
    pub limit: Option<usize>,
}

/// What an entry of the register is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RegisterKind {
    Decision,
    ActionItem,
    /// A closed poll: its question, and its result with the figures.
    PollResult,
}

/// Where an action item stands after its meeting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum FollowUp {
    Open,
    Done,
    /// Open, and its due date has passed ([`RegisterEntry::overdue`]).
    Overdue,
}

/// One decision or action item in the register.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct RegisterEntry {
    pub kind: RegisterKind,
    pub meeting_id: Uuid,
    pub meeting_title: String,
    pub group_id: Uuid,
    pub group_name: String,
    #[cfg_attr(feature = "typescript", ts(type = "string"))]
    pub meeting_date: NaiveDate,
    pub meeting_status: MeetingStatus,
    /// The current minutes version has been signed.
    pub minutes_signed: bool,
    /// The decision's, poll's or action item's number within its meeting.
    pub number: u32,
    /// "3. Hosting af OS2mo": the agenda item it was recorded under, if any.
    pub agenda_item: Option<String>,
    /// The issue keys it is about, without repeats.
    pub backlog_keys: Vec<String>,
    /// A decision's outcome; `None` for an action item.
    pub outcome: Option<DecisionOutcome>,
    pub text: String,
    /// An action item's owner.
    pub owner: Option<String>,
    /// An action item's due date.
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub due_date: Option<NaiveDate>,
    /// An action item's id, to follow it up (`SetActionItemDone`); `None` for other entries.
    pub action_item_id: Option<Uuid>,
    /// The day an action item was done; `None` while open, and for other entries.
    #[cfg_attr(feature = "typescript", ts(type = "string | null"))]
    pub done_on: Option<NaiveDate>,
    /// An action item still open whose due date was before today (this computer's clock): what
    /// a chair chases before the next meeting. False for every other entry.
    pub overdue: bool,
    /// A poll's result with its figures ("Vedtaget: 7 for, 2 imod, 1 undlod."), as recorded;
    /// left out for decisions and action items.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub poll_result: Option<crate::rules::Bilingual>,
    /// When searching: `text` cut into runs, the words the search found marked.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub text_parts: Option<Vec<TextPart>>,
    /// When searching a poll's entry: `poll_result` cut into runs, the words found marked.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub poll_result_parts: Option<MarkedBilingual>,
}

pub(crate) fn decision_register(
    store: &Store,
    filter: &RegisterFilter,
) -> Result<Vec<RegisterEntry>> {
    // Which action items are overdue is decided on one day for the whole answer, this
    // computer's (its time zone's) day, even when the answer is read in rounds.
    let today = crate::clock::local_time(store.clock.now_millis()).date();
    let Some(typed) = &filter.search else {
        return Ok(entries_with_context(store, filter, None, today)?
            .into_iter()
            .map(|(entry, _)| entry)
            .collect());
    };
    let stemmers = search::Stemmers::new();
    let query = search::Query::parse(&stemmers, typed)?;
    if search::is_stale(&store.conn)? {
        let everything = entries_with_context(store, &RegisterFilter::default(), None, today)?;
        search::rebuild(&store.conn, &stemmers, &everything)?;
    }
    // Only the meetings that hold a match are read, those of the best matches first, a page's
    // worth at first, until a page of entries the other filters let through is complete: every
    // match ranked above `settled` has had its meeting read, so the page cannot miss a better
    // one. The ranking itself is fetched a few pages at a time, for the same reason.
    let limit = filter.limit.unwrap_or(usize::MAX);
    let unlimited = RegisterFilter {
        limit: None,
        ..filter.clone()
    };
    let mut fetched = (limit != usize::MAX).then(|| limit.saturating_mul(2).max(1));
    // The one kind of entry the filters let through, if they name one: only it is ranked, so
    // that a page of poll results is not looked for among thousands of decisions.
    let only_kind = filter.kind.or_else(|| {
        if filter.follow_up.is_some() {
            Some(RegisterKind::ActionItem)
        } else if filter.outcome.is_some() {
            Some(RegisterKind::Decision)
        } else {
            None
        }
    });
    // Every entry the other filters let through of the meetings read so far.
    let mut candidates: Vec<RegisterEntry> = Vec::new();
    let mut read: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut settled = 0;
    // Doubled each round, so that filters that let few matches through take few rounds.
    let mut batch_size = limit.max(1);
    // Decided once for the search: the rounds below fetch more of the same order.
    let newest_first = search::found_in_most_entries(&store.conn, &query)?;
    let ranked = loop {
        let ranked = search::matching(&store.conn, &query, fetched, only_kind, newest_first)?;
        let mut meetings_in_rank_order: Vec<(usize, String)> = ranked
            .iter()
            .map(|(key, &place)| (place, key.meeting_id().to_owned()))
            .collect();
        meetings_in_rank_order.sort_unstable();
        let settled_entries = |candidates: &[RegisterEntry], settled: usize| {
            candidates
                .iter()
                .filter(|entry| {
                    ranked
                        .get(&search::EntryKey::of(entry))
                        .is_some_and(|&place| place < settled)
                })
                .count()
        };
        while settled < meetings_in_rank_order.len()
            && settled_entries(&candidates, settled) < limit
        {
            let next = settled
                .saturating_add(batch_size)
                .min(meetings_in_rank_order.len());
            batch_size = batch_size.saturating_mul(2);
            let batch: std::collections::HashSet<&str> = meetings_in_rank_order[settled..next]
                .iter()
                .map(|(_, meeting)| meeting.as_str())
                .filter(|meeting| !read.contains(*meeting))
                .collect();
            settled = next;
            candidates.extend(
                entries_with_context(store, &unlimited, Some(&batch), today)?
                    .into_iter()
                    .map(|(entry, _)| entry),
            );
            read.extend(batch.into_iter().map(str::to_owned));
        }
        let more_to_fetch = fetched.is_some_and(|fetched| meetings_in_rank_order.len() == fetched);
        if settled_entries(&candidates, settled) >= limit || !more_to_fetch {
            break ranked;
        }
        fetched = fetched.map(|fetched| fetched.saturating_mul(4));
    };
    // Entries ranked below the last settled match could be beaten by one in a meeting not read.
    let mut found: Vec<(usize, RegisterEntry)> = candidates
        .into_iter()
        .filter_map(|entry| {
            let place = *ranked.get(&search::EntryKey::of(&entry))?;
            (place < settled).then_some((place, entry))
        })
        .collect();
    found.sort_by_key(|(place, _)| *place);
    found.truncate(limit);
    Ok(found
        .into_iter()
        .map(|(_, mut entry)| {
            entry.text_parts = Some(query.mark(&stemmers, &entry.text));
            entry.poll_result_parts = entry.poll_result.as_ref().map(|result| MarkedBilingual {
                da: query.mark(&stemmers, &result.da),
                en: query.mark(&stemmers, &result.en),
            });
            entry
        })
        .collect())
}

/// The descriptions of the issues a meeting names (its agenda items', decisions' and polls'), as
/// the meeting shows them: what an entry's issue is about is found by a search too.
fn named_issue_descriptions(
    store: &Store,
    detail: &crate::queries::MeetingDetail,
) -> Result<std::collections::HashMap<String, String>> {
    let agenda_keys = detail
        .agenda
        .iter()
        .filter_map(|item| item.backlog_key.clone());
    let decision_keys = detail.decisions.iter().flat_map(|decision| {
        decision
            .backlog_changes
            .iter()
            .map(|change| change.key.clone())
    });
    let poll_keys = detail.polls.iter().flat_map(|poll| match &poll.kind {
        crate::rules::PollKind::Points { items, .. }
        | crate::rules::PollKind::Ranking { items } => items.clone(),
        _ => Vec::new(),
    });
    let mut descriptions = std::collections::HashMap::new();
    for key in agenda_keys.chain(decision_keys).chain(poll_keys) {
        if descriptions.contains_key(&key) {
            continue;
        }
        if let Some(description) =
            crate::queries::backlog_description_shown_by(&store.conn, detail, &key)?
        {
            descriptions.insert(key, description);
        }
    }
    Ok(descriptions)
}

/// Every entry the filter lets through (its search aside), with the words around it that a
/// search also looks at: its meeting and group, its agenda item's title, notes, case description
/// and proposed decision, its issue keys and their descriptions, and its owner.
/// With `only_meetings`, the meetings not in it are not read.
fn entries_with_context(
    store: &Store,
    filter: &RegisterFilter,
    only_meetings: Option<&std::collections::HashSet<&str>>,
    today: NaiveDate,
) -> Result<Vec<(RegisterEntry, String)>> {
    let mut entries = Vec::new();
    let mut under_epic = UnderEpic::new(filter.epic.as_deref());
    let limit = filter.limit.unwrap_or(usize::MAX);
    for summary in store.meetings()? {
        if entries.len() >= limit {
            break;
        }
        if only_meetings.is_some_and(|only| !only.contains(summary.id.to_string().as_str())) {
            continue;
        }
        let date = summary.starts_at.date();
        if filter.from.is_some_and(|from| date < from) || filter.to.is_some_and(|to| date > to) {
            continue;
        }
        if let Some(group) = &filter.group
            && !crate::store::names_group(summary.group_id, &summary.group_name, group)
        {
            continue;
        }
        let detail = store.meeting_for_register(summary.id)?;
        let descriptions = named_issue_descriptions(store, &detail)?;
        let entry = |kind, number, agenda_item_id: Option<Uuid>, extra_keys: Vec<String>| {
            let item =
                agenda_item_id.and_then(|id| detail.agenda.iter().find(|item| item.id == id));
            let mut backlog_keys: Vec<String> = Vec::new();
            for key in item
                .and_then(|item| item.backlog_key.clone())
                .into_iter()
                .chain(extra_keys)
            {
                if !backlog_keys.contains(&key) {
                    backlog_keys.push(key);
                }
            }
            let context = [
                detail.meeting.title.as_str(),
                detail.meeting.group_name.as_str(),
                item.map_or("", |item| item.title.as_str()),
                item.map_or("", |item| item.notes.as_str()),
                item.map_or("", |item| item.case_description.as_str()),
                item.map_or("", |item| item.proposed_decision.as_str()),
                &backlog_keys.join(" "),
            ]
            .into_iter()
            .chain(
                backlog_keys
                    .iter()
                    .filter_map(|key| descriptions.get(key).map(String::as_str)),
            )
            .collect::<Vec<_>>()
            .join("\n");
            let entry = RegisterEntry {
                kind,
                meeting_id: summary.id,
                meeting_title: detail.meeting.title.clone(),
                group_id: summary.group_id,
                group_name: detail.meeting.group_name.clone(),
                meeting_date: date,
                meeting_status: summary.status,
                minutes_signed: summary.minutes_signed,
                number,
                agenda_item: item.map(|item| format!("{}. {}", item.position, item.title)),
                backlog_keys,
                outcome: None,
                text: String::new(),
                owner: None,
                due_date: None,
                action_item_id: None,
                done_on: None,
                overdue: false,
                text_parts: None,
                poll_result: None,
                poll_result_parts: None,
            };
            (entry, context)
        };
        let decisions = detail.decisions.iter().map(|decision| {
            let (entry, context) = entry(
                RegisterKind::Decision,
                decision.number,
                decision.agenda_item_id,
                decision
                    .backlog_changes
                    .iter()
                    .map(|change| change.key.clone())
                    .collect(),
            );
            let entry = RegisterEntry {
                outcome: Some(decision.outcome),
                text: decision.text.clone(),
                ..entry
            };
            (entry, context)
        });
        let action_items = detail.action_items.iter().map(|action| {
            let (entry, context) = entry(
                RegisterKind::ActionItem,
                action.number,
                action.agenda_item_id,
                Vec::new(),
            );
            let context = format!("{context}\n{}", action.owner_name.as_deref().unwrap_or(""));
            let entry = RegisterEntry {
                text: action.text.clone(),
                owner: action.owner_name.clone(),
                due_date: action.due_date,
                action_item_id: Some(action.id),
                done_on: action.done_on,
                overdue: action.done_on.is_none() && action.due_date.is_some_and(|due| due < today),
                ..entry
            };
            (entry, context)
        });
        let polls = detail.polls.iter().filter_map(|poll| {
            let result = poll.result.as_ref()?;
            let keys = match &poll.kind {
                crate::rules::PollKind::Points { items, .. }
                | crate::rules::PollKind::Ranking { items } => items.clone(),
                _ => Vec::new(),
            };
            let (entry, context) = entry(
                RegisterKind::PollResult,
                poll.number,
                poll.agenda_item_id,
                keys,
            );
            let context = format!("{context}\n{}\n{}", result.summary.da, result.summary.en);
            let entry = RegisterEntry {
                text: poll.question.clone(),
                poll_result: Some(result.summary.clone()),
                ..entry
            };
            Some((entry, context))
        });
        let mut candidates = Vec::new();
        for (candidate, context) in decisions.chain(action_items).chain(polls) {
            if under_epic.lets_through(store, &candidate.backlog_keys)? {
                candidates.push((candidate, context));
            }
        }
        entries.extend(candidates.into_iter().filter(|(candidate, _)| {
            filter.kind.is_none_or(|kind| kind == candidate.kind)
                && filter.follow_up.is_none_or(|wanted| {
                    candidate.kind == RegisterKind::ActionItem
                        && match wanted {
                            FollowUp::Open => candidate.done_on.is_none(),
                            FollowUp::Done => candidate.done_on.is_some(),
                            FollowUp::Overdue => candidate.overdue,
                        }
                })
                && filter
                    .outcome
                    .is_none_or(|outcome| candidate.outcome == Some(outcome))
                && filter.backlog_key.as_ref().is_none_or(|wanted| {
                    candidate
                        .backlog_keys
                        .iter()
                        .any(|key| key.eq_ignore_ascii_case(wanted))
                })
        }));
    }
    entries.truncate(limit);
    Ok(entries)
}

/// The epic filter: which issue keys lie under the epic (or are it), each key's chain of parents
/// looked up once.
struct UnderEpic {
    epic: Option<String>,
    known: std::collections::HashMap<String, bool>,
}

impl UnderEpic {
    fn new(epic: Option<&str>) -> UnderEpic {
        UnderEpic {
            epic: epic.map(|epic| epic.trim().to_uppercase()),
            known: std::collections::HashMap::new(),
        }
    }

    /// True without an epic; else when one of `keys` is the epic or has it among its parents.
    fn lets_through(&mut self, store: &Store, keys: &[String]) -> Result<bool> {
        let Some(epic) = &self.epic else {
            return Ok(true);
        };
        for key in keys {
            let under = match self.known.get(key) {
                Some(&under) => under,
                None => {
                    let chain = crate::queries::parent_chain(&store.conn, key)?;
                    let under = chain.iter().any(|link| link.eq_ignore_ascii_case(epic));
                    self.known.insert(key.clone(), under);
                    under
                }
            };
            if under {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// The register, as the app and the CLI ask the store for it.
impl crate::store::Store {
    /// Every decision of every meeting that `filter` lets through, newest meeting first
    /// (`crate::register`).
    pub fn decision_register(
        &self,
        filter: &crate::register::RegisterFilter,
    ) -> crate::error::Result<Vec<crate::register::RegisterEntry>> {
        crate::register::decision_register(self, filter)
    }
}
