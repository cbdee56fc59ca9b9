// Generated from the Rust types in crates/gavel-core — do not edit.
// Regenerate with: UPDATE_GENERATED=1 cargo test -p gavel-desktop generated_types

export type Command = { "type": "CreateGroup", id?: string, name: string, 
/**
 * Defaults to a steering group.
 */
kind?: GroupKind, 
/**
 * The language the group's minutes are written in; defaults to Danish.
 */
minutes_language?: MinutesLanguage, } | { "type": "UpdateGroup", group_id: string, name: string, kind: GroupKind, minutes_language: MinutesLanguage, } | { "type": "UndoGroupChange", group_id: string, } | { "type": "AddOrganisation", id?: string, group_id: string, name: string, } | { "type": "AddMember", id?: string, group_id: string, name: string, organisation_id?: string, role?: MemberRole, 
/**
 * Defaults by role: chairs and members vote, secretaries and observers do not.
 */
voting_right?: boolean, 
/**
 * Defaults to 1.
 */
vote_weight?: number, email?: string, 
/**
 * The first day the member holds the seat; meetings before it do not list them.
 * Default: always (a founding member).
 */
joined_on?: string, } | { "type": "RenameOrganisation", organisation_id: string, name: string, } | { "type": "UpdateMember", member_id: string, name: string, organisation_id?: string, role: MemberRole, voting_right: boolean, vote_weight: number, email?: string, } | { "type": "RetireMember", member_id: string, on: string, successor?: Successor, } | { "type": "UpsertBacklogItem", key: string, title?: string, status?: string, priority?: string, 
/**
 * Jira rank (LexoRank); items sort by plain string comparison of this value.
 */
rank?: string, story_points?: number, labels?: Array<string>, 
/**
 * The issue key of the item's parent (its epic, or the story of a sub-task), which must
 * be in the backlog; an empty string clears it.
 */
parent?: string, 
/**
 * Jira's vote count: how many voted for the issue in Jira (in OS2 collaborations, the
 * member municipalities).
 */
votes?: number, 
/**
 * How many watch the issue in Jira.
 */
watchers?: number, 
/**
 * The issue's description as plain text, at most 64 KB (the agenda pack prints it
 * under the item that names the issue); an empty string clears it.
 */
description?: string, } | { "type": "CreateMeeting", id?: string, group_id: string, title: string, 
/**
 * Local time of the meeting room, e.g. "2026-12-03T13:00:00".
 */
starts_at: string, location?: string, } | { "type": "UpdateMeeting", meeting_id: string, title: string, 
/**
 * Local time of the meeting room, e.g. "2026-12-03T13:00:00".
 */
starts_at: string, location?: string, } | { "type": "CancelMeeting", meeting_id: string, reason?: string, } | { "type": "AddAgendaItem", id?: string, meeting_id: string, title?: string, backlog_key?: string, position?: number, } | { "type": "AddMinutesApproval", id?: string, meeting_id: string, approved_meeting_id: string, position?: number, } | { "type": "ApproveMinutes", id?: string, meeting_id: string, agenda_item_id: string, corrections?: string, } | { "type": "MoveAgendaItem", agenda_item_id: string, position: number, } | { "type": "SetRulesOfProcedure", group_id: string, rules: RulesOfProcedure, } | { "type": "OpenMeeting", meeting_id: string, at?: string, } | { "type": "CloseMeeting", meeting_id: string, at?: string, } | { "type": "SetCurrentAgendaItem", agenda_item_id: string, } | { "type": "SetAgendaItemNotes", agenda_item_id: string, notes: string, } | { "type": "SetAgendaItemProposal", agenda_item_id: string, case_description?: string, proposed_decision?: string, 
/**
 * Who presents the item ("Lise Østergaard, Aarhus Kommune").
 */
responsible?: string, 
/**
 * Web addresses for the item (the Jira issue, a document), `https://` or `http://`.
 */
links?: Array<string>, } | { "type": "SetAgendaItemTimeBox", agenda_item_id: string, minutes?: number, } | { "type": "SetAttendance", meeting_id: string, member_id: string, attendance: Attendance, at?: string, } | { "type": "GiveProxy", meeting_id: string, from_member_id: string, to_member_id: string, } | { "type": "WithdrawProxy", meeting_id: string, from_member_id: string, } | { "type": "OpenPoll", id?: string, meeting_id: string, agenda_item_id?: string, question: string, kind: PollKind, 
/**
 * Secret polls record hand-counted totals only, never who voted how.
 */
secret?: boolean, 
/**
 * The majority this poll needs, when it differs from the rules' default.
 */
majority?: Majority, override_quorum?: boolean, } | { "type": "RecordBallot", poll_id: string, member_id: string, ballot: Ballot, } | { "type": "RecordTotals", poll_id: string, totals: Totals, } | { "type": "ClosePoll", poll_id: string, } | { "type": "RecordDecision", id?: string, meeting_id: string, agenda_item_id?: string, poll_id?: string, outcome: DecisionOutcome, text: string, 
/**
 * New statuses of linked backlog items.
 */
backlog_changes?: Array<BacklogChange>, 
/**
 * The group's new priority order: these issue keys first, in this order.
 */
priority_order?: Array<string>, } | { "type": "SetActionItemDone", action_item_id: string, done: boolean, on?: string, } | { "type": "SetMeetingPublic", meeting_id: string, public: boolean, } | { "type": "AddActionItem", id?: string, meeting_id: string, agenda_item_id?: string, text: string, 
/**
 * A member of the group, or …
 */
owner_member_id?: string, 
/**
 * … someone outside it, by name.
 */
owner_name?: string, due_date?: string, } | { "type": "Undo", meeting_id: string, } | { "type": "RecordMinutesSigned", meeting_id: string, fingerprint: string, 
/**
 * SHA-256 of the signed PDF file, in hex.
 */
document_sha256: string, signer_name: string, 
/**
 * E.g. "chair", "secretary", "member".
 */
role: string, signed_at?: string, } | { "type": "ResolveDecisionConflict", meeting_id: string, keep: string, } | { "type": "AmendMinutes", meeting_id: string, reason: string, at?: string, };

export type Applied = { 
/**
 * The record the command created, if it created one.
 */
created_id: string | null, 
/**
 * The events appended to the log; empty when the command changed nothing (e.g. an upsert
 * with the values already stored).
 */
event_ids: Array<string>, };

export type MemberRole = "chair" | "vice_chair" | "secretary" | "member" | "observer" | "advisor";

export type GroupKind = "steering_group" | "coordination_group" | "other";

export type MinutesLanguage = "da" | "en";

export type Successor = { id?: string, name: string, email?: string, };

export type BacklogItem = { key: string, title: string, status: string | null, priority: string | null, rank: string | null, story_points: number | null, labels: Array<string>, 
/**
 * The steering group's own priority (1 = first), set by a decision; the backlog is ordered
 * by it first, then by Jira rank.
 */
group_priority: number | null, 
/**
 * The issue key of the item's parent (its epic), itself a backlog item.
 */
parent: string | null, 
/**
 * Jira's vote count.
 */
votes: number | null, 
/**
 * How many watch the issue in Jira.
 */
watchers: number | null, };

export type BacklogImportReport = { file_name: string, 
/**
 * The reader used (never `auto`).
 */
format: ImportFormat, 
/**
 * True when nothing was written: the report previews an import.
 */
dry_run: boolean, 
/**
 * The issues in the file.
 */
issues_in_file: number, 
/**
 * The issues the search matched, when the file is one page of a larger Jira search.
 */
issues_in_search: number | null, 
/**
 * E.g. "50 of 2802 issues (one page of a paged search)".
 */
note: string, added: number, changed: number, unchanged: number, 
/**
 * The new items, in file order.
 */
added_items: Array<AddedBacklogItem>, 
/**
 * Items whose stored values changed, in file order, with each changed field's old and new
 * value, so the preview shows what the import would do, not only which keys.
 */
changed_items: Array<BacklogItemChange>, 
/**
 * Keys of stored items that the file does not mention. They are kept, with their history.
 */
gone_keys: Array<string>, 
/**
 * Items whose status the file changes away from what a meeting decided ("Jira: En curso;
 * decided 10.12.2026: Done"). The import stores Jira's status; the decision keeps its own.
 */
decided_conflicts: Array<DecidedStatusConflict>, 
/**
 * The lines whose bytes were not UTF-8 in a file that otherwise is, with the characters they
 * were read as (Windows-1252, or U+FFFD), so the chair can check them.
 */
text_repairs: Array<TextRepair>, 
/**
 * Each header of a Jira CSV, what Gavel read from it and how it knew; the preview lets the
 * chair correct a guess (`ImportOptions::columns`).
 */
columns: Array<ColumnRecognition>, 
/**
 * Values read with a guess or skipped, and the file's encoding when it was not UTF-8; the
 * import went ahead.
 */
warnings: Array<Bilingual>, };

export type AddedBacklogItem = { key: string, title: string, };

export type BacklogItemChange = { key: string, title: string, fields: Array<FieldChange>, };

export type FieldChange = { field: string, old: string | null, new: string | null, };

export type DecidedStatusConflict = { key: string, title: string, 
/**
 * The status in the file (`None`: none given).
 */
jira_status: string | null, 
/**
 * The status the latest decision on the item set.
 */
decided_status: string, meeting_title: string, meeting_date: string, };

export type TextRepair = { 
/**
 * 1-based line of the file.
 */
line: number, 
/**
 * What the bytes were read as, in order: cp1252 characters, or U+FFFD.
 */
characters: string, };

export type ImportOptions = { format: ImportFormat, columns: Array<ColumnChoice>, };

export type ColumnChoice = { header: string, field: ColumnField | null, };

export type ColumnField = "key" | "summary" | "status" | "priority" | "issue_type" | "parent" | "epic_link" | "rank" | "sprint" | "story_points" | "story_point_estimate" | "votes" | "watchers" | "labels" | "issue_id" | "comment" | "components" | "fix_versions" | "description" | "created" | "updated";

export type ColumnRecognition = { header: string, 
/**
 * How many columns have this header (`Labels` ×4).
 */
count: number, field: ColumnField | null, recognised_by: RecognisedBy, };

export type RecognisedBy = "name" | "values" | "position" | "choice" | "not_read";

export type ImportFormat = "auto" | "gavel_csv" | "jira_csv" | "jira_json" | "jira_xml";

export type GroupView = { id: string, name: string, kind: GroupKind, minutes_language: MinutesLanguage, 
/**
 * The rules of procedure later meetings open under (the defaults until the group sets its own).
 */
rules: RulesOfProcedure, 
/**
 * What Undo would take back in the group now ("medlemmet Mette Holm").
 */
next_undo: Bilingual | null, organisations: Array<OrganisationView>, 
/**
 * Serving members first, each part in name order; retired members keep their place in the
 * record and are listed last.
 */
members: Array<MemberView>, };

export type OrganisationView = { id: string, name: string, };

export type MemberView = { id: string, name: string, organisation_id: string | null, organisation_name: string | null, role: MemberRole, voting_right: boolean, vote_weight: number, email: string | null, joined_on: string | null, 
/**
 * The first day the member no longer holds the seat; `None` while serving.
 */
retired_on: string | null, 
/**
 * The retired member whose seat this one took.
 */
succeeds: string | null, };

export type MeetingStatus = "draft" | "open" | "closed" | "cancelled";

export type MeetingCancellation = { at: string, reason: string | null, };

export type MinutesApproval = { meeting_id: string, meeting_title: string, starts_at: string, 
/**
 * The decision's number in that meeting, and its text ("Referatet blev godkendt med disse
 * rettelser: …").
 */
decision_number: number, decision_text: string, };

export type MeetingSummary = { id: string, group_id: string, group_name: string, title: string, starts_at: string, location: string | null, status: MeetingStatus, agenda_item_count: number, opened_at: string | null, closed_at: string | null, current_agenda_item_id: string | null, 
/**
 * 1 until an amendment of signed minutes starts version 2, and so on.
 */
minutes_version: number, 
/**
 * The current minutes version has been signed at least once: the meeting list says
 * "Underskrevet" rather than "Afsluttet".
 */
minutes_signed: boolean, 
/**
 * The chair marked the closed meeting public (`SetMeetingPublic`): `gavel publish` puts it
 * on the group's website.
 */
public: boolean, 
/**
 * Set when the status is cancelled; left out otherwise.
 */
cancellation?: MeetingCancellation, 
/**
 * The meeting that approved these minutes (godkendelse af referat); left out until one has.
 */
minutes_approval?: MinutesApproval, };

export type MeetingDetail = { meeting: MeetingSummary, 
/**
 * The meeting's own copy once it is open; the group's current rules before that.
 */
rules: RulesOfProcedure, 
/**
 * Recomputed from the attendance every time the meeting is read (with the votes members had
 * when it closed, once it is closed).
 */
quorum: QuorumResult, 
/**
 * Everyone on the meeting's roll call, in name order: as the group is now, or as it was when
 * the meeting closed.
 */
attendance: Array<AttendanceView>, agenda: Array<AgendaItemView>, polls: Array<PollView>, decisions: Array<DecisionView>, action_items: Array<ActionItemView>, 
/**
 * Once the meeting is closed: the backlog items it names (its agenda, polls and decisions)
 * as they were when it closed, which is how the meeting shows them from then on. `None`
 * while it is planned or open: it shows the backlog as it is.
 */
backlog: Array<BacklogItem> | null, 
/**
 * Every signature of every minutes version, oldest first.
 */
signatures: Array<MinutesSignatureView>, amendments: Array<MinutesAmendmentView>, 
/**
 * SHA-256 over the meeting's event hashes in log order: changes whenever the meeting does,
 * and is the same on every device holding the same events.
 */
log_fingerprint: string, 
/**
 * What Undo would take back now ("stemme fra Mette Holm"); `None` when there is nothing to
 * undo or the meeting is closed.
 */
next_undo: Bilingual | null, 
/**
 * Decisions on one agenda item that two laptops recorded without seeing each other's, until
 * the chair keeps one (`ResolveDecisionConflict`). Left out when there are none.
 */
decision_conflicts?: Array<DecisionConflict>, };

export type AgendaItemView = { id: string, 
/**
 * 1-based.
 */
position: number, 
/**
 * The item's own title, or the linked backlog item's title.
 */
title: string, backlog_key: string | null, notes: string, time_box_minutes: number | null, 
/**
 * What the item is about (sagsfremstilling); left out when empty.
 */
case_description?: string, 
/**
 * What the group is asked to decide (indstilling); left out when empty.
 */
proposed_decision?: string, 
/**
 * The earlier meeting whose minutes this item approves (godkendelse af referat).
 */
approves_minutes_of?: string, 
/**
 * Who presents the item.
 */
responsible?: string, 
/**
 * Web addresses for the item.
 */
links?: Array<string>, };

export type ErrorKind = "bad_input" | "rejected" | "not_found" | "database_too_new" | "not_a_database" | "storage" | "database_in_use";

export type DecisionOutcome = "approved" | "rejected" | "postponed" | "noted";

export type BacklogChange = { key: string, new_status?: string, };

export type AttendanceView = { member_id: string, name: string, organisation_name: string | null, role: MemberRole, voting_right: boolean, vote_weight: number, attendance: Attendance, arrived_at: string | null, left_at: string | null, proxy_holder_id: string | null, proxy_holder_name: string | null, 
/**
 * Who would cast this member's ballot in a poll now (`rules::check_ballot_eligibility`):
 * the member when present, the proxy holder of an absent one; `None` when no ballot can be
 * recorded for them. The screens list voters by it rather than apply the rule again.
 */
ballot_cast_by: string | null, };

export type PollView = { id: string, 
/**
 * 1, 2, 3 … within the meeting.
 */
number: number, agenda_item_id: string | null, question: string, kind: PollKind, secret: boolean, majority: Majority, quorum_overridden: boolean, is_open: boolean, 
/**
 * Named polls: who voted how (and who cast a proxy's ballot). Always empty for secret polls.
 */
ballots: Array<BallotView>, totals: Totals | null, 
/**
 * While open: the result if the poll closed now. Once closed: the result recorded then.
 */
result: PollResult | null, 
/**
 * `result`'s figures by name (`PollResult::named_tally`), for the screens.
 */
tally: NamedTally | null, 
/**
 * Each time Undo opened the closed poll again, oldest first: the record keeps the result
 * it had been closed with, beside the final one.
 */
reopenings: Array<PollReopening>, };

export type PollReopening = { 
/**
 * Local time of the undo (from its log timestamp).
 */
at: string, 
/**
 * The author of the undo.
 */
by: string, earlier_result: PollResult, };

export type BallotView = { member_id: string, member_name: string, cast_by_id: string, cast_by_name: string, 
/**
 * This ballot replaced an earlier one for the same member ("stemme ændret").
 */
replaced: boolean, 
/**
 * When it did, when the event says (ballots recorded by Gavel 0.1 carry no time).
 */
replaced_at: string | null, ballot: Ballot, 
/**
 * The ballot as the record words it (`rules::describe_ballot`), as the minutes print it.
 */
described: Bilingual, };

export type DecisionView = { id: string, number: number, agenda_item_id: string | null, poll_id: string | null, outcome: DecisionOutcome, text: string, backlog_changes: Array<BacklogChange>, priority_order: Array<string> | null, };

export type DecisionConflict = { meeting_id: string, meeting_title: string, agenda_item_id: string, agenda_item_title: string, 
/**
 * Every decision on the item that conflicts with another, in number order.
 */
decisions: Array<ConflictingDecision>, };

export type ConflictingDecision = { decision_id: string, number: number, outcome: DecisionOutcome, text: string, 
/**
 * Who recorded it, and on which laptop.
 */
recorded_by: string, device: string, };

export type ActionItemView = { id: string, number: number, agenda_item_id: string | null, text: string, owner_member_id: string | null, 
/**
 * The member's name, or the name given for someone outside the group.
 */
owner_name: string | null, due_date: string | null, 
/**
 * The day it was done, recorded after the meeting (`SetActionItemDone`); `None` while it
 * is open. Never printed in the minutes: following up is not part of what was agreed.
 */
done_on: string | null, };

export type MinutesSignatureView = { version: number, 
/**
 * 1 for the first signature of the version, then countersignatures.
 */
number: number, fingerprint: string, document_sha256: string, signer_name: string, role: string, signed_at: string, };

export type MinutesAmendmentView = { version: number, amends_version: number | null, reason: string, at: string, };

export type RulesOfProcedure = { quorum: Quorum, 
/**
 * The majority a poll needs unless the poll names its own.
 */
majority: Majority, 
/**
 * Whether abstentions ("undlader at stemme") count as votes cast (and so, in effect,
 * against).
 */
abstentions_count_as_cast: boolean, 
/**
 * Whether blank votes ("blank stemme", in yes/no and choice polls) count as votes cast.
 * Danish practice (kommunestyrelsesloven) treats a blank vote as not voting, so by default
 * they do not. Rules stored before blank votes had a rule of their own (Gavel 0.3 and
 * earlier) count blank votes as they count abstentions, as those Gavels did; and so the
 * field is left out of the stored JSON when it equals `abstentions_count_as_cast`, which
 * keeps every event of rules that treat both alike byte for byte as Gavel 0.3 wrote it.
 */
blank_votes_count_as_cast?: boolean, 
/**
 * On a tie under a simple majority (or for first place in a plurality), the chair's own
 * vote decides.
 */
chair_has_casting_vote: boolean, 
/**
 * How many absent members one present member may represent; 0 forbids proxies.
 */
max_proxies_per_holder: number, 
/**
 * Whether members represented by proxy count toward quorum and toward "present".
 */
proxies_count_as_present: boolean, };

export type RulesPreset = { id: RulesPresetId, name: Bilingual, 
/**
 * Who uses it and the rule in one sentence.
 */
description: Bilingual, rules: RulesOfProcedure, };

export type RulesPresetId = "os2_steering_group" | "municipal_committee" | "board" | "general_meeting_statutes";

export type RulesDescription = { 
/**
 * When the meeting is quorate.
 */
quorum: Bilingual, 
/**
 * The rule a yes/no poll is decided by (the minutes print it under every such poll).
 */
yes_no_poll: Bilingual, 
/**
 * Who may vote for whom.
 */
proxies: Bilingual, 
/**
 * The preset these rules are, if they are one unchanged.
 */
preset: RulesPresetId | null, };

export type Quorum = { "type": "none" } | { "type": "at_least_count", count: number, measure: QuorumMeasure, } | { "type": "at_least_fraction", numerator: number, denominator: number, measure: QuorumMeasure, } | { "type": "more_than_fraction", numerator: number, denominator: number, measure: QuorumMeasure, };

export type QuorumMeasure = "members" | "vote_weight";

export type Majority = { "type": "more_than_half", base: MajorityBase, } | { "type": "qualified", numerator: number, denominator: number, base: MajorityBase, } | { "type": "unanimity" } | { "type": "unanimity_of_all" } | { "type": "plurality" };

export type MajorityBase = "votes_cast" | "present" | "all_voting_members";

export type Attendance = "unknown" | "present" | "absent" | "excused" | "left";

export type PollKind = { "type": "yes_no" } | { "type": "choice", options: Array<string>, } | { "type": "points", items: Array<string>, points_per_voter: number, } | { "type": "ranking", items: Array<string>, };

export type Ballot = { "type": "yes" } | { "type": "no" } | { "type": "abstain" } | { "type": "option", index: number, } | { "type": "blank" } | { "type": "points", points: Array<number>, } | { "type": "ranking", order: Array<number>, };

export type Totals = { "type": "yes_no", yes: number, no: number, abstain: number, 
/**
 * Blank votes; left out when there are none (and by Gavel 0.3 and earlier).
 */
blank?: number, } | { "type": "choice", votes: Array<number>, blank: number, } | { "type": "scores", scores: Array<number>, };

export type Bilingual = { da: string, en: string, };

export type QuorumResult = { is_quorate: boolean, 
/**
 * Members (or vote weight, per the rule) present, counting proxies when the rules say so.
 */
present: number, required: number, 
/**
 * All voting members (or all vote weight).
 */
total: number, 
/**
 * E.g. "Beslutningsdygtig: 6 af 9 stemmeberettigede til stede, kræver 5."
 */
text: Bilingual, };

export type PollOutcome = { "type": "carried" } | { "type": "not_carried" } | { "type": "winner", index: number, } | { "type": "no_winner" } | { "type": "ranked" };

export type PollResult = { outcome: PollOutcome, 
/**
 * Weighted totals: for yes/no [for, against, abstain], then blank when there were blank
 * votes; for choice one per option then blank; for prioritisation one score per item.
 */
tally: Array<number>, 
/**
 * Prioritisation polls: item indexes best first, ties in the order the items were listed.
 */
ranking: Array<number>, 
/**
 * Whether the chair's casting vote decided a tie.
 */
casting_vote_used: boolean, 
/**
 * The rule applied, e.g. "Kræver simpelt flertal af de afgivne stemmer; undladelser tælles
 * ikke med." Printed with the result in the UI and the minutes.
 */
rule: Bilingual, 
/**
 * The outcome with its figures, e.g. "Vedtaget: 7 for, 2 imod, 1 undlod."
 */
summary: Bilingual, };

export type NamedTally = { "type": "yes_no", yes: number, no: number, abstain: number, blank: number | null, } | { "type": "choice", options: Array<OptionVotes>, blank: number, } | { "type": "prioritised", best_first: Array<OptionVotes>, };

export type ProjectorMeeting = { meeting_id: string, title: string, 
/**
 * The agenda item being discussed; `None` before the first or after the last.
 */
current_item: ProjectorAgendaItem | null, quorum: QuorumResult, 
/**
 * The open poll, or else the one closed last; `None` before the first poll.
 */
poll: ProjectorPoll | null, };

export type ProjectorAgendaItem = { id: string, position: number, title: string, };

export type ProjectorPoll = { id: string, number: number, question: string, is_open: boolean, 
/**
 * Counted by hand (a secret poll, or one whose totals are recorded): no ballots are
 * counted while it is open.
 */
counted_by_hand: boolean, 
/**
 * While a named poll is open and not counted by hand: how many of those who may vote have
 * voted (people, not vote weight), and how many may.
 */
voted: VotedSoFar | null, 
/**
 * Once closed: the result, by name, with its summary and the rule applied. The figures of an
 * open poll stay off the wall, so that nobody votes by the running tally.
 */
result: ProjectorResult | null, };

export type VotedSoFar = { cast: number, eligible: number, };

export type ProjectorResult = { tally: NamedTally, summary: Bilingual, rule: Bilingual, };

export type OptionVotes = { option: string, votes: number, };

export type Minutes = { meeting_id: string, group_name: string, title: string, 
/**
 * The planned start, local time of the meeting room.
 */
starts_at: string, opened_at: string | null, 
/**
 * Always set: minutes are made from closed meetings only.
 */
closed_at: string, location: string | null, 
/**
 * Every member of the group, in name order.
 */
attendance: Array<MinutesAttendee>, 
/**
 * The quorum when the meeting closed, e.g. "Beslutningsdygtig: 7 af 9 …".
 */
quorum: Bilingual, 
/**
 * In agenda order, each with the polls, decisions and action items recorded under it.
 */
agenda: Array<MinutesAgendaItem>, 
/**
 * Polls, decisions and action items recorded outside any agenda item.
 */
other_business: MinutesRecords, 
/**
 * The group's new priority order, when a decision of this meeting set one (the last such
 * decision wins, as it does in the read tables).
 */
backlog_order: Array<MinutesBacklogEntry>, 
/**
 * Who signs: the group's chair(s) first, then the secretary (or secretaries).
 */
signatories: Array<Signatory>, 
/**
 * SHA-256 over the meeting's event hashes (see ARCHITECTURE.md, "The log").
 */
log_fingerprint: string, 
/**
 * Made in a practice database: every page says that these are not real minutes.
 */
practice: boolean, 
/**
 * The later meeting that approved these minutes (godkendelse af referat), once one has.
 */
approval?: MinutesApproval, };

export type MinutesAttendee = { name: string, organisation: string | null, role: MemberRole, voting_right: boolean, vote_weight: number, attendance: Attendance, arrived_at: string | null, left_at: string | null, 
/**
 * The present member who held this member's proxy.
 */
proxy_holder: string | null, };

export type MinutesAgendaItem = { 
/**
 * 1-based.
 */
position: number, title: string, backlog_key: string | null, 
/**
 * What the group was asked to decide (indstilling); left out when the item had none.
 */
proposed_decision?: string, notes: string, records: MinutesRecords, };

export type MinutesRecords = { polls: Array<MinutesPoll>, decisions: Array<MinutesDecision>, action_items: Array<MinutesActionItem>, };

export type MinutesPoll = { 
/**
 * 1, 2, 3 … within the meeting.
 */
number: number, question: string, 
/**
 * The options of a choice poll or the items of a prioritisation poll.
 */
kind: PollKind, secret: boolean, quorum_overridden: boolean, 
/**
 * The rule applied, as `PollResult::rule`; `None` for a poll closed without a result.
 */
rule: Bilingual | null, 
/**
 * The outcome with its figures, as `PollResult::summary`.
 */
summary: Bilingual | null, 
/**
 * Weighted totals as `PollResult::tally`: yes/no [for, against, abstain]; choice one per
 * option then blank; prioritisation one score per item.
 */
tally: Array<number>, 
/**
 * Prioritisation polls: item indexes best first.
 */
ranking: Array<number>, casting_vote_used: boolean, 
/**
 * Named polls only: who voted how. Always empty for secret polls.
 */
ballots: Array<MinutesBallot>, 
/**
 * Each time the closed poll was opened again by Undo, with the result it had then.
 */
reopenings: Array<PollReopening>, };

export type MinutesBallot = { member: string, 
/**
 * The proxy holder who cast this ballot for an absent member.
 */
cast_by_proxy: string | null, ballot: Ballot, 
/**
 * The ballot replaced an earlier one ("stemme ændret"), and when, if the record says.
 */
replaced: boolean, replaced_at: string | null, };

export type MinutesDecision = { number: number, outcome: DecisionOutcome, text: string, 
/**
 * The poll this decision rests on, by its number.
 */
poll_number: number | null, linked_items: Array<MinutesLinkedItem>, 
/**
 * The new priority order this decision set (issue keys, best first).
 */
priority_order: Array<string>, 
/**
 * The other decisions on the same agenda item, by number, that another laptop recorded
 * without having seen this one (`MeetingDetail::decision_conflicts`). The minutes print the
 * conflict until the chair keeps one; minutes with one are not signed. Left out when empty.
 */
unresolved_conflict_with?: Array<number>, };

export type MinutesLinkedItem = { key: string, 
/**
 * The backlog item's title when the backlog has it.
 */
title: string | null, new_status: string | null, };

export type MinutesActionItem = { number: number, text: string, owner: string | null, due_date: string | null, };

export type MinutesBacklogEntry = { 
/**
 * 1-based place in the new order.
 */
place: number, key: string, title: string | null, status: string | null, };

export type Signatory = { name: string, organisation: string | null, role: MemberRole, };

export type SyncImportReport = { file_name: string, exported_by_device: string, exported_by_author: string, 
/**
 * Who signed the file (the signature verified), or `None`: the file is not signed. A file
 * whose signature does not verify is refused and gets no report.
 */
signed_by: SyncSigner | null, events_in_file: number, events_added: number, events_already_present: number, 
/**
 * Names of groups this database did not have.
 */
groups_added: Array<string>, 
/**
 * Titles of meetings this database did not have.
 */
meetings_added: Array<string>, 
/**
 * Titles of meetings that got new events.
 */
meetings_changed: Array<string>, 
/**
 * Fields both sides changed without seeing each other's change.
 */
conflicts: Array<SyncConflict>, 
/**
 * Decisions on one agenda item that two laptops recorded without seeing each other's, in the
 * meetings this file changed: both stand until the chair keeps one
 * (`ResolveDecisionConflict`), and minutes with one are not signed.
 */
decision_conflicts: Array<DecisionConflict>, 
/**
 * Events not imported because they would change signed minutes.
 */
refused: Array<Bilingual>, 
/**
 * Every device whose chains the file carries: who it is, and whether it is trusted here.
 */
devices: Array<DeviceInFile>, 
/**
 * New events not taken because their device is not trusted (see `devices`).
 */
events_not_taken: number, dry_run: boolean, };

export type SyncConflict = { 
/**
 * What was changed, e.g. "noterne til dagsordenspunktet »Eventuelt«".
 */
field: Bilingual, kept: ConflictSide, overridden: ConflictSide, };

export type ConflictSide = { value: Bilingual, author: string, device: string, event_id: string, };

export type BackupFile = { path: string, file_name: string, 
/**
 * When the backup was made (from its name).
 */
made_at: string, 
/**
 * `before-upgrade-v2`, `meeting-closed` or `before-restore`.
 */
reason: string, 
/**
 * The reason in words.
 */
why: Bilingual, size_bytes: number, 
/**
 * Meetings in the backup; `None` when the file cannot be read as a Gavel database.
 */
meetings: number | null, 
/**
 * Events in the backup's log; `None` when the file cannot be read as a Gavel database.
 */
events: number | null, };

export type RestoredBackup = { 
/**
 * The file that was restored.
 */
restored_from: string, 
/**
 * The copy of the database as it was just before the restore.
 */
before_restore_backup: string, };

export type SyncSigner = { 
/**
 * The certificate's common name, e.g. "Mette Kjærgaard Holm".
 */
name: string, organisation: string | null, 
/**
 * SHA-256 of the certificate (DER), as "AB:CD:…", the way `openssl x509 -fingerprint
 * -sha256` prints it, so a reader can compare it with the certificate the chair gave out.
 */
certificate_sha256: string, };

export type DeviceInFile = { id: string, 
/**
 * The name on its card in the file, or the name it had when it was trusted here.
 */
name: string | null, 
/**
 * Its key's fingerprint ("3F2A 91C0 …"), when the file carries its key.
 */
fingerprint: string | null, trust: DeviceTrust, 
/**
 * Its events in the file that this database does not have.
 */
new_events: number, 
/**
 * Of those, the ones not taken because the device is not trusted.
 */
events_not_taken: number, };

export type DeviceTrust = { "kind": "this_laptop" } | { "kind": "known", trusted_by: string, } | { "kind": "accepted_now" } | { "kind": "vouched_for", certificate: string, } | { "kind": "not_accepted" } | { "kind": "unsigned" };

export type ThisDevice = { id: string, name: string, fingerprint: string, };

export type KnownDevice = { id: string, name: string, fingerprint: string, 
/**
 * Who decided to trust it: "the chair" or the certificate that vouched for it.
 */
trusted_by: string, 
/**
 * When, UTC milliseconds.
 */
trusted_at_millis: number, };

export type MemberListReport = { file_name: string, dry_run: boolean, 
/**
 * "UTF-8" or "Windows-1252".
 */
encoding: string, separator: ListSeparator, 
/**
 * Every column of the header and what it was read as (`None`: ignored).
 */
columns: Array<MemberListColumn>, rows: Array<MemberListRow>, 
/**
 * Organisations the list names that the group does not have yet; they are added.
 */
new_organisations: Array<string>, 
/**
 * Serving members the list does not name: kept as they are.
 */
not_in_list: Array<string>, added: number, changed: number, unchanged: number, };

export type MemberListColumn = { header: string, field: MemberField | null, };

export type ListSeparator = "tab" | "semicolon" | "comma";

export type MemberField = "name" | "organisation" | "role" | "email" | "voting_right" | "vote_weight";

export type MemberListRow = { 
/**
 * The line of the file (1 is the header). A JSON number, which TypeScript reads as a number
 * (a file never has 2^53 lines).
 */
line: number, name: string, organisation: string | null, role: MemberRole, voting_right: boolean, vote_weight: number, email: string | null, action: MemberListAction, };

export type MemberListAction = { "type": "add" } | { "type": "update", member_id: string, fields: Array<MemberField>, } | { "type": "unchanged", member_id: string, };

export type RegisterKind = "decision" | "action_item" | "poll_result";

export type FollowUp = "open" | "done" | "overdue";

export type RegisterEntry = { kind: RegisterKind, meeting_id: string, meeting_title: string, group_id: string, group_name: string, meeting_date: string, meeting_status: MeetingStatus, 
/**
 * The current minutes version has been signed.
 */
minutes_signed: boolean, 
/**
 * The decision's, poll's or action item's number within its meeting.
 */
number: number, 
/**
 * "3. Hosting af OS2mo": the agenda item it was recorded under, if any.
 */
agenda_item: string | null, 
/**
 * The issue keys it is about, without repeats.
 */
backlog_keys: Array<string>, 
/**
 * A decision's outcome; `None` for an action item.
 */
outcome: DecisionOutcome | null, text: string, 
/**
 * An action item's owner.
 */
owner: string | null, 
/**
 * An action item's due date.
 */
due_date: string | null, 
/**
 * An action item's id, to follow it up (`SetActionItemDone`); `None` for other entries.
 */
action_item_id: string | null, 
/**
 * The day an action item was done; `None` while open, and for other entries.
 */
done_on: string | null, 
/**
 * An action item still open whose due date was before today (this computer's clock): what
 * a chair chases before the next meeting. False for every other entry.
 */
overdue: boolean, 
/**
 * A poll's result with its figures ("Vedtaget: 7 for, 2 imod, 1 undlod."), as recorded;
 * left out for decisions and action items.
 */
poll_result?: Bilingual, 
/**
 * When searching: `text` cut into runs, the words the search found marked.
 */
text_parts?: Array<TextPart>, 
/**
 * When searching a poll's entry: `poll_result` cut into runs, the words found marked.
 */
poll_result_parts?: MarkedBilingual, };

export type TextPart = { text: string, hit: boolean, };

export type MarkedBilingual = { da: Array<TextPart>, en: Array<TextPart>, };
