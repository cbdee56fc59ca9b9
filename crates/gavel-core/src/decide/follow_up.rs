//! After the meeting: following up an action item (done on a day, or open again).
//!
//! The follow-up is recorded on the group's stream, not on the meeting's: the meeting that agreed
//! on the action item is usually closed and its minutes signed (frozen), and whether an action
//! item was done later is not part of what was agreed. So the minutes never change, and the
//! register and the next meeting see the follow-up.

use chrono::{NaiveDate, NaiveDateTime};
use gavel_messages::Language;
use rusqlite::{OptionalExtension, Transaction};
use uuid::Uuid;

use crate::command::Applied;
use crate::error::{Error, Record, Result};
use crate::event::EventPayload;
use crate::log::LogWriter;
use crate::rules::Bilingual;
use crate::wording;

/// An action item as its follow-up needs it.
struct StoredActionItem {
    number: u32,
    group_id: Uuid,
    meeting_day: NaiveDate,
    done_on: Option<NaiveDate>,
}

fn stored_action_item(tx: &Transaction<'_>, action_item_id: Uuid) -> Result<StoredActionItem> {
    tx.prepare_cached(
        "SELECT a.number, m.group_id, m.starts_at, a.done_on
         FROM action_item a JOIN meeting m ON m.id = a.meeting_id
         WHERE a.id = ?1",
    )?
    .query_row([action_item_id], |row| {
        Ok(StoredActionItem {
            number: row.get(0)?,
            group_id: row.get(1)?,
            meeting_day: row.get::<_, NaiveDateTime>(2)?.date(),
            done_on: row.get(3)?,
        })
    })
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: Record::ActionItem,
        id: action_item_id.to_string(),
    })
}

/// The rule every follow-up obeys, whoever records it (the command below, or another laptop's
/// event in a sync file): the action item is one of the group's, and it cannot be done before
/// the meeting that agreed on it.
pub(crate) fn check_action_item_status(
    tx: &Transaction<'_>,
    group_id: Uuid,
    action_item_id: Uuid,
    done_on: Option<NaiveDate>,
) -> Result<()> {
    let item = stored_action_item(tx, action_item_id)?;
    if item.group_id != group_id {
        return Err(Error::NotFound {
            what: Record::ActionItem,
            id: action_item_id.to_string(),
        });
    }
    check_done_on(&item, done_on)
}

/// An action item cannot be done before the meeting that agreed on it.
fn check_done_on(item: &StoredActionItem, done_on: Option<NaiveDate>) -> Result<()> {
    if let Some(day) = done_on
        && day < item.meeting_day
    {
        return Err(Error::Rejected(wording::message(
            "coreDecideFollowUp-cannotBeDoneBeforeTheMeeting",
            |language| {
                vec![
                    ("day", day_in(language, day).into()),
                    ("meeting_day", day_in(language, item.meeting_day).into()),
                    ("number", item.number.to_string().into()),
                ]
            },
        )));
    }
    Ok(())
}

/// `SetActionItemDone`: done from `on` (today when left out), or open again.
pub(super) fn set_action_item_done(
    log: &mut LogWriter<'_>,
    action_item_id: Uuid,
    done: bool,
    on: Option<NaiveDate>,
) -> Result<Applied> {
    let item = stored_action_item(log.tx, action_item_id)?;
    let today = log.now_local().date();
    let done_on = done.then(|| on.unwrap_or(today));
    match (item.done_on, done_on) {
        (Some(already), Some(_)) => {
            return Err(Error::Rejected(wording::message(
                "coreDecideFollowUp-isAlreadyDone",
                |language| {
                    vec![
                        ("day", day_in(language, already).into()),
                        ("number", item.number.to_string().into()),
                    ]
                },
            )));
        }
        (None, None) => {
            return Err(Error::Rejected(Bilingual::message(
                "coreDecideFollowUp-isAlreadyOpen",
                &[("number", item.number.to_string().into())],
            )));
        }
        _ => {}
    }
    if let Some(day) = done_on
        && day > today
    {
        return Err(Error::Rejected(wording::message(
            "coreDecideFollowUp-thatDayHasNotCome",
            |language| {
                vec![
                    ("day", day_in(language, day).into()),
                    ("number", item.number.to_string().into()),
                ]
            },
        )));
    }
    check_done_on(&item, done_on)?;
    let event = log.append(EventPayload::ActionItemStatusSet {
        group_id: item.group_id,
        action_item_id,
        done_on,
    })?;
    Ok(Applied {
        created_id: None,
        event_ids: vec![event],
    })
}

/// "1.12.2026", as Danish text writes a day, or "2026-12-01" in English.
fn day_in(language: Language, day: NaiveDate) -> String {
    match language {
        Language::Danish => day.format("%-d.%-m.%Y").to_string(),
        Language::English => day.to_string(),
    }
}
