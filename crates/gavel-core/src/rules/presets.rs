//! Named starting points for a group's rules of procedure, and the rules described in words as
//! the minutes print them, so that a chair who edits the rules sees what the minutes will say.
//!
//! The presets follow the Danish rules each kind of body usually works under: the law on
//! municipal government (kommunestyrelsesloven §§ 14 and 20: quorate when half the members are
//! present; a tie means the motion falls), the companies act (selskabsloven § 124: a board is
//! quorate when more than half its members are present; the chair breaks a tie) and the common
//! statutes of associations (a change of statutes needs 2/3 of those present).

use serde::{Deserialize, Serialize};

use super::text;
use super::{Bilingual, Majority, MajorityBase, Quorum, QuorumMeasure, RulesOfProcedure};

/// One named set of rules a chair can start from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct RulesPreset {
    pub id: RulesPresetId,
    pub name: Bilingual,
    /// Who uses it and the rule in one sentence.
    pub description: Bilingual,
    pub rules: RulesOfProcedure,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum RulesPresetId {
    Os2SteeringGroup,
    MunicipalCommittee,
    Board,
    GeneralMeetingStatutes,
}

/// The rules of procedure in words, exactly as the minutes print them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct RulesDescription {
    /// When the meeting is quorate.
    pub quorum: Bilingual,
    /// The rule a yes/no poll is decided by (the minutes print it under every such poll).
    pub yes_no_poll: Bilingual,
    /// Who may vote for whom.
    pub proxies: Bilingual,
    /// The preset these rules are, if they are one unchanged.
    pub preset: Option<RulesPresetId>,
}

pub fn presets() -> Vec<RulesPreset> {
    let half_of_members = |more_than: bool| {
        let (numerator, denominator, measure) = (1, 2, QuorumMeasure::Members);
        if more_than {
            Quorum::MoreThanFraction {
                numerator,
                denominator,
                measure,
            }
        } else {
            Quorum::AtLeastFraction {
                numerator,
                denominator,
                measure,
            }
        }
    };
    let simple_majority = Majority::MoreThanHalf {
        base: MajorityBase::VotesCast,
    };
    vec![
        RulesPreset {
            id: RulesPresetId::Os2SteeringGroup,
            name: Bilingual::message("rules-preset-os2SteeringGroup", &[]),
            description: Bilingual::message("rules-preset-quorateWhenAtLeastHalf", &[]),
            rules: RulesOfProcedure::default(),
        },
        RulesPreset {
            id: RulesPresetId::MunicipalCommittee,
            name: Bilingual::message("rules-preset-municipalCommittee", &[]),
            description: Bilingual::message("rules-preset-asTheDanishLawOn", &[]),
            rules: RulesOfProcedure {
                quorum: half_of_members(false),
                majority: simple_majority.clone(),
                abstentions_count_as_cast: false,
                blank_votes_count_as_cast: false,
                chair_has_casting_vote: false,
                max_proxies_per_holder: 0,
                proxies_count_as_present: false,
            },
        },
        RulesPreset {
            id: RulesPresetId::Board,
            name: Bilingual::message("rules-preset-boardCompanyOrAssociation", &[]),
            description: Bilingual::message("rules-preset-asTheDanishCompaniesAct", &[]),
            rules: RulesOfProcedure {
                quorum: half_of_members(true),
                majority: simple_majority,
                abstentions_count_as_cast: false,
                blank_votes_count_as_cast: false,
                chair_has_casting_vote: true,
                max_proxies_per_holder: 0,
                proxies_count_as_present: false,
            },
        },
        RulesPreset {
            id: RulesPresetId::GeneralMeetingStatutes,
            name: Bilingual::message("rules-preset-generalMeetingChangeOfStatutes", &[]),
            description: Bilingual::message("rules-preset-aChangeOfStatutesNeeds", &[]),
            rules: RulesOfProcedure {
                quorum: Quorum::None,
                majority: Majority::Qualified {
                    numerator: 2,
                    denominator: 3,
                    base: MajorityBase::Present,
                },
                abstentions_count_as_cast: false,
                blank_votes_count_as_cast: false,
                chair_has_casting_vote: false,
                max_proxies_per_holder: 1,
                proxies_count_as_present: true,
            },
        },
    ]
}

/// The rules in words. The yes/no rule is the sentence the minutes print under a poll (without
/// the figures of a particular meeting, which the minutes add in parentheses).
pub fn describe(rules: &RulesOfProcedure) -> RulesDescription {
    RulesDescription {
        quorum: text::quorum_rule(&rules.quorum, rules.proxies_count_as_present),
        yes_no_poll: text::yes_no_rule(rules, &rules.majority, None, false, false),
        proxies: text::proxy_rule(rules.max_proxies_per_holder, rules.proxies_count_as_present),
        preset: presets()
            .into_iter()
            .find(|preset| preset.rules == *rules)
            .map(|preset| preset.id),
    }
}
