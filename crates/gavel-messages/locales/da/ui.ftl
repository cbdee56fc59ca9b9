## The app's screens, in Danish. The Danish catalogue defines which messages exist;
## the tests of crates/gavel-messages check that English has the same ones with the same variables.

app-name = Gavel
app-loading = Indlæser …
app-startupFailed = Gavel kunne ikke starte
app-alreadyOpen = Gavel er allerede åben

nav-label = Hovedmenu
nav-meetings = Møder
nav-backlog = Backlog
nav-sync = Synkronisering

footer-version = Version { $version }
footer-database = Database: { $path }

about-open = Om Gavel
about-heading = Om Gavel
about-description = Gavel afvikler styregruppemøder uden net: backlog, dagsorden, afstemninger, beslutninger og et digitalt signeret referat.
about-version = Version
about-licence = Licens
about-licenceText = EUPL-1.2 (European Union Public Licence 1.2), fri og åben kildekode
about-database = Data gemmes i
about-databaseHint = Alt, hvad Gavel registrerer, ligger i denne ene fil på computeren. Tag sikkerhedskopi af den.
about-close = Luk

firstRun-heading = Velkommen til Gavel
firstRun-intro = Databasen er tom. Kom i gang ved at oprette jeres gruppe med dens medlemmer, eller øv dig først med demodata.
firstRun-groupHeading = Opret jeres gruppe
firstRun-groupText = Start med jeres egen styregruppe: navn, organisationer, medlemmer (også fra en liste fra Excel) og forretningsorden. Derefter importerer du backloggen og opretter det første møde.
firstRun-createGroup = Opret min gruppe
firstRun-demoHeading = Prøv Gavel med demodata
firstRun-demoText = Øv dig på en eksempelgruppe med backlog og møder i en separat øvelsesdatabase. Den blandes aldrig med jeres egne data, og du kan skifte tilbage når som helst.
firstRun-loadDemo = Prøv med demodata
firstRun-loadingDemo = Indlæser demodata …
firstRun-importHeading = Importér jeres backlog

import-label = Importér backlog
import-hint = Vælg en Jira-eksport (CSV med alle eller de viste felter, på et hvilket som helst sprog, JSON fra en søgning eller Jiras XML-eksport) eller en CSV-fil med kolonnerne key og title. Du ser, hvad der ændres, før noget gemmes. Sager med samme nøgle bliver opdateret.
import-reading = Læser »{ $file }« …
import-importing = Importerer »{ $file }« …
import-tooLarge = Filen »{ $file }« fylder { $megabytes } MB. Backlogfiler over { $limit } MB kan ikke importeres.
import-readFailed = Filen »{ $file }« kunne ikke læses: { $reason }
import-report = »{ $file }« er importeret. Nye sager: { $added }. Ændrede: { $changed }. Uændrede: { $unchanged }.
import-previewHeading = Sådan bliver »{ $file }« importeret
import-previewCounts = Nye sager: { $added }. Ændrede: { $changed }. Uændrede: { $unchanged }. Intet er gemt endnu.
import-issuesInFile =
    { $count ->
        [one] Filen har { $count } sag.
       *[other] Filen har { $count } sager.
    }
import-onePage = Filen har { $count } af { $total } sager (én side af en søgning i Jira).
import-rankMoved = flyttet i Jiras rækkefølge
import-decidedHeading = Besluttet anderledes på et møde
import-decidedConflict = { $key } – { $title }: Jira: { $jira }; besluttet { $date } ({ $meeting }): { $decided }
import-decidedHint = Backloggen får Jiras status; beslutningen står uændret i mødets referat. Ret sagen i Jira, hvis beslutningen skal gælde der.
import-emptyValue = (tom)
import-addedHeading = Nye sager
import-changedHeading = Ændrede sager (ændrede felter)
import-goneHeading = I Gavel, men ikke i filen (beholdes med deres historik)
import-goneOnePage = Filen er kun én side af søgningen, så sagerne kan stå på en anden side.
import-goneKept =
    { $count ->
        [one] { $count } sag i Gavel var ikke med i filen og er beholdt.
       *[other] { $count } sager i Gavel var ikke med i filen og er beholdt.
    }
import-repairedHeading = Linjer med tegn, der ikke var UTF-8 (læst som)
import-repairedLine = linje { $line }: { $characters }
import-columnsHeading = Kolonner i filen
import-columnsHint = Har Gavel læst en kolonne forkert eller ikke genkendt den, så vælg her, hvad den rummer. Forhåndsvisningen opdateres; intet gemmes, før du trykker »Importér«.
import-col-header = Kolonne
import-col-field = Læses som
import-col-how = Genkendt
import-col-count = { $header } (×{ $count })
import-how-name = på navnet
import-how-values = på værdierne
import-how-position = på placeringen
import-how-choice = dit valg
import-how-not_read = læses ikke
import-notRead = — læses ikke —
import-chooseFor = Hvad rummer kolonnen »{ $header }«?
import-field-parent = overordnet sag
import-field-votes = stemmer
import-field-watchers = overvågere
import-field-description = beskrivelse

columnField-key = sagsnøgle
columnField-summary = titel (resumé)
columnField-status = status
columnField-priority = prioritet
columnField-issue_type = sagstype
columnField-parent = overordnet sag (epic)
columnField-epic_link = overordnet sag (epic-link)
columnField-rank = rang
columnField-sprint = sprint
columnField-story_points = story points
columnField-story_point_estimate = story points (estimat)
columnField-votes = stemmer i Jira
columnField-watchers = overvågere
columnField-labels = etiketter
columnField-issue_id = sags-id
columnField-comment = kommentarer
columnField-components = komponenter
columnField-fix_versions = rettelsesversioner
columnField-description = beskrivelse
columnField-created = oprettet
columnField-updated = opdateret

import-andMore = … og { $count } flere
import-confirm = Importér
import-cancel = Annuller
import-field-title = titel
import-field-status = status
import-field-priority = prioritet
import-field-rank = rang
import-field-storyPoints = story points
import-field-labels = etiketter

backlog-heading = Backlog
backlog-count =
    { $count ->
        [one] { $count } sag i backloggen
       *[other] { $count } sager i backloggen
    }
backlog-empty = Backloggen er tom. Importér en Jira-eksport eller en CSV-fil med jeres sager.
backlog-caption = Backloggen i prioriteret rækkefølge
backlog-col-key = Nøgle
backlog-col-title = Titel
backlog-col-status = Status
backlog-col-priority = Prioritet
backlog-col-storyPoints = Story points
backlog-col-votes = Stemmer
backlog-under = (under { $parent })
backlog-col-labels = Etiketter

meetings-heading = Møder
meetings-new = Opret møde
meetings-empty = Der er ingen møder endnu. Opret det første med knappen »Opret møde«.
meetings-caption = Alle møder
meetings-col-title = Titel
meetings-col-group = Gruppe
meetings-col-startsAt = Tidspunkt
meetings-col-location = Sted
meetings-col-agendaCount = Punkter på dagsordenen

meeting-back = Tilbage til møder
meeting-backToRegister = Tilbage til beslutninger
meeting-loading = Indlæser mødet …
meeting-group = Gruppe
meeting-startsAt = Tidspunkt
meeting-location = Sted
meeting-noLocation = Intet sted angivet
meeting-status = Status
meeting-status-draft = Kladde
meeting-status-open = I gang
meeting-status-closed = Afsluttet
meeting-status-signed = Underskrevet
meeting-status-cancelled = Aflyst

proposal-caseDescription = Sagsfremstilling
proposal-caseDescriptionHint = Hvad punktet handler om. Almindelig tekst: tomme linjer deler afsnit, linjer, der starter med »- « eller »1. «, bliver punkter, og **fed** bliver fed.
proposal-proposedDecision = Indstilling
proposal-proposedDecisionHint = Hvad gruppen bliver bedt om at beslutte, fx »Det indstilles, at …«. Afsnit, punkter og **fed** som i sagsfremstillingen.
proposal-save = Gem sagsfremstilling og indstilling
proposal-responsible = Ansvarlig for punktet
proposal-links = Links
proposal-linksHint = Én webadresse pr. linje, fx sagen i Jira eller et dokument. Valgfri.
proposal-saved = Gemt.

publication-heading = Offentliggørelse
publication-isPublic = Mødet er offentligt: det kommer med på gruppens hjemmeside, når den udgives under Grupper.
publication-isNotPublic = Mødet er ikke offentligt: det kommer ikke på gruppens hjemmeside.
publication-makePublic = Gør mødet offentligt
publication-makeNotPublic = Gør mødet ikke-offentligt

website-heading = Hjemmeside
website-explanation = Gruppens offentlige møder som en hjemmeside uden scripts: beslutningsregistret, en side pr. møde og det underskrevne referat. Den gemmes i eksportmappen; kopiér mappen til en webserver eller et intranet.
website-publish = Udgiv gruppens hjemmeside
website-published = Hjemmesiden er udgivet i { $path } med { $count } offentlige møder. Åbn index.html.
website-publishedOne = Hjemmesiden er udgivet i { $path } med 1 offentligt møde. Åbn index.html.
website-publishedNone = Hjemmesiden er udgivet i { $path }, men intet møde er offentligt endnu: gør et afsluttet møde offentligt på mødets side.

proposal-issueDescription = Beskrivelse af { $key } fra backloggen
proposal-issueDescriptionHint = Dagsordenen viser den under sagsfremstillingen, medmindre du har sat den ind i sagsfremstillingen.
proposal-useIssueDescription = Indsæt i sagsfremstillingen

decision-proposal = Indstilling: { $proposal }
decision-useProposal = Brug indstillingen som tekst

preparation-heading = Før mødet
preparation-invitationHint = Indkaldelsen er en kalenderfil (.ics) til Outlook og andre kalendere: tid, sted, dagsorden og medlemmerne med e-mailadresse. Gemmes den igen efter en ændring, opdaterer den indkaldelsen.
preparation-cancellationHint = Aflysningen er en kalenderfil (.ics), der fjerner mødet fra medlemmernes kalendere.
preparation-saveInvitation = Gem indkaldelse (.ics)
preparation-saveCancellation = Gem aflysning (.ics)
preparation-agendaHint = Dagsordenen (PDF) er til at sende til medlemmerne: punkterne med sidetal, hvert punkts sagsfremstilling og indstilling, sagerne fra backloggen med deres stemmer i Jira, forretningsordenen og medlemslisten.
preparation-saveAgenda = Gem dagsorden (PDF)
preparation-agendaSaved =
    { $count ->
        [one] Dagsordenen er gemt i { $path } ({ $count } side).
       *[other] Dagsordenen er gemt i { $path } ({ $count } sider).
    }
preparation-agendaSigning = Er certifikatet låst op for mødet under »Certifikat til underskrift«, underskrives dagsordenen med det i feltet »Udsendt af«; ellers gemmes den uden underskrift.
preparation-agendaSignedBy = Den er underskrevet af { $name }.
preparation-agendaUnsigned = Den er ikke underskrevet.
preparation-saved = Gemt i { $path }
preparation-invited =
    { $count ->
        [one] Den inviterer { $count } medlem.
       *[other] Den inviterer { $count } medlemmer.
    }
preparation-withoutEmail = Uden e-mailadresse, så ikke inviteret: { $names }. Tilføj adressen under Grupper.
preparation-edit = Ret titel, tid og sted
preparation-save = Gem ændringerne
preparation-keep = Annuller
preparation-fieldsRequired = Skriv mødets titel, dato som 10.12.2026 og klokkeslæt som 13:00.
preparation-cancel = Aflys mødet …
preparation-cancelHeading = Aflys mødet?
preparation-cancelExplanation = Mødet bliver stående i listen som aflyst, og der kan ikke registreres mere i det. Det kan ikke fortrydes. Bagefter kan du gemme en aflysning til medlemmernes kalendere.
preparation-cancelReason = Begrundelse
preparation-cancelConfirm = Aflys mødet
preparation-keepMeeting = Behold mødet
preparation-cancelledAt = Mødet blev aflyst { $at }.
preparation-cancelledReason = Begrundelse: { $reason }

meeting-agenda = Dagsorden
meeting-agendaEmpty = Dagsordenen er tom.
meeting-fingerprint = Logfingeraftryk
meeting-openedAt = Startet
meeting-closedAt = Afsluttet

file-choose = Vælg fil …
file-none = Ingen fil valgt

live-start = Start mødet
live-close = Afslut mødet
live-undo = Fortryd seneste handling
live-opened = Mødet er startet.
live-closed = Mødet er afsluttet.
live-undone = Seneste handling er fortrudt.
live-sections = Mødets afsnit

meeting-notYet = Ikke endnu

live-currentItem = Nu:
live-undoWhat = Fortryd: { $what }
live-undoNothing = Intet at fortryde
live-undoneWhat = Fortrudt: { $what }
live-quorumPending = Beslutningsdygtigheden måles, når mødet starter.

closeMeeting-heading = Afslut mødet?
closeMeeting-intro = Dette er ikke afsluttet. Det kommer med i referatet, som det står nu:
closeMeeting-allDone = Alle punkter er behandlet, alle medlemmers fremmøde er registreret, og alle handlingspunkter har en ansvarlig og en frist.
closeMeeting-afterwards = Når mødet er afsluttet, kan der ikke registreres mere. Referatet kan derefter gemmes og underskrives.
closeMeeting-openPolls = Luk disse afstemninger, før mødet afsluttes:
closeMeeting-agendaItems =
    { $count ->
        [one] { $count } punkt uden beslutning eller noter
       *[other] { $count } punkter uden beslutning eller noter
    }
closeMeeting-members =
    { $count ->
        [one] { $count } medlem uden registreret fremmøde
       *[other] { $count } medlemmer uden registreret fremmøde
    }
closeMeeting-actionItems =
    { $count ->
        [one] { $count } handlingspunkt uden ansvarlig eller frist
       *[other] { $count } handlingspunkter uden ansvarlig eller frist
    }
closeMeeting-noOwner = ingen ansvarlig
closeMeeting-noDeadline = ingen frist
closeMeeting-confirm = Afslut mødet
closeMeeting-cancel = Tilbage til mødet

closePoll-heading = Luk afstemningen uden stemmer?
closePoll-intro = Der er ikke registreret nogen stemmer i afstemningen »{ $question }«. Lukkes den nu, står den i referatet uden stemmer.
closePoll-confirm = Luk uden stemmer
closePoll-cancel = Tilbage til afstemningen

shortcut-heading = Tastaturgenveje
shortcut-open = Tastaturgenveje (?)
shortcut-intro = Genvejene virker overalt på mødesiden, undtagen når markøren står i et tekstfelt (Esc forlader feltet).
shortcut-close = Luk oversigten
shortcut-col-keys = Taster
shortcut-col-action = Handling
shortcut-help-keys = ?
shortcut-help = Vis eller skjul denne oversigt (Esc lukker den)
shortcut-nextItem-keys = Alt+↓
shortcut-nextItem = Næste dagsordenspunkt bliver det aktuelle
shortcut-previousItem-keys = Alt+↑
shortcut-previousItem = Forrige dagsordenspunkt bliver det aktuelle
shortcut-newPoll-key = O
shortcut-newPoll = Opret en ny afstemning: markøren går til spørgsmålet, Enter åbner afstemningen, Esc fortryder
shortcut-selectVoter-keys = ↑ / ↓
shortcut-selectVoter = I stemmetabellen: forrige / næste medlem (← / → skifter mellem svarene)
shortcut-ballotLetters-keys = J / N / U
shortcut-ballotLetters = I stemmetabellen: For / Imod / Undlader for medlemmet, og videre til næste medlem
shortcut-closePoll-key = L
shortcut-closePoll = Luk den åbne afstemning (den nyeste, hvis der er flere)
shortcut-newDecision-key = B
shortcut-newDecision = Registrér en beslutning: markøren går til beslutningsteksten, Ctrl+Enter registrerer
shortcut-newActionItem-key = H
shortcut-newActionItem = Nyt handlingspunkt: markøren går til teksten, Enter tilføjer
shortcut-undo-keys = Ctrl+Z
shortcut-undo = Fortryd seneste handling
shortcut-ballot-keys = 1, 2, 3 …
shortcut-ballot = I stemmetabellen: registrér svar nr. 1, 2, 3 … (For, Imod, Undlader eller mulighederne i rækkefølge) og gå til næste medlem
shortcut-blank-keys = 0
shortcut-blank = Registrér en blank stemme
shortcut-projector-keys = P
shortcut-projector = Vis mødet på projektor (åbner eller fremhæver projektorvinduet)
shortcut-currentItem = Aktuelt punkt: { $item }
shortcut-noNextItem = Der er ikke flere punkter på dagsordenen.
shortcut-noPreviousItem = Der er intet punkt før det aktuelle.
shortcut-noOpenPoll = Der er ingen åben afstemning at lukke.
shortcut-needsOpenMeeting = Start mødet først.

projector-open = Vis på projektor
projector-loading = Henter mødet …
projector-failed = Mødet kan ikke vises
projector-agendaItem = Punkt { $position }: { $title }
projector-noAgendaItem = Intet dagsordenspunkt er i gang
projector-poll-open = Afstemning i gang
projector-poll-closed = Resultat af afstemningen
projector-poll-voted = { $cast } af { $eligible } har stemt
projector-poll-counting = Stemmerne tælles op
projector-poll-resultAfterClose = Resultatet vises, når afstemningen er lukket.

role-chair = Formand
role-vice_chair = Næstformand
role-secretary = Referent
role-member = Medlem
role-observer = Observatør
role-advisor = Rådgiver

attendance-heading = Fremmøde
attendance-caption = Medlemmernes fremmøde og fuldmagter
attendance-summary = { $present } af { $total } til stede
attendance-proxyCount =
    { $count ->
        [one] { $count } fuldmagt
       *[other] { $count } fuldmagter
    }
attendance-col-member = Medlem
attendance-col-votingRight = Stemmeret
attendance-col-attendance = Fremmøde
attendance-col-proxy = Fuldmagt
attendance-noOrganisation = Ingen organisation
attendance-votes = Ja
attendance-votesWeighted = Ja, vægt { $weight }
attendance-noVote = Nej
attendance-legend = Fremmøde for { $name }
attendance-unknown = Ikke registreret
attendance-present = Til stede
attendance-absent = Fraværende
attendance-excused = Afbud
attendance-left = Gået
attendance-arrivedAt = Kom kl. { $time }
attendance-leftAt = Gik kl. { $time }
attendance-proxyLabel = Fuldmagt til
attendance-noProxy = Ingen fuldmagt
attendance-proxyTo = Fuldmagt til { $name }
attendance-holdsProxyFrom = Har fuldmagt fra { $names }
attendance-holderWithProxies = { $name } (har { $count } fuldmagt)
attendance-proxiesNotAllowed = Forretningsordenen tillader ikke fuldmagter

agenda-current = Aktuelt punkt
agenda-next = Næste punkt
agenda-first = Start på første punkt
agenda-timeBox = { $minutes } min.
agenda-timeBoxLabel = Tidsramme (minutter)
agenda-timeBoxInvalid = Skriv et helt antal minutter fra 1 til 1440, eller lad feltet stå tomt.
agenda-notes = Noter til punktet
agenda-notesHint = Gemmes, når du forlader feltet.
agenda-notesSaved = Noterne er gemt.

poll-heading = Afstemninger
poll-new = Ny afstemning
poll-new-heading = Ny afstemning
poll-none = Der har ikke været afstemninger endnu. Stil et spørgsmål under »Ny afstemning«, og åbn afstemningen.
poll-needsOpenMeeting = Afstemninger kan åbnes, når mødet er startet.
poll-question = Spørgsmål
poll-questionRequired = Skriv spørgsmålet, der stemmes om.
poll-agendaItem = Punkt på dagsordenen
poll-noAgendaItem = Intet punkt
poll-kind = Type
poll-kind-yes_no = Ja/nej/undlad
poll-kind-yes_no-hint = For, imod, undlader eller blank.
poll-kind-choice = Valg mellem muligheder
poll-kind-choice-hint = Hvert medlem vælger én mulighed.
poll-kind-points = Prioritering med point
poll-kind-points-hint = Hvert medlem fordeler et antal point mellem sager fra backloggen.
poll-kind-ranking = Prioritering ved rangordning
poll-kind-ranking-hint = Hvert medlem stiller sager fra backloggen i rækkefølge (Borda-optælling).
poll-options = Muligheder
poll-optionLabel = Mulighed { $number }
poll-optionsRequired = Skriv mindst to muligheder, og ingen tomme.
poll-addOption = Tilføj mulighed
poll-removeOptionLabel = Fjern mulighed { $number }
poll-pointsPerVoter = Point pr. medlem
poll-pointsPerVoterInvalid = Skriv et helt antal point, mindst 1.
poll-pointsEach = { $points } point pr. medlem
poll-items = Sager fra backloggen
poll-itemsHint = Vælg mindst to sager. De stilles op i backloggens rækkefølge.
poll-itemsRequired = Vælg mindst to sager.
poll-itemsChosen = Valgt: { $count }
poll-secrecy = Afstemningsform
poll-named = Navngiven
poll-named-hint = Det registreres, hvem der stemte hvad.
poll-secret = Hemmelig
poll-secret-hint = Kun de optalte resultater registreres, aldrig hvem der stemte hvad.
poll-majority = Krav til flertal
poll-majority-default = Forretningsordenens regel: { $rule }
poll-majority-rulesDefault = som i forretningsordenen
poll-majority-simple = Simpelt flertal af de afgivne stemmer
poll-majority-absolute = Absolut flertal af alle stemmeberettigede
poll-majority-twoThirdsPresent = 2/3 af de tilstedeværende
poll-majority-twoThirdsCast = 2/3 af de afgivne stemmer
poll-majority-unanimity = Enstemmighed
poll-majority-unanimityOfAll = Enstemmighed blandt alle stemmeberettigede
poll-majority-plurality = Relativt flertal (flest stemmer)
poll-overrideQuorum = Åbn trods manglende beslutningsdygtighed (registreres i referatet)
poll-open = Åbn afstemning
poll-numbered = Afstemning { $number }: { $question }
poll-state-open = Åben
poll-state-closed = Lukket
poll-quorumOverridden = Åbnet trods manglende beslutningsdygtighed
poll-handCount = Optælling ved håndsoprækning (indtast antal i stedet for hvert medlems stemme)
poll-notEligible = Kan ikke stemme (ikke til stede og ingen fuldmagt): { $names }
poll-strayBallots = Afgivet af medlemmer, der ikke længere kan stemme, og talt med i resultatet: { $ballots }
poll-close = Luk afstemning
poll-closedHeading = Afsluttede afstemninger
poll-closedAnnouncement = { $poll } er lukket. { $result }
poll-result-live = Foreløbigt resultat
poll-result-final = Resultat
poll-result-none = Ingen stemmer endnu.
poll-whoVoted = Hvem stemte hvad ({ $count } stemmer)
poll-countedByHand = Optalt ved håndsoprækning.
poll-countedSecret = Hemmelig afstemning: kun de optalte resultater er registreret.

ballot-yes = For
ballot-no = Imod
ballot-abstain = Undlader
ballot-blank = Blank
ballot-caption = Stemmer: { $voted } af { $total } registreret
ballot-col-voter = Stemmeberettiget
ballot-col-ballot = Stemme
ballot-col-save = Gem
ballot-groupLabel = Stemme for { $name }
ballot-byProxy = ved fuldmagt: { $name }
ballot-replaced = stemme ændret

poll-reopened = Genåbnet kl. { $time } af { $by }. Resultatet var da: { $summary }

ballot-replacedAt = stemme ændret kl. { $time }
ballot-weight = vægt { $weight }
ballot-pointsHint = Hvert medlem har { $points } point at fordele. Tomme felter tæller som 0.
ballot-rankHint = Giv hver sag en plads fra 1 (vigtigst) til { $count }; hver plads bruges én gang.
ballot-pointsFor = Point fra { $name } til { $item }
ballot-rankFor = { $name }s plads til { $item }
ballot-pointsUsed = { $used } af { $points } point brugt
ballot-pointsNotWhole = Point skal være hele tal, 0 eller derover.
ballot-pointsTooMany = Der er fordelt mere end { $points } point.
ballot-rankMissing = Giv hver sag en plads.
ballot-rankOutOfRange = Pladserne skal være hele tal fra 1 til { $count }.
ballot-rankTwice = Hver plads fra 1 til { $count } må kun bruges én gang.
ballot-save = Gem
ballot-saved = Gemt

totals-heading = Optalte stemmer
totals-headingSecret = Optalte stemmer (hemmelig afstemning)
totals-invalid = Antallene skal være hele tal, 0 eller derover.
totals-save = Gem optælling

decision-heading = Beslutninger
decision-conflict-heading = Uafklaret konflikt om »{ $item }«
decision-conflict-explained = Beslutningerne herunder er registreret på to computere, der ikke havde set hinandens. Begge står, til formanden vælger den, der gælder; indtil da kan referatet ikke underskrives.
decision-conflict-recordedBy = Registreret af { $author } (computer { $device })
decision-conflict-keep = Behold beslutning { $number }
decision-none = Der er ikke truffet beslutninger endnu. Skriv den første under »Registrér beslutning«.
decision-needsOpenMeeting = Beslutninger kan registreres, når mødet er startet.
decision-new = Registrér beslutning
decision-numbered = Beslutning { $number }
decision-outcome = Udfald
decision-outcome-approved = Godkendt
decision-outcome-rejected = Afvist
decision-outcome-postponed = Udsat
decision-outcome-noted = Taget til efterretning
decision-text = Beslutning
decision-textRequired = Skriv beslutningens tekst.
decision-linkAgendaItem = Knyt til det aktuelle punkt: { $item }
decision-agendaItem = Punkt
decision-poll = Afstemning
decision-pollLabel = Afstemning
decision-noPoll = Ingen afstemning
decision-statusChanges = Ny status i backloggen
decision-statusChangesHint = Valgfrit. Lad feltet stå tomt for at beholde sagens status.
decision-statusChange = { $key }: { $status }
decision-order = Ny prioritering
decision-orderHint = Valgfrit. Sagerne her kommer først i backloggen, i denne rækkefølge.
decision-useRanking = Brug afstemningens rækkefølge
decision-order-show = Ny prioritering af backloggen …
decision-order-add = Tilføj sag til prioriteringen
decision-order-choose = Vælg en sag
decision-order-addButton = Tilføj
decision-order-removeLabel = Fjern { $item } fra prioriteringen
decision-order-added = { $key } er nr. { $position } i prioriteringen.
decision-order-moved = { $key } er nu nr. { $position } i prioriteringen.
decision-order-removed = { $key } er fjernet fra prioriteringen.
decision-order-fromPoll = Prioriteringen er udfyldt med afstemningens { $count } sager.
decision-submit = Registrér beslutning
decision-recorded = Beslutning { $number } er registreret.

action-heading = Handlingspunkter
action-none = Der er ingen handlingspunkter endnu. Tilføj det første under »Nyt handlingspunkt«.
action-new = Nyt handlingspunkt
action-text = Hvad skal gøres
action-textRequired = Skriv, hvad der skal gøres.
action-owner = Ansvarlig
action-noOwner = Ingen ansvarlig
action-otherOwner = En anden (skriv navn)
action-ownerName = Den ansvarliges navn
action-due = Frist
action-dueHint = Valgfri. F.eks. 15.01.2027.
action-dueInvalid = Skriv fristen som en dato, f.eks. 15.01.2027.
action-linkAgendaItem = Knyt til det aktuelle punkt: { $item }
action-submit = Tilføj handlingspunkt
action-added = Handlingspunkt { $number } er tilføjet.
action-col-number = Nr.
action-col-text = Handlingspunkt
action-col-owner = Ansvarlig
action-col-due = Frist

form-heading = Opret møde
form-group = Gruppe
form-noGroups = Der er ingen grupper. Et møde skal høre til en gruppe.
form-createGroup = Opret en gruppe
form-title = Titel
form-titleRequired = Skriv mødets titel.
form-startsAt = Tidspunkt
form-startsAtRequired = Skriv mødets dato som 10.12.2026 og klokkeslæt som 13:00.
form-startsAtHint = Dato som 10.12.2026 og klokkeslæt som 13:00 (24-timers ur).
form-date = Dato
form-time = Klokkeslæt
form-location = Sted
form-optional = Valgfrit
form-agenda = Dagsorden
form-fromBacklog = Sager fra backloggen
form-backlogFilter = Filtrér backloggen
form-backlogFilterHint = Søg på nøgle eller titel.
form-backlogNoMatch = Ingen sager passer til filteret.
form-backlogEmpty = Backloggen er tom.
form-freeText = Frit punkt
form-freeTextHint = Et punkt, der ikke er en sag i backloggen, f.eks. »Eventuelt«.
form-freeTextRequired = Skriv punktets titel først.
form-addFree = Tilføj punkt
form-chosenAgenda = Valgt dagsorden
form-agendaEmpty = Dagsordenen er tom. Vælg sager fra backloggen, eller tilføj frie punkter.
form-moveUp = Op
form-moveDown = Ned
form-remove = Fjern
form-moveUpLabel = Flyt »{ $item }« op
form-moveDownLabel = Flyt »{ $item }« ned
form-removeLabel = Fjern »{ $item }« fra dagsordenen
form-added = »{ $item }« er tilføjet dagsordenen som nr. { $position }.
form-removed = »{ $item }« er fjernet fra dagsordenen.
form-moved = »{ $item }« er nu nr. { $position } på dagsordenen.
form-submit = Opret møde
form-submitting = Opretter mødet …
form-cancel = Annuller

sync-heading = Synkronisering
sync-intro = Del beslutningerne med referenten og de andre medlemmer: eksportér en fil, og send den som vedhæftet fil i en e-mail eller på et USB-stik. Modtageren importerer filen her, og så har begge computere de samme beslutninger.
sync-export-heading = Eksportér beslutninger
sync-export-legend = Hvad filen skal indeholde
sync-export-hint = Vælg møder, grupper eller begge. Et møde kommer med dagsorden, fremmøde, afstemninger, beslutninger og handlingspunkter, sin gruppes medlemmer og forretningsorden og backloggen.
sync-export-none = Der er intet at eksportere endnu. Opret en gruppe under »Grupper« først.
sync-export-chooseRequired = Vælg mindst ét møde eller én gruppe.
sync-export-meetingsHeading = Møder
sync-export-groupsHeading = Grupper
sync-export-groupsHint = En gruppe kommer med sine medlemmer, organisationer og forretningsorden og backloggen, også før sit første møde: sådan får referenten den gruppe, formanden har oprettet.
sync-export-noMeetingsYet = ingen møder endnu
sync-export-members =
    { $count ->
        [one] { $count } medlem
       *[other] { $count } medlemmer
    }
sync-export-meetingLabel = { $title }, { $date }
sync-export-submit = Eksportér beslutninger
sync-export-exporting = Eksporterer …
sync-export-savedHeading = Filen er gemt
sync-export-savedIn = Gemt som:
sync-export-contents = Filen indeholder { $groups }, { $meetings } og { $events } og fylder { $size }.
sync-export-groups =
    { $count ->
        [one] { $count } gruppe
       *[other] { $count } grupper
    }
sync-export-meetings =
    { $count ->
        [one] { $count } møde
       *[other] { $count } møder
    }
sync-export-events =
    { $count ->
        [one] { $count } hændelse
       *[other] { $count } hændelser
    }
sync-export-attach = Vedhæft filen i en e-mail til referenten og medlemmerne, eller kopiér den til et USB-stik. De importerer den under »Synkronisering« i Gavel.
sync-export-signLegend = Underskrift
sync-export-sign = Underskriv filen med mit certifikat
sync-export-signHint = Med den samme .p12-fil som referatet. Modtageren ser, hvem filen er fra, og Gavel afviser filen, hvis nogen har ændret den undervejs.
sync-export-p12 = Certifikat (.p12 eller .pfx)
sync-export-p12Required = Vælg din .p12-fil, eller fjern fluebenet for at eksportere uden underskrift.
sync-export-password = Adgangskode til certifikatet
sync-export-passwordHint = Adgangskoden bliver ikke gemt.
sync-export-passwordRequired = Skriv adgangskoden til certifikatet.
sync-export-signedBy = Underskrevet af { $name }. Certifikatets SHA-256-fingeraftryk: { $fingerprint }
sync-report-signedBy = Underskrevet af { $name }. Certifikatets SHA-256-fingeraftryk: { $fingerprint }. Sammenlign det med det fingeraftryk, afsenderen har givet dig.
sync-devices-heading = Computere i filen
sync-devices-thisLaptop = Denne computer.
sync-devices-known = Godkendt tidligere (af { $by }).
sync-devices-acceptedNow = Ny computer, som du godkender med denne import.
sync-devices-vouchedFor = Ny computer. Certifikatet { $certificate }, som du stoler på, har underskrevet filen og går i god for den.
sync-devices-notAccepted = Ny computer: dens { $count } nye hændelser bliver ikke importeret, før du godkender den.
sync-devices-unsigned = Computeren har ikke underskrevet sine hændelser i filen: { $count } nye hændelser bliver ikke importeret. Kun en fil underskrevet med et certifikat, du stoler på, kan bringe dem.
sync-devices-fingerprint = Fingeraftryk:
sync-devices-noFingerprint = Intet fingeraftryk
sync-devices-unnamed = Uden navn
sync-devices-trust = Jeg har sammenlignet fingeraftrykket med computerens ejer, og jeg stoler på computeren
sync-devices-howToCheck = Ejeren ser sin computers fingeraftryk under »Synkronisering« på sin egen computer. Sammenlign det i telefonen eller ansigt til ansigt, ikke i den e-mail, filen kom med.
sync-thisDevice-heading = Denne computer
sync-thisDevice-text = Denne computers fingeraftryk er { $fingerprint }. Giv det til mødelederen, før din første fil når frem, så hun kan sammenligne det.
sync-report-trustCertificate = Jeg stoler på certifikatet fra { $name }, som har underskrevet filen, og lader det gå i god for de nye computere i denne og senere filer, det underskriver
sync-report-notSigned = Filen er ikke underskrevet.
sync-import-heading = Importér en synkroniseringsfil
sync-import-label = Synkroniseringsfil (.gavel)
sync-import-hint = Vælg en .gavel-fil fra en anden computer. Du ser, hvad der bliver tilføjet, og om det samme er ændret begge steder, før noget gemmes.
sync-import-reading = Læser »{ $file }« …
sync-import-importing = Importerer »{ $file }« …
sync-import-tooLarge = Filen »{ $file }« fylder { $megabytes } MB. En synkroniseringsfil fylder aldrig over { $limit } MB.
sync-import-confirm = Importér
sync-import-cancel = Annuller
sync-import-close = Luk
sync-report-previewHeading = Sådan bliver »{ $file }« importeret
sync-report-doneHeading = »{ $file }« er importeret
sync-report-from = Fra { $author } (computer { $device }).
sync-report-previewCounts = Hændelser i filen: { $total }. Nye, der bliver tilføjet: { $added }. Findes allerede her: { $present }. Intet er gemt endnu.
sync-report-doneCounts = Tilføjede hændelser: { $added }. Fandtes allerede: { $present }.
sync-report-nothingUntilTrusted = Intet bliver importeret, før du godkender en computer ovenfor: filen har kun nyt fra computere, du ikke har godkendt endnu.
sync-report-notTaken = { $count } hændelser fra computere, du ikke har godkendt, er ikke taget med.
sync-report-nothingNew = Alt i filen findes allerede her. Der er intet at importere.
sync-report-meetingsAdded = Nye møder
sync-report-groupsAdded = Nye grupper
sync-report-meetingsChanged = Møder, der får nye oplysninger
sync-report-meetingsChangedDone = Møder med nye oplysninger
sync-report-conflicts =
    { $count ->
        [one] { $count } konflikt: det samme er ændret på begge computere
       *[other] { $count } konflikter: det samme er ændret på begge computere
    }
sync-report-conflictsExplained = Den seneste ændring gælder, på begge computere. Den anden går ikke tabt: den bliver i mødets log.
sync-conflict-caption = Konflikt: { $field }
sync-report-decisionConflicts =
    { $count ->
        [one] { $count } uafklaret konflikt mellem beslutninger
       *[other] { $count } uafklarede konflikter mellem beslutninger
    }
sync-report-decisionConflictsExplained = To computere har registreret hver sin beslutning om det samme punkt uden at kende den andens. Begge står, til formanden på mødets side vælger den, der gælder; indtil da kan referatet ikke underskrives.
sync-decisionConflict-caption = Beslutninger om »{ $item }« i »{ $meeting }«
sync-decisionConflict-col-decision = Beslutning
sync-decisionConflict-col-text = Tekst
sync-conflict-col-side = Ændring
sync-conflict-col-value = Værdi
sync-conflict-col-author = Skrevet af
sync-conflict-kept = Gælder
sync-conflict-overridden = Tilsidesat
sync-conflict-author = { $author } (computer { $device })
sync-conflict-emptyValue = (tom)
sync-report-refusedHeading = Afvist, fordi referatet er underskrevet
sync-report-refusedExplained = Et underskrevet referat kan kun ændres med en tilføjelse til referatet. Disse ændringer fra filen bliver ikke taget med:

firstRun-syncHeading = Modtag møder fra en anden computer
firstRun-syncText = Har du fået en .gavel-fil fra formanden eller referenten, så importér den her. Du får gruppen, backloggen og møderne fra filen.

minutes-heading = Referat
minutes-intro = Mødet er afsluttet. Gennemse referatet, gem det som PDF, eller godkend og underskriv det med dit certifikat.
minutes-sections = Referatets afsnit
minutes-language = Referatets sprog
minutes-language-da = Dansk
minutes-language-en = Engelsk
minutes-previewHeading = Gennemse referatet
minutes-previewHint = Sådan står referatet i PDF-filen: de samme afsnit og den samme tekst, på det valgte sprog.
minutes-previewLabel = Referatet, som det står i PDF-filen
minutes-loadingPreview = Indlæser referatet …
minutes-saveHeading = Gem referatet
minutes-saveHint = Gemmer referatet uden underskrift, f.eks. til udsendelse før godkendelsen.
minutes-export = Gem referat som PDF
minutes-exporting = Gemmer referatet …
minutes-savedHeading = Referatet er gemt
minutes-savedIn = Filen er gemt her:
minutes-pages =
    { $count ->
        [one] { $count } side
       *[other] { $count } sider
    }
minutes-savedDetails = { $pages }, { $size }.
minutes-signHeading = Godkend og underskriv
minutes-signIntro = Underskriv referatet digitalt med dit certifikat: en .p12- eller .pfx-fil, som organisationscertifikater leveres. Når referatet er underskrevet, er mødet låst og kan kun ændres ved en rettelse, der giver en ny version af referatet.
minutes-p12 = Certifikatfil (.p12 eller .pfx)
minutes-p12Hint = Filen bruges kun til denne underskrift og gemmes ikke i Gavel.
minutes-p12Required = Vælg din certifikatfil.
minutes-p12TooLarge = Filen »{ $file }« fylder { $megabytes } MB. En certifikatfil fylder højst { $limit } MB; er det den rigtige fil?
minutes-p12Chosen = Valgt: { $file }
minutes-password = Adgangskode til certifikatet
minutes-passwordHint = Adgangskoden bruges kun til denne underskrift. Den gemmes ikke og skrives ikke i nogen log.
minutes-passwordRequired = Skriv adgangskoden til certifikatet.
minutes-role = Du underskriver som
minutes-sign = Godkend og underskriv
minutes-signing = Underskriver referatet …
minutes-signedHeading = Referatet er godkendt og underskrevet
minutes-signedIn = Det underskrevne referat er gemt her:
minutes-frozen = Mødet er nu låst: det kan ikke længere ændres.
minutes-signWarning = Advarsel: { $warning }
minutes-signaturesHeading = Registrerede underskrifter
minutes-signaturesNone = Referatet er ikke underskrevet endnu.
minutes-signaturesCaption = Underskrifter af mødets referat
minutes-isFrozen = Referatet er underskrevet, og mødet er låst.
minutes-col-version = Version
minutes-col-signer = Underskriver
minutes-col-role = Rolle
minutes-col-signedAt = Tidspunkt
minutes-col-document = Filens SHA-256
minutes-verifyHeading = Kontrollér underskrifter
minutes-verifyFile = Underskrevet referat (PDF)
minutes-verifyHint = Vælg en PDF-fil for at se, hvem der har underskrevet den, og om den er ændret siden.
minutes-pdfTooLarge = Filen »{ $file }« fylder { $megabytes } MB. Gavel kontrollerer PDF-filer på op til { $limit } MB.
minutes-verifying = Kontrollerer »{ $file }« …
minutes-verifyAllValid = Alle underskrifter i »{ $file }« er gyldige.
minutes-verifyNotValid = Underskrifterne i »{ $file }« kan ikke godkendes.
minutes-verifyUnsigned = »{ $file }« er ikke underskrevet.
minutes-verifyCaption = Underskrifter i »{ $file }«
minutes-signatureNumbered = Underskrift { $number }
minutes-valid = Gyldig
minutes-invalid = Ugyldig
minutes-changedAfterSigning = Ændret efter underskrift
minutes-signerNotShown = Underskriveren vises ikke: underskriften bestod ikke alle kontroller
minutes-coversWholeFile = Dækker hele filen.
minutes-coversRevision = Dækker filen til byte { $signed } af { $total } (den version, der blev underskrevet).
minutes-addedAfter = Tilføjet bagefter: { $change }
minutes-changedAfter = Ændret bagefter: { $change }
minutes-field-countersignature = Medunderskrift
minutes-field-sender = Udsendt af
minutes-fieldName = felt { $field }
minutes-certificate-valid = Certifikatet er gyldigt til { $date }.
minutes-certificate-expired_since = Certifikatet var gyldigt ved underskriften, men er udløbet { $date }.
minutes-certificate-not_valid_at_signing = Certifikatet var ikke gyldigt, da der blev underskrevet (gyldigt { $from } – { $to }).
minutes-certificate-unknown = Certifikatets gyldighed kan ikke læses.
minutes-chain = Certifikatkæde: { $chain }
minutes-problem = Fejl: { $problem }
minutes-warning = Advarsel: { $warning }
minutes-trailingBytes = Filen har { $count } byte efter den sidste underskrift, som ingen underskrift dækker: den er ændret efter underskriften.
minutes-fingerprint-not_printed = Filen angiver intet logfingeraftryk fra Gavel.
minutes-fingerprint-not_in_database = Mødet findes ikke i denne database, så logfingeraftrykket er ikke sammenlignet.
minutes-fingerprint-matches = Logfingeraftrykket svarer til mødet i databasen.
minutes-fingerprint-differs = Logfingeraftrykket i filen afviger fra mødets i databasen: referatet viser ikke mødet, som det er registreret nu.
minutes-fingerprint-agenda = Filen er dagsordenen til mødet »{ $meeting }«, ikke et referat. En dagsorden viser mødet, som det var planlagt, da den blev dannet, og sammenlignes ikke med mødets log.
minutes-fingerprint-agendaElsewhere = Filen er dagsordenen til et møde, der ikke findes i denne database ({ $meeting }), ikke et referat. Den sammenlignes ikke med nogen log.

approval-heading = Godkendelse af referat
approval-meeting = Referat, der skal godkendes
approval-hint = Punktet kommer først på dagsordenen. Kun underskrevne referater fra gruppens tidligere møder kan vælges.
approval-add = Sæt godkendelsen på dagsordenen
approval-notSigned = Referatet fra »{ $meeting }« er ikke underskrevet endnu. Det kan sættes på dagsordenen til godkendelse, når det er underskrevet.
approval-liveHeading = Godkend referatet
approval-liveHint = Godkender mødet referatet, som det er, eller med rettelser? Rettelser bliver skrevet ind i det tidligere referat, som så skal underskrives igen.
approval-approve = Godkend referatet
approval-approveWithCorrections = Godkend med rettelser …
approval-corrections = Rettelser
approval-correctionsHint = Skriv, hvad der skal rettes i referatet.
approval-correctionsRequired = Skriv rettelserne, eller gå tilbage og godkend referatet uden rettelser.
approval-recordWithCorrections = Godkend med disse rettelser
approval-back = Tilbage

error-kind-bad_input = Ugyldige data
error-kind-rejected = Handlingen blev afvist
error-kind-not_found = Ikke fundet
error-kind-database_too_new = Databasen er fra en nyere version af Gavel
error-kind-not_a_database = Filen er ikke en Gavel-database
error-kind-storage = Fejl ved lagring
error-kind-database_in_use = Databasen er åben i et andet Gavel-vindue
error-kind-unexpected = Uventet fejl

nav-settings = Indstillinger

settings-heading = Indstillinger
settings-intro = Indstillingerne gælder denne computer. De gemmes i en lille fil for sig, ikke i databasen, og kommer aldrig med i en synkroniseringsfil.
settings-problem = Indstillingerne kunne ikke læses
settings-overridden = Sat i miljøet, og bestemmer i stedet for indstillingerne, når Gavel starter: { $variables }.
settings-languageLegend = Sprog
settings-languageHint = Skifter med det samme.
settings-languageDa = Dansk
settings-languageEn = English
settings-languageSaving = Skifter sprog …
settings-chairHeading = Dig
settings-chairIntro = Dit navn står som den, der har registreret alt, hvad du gør i Gavel, og foreslås til dit certifikat.
settings-chairName = Dit fulde navn
settings-chairNameHint = Som det skal stå i referatet, fx »Mette Kjærgaard Holm«.
settings-role = Din rolle i styregruppen
settings-roleHint = Den rolle, du underskriver referater i.
settings-organisation = Organisation (frivilligt)
settings-organisationHint = Fx »Aarhus Kommune«. Kommer med på et certifikat, du opretter.
settings-save = Gem
settings-saving = Gemmer …
settings-saved = Gemt.
settings-certificateHeading = Certifikat til underskrift
settings-certificateIntro = Referater underskrives digitalt med et certifikat i en .p12-fil. Har din organisation givet dig et, så vælg det. Ellers kan du oprette dit eget her.
settings-certificateNone = Der er ikke valgt noget certifikat endnu. Opret et nyt herunder, eller vælg det, din organisation har givet dig.
settings-certificateCurrent = Referater underskrives med
settings-certificateSubject = Udstedt til
settings-certificateOrganisation = Organisation
settings-certificateValidity = Gyldigt
settings-certificateValidRange = { $from } – { $until }
settings-certificateExpired = Certifikatet er udløbet. Opret eller vælg et nyt.
settings-certificateFile = Fil
settings-createHeading = Opret et nyt certifikat
settings-createIntro = Gavel laver en nøgle og et selvsigneret certifikat, gyldigt i to år, og gemmer det i Gavels datamappe. Adgangskoden gemmes ikke: husk den, du skal bruge den, hver gang du underskriver.
settings-createName = Navn på certifikatet
settings-createOrganisation = Organisation (frivilligt)
settings-password = Adgangskode
settings-passwordHint = Mindst 8 tegn.
settings-passwordAgain = Adgangskode igen
settings-nameRequired = Skriv det navn, certifikatet skal stå på.
settings-passwordTooShort = Adgangskoden skal være mindst 8 tegn.
settings-passwordsDiffer = De to adgangskoder er ikke ens.
settings-create = Opret certifikat
settings-creating = Opretter certifikatet …
settings-created = Certifikatet er oprettet og bruges fra nu af til underskrifter.
settings-chooseHeading = Vælg et certifikat, du har
settings-chooseIntro = Vælg .p12- eller .pfx-filen og skriv dens adgangskode. Gavel tjekker, at filen kan åbnes, og gemmer en kopi i sin datamappe. Adgangskoden gemmes ikke.
settings-chooseFile = Certifikatfil (.p12 eller .pfx)
settings-chooseFileRequired = Vælg certifikatfilen.
settings-choosePasswordRequired = Skriv adgangskoden til certifikatet.
settings-choose = Brug dette certifikat
settings-choosing = Åbner certifikatet …
settings-chosen = Certifikatet kan åbnes og bruges fra nu af til underskrifter.
settings-dataHeading = Hvor data ligger
settings-dataIntro = Alt, hvad Gavel registrerer, ligger i databasefilen. Tag en kopi af den, hvis du vil flytte til en anden computer.
settings-databasePath = Database
settings-backupsFolder = Sikkerhedskopier
settings-settingsFile = Indstillinger
settings-certificatesFolder = Certifikater
settings-unknown = (ukendt)

firstRun-stepsHeading = Fra start til underskrevet referat
firstRun-step1 = Vælg sprog og skriv dit navn herunder.
firstRun-step2 = Opret jeres gruppe med medlemmer og forretningsorden, og importér backloggen fra Jira. Eller prøv først med demodata, eller modtag møder fra en anden computer.
firstRun-step3 = Opret et møde under »Møder«, og sæt dagsordenen fra backloggen.
firstRun-step4 = Afvikl mødet: fremmøde, afstemninger, beslutninger og opgaver. Afslut mødet.
firstRun-step5 = Gennemse referatet, og underskriv det med dit certifikat. Certifikatet opretter du under »Indstillinger« eller, når du underskriver.
firstRun-aboutYouHeading = Sprog og navn
firstRun-dataHeading = Hent data

minutes-certificateFromSettings = Du underskriver med certifikatet fra indstillingerne:
minutes-useOtherFile = Brug en anden certifikatfil
minutes-useSettingsCertificate = Brug certifikatet fra indstillingerne
minutes-noCertificate = Du har ikke valgt et certifikat i indstillingerne. Vælg en certifikatfil herunder, eller opret dit eget certifikat.
minutes-createCertificate = Opret et certifikat

unlock-heading = Certifikat til underskrift
unlock-intro = Skriv adgangskoden én gang, så kan du underskrive synkroniseringsfiler og referatet fra dette møde uden at skrive den igen. Gavel glemmer nøglen, når referatet er underskrevet, når du klikker »Lås«, og når du lukker Gavel.
unlock-password = Adgangskode til certifikatet
unlock-passwordRequired = Skriv adgangskoden til certifikatet.
unlock-submit = Lås certifikatet op for dette møde
unlock-unlocking = Låser certifikatet op …
unlock-unlocked = Certifikatet er låst op for dette møde.
unlock-unlockedFor = Certifikatet er låst op for mødet »{ $title }«.
unlock-noPasswordNeeded = Du skal ikke skrive adgangskoden igen.
unlock-lock = Lås

backups-heading = Sikkerhedskopier
backups-intro = Gavel gemmer selv en kopi af databasen, før den opgraderes til en ny version, og hver gang et møde afsluttes. De seneste { $kept } kopier gemmes i mappen »backups« ved siden af databasen.
backups-loading = Henter sikkerhedskopierne …
backups-empty = Der er ingen sikkerhedskopier endnu. Den første tages, når du afslutter et møde.
backups-caption = Sikkerhedskopier, nyeste først
backups-when = Tidspunkt
backups-why = Hvorfor
backups-contents = Indhold
backups-size = Størrelse
backups-meetings =
    { $count ->
        [one] { $count } møde
       *[other] { $count } møder
    }
backups-events =
    { $count ->
        [one] { $count } hændelse
       *[other] { $count } hændelser
    }
backups-unreadable = Kan ikke læses
backups-sizeValue = { $size } kB
backups-restore = Gendan
backups-restoreLabel = Gendan sikkerhedskopien fra { $when }
backups-confirmHeading = Gendan sikkerhedskopien fra { $when }?
backups-confirmText = Databasen kommer til at se ud, som den gjorde dengang: det, der er registreret siden, er ikke længere i den. Den nuværende database gemmes først som en ny sikkerhedskopi, så du kan fortryde.
backups-confirm = Ja, gendan
backups-cancel = Annuller
backups-restoring = Gendanner …
backups-restored = Sikkerhedskopien er gendannet. Databasen, som den var før, er gemt i { $file }.
backups-failedAfterClose = Mødet er afsluttet, men der blev ikke taget en sikkerhedskopi
backups-dismiss = Luk beskeden

common-cancel = Annuller

nav-groups = Grupper

groups-heading = Grupper
groups-choose = Vælg gruppe
groups-newHeading = Opret en gruppe
groups-noneYet = Der er ingen grupper endnu. Opret jeres styregruppe eller koordinationsgruppe her; derefter tilføjer du organisationer og medlemmer og vælger forretningsorden.
groups-new = Opret en gruppe mere
groups-newMeeting = Opret møde for gruppen
groups-detailsHeading = Gruppen
groups-name = Gruppens navn
groups-nameHint = Fx »Styregruppen for OS2mo«. Højst 200 tegn.
groups-nameRequired = Skriv gruppens navn.
groups-kind = Type
groups-kind-steering_group = Styregruppe
groups-kind-coordination_group = Koordinationsgruppe
groups-kind-other = Anden gruppe
groups-minutesLanguage = Referatets sprog
groups-create = Opret gruppen
groups-save = Gem gruppen
groups-saved = Gruppen er gemt.
groups-undo = Fortryd: { $what }
groups-undoNothing = Intet at fortryde
groups-undone = Fortrudt: { $what }.

members-heading = Medlemmer
members-count =
    { $count ->
        [one] { $count } medlem.
       *[other] { $count } medlemmer.
    }
members-caption = Medlemmer af { $group }
members-col-name = Navn
members-col-organisation = Organisation
members-col-role = Rolle
members-col-votes = Stemmeret
members-col-email = E-mail
members-col-actions = Handlinger
members-votes = Ja
members-votesWeighted = Ja, vægt { $weight }
members-noVote = Nej
members-retiredOn = Udtrådt { $date }
members-joinedOn = Indtrådt { $date }
members-sameName = Samme navn som et andet medlem
members-succeededBy = Efterfulgt af { $name }
members-edit = Ret
members-editLabel = Ret { $name }
members-retire = Udtræd
members-retireLabel = Udtræd: { $name }
members-add = Tilføj medlem
members-addHeading = Nyt medlem
members-addSubmit = Tilføj medlemmet
members-save = Gem ændringerne
members-name = Navn
members-nameRequired = Skriv medlemmets navn.
members-organisation = Organisation
members-noOrganisation = Ingen organisation
members-newOrganisation = Ny organisation …
members-newOrganisationName = Den nye organisations navn
members-role = Rolle
members-votingRight = Har stemmeret
members-weight = Stemmevægt
members-weightHint = Et helt tal fra 1 til 1000. Normalt 1.
members-weightInvalid = Skriv stemmevægten som et helt tal fra 1 til 1000.
members-email = E-mail
members-emailHint = Valgfri. Bruges til at genkende medlemmet, når en ny medlemsliste indlæses.

retire-heading = { $name } udtræder af gruppen
retire-explanation = Møder før datoen beholder medlemmet på deltagerlisten og i referatet. Senere møder har efterfølgeren i stedet.
retire-date = Udtræder fra
retire-dateHint = Den første dag, medlemmet ikke længere sidder i gruppen, fx 01.01.2027.
retire-dateInvalid = Skriv datoen som dag.måned.år, fx 01.01.2027.
retire-successor = Efterfølger (valgfri)
retire-successorHint = Efterfølgeren overtager pladsen for { $organisation } med samme rolle, stemmeret og stemmevægt.
retire-successorName = Efterfølgerens navn
retire-submit = Registrér udtrædelsen

organisations-heading = Organisationer
organisations-none = Gruppen har ingen organisationer endnu.
organisations-members =
    { $count ->
        [one] { $count } medlem
       *[other] { $count } medlemmer
    }
organisations-rename = Omdøb
organisations-renameLabel = Omdøb { $name }
organisations-newName = Nyt navn til { $name }
organisations-save = Gem navnet
organisations-add = Ny organisation (kommune, region, sekretariat, leverandør)
organisations-addSubmit = Tilføj organisationen

memberList-heading = Medlemmer fra en liste
memberList-intro = Indlæs medlemmerne fra en CSV-fil, eller indsæt rækker fra et regneark. Første linje navngiver kolonnerne: Navn, Organisation, Rolle, E-mail, Stemmeret, Stemmevægt (kun Navn er påkrævet). Et medlem, der allerede findes, genkendes på e-mail eller navn og opdateres.
memberList-file = Vælg en CSV-fil
memberList-fileHint = CSV med semikolon eller komma, fx gemt fra Excel.
memberList-paste = … eller indsæt rækker fra et regneark
memberList-pasteHint = Kopiér rækkerne med overskrifter i Excel, og indsæt dem her.
memberList-pastedName = indsatte rækker
memberList-showPreview = Vis forhåndsvisning
memberList-tooLarge = { $file } fylder { $megabytes } MB; en medlemsliste må højst fylde { $limit } MB.
memberList-previewHeading = Forhåndsvisning af { $file }
memberList-summary-added =
    { $count ->
        [one] { $count } nyt medlem.
       *[other] { $count } nye medlemmer.
    }
memberList-summary-changed =
    { $count ->
        [one] { $count } ændres.
       *[other] { $count } ændres.
    }
memberList-summary-unchanged =
    { $count ->
        [one] { $count } er uændret.
       *[other] { $count } er uændrede.
    }
memberList-readAs = Læst som { $encoding }, adskilt med { $separator }.
memberList-separator-tab = tabulator
memberList-separator-semicolon = semikolon
memberList-separator-comma = komma
memberList-ignoredColumns = Disse kolonner bruges ikke: { $columns }.
memberList-newOrganisations = Nye organisationer, der tilføjes: { $names }.
memberList-notInList = Ikke på listen (beholdes uændret): { $names }.
memberList-caption = Listens medlemmer, og hvad der sker med hver
memberList-col-line = Linje
memberList-col-action = Sker
memberList-action-add = Tilføjes
memberList-action-unchanged = Uændret
memberList-action-update = Ændres: { $fields }
memberList-field-name = navn
memberList-field-organisation = organisation
memberList-field-role = rolle
memberList-field-email = e-mail
memberList-field-voting_right = stemmeret
memberList-field-vote_weight = stemmevægt
memberList-confirm = Gem listen ({ $count } ændringer)
memberList-done = Listen er gemt: { $added } tilføjet, { $changed } ændret.

rules-heading = Forretningsorden
rules-intro = Vælg en forretningsorden at starte fra, og tilpas den. Teksten nederst er ordret den, referatet skriver.
rules-preset = Skabelon
rules-custom = Egen forretningsorden
rules-customHint = vælges af sig selv, når du ændrer en indstilling herunder.
rules-quorum = Beslutningsdygtighed
rules-quorumKind = Gruppen er beslutningsdygtig, når
rules-quorum-none = altid (intet krav)
rules-quorum-atLeastFraction = mindst en brøkdel er til stede
rules-quorum-moreThanFraction = mere end en brøkdel er til stede
rules-quorum-atLeastCount = mindst et antal er til stede
rules-quorumCount = Antal
rules-fraction = Brøk
rules-denominator = Nævner
rules-measure = Tælles i
rules-measure-members = stemmeberettigede medlemmer
rules-measure-voteWeight = stemmevægt
rules-majority = Flertal
rules-majorityKind = Et forslag er vedtaget med
rules-majority-simple = simpelt flertal af de afgivne stemmer
rules-majority-moreThanHalfPresent = mere end halvdelen af de tilstedeværende
rules-majority-absolute = absolut flertal af alle stemmeberettigede
rules-majority-qualified = kvalificeret flertal (en brøk)
rules-majority-unanimity = enstemmighed
rules-majority-unanimityOfAll = enstemmighed blandt alle stemmeberettigede
rules-base = Af
rules-base-votesCast = de afgivne stemmer
rules-base-present = de tilstedeværende
rules-base-all = alle stemmeberettigede
rules-abstentionsCount = Undladelser tæller som afgivne stemmer
rules-blankVotesCount = Blanke stemmer tæller som afgivne stemmer
rules-tie = Ved stemmelighed
rules-tie-chair = afgør formandens stemme
rules-tie-falls = bortfalder forslaget
rules-proxies = Fuldmagter
rules-maxProxies = Højst antal fuldmagter pr. fremmødt
rules-maxProxiesHint = 0 betyder, at fuldmagter ikke er tilladt.
rules-proxiesCountAsPresent = Medlemmer repræsenteret ved fuldmagt tæller som til stede
rules-previewHeading = Sådan står forretningsordenen i referatet
rules-invalid = Ret tallene: en brøk skal være mellem 1/1 og fx 1/2, og antal skal være hele tal.
rules-appliesLater = Ændringer gælder møder, der startes herefter. Et møde, der er startet, beholder den forretningsorden, det startede med.
rules-save = Gem forretningsordenen
rules-saved = Forretningsordenen er gemt.

practice-heading = Øvelse: du arbejder med demodata
practice-text = Det her er øvelsesdatabasen, en separat fil med en eksempelgruppe og dens møder. Intet her blandes med jeres egne data, referater herfra er mærket »ØVELSE«, og øvelsesdata kan ikke eksporteres til andre computere.
practice-leave = Tilbage til mine egne data
practice-settingsHeading = Øv dig med demodata
practice-settingsText = Prøv Gavel af på en eksempelgruppe i en separat øvelsesdatabase. Dine egne data bliver ikke rørt, og du kan skifte tilbage når som helst.
practice-start = Øv med demodata

nav-register = Beslutninger

register-heading = Beslutninger
register-intro = Alle beslutninger, handlingspunkter og afstemningsresultater fra alle møder og grupper, nyeste møde først. Søg efter ord i teksten, punktet, noterne eller sagsfremstillingen – også i andre bøjninger (beslutning, beslutningen, beslutningerne).
register-filters = Søg og filtrér
register-search = Søg
register-searchHint = Resultaterne kommer, mens du skriver: bedste match først, eller de nyeste først, når ordene står i over halvdelen af posterne.
register-group = Gruppe
register-allGroups = Alle grupper
register-kind = Type
register-allKinds = Alle typer
register-kind-decision = Kun beslutninger
register-kind-action_item = Kun handlingspunkter
register-outcome = Udfald
register-allOutcomes = Alle udfald
register-from = Fra dato
register-to = Til dato
register-dateHint = F.eks. 01.01.2027
register-dateInvalid = Skriv datoen som f.eks. 15.01.2027.
register-clear = Ryd søgning og filtre
register-loading = Henter …
register-count =
    { $count ->
        [one] { $count } post
       *[other] { $count } poster
    }
register-found =
    { $count ->
        [one] Søgningen fandt { $count } post.
       *[other] Søgningen fandt { $count } poster.
    }
register-countFirst = De nyeste { $count } poster vises.
register-foundFirst = Søgningens { $count } bedste poster vises.
register-showMore = Vis flere
register-saveSpreadsheet = Gem som regneark (CSV)
register-spreadsheetHint = Alle poster, søgningen og filtrene finder, ikke kun dem, der vises, til Excel eller et andet regneark.
register-spreadsheetSaved =
    { $count ->
        [one] Regnearket er gemt i { $path } med { $count } post.
       *[other] Regnearket er gemt i { $path } med { $count } poster.
    }
register-empty = Der er ingen beslutninger endnu. Når I træffer en beslutning eller tilføjer et handlingspunkt på et møde, står det her.
register-noHits = Ingen beslutninger, handlingspunkter eller afstemninger passer til søgningen og filtrene. Prøv andre ord, eller ryd filtrene.
register-caption = Beslutninger, handlingspunkter og afstemninger
register-kind-poll_result = Kun afstemninger
register-entry-decision = Beslutning { $number }
register-entry-action_item = Handlingspunkt { $number }
register-entry-poll_result = Afstemning { $number }
register-entry-openMeeting = Åbn mødet »{ $title }«
register-entry-agendaItem = Punkt
register-entry-keys = Sager
register-entry-owner = Ansvarlig
register-entry-due = Frist
register-followUp = Opfølgning
register-allFollowUps = Alle
register-followUp-open = Kun åbne
register-followUp-done = Kun udførte
register-followUp-overdue = Kun forsinkede
register-epic = Epic
register-epicHint = Sagsnøgle, f.eks. MO-1000
register-entry-followUp = Status
register-entry-open = Åbent
register-entry-overdue = Frist overskredet

followUp-heading = Opfølgning fra tidligere møder
followUp-intro = Her er de handlingspunkter fra gruppens tidligere møder, som stadig er åbne – og dem, du markerer som udført her. Opfølgningen registreres på gruppen; de tidligere referater forbliver, som de blev underskrevet.
followUp-none = Der er ingen åbne handlingspunkter fra gruppens tidligere møder.
register-entry-doneOn = Udført { $date }
register-entry-markDone = Markér som udført i dag
register-entry-reopen = Genåbn
register-entry-minutes = Referat
register-minutes-signed = Underskrevet
register-minutes-notSigned = Ikke underskrevet
register-minutes-notClosed = Mødet er ikke afsluttet
