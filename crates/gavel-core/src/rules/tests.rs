//! Table-driven tests of the rules of procedure. Rolls and ballots are written as short strings
//! (see [`roll`] and [`named`]) so that each case fits on a few lines; every expectation is the
//! full result as the chair would see it, in Danish and English.

use uuid::Uuid;

use super::*;

// ---------------------------------------------------------------------------------------------
// Quorum

#[test]
fn quorum_under_the_default_rules() {
    let rules = RulesOfProcedure::default();
    let cases = [
        (
            // The issue's example: 6 of 9 present; the secretary (no voting right) is ignored.
            "Pc P P P P P A E U P-",
            "quorate: 6 of 9, 5 required
             Beslutningsdygtig: 6 af 9 stemmeberettigede til stede, kræver 5.
             Quorate: 6 of 9 voting members present, 5 required.",
        ),
        (
            "Pc P P P A A A A A",
            "not quorate: 4 of 9, 5 required
             Ikke beslutningsdygtig: 4 af 9 stemmeberettigede til stede, kræver 5.
             Not quorate: 4 of 9 voting members present, 5 required.",
        ),
        (
            // Exactly half is enough under "at least half".
            "Pc P P P A A A A",
            "quorate: 4 of 8, 4 required
             Beslutningsdygtig: 4 af 8 stemmeberettigede til stede, kræver 4.
             Quorate: 4 of 8 voting members present, 4 required.",
        ),
        (
            // An absent member represented by a present one counts as present.
            "Pc P P P A>2 A A A A",
            "quorate: 5 of 9, 5 required
             Beslutningsdygtig: 5 af 9 stemmeberettigede til stede (heraf 1 ved fuldmagt), kræver 5.
             Quorate: 5 of 9 voting members present (1 by proxy), 5 required.",
        ),
        (
            // A proxy whose holder has left no longer counts.
            "Pc L P P A>2 A A A A",
            "not quorate: 3 of 9, 5 required
             Ikke beslutningsdygtig: 3 af 9 stemmeberettigede til stede, kræver 5.
             Not quorate: 3 of 9 voting members present, 5 required.",
        ),
        (
            // Attendance not yet recorded counts as absent.
            "Pc U U",
            "not quorate: 1 of 3, 2 required
             Ikke beslutningsdygtig: 1 af 3 stemmeberettigede til stede, kræver 2.
             Not quorate: 1 of 3 voting members present, 2 required.",
        ),
        (
            // A member without voting right neither counts nor carries a proxy into the count.
            "Pc A A->1 A",
            "not quorate: 1 of 3, 2 required
             Ikke beslutningsdygtig: 1 af 3 stemmeberettigede til stede, kræver 2.
             Not quorate: 1 of 3 voting members present, 2 required.",
        ),
        (
            "Pc",
            "quorate: 1 of 1, 1 required
             Beslutningsdygtig: 1 af 1 stemmeberettiget til stede, kræver 1.
             Quorate: 1 of 1 voting member present, 1 required.",
        ),
        (
            // Nobody may vote: never quorate, whatever the fraction works out at.
            "P- P-",
            "not quorate: 0 of 0, 1 required
             Ikke beslutningsdygtig: 0 af 0 stemmeberettigede til stede, kræver 1.
             Not quorate: 0 of 0 voting members present, 1 required.",
        ),
    ];
    for (roll_spec, expected) in cases {
        check_quorum(&rules, roll_spec, expected);
    }
}

#[test]
fn proxies_count_toward_quorum_only_when_the_rules_say_so() {
    let counted = RulesOfProcedure::default();
    let not_counted = RulesOfProcedure {
        proxies_count_as_present: false,
        ..counted.clone()
    };
    let roll_spec = "Pc P P P A>2 A>3 A A A";
    check_quorum(
        &counted,
        roll_spec,
        "quorate: 6 of 9, 5 required
         Beslutningsdygtig: 6 af 9 stemmeberettigede til stede (heraf 2 ved fuldmagt), kræver 5.
         Quorate: 6 of 9 voting members present (2 by proxy), 5 required.",
    );
    check_quorum(
        &not_counted,
        roll_spec,
        "not quorate: 4 of 9, 5 required
         Ikke beslutningsdygtig: 4 af 9 stemmeberettigede til stede (fuldmagter tæller ikke med), kræver 5.
         Not quorate: 4 of 9 voting members present (proxies do not count), 5 required.",
    );
}

#[test]
fn quorum_is_lost_mid_meeting_when_a_member_leaves() {
    let rules = RulesOfProcedure::default();
    let before = quorum(&rules, &roll("Pc P P P P A A A A"));
    let after = quorum(&rules, &roll("Pc P P P L A A A A"));
    assert!(before.is_quorate);
    assert!(!after.is_quorate);
    assert_eq!(
        after.text.da,
        "Ikke beslutningsdygtig: 4 af 9 stemmeberettigede til stede, kræver 5."
    );
    assert_eq!(
        after.text.en,
        "Not quorate: 4 of 9 voting members present, 5 required."
    );
}

#[test]
fn quorum_rules_count_and_fractions() {
    let with = |quorum| RulesOfProcedure {
        quorum,
        ..RulesOfProcedure::default()
    };
    let members = QuorumMeasure::Members;
    let cases = [
        (
            with(Quorum::MoreThanFraction { numerator: 1, denominator: 2, measure: members }),
            "Pc P P P A A A A",
            "not quorate: 4 of 8, 5 required
             Ikke beslutningsdygtig: 4 af 8 stemmeberettigede til stede, kræver 5.
             Not quorate: 4 of 8 voting members present, 5 required.",
        ),
        (
            // ⌈10 · 2/3⌉ = 7.
            with(Quorum::AtLeastFraction { numerator: 2, denominator: 3, measure: members }),
            "Pc P P P P P P A A A",
            "quorate: 7 of 10, 7 required
             Beslutningsdygtig: 7 af 10 stemmeberettigede til stede, kræver 7.
             Quorate: 7 of 10 voting members present, 7 required.",
        ),
        (
            // ⌊9 · 2/3⌋ + 1 = 7.
            with(Quorum::MoreThanFraction { numerator: 2, denominator: 3, measure: members }),
            "Pc P P P P P A A A",
            "not quorate: 6 of 9, 7 required
             Ikke beslutningsdygtig: 6 af 9 stemmeberettigede til stede, kræver 7.
             Not quorate: 6 of 9 voting members present, 7 required.",
        ),
        (
            with(Quorum::AtLeastCount { count: 3, measure: members }),
            "Pc P P A A A A A A A A",
            "quorate: 3 of 11, 3 required
             Beslutningsdygtig: 3 af 11 stemmeberettigede til stede, kræver 3.
             Quorate: 3 of 11 voting members present, 3 required.",
        ),
        (
            // A count of 0 still needs someone who may vote.
            with(Quorum::AtLeastCount { count: 0, measure: members }),
            "Ac A",
            "not quorate: 0 of 2, 1 required
             Ikke beslutningsdygtig: 0 af 2 stemmeberettigede til stede, kræver 1.
             Not quorate: 0 of 2 voting members present, 1 required.",
        ),
        (
            with(Quorum::None),
            "Pc A A A A A A A A",
            "quorate: 1 of 9, 0 required
             Beslutningsdygtig: 1 af 9 stemmeberettigede til stede; forretningsordenen stiller intet krav om beslutningsdygtighed.
             Quorate: 1 of 9 voting members present; the rules of procedure set no quorum.",
        ),
        (
            with(Quorum::AtLeastFraction { numerator: 1, denominator: 0, measure: members }),
            "Pc P P",
            "not quorate: 3 of 3, 4 required
             Ikke beslutningsdygtig: 3 af 3 stemmeberettigede til stede, men forretningsordenens krav om beslutningsdygtighed (1/0) har nævneren 0 og kan ikke opfyldes; ret forretningsordenen.
             Not quorate: 3 of 3 voting members present, but the quorum in the rules of procedure (1/0) has denominator 0 and can never be met; correct the rules of procedure.",
        ),
    ];
    for (rules, roll_spec, expected) in cases {
        check_quorum(&rules, roll_spec, expected);
    }
}

#[test]
fn quorum_by_vote_weight() {
    let rules = RulesOfProcedure {
        quorum: Quorum::AtLeastFraction {
            numerator: 1,
            denominator: 2,
            measure: QuorumMeasure::VoteWeight,
        },
        ..RulesOfProcedure::default()
    };
    let cases = [
        (
            // Weight 7 in all, 4 present: ⌈3.5⌉ = 4.
            "Pc*3 P A*2 A",
            "quorate: 4 of 7, 4 required
             Beslutningsdygtig: stemmevægt 4 af 7 til stede, kræver 4.
             Quorate: vote weight 4 of 7 present, 4 required.",
        ),
        (
            // Two heads of four are present, but only weight 2 of 7.
            "Pc P A*3 A*2",
            "not quorate: 2 of 7, 4 required
             Ikke beslutningsdygtig: stemmevægt 2 af 7 til stede, kræver 4.
             Not quorate: vote weight 2 of 7 present, 4 required.",
        ),
        (
            "Pc P A*3>2 A*2",
            "quorate: 5 of 7, 4 required
             Beslutningsdygtig: stemmevægt 5 af 7 til stede (heraf 3 ved fuldmagt), kræver 4.
             Quorate: vote weight 5 of 7 present (3 by proxy), 4 required.",
        ),
    ];
    for (roll_spec, expected) in cases {
        check_quorum(&rules, roll_spec, expected);
    }
}

fn check_quorum(rules: &RulesOfProcedure, roll_spec: &str, expected: &str) {
    let result = quorum(rules, &roll(roll_spec));
    let actual = format!(
        "{}: {} of {}, {} required\n{}\n{}",
        if result.is_quorate {
            "quorate"
        } else {
            "not quorate"
        },
        result.present,
        result.total,
        result.required,
        result.text.da,
        result.text.en
    );
    check(
        &format!("quorum of {roll_spec:?} under {:?}", rules.quorum),
        &actual,
        expected,
    );
}

// ---------------------------------------------------------------------------------------------
// Proxies

#[test]
fn proxies_within_the_rules() {
    let one = RulesOfProcedure::default();
    let two = RulesOfProcedure {
        max_proxies_per_holder: 2,
        ..one.clone()
    };
    let none = RulesOfProcedure {
        max_proxies_per_holder: 0,
        ..one.clone()
    };
    let cases = [
        (&one, "Pc P A A", 4, 2, "ok"),
        // Recording the proxy the roll already shows again is not a second proxy.
        (&one, "Pc P A>2 A", 3, 2, "ok"),
        (
            &one,
            "Pc P A>2 A",
            4,
            2,
            "Søren Østergaard already holds 1 proxy; the rules allow at most 1 per member",
        ),
        (&two, "Pc P A>2 A", 4, 2, "ok"),
        (
            &two,
            "Pc P A>2 A>2 A",
            5,
            2,
            "Søren Østergaard already holds 2 proxies; the rules allow at most 2 per member",
        ),
        (
            &none,
            "Pc P A",
            3,
            2,
            "The rules of procedure do not allow proxies",
        ),
        (
            &one,
            "Pc P A",
            3,
            3,
            "Ida Skovgaard cannot hold their own proxy",
        ),
        (
            &one,
            "Pc P A",
            99,
            2,
            "The member giving the proxy (id 00000000-0000-0000-0000-000000000063) is not on this meeting's roll",
        ),
        (
            &one,
            "Pc P A",
            3,
            99,
            "The proxy holder (id 00000000-0000-0000-0000-000000000063) is not on this meeting's roll",
        ),
        (
            &one,
            "Pc P A-",
            3,
            2,
            "Ida Skovgaard has no voting right, so there is no vote to give by proxy",
        ),
        (
            &one,
            "Pc P P",
            3,
            2,
            "Ida Skovgaard is present and votes in person; only a member who is not present can give a proxy",
        ),
        (
            &one,
            "Pc A A",
            3,
            2,
            "Søren Østergaard is absent and so cannot hold a proxy",
        ),
        (
            &one,
            "Pc L A",
            3,
            2,
            "Søren Østergaard has left the meeting and so cannot hold a proxy",
        ),
        (
            &one,
            "Pc E A",
            3,
            2,
            "Søren Østergaard is excused and so cannot hold a proxy",
        ),
        (
            &one,
            "Pc U A",
            3,
            2,
            "Søren Østergaard has not been marked present and so cannot hold a proxy",
        ),
        (
            &one,
            "Pc P- A",
            3,
            2,
            "Søren Østergaard has no voting right and so cannot hold a proxy",
        ),
        (
            &one,
            "Pc P>1 A",
            3,
            2,
            "Søren Østergaard has given a proxy to Anne Larsen and so cannot hold one",
        ),
    ];
    for (rules, roll_spec, from, to, expected) in cases {
        let actual = match check_proxy(rules, &roll(roll_spec), member(from), member(to)) {
            Ok(()) => "ok".to_owned(),
            Err(violation) => violation.message,
        };
        check(
            &format!("proxy {from} → {to} in {roll_spec:?}"),
            &actual,
            expected,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Who may vote

#[test]
fn the_member_casts_their_own_ballot_and_the_holder_an_absent_members() {
    // Anne-Marie present; Jens Peter absent with his proxy to Søren, who is present.
    assert_eq!(
        check_ballot_eligibility(&roll("Pc P P A>5 P"), member(2)),
        Ok(member(2))
    );
    assert_eq!(
        check_ballot_eligibility(&roll("Pc P P A>5 P"), member(4)),
        Ok(member(5))
    );
}

#[test]
fn ballot_eligibility() {
    let cases = [
        ("Pc P P", 3, "ok"),
        ("Pc P A>2", 3, "ok"),
        ("Pc P P-", 3, "Ida Skovgaard has no voting right"),
        (
            "Pc P P A",
            4,
            "Jens Peter Møller is absent and has given no proxy",
        ),
        (
            "Pc P P E",
            4,
            "Jens Peter Møller is excused and has given no proxy",
        ),
        (
            "Pc P P L",
            4,
            "Jens Peter Møller has left the meeting and has given no proxy",
        ),
        (
            "Pc P P U",
            4,
            "Jens Peter Møller has not been marked present and has given no proxy",
        ),
        (
            "Pc L P A>2",
            4,
            "Jens Peter Møller is absent and the proxy holder, Søren Østergaard, has left the meeting",
        ),
        (
            "Pc P P A>99",
            4,
            "Jens Peter Møller is absent and the proxy holder (id 00000000-0000-0000-0000-000000000063) is not on this meeting's roll",
        ),
        (
            "Pc P P A>4",
            4,
            "Jens Peter Møller is absent and has given no proxy",
        ),
        (
            "Pc P",
            99,
            "No member with id 00000000-0000-0000-0000-000000000063 is on this meeting's roll",
        ),
    ];
    for (roll_spec, voter, expected) in cases {
        let actual = match check_ballot_eligibility(&roll(roll_spec), member(voter)) {
            Ok(_) => "ok".to_owned(),
            Err(violation) => violation.message,
        };
        check(
            &format!("ballot for {voter} in {roll_spec:?}"),
            &actual,
            expected,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Yes/no polls

const TEN_PRESENT: &str = "Pc P P P P P P P P P";

#[test]
fn yes_no_simple_majority_of_votes_cast() {
    let rules = RulesOfProcedure::default();
    let simple = Majority::MoreThanHalf {
        base: MajorityBase::VotesCast,
    };
    let cases = [
        (
            "Y Y Y Y Y Y Y N N A",
            "Carried [7, 2, 1]
             Vedtaget: 7 for, 2 imod, 1 undlod.
             Carried: 7 for, 2 against, 1 abstention.",
        ),
        (
            // Abstentions are not counted: 3 for, 2 against is a majority.
            "Y Y Y N N A A A A A",
            "Carried [3, 2, 5]
             Vedtaget: 3 for, 2 imod, 5 undlod.
             Carried: 3 for, 2 against, 5 abstentions.",
        ),
        (
            "Y Y Y N N N N - - -",
            "NotCarried [3, 4, 0]
             Ikke vedtaget: 3 for, 4 imod, 0 undlod.
             Not carried: 3 for, 4 against, 0 abstentions.",
        ),
        (
            "A A A - - - - - - -",
            "NotCarried [0, 0, 3]
             Ikke vedtaget: 0 for, 0 imod, 3 undlod.
             Not carried: 0 for, 0 against, 3 abstentions.",
        ),
        (
            "- - - - - - - - - -",
            "NotCarried [0, 0, 0]
             Ikke vedtaget: ingen stemmer afgivet.
             Not carried: no votes cast.",
        ),
    ];
    for (ballots, expected) in cases {
        check_poll(
            &rules,
            &simple,
            &PollKind::YesNo,
            TEN_PRESENT,
            Votes::Named(ballots),
            expected,
        );
    }
}

#[test]
fn yes_no_with_abstentions_counted_as_cast() {
    let rules = RulesOfProcedure {
        abstentions_count_as_cast: true,
        blank_votes_count_as_cast: true,
        ..RulesOfProcedure::default()
    };
    let simple = Majority::MoreThanHalf {
        base: MajorityBase::VotesCast,
    };
    let cases = [
        (
            // 4 of 9 cast is not more than half.
            "Y Y Y Y N N A A A -",
            "NotCarried [4, 2, 3]
             Ikke vedtaget: 4 for, 2 imod, 3 undlod.
             Not carried: 4 for, 2 against, 3 abstentions.",
        ),
        (
            "Y Y Y Y Y N N A A -",
            "Carried [5, 2, 2]
             Vedtaget: 5 for, 2 imod, 2 undlod.
             Carried: 5 for, 2 against, 2 abstentions.",
        ),
        (
            "A A A - - - - - - -",
            "NotCarried [0, 0, 3]
             Ikke vedtaget: 0 for, 0 imod, 3 undlod.
             Not carried: 0 for, 0 against, 3 abstentions.",
        ),
        (
            // Exactly half of the votes cast is a tie; the chair (first on the roll) voted for.
            "Y Y Y N N A - - - -",
            "Carried [3, 2, 1] casting vote
             Vedtaget ved formandens afgørende stemme: 3 for, 2 imod, 1 undlod.
             Carried by the chair's casting vote: 3 for, 2 against, 1 abstention.",
        ),
    ];
    for (ballots, expected) in cases {
        check_poll(
            &rules,
            &simple,
            &PollKind::YesNo,
            TEN_PRESENT,
            Votes::Named(ballots),
            expected,
        );
    }
}

#[test]
fn yes_no_tie_with_and_without_the_casting_vote() {
    let casting = RulesOfProcedure::default();
    let no_casting = RulesOfProcedure {
        chair_has_casting_vote: false,
        ..casting.clone()
    };
    let simple = Majority::MoreThanHalf {
        base: MajorityBase::VotesCast,
    };
    // The chair, Anne Larsen, is the first member of the roll.
    let cases = [
        (
            &casting,
            "Y Y N N A - - - - -",
            "Carried [2, 2, 1] casting vote
             Vedtaget ved formandens afgørende stemme: 2 for, 2 imod, 1 undlod.
             Carried by the chair's casting vote: 2 for, 2 against, 1 abstention.",
        ),
        (
            &casting,
            "N Y Y N A - - - - -",
            "NotCarried [2, 2, 1] casting vote
             Ikke vedtaget ved formandens afgørende stemme: 2 for, 2 imod, 1 undlod.
             Not carried by the chair's casting vote: 2 for, 2 against, 1 abstention.",
        ),
        (
            &casting,
            "A Y Y N N - - - - -",
            "NotCarried [2, 2, 1]
             Stemmelighed: forslaget er ikke vedtaget (2 for, 2 imod, 1 undlod). Formanden stemte hverken for eller imod.
             Tie: the motion is not carried (2 for, 2 against, 1 abstention). The chair voted neither for nor against.",
        ),
        (
            &casting,
            "- Y Y N N - - - - -",
            "NotCarried [2, 2, 0]
             Stemmelighed: forslaget er ikke vedtaget (2 for, 2 imod, 0 undlod). Formanden stemte hverken for eller imod.
             Tie: the motion is not carried (2 for, 2 against, 0 abstentions). The chair voted neither for nor against.",
        ),
        (
            &no_casting,
            "Y Y N N A - - - - -",
            "NotCarried [2, 2, 1]
             Stemmelighed: forslaget er ikke vedtaget (2 for, 2 imod, 1 undlod).
             Tie: the motion is not carried (2 for, 2 against, 1 abstention).",
        ),
    ];
    for (rules, ballots, expected) in cases {
        check_poll(
            rules,
            &simple,
            &PollKind::YesNo,
            TEN_PRESENT,
            Votes::Named(ballots),
            expected,
        );
    }
    // Hand-counted totals do not say how the chair voted.
    check_poll(
        &casting,
        &simple,
        &PollKind::YesNo,
        TEN_PRESENT,
        Votes::Totals(Totals::YesNo { yes: 4, no: 4, abstain: 1, blank: 0 }),
        "NotCarried [4, 4, 1]
         Stemmelighed: forslaget er ikke vedtaget (4 for, 4 imod, 1 undlod). Formandens afgørende stemme kan ikke bruges, fordi kun stemmetallene er registreret.
         Tie: the motion is not carried (4 for, 4 against, 1 abstention). The chair's casting vote cannot be used because only totals were recorded.",
    );
    // A chair who has left the meeting has no casting vote, even if their ballot was cast by proxy.
    check_poll(
        &casting,
        &simple,
        &PollKind::YesNo,
        "Lc>2 P P P P",
        Votes::Named("Y Y N N -"),
        "NotCarried [2, 2, 0]
         Stemmelighed: forslaget er ikke vedtaget (2 for, 2 imod, 0 undlod). Der er ingen stemmeberettiget formand til stede til at afgøre stemmeligheden.
         Tie: the motion is not carried (2 for, 2 against, 0 abstentions). No chair with voting right is present to break the tie.",
    );
}

#[test]
fn yes_no_absolute_majority_of_all_voting_members() {
    let rules = RulesOfProcedure::default();
    let absolute = Majority::MoreThanHalf {
        base: MajorityBase::AllVotingMembers,
    };
    // Nine voting members, six present: 5 votes for are needed whoever turns up.
    let roll_spec = "Pc P P P P P A A A";
    let cases = [
        (
            "Y Y Y Y Y N - - -",
            "Carried [5, 1, 0]
             Vedtaget: 5 for, 1 imod, 0 undlod.
             Carried: 5 for, 1 against, 0 abstentions.",
        ),
        (
            "Y Y Y Y A A - - -",
            "NotCarried [4, 0, 2]
             Ikke vedtaget: 4 for, 0 imod, 2 undlod.
             Not carried: 4 for, 0 against, 2 abstentions.",
        ),
        (
            // A tie is simply not a majority here; the casting vote does not apply.
            "Y Y Y N N N - - -",
            "NotCarried [3, 3, 0]
             Ikke vedtaget: 3 for, 3 imod, 0 undlod.
             Not carried: 3 for, 3 against, 0 abstentions.",
        ),
    ];
    for (ballots, expected) in cases {
        check_poll(
            &rules,
            &absolute,
            &PollKind::YesNo,
            roll_spec,
            Votes::Named(ballots),
            expected,
        );
    }
    check_rule(
        &rules,
        &absolute,
        &PollKind::YesNo,
        roll_spec,
        "Kræver absolut flertal: mere end halvdelen af alle stemmeberettigedes stemmer (5 af 9); undladelser og fravær tæller i praksis imod.
         Requires an absolute majority: more than half of the votes of all voting members (5 of 9); abstentions and absences in effect count against.",
    );
}

#[test]
fn yes_no_two_thirds_of_those_present() {
    let rules = RulesOfProcedure::default();
    let two_thirds = Majority::Qualified {
        numerator: 2,
        denominator: 3,
        base: MajorityBase::Present,
    };
    // Nine in the room and one represented by proxy: 10 present, 7 votes needed.
    let roll_spec = "Pc P P P P P P P P A>2 A";
    let cases = [
        (
            "Y Y Y Y Y Y Y N N N -",
            "Carried [7, 3, 0]
             Vedtaget: 7 for, 3 imod, 0 undlod.
             Carried: 7 for, 3 against, 0 abstentions.",
        ),
        (
            // 6 for and only 1 against, but the abstentions count against: not carried.
            "Y Y Y Y Y Y N A A A -",
            "NotCarried [6, 1, 3]
             Ikke vedtaget: 6 for, 1 imod, 3 undlod.
             Not carried: 6 for, 1 against, 3 abstentions.",
        ),
    ];
    for (ballots, expected) in cases {
        check_poll(
            &rules,
            &two_thirds,
            &PollKind::YesNo,
            roll_spec,
            Votes::Named(ballots),
            expected,
        );
    }
    check_rule(
        &rules,
        &two_thirds,
        &PollKind::YesNo,
        roll_spec,
        "Kræver 2/3 af de tilstedeværende stemmer (7 af 10); undladelser tæller i praksis imod.
         Requires 2/3 of the votes present (7 of 10); abstentions in effect count against.",
    );
}

#[test]
fn yes_no_majority_of_those_present_counts_proxies_as_the_quorum_does() {
    let counted = RulesOfProcedure::default();
    let not_counted = RulesOfProcedure {
        proxies_count_as_present: false,
        ..counted.clone()
    };
    let half = Majority::MoreThanHalf {
        base: MajorityBase::Present,
    };
    // Three in the room, one represented by Søren Østergaard, one absent.
    let roll_spec = "Pc P P A>2 A";
    let cases = [
        (
            &counted,
            "Kræver mere end halvdelen af de tilstedeværende stemmer (3 af 4); undladelser tæller i praksis imod.",
            "Y Y A N -",
            "NotCarried [2, 1, 1]",
        ),
        (
            // The same ballots when the represented member does not count as present.
            &not_counted,
            "Kræver mere end halvdelen af de tilstedeværende stemmer (2 af 3); undladelser tæller i praksis imod.",
            "Y Y A N -",
            "Carried [2, 1, 1]",
        ),
        (
            &counted,
            "Kræver mere end halvdelen af de tilstedeværende stemmer (3 af 4); undladelser tæller i praksis imod.",
            "Y Y Y A -",
            "Carried [3, 0, 1]",
        ),
    ];
    for (rules, rule_da, ballots, outcome) in cases {
        let result = poll_result(
            rules,
            &half,
            &PollKind::YesNo,
            &roll(roll_spec),
            Ballots::Named(&named(ballots)),
        )
        .expect("valid ballots");
        let actual = format!(
            "{}\n{:?} {:?}",
            result.rule.da, result.outcome, result.tally
        );
        check(ballots, &actual, &format!("{rule_da}\n{outcome}"));
    }
}

#[test]
fn yes_no_two_thirds_of_votes_cast() {
    let rules = RulesOfProcedure::default();
    let two_thirds = Majority::Qualified {
        numerator: 2,
        denominator: 3,
        base: MajorityBase::VotesCast,
    };
    let cases = [
        (
            // 6 of 9 is exactly 2/3.
            "Y Y Y Y Y Y N N N -",
            "Carried [6, 3, 0]
             Vedtaget: 6 for, 3 imod, 0 undlod.
             Carried: 6 for, 3 against, 0 abstentions.",
        ),
        (
            "Y Y Y Y Y N N N - -",
            "NotCarried [5, 3, 0]
             Ikke vedtaget: 5 for, 3 imod, 0 undlod.
             Not carried: 5 for, 3 against, 0 abstentions.",
        ),
        (
            // Abstentions are left out of the votes cast.
            "Y Y Y Y N N A A A A",
            "Carried [4, 2, 4]
             Vedtaget: 4 for, 2 imod, 4 undlod.
             Carried: 4 for, 2 against, 4 abstentions.",
        ),
    ];
    for (ballots, expected) in cases {
        check_poll(
            &rules,
            &two_thirds,
            &PollKind::YesNo,
            TEN_PRESENT,
            Votes::Named(ballots),
            expected,
        );
    }
}

#[test]
fn yes_no_unanimity() {
    let not_counted = RulesOfProcedure::default();
    let counted = RulesOfProcedure {
        abstentions_count_as_cast: true,
        blank_votes_count_as_cast: true,
        ..not_counted.clone()
    };
    let cases = [
        (
            &not_counted,
            "Y Y Y Y Y A A - - -",
            "Carried [5, 0, 2]
             Vedtaget: 5 for, 0 imod, 2 undlod.
             Carried: 5 for, 0 against, 2 abstentions.",
        ),
        (
            &not_counted,
            "Y Y Y Y Y Y Y Y Y N",
            "NotCarried [9, 1, 0]
             Ikke vedtaget: 9 for, 1 imod, 0 undlod.
             Not carried: 9 for, 1 against, 0 abstentions.",
        ),
        (
            &counted,
            "Y Y Y Y Y A - - - -",
            "NotCarried [5, 0, 1]
             Ikke vedtaget: 5 for, 0 imod, 1 undlod.
             Not carried: 5 for, 0 against, 1 abstention.",
        ),
        (
            // Nobody against, but nobody for either.
            &not_counted,
            "A A A - - - - - - -",
            "NotCarried [0, 0, 3]
             Ikke vedtaget: 0 for, 0 imod, 3 undlod.
             Not carried: 0 for, 0 against, 3 abstentions.",
        ),
    ];
    for (rules, ballots, expected) in cases {
        check_poll(
            rules,
            &Majority::Unanimity,
            &PollKind::YesNo,
            TEN_PRESENT,
            Votes::Named(ballots),
            expected,
        );
    }
}

/// Statutes' "enstemmighed blandt alle stemmeberettigede": one member absent is enough to stop
/// it, where unanimity of those voting would carry the same ballots.
#[test]
fn yes_no_unanimity_of_all_voting_members() {
    let rules = RulesOfProcedure::default();
    let one_absent = "Pc P P P P P P P P A";
    let all_for_but_the_absent = "Y Y Y Y Y Y Y Y Y -";
    check_poll(
        &rules,
        &Majority::Unanimity,
        &PollKind::YesNo,
        one_absent,
        Votes::Named(all_for_but_the_absent),
        "Carried [9, 0, 0]
         Vedtaget: 9 for, 0 imod, 0 undlod.
         Carried: 9 for, 0 against, 0 abstentions.",
    );
    check_poll(
        &rules,
        &Majority::UnanimityOfAll,
        &PollKind::YesNo,
        one_absent,
        Votes::Named(all_for_but_the_absent),
        "NotCarried [9, 0, 0]
         Ikke vedtaget: 9 for, 0 imod, 0 undlod.
         Not carried: 9 for, 0 against, 0 abstentions.",
    );
    check_poll(
        &rules,
        &Majority::UnanimityOfAll,
        &PollKind::YesNo,
        TEN_PRESENT,
        Votes::Named("Y Y Y Y Y Y Y Y Y Y"),
        "Carried [10, 0, 0]
         Vedtaget: 10 for, 0 imod, 0 undlod.
         Carried: 10 for, 0 against, 0 abstentions.",
    );
    // An abstention stops it too, whether or not abstentions count as cast.
    check_poll(
        &rules,
        &Majority::UnanimityOfAll,
        &PollKind::YesNo,
        TEN_PRESENT,
        Votes::Named("Y Y Y Y Y Y Y Y Y A"),
        "NotCarried [9, 0, 1]
         Ikke vedtaget: 9 for, 0 imod, 1 undlod.
         Not carried: 9 for, 0 against, 1 abstention.",
    );
}

#[test]
fn yes_no_weighted_votes() {
    let rules = RulesOfProcedure::default();
    let simple = Majority::MoreThanHalf {
        base: MajorityBase::VotesCast,
    };
    // A large municipality with weight 3 outvotes two small ones.
    let roll_spec = "Pc*3 P P P A*2>4";
    let cases = [
        (
            "Y N N A -",
            "Carried [3, 2, 1]
             Vedtaget: 3 for, 2 imod, 1 undlod.
             Carried: 3 for, 2 against, 1 abstention.",
        ),
        (
            // The absent member's ballot, cast by their proxy holder, carries their weight.
            "Y N N A N",
            "NotCarried [3, 4, 1]
             Ikke vedtaget: 3 for, 4 imod, 1 undlod.
             Not carried: 3 for, 4 against, 1 abstention.",
        ),
    ];
    for (ballots, expected) in cases {
        check_poll(
            &rules,
            &simple,
            &PollKind::YesNo,
            roll_spec,
            Votes::Named(ballots),
            expected,
        );
    }
    check_rule(
        &rules,
        &simple,
        &PollKind::YesNo,
        roll_spec,
        "Kræver simpelt flertal af de afgivne stemmer; undladelser tælles ikke med. Ved stemmelighed er formandens stemme afgørende. Hver stemme vægtes med medlemmets stemmevægt.
         Requires a simple majority of the votes cast; abstentions are not counted. In a tie the chair has the casting vote. Each vote is weighted by the member's vote weight.",
    );
}

#[test]
fn yes_no_from_hand_counted_totals() {
    let rules = RulesOfProcedure::default();
    let simple = Majority::MoreThanHalf {
        base: MajorityBase::VotesCast,
    };
    let cases = [
        (
            Totals::YesNo {
                yes: 7,
                no: 2,
                abstain: 1,
                blank: 0,
            },
            "Carried [7, 2, 1]
             Vedtaget: 7 for, 2 imod, 1 undlod.
             Carried: 7 for, 2 against, 1 abstention.",
        ),
        (
            Totals::YesNo {
                yes: 0,
                no: 0,
                abstain: 0,
                blank: 0,
            },
            "NotCarried [0, 0, 0]
             Ikke vedtaget: ingen stemmer afgivet.
             Not carried: no votes cast.",
        ),
    ];
    for (totals, expected) in cases {
        check_poll(
            &rules,
            &simple,
            &PollKind::YesNo,
            TEN_PRESENT,
            Votes::Totals(totals),
            expected,
        );
    }
}

#[test]
fn yes_no_plurality_means_more_for_than_against() {
    let rules = RulesOfProcedure {
        abstentions_count_as_cast: true,
        blank_votes_count_as_cast: true,
        ..RulesOfProcedure::default()
    };
    let cases = [
        (
            "Y Y Y N N A A A A -",
            "Carried [3, 2, 4]
             Vedtaget: 3 for, 2 imod, 4 undlod.
             Carried: 3 for, 2 against, 4 abstentions.",
        ),
        (
            "N Y Y N A A - - - -",
            "NotCarried [2, 2, 2] casting vote
             Ikke vedtaget ved formandens afgørende stemme: 2 for, 2 imod, 2 undlod.
             Not carried by the chair's casting vote: 2 for, 2 against, 2 abstentions.",
        ),
    ];
    for (ballots, expected) in cases {
        check_poll(
            &rules,
            &Majority::Plurality,
            &PollKind::YesNo,
            TEN_PRESENT,
            Votes::Named(ballots),
            expected,
        );
    }
}

/// Blank votes ("blank stemme") in a yes/no poll are a ballot of their own: counted apart from
/// abstentions in the tally and the summary, and in the base only when the rules say so (by
/// default not, as Danish practice treats a blank vote as not voting).
#[test]
fn yes_no_blank_votes_apart_from_abstentions() {
    let default = RulesOfProcedure::default();
    let blanks_counted = RulesOfProcedure {
        blank_votes_count_as_cast: true,
        ..default.clone()
    };
    let simple = Majority::MoreThanHalf {
        base: MajorityBase::VotesCast,
    };
    let cases = [
        (
            // Not counted: 4 for, 3 against is a majority whatever the blanks.
            &default,
            simple.clone(),
            Votes::Named("Y Y Y Y N N N A B B"),
            "Carried [4, 3, 1, 2]
             Vedtaget: 4 for, 3 imod, 1 undlod, 2 blanke.
             Carried: 4 for, 3 against, 1 abstention, 2 blank votes.",
        ),
        (
            // Counted: 4 of 9 cast (the abstention aside) is not more than half.
            &blanks_counted,
            simple.clone(),
            Votes::Named("Y Y Y Y N N N A B B"),
            "NotCarried [4, 3, 1, 2]
             Ikke vedtaget: 4 for, 3 imod, 1 undlod, 2 blanke.
             Not carried: 4 for, 3 against, 1 abstention, 2 blank votes.",
        ),
        (
            // Counted, 4 for and 4 against-or-blank of 8 cast is a tie; the chair voted for.
            &blanks_counted,
            simple.clone(),
            Votes::Named("Y Y Y Y N N B B - -"),
            "Carried [4, 2, 0, 2] casting vote
             Vedtaget ved formandens afgørende stemme: 4 for, 2 imod, 0 undlod, 2 blanke.
             Carried by the chair's casting vote: 4 for, 2 against, 0 abstentions, 2 blank votes.",
        ),
        (
            &default,
            simple.clone(),
            Votes::Named("B - - - - - - - - -"),
            "NotCarried [0, 0, 0, 1]
             Ikke vedtaget: 0 for, 0 imod, 0 undlod, 1 blank.
             Not carried: 0 for, 0 against, 0 abstentions, 1 blank vote.",
        ),
        (
            // Unanimity: a blank vote prevents it only when blank votes count.
            &default,
            Majority::Unanimity,
            Votes::Named("Y Y Y B - - - - - -"),
            "Carried [3, 0, 0, 1]
             Vedtaget: 3 for, 0 imod, 0 undlod, 1 blank.
             Carried: 3 for, 0 against, 0 abstentions, 1 blank vote.",
        ),
        (
            &blanks_counted,
            Majority::Unanimity,
            Votes::Named("Y Y Y B - - - - - -"),
            "NotCarried [3, 0, 0, 1]
             Ikke vedtaget: 3 for, 0 imod, 0 undlod, 1 blank.
             Not carried: 3 for, 0 against, 0 abstentions, 1 blank vote.",
        ),
        (
            // Under an absolute majority a blank vote, like an abstention, is in effect against.
            &default,
            Majority::MoreThanHalf {
                base: MajorityBase::AllVotingMembers,
            },
            Votes::Named("Y Y Y Y Y B B B B B"),
            "NotCarried [5, 0, 0, 5]
             Ikke vedtaget: 5 for, 0 imod, 0 undlod, 5 blanke.
             Not carried: 5 for, 0 against, 0 abstentions, 5 blank votes.",
        ),
        (
            // Hand-counted totals carry blank votes too.
            &default,
            simple.clone(),
            Votes::Totals(Totals::YesNo {
                yes: 3,
                no: 2,
                abstain: 0,
                blank: 4,
            }),
            "Carried [3, 2, 0, 4]
             Vedtaget: 3 for, 2 imod, 0 undlod, 4 blanke.
             Carried: 3 for, 2 against, 0 abstentions, 4 blank votes.",
        ),
    ];
    for (rules, majority, votes, expected) in cases {
        check_poll(
            rules,
            &majority,
            &PollKind::YesNo,
            TEN_PRESENT,
            votes,
            expected,
        );
    }
}

/// The rule a yes/no poll prints names blank votes when the poll had any, or when the rules count
/// them otherwise than abstentions; a poll without them reads as before.
#[test]
fn yes_no_rule_texts_name_blank_votes() {
    let default = RulesOfProcedure::default();
    let abstentions_counted = RulesOfProcedure {
        abstentions_count_as_cast: true,
        ..default.clone()
    };
    let both_counted = RulesOfProcedure {
        blank_votes_count_as_cast: true,
        ..abstentions_counted.clone()
    };
    let simple = Majority::MoreThanHalf {
        base: MajorityBase::VotesCast,
    };
    let cases = [
        (
            &default,
            simple.clone(),
            "Y N",
            "Kræver simpelt flertal af de afgivne stemmer; undladelser tælles ikke med. Ved stemmelighed er formandens stemme afgørende.
             Requires a simple majority of the votes cast; abstentions are not counted. In a tie the chair has the casting vote.",
        ),
        (
            &default,
            simple.clone(),
            "Y N B",
            "Kræver simpelt flertal af de afgivne stemmer; undladelser og blanke stemmer tælles ikke med. Ved stemmelighed er formandens stemme afgørende.
             Requires a simple majority of the votes cast; abstentions and blank votes are not counted. In a tie the chair has the casting vote.",
        ),
        (
            &both_counted,
            simple.clone(),
            "Y N B",
            "Kræver simpelt flertal af de afgivne stemmer; undladelser og blanke stemmer tælles som afgivne stemmer og virker derfor som stemmer imod. Ved stemmelighed er formandens stemme afgørende.
             Requires a simple majority of the votes cast; abstentions and blank votes count as votes cast and so, in effect, against. In a tie the chair has the casting vote.",
        ),
        (
            &abstentions_counted,
            simple.clone(),
            "Y N",
            "Kræver simpelt flertal af de afgivne stemmer; undladelser tælles som afgivne stemmer og virker derfor som stemmer imod; blanke stemmer tælles ikke med. Ved stemmelighed er formandens stemme afgørende.
             Requires a simple majority of the votes cast; abstentions count as votes cast and so, in effect, against; blank votes are not counted. In a tie the chair has the casting vote.",
        ),
        (
            &abstentions_counted,
            Majority::Unanimity,
            "Y B",
            "Kræver enstemmighed: alle afgivne stemmer for; undladelser tælles som afgivne stemmer og hindrer derfor vedtagelse; blanke stemmer tælles ikke med.
             Requires unanimity: every vote cast for; abstentions count as votes cast and so prevent it; blank votes are not counted.",
        ),
        (
            &default,
            Majority::MoreThanHalf {
                base: MajorityBase::Present,
            },
            "Y B",
            "Kræver mere end halvdelen af de tilstedeværende stemmer (4 af 6); undladelser og blanke stemmer tæller i praksis imod.
             Requires more than half of the votes present (4 of 6); abstentions and blank votes in effect count against.",
        ),
        (
            &default,
            Majority::Qualified {
                numerator: 3,
                denominator: 4,
                base: MajorityBase::AllVotingMembers,
            },
            "Y B",
            "Kræver 3/4 af alle stemmeberettigedes stemmer (6 af 8); undladelser, blanke stemmer og fravær tæller i praksis imod.
             Requires 3/4 of the votes of all voting members (6 of 8); abstentions, blank votes and absences in effect count against.",
        ),
    ];
    for (rules, majority, ballots, expected) in cases {
        let result = poll_result(
            rules,
            &majority,
            &PollKind::YesNo,
            &roll("Pc P P P P P A A"),
            Ballots::Named(&named(ballots)),
        )
        .expect("a valid poll");
        check(
            &format!("rule of {majority:?} with {ballots:?}"),
            &format!("{}\n{}", result.rule.da, result.rule.en),
            expected,
        );
    }
}

/// Rules stored before blank votes had a rule of their own count them as they count abstentions,
/// as Gavel 0.3 did in choice polls; new rules say it themselves.
#[test]
fn stored_rules_without_a_blank_vote_rule_count_blanks_as_abstentions() {
    let stored = |abstentions: bool| {
        format!(
            r#"{{"quorum":{{"type":"none"}},"majority":{{"type":"plurality"}},"abstentions_count_as_cast":{abstentions},"chair_has_casting_vote":true,"max_proxies_per_holder":1,"proxies_count_as_present":true}}"#
        )
    };
    for abstentions in [false, true] {
        let rules: RulesOfProcedure =
            serde_json::from_str(&stored(abstentions)).expect("old rules read");
        assert_eq!(rules.blank_votes_count_as_cast, abstentions);
    }
    let new: RulesOfProcedure = serde_json::from_str(
        r#"{"quorum":{"type":"none"},"majority":{"type":"plurality"},"abstentions_count_as_cast":true,"blank_votes_count_as_cast":false,"chair_has_casting_vote":true,"max_proxies_per_holder":1,"proxies_count_as_present":true}"#,
    )
    .expect("new rules read");
    assert!(new.abstentions_count_as_cast && !new.blank_votes_count_as_cast);
    assert_eq!(
        serde_json::from_str::<RulesOfProcedure>(&serde_json::to_string(&new).expect("serialises"))
            .expect("reads back"),
        new
    );
}

#[test]
fn yes_no_rule_texts() {
    let default = RulesOfProcedure::default();
    let counted = RulesOfProcedure {
        abstentions_count_as_cast: true,
        blank_votes_count_as_cast: true,
        chair_has_casting_vote: false,
        ..default.clone()
    };
    let cases = [
        (
            &default,
            Majority::MoreThanHalf { base: MajorityBase::VotesCast },
            "Kræver simpelt flertal af de afgivne stemmer; undladelser tælles ikke med. Ved stemmelighed er formandens stemme afgørende.
             Requires a simple majority of the votes cast; abstentions are not counted. In a tie the chair has the casting vote.",
        ),
        (
            &counted,
            Majority::MoreThanHalf { base: MajorityBase::VotesCast },
            "Kræver simpelt flertal af de afgivne stemmer; undladelser tælles som afgivne stemmer og virker derfor som stemmer imod. Ved stemmelighed er forslaget ikke vedtaget.
             Requires a simple majority of the votes cast; abstentions count as votes cast and so, in effect, against. In a tie the motion is not carried.",
        ),
        (
            &default,
            Majority::MoreThanHalf { base: MajorityBase::Present },
            "Kræver mere end halvdelen af de tilstedeværende stemmer (4 af 6); undladelser tæller i praksis imod.
             Requires more than half of the votes present (4 of 6); abstentions in effect count against.",
        ),
        (
            &default,
            Majority::Qualified { numerator: 3, denominator: 4, base: MajorityBase::AllVotingMembers },
            "Kræver 3/4 af alle stemmeberettigedes stemmer (6 af 8); undladelser og fravær tæller i praksis imod.
             Requires 3/4 of the votes of all voting members (6 of 8); abstentions and absences in effect count against.",
        ),
        (
            &default,
            Majority::Qualified { numerator: 2, denominator: 3, base: MajorityBase::VotesCast },
            "Kræver 2/3 af de afgivne stemmer; undladelser tælles ikke med.
             Requires 2/3 of the votes cast; abstentions are not counted.",
        ),
        (
            &default,
            Majority::Unanimity,
            "Kræver enstemmighed: ingen stemmer imod og mindst én for; undladelser tælles ikke med.
             Requires unanimity: no votes against and at least one for; abstentions are not counted.",
        ),
        (
            &counted,
            Majority::Unanimity,
            "Kræver enstemmighed: alle afgivne stemmer for; undladelser tælles som afgivne stemmer og hindrer derfor vedtagelse.
             Requires unanimity: every vote cast for; abstentions count as votes cast and so prevent it.",
        ),
        (
            &default,
            Majority::UnanimityOfAll,
            "Kræver enstemmighed blandt alle stemmeberettigede: alle stemmer for (8 af 8); fravær, undladelser og blanke stemmer hindrer vedtagelse.
             Requires unanimity of all voting members: every vote for (8 of 8); an absence, an abstention or a blank vote prevents it.",
        ),
        (
            &counted,
            Majority::Plurality,
            "Kræver relativt flertal: flere stemmer for end imod; undladelser tælles ikke med. Ved stemmelighed er forslaget ikke vedtaget.
             Requires a plurality: more votes for than against; abstentions are not counted. In a tie the motion is not carried.",
        ),
    ];
    for (rules, majority, expected) in cases {
        check_rule(
            rules,
            &majority,
            &PollKind::YesNo,
            "Pc P P P P P A A",
            expected,
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Choice polls

fn solutions() -> PollKind {
    PollKind::Choice {
        options: vec!["Løsning A".into(), "Løsning B".into(), "Løsning C".into()],
    }
}

#[test]
fn choice_by_plurality() {
    let casting = RulesOfProcedure::default();
    let no_casting = RulesOfProcedure {
        chair_has_casting_vote: false,
        ..casting.clone()
    };
    let cases = [
        (
            &casting,
            "#1 #1 #1 #1 #1 #1 #0 #0 #0 #2",
            "Winner { index: 1 } [3, 6, 1, 0]
             Valgt: »Løsning B« med 6 af 10 stemmer.
             Chosen: “Løsning B” with 6 of 10 votes.",
        ),
        (
            // Fewer than half is enough for a plurality; blank votes are mentioned, not counted.
            &casting,
            "#2 #1 #1 #1 #0 #0 B B B -",
            "Winner { index: 1 } [2, 3, 1, 3]
             Valgt: »Løsning B« med 3 af 6 stemmer. 3 blanke stemmer tælles ikke med.
             Chosen: “Løsning B” with 3 of 6 votes. 3 blank votes are not counted.",
        ),
        (
            &casting,
            "#0 #0 #0 #0 #1 #1 #1 #1 #2 B",
            "Winner { index: 0 } [4, 4, 1, 1] casting vote
             Valgt ved formandens afgørende stemme: »Løsning A« med 4 af 9 stemmer (stemmelighed med »Løsning B«). 1 blank stemme tælles ikke med.
             Chosen by the chair's casting vote: “Løsning A” with 4 of 9 votes (tied with “Løsning B”). 1 blank vote is not counted.",
        ),
        (
            &casting,
            "#2 #0 #0 #1 #1 - - - - -",
            "NoWinner [2, 2, 1, 0]
             Intet valgt: stemmelighed mellem »Løsning A« og »Løsning B« med 2 stemmer hver. Formanden stemte ikke på nogen af dem.
             No option chosen: “Løsning A” and “Løsning B” tied with 2 votes each. The chair voted for neither of them.",
        ),
        (
            &no_casting,
            "#0 #1 #2 - - - - - - -",
            "NoWinner [1, 1, 1, 0]
             Intet valgt: stemmelighed mellem »Løsning A«, »Løsning B« og »Løsning C« med 1 stemme hver.
             No option chosen: “Løsning A”, “Løsning B” and “Løsning C” tied with 1 vote each.",
        ),
        (
            &casting,
            "B B - - - - - - - -",
            "NoWinner [0, 0, 0, 2]
             Intet valgt: kun blanke stemmer (2).
             No option chosen: only blank votes (2).",
        ),
        (
            &casting,
            "- - - - - - - - - -",
            "NoWinner [0, 0, 0, 0]
             Intet valgt: ingen stemmer afgivet.
             No option chosen: no votes cast.",
        ),
    ];
    for (rules, ballots, expected) in cases {
        check_poll(
            rules,
            &Majority::Plurality,
            &solutions(),
            TEN_PRESENT,
            Votes::Named(ballots),
            expected,
        );
    }
    check_poll(
        &casting,
        &Majority::Plurality,
        &solutions(),
        TEN_PRESENT,
        Votes::Totals(Totals::Choice { votes: vec![4, 4, 0], blank: 0 }),
        "NoWinner [4, 4, 0, 0]
         Intet valgt: stemmelighed mellem »Løsning A« og »Løsning B« med 4 stemmer hver. Formandens afgørende stemme kan ikke bruges, fordi kun stemmetallene er registreret.
         No option chosen: “Løsning A” and “Løsning B” tied with 4 votes each. The chair's casting vote cannot be used because only totals were recorded.",
    );
}

#[test]
fn choice_by_majority_with_blank_votes_excluded_or_counted() {
    let excluded = RulesOfProcedure::default();
    let counted = RulesOfProcedure {
        abstentions_count_as_cast: true,
        blank_votes_count_as_cast: true,
        ..excluded.clone()
    };
    let half = Majority::MoreThanHalf {
        base: MajorityBase::VotesCast,
    };
    let two_thirds = Majority::Qualified {
        numerator: 2,
        denominator: 3,
        base: MajorityBase::VotesCast,
    };
    let cases = [
        (
            &excluded,
            &half,
            "#0 #0 #0 #0 #0 #1 #1 #1 B B",
            "Winner { index: 0 } [5, 3, 0, 2]
             Valgt: »Løsning A« med 5 af 8 stemmer. 2 blanke stemmer tælles ikke med.
             Chosen: “Løsning A” with 5 of 8 votes. 2 blank votes are not counted.",
        ),
        (
            // The same ballots when blank votes count as cast: 5 of 10 is not more than half.
            &counted,
            &half,
            "#0 #0 #0 #0 #0 #1 #1 #1 B B",
            "NoWinner [5, 3, 0, 2]
             Intet valgt: ingen mulighed fik de krævede 6 stemmer; flest fik »Løsning A« med 5 af 10. Heraf er 2 blanke.
             No option chosen: no option reached the required 6 votes; “Løsning A” led with 5 of 10. 2 of them are blank.",
        ),
        (
            // 2/3 of the valid votes cast, blank votes excluded: 6 of 9.
            &excluded,
            &two_thirds,
            "#0 #0 #0 #0 #0 #0 #1 #2 #2 B",
            "Winner { index: 0 } [6, 1, 2, 1]
             Valgt: »Løsning A« med 6 af 9 stemmer. 1 blank stemme tælles ikke med.
             Chosen: “Løsning A” with 6 of 9 votes. 1 blank vote is not counted.",
        ),
        (
            &excluded,
            &two_thirds,
            "#0 #0 #0 #0 #0 #1 #1 #1 #1 B",
            "NoWinner [5, 4, 0, 1]
             Intet valgt: ingen mulighed fik de krævede 6 stemmer; flest fik »Løsning A« med 5 af 9. 1 blank stemme tælles ikke med.
             No option chosen: no option reached the required 6 votes; “Løsning A” led with 5 of 9. 1 blank vote is not counted.",
        ),
    ];
    for (rules, majority, ballots, expected) in cases {
        check_poll(
            rules,
            majority,
            &solutions(),
            TEN_PRESENT,
            Votes::Named(ballots),
            expected,
        );
    }
}

#[test]
fn choice_by_unanimity() {
    let rules = RulesOfProcedure::default();
    let cases = [
        (
            "#2 #2 #2 #2 B - - - - -",
            "Winner { index: 2 } [0, 0, 4, 1]
             Valgt: »Løsning C« med 4 af 4 stemmer. 1 blank stemme tælles ikke med.
             Chosen: “Løsning C” with 4 of 4 votes. 1 blank vote is not counted.",
        ),
        (
            "#2 #2 #2 #0 - - - - - -",
            "NoWinner [1, 0, 3, 0]
             Intet valgt: stemmerne var ikke enstemmige; flest fik »Løsning C« med 3 af 4.
             No option chosen: the vote was not unanimous; “Løsning C” led with 3 of 4.",
        ),
    ];
    for (ballots, expected) in cases {
        check_poll(
            &rules,
            &Majority::Unanimity,
            &solutions(),
            TEN_PRESENT,
            Votes::Named(ballots),
            expected,
        );
    }
}

#[test]
fn choice_rule_texts() {
    let default = RulesOfProcedure::default();
    let counted = RulesOfProcedure {
        abstentions_count_as_cast: true,
        blank_votes_count_as_cast: true,
        chair_has_casting_vote: false,
        ..default.clone()
    };
    let cases = [
        (
            &default,
            Majority::Plurality,
            "Den mulighed, der får flest stemmer, er valgt (relativt flertal); blanke stemmer tælles ikke med. Ved stemmelighed er formandens stemme afgørende.
             The option with the most votes is chosen (plurality); blank votes are not counted. In a tie the chair has the casting vote.",
        ),
        (
            &counted,
            Majority::Plurality,
            "Den mulighed, der får flest stemmer, er valgt (relativt flertal); blanke stemmer tælles ikke med. Ved stemmelighed er intet valgt.
             The option with the most votes is chosen (plurality); blank votes are not counted. In a tie no option is chosen.",
        ),
        (
            &default,
            Majority::Qualified { numerator: 2, denominator: 3, base: MajorityBase::VotesCast },
            "Kræver 2/3 af de afgivne stemmer; blanke stemmer tælles ikke med. Opnår ingen mulighed det, er intet valgt.
             Requires 2/3 of the votes cast; blank votes are not counted. If no option reaches that, none is chosen.",
        ),
        (
            &counted,
            Majority::MoreThanHalf { base: MajorityBase::VotesCast },
            "Kræver mere end halvdelen af de afgivne stemmer; blanke stemmer tælles som afgivne. Opnår ingen mulighed det, er intet valgt.
             Requires more than half of the votes cast; blank votes count as votes cast. If no option reaches that, none is chosen.",
        ),
        (
            &default,
            Majority::MoreThanHalf { base: MajorityBase::AllVotingMembers },
            "Kræver absolut flertal: mere end halvdelen af alle stemmeberettigedes stemmer (5 af 8). Opnår ingen mulighed det, er intet valgt.
             Requires an absolute majority: more than half of the votes of all voting members (5 of 8). If no option reaches that, none is chosen.",
        ),
        (
            &default,
            Majority::Unanimity,
            "Kræver enstemmighed: alle afgivne stemmer på samme mulighed; blanke stemmer tælles ikke med.
             Requires unanimity: every vote cast for the same option; blank votes are not counted.",
        ),
    ];
    for (rules, majority, expected) in cases {
        check_rule(rules, &majority, &solutions(), "Pc P P P P P A A", expected);
    }
}

// ---------------------------------------------------------------------------------------------
// Prioritisation polls

fn backlog_items() -> Vec<String> {
    vec!["MO-1420".into(), "MO-7".into(), "MO-311".into()]
}

#[test]
fn points_by_cumulative_voting() {
    let rules = RulesOfProcedure::default();
    let kind = PollKind::Points {
        items: backlog_items(),
        points_per_voter: 10,
    };
    let cases = [
        (
            "Pc P P P",
            "5,5,0 10,0,0 0,4,6 B",
            "Ranked [15, 9, 6] ranking [0, 1, 2]
             Rækkefølge: 1. MO-1420 (15 point), 2. MO-7 (9 point), 3. MO-311 (6 point).
             Order: 1. MO-1420 (15 points), 2. MO-7 (9 points), 3. MO-311 (6 points).",
        ),
        (
            // Fewer points than allowed is fine; weight 2 doubles a ballot.
            "Pc P*2 P",
            "0,1,0 0,0,3 0,6,0",
            "Ranked [0, 7, 6] ranking [1, 2, 0]
             Rækkefølge: 1. MO-7 (7 point), 2. MO-311 (6 point), 3. MO-1420 (0 point).
             Order: 1. MO-7 (7 points), 2. MO-311 (6 points), 3. MO-1420 (0 points).",
        ),
        (
            // Ties keep the listed order.
            "Pc P P",
            "0,1,0 0,0,1 B",
            "Ranked [0, 1, 1] ranking [1, 2, 0]
             Rækkefølge: 1. MO-7 (1 point), 2. MO-311 (1 point), 3. MO-1420 (0 point).
             Order: 1. MO-7 (1 point), 2. MO-311 (1 point), 3. MO-1420 (0 points).",
        ),
        (
            "Pc P P",
            "B B -",
            "Ranked [0, 0, 0] ranking [0, 1, 2]
             Ingen point givet; sagerne beholder den oprindelige rækkefølge.
             No points given; the items keep their listed order.",
        ),
    ];
    for (roll_spec, ballots, expected) in cases {
        check_poll(
            &rules,
            &Majority::Plurality,
            &kind,
            roll_spec,
            Votes::Named(ballots),
            expected,
        );
    }
    check_poll(
        &rules,
        &Majority::Plurality,
        &kind,
        "Pc P",
        Votes::Totals(Totals::Scores {
            scores: vec![3, 30, 12],
        }),
        "Ranked [3, 30, 12] ranking [1, 2, 0]
         Rækkefølge: 1. MO-7 (30 point), 2. MO-311 (12 point), 3. MO-1420 (3 point).
         Order: 1. MO-7 (30 points), 2. MO-311 (12 points), 3. MO-1420 (3 points).",
    );
    check_rule(
        &rules,
        &Majority::Plurality,
        &kind,
        "Pc P",
        "Prioritering ved pointfordeling: hver stemmeberettiget fordeler op til 10 point på sagerne, og sagerne ordnes efter samlet pointtal. Ved pointlighed bevares den oprindelige rækkefølge.
         Prioritisation by cumulative voting: each voter distributes up to 10 points across the items, and the items are ordered by total points. Ties keep the order in which the items were listed.",
    );
}

#[test]
fn ranking_by_borda_count() {
    let rules = RulesOfProcedure::default();
    let kind = PollKind::Ranking {
        items: backlog_items(),
    };
    let cases = [
        (
            // MO-1420: 2+1+0, MO-7: 1+2+2, MO-311: 0+0+1.
            "Pc P P P",
            "0>1>2 1>0>2 1>2>0 B",
            "Ranked [3, 5, 1] ranking [1, 0, 2]
             Rækkefølge: 1. MO-7 (5 point), 2. MO-1420 (3 point), 3. MO-311 (1 point).
             Order: 1. MO-7 (5 points), 2. MO-1420 (3 points), 3. MO-311 (1 point).",
        ),
        (
            // Weight 3 counts one ranking three times; the tie keeps the listed order.
            "Pc*3 P P P",
            "2>0>1 0>2>1 0>2>1 0>2>1",
            "Ranked [9, 0, 9] ranking [0, 2, 1]
             Rækkefølge: 1. MO-1420 (9 point), 2. MO-311 (9 point), 3. MO-7 (0 point).
             Order: 1. MO-1420 (9 points), 2. MO-311 (9 points), 3. MO-7 (0 points).",
        ),
    ];
    for (roll_spec, ballots, expected) in cases {
        check_poll(
            &rules,
            &Majority::Plurality,
            &kind,
            roll_spec,
            Votes::Named(ballots),
            expected,
        );
    }
    let five = PollKind::Ranking {
        items: vec![
            "MO-1".into(),
            "MO-2".into(),
            "MO-3".into(),
            "MO-4".into(),
            "MO-5".into(),
        ],
    };
    check_rule(
        &rules,
        &Majority::Plurality,
        &five,
        "Pc P",
        "Rangordning optalt efter Borda-metoden: med 5 sager giver 1.-pladsen 4 point, sidstepladsen 0. Ved pointlighed bevares den oprindelige rækkefølge.
         Ranking counted by the Borda count: with 5 items, first place gets 4 points, last place 0. Ties keep the order in which the items were listed.",
    );
    check_rule(
        &rules,
        &Majority::Plurality,
        &PollKind::Ranking { items: vec!["MO-1".into(), "MO-2".into()] },
        "Pc P*2",
        "Rangordning optalt efter Borda-metoden: med 2 sager giver 1.-pladsen 1 point, sidstepladsen 0. Ved pointlighed bevares den oprindelige rækkefølge. Hver stemme vægtes med medlemmets stemmevægt.
         Ranking counted by the Borda count: with 2 items, first place gets 1 point, last place 0. Ties keep the order in which the items were listed. Each vote is weighted by the member's vote weight.",
    );
}

// ---------------------------------------------------------------------------------------------
// Refused polls and ballots

#[test]
fn each_rule_violation_has_a_clear_message() {
    let rules = RulesOfProcedure::default();
    let simple = Majority::MoreThanHalf {
        base: MajorityBase::VotesCast,
    };
    let points = PollKind::Points {
        items: backlog_items(),
        points_per_voter: 10,
    };
    let ranking = PollKind::Ranking {
        items: backlog_items(),
    };
    let roll_spec = "Pc P P- A A>2";
    let cases: Vec<(Majority, PollKind, Votes, &str)> = vec![
        (
            Majority::Qualified {
                numerator: 2,
                denominator: 0,
                base: MajorityBase::Present,
            },
            PollKind::YesNo,
            Votes::Named("Y"),
            "The majority 2/0 has denominator 0; correct the rules of procedure or the poll's majority",
        ),
        (
            Majority::Plurality,
            PollKind::Choice { options: vec![] },
            Votes::Named("B"),
            "The choice poll has no options to vote for",
        ),
        (
            Majority::Plurality,
            PollKind::Points {
                items: vec![],
                points_per_voter: 10,
            },
            Votes::Named("B"),
            "The prioritisation poll has no items",
        ),
        (
            Majority::Plurality,
            PollKind::Points {
                items: backlog_items(),
                points_per_voter: 0,
            },
            Votes::Named("B"),
            "The points poll gives each voter 0 points to distribute",
        ),
        (
            Majority::Plurality,
            PollKind::Ranking { items: vec![] },
            Votes::Named("B"),
            "The prioritisation poll has no items",
        ),
        (
            simple.clone(),
            PollKind::YesNo,
            Votes::Named("Y Y Y"),
            "Ida Skovgaard has no voting right",
        ),
        (
            simple.clone(),
            PollKind::YesNo,
            Votes::Explicit(vec![(member(99), Ballot::Yes)]),
            "No member with id 00000000-0000-0000-0000-000000000063 is on this meeting's roll",
        ),
        (
            simple.clone(),
            PollKind::YesNo,
            Votes::Explicit(vec![
                (member(2), Ballot::Yes),
                (member(5), Ballot::No),
                (member(2), Ballot::No),
            ]),
            "Søren Østergaard has more than one ballot in this poll",
        ),
        (
            simple.clone(),
            PollKind::YesNo,
            Votes::Named("Y #1"),
            "The ballot for Søren Østergaard is option 1, but this is a yes/no poll: expected \"yes\", \"no\", \"abstain\" or \"blank\"",
        ),
        (
            simple.clone(),
            PollKind::YesNo,
            Votes::Named("5,3"),
            "The ballot for Anne Larsen is a distribution of points, but this is a yes/no poll: expected \"yes\", \"no\", \"abstain\" or \"blank\"",
        ),
        (
            Majority::Plurality,
            solutions(),
            Votes::Named("#3"),
            "The ballot for Anne Larsen chooses option 3, but the poll has 3 options (numbered 0 to 2)",
        ),
        (
            Majority::Plurality,
            solutions(),
            Votes::Named("#0 A"),
            "The ballot for Søren Østergaard is \"abstain\", but this is a choice poll: expected one of the options or a blank ballot",
        ),
        (
            Majority::Plurality,
            points.clone(),
            Votes::Named("5,5"),
            "The ballot for Anne Larsen gives points for 2 items, but the poll has 3 items",
        ),
        (
            Majority::Plurality,
            points.clone(),
            Votes::Named("5,5,1"),
            "The ballot for Anne Larsen distributes 11 points, but each voter has at most 10",
        ),
        (
            Majority::Plurality,
            points.clone(),
            Votes::Named("0>1>2"),
            "The ballot for Anne Larsen is a ranking, but this is a points poll: expected points for each item or a blank ballot",
        ),
        (
            Majority::Plurality,
            ranking.clone(),
            Votes::Named("0>1>3"),
            "The ballot for Anne Larsen ranks item 3, but the poll has 3 items (numbered 0 to 2)",
        ),
        (
            Majority::Plurality,
            ranking.clone(),
            Votes::Named("0>1>1"),
            "The ballot for Anne Larsen ranks \"MO-7\" more than once; a ranking names every item exactly once",
        ),
        (
            Majority::Plurality,
            ranking.clone(),
            Votes::Named("2>0"),
            "The ballot for Anne Larsen leaves out \"MO-7\"; a ranking names every item exactly once",
        ),
        (
            Majority::Plurality,
            ranking.clone(),
            Votes::Named("1,2,3"),
            "The ballot for Anne Larsen is a distribution of points, but this is a ranking poll: expected a ranking of all items or a blank ballot",
        ),
        (
            simple.clone(),
            PollKind::YesNo,
            Votes::Totals(Totals::Choice {
                votes: vec![1, 2],
                blank: 0,
            }),
            "The totals given are totals per option, but this is a yes/no poll: expected yes/no totals",
        ),
        (
            Majority::Plurality,
            solutions(),
            Votes::Totals(Totals::Choice {
                votes: vec![1, 2],
                blank: 0,
            }),
            "The totals give votes for 2 options, but the poll has 3 options",
        ),
        (
            Majority::Plurality,
            solutions(),
            Votes::Totals(Totals::Scores {
                scores: vec![1, 2, 3],
            }),
            "The totals given are scores per item, but this is a choice poll: expected totals per option",
        ),
        (
            Majority::Plurality,
            ranking.clone(),
            Votes::Totals(Totals::Scores { scores: vec![1] }),
            "The totals give scores for 1 item, but the poll has 3 items",
        ),
        (
            Majority::Plurality,
            points.clone(),
            Votes::Totals(Totals::YesNo {
                yes: 1,
                no: 0,
                abstain: 0,
                blank: 0,
            }),
            "The totals given are yes/no totals, but this is a points poll: expected scores per item",
        ),
    ];
    for (majority, kind, votes, expected) in cases {
        check_poll(
            &rules,
            &majority,
            &kind,
            roll_spec,
            votes,
            &format!("error: {expected}"),
        );
    }
}

#[test]
fn extreme_figures_neither_panic_nor_wrap() {
    let huge = u32::MAX;
    let rules = RulesOfProcedure {
        quorum: Quorum::MoreThanFraction {
            numerator: huge,
            denominator: huge,
            measure: QuorumMeasure::VoteWeight,
        },
        ..RulesOfProcedure::default()
    };
    let roll_spec = format!("Pc*{huge} P*{huge} P*{huge}");
    let result = quorum(&rules, &roll(&roll_spec));
    assert!(!result.is_quorate);
    assert_eq!(
        (result.present, result.total, result.required),
        (u32::MAX, u32::MAX, u32::MAX)
    );

    let two_thirds = Majority::Qualified {
        numerator: huge,
        denominator: huge,
        base: MajorityBase::AllVotingMembers,
    };
    let poll = poll_result(
        &rules,
        &two_thirds,
        &PollKind::YesNo,
        &roll(&roll_spec),
        Ballots::Named(&named("Y Y Y")),
    )
    .expect("valid ballots");
    assert_eq!(poll.outcome, PollOutcome::Carried);
    assert_eq!(poll.tally, vec![u32::MAX, 0, 0]);

    let points = PollKind::Points {
        items: backlog_items(),
        points_per_voter: huge,
    };
    let ballots = named(&format!("{huge},0,0 {huge},0,0 0,0,0"));
    let poll = poll_result(
        &rules,
        &Majority::Plurality,
        &points,
        &roll(&roll_spec),
        Ballots::Named(&ballots),
    )
    .expect("valid ballots");
    assert_eq!(poll.tally, vec![u32::MAX, 0, 0]);
    let too_many = named(&format!("{huge},{huge},0"));
    let refused = poll_result(
        &rules,
        &Majority::Plurality,
        &points,
        &roll(&roll_spec),
        Ballots::Named(&too_many),
    );
    assert_eq!(
        refused.map_err(|violation| violation.message),
        Err(format!(
            "The ballot for Anne Larsen distributes 8589934590 points, but each voter has at most {huge}"
        ))
    );
}

// ---------------------------------------------------------------------------------------------
// Helpers

/// The roll's members by position (1-based in the roll strings).
const NAMES: [&str; 12] = [
    "Anne Larsen",
    "Søren Østergaard",
    "Ida Skovgaard",
    "Jens Peter Møller",
    "Mette Holm",
    "Lone Kjær",
    "Bjarne Åberg",
    "Pia Nørgaard",
    "Kasper Dahl",
    "Henrik Bæk",
    "Rasmus Friis",
    "Camilla Juhl",
];

fn member(position: usize) -> Uuid {
    Uuid::from_u128(position as u128)
}

/// A roll from one token per member, in order: the attendance — `P` present, `A` absent, `E`
/// excused, `L` left, `U` not recorded — followed by any of `c` (the chair), `-` (no voting
/// right), `*3` (vote weight 3) and `>2` (proxy held by member 2).
fn roll(spec: &str) -> Vec<Voter> {
    spec.split_whitespace()
        .enumerate()
        .map(|(index, token)| {
            let mut voter = Voter {
                member_id: member(index + 1),
                name: NAMES[index].to_owned(),
                voting_right: true,
                vote_weight: 1,
                is_chair: false,
                attendance: match &token[..1] {
                    "P" => Attendance::Present,
                    "A" => Attendance::Absent,
                    "E" => Attendance::Excused,
                    "L" => Attendance::Left,
                    "U" => Attendance::Unknown,
                    other => panic!("unknown attendance {other:?} in {token:?}"),
                },
                proxy_holder: None,
            };
            let mut rest = &token[1..];
            while let Some(marker) = rest.chars().next() {
                rest = &rest[1..];
                match marker {
                    'c' => voter.is_chair = true,
                    '-' => voter.voting_right = false,
                    '*' | '>' => {
                        let digits = rest.chars().take_while(char::is_ascii_digit).count();
                        let number: u32 = rest[..digits].parse().expect("a number after * or >");
                        rest = &rest[digits..];
                        if marker == '*' {
                            voter.vote_weight = number;
                        } else {
                            voter.proxy_holder = Some(member(number as usize));
                        }
                    }
                    other => panic!("unknown marker {other:?} in {token:?}"),
                }
            }
            voter
        })
        .collect()
}

/// Ballots from one token per member of the roll, in order: `Y`, `N`, `A` (abstain), `B`
/// (blank), `-` (no ballot), `#1` (option 1), `5,3,0` (points per item), `2>0>1` (a ranking).
fn named(spec: &str) -> Vec<(Uuid, Ballot)> {
    spec.split_whitespace()
        .enumerate()
        .filter(|(_, token)| *token != "-")
        .map(|(index, token)| {
            let numbers = |separator: char| -> Vec<u32> {
                token
                    .split(separator)
                    .map(|number| number.parse().expect("a number"))
                    .collect()
            };
            let ballot = match token {
                "Y" => Ballot::Yes,
                "N" => Ballot::No,
                "A" => Ballot::Abstain,
                "B" => Ballot::Blank,
                _ if token.starts_with('#') => Ballot::Option {
                    index: token[1..].parse().expect("an option number"),
                },
                _ if token.contains('>') => Ballot::Ranking {
                    order: numbers('>'),
                },
                _ => Ballot::Points {
                    points: numbers(','),
                },
            };
            (member(index + 1), ballot)
        })
        .collect()
}

enum Votes {
    /// In the notation of [`named`].
    Named(&'static str),
    Explicit(Vec<(Uuid, Ballot)>),
    Totals(Totals),
}

/// Runs a poll and compares its outcome, tally, ranking, casting vote and summary, or its
/// refusal, with `expected`.
fn check_poll(
    rules: &RulesOfProcedure,
    majority: &Majority,
    kind: &PollKind,
    roll_spec: &str,
    votes: Votes,
    expected: &str,
) {
    let voters = roll(roll_spec);
    let named_ballots;
    let (label, ballots) = match &votes {
        Votes::Named(spec) => {
            named_ballots = named(spec);
            (format!("ballots {spec:?}"), Ballots::Named(&named_ballots))
        }
        Votes::Explicit(ballots) => (format!("ballots {ballots:?}"), Ballots::Named(ballots)),
        Votes::Totals(totals) => (format!("totals {totals:?}"), Ballots::Totals(totals)),
    };
    let result = poll_result(rules, majority, kind, &voters, ballots.clone());
    // A ballot's check (`check_poll_ballots`) refuses exactly what the count refuses.
    assert_eq!(
        check_poll_ballots(majority, kind, &voters, ballots).map_err(|violation| violation.message),
        result
            .as_ref()
            .map(|_| ())
            .map_err(|violation| violation.message.clone()),
        "{label}"
    );
    let actual = match result {
        Err(violation) => format!("error: {}", violation.message),
        Ok(result) => {
            assert_worded_again_alike(kind, &result);
            let mut head = format!("{:?} {:?}", result.outcome, result.tally);
            if !result.ranking.is_empty() {
                head.push_str(&format!(" ranking {:?}", result.ranking));
            }
            if result.casting_vote_used {
                head.push_str(" casting vote");
            }
            format!("{head}\n{}\n{}", result.summary.da, result.summary.en)
        }
    };
    check(
        &format!("{majority:?} on {roll_spec:?}, {label}"),
        &actual,
        expected,
    );
}

/// The log records a result's facts, not its words (`RecordedResult`); worded again when read,
/// they must give the very words the result was counted with.
fn assert_worded_again_alike(kind: &PollKind, result: &PollResult) {
    let recorded = RecordedResult::of(result);
    assert_eq!(
        (&recorded.rule, &recorded.summary),
        (&None, &None),
        "the log records no words"
    );
    let json = serde_json::to_string(&recorded).expect("a recorded result serialises");
    let read: RecordedResult = serde_json::from_str(&json).expect("and reads back");
    assert_eq!(&read.worded(kind), result, "worded again from {json}");
}

/// Compares the rule text a poll prints (Danish, then English) with `expected`.
fn check_rule(
    rules: &RulesOfProcedure,
    majority: &Majority,
    kind: &PollKind,
    roll_spec: &str,
    expected: &str,
) {
    let result = poll_result(rules, majority, kind, &roll(roll_spec), Ballots::Named(&[]))
        .expect("no ballots is a valid poll");
    assert_worded_again_alike(kind, &result);
    let actual = format!("{}\n{}", result.rule.da, result.rule.en);
    check(
        &format!("rule of {majority:?} on {roll_spec:?}"),
        &actual,
        expected,
    );
}

/// Compares line by line, ignoring the indentation of `expected`, and shows the actual text in
/// full on a mismatch so that an intended change can be copied into the test.
fn check(case: &str, actual: &str, expected: &str) {
    let expected: Vec<&str> = expected.lines().map(str::trim).collect();
    let actual_lines: Vec<&str> = actual.lines().collect();
    assert!(
        actual_lines == expected,
        "case: {case}\n--- expected ---\n{}\n--- actual ---\n{actual}\n",
        expected.join("\n")
    );
}

/// Regression: a member who voted and then left before the poll closed made closing the poll
/// fail. Presence is checked when a ballot is cast; at closing only the voting right counts.
#[test]
fn a_ballot_cast_before_the_voter_left_still_counts() {
    let rules = RulesOfProcedure::default();
    let simple = Majority::MoreThanHalf {
        base: MajorityBase::VotesCast,
    };
    let roll = roll("Pc P P- A A>2");
    let ballots = [
        (roll[0].member_id, Ballot::Yes),
        (roll[3].member_id, Ballot::No),
    ];

    let result = poll_result(
        &rules,
        &simple,
        &PollKind::YesNo,
        &roll,
        Ballots::Named(&ballots),
    )
    .expect("counted");

    assert_eq!(result.tally, vec![1, 1, 0]);
}

// ---------------------------------------------------------------------------------------------
// Danish

/// Every refusal has a Danish text, as the Danish UI shows it: a full sentence, names as the
/// chair knows them, »guillemets«.
#[test]
fn rule_violations_are_worded_in_danish_too() {
    let rules = RulesOfProcedure::default();
    let danish = |refused: Result<(), RuleViolation>| match refused {
        Ok(()) => "ok".to_owned(),
        Err(violation) => violation.message_da,
    };
    assert_eq!(
        danish(check_ballot_eligibility(&roll("Pc P P-"), member(3)).map(drop)),
        "Ida Skovgaard har ikke stemmeret."
    );
    assert_eq!(
        danish(check_ballot_eligibility(&roll("Pc L P A>2"), member(4)).map(drop)),
        "Jens Peter Møller er fraværende, og fuldmagtshaveren, Søren Østergaard, har forladt \
         mødet."
    );
    assert_eq!(
        danish(check_proxy(
            &rules,
            &roll("Pc P A>2 A"),
            member(4),
            member(2)
        )),
        "Søren Østergaard har allerede 1 fuldmagt; forretningsordenen tillader højst 1 pr. medlem."
    );
    assert_eq!(
        danish(check_proxy(&rules, &roll("Pc E A"), member(3), member(2))),
        "Søren Østergaard har meldt afbud og kan derfor ikke modtage fuldmagt."
    );

    let ranking = PollKind::Ranking {
        items: vec!["MO-1".to_owned(), "MO-2".to_owned(), "MO-3".to_owned()],
    };
    let poll = |kind: &PollKind, spec: &str| {
        poll_result(
            &rules,
            &Majority::Plurality,
            kind,
            &roll("Pc P P"),
            Ballots::Named(&named(spec)),
        )
        .map(|_| ())
    };
    assert_eq!(
        danish(poll(&PollKind::YesNo, "#1")),
        "Stemmen for Anne Larsen er mulighed 1, men dette er en ja/nej-afstemning: stemmen skal \
         være »for«, »imod«, »undlader« eller »blank«."
    );
    assert_eq!(
        danish(poll(&ranking, "- 0>2")),
        "Stemmen for Søren Østergaard udelader »MO-2«; en rangordning nævner hver sag præcis én \
         gang."
    );
}

#[test]
fn a_results_tally_is_named_for_the_screens() {
    let result = |tally: Vec<u32>, ranking: Vec<u32>| PollResult {
        outcome: PollOutcome::Ranked,
        tally,
        ranking,
        casting_vote_used: false,
        rule: Bilingual::new("", ""),
        summary: Bilingual::new("", ""),
        facts: None,
    };
    assert_eq!(
        result(vec![5, 2, 1], Vec::new()).named_tally(&PollKind::YesNo),
        NamedTally::YesNo {
            yes: 5,
            no: 2,
            abstain: 1,
            blank: None
        }
    );
    assert_eq!(
        result(vec![5, 2, 1, 3], Vec::new()).named_tally(&PollKind::YesNo),
        NamedTally::YesNo {
            yes: 5,
            no: 2,
            abstain: 1,
            blank: Some(3)
        }
    );
    let options = vec!["Fælles".to_owned(), "Hver for sig".to_owned()];
    assert_eq!(
        result(vec![5, 1, 2], Vec::new()).named_tally(&PollKind::Choice {
            options: options.clone()
        }),
        NamedTally::Choice {
            options: vec![
                OptionVotes {
                    option: "Fælles".to_owned(),
                    votes: 5
                },
                OptionVotes {
                    option: "Hver for sig".to_owned(),
                    votes: 1
                },
            ],
            blank: 2,
        }
    );
    // Best first, as the result ranked them, not in the order the items were listed.
    assert_eq!(
        result(vec![4, 21], vec![1, 0]).named_tally(&PollKind::Ranking { items: options }),
        NamedTally::Prioritised {
            best_first: vec![
                OptionVotes {
                    option: "Hver for sig".to_owned(),
                    votes: 21
                },
                OptionVotes {
                    option: "Fælles".to_owned(),
                    votes: 4
                },
            ],
        }
    );
}
