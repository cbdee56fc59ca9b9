## gavel-core's messages, in English: the same messages as da/core.ftl.

coreBackup-afterAMeetingWasClosed = After a meeting was closed
coreBackup-beforeABackupWasRestored = Before a backup was restored
coreBackup-beforeTheUpgradeToDatabase = Before the upgrade to database version { $to_version }
coreBackup-theBackupCouldNotBeWritten = the backup could not be written to { $folder }: { $error }
coreClock-dateAndTimeInUtc = { $date } { $time } UTC
coreCommand-outcomeApproved = Approved
coreCommand-outcomeNoted = Noted
coreCommand-outcomePostponed = Postponed
coreCommand-outcomeRejected = Rejected
coreCommand-roleAdvisor = Advisor
coreCommand-roleChair = Chair
coreCommand-roleMember = Member
coreCommand-roleObserver = Observer
coreCommand-roleSecretary = Secretary
coreCommand-roleViceChair = Vice chair
coreDecide-anAgendaItemNeedsA = an agenda item needs a title or a backlog_key
coreDecide-fieldMustNotBeEmpty = { $field } must not be empty
coreDecide-positionMustBeBetween1 = position must be between 1 and { $last } for this agenda, not { $position }
coreDecideBacklog-cannotBeItsOwnParent = { $key } cannot be its own parent
coreDecideBacklog-cannotBeTheParentOf = { $parent } cannot be the parent of { $key }: that makes a cycle ({ $cycle })
coreDecideBacklog-newBacklogItemNeedsA = new backlog item { $key } needs a title
coreDecideBacklog-storyPointsOfMustBe = story_points of { $key } must be a number of at least 0
coreDecideBacklog-theDescriptionIsTooLong = the description of { $key } is { $kilobytes } KB; it may be at most { $limit } KB
coreDecideBacklog-theParentIsNotIn = the parent { $parent } of { $key } is not in the backlog
coreDecideFollowUp-cannotBeDoneBeforeTheMeeting = action item { $number } cannot be done on { $day }: it was agreed at the meeting on { $meeting_day }
coreDecideFollowUp-isAlreadyDone = action item { $number } is already done ({ $day })
coreDecideFollowUp-isAlreadyOpen = action item { $number } is already open
coreDecideFollowUp-thatDayHasNotCome = action item { $number } cannot be marked done on { $day }: that day has not come yet
coreDecideGroup-alreadyHasTheEMail = { $holder } already has the e-mail address { $email } in this group
coreDecideGroup-alreadyLeftTheGroup = { $name } already left the group on { $day }
coreDecideGroup-cannotBeTakenOutAgain = { $name } cannot be taken out again: the meeting "{ $title }" has already recorded { $name }; retire { $name } from the group instead
coreDecideGroup-hasAProxyInThe = { $name } has a proxy in the meeting "{ $title }", which is not closed: withdraw the proxy first
coreDecideGroup-isAlreadyTheGroupS = { $chair } is already the group's chair, and a group has one chair: give { $chair } another role first
coreDecideGroup-isNotAnEMailAddress = "{ $shown }" is not an e-mail address (e.g. mette@aarhus.dk)
coreDecideGroup-isTheChairNameA = { $name } is the chair: name a successor who takes the seat, or first give { $name } another role and another member the chair's role
coreDecideGroup-theChangeCannotBeUndone = the change cannot be undone: it was in force when the meeting "{ $title }" closed, and that meeting's minutes show it; change the group again instead
coreDecideGroup-theGroupAlreadyHasAn = the group already has an organisation named "{ $name }"
coreDecideGroup-theNameIsTooLong = name is { $length } characters long; at most { $limit } are allowed: "{ $shown }"
coreDecideGroup-theOrganisationCannotBeTaken = the organisation "{ $name }" cannot be taken out again: { $member } belongs to it
coreDecideGroup-thereIsNothingToUndo = there is nothing to undo in this group
coreDecideGroup-voteWeightMustBeBetween = vote_weight must be between 1 and { $limit }, not { $vote_weight }
coreDecideImported-anAmendmentOfSignedMinutes = the minutes are signed in version { $signed }; an amendment must start version { $version } and name version { $signed }
coreDecideImported-anAmendmentOfUnsignedMinutes = the minutes are not signed; an amendment corrects version { $version } and names no signed version
coreDecideImported-factsOrWordsNotBoth = the result must carry either the facts it is worded from or (from Gavel 0.3 and earlier) its words, not both and not neither
coreDecideImported-positionMustBeAtLeast = position must be at least 1, not 0
coreDecideImported-theBallotWasCastBySomeoneElse = the ballot was cast by someone other than the member or the holder of the member's proxy
coreDecideImported-theEventCannotBeUndone =
    { $reason ->
        [does_not_exist] event { $event_id } cannot be undone: it does not exist
        [another_stream] event { $event_id } cannot be undone: it belongs to another meeting or group
        [after_the_undo] event { $event_id } cannot be undone: it comes after the undo in the log
        [never_undone] event { $event_id } cannot be undone: an undo, or a meeting's creation, closing, signature or amendment, is never undone
       *[past_a_barrier] event { $event_id } cannot be undone: the meeting was closed, signed or amended since, which no undo reaches past
    }
coreDecideImported-theResolutionWithdrawsADecision = the resolution withdraws a decision that is in no conflict with the one it keeps
coreDecideImported-theResultDoesNotFollow = the result "{ $claimed }" does not follow from the poll's ballots, which give "{ $counted }"
coreDecideImported-theResultNamesAnotherRule = the result says the rule was "{ $claimed }", but the poll is counted under "{ $counted }"
coreDecideImported-theSignatureIsOfAnotherVersion = the signature is of version { $claimed } of the minutes, but the meeting is in version { $current }
coreDecideLive-aChoicePollNeedsAt = a choice poll needs at least two options, none of them empty
coreDecideLive-aDraftMeetingHasNo = a draft meeting has no decisions to resolve
coreDecideLive-aPrioritisationPollNeedsAt = a prioritisation poll needs at least two backlog items
coreDecideLive-aTimeBoxMustBe = a time box must be between 1 and 1440 minutes
coreDecideLive-appearsTwiceInThePriority = { $key } appears twice in the priority order
coreDecideLive-closeThePollBeforeClosing = close the poll "{ $question }" before closing the meeting
coreDecideLive-isNotAFractionBetween = { $numerator }/{ $denominator } is not a fraction between 0 and 1; write e.g. 1/2 or 2/3
coreDecideLive-isNotAWebAddress = "{ $shown }" is not a web address: a link must begin with https:// or http:// and hold no spaces
coreDecideLive-notQuorateTheChairMayOverride = { $quorum } A poll can only be opened without quorum when the chair overrides it.
coreDecideLive-onlyAClosedMeetingCan = only a closed meeting can be amended; it can still be changed directly
coreDecideLive-onlyTheMinutesOfA = only the minutes of a closed meeting can be signed; close the meeting first
coreDecideLive-responsibleMustBeAName = responsible must be a name on one line of at most 200 characters (got { $length })
coreDecideLive-theAgendaItemBelongsTo = the agenda item belongs to another meeting
coreDecideLive-theMeetingCannotTakeTheChange =
    { $phase ->
        [draft] a draft
        [open] an open
        [closed] a closed
       *[cancelled] a cancelled
    } meeting cannot be { $change ->
        [opened] opened
        [closed] closed
        [voted_in] voted in
        [decided_in] decided in
       *[changed] changed
    }
coreDecideLive-theMinutesCannotBeSigned = the minutes cannot be signed: decisions { $first } and { $last } on the agenda item "{ $item }" were recorded on two laptops that had not seen each other's; the chair first keeps the one that stands (ResolveDecisionConflict)
coreDecideLive-theMinutesOfThisMeeting = the minutes of this meeting are signed, so it cannot change; amend the minutes (AmendMinutes) to correct it
coreDecideLive-theTextHoldsAControlCharacter = { $field } contains a control character ({ $code_point }); write it as plain text
coreDecideLive-theTextIsTooLong = { $field } is { $length } characters long; at most { $limit } are allowed
coreDecideLive-thereIsNothingToUndo = there is nothing to undo in this meeting
coreDecideLive-theseMinutesShowTheLog = these minutes show the log fingerprint { $fingerprint }, but the meeting's is now { $current_fingerprint }: the meeting changed after they were made; export and sign them again
coreDecideLive-thisDecisionIsInNo = this decision is in no conflict with another; there is nothing to resolve
coreDecideLive-thisMemberHasGivenNo = this member has given no proxy to withdraw
coreDecideLive-thisPollAlreadyHasBallots = this poll already has ballots per member; totals are computed from them
coreDecideLive-thisPollIsSecretRecord = this poll is secret: record the counted totals, never who voted how
coreDecideLive-thisPollWasCountedBy = this poll was counted by hand; its totals are already recorded
coreDecideLive-tooManyLinks = an item takes at most { $limit } links, not { $given }
coreDecideMeeting-theMeetingHasStartedAnd = the meeting has started and cannot be cancelled; close it instead, so that its minutes say what happened
coreDecideMeeting-theMeetingIsAlreadyCancelled = the meeting is already cancelled
coreDecideMeeting-theMeetingIsClosedAnd = the meeting is closed and cannot be cancelled
coreDecideMinutesApproval-aMeetingCannotApproveIts = a meeting cannot approve its own minutes
coreDecideMinutesApproval-approvalOfTheMinutesOf = Approval of the minutes of { $title } ({ $date })
coreDecideMinutesApproval-approvedWithTheseCorrections = The minutes were approved with these corrections: { $corrections }
coreDecideMinutesApproval-correctionsAgreedAtTheApproval = Corrections agreed when the minutes were approved at { $meeting } ({ $date }): { $corrections }
coreDecideMinutesApproval-theAgendaItemDoesNot = the agenda item does not approve any minutes; choose the item that approves them
coreDecideMinutesApproval-theApprovalIsAlreadyOnTheAgenda = the approval of the minutes of "{ $title }" is already on the agenda
coreDecideMinutesApproval-theMinutesAreAlreadyApproved = the minutes of "{ $title }" are already approved at the meeting "{ $approved_at }"
coreDecideMinutesApproval-theMinutesAreNotSignedYet = the minutes of "{ $title }" are not signed yet; they can be approved once they are signed
coreDecideMinutesApproval-theMinutesBelongToAnotherGroup = the minutes of "{ $title }" belong to another group; a meeting approves only its own group's minutes
coreDecideMinutesApproval-theMinutesWereApproved = The minutes were approved.
coreDecidePublication-onlyAClosedMeetingIsPublished =
    the meeting "{ $title }" cannot be made public: only a closed meeting can be published (it is { $phase ->
        [draft] a draft
        [open] an open
        [closed] a closed
       *[cancelled] a cancelled
    } meeting)
coreDecidePublication-theMeetingIsAlreadyNot = the meeting "{ $title }" is already not public
coreDecidePublication-theMeetingIsAlreadyPublic = the meeting "{ $title }" is already public
coreDemo-theCommandCannotBeRead = { $error }
coreDemo-theDatabaseAlreadyHasData = the database already has data; the demo only fills an empty database
coreError-cannotOpenTheDatabase = cannot open the database { $path }: { $reason }
coreError-databaseError = database error: { $error }
coreError-inFile = { $file }: { $problem }
coreError-inFileInField = { $file }, field "{ $field }": { $problem }
coreError-inFileOnLine = { $file }, line { $line }: { $problem }
coreError-inFileOnLineInField = { $file }, line { $line }, field "{ $field }": { $problem }
coreError-notAGavelDatabase = { $path }: not a Gavel database: { $reason }
coreError-record =
    { $record ->
        [group] group
        [organisation] organisation
        [organisation_in_group] organisation in this group
        [member] member
        [member_of_meeting_group] member of this meeting's group
        [meeting] meeting
        [agenda_item] agenda item
        [backlog_item] backlog item
        [poll] poll
        [poll_in_meeting] poll in this meeting
        [decision] decision
       *[action_item] action item
    }
coreError-recordAlreadyExists =
    { $record ->
        [group] a group with id { $id } already exists
        [organisation] an organisation with id { $id } already exists
        [organisation_in_group] an organisation with id { $id } already exists
        [member] a member with id { $id } already exists
        [member_of_meeting_group] a member with id { $id } already exists
        [meeting] a meeting with id { $id } already exists
        [agenda_item] an agenda item with id { $id } already exists
        [backlog_item] a backlog item with id { $id } already exists
        [poll] a poll with id { $id } already exists
        [poll_in_meeting] a poll with id { $id } already exists
        [decision] a decision with id { $id } already exists
       *[action_item] an action item with id { $id } already exists
    }
coreError-recordDoesNotExist =
    { $record ->
        [group] group { $id } does not exist
        [organisation] organisation { $id } does not exist
        [organisation_in_group] organisation in this group { $id } does not exist
        [member] member { $id } does not exist
        [member_of_meeting_group] member of this meeting's group { $id } does not exist
        [meeting] meeting { $id } does not exist
        [agenda_item] agenda item { $id } does not exist
        [backlog_item] backlog item { $id } does not exist
        [poll] poll { $id } does not exist
        [poll_in_meeting] poll in this meeting { $id } does not exist
        [decision] decision { $id } does not exist
       *[action_item] action item { $id } does not exist
    }
coreError-theDiskIsFull = the disk is full: the change was not saved; free some space on the disk and try again
coreError-theDiskIsFullSo = the disk is full, so nothing was written; free some space on the disk and try again
coreError-theFileIsOpenIn = the file is open in another program (a PDF reader?), so it was not replaced; close it there and try again
coreError-thereIsNoPermissionTo = there is no permission to write there (the folder or disk is read-only), so nothing was written; choose another folder ({ $error })
coreError-writtenByANewerGavel = { $path }: written by a newer Gavel (database version { $found }; this Gavel reads up to { $supported }). Update Gavel to open it; the file was not changed.
coreEvent-eventInTheLogCannot = event { $event_id } in the log cannot be read ({ $error }); run `gavel log verify`
coreFiles-notARegularFile =
    it is { $kind ->
        [folder] a folder
        [named_pipe] a named pipe (FIFO)
        [device] a device
        [socket] a socket
       *[other] something other than a file
    }, not a regular file; Gavel reads only regular files
coreImport-alreadyAppearsOnLine = { $key } already appears on line { $first_line }
coreImport-columnsCanOnlyBeChosen = columns can only be chosen for a Jira CSV export
coreImport-isNotACount =
    { $what ->
        [votes] "{ $shown }" is not a number of votes: expected a whole number of at least 0, like 3
       *[watchers] "{ $shown }" is not a number of watchers: expected a whole number of at least 0, like 3
    }
coreImport-isNotANumberOf = "{ $shown }" is not a number of at least 0, like 3 or 2.5
coreImport-linesHeldBytesThatAreNotUtf8 =
    { $count ->
        [one] line { $first_line }
       *[other] { $count } lines ({ $lines })
    } held bytes that are not UTF-8; they were read as Windows-1252 (or as � where a character was cut short). The rest of the file is UTF-8 and was read as it is; check the lines named
coreImport-theCsvCannotBeRead = the CSV cannot be read: { $error }
coreImport-theFileCannotBeRead = cannot read: { $reason }
coreImport-theFileHasTooManyIssues = the file has more than { $limit } issues
coreImport-theFileHasTooManyItems = the file has more than { $limit } items
coreImport-theFileIsEmpty = the file is empty; expected a Jira export (CSV or JSON) or a Gavel backlog CSV
coreImport-theFileIsMbBacklog = the file is { $megabytes } MB; backlog files larger than { $limit } MB are refused
coreImport-theFileIsNeitherCsvNorJson = the file is neither CSV nor JSON; expected a Jira export (CSV or JSON) or a Gavel backlog CSV
coreImport-theFileIsNotUtf = the file is not UTF-8; it was read as Windows-1252 (what Excel saves as "CSV")
coreImport-theHeaderIsNeitherA = the header "{ $shown }" is neither a Jira export's (no "Issue key" and "Summary" columns) nor a Gavel backlog CSV's (no "key" and "title" columns)
coreImport-theRowHasAnotherLength =
    { $count ->
        [one] the row has { $count } cell where the header has { $header }
       *[other] the row has { $count } cells where the header has { $header }
    }
coreImportEncoding-theFileIsBinaryNot = the file is binary, not CSV or JSON text
coreImportEncoding-theFileIsNotText =
    { $kind ->
        [zip] the file is a ZIP archive or an Excel workbook (.xlsx), not CSV or JSON; in Excel choose "Save as" → "CSV UTF-8"
        [old_excel] the file is an old Excel workbook (.xls), not CSV or JSON; in Excel choose "Save as" → "CSV UTF-8"
        [pdf] the file is a PDF document, not CSV or JSON
       *[database] the file is a database, not CSV or JSON
    }
coreImportEncoding-theFileIsUtf16 = the file is UTF-16 text (Excel's "Unicode text"); save it as "CSV UTF-8" instead
coreImportGavelCsv-mustNotBeEmpty = must not be empty
coreImportGavelCsv-theCellIsLongerThan = the cell is longer than { $limit } bytes
coreImportGavelCsv-theFileIsNotUtf = the file is not UTF-8 text; save it as "CSV UTF-8"
coreImportGavelCsv-theHeaderHasNoColumn = the header has no "{ $required }" column; expected columns: { $columns }
coreImportJiraCsv-columnName = "{ $name }"
coreImportJiraCsv-isNeitherAnIssueKeyNorAnId = "{ $shown }" is neither an issue key (like MO-12) nor an issue id (like 10012)
coreImportJiraCsv-theCellIsKbCells = the cell is { $size } KB; cells longer than { $limit } KB are refused
coreImportJiraCsv-theFileHasNoColumn = the file has no column "{ $shown }"
coreImportJiraCsv-theFileIsEmpty = the file is empty
coreImportJiraCsv-theHeaderHasNoIssueKeyColumn = the header has no issue key column (such as { $examples }), and no column holds an issue key (like MO-12) in every row; choose the column in the preview (or with --column)
coreImportJiraCsv-theHeaderHasNoSummaryColumn = the header has no summary column (such as { $examples }), and the first column is not text in every row; choose the column in the preview (or with --column)
coreImportJiraCsv-theIssueKeyMustNot = the issue key must not be empty
coreImportJiraCsv-theParentIsGivenBy = the parent is given by its issue id { $issue_id }, but the file has no "Issue id" column to find it by; export all fields
coreImportJiraCsv-theParentWithIssueId = the parent with issue id { $issue_id } is not in the file; export the parents too
coreImportJiraJson-aJsonValue =
    { $kind ->
        [null] null
        [boolean] true or false
        [number] the number { $value }
        [text] the text "{ $value }"
        [list] a list
       *[object] an object
    }
coreImportJiraJson-alreadyAppearsAsIssues = { $key } already appears as issues[{ $first }]
coreImportJiraJson-expectedAListOfLabels = expected a list of labels, found { $found }
coreImportJiraJson-expectedAListOfText = expected a list of text, found { $found }
coreImportJiraJson-expectedAnIssueKey = expected an issue key like MO-12, found { $found }
coreImportJiraJson-expectedAnObjectWithAName = expected an object with a "name", found { $found }
coreImportJiraJson-expectedText = expected text, found { $found }
coreImportJiraJson-hasNoFieldsObjectThe = { $key } has no "fields" object; the search must return the issues' fields
coreImportJiraJson-missing = missing
coreImportJiraJson-notValidJsonColumn = not valid JSON (column { $column }): { $reason }
coreImportJiraJson-storyPointsWereNotRead = story points were not read: the file has no field names to tell which of { $candidates } holds them; search with expand=names
coreImportJiraJson-storyPointsWereReadFrom = story points were read from { $only }, the only numeric custom field (the file has no field names; search with expand=names to be sure)
coreImportJiraJson-theFileIsASingle = the file is a single Jira issue, not a search result; export a search (/rest/api/2/search?jql=…) instead
coreImportJiraJson-theFileIsAnError = the file is an error answer from Jira, not a search result: { $messages }
coreImportJiraJson-theJsonEndsTooEarly = the JSON ends too early; the file may be cut off
coreImportJiraJson-theJsonIsNestedMore = the JSON is nested more than 128 levels deep; a Jira search result never is
coreImportJiraJson-theTextIsKbValues = the text is { $size } KB; values longer than { $limit } KB are refused
coreImportJiraJson-validJsonButNotASearchResult = valid JSON, but not the result of a Jira search: the file is { $found }, not an object with an "issues" list
coreImportJiraJson-validJsonButNotThe = valid JSON, but not the result of a Jira search: it has no "issues" list
coreImportJiraXml-aValueIsLongerThan = a value is longer than { $limit } KB; values longer than { $limit } KB are refused
coreImportJiraXml-isNotAnIssueKey = "{ $shown }" is not an issue key like MO-12
coreImportJiraXml-notValidXml = not valid XML: { $error }
coreImportJiraXml-theFileIsXmlBut = the file is XML, but not a Jira export (it starts with <{ $shown }>, not <rss>); choose Export → XML in Jira's issue search
coreImportJiraXml-theItemHasNoKey = the item has no <key>
coreImportJiraXml-theSummaryOfMustNot = the summary of { $key } must not be empty
coreImportJiraXml-theXmlElementsAreNested = the XML elements are nested more than { $limit } levels deep; a Jira export never is
coreImportJiraXml-theXmlFileDeclaresA = the XML file declares a document type (<!DOCTYPE …>). A Jira export never does, and Gavel does not read one: its entities can read other files or grow without end. Export the issues from Jira again
coreImportJiraXml-theXmlFileUsesThe = the XML file uses the entity &{ $shown }; which a Jira export never has; Gavel does not look it up
coreImportOtherTools-theFileIsAList = the file is a list of GitHub issues, not a Jira export. Move them to Jira with Jira's GitHub importer and export them from there as CSV (all fields); or write them in Gavel's simple backlog CSV with the columns key (e.g. GH-12) and title
coreImportOtherTools-theFileIsATrello = the file is a Trello board export, not a Jira export. Move the cards to Jira with Jira's own importer (Settings → System → External system import → Trello), then export them from Jira: search for the issues, choose Export → CSV (all fields). Or write them in Gavel's simple backlog CSV with the columns key and title
coreImportParents-theParentOfIsNeither = the parent { $parent } of { $key } is neither in the file nor in Gavel's backlog; export the parents too (include them in the search), or choose not to read the column "{ $column }"
coreImportParents-theParentsFormACycle = the parents form a cycle: { $cycle }
coreInvitation-agenda = Agenda
coreInvitation-groupDateAndTime = { $group }: { $date } at { $time }
coreInvitation-proposedDecision = Proposed decision: { $proposal }
coreInvitation-theAgendaWillFollow = The agenda will follow.
coreInvitation-theMeetingIsCancelled = The meeting is cancelled.
coreInvitation-writtenByGavel = This invitation was written by Gavel.
coreJiraExport-theJiraCsvCannotBe = the Jira CSV cannot be written: { $error }
coreRegisterSpreadsheet-cannotBeWritten = the spreadsheet of the decision register cannot be written: { $error }
coreRegisterSpreadsheet-kind = Kind
coreRegisterSpreadsheet-number = No.
coreRegisterSpreadsheet-text = Text
coreRegisterSpreadsheet-poll = Poll
coreRegisterSpreadsheet-signed = Signed
coreRegisterSpreadsheet-notSigned = Not signed
coreRegisterSpreadsheet-openOverdue = Open, overdue
coreJiraExport-theMeetingHasNoDecisions = the meeting has no decisions to send to Jira
coreLog-theClockIsBehindTheLog = this computer's clock shows { $clock }, but the log already holds an event from { $latest }; Gavel writes no event dated more than a day after the clock (it would win over everything the other laptops write meanwhile): set the computer's clock and try again; nothing was saved
coreMeetingState-aStoredValueCannotBe = a stored value cannot be read ({ $error }); run `gavel log verify`
coreMeetingState-thePollIsClosedIts = the poll is closed; its ballots and result can no longer change
coreMemberList-isNeitherYesNorNo = "{ $shown }" is neither yes nor no
coreMemberList-isNotARole = "{ $shown }" is not a role; write chair, vice chair, secretary, member, observer or advisor
coreMemberList-isNotAVoteWeight = "{ $shown }" is not a vote weight: write a whole number from 1 to { $limit }
coreMemberList-severalMembersHaveTheName = the group has several members named { $name }; add an "E-mail" column to tell them apart
coreMemberList-theCellHoldsControlCharacters = the cell holds control characters (such as a line break or ESC)
coreMemberList-theEMailAddressAlreadyAppears = this e-mail address already appears on line { $first_line }
coreMemberList-theFileIsTooLarge = the file is larger than { $limit } KB; a member list is much smaller. Is it the right file?
coreMemberList-theHeaderHasNoNameColumn = the header has no "Name" (or "Navn") column; it has: { $columns }
coreMemberList-theListHasMoreThan = the list has more than { $limit } members; is it the right file?
coreMemberList-theListIsEmptyIts = the list is empty; its first line names the columns, e.g. "Name,Organisation,Role,E-mail"
coreMemberList-theNameAlreadyAppears = { $name } already appears on line { $first_line }; if these are two people, give each their e-mail address
coreMemberList-theNameAlreadyAppearsWithoutEMail = { $name } already appears on line { $first_line } with no e-mail address; give both rows one
coreMemberList-theRowHasNoName = the row has no name
coreMemberList-theRowIsTheSameMemberAs = the row is the same member ({ $name }) as line { $first_line }
coreMemberList-theTextIsTooLong = the text is { $length } characters long; at most { $limit } are allowed
coreMemberList-thisColumnAppearsTwice = this column appears twice
coreMinutes-onlyAClosedMeetingHasMinutes =
    meeting "{ $title }" ({ $meeting_id }) { $status ->
        [draft] has not started
        [open] is still open
        [closed] has no closing time
       *[cancelled] was cancelled
    }; minutes are made from a closed meeting — close it first
corePublish-meetingAndDay = "{ $title }" ({ $day })
corePublish-theMinutesAreNotSigned =
    { $count ->
        [one] nothing was published: this meeting is marked public but its minutes are not signed: { $meetings }. Sign the minutes (gavel minutes export --sign), or mark the meeting not public.
       *[other] nothing was published: these meetings are marked public but their minutes are not signed: { $meetings }. Sign the minutes (gavel minutes export --sign), or mark the meetings not public.
    }
corePublish-theSignedMinutesAreMissing =
    { $count ->
        [one] nothing was published: the signed minutes of { $meetings } are not in the folder { $folder }. Only the exact PDF that was signed is published; put it in the folder, or name another folder (--minutes-folder).
       *[other] nothing was published: the signed minutes of { $meetings } are not in the folder { $folder }. Only the exact PDFs that were signed are published; put them in the folder, or name another folder (--minutes-folder).
    }
corePublish-websiteFolder = Website - { $group }
corePublishFolder-aFileProblem = { $path }: { $reason }
corePublishFolder-anotherGroupsSite = { $path }: the folder is another group's site; nothing was written. Choose another folder.
corePublishFolder-isNotAFolder = { $path }: is not a folder; the site is written to a folder (new, empty, or a site Gavel published before)
corePublishFolder-nameAFolderNotARoot = { $path }: name a folder for the site, not a root
corePublishFolder-theFolderIsNotEmpty = { $path }: the folder is not empty and is not a site Gavel published; nothing was written. Choose a new or empty folder: publishing replaces the whole folder.
corePublishHtml-language = Language
corePublishHtml-publishedWithGavel = Published on { $date } with Gavel. Only meetings the chair has made public are included.
corePublishHtml-skipToContent = Skip to content
corePublishHtml-theOtherLanguage = Dansk
corePublishPages-absent = absent
corePublishPages-actionItem = Action item
corePublishPages-actionItems = Action items
corePublishPages-agenda = Agenda
corePublishPages-attendance = Attendance
corePublishPages-backToTheRegister = Back to the decision register
corePublishPages-caseDescription = Case
corePublishPages-date = Date
corePublishPages-decision = Decision
corePublishPages-decisionNumbered = Decision { $number }: { $outcome }
corePublishPages-decisionRegister = Decision register
corePublishPages-decisions = Decisions
corePublishPages-doneOn = Done { $date }
corePublishPages-due = Due
corePublishPages-dueOn = Due: { $date }
corePublishPages-excused = excused
corePublishPages-group = Group
corePublishPages-issues = Issues
corePublishPages-item = Item
corePublishPages-meeting = Meeting
corePublishPages-meetings = Meetings
corePublishPages-minutes = Minutes
corePublishPages-noActionItems = No action items.
corePublishPages-noDecisions = No decisions.
corePublishPages-noItems = No items.
corePublishPages-noMeetingsArePublishedYet = No meetings have been published yet.
corePublishPages-noPolls = No polls.
corePublishPages-notPresent = Not present
corePublishPages-open = Open
corePublishPages-outcome = Outcome
corePublishPages-outsideTheAgendaItems = Outside the agenda items
corePublishPages-owner = Owner: { $name }
corePublishPages-ownerHeading = Owner
corePublishPages-place = Place
corePublishPages-poll = Poll { $number }
corePublishPages-polls = Polls
corePublishPages-present = Present
corePublishPages-proposal = Proposal
corePublishPages-publishedAsSigned = The minutes are published exactly as they were signed. This page shows the agenda, the decisions and the action items; notes taken at the meeting are in the minutes only.
corePublishPages-question = Question
corePublishPages-responsible = Responsible: { $name }
corePublishPages-result = Result
corePublishPages-secretPoll = Poll { $number } (secret)
corePublishPages-signedDigitallyBy = Signed digitally by { $name } ({ $role }), { $date }
corePublishPages-signedMinutesPdf = Signed minutes (PDF, { $kilobytes } kB)
corePublishPages-spreadsheet = Download the decision register as a spreadsheet (CSV)
corePublishPages-status = Status
corePublishPages-theMeetingsFingerprint = The meeting's fingerprint:
corePublishPages-theRegisterHolds = Decisions, poll results and action items from the group's published meetings. Each meeting has its own page with the agenda and the signed minutes (PDF), which are the minutes of record.
corePublishPages-time = Time
coreRegisterSearch-theSearchHoldsNoWord = the search holds no word to search for
coreRegisterSearch-theSearchIsCharactersLong = the search is { $length } characters long; it may be at most { $limit }
coreRestore-anInMemoryDatabaseCannot = an in-memory database cannot be restored from a backup
coreRestore-theFileDoesNotExist = the file does not exist
coreRestore-theFileHasNoDecisionLog = it has no Gavel decision log
coreRestore-theFileIsDamaged = the file is damaged ({ $problem })
coreStore-itIsAnSqliteDatabase = it is an SQLite database of another program
coreStore-theDiskIsFullFree = the disk is full. Free some space on the disk and try again
coreStore-theFileIsNotAn = the file is not an SQLite database
coreStore-theFolderDoesNotExist = the folder does not exist or is not writable
coreSyncConflicts-attendance =
    { $attendance ->
        [present] present
        [absent] absent
        [excused] excused
        [left] left
       *[unknown] not recorded
    }
coreSyncConflicts-attendanceAt = { coreSyncConflicts-attendance } { $time }
coreSyncConflicts-attendanceOf = attendance of { $name }
coreSyncConflicts-backlogItem = backlog item { $key }
coreSyncConflicts-ballot =
    { $ballot ->
        [yes] for
        [no] against
        [abstain] abstains
       *[blank] blank
    }
coreSyncConflicts-ballotOf = ballot of { $name }
coreSyncConflicts-countedTotalsOfAPoll = counted totals of a poll
coreSyncConflicts-min = { $minutes } min
coreSyncConflicts-none = none
coreSyncConflicts-notesOfAgendaItem = notes of agenda item "{ $title }"
coreSyncConflicts-option = option { $number }
coreSyncConflicts-order = order { $order }
coreSyncConflicts-points = points { $points }
coreSyncConflicts-proposalOfAgendaItem = proposal of agenda item "{ $title }"
coreSyncConflicts-proxyOf = proxy of { $from }
coreSyncConflicts-theCurrentAgendaItem = the current agenda item
coreSyncConflicts-theRulesOfProcedure = the rules of procedure
coreSyncConflicts-timeBoxOfAgendaItem = time box of agenda item "{ $title }"
coreSyncConflicts-to = to { $to }
coreSyncConflicts-withdrawn = withdrawn
coreSyncDeviceTrust-computerAndFingerprint = "{ $name }" ({ $fingerprint })
coreSyncDeviceTrust-eventsOfUntrustedComputersWereLeftOut = { $problem }. The file also holds events of computers this database does not trust: { $computers }. They were left out, and what was refused may build on them: trust them if their owners confirm the fingerprint
coreSyncDeviceTrust-isNotAnEd25519Public = is not an Ed25519 public key
coreSyncDeviceTrust-knownAndShownFingerprints = { $problem }. Known fingerprint: { $trusted }; the file's: { $shown }. The file is refused and nothing was changed
coreSyncDeviceTrust-theComputerComesWithAnotherKey = the computer "{ $name }" comes with another key than the one you accepted. That happens when someone poses as it, or when it was reinstalled. Ask its owner before you do anything
coreSyncDeviceTrust-theDeviceAppearsTwiceIn = the device appears twice in the file
coreSyncDeviceTrust-theDeviceSSignatureOf = the device's signature of the chain's last event does not hold with the key of device { $device }: the file was changed or forged
coreSyncDeviceTrust-theFileClaimsEventsCome = the file claims events come from this computer, but with another key than its own: the file is forged
coreSyncExport-thePracticeDatabaseIsNotShared = this is the practice database: its demo data is not shared with other computers; switch back to your own data to export a sync file
coreSyncFileChecks-eventNumberOfDeviceIn = event number { $expected_seq } of device { $device } in stream { $stream } is missing (found number { $found })
coreSyncFileChecks-onlyTheLastEventOf = only the last event of a chain carries its device's signature
coreSyncFileChecks-theEventDoesNotPoint = the event does not point to the hash of the event before it: the chain is broken
coreSyncFileChecks-theEventIsDatedBefore = the event is dated before the event before it in its device's chain; Gavel never does that: the file was made by hand
coreSyncFileChecks-theEventSContentBelongs = the event's content belongs to another stream
coreSyncFileChecks-theEventSContentCannot = the event's content cannot be read: { $error }
coreSyncFileChecks-theEventSHashDoes = the event's hash does not match its content: the file was edited
coreSyncFileChecks-thisEventAppearsTwice = this event appears twice
coreSyncImport-changesToASignedMeetingWereNotImported =
    { $count ->
        [one] { $count } change to "{ $title }" was not imported: its minutes are signed here; the other side must amend the minutes to change them
       *[other] { $count } changes to "{ $title }" were not imported: its minutes are signed here; the other side must amend the minutes to change them
    }
coreSyncImport-eventInTheFileId = event { $number } in the file ({ $kind }, id { $id })
coreSyncImport-eventInTheFileIs = event { $number } in the file is larger than { $event_limit } MB; Gavel never writes an event that large: the file was made by hand or damaged; the file is refused and nothing was changed
coreSyncImport-notAGavelSyncFile = not a Gavel sync file: { $error }
coreSyncImport-notAGavelSyncFile2 = not a Gavel sync file (expected "format": "{ $format_name }")
coreSyncImport-theEventGoesAgainstTheRules =
    { $stream ->
        [meeting] { $event } in the meeting "{ $name }" goes against the rules: { $reason }; the file is refused and nothing was changed
        [group] { $event } in the group "{ $name }" goes against the rules: { $reason }; the file is refused and nothing was changed
       *[backlog] { $event } goes against the rules: { $reason }; the file is refused and nothing was changed
    }
coreSyncImport-theEventIsDatedAheadOfTheClock = { $event } is dated { $dated }, but this computer's clock shows { $clock }; an event may be dated at most a day ahead, or every later event on this computer would be dated after it and win every conflict: check the clock of the computer the file came from, and this one's; the file is refused and nothing was changed
coreSyncImport-theFileCannotBeRead = the file cannot be read: { $error }
coreSyncImport-theFileChangedWhileIt = the file changed while it was being read; import it again when no other program is writing to it; nothing was changed
coreSyncImport-theFileEndsTooEarly = the file ends too early: it is truncated
coreSyncImport-theFileHasNoFormat = the file has no format version
coreSyncImport-theFileIsLargerThan = the file is larger than { $limit } MB; a sync file never is
coreSyncImport-theFileIsSignedBut = the file is signed, but its signature cannot be checked here; the file is refused and nothing was changed
coreSyncImport-theFileRefersToA = the file refers to a record (a group, member or meeting) that neither the file nor this database contains
coreSyncImport-theFileRefersToAMissingRecord = the file refers to a record that neither the file nor this database contains: { $reason }
coreSyncImport-theFileSFieldsBesides = the file's fields besides "events" are larger than { $event_limit } MB; they never are in a file from Gavel; the file is refused and nothing was changed
coreSyncImport-theSignatureDoesNotHold = the signature does not hold: { $reason }; the file is refused and nothing was changed
coreSyncImport-theSyncFileCannotBe = the sync file cannot be read: { $error }
coreSyncImport-theSyncFileCannotBe2 = the sync file cannot be read: missing field `{ $field }`
coreSyncImport-thisEventDiffersFromThe = this event differs from the copy in this database (the same device cannot have written both): the file or the database was altered
coreSyncImport-writtenByANewerGavel = written by a newer Gavel (sync format { $version }; this Gavel reads up to { $supported_version }); update Gavel to import it
coreWindowsPaths-isANameWindowsKeeps = "{ $device }" is a name Windows keeps for a device, not a file; choose another name, such as gavel.sqlite3
coreWindowsPaths-theDatabaseIsOnA = the database is on a network share, where SQLite cannot lock it safely and it can be damaged. Keep it on this computer (the default place is %APPDATA%\dk.gavel.app) and share meetings by sync files
coreWindowsPaths-thePathIsCharactersLong = the path is { $length } characters long. Windows allows 260, and Gavel needs room for its backups beside the database; choose a folder that keeps the path to at most { $limit } characters
