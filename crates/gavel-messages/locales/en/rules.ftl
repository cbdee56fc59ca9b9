## The rules of procedure in words, in English: the same messages as da/rules.ftl.
##
## Refusals of a ballot or a proxy have no final full stop, as they were first written (tests and
## scripts match them); every other text is one or more full sentences ending with a full stop.

## Parts of sentences: their rendered text is an argument of another message

rules-twoSentences = { $first } { $second }
rules-twoClauses = { $first }; { $second }
rules-withRemark = { $text } ({ $remark })
rules-listLast = { $first } and { $last }
rules-quotedOption = “{ $option }”
rules-attendance =
    { $attendance ->
        [unknown] has not been marked present
        [present] is present
        [absent] is absent
        [excused] is excused
       *[left] has left the meeting
    }

## Quorum, e.g. “Quorate: 6 of 9 voting members present (1 by proxy), 5 required.”

rules-quorumVerdict =
    { $quorate ->
        [yes] Quorate
       *[no] Not quorate
    }
rules-quorumMembersPresent =
    { $total ->
        [one] { $present } of { $total } voting member present
       *[other] { $present } of { $total } voting members present
    }
rules-quorumVoteWeightPresent = vote weight { $present } of { $total } present
rules-quorumByProxy = { $count } by proxy
rules-quorumProxiesNotCounted = proxies do not count
rules-quorumNoRequirement = { $verdict }: { $presence }; the rules of procedure set no quorum.
rules-quorumRequired = { $verdict }: { $presence }, { $required } required.
rules-quorumImpossible = { $verdict }: { $presence }, but the quorum in the rules of procedure ({ $numerator }/{ $denominator }) has denominator 0 and can never be met; correct the rules of procedure.

## The quorum rule itself, without a meeting's figures

rules-quorumRuleMembers =
    { $count ->
        [one] Quorate when at least { $count } voting member is present
       *[other] Quorate when at least { $count } voting members are present
    }
rules-quorumRuleVoteWeight = Quorate when a vote weight of at least { $count } is present
rules-quorumRuleShareOfMembers =
    { $more_than ->
        [yes] Quorate when more than { $numerator }/{ $denominator } of the voting members are present
       *[no] Quorate when at least { $numerator }/{ $denominator } of the voting members are present
    }
rules-quorumRuleShareOfVoteWeight =
    { $more_than ->
        [yes] Quorate when more than { $numerator }/{ $denominator } of the total vote weight is present
       *[no] Quorate when at least { $numerator }/{ $denominator } of the total vote weight is present
    }
rules-quorumRule =
    { $proxies_count ->
        [yes] { $condition }; members represented by proxy count.
       *[no] { $condition }.
    }

## Proxies

rules-proxyRule =
    { $count ->
        [one] A member present may vote for at most { $count } absent member by proxy.
       *[other] A member present may vote for at most { $count } absent members by proxy.
    } { $counted_as_present ->
        [yes] Those represented count as present.
       *[no] Those represented do not count as present.
    }

## The rule of a yes/no poll, e.g. “Requires a simple majority of the votes cast; abstentions are
## not counted. In a tie the chair has the casting vote.”

rules-votesNotCounted =
    { $votes ->
        [abstentions] abstentions are not counted
        [abstentions_and_blank] abstentions and blank votes are not counted
       *[blank] blank votes are not counted
    }
rules-votesCountAsAgainst =
    { $votes ->
        [abstentions] abstentions count as votes cast and so, in effect, against
        [abstentions_and_blank] abstentions and blank votes count as votes cast and so, in effect, against
       *[blank] blank votes count as votes cast and so, in effect, against
    }
rules-votesCountAndPreventUnanimity =
    { $votes ->
        [abstentions] abstentions count as votes cast and so prevent it
        [abstentions_and_blank] abstentions and blank votes count as votes cast and so prevent it
       *[blank] blank votes count as votes cast and so prevent it
    }
rules-yesNoSimpleMajority = Requires a simple majority of the votes cast; { $counting }.
rules-yesNoPlurality = Requires a plurality: more votes for than against; { $counting }.
rules-yesNoMoreThanHalfOfPresent =
    { $blank_named ->
        [yes] Requires more than half of the votes present{ $figures }; abstentions and blank votes in effect count against.
       *[no] Requires more than half of the votes present{ $figures }; abstentions in effect count against.
    }
rules-yesNoAbsoluteMajority =
    { $blank_named ->
        [yes] Requires an absolute majority: more than half of the votes of all voting members{ $figures }; abstentions, blank votes and absences in effect count against.
       *[no] Requires an absolute majority: more than half of the votes of all voting members{ $figures }; abstentions and absences in effect count against.
    }
rules-yesNoQualifiedOfCast = Requires { $numerator }/{ $denominator } of the votes cast; { $counting }.
rules-yesNoQualifiedOfPresent =
    { $blank_named ->
        [yes] Requires { $numerator }/{ $denominator } of the votes present{ $figures }; abstentions and blank votes in effect count against.
       *[no] Requires { $numerator }/{ $denominator } of the votes present{ $figures }; abstentions in effect count against.
    }
rules-yesNoQualifiedOfAll =
    { $blank_named ->
        [yes] Requires { $numerator }/{ $denominator } of the votes of all voting members{ $figures }; abstentions, blank votes and absences in effect count against.
       *[no] Requires { $numerator }/{ $denominator } of the votes of all voting members{ $figures }; abstentions and absences in effect count against.
    }
rules-yesNoUnanimityOfVotesCast = Requires unanimity: every vote cast for; { $counting }.
rules-yesNoUnanimityNoneAgainst = Requires unanimity: no votes against and at least one for; { $counting }.
rules-yesNoUnanimityOfAll = Requires unanimity of all voting members: every vote for{ $figures }; an absence, an abstention or a blank vote prevents it.
rules-yesNoTieRule =
    { $casting_vote ->
        [yes] In a tie the chair has the casting vote.
       *[no] In a tie the motion is not carried.
    }

## The rule of a choice poll, e.g. “The option with the most votes is chosen (plurality); blank
## votes are not counted. In a tie the chair has the casting vote.”

rules-choicePlurality = The option with the most votes is chosen (plurality); blank votes are not counted.
rules-choiceTieRule =
    { $casting_vote ->
        [yes] In a tie the chair has the casting vote.
       *[no] In a tie no option is chosen.
    }
rules-choiceMoreThanHalfOfCast =
    { $blank_counted ->
        [yes] Requires more than half of the votes cast; blank votes count as votes cast.
       *[no] Requires more than half of the votes cast; blank votes are not counted.
    }
rules-choiceMoreThanHalfOfPresent = Requires more than half of the votes present{ $figures }.
rules-choiceAbsoluteMajority = Requires an absolute majority: more than half of the votes of all voting members{ $figures }.
rules-choiceQualifiedOfCast =
    { $blank_counted ->
        [yes] Requires { $numerator }/{ $denominator } of the votes cast; blank votes count as votes cast.
       *[no] Requires { $numerator }/{ $denominator } of the votes cast; blank votes are not counted.
    }
rules-choiceQualifiedOfPresent = Requires { $numerator }/{ $denominator } of the votes present{ $figures }.
rules-choiceQualifiedOfAll = Requires { $numerator }/{ $denominator } of the votes of all voting members{ $figures }.
rules-choiceUnanimity =
    { $blank_counted ->
        [yes] Requires unanimity: every vote cast for the same option; blank votes count as votes cast.
       *[no] Requires unanimity: every vote cast for the same option; blank votes are not counted.
    }
rules-choiceUnanimityOfAll = Requires unanimity of all voting members: every vote for the same option{ $figures }.
rules-choiceOtherwiseNoneChosen = If no option reaches that, none is chosen.

## The rule of a prioritisation

rules-pointsRule =
    { $points ->
        [one] Prioritisation by cumulative voting: each voter distributes up to { $points } point across the items, and the items are ordered by total points.
       *[other] Prioritisation by cumulative voting: each voter distributes up to { $points } points across the items, and the items are ordered by total points.
    }
rules-bordaRule =
    Ranking counted by the Borda count: with { $items } { $items ->
        [one] item
       *[other] items
    }, first place gets { $first_place } { $first_place ->
        [one] point
       *[other] points
    }, last place 0.
rules-tiesKeepOrder = Ties keep the order in which the items were listed.

rules-votesWeighted = Each vote is weighted by the member's vote weight.

## How a yes/no poll ended, e.g. “Carried: 7 for, 2 against, 1 abstention.”

rules-yesNoFigures =
    { $abstain ->
        [one] { $yes } for, { $no } against, { $abstain } abstention
       *[other] { $yes } for, { $no } against, { $abstain } abstentions
    }
rules-yesNoFiguresWithBlank =
    { $yes } for, { $no } against, { $abstain } { $abstain ->
        [one] abstention
       *[other] abstentions
    }, { $blank } { $blank ->
        [one] blank vote
       *[other] blank votes
    }
rules-yesNoCarried = Carried: { $figures }.
rules-yesNoNotCarried = Not carried: { $figures }.
rules-yesNoCarriedByCastingVote = Carried by the chair's casting vote: { $figures }.
rules-yesNoNotCarriedByCastingVote = Not carried by the chair's casting vote: { $figures }.
rules-yesNoTie = Tie: the motion is not carried ({ $figures }).

## Why the chair's casting vote did not break a tie

rules-castingVoteNeedsNamedBallots = The chair's casting vote cannot be used because only totals were recorded.
rules-castingVoteNoVotingChairPresent = No chair with voting right is present to break the tie.
rules-castingVoteChairVotedNeitherForNorAgainst = The chair voted neither for nor against.
rules-castingVoteChairVotedForNeitherOption = The chair voted for neither of them.
rules-castingVoteChairVotedForNoTiedOption = The chair voted for none of them.

## How a choice poll ended, e.g. “Chosen: “Solution B” with 6 of 10 votes.”

rules-choiceNoVotes = No option chosen: no votes cast.
rules-choiceOnlyBlank = No option chosen: only blank votes ({ $blank }).
rules-choiceWinner =
    { $cast ->
        [one] Chosen: “{ $option }” with { $votes } of { $cast } vote.
       *[other] Chosen: “{ $option }” with { $votes } of { $cast } votes.
    }
rules-choiceWinnerByCastingVote =
    { $cast ->
        [one] Chosen by the chair's casting vote: “{ $option }” with { $votes } of { $cast } vote (tied with { $tied_with }).
       *[other] Chosen by the chair's casting vote: “{ $option }” with { $votes } of { $cast } votes (tied with { $tied_with }).
    }
rules-choiceTie =
    { $votes ->
        [one] No option chosen: { $options } tied with { $votes } vote each.
       *[other] No option chosen: { $options } tied with { $votes } votes each.
    }
rules-choiceBelowThreshold =
    No option chosen: no option reached the required { $needed } { $needed ->
        [one] vote
       *[other] votes
    }; { $options } led with { $votes } of { $cast }{ $several ->
        [yes] { " " }each
       *[no] { "" }
    }.
rules-choiceNotUnanimous =
    { $several ->
        [yes] No option chosen: the vote was not unanimous; { $options } led with { $votes } of { $cast } each.
       *[no] No option chosen: the vote was not unanimous; { $options } led with { $votes } of { $cast }.
    }
rules-choiceBlankNotCounted =
    { $blank ->
        [one] { $blank } blank vote is not counted.
       *[other] { $blank } blank votes are not counted.
    }
rules-choiceBlankCounted =
    { $blank ->
        [one] { $blank } of them is blank.
       *[other] { $blank } of them are blank.
    }

## How a prioritisation ended, e.g. “Order: 1. MO-1420 (14 points), 2. MO-7 (9 points).”

rules-rankingPlace =
    { $score ->
        [one] { $place }. { $item } ({ $score } point)
       *[other] { $place }. { $item } ({ $score } points)
    }
rules-rankingSummary = Order: { $places }.

## A ballot that may not be cast

rules-absentWithoutProxy = { $name } { $status } and has given no proxy
rules-absentProxyHolderNotOnRoll = { $name } { $status } and the proxy holder (id { $holder_id }) is not on this meeting's roll
rules-absentProxyHolderNotPresent = { $name } { $status } and the proxy holder, { $holder }, { $holder_status }

## A proxy that may not be given

rules-proxyToSelf = { $name } cannot hold their own proxy
rules-proxyToSelfNotOnRoll = The member with id { $member_id } cannot hold their own proxy
rules-proxyGiverHasNoVotingRight = { $name } has no voting right, so there is no vote to give by proxy
rules-proxyGiverIsPresent = { $name } is present and votes in person; only a member who is not present can give a proxy
rules-proxyHolderNotPresent = { $name } { $status } and so cannot hold a proxy
rules-proxyHolderHasNoVotingRight = { $name } has no voting right and so cannot hold a proxy
rules-proxyHolderGaveProxyTo = { $name } has given a proxy to { $holder } and so cannot hold one
rules-proxyHolderGaveProxy = { $name } has given a proxy and so cannot hold one
rules-proxyHolderHasTheMost =
    { $held ->
        [one] { $name } already holds { $held } proxy; the rules allow at most { $cap } per member
       *[other] { $name } already holds { $held } proxies; the rules allow at most { $cap } per member
    }

## Ballots and totals that do not fit the poll

rules-duplicateBallot = { $name } has more than one ballot in this poll
rules-ballotKind =
    { $ballot ->
        [yes] "yes"
        [no] "no"
        [abstain] "abstain"
        [option] option { $index }
        [blank] blank
        [points] a distribution of points
       *[ranking] a ranking
    }
rules-pollKind =
    { $poll ->
        [yes_no] a yes/no poll
        [choice] a choice poll
        [points] a points poll
       *[ranking] a ranking poll
    }
rules-ballotsOfPoll =
    { $poll ->
        [yes_no] "yes", "no", "abstain" or "blank"
        [choice] one of the options or a blank ballot
        [points] points for each item or a blank ballot
       *[ranking] a ranking of all items or a blank ballot
    }
rules-totalsKind =
    { $totals ->
        [yes_no] yes/no totals
        [choice] totals per option
       *[scores] scores per item
    }
rules-wrongBallot = The ballot for { $name } is { $ballot }, but this is { $poll }: expected { $expected }
rules-wrongTotals = The totals given are { $given }, but this is { $poll }: expected { $expected }
rules-totalsOptionCount =
    The totals give votes for { $given } { $given ->
        [one] option
       *[other] options
    }, but the poll has { $options } { $options ->
        [one] option
       *[other] options
    }
rules-optionOutOfRange =
    { $options ->
        [one] The ballot for { $name } chooses option { $index }, but the poll has { $options } option (numbered 0 to { $last })
       *[other] The ballot for { $name } chooses option { $index }, but the poll has { $options } options (numbered 0 to { $last })
    }
rules-pointsItemCount =
    The ballot for { $name } gives points for { $given } { $given ->
        [one] item
       *[other] items
    }, but the poll has { $items } { $items ->
        [one] item
       *[other] items
    }
rules-rankingItemOutOfRange =
    { $items ->
        [one] The ballot for { $name } ranks item { $index }, but the poll has { $items } item (numbered 0 to { $last })
       *[other] The ballot for { $name } ranks item { $index }, but the poll has { $items } items (numbered 0 to { $last })
    }
rules-totalsItemCount =
    The totals give scores for { $given } { $given ->
        [one] item
       *[other] items
    }, but the poll has { $items } { $items ->
        [one] item
       *[other] items
    }

## Presets, checks of ballots and proxies, and small words.
rules-abstained = Abstained
rules-against = Against
rules-blank = Blank
rules-for = For
rules-eligibility-hasNoVotingRight = { $name } has no voting right
rules-eligibility-noMemberWithIdIs = No member with id { $member_id } is on this meeting's roll
rules-eligibility-theMemberGivingTheProxy = The member giving the proxy (id { $from }) is not on this meeting's roll
rules-eligibility-theProxyHolderIdIs = The proxy holder (id { $to }) is not on this meeting's roll
rules-eligibility-theRulesOfProcedureDo = The rules of procedure do not allow proxies
rules-poll-theBallotForDistributesPoints = The ballot for { $name } distributes { $given } points, but each voter has at most { $points_per_voter }
rules-poll-theBallotForLeavesOut = The ballot for { $voter } leaves out "{ $item }"; a ranking names every item exactly once
rules-poll-theBallotForRanksMore = The ballot for { $voter } ranks "{ $item }" more than once; a ranking names every item exactly once
rules-poll-theChoicePollHasNo = The choice poll has no options to vote for
rules-poll-theMajority0HasDenominator = The majority { $numerator }/0 has denominator 0; correct the rules of procedure or the poll's majority
rules-poll-thePointsPollGivesEach = The points poll gives each voter 0 points to distribute
rules-poll-thePrioritisationPollHasNo = The prioritisation poll has no items
rules-preset-aChangeOfStatutesNeeds = A change of statutes needs 2/3 of the votes present; no quorum; one proxy per person present.
rules-preset-asTheDanishCompaniesAct = As the Danish companies act: quorate when more than half are present; simple majority; the chair's vote decides a tie; no proxies.
rules-preset-asTheDanishLawOn = As the Danish law on municipal government: quorate when at least half are present; simple majority; a tie means the motion falls; no proxies.
rules-preset-boardCompanyOrAssociation = Board (company or association)
rules-preset-generalMeetingChangeOfStatutes = General meeting, change of statutes
rules-preset-municipalCommittee = Municipal committee
rules-preset-os2SteeringGroup = OS2 steering group
rules-preset-quorateWhenAtLeastHalf = Quorate when at least half the voting members are present; simple majority; the chair breaks a tie; a member may hold one proxy.
rules-noPointsGivenTheItems = No points given; the items keep their listed order.
rules-notCarriedNoVotesCast = Not carried: no votes cast.
rules-figuresInParentheses = { " " }({ $needed } of { $base })
rules-proxiesAreNotAllowed = Proxies are not allowed.
rules-theRulesOfProcedureSet = The rules of procedure set no quorum.
