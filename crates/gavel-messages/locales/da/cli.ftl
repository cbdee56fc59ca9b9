## The command-line tool's own words (crates/gavel-cli): its labels and reports.
## A byte count, a line number and a decision's or a poll's number travel as text, so that they
## are printed as the file system and the log write them ("12345", not "12.345").

## gavel (main.rs)

cli-fixed-clock-before-1970 = Det faste ur skal stå på et tidspunkt efter 1970
cli-no-data-folder = Systemet har ingen datamappe; angiv --db PATH.
cli-data-folder-not-created = Datamappen { $folder } kan ikke oprettes
cli-log-rebuilt = Læsetabellerne i { $file } er bygget op igen fra loggen.
cli-log-broken = Loggen er brudt ved hændelse { $event } (kæde { $stream }, computer { $device }, nummer { $number }): { $reason }
cli-demo-loaded = Eksempelgruppen med backlog og møde er indlæst i { $file }.
cli-warning = advarsel: { $warning }
cli-cannot-read = { $file } kan ikke læses: { $reason }
cli-cannot-write = { $file } kan ikke skrives: { $reason }
cli-file-not-found = filen findes ikke ({ $error })
cli-standard-input = standard input
cli-and = { $list } og { $last }
cli-and-more = … og { $count } flere

## Tables and reports (output.rs)

cli-backlog-column-key = NØGLE
cli-backlog-column-status = STATUS
cli-backlog-column-priority = PRIORITET
cli-backlog-column-points = POINT
cli-backlog-column-title = TITEL
cli-backlog-count =
    { $count ->
        [one] { $count } sag
       *[other] { $count } sager
    }

cli-meetings-column-id = ID
cli-meetings-column-starts = TIDSPUNKT
cli-meetings-column-items = PUNKTER
cli-meetings-column-title = TITEL
cli-meetings-count =
    { $count ->
        [one] { $count } møde
       *[other] { $count } møder
    }

cli-meeting-label-group = Gruppe
cli-meeting-label-starts = Tidspunkt
cli-meeting-label-location = Sted
cli-meeting-label-status = Status
cli-meeting-label-approved = Referat
cli-meeting-label-cancelled = Aflyst
cli-meeting-label-quorum = Fremmøde
cli-meeting-label-log = Log
cli-meeting-approved-at = godkendt på mødet »{ $meeting }« ({ $date }), beslutning { $decision }
cli-meeting-status-draft = Kladde
cli-meeting-status-open = I gang
cli-meeting-status-closed = Afsluttet
cli-meeting-status-cancelled = Aflyst
cli-meeting-attendance-heading = Deltagere:
cli-meeting-agenda-heading = Dagsorden:
cli-attendance-unknown = Ikke registreret
cli-attendance-present = Til stede
cli-attendance-absent = Fraværende
cli-attendance-excused = Afbud
cli-attendance-left = Gået
cli-attendance-arrived-at = kom kl. { $time }
cli-attendance-left-at = gik kl. { $time }
cli-attendance-proxy-to = fuldmagt til { $name }
cli-attendance-no-vote = (uden stemmeret)
cli-poll-open = åben
cli-poll-closed = lukket
cli-poll-secret = hemmelig
cli-meeting-poll = Afstemning { $number } ({ $state }): { $question }
cli-meeting-poll-rule = Regel: { $rule }
cli-meeting-decision = Beslutning { $number } ({ $outcome }): { $text }
cli-meeting-action = Handlingspunkt { $number }: { $text } (ansvarlig: { $owner }, frist: { $due })
cli-outcome-approved = godkendt
cli-outcome-rejected = afvist
cli-outcome-postponed = udsat
cli-outcome-noted = taget til efterretning

cli-conflict =
    Uafklaret konflikt om »{ $item }« i »{ $meeting }«: { $decisions } blev registreret på computere, der ikke havde set hinandens beslutninger. Referatet kan ikke underskrives, før formanden har valgt den, der gælder:
cli-conflict-decision = beslutning { $number } ({ $outcome }: »{ $text }«) af { $author }
cli-conflict-keep = for at beholde beslutning { $number }, gavel apply: { $command }

cli-log-stream-events =
    { $count ->
        [one] hændelse
       *[other] hændelser
    }
cli-log-intact =
    ok: { $events ->
        [one] { $events } hændelse
       *[other] { $events } hændelser
    } i { $chains ->
        [one] { $chains } kæde
       *[other] { $chains } kæder
    }, og alle hashværdier stemmer
cli-log-broken-event = BRUDT: hændelse { $event } (computer { $device }, nummer { $number }): { $reason }

cli-paths-database = database
cli-paths-backups = sikkerhedskopier
cli-paths-exports = eksportmappe
cli-paths-no-documents-folder = (ingen dokumentmappe; angiv en med GAVEL_EXPORT_DIR)

## gavel apply

cli-apply-stopped =
    { $file }, linje { $line }: { $reason }. { $applied ->
        [one] { $applied } kommando
       *[other] { $applied } kommandoer
    } før den blev udført; den og { $after ->
        [one] { $after } kommando
       *[other] { $after } kommandoer
    } efter den blev ikke udført.
cli-apply-too-large = { $file }: inddata fylder mere end { $megabytes } MB, det meste gavel apply læser; intet er udført.
cli-apply-file-not-utf8 = { $file }: filen er ikke UTF-8-tekst.
cli-standard-input-unreadable = Standard input kan ikke læses
cli-standard-input-not-utf8 = Standard input er ikke UTF-8-tekst.
cli-apply-bad-line = { $file }, linje { $line }: { $reason }; intet er udført.
cli-apply-malformed-json = ugyldig JSON: { $detail }
cli-apply-not-a-command = ikke en gyldig kommando: { $detail } (se docs/commands.md)

## gavel backlog

cli-jira-updates-written =
    { $file }: { $count ->
        [one] { $count } sag skal
       *[other] { $count } sager skal
    } opdateres i Jira
cli-column-choice-expected = forventede HEADER=FIELD, fx »Stemmer=votes«, men fik »{ $text }«
cli-column-choice-unknown-field = ukendt felt »{ $field }«; forventede et af disse: { $fields }
cli-import-summary = { $file }: nye sager: { $added }, ændrede: { $changed }, uændrede: { $unchanged }
cli-import-dry-run = prøvekørsel: intet er skrevet
cli-import-decided-otherwise = besluttet anderledes på et møde: { $key } Jira: { $jira }; besluttet { $date } (»{ $meeting }«): { $decided }
cli-import-label-file = fil
cli-import-label-added = nye
cli-import-label-changed = ændrede
cli-import-label-columns = kolonner
cli-import-label-not-read = læses ikke
cli-import-label-not-utf8 = ikke UTF-8
cli-import-format-auto = genkendt på indholdet
cli-import-format-gavel-csv = Gavels backlog-CSV
cli-import-format-jira-csv = CSV-eksport fra Jira
cli-import-format-jira-json = JSON fra en søgning i Jiras REST-API
cli-import-format-jira-xml = XML-eksport fra Jira
cli-recognised-by-name = på navnet
cli-recognised-by-values = på værdierne
cli-recognised-by-position = på placeringen
cli-recognised-by-choice = dit valg
cli-recognised-by-not-read = læses ikke
cli-import-repaired-line = linje { $line } ({ $characters })
cli-import-gone = ikke i filen (beholdes): { $keys }
cli-import-gone-one-page = ikke i filen (beholdes; filen er én side af en søgning, så de kan stå på en anden side): { $keys }

## gavel backup

cli-backup-column-file = FIL
cli-backup-column-when = TIDSPUNKT
cli-backup-column-why = HVORFOR
cli-backup-column-size = STØRRELSE
cli-backup-column-meetings = MØDER
cli-backup-column-events = HÆNDELSER
cli-backup-count =
    { $count ->
        [one] { $count } sikkerhedskopi
       *[other] { $count } sikkerhedskopier
    } i { $folder } (de { $kept } nyeste gemmes)
cli-cannot-lock = Databasen { $file } kan ikke låses
cli-backup-database-open = Databasen { $file } er åben i Gavel-appen; luk appen, og gendan igen. Intet er ændret.
cli-backup-restored = { $backup } er gendannet i { $database }.
cli-backup-before-restore-kept = Databasen, som den var før, er gemt i { $backup }.
cli-backup-failed = advarsel: mødet er afsluttet, men der blev ikke taget en sikkerhedskopi: { $reason }

## gavel cert

cli-cert-exists = { $file } findes allerede; vælg et andet filnavn (en nøgle bliver aldrig overskrevet).
cli-cert-password-too-short = Adgangskoden i { $file } er kortere end { $count } tegn; .p12-filen beskytter en underskriftsnøgle.
cli-cert-not-created = Certifikatet kan ikke oprettes
cli-cert-written = Skrev { $file }: en P-256-nøgle og et selvsigneret certifikat til { $name }, gyldigt til { $date }.

## gavel decisions

cli-register-column-date = DATO
cli-register-column-meeting = MØDE
cli-register-column-number = NR.
cli-register-column-outcome = UDFALD
cli-register-column-keys = SAGER
cli-register-column-text = TEKST
cli-register-poll = afstemning
cli-register-action-done = handlingspunkt, udført { $date }
cli-register-action-open = handlingspunkt, åbent
cli-register-action-overdue = handlingspunkt, åbent, frist overskredet
cli-register-owner-due = ansvarlig: { $owner }, frist { $due }
cli-register-owner = ansvarlig: { $owner }
cli-register-due = frist { $due }
cli-register-saved = Gemt i { $file }
cli-register-count =
    { $count ->
        [one] { $count } post
       *[other] { $count } poster
    }

## gavel publish

cli-no-documents-folder = Systemet har ingen dokumentmappe; angiv --minutes-folder FOLDER.
cli-published =
    { $count ->
        [one] { $count } offentligt møde
       *[other] { $count } offentlige møder
    } fra { $group } er udgivet i { $folder } ({ $files ->
        [one] { $files } fil
       *[other] { $files } filer
    })
cli-published-meeting = { $date }  { $title }  { $page }  (referat fra { $source })
cli-published-none = Ingen af gruppens møder er offentlige endnu: gør et møde offentligt med SetMeetingPublic (docs/commands.md).

## gavel sync

cli-sync-name-meetings = Angiv de møder eller grupper (--group), der skal eksporteres, eller brug --all.
cli-sync-not-serialised = Synkroniseringsfilen kan ikke dannes
cli-sync-exported =
    { $file }: { $groups ->
        [one] { $groups } gruppe
       *[other] { $groups } grupper
    }, { $meetings ->
        [one] { $meetings } møde
       *[other] { $meetings } møder
    }, { $events ->
        [one] { $events } hændelse
       *[other] { $events } hændelser
    }
cli-sync-too-large = { $file }: filen er større end { $megabytes } MB, det meste Gavel læser som en synkroniseringsfil; intet er læst.
cli-sync-files-refused = { $refused } af { $files } filer blev afvist (se ovenfor); de andre er flettet ind
cli-sync-files-refused-dry-run = { $refused } af { $files } filer ville blive afvist (se ovenfor); prøvekørsel: intet blev ændret
cli-sync-this-device = denne computer: { $name } (id { $device }), nøglens fingeraftryk { $fingerprint }
cli-sync-trusted-device = godkendt: { $name } (id { $device }), nøglens fingeraftryk { $fingerprint }, godkendt af { $by }
cli-sync-report =
    { $file }: fra { $author } (computer { $device }): tilføjede { $added } af { $total ->
        [one] { $total } hændelse
       *[other] { $total } hændelser
    }, { $present } fandtes allerede
cli-sync-report-dry-run =
    { $file }: fra { $author } (computer { $device }): ville tilføje { $added } af { $total ->
        [one] { $total } hændelse
       *[other] { $total } hændelser
    }, { $present } fandtes allerede
cli-sync-new-group = ny gruppe: { $name }
cli-sync-new-meeting = nyt møde: { $title }
cli-sync-changed-meeting = ændret møde: { $title }
cli-sync-conflict = konflikt i { $field }: »{ $kept }« af { $kept_by } gælder, »{ $overridden }« af { $overridden_by } er tilsidesat (begge bliver i loggen)
cli-sync-refused = afvist: { $reason }
cli-sync-dry-run = prøvekørsel: intet blev ændret
cli-sync-device = computer { $name } (id { $device }), nøglens fingeraftryk { $fingerprint }: { $trust }
cli-device-unnamed = uden navn
cli-device-no-fingerprint = ingen
cli-trust-this-computer = denne computer
cli-trust-known = godkendt (af { $by })
cli-trust-accepted-now = ny, godkendt med denne import
cli-trust-vouched-for = ny; certifikatet { $certificate } går i god for den
cli-trust-not-accepted =
    NY, IKKE GODKENDT: { $count ->
        [one] { $count } hændelse
       *[other] { $count } hændelser
    } ikke taget med; sammenlign fingeraftrykket med computerens ejer (gavel sync devices), og importér så igen med --trust-device "{ $fingerprint }"
cli-trust-unsigned =
    IKKE UNDERSKREVET: { $count ->
        [one] { $count } hændelse
       *[other] { $count } hændelser
    } ikke taget med; kun en fil, der er underskrevet med et certifikat, du stoler på, kan bringe dem
cli-sync-not-signed = ikke underskrevet
cli-sync-signed-by = underskrevet af { $who } (certifikatets SHA-256-fingeraftryk { $fingerprint })

## gavel minutes and gavel agenda export

cli-pdf-written-signed =
    Skrev { $file } ({ $pages ->
        [one] { $pages } side
       *[other] { $pages } sider
    }, { $bytes } byte), underskrevet i feltet { $field }
cli-pdf-written-unsigned =
    Skrev { $file } ({ $pages ->
        [one] { $pages } side
       *[other] { $pages } sider
    }, { $bytes } byte), ikke underskrevet
cli-countersigned = Skrev { $file } ({ $bytes } byte), underskrevet i feltet { $field }
cli-password-stdin-unreadable = Adgangskoden kan ikke læses fra standard input: { $reason }
cli-password-file-unreadable = Adgangskodefilen { $file } kan ikke læses: { $reason }
cli-password-stdin-too-long = Standard input indeholder mere end { $bytes } byte, det meste Gavel læser som en adgangskode; angiv en fil med adgangskoden på første linje
cli-password-file-too-long = Adgangskodefilen { $file } indeholder mere end { $bytes } byte, det meste Gavel læser som en adgangskode; angiv en fil med adgangskoden på første linje
cli-password-stdin-not-utf8 = Standard input: adgangskoden er ikke UTF-8-tekst
cli-password-file-not-utf8 = Adgangskodefilen { $file }: adgangskoden er ikke UTF-8-tekst
cli-verify-not-signed = { $file }: ikke underskrevet
cli-verify-signature = underskrift { $number }
cli-verify-valid = GYLDIG
cli-verify-changed-after-signing = ÆNDRET EFTER UNDERSKRIFT
cli-verify-invalid = UGYLDIG
cli-verify-signer-hidden = underskriveren vises ikke: underskriften bestod ikke alle kontroller
cli-verify-signed-at = underskrevet { $time }
cli-verify-certificate-valid = certifikatet er gyldigt til { $date }
cli-verify-error = FEJL: { $problem }
cli-verify-covers = dækker: { $what }
cli-verify-covers-whole-file = hele filen
cli-verify-covers-revision = filen op til byte { $signed } af { $total } (den version, den underskrev)
cli-verify-added-after = tilføjet efter den: { $change }
cli-verify-changed-after = ÆNDRET efter den: { $change }
cli-verify-trailing-bytes = filen har { $bytes } byte efter den sidste underskrift, som ingen underskrift dækker: den er ændret efter underskrift
cli-verify-fingerprint-not-in-database = logfingeraftryk { $fingerprint }: mødet findes ikke i denne database, så der er ikke sammenlignet
cli-verify-fingerprint-matches = logfingeraftryk { $fingerprint }: stemmer med mødet i databasen
cli-verify-fingerprint-differs = logfingeraftryk { $fingerprint }: AFVIGER fra mødet i databasen ({ $recorded }): referatet viser ikke mødet, som det er registreret nu
cli-verify-agenda = dagsorden for mødet »{ $title }« ({ $meeting }): en dagsorden, ikke et referat; den viser mødet, som det var planlagt, da den blev lavet, og sammenlignes ikke med mødets registreringer
cli-verify-agenda-unknown-meeting = dagsorden for mødet { $meeting }, som ikke findes i denne database: en dagsorden, ikke et referat; den sammenlignes ikke med nogen registreringer

## gavel agenda

cli-invitation-written =
    Skrev { $file } (indkaldelse, version { $revision }, { $count ->
        [one] { $count } deltager
       *[other] { $count } deltagere
    })
cli-invitation-without-email = ikke inviteret, ingen e-mailadresse: { $names }
cli-nothing-written = { $reason }; intet er skrevet.
cli-agenda-example-file = dagsorden.pdf
cli-out-is-folder = --out: { $out } er en mappe; angiv et filnavn, fx { $example }. Intet er skrevet.
cli-out-folder-missing = --out: mappen { $folder } findes ikke; opret den, eller vælg en anden fil. Intet er skrevet.

## gavel --help (help.rs): a command's text is cli-help plus its path, an argument's adds "--"
## and its name, or is cli-help--NAME wherever it means the same. Like clap's own texts, a help
## text ends without a full stop.

cli-help-usage = Brug:
cli-help-heading-commands = Kommandoer
cli-help-command-placeholder = KOMMANDO
cli-help-heading-arguments = Argumenter
cli-help-heading-options = Tilvalg
cli-help-help-command = Vis denne hjælp eller hjælpen til de angivne kommandoer
cli-help--help = Vis hjælpen
cli-help--version = Vis versionen
cli-help--db = Databasefilen. Standard: den samme fil, som skrivebordsappen bruger, i systemets datamappe
cli-help--author = Hvem der registrerer; skrives i hver hændelse. Standard: login-navnet
cli-help--meeting = Mødets id (se `gavel meeting list`)
cli-help--password-file = Filen med adgangskoden til .p12-filen ("-": læs den fra standard input)

cli-help = Afvikl styregruppemøder uden net: backlog, dagsorden, beslutninger og underskrevne referater.
cli-help-apply = Udfør kommandoer givet som JSON-linjer (docs/commands.md) fra FILE eller standard input
cli-help-apply--file = En fil med JSON-linjer; standard input, når den udelades eller er "-"
cli-help-agenda = Før et møde: indkaldelsen som iCalendar-fil og dagsordenen som PDF (eventuelt underskrevet)
cli-help-agenda-ics = Skriv mødets indkaldelse som iCalendar-fil (.ics) til Outlook og andre kalendere: tidspunktet i dansk tid, stedet, dagsordenen og medlemmerne med e-mailadresse som deltagere. En senere fil for det samme møde opdaterer indkaldelsen
cli-help-agenda-ics--out = .ics-filen, der skal skrives
cli-help-agenda-ics--lang = Beskrivelsens sprog. Standard: gruppens referatsprog
cli-help-agenda-ics--json = Vis, hvad der blev skrevet, som JSON
cli-help-agenda-export = Skriv mødets dagsorden som A4-PDF, sat som referatet: dagsordenen med sidetal, hvert punkts sagsfremstilling og indstilling, sagerne fra backloggen med status i Jira, point og stemmer, forretningsordenen og medlemmerne. For et møde i enhver fase; som regel en kladde en uge før
cli-help-agenda-export--out = PDF-filen, der skal skrives; dens mappe skal findes
cli-help-agenda-export--lang = Sproget i dagsordenen og i meddelelserne. Standard: gruppens referatsprog (meddelelser, før mødet er fundet: dansk)
cli-help-agenda-export--sign = Underskriv i dagsordenens felt »Udsendt af« med nøglen i denne PKCS#12-fil (.p12/.pfx). Intet registreres i databasen: en dagsorden er ikke et referat
cli-help-agenda-export--role = Rollen for den, der sender dagsordenen ud; den står på underskriftsstemplet
cli-help-backlog = Backloggen: importér og vis
cli-help-backlog-import = Tilføj eller opdatér sager i backloggen fra en Jira-eksport (CSV, JSON eller XML) eller en backlog-CSV fra Gavel, efter sagsnøgle; alt eller intet
cli-help-backlog-import--format = Filens format; `auto` genkender det på indholdet
cli-help-backlog-import--columns = Læs en kolonne i en CSV fra Jira som et felt, uanset hvad Gavel genkender: `"Stemmer=votes"`; `"Kolonne="` springer kolonnen over. Felter: key, summary, status, priority, issue_type, parent, rank, sprint, story_points, votes, watchers, labels. Kan gentages
cli-help-backlog-import--dry-run = Vis, hvad importen ville tilføje, ændre og udelade, uden at skrive noget
cli-help-backlog-import--details = Vis nøglerne på de nye, ændrede og manglende sager (vises altid med --dry-run)
cli-help-backlog-list = Vis backloggen i prioriteret rækkefølge
cli-help-backlog-export-jira = Skriv en CSV til Jiras CSV-import med mødets beslutninger: gruppens prioritering og en etiket og en kommentar pr. beslutning (docs/jira.md, "Back to Jira")
cli-help-sync = Udveksl møder med andre computere via filer
cli-help-sync-export = Skriv de valgte møders og gruppers hændelser (med mødernes grupper og backloggen) til en synkroniseringsfil (docs/sync-format.md)
cli-help-sync-export--meetings = Mødernes id'er; udelad dem, og brug --group eller --all
cli-help-sync-export--groups = En gruppe (dens navn eller id), for at sende dens medlemmer og forretningsorden med eller uden dens møder (en gruppe oprettet før sit første møde); gentag for hver
cli-help-sync-export--sign = Underskriv filen med nøglen i denne PKCS#12-fil (.p12/.pfx), referatets certifikat
cli-help-sync-import = Flet synkroniseringsfiler ind i denne database, hver for sig; viser, hvad der blev tilføjet, og hver konflikt
cli-help-sync-import--dry-run = Kontrollér filen, og rapportér uden at ændre noget
cli-help-sync-import--trust-device = Godkend en computer, der ses for første gang, efter dens nøgles fingeraftryk, som ejeren læser det i `gavel sync devices` (mellemrum er valgfri); eller stol på det certifikat, der har underskrevet filen, efter dets SHA-256-fingeraftryk, så det går i god for alle computere i denne og senere filer. Gentag for hver. Sammenlign først fingeraftrykket med ejeren
cli-help-sync-devices = Denne computers nøglefingeraftryk (giv det til formanden, før din første synkroniseringsfil når frem) og de andre computere, som denne database har godkendt
cli-help-decisions = Beslutningsregistret: alle beslutninger og handlingspunkter på tværs af møder og grupper, nyeste først
cli-help-decisions--group = Kun denne gruppe (dens navn eller id)
cli-help-decisions--key = Kun beslutninger om denne sagsnøgle (fx MO-1420)
cli-help-decisions--epic = Kun poster om denne epic eller en sag under den, uanset hvor dybt (fx MO-1000)
cli-help-decisions--kind = Kun beslutninger, kun handlingspunkter eller kun afstemningsresultater
cli-help-decisions--status = Kun åbne handlingspunkter, kun udførte eller kun dem, hvis frist er overskredet
cli-help-decisions--outcome = Kun beslutninger med dette udfald
cli-help-decisions--from = Kun møder på eller efter denne dag (2026-01-31)
cli-help-decisions--to = Kun møder på eller før denne dag
cli-help-decisions--search = Kun poster med alle disse ord, i enhver bøjning, på dansk eller engelsk (fx "beslutning hosting"); bedste match først
cli-help-decisions--limit = Højst så mange poster: de nyeste eller, med --search, de bedste match
cli-help-decisions--csv = Gem i stedet posterne som regneark (CSV til Excel, overskrifterne på CLI'ens sprog) i denne fil
cli-help-publish = Gruppens offentlige møder som en statisk hjemmeside (HTML og CSS, intet script): beslutningsregistret, en side pr. møde og dets underskrevne referat, på dansk og engelsk
cli-help-publish--group = Gruppen (dens navn eller id)
cli-help-publish--out = Hjemmesidens mappe: ny, tom eller en side, som Gavel tidligere har udgivet der (den erstattes helt)
cli-help-publish--minutes-folder = Hvor de underskrevne referater (PDF) ligger. Standard: eksportmappen (`gavel paths`)
cli-help-meeting = Møder: vis listen og ét møde
cli-help-meeting-list = Vis møderne, nyeste først
cli-help-meeting-show = Vis ét møde med dets dagsorden
cli-help-log = Beslutningsloggen
cli-help-log-verify = Kontrollér hver hashkæde i loggen; afslutter med en fejlkode og navngiver den første brudte hændelse
cli-help-log-rebuild = Genberegn alle læsetabeller fra loggen (en reparation; resultatet er det samme som før)
cli-help-demo = Fyld en tom database med en eksempelgruppe med backlog og møde
cli-help-minutes = Referater: eksportér som PDF (underskrevet), medunderskriv, kontrollér underskrifter
cli-help-minutes-export = Skriv referatet af et afsluttet møde som A4-PDF, eventuelt underskrevet
cli-help-minutes-export--out = PDF-filen, der skal skrives
cli-help-minutes-export--lang = Referatets sprog. Standard: dansk, medmindre systemets sprog er et andet
cli-help-minutes-export--sign = Underskriv med nøglen i denne PKCS#12-fil (.p12/.pfx)
cli-help-minutes-export--role = Underskriverens rolle
cli-help-minutes-countersign = Tilføj endnu en underskrift til et underskrevet referat; de tidligere underskrifter forbliver gyldige
cli-help-minutes-countersign--pdf = Det underskrevne referat
cli-help-minutes-countersign--p12 = PKCS#12-filen (.p12/.pfx) med underskriverens nøgle
cli-help-minutes-countersign--out = PDF-filen, der skal skrives (det må være den samme fil)
cli-help-minutes-verify = Kontrollér hver underskrift i en PDF; én linje pr. underskrift. Afslutter kun med 0, når filen er underskrevet, hver underskrift er gyldig, og intet er tilføjet efter den sidste
cli-help-minutes-show = Vis, hvad referatet af et afsluttet møde siger, som JSON: hvert faktum, som PDF'en viser, på begge sprog, hvor det er tekst (til at offentliggøre beslutningerne eller sætte dem op med et andet værktøj)
cli-help-cert = Certifikater til underskrift
cli-help-cert-create = Opret en P-256-nøgle og et selvsigneret certifikat til at underskrive referater med, som en .p12-fil
cli-help-cert-create--name = Underskriverens fulde navn (certifikatets common name)
cli-help-cert-create--org = Underskriverens organisation
cli-help-cert-create--out = .p12-filen, der skal skrives; en eksisterende fil bliver ikke overskrevet
cli-help-cert-create--password-file = Filen med den nye fils adgangskode ("-": læs den fra standard input)
cli-help-cert-create--valid-days = Hvor længe certifikatet er gyldigt, regnet fra nu
cli-help-backup = Sikkerhedskopier af databasen (tages før opgraderinger og efter hvert afsluttet møde): vis, gendan
cli-help-backup-list = Denne databases sikkerhedskopier, nyeste først: fil, tidspunkt, årsag, størrelse, møder og hændelser
cli-help-backup-restore = Erstat denne database med en sikkerhedskopi. Den nuværende database sikkerhedskopieres først ("before-restore"); en fil, der ikke er en Gavel-database, afvises, og intet ændres
cli-help-backup-restore--file = En sikkerhedskopi, fx fra `gavel backup list`
cli-help-paths = Hvor Gavel gemmer databasen og dens sikkerhedskopier, og hvor appen gemmer eksporter
cli-help--json = Skriv resultatet som JSON til scripts: det samme på alle sprog
cli-help-sync-import--files = Synkroniseringsfilerne (.gavel), der skal flettes ind, den ene efter den anden; en fil, der afvises, ændrer intet og standser ikke de andre
cli-help-sync-export--all = Alle grupper og møder i denne database, også en gruppe uden møder
cli-help-sync-export--out = Synkroniseringsfilen, der skal skrives
cli-help-backlog-import--file = Filen, backloggen læses fra
cli-help-backlog-export-jira--out = CSV-filen, der skal skrives
cli-help-meeting-show--id = Mødets id (se `gavel meeting list`)
cli-help-minutes-verify--pdf = PDF-filen, der skal kontrolleres
