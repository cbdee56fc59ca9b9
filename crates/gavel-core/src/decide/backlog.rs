//! Adding and updating backlog items: the checks behind `UpsertBacklogItem`, shared by the
//! command and by a backlog import, which checks the parents of a whole file at once
//! ([`ParentCheck::ByCaller`]).

use crate::command::Applied;
use crate::error::{Error, Result};
use crate::event::EventPayload;
use crate::log::LogWriter;
use crate::queries::{self, BacklogItem};
use crate::rules::Bilingual;

use super::required_text;

/// One item's new values; `None` keeps the stored value, an empty text clears it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct BacklogUpsert {
    pub key: String,
    pub title: Option<String>,
    pub status: Option<String>,
    pub priority: Option<String>,
    pub rank: Option<String>,
    pub story_points: Option<f64>,
    pub labels: Option<Vec<String>>,
    pub parent: Option<String>,
    pub votes: Option<u32>,
    pub watchers: Option<u32>,
    pub description: Option<String>,
}

/// The longest description kept, in bytes. A backlog file's cells may be as long
/// (`import::gavel_csv::MAX_CELL_BYTES` is this), so that whatever a file could bring, a command
/// or another laptop's sync file can too, and nothing longer.
pub(crate) const MAX_DESCRIPTION_BYTES: usize = 64 * 1024;

/// Who checks that an item's parent exists and that parents form no cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ParentCheck {
    /// Here, against the backlog as it is: a single command.
    Now,
    /// The caller, once every item of a file is written: in a file a child may come before its
    /// parent, and two items may swap places in the hierarchy, which item by item would pass
    /// through a cycle ([`crate::Store::import_backlog`] checks the file against the backlog
    /// first, naming the line).
    ByCaller,
}

/// Records the item's new state, or nothing when it is unchanged.
pub(crate) fn upsert_backlog_item(
    log: &mut LogWriter<'_>,
    upsert: BacklogUpsert,
    parent_check: ParentCheck,
) -> Result<Applied> {
    let key = required_text("key", &upsert.key)?;
    let existing = queries::backlog_item(log.tx, &key)?;
    let title = match (upsert.title, &existing) {
        (Some(title), _) => required_text("title", &title)?,
        (None, Some(existing)) => existing.title.clone(),
        (None, None) => {
            return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                "coreDecideBacklog-newBacklogItemNeedsA",
                &[("key", key.to_string().into())],
            )));
        }
    };
    let keep_or_replace = |given: Option<String>, current: Option<&Option<String>>| match given {
        Some(text) => Some(text.trim().to_owned()).filter(|text| !text.is_empty()),
        None => current.cloned().flatten(),
    };
    check_story_points(&key, upsert.story_points)?;
    let current_description = queries::backlog_description(log.tx, &key)?;
    let description = match upsert.description {
        Some(text) => Some(plain_description(&text)).filter(|text| !text.is_empty()),
        None => current_description.clone(),
    };
    check_description(&key, description.as_deref())?;
    let parent = keep_or_replace(upsert.parent, existing.as_ref().map(|item| &item.parent));
    if let Some(parent) = &parent {
        check_parent(log, &key, parent, parent_check)?;
    }
    let current = existing.as_ref();
    let new_item = BacklogItem {
        group_priority: current.and_then(|item| item.group_priority),
        status: keep_or_replace(upsert.status, current.map(|item| &item.status)),
        priority: keep_or_replace(upsert.priority, current.map(|item| &item.priority)),
        rank: keep_or_replace(upsert.rank, current.map(|item| &item.rank)),
        story_points: upsert
            .story_points
            .or(current.and_then(|item| item.story_points)),
        labels: upsert
            .labels
            .map(|labels| {
                labels
                    .into_iter()
                    .map(|label| label.trim().to_owned())
                    .filter(|label| !label.is_empty())
                    .collect()
            })
            .or(current.map(|item| item.labels.clone()))
            .unwrap_or_default(),
        parent,
        votes: upsert.votes.or(current.and_then(|item| item.votes)),
        watchers: upsert.watchers.or(current.and_then(|item| item.watchers)),
        key,
        title,
    };
    if existing.as_ref() == Some(&new_item) && description == current_description {
        return Ok(Applied {
            created_id: None,
            event_ids: Vec::new(),
        });
    }
    let event = log.append(EventPayload::BacklogItemRecorded {
        key: new_item.key,
        title: new_item.title,
        status: new_item.status,
        priority: new_item.priority,
        rank: new_item.rank,
        story_points: new_item.story_points,
        labels: new_item.labels,
        parent: new_item.parent,
        votes: new_item.votes,
        watchers: new_item.watchers,
        description,
    })?;
    Ok(Applied {
        created_id: None,
        event_ids: vec![event],
    })
}

/// An item is never its own parent; with [`ParentCheck::Now`] the parent must be in the backlog
/// and must not descend from the item.
fn check_parent(
    log: &LogWriter<'_>,
    key: &str,
    parent: &str,
    parent_check: ParentCheck,
) -> Result<()> {
    check_not_own_parent(key, parent)?;
    if parent_check == ParentCheck::ByCaller {
        return Ok(());
    }
    if queries::backlog_item(log.tx, parent)?.is_none() {
        return Err(Error::Rejected(Bilingual::message(
            "coreDecideBacklog-theParentIsNotIn",
            &[("key", key.into()), ("parent", parent.into())],
        )));
    }
    let chain = queries::parent_chain(log.tx, parent)?;
    if chain.iter().any(|ancestor| ancestor == key) {
        let cycle: Vec<&str> = std::iter::once(key)
            .chain(
                chain
                    .iter()
                    .map(String::as_str)
                    .take_while(|ancestor| *ancestor != key),
            )
            .chain([key])
            .collect();
        let cycle = cycle.join(" → ");
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideBacklog-cannotBeTheParentOf",
            &[
                ("cycle", cycle.to_string().into()),
                ("key", key.to_string().into()),
                ("parent", parent.to_string().into()),
            ],
        )));
    }
    Ok(())
}

/// What a recorded backlog item obeys on its own, whoever records it (`super::imported` checks an
/// item from another laptop by this): a key, a title, story points of at least 0, not its own
/// parent. That its parent is in the backlog and makes no cycle is checked when a command or a
/// backlog file is decided: two laptops may each move an item under the other's without having
/// seen the other's change.
pub(super) fn check_recorded_item(
    key: &str,
    title: &str,
    story_points: Option<f64>,
    parent: Option<&str>,
    description: Option<&str>,
) -> Result<()> {
    let key = required_text("key", key)?;
    required_text("title", title)?;
    check_story_points(&key, story_points)?;
    check_description(&key, description)?;
    if let Some(parent) = parent {
        check_not_own_parent(&key, parent)?;
    }
    Ok(())
}

fn check_story_points(key: &str, story_points: Option<f64>) -> Result<()> {
    if let Some(points) = story_points
        && !(points.is_finite() && points >= 0.0)
    {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideBacklog-storyPointsOfMustBe",
            &[("key", key.to_string().into())],
        )));
    }
    Ok(())
}

/// A description as stored: Windows line ends made `\n`, control characters other than line
/// breaks and tabs left out (they print as nothing, or as boxes), trailing space trimmed.
fn plain_description(text: &str) -> String {
    text.replace("\r\n", "\n")
        .chars()
        .filter(|ch| !ch.is_control() || matches!(ch, '\n' | '\t'))
        .collect::<String>()
        .trim_end()
        .to_owned()
}

fn check_description(key: &str, description: Option<&str>) -> Result<()> {
    if let Some(text) = description
        && text.len() > MAX_DESCRIPTION_BYTES
    {
        let kib = MAX_DESCRIPTION_BYTES / 1024;
        return Err(Error::Rejected(Bilingual::message(
            "coreDecideBacklog-theDescriptionIsTooLong",
            &[
                ("key", key.into()),
                ("kilobytes", (text.len() / 1024).to_string().into()),
                ("limit", kib.to_string().into()),
            ],
        )));
    }
    Ok(())
}

fn check_not_own_parent(key: &str, parent: &str) -> Result<()> {
    if parent == key {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideBacklog-cannotBeItsOwnParent",
            &[("key", key.to_string().into())],
        )));
    }
    Ok(())
}
