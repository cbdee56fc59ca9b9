use uuid::Uuid;

use super::*;
use crate::rules::{Ballot, Ballots, Voter, poll_result};

fn voter(number: u128, is_chair: bool) -> Voter {
    Voter {
        member_id: Uuid::from_u128(number),
        name: format!("Medlem {number}"),
        voting_right: true,
        vote_weight: 1,
        is_chair,
        attendance: crate::rules::Attendance::Present,
        proxy_holder: None,
    }
}

fn carried_yes_no() -> (PollKind, PollResult) {
    let roll = [voter(1, true), voter(2, false), voter(3, false)];
    let ballots = [
        (roll[0].member_id, Ballot::Yes),
        (roll[1].member_id, Ballot::Yes),
        (roll[2].member_id, Ballot::No),
    ];
    let rules = RulesOfProcedure::default();
    let result = poll_result(
        &rules,
        &rules.majority,
        &PollKind::YesNo,
        &roll,
        Ballots::Named(&ballots),
    )
    .expect("a valid poll");
    (PollKind::YesNo, result)
}

#[test]
fn a_closed_poll_records_numbers_and_rule_identifiers_and_no_sentence() {
    let (_, result) = carried_yes_no();
    let json = serde_json::to_value(RecordedResult::of(&result)).expect("serialises");
    let text = json.to_string();
    assert_eq!(json["tally"], serde_json::json!([2, 1, 0]));
    assert_eq!(
        json["facts"]["how"],
        serde_json::json!({"yes_no": {"decided": {"carried": true}}})
    );
    assert_eq!(json["facts"]["majority"]["type"], "more_than_half");
    assert!(
        json.get("rule").is_none() && json.get("summary").is_none(),
        "{text}"
    );
    // No word of either language's sentences is in the record.
    for word in ["Vedtaget", "Carried", "flertal", "majority of the votes"] {
        assert!(!text.contains(word), "{word} in {text}");
    }
}

#[test]
fn a_result_recorded_with_its_sentences_is_shown_as_recorded() {
    // As Gavel 0.3 wrote a PollClosed result: its words, as they read then.
    let recorded: RecordedResult = serde_json::from_value(serde_json::json!({
        "outcome": {"type": "carried"}, "tally": [2, 1, 0], "ranking": [],
        "casting_vote_used": false,
        "rule": {"da": "Kræver simpelt flertal (som skrevet dengang).", "en": "Simple majority (as then)."},
        "summary": {"da": "Vedtaget: 2 for, 1 imod.", "en": "Carried: 2 for, 1 against."}
    }))
    .expect("the old form reads");
    let worded = recorded.worded(&PollKind::YesNo);
    assert_eq!(
        worded.rule.da,
        "Kræver simpelt flertal (som skrevet dengang)."
    );
    assert_eq!(worded.summary.en, "Carried: 2 for, 1 against.");
    // And it is written back byte for byte as it was: its hash does not change.
    let again = serde_json::to_value(&recorded).expect("serialises");
    assert_eq!(
        again,
        serde_json::json!({
            "outcome": {"type": "carried"}, "tally": [2, 1, 0], "ranking": [],
            "casting_vote_used": false,
            "rule": {"da": "Kræver simpelt flertal (som skrevet dengang).", "en": "Simple majority (as then)."},
            "summary": {"da": "Vedtaget: 2 for, 1 imod.", "en": "Carried: 2 for, 1 against."}
        })
    );
}

#[test]
fn a_recorded_result_is_worded_when_read_in_both_languages() {
    let (kind, result) = carried_yes_no();
    let worded = RecordedResult::of(&result).worded(&kind);
    assert_eq!(worded.summary.da, "Vedtaget: 2 for, 1 imod, 0 undlod.");
    assert_eq!(
        worded.summary.en,
        "Carried: 2 for, 1 against, 0 abstentions."
    );
    assert_eq!(worded.rule, result.rule);
}

#[test]
fn facts_of_another_kind_of_poll_word_nothing_rather_than_something_false() {
    let (_, result) = carried_yes_no();
    let worded = RecordedResult::of(&result).worded(&PollKind::Choice {
        options: vec!["A".into(), "B".into()],
    });
    assert_eq!(
        (worded.rule, worded.summary),
        (Bilingual::default(), Bilingual::default())
    );
}
