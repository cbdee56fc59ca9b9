//! The rules an event from another laptop obeys at its place in the log. A sync file's hashes
//! prove that its events were not edited on the way, not who wrote them: anyone can append a chain
//! of correctly hashed events under a new device id. So an import decides every new event again,
//! in log order, against the state the events before it built, with the checks `decide` runs on
//! a local command (the same functions, not copies): no file records what the app would refuse.
//!
//! Some rules of a local command are left to the command, because two honest laptops that have
//! not seen each other's changes break them without anyone doing wrong: Undo takes back the
//! latest event the laptop knew of (another laptop may have added one since), an agenda position
//! counts the items the laptop knew of (the fold keeps positions in range), two laptops may each
//! add a chair or an e-mail address, or each move a backlog item under the other's. Everything
//! else holds for an imported event exactly as for a local one.

use std::collections::HashMap;
use std::collections::hash_map::Entry;

use rusqlite::{OptionalExtension, Transaction};
use uuid::Uuid;

use super::{
    already_exists, backlog, check_new_agenda_item, check_new_meeting, group, live, meeting,
    record_exists, require_exists,
};
use crate::clock::Hlc;
use crate::error::{Error, Record, Result};
use crate::event::{EventPayload, parse_stored_payload};
use crate::meeting_state::{self, MeetingPhase};
use crate::rules::{Bilingual, Voter};
use crate::wording;

/// Why an imported event is refused: the rule it breaks, and the field of its payload at fault
/// when one is (`fingerprint`, `version`, `result`).
pub(crate) struct ImportRefusal {
    pub(crate) payload_field: Option<&'static str>,
    pub(crate) error: Error,
}

impl From<Error> for Box<ImportRefusal> {
    fn from(error: Error) -> Box<ImportRefusal> {
        Box::new(ImportRefusal {
            payload_field: None,
            error,
        })
    }
}

/// Where an imported event stands in the log.
pub(crate) struct LogPlace<'a> {
    pub(crate) event_id: Uuid,
    pub(crate) hlc: Hlc,
    pub(crate) device: Uuid,
    /// The log fingerprint of the event's stream over the events before it: what minutes signed
    /// at this place must show.
    pub(crate) fingerprint_before: &'a dyn Fn() -> String,
}

/// What the checks of an import read from the read tables and keep while the events folded
/// cannot have changed it. A million-event import checks about as many ballots, and reading the
/// roll call and the poll again for each was most of its time.
#[derive(Default)]
pub(crate) struct KeptReads {
    roll_calls: RollCalls,
    ballots_poll: BallotsPoll,
}

impl KeptReads {
    /// Forgets what `folded` may have changed.
    pub(crate) fn after_folding(&mut self, folded: &EventPayload) {
        let roll_calls_unchanged = matches!(
            folded,
            EventPayload::BallotRecorded { .. }
                | EventPayload::TotalsRecorded { .. }
                | EventPayload::PollOpened { .. }
                | EventPayload::PollClosed { .. }
                | EventPayload::DecisionRecorded { .. }
        );
        if !roll_calls_unchanged {
            self.roll_calls.0.clear();
        }
        let ballot_in_the_kept_poll = matches!(
            (folded, &self.ballots_poll.0),
            (EventPayload::BallotRecorded { poll_id, .. }, Some(poll)) if *poll_id == poll.poll_id
        );
        if !ballot_in_the_kept_poll {
            self.ballots_poll.0 = None;
        }
    }
}

/// The roll calls of the meetings checked so far, kept while only events that change no seat,
/// attendance, proxy or meeting day are folded.
#[derive(Default)]
struct RollCalls(HashMap<Uuid, Vec<Voter>>);

impl RollCalls {
    fn of(&mut self, tx: &Transaction<'_>, meeting_id: Uuid) -> Result<&[Voter]> {
        Ok(match self.0.entry(meeting_id) {
            Entry::Occupied(kept) => kept.into_mut(),
            Entry::Vacant(missing) => missing.insert(meeting_state::roll_call(tx, meeting_id)?),
        })
    }
}

/// The open poll the last ballot was checked in, kept while only ballots in it are folded. A
/// ballot changes nothing a ballot's check reads; it changes the poll's ballot count, which is
/// therefore not kept up to date here, and which a ballot's check does not read.
#[derive(Default)]
struct BallotsPoll(Option<meeting_state::PollState>);

impl BallotsPoll {
    /// The poll a ballot is cast in, open, in its meeting.
    fn of(
        &mut self,
        tx: &Transaction<'_>,
        meeting_id: Uuid,
        poll_id: Uuid,
    ) -> Result<&meeting_state::PollState> {
        if !matches!(&self.0, Some(poll) if poll.poll_id == poll_id) {
            self.0 = Some(open_poll_of(tx, meeting_id, poll_id)?);
        }
        let poll = self.0.as_ref().expect("kept, now or before");
        if poll.meeting_id != meeting_id {
            return Err(poll_not_in_meeting(poll_id));
        }
        Ok(poll)
    }
}

/// Checks one imported event against the read tables as the events before it in log order left
/// them. Refuses what no laptop running Gavel could have recorded there.
pub(crate) fn check_imported_event(
    tx: &Transaction<'_>,
    payload: &EventPayload,
    place: &LogPlace<'_>,
    kept: &mut KeptReads,
) -> std::result::Result<(), Box<ImportRefusal>> {
    let changeable = [MeetingPhase::Draft, MeetingPhase::Open];
    match payload {
        EventPayload::GroupCreated { name, .. } => {
            group::name_text(name)?;
        }
        EventPayload::GroupUpdated { group_id, name, .. } => {
            require_exists(tx, Record::Group, "steering_group", *group_id)?;
            group::name_text(name)?;
        }
        EventPayload::OrganisationAdded {
            group_id,
            organisation_id: _,
            name,
        } => {
            require_exists(tx, Record::Group, "steering_group", *group_id)?;
            group::name_text(name)?;
        }
        EventPayload::OrganisationRenamed {
            group_id,
            organisation_id,
            name,
        } => {
            require_in_group(
                tx,
                "organisation",
                Record::OrganisationInGroup,
                *organisation_id,
                *group_id,
            )?;
            group::name_text(name)?;
        }
        EventPayload::MemberAdded {
            group_id,
            name,
            organisation_id,
            vote_weight,
            email,
            succeeds,
            ..
        } => {
            require_exists(tx, Record::Group, "steering_group", *group_id)?;
            group::check_member_fields(
                tx,
                *group_id,
                name,
                *organisation_id,
                *vote_weight,
                email.as_deref(),
            )?;
            if let Some(predecessor) = succeeds {
                require_in_group(tx, "member", Record::Member, *predecessor, *group_id)?;
            }
        }
        EventPayload::MemberUpdated {
            group_id,
            member_id,
            name,
            organisation_id,
            vote_weight,
            email,
            ..
        } => {
            require_in_group(tx, "member", Record::Member, *member_id, *group_id)?;
            group::check_member_fields(
                tx,
                *group_id,
                name,
                *organisation_id,
                *vote_weight,
                email.as_deref(),
            )?;
        }
        EventPayload::MemberRetired {
            group_id,
            member_id,
            ..
        } => require_in_group(tx, "member", Record::Member, *member_id, *group_id)?,
        EventPayload::ActionItemStatusSet {
            group_id,
            action_item_id,
            done_on,
        } => super::check_action_item_status(tx, *group_id, *action_item_id, *done_on)?,
        EventPayload::MeetingPublicationSet {
            group_id,
            meeting_id,
            public,
        } => super::check_meeting_publication(tx, *group_id, *meeting_id, *public)?,
        EventPayload::GroupEventUndone { group_id, event_id } => {
            require_exists(tx, Record::Group, "steering_group", *group_id)?;
            check_undo_target(
                tx,
                *group_id,
                *event_id,
                place,
                crate::undo::is_group_undo_barrier,
            )?;
        }
        EventPayload::RulesOfProcedureSet { group_id, rules } => {
            require_exists(tx, Record::Group, "steering_group", *group_id)?;
            live::check_rules(rules)?;
        }
        EventPayload::BacklogItemRecorded {
            key,
            title,
            story_points,
            parent,
            description,
            ..
        } => backlog::check_recorded_item(
            key,
            title,
            *story_points,
            parent.as_deref(),
            description.as_deref(),
        )?,
        EventPayload::MeetingCreated {
            group_id, title, ..
        } => {
            check_new_meeting(tx, *group_id, title)?;
        }
        EventPayload::MeetingUpdated {
            meeting_id, title, ..
        } => {
            meeting::check_meeting_update(tx, *meeting_id, title)?;
        }
        EventPayload::MeetingCancelled { meeting_id, .. } => {
            meeting::check_cancellation(tx, *meeting_id)?;
        }
        EventPayload::AgendaItemAdded {
            meeting_id,
            agenda_item_id: _,
            title,
            backlog_key,
            position,
            approves_minutes_of,
        } => {
            if let Some(earlier) = approves_minutes_of {
                super::minutes_approval::check_approval_item(tx, *meeting_id, *earlier)?;
            }
            let trimmed = |text: &Option<String>| {
                text.as_deref()
                    .map(str::trim)
                    .filter(|text| !text.is_empty())
                    .map(str::to_owned)
            };
            check_new_agenda_item(
                tx,
                *meeting_id,
                trimmed(title).as_deref(),
                trimmed(backlog_key).as_deref(),
            )?;
            check_position(*position)?;
        }
        EventPayload::AgendaItemMoved {
            meeting_id,
            agenda_item_id,
            position,
        } => {
            require_agenda_item_of(tx, *meeting_id, *agenda_item_id)?;
            live::require_phase(tx, *meeting_id, &changeable, live::Change::Changed)?;
            check_position(*position)?;
        }
        EventPayload::MeetingOpened {
            meeting_id, rules, ..
        } => {
            live::require_phase(
                tx,
                *meeting_id,
                &[MeetingPhase::Draft],
                live::Change::Opened,
            )?;
            live::check_rules(rules)?;
        }
        EventPayload::MeetingClosed { meeting_id, .. } => live::check_closing(tx, *meeting_id)?,
        EventPayload::CurrentAgendaItemSet {
            meeting_id,
            agenda_item_id,
        }
        | EventPayload::AgendaItemNotesSet {
            meeting_id,
            agenda_item_id,
            ..
        } => {
            require_agenda_item_of(tx, *meeting_id, *agenda_item_id)?;
            live::require_phase(tx, *meeting_id, &changeable, live::Change::Changed)?;
        }
        EventPayload::AgendaItemProposalSet {
            meeting_id,
            agenda_item_id,
            case_description,
            proposed_decision,
            responsible,
            links,
        } => {
            require_agenda_item_of(tx, *meeting_id, *agenda_item_id)?;
            live::check_proposal(tx, *meeting_id, case_description, proposed_decision)?;
            live::check_responsible_and_links(responsible.as_deref(), links)?;
        }
        EventPayload::AgendaItemTimeBoxSet {
            meeting_id,
            agenda_item_id,
            minutes,
        } => {
            require_agenda_item_of(tx, *meeting_id, *agenda_item_id)?;
            live::require_phase(tx, *meeting_id, &changeable, live::Change::Changed)?;
            live::check_time_box(*minutes)?;
        }
        EventPayload::AttendanceSet {
            meeting_id,
            member_id,
            ..
        }
        | EventPayload::ProxyWithdrawn {
            meeting_id,
            from_member_id: member_id,
        } => {
            live::require_phase(tx, *meeting_id, &changeable, live::Change::Changed)?;
            meeting_state::require_member_of_meeting_group(tx, *meeting_id, *member_id)?;
        }
        EventPayload::ProxyGiven {
            meeting_id,
            from_member_id,
            to_member_id,
        } => {
            live::require_phase(tx, *meeting_id, &changeable, live::Change::Changed)?;
            live::check_proxy(tx, *meeting_id, *from_member_id, *to_member_id)?;
        }
        EventPayload::PollOpened {
            meeting_id,
            agenda_item_id,
            question,
            kind,
            quorum_overridden,
            ..
        } => {
            live::check_poll_opening(
                tx,
                *meeting_id,
                *agenda_item_id,
                question,
                kind,
                *quorum_overridden,
                || {
                    kept.roll_calls
                        .of(tx, *meeting_id)
                        .map(std::borrow::Cow::Borrowed)
                },
            )?;
        }
        EventPayload::BallotRecorded {
            meeting_id,
            poll_id,
            member_id,
            cast_by_id,
            ballot,
            // When it was recorded: a time of day shown with a changed vote, not a rule.
            at: _,
        } => {
            let poll = kept.ballots_poll.of(tx, *meeting_id, *poll_id)?;
            let roll = kept.roll_calls.of(tx, *meeting_id)?;
            let cast_by = live::check_ballot(poll, roll, *member_id, ballot)?;
            if *cast_by_id != cast_by && cast_by_id != member_id {
                return Err(refusal(
                    "cast_by_id",
                    Bilingual::message("coreDecideImported-theBallotWasCastBySomeoneElse", &[]),
                ));
            }
        }
        EventPayload::TotalsRecorded {
            meeting_id,
            poll_id,
            totals,
        } => {
            let poll = open_poll_of(tx, *meeting_id, *poll_id)?;
            live::check_totals(tx, &poll, totals)?;
        }
        EventPayload::PollClosed {
            meeting_id,
            poll_id,
            result,
        } => {
            let poll = open_poll_of(tx, *meeting_id, *poll_id)?;
            let roll = kept.roll_calls.of(tx, *meeting_id)?;
            let counted = meeting_state::current_result(tx, &poll, roll)?;
            // A Gavel records either the facts a result is worded from (0.4 and later) or, before,
            // its words; never both, never neither (which would leave the minutes without them).
            let has_words = result.rule.is_some() && result.summary.is_some();
            let has_any_words = result.rule.is_some() || result.summary.is_some();
            if result.facts.is_some() == has_any_words || (has_any_words && !has_words) {
                return Err(refusal(
                    "result",
                    Bilingual::message("coreDecideImported-factsOrWordsNotBoth", &[]),
                ));
            }
            let claimed = result.worded(&poll.kind);
            // The figures, not the wording: the rule's text may read differently in another
            // version of Gavel, and a past result keeps the words it was closed with.
            let figures = |result: &crate::rules::PollResult| {
                (
                    result.outcome.clone(),
                    result.tally.clone(),
                    result.ranking.clone(),
                    result.casting_vote_used,
                )
            };
            // The summary the file claims is not the one the ballots give; `field` is at fault.
            let does_not_follow = |field| {
                refusal(
                    field,
                    wording::message("coreDecideImported-theResultDoesNotFollow", |language| {
                        vec![
                            ("claimed", wording::pick(&claimed.summary, language).into()),
                            ("counted", wording::pick(&counted.summary, language).into()),
                        ]
                    }),
                )
            };
            if figures(&claimed) != figures(&counted) {
                return Err(does_not_follow("result"));
            }
            // The facts say which rule the minutes will state; they must be the ones the poll
            // was counted under. A result recorded with its words (as Gavel 0.3 did) is shown
            // as recorded, so its words must be the ones its count gives: else a file that left
            // the facts out could have the minutes state any rule or summary beside the right
            // figures. (Figures from 1000 up are grouped now; 0.3 wrote them without.)
            let same_words = |recorded: &Option<Bilingual>, counted: &Bilingual| {
                recorded.as_ref().is_some_and(|recorded| {
                    ungrouped(&recorded.da) == ungrouped(&counted.da)
                        && ungrouped(&recorded.en) == ungrouped(&counted.en)
                })
            };
            let (field, differs) = match result.facts {
                Some(_) => ("result.facts", result.facts != counted.facts),
                None if !same_words(&result.summary, &counted.summary) => {
                    return Err(does_not_follow("result.summary"));
                }
                None => ("result.rule", !same_words(&result.rule, &counted.rule)),
            };
            if differs {
                return Err(refusal(
                    field,
                    wording::message("coreDecideImported-theResultNamesAnotherRule", |language| {
                        vec![
                            ("claimed", wording::pick(&claimed.rule, language).into()),
                            ("counted", wording::pick(&counted.rule, language).into()),
                        ]
                    }),
                ));
            }
        }
        EventPayload::DecisionRecorded {
            meeting_id,
            agenda_item_id,
            poll_id,
            outcome,
            text,
            backlog_changes,
            priority_order,
            ..
        } => {
            live::check_decision(
                tx,
                *meeting_id,
                *agenda_item_id,
                *poll_id,
                text,
                backlog_changes,
                priority_order.as_deref(),
            )?;
            // Two laptops that both recorded the approval in one meeting are a decision conflict
            // for the chair, not a forgery.
            super::minutes_approval::check_imported_decision_on_approval_item(
                tx,
                *meeting_id,
                *agenda_item_id,
                *outcome,
            )?;
        }
        EventPayload::DecisionConflictResolved {
            meeting_id,
            agenda_item_id,
            kept,
            withdrawn,
        } => {
            let (item, in_conflict) = live::check_resolution(tx, *meeting_id, *kept)?;
            let withdraws_only_conflicting = withdrawn
                .iter()
                .all(|decision| in_conflict.contains(decision));
            if item != *agenda_item_id || withdrawn.is_empty() || !withdraws_only_conflicting {
                return Err(refusal(
                    "withdrawn",
                    Bilingual::message("coreDecideImported-theResolutionWithdrawsADecision", &[]),
                ));
            }
        }
        EventPayload::ActionItemAdded {
            meeting_id,
            agenda_item_id,
            text,
            owner_member_id,
            ..
        } => {
            live::check_action_item(tx, *meeting_id, *agenda_item_id, text, *owner_member_id)?;
        }
        EventPayload::EventUndone {
            meeting_id,
            event_id,
        } => {
            live::require_phase(tx, *meeting_id, &changeable, live::Change::Changed)?;
            check_undo_target(
                tx,
                *meeting_id,
                *event_id,
                place,
                crate::undo::is_meeting_undo_barrier,
            )?;
        }
        EventPayload::MinutesSigned {
            meeting_id,
            version,
            fingerprint,
            signer_name,
            role,
            ..
        } => {
            let signature = live::check_signature(
                tx,
                *meeting_id,
                fingerprint,
                &(place.fingerprint_before)(),
                signer_name,
                role,
            )
            .map_err(|error| {
                Box::new(ImportRefusal {
                    payload_field: Some("fingerprint"),
                    error,
                })
            })?;
            if *version != signature.version {
                return Err(version_refusal(*version, signature.version));
            }
        }
        EventPayload::MinutesAmended {
            meeting_id,
            version,
            amends_version,
            reason,
            ..
        } => {
            let amendment = live::check_amendment(tx, *meeting_id, reason)?;
            if (*version, *amends_version) != (amendment.version, amendment.amends_version) {
                return Err(match amendment.amends_version {
                    Some(signed) => refusal(
                        "version",
                        Bilingual::message(
                            "coreDecideImported-anAmendmentOfSignedMinutes",
                            &[
                                ("signed", signed.to_string().into()),
                                ("version", amendment.version.to_string().into()),
                            ],
                        ),
                    ),
                    None => refusal(
                        "version",
                        Bilingual::message(
                            "coreDecideImported-anAmendmentOfUnsignedMinutes",
                            &[("version", amendment.version.to_string().into())],
                        ),
                    ),
                });
            }
        }
    }
    // Last, as each kind's own checks come first.
    refuse_created_again(tx, created_record(payload))?;
    Ok(())
}

/// A record an event creates: its kind, its read table and its id.
pub(crate) type CreatedRecord = (Record, &'static str, Uuid);

/// The record `payload` creates.
pub(crate) fn created_record(payload: &EventPayload) -> Option<CreatedRecord> {
    Some(match payload {
        EventPayload::GroupCreated { group_id, .. } => (Record::Group, "steering_group", *group_id),
        EventPayload::OrganisationAdded {
            organisation_id, ..
        } => (Record::Organisation, "organisation", *organisation_id),
        EventPayload::MemberAdded { member_id, .. } => (Record::Member, "member", *member_id),
        EventPayload::MeetingCreated { meeting_id, .. } => {
            (Record::Meeting, "meeting", *meeting_id)
        }
        EventPayload::AgendaItemAdded { agenda_item_id, .. } => {
            (Record::AgendaItem, "agenda_item", *agenda_item_id)
        }
        EventPayload::PollOpened { poll_id, .. } => (Record::Poll, "poll", *poll_id),
        EventPayload::DecisionRecorded { decision_id, .. } => {
            (Record::Decision, "decision", *decision_id)
        }
        EventPayload::ActionItemAdded { action_item_id, .. } => {
            (Record::ActionItem, "action_item", *action_item_id)
        }
        _ => return None,
    })
}

/// Refuses an event that creates a record whose id the read tables hold: at the event's place,
/// and, for an import, also against the records the log held before it (sync/import.rs): a new
/// event dated before the old one that created the record would otherwise be folded first and
/// take the record over (its group, for a meeting).
pub(crate) fn refuse_created_again(
    tx: &Transaction<'_>,
    created: Option<CreatedRecord>,
) -> Result<()> {
    match created {
        Some((what, table, id)) => refuse_existing(tx, what, table, id),
        None => Ok(()),
    }
}

/// `text` with the digit grouping of its figures taken out ("1.234" and "1,234" → "1234"), to
/// compare words recorded by a Gavel that did not group figures with the words of today's.
fn ungrouped(text: &str) -> String {
    let characters: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (index, character) in characters.iter().enumerate() {
        let is_separator = matches!(character, '.' | ',')
            && index > 0
            && characters[index - 1].is_ascii_digit()
            && characters.len() > index + 3
            && characters[index + 1..=index + 3]
                .iter()
                .all(char::is_ascii_digit)
            && !characters.get(index + 4).is_some_and(char::is_ascii_digit);
        if !is_separator {
            out.push(*character);
        }
    }
    out
}

fn refusal(payload_field: &'static str, message: Bilingual) -> Box<ImportRefusal> {
    Box::new(ImportRefusal {
        payload_field: Some(payload_field),
        error: Error::Rejected(message),
    })
}

fn version_refusal(claimed: u32, current: u32) -> Box<ImportRefusal> {
    refusal(
        "version",
        Bilingual::message(
            "coreDecideImported-theSignatureIsOfAnotherVersion",
            &[
                ("claimed", claimed.to_string().into()),
                ("current", current.to_string().into()),
            ],
        ),
    )
}

/// A record created again with an id already taken. Refused, unless the import finds that folding
/// it changes nothing (the same demo loaded on two laptops creates the same records twice).
fn refuse_existing(tx: &Transaction<'_>, what: Record, table: &str, id: Uuid) -> Result<()> {
    if record_exists(tx, table, id)? {
        return Err(already_exists(what, id));
    }
    Ok(())
}

/// The record `id` in `table` belongs to `group_id`.
fn require_in_group(
    tx: &Transaction<'_>,
    table: &str,
    what: Record,
    id: Uuid,
    group_id: Uuid,
) -> Result<()> {
    let owner: Option<Uuid> = tx
        .prepare_cached(&format!("SELECT group_id FROM {table} WHERE id = ?1"))?
        .query_row([id], |row| row.get(0))
        .optional()?;
    if owner == Some(group_id) {
        Ok(())
    } else {
        Err(Error::NotFound {
            what,
            id: id.to_string(),
        })
    }
}

fn require_agenda_item_of(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    agenda_item_id: Uuid,
) -> Result<()> {
    if live::agenda_item_meeting(tx, agenda_item_id)? != meeting_id {
        return Err(live::agenda_item_of_another_meeting());
    }
    Ok(())
}

/// The poll, open, in this meeting.
fn open_poll_of(
    tx: &Transaction<'_>,
    meeting_id: Uuid,
    poll_id: Uuid,
) -> Result<meeting_state::PollState> {
    let poll = meeting_state::open_poll(tx, poll_id)?;
    if poll.meeting_id != meeting_id {
        return Err(poll_not_in_meeting(poll_id));
    }
    Ok(poll)
}

fn poll_not_in_meeting(poll_id: Uuid) -> Error {
    Error::NotFound {
        what: Record::PollInMeeting,
        id: poll_id.to_string(),
    }
}

/// Positions count from 1. How far they reach depends on the items the laptop knew of; the fold
/// keeps them within the agenda.
fn check_position(position: u32) -> Result<()> {
    if position == 0 {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideImported-positionMustBeAtLeast",
            &[],
        )));
    }
    Ok(())
}

/// An undo takes back an earlier event of the same stream that is neither an undo nor one of the
/// events Undo never reaches past (`is_barrier`: a meeting's creation, closing, signature or
/// amendment), and reaches past none of them. Whether it was the latest event depends on what the
/// laptop had seen, so that is not asked.
fn check_undo_target(
    tx: &Transaction<'_>,
    stream: Uuid,
    target: Uuid,
    place: &LogPlace<'_>,
    is_barrier: fn(&EventPayload) -> bool,
) -> Result<()> {
    // Why not, as the message chooses its words: "does_not_exist", "another_stream",
    // "after_the_undo", "never_undone" or "past_a_barrier".
    let cannot = |reason: &str| {
        Err(Error::Rejected(Bilingual::message(
            "coreDecideImported-theEventCannotBeUndone",
            &[
                ("event_id", target.to_string().into()),
                ("reason", reason.into()),
            ],
        )))
    };
    let found: Option<(Uuid, u64, Uuid, String)> = tx
        .prepare_cached("SELECT stream, hlc, device, payload FROM event WHERE id = ?1")?
        .query_row([target], |row| {
            Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
        })
        .optional()?;
    let Some((target_stream, target_hlc, target_device, payload)) = found else {
        return cannot("does_not_exist");
    };
    if target_stream != stream {
        return cannot("another_stream");
    }
    if (target_hlc, target_device, target) >= (place.hlc.0, place.device, place.event_id) {
        return cannot("after_the_undo");
    }
    let payload = parse_stored_payload(target, &payload)?;
    if payload.undone_event().is_some() || is_barrier(&payload) {
        return cannot("never_undone");
    }
    let mut between = tx.prepare_cached(
        "SELECT id, payload FROM event WHERE stream = ?1
           AND (hlc, device, id) > (?2, ?3, ?4) AND (hlc, device, id) < (?5, ?6, ?7)",
    )?;
    let mut rows = between.query(rusqlite::params![
        stream,
        target_hlc,
        target_device,
        target,
        place.hlc.0,
        place.device,
        place.event_id
    ])?;
    while let Some(row) = rows.next()? {
        let payload = parse_stored_payload(row.get(0)?, &row.get::<_, String>(1)?)?;
        if is_barrier(&payload) {
            return cannot("past_a_barrier");
        }
    }
    Ok(())
}
