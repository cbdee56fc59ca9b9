## What an event in the log did, as the object of "Undo: …": the same messages as da/events.ftl.

event-agendaItemAdded = the agenda item “{ $title }”
event-agendaItemMoved = moving the agenda item “{ $title }”
event-currentAgendaItemSet = moving on to the item “{ $title }”
event-agendaItemProposalSet = the proposal on the item “{ $title }”
event-agendaItemNotesSet = the notes on the item “{ $title }”
event-agendaItemTimeBoxSet = the time box of the item “{ $title }”
event-meetingOpened = the start of the meeting
event-attendanceSet = the attendance of { $name } ({ $attendance ->
        [present] present
        [absent] absent
        [excused] excused
        [left] left
       *[unknown] not recorded
    })
event-proxyGiven = the proxy from { $from } to { $to }
event-proxyWithdrawn = withdrawing the proxy of { $from }
event-pollOpened = the poll “{ $question }”
event-ballotRecorded = ballot of { $name }
event-totalsRecorded = the count of the poll “{ $question }”
event-pollClosed = closing the poll “{ $question }”
event-decisionRecorded = the decision “{ $text }”
event-actionItemAdded = the action item “{ $text }”
event-minutesAmended = the amendment of the minutes
event-decisionConflictResolved = the resolution of the contradicting decisions
event-groupUpdated = the change of the group's name, kind or minutes language
event-rulesOfProcedureSet = the new rules of procedure
event-organisationAdded = the organisation “{ $name }”
event-organisationRenamed = renaming the organisation “{ $name }”
event-memberAddedAsSuccessor = { $name } as successor
event-memberAdded = the member { $name }
event-memberUpdated = the change to { $name }
event-memberRetired = { $name } leaving the group
event-actionItemDone = marking the action item done
event-actionItemReopened = reopening the action item
event-meetingMadePublic = making the meeting public
event-meetingMadeNotPublic = taking the meeting off the published site
event-groupCreated = the group “{ $name }”
event-meetingCreated = the meeting “{ $title }”
event-meetingClosed = closing the meeting
event-meetingCancelled = the cancellation
event-meetingUpdated = the change of the meeting's title, time and place
event-minutesSigned = the signature of { $name }
event-backlogItemRecorded = the backlog item { $key }
event-undone = an undo
