//! Deciding the group set-up commands: the group itself, its organisations and members, a
//! member's retirement and successor, and undo of a group change. Meetings read the group when
//! they are shown, so every check here keeps what past meetings recorded readable: a member or an
//! organisation that a meeting already names is never taken away.

use chrono::NaiveDate;
use gavel_messages::Language;
use rusqlite::{OptionalExtension, Transaction};
use uuid::Uuid;

use super::{created, fresh_id, require_exists, required_text};
use crate::command::{Applied, GroupKind, MemberRole, MinutesLanguage, Successor};
use crate::error::{Error, Record, Result};
use crate::event::EventPayload;
use crate::log::LogWriter;
use crate::rules::Bilingual;
use crate::wording;

/// The largest vote weight a member can have; guards against typos like 10000.
pub(crate) const MAX_VOTE_WEIGHT: u32 = 1_000;
/// Names of groups, organisations and members: long enough for "Styregruppen for OS2mo og
/// OS2rollekatalog, Region Midtjylland", short enough to fit a line of the minutes.
pub(crate) const MAX_NAME_CHARS: usize = 200;
/// RFC 5321's limit on the length of an e-mail address.
const MAX_EMAIL_CHARS: usize = 254;

/// `Command::CreateGroup`.
pub(super) fn create_group(
    log: &mut LogWriter<'_>,
    id: Option<Uuid>,
    name: String,
    kind: Option<GroupKind>,
    minutes_language: Option<MinutesLanguage>,
) -> Result<Applied> {
    let name = name_text(&name)?;
    let group_id = fresh_id(log, id, Record::Group, "steering_group")?;
    let event = log.append(EventPayload::GroupCreated {
        group_id,
        name,
        kind: kind.unwrap_or_default(),
        minutes_language: minutes_language.unwrap_or_default(),
    })?;
    Ok(created(group_id, event))
}

/// `Command::UpdateGroup`.
pub(super) fn update_group(
    log: &mut LogWriter<'_>,
    group_id: Uuid,
    name: String,
    kind: GroupKind,
    minutes_language: MinutesLanguage,
) -> Result<Applied> {
    let name = name_text(&name)?;
    require_exists(log.tx, Record::Group, "steering_group", group_id)?;
    let current: (String, String, String) = log.tx.query_row(
        "SELECT name, kind, minutes_language FROM steering_group WHERE id = ?1",
        [group_id],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
    )?;
    if current
        == (
            name.clone(),
            kind.as_str().to_owned(),
            minutes_language.as_str().to_owned(),
        )
    {
        return Ok(nothing_changed());
    }
    done(log.append(EventPayload::GroupUpdated {
        group_id,
        name,
        kind,
        minutes_language,
    })?)
}

/// `Command::AddOrganisation`.
pub(super) fn add_organisation(
    log: &mut LogWriter<'_>,
    id: Option<Uuid>,
    group_id: Uuid,
    name: String,
) -> Result<Applied> {
    let name = name_text(&name)?;
    require_exists(log.tx, Record::Group, "steering_group", group_id)?;
    refuse_duplicate_organisation(log.tx, group_id, &name, None)?;
    let organisation_id = fresh_id(log, id, Record::Organisation, "organisation")?;
    let event = log.append(EventPayload::OrganisationAdded {
        group_id,
        organisation_id,
        name,
    })?;
    Ok(created(organisation_id, event))
}

/// `Command::RenameOrganisation`.
pub(super) fn rename_organisation(
    log: &mut LogWriter<'_>,
    organisation_id: Uuid,
    name: String,
) -> Result<Applied> {
    let name = name_text(&name)?;
    let (group_id, current): (Uuid, String) = log
        .tx
        .query_row(
            "SELECT group_id, name FROM organisation WHERE id = ?1",
            [organisation_id],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?
        .ok_or_else(|| Error::NotFound {
            what: Record::Organisation,
            id: organisation_id.to_string(),
        })?;
    if current == name {
        return Ok(nothing_changed());
    }
    refuse_duplicate_organisation(log.tx, group_id, &name, Some(organisation_id))?;
    done(log.append(EventPayload::OrganisationRenamed {
        group_id,
        organisation_id,
        name,
    })?)
}

/// `Command::AddMember`.
// One parameter per field of the command, as every handler here takes its command.
#[allow(clippy::too_many_arguments)]
pub(super) fn add_member(
    log: &mut LogWriter<'_>,
    id: Option<Uuid>,
    group_id: Uuid,
    name: String,
    organisation_id: Option<Uuid>,
    role: Option<MemberRole>,
    voting_right: Option<bool>,
    vote_weight: Option<u32>,
    email: Option<String>,
    joined_on: Option<NaiveDate>,
) -> Result<Applied> {
    require_exists(log.tx, Record::Group, "steering_group", group_id)?;
    let role = role.unwrap_or(MemberRole::Member);
    let details = MemberDetails::checked(
        log.tx,
        group_id,
        None,
        MemberDetails {
            name,
            organisation_id,
            role,
            voting_right: voting_right.unwrap_or(role.votes_by_default()),
            vote_weight: vote_weight.unwrap_or(1),
            email,
        },
    )?;
    let member_id = fresh_id(log, id, Record::Member, "member")?;
    let event = log.append(details.added(group_id, member_id, joined_on, None))?;
    Ok(created(member_id, event))
}

/// `Command::UpdateMember`.
// One parameter per field of the command, as every handler here takes its command.
#[allow(clippy::too_many_arguments)]
pub(super) fn update_member(
    log: &mut LogWriter<'_>,
    member_id: Uuid,
    name: String,
    organisation_id: Option<Uuid>,
    role: MemberRole,
    voting_right: bool,
    vote_weight: u32,
    email: Option<String>,
) -> Result<Applied> {
    let group_id = member_group(log.tx, member_id)?;
    let details = MemberDetails::checked(
        log.tx,
        group_id,
        Some(member_id),
        MemberDetails {
            name,
            organisation_id,
            role,
            voting_right,
            vote_weight,
            email,
        },
    )?;
    if MemberDetails::stored(log.tx, member_id)? == details {
        return Ok(nothing_changed());
    }
    done(log.append(EventPayload::MemberUpdated {
        group_id,
        member_id,
        name: details.name,
        organisation_id: details.organisation_id,
        role: details.role,
        voting_right: details.voting_right,
        vote_weight: details.vote_weight,
        email: details.email,
    })?)
}

/// `Command::UndoGroupChange`.
pub(super) fn undo_group_change(log: &mut LogWriter<'_>, group_id: Uuid) -> Result<Applied> {
    require_exists(log.tx, Record::Group, "steering_group", group_id)?;
    let undo = crate::undo::next_group_undo(log.tx, group_id)?.ok_or_else(|| {
        crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideGroup-thereIsNothingToUndo",
            &[],
        ))
    })?;
    refuse_undo_that_empties_a_meeting(log.tx, &undo.payload)?;
    refuse_undo_before_a_close(log.tx, group_id, undo.event_id)?;
    let event = log.append(EventPayload::GroupEventUndone {
        group_id,
        event_id: undo.event_id,
    })?;
    Ok(Applied {
        created_id: None,
        event_ids: vec![event],
    })
}

/// A member's details as the edit form shows them, checked against the group.
#[derive(Debug, Clone, PartialEq)]
struct MemberDetails {
    name: String,
    organisation_id: Option<Uuid>,
    role: MemberRole,
    voting_right: bool,
    vote_weight: u32,
    email: Option<String>,
}

impl MemberDetails {
    /// Trims the texts and checks every rule a member's details obey within `group_id`;
    /// `member_id` is the member being edited (not a conflict with itself).
    fn checked(
        tx: &Transaction<'_>,
        group_id: Uuid,
        member_id: Option<Uuid>,
        details: MemberDetails,
    ) -> Result<MemberDetails> {
        let (name, email) = check_member_fields(
            tx,
            group_id,
            &details.name,
            details.organisation_id,
            details.vote_weight,
            details.email.as_deref(),
        )?;
        if let Some(email) = &email {
            let holder: Option<String> = tx
                .query_row(
                    "SELECT name FROM member WHERE group_id = ?1 AND lower(email) = lower(?2)
                         AND retired_on IS NULL AND id IS NOT ?3",
                    (group_id, email, member_id),
                    |row| row.get(0),
                )
                .optional()?;
            if let Some(holder) = holder {
                return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                    "coreDecideGroup-alreadyHasTheEMail",
                    &[
                        ("email", email.to_string().into()),
                        ("holder", holder.to_string().into()),
                    ],
                )));
            }
        }
        if details.role == MemberRole::Chair {
            refuse_second_chair(tx, group_id, member_id)?;
        }
        Ok(MemberDetails {
            name,
            email,
            ..details
        })
    }

    fn stored(tx: &Transaction<'_>, member_id: Uuid) -> Result<MemberDetails> {
        Ok(tx.query_row(
            "SELECT name, organisation_id, role, voting_right, vote_weight, email FROM member WHERE id = ?1",
            [member_id],
            |row| {
                Ok(MemberDetails {
                    name: row.get(0)?,
                    organisation_id: row.get(1)?,
                    role: MemberRole::parse(&row.get::<_, String>(2)?)
                        .unwrap_or(MemberRole::Member),
                    voting_right: row.get(3)?,
                    vote_weight: row.get(4)?,
                    email: row.get(5)?,
                })
            },
        )?)
    }

    fn added(
        self,
        group_id: Uuid,
        member_id: Uuid,
        joined_on: Option<NaiveDate>,
        succeeds: Option<Uuid>,
    ) -> EventPayload {
        EventPayload::MemberAdded {
            group_id,
            member_id,
            name: self.name,
            organisation_id: self.organisation_id,
            role: self.role,
            voting_right: self.voting_right,
            vote_weight: self.vote_weight,
            email: self.email,
            joined_on,
            succeeds,
        }
    }
}

/// `Command::RetireMember`.
pub(super) fn retire_member(
    log: &mut LogWriter<'_>,
    member_id: Uuid,
    on: NaiveDate,
    successor: Option<Successor>,
) -> Result<Applied> {
    let group_id = member_group(log.tx, member_id)?;
    let (name, retired_on): (String, Option<NaiveDate>) = log.tx.query_row(
        "SELECT name, retired_on FROM member WHERE id = ?1",
        [member_id],
        |row| Ok((row.get(0)?, row.get(1)?)),
    )?;
    if let Some(retired_on) = retired_on {
        return Err(Error::Rejected(wording::message(
            "coreDecideGroup-alreadyLeftTheGroup",
            |language| {
                let day = match language {
                    Language::Danish => retired_on.format("%d.%m.%Y").to_string(),
                    Language::English => retired_on.to_string(),
                };
                vec![("day", day.into()), ("name", (&name).into())]
            },
        )));
    }
    refuse_retiring_a_proxy_party(log.tx, member_id, &name)?;
    let details = MemberDetails::stored(log.tx, member_id)?;
    if details.role == MemberRole::Chair && successor.is_none() {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideGroup-isTheChairNameA",
            &[("name", name.to_string().into())],
        )));
    }
    let retired = log.append(EventPayload::MemberRetired {
        group_id,
        member_id,
        on,
    })?;
    let Some(successor) = successor else {
        return done(retired);
    };
    // The successor takes the seat as it is: same organisation, role, vote and weight. The
    // retirement is folded already, so the chair's role is free for a successor to take.
    let successor_details = MemberDetails::checked(
        log.tx,
        group_id,
        None,
        MemberDetails {
            name: successor.name,
            email: successor.email,
            ..details
        },
    )?;
    let successor_id = fresh_id(log, successor.id, Record::Member, "member")?;
    let added =
        log.append(successor_details.added(group_id, successor_id, Some(on), Some(member_id)))?;
    Ok(Applied {
        created_id: Some(successor_id),
        event_ids: vec![retired, added],
    })
}

/// A member who gave or holds a proxy in a meeting that is not closed must have it withdrawn
/// first: otherwise the proxy would point at someone no longer on the roll call.
fn refuse_retiring_a_proxy_party(tx: &Transaction<'_>, member_id: Uuid, name: &str) -> Result<()> {
    let meeting: Option<String> = tx
        .query_row(
            "SELECT m.title FROM attendance a JOIN meeting m ON m.id = a.meeting_id
             WHERE m.status != 'closed' AND a.proxy_holder_id IS NOT NULL
               AND (a.member_id = ?1 OR a.proxy_holder_id = ?1)
             ORDER BY m.starts_at LIMIT 1",
            [member_id],
            |row| row.get(0),
        )
        .optional()?;
    match meeting {
        None => Ok(()),
        Some(title) => Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideGroup-hasAProxyInThe",
            &[
                ("name", name.to_string().into()),
                ("title", title.to_string().into()),
            ],
        ))),
    }
}

fn refuse_second_chair(
    tx: &Transaction<'_>,
    group_id: Uuid,
    member_id: Option<Uuid>,
) -> Result<()> {
    let chair: Option<String> = tx
        .query_row(
            "SELECT name FROM member WHERE group_id = ?1 AND role = 'chair' AND retired_on IS NULL
                 AND id IS NOT ?2",
            (group_id, member_id),
            |row| row.get(0),
        )
        .optional()?;
    match chair {
        None => Ok(()),
        Some(chair) => Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideGroup-isAlreadyTheGroupS",
            &[("chair", chair.to_string().into())],
        ))),
    }
}

fn refuse_duplicate_organisation(
    tx: &Transaction<'_>,
    group_id: Uuid,
    name: &str,
    except: Option<Uuid>,
) -> Result<()> {
    let duplicate: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM organisation WHERE group_id = ?1 AND lower(name) = lower(?2)
             AND id IS NOT ?3)",
        (group_id, name, except),
        |row| row.get(0),
    )?;
    if duplicate {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideGroup-theGroupAlreadyHasAn",
            &[("name", name.to_string().into())],
        )));
    }
    Ok(())
}

/// Undo never takes away a member or an organisation that the record already uses: a meeting's
/// attendance, ballots, proxies and action items name members, and members name organisations.
/// Undo refolds the log without the undone event, so undoing a change that was in force when
/// one of the group's meetings closed would rewrite that meeting's record
/// (`meeting_record::take`). Such a change is changed again instead, from now on.
fn refuse_undo_before_a_close(tx: &Transaction<'_>, group_id: Uuid, event_id: Uuid) -> Result<()> {
    let meeting: Option<String> = tx
        .query_row(
            "SELECT m.title FROM event target, event close JOIN meeting m ON m.id = close.stream
             WHERE target.id = ?1 AND m.group_id = ?2
               AND close.payload LIKE '{\"type\":\"MeetingClosed\"%'
               AND (close.hlc, close.device, close.id) > (target.hlc, target.device, target.id)
             ORDER BY close.hlc DESC, close.device DESC, close.id DESC LIMIT 1",
            (event_id, group_id),
            |row| row.get(0),
        )
        .optional()?;
    match meeting {
        None => Ok(()),
        Some(title) => Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideGroup-theChangeCannotBeUndone",
            &[("title", title.to_string().into())],
        ))),
    }
}

fn refuse_undo_that_empties_a_meeting(tx: &Transaction<'_>, payload: &EventPayload) -> Result<()> {
    match payload {
        EventPayload::MemberAdded {
            member_id, name, ..
        } => {
            let meeting: Option<String> = tx
                .query_row(
                    "SELECT m.title FROM meeting m WHERE
                         EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id
                                 AND (a.member_id = ?1 OR a.proxy_holder_id = ?1))
                      OR EXISTS (SELECT 1 FROM ballot b JOIN poll p ON p.id = b.poll_id
                                 WHERE p.meeting_id = m.id AND (b.member_id = ?1 OR b.cast_by_id = ?1))
                      OR EXISTS (SELECT 1 FROM action_item i WHERE i.meeting_id = m.id
                                 AND i.owner_member_id = ?1)
                     ORDER BY m.starts_at LIMIT 1",
                    [member_id],
                    |row| row.get(0),
                )
                .optional()?;
            if let Some(title) = meeting {
                return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                    "coreDecideGroup-cannotBeTakenOutAgain",
                    &[
                        ("name", name.to_string().into()),
                        ("title", title.to_string().into()),
                    ],
                )));
            }
        }
        EventPayload::OrganisationAdded {
            organisation_id,
            name,
            ..
        } => {
            let member: Option<String> = tx
                .query_row(
                    "SELECT name FROM member WHERE organisation_id = ?1 ORDER BY name LIMIT 1",
                    [organisation_id],
                    |row| row.get(0),
                )
                .optional()?;
            if let Some(member) = member {
                return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
                    "coreDecideGroup-theOrganisationCannotBeTaken",
                    &[
                        ("member", member.to_string().into()),
                        ("name", name.to_string().into()),
                    ],
                )));
            }
        }
        _ => {}
    }
    Ok(())
}

/// What a member's details obey on their own, whoever records them (`super::imported` checks a
/// member from another laptop by these): a name, an organisation of the same group, a vote weight
/// and an e-mail address of the right shape. Returns the name and address, trimmed. That no two
/// members share an address, and that the group has one chair, is checked only when a command is
/// decided: two laptops may each add one without having seen the other's.
pub(super) fn check_member_fields(
    tx: &Transaction<'_>,
    group_id: Uuid,
    name: &str,
    organisation_id: Option<Uuid>,
    vote_weight: u32,
    email: Option<&str>,
) -> Result<(String, Option<String>)> {
    let name = name_text(name)?;
    if let Some(organisation_id) = organisation_id {
        let organisation_group: Option<Uuid> = tx
            .query_row(
                "SELECT group_id FROM organisation WHERE id = ?1",
                [organisation_id],
                |row| row.get(0),
            )
            .optional()?;
        if organisation_group != Some(group_id) {
            return Err(Error::NotFound {
                what: Record::OrganisationInGroup,
                id: organisation_id.to_string(),
            });
        }
    }
    check_vote_weight(vote_weight)?;
    let email = checked_email(email)?;
    Ok((name, email))
}

pub(super) fn member_group(tx: &Transaction<'_>, member_id: Uuid) -> Result<Uuid> {
    tx.query_row(
        "SELECT group_id FROM member WHERE id = ?1",
        [member_id],
        |row| row.get(0),
    )
    .optional()?
    .ok_or_else(|| Error::NotFound {
        what: Record::Member,
        id: member_id.to_string(),
    })
}

/// A command's `name`: trimmed, not empty, at most [`MAX_NAME_CHARS`] characters.
pub(crate) fn name_text(text: &str) -> Result<String> {
    let name = required_text("name", text)?;
    let length = name.chars().count();
    if length > MAX_NAME_CHARS {
        return Err(Error::Rejected(Bilingual::message(
            "coreDecideGroup-theNameIsTooLong",
            &[
                ("length", length.to_string().into()),
                ("limit", MAX_NAME_CHARS.to_string().into()),
                ("shown", crate::error::shorten(&name, 40).into()),
            ],
        )));
    }
    Ok(name)
}

pub(crate) fn check_vote_weight(vote_weight: u32) -> Result<()> {
    if !(1..=MAX_VOTE_WEIGHT).contains(&vote_weight) {
        return Err(crate::Error::Rejected(crate::rules::Bilingual::message(
            "coreDecideGroup-voteWeightMustBeBetween",
            &[
                ("limit", MAX_VOTE_WEIGHT.to_string().into()),
                ("vote_weight", vote_weight.to_string().into()),
            ],
        )));
    }
    Ok(())
}

/// An e-mail address, trimmed; `None` when empty. Checked for the shape every mail program
/// accepts (one @, a dot in the domain, no spaces), not for deliverability.
pub(crate) fn checked_email(email: Option<&str>) -> Result<Option<String>> {
    let Some(email) = email.map(str::trim).filter(|email| !email.is_empty()) else {
        return Ok(None);
    };
    let looks_right = email.chars().count() <= MAX_EMAIL_CHARS
        && !email.chars().any(|c| c.is_whitespace() || c.is_control())
        && matches!(email.split_once('@'), Some((local, domain))
            if !local.is_empty() && !domain.contains('@') && domain.contains('.')
                && !domain.starts_with('.') && !domain.ends_with('.'));
    if !looks_right {
        return Err(Error::Rejected(Bilingual::message(
            "coreDecideGroup-isNotAnEMailAddress",
            &[("shown", crate::error::shorten(email, 60).into())],
        )));
    }
    Ok(Some(email.to_owned()))
}

fn nothing_changed() -> Applied {
    Applied {
        created_id: None,
        event_ids: Vec::new(),
    }
}

fn done(event: Uuid) -> Result<Applied> {
    Ok(Applied {
        created_id: None,
        event_ids: vec![event],
    })
}
