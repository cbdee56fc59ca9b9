## What an event in the log did, as the object of "Fortryd: …" (crates/gavel-core/src/undo.rs):
## one message per kind of event. Names are the records' names as they are now.

event-agendaItemAdded = punktet »{ $title }« på dagsordenen
event-agendaItemMoved = flytningen af punktet »{ $title }«
event-currentAgendaItemSet = skiftet til punktet »{ $title }«
event-agendaItemProposalSet = indstillingen til punktet »{ $title }«
event-agendaItemNotesSet = noterne til punktet »{ $title }«
event-agendaItemTimeBoxSet = tidsrammen for punktet »{ $title }«
event-meetingOpened = mødets start
event-attendanceSet = fremmødet for { $name } ({ $attendance ->
        [present] til stede
        [absent] fraværende
        [excused] afbud
        [left] gået
       *[unknown] ikke registreret
    })
event-proxyGiven = fuldmagten fra { $from } til { $to }
event-proxyWithdrawn = tilbagetrækningen af fuldmagten fra { $from }
event-pollOpened = afstemningen »{ $question }«
event-ballotRecorded = stemme fra { $name }
event-totalsRecorded = optællingen i afstemningen »{ $question }«
event-pollClosed = lukningen af afstemningen »{ $question }«
event-decisionRecorded = beslutningen »{ $text }«
event-actionItemAdded = handlingspunktet »{ $text }«
event-minutesAmended = rettelsen af referatet
event-decisionConflictResolved = afgørelsen af de modstridende beslutninger
event-groupUpdated = ændringen af gruppens navn, type eller referatsprog
event-rulesOfProcedureSet = den nye forretningsorden
event-organisationAdded = organisationen »{ $name }«
event-organisationRenamed = omdøbningen af organisationen »{ $name }«
event-memberAddedAsSuccessor = { $name } som efterfølger
event-memberAdded = medlemmet { $name }
event-memberUpdated = ændringen af { $name }
event-memberRetired = udtrædelsen af { $name }
event-actionItemDone = markeringen af handlingspunktet som udført
event-actionItemReopened = genåbningen af handlingspunktet
event-meetingMadePublic = offentliggørelsen af mødet
event-meetingMadeNotPublic = tilbagetrækningen af mødet fra offentliggørelse
event-groupCreated = gruppen »{ $name }«
event-meetingCreated = mødet »{ $title }«
event-meetingClosed = mødets afslutning
event-meetingCancelled = aflysningen
event-meetingUpdated = ændringen af mødets titel, tid og sted
event-minutesSigned = underskriften fra { $name }
event-backlogItemRecorded = sagen { $key }
event-undone = en fortrydelse
