//! Every sentence the rules print, in Danish and English: the quorum line, each majority rule,
//! each poll outcome. The logic lives in `quorum.rs` and `poll.rs`; they describe what happened
//! with the small enums below, and this file picks the catalogue's `rules-*` messages
//! (gavel-messages, `locales/*/rules.ftl`) that word it and fills in their figures.
//!
//! Conventions (kept by the messages): Danish quotes are »guillemets«, English quotes are
//! “curly”; lists end with "og" / "and" without a serial comma; a count agrees with its noun
//! ("1 stemme", "2 stemmer"; "1 vote", "2 votes"); every text is one or more full sentences
//! ending with a full stop. Messages of [`RuleViolation`](super::RuleViolation) follow the same
//! conventions, except that the English ones (kept as they were first written, which tests and
//! scripts match) have no final full stop.
//!
//! A sentence that is put together from parts (a clause, a list of options, a second sentence)
//! gets the parts, worded in both languages, as arguments ([`Bilingual::composed_message`]).
//! Figures are passed as numbers, so that a message can choose the form of its noun; the terms
//! of a fraction ("2/3") and an option's or item's number are passed as text.

use gavel_messages::Argument;

use super::quorum::{AttendanceCount, Requirement};
use super::{
    Attendance, Bilingual, Majority, MajorityBase, Quorum, QuorumMeasure, RulesOfProcedure,
};

/// Figures are added up in `u64` so that no roll or totals can overflow; they are reported in the
/// `u32` fields of the results, where a figure beyond `u32::MAX` (never seen in a real meeting)
/// is shown as `u32::MAX` rather than wrapping.
pub(super) fn saturate(value: u64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// How a member who is not present is described in a message: "er fraværende" / "is absent",
/// "har forladt mødet" / "has left the meeting".
pub(super) fn not_present(attendance: Attendance) -> Bilingual {
    Bilingual::message(
        "rules-attendance",
        &[("attendance", attendance.as_str().into())],
    )
}

// ---------------------------------------------------------------------------------------------
// Quorum

/// "Beslutningsdygtig: 6 af 9 stemmeberettigede til stede (heraf 1 ved fuldmagt), kræver 5."
pub(super) fn quorum_text(
    is_quorate: bool,
    measure: QuorumMeasure,
    count: &AttendanceCount,
    requirement: &Requirement,
    proxies_count_as_present: bool,
) -> Bilingual {
    let verdict = Bilingual::message("rules-quorumVerdict", &[("quorate", yes_or_no(is_quorate))]);
    let figures = [
        ("present", count.present.into()),
        ("total", count.total.into()),
    ];
    let presence = match measure {
        QuorumMeasure::Members => Bilingual::message("rules-quorumMembersPresent", &figures),
        QuorumMeasure::VoteWeight => Bilingual::message("rules-quorumVoteWeightPresent", &figures),
    };
    // Say how many are there by proxy when they count, and that proxies were left out when they
    // do not, so the chair is not puzzled by a figure lower than the heads in the room.
    let remark = if proxies_count_as_present && count.by_proxy > 0 {
        Some(Bilingual::message(
            "rules-quorumByProxy",
            &[("count", count.by_proxy.into())],
        ))
    } else if count.uncounted_by_proxy > 0 {
        Some(Bilingual::message("rules-quorumProxiesNotCounted", &[]))
    } else {
        None
    };
    let presence = match remark {
        Some(remark) => Bilingual::composed_message(
            "rules-withRemark",
            &[],
            &[("text", &presence), ("remark", &remark)],
        ),
        None => presence,
    };
    let parts = [("verdict", &verdict), ("presence", &presence)];
    match *requirement {
        Requirement::NoneSet => {
            Bilingual::composed_message("rules-quorumNoRequirement", &[], &parts)
        }
        Requirement::AtLeast(required) => Bilingual::composed_message(
            "rules-quorumRequired",
            &[("required", required.into())],
            &parts,
        ),
        Requirement::Impossible {
            numerator,
            denominator,
        } => Bilingual::composed_message(
            "rules-quorumImpossible",
            &fraction(numerator, denominator),
            &parts,
        ),
    }
}

/// "Beslutningsdygtig, når mindst 1/2 af de stemmeberettigede er til stede; medlemmer
/// repræsenteret ved fuldmagt tæller med.": the quorum rule itself, with no meeting's figures.
pub(super) fn quorum_rule(quorum: &Quorum, proxies_count_as_present: bool) -> Bilingual {
    let condition = match *quorum {
        Quorum::None => {
            return Bilingual::message("rules-theRulesOfProcedureSet", &[]);
        }
        Quorum::AtLeastCount {
            count,
            measure: QuorumMeasure::Members,
        } => Bilingual::message("rules-quorumRuleMembers", &[("count", count.into())]),
        Quorum::AtLeastCount {
            count,
            measure: QuorumMeasure::VoteWeight,
        } => Bilingual::message("rules-quorumRuleVoteWeight", &[("count", count.into())]),
        Quorum::AtLeastFraction {
            numerator,
            denominator,
            measure,
        }
        | Quorum::MoreThanFraction {
            numerator,
            denominator,
            measure,
        } => {
            let [numerator, denominator] = fraction(numerator, denominator);
            let more_than = (
                "more_than",
                yes_or_no(matches!(quorum, Quorum::MoreThanFraction { .. })),
            );
            let arguments = [numerator, denominator, more_than];
            match measure {
                QuorumMeasure::Members => {
                    Bilingual::message("rules-quorumRuleShareOfMembers", &arguments)
                }
                QuorumMeasure::VoteWeight => {
                    Bilingual::message("rules-quorumRuleShareOfVoteWeight", &arguments)
                }
            }
        }
    };
    Bilingual::composed_message(
        "rules-quorumRule",
        &[("proxies_count", yes_or_no(proxies_count_as_present))],
        &[("condition", &condition)],
    )
}

/// "Et fremmødt medlem kan stemme for højst 1 fraværende medlem ved fuldmagt."
pub(super) fn proxy_rule(max_proxies_per_holder: u32, proxies_count_as_present: bool) -> Bilingual {
    if max_proxies_per_holder == 0 {
        return Bilingual::message("rules-proxiesAreNotAllowed", &[]);
    }
    Bilingual::message(
        "rules-proxyRule",
        &[
            ("count", max_proxies_per_holder.into()),
            ("counted_as_present", yes_or_no(proxies_count_as_present)),
        ],
    )
}

// ---------------------------------------------------------------------------------------------
// Rules of a poll

/// The figures behind a majority whose base comes from the roll rather than from the votes:
/// (votes needed, base), printed as "(7 af 10)".
pub(super) type BaseFigures = Option<(u64, u64)>;

/// Whether a yes/no poll's rule names blank votes: when the poll had any, or when the rules
/// count them otherwise than abstentions. (A poll without blank votes reads as it did before
/// yes/no polls had them.)
fn names_blank_votes(rules: &RulesOfProcedure, blank_votes_cast: bool) -> bool {
    blank_votes_cast || rules.blank_votes_count_as_cast != rules.abstentions_count_as_cast
}

/// What abstentions or blank votes do when they count as votes cast.
#[derive(Debug, Clone, Copy)]
enum CountedAsCast {
    /// Under a majority: they count, in effect, against.
    CountAgainst,
    /// Under unanimity: they prevent it.
    PreventUnanimity,
}

/// How abstentions (and blank votes, when named) count towards the votes cast:
/// "undladelser tælles ikke med", "undladelser og blanke stemmer tælles som afgivne stemmer og
/// virker derfor som stemmer imod", "undladelser tælles ikke med; blanke stemmer …".
fn counting_clause(
    rules: &RulesOfProcedure,
    name_blanks: bool,
    effect: CountedAsCast,
) -> Bilingual {
    let clause = |counted: bool, votes: &'static str| {
        let arguments = [("votes", Argument::from(votes))];
        match (counted, effect) {
            (false, _) => Bilingual::message("rules-votesNotCounted", &arguments),
            (true, CountedAsCast::CountAgainst) => {
                Bilingual::message("rules-votesCountAsAgainst", &arguments)
            }
            (true, CountedAsCast::PreventUnanimity) => {
                Bilingual::message("rules-votesCountAndPreventUnanimity", &arguments)
            }
        }
    };
    if !name_blanks {
        return clause(rules.abstentions_count_as_cast, "abstentions");
    }
    if rules.abstentions_count_as_cast == rules.blank_votes_count_as_cast {
        return clause(rules.abstentions_count_as_cast, "abstentions_and_blank");
    }
    let abstentions = clause(rules.abstentions_count_as_cast, "abstentions");
    let blank = clause(rules.blank_votes_count_as_cast, "blank");
    Bilingual::composed_message(
        "rules-twoClauses",
        &[],
        &[("first", &abstentions), ("second", &blank)],
    )
}

/// "Kræver simpelt flertal af de afgivne stemmer; undladelser tælles ikke med. Ved stemmelighed
/// er formandens stemme afgørende." `blank_votes_cast`: the poll had blank votes, so the rule
/// says how they count.
pub(super) fn yes_no_rule(
    rules: &RulesOfProcedure,
    majority: &Majority,
    base_figures: BaseFigures,
    weighted: bool,
    blank_votes_cast: bool,
) -> Bilingual {
    let name_blanks = names_blank_votes(rules, blank_votes_cast);
    // Under a majority of those present or of all members, not voting for is, in effect,
    // against; the messages say so, naming blank votes when `blank_named` is "yes".
    let blank_named = ("blank_named", yes_or_no(name_blanks));
    let figures = figures_in_parentheses(base_figures);
    let figures = [("figures", &figures)];
    let counting = || counting_clause(rules, name_blanks, CountedAsCast::CountAgainst);
    let tie = Bilingual::message(
        "rules-yesNoTieRule",
        &[("casting_vote", yes_or_no(rules.chair_has_casting_vote))],
    );
    let rule = match *majority {
        Majority::MoreThanHalf {
            base: MajorityBase::VotesCast,
        } => sentences(
            &Bilingual::composed_message(
                "rules-yesNoSimpleMajority",
                &[],
                &[("counting", &counting())],
            ),
            &tie,
        ),
        Majority::Plurality => {
            let votes = if name_blanks {
                "abstentions_and_blank"
            } else {
                "abstentions"
            };
            let not_counted =
                Bilingual::message("rules-votesNotCounted", &[("votes", votes.into())]);
            sentences(
                &Bilingual::composed_message(
                    "rules-yesNoPlurality",
                    &[],
                    &[("counting", &not_counted)],
                ),
                &tie,
            )
        }
        Majority::MoreThanHalf {
            base: MajorityBase::Present,
        } => Bilingual::composed_message(
            "rules-yesNoMoreThanHalfOfPresent",
            &[blank_named],
            &figures,
        ),
        Majority::MoreThanHalf {
            base: MajorityBase::AllVotingMembers,
        } => Bilingual::composed_message("rules-yesNoAbsoluteMajority", &[blank_named], &figures),
        Majority::Qualified {
            numerator,
            denominator,
            base,
        } => {
            let [numerator, denominator] = fraction(numerator, denominator);
            match base {
                MajorityBase::VotesCast => Bilingual::composed_message(
                    "rules-yesNoQualifiedOfCast",
                    &[numerator, denominator],
                    &[("counting", &counting())],
                ),
                MajorityBase::Present => Bilingual::composed_message(
                    "rules-yesNoQualifiedOfPresent",
                    &[numerator, denominator, blank_named],
                    &figures,
                ),
                MajorityBase::AllVotingMembers => Bilingual::composed_message(
                    "rules-yesNoQualifiedOfAll",
                    &[numerator, denominator, blank_named],
                    &figures,
                ),
            }
        }
        Majority::Unanimity => {
            let counting = counting_clause(rules, name_blanks, CountedAsCast::PreventUnanimity);
            let counting = [("counting", &counting)];
            if rules.abstentions_count_as_cast {
                Bilingual::composed_message("rules-yesNoUnanimityOfVotesCast", &[], &counting)
            } else {
                Bilingual::composed_message("rules-yesNoUnanimityNoneAgainst", &[], &counting)
            }
        }
        Majority::UnanimityOfAll => {
            Bilingual::composed_message("rules-yesNoUnanimityOfAll", &[], &figures)
        }
    };
    with_weight_note(rule, weighted)
}

/// "Den mulighed, der får flest stemmer, er valgt (relativt flertal); blanke stemmer tælles ikke
/// med. Ved stemmelighed er formandens stemme afgørende."
pub(super) fn choice_rule(
    rules: &RulesOfProcedure,
    majority: &Majority,
    base_figures: BaseFigures,
    weighted: bool,
) -> Bilingual {
    let blank_counted = ("blank_counted", yes_or_no(rules.blank_votes_count_as_cast));
    let figures = figures_in_parentheses(base_figures);
    let figures = [("figures", &figures)];
    // A rule with a threshold says what happens when no option reaches it.
    let or_none_chosen = |rule: Bilingual| {
        sentences(
            &rule,
            &Bilingual::message("rules-choiceOtherwiseNoneChosen", &[]),
        )
    };
    let rule = match *majority {
        Majority::Plurality => sentences(
            &Bilingual::message("rules-choicePlurality", &[]),
            &Bilingual::message(
                "rules-choiceTieRule",
                &[("casting_vote", yes_or_no(rules.chair_has_casting_vote))],
            ),
        ),
        Majority::MoreThanHalf { base } => or_none_chosen(match base {
            MajorityBase::VotesCast => {
                Bilingual::message("rules-choiceMoreThanHalfOfCast", &[blank_counted])
            }
            MajorityBase::Present => {
                Bilingual::composed_message("rules-choiceMoreThanHalfOfPresent", &[], &figures)
            }
            MajorityBase::AllVotingMembers => {
                Bilingual::composed_message("rules-choiceAbsoluteMajority", &[], &figures)
            }
        }),
        Majority::Qualified {
            numerator,
            denominator,
            base,
        } => {
            let [numerator, denominator] = fraction(numerator, denominator);
            or_none_chosen(match base {
                MajorityBase::VotesCast => Bilingual::message(
                    "rules-choiceQualifiedOfCast",
                    &[numerator, denominator, blank_counted],
                ),
                MajorityBase::Present => Bilingual::composed_message(
                    "rules-choiceQualifiedOfPresent",
                    &[numerator, denominator],
                    &figures,
                ),
                MajorityBase::AllVotingMembers => Bilingual::composed_message(
                    "rules-choiceQualifiedOfAll",
                    &[numerator, denominator],
                    &figures,
                ),
            })
        }
        Majority::Unanimity => Bilingual::message("rules-choiceUnanimity", &[blank_counted]),
        Majority::UnanimityOfAll => or_none_chosen(Bilingual::composed_message(
            "rules-choiceUnanimityOfAll",
            &[],
            &figures,
        )),
    };
    with_weight_note(rule, weighted)
}

/// "Prioritering ved pointfordeling: hver stemmeberettiget fordeler op til 10 point på sagerne, …"
pub(super) fn points_rule(points_per_voter: u32, weighted: bool) -> Bilingual {
    let rule = Bilingual::message("rules-pointsRule", &[("points", points_per_voter.into())]);
    with_weight_note(
        sentences(&rule, &Bilingual::message("rules-tiesKeepOrder", &[])),
        weighted,
    )
}

/// "Rangordning optalt efter Borda-metoden: med 5 sager giver 1.-pladsen 4 point, sidstepladsen 0."
pub(super) fn borda_rule(items: usize, weighted: bool) -> Bilingual {
    let items = u64::try_from(items).unwrap_or(u64::MAX);
    let rule = Bilingual::message(
        "rules-bordaRule",
        &[
            ("items", items.into()),
            ("first_place", items.saturating_sub(1).into()),
        ],
    );
    with_weight_note(
        sentences(&rule, &Bilingual::message("rules-tiesKeepOrder", &[])),
        weighted,
    )
}

// ---------------------------------------------------------------------------------------------
// Outcomes

/// Why a tie was not broken by the chair although the rules give the chair the casting vote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CastingVoteUnavailable {
    /// Hand-counted totals do not say how the chair voted.
    OnlyTotals,
    /// No member marked chair is present with voting right.
    NoVotingChairPresent,
    /// The chair (present, with voting right) did not vote for one of the tied sides.
    ChairNotOnATiedSide,
}

/// How a yes/no poll ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum YesNoSummary {
    NoVotes,
    Decided {
        carried: bool,
    },
    CastingVote {
        carried: bool,
    },
    /// A tie, not carried; `None` when the rules give the chair no casting vote.
    Tie(Option<CastingVoteUnavailable>),
}

/// "Vedtaget: 7 for, 2 imod, 1 undlod." Blank votes are counted apart from abstentions, when
/// there were any: "Vedtaget: 7 for, 2 imod, 1 undlod, 2 blanke."
pub(super) fn yes_no_summary(
    summary: YesNoSummary,
    [yes, no, abstain, blank]: [u64; 4],
) -> Bilingual {
    let votes = [
        ("yes", yes.into()),
        ("no", no.into()),
        ("abstain", abstain.into()),
        ("blank", blank.into()),
    ];
    let figures = if blank > 0 {
        Bilingual::message("rules-yesNoFiguresWithBlank", &votes)
    } else {
        Bilingual::message("rules-yesNoFigures", &votes[..3])
    };
    let figures = [("figures", &figures)];
    match summary {
        YesNoSummary::NoVotes => Bilingual::message("rules-notCarriedNoVotesCast", &[]),
        YesNoSummary::Decided { carried: true } => {
            Bilingual::composed_message("rules-yesNoCarried", &[], &figures)
        }
        YesNoSummary::Decided { carried: false } => {
            Bilingual::composed_message("rules-yesNoNotCarried", &[], &figures)
        }
        YesNoSummary::CastingVote { carried: true } => {
            Bilingual::composed_message("rules-yesNoCarriedByCastingVote", &[], &figures)
        }
        YesNoSummary::CastingVote { carried: false } => {
            Bilingual::composed_message("rules-yesNoNotCarriedByCastingVote", &[], &figures)
        }
        YesNoSummary::Tie(why) => {
            let tie = Bilingual::composed_message("rules-yesNoTie", &[], &figures);
            let why = match why {
                None => return tie,
                Some(CastingVoteUnavailable::OnlyTotals) => {
                    Bilingual::message("rules-castingVoteNeedsNamedBallots", &[])
                }
                Some(CastingVoteUnavailable::NoVotingChairPresent) => {
                    Bilingual::message("rules-castingVoteNoVotingChairPresent", &[])
                }
                Some(CastingVoteUnavailable::ChairNotOnATiedSide) => {
                    Bilingual::message("rules-castingVoteChairVotedNeitherForNorAgainst", &[])
                }
            };
            sentences(&tie, &why)
        }
    }
}

/// How a choice poll ended. Option indexes are positions in the poll's options.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChoiceSummary {
    NoVotes,
    OnlyBlank,
    Winner {
        index: usize,
    },
    CastingVote {
        index: usize,
        tied_with: Vec<usize>,
    },
    /// A tie for first place; `why` is `None` when the rule has no casting vote.
    Tie {
        leaders: Vec<usize>,
        why: Option<CastingVoteUnavailable>,
    },
    BelowThreshold {
        leaders: Vec<usize>,
        needed: u64,
    },
    NotUnanimous {
        leaders: Vec<usize>,
    },
}

/// The figures a choice summary quotes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ChoiceFigures<'a> {
    pub options: &'a [String],
    /// Votes per option.
    pub votes: &'a [u64],
    pub blank: u64,
    /// Whether blank votes count as votes cast.
    pub blank_counted: bool,
}

/// "Valgt: »Løsning B« med 6 af 10 stemmer."
///
/// "af 10" is the votes cast as the rule counts them: blank votes are included only when they
/// count as cast, and a sentence says how many blank votes there were.
pub(super) fn choice_summary(summary: &ChoiceSummary, figures: &ChoiceFigures<'_>) -> Bilingual {
    let option_votes: u64 = figures
        .votes
        .iter()
        .fold(0, |sum, votes| sum.saturating_add(*votes));
    let blank = figures.blank;
    let cast = if figures.blank_counted {
        option_votes.saturating_add(blank)
    } else {
        option_votes
    };
    let votes_of = |index: usize| figures.votes.get(index).copied().unwrap_or(0);
    let name = |index: usize| figures.options.get(index).map_or("?", String::as_str);
    let names = |indexes: &[usize]| {
        quoted_list(&indexes.iter().map(|index| name(*index)).collect::<Vec<_>>())
    };
    // The votes of the leading option(s), and whether there are several of them ("… hver").
    let leading = |leaders: &[usize]| {
        [
            (
                "votes",
                Argument::from(leaders.first().map_or(0, |index| votes_of(*index))),
            ),
            ("several", yes_or_no(leaders.len() > 1)),
        ]
    };
    let outcome = match summary {
        ChoiceSummary::NoVotes => return Bilingual::message("rules-choiceNoVotes", &[]),
        ChoiceSummary::OnlyBlank => {
            return Bilingual::message("rules-choiceOnlyBlank", &[("blank", blank.into())]);
        }
        ChoiceSummary::Winner { index } => Bilingual::message(
            "rules-choiceWinner",
            &[
                ("option", name(*index).into()),
                ("votes", votes_of(*index).into()),
                ("cast", cast.into()),
            ],
        ),
        ChoiceSummary::CastingVote { index, tied_with } => Bilingual::composed_message(
            "rules-choiceWinnerByCastingVote",
            &[
                ("option", name(*index).into()),
                ("votes", votes_of(*index).into()),
                ("cast", cast.into()),
            ],
            &[("tied_with", &names(tied_with))],
        ),
        ChoiceSummary::Tie { leaders, why } => {
            let [votes, _] = leading(leaders);
            let tie = Bilingual::composed_message(
                "rules-choiceTie",
                &[votes],
                &[("options", &names(leaders))],
            );
            let why = match why {
                None => None,
                Some(CastingVoteUnavailable::OnlyTotals) => Some(Bilingual::message(
                    "rules-castingVoteNeedsNamedBallots",
                    &[],
                )),
                Some(CastingVoteUnavailable::NoVotingChairPresent) => Some(Bilingual::message(
                    "rules-castingVoteNoVotingChairPresent",
                    &[],
                )),
                // English says "neither" of two and "none" of more.
                Some(CastingVoteUnavailable::ChairNotOnATiedSide) if leaders.len() == 2 => Some(
                    Bilingual::message("rules-castingVoteChairVotedForNeitherOption", &[]),
                ),
                Some(CastingVoteUnavailable::ChairNotOnATiedSide) => Some(Bilingual::message(
                    "rules-castingVoteChairVotedForNoTiedOption",
                    &[],
                )),
            };
            match why {
                Some(why) => sentences(&tie, &why),
                None => tie,
            }
        }
        ChoiceSummary::BelowThreshold { leaders, needed } => {
            let [votes, several] = leading(leaders);
            Bilingual::composed_message(
                "rules-choiceBelowThreshold",
                &[
                    ("needed", (*needed).into()),
                    votes,
                    ("cast", cast.into()),
                    several,
                ],
                &[("options", &names(leaders))],
            )
        }
        ChoiceSummary::NotUnanimous { leaders } => {
            let [votes, several] = leading(leaders);
            Bilingual::composed_message(
                "rules-choiceNotUnanimous",
                &[votes, ("cast", cast.into()), several],
                &[("options", &names(leaders))],
            )
        }
    };
    let blank_note = match (blank, figures.blank_counted) {
        (0, _) => return outcome,
        (_, false) => Bilingual::message("rules-choiceBlankNotCounted", &[("blank", blank.into())]),
        (_, true) => Bilingual::message("rules-choiceBlankCounted", &[("blank", blank.into())]),
    };
    sentences(&outcome, &blank_note)
}

/// "Rækkefølge: 1. MO-1420 (14 point), 2. MO-7 (9 point)."
pub(super) fn ranking_summary(items: &[String], scores: &[u64], ranking: &[usize]) -> Bilingual {
    if scores.iter().all(|score| *score == 0) {
        return Bilingual::message("rules-noPointsGivenTheItems", &[]);
    }
    let places: Vec<Bilingual> = ranking
        .iter()
        .enumerate()
        .map(|(place, index)| {
            Bilingual::message(
                "rules-rankingPlace",
                &[
                    ("place", (place + 1).into()),
                    ("item", items.get(*index).map_or("?", String::as_str).into()),
                    ("score", scores.get(*index).copied().unwrap_or(0).into()),
                ],
            )
        })
        .collect();
    Bilingual::composed_message(
        "rules-rankingSummary",
        &[],
        &[("places", &comma_separated(&places))],
    )
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/// "yes" or "no": the keys of a message's selector on a fact that holds or not.
fn yes_or_no(fact: bool) -> Argument<'static> {
    Argument::from(if fact { "yes" } else { "no" })
}

/// A fraction's terms as the rules of procedure write them ("2/3"), as text, so that a large
/// term is not grouped like a figure.
fn fraction(numerator: u32, denominator: u32) -> [(&'static str, Argument<'static>); 2] {
    [
        ("numerator", numerator.to_string().into()),
        ("denominator", denominator.to_string().into()),
    ]
}

/// `first`, then `second`: two sentences.
fn sentences(first: &Bilingual, second: &Bilingual) -> Bilingual {
    Bilingual::composed_message(
        "rules-twoSentences",
        &[],
        &[("first", first), ("second", second)],
    )
}

/// The parts one after another, separated by commas (the same in both languages).
fn comma_separated(parts: &[Bilingual]) -> Bilingual {
    let join = |danish: bool| {
        parts
            .iter()
            .map(|part| part.pick(danish))
            .collect::<Vec<_>>()
            .join(", ")
    };
    Bilingual {
        da: join(true),
        en: join(false),
    }
}

/// "»A«", "»A« og »B«", "»A«, »B« og »C«": options quoted, as a list.
fn quoted_list(options: &[&str]) -> Bilingual {
    let mut quoted: Vec<Bilingual> = options
        .iter()
        .map(|option| Bilingual::message("rules-quotedOption", &[("option", (*option).into())]))
        .collect();
    let Some(last) = quoted.pop() else {
        return Bilingual::default();
    };
    if quoted.is_empty() {
        return last;
    }
    Bilingual::composed_message(
        "rules-listLast",
        &[],
        &[("first", &comma_separated(&quoted)), ("last", &last)],
    )
}

fn figures_in_parentheses(base_figures: BaseFigures) -> Bilingual {
    match base_figures {
        Some((needed, base)) => Bilingual::message(
            "rules-figuresInParentheses",
            &[("base", base.into()), ("needed", needed.into())],
        ),
        None => Bilingual::default(),
    }
}

/// Adds, when some voting member's vote weight is not 1, that votes are weighted: the figures
/// in the summary are then not heads, and the minutes should say so.
fn with_weight_note(rule: Bilingual, weighted: bool) -> Bilingual {
    if weighted {
        sentences(&rule, &Bilingual::message("rules-votesWeighted", &[]))
    } else {
        rule
    }
}
