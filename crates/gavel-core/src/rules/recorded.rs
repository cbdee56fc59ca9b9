//! A closed poll's result as the log records it: facts, not prose.
//!
//! Gavel 0.3 and earlier stored the rule and the summary as finished sentences inside the
//! hash-chained `PollClosed` event, so that a wording fix (or a third language) could never reach
//! a past meeting. A result recorded now holds the figures and what the sentences are made from:
//! the rules of procedure in force, the majority the poll needed, the threshold it was measured
//! against and how the count ended ([`ResultFacts`]). The words are made when the result is read
//! ([`RecordedResult::worded`]), by the same functions that word a result being counted. A result
//! recorded with its sentences keeps them, shown as recorded.

use serde::{Deserialize, Serialize};

use super::text::{
    BaseFigures, ChoiceFigures, ChoiceSummary, YesNoSummary, borda_rule, choice_rule,
    choice_summary, points_rule, ranking_summary, yes_no_rule, yes_no_summary,
};
use super::{Bilingual, Majority, PollKind, PollOutcome, PollResult, RulesOfProcedure};

/// `PollResult` as `PollClosed` stores it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordedResult {
    pub outcome: PollOutcome,
    pub tally: Vec<u32>,
    pub ranking: Vec<u32>,
    pub casting_vote_used: bool,
    /// The rule as worded when the poll closed: results recorded by Gavel 0.3 and earlier only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<Bilingual>,
    /// The summary as worded when the poll closed: results recorded by Gavel 0.3 and earlier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Bilingual>,
    /// What the rule and summary are worded from: results recorded since.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub facts: Option<ResultFacts>,
}

/// What a result's sentences are made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultFacts {
    /// The meeting's rules of procedure when the poll closed (how abstentions and blank votes
    /// count, whether the chair has a casting vote).
    pub rules: RulesOfProcedure,
    /// The majority the poll needed: its own, or the rules'.
    pub majority: Majority,
    /// Whether some voting member's vote weighed more than 1.
    pub weighted: bool,
    /// For a majority of those present or of all members: the votes it needed out of how many.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<Threshold>,
    pub how: HowItEnded,
}

/// "7 af 10": the votes a majority measured against the roll needed, and the roll's figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Threshold {
    pub needed: u64,
    pub base: u64,
}

/// How the count ended, per kind of poll.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HowItEnded {
    YesNo(YesNoSummary),
    Choice(ChoiceSummary),
    /// Points and ranking polls: the scores and the ranking say it all.
    Ranked,
}

impl ResultFacts {
    pub(super) fn new(
        rules: &RulesOfProcedure,
        majority: &Majority,
        weighted: bool,
        base_figures: BaseFigures,
        how: HowItEnded,
    ) -> ResultFacts {
        ResultFacts {
            rules: rules.clone(),
            majority: majority.clone(),
            weighted,
            threshold: base_figures.map(|(needed, base)| Threshold { needed, base }),
            how,
        }
    }

    /// The rule and the summary of a result with these facts, `tally` and `ranking`, for a poll
    /// of `kind`: the same sentences as when the result was counted.
    fn word(&self, kind: &PollKind, tally: &[u32], ranking: &[u32]) -> (Bilingual, Bilingual) {
        let base_figures = self
            .threshold
            .map(|threshold| (threshold.needed, threshold.base));
        let figure = |index: usize| u64::from(tally.get(index).copied().unwrap_or(0));
        match (kind, &self.how) {
            (PollKind::YesNo, HowItEnded::YesNo(summary)) => {
                let votes = [figure(0), figure(1), figure(2), figure(3)];
                (
                    yes_no_rule(
                        &self.rules,
                        &self.majority,
                        base_figures,
                        self.weighted,
                        votes[3] > 0,
                    ),
                    yes_no_summary(*summary, votes),
                )
            }
            (PollKind::Choice { options }, HowItEnded::Choice(summary)) => {
                let votes: Vec<u64> = (0..options.len()).map(figure).collect();
                let figures = ChoiceFigures {
                    options,
                    votes: &votes,
                    blank: figure(options.len()),
                    blank_counted: self.rules.blank_votes_count_as_cast,
                };
                (
                    choice_rule(&self.rules, &self.majority, base_figures, self.weighted),
                    choice_summary(summary, &figures),
                )
            }
            (
                PollKind::Points {
                    items,
                    points_per_voter,
                },
                HowItEnded::Ranked,
            ) => (
                points_rule(*points_per_voter, self.weighted),
                word_ranking(items, tally, ranking),
            ),
            (PollKind::Ranking { items }, HowItEnded::Ranked) => (
                borda_rule(items.len(), self.weighted),
                word_ranking(items, tally, ranking),
            ),
            // Facts of another kind of poll than the poll's: the sync import refuses such an
            // event, so only a damaged database gets here; it reads as a result without words.
            _ => (Bilingual::default(), Bilingual::default()),
        }
    }
}

fn word_ranking(items: &[String], tally: &[u32], ranking: &[u32]) -> Bilingual {
    let scores: Vec<u64> = tally.iter().map(|score| u64::from(*score)).collect();
    let ranking: Vec<usize> = ranking
        .iter()
        .filter_map(|index| usize::try_from(*index).ok())
        .filter(|index| *index < scores.len().min(items.len()))
        .collect();
    ranking_summary(items, &scores, &ranking)
}

impl RecordedResult {
    /// The result as a poll closing now records it: its figures and facts. (A result without
    /// facts, which counting always gives, keeps its words.)
    pub fn of(result: &PollResult) -> RecordedResult {
        let words_if_no_facts = |words: &Bilingual| result.facts.is_none().then(|| words.clone());
        RecordedResult {
            outcome: result.outcome.clone(),
            tally: result.tally.clone(),
            ranking: result.ranking.clone(),
            casting_vote_used: result.casting_vote_used,
            rule: words_if_no_facts(&result.rule),
            summary: words_if_no_facts(&result.summary),
            facts: result.facts.clone(),
        }
    }

    /// The result with its rule and summary in words, for the poll of `kind` it closed: worded
    /// now from its facts, or as recorded.
    pub fn worded(&self, kind: &PollKind) -> PollResult {
        let (rule, summary) = match &self.facts {
            Some(facts) => facts.word(kind, &self.tally, &self.ranking),
            None => (
                self.rule.clone().unwrap_or_default(),
                self.summary.clone().unwrap_or_default(),
            ),
        };
        PollResult {
            outcome: self.outcome.clone(),
            tally: self.tally.clone(),
            ranking: self.ranking.clone(),
            casting_vote_used: self.casting_vote_used,
            rule,
            summary,
            facts: self.facts.clone(),
        }
    }
}

#[cfg(test)]
mod tests;
