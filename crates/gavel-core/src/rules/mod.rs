//! The group's rules of procedure (forretningsorden) and the pure functions that apply them:
//! who may vote and for whom, whether the meeting is quorate, and what a poll's ballots add up to.
//!
//! Nothing here touches the database or the clock: the store gathers the roll call and the
//! ballots, calls these functions, and records what they return. Every result carries the
//! human-readable rule and outcome in Danish and English, exactly as the UI and the minutes print
//! them.

mod eligibility;
mod poll;
mod presets;
mod quorum;
mod recorded;
mod text;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use uuid::Uuid;

pub use eligibility::{check_ballot_eligibility, check_proxy};
pub use poll::{check_poll_ballots, poll_result};
pub use presets::{RulesDescription, RulesPreset, RulesPresetId, describe, presets};
pub use quorum::quorum;
pub use recorded::{HowItEnded, RecordedResult, ResultFacts, Threshold};
pub use text::{CastingVoteUnavailable, ChoiceSummary, YesNoSummary};

/// A group's written rules, stored per group and copied into a meeting when it opens, so that a
/// later change does not rewrite past meetings.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct RulesOfProcedure {
    pub quorum: Quorum,
    /// The majority a poll needs unless the poll names its own.
    pub majority: Majority,
    /// Whether abstentions ("undlader at stemme") count as votes cast (and so, in effect,
    /// against).
    pub abstentions_count_as_cast: bool,
    /// Whether blank votes ("blank stemme", in yes/no and choice polls) count as votes cast.
    /// Danish practice (kommunestyrelsesloven) treats a blank vote as not voting, so by default
    /// they do not. Rules stored before blank votes had a rule of their own (Gavel 0.3 and
    /// earlier) count blank votes as they count abstentions, as those Gavels did; and so the
    /// field is left out of the stored JSON when it equals `abstentions_count_as_cast`, which
    /// keeps every event of rules that treat both alike byte for byte as Gavel 0.3 wrote it.
    #[cfg_attr(feature = "typescript", ts(as = "Option<bool>", optional))]
    pub blank_votes_count_as_cast: bool,
    /// On a tie under a simple majority (or for first place in a plurality), the chair's own
    /// vote decides.
    pub chair_has_casting_vote: bool,
    /// How many absent members one present member may represent; 0 forbids proxies.
    pub max_proxies_per_holder: u32,
    /// Whether members represented by proxy count toward quorum and toward "present".
    pub proxies_count_as_present: bool,
}

impl Default for RulesOfProcedure {
    /// A common Danish steering-group kommissorium: quorate when at least half the voting members
    /// are present, simple majority of the votes cast, abstentions not counted, the chair breaks
    /// ties, one proxy per member, represented members count as present.
    fn default() -> RulesOfProcedure {
        RulesOfProcedure {
            quorum: Quorum::AtLeastFraction {
                numerator: 1,
                denominator: 2,
                measure: QuorumMeasure::Members,
            },
            majority: Majority::MoreThanHalf {
                base: MajorityBase::VotesCast,
            },
            abstentions_count_as_cast: false,
            blank_votes_count_as_cast: false,
            chair_has_casting_vote: true,
            max_proxies_per_holder: 1,
            proxies_count_as_present: true,
        }
    }
}

/// The rules as stored, by any Gavel: `blank_votes_count_as_cast` came with Gavel 0.4 and is left
/// out when it equals `abstentions_count_as_cast`. The fields in the order Gavel has always
/// written them.
#[derive(Serialize, Deserialize)]
struct StoredRules<Q, M> {
    quorum: Q,
    majority: M,
    abstentions_count_as_cast: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    blank_votes_count_as_cast: Option<bool>,
    chair_has_casting_vote: bool,
    max_proxies_per_holder: u32,
    proxies_count_as_present: bool,
}

impl Serialize for RulesOfProcedure {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        StoredRules {
            quorum: &self.quorum,
            majority: &self.majority,
            abstentions_count_as_cast: self.abstentions_count_as_cast,
            blank_votes_count_as_cast: (self.blank_votes_count_as_cast
                != self.abstentions_count_as_cast)
                .then_some(self.blank_votes_count_as_cast),
            chair_has_casting_vote: self.chair_has_casting_vote,
            max_proxies_per_holder: self.max_proxies_per_holder,
            proxies_count_as_present: self.proxies_count_as_present,
        }
        .serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for RulesOfProcedure {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let stored = StoredRules::<Quorum, Majority>::deserialize(deserializer)?;
        Ok(RulesOfProcedure {
            quorum: stored.quorum,
            majority: stored.majority,
            abstentions_count_as_cast: stored.abstentions_count_as_cast,
            blank_votes_count_as_cast: stored
                .blank_votes_count_as_cast
                .unwrap_or(stored.abstentions_count_as_cast),
            chair_has_casting_vote: stored.chair_has_casting_vote,
            max_proxies_per_holder: stored.max_proxies_per_holder,
            proxies_count_as_present: stored.proxies_count_as_present,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Quorum {
    /// Always quorate.
    None,
    /// At least `count` voting members (or units of vote weight) present.
    AtLeastCount { count: u32, measure: QuorumMeasure },
    /// At least numerator/denominator of all voting members (or of all vote weight) present.
    AtLeastFraction {
        numerator: u32,
        denominator: u32,
        measure: QuorumMeasure,
    },
    /// More than numerator/denominator of all voting members (or of all vote weight) present.
    MoreThanFraction {
        numerator: u32,
        denominator: u32,
        measure: QuorumMeasure,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum QuorumMeasure {
    /// Heads: each voting member counts 1.
    Members,
    /// Each voting member counts with their vote weight.
    VoteWeight,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Majority {
    /// More than half of `base`. With `VotesCast` this is the simple majority ("simpelt
    /// flertal": more for than against); with `AllVotingMembers` the absolute majority.
    MoreThanHalf { base: MajorityBase },
    /// At least numerator/denominator of `base`, e.g. 2/3 of those present.
    Qualified {
        numerator: u32,
        denominator: u32,
        base: MajorityBase,
    },
    /// No vote against (and, when abstentions count as cast, no abstention), and at least one for.
    Unanimity,
    /// Unanimity of all voting members ("enstemmighed blandt alle stemmeberettigede"), as statutes
    /// often require: every voting member's vote for, so an absence, an abstention or a blank
    /// vote prevents it. The same threshold as 1/1 of all voting members, with its own words.
    UnanimityOfAll,
    /// For choice polls: the option with the most votes wins ("relativt flertal").
    Plurality,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum MajorityBase {
    /// Votes cast: for + against, plus abstentions/blank when the rules count them as cast.
    VotesCast,
    /// The vote weight of the voting members present (and represented, when proxies count as
    /// present); everyone present who does not vote for counts, in effect, against.
    Present,
    /// The vote weight of all voting members of the group.
    AllVotingMembers,
}

/// One member on the roll call of a meeting, as the rules see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Voter {
    pub member_id: Uuid,
    pub name: String,
    pub voting_right: bool,
    pub vote_weight: u32,
    pub is_chair: bool,
    pub attendance: Attendance,
    /// The present member who holds this member's proxy.
    pub proxy_holder: Option<Uuid>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Attendance {
    /// Not recorded yet; counts as absent.
    Unknown,
    Present,
    Absent,
    Excused,
    /// Was present and has left the meeting.
    Left,
}

impl Attendance {
    pub fn is_present(self) -> bool {
        self == Attendance::Present
    }

    /// "present", "left": the name the read tables store, and the selector the catalogue's
    /// messages word an attendance by.
    pub fn as_str(self) -> &'static str {
        match self {
            Attendance::Unknown => "unknown",
            Attendance::Present => "present",
            Attendance::Absent => "absent",
            Attendance::Excused => "excused",
            Attendance::Left => "left",
        }
    }
}

/// What is being decided.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PollKind {
    /// For, against, abstain, blank.
    YesNo,
    /// One option among several (blank allowed).
    Choice { options: Vec<String> },
    /// Prioritisation by cumulative voting: each voter distributes up to `points_per_voter`
    /// points across the items; items are ordered by total points.
    Points {
        items: Vec<String>,
        points_per_voter: u32,
    },
    /// Prioritisation by ranking, counted with the Borda count: with n items a voter's first
    /// choice gets n−1 points, the last 0; items are ordered by total points.
    Ranking { items: Vec<String> },
}

/// One voter's ballot. For `Points`, `points[i]` goes to item i; for `Ranking`, `order` lists
/// item indexes best first (it must name every item once).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Ballot {
    Yes,
    No,
    Abstain,
    /// A choice poll's option, by index.
    Option {
        index: u32,
    },
    /// A blank vote ("blank stemme"): in a yes/no poll a ballot of its own, apart from an
    /// abstention; in a choice or prioritisation poll a ballot for no option.
    Blank,
    Points {
        points: Vec<u32>,
    },
    Ranking {
        order: Vec<u32>,
    },
}

/// Hand-counted totals, for secret polls (which never store who voted how) or a show of hands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Totals {
    YesNo {
        yes: u32,
        no: u32,
        abstain: u32,
        /// Blank votes; left out when there are none (and by Gavel 0.3 and earlier).
        #[serde(default, skip_serializing_if = "is_zero")]
        #[cfg_attr(feature = "typescript", ts(as = "Option<u32>", optional))]
        blank: u32,
    },
    /// `votes[i]` for option i.
    Choice { votes: Vec<u32>, blank: u32 },
    /// `scores[i]` for item i (points, or Borda points for a ranking).
    Scores { scores: Vec<u32> },
}

fn is_zero(count: &u32) -> bool {
    *count == 0
}

/// The ballots of a poll: one per voter (named polls), or totals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ballots<'a> {
    /// (the member voted for — the absent member when a proxy holder votes for them, the ballot)
    Named(&'a [(Uuid, Ballot)]),
    Totals(&'a Totals),
}

/// A text in both of the app's languages.
///
/// Its words come from the message catalogue (`Bilingual::message`); a few are the user's own
/// words, the same in both ([`Bilingual::untranslated`]), and some gavel-core texts are still
/// written as pairs here, to be moved into the catalogue.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Bilingual {
    pub da: String,
    pub en: String,
}

/// Whether a language tag is Danish ("da", "da-DK", "da_DK.UTF-8", "da@euro"): the app and the
/// CLI speak Danish for any Danish tag and English for every other, the two languages Gavel's
/// messages are written in.
pub fn is_danish_language_tag(tag: &str) -> bool {
    tag.trim()
        .split(['-', '_', '.', '@'])
        .next()
        .is_some_and(|language| language.eq_ignore_ascii_case("da"))
}

impl Bilingual {
    pub fn new(da: impl Into<String>, en: impl Into<String>) -> Bilingual {
        Bilingual {
            da: da.into(),
            en: en.into(),
        }
    }

    /// The catalogue's message `id` (`gavel_messages`), rendered with `arguments` in both
    /// languages.
    pub fn message(id: &str, arguments: &[(&str, gavel_messages::Argument<'_>)]) -> Bilingual {
        Bilingual {
            da: gavel_messages::message(gavel_messages::Language::Danish, id, arguments),
            en: gavel_messages::message(gavel_messages::Language::English, id, arguments),
        }
    }

    /// The catalogue's message `id`, rendered with `arguments` (the same in both languages) and
    /// `parts`: texts already worded in both languages, such as a clause of the sentence or a
    /// list of names, of which each language's message takes that language's text.
    pub fn composed_message(
        id: &str,
        arguments: &[(&str, gavel_messages::Argument<'_>)],
        parts: &[(&str, &Bilingual)],
    ) -> Bilingual {
        use gavel_messages::{Argument, Language};
        let render = |language: Language| {
            let danish = language == Language::Danish;
            let mut all = arguments.to_vec();
            all.extend(
                parts
                    .iter()
                    .map(|(name, part)| (*name, Argument::from(part.pick(danish)))),
            );
            gavel_messages::message(language, id, &all)
        };
        Bilingual {
            da: render(Language::Danish),
            en: render(Language::English),
        }
    }

    /// The text in Danish, or else in English.
    pub fn pick(&self, danish: bool) -> &str {
        if danish { &self.da } else { &self.en }
    }

    /// The same text in both languages: a detail that comes from outside Gavel (an operating
    /// system's or SQLite's error text), which Gavel cannot translate.
    pub fn untranslated(text: impl Into<String>) -> Bilingual {
        let text = text.into();
        Bilingual {
            da: text.clone(),
            en: text,
        }
    }
}

impl From<Bilingual> for RuleViolation {
    fn from(text: Bilingual) -> RuleViolation {
        RuleViolation {
            message: text.en,
            message_da: text.da,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct QuorumResult {
    pub is_quorate: bool,
    /// Members (or vote weight, per the rule) present, counting proxies when the rules say so.
    pub present: u32,
    pub required: u32,
    /// All voting members (or all vote weight).
    pub total: u32,
    /// E.g. "Beslutningsdygtig: 6 af 9 stemmeberettigede til stede, kræver 5."
    pub text: Bilingual,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum PollOutcome {
    /// A yes/no poll whose motion was carried.
    Carried,
    NotCarried,
    /// A choice poll's winning option.
    Winner {
        index: u32,
    },
    /// A choice poll where no option reached the required majority.
    NoWinner,
    /// A prioritisation poll: see `ranking`.
    Ranked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct PollResult {
    pub outcome: PollOutcome,
    /// Weighted totals: for yes/no [for, against, abstain], then blank when there were blank
    /// votes; for choice one per option then blank; for prioritisation one score per item.
    pub tally: Vec<u32>,
    /// Prioritisation polls: item indexes best first, ties in the order the items were listed.
    pub ranking: Vec<u32>,
    /// Whether the chair's casting vote decided a tie.
    pub casting_vote_used: bool,
    /// The rule applied, e.g. "Kræver simpelt flertal af de afgivne stemmer; undladelser tælles
    /// ikke med." Printed with the result in the UI and the minutes.
    pub rule: Bilingual,
    /// The outcome with its figures, e.g. "Vedtaget: 7 for, 2 imod, 1 undlod."
    pub summary: Bilingual,
    /// What `rule` and `summary` are worded from, which the log records instead of the words
    /// ([`RecordedResult`]). Set when the result is counted; not sent to the screens, and not
    /// kept in the read tables, which hold the words.
    #[serde(skip)]
    #[cfg_attr(feature = "typescript", ts(skip))]
    pub facts: Option<ResultFacts>,
}

/// A ballot as the record words it, in both languages: "For" / "Imod" / "Undlod" / "Blank", an
/// option's text, a prioritisation's points ("MO-1420: 3 · MO-1433: 1", items without points left
/// out) or its order ("1. MO-1420 · 2. MO-1433"). The minutes and the screens say a ballot this
/// way, from here.
pub fn describe_ballot(ballot: &Ballot, kind: &PollKind) -> Bilingual {
    let item = |index: u32| -> String {
        let items = match kind {
            PollKind::Choice { options } => options.as_slice(),
            PollKind::Points { items, .. } | PollKind::Ranking { items } => items.as_slice(),
            PollKind::YesNo => &[],
        };
        items
            .get(index as usize)
            .cloned()
            .unwrap_or_else(|| format!("#{}", index + 1))
    };
    match ballot {
        Ballot::Yes => Bilingual::message("rules-for", &[]),
        Ballot::No => Bilingual::message("rules-against", &[]),
        Ballot::Abstain => Bilingual::message("rules-abstained", &[]),
        Ballot::Blank => Bilingual::message("rules-blank", &[]),
        // The user's own words and figures, the same in both languages.
        Ballot::Option { index } => Bilingual::untranslated(item(*index)),
        Ballot::Points { points } => Bilingual::untranslated(
            points
                .iter()
                .enumerate()
                .filter(|(_, points)| **points > 0)
                .map(|(index, points)| format!("{}: {points}", item(index as u32)))
                .collect::<Vec<_>>()
                .join(" · "),
        ),
        Ballot::Ranking { order } => Bilingual::untranslated(
            order
                .iter()
                .enumerate()
                // A no-break space keeps each place with its item when the line wraps.
                .map(|(place, index)| format!("{}.\u{a0}{}", place + 1, item(*index)))
                .collect::<Vec<_>>()
                .join(" · "),
        ),
    }
}

/// A result's figures by name, for the screens: what each figure counts is said, not left to its
/// place in [`PollResult::tally`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum NamedTally {
    /// Weighted votes. `blank` is `None` in results recorded without blank votes (before yes/no
    /// polls had them, or when nobody voted blank).
    YesNo {
        yes: u32,
        no: u32,
        abstain: u32,
        blank: Option<u32>,
    },
    /// The votes for each option, in the poll's order, then the blank votes.
    Choice {
        options: Vec<OptionVotes>,
        blank: u32,
    },
    /// A prioritisation's items with their scores, best first (ties in the order listed).
    Prioritised { best_first: Vec<OptionVotes> },
}

/// An option or item of a poll and its figure.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct OptionVotes {
    pub option: String,
    pub votes: u32,
}

impl PollResult {
    /// The tally of this result of a poll of `kind`, by name.
    pub fn named_tally(&self, kind: &PollKind) -> NamedTally {
        let figure = |index: usize| self.tally.get(index).copied().unwrap_or(0);
        let named = |names: &[String], index: usize| OptionVotes {
            option: names
                .get(index)
                .cloned()
                .unwrap_or_else(|| format!("#{}", index + 1)),
            votes: figure(index),
        };
        match kind {
            PollKind::YesNo => NamedTally::YesNo {
                yes: figure(0),
                no: figure(1),
                abstain: figure(2),
                blank: self.tally.get(3).copied(),
            },
            PollKind::Choice { options } => NamedTally::Choice {
                options: (0..options.len())
                    .map(|index| named(options, index))
                    .collect(),
                blank: figure(options.len()),
            },
            PollKind::Points { items, .. } | PollKind::Ranking { items } => {
                let order: Vec<usize> = if self.ranking.len() == items.len() {
                    self.ranking.iter().map(|index| *index as usize).collect()
                } else {
                    (0..items.len()).collect()
                };
                NamedTally::Prioritised {
                    best_first: order.into_iter().map(|index| named(items, index)).collect(),
                }
            }
        }
    }
}

/// Why a proxy or a ballot is not allowed, naming the people involved: `message` in English,
/// `message_da` in Danish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleViolation {
    pub message: String,
    pub message_da: String,
}

#[cfg(test)]
mod tests;
