## The command-line tool's own words (crates/gavel-cli): its labels and reports.
## A byte count, a line number and a decision's or a poll's number travel as text, so that they
## are printed as the file system and the log write them ("12345", not "12,345").
## Scripts and tests read some of these lines: change an English wording only on purpose.

## gavel (main.rs)

cli-fixed-clock-before-1970 = the fixed clock must be after 1970
cli-no-data-folder = this system has no data folder; pass --db PATH
cli-data-folder-not-created = cannot create the data folder { $folder }
cli-log-rebuilt = Rebuilt the read tables of { $file } from its log
cli-log-broken = the log is broken at event { $event } (stream { $stream }, device { $device }, number { $number }): { $reason }
cli-demo-loaded = Loaded the demo group, backlog and meeting into { $file }
cli-warning = warning: { $warning }
cli-cannot-read = cannot read { $file }: { $reason }
cli-cannot-write = cannot write { $file }: { $reason }
cli-file-not-found = { $error }
cli-standard-input = standard input
cli-and = { $list } and { $last }
cli-and-more = … and { $count } more

## Tables and reports (output.rs)

cli-backlog-column-key = KEY
cli-backlog-column-status = STATUS
cli-backlog-column-priority = PRIORITY
cli-backlog-column-points = POINTS
cli-backlog-column-title = TITLE
cli-backlog-count = { $count } item(s)

cli-meetings-column-id = ID
cli-meetings-column-starts = STARTS
cli-meetings-column-items = ITEMS
cli-meetings-column-title = TITLE
cli-meetings-count = { $count } meeting(s)

cli-meeting-label-group = Group
cli-meeting-label-starts = Starts
cli-meeting-label-location = Location
cli-meeting-label-status = Status
cli-meeting-label-approved = Approved
cli-meeting-label-cancelled = Cancelled
cli-meeting-label-quorum = Quorum
cli-meeting-label-log = Log
cli-meeting-approved-at = at { $meeting } ({ $date }), decision { $decision }
cli-meeting-status-draft = Draft
cli-meeting-status-open = Open
cli-meeting-status-closed = Closed
cli-meeting-status-cancelled = Cancelled
cli-meeting-attendance-heading = Attendance:
cli-meeting-agenda-heading = Agenda:
cli-attendance-unknown = Unknown
cli-attendance-present = Present
cli-attendance-absent = Absent
cli-attendance-excused = Excused
cli-attendance-left = Left
cli-attendance-arrived-at = arrived { $time }
cli-attendance-left-at = left { $time }
cli-attendance-proxy-to = proxy to { $name }
cli-attendance-no-vote = (no vote)
cli-poll-open = open
cli-poll-closed = closed
cli-poll-secret = secret
cli-meeting-poll = Poll { $number } ({ $state }): { $question }
cli-meeting-poll-rule = Rule: { $rule }
cli-meeting-decision = Decision { $number } ({ $outcome }): { $text }
cli-meeting-action = Action { $number }: { $text } (owner { $owner }, due { $due })
cli-outcome-approved = approved
cli-outcome-rejected = rejected
cli-outcome-postponed = postponed
cli-outcome-noted = noted

cli-conflict =
    Unresolved conflict on "{ $item }" in "{ $meeting }": { $decisions }, recorded on laptops that had not seen each other's; the minutes cannot be signed until the chair keeps one:
cli-conflict-decision = decision { $number } ({ $outcome }: "{ $text }") by { $author }
cli-conflict-keep = to keep decision { $number }, gavel apply: { $command }

cli-log-stream-events =
    { $count ->
       *[other] event(s)
    }
cli-log-intact = ok: { $events } event(s) in { $chains } chain(s), every hash checks out
cli-log-broken-event = BROKEN event { $event } (device { $device }, number { $number }): { $reason }

cli-paths-database = database
cli-paths-backups = backups
cli-paths-exports = exports
cli-paths-no-documents-folder = (no documents folder; set GAVEL_EXPORT_DIR)

## gavel apply

cli-apply-stopped = { $file }, line { $line }: { $reason }. { $applied } command(s) before it were applied; it and the { $after } after it were not.
cli-apply-too-large = { $file }: the input is larger than { $megabytes } MB, the most gavel apply reads; nothing was applied
cli-apply-file-not-utf8 = { $file }: the file is not UTF-8 text
cli-standard-input-unreadable = cannot read standard input
cli-standard-input-not-utf8 = standard input is not UTF-8 text
cli-apply-bad-line = { $file }, line { $line }: { $reason }; nothing was applied
cli-apply-malformed-json = malformed JSON: { $detail }
cli-apply-not-a-command = not a valid command: { $detail } (see docs/commands.md)

## gavel backlog

cli-jira-updates-written = { $file }: { $count } issue(s) to update in Jira
cli-column-choice-expected = expected HEADER=FIELD, e.g. "Stemmer=votes", got "{ $text }"
cli-column-choice-unknown-field = unknown field "{ $field }"; expected one of { $fields }
cli-import-summary = { $file }: { $added } added, { $changed } changed, { $unchanged } unchanged
cli-import-dry-run = dry run: nothing was written
cli-import-decided-otherwise = decided otherwise: { $key } Jira: { $jira }; decided { $date } ({ $meeting }): { $decided }
cli-import-label-file = file
cli-import-label-added = added
cli-import-label-changed = changed
cli-import-label-columns = columns
cli-import-label-not-read = not read
cli-import-label-not-utf8 = not UTF-8
cli-import-format-auto = detected by content
cli-import-format-gavel-csv = Gavel backlog CSV
cli-import-format-jira-csv = Jira CSV export
cli-import-format-jira-json = Jira REST search JSON
cli-import-format-jira-xml = Jira XML export
cli-recognised-by-name = by name
cli-recognised-by-values = by its values
cli-recognised-by-position = by its place
cli-recognised-by-choice = as chosen
cli-recognised-by-not-read = not read
cli-import-repaired-line = line { $line } ({ $characters })
cli-import-gone = not in the file (kept): { $keys }
cli-import-gone-one-page = not in the file (kept; the file is one page of a search, so these may be on another page): { $keys }

## gavel backup

cli-backup-column-file = FILE
cli-backup-column-when = WHEN
cli-backup-column-why = WHY
cli-backup-column-size = SIZE
cli-backup-column-meetings = MEETINGS
cli-backup-column-events = EVENTS
cli-backup-count = { $count } backup(s) in { $folder } (the newest { $kept } are kept)
cli-cannot-lock = cannot lock { $file }
cli-backup-database-open = { $file } is open in the Gavel app; close the app and restore again (Databasen er åben i Gavel-appen; luk appen og gendan igen). Nothing was changed.
cli-backup-restored = Restored { $backup } into { $database }
cli-backup-before-restore-kept = The database as it was before is kept in { $backup }
cli-backup-failed = warning: the meeting is closed, but no backup was made: { $reason }

## gavel cert

cli-cert-exists = { $file } already exists; choose another file name (a key is never overwritten)
cli-cert-password-too-short = the password in { $file } is shorter than { $count } characters; the .p12 file protects a signing key
cli-cert-not-created = cannot create the certificate
cli-cert-written = Wrote { $file }: a P-256 key and a self-signed certificate for { $name }, valid until { $date }

## gavel decisions

cli-register-column-date = DATE
cli-register-column-meeting = MEETING
cli-register-column-number = NO
cli-register-column-outcome = OUTCOME
cli-register-column-keys = KEYS
cli-register-column-text = TEXT
cli-register-poll = poll
cli-register-action-done = action item, done { $date }
cli-register-action-open = action item, open
cli-register-action-overdue = action item, open, overdue
cli-register-owner-due = owner: { $owner }, due { $due }
cli-register-owner = owner: { $owner }
cli-register-due = due { $due }
cli-register-saved = saved in { $file }
cli-register-count = { $count } entries

## gavel publish

cli-no-documents-folder = this system has no documents folder; pass --minutes-folder FOLDER
cli-published = Published { $count } public meeting(s) of { $group } to { $folder } ({ $files } files)
cli-published-meeting = { $date }  { $title }  { $page }  (minutes from { $source })
cli-published-none = No meeting of the group is public yet: mark one with SetMeetingPublic (docs/commands.md).

## gavel sync

cli-sync-name-meetings = name the meetings or groups (--group) to export, or give --all
cli-sync-not-serialised = serialising the sync file
cli-sync-exported = { $file }: { $groups } group(s), { $meetings } meeting(s), { $events } event(s)
cli-sync-too-large = { $file }: the file is larger than { $megabytes } MB, the most Gavel reads as a sync file; nothing was read
cli-sync-files-refused =
    { $refused } of { $files } files { $refused ->
        [one] was
       *[other] were
    } refused (above); the others were merged
cli-sync-files-refused-dry-run =
    { $refused } of { $files } files would be refused (above); dry run: nothing was changed
cli-sync-this-device = this computer: { $name } (device { $device }), key fingerprint { $fingerprint }
cli-sync-trusted-device = trusted: { $name } (device { $device }), key fingerprint { $fingerprint }, trusted by { $by }
cli-sync-report = { $file }: from { $author } (device { $device }): added { $added } of { $total } event(s), { $present } already here
cli-sync-report-dry-run = { $file }: from { $author } (device { $device }): would add { $added } of { $total } event(s), { $present } already here
cli-sync-new-group = new group: { $name }
cli-sync-new-meeting = new meeting: { $title }
cli-sync-changed-meeting = changed meeting: { $title }
cli-sync-conflict = conflict in { $field }: kept "{ $kept }" by { $kept_by }, overridden "{ $overridden }" by { $overridden_by } (both stay in the log)
cli-sync-refused = refused: { $reason }
cli-sync-dry-run = dry run: nothing was changed
cli-sync-device = computer { $name } (device { $device }), key fingerprint { $fingerprint }: { $trust }
cli-device-unnamed = unnamed
cli-device-no-fingerprint = none
cli-trust-this-computer = this computer
cli-trust-known = trusted (by { $by })
cli-trust-accepted-now = new, trusted with this import
cli-trust-vouched-for = new, vouched for by the certificate { $certificate }
cli-trust-not-accepted = NEW, NOT TRUSTED: { $count } event(s) not taken; compare the fingerprint with the computer's owner (gavel sync devices), then import again with --trust-device "{ $fingerprint }"
cli-trust-unsigned = UNSIGNED chains: { $count } event(s) not taken; only a file signed with a certificate you trust can bring them
cli-sync-not-signed = not signed
cli-sync-signed-by = signed by { $who } (certificate SHA-256 fingerprint { $fingerprint })

## gavel minutes and gavel agenda export

cli-pdf-written-signed = Wrote { $file } ({ $pages } pages, { $bytes } bytes), signed in box { $field }
cli-pdf-written-unsigned = Wrote { $file } ({ $pages } pages, { $bytes } bytes), not signed
cli-countersigned = Wrote { $file } ({ $bytes } bytes), signed in box { $field }
cli-password-stdin-unreadable = cannot read the password from standard input: { $reason }
cli-password-file-unreadable = cannot read the password file { $file }: { $reason }
cli-password-stdin-too-long = standard input holds more than { $bytes } bytes, the most Gavel reads as a password; give a file with the password on its first line
cli-password-file-too-long = the password file { $file } holds more than { $bytes } bytes, the most Gavel reads as a password; give a file with the password on its first line
cli-password-stdin-not-utf8 = standard input: the password is not UTF-8 text
cli-password-file-not-utf8 = the password file { $file }: the password is not UTF-8 text
cli-verify-not-signed = { $file }: not signed
cli-verify-signature = signature { $number }
cli-verify-valid = VALID
cli-verify-changed-after-signing = CHANGED AFTER SIGNING
cli-verify-invalid = INVALID
cli-verify-signer-hidden = signer not shown: the signature did not pass every check
cli-verify-signed-at = signed { $time }
cli-verify-certificate-valid = certificate valid until { $date }
cli-verify-error = ERROR: { $problem }
cli-verify-covers = covers: { $what }
cli-verify-covers-whole-file = the whole file
cli-verify-covers-revision = the file up to byte { $signed } of { $total } (the revision it signed)
cli-verify-added-after = added after it: { $change }
cli-verify-changed-after = CHANGED after it: { $change }
cli-verify-trailing-bytes = the file has { $bytes } bytes after the last signature that no signature covers: it was changed after signing
cli-verify-fingerprint-not-in-database = log fingerprint { $fingerprint }: the meeting is not in this database, not compared
cli-verify-fingerprint-matches = log fingerprint { $fingerprint }: matches the meeting in the database
cli-verify-fingerprint-differs = log fingerprint { $fingerprint }: DIFFERS from the meeting in the database ({ $recorded }): the minutes do not show the meeting as recorded now
cli-verify-agenda = agenda (dagsorden) of the meeting "{ $title }" ({ $meeting }): an agenda pack, not minutes; it shows the meeting as planned when it was made and is not compared with the meeting's record
cli-verify-agenda-unknown-meeting = agenda (dagsorden) of the meeting { $meeting }, which is not in this database: an agenda pack, not minutes; not compared with any record

## gavel agenda

cli-invitation-written = wrote { $file } (invitation revision { $revision }, { $count } attendees)
cli-invitation-without-email = not invited, no e-mail address: { $names }
cli-nothing-written = { $reason }; nothing was written
cli-agenda-example-file = agenda.pdf
cli-out-is-folder = --out: { $out } is a folder; give a file name, e.g. { $example }. Nothing was written.
cli-out-folder-missing = --out: the folder { $folder } does not exist; create it or choose another file. Nothing was written.

## gavel --help (help.rs): a command's text is cli-help plus its path, an argument's adds "--"
## and its name, or is cli-help--NAME wherever it means the same. The English texts are the doc
## comments' (clap's derive shows those; a test holds them to each other).

cli-help-usage = Usage:
cli-help-heading-commands = Commands
cli-help-command-placeholder = COMMAND
cli-help-heading-arguments = Arguments
cli-help-heading-options = Options
cli-help-help-command = Print this message or the help of the given subcommand(s)
cli-help--help = Print help
cli-help--version = Print version
cli-help--db = The database file. Default: the same file the desktop app uses, in the platform's data folder
cli-help--author = Who is recording, written into every event. Default: the login name
cli-help--meeting = The meeting's id (see `gavel meeting list`)
cli-help--password-file = The file holding the .p12 password ("-": read it from standard input)

cli-help = Run steering-group meetings offline: backlog, agenda, decisions, signed minutes.
cli-help-apply = Apply commands given as JSON lines (docs/commands.md), from FILE or standard input
cli-help-apply--file = A file of JSON lines; standard input when left out or "-"
cli-help-agenda = Before a meeting: its invitation as an iCalendar file, its agenda pack as PDF (optionally signed)
cli-help-agenda-ics = Write the meeting's invitation as an iCalendar file (.ics) for Outlook and other calendars: time in Danish time, place, agenda, and the members with an e-mail address as attendees. A later file for the same meeting updates the invitation
cli-help-agenda-ics--out = The .ics file to write
cli-help-agenda-ics--lang = The language of the description. Default: the group's minutes language
cli-help-agenda-ics--json = Print what was written as JSON
cli-help-agenda-export = Write the meeting's agenda pack (dagsorden) as an A4 PDF, set as the minutes are: the agenda with page numbers, each item's case description and proposed decision, the backlog items with their Jira status, points and votes, the rules of procedure and the members. For a meeting in any phase; usually a draft, a week before
cli-help-agenda-export--out = The PDF to write; its folder must exist
cli-help-agenda-export--lang = The language of the agenda and of the messages. Default: the group's minutes language (messages before the meeting is found: Danish)
cli-help-agenda-export--sign = Sign in the agenda's "Udsendt af" box with the key in this PKCS#12 (.p12/.pfx) file. Nothing is recorded in the database: an agenda is not the minutes
cli-help-agenda-export--role = The role of whoever sends the agenda out, printed on the signature stamp
cli-help-backlog = The backlog: import and list
cli-help-backlog-import = Add or update backlog items from a Jira export (CSV, JSON or XML) or a Gavel backlog CSV, by issue key, all or nothing
cli-help-backlog-import--format = The file's format; `auto` tells it from the content
cli-help-backlog-import--columns = Read a Jira CSV column as a field, over Gavel's recognition: `"Stemmer=votes"`; `"Header="` leaves the column out. Fields: key, summary, status, priority, issue_type, parent, rank, sprint, story_points, votes, watchers, labels. Repeatable
cli-help-backlog-import--dry-run = Show what the import would add, change and leave out, without writing anything
cli-help-backlog-import--details = List the added, changed and missing issue keys (always shown with --dry-run)
cli-help-backlog-list = List the backlog in rank order
cli-help-backlog-export-jira = Write a CSV for Jira's CSV importer with the meeting's decisions: the group's priority order, a label and a comment per decision (docs/jira.md, "Back to Jira")
cli-help-sync = Exchange meetings with other laptops by file
cli-help-sync-export = Write the chosen meetings' and groups' events (with the meetings' groups and the backlog) to a sync file (docs/sync-format.md)
cli-help-sync-export--meetings = Meeting ids; leave out and give --group or --all
cli-help-sync-export--groups = A group (its name or id), to send its members and rules with or without its meetings (a group set up before its first meeting); repeat for each
cli-help-sync-export--sign = Sign the file with the key in this PKCS#12 (.p12/.pfx) file, the minutes' certificate
cli-help-sync-import = Merge sync files into this database, each on its own; prints what was added and every conflict
cli-help-sync-import--dry-run = Check the file and report, without changing anything
cli-help-sync-import--trust-device = Trust a computer seen for the first time, by its key's fingerprint as its owner reads it from `gavel sync devices` (spaces optional); or trust the certificate that signed the file, by its SHA-256 fingerprint, to vouch for every computer in this and later files. Repeat for each. Compare the fingerprint with the owner first
cli-help-sync-devices = This computer's key fingerprint (tell it to the chair before your first sync file reaches her), and the other computers this database trusts
cli-help-decisions = The decision register: every decision and action item across meetings and groups, newest first
cli-help-decisions--group = Only this group (its name or id)
cli-help-decisions--key = Only decisions about this issue key (e.g. MO-1420)
cli-help-decisions--epic = Only entries about this epic or an issue under it, however deep (e.g. MO-1000)
cli-help-decisions--kind = Only decisions, only action items, or only poll results
cli-help-decisions--status = Only action items still open, only those done, or only those open past their due date
cli-help-decisions--outcome = Only decisions with this outcome
cli-help-decisions--from = Only meetings on or after this day (2026-01-31)
cli-help-decisions--to = Only meetings on or before this day
cli-help-decisions--search = Only entries holding all these words, in any word form, Danish or English (e.g. "beslutning hosting"); best match first
cli-help-decisions--limit = At most this many entries: the newest, or with --search the best matches
cli-help-decisions--csv = Save the entries as a spreadsheet instead (CSV for Excel, the headers in the CLI's language) in this file
cli-help-publish = The group's public meetings as a static website (HTML and CSS, no script): the decision register, a page per meeting and its signed minutes, in Danish and English
cli-help-publish--group = The group (its name or id)
cli-help-publish--out = The site's folder: new, empty, or a site Gavel published there before (replaced whole)
cli-help-publish--minutes-folder = Where the signed minutes PDFs are. Default: the export folder (`gavel paths`)
cli-help-meeting = Meetings: list and show
cli-help-meeting-list = List meetings, newest first
cli-help-meeting-show = Show one meeting with its agenda
cli-help-log = The decision log
cli-help-log-verify = Check every hash chain in the log; exits non-zero and names the first broken event
cli-help-log-rebuild = Recompute every read table from the log (a repair; the result is the same as before)
cli-help-demo = Fill an empty database with a demo steering group, backlog and meeting
cli-help-minutes = Minutes: export as PDF (signed), countersign, verify signatures
cli-help-minutes-export = Write the minutes of a closed meeting as an A4 PDF, optionally signed
cli-help-minutes-export--out = The PDF to write
cli-help-minutes-export--lang = The language of the minutes. Default: Danish, unless the system language is another
cli-help-minutes-export--sign = Sign with the key in this PKCS#12 (.p12/.pfx) file
cli-help-minutes-export--role = The signer's role
cli-help-minutes-countersign = Add a further signature to signed minutes; earlier signatures stay valid
cli-help-minutes-countersign--pdf = The signed minutes
cli-help-minutes-countersign--p12 = The PKCS#12 (.p12/.pfx) file with the signer's key
cli-help-minutes-countersign--out = The PDF to write (may be the same file)
cli-help-minutes-verify = Check every signature of a PDF; one line per signature. Exits 0 only when the file is signed, every signature is valid and nothing was added after the last one
cli-help-minutes-show = Print what the minutes of a closed meeting say, as JSON: every fact the PDF prints, in both languages where it is text (for publishing the decisions, or laying them out with another tool)
cli-help-cert = Signing certificates
cli-help-cert-create = Create a P-256 key and a self-signed certificate for signing minutes, as a .p12 file
cli-help-cert-create--name = The signer's full name (the certificate's common name)
cli-help-cert-create--org = The signer's organisation
cli-help-cert-create--out = The .p12 file to write; an existing file is not overwritten
cli-help-cert-create--password-file = The file holding the new file's password ("-": read it from standard input)
cli-help-cert-create--valid-days = How long the certificate is valid, from now
cli-help-backup = Backups of the database (made before upgrades and after each closed meeting): list, restore
cli-help-backup-list = The backups of this database, newest first: file, when, why, size, meetings and events
cli-help-backup-restore = Replace this database with a backup. The current database is backed up first ("before-restore"); a file that is not a Gavel database is refused and nothing changes
cli-help-backup-restore--file = A backup file, e.g. from `gavel backup list`
cli-help-paths = Where Gavel keeps the database and its backups, and where the app saves exports
cli-help--json = Print the result as JSON for scripts: the same in every language
cli-help-sync-import--files = The sync files (.gavel) to merge, one after the other; a file that is refused changes nothing and does not stop the others
cli-help-sync-export--all = Every group and meeting in this database, a group without meetings too
cli-help-sync-export--out = The sync file to write
cli-help-backlog-import--file = The file to read the backlog from
cli-help-backlog-export-jira--out = The CSV file to write
cli-help-meeting-show--id = The meeting's id (see `gavel meeting list`)
cli-help-minutes-verify--pdf = The PDF file to check
