## The app's screens, in English: the same messages as da/ui.ftl.

app-name = Gavel
app-loading = Loading …
app-startupFailed = Gavel could not start
app-alreadyOpen = Gavel is already open

nav-label = Main menu
nav-meetings = Meetings
nav-backlog = Backlog
nav-sync = Sync

footer-version = Version { $version }
footer-database = Database: { $path }

about-open = About Gavel
about-heading = About Gavel
about-description = Gavel runs steering-group meetings offline: backlog, agenda, votes, decisions and digitally signed minutes.
about-version = Version
about-licence = Licence
about-licenceText = EUPL-1.2 (European Union Public Licence 1.2), free and open source
about-database = Data is kept in
about-databaseHint = Everything Gavel records is in this one file on the computer. Back it up.
about-close = Close

firstRun-heading = Welcome to Gavel
firstRun-intro = The database is empty. Get started by creating your group with its members, or practise first with demo data.
firstRun-groupHeading = Create your group
firstRun-groupText = Start with your own steering group: its name, organisations, members (also from a list from Excel) and rules of procedure. Then import the backlog and create the first meeting.
firstRun-createGroup = Create my group
firstRun-demoHeading = Try Gavel with demo data
firstRun-demoText = Practise on an example group with a backlog and meetings in a separate practice database. It never mixes with your own data, and you can switch back at any time.
firstRun-loadDemo = Try with demo data
firstRun-loadingDemo = Loading demo data …
firstRun-importHeading = Import your backlog

import-label = Import backlog
import-hint = Choose a Jira export (CSV with all or current fields in any language, the JSON of a search, or Jira’s XML export) or a CSV file with the columns key and title. You see what changes before anything is saved. Issues with the same key are updated.
import-reading = Reading “{ $file }” …
import-importing = Importing “{ $file }” …
import-tooLarge = The file “{ $file }” is { $megabytes } MB. Backlog files over { $limit } MB cannot be imported.
import-readFailed = The file “{ $file }” could not be read: { $reason }
import-report = “{ $file }” imported. New issues: { $added }. Changed: { $changed }. Unchanged: { $unchanged }.
import-previewHeading = How “{ $file }” will be imported
import-previewCounts = New issues: { $added }. Changed: { $changed }. Unchanged: { $unchanged }. Nothing is saved yet.
import-issuesInFile =
    { $count ->
        [one] The file has { $count } issue.
       *[other] The file has { $count } issues.
    }
import-onePage = The file has { $count } of { $total } issues (one page of a Jira search).
import-rankMoved = moved in Jira's order
import-decidedHeading = Decided otherwise at a meeting
import-decidedConflict = { $key } – { $title }: Jira: { $jira }; decided { $date } ({ $meeting }): { $decided }
import-decidedHint = The backlog gets Jira's status; the decision stays as it is in the meeting's minutes. Correct the issue in Jira if the decision is to hold there.
import-emptyValue = (empty)
import-addedHeading = New issues
import-changedHeading = Changed issues (changed fields)
import-goneHeading = In Gavel but not in the file (kept, with their history)
import-goneOnePage = The file is only one page of the search, so these issues may be on another page.
import-goneKept =
    { $count ->
        [one] { $count } issue in Gavel was not in the file and has been kept.
       *[other] { $count } issues in Gavel were not in the file and have been kept.
    }
import-repairedHeading = Lines with bytes that were not UTF-8 (read as)
import-repairedLine = line { $line }: { $characters }
import-columnsHeading = Columns in the file
import-columnsHint = If Gavel read a column wrongly or did not recognise it, choose here what it holds. The preview is updated; nothing is saved until you press “Import”.
import-col-header = Column
import-col-field = Read as
import-col-how = Recognised
import-col-count = { $header } (×{ $count })
import-how-name = by its name
import-how-values = by its values
import-how-position = by its place
import-how-choice = your choice
import-how-not_read = not read
import-notRead = — not read —
import-chooseFor = What does the column “{ $header }” hold?
import-field-parent = parent
import-field-votes = votes
import-field-watchers = watchers
import-field-description = description

columnField-key = issue key
columnField-summary = title (summary)
columnField-status = status
columnField-priority = priority
columnField-issue_type = issue type
columnField-parent = parent (epic)
columnField-epic_link = parent (epic link)
columnField-rank = rank
columnField-sprint = sprint
columnField-story_points = story points
columnField-story_point_estimate = story points (estimate)
columnField-votes = Jira votes
columnField-watchers = watchers
columnField-labels = labels
columnField-issue_id = issue id
columnField-comment = comments
columnField-components = components
columnField-fix_versions = fix versions
columnField-description = description
columnField-created = created
columnField-updated = updated

import-andMore = … and { $count } more
import-confirm = Import
import-cancel = Cancel
import-field-title = title
import-field-status = status
import-field-priority = priority
import-field-rank = rank
import-field-storyPoints = story points
import-field-labels = labels

backlog-heading = Backlog
backlog-count =
    { $count ->
        [one] { $count } item in the backlog
       *[other] { $count } items in the backlog
    }
backlog-empty = The backlog is empty. Import a Jira export or a CSV file with your issues.
backlog-caption = The backlog in priority order
backlog-col-key = Key
backlog-col-title = Title
backlog-col-status = Status
backlog-col-priority = Priority
backlog-col-storyPoints = Story points
backlog-col-votes = Votes
backlog-under = (under { $parent })
backlog-col-labels = Labels

meetings-heading = Meetings
meetings-new = Create meeting
meetings-empty = There are no meetings yet. Create the first with the “Create meeting” button.
meetings-caption = All meetings
meetings-col-title = Title
meetings-col-group = Group
meetings-col-startsAt = Date and time
meetings-col-location = Location
meetings-col-agendaCount = Agenda items

meeting-back = Back to meetings
meeting-backToRegister = Back to decisions
meeting-loading = Loading the meeting …
meeting-group = Group
meeting-startsAt = Date and time
meeting-location = Location
meeting-noLocation = No location given
meeting-status = Status
meeting-status-draft = Draft
meeting-status-open = In progress
meeting-status-closed = Closed
meeting-status-signed = Signed
meeting-status-cancelled = Cancelled

proposal-caseDescription = Case description
proposal-caseDescriptionHint = What the item is about. Plain text: blank lines separate paragraphs, lines starting with "- " or "1. " become a list, and **bold** is set in bold.
proposal-proposedDecision = Proposed decision
proposal-proposedDecisionHint = What the group is asked to decide, e.g. "It is proposed that …". Paragraphs, lists and **bold** as in the case description.
proposal-save = Save case description and proposed decision
proposal-responsible = Responsible for the item
proposal-links = Links
proposal-linksHint = One web address a line, e.g. the Jira issue or a document. Optional.
proposal-saved = Saved.

publication-heading = Publication
publication-isPublic = The meeting is public: it goes on the group's website when it is published under Groups.
publication-isNotPublic = The meeting is not public: it does not go on the group's website.
publication-makePublic = Make the meeting public
publication-makeNotPublic = Make the meeting not public

website-heading = Website
website-explanation = The group's public meetings as a website without scripts: the decision register, a page per meeting and the signed minutes. It is saved in the export folder; copy the folder to a web server or an intranet.
website-publish = Publish the group's website
website-published = The website is published in { $path } with { $count } public meetings. Open index.html.
website-publishedOne = The website is published in { $path } with 1 public meeting. Open index.html.
website-publishedNone = The website is published in { $path }, but no meeting is public yet: make a closed meeting public on the meeting's page.

proposal-issueDescription = Description of { $key } from the backlog
proposal-issueDescriptionHint = The agenda prints it under the case description, unless you have put it into the case description.
proposal-useIssueDescription = Insert into the case description

decision-proposal = Proposed decision: { $proposal }
decision-useProposal = Use the proposed decision as text

preparation-heading = Before the meeting
preparation-invitationHint = The invitation is a calendar file (.ics) for Outlook and other calendars: time, place, agenda and the members with an e-mail address. Saved again after a change, it updates the invitation.
preparation-cancellationHint = The cancellation is a calendar file (.ics) that removes the meeting from the members' calendars.
preparation-saveInvitation = Save invitation (.ics)
preparation-saveCancellation = Save cancellation (.ics)
preparation-agendaHint = The agenda (PDF) is for sending to the members: the items with page numbers, each item's case description and proposed decision, the backlog items with their Jira votes, the rules of procedure and the member list.
preparation-saveAgenda = Save agenda (PDF)
preparation-agendaSaved =
    { $count ->
        [one] The agenda is saved in { $path } ({ $count } page).
       *[other] The agenda is saved in { $path } ({ $count } pages).
    }
preparation-agendaSigning = When the certificate is unlocked for the meeting under “Signing certificate”, the agenda is signed with it in its “Sent by” box; otherwise it is saved unsigned.
preparation-agendaSignedBy = It is signed by { $name }.
preparation-agendaUnsigned = It is not signed.
preparation-saved = Saved in { $path }
preparation-invited =
    { $count ->
        [one] It invites { $count } member.
       *[other] It invites { $count } members.
    }
preparation-withoutEmail = No e-mail address, so not invited: { $names }. Add the address under Groups.
preparation-edit = Change title, time and place
preparation-save = Save the changes
preparation-keep = Cancel
preparation-fieldsRequired = Enter the meeting's title, the date as 10/12/2026 and the time as 13:00.
preparation-cancel = Cancel the meeting …
preparation-cancelHeading = Cancel the meeting?
preparation-cancelExplanation = The meeting stays in the list as cancelled, and nothing more can be recorded in it. This cannot be undone. Afterwards you can save a cancellation for the members' calendars.
preparation-cancelReason = Reason
preparation-cancelConfirm = Cancel the meeting
preparation-keepMeeting = Keep the meeting
preparation-cancelledAt = The meeting was cancelled { $at }.
preparation-cancelledReason = Reason: { $reason }

meeting-agenda = Agenda
meeting-agendaEmpty = The agenda is empty.
meeting-fingerprint = Log fingerprint
meeting-openedAt = Started
meeting-closedAt = Closed

file-choose = Choose file …
file-none = No file chosen

live-start = Start the meeting
live-close = Close the meeting
live-undo = Undo last action
live-opened = The meeting has started.
live-closed = The meeting is closed.
live-undone = The last action was undone.
live-sections = Sections of the meeting

meeting-notYet = Not yet

live-currentItem = Now:
live-undoWhat = Undo: { $what }
live-undoNothing = Nothing to undo
live-undoneWhat = Undone: { $what }
live-quorumPending = The quorum is measured when the meeting starts.

closeMeeting-heading = Close the meeting?
closeMeeting-intro = This is not finished. It goes into the minutes as it stands:
closeMeeting-allDone = Every item has been dealt with, every member's attendance is registered, and every action item has an owner and a deadline.
closeMeeting-afterwards = Once the meeting is closed, nothing more can be recorded. The minutes can then be saved and signed.
closeMeeting-openPolls = Close these polls before closing the meeting:
closeMeeting-agendaItems =
    { $count ->
        [one] { $count } item with no decision or notes
       *[other] { $count } items with no decision or notes
    }
closeMeeting-members =
    { $count ->
        [one] { $count } member with no registered attendance
       *[other] { $count } members with no registered attendance
    }
closeMeeting-actionItems =
    { $count ->
        [one] { $count } action item with no owner or deadline
       *[other] { $count } action items with no owner or deadline
    }
closeMeeting-noOwner = no owner
closeMeeting-noDeadline = no deadline
closeMeeting-confirm = Close the meeting
closeMeeting-cancel = Back to the meeting

closePoll-heading = Close the poll with no votes?
closePoll-intro = No votes have been recorded in the poll “{ $question }”. If it closes now, the minutes show it with no votes.
closePoll-confirm = Close with no votes
closePoll-cancel = Back to the poll

shortcut-heading = Keyboard shortcuts
shortcut-open = Keyboard shortcuts (?)
shortcut-intro = The shortcuts work anywhere on the meeting screen, except while the cursor is in a text field (Esc leaves the field).
shortcut-close = Close the overview
shortcut-col-keys = Keys
shortcut-col-action = Action
shortcut-help-keys = ?
shortcut-help = Show or hide this overview (Esc closes it)
shortcut-nextItem-keys = Alt+↓
shortcut-nextItem = The next agenda item becomes current
shortcut-previousItem-keys = Alt+↑
shortcut-previousItem = The previous agenda item becomes current
shortcut-newPoll-key = O
shortcut-newPoll = Open a new poll: the cursor goes to the question, Enter opens the poll, Esc cancels
shortcut-selectVoter-keys = ↑ / ↓
shortcut-selectVoter = In the ballot table: previous / next member (← / → move between the answers)
shortcut-ballotLetters-keys = Y / N / A
shortcut-ballotLetters = In the ballot table: For / Against / Abstain for the member, then on to the next member
shortcut-closePoll-key = C
shortcut-closePoll = Close the open poll (the newest, if there are several)
shortcut-newDecision-key = D
shortcut-newDecision = Record a decision: the cursor goes to the decision's text, Ctrl+Enter records it
shortcut-newActionItem-key = T
shortcut-newActionItem = New action item (task): the cursor goes to its text, Enter adds it
shortcut-undo-keys = Ctrl+Z
shortcut-undo = Undo the last action
shortcut-ballot-keys = 1, 2, 3 …
shortcut-ballot = In the ballot table: record answer 1, 2, 3 … (For, Against, Abstain, or the options in order) and go to the next member
shortcut-blank-keys = 0
shortcut-blank = Record a blank vote
shortcut-projector-keys = P
shortcut-projector = Show the meeting on the projector (opens or brings forward the projector window)
shortcut-currentItem = Current item: { $item }
shortcut-noNextItem = There are no more items on the agenda.
shortcut-noPreviousItem = There is no item before the current one.
shortcut-noOpenPoll = There is no open poll to close.
shortcut-needsOpenMeeting = Start the meeting first.

projector-open = Show on projector
projector-loading = Loading the meeting …
projector-failed = The meeting cannot be shown
projector-agendaItem = Item { $position }: { $title }
projector-noAgendaItem = No agenda item is under way
projector-poll-open = Vote in progress
projector-poll-closed = Result of the vote
projector-poll-voted = { $cast } of { $eligible } have voted
projector-poll-counting = The votes are being counted
projector-poll-resultAfterClose = The result is shown when the vote is closed.

role-chair = Chair
role-vice_chair = Vice chair
role-secretary = Secretary
role-member = Member
role-observer = Observer
role-advisor = Advisor

attendance-heading = Attendance
attendance-caption = The members' attendance and proxies
attendance-summary = { $present } of { $total } present
attendance-proxyCount =
    { $count ->
        [one] { $count } proxy
       *[other] { $count } proxies
    }
attendance-col-member = Member
attendance-col-votingRight = Voting right
attendance-col-attendance = Attendance
attendance-col-proxy = Proxy
attendance-noOrganisation = No organisation
attendance-votes = Yes
attendance-votesWeighted = Yes, weight { $weight }
attendance-noVote = No
attendance-legend = Attendance of { $name }
attendance-unknown = Not recorded
attendance-present = Present
attendance-absent = Absent
attendance-excused = Excused
attendance-left = Left
attendance-arrivedAt = Arrived { $time }
attendance-leftAt = Left { $time }
attendance-proxyLabel = Proxy to
attendance-noProxy = No proxy
attendance-proxyTo = Proxy to { $name }
attendance-holdsProxyFrom = Holds the proxy of { $names }
attendance-holderWithProxies = { $name } (holds { $count } proxy)
attendance-proxiesNotAllowed = The rules of procedure allow no proxies

agenda-current = Current item
agenda-next = Next item
agenda-first = Start with the first item
agenda-timeBox = { $minutes } min
agenda-timeBoxLabel = Time box (minutes)
agenda-timeBoxInvalid = Enter a whole number of minutes from 1 to 1440, or leave the field empty.
agenda-notes = Notes on this item
agenda-notesHint = Saved when you leave the field.
agenda-notesSaved = The notes are saved.

poll-heading = Polls
poll-new = New poll
poll-new-heading = New poll
poll-none = There have been no polls yet. Ask a question under “New poll” and open the poll.
poll-needsOpenMeeting = Polls can be opened once the meeting has started.
poll-question = Question
poll-questionRequired = Enter the question to vote on.
poll-agendaItem = Agenda item
poll-noAgendaItem = No item
poll-kind = Kind
poll-kind-yes_no = Yes/no/abstain
poll-kind-yes_no-hint = For, against, abstain or blank.
poll-kind-choice = Choice between options
poll-kind-choice-hint = Each member chooses one option.
poll-kind-points = Prioritisation by points
poll-kind-points-hint = Each member distributes a number of points across backlog items.
poll-kind-ranking = Prioritisation by ranking
poll-kind-ranking-hint = Each member puts backlog items in order (Borda count).
poll-options = Options
poll-optionLabel = Option { $number }
poll-optionsRequired = Enter at least two options, none of them empty.
poll-addOption = Add option
poll-removeOptionLabel = Remove option { $number }
poll-pointsPerVoter = Points per member
poll-pointsPerVoterInvalid = Enter a whole number of points, at least 1.
poll-pointsEach = { $points } points per member
poll-items = Backlog items
poll-itemsHint = Choose at least two items. They are listed in backlog order.
poll-itemsRequired = Choose at least two items.
poll-itemsChosen = Chosen: { $count }
poll-secrecy = Voting method
poll-named = Named
poll-named-hint = Who voted how is recorded.
poll-secret = Secret
poll-secret-hint = Only the counted totals are recorded, never who voted how.
poll-majority = Majority required
poll-majority-default = The rules of procedure: { $rule }
poll-majority-rulesDefault = as in the rules of procedure
poll-majority-simple = Simple majority of the votes cast
poll-majority-absolute = Absolute majority of all voting members
poll-majority-twoThirdsPresent = 2/3 of those present
poll-majority-twoThirdsCast = 2/3 of the votes cast
poll-majority-unanimity = Unanimity
poll-majority-unanimityOfAll = Unanimity of all voting members
poll-majority-plurality = Plurality (most votes)
poll-overrideQuorum = Open despite the lack of quorum (recorded in the minutes)
poll-open = Open poll
poll-numbered = Poll { $number }: { $question }
poll-state-open = Open
poll-state-closed = Closed
poll-quorumOverridden = Opened despite the lack of quorum
poll-handCount = Count by show of hands (enter totals instead of each member's vote)
poll-notEligible = Cannot vote (not present and no proxy): { $names }
poll-strayBallots = Cast by members who can no longer vote, and counted in the result: { $ballots }
poll-close = Close poll
poll-closedHeading = Closed polls
poll-closedAnnouncement = { $poll } is closed. { $result }
poll-result-live = Provisional result
poll-result-final = Result
poll-result-none = No votes yet.
poll-whoVoted = Who voted how ({ $count } votes)
poll-countedByHand = Counted by show of hands.
poll-countedSecret = Secret poll: only the counted totals are recorded.

ballot-yes = For
ballot-no = Against
ballot-abstain = Abstain
ballot-blank = Blank
ballot-caption = Votes: { $voted } of { $total } recorded
ballot-col-voter = Voting member
ballot-col-ballot = Vote
ballot-col-save = Save
ballot-groupLabel = Vote of { $name }
ballot-byProxy = by proxy: { $name }
ballot-replaced = vote changed

poll-reopened = Reopened at { $time } by { $by }. The result had been: { $summary }

ballot-replacedAt = vote changed at { $time }
ballot-weight = weight { $weight }
ballot-pointsHint = Each member has { $points } points to distribute. Empty fields count as 0.
ballot-rankHint = Give each item a place from 1 (most important) to { $count }; each place is used once.
ballot-pointsFor = Points from { $name } to { $item }
ballot-rankFor = { $name }'s place for { $item }
ballot-pointsUsed = { $used } of { $points } points used
ballot-pointsNotWhole = Points must be whole numbers, 0 or more.
ballot-pointsTooMany = More than { $points } points are distributed.
ballot-rankMissing = Give each item a place.
ballot-rankOutOfRange = Places must be whole numbers from 1 to { $count }.
ballot-rankTwice = Each place from 1 to { $count } may be used only once.
ballot-save = Save
ballot-saved = Saved

totals-heading = Counted votes
totals-headingSecret = Counted votes (secret poll)
totals-invalid = The numbers must be whole numbers, 0 or more.
totals-save = Save the count

decision-heading = Decisions
decision-conflict-heading = Unresolved conflict on “{ $item }”
decision-conflict-explained = The decisions below were recorded on two laptops that had not seen each other's. Both stand until the chair keeps the one that applies; until then the minutes cannot be signed.
decision-conflict-recordedBy = Recorded by { $author } (laptop { $device })
decision-conflict-keep = Keep decision { $number }
decision-none = No decisions have been made yet. Write the first under “Record a decision”.
decision-needsOpenMeeting = Decisions can be recorded once the meeting has started.
decision-new = Record a decision
decision-numbered = Decision { $number }
decision-outcome = Outcome
decision-outcome-approved = Approved
decision-outcome-rejected = Rejected
decision-outcome-postponed = Postponed
decision-outcome-noted = Noted
decision-text = Decision
decision-textRequired = Enter the text of the decision.
decision-linkAgendaItem = Link to the current item: { $item }
decision-agendaItem = Item
decision-poll = Poll
decision-pollLabel = Poll
decision-noPoll = No poll
decision-statusChanges = New status in the backlog
decision-statusChangesHint = Optional. Leave a field empty to keep the item's status.
decision-statusChange = { $key }: { $status }
decision-order = New priority order
decision-orderHint = Optional. These items come first in the backlog, in this order.
decision-useRanking = Use the poll's order
decision-order-show = New priority order for the backlog …
decision-order-add = Add an item to the priority order
decision-order-choose = Choose an item
decision-order-addButton = Add
decision-order-removeLabel = Remove { $item } from the priority order
decision-order-added = { $key } is number { $position } in the priority order.
decision-order-moved = { $key } is now number { $position } in the priority order.
decision-order-removed = { $key } was removed from the priority order.
decision-order-fromPoll = The priority order is filled with the poll's { $count } items.
decision-submit = Record decision
decision-recorded = Decision { $number } is recorded.

action-heading = Action items
action-none = There are no action items yet. Add the first under “New action item”.
action-new = New action item
action-text = What is to be done
action-textRequired = Enter what is to be done.
action-owner = Owner
action-noOwner = No owner
action-otherOwner = Someone else (enter a name)
action-ownerName = The owner's name
action-due = Due date
action-dueHint = Optional. E.g. 2027-01-15 or 15.01.2027.
action-dueInvalid = Enter the due date as a date, e.g. 2027-01-15.
action-linkAgendaItem = Link to the current item: { $item }
action-submit = Add action item
action-added = Action item { $number } is added.
action-col-number = No.
action-col-text = Action item
action-col-owner = Owner
action-col-due = Due

form-heading = Create meeting
form-group = Group
form-noGroups = There are no groups. A meeting must belong to a group.
form-createGroup = Create a group
form-title = Title
form-titleRequired = Enter the meeting's title.
form-startsAt = Date and time
form-startsAtRequired = Type the meeting's date as 10/12/2026 and its time as 13:00.
form-startsAtHint = Date as 10/12/2026 (day first) and time as 13:00 (24-hour clock).
form-date = Date
form-time = Time
form-location = Location
form-optional = Optional
form-agenda = Agenda
form-fromBacklog = Issues from the backlog
form-backlogFilter = Filter the backlog
form-backlogFilterHint = Search by key or title.
form-backlogNoMatch = No issues match the filter.
form-backlogEmpty = The backlog is empty.
form-freeText = Free item
form-freeTextHint = An item that is not a backlog issue, e.g. “Any other business”.
form-freeTextRequired = Enter the item's title first.
form-addFree = Add item
form-chosenAgenda = Chosen agenda
form-agendaEmpty = The agenda is empty. Choose issues from the backlog, or add free items.
form-moveUp = Up
form-moveDown = Down
form-remove = Remove
form-moveUpLabel = Move “{ $item }” up
form-moveDownLabel = Move “{ $item }” down
form-removeLabel = Remove “{ $item }” from the agenda
form-added = “{ $item }” added to the agenda as number { $position }.
form-removed = “{ $item }” removed from the agenda.
form-moved = “{ $item }” is now number { $position } on the agenda.
form-submit = Create meeting
form-submitting = Creating the meeting …
form-cancel = Cancel

sync-heading = Sync
sync-intro = Share the decisions with the secretary and the other members: export a file and send it as an e-mail attachment or on a USB stick. The recipient imports the file here, and then both laptops have the same decisions.
sync-export-heading = Export decisions
sync-export-legend = What the file holds
sync-export-hint = Choose meetings, groups or both. A meeting comes with its agenda, attendance, polls, decisions and action items, its group’s members and rules of procedure, and the backlog.
sync-export-none = There is nothing to export yet. Create a group under “Groups” first.
sync-export-chooseRequired = Choose at least one meeting or group.
sync-export-meetingsHeading = Meetings
sync-export-groupsHeading = Groups
sync-export-groupsHint = A group comes with its members, organisations and rules of procedure and the backlog, even before its first meeting: this is how the secretary gets the group the chair set up.
sync-export-noMeetingsYet = no meetings yet
sync-export-members =
    { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
sync-export-meetingLabel = { $title }, { $date }
sync-export-submit = Export decisions
sync-export-exporting = Exporting …
sync-export-savedHeading = The file is saved
sync-export-savedIn = Saved as:
sync-export-contents = The file holds { $groups }, { $meetings } and { $events }, { $size } in all.
sync-export-groups =
    { $count ->
        [one] { $count } group
       *[other] { $count } groups
    }
sync-export-meetings =
    { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    }
sync-export-events =
    { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
sync-export-attach = Attach the file to an e-mail to the secretary and the members, or copy it to a USB stick. They import it under “Sync” in Gavel.
sync-export-signLegend = Signature
sync-export-sign = Sign the file with my certificate
sync-export-signHint = With the same .p12 file as the minutes. The recipient sees who the file is from, and Gavel refuses the file if anyone changed it on the way.
sync-export-p12 = Certificate (.p12 or .pfx)
sync-export-p12Required = Choose your .p12 file, or untick the box to export without a signature.
sync-export-password = Certificate password
sync-export-passwordHint = The password is not stored.
sync-export-passwordRequired = Enter the certificate's password.
sync-export-signedBy = Signed by { $name }. Certificate SHA-256 fingerprint: { $fingerprint }
sync-report-signedBy = Signed by { $name }. Certificate SHA-256 fingerprint: { $fingerprint }. Compare it with the fingerprint the sender gave you.
sync-devices-heading = Computers in the file
sync-devices-thisLaptop = This computer.
sync-devices-known = Trusted before (by { $by }).
sync-devices-acceptedNow = New computer, which you trust with this import.
sync-devices-vouchedFor = New computer. The certificate { $certificate }, which you trust, signed the file and vouches for it.
sync-devices-notAccepted = New computer: its { $count } new events are not imported until you trust it.
sync-devices-unsigned = The computer did not sign its events in the file: { $count } new events are not imported. Only a file signed with a certificate you trust can bring them.
sync-devices-fingerprint = Fingerprint:
sync-devices-noFingerprint = No fingerprint
sync-devices-unnamed = Unnamed
sync-devices-trust = I have compared the fingerprint with the computer's owner, and I trust this computer
sync-devices-howToCheck = The owner sees their computer's fingerprint under "Sync" on their own computer. Compare it on the phone or face to face, not in the e-mail the file came with.
sync-thisDevice-heading = This computer
sync-thisDevice-text = This computer's fingerprint is { $fingerprint }. Give it to the chair before your first file reaches her, so that she can compare it.
sync-report-trustCertificate = I trust the certificate of { $name } that signed the file, and let it vouch for the new computers in this and later files it signs
sync-report-notSigned = The file is not signed.
sync-import-heading = Import a sync file
sync-import-label = Sync file (.gavel)
sync-import-hint = Choose a .gavel file from another laptop. You see what will be added, and whether the same thing was changed on both, before anything is saved.
sync-import-reading = Reading “{ $file }” …
sync-import-importing = Importing “{ $file }” …
sync-import-tooLarge = The file “{ $file }” is { $megabytes } MB. A sync file is never larger than { $limit } MB.
sync-import-confirm = Import
sync-import-cancel = Cancel
sync-import-close = Close
sync-report-previewHeading = How “{ $file }” will be imported
sync-report-doneHeading = “{ $file }” is imported
sync-report-from = From { $author } (laptop { $device }).
sync-report-previewCounts = Events in the file: { $total }. New ones to add: { $added }. Already here: { $present }. Nothing is saved yet.
sync-report-doneCounts = Events added: { $added }. Already here: { $present }.
sync-report-nothingUntilTrusted = Nothing is imported until you trust a computer above: the file has news only from computers you have not trusted yet.
sync-report-notTaken = { $count } events from computers you have not trusted were left out.
sync-report-nothingNew = Everything in the file is already here. There is nothing to import.
sync-report-meetingsAdded = New meetings
sync-report-groupsAdded = New groups
sync-report-meetingsChanged = Meetings that get new information
sync-report-meetingsChangedDone = Meetings with new information
sync-report-conflicts =
    { $count ->
        [one] { $count } conflict: the same thing was changed on both laptops
       *[other] { $count } conflicts: the same thing was changed on both laptops
    }
sync-report-conflictsExplained = The later change applies, on both laptops. The other one is not lost: it stays in the meeting's log.
sync-conflict-caption = Conflict: { $field }
sync-report-decisionConflicts =
    { $count ->
        [one] { $count } unresolved conflict between decisions
       *[other] { $count } unresolved conflicts between decisions
    }
sync-report-decisionConflictsExplained = Two laptops each recorded a decision on the same item without knowing of the other's. Both stand until the chair keeps the one that applies, on the meeting's page; until then the minutes cannot be signed.
sync-decisionConflict-caption = Decisions on “{ $item }” in “{ $meeting }”
sync-decisionConflict-col-decision = Decision
sync-decisionConflict-col-text = Text
sync-conflict-col-side = Change
sync-conflict-col-value = Value
sync-conflict-col-author = Written by
sync-conflict-kept = Applies
sync-conflict-overridden = Set aside
sync-conflict-author = { $author } (laptop { $device })
sync-conflict-emptyValue = (empty)
sync-report-refusedHeading = Refused because the minutes are signed
sync-report-refusedExplained = Signed minutes can only be changed by an amendment. These changes from the file are not taken:

firstRun-syncHeading = Receive meetings from another laptop
firstRun-syncText = If you received a .gavel file from the chair or the secretary, import it here. You get the group, the backlog and the meetings in the file.

minutes-heading = Minutes
minutes-intro = The meeting is closed. Review the minutes, save them as PDF, or approve and sign them with your certificate.
minutes-sections = Parts of the minutes
minutes-language = Language of the minutes
minutes-language-da = Danish
minutes-language-en = English
minutes-previewHeading = Review the minutes
minutes-previewHint = The minutes as the PDF has them: the same sections and the same text, in the chosen language.
minutes-previewLabel = The minutes as the PDF has them
minutes-loadingPreview = Loading the minutes …
minutes-saveHeading = Save the minutes
minutes-saveHint = Saves the minutes unsigned, e.g. to send them round before they are approved.
minutes-export = Save minutes as PDF
minutes-exporting = Saving the minutes …
minutes-savedHeading = The minutes are saved
minutes-savedIn = The file is saved here:
minutes-pages =
    { $count ->
        [one] { $count } page
       *[other] { $count } pages
    }
minutes-savedDetails = { $pages }, { $size }.
minutes-signHeading = Approve and sign
minutes-signIntro = Sign the minutes digitally with your certificate: a .p12 or .pfx file, as organisation certificates are delivered. Once the minutes are signed the meeting is frozen; only an amendment, which starts a new version of the minutes, changes it.
minutes-p12 = Certificate file (.p12 or .pfx)
minutes-p12Hint = The file is only used for this signature and is not stored in Gavel.
minutes-p12Required = Choose your certificate file.
minutes-p12TooLarge = The file “{ $file }” is { $megabytes } MB. A certificate file is at most { $limit } MB; is it the right file?
minutes-p12Chosen = Chosen: { $file }
minutes-password = Certificate password
minutes-passwordHint = The password is only used for this signature. It is not stored and not written to any log.
minutes-passwordRequired = Type the certificate's password.
minutes-role = You sign as
minutes-sign = Approve and sign
minutes-signing = Signing the minutes …
minutes-signedHeading = The minutes are approved and signed
minutes-signedIn = The signed minutes are saved here:
minutes-frozen = The meeting is now frozen: it can no longer be changed.
minutes-signWarning = Warning: { $warning }
minutes-signaturesHeading = Recorded signatures
minutes-signaturesNone = The minutes are not signed yet.
minutes-signaturesCaption = Signatures of the meeting's minutes
minutes-isFrozen = The minutes are signed and the meeting is frozen.
minutes-col-version = Version
minutes-col-signer = Signer
minutes-col-role = Role
minutes-col-signedAt = Time
minutes-col-document = File's SHA-256
minutes-verifyHeading = Check signatures
minutes-verifyFile = Signed minutes (PDF)
minutes-verifyHint = Choose a PDF file to see who signed it and whether it has changed since.
minutes-pdfTooLarge = The file “{ $file }” is { $megabytes } MB. Gavel checks PDF files of up to { $limit } MB.
minutes-verifying = Checking “{ $file }” …
minutes-verifyAllValid = Every signature in “{ $file }” is valid.
minutes-verifyNotValid = The signatures in “{ $file }” cannot be accepted.
minutes-verifyUnsigned = “{ $file }” is not signed.
minutes-verifyCaption = Signatures in “{ $file }”
minutes-signatureNumbered = Signature { $number }
minutes-valid = Valid
minutes-invalid = Invalid
minutes-changedAfterSigning = Changed after signing
minutes-signerNotShown = Signer not shown: the signature did not pass every check
minutes-coversWholeFile = Covers the whole file.
minutes-coversRevision = Covers the file up to byte { $signed } of { $total } (the revision it signed).
minutes-addedAfter = Added after it: { $change }
minutes-changedAfter = Changed after it: { $change }
minutes-field-countersignature = Countersignature
minutes-field-sender = Sent by
minutes-fieldName = field { $field }
minutes-certificate-valid = The certificate is valid until { $date }.
minutes-certificate-expired_since = The certificate was valid when signing, but expired on { $date }.
minutes-certificate-not_valid_at_signing = The certificate was not valid when the signature was made (valid { $from } – { $to }).
minutes-certificate-unknown = The certificate's validity cannot be read.
minutes-chain = Certificate chain: { $chain }
minutes-problem = Error: { $problem }
minutes-warning = Warning: { $warning }
minutes-trailingBytes = The file has { $count } bytes after the last signature that no signature covers: it was changed after signing.
minutes-fingerprint-not_printed = The file names no log fingerprint from Gavel.
minutes-fingerprint-not_in_database = The meeting is not in this database, so the log fingerprint was not compared.
minutes-fingerprint-matches = The log fingerprint matches the meeting in the database.
minutes-fingerprint-differs = The log fingerprint in the file differs from the meeting's in the database: the minutes do not show the meeting as recorded now.
minutes-fingerprint-agenda = The file is the agenda of the meeting “{ $meeting }”, not its minutes. An agenda shows the meeting as planned when it was made, and is not compared with the meeting's log.
minutes-fingerprint-agendaElsewhere = The file is the agenda of a meeting that is not in this database ({ $meeting }), not minutes. It is compared with no log.

approval-heading = Approval of minutes
approval-meeting = Minutes to approve
approval-hint = The item goes first on the agenda. Only signed minutes of the group's earlier meetings can be chosen.
approval-add = Put the approval on the agenda
approval-notSigned = The minutes of "{ $meeting }" are not signed yet. They can be put on the agenda for approval once they are signed.
approval-liveHeading = Approve the minutes
approval-liveHint = Does the meeting approve the minutes as they are, or with corrections? Corrections are written into the earlier minutes, which must then be signed again.
approval-approve = Approve the minutes
approval-approveWithCorrections = Approve with corrections …
approval-corrections = Corrections
approval-correctionsHint = Write what is to be corrected in the minutes.
approval-correctionsRequired = Write the corrections, or go back and approve the minutes without corrections.
approval-recordWithCorrections = Approve with these corrections
approval-back = Back

error-kind-bad_input = Invalid input
error-kind-rejected = The action was rejected
error-kind-not_found = Not found
error-kind-database_too_new = The database is from a newer version of Gavel
error-kind-not_a_database = The file is not a Gavel database
error-kind-storage = Storage error
error-kind-database_in_use = The database is open in another Gavel window
error-kind-unexpected = Unexpected error

nav-settings = Settings

settings-heading = Settings
settings-intro = These settings belong to this computer. They are kept in a small file of their own, not in the database, and never travel in a sync file.
settings-problem = The settings could not be read
settings-overridden = Set in the environment, and deciding instead of the settings when Gavel starts: { $variables }.
settings-languageLegend = Language
settings-languageHint = Switches at once.
settings-languageDa = Dansk
settings-languageEn = English
settings-languageSaving = Switching language …
settings-chairHeading = You
settings-chairIntro = Your name is recorded as the author of everything you do in Gavel, and offered for your certificate.
settings-chairName = Your full name
settings-chairNameHint = As it should stand in the minutes, e.g. “Mette Kjærgaard Holm”.
settings-role = Your role in the steering group
settings-roleHint = The role you sign minutes in.
settings-organisation = Organisation (optional)
settings-organisationHint = E.g. “Aarhus Kommune”. Goes on a certificate you create.
settings-save = Save
settings-saving = Saving …
settings-saved = Saved.
settings-certificateHeading = Signing certificate
settings-certificateIntro = Minutes are signed digitally with a certificate in a .p12 file. If your organisation gave you one, choose it. Otherwise create your own here.
settings-certificateNone = No certificate has been chosen yet. Create a new one below, or choose the one your organisation gave you.
settings-certificateCurrent = Minutes are signed with
settings-certificateSubject = Issued to
settings-certificateOrganisation = Organisation
settings-certificateValidity = Valid
settings-certificateValidRange = { $from } – { $until }
settings-certificateExpired = The certificate has expired. Create or choose a new one.
settings-certificateFile = File
settings-createHeading = Create a new certificate
settings-createIntro = Gavel makes a key and a self-signed certificate, valid for two years, and saves it in Gavel's data folder. The password is not stored: remember it, you need it every time you sign.
settings-createName = Name on the certificate
settings-createOrganisation = Organisation (optional)
settings-password = Password
settings-passwordHint = At least 8 characters.
settings-passwordAgain = Password again
settings-nameRequired = Write the name the certificate is to be issued to.
settings-passwordTooShort = The password must be at least 8 characters.
settings-passwordsDiffer = The two passwords are not the same.
settings-create = Create certificate
settings-creating = Creating the certificate …
settings-created = The certificate was created and is used for signing from now on.
settings-chooseHeading = Choose a certificate you have
settings-chooseIntro = Choose the .p12 or .pfx file and type its password. Gavel checks that the file opens and keeps a copy in its data folder. The password is not stored.
settings-chooseFile = Certificate file (.p12 or .pfx)
settings-chooseFileRequired = Choose the certificate file.
settings-choosePasswordRequired = Type the certificate's password.
settings-choose = Use this certificate
settings-choosing = Opening the certificate …
settings-chosen = The certificate opens and is used for signing from now on.
settings-dataHeading = Where the data is
settings-dataIntro = Everything Gavel records is in the database file. Copy it to move to another computer.
settings-databasePath = Database
settings-backupsFolder = Backups
settings-settingsFile = Settings
settings-certificatesFolder = Certificates
settings-unknown = (unknown)

firstRun-stepsHeading = From first start to signed minutes
firstRun-step1 = Choose your language and write your name below.
firstRun-step2 = Create your group with its members and rules of procedure, and import the backlog from Jira. Or try the demo data first, or receive meetings from another computer.
firstRun-step3 = Create a meeting under “Meetings” and set its agenda from the backlog.
firstRun-step4 = Run the meeting: attendance, polls, decisions and action items. Close the meeting.
firstRun-step5 = Review the minutes and sign them with your certificate. Create the certificate under “Settings” or when you sign.
firstRun-aboutYouHeading = Language and name
firstRun-dataHeading = Get data

minutes-certificateFromSettings = You sign with the certificate from the settings:
minutes-useOtherFile = Use another certificate file
minutes-useSettingsCertificate = Use the certificate from the settings
minutes-noCertificate = You have not chosen a certificate in the settings. Choose a certificate file below, or create your own certificate.
minutes-createCertificate = Create a certificate

unlock-heading = Signing certificate
unlock-intro = Type the password once, and you can sign sync files and this meeting's minutes without typing it again. Gavel forgets the key when the minutes are signed, when you click “Lock”, and when you close Gavel.
unlock-password = Certificate password
unlock-passwordRequired = Type the password of the certificate.
unlock-submit = Unlock the certificate for this meeting
unlock-unlocking = Unlocking the certificate …
unlock-unlocked = The certificate is unlocked for this meeting.
unlock-unlockedFor = The certificate is unlocked for the meeting “{ $title }”.
unlock-noPasswordNeeded = You need not type the password again.
unlock-lock = Lock

backups-heading = Backups
backups-intro = Gavel keeps a copy of the database before upgrading it to a new version and every time a meeting is closed. The newest { $kept } copies are kept in the “backups” folder beside the database.
backups-loading = Loading the backups …
backups-empty = There are no backups yet. The first is made when you close a meeting.
backups-caption = Backups, newest first
backups-when = When
backups-why = Why
backups-contents = Contents
backups-size = Size
backups-meetings =
    { $count ->
        [one] { $count } meeting
       *[other] { $count } meetings
    }
backups-events =
    { $count ->
        [one] { $count } event
       *[other] { $count } events
    }
backups-unreadable = Cannot be read
backups-sizeValue = { $size } kB
backups-restore = Restore
backups-restoreLabel = Restore the backup from { $when }
backups-confirmHeading = Restore the backup from { $when }?
backups-confirmText = The database will be as it was then: what has been recorded since will no longer be in it. The current database is saved as a new backup first, so you can undo this.
backups-confirm = Yes, restore
backups-cancel = Cancel
backups-restoring = Restoring …
backups-restored = The backup was restored. The database as it was before is kept in { $file }.
backups-failedAfterClose = The meeting is closed, but no backup was made
backups-dismiss = Dismiss

common-cancel = Cancel

nav-groups = Groups

groups-heading = Groups
groups-choose = Choose a group
groups-newHeading = Create a group
groups-noneYet = There are no groups yet. Create your steering group or coordination group here; then add its organisations and members and choose its rules of procedure.
groups-new = Create another group
groups-newMeeting = Create a meeting for the group
groups-detailsHeading = The group
groups-name = Name of the group
groups-nameHint = E.g. “OS2mo steering group”. At most 200 characters.
groups-nameRequired = Enter the group's name.
groups-kind = Kind
groups-kind-steering_group = Steering group
groups-kind-coordination_group = Coordination group
groups-kind-other = Other group
groups-minutesLanguage = Language of the minutes
groups-create = Create the group
groups-save = Save the group
groups-saved = The group is saved.
groups-undo = Undo: { $what }
groups-undoNothing = Nothing to undo
groups-undone = Undone: { $what }.

members-heading = Members
members-count =
    { $count ->
        [one] { $count } member.
       *[other] { $count } members.
    }
members-caption = Members of { $group }
members-col-name = Name
members-col-organisation = Organisation
members-col-role = Role
members-col-votes = Voting right
members-col-email = E-mail
members-col-actions = Actions
members-votes = Yes
members-votesWeighted = Yes, weight { $weight }
members-noVote = No
members-retiredOn = Left { $date }
members-joinedOn = Joined { $date }
members-sameName = Same name as another member
members-succeededBy = Succeeded by { $name }
members-edit = Edit
members-editLabel = Edit { $name }
members-retire = Retire
members-retireLabel = Retire { $name }
members-add = Add member
members-addHeading = New member
members-addSubmit = Add the member
members-save = Save the changes
members-name = Name
members-nameRequired = Enter the member's name.
members-organisation = Organisation
members-noOrganisation = No organisation
members-newOrganisation = New organisation …
members-newOrganisationName = Name of the new organisation
members-role = Role
members-votingRight = Has a vote
members-weight = Vote weight
members-weightHint = A whole number from 1 to 1000. Usually 1.
members-weightInvalid = Enter the vote weight as a whole number from 1 to 1000.
members-email = E-mail
members-emailHint = Optional. Used to recognise the member when a new member list is read.

retire-heading = { $name } leaves the group
retire-explanation = Meetings before the date keep the member on their roll call and in their minutes. Later meetings have the successor instead.
retire-date = Leaves from
retire-dateHint = The first day the member no longer sits in the group, e.g. 01.01.2027.
retire-dateInvalid = Enter the date as day.month.year, e.g. 01.01.2027.
retire-successor = Successor (optional)
retire-successorHint = The successor takes the seat for { $organisation } with the same role, voting right and vote weight.
retire-successorName = Successor's name
retire-submit = Record the retirement

organisations-heading = Organisations
organisations-none = The group has no organisations yet.
organisations-members =
    { $count ->
        [one] { $count } member
       *[other] { $count } members
    }
organisations-rename = Rename
organisations-renameLabel = Rename { $name }
organisations-newName = New name for { $name }
organisations-save = Save the name
organisations-add = New organisation (municipality, region, secretariat, supplier)
organisations-addSubmit = Add the organisation

memberList-heading = Members from a list
memberList-intro = Read the members from a CSV file, or paste rows from a spreadsheet. The first line names the columns: Name, Organisation, Role, E-mail, Voting right, Vote weight (only Name is required). A member who already exists is recognised by e-mail or name and updated.
memberList-file = Choose a CSV file
memberList-fileHint = CSV with semicolons or commas, e.g. saved from Excel.
memberList-paste = … or paste rows from a spreadsheet
memberList-pasteHint = Copy the rows with their headings in Excel and paste them here.
memberList-pastedName = pasted rows
memberList-showPreview = Show preview
memberList-tooLarge = { $file } is { $megabytes } MB; a member list may be at most { $limit } MB.
memberList-previewHeading = Preview of { $file }
memberList-summary-added =
    { $count ->
        [one] { $count } new member.
       *[other] { $count } new members.
    }
memberList-summary-changed =
    { $count ->
        [one] { $count } is changed.
       *[other] { $count } are changed.
    }
memberList-summary-unchanged =
    { $count ->
        [one] { $count } is unchanged.
       *[other] { $count } are unchanged.
    }
memberList-readAs = Read as { $encoding }, separated by { $separator }.
memberList-separator-tab = tabs
memberList-separator-semicolon = semicolons
memberList-separator-comma = commas
memberList-ignoredColumns = These columns are not used: { $columns }.
memberList-newOrganisations = New organisations to be added: { $names }.
memberList-notInList = Not in the list (kept as they are): { $names }.
memberList-caption = The list's members and what happens to each
memberList-col-line = Line
memberList-col-action = Happens
memberList-action-add = Added
memberList-action-unchanged = Unchanged
memberList-action-update = Changed: { $fields }
memberList-field-name = name
memberList-field-organisation = organisation
memberList-field-role = role
memberList-field-email = e-mail
memberList-field-voting_right = voting right
memberList-field-vote_weight = vote weight
memberList-confirm = Save the list ({ $count } changes)
memberList-done = The list is saved: { $added } added, { $changed } changed.

rules-heading = Rules of procedure
rules-intro = Choose rules of procedure to start from, and adjust them. The text at the bottom is word for word what the minutes print.
rules-preset = Template
rules-custom = Custom rules
rules-customHint = chosen by itself when you change a setting below.
rules-quorum = Quorum
rules-quorumKind = The group is quorate when
rules-quorum-none = always (no requirement)
rules-quorum-atLeastFraction = at least a fraction is present
rules-quorum-moreThanFraction = more than a fraction is present
rules-quorum-atLeastCount = at least a number is present
rules-quorumCount = Number
rules-fraction = Fraction
rules-denominator = Denominator
rules-measure = Counted in
rules-measure-members = voting members
rules-measure-voteWeight = vote weight
rules-majority = Majority
rules-majorityKind = A motion is carried by
rules-majority-simple = a simple majority of the votes cast
rules-majority-moreThanHalfPresent = more than half of those present
rules-majority-absolute = an absolute majority of all voting members
rules-majority-qualified = a qualified majority (a fraction)
rules-majority-unanimity = unanimity
rules-majority-unanimityOfAll = unanimity of all voting members
rules-base = Of
rules-base-votesCast = the votes cast
rules-base-present = those present
rules-base-all = all voting members
rules-abstentionsCount = Abstentions count as votes cast
rules-blankVotesCount = Blank votes count as votes cast
rules-tie = In a tie
rules-tie-chair = the chair's vote decides
rules-tie-falls = the motion falls
rules-proxies = Proxies
rules-maxProxies = Most proxies per member present
rules-maxProxiesHint = 0 means that proxies are not allowed.
rules-proxiesCountAsPresent = Members represented by proxy count as present
rules-previewHeading = How the minutes state the rules
rules-invalid = Correct the numbers: a fraction must be between e.g. 1/2 and 1/1, and counts must be whole numbers.
rules-appliesLater = Changes apply to meetings started from now on. A meeting that has started keeps the rules it started with.
rules-save = Save the rules of procedure
rules-saved = The rules of procedure are saved.

practice-heading = Practice: you are working with demo data
practice-text = This is the practice database, a separate file with an example group and its meetings. Nothing here mixes with your own data, minutes from here are marked “PRACTICE”, and practice data cannot be exported to other computers.
practice-leave = Back to my own data
practice-settingsHeading = Practise with demo data
practice-settingsText = Try Gavel out on an example group in a separate practice database. Your own data is not touched, and you can switch back at any time.
practice-start = Practise with demo data

nav-register = Decisions

register-heading = Decisions
register-intro = Every decision, action item and poll result of every meeting and group, newest meeting first. Search for words in the text, the item, the notes or the case description – in other word forms too (decision, decisions).
register-filters = Search and filter
register-search = Search
register-searchHint = Results appear as you type: best match first, or the newest first when the words are in more than half of the entries.
register-group = Group
register-allGroups = All groups
register-kind = Type
register-allKinds = All types
register-kind-decision = Decisions only
register-kind-action_item = Action items only
register-outcome = Outcome
register-allOutcomes = All outcomes
register-from = From date
register-to = To date
register-dateHint = E.g. 01/01/2027
register-dateInvalid = Write the date as e.g. 15/01/2027.
register-clear = Clear search and filters
register-loading = Loading …
register-count =
    { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }
register-found =
    { $count ->
        [one] The search found { $count } entry.
       *[other] The search found { $count } entries.
    }
register-countFirst = The newest { $count } entries are shown.
register-foundFirst = The search's { $count } best entries are shown.
register-showMore = Show more
register-saveSpreadsheet = Save as a spreadsheet (CSV)
register-spreadsheetHint = Every entry the search and filters find, not only those shown, for Excel or another spreadsheet.
register-spreadsheetSaved =
    { $count ->
        [one] The spreadsheet is saved in { $path } with { $count } entry.
       *[other] The spreadsheet is saved in { $path } with { $count } entries.
    }
register-empty = There are no decisions yet. When you make a decision or add an action item in a meeting, it appears here.
register-noHits = No decisions, action items or polls match the search and filters. Try other words, or clear the filters.
register-caption = Decisions, action items and polls
register-kind-poll_result = Poll results only
register-entry-decision = Decision { $number }
register-entry-action_item = Action item { $number }
register-entry-poll_result = Poll { $number }
register-entry-openMeeting = Open the meeting “{ $title }”
register-entry-agendaItem = Item
register-entry-keys = Issues
register-entry-owner = Owner
register-entry-due = Due
register-followUp = Follow-up
register-allFollowUps = All
register-followUp-open = Open only
register-followUp-done = Done only
register-followUp-overdue = Overdue only
register-epic = Epic
register-epicHint = An issue key, e.g. MO-1000
register-entry-followUp = Status
register-entry-open = Open
register-entry-overdue = Overdue

followUp-heading = Follow-up from earlier meetings
followUp-intro = Here are the action items of the group's earlier meetings that are still open – and those you mark done here. The follow-up is recorded on the group; the earlier minutes stay as they were signed.
followUp-none = There are no open action items from the group's earlier meetings.
register-entry-doneOn = Done { $date }
register-entry-markDone = Mark as done today
register-entry-reopen = Reopen
register-entry-minutes = Minutes
register-minutes-signed = Signed
register-minutes-notSigned = Not signed
register-minutes-notClosed = The meeting is not closed
