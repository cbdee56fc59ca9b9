//! Whether the meeting is quorate (beslutningsdygtig), recomputed from the roll call on every
//! change of attendance, with the reason in words.

use super::eligibility::is_represented;
use super::text::{quorum_text, saturate};
use super::{Quorum, QuorumMeasure, QuorumResult, RulesOfProcedure, Voter};

/// Whether the meeting is quorate under `rules`, with the figures and the reason in Danish and
/// English, e.g. "Beslutningsdygtig: 6 af 9 stemmeberettigede til stede, kræver 5."
///
/// Only members with voting right count. A member counts as present when their attendance is
/// `Present`, and — when the rules let proxies count as present — when they are not present but
/// their proxy holder is (see [`super::check_ballot_eligibility`]). Proxies are counted as the
/// roll records them; the cap on proxies is enforced when a proxy is given ([`super::check_proxy`]).
///
/// The requirement, in whole numbers only: `AtLeastCount` needs `count`; `AtLeastFraction` n/d
/// needs ⌈total·n/d⌉; `MoreThanFraction` n/d needs ⌊total·n/d⌋ + 1; `None` needs nothing.
///
/// Decisions the rules leave open:
/// - Under every rule but `Quorum::None` at least one voting member (one unit of vote weight)
///   must be present, even when the rule works out at 0 (e.g. `AtLeastCount { count: 0 }`, or a
///   group with no voting members): a meeting where nobody may vote cannot decide anything.
/// - A fraction with denominator 0 cannot be met: the meeting is never quorate, `required` is
///   reported as one more than `total`, and the text says that the rules of procedure need to be
///   corrected. This function never panics.
pub fn quorum(rules: &RulesOfProcedure, roll: &[Voter]) -> QuorumResult {
    let measure = match rules.quorum {
        Quorum::None => QuorumMeasure::Members,
        Quorum::AtLeastCount { measure, .. }
        | Quorum::AtLeastFraction { measure, .. }
        | Quorum::MoreThanFraction { measure, .. } => measure,
    };
    let count = count_attendance(roll, measure, rules.proxies_count_as_present);
    let requirement = requirement(&rules.quorum, count.total);
    let (is_quorate, required) = match requirement {
        Requirement::NoneSet => (true, 0),
        Requirement::AtLeast(required) => (count.present >= required, required),
        Requirement::Impossible { .. } => (false, count.total.saturating_add(1)),
    };
    QuorumResult {
        is_quorate,
        present: saturate(count.present),
        required: saturate(required),
        total: saturate(count.total),
        text: quorum_text(
            is_quorate,
            measure,
            &count,
            &requirement,
            rules.proxies_count_as_present,
        ),
    }
}

/// The voting members present and in all, in heads or in vote weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct AttendanceCount {
    /// Present, including those represented by proxy when proxies count as present.
    pub present: u64,
    /// The part of `present` that is there by proxy.
    pub by_proxy: u64,
    /// Members represented by a present proxy holder who are not counted because the rules do
    /// not let proxies count as present.
    pub uncounted_by_proxy: u64,
    /// All voting members.
    pub total: u64,
}

/// Counts the voting members of `roll`: heads for `Members`, vote weight for `VoteWeight`.
pub(super) fn count_attendance(
    roll: &[Voter],
    measure: QuorumMeasure,
    proxies_count_as_present: bool,
) -> AttendanceCount {
    let mut count = AttendanceCount {
        present: 0,
        by_proxy: 0,
        uncounted_by_proxy: 0,
        total: 0,
    };
    for voter in roll.iter().filter(|voter| voter.voting_right) {
        let amount = match measure {
            QuorumMeasure::Members => 1,
            QuorumMeasure::VoteWeight => u64::from(voter.vote_weight),
        };
        count.total = count.total.saturating_add(amount);
        if voter.attendance.is_present() {
            count.present = count.present.saturating_add(amount);
        } else if is_represented(roll, voter) {
            if proxies_count_as_present {
                count.present = count.present.saturating_add(amount);
                count.by_proxy = count.by_proxy.saturating_add(amount);
            } else {
                count.uncounted_by_proxy = count.uncounted_by_proxy.saturating_add(amount);
            }
        }
    }
    count
}

/// What the quorum rule asks for, given the total.
pub(super) enum Requirement {
    /// `Quorum::None`.
    NoneSet,
    /// At least this many members (or this much vote weight) present.
    AtLeast(u64),
    /// A fraction with denominator 0.
    Impossible { numerator: u32, denominator: u32 },
}

fn requirement(quorum: &Quorum, total: u64) -> Requirement {
    let (numerator, denominator, more_than) = match *quorum {
        Quorum::None => return Requirement::NoneSet,
        Quorum::AtLeastCount { count, .. } => return Requirement::AtLeast(u64::from(count).max(1)),
        Quorum::AtLeastFraction {
            numerator,
            denominator,
            ..
        } => (numerator, denominator, false),
        Quorum::MoreThanFraction {
            numerator,
            denominator,
            ..
        } => (numerator, denominator, true),
    };
    if denominator == 0 {
        return Requirement::Impossible {
            numerator,
            denominator,
        };
    }
    // u64 × u32 fits in u128, so nothing here can overflow.
    let product = u128::from(total) * u128::from(numerator);
    let denominator_wide = u128::from(denominator);
    let required = if more_than {
        product / denominator_wide + 1
    } else {
        product.div_ceil(denominator_wide)
    };
    Requirement::AtLeast(u64::try_from(required).unwrap_or(u64::MAX).max(1))
}
