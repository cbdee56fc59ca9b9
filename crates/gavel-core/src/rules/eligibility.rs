//! Who may vote in a poll, and who may give a proxy to whom.
//!
//! Both checks read only the meeting's roll call; the store calls them before it records a ballot
//! or a proxy, so that a refused one changes nothing. Messages name the people involved, as the
//! chair knows them, and say what the rules allow.

use gavel_messages::Argument;
use uuid::Uuid;

use super::text::not_present;
use super::{Bilingual, RuleViolation, RulesOfProcedure, Voter};

/// Whether a ballot may be recorded for `member_id` (the member voted for: the absent member
/// when their proxy holder casts their ballot), and if so who casts it: the member, or the proxy
/// holder of an absent one.
///
/// The member must be on the roll and have voting right, and either be present or have given
/// their proxy to a member who is present. Attendance not yet recorded counts as absent. The
/// proxy holder needs only to be present here: [`check_proxy`] is where a proxy to someone
/// without voting right is refused, and the roll is taken as the record of what was accepted.
pub fn check_ballot_eligibility(roll: &[Voter], member_id: Uuid) -> Result<Uuid, RuleViolation> {
    let voter = find_voter(roll, member_id).ok_or_else(|| not_on_roll(member_id))?;
    if !voter.voting_right {
        return Err(no_voting_right(&voter.name));
    }
    if voter.attendance.is_present() {
        return Ok(member_id);
    }
    let name = voter.name.as_str();
    let status = not_present(voter.attendance);
    let holder = match voter.proxy_holder {
        Some(holder_id) if holder_id != voter.member_id => holder_id,
        // A proxy to oneself is no proxy at all.
        _ => {
            return Err(RuleViolation::from(Bilingual::composed_message(
                "rules-absentWithoutProxy",
                &[("name", name.into())],
                &[("status", &status)],
            )));
        }
    };
    match find_voter(roll, holder) {
        None => Err(RuleViolation::from(Bilingual::composed_message(
            "rules-absentProxyHolderNotOnRoll",
            &[
                ("name", name.into()),
                ("holder_id", holder.to_string().into()),
            ],
            &[("status", &status)],
        ))),
        Some(holder) if !holder.attendance.is_present() => {
            Err(RuleViolation::from(Bilingual::composed_message(
                "rules-absentProxyHolderNotPresent",
                &[
                    ("name", name.into()),
                    ("holder", holder.name.as_str().into()),
                ],
                &[
                    ("status", &status),
                    ("holder_status", &not_present(holder.attendance)),
                ],
            )))
        }
        Some(_) => Ok(holder),
    }
}

/// Whether the member `from` may give their proxy (fuldmagt) to the member `to`.
///
/// Refused when the rules allow no proxies (`max_proxies_per_holder == 0`), when `from` and `to`
/// are the same member or not on the roll, when `from` has no voting right or is present (they
/// vote in person), when `to` is not present, has no voting right, or has given their own proxy
/// away, and when `to` already holds the most proxies the rules allow. The cap counts every
/// member on the roll who names `to` as proxy holder, except `from` itself, so that confirming or
/// re-recording an existing proxy is not refused. The checks run in that order and the first
/// that fails is reported.
pub fn check_proxy(
    rules: &RulesOfProcedure,
    roll: &[Voter],
    from: Uuid,
    to: Uuid,
) -> Result<(), RuleViolation> {
    let cap = rules.max_proxies_per_holder;
    if cap == 0 {
        return Err(RuleViolation::from(Bilingual::message(
            "rules-eligibility-theRulesOfProcedureDo",
            &[],
        )));
    }
    if from == to {
        return Err(RuleViolation::from(match find_voter(roll, from) {
            Some(voter) => {
                Bilingual::message("rules-proxyToSelf", &[("name", voter.name.as_str().into())])
            }
            None => Bilingual::message(
                "rules-proxyToSelfNotOnRoll",
                &[("member_id", from.to_string().into())],
            ),
        }));
    }
    let giver = find_voter(roll, from).ok_or_else(|| {
        RuleViolation::from(Bilingual::message(
            "rules-eligibility-theMemberGivingTheProxy",
            &[("from", from.to_string().into())],
        ))
    })?;
    let holder = find_voter(roll, to).ok_or_else(|| {
        RuleViolation::from(Bilingual::message(
            "rules-eligibility-theProxyHolderIdIs",
            &[("to", to.to_string().into())],
        ))
    })?;
    let giver_name = ("name", Argument::from(giver.name.as_str()));
    let holder_name = ("name", Argument::from(holder.name.as_str()));
    if !giver.voting_right {
        return Err(RuleViolation::from(Bilingual::message(
            "rules-proxyGiverHasNoVotingRight",
            &[giver_name],
        )));
    }
    if giver.attendance.is_present() {
        return Err(RuleViolation::from(Bilingual::message(
            "rules-proxyGiverIsPresent",
            &[giver_name],
        )));
    }
    if !holder.attendance.is_present() {
        return Err(RuleViolation::from(Bilingual::composed_message(
            "rules-proxyHolderNotPresent",
            &[holder_name],
            &[("status", &not_present(holder.attendance))],
        )));
    }
    if !holder.voting_right {
        return Err(RuleViolation::from(Bilingual::message(
            "rules-proxyHolderHasNoVotingRight",
            &[holder_name],
        )));
    }
    if let Some(holders_holder) = holder.proxy_holder {
        return Err(RuleViolation::from(
            match find_voter(roll, holders_holder) {
                Some(voter) => Bilingual::message(
                    "rules-proxyHolderGaveProxyTo",
                    &[holder_name, ("holder", voter.name.as_str().into())],
                ),
                None => Bilingual::message("rules-proxyHolderGaveProxy", &[holder_name]),
            },
        ));
    }
    let held = roll
        .iter()
        .filter(|voter| voter.proxy_holder == Some(to) && voter.member_id != from)
        .count();
    let held = u64::try_from(held).unwrap_or(u64::MAX);
    if held >= u64::from(cap) {
        return Err(RuleViolation::from(Bilingual::message(
            "rules-proxyHolderHasTheMost",
            &[holder_name, ("held", held.into()), ("cap", cap.into())],
        )));
    }
    Ok(())
}

/// "No member with id … is on this meeting's roll".
pub(super) fn not_on_roll(member_id: Uuid) -> RuleViolation {
    RuleViolation::from(Bilingual::message(
        "rules-eligibility-noMemberWithIdIs",
        &[("member_id", member_id.to_string().into())],
    ))
}

/// "Jonas Friis har ikke stemmeret."
pub(super) fn no_voting_right(name: &str) -> RuleViolation {
    RuleViolation::from(Bilingual::message(
        "rules-eligibility-hasNoVotingRight",
        &[("name", name.into())],
    ))
}

/// The member with this id on the roll; the first one, should the roll name a member twice.
pub(super) fn find_voter(roll: &[Voter], member_id: Uuid) -> Option<&Voter> {
    roll.iter().find(|voter| voter.member_id == member_id)
}

/// Whether a member who is not present is represented: their proxy holder is another member on
/// the roll who is present.
pub(super) fn is_represented(roll: &[Voter], voter: &Voter) -> bool {
    !voter.attendance.is_present()
        && voter.proxy_holder.is_some_and(|holder_id| {
            holder_id != voter.member_id
                && find_voter(roll, holder_id).is_some_and(|holder| holder.attendance.is_present())
        })
}
