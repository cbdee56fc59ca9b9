## The rules of procedure in words (crates/gavel-core/src/rules), in Danish: the quorum, each majority
## rule, each poll outcome and each refused ballot or proxy.
##
## Conventions (rules/text.rs): every rule and outcome is one or more full sentences ending with a
## full stop; a refusal (the rules-proxy*, rules-absent* and poll messages) is one sentence too.
## Figures are numbers (grouped as the language groups them, 1.000), except the terms of a
## fraction ($numerator, $denominator), an id and the number a ballot gives an option or item
## ($index), which are text. A selector that is not a count takes the keys named in the comment
## above it.

## Parts of sentences: their rendered text is an argument of another message

# Two sentences, one after the other.
rules-twoSentences = { $first } { $second }
# Two clauses of one sentence.
rules-twoClauses = { $first }; { $second }
# A text with a remark in parentheses after it.
rules-withRemark = { $text } ({ $remark })
# The last two items of a list; $first may itself be several items separated by commas.
rules-listLast = { $first } og { $last }
# An option of a choice poll, quoted, in a list of options.
rules-quotedOption = »{ $option }«
# How a member who is not present is: $attendance is unknown, present, absent, excused or left.
rules-attendance =
    { $attendance ->
        [unknown] er ikke registreret som til stede
        [present] er til stede
        [absent] er fraværende
        [excused] har meldt afbud
       *[left] har forladt mødet
    }

## Quorum (rules/quorum.rs), e.g. »Beslutningsdygtig: 6 af 9 stemmeberettigede til stede (heraf 1
## ved fuldmagt), kræver 5.«

# $quorate: yes or no.
rules-quorumVerdict =
    { $quorate ->
        [yes] Beslutningsdygtig
       *[no] Ikke beslutningsdygtig
    }
rules-quorumMembersPresent =
    { $total ->
        [one] { $present } af { $total } stemmeberettiget til stede
       *[other] { $present } af { $total } stemmeberettigede til stede
    }
rules-quorumVoteWeightPresent = stemmevægt { $present } af { $total } til stede
# The remark after those present when members represented by proxy count as present.
rules-quorumByProxy = heraf { $count } ved fuldmagt
# The remark after those present when members are represented by proxy but do not count.
rules-quorumProxiesNotCounted = fuldmagter tæller ikke med
rules-quorumNoRequirement = { $verdict }: { $presence }; forretningsordenen stiller intet krav om beslutningsdygtighed.
rules-quorumRequired = { $verdict }: { $presence }, kræver { $required }.
rules-quorumImpossible = { $verdict }: { $presence }, men forretningsordenens krav om beslutningsdygtighed ({ $numerator }/{ $denominator }) har nævneren 0 og kan ikke opfyldes; ret forretningsordenen.

## The quorum rule itself, without a meeting's figures

rules-quorumRuleMembers =
    { $count ->
        [one] Beslutningsdygtig, når mindst { $count } stemmeberettiget er til stede
       *[other] Beslutningsdygtig, når mindst { $count } stemmeberettigede er til stede
    }
rules-quorumRuleVoteWeight = Beslutningsdygtig, når en stemmevægt på mindst { $count } er til stede
# $more_than: yes (more than the share) or no (at least the share).
rules-quorumRuleShareOfMembers =
    { $more_than ->
        [yes] Beslutningsdygtig, når mere end { $numerator }/{ $denominator } af de stemmeberettigede er til stede
       *[no] Beslutningsdygtig, når mindst { $numerator }/{ $denominator } af de stemmeberettigede er til stede
    }
rules-quorumRuleShareOfVoteWeight =
    { $more_than ->
        [yes] Beslutningsdygtig, når mere end { $numerator }/{ $denominator } af den samlede stemmevægt er til stede
       *[no] Beslutningsdygtig, når mindst { $numerator }/{ $denominator } af den samlede stemmevægt er til stede
    }
# $condition: one of the rules-quorumRule* messages above; $proxies_count: yes or no.
rules-quorumRule =
    { $proxies_count ->
        [yes] { $condition }; medlemmer repræsenteret ved fuldmagt tæller med.
       *[no] { $condition }.
    }

## Proxies

# $counted_as_present: yes or no.
rules-proxyRule =
    { $count ->
        [one] Et fremmødt medlem kan stemme for højst { $count } fraværende medlem ved fuldmagt.
       *[other] Et fremmødt medlem kan stemme for højst { $count } fraværende medlemmer ved fuldmagt.
    } { $counted_as_present ->
        [yes] De repræsenterede tæller som til stede.
       *[no] De repræsenterede tæller ikke som til stede.
    }

## The rule of a yes/no poll, e.g. »Kræver simpelt flertal af de afgivne stemmer; undladelser
## tælles ikke med. Ved stemmelighed er formandens stemme afgørende.«
## $figures is » (7 af 10)« when the majority is of those present or of all voting members, and
## empty otherwise; $blank_named (yes or no) is whether the rule names blank votes.

# How abstentions or blank votes count: $votes is abstentions, abstentions_and_blank or blank.
rules-votesNotCounted =
    { $votes ->
        [abstentions] undladelser tælles ikke med
        [abstentions_and_blank] undladelser og blanke stemmer tælles ikke med
       *[blank] blanke stemmer tælles ikke med
    }
rules-votesCountAsAgainst =
    { $votes ->
        [abstentions] undladelser tælles som afgivne stemmer og virker derfor som stemmer imod
        [abstentions_and_blank] undladelser og blanke stemmer tælles som afgivne stemmer og virker derfor som stemmer imod
       *[blank] blanke stemmer tælles som afgivne stemmer og virker derfor som stemmer imod
    }
rules-votesCountAndPreventUnanimity =
    { $votes ->
        [abstentions] undladelser tælles som afgivne stemmer og hindrer derfor vedtagelse
        [abstentions_and_blank] undladelser og blanke stemmer tælles som afgivne stemmer og hindrer derfor vedtagelse
       *[blank] blanke stemmer tælles som afgivne stemmer og hindrer derfor vedtagelse
    }
# $counting: how abstentions (and blank votes) count, one of the rules-votes* messages above.
rules-yesNoSimpleMajority = Kræver simpelt flertal af de afgivne stemmer; { $counting }.
rules-yesNoPlurality = Kræver relativt flertal: flere stemmer for end imod; { $counting }.
rules-yesNoMoreThanHalfOfPresent =
    { $blank_named ->
        [yes] Kræver mere end halvdelen af de tilstedeværende stemmer{ $figures }; undladelser og blanke stemmer tæller i praksis imod.
       *[no] Kræver mere end halvdelen af de tilstedeværende stemmer{ $figures }; undladelser tæller i praksis imod.
    }
rules-yesNoAbsoluteMajority =
    { $blank_named ->
        [yes] Kræver absolut flertal: mere end halvdelen af alle stemmeberettigedes stemmer{ $figures }; undladelser, blanke stemmer og fravær tæller i praksis imod.
       *[no] Kræver absolut flertal: mere end halvdelen af alle stemmeberettigedes stemmer{ $figures }; undladelser og fravær tæller i praksis imod.
    }
rules-yesNoQualifiedOfCast = Kræver { $numerator }/{ $denominator } af de afgivne stemmer; { $counting }.
rules-yesNoQualifiedOfPresent =
    { $blank_named ->
        [yes] Kræver { $numerator }/{ $denominator } af de tilstedeværende stemmer{ $figures }; undladelser og blanke stemmer tæller i praksis imod.
       *[no] Kræver { $numerator }/{ $denominator } af de tilstedeværende stemmer{ $figures }; undladelser tæller i praksis imod.
    }
rules-yesNoQualifiedOfAll =
    { $blank_named ->
        [yes] Kræver { $numerator }/{ $denominator } af alle stemmeberettigedes stemmer{ $figures }; undladelser, blanke stemmer og fravær tæller i praksis imod.
       *[no] Kræver { $numerator }/{ $denominator } af alle stemmeberettigedes stemmer{ $figures }; undladelser og fravær tæller i praksis imod.
    }
# Unanimity when abstentions count as votes cast.
rules-yesNoUnanimityOfVotesCast = Kræver enstemmighed: alle afgivne stemmer for; { $counting }.
# Unanimity when abstentions do not count.
rules-yesNoUnanimityNoneAgainst = Kræver enstemmighed: ingen stemmer imod og mindst én for; { $counting }.
rules-yesNoUnanimityOfAll = Kræver enstemmighed blandt alle stemmeberettigede: alle stemmer for{ $figures }; fravær, undladelser og blanke stemmer hindrer vedtagelse.
# $casting_vote: yes or no.
rules-yesNoTieRule =
    { $casting_vote ->
        [yes] Ved stemmelighed er formandens stemme afgørende.
       *[no] Ved stemmelighed er forslaget ikke vedtaget.
    }

## The rule of a choice poll, e.g. »Den mulighed, der får flest stemmer, er valgt (relativt
## flertal); blanke stemmer tælles ikke med. Ved stemmelighed er formandens stemme afgørende.«
## $blank_counted: yes or no.

rules-choicePlurality = Den mulighed, der får flest stemmer, er valgt (relativt flertal); blanke stemmer tælles ikke med.
# $casting_vote: yes or no.
rules-choiceTieRule =
    { $casting_vote ->
        [yes] Ved stemmelighed er formandens stemme afgørende.
       *[no] Ved stemmelighed er intet valgt.
    }
rules-choiceMoreThanHalfOfCast =
    { $blank_counted ->
        [yes] Kræver mere end halvdelen af de afgivne stemmer; blanke stemmer tælles som afgivne.
       *[no] Kræver mere end halvdelen af de afgivne stemmer; blanke stemmer tælles ikke med.
    }
rules-choiceMoreThanHalfOfPresent = Kræver mere end halvdelen af de tilstedeværende stemmer{ $figures }.
rules-choiceAbsoluteMajority = Kræver absolut flertal: mere end halvdelen af alle stemmeberettigedes stemmer{ $figures }.
rules-choiceQualifiedOfCast =
    { $blank_counted ->
        [yes] Kræver { $numerator }/{ $denominator } af de afgivne stemmer; blanke stemmer tælles som afgivne.
       *[no] Kræver { $numerator }/{ $denominator } af de afgivne stemmer; blanke stemmer tælles ikke med.
    }
rules-choiceQualifiedOfPresent = Kræver { $numerator }/{ $denominator } af de tilstedeværende stemmer{ $figures }.
rules-choiceQualifiedOfAll = Kræver { $numerator }/{ $denominator } af alle stemmeberettigedes stemmer{ $figures }.
rules-choiceUnanimity =
    { $blank_counted ->
        [yes] Kræver enstemmighed: alle afgivne stemmer på samme mulighed; blanke stemmer tælles som afgivne.
       *[no] Kræver enstemmighed: alle afgivne stemmer på samme mulighed; blanke stemmer tælles ikke med.
    }
rules-choiceUnanimityOfAll = Kræver enstemmighed blandt alle stemmeberettigede: alle stemmer på samme mulighed{ $figures }.
# After a rule with a threshold.
rules-choiceOtherwiseNoneChosen = Opnår ingen mulighed det, er intet valgt.

## The rule of a prioritisation

rules-pointsRule = Prioritering ved pointfordeling: hver stemmeberettiget fordeler op til { $points } point på sagerne, og sagerne ordnes efter samlet pointtal.
rules-bordaRule =
    { $items ->
        [one] Rangordning optalt efter Borda-metoden: med { $items } sag giver 1.-pladsen { $first_place } point, sidstepladsen 0.
       *[other] Rangordning optalt efter Borda-metoden: med { $items } sager giver 1.-pladsen { $first_place } point, sidstepladsen 0.
    }
rules-tiesKeepOrder = Ved pointlighed bevares den oprindelige rækkefølge.

# After any rule, when some voting member's vote weight is not 1.
rules-votesWeighted = Hver stemme vægtes med medlemmets stemmevægt.

## How a yes/no poll ended, e.g. »Vedtaget: 7 for, 2 imod, 1 undlod.«

rules-yesNoFigures = { $yes } for, { $no } imod, { $abstain } undlod
rules-yesNoFiguresWithBlank =
    { $blank ->
        [one] { $yes } for, { $no } imod, { $abstain } undlod, { $blank } blank
       *[other] { $yes } for, { $no } imod, { $abstain } undlod, { $blank } blanke
    }
# $figures: rules-yesNoFigures or rules-yesNoFiguresWithBlank.
rules-yesNoCarried = Vedtaget: { $figures }.
rules-yesNoNotCarried = Ikke vedtaget: { $figures }.
rules-yesNoCarriedByCastingVote = Vedtaget ved formandens afgørende stemme: { $figures }.
rules-yesNoNotCarriedByCastingVote = Ikke vedtaget ved formandens afgørende stemme: { $figures }.
rules-yesNoTie = Stemmelighed: forslaget er ikke vedtaget ({ $figures }).

## Why the chair's casting vote did not break a tie, after the outcome

rules-castingVoteNeedsNamedBallots = Formandens afgørende stemme kan ikke bruges, fordi kun stemmetallene er registreret.
rules-castingVoteNoVotingChairPresent = Der er ingen stemmeberettiget formand til stede til at afgøre stemmeligheden.
rules-castingVoteChairVotedNeitherForNorAgainst = Formanden stemte hverken for eller imod.
# Two options tied.
rules-castingVoteChairVotedForNeitherOption = Formanden stemte ikke på nogen af dem.
# Three or more options tied.
rules-castingVoteChairVotedForNoTiedOption = Formanden stemte ikke på nogen af dem.

## How a choice poll ended, e.g. »Valgt: »Løsning B« med 6 af 10 stemmer.«
## $options is a list of quoted options (rules-listLast, rules-quotedOption); $several (yes or no)
## is whether it names more than one; $cast is the votes cast as the rule counts them.

rules-choiceNoVotes = Intet valgt: ingen stemmer afgivet.
rules-choiceOnlyBlank = Intet valgt: kun blanke stemmer ({ $blank }).
rules-choiceWinner =
    { $cast ->
        [one] Valgt: »{ $option }« med { $votes } af { $cast } stemme.
       *[other] Valgt: »{ $option }« med { $votes } af { $cast } stemmer.
    }
rules-choiceWinnerByCastingVote =
    { $cast ->
        [one] Valgt ved formandens afgørende stemme: »{ $option }« med { $votes } af { $cast } stemme (stemmelighed med { $tied_with }).
       *[other] Valgt ved formandens afgørende stemme: »{ $option }« med { $votes } af { $cast } stemmer (stemmelighed med { $tied_with }).
    }
rules-choiceTie =
    { $votes ->
        [one] Intet valgt: stemmelighed mellem { $options } med { $votes } stemme hver.
       *[other] Intet valgt: stemmelighed mellem { $options } med { $votes } stemmer hver.
    }
rules-choiceBelowThreshold =
    Intet valgt: ingen mulighed fik de krævede { $needed } { $needed ->
        [one] stemme
       *[other] stemmer
    }; flest fik { $options } med { $votes } af { $cast }{ $several ->
        [yes] { " " }hver
       *[no] { "" }
    }.
rules-choiceNotUnanimous =
    { $several ->
        [yes] Intet valgt: stemmerne var ikke enstemmige; flest fik { $options } med { $votes } af { $cast } hver.
       *[no] Intet valgt: stemmerne var ikke enstemmige; flest fik { $options } med { $votes } af { $cast }.
    }
# After the outcome, when there were blank votes and they do not count as votes cast.
rules-choiceBlankNotCounted =
    { $blank ->
        [one] { $blank } blank stemme tælles ikke med.
       *[other] { $blank } blanke stemmer tælles ikke med.
    }
# After the outcome, when there were blank votes and they count as votes cast.
rules-choiceBlankCounted =
    { $blank ->
        [one] Heraf er { $blank } blank.
       *[other] Heraf er { $blank } blanke.
    }

## How a prioritisation ended, e.g. »Rækkefølge: 1. MO-1420 (14 point), 2. MO-7 (9 point).«

rules-rankingPlace = { $place }. { $item } ({ $score } point)
# $places: the rules-rankingPlace of every item, best first, separated by commas.
rules-rankingSummary = Rækkefølge: { $places }.

## A ballot that may not be cast (rules/eligibility.rs)
## $status is how the member is not present (rules-attendance).

rules-absentWithoutProxy = { $name } { $status } og har ikke givet fuldmagt.
rules-absentProxyHolderNotOnRoll = { $name } { $status }, og fuldmagtshaveren (id { $holder_id }) er ikke på mødets deltagerliste.
rules-absentProxyHolderNotPresent = { $name } { $status }, og fuldmagtshaveren, { $holder }, { $holder_status }.

## A proxy that may not be given (rules/eligibility.rs)

rules-proxyToSelf = { $name } kan ikke have fuldmagt fra sig selv.
rules-proxyToSelfNotOnRoll = Medlemmet med id { $member_id } kan ikke have fuldmagt fra sig selv.
rules-proxyGiverHasNoVotingRight = { $name } har ikke stemmeret og kan derfor ikke give fuldmagt.
rules-proxyGiverIsPresent = { $name } er til stede og stemmer selv; kun et medlem, der ikke er til stede, kan give fuldmagt.
rules-proxyHolderNotPresent = { $name } { $status } og kan derfor ikke modtage fuldmagt.
rules-proxyHolderHasNoVotingRight = { $name } har ikke stemmeret og kan derfor ikke modtage fuldmagt.
rules-proxyHolderGaveProxyTo = { $name } har selv givet fuldmagt til { $holder } og kan derfor ikke modtage fuldmagt.
rules-proxyHolderGaveProxy = { $name } har selv givet fuldmagt og kan derfor ikke modtage fuldmagt.
rules-proxyHolderHasTheMost =
    { $held ->
        [one] { $name } har allerede { $held } fuldmagt; forretningsordenen tillader højst { $cap } pr. medlem.
       *[other] { $name } har allerede { $held } fuldmagter; forretningsordenen tillader højst { $cap } pr. medlem.
    }

## Ballots and totals that do not fit the poll (rules/poll.rs)
## $index is the number a ballot gives an option or item, as text.

rules-duplicateBallot = { $name } har mere end én stemme i denne afstemning.
# $ballot: yes, no, abstain, option, blank, points or ranking.
rules-ballotKind =
    { $ballot ->
        [yes] »for«
        [no] »imod«
        [abstain] »undlader«
        [option] mulighed { $index }
        [blank] blank
        [points] en pointfordeling
       *[ranking] en rangordning
    }
# $poll: yes_no, choice, points or ranking.
rules-pollKind =
    { $poll ->
        [yes_no] en ja/nej-afstemning
        [choice] et valg mellem muligheder
        [points] en prioritering med point
       *[ranking] en prioritering ved rangordning
    }
# The ballots a poll takes; $poll as in rules-pollKind.
rules-ballotsOfPoll =
    { $poll ->
        [yes_no] »for«, »imod«, »undlader« eller »blank«
        [choice] en af mulighederne eller blank
        [points] point til hver sag eller blank
       *[ranking] en rangordning af alle sager eller blank
    }
# $totals: yes_no, choice or scores.
rules-totalsKind =
    { $totals ->
        [yes_no] antal for, imod, undlader og blanke
        [choice] antal stemmer pr. mulighed
       *[scores] point pr. sag
    }
# $ballot: rules-ballotKind; $poll: rules-pollKind; $expected: rules-ballotsOfPoll.
rules-wrongBallot = Stemmen for { $name } er { $ballot }, men dette er { $poll }: stemmen skal være { $expected }.
# $given and $expected: rules-totalsKind; $poll: rules-pollKind.
rules-wrongTotals = Optællingen angiver { $given }, men dette er { $poll }: den skal angive { $expected }.
rules-totalsOptionCount =
    Optællingen giver stemmer til { $given } { $given ->
        [one] mulighed
       *[other] muligheder
    }, men afstemningen har { $options } { $options ->
        [one] mulighed
       *[other] muligheder
    }.
rules-optionOutOfRange =
    { $options ->
        [one] Stemmen for { $name } vælger mulighed { $index }, men afstemningen har { $options } mulighed (nummereret 0 til { $last }).
       *[other] Stemmen for { $name } vælger mulighed { $index }, men afstemningen har { $options } muligheder (nummereret 0 til { $last }).
    }
rules-pointsItemCount =
    Stemmen for { $name } giver point til { $given } { $given ->
        [one] sag
       *[other] sager
    }, men afstemningen har { $items } { $items ->
        [one] sag
       *[other] sager
    }.
rules-rankingItemOutOfRange =
    { $items ->
        [one] Stemmen for { $name } rangordner sag { $index }, men afstemningen har { $items } sag (nummereret 0 til { $last }).
       *[other] Stemmen for { $name } rangordner sag { $index }, men afstemningen har { $items } sager (nummereret 0 til { $last }).
    }
rules-totalsItemCount =
    Optællingen giver point til { $given } { $given ->
        [one] sag
       *[other] sager
    }, men afstemningen har { $items } { $items ->
        [one] sag
       *[other] sager
    }.

## Presets, checks of ballots and proxies, and small words.
rules-abstained = Undlod
rules-against = Imod
rules-blank = Blank
rules-for = For
rules-eligibility-hasNoVotingRight = { $name } har ikke stemmeret.
rules-eligibility-noMemberWithIdIs = Der er intet medlem med id { $member_id } på mødets deltagerliste.
rules-eligibility-theMemberGivingTheProxy = Medlemmet, der giver fuldmagten (id { $from }), er ikke på mødets deltagerliste.
rules-eligibility-theProxyHolderIdIs = Fuldmagtshaveren (id { $to }) er ikke på mødets deltagerliste.
rules-eligibility-theRulesOfProcedureDo = Forretningsordenen tillader ikke fuldmagter.
rules-poll-theBallotForDistributesPoints = Stemmen for { $name } fordeler { $given } point, men hver stemmeberettiget har højst { $points_per_voter }.
rules-poll-theBallotForLeavesOut = Stemmen for { $voter } udelader »{ $item }«; en rangordning nævner hver sag præcis én gang.
rules-poll-theBallotForRanksMore = Stemmen for { $voter } placerer »{ $item }« mere end én gang; en rangordning nævner hver sag præcis én gang.
rules-poll-theChoicePollHasNo = Afstemningen har ingen muligheder at stemme på.
rules-poll-theMajority0HasDenominator = Flertalskravet { $numerator }/0 har nævneren 0; ret forretningsordenen eller afstemningens krav til flertal.
rules-poll-thePointsPollGivesEach = Prioriteringen giver hver stemmeberettiget 0 point at fordele.
rules-poll-thePrioritisationPollHasNo = Prioriteringen har ingen sager.
rules-preset-aChangeOfStatutesNeeds = Vedtægtsændringer kræver 2/3 af de fremmødte stemmer; intet krav om fremmøde; én fuldmagt pr. fremmødt.
rules-preset-asTheDanishCompaniesAct = Som selskabsloven: beslutningsdygtig, når over halvdelen er til stede; simpelt flertal; formandens stemme afgør stemmelighed; ingen fuldmagter.
rules-preset-asTheDanishLawOn = Som kommunestyrelsesloven: beslutningsdygtig, når mindst halvdelen er til stede; simpelt flertal; ved stemmelighed bortfalder forslaget; ingen fuldmagter.
rules-preset-boardCompanyOrAssociation = Bestyrelse (selskab eller forening)
rules-preset-generalMeetingChangeOfStatutes = Generalforsamling, vedtægtsændring
rules-preset-municipalCommittee = Kommunalt udvalg
rules-preset-os2SteeringGroup = OS2-styregruppe
rules-preset-quorateWhenAtLeastHalf = Beslutningsdygtig, når mindst halvdelen af de stemmeberettigede er til stede; simpelt flertal; formanden afgør stemmelighed; et medlem kan have én fuldmagt.
rules-noPointsGivenTheItems = Ingen point givet; sagerne beholder den oprindelige rækkefølge.
rules-notCarriedNoVotesCast = Ikke vedtaget: ingen stemmer afgivet.
rules-figuresInParentheses = { " " }({ $needed } af { $base })
rules-proxiesAreNotAllowed = Fuldmagter er ikke tilladt.
rules-theRulesOfProcedureSet = Forretningsordenen stiller intet krav om beslutningsdygtighed.
