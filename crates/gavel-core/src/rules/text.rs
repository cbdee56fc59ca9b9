//! Every sentence the rules print, in Danish and English: the quorum line, each majority rule,
//! each poll outcome. The logic lives in `quorum.rs` and `poll.rs`; they describe what happened
//! with the small enums below, and this file words it.
//!
//! Conventions: Danish quotes are »guillemets«, English quotes are “curly”; lists end with "og" /
//! "and" without a serial comma; a count agrees with its noun ("1 stemme", "2 stemmer"; "1 vote",
//! "2 votes"); every text is one or more full sentences ending with a full stop.
//! Messages of [`RuleViolation`] follow the same conventions, except that the English ones (kept
//! as they were first written, which tests and scripts match) have no final full stop.

use super::quorum::{AttendanceCount, Requirement};
use super::{
    Attendance, Bilingual, Majority, MajorityBase, Quorum, QuorumMeasure, RuleViolation,
    RulesOfProcedure,
};

/// A text in both languages.
pub(super) fn bilingual(da: impl Into<String>, en: impl Into<String>) -> Bilingual {
    Bilingual::new(da, en)
}

/// A refused proxy or ballot, in Danish and English.
pub(super) fn violation(da: impl Into<String>, en: impl Into<String>) -> RuleViolation {
    RuleViolation {
        message: en.into(),
        message_da: da.into(),
    }
}

/// "1 proxy", "2 proxies": the singular for exactly one, the plural for any other count (also
/// for 0, as both languages do).
pub(super) fn counted(count: u64, singular: &str, plural: &str) -> String {
    format!("{count} {}", noun(count, singular, plural))
}

/// Figures are added up in `u64` so that no roll or totals can overflow; they are reported in the
/// `u32` fields of the results, where a figure beyond `u32::MAX` (never seen in a real meeting)
/// is shown as `u32::MAX` rather than wrapping.
pub(super) fn saturate(value: u64) -> u32 {
    u32::try_from(value).unwrap_or(u32::MAX)
}

/// How a member who is not present is described in a message: "is absent", "has left the
/// meeting".
pub(super) fn not_present_en(attendance: Attendance) -> &'static str {
    match attendance {
        Attendance::Unknown => "has not been marked present",
        Attendance::Present => "is present",
        Attendance::Absent => "is absent",
        Attendance::Excused => "is excused",
        Attendance::Left => "has left the meeting",
    }
}

/// The same in Danish: "er fraværende", "har forladt mødet".
pub(super) fn not_present_da(attendance: Attendance) -> &'static str {
    match attendance {
        Attendance::Unknown => "er ikke registreret som til stede",
        Attendance::Present => "er til stede",
        Attendance::Absent => "er fraværende",
        Attendance::Excused => "har meldt afbud",
        Attendance::Left => "har forladt mødet",
    }
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
    let (head_da, head_en) = if is_quorate {
        ("Beslutningsdygtig", "Quorate")
    } else {
        ("Ikke beslutningsdygtig", "Not quorate")
    };
    let (present, total) = (count.present, count.total);
    let (presence_da, presence_en) = match measure {
        QuorumMeasure::Members => (
            format!(
                "{present} af {total} {} til stede",
                noun(total, "stemmeberettiget", "stemmeberettigede")
            ),
            format!(
                "{present} of {total} voting {} present",
                noun(total, "member", "members")
            ),
        ),
        QuorumMeasure::VoteWeight => (
            format!("stemmevægt {present} af {total} til stede"),
            format!("vote weight {present} of {total} present"),
        ),
    };
    // Say how many are there by proxy when they count, and that proxies were left out when they
    // do not, so the chair is not puzzled by a figure lower than the heads in the room.
    let (proxies_da, proxies_en) = if proxies_count_as_present && count.by_proxy > 0 {
        let by_proxy = count.by_proxy;
        (
            format!(" (heraf {by_proxy} ved fuldmagt)"),
            format!(" ({by_proxy} by proxy)"),
        )
    } else if count.uncounted_by_proxy > 0 {
        (
            " (fuldmagter tæller ikke med)".to_owned(),
            " (proxies do not count)".to_owned(),
        )
    } else {
        (String::new(), String::new())
    };
    match *requirement {
        Requirement::NoneSet => bilingual(
            format!(
                "{head_da}: {presence_da}{proxies_da}; forretningsordenen stiller intet krav om \
                 beslutningsdygtighed."
            ),
            format!("{head_en}: {presence_en}{proxies_en}; the rules of procedure set no quorum."),
        ),
        Requirement::AtLeast(required) => bilingual(
            format!("{head_da}: {presence_da}{proxies_da}, kræver {required}."),
            format!("{head_en}: {presence_en}{proxies_en}, {required} required."),
        ),
        Requirement::Impossible {
            numerator,
            denominator,
        } => {
            let rule = fraction(numerator, denominator);
            bilingual(
                format!(
                    "{head_da}: {presence_da}{proxies_da}, men forretningsordenens krav om \
                     beslutningsdygtighed ({rule}) har nævneren 0 og kan ikke opfyldes; ret \
                     forretningsordenen."
                ),
                format!(
                    "{head_en}: {presence_en}{proxies_en}, but the quorum in the rules of \
                     procedure ({rule}) has denominator 0 and can never be met; correct the rules \
                     of procedure."
                ),
            )
        }
    }
}

/// "Beslutningsdygtig, når mindst 1/2 af de stemmeberettigede er til stede; medlemmer
/// repræsenteret ved fuldmagt tæller med.": the quorum rule itself, with no meeting's figures.
pub(super) fn quorum_rule(quorum: &Quorum, proxies_count_as_present: bool) -> Bilingual {
    let (da, en) = match *quorum {
        Quorum::None => {
            return crate::rules::Bilingual::message("coreRulesText-theRulesOfProcedureSet", &[]);
        }
        Quorum::AtLeastCount {
            count,
            measure: QuorumMeasure::Members,
        } => (
            format!(
                "Beslutningsdygtig, når mindst {count} {} er til stede",
                noun(count.into(), "stemmeberettiget", "stemmeberettigede")
            ),
            format!(
                "Quorate when at least {count} voting {} present",
                noun(count.into(), "member is", "members are")
            ),
        ),
        Quorum::AtLeastCount {
            count,
            measure: QuorumMeasure::VoteWeight,
        } => (
            format!("Beslutningsdygtig, når en stemmevægt på mindst {count} er til stede"),
            format!("Quorate when a vote weight of at least {count} is present"),
        ),
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
            let share = fraction(numerator, denominator);
            let (least_da, least_en) = if matches!(quorum, Quorum::MoreThanFraction { .. }) {
                ("mere end", "more than")
            } else {
                ("mindst", "at least")
            };
            match measure {
                QuorumMeasure::Members => (
                    format!(
                        "Beslutningsdygtig, når {least_da} {share} af de stemmeberettigede er til stede"
                    ),
                    format!("Quorate when {least_en} {share} of the voting members are present"),
                ),
                QuorumMeasure::VoteWeight => (
                    format!(
                        "Beslutningsdygtig, når {least_da} {share} af den samlede stemmevægt er til stede"
                    ),
                    format!("Quorate when {least_en} {share} of the total vote weight is present"),
                ),
            }
        }
    };
    if proxies_count_as_present {
        bilingual(
            format!("{da}; medlemmer repræsenteret ved fuldmagt tæller med."),
            format!("{en}; members represented by proxy count."),
        )
    } else {
        bilingual(format!("{da}."), format!("{en}."))
    }
}

/// "Et fremmødt medlem kan stemme for højst 1 fraværende medlem ved fuldmagt."
pub(super) fn proxy_rule(max_proxies_per_holder: u32, proxies_count_as_present: bool) -> Bilingual {
    if max_proxies_per_holder == 0 {
        return crate::rules::Bilingual::message("coreRulesText-proxiesAreNotAllowed", &[]);
    }
    let count = u64::from(max_proxies_per_holder);
    let (present_da, present_en) = if proxies_count_as_present {
        (
            " De repræsenterede tæller som til stede.",
            " Those represented count as present.",
        )
    } else {
        (
            " De repræsenterede tæller ikke som til stede.",
            " Those represented do not count as present.",
        )
    };
    bilingual(
        format!(
            "Et fremmødt medlem kan stemme for højst {} ved fuldmagt.{present_da}",
            counted(count, "fraværende medlem", "fraværende medlemmer")
        ),
        format!(
            "A member present may vote for at most {} by proxy.{present_en}",
            counted(count, "absent member", "absent members")
        ),
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

/// How abstentions (and blank votes, when named) count towards the votes cast:
/// "undladelser tælles ikke med", "undladelser og blanke stemmer tælles som afgivne stemmer og
/// virker derfor som stemmer imod", "undladelser tælles ikke med; blanke stemmer …". `effect` is
/// what counting them does: (da, en).
fn counting_clause(
    rules: &RulesOfProcedure,
    name_blanks: bool,
    (effect_da, effect_en): (&str, &str),
) -> (String, String) {
    let counts = |counted: bool, (what_da, what_en): (&str, &str)| {
        if counted {
            (
                format!("{what_da} tælles som afgivne stemmer og {effect_da}"),
                format!("{what_en} count as votes cast and {effect_en}"),
            )
        } else {
            (
                format!("{what_da} tælles ikke med"),
                format!("{what_en} are not counted"),
            )
        }
    };
    let abstentions = ("undladelser", "abstentions");
    if !name_blanks {
        return counts(rules.abstentions_count_as_cast, abstentions);
    }
    if rules.abstentions_count_as_cast == rules.blank_votes_count_as_cast {
        return counts(
            rules.abstentions_count_as_cast,
            (
                "undladelser og blanke stemmer",
                "abstentions and blank votes",
            ),
        );
    }
    let (abstentions_da, abstentions_en) = counts(rules.abstentions_count_as_cast, abstentions);
    let (blank_da, blank_en) = counts(
        rules.blank_votes_count_as_cast,
        ("blanke stemmer", "blank votes"),
    );
    (
        format!("{abstentions_da}; {blank_da}"),
        format!("{abstentions_en}; {blank_en}"),
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
    let (abstentions_da, abstentions_en) = counting_clause(
        rules,
        name_blanks,
        ("virker derfor som stemmer imod", "so, in effect, against"),
    );
    // Under a majority of those present or of all members, not voting for is, in effect, against.
    let (not_for_da, not_for_en) = if name_blanks {
        (
            "undladelser og blanke stemmer",
            "abstentions and blank votes",
        )
    } else {
        ("undladelser", "abstentions")
    };
    let (not_for_or_absent_da, not_for_or_absent_en) = if name_blanks {
        (
            "undladelser, blanke stemmer og fravær",
            "abstentions, blank votes and absences",
        )
    } else {
        ("undladelser og fravær", "abstentions and absences")
    };
    let (plurality_da, plurality_en) = if name_blanks {
        (
            "undladelser og blanke stemmer tælles ikke med",
            "abstentions and blank votes are not counted",
        )
    } else {
        ("undladelser tælles ikke med", "abstentions are not counted")
    };
    let (tie_da, tie_en) = if rules.chair_has_casting_vote {
        (
            "Ved stemmelighed er formandens stemme afgørende.",
            "In a tie the chair has the casting vote.",
        )
    } else {
        (
            "Ved stemmelighed er forslaget ikke vedtaget.",
            "In a tie the motion is not carried.",
        )
    };
    let figures = figures_in_parentheses(base_figures);
    let (da, en) = match *majority {
        Majority::MoreThanHalf {
            base: MajorityBase::VotesCast,
        } => (
            format!("Kræver simpelt flertal af de afgivne stemmer; {abstentions_da}. {tie_da}"),
            format!("Requires a simple majority of the votes cast; {abstentions_en}. {tie_en}"),
        ),
        Majority::Plurality => (
            format!(
                "Kræver relativt flertal: flere stemmer for end imod; {plurality_da}. {tie_da}"
            ),
            format!("Requires a plurality: more votes for than against; {plurality_en}. {tie_en}"),
        ),
        Majority::MoreThanHalf {
            base: MajorityBase::Present,
        } => (
            format!(
                "Kræver mere end halvdelen af de tilstedeværende stemmer{}; {not_for_da} tæller i \
                 praksis imod.",
                figures.da
            ),
            format!(
                "Requires more than half of the votes present{}; {not_for_en} in effect count \
                 against.",
                figures.en
            ),
        ),
        Majority::MoreThanHalf {
            base: MajorityBase::AllVotingMembers,
        } => (
            format!(
                "Kræver absolut flertal: mere end halvdelen af alle stemmeberettigedes stemmer{}; \
                 {not_for_or_absent_da} tæller i praksis imod.",
                figures.da
            ),
            format!(
                "Requires an absolute majority: more than half of the votes of all voting \
                 members{}; {not_for_or_absent_en} in effect count against.",
                figures.en
            ),
        ),
        Majority::Qualified {
            numerator,
            denominator,
            base,
        } => {
            let share = fraction(numerator, denominator);
            match base {
                MajorityBase::VotesCast => (
                    format!("Kræver {share} af de afgivne stemmer; {abstentions_da}."),
                    format!("Requires {share} of the votes cast; {abstentions_en}."),
                ),
                MajorityBase::Present => (
                    format!(
                        "Kræver {share} af de tilstedeværende stemmer{}; {not_for_da} tæller i \
                         praksis imod.",
                        figures.da
                    ),
                    format!(
                        "Requires {share} of the votes present{}; {not_for_en} in effect count \
                         against.",
                        figures.en
                    ),
                ),
                MajorityBase::AllVotingMembers => (
                    format!(
                        "Kræver {share} af alle stemmeberettigedes stemmer{}; \
                         {not_for_or_absent_da} tæller i praksis imod.",
                        figures.da
                    ),
                    format!(
                        "Requires {share} of the votes of all voting members{}; \
                         {not_for_or_absent_en} in effect count against.",
                        figures.en
                    ),
                ),
            }
        }
        Majority::Unanimity => {
            let (counting_da, counting_en) = counting_clause(
                rules,
                name_blanks,
                ("hindrer derfor vedtagelse", "so prevent it"),
            );
            if rules.abstentions_count_as_cast {
                (
                    format!("Kræver enstemmighed: alle afgivne stemmer for; {counting_da}."),
                    format!("Requires unanimity: every vote cast for; {counting_en}."),
                )
            } else {
                (
                    format!(
                        "Kræver enstemmighed: ingen stemmer imod og mindst én for; {counting_da}."
                    ),
                    format!(
                        "Requires unanimity: no votes against and at least one for; {counting_en}."
                    ),
                )
            }
        }
        Majority::UnanimityOfAll => (
            format!(
                "Kræver enstemmighed blandt alle stemmeberettigede: alle stemmer for{}; fravær, \
                 undladelser og blanke stemmer hindrer vedtagelse.",
                figures.da
            ),
            format!(
                "Requires unanimity of all voting members: every vote for{}; an absence, an \
                 abstention or a blank vote prevents it.",
                figures.en
            ),
        ),
    };
    with_weight_note(da, en, weighted)
}

/// "Den mulighed, der får flest stemmer, er valgt (relativt flertal); blanke stemmer tælles ikke
/// med. Ved stemmelighed er formandens stemme afgørende."
pub(super) fn choice_rule(
    rules: &RulesOfProcedure,
    majority: &Majority,
    base_figures: BaseFigures,
    weighted: bool,
) -> Bilingual {
    let (blank_da, blank_en) = if rules.blank_votes_count_as_cast {
        (
            "blanke stemmer tælles som afgivne",
            "blank votes count as votes cast",
        )
    } else {
        (
            "blanke stemmer tælles ikke med",
            "blank votes are not counted",
        )
    };
    let otherwise_da = "Opnår ingen mulighed det, er intet valgt.";
    let otherwise_en = "If no option reaches that, none is chosen.";
    let figures = figures_in_parentheses(base_figures);
    let (da, en) = match *majority {
        Majority::Plurality => {
            let (tie_da, tie_en) = if rules.chair_has_casting_vote {
                (
                    "Ved stemmelighed er formandens stemme afgørende.",
                    "In a tie the chair has the casting vote.",
                )
            } else {
                (
                    "Ved stemmelighed er intet valgt.",
                    "In a tie no option is chosen.",
                )
            };
            (
                format!(
                    "Den mulighed, der får flest stemmer, er valgt (relativt flertal); blanke \
                     stemmer tælles ikke med. {tie_da}"
                ),
                format!(
                    "The option with the most votes is chosen (plurality); blank votes are not \
                     counted. {tie_en}"
                ),
            )
        }
        Majority::MoreThanHalf { base } => match base {
            MajorityBase::VotesCast => (
                format!(
                    "Kræver mere end halvdelen af de afgivne stemmer; {blank_da}. {otherwise_da}"
                ),
                format!("Requires more than half of the votes cast; {blank_en}. {otherwise_en}"),
            ),
            MajorityBase::Present => (
                format!(
                    "Kræver mere end halvdelen af de tilstedeværende stemmer{}. {otherwise_da}",
                    figures.da
                ),
                format!(
                    "Requires more than half of the votes present{}. {otherwise_en}",
                    figures.en
                ),
            ),
            MajorityBase::AllVotingMembers => (
                format!(
                    "Kræver absolut flertal: mere end halvdelen af alle stemmeberettigedes \
                     stemmer{}. {otherwise_da}",
                    figures.da
                ),
                format!(
                    "Requires an absolute majority: more than half of the votes of all voting \
                     members{}. {otherwise_en}",
                    figures.en
                ),
            ),
        },
        Majority::Qualified {
            numerator,
            denominator,
            base,
        } => {
            let share = fraction(numerator, denominator);
            match base {
                MajorityBase::VotesCast => (
                    format!("Kræver {share} af de afgivne stemmer; {blank_da}. {otherwise_da}"),
                    format!("Requires {share} of the votes cast; {blank_en}. {otherwise_en}"),
                ),
                MajorityBase::Present => (
                    format!(
                        "Kræver {share} af de tilstedeværende stemmer{}. {otherwise_da}",
                        figures.da
                    ),
                    format!(
                        "Requires {share} of the votes present{}. {otherwise_en}",
                        figures.en
                    ),
                ),
                MajorityBase::AllVotingMembers => (
                    format!(
                        "Kræver {share} af alle stemmeberettigedes stemmer{}. {otherwise_da}",
                        figures.da
                    ),
                    format!(
                        "Requires {share} of the votes of all voting members{}. {otherwise_en}",
                        figures.en
                    ),
                ),
            }
        }
        Majority::Unanimity => (
            format!("Kræver enstemmighed: alle afgivne stemmer på samme mulighed; {blank_da}."),
            format!("Requires unanimity: every vote cast for the same option; {blank_en}."),
        ),
        Majority::UnanimityOfAll => (
            format!(
                "Kræver enstemmighed blandt alle stemmeberettigede: alle stemmer på samme \
                 mulighed{}. {otherwise_da}",
                figures.da
            ),
            format!(
                "Requires unanimity of all voting members: every vote for the same option{}. \
                 {otherwise_en}",
                figures.en
            ),
        ),
    };
    with_weight_note(da, en, weighted)
}

/// "Prioritering ved pointfordeling: hver stemmeberettiget fordeler op til 10 point på sagerne, …"
pub(super) fn points_rule(points_per_voter: u32, weighted: bool) -> Bilingual {
    let points_en = counted(u64::from(points_per_voter), "point", "points");
    with_weight_note(
        format!(
            "Prioritering ved pointfordeling: hver stemmeberettiget fordeler op til \
             {points_per_voter} point på sagerne, og sagerne ordnes efter samlet pointtal. \
             {TIES_KEEP_ORDER_DA}"
        ),
        format!(
            "Prioritisation by cumulative voting: each voter distributes up to {points_en} across \
             the items, and the items are ordered by total points. {TIES_KEEP_ORDER_EN}"
        ),
        weighted,
    )
}

/// "Rangordning optalt efter Borda-metoden: med 5 sager giver 1.-pladsen 4 point, sidstepladsen 0."
pub(super) fn borda_rule(items: usize, weighted: bool) -> Bilingual {
    let items = u64::try_from(items).unwrap_or(u64::MAX);
    let first_place = items.saturating_sub(1);
    with_weight_note(
        format!(
            "Rangordning optalt efter Borda-metoden: med {} giver 1.-pladsen {first_place} point, \
             sidstepladsen 0. {TIES_KEEP_ORDER_DA}",
            counted(items, "sag", "sager")
        ),
        format!(
            "Ranking counted by the Borda count: with {}, first place gets {}, last place 0. \
             {TIES_KEEP_ORDER_EN}",
            counted(items, "item", "items"),
            counted(first_place, "point", "points")
        ),
        weighted,
    )
}

const TIES_KEEP_ORDER_DA: &str = "Ved pointlighed bevares den oprindelige rækkefølge.";
const TIES_KEEP_ORDER_EN: &str = "Ties keep the order in which the items were listed.";

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
    let mut figures_da = format!("{yes} for, {no} imod, {abstain} undlod");
    let mut figures_en = format!(
        "{yes} for, {no} against, {}",
        counted(abstain, "abstention", "abstentions")
    );
    if blank > 0 {
        figures_da.push_str(&format!(", {}", counted(blank, "blank", "blanke")));
        figures_en.push_str(&format!(
            ", {}",
            counted(blank, "blank vote", "blank votes")
        ));
    }
    match summary {
        YesNoSummary::NoVotes => {
            crate::rules::Bilingual::message("coreRulesText-notCarriedNoVotesCast", &[])
        }
        YesNoSummary::Decided { carried: true } => bilingual(
            format!("Vedtaget: {figures_da}."),
            format!("Carried: {figures_en}."),
        ),
        YesNoSummary::Decided { carried: false } => bilingual(
            format!("Ikke vedtaget: {figures_da}."),
            format!("Not carried: {figures_en}."),
        ),
        YesNoSummary::CastingVote { carried: true } => bilingual(
            format!("Vedtaget ved formandens afgørende stemme: {figures_da}."),
            format!("Carried by the chair's casting vote: {figures_en}."),
        ),
        YesNoSummary::CastingVote { carried: false } => bilingual(
            format!("Ikke vedtaget ved formandens afgørende stemme: {figures_da}."),
            format!("Not carried by the chair's casting vote: {figures_en}."),
        ),
        YesNoSummary::Tie(why) => {
            let (why_da, why_en) = match why {
                None => ("", ""),
                Some(CastingVoteUnavailable::OnlyTotals) => CASTING_VOTE_NEEDS_NAMED_BALLOTS,
                Some(CastingVoteUnavailable::NoVotingChairPresent) => NO_VOTING_CHAIR_PRESENT,
                Some(CastingVoteUnavailable::ChairNotOnATiedSide) => (
                    " Formanden stemte hverken for eller imod.",
                    " The chair voted neither for nor against.",
                ),
            };
            bilingual(
                format!("Stemmelighed: forslaget er ikke vedtaget ({figures_da}).{why_da}"),
                format!("Tie: the motion is not carried ({figures_en}).{why_en}"),
            )
        }
    }
}

const NO_VOTING_CHAIR_PRESENT: (&str, &str) = (
    " Der er ingen stemmeberettiget formand til stede til at afgøre stemmeligheden.",
    " No chair with voting right is present to break the tie.",
);

const CASTING_VOTE_NEEDS_NAMED_BALLOTS: (&str, &str) = (
    " Formandens afgørende stemme kan ikke bruges, fordi kun stemmetallene er registreret.",
    " The chair's casting vote cannot be used because only totals were recorded.",
);

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
    let names_da = |indexes: &[usize]| {
        join_da(
            &indexes
                .iter()
                .map(|i| quote_da(name(*i)))
                .collect::<Vec<_>>(),
        )
    };
    let names_en = |indexes: &[usize]| {
        join_en(
            &indexes
                .iter()
                .map(|i| quote_en(name(*i)))
                .collect::<Vec<_>>(),
        )
    };
    let (blank_da, blank_en) = match (blank, figures.blank_counted) {
        (0, _) => (String::new(), String::new()),
        (_, false) => (
            format!(
                " {} tælles ikke med.",
                counted(blank, "blank stemme", "blanke stemmer")
            ),
            format!(
                " {} not counted.",
                counted(blank, "blank vote is", "blank votes are")
            ),
        ),
        (_, true) => (
            format!(" Heraf er {}.", counted(blank, "blank", "blanke")),
            format!(" {} of them {} blank.", blank, noun(blank, "is", "are")),
        ),
    };
    let (da, en) = match summary {
        ChoiceSummary::NoVotes => (
            "Intet valgt: ingen stemmer afgivet.".to_owned(),
            "No option chosen: no votes cast.".to_owned(),
        ),
        ChoiceSummary::OnlyBlank => (
            format!("Intet valgt: kun blanke stemmer ({blank})."),
            format!("No option chosen: only blank votes ({blank})."),
        ),
        ChoiceSummary::Winner { index } => {
            let votes = votes_of(*index);
            (
                format!(
                    "Valgt: {} med {votes} af {}.",
                    quote_da(name(*index)),
                    counted(cast, "stemme", "stemmer")
                ),
                format!(
                    "Chosen: {} with {votes} of {}.",
                    quote_en(name(*index)),
                    counted(cast, "vote", "votes")
                ),
            )
        }
        ChoiceSummary::CastingVote { index, tied_with } => {
            let votes = votes_of(*index);
            (
                format!(
                    "Valgt ved formandens afgørende stemme: {} med {votes} af {} (stemmelighed \
                     med {}).",
                    quote_da(name(*index)),
                    counted(cast, "stemme", "stemmer"),
                    names_da(tied_with)
                ),
                format!(
                    "Chosen by the chair's casting vote: {} with {votes} of {} (tied with {}).",
                    quote_en(name(*index)),
                    counted(cast, "vote", "votes"),
                    names_en(tied_with)
                ),
            )
        }
        ChoiceSummary::Tie { leaders, why } => {
            let votes = leaders.first().map_or(0, |index| votes_of(*index));
            let (why_da, why_en) = match why {
                None => (String::new(), String::new()),
                Some(CastingVoteUnavailable::OnlyTotals) => (
                    CASTING_VOTE_NEEDS_NAMED_BALLOTS.0.to_owned(),
                    CASTING_VOTE_NEEDS_NAMED_BALLOTS.1.to_owned(),
                ),
                Some(CastingVoteUnavailable::NoVotingChairPresent) => (
                    NO_VOTING_CHAIR_PRESENT.0.to_owned(),
                    NO_VOTING_CHAIR_PRESENT.1.to_owned(),
                ),
                Some(CastingVoteUnavailable::ChairNotOnATiedSide) => (
                    " Formanden stemte ikke på nogen af dem.".to_owned(),
                    format!(
                        " The chair voted for {} of them.",
                        if leaders.len() == 2 {
                            "neither"
                        } else {
                            "none"
                        }
                    ),
                ),
            };
            (
                format!(
                    "Intet valgt: stemmelighed mellem {} med {} hver.{why_da}",
                    names_da(leaders),
                    counted(votes, "stemme", "stemmer")
                ),
                format!(
                    "No option chosen: {} tied with {} each.{why_en}",
                    names_en(leaders),
                    counted(votes, "vote", "votes")
                ),
            )
        }
        ChoiceSummary::BelowThreshold { leaders, needed } => {
            let votes = leaders.first().map_or(0, |index| votes_of(*index));
            let each_da = if leaders.len() > 1 { " hver" } else { "" };
            let each_en = if leaders.len() > 1 { " each" } else { "" };
            (
                format!(
                    "Intet valgt: ingen mulighed fik de krævede {}; flest fik {} med {votes} af \
                     {cast}{each_da}.",
                    counted(*needed, "stemme", "stemmer"),
                    names_da(leaders)
                ),
                format!(
                    "No option chosen: no option reached the required {}; {} led with {votes} of \
                     {cast}{each_en}.",
                    counted(*needed, "vote", "votes"),
                    names_en(leaders)
                ),
            )
        }
        ChoiceSummary::NotUnanimous { leaders } => {
            let votes = leaders.first().map_or(0, |index| votes_of(*index));
            let each_da = if leaders.len() > 1 { " hver" } else { "" };
            let each_en = if leaders.len() > 1 { " each" } else { "" };
            (
                format!(
                    "Intet valgt: stemmerne var ikke enstemmige; flest fik {} med {votes} af \
                     {cast}{each_da}.",
                    names_da(leaders)
                ),
                format!(
                    "No option chosen: the vote was not unanimous; {} led with {votes} of \
                     {cast}{each_en}.",
                    names_en(leaders)
                ),
            )
        }
    };
    let blank_note_applies = !matches!(summary, ChoiceSummary::NoVotes | ChoiceSummary::OnlyBlank);
    if blank_note_applies {
        bilingual(da + &blank_da, en + &blank_en)
    } else {
        bilingual(da, en)
    }
}

/// "Rækkefølge: 1. MO-1420 (14 point), 2. MO-7 (9 point)."
pub(super) fn ranking_summary(items: &[String], scores: &[u64], ranking: &[usize]) -> Bilingual {
    if scores.iter().all(|score| *score == 0) {
        return crate::rules::Bilingual::message("coreRulesText-noPointsGivenTheItems", &[]);
    }
    let mut da = Vec::with_capacity(ranking.len());
    let mut en = Vec::with_capacity(ranking.len());
    for (place, index) in ranking.iter().enumerate() {
        let item = items.get(*index).map_or("?", String::as_str);
        let score = scores.get(*index).copied().unwrap_or(0);
        let place = place + 1;
        da.push(format!("{place}. {item} ({score} point)"));
        en.push(format!(
            "{place}. {item} ({})",
            counted(score, "point", "points")
        ));
    }
    bilingual(
        format!("Rækkefølge: {}.", da.join(", ")),
        format!("Order: {}.", en.join(", ")),
    )
}

// ---------------------------------------------------------------------------------------------
// Small words

fn noun<'a>(count: u64, singular: &'a str, plural: &'a str) -> &'a str {
    if count == 1 { singular } else { plural }
}

fn quote_da(text: &str) -> String {
    format!("»{text}«")
}

fn quote_en(text: &str) -> String {
    format!("“{text}”")
}

/// "A", "A og B", "A, B og C".
fn join_da(parts: &[String]) -> String {
    join(parts, "og")
}

/// "A", "A and B", "A, B and C".
fn join_en(parts: &[String]) -> String {
    join(parts, "and")
}

fn join(parts: &[String], conjunction: &str) -> String {
    match parts {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} {conjunction} {last}", init.join(", ")),
    }
}

/// A fraction as the rules of procedure write it: "2/3".
fn fraction(numerator: u32, denominator: u32) -> String {
    format!("{numerator}/{denominator}")
}

fn figures_in_parentheses(base_figures: BaseFigures) -> Bilingual {
    match base_figures {
        Some((needed, base)) => crate::rules::Bilingual::message(
            "coreRulesText-of",
            &[
                ("base", base.to_string().into()),
                ("needed", needed.to_string().into()),
            ],
        ),
        None => crate::rules::Bilingual::message("coreRulesText-text", &[]),
    }
}

/// Adds, when some voting member's vote weight is not 1, that votes are weighted: the figures
/// in the summary are then not heads, and the minutes should say so.
fn with_weight_note(da: String, en: String, weighted: bool) -> Bilingual {
    if weighted {
        bilingual(
            format!("{da} Hver stemme vægtes med medlemmets stemmevægt."),
            format!("{en} Each vote is weighted by the member's vote weight."),
        )
    } else {
        bilingual(da, en)
    }
}
