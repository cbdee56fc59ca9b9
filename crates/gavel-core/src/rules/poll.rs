//! What a poll's ballots add up to under the group's rules of procedure: the ballots are checked
//! against the poll and the roll, tallied by vote weight, and the outcome is decided by the
//! poll's majority, with the rule and the result in words.

use std::collections::HashSet;

use gavel_messages::Argument;
use uuid::Uuid;

use super::eligibility::{find_voter, no_voting_right, not_on_roll};
use super::quorum::count_attendance;
use super::recorded::{HowItEnded, ResultFacts};
use super::text::{
    BaseFigures, CastingVoteUnavailable, ChoiceFigures, ChoiceSummary, YesNoSummary, borda_rule,
    choice_rule, choice_summary, points_rule, ranking_summary, saturate, yes_no_rule,
    yes_no_summary,
};
use super::{
    Ballot, Ballots, Bilingual, Majority, MajorityBase, PollKind, PollOutcome, PollResult,
    QuorumMeasure, RuleViolation, RulesOfProcedure, Totals, Voter,
};

/// Computes a poll's result under `rules`, with `majority` (the poll's own, or the rules'
/// default), from named ballots or hand-counted totals.
///
/// **Checks** (the first failure is returned, nothing is computed):
/// - a `Qualified` majority with denominator 0, a choice poll without options, a prioritisation
///   poll without items or with 0 points per voter;
/// - every named ballot: the member has voting right (whether they may vote *now* is checked
///   when the ballot is cast, with [`super::check_ballot_eligibility`]), has only
///   one ballot, and the ballot fits the poll — yes/no takes `Yes`/`No`/`Abstain`/`Blank`; choice takes
///   an `Option` in range or `Blank`; points take `Points` with one entry per item summing to at
///   most `points_per_voter`, or `Blank`; ranking takes a `Ranking` naming every item exactly
///   once, or `Blank`;
/// - totals of the shape of the poll (yes/no totals; one count per option; one score per item).
///   Totals are otherwise taken as given: they are the hand count, already weighted.
///
/// **Tally**: each named ballot counts with the vote weight of the member it is cast for.
///
/// **Yes/no**: let *cast* be for + against, plus abstentions when the rules count them as cast,
/// plus blank votes when the rules count those (`blank_votes_count_as_cast`, apart from
/// abstentions).
/// - `MoreThanHalf { VotesCast }` (simple majority): carried when for·2 > cast.
/// - `MoreThanHalf { Present | AllVotingMembers }`: carried when for·2 > base, where the base is
///   the vote weight present (counting proxies as the quorum does) or of all voting members.
/// - `Qualified { n, d, base }`: carried when for·d ≥ n·base (base as above, or cast).
/// - `Unanimity`: no vote against, at least one for, and no abstention (blank vote) when
///   abstentions (blank votes) count.
/// - `UnanimityOfAll`: the votes for are the whole vote weight of all voting members.
/// - `Plurality` is meant for choice polls; on a yes/no poll it means more for than against,
///   abstentions aside.
/// - Nothing is ever carried without at least one vote for; no ballots at all (or totals of 0)
///   is "not carried: no votes cast".
///
/// **Ties and the casting vote**: only the simple majority of votes cast and the plurality have
/// ties. A tie is when the votes for are exactly half of cast — with abstentions not counted,
/// as many for as against; with abstentions counted as cast, they stand with the votes against.
/// When the rules give the chair the casting vote, the ballots are named, and the chair — the
/// first member of the roll marked chair who has voting right and is present (the casting vote
/// is not exercised by proxy) — voted yes or no, the chair's side wins and `casting_vote_used`
/// is set. Otherwise a tie is not carried, and the summary says why the casting vote could not
/// be used. An absolute or qualified majority has no tie: half is not enough.
///
/// **Choice**: votes per option, then blank. Blank votes count as cast only when the rules
/// count blank votes as cast. `Plurality`: the most votes win; a tie for first goes to the
/// chair's casting vote as above when the chair voted for one of the tied options. `MoreThanHalf`
/// and `Qualified`: the leading option wins when it alone reaches the threshold over its base.
/// `Unanimity`: every vote cast (blank ones too, when they count) is for the same option.
/// `UnanimityOfAll`: the whole vote weight of all voting members is for the same option.
/// Otherwise no option is chosen.
///
/// **Points** (cumulative voting, pointfordeling) and **ranking** (the Borda count: with n items
/// a ballot gives n−1 points to its first choice, 0 to its last): a score per item; the ranking
/// orders the items by score, ties in the order the items were listed. Blank ballots add
/// nothing. The majority does not apply and is not checked.
pub fn poll_result(
    rules: &RulesOfProcedure,
    majority: &Majority,
    kind: &PollKind,
    roll: &[Voter],
    ballots: Ballots<'_>,
) -> Result<PollResult, RuleViolation> {
    let tallied = tally(majority, kind, roll, &ballots)?;
    let weighted = roll
        .iter()
        .any(|voter| voter.voting_right && voter.vote_weight != 1);
    let ranked_facts = || ResultFacts::new(rules, majority, weighted, None, HowItEnded::Ranked);
    Ok(match (kind, tallied) {
        (PollKind::YesNo, Tallied::YesNo(tally)) => {
            yes_no_result(rules, majority, roll, &ballots, tally, weighted)
        }
        (PollKind::Choice { options }, Tallied::Choice(tally)) => {
            choice_result(rules, majority, options, roll, &ballots, &tally, weighted)
        }
        (
            PollKind::Points {
                items,
                points_per_voter,
            },
            Tallied::Scores(scores),
        ) => ranked_result(
            items,
            &scores,
            points_rule(*points_per_voter, weighted),
            ranked_facts(),
        ),
        (PollKind::Ranking { items }, Tallied::Scores(scores)) => ranked_result(
            items,
            &scores,
            borda_rule(items.len(), weighted),
            ranked_facts(),
        ),
        _ => unreachable!("tally() tallies each kind of poll in its own shape"),
    })
}

/// Whether `ballots` fit the poll: every check [`poll_result`] makes, without working out and
/// wording a result. A ballot cast (or imported) is checked this way, once per ballot: a
/// million-event import checks about a million of them.
pub fn check_poll_ballots(
    majority: &Majority,
    kind: &PollKind,
    roll: &[Voter],
    ballots: Ballots<'_>,
) -> Result<(), RuleViolation> {
    tally(majority, kind, roll, &ballots).map(|_| ())
}

/// The ballots added up, in the shape of the poll's kind.
enum Tallied {
    YesNo([u64; 4]),
    Choice(ChoiceTally),
    /// Points and ranking polls: a score per item.
    Scores(Vec<u64>),
}

/// The checks of [`poll_result`], then the tally: the one place both start from.
fn tally(
    majority: &Majority,
    kind: &PollKind,
    roll: &[Voter],
    ballots: &Ballots<'_>,
) -> Result<Tallied, RuleViolation> {
    match kind {
        PollKind::YesNo => {
            check_majority(majority)?;
            Ok(Tallied::YesNo(yes_no_tally(roll, ballots)?))
        }
        PollKind::Choice { options } => {
            check_majority(majority)?;
            if options.is_empty() {
                return Err(RuleViolation::from(Bilingual::message(
                    "rules-poll-theChoicePollHasNo",
                    &[],
                )));
            }
            Ok(Tallied::Choice(choice_tally(options.len(), roll, ballots)?))
        }
        PollKind::Points {
            items,
            points_per_voter,
        } => {
            if items.is_empty() {
                return Err(no_items());
            }
            if *points_per_voter == 0 {
                return Err(RuleViolation::from(Bilingual::message(
                    "rules-poll-thePointsPollGivesEach",
                    &[],
                )));
            }
            Ok(Tallied::Scores(points_tally(
                items.len(),
                *points_per_voter,
                roll,
                ballots,
            )?))
        }
        PollKind::Ranking { items } => {
            if items.is_empty() {
                return Err(no_items());
            }
            Ok(Tallied::Scores(borda_tally(items, roll, ballots)?))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Checks and tallies

fn check_majority(majority: &Majority) -> Result<(), RuleViolation> {
    match *majority {
        Majority::Qualified {
            numerator,
            denominator: 0,
            ..
        } => Err(RuleViolation::from(Bilingual::message(
            "rules-poll-theMajority0HasDenominator",
            &[("numerator", numerator.to_string().into())],
        ))),
        _ => Ok(()),
    }
}

fn no_items() -> RuleViolation {
    RuleViolation::from(Bilingual::message(
        "rules-poll-thePrioritisationPollHasNo",
        &[],
    ))
}

/// The kind of a poll, as the messages name it (`$poll` in `rules-pollKind`).
#[derive(Debug, Clone, Copy)]
enum PollShape {
    YesNo,
    Choice,
    Points,
    Ranking,
}

impl PollShape {
    fn key(self) -> &'static str {
        match self {
            PollShape::YesNo => "yes_no",
            PollShape::Choice => "choice",
            PollShape::Points => "points",
            PollShape::Ranking => "ranking",
        }
    }

    /// The totals a poll of this kind is counted in (`$totals` in `rules-totalsKind`).
    fn totals_key(self) -> &'static str {
        match self {
            PollShape::YesNo => "yes_no",
            PollShape::Choice => "choice",
            PollShape::Points | PollShape::Ranking => "scores",
        }
    }
}

/// A named ballot with the member it is cast for.
struct NamedBallot<'r, 'b> {
    voter: &'r Voter,
    ballot: &'b Ballot,
}

impl NamedBallot<'_, '_> {
    fn weight(&self) -> u64 {
        u64::from(self.voter.vote_weight)
    }

    /// "Stemmen for Anne Larsen er »for«, men dette er et valg mellem muligheder: stemmen skal
    /// være en af mulighederne eller blank."
    fn wrong_kind(&self, poll: PollShape) -> RuleViolation {
        let poll_key = [("poll", Argument::from(poll.key()))];
        RuleViolation::from(Bilingual::composed_message(
            "rules-wrongBallot",
            &[("name", self.voter.name.as_str().into())],
            &[
                ("ballot", &ballot_kind(self.ballot)),
                ("poll", &Bilingual::message("rules-pollKind", &poll_key)),
                (
                    "expected",
                    &Bilingual::message("rules-ballotsOfPoll", &poll_key),
                ),
            ],
        ))
    }
}

/// Checks that every named ballot is cast for a member who may vote, once.
fn named_ballots<'r, 'b>(
    roll: &'r [Voter],
    named: &'b [(Uuid, Ballot)],
) -> Result<Vec<NamedBallot<'r, 'b>>, RuleViolation> {
    let mut seen = HashSet::with_capacity(named.len());
    let mut checked = Vec::with_capacity(named.len());
    for (member_id, ballot) in named {
        // Presence was checked when the ballot was cast (the store calls
        // `check_ballot_eligibility` then): a member who voted and then left the room still
        // counts, so only the voting right is checked here.
        let voter = find_voter(roll, *member_id).ok_or_else(|| not_on_roll(*member_id))?;
        if !voter.voting_right {
            return Err(no_voting_right(&voter.name));
        }
        if !seen.insert(*member_id) {
            return Err(RuleViolation::from(Bilingual::message(
                "rules-duplicateBallot",
                &[("name", voter.name.as_str().into())],
            )));
        }
        checked.push(NamedBallot { voter, ballot });
    }
    Ok(checked)
}

/// What a ballot is, as a refusal names it: "»for«" / "\"yes\"", "mulighed 2" / "option 2".
fn ballot_kind(ballot: &Ballot) -> Bilingual {
    let kind = match ballot {
        Ballot::Yes => "yes",
        Ballot::No => "no",
        Ballot::Abstain => "abstain",
        Ballot::Option { index } => {
            return Bilingual::message(
                "rules-ballotKind",
                &[
                    ("ballot", "option".into()),
                    ("index", index.to_string().into()),
                ],
            );
        }
        Ballot::Blank => "blank",
        Ballot::Points { .. } => "points",
        Ballot::Ranking { .. } => "ranking",
    };
    Bilingual::message("rules-ballotKind", &[("ballot", kind.into())])
}

/// Totals of another kind than the poll's.
fn wrong_totals(totals: &Totals, poll: PollShape) -> RuleViolation {
    let given = match totals {
        Totals::YesNo { .. } => "yes_no",
        Totals::Choice { .. } => "choice",
        Totals::Scores { .. } => "scores",
    };
    let totals_kind =
        |key: &'static str| Bilingual::message("rules-totalsKind", &[("totals", key.into())]);
    RuleViolation::from(Bilingual::composed_message(
        "rules-wrongTotals",
        &[],
        &[
            ("given", &totals_kind(given)),
            (
                "poll",
                &Bilingual::message("rules-pollKind", &[("poll", poll.key().into())]),
            ),
            ("expected", &totals_kind(poll.totals_key())),
        ],
    ))
}

fn add(sum: &mut u64, amount: u64) {
    *sum = sum.saturating_add(amount);
}

/// [for, against, abstain, blank], weighted.
fn yes_no_tally(roll: &[Voter], ballots: &Ballots<'_>) -> Result<[u64; 4], RuleViolation> {
    const POLL: PollShape = PollShape::YesNo;
    match ballots {
        Ballots::Totals(Totals::YesNo {
            yes,
            no,
            abstain,
            blank,
        }) => Ok([
            u64::from(*yes),
            u64::from(*no),
            u64::from(*abstain),
            u64::from(*blank),
        ]),
        Ballots::Totals(other) => Err(wrong_totals(other, POLL)),
        Ballots::Named(named) => {
            let mut tally = [0_u64; 4];
            for named in named_ballots(roll, named)? {
                let slot = match named.ballot {
                    Ballot::Yes => &mut tally[0],
                    Ballot::No => &mut tally[1],
                    Ballot::Abstain => &mut tally[2],
                    Ballot::Blank => &mut tally[3],
                    _ => return Err(named.wrong_kind(POLL)),
                };
                add(slot, named.weight());
            }
            Ok(tally)
        }
    }
}

/// A choice poll's weighted votes.
struct ChoiceTally {
    /// Per option.
    votes: Vec<u64>,
    blank: u64,
}

fn choice_tally(
    options: usize,
    roll: &[Voter],
    ballots: &Ballots<'_>,
) -> Result<ChoiceTally, RuleViolation> {
    const POLL: PollShape = PollShape::Choice;
    match ballots {
        Ballots::Totals(Totals::Choice { votes, blank }) => {
            if votes.len() != options {
                return Err(RuleViolation::from(Bilingual::message(
                    "rules-totalsOptionCount",
                    &[("given", votes.len().into()), ("options", options.into())],
                )));
            }
            Ok(ChoiceTally {
                votes: votes.iter().map(|votes| u64::from(*votes)).collect(),
                blank: u64::from(*blank),
            })
        }
        Ballots::Totals(other) => Err(wrong_totals(other, POLL)),
        Ballots::Named(named) => {
            let mut votes = vec![0_u64; options];
            let mut blank = 0_u64;
            for named in named_ballots(roll, named)? {
                match named.ballot {
                    Ballot::Option { index } => {
                        let slot = usize::try_from(*index)
                            .ok()
                            .and_then(|index| votes.get_mut(index))
                            .ok_or_else(|| {
                                RuleViolation::from(Bilingual::message(
                                    "rules-optionOutOfRange",
                                    &[
                                        ("name", named.voter.name.as_str().into()),
                                        ("index", index.to_string().into()),
                                        ("options", options.into()),
                                        ("last", options.saturating_sub(1).into()),
                                    ],
                                ))
                            })?;
                        add(slot, named.weight());
                    }
                    Ballot::Blank => add(&mut blank, named.weight()),
                    _ => return Err(named.wrong_kind(POLL)),
                }
            }
            Ok(ChoiceTally { votes, blank })
        }
    }
}

/// Total points per item, weighted.
fn points_tally(
    items: usize,
    points_per_voter: u32,
    roll: &[Voter],
    ballots: &Ballots<'_>,
) -> Result<Vec<u64>, RuleViolation> {
    const POLL: PollShape = PollShape::Points;
    match ballots {
        Ballots::Totals(Totals::Scores { scores }) => scores_from_totals(scores, items),
        Ballots::Totals(other) => Err(wrong_totals(other, POLL)),
        Ballots::Named(named) => {
            let mut scores = vec![0_u64; items];
            for named in named_ballots(roll, named)? {
                let points = match named.ballot {
                    Ballot::Points { points } => points,
                    Ballot::Blank => continue,
                    _ => return Err(named.wrong_kind(POLL)),
                };
                let name = &named.voter.name;
                if points.len() != items {
                    return Err(RuleViolation::from(Bilingual::message(
                        "rules-pointsItemCount",
                        &[
                            ("name", name.as_str().into()),
                            ("given", points.len().into()),
                            ("items", items.into()),
                        ],
                    )));
                }
                let given = points
                    .iter()
                    .fold(0_u64, |sum, points| sum.saturating_add(u64::from(*points)));
                if given > u64::from(points_per_voter) {
                    return Err(RuleViolation::from(Bilingual::message(
                        "rules-poll-theBallotForDistributesPoints",
                        &[
                            ("given", given.to_string().into()),
                            ("name", name.as_str().into()),
                            ("points_per_voter", points_per_voter.to_string().into()),
                        ],
                    )));
                }
                for (score, points) in scores.iter_mut().zip(points) {
                    add(score, named.weight().saturating_mul(u64::from(*points)));
                }
            }
            Ok(scores)
        }
    }
}

/// Borda points per item, weighted: with n items a ballot's first choice gets n−1, its last 0.
fn borda_tally(
    items: &[String],
    roll: &[Voter],
    ballots: &Ballots<'_>,
) -> Result<Vec<u64>, RuleViolation> {
    const POLL: PollShape = PollShape::Ranking;
    match ballots {
        Ballots::Totals(Totals::Scores { scores }) => scores_from_totals(scores, items.len()),
        Ballots::Totals(other) => Err(wrong_totals(other, POLL)),
        Ballots::Named(named) => {
            let mut scores = vec![0_u64; items.len()];
            for named in named_ballots(roll, named)? {
                let order = match named.ballot {
                    Ballot::Ranking { order } => order,
                    Ballot::Blank => continue,
                    _ => return Err(named.wrong_kind(POLL)),
                };
                let positions = check_ranking(items, order, &named.voter.name)?;
                for (position, index) in positions.into_iter().enumerate() {
                    let points = len(items.len().saturating_sub(1 + position));
                    if let Some(score) = scores.get_mut(index) {
                        add(score, named.weight().saturating_mul(points));
                    }
                }
            }
            Ok(scores)
        }
    }
}

/// The item indexes of a ranking ballot, best first, after checking that it names every item
/// exactly once.
fn check_ranking(
    items: &[String],
    order: &[u32],
    voter: &str,
) -> Result<Vec<usize>, RuleViolation> {
    let mut ranked = vec![false; items.len()];
    let mut positions = Vec::with_capacity(items.len());
    for index in order {
        let slot = usize::try_from(*index)
            .ok()
            .filter(|index| *index < items.len());
        let Some(slot) = slot else {
            return Err(RuleViolation::from(Bilingual::message(
                "rules-rankingItemOutOfRange",
                &[
                    ("name", voter.into()),
                    ("index", index.to_string().into()),
                    ("items", items.len().into()),
                    ("last", items.len().saturating_sub(1).into()),
                ],
            )));
        };
        if ranked[slot] {
            let item = &items[slot];
            return Err(RuleViolation::from(Bilingual::message(
                "rules-poll-theBallotForRanksMore",
                &[("item", item.into()), ("voter", voter.into())],
            )));
        }
        ranked[slot] = true;
        positions.push(slot);
    }
    if let Some(missing) = ranked.iter().position(|ranked| !ranked) {
        let item = &items[missing];
        return Err(RuleViolation::from(Bilingual::message(
            "rules-poll-theBallotForLeavesOut",
            &[("item", item.into()), ("voter", voter.into())],
        )));
    }
    Ok(positions)
}

fn scores_from_totals(scores: &[u32], items: usize) -> Result<Vec<u64>, RuleViolation> {
    if scores.len() != items {
        return Err(RuleViolation::from(Bilingual::message(
            "rules-totalsItemCount",
            &[("given", scores.len().into()), ("items", items.into())],
        )));
    }
    Ok(scores.iter().map(|score| u64::from(*score)).collect())
}

fn len(length: usize) -> u64 {
    u64::try_from(length).unwrap_or(u64::MAX)
}

// ---------------------------------------------------------------------------------------------
// Outcomes

/// The chair's ballot, for the casting vote.
enum ChairBallot<'b> {
    OnlyTotals,
    NoVotingChairPresent,
    /// `None` when the chair did not vote.
    Named(Option<&'b Ballot>),
}

/// The ballot of the chair: the first member of the roll marked chair who has voting right and
/// is present. A casting vote is the presiding chair's own; it is not exercised by proxy.
fn chair_ballot<'b>(roll: &[Voter], ballots: &Ballots<'b>) -> ChairBallot<'b> {
    let named = match ballots {
        Ballots::Totals(_) => return ChairBallot::OnlyTotals,
        Ballots::Named(named) => *named,
    };
    let chair = roll
        .iter()
        .find(|voter| voter.is_chair && voter.voting_right && voter.attendance.is_present());
    let Some(chair) = chair else {
        return ChairBallot::NoVotingChairPresent;
    };
    ChairBallot::Named(
        named
            .iter()
            .find(|(member_id, _)| *member_id == chair.member_id)
            .map(|(_, ballot)| ballot),
    )
}

/// The weight a majority is measured against, when it comes from the roll.
fn roll_base(rules: &RulesOfProcedure, roll: &[Voter], base: MajorityBase) -> Option<u64> {
    let count = count_attendance(
        roll,
        QuorumMeasure::VoteWeight,
        rules.proxies_count_as_present,
    );
    match base {
        MajorityBase::VotesCast => None,
        MajorityBase::Present => Some(count.present),
        MajorityBase::AllVotingMembers => Some(count.total),
    }
}

/// The votes a threshold majority needs out of `base`: more than half is ⌊base/2⌋ + 1, n/d is
/// ⌈base·n/d⌉. At least 1, so that nothing passes without a vote for it.
fn votes_needed(majority: &Majority, base: u64) -> u64 {
    let needed = match *majority {
        Majority::MoreThanHalf { .. } => base / 2 + 1,
        Majority::Qualified {
            numerator,
            denominator,
            ..
        } => {
            if denominator == 0 {
                // Refused by `check_majority` before we get here; never reachable.
                return u64::MAX;
            }
            let product = u128::from(base) * u128::from(numerator);
            u64::try_from(product.div_ceil(u128::from(denominator))).unwrap_or(u64::MAX)
        }
        Majority::UnanimityOfAll => base,
        Majority::Unanimity | Majority::Plurality => 1,
    };
    needed.max(1)
}

/// For a threshold majority: (the base, the figures to print when the base comes from the roll).
fn threshold_base(
    rules: &RulesOfProcedure,
    majority: &Majority,
    roll: &[Voter],
    cast: u64,
) -> Option<(u64, BaseFigures)> {
    let base = match *majority {
        Majority::MoreThanHalf { base } | Majority::Qualified { base, .. } => base,
        Majority::UnanimityOfAll => MajorityBase::AllVotingMembers,
        Majority::Unanimity | Majority::Plurality => return None,
    };
    Some(match roll_base(rules, roll, base) {
        Some(total) => (total, Some((votes_needed(majority, total), total))),
        None => (cast, None),
    })
}

fn yes_no_result(
    rules: &RulesOfProcedure,
    majority: &Majority,
    roll: &[Voter],
    ballots: &Ballots<'_>,
    tally: [u64; 4],
    weighted: bool,
) -> PollResult {
    let [yes, no, abstain, blank] = tally;
    let counted_if = |counts: bool, votes: u64| if counts { votes } else { 0 };
    let cast = yes
        .saturating_add(no)
        .saturating_add(counted_if(rules.abstentions_count_as_cast, abstain))
        .saturating_add(counted_if(rules.blank_votes_count_as_cast, blank));
    let threshold = threshold_base(rules, majority, roll, cast);
    let base_figures = threshold.and_then(|(_, figures)| figures);

    // (carried, tie) before any casting vote. Products are taken in u128 and cannot overflow.
    let double_yes = u128::from(yes) * 2;
    let (carried, tie) = match *majority {
        Majority::MoreThanHalf {
            base: MajorityBase::VotesCast,
        } => (
            double_yes > u128::from(cast),
            cast > 0 && double_yes == u128::from(cast),
        ),
        Majority::Plurality => (yes > no, yes > 0 && yes == no),
        Majority::Unanimity => {
            let abstentions_block = rules.abstentions_count_as_cast && abstain > 0;
            let blanks_block = rules.blank_votes_count_as_cast && blank > 0;
            (
                yes > 0 && no == 0 && !abstentions_block && !blanks_block,
                false,
            )
        }
        Majority::MoreThanHalf { .. } | Majority::Qualified { .. } | Majority::UnanimityOfAll => {
            let base = threshold.map_or(cast, |(base, _)| base);
            (yes > 0 && yes >= votes_needed(majority, base), false)
        }
    };

    let mut casting_vote_used = false;
    let summary = if yes == 0 && no == 0 && abstain == 0 && blank == 0 {
        YesNoSummary::NoVotes
    } else if !tie {
        YesNoSummary::Decided { carried }
    } else if !rules.chair_has_casting_vote {
        YesNoSummary::Tie(None)
    } else {
        match chair_ballot(roll, ballots) {
            ChairBallot::OnlyTotals => YesNoSummary::Tie(Some(CastingVoteUnavailable::OnlyTotals)),
            ChairBallot::NoVotingChairPresent => {
                YesNoSummary::Tie(Some(CastingVoteUnavailable::NoVotingChairPresent))
            }
            ChairBallot::Named(Some(Ballot::Yes)) => {
                casting_vote_used = true;
                YesNoSummary::CastingVote { carried: true }
            }
            ChairBallot::Named(Some(Ballot::No)) => {
                casting_vote_used = true;
                YesNoSummary::CastingVote { carried: false }
            }
            ChairBallot::Named(_) => {
                YesNoSummary::Tie(Some(CastingVoteUnavailable::ChairNotOnATiedSide))
            }
        }
    };
    let carried = match summary {
        YesNoSummary::NoVotes | YesNoSummary::Tie(_) => false,
        YesNoSummary::Decided { carried } | YesNoSummary::CastingVote { carried } => carried,
    };
    PollResult {
        outcome: if carried {
            PollOutcome::Carried
        } else {
            PollOutcome::NotCarried
        },
        // Blank votes get a place in the tally only when there were any: results recorded
        // before yes/no polls had blank votes have three places, and read the same.
        tally: tally[..if blank > 0 { 4 } else { 3 }]
            .iter()
            .map(|votes| saturate(*votes))
            .collect(),
        ranking: Vec::new(),
        casting_vote_used,
        rule: yes_no_rule(rules, majority, base_figures, weighted, blank > 0),
        summary: yes_no_summary(summary, tally),
        facts: Some(ResultFacts::new(
            rules,
            majority,
            weighted,
            base_figures,
            HowItEnded::YesNo(summary),
        )),
    }
}

fn choice_result(
    rules: &RulesOfProcedure,
    majority: &Majority,
    options: &[String],
    roll: &[Voter],
    ballots: &Ballots<'_>,
    tally: &ChoiceTally,
    weighted: bool,
) -> PollResult {
    let (votes, blank) = (tally.votes.as_slice(), tally.blank);
    let option_votes = votes
        .iter()
        .fold(0_u64, |sum, votes| sum.saturating_add(*votes));
    let cast = if rules.blank_votes_count_as_cast {
        option_votes.saturating_add(blank)
    } else {
        option_votes
    };
    let most = votes.iter().copied().max().unwrap_or(0);
    let leaders: Vec<usize> = (0..votes.len())
        .filter(|index| most > 0 && votes[*index] == most)
        .collect();
    let threshold = threshold_base(rules, majority, roll, cast);
    let base_figures = threshold.and_then(|(_, figures)| figures);

    let summary = if option_votes == 0 && blank == 0 {
        ChoiceSummary::NoVotes
    } else if option_votes == 0 {
        ChoiceSummary::OnlyBlank
    } else {
        match *majority {
            Majority::Plurality => match leaders.as_slice() {
                [index] => ChoiceSummary::Winner { index: *index },
                _ if !rules.chair_has_casting_vote => ChoiceSummary::Tie { leaders, why: None },
                _ => match chair_ballot(roll, ballots) {
                    ChairBallot::OnlyTotals => ChoiceSummary::Tie {
                        leaders,
                        why: Some(CastingVoteUnavailable::OnlyTotals),
                    },
                    ChairBallot::NoVotingChairPresent => ChoiceSummary::Tie {
                        leaders,
                        why: Some(CastingVoteUnavailable::NoVotingChairPresent),
                    },
                    ChairBallot::Named(ballot) => {
                        let chairs_choice = match ballot {
                            Some(Ballot::Option { index }) => usize::try_from(*index)
                                .ok()
                                .filter(|index| leaders.contains(index)),
                            _ => None,
                        };
                        match chairs_choice {
                            Some(index) => ChoiceSummary::CastingVote {
                                index,
                                tied_with: leaders
                                    .into_iter()
                                    .filter(|other| *other != index)
                                    .collect(),
                            },
                            None => ChoiceSummary::Tie {
                                leaders,
                                why: Some(CastingVoteUnavailable::ChairNotOnATiedSide),
                            },
                        }
                    }
                },
            },
            Majority::Unanimity => {
                let options_with_votes = votes.iter().filter(|votes| **votes > 0).count();
                let blank_blocks = rules.blank_votes_count_as_cast && blank > 0;
                match leaders.as_slice() {
                    [index] if options_with_votes == 1 && !blank_blocks => {
                        ChoiceSummary::Winner { index: *index }
                    }
                    _ => ChoiceSummary::NotUnanimous { leaders },
                }
            }
            Majority::MoreThanHalf { .. }
            | Majority::Qualified { .. }
            | Majority::UnanimityOfAll => {
                let base = threshold.map_or(cast, |(base, _)| base);
                let needed = votes_needed(majority, base);
                match leaders.as_slice() {
                    _ if most < needed => ChoiceSummary::BelowThreshold { leaders, needed },
                    [index] => ChoiceSummary::Winner { index: *index },
                    _ => ChoiceSummary::Tie { leaders, why: None },
                }
            }
        }
    };
    let (outcome, casting_vote_used) = match &summary {
        ChoiceSummary::Winner { index } => (
            PollOutcome::Winner {
                index: index_u32(*index),
            },
            false,
        ),
        ChoiceSummary::CastingVote { index, .. } => (
            PollOutcome::Winner {
                index: index_u32(*index),
            },
            true,
        ),
        _ => (PollOutcome::NoWinner, false),
    };
    let figures = ChoiceFigures {
        options,
        votes,
        blank,
        blank_counted: rules.blank_votes_count_as_cast,
    };
    PollResult {
        outcome,
        tally: votes
            .iter()
            .chain([&blank])
            .map(|votes| saturate(*votes))
            .collect(),
        ranking: Vec::new(),
        casting_vote_used,
        rule: choice_rule(rules, majority, base_figures, weighted),
        summary: choice_summary(&summary, &figures),
        facts: Some(ResultFacts::new(
            rules,
            majority,
            weighted,
            base_figures,
            HowItEnded::Choice(summary),
        )),
    }
}

/// A points or ranking poll's result; `facts` are the poll's (with `HowItEnded::Ranked`).
fn ranked_result(
    items: &[String],
    scores: &[u64],
    rule: super::Bilingual,
    facts: ResultFacts,
) -> PollResult {
    let mut ranking: Vec<usize> = (0..scores.len()).collect();
    // A stable sort keeps tied items in the order they were listed.
    ranking.sort_by(|a, b| scores[*b].cmp(&scores[*a]));
    PollResult {
        outcome: PollOutcome::Ranked,
        tally: scores.iter().map(|score| saturate(*score)).collect(),
        ranking: ranking.iter().map(|index| index_u32(*index)).collect(),
        casting_vote_used: false,
        rule,
        summary: ranking_summary(items, scores, &ranking),
        facts: Some(facts),
    }
}

fn index_u32(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}
