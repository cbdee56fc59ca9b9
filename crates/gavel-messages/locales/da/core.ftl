## gavel-core's messages, in Danish: refusals, reports of imports and sync files, the rules'
## words. Ids are core<Module>-<words>, named after the module that says it.

coreBackup-afterAMeetingWasClosed = Efter et møde blev afsluttet
coreBackup-beforeABackupWasRestored = Før en sikkerhedskopi blev gendannet
coreBackup-beforeTheUpgradeToDatabase = Før opgradering til databaseversion { $to_version }
coreBackup-theBackupCouldNotBeWritten = Sikkerhedskopien kunne ikke gemmes i { $folder }: { $error }
coreClock-dateAndTimeInUtc = { $date } kl. { $time } UTC
coreCommand-outcomeApproved = Godkendt
coreCommand-outcomeNoted = Taget til efterretning
coreCommand-outcomePostponed = Udsat
coreCommand-outcomeRejected = Afvist
coreCommand-roleAdvisor = Rådgiver
coreCommand-roleChair = Formand
coreCommand-roleMember = Medlem
coreCommand-roleObserver = Observatør
coreCommand-roleSecretary = Referent
coreCommand-roleViceChair = Næstformand
coreDecide-anAgendaItemNeedsA = Et punkt på dagsordenen skal have en titel eller en sag fra backloggen.
coreDecide-fieldMustNotBeEmpty =
    { $field ->
        [name] Navnet må ikke være tomt.
        [key] Nøglen må ikke være tom.
        [title] Titlen må ikke være tom.
        [question] Spørgsmålet må ikke være tomt.
        [text] Teksten må ikke være tom.
        [signer_name] Underskriverens navn må ikke være tomt.
        [role] Rollen må ikke være tom.
        [reason] Begrundelsen må ikke være tom.
       *[other] Feltet »{ $field }« må ikke være tomt.
    }
coreDecide-positionMustBeBetween1 = Pladsen på dagsordenen skal være mellem 1 og { $last }, ikke { $position }.
coreDecideBacklog-cannotBeItsOwnParent = { $key } kan ikke være sin egen overordnede sag.
coreDecideBacklog-cannotBeTheParentOf = { $parent } kan ikke være overordnet til { $key }: det giver en ring ({ $cycle }).
coreDecideBacklog-newBacklogItemNeedsA = Den nye sag { $key } skal have en titel.
coreDecideBacklog-storyPointsOfMustBe = Story points for { $key } skal være et tal på 0 eller derover.
coreDecideBacklog-theDescriptionIsTooLong = Beskrivelsen af { $key } er { $kilobytes } KB; den må højst være { $limit } KB.
coreDecideBacklog-theParentIsNotIn = Den overordnede sag { $parent } til { $key } findes ikke i backloggen.
coreDecideFollowUp-cannotBeDoneBeforeTheMeeting = Handlingspunkt { $number } kan ikke være udført { $day }: det blev aftalt på mødet { $meeting_day }.
coreDecideFollowUp-isAlreadyDone = Handlingspunkt { $number } er allerede udført ({ $day }).
coreDecideFollowUp-isAlreadyOpen = Handlingspunkt { $number } er allerede åbent.
coreDecideFollowUp-thatDayHasNotCome = Handlingspunkt { $number } kan ikke markeres som udført { $day }: datoen er ikke kommet endnu.
coreDecideGroup-alreadyHasTheEMail = { $holder } har allerede e-mailadressen { $email } i gruppen.
coreDecideGroup-alreadyLeftTheGroup = { $name } er allerede udtrådt af gruppen fra { $day }.
coreDecideGroup-cannotBeTakenOutAgain = { $name } kan ikke fjernes igen: mødet »{ $title }« har allerede registreret { $name }. Lad i stedet { $name } udtræde af gruppen.
coreDecideGroup-hasAProxyInThe = { $name } har en fuldmagt i mødet »{ $title }«, som ikke er afsluttet. Træk fuldmagten tilbage først.
coreDecideGroup-isAlreadyTheGroupS = { $chair } er allerede formand for gruppen, og en gruppe har én formand. Giv først { $chair } en anden rolle.
coreDecideGroup-isNotAnEMailAddress = »{ $shown }« er ikke en e-mailadresse (fx mette@aarhus.dk).
coreDecideGroup-isTheChairNameA = { $name } er formand. Angiv en efterfølger, der overtager posten, eller giv først { $name } en anden rolle og et andet medlem rollen som formand.
coreDecideGroup-theChangeCannotBeUndone = Ændringen kan ikke fortrydes: den gjaldt, da mødet »{ $title }« blev afsluttet, og mødets referat viser den. Ret gruppen igen i stedet.
coreDecideGroup-theGroupAlreadyHasAn = Gruppen har allerede en organisation, der hedder »{ $name }«.
coreDecideGroup-theNameIsTooLong = Navnet er { $length } tegn langt; det må højst være { $limit } tegn: »{ $shown }«.
coreDecideGroup-theOrganisationCannotBeTaken = Organisationen »{ $name }« kan ikke fjernes igen: { $member } hører til den.
coreDecideGroup-thereIsNothingToUndo = Der er intet at fortryde i denne gruppe.
coreDecideGroup-voteWeightMustBeBetween = Stemmevægten skal være mellem 1 og { $limit }, ikke { $vote_weight }.
coreDecideImported-anAmendmentOfSignedMinutes = Referatet er underskrevet i version { $signed }; en rettelse af det skal begynde version { $version } og nævne version { $signed }.
coreDecideImported-anAmendmentOfUnsignedMinutes = Referatet er ikke underskrevet; en rettelse retter version { $version } og nævner ingen underskrevet version.
coreDecideImported-factsOrWordsNotBoth = Resultatet skal have enten de fakta, det formuleres ud fra, eller (fra Gavel 0.3 og tidligere) sin formulering – ikke begge dele og ikke ingen af dem.
coreDecideImported-positionMustBeAtLeast = Pladsen på dagsordenen skal være 1 eller derover, ikke 0.
coreDecideImported-theBallotWasCastBySomeoneElse = Stemmen er afgivet af en anden end medlemmet selv eller den, der har medlemmets fuldmagt.
coreDecideImported-theEventCannotBeUndone =
    { $reason ->
        [does_not_exist] Hændelsen { $event_id } kan ikke fortrydes: den findes ikke.
        [another_stream] Hændelsen { $event_id } kan ikke fortrydes: den hører til et andet møde eller en anden gruppe.
        [after_the_undo] Hændelsen { $event_id } kan ikke fortrydes: den kommer efter fortrydelsen i loggen.
        [never_undone] Hændelsen { $event_id } kan ikke fortrydes: en fortrydelse, et mødes oprettelse, afslutning, underskrift eller rettelse fortrydes aldrig.
       *[past_a_barrier] Hændelsen { $event_id } kan ikke fortrydes: mødet er siden afsluttet, underskrevet eller rettet, og det fortryder ingen.
    }
coreDecideImported-theResolutionWithdrawsADecision = Afgørelsen trækker en beslutning tilbage, som ikke er i konflikt med den, der beholdes.
coreDecideImported-theResultDoesNotFollow = Resultatet »{ $claimed }« følger ikke af stemmerne i afstemningen, som giver »{ $counted }«.
coreDecideImported-theResultNamesAnotherRule = Resultatet siger, at reglen var »{ $claimed }«, men afstemningen tælles efter »{ $counted }«.
coreDecideImported-theSignatureIsOfAnotherVersion = Underskriften gælder version { $claimed } af referatet, men mødet er i version { $current }.
coreDecideLive-aChoicePollNeedsAt = Et valg mellem muligheder skal have mindst to muligheder, og ingen af dem må være tomme.
coreDecideLive-aDraftMeetingHasNo = Mødet er ikke startet og har ingen beslutninger at afgøre.
coreDecideLive-aPrioritisationPollNeedsAt = En prioritering skal have mindst to sager fra backloggen.
coreDecideLive-aTimeBoxMustBe = En tidsramme skal være mellem 1 og 1440 minutter.
coreDecideLive-appearsTwiceInThePriority = { $key } står to gange i prioriteringen.
coreDecideLive-closeThePollBeforeClosing = Luk afstemningen »{ $question }«, før mødet afsluttes.
coreDecideLive-isNotAFractionBetween = { $numerator }/{ $denominator } er ikke en brøk mellem 0 og 1; skriv f.eks. 1/2 eller 2/3.
coreDecideLive-isNotAWebAddress = »{ $shown }« er ikke en webadresse: et link skal begynde med https:// eller http:// og må ikke indeholde mellemrum.
coreDecideLive-notQuorateTheChairMayOverride = { $quorum } En afstemning kan kun åbnes trods manglende beslutningsdygtighed, hvis formanden vælger det.
coreDecideLive-onlyAClosedMeetingCan = Kun referatet af et afsluttet møde kan rettes; mødet kan stadig ændres direkte.
coreDecideLive-onlyTheMinutesOfA = Kun referatet af et afsluttet møde kan underskrives; afslut mødet først.
coreDecideLive-responsibleMustBeAName = Den ansvarlige skal være et navn på én linje med højst 200 tegn (fik { $length } tegn).
coreDecideLive-theAgendaItemBelongsTo = Dagsordenspunktet hører til et andet møde.
coreDecideLive-theMeetingCannotTakeTheChange =
    { $phase ->
        [draft]
            { $change ->
                [closed] Mødet er ikke startet og kan derfor ikke afsluttes.
                [voted_in] Mødet er ikke startet; der kan først stemmes, når mødet er startet.
                [decided_in] Mødet er ikke startet; beslutninger kan først registreres, når mødet er startet.
               *[changed] Mødet er ikke startet og kan ikke ændres.
            }
        [open]
            { $change ->
                [opened] Mødet er allerede startet.
               *[changed] Mødet er i gang og kan ikke ændres på denne måde.
            }
        [closed]
            { $change ->
                [opened] Mødet er afsluttet og kan ikke startes igen.
                [closed] Mødet er allerede afsluttet.
                [voted_in] Mødet er afsluttet, så der kan ikke længere stemmes.
                [decided_in] Mødet er afsluttet, så der kan ikke længere registreres beslutninger.
               *[changed] Mødet er afsluttet og kan ikke længere ændres.
            }
       *[cancelled] Mødet er aflyst, så der kan ikke registreres mere i det.
    }
coreDecideLive-theMinutesCannotBeSigned = Referatet kan ikke underskrives: beslutning { $first } og { $last } om dagsordenspunktet »{ $item }« blev registreret på to computere, der ikke havde set hinandens. Formanden vælger først den, der gælder (ResolveDecisionConflict).
coreDecideLive-theMinutesOfThisMeeting = Referatet af mødet er underskrevet, så mødet kan ikke ændres; registrér en rettelse til referatet for at rette det.
coreDecideLive-theTextHoldsAControlCharacter =
    { $field ->
        [case_description] Sagsfremstillingen
        [proposed_decision] Indstillingen
       *[corrections] Teksten med rettelser
    } indeholder et kontroltegn ({ $code_point }); skriv den som almindelig tekst.
coreDecideLive-theTextIsTooLong =
    { $field ->
        [case_description] Sagsfremstillingen
        [proposed_decision] Indstillingen
       *[corrections] Teksten med rettelser
    } er { $length } tegn lang; den må højst være { $limit } tegn.
coreDecideLive-thereIsNothingToUndo = Der er intet at fortryde i dette møde.
coreDecideLive-theseMinutesShowTheLog = Referatet viser logfingeraftrykket { $fingerprint }, men mødets er nu { $current_fingerprint }: mødet er ændret, efter referatet blev lavet. Eksportér referatet igen, og underskriv det på ny.
coreDecideLive-thisDecisionIsInNo = Beslutningen er ikke i konflikt med en anden; der er intet at afgøre.
coreDecideLive-thisMemberHasGivenNo = Medlemmet har ikke givet nogen fuldmagt, der kan trækkes tilbage.
coreDecideLive-thisPollAlreadyHasBallots = Afstemningen har allerede stemmer fra de enkelte medlemmer; resultatet beregnes ud fra dem.
coreDecideLive-thisPollIsSecretRecord = Afstemningen er hemmelig: registrér de optalte stemmer, aldrig hvem der stemte hvad.
coreDecideLive-thisPollWasCountedBy = Afstemningen er optalt ved håndsoprækning; de optalte stemmer er allerede registreret.
coreDecideLive-tooManyLinks = Et punkt kan have højst { $limit } links, ikke { $given }.
coreDecideMeeting-theMeetingHasStartedAnd = Mødet er startet og kan ikke aflyses; afslut det i stedet, så referatet viser, hvad der skete.
coreDecideMeeting-theMeetingIsAlreadyCancelled = Mødet er allerede aflyst.
coreDecideMeeting-theMeetingIsClosedAnd = Mødet er afsluttet og kan ikke aflyses.
coreDecideMinutesApproval-aMeetingCannotApproveIts = Et møde kan ikke godkende sit eget referat.
coreDecideMinutesApproval-approvalOfTheMinutesOf = Godkendelse af referat fra { $title } ({ $date })
coreDecideMinutesApproval-approvedWithTheseCorrections = Referatet blev godkendt med disse rettelser: { $corrections }
coreDecideMinutesApproval-correctionsAgreedAtTheApproval = Rettelser vedtaget ved godkendelsen på mødet { $meeting } ({ $date }): { $corrections }
coreDecideMinutesApproval-theAgendaItemDoesNot = Punktet godkender ikke et referat; vælg punktet »Godkendelse af referat«.
coreDecideMinutesApproval-theApprovalIsAlreadyOnTheAgenda = Godkendelsen af referatet fra »{ $title }« står allerede på dagsordenen.
coreDecideMinutesApproval-theMinutesAreAlreadyApproved = Referatet fra »{ $title }« er allerede godkendt på mødet »{ $approved_at }«.
coreDecideMinutesApproval-theMinutesAreNotSignedYet = Referatet fra »{ $title }« er ikke underskrevet endnu; det kan først godkendes, når det er underskrevet.
coreDecideMinutesApproval-theMinutesBelongToAnotherGroup = Referatet fra »{ $title }« hører til en anden gruppe; et møde godkender kun sin egen gruppes referater.
coreDecideMinutesApproval-theMinutesWereApproved = Referatet blev godkendt.
coreDecidePublication-onlyAClosedMeetingIsPublished =
    Mødet »{ $title }« kan ikke offentliggøres: kun et afsluttet møde kan offentliggøres (mødet er { $phase ->
        [draft] en kladde
        [open] i gang
        [closed] afsluttet
       *[cancelled] aflyst
    }).
coreDecidePublication-theMeetingIsAlreadyNot = Mødet »{ $title }« er allerede ikke offentligt.
coreDecidePublication-theMeetingIsAlreadyPublic = Mødet »{ $title }« er allerede offentligt.
coreDemo-theCommandCannotBeRead = kommandoen kan ikke læses: { $error }
coreDemo-theDatabaseAlreadyHasData = Databasen indeholder allerede data; demodata kan kun indlæses i en tom database.
coreError-cannotOpenTheDatabase = Databasen { $path } kan ikke åbnes: { $reason }
coreError-databaseError = Fejl i databasen: { $error }
coreError-inFile = { $file }: { $problem }
coreError-inFileInField = { $file }, felt »{ $field }«: { $problem }
coreError-inFileOnLine = { $file }, linje { $line }: { $problem }
coreError-inFileOnLineInField = { $file }, linje { $line }, felt »{ $field }«: { $problem }
coreError-notAGavelDatabase = { $path } er ikke en Gavel-database: { $reason }
coreError-record =
    { $record ->
        [group] gruppe
        [organisation] organisation
        [organisation_in_group] organisation i denne gruppe
        [member] medlem
        [member_of_meeting_group] medlem af mødets gruppe
        [meeting] møde
        [agenda_item] dagsordenspunkt
        [backlog_item] sag i backloggen
        [poll] afstemning
        [poll_in_meeting] afstemning i dette møde
        [decision] beslutning
       *[action_item] handlingspunkt
    }
coreError-recordAlreadyExists =
    { $record ->
        [group] Der findes allerede en gruppe med id { $id }.
        [organisation] Der findes allerede en organisation med id { $id }.
        [organisation_in_group] Der findes allerede en organisation med id { $id }.
        [member] Der findes allerede et medlem med id { $id }.
        [member_of_meeting_group] Der findes allerede et medlem med id { $id }.
        [meeting] Der findes allerede et møde med id { $id }.
        [agenda_item] Der findes allerede et dagsordenspunkt med id { $id }.
        [backlog_item] Der findes allerede en sag med id { $id }.
        [poll] Der findes allerede en afstemning med id { $id }.
        [poll_in_meeting] Der findes allerede en afstemning med id { $id }.
        [decision] Der findes allerede en beslutning med id { $id }.
       *[action_item] Der findes allerede et handlingspunkt med id { $id }.
    }
coreError-recordDoesNotExist =
    { $record ->
        [group] Gruppen { $id } findes ikke.
        [organisation] Organisationen { $id } findes ikke.
        [organisation_in_group] Organisationen { $id } findes ikke i denne gruppe.
        [member] Medlemmet { $id } findes ikke.
        [member_of_meeting_group] Medlemmet { $id } er ikke med i mødets gruppe.
        [meeting] Mødet { $id } findes ikke.
        [agenda_item] Dagsordenspunktet { $id } findes ikke.
        [backlog_item] Sagen { $id } findes ikke i backloggen.
        [poll] Afstemningen { $id } findes ikke.
        [poll_in_meeting] Afstemningen { $id } findes ikke i dette møde.
        [decision] Beslutningen { $id } findes ikke.
       *[action_item] Handlingspunktet { $id } findes ikke.
    }
coreError-theDiskIsFull = Disken er fuld: ændringen blev ikke gemt; frigør plads på disken, og prøv igen
coreError-theDiskIsFullSo = disken er fuld, så intet blev skrevet; frigør plads på disken, og prøv igen
coreError-theFileIsOpenIn = filen er åben i et andet program (måske en PDF-læser), så den blev ikke erstattet; luk den dér, og prøv igen
coreError-thereIsNoPermissionTo = der er ikke adgang til at skrive der (mappen eller disken er skrivebeskyttet), så intet blev skrevet; vælg en anden mappe ({ $error })
coreError-writtenByANewerGavel = { $path } er skrevet af en nyere version af Gavel (databaseversion { $found }; denne version af Gavel kan læse op til { $supported }). Opdatér Gavel for at åbne den; filen er ikke ændret.
coreEvent-eventInTheLogCannot = Hændelsen { $event_id } i loggen kan ikke læses ({ $error }); kør »gavel log verify«.
coreFiles-notARegularFile =
    det er { $kind ->
        [folder] en mappe
        [named_pipe] et navngivet rør (FIFO)
        [device] en enhed
        [socket] en sokkel
       *[other] noget andet end en fil
    }, ikke en almindelig fil; Gavel læser kun almindelige filer
coreImport-alreadyAppearsOnLine = { $key } står allerede på linje { $first_line }.
coreImport-columnsCanOnlyBeChosen = kolonner kan kun vælges for en Jira-eksport i CSV.
coreImport-isNotACount =
    { $what ->
        [votes] »{ $shown }« er ikke et antal stemmer; skriv et helt tal på 0 eller derover, som f.eks. 3.
       *[watchers] »{ $shown }« er ikke et antal overvågere; skriv et helt tal på 0 eller derover, som f.eks. 3.
    }
coreImport-isNotANumberOf = »{ $shown }« er ikke et tal på 0 eller derover, som f.eks. 3 eller 2,5.
coreImport-linesHeldBytesThatAreNotUtf8 =
    { $count ->
        [one] linje { $first_line }
       *[other] { $count } linjer ({ $lines })
    } havde bytes, der ikke er UTF-8; de er læst som Windows-1252 (eller som � hvor et tegn var afkortet). Resten af filen er UTF-8 og læst, som den er; kontrollér de nævnte linjer.
coreImport-theCsvCannotBeRead = CSV-filen kan ikke læses: { $error }
coreImport-theFileCannotBeRead = filen kan ikke læses: { $reason }
coreImport-theFileHasTooManyIssues = filen har mere end { $limit } sager.
coreImport-theFileHasTooManyItems = filen har mere end { $limit } sager.
coreImport-theFileIsEmpty = filen er tom; vælg en Jira-eksport (CSV eller JSON) eller en CSV-fil i Gavels backlogformat.
coreImport-theFileIsMbBacklog = filen fylder { $megabytes } MB; backlogfiler over { $limit } MB kan ikke importeres.
coreImport-theFileIsNeitherCsvNorJson = filen er hverken CSV eller JSON; vælg en Jira-eksport (CSV eller JSON) eller en CSV-fil i Gavels backlogformat.
coreImport-theFileIsNotUtf = filen er ikke UTF-8; den er læst som Windows-1252 (det, Excel gemmer som »CSV«).
coreImport-theHeaderIsNeitherA = overskriftslinjen »{ $shown }« passer hverken til en Jira-eksport (ingen kolonner »Issue key« og »Summary«) eller til Gavels backlog-CSV (ingen kolonner »key« og »title«).
coreImport-theRowHasAnotherLength =
    { $count ->
        [one] rækken har { $count } celle, men overskriftslinjen har { $header }.
       *[other] rækken har { $count } celler, men overskriftslinjen har { $header }.
    }
coreImportEncoding-theFileIsBinaryNot = filen er binær, ikke CSV- eller JSON-tekst.
coreImportEncoding-theFileIsNotText =
    { $kind ->
        [zip] filen er et ZIP-arkiv eller en Excel-projektmappe (.xlsx), ikke CSV eller JSON; vælg »Gem som« → »CSV UTF-8« i Excel.
        [old_excel] filen er en gammel Excel-projektmappe (.xls), ikke CSV eller JSON; vælg »Gem som« → »CSV UTF-8« i Excel.
        [pdf] filen er et PDF-dokument, ikke CSV eller JSON.
       *[database] filen er en database, ikke CSV eller JSON.
    }
coreImportEncoding-theFileIsUtf16 = filen er UTF-16-tekst (Excels »Unicode-tekst«); gem den som »CSV UTF-8« i stedet.
coreImportGavelCsv-mustNotBeEmpty = feltet må ikke være tomt.
coreImportGavelCsv-theCellIsLongerThan = cellen er længere end { $limit } bytes.
coreImportGavelCsv-theFileIsNotUtf = filen er ikke UTF-8-tekst; gem den som »CSV UTF-8«.
coreImportGavelCsv-theHeaderHasNoColumn = overskriftslinjen har ingen kolonne »{ $required }«; mulige kolonner: { $columns }.
coreImportJiraCsv-columnName = »{ $name }«
coreImportJiraCsv-isNeitherAnIssueKeyNorAnId = »{ $shown }« er hverken en sagsnøgle (som MO-12) eller et sags-id (som 10012).
coreImportJiraCsv-theCellIsKbCells = cellen fylder { $size } KB; celler over { $limit } KB kan ikke importeres.
coreImportJiraCsv-theFileHasNoColumn = filen har ingen kolonne »{ $shown }«.
coreImportJiraCsv-theFileIsEmpty = filen er tom.
coreImportJiraCsv-theHeaderHasNoIssueKeyColumn = overskriftslinjen har ingen kolonne med sagsnøgle (som f.eks. { $examples }), og ingen kolonne har en sagsnøgle (som MO-12) i hver række; vælg kolonnen i forhåndsvisningen (eller med --column).
coreImportJiraCsv-theHeaderHasNoSummaryColumn = overskriftslinjen har ingen kolonne med resumé (som f.eks. { $examples }), og den første kolonne er ikke tekst i hver række; vælg kolonnen i forhåndsvisningen (eller med --column).
coreImportJiraCsv-theIssueKeyMustNot = sagsnøglen må ikke være tom.
coreImportJiraCsv-theParentIsGivenBy = den overordnede sag er angivet med sags-id { $issue_id }, men filen har ingen kolonne »Issue id« at finde den i; eksportér alle felter.
coreImportJiraCsv-theParentWithIssueId = den overordnede sag med sags-id { $issue_id } er ikke i filen; eksportér også de overordnede sager.
coreImportJiraJson-aJsonValue =
    { $kind ->
        [null] null
        [boolean] true eller false
        [number] tallet { $value }
        [text] teksten »{ $value }«
        [list] en liste
       *[object] et objekt
    }
coreImportJiraJson-alreadyAppearsAsIssues = { $key } findes allerede som issues[{ $first }].
coreImportJiraJson-expectedAListOfLabels = skal være en liste af etiketter, men er { $found }.
coreImportJiraJson-expectedAListOfText = skal være en liste af tekster, men indeholder { $found }.
coreImportJiraJson-expectedAnIssueKey = skal være en sagsnøgle som MO-12, men er { $found }.
coreImportJiraJson-expectedAnObjectWithAName = skal være et objekt med et »name«, men er { $found }.
coreImportJiraJson-expectedText = skal være tekst, men er { $found }.
coreImportJiraJson-hasNoFieldsObjectThe = { $key } har intet objekt »fields«; søgningen skal returnere sagernes felter.
coreImportJiraJson-missing = feltet mangler.
coreImportJiraJson-notValidJsonColumn = ikke gyldig JSON (kolonne { $column }): { $reason }
coreImportJiraJson-storyPointsWereNotRead = story points er ikke læst: filen har ingen feltnavne, der viser, hvilket af { $candidates } der rummer dem; søg med expand=names.
coreImportJiraJson-storyPointsWereReadFrom = story points er læst fra { $only }, det eneste tal-felt blandt de brugerdefinerede felter (filen har ingen feltnavne; søg med expand=names for at være sikker).
coreImportJiraJson-theFileIsASingle = filen er en enkelt sag fra Jira, ikke et søgeresultat; eksportér en søgning (/rest/api/2/search?jql=…) i stedet.
coreImportJiraJson-theFileIsAnError = filen er et fejlsvar fra Jira, ikke et søgeresultat: { $messages }
coreImportJiraJson-theJsonEndsTooEarly = JSON-teksten slutter for tidligt; filen er måske afkortet.
coreImportJiraJson-theJsonIsNestedMore = JSON-teksten er indlejret mere end 128 niveauer; det er et søgeresultat fra Jira aldrig.
coreImportJiraJson-theTextIsKbValues = teksten fylder { $size } KB; værdier over { $limit } KB kan ikke importeres.
coreImportJiraJson-validJsonButNotASearchResult = gyldig JSON, men ikke resultatet af en søgning i Jira: filen er { $found }, ikke et objekt med en liste »issues«.
coreImportJiraJson-validJsonButNotThe = gyldig JSON, men ikke resultatet af en søgning i Jira: der er ingen liste »issues«.
coreImportJiraXml-aValueIsLongerThan = en værdi fylder over { $limit } KB; værdier over { $limit } KB kan ikke importeres.
coreImportJiraXml-isNotAnIssueKey = »{ $shown }« er ikke en sagsnøgle som MO-12.
coreImportJiraXml-notValidXml = ikke gyldig XML: { $error }
coreImportJiraXml-theFileIsXmlBut = filen er XML, men ikke en Jira-eksport (den begynder med <{ $shown }>, ikke <rss>); vælg Eksportér → XML i Jiras sagssøgning.
coreImportJiraXml-theItemHasNoKey = sagen har ingen <key>.
coreImportJiraXml-theSummaryOfMustNot = resuméet af { $key } må ikke være tomt.
coreImportJiraXml-theXmlElementsAreNested = XML-elementerne er indlejret mere end { $limit } niveauer; det er en Jira-eksport aldrig.
coreImportJiraXml-theXmlFileDeclaresA = XML-filen har en dokumenttype (<!DOCTYPE …>). Det har en Jira-eksport aldrig, og Gavel læser den ikke: dens entiteter kan læse andre filer eller vokse uden ende. Eksportér sagerne fra Jira igen.
coreImportJiraXml-theXmlFileUsesThe = XML-filen bruger entiteten &{ $shown }; som en Jira-eksport aldrig har; Gavel slår den ikke op.
coreImportOtherTools-theFileIsAList = filen er en liste af GitHub-issues, ikke en Jira-eksport. Flyt dem til Jira med Jiras import fra GitHub, og eksportér dem derfra som CSV (alle felter); eller skriv dem i Gavels enkle backlog-CSV med kolonnerne key (f.eks. GH-12) og title.
coreImportOtherTools-theFileIsATrello = filen er en eksport af en Trello-tavle, ikke en Jira-eksport. Flyt kortene til Jira med Jiras egen import (Indstillinger → System → Import fra eksternt system → Trello), og eksportér dem derfra: søg sagerne frem, vælg Eksportér → CSV (alle felter). Eller skriv dem i Gavels enkle backlog-CSV med kolonnerne key og title.
coreImportParents-theParentOfIsNeither = den overordnede sag { $parent } til { $key } er hverken i filen eller i Gavels backlog; eksportér også de overordnede sager (tag dem med i søgningen), eller vælg at kolonnen »{ $column }« ikke skal læses.
coreImportParents-theParentsFormACycle = de overordnede sager danner en ring: { $cycle }.
coreInvitation-agenda = Dagsorden
coreInvitation-groupDateAndTime = { $group }: { $date } kl. { $time }
coreInvitation-proposedDecision = Indstilling: { $proposal }
coreInvitation-theAgendaWillFollow = Dagsordenen følger.
coreInvitation-theMeetingIsCancelled = Mødet er aflyst.
coreInvitation-writtenByGavel = Indkaldelsen er skrevet af Gavel.
coreJiraExport-theJiraCsvCannotBe = CSV-filen til Jira kan ikke skrives: { $error }
coreRegisterSpreadsheet-cannotBeWritten = Regnearket med beslutningsregistret kan ikke skrives: { $error }
coreRegisterSpreadsheet-kind = Type
coreRegisterSpreadsheet-number = Nr.
coreRegisterSpreadsheet-text = Tekst
coreRegisterSpreadsheet-poll = Afstemning
coreRegisterSpreadsheet-signed = Underskrevet
coreRegisterSpreadsheet-notSigned = Ikke underskrevet
coreRegisterSpreadsheet-openOverdue = Åbent, frist overskredet
coreJiraExport-theMeetingHasNoDecisions = Mødet har ingen beslutninger at sende til Jira.
coreLog-theClockIsBehindTheLog = Computerens ur viser { $clock }, men loggen har allerede en hændelse fra { $latest }. Gavel skriver ikke hændelser, der er dateret mere end et døgn efter uret: de ville vinde over alt, hvad de andre computere skriver i mellemtiden. Stil computerens ur, og prøv igen; intet er gemt.
coreMeetingState-aStoredValueCannotBe = En gemt værdi kan ikke læses ({ $error }); kør »gavel log verify«.
coreMeetingState-thePollIsClosedIts = Afstemningen er lukket; dens stemmer og resultat kan ikke længere ændres.
coreMemberList-isNeitherYesNorNo = »{ $shown }« er hverken ja eller nej.
coreMemberList-isNotARole = »{ $shown }« er ikke en rolle; skriv formand, næstformand, sekretær, referent, medlem, observatør eller rådgiver.
coreMemberList-isNotAVoteWeight = »{ $shown }« er ikke en stemmevægt: skriv et helt tal fra 1 til { $limit }.
coreMemberList-severalMembersHaveTheName = gruppen har flere medlemmer, der hedder { $name }; tilføj en kolonne »E-mail«, så de kan skelnes.
coreMemberList-theCellHoldsControlCharacters = cellen indeholder styretegn (fx et linjeskift eller ESC).
coreMemberList-theEMailAddressAlreadyAppears = e-mailadressen står allerede på linje { $first_line }.
coreMemberList-theFileIsTooLarge = filen er større end { $limit } KB; en medlemsliste er meget mindre. Er det den rigtige fil?
coreMemberList-theHeaderHasNoNameColumn = overskriftslinjen har ingen kolonne »Navn« (eller »Name«); den har: { $columns }.
coreMemberList-theListHasMoreThan = listen har mere end { $limit } medlemmer; er det den rigtige fil?
coreMemberList-theListIsEmptyIts = listen er tom; den første linje skal navngive kolonnerne, fx »Navn;Organisation;Rolle;E-mail«.
coreMemberList-theNameAlreadyAppears = { $name } står allerede på linje { $first_line }; er det to forskellige personer, så giv dem hver sin e-mailadresse.
coreMemberList-theNameAlreadyAppearsWithoutEMail = { $name } står allerede på linje { $first_line } uden e-mailadresse; giv begge rækker en e-mailadresse.
coreMemberList-theRowHasNoName = rækken har intet navn.
coreMemberList-theRowIsTheSameMemberAs = rækken er det samme medlem ({ $name }) som linje { $first_line }.
coreMemberList-theTextIsTooLong = teksten er { $length } tegn lang; højst { $limit } tegn er tilladt.
coreMemberList-thisColumnAppearsTwice = kolonnen findes to gange.
coreMinutes-onlyAClosedMeetingHasMinutes =
    Mødet »{ $title }« ({ $meeting_id }) { $status ->
        [draft] er ikke startet
        [open] er stadig i gang
        [closed] har intet sluttidspunkt
       *[cancelled] er aflyst
    }; referatet laves ud fra et afsluttet møde, så afslut mødet først.
corePublish-meetingAndDay = »{ $title }« ({ $day })
corePublish-theMinutesAreNotSigned =
    { $count ->
        [one] Intet er offentliggjort: dette møde er markeret som offentligt, men dets referat er ikke underskrevet: { $meetings }. Underskriv referatet (gavel minutes export --sign), eller fjern markeringen som offentligt.
       *[other] Intet er offentliggjort: disse møder er markeret som offentlige, men deres referat er ikke underskrevet: { $meetings }. Underskriv referatet (gavel minutes export --sign), eller fjern markeringen som offentligt.
    }
corePublish-theSignedMinutesAreMissing =
    { $count ->
        [one] Intet er offentliggjort: det underskrevne referat af { $meetings } findes ikke i mappen { $folder }. Kun præcis den PDF, der blev underskrevet, offentliggøres; læg den i mappen, eller angiv en anden mappe (--minutes-folder).
       *[other] Intet er offentliggjort: de underskrevne referater af { $meetings } findes ikke i mappen { $folder }. Kun præcis de PDF'er, der blev underskrevet, offentliggøres; læg dem i mappen, eller angiv en anden mappe (--minutes-folder).
    }
corePublish-websiteFolder = Hjemmeside - { $group }
corePublishFolder-aFileProblem = { $path }: { $reason }
corePublishFolder-anotherGroupsSite = { $path }: mappen er en anden gruppes site; intet er skrevet. Vælg en anden mappe.
corePublishFolder-isNotAFolder = { $path }: er ikke en mappe; sitet skrives i en mappe (ny, tom eller et tidligere site fra Gavel).
corePublishFolder-nameAFolderNotARoot = { $path }: angiv en mappe til sitet, ikke en rod.
corePublishFolder-theFolderIsNotEmpty = { $path }: mappen er ikke tom og er ikke et site, Gavel har offentliggjort; intet er skrevet. Vælg en ny eller tom mappe: offentliggørelse erstatter hele mappen.
corePublishHtml-language = Sprog
corePublishHtml-publishedWithGavel = Offentliggjort { $date } med Gavel. Kun møder, som formanden har gjort offentlige, er med.
corePublishHtml-skipToContent = Gå til indholdet
corePublishHtml-theOtherLanguage = English
corePublishPages-absent = fraværende
corePublishPages-actionItem = Handlingspunkt
corePublishPages-actionItems = Handlingspunkter
corePublishPages-agenda = Dagsorden
corePublishPages-attendance = Deltagere
corePublishPages-backToTheRegister = Til beslutningsregistret
corePublishPages-caseDescription = Sagsfremstilling
corePublishPages-date = Dato
corePublishPages-decision = Beslutning
corePublishPages-decisionNumbered = Beslutning { $number }: { $outcome }
corePublishPages-decisionRegister = Beslutningsregister
corePublishPages-decisions = Beslutninger
corePublishPages-doneOn = Udført { $date }
corePublishPages-due = Frist
corePublishPages-dueOn = Frist: { $date }
corePublishPages-excused = afbud
corePublishPages-group = Gruppe
corePublishPages-issues = Sager
corePublishPages-item = Punkt
corePublishPages-meeting = Møde
corePublishPages-meetings = Møder
corePublishPages-minutes = Referat
corePublishPages-noActionItems = Ingen handlingspunkter.
corePublishPages-noDecisions = Ingen beslutninger.
corePublishPages-noItems = Ingen punkter.
corePublishPages-noMeetingsArePublishedYet = Ingen møder er offentliggjort endnu.
corePublishPages-noPolls = Ingen afstemninger.
corePublishPages-notPresent = Ikke til stede
corePublishPages-open = Åbent
corePublishPages-outcome = Udfald
corePublishPages-outsideTheAgendaItems = Uden for dagsordenens punkter
corePublishPages-owner = Ansvarlig: { $name }
corePublishPages-ownerHeading = Ansvarlig
corePublishPages-place = Sted
corePublishPages-poll = Afstemning { $number }
corePublishPages-polls = Afstemninger
corePublishPages-present = Til stede
corePublishPages-proposal = Indstilling
corePublishPages-publishedAsSigned = Referatet er offentliggjort, præcis som det blev underskrevet. Denne side gengiver dagsordenen, beslutningerne og handlingspunkterne; noter fra mødet står kun i referatet.
corePublishPages-question = Spørgsmål
corePublishPages-responsible = Ansvarlig: { $name }
corePublishPages-result = Resultat
corePublishPages-secretPoll = Afstemning { $number } (hemmelig)
corePublishPages-signedDigitallyBy = Underskrevet digitalt af { $name } ({ $role }), { $date }
corePublishPages-signedMinutesPdf = Underskrevet referat (PDF, { $kilobytes } kB)
corePublishPages-spreadsheet = Hent beslutningsregistret som regneark (CSV)
corePublishPages-status = Status
corePublishPages-theMeetingsFingerprint = Mødets fingeraftryk:
corePublishPages-theRegisterHolds = Beslutninger, afstemningsresultater og handlingspunkter fra gruppens offentliggjorte møder. Hvert møde har sin egen side med dagsordenen og det underskrevne referat (PDF), som er det gældende referat.
corePublishPages-time = Tidspunkt
coreRegisterSearch-theSearchHoldsNoWord = Søgningen indeholder ingen ord at søge efter.
coreRegisterSearch-theSearchIsCharactersLong = Søgningen er { $length } tegn lang; den må højst være { $limit } tegn.
coreRestore-anInMemoryDatabaseCannot = En database i hukommelsen kan ikke gendannes fra en sikkerhedskopi.
coreRestore-theFileDoesNotExist = filen findes ikke.
coreRestore-theFileHasNoDecisionLog = filen har ingen Gavel-beslutningslog.
coreRestore-theFileIsDamaged = filen er beskadiget ({ $problem }).
coreStore-itIsAnSqliteDatabase = filen er en SQLite-database fra et andet program.
coreStore-theDiskIsFullFree = disken er fuld. Frigør plads på disken, og prøv igen.
coreStore-theFileIsNotAn = filen er ikke en SQLite-database.
coreStore-theFolderDoesNotExist = mappen findes ikke, eller der kan ikke skrives i den.
coreSyncConflicts-attendance =
    { $attendance ->
        [present] til stede
        [absent] fraværende
        [excused] afbud
        [left] gået
       *[unknown] ikke registreret
    }
coreSyncConflicts-attendanceAt = { coreSyncConflicts-attendance } { $time }
coreSyncConflicts-attendanceOf = fremmødet for { $name }
coreSyncConflicts-backlogItem = sagen { $key }
coreSyncConflicts-ballot =
    { $ballot ->
        [yes] for
        [no] imod
        [abstain] undlader
       *[blank] blank
    }
coreSyncConflicts-ballotOf = stemmen fra { $name }
coreSyncConflicts-countedTotalsOfAPoll = de optalte stemmer i en afstemning
coreSyncConflicts-min = { $minutes } min.
coreSyncConflicts-none = ingen
coreSyncConflicts-notesOfAgendaItem = noterne til dagsordenspunktet »{ $title }«
coreSyncConflicts-option = mulighed { $number }
coreSyncConflicts-order = rækkefølge { $order }
coreSyncConflicts-points = point { $points }
coreSyncConflicts-proposalOfAgendaItem = indstillingen til dagsordenspunktet »{ $title }«
coreSyncConflicts-proxyOf = fuldmagten fra { $from }
coreSyncConflicts-theCurrentAgendaItem = det aktuelle dagsordenspunkt
coreSyncConflicts-theRulesOfProcedure = forretningsordenen
coreSyncConflicts-timeBoxOfAgendaItem = tidsrammen for dagsordenspunktet »{ $title }«
coreSyncConflicts-to = til { $to }
coreSyncConflicts-withdrawn = trukket tilbage
coreSyncDeviceTrust-computerAndFingerprint = »{ $name }« ({ $fingerprint })
coreSyncDeviceTrust-eventsOfUntrustedComputersWereLeftOut = { $problem } Filen har også hændelser fra computere, som denne database ikke stoler på: { $computers }. De er ikke taget med, og det afviste kan bygge på dem: godkend dem, hvis deres ejere bekræfter fingeraftrykket.
coreSyncDeviceTrust-isNotAnEd25519Public = er ikke en offentlig Ed25519-nøgle.
coreSyncDeviceTrust-knownAndShownFingerprints = { $problem } Kendt fingeraftryk: { $trusted }; filens: { $shown }. Filen er afvist, og intet er ændret.
coreSyncDeviceTrust-theComputerComesWithAnotherKey = computeren »{ $name }« kommer med en anden nøgle end den, I godkendte. Det sker, hvis nogen udgiver sig for den, eller hvis den er geninstalleret. Spørg ejeren, før I gør noget.
coreSyncDeviceTrust-theDeviceAppearsTwiceIn = enheden står to gange i filen.
coreSyncDeviceTrust-theDeviceSSignatureOf = enhedens underskrift af kædens sidste hændelse holder ikke med nøglen for enhed { $device }: filen er ændret eller forfalsket.
coreSyncDeviceTrust-theFileClaimsEventsCome = filen påstår, at hændelser kommer fra denne computer, men med en anden nøgle end dens: filen er forfalsket.
coreSyncExport-thePracticeDatabaseIsNotShared = Dette er øvelsesdatabasen: dens demodata deles ikke med andre computere. Skift tilbage til jeres egne data for at eksportere en synkroniseringsfil.
coreSyncFileChecks-eventNumberOfDeviceIn = hændelse nr. { $expected_seq } fra enhed { $device } i strømmen { $stream } mangler (fandt nr. { $found }).
coreSyncFileChecks-onlyTheLastEventOf = kun den sidste hændelse i en kæde bærer enhedens underskrift.
coreSyncFileChecks-theEventDoesNotPoint = hændelsen peger ikke på hashen af hændelsen før den: kæden er brudt.
coreSyncFileChecks-theEventIsDatedBefore = hændelsen er dateret før hændelsen før den i enhedens kæde; det gør Gavel aldrig: filen er lavet i hånden.
coreSyncFileChecks-theEventSContentBelongs = hændelsens indhold hører til en anden strøm.
coreSyncFileChecks-theEventSContentCannot = hændelsens indhold kan ikke læses: { $error }
coreSyncFileChecks-theEventSHashDoes = hændelsens hash passer ikke til dens indhold: filen er blevet redigeret.
coreSyncFileChecks-thisEventAppearsTwice = hændelsen findes to gange.
coreSyncImport-changesToASignedMeetingWereNotImported =
    { $count ->
        [one] { $count } ændring af »{ $title }« blev ikke importeret: referatet er underskrevet her; den anden part skal ændre referatet ved en rettelse for at ændre mødet.
       *[other] { $count } ændringer af »{ $title }« blev ikke importeret: referatet er underskrevet her; den anden part skal ændre referatet ved en rettelse for at ændre mødet.
    }
coreSyncImport-eventInTheFileId = hændelse nr. { $number } i filen ({ $kind }, id { $id })
coreSyncImport-eventInTheFileIs = hændelse nr. { $number } i filen fylder mere end { $event_limit } MB; så stor en hændelse skriver Gavel aldrig: filen er lavet i hånden eller beskadiget. Filen er afvist, og intet er ændret.
coreSyncImport-notAGavelSyncFile = ikke en synkroniseringsfil fra Gavel: { $error }
coreSyncImport-notAGavelSyncFile2 = ikke en synkroniseringsfil fra Gavel (den skal have "format": "{ $format_name }").
coreSyncImport-theEventGoesAgainstTheRules =
    { $stream ->
        [meeting] { $event } i mødet »{ $name }« strider mod reglerne: { $reason } Filen er afvist, og intet er ændret.
        [group] { $event } i gruppen »{ $name }« strider mod reglerne: { $reason } Filen er afvist, og intet er ændret.
       *[backlog] { $event } strider mod reglerne: { $reason } Filen er afvist, og intet er ændret.
    }
coreSyncImport-theEventIsDatedAheadOfTheClock = { $event } er dateret { $dated }, men denne computers ur viser { $clock }. En hændelse må højst være dateret et døgn frem: ellers ville alle senere hændelser på denne computer blive dateret efter den og vinde alle konflikter. Tjek uret på den computer, filen kommer fra, og på denne. Filen er afvist, og intet er ændret.
coreSyncImport-theFileCannotBeRead = filen kan ikke læses: { $error }.
coreSyncImport-theFileChangedWhileIt = filen blev ændret, mens den blev læst. Importér den igen, når intet andet program skriver i den; intet er ændret.
coreSyncImport-theFileEndsTooEarly = filen slutter for tidligt: den er afkortet.
coreSyncImport-theFileHasNoFormat = filen har intet versionsnummer for formatet.
coreSyncImport-theFileIsLargerThan = filen fylder mere end { $limit } MB; det gør en synkroniseringsfil aldrig.
coreSyncImport-theFileIsSignedBut = filen er underskrevet, men underskriften kan ikke kontrolleres her; filen er afvist, og intet er ændret.
coreSyncImport-theFileRefersToA = filen henviser til en post (en gruppe, et medlem eller et møde), som hverken filen eller denne database indeholder.
coreSyncImport-theFileRefersToAMissingRecord = filen henviser til en post, som hverken filen eller denne database indeholder: { $reason }
coreSyncImport-theFileSFieldsBesides = filens felter uden for "events" fylder mere end { $event_limit } MB; det gør de aldrig i en fil fra Gavel. Filen er afvist, og intet er ændret.
coreSyncImport-theSignatureDoesNotHold = underskriften holder ikke: { $reason } Filen er afvist, og intet er ændret.
coreSyncImport-theSyncFileCannotBe = synkroniseringsfilen kan ikke læses: { $error }
coreSyncImport-theSyncFileCannotBe2 = synkroniseringsfilen kan ikke læses: feltet `{ $field }` mangler.
coreSyncImport-thisEventDiffersFromThe = hændelsen afviger fra kopien i denne database (den samme enhed kan ikke have skrevet begge): filen eller databasen er blevet ændret.
coreSyncImport-writtenByANewerGavel = skrevet af en nyere version af Gavel (synkroniseringsformat { $version }; denne version af Gavel kan læse op til { $supported_version }); opdatér Gavel for at importere filen.
coreWindowsPaths-isANameWindowsKeeps = »{ $device }« er et navn, Windows bruger til en enhed, ikke en fil; vælg et andet navn, fx gavel.sqlite3.
coreWindowsPaths-theDatabaseIsOnA = databasen ligger på et netværksdrev, og dér kan SQLite ikke låse den sikkert, så den kan blive beskadiget. Læg den på denne computer (standardstedet er %APPDATA%\dk.gavel.app), og del møderne med synkroniseringsfiler.
coreWindowsPaths-thePathIsCharactersLong = stien er { $length } tegn lang. Windows tillader 260 tegn, og Gavel skal have plads til sine sikkerhedskopier ved siden af databasen; vælg en mappe, så stien højst er { $limit } tegn.
