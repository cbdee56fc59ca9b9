//! Commands: everything a user can ask the store to change. One enum, so that the CLI's JSON lines,
//! the desktop app and tests all speak the same language (documented in docs/commands.md).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use gavel_messages::{Language, fixed_text};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::rules::{Attendance, Ballot, Majority, PollKind, RulesOfProcedure, Totals};

/// A request to change the meeting record. `id` fields are optional: when absent the store derives
/// a fresh id; scripts that refer to a record in a later command give their own.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(tag = "type", deny_unknown_fields)]
pub enum Command {
    CreateGroup {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        name: String,
        /// Defaults to a steering group.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        kind: Option<GroupKind>,
        /// The language the group's minutes are written in; defaults to Danish.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        minutes_language: Option<MinutesLanguage>,
    },
    /// Renames a group or changes its kind or minutes language. Meetings already held keep what
    /// their minutes showed; the new name is used from now on.
    UpdateGroup {
        group_id: Uuid,
        name: String,
        kind: GroupKind,
        minutes_language: MinutesLanguage,
    },
    /// Undoes the group's latest change (a member added, edited or retired, an organisation
    /// added or renamed, new rules of procedure) that is not yet undone, by a compensating event.
    UndoGroupChange {
        group_id: Uuid,
    },
    AddOrganisation {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        group_id: Uuid,
        name: String,
    },
    AddMember {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        group_id: Uuid,
        name: String,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        organisation_id: Option<Uuid>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        role: Option<MemberRole>,
        /// Defaults by role: chairs and members vote, secretaries and observers do not.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        voting_right: Option<bool>,
        /// Defaults to 1.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        vote_weight: Option<u32>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        email: Option<String>,
        /// The first day the member holds the seat; meetings before it do not list them.
        /// Default: always (a founding member).
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        joined_on: Option<NaiveDate>,
    },
    RenameOrganisation {
        organisation_id: Uuid,
        name: String,
    },
    /// Corrects or changes a member's details; every field is given, as the edit form shows them.
    /// Meetings already closed keep the details their minutes showed.
    UpdateMember {
        member_id: Uuid,
        name: String,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        organisation_id: Option<Uuid>,
        role: MemberRole,
        voting_right: bool,
        vote_weight: u32,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        email: Option<String>,
    },
    /// A member leaves the group from `on` (the first day they no longer hold the seat): meetings
    /// before that day keep them on their roll call, later ones do not. A `successor` takes the
    /// seat from the same day, with the same organisation, role, voting right and weight.
    RetireMember {
        member_id: Uuid,
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        on: NaiveDate,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        successor: Option<Successor>,
    },
    /// Adds a backlog item, or updates the one with the same issue key. Fields left out keep their
    /// value; an empty string clears a text field.
    UpsertBacklogItem {
        key: String,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        title: Option<String>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        status: Option<String>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        priority: Option<String>,
        /// Jira rank (LexoRank); items sort by plain string comparison of this value.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        rank: Option<String>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        story_points: Option<f64>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        labels: Option<Vec<String>>,
        /// The issue key of the item's parent (its epic, or the story of a sub-task), which must
        /// be in the backlog; an empty string clears it.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        parent: Option<String>,
        /// Jira's vote count: how many voted for the issue in Jira (in OS2 collaborations, the
        /// member municipalities).
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        votes: Option<u32>,
        /// How many watch the issue in Jira.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        watchers: Option<u32>,
        /// The description as plain text, at most 64 KB (the agenda pack prints it
        /// under the item that names the issue); an empty string clears it.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        description: Option<String>,
    },
    CreateMeeting {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        group_id: Uuid,
        title: String,
        /// Local time of the meeting room, e.g. "2026-12-03T13:00:00".
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        starts_at: NaiveDateTime,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        location: Option<String>,
    },
    /// Changes a meeting's title, time or place until it closes; an invitation written afterwards
    /// is an update of the earlier one (docs/invitation.md).
    UpdateMeeting {
        meeting_id: Uuid,
        title: String,
        /// Local time of the meeting room, e.g. "2026-12-03T13:00:00".
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        starts_at: NaiveDateTime,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        location: Option<String>,
    },
    /// Cancels a meeting that has not started. It stays in the list as cancelled, nothing more
    /// can be recorded in it, and its invitation becomes a cancellation. Cannot be undone.
    CancelMeeting {
        meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        reason: Option<String>,
    },
    /// Adds an agenda item: a backlog item (by issue key), a free text item (by title), or a backlog
    /// item with a title of its own. Appended at the end unless `position` (1-based) is given.
    AddAgendaItem {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        title: Option<String>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        backlog_key: Option<String>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        position: Option<u32>,
    },
    /// Puts the approval of an earlier meeting's signed minutes on the agenda ("Godkendelse af
    /// referat fra …"), first unless `position` says otherwise. The earlier meeting is of the same
    /// group, closed and signed, and no meeting has approved its minutes.
    AddMinutesApproval {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        meeting_id: Uuid,
        approved_meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        position: Option<u32>,
    },
    /// Records on an approval item that the earlier minutes are approved. With `corrections`,
    /// they are approved with those corrections, and the earlier minutes are amended (a new
    /// version, to be corrected and signed again).
    ApproveMinutes {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        meeting_id: Uuid,
        agenda_item_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        corrections: Option<String>,
    },
    /// Moves an agenda item to a new 1-based position; the others close up around it.
    MoveAgendaItem {
        agenda_item_id: Uuid,
        position: u32,
    },
    /// Sets the group's rules of procedure; meetings opened afterwards use them.
    SetRulesOfProcedure {
        group_id: Uuid,
        rules: RulesOfProcedure,
    },
    /// Starts the meeting (draft → open) and copies the group's rules of procedure into it.
    /// `at` (local time) records a meeting afterwards; default: now.
    OpenMeeting {
        meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        at: Option<NaiveDateTime>,
    },
    /// Ends the meeting (open → closed). Every poll must be closed first.
    CloseMeeting {
        meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        at: Option<NaiveDateTime>,
    },
    /// The agenda item being discussed now (shown on the projector).
    SetCurrentAgendaItem {
        agenda_item_id: Uuid,
    },
    SetAgendaItemNotes {
        agenda_item_id: Uuid,
        notes: String,
    },
    /// What the item is about (sagsfremstilling) and what the group is asked to decide
    /// (indstilling), as plain text: the agenda and the invitation show them, and the live
    /// meeting offers the proposal as the decision's text. Empty text clears a field.
    SetAgendaItemProposal {
        agenda_item_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        case_description: Option<String>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        proposed_decision: Option<String>,
        /// Who presents the item ("Lise Østergaard, Aarhus Kommune").
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        responsible: Option<String>,
        /// Web addresses for the item (the Jira issue, a document), `https://` or `http://`.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        links: Option<Vec<String>>,
    },
    /// Minutes planned for the item; `null` removes the time box.
    SetAgendaItemTimeBox {
        agenda_item_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        minutes: Option<u32>,
    },
    /// Marks a member present, absent, excused or left. `at` (local "HH:MM") is the arrival
    /// or departure time; when left out, the time now.
    SetAttendance {
        meeting_id: Uuid,
        member_id: Uuid,
        attendance: Attendance,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        at: Option<NaiveTime>,
    },
    /// An absent voting member gives their proxy to a present one (within the rules' cap).
    GiveProxy {
        meeting_id: Uuid,
        from_member_id: Uuid,
        to_member_id: Uuid,
    },
    WithdrawProxy {
        meeting_id: Uuid,
        from_member_id: Uuid,
    },
    /// Puts a question to a vote. Refused while the meeting is not quorate unless
    /// `override_quorum` is set; the override is recorded.
    OpenPoll {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        agenda_item_id: Option<Uuid>,
        question: String,
        kind: PollKind,
        /// Secret polls record hand-counted totals only, never who voted how.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        secret: Option<bool>,
        /// The majority this poll needs, when it differs from the rules' default.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        majority: Option<Majority>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        override_quorum: Option<bool>,
    },
    /// Records (or changes, while the poll is open) a member's ballot. For an absent member the
    /// ballot is cast by their proxy holder.
    RecordBallot {
        poll_id: Uuid,
        member_id: Uuid,
        ballot: Ballot,
    },
    /// Records hand-counted totals (secret polls, or a show of hands).
    RecordTotals {
        poll_id: Uuid,
        totals: Totals,
    },
    /// Closes the poll and computes its result under the meeting's rules of procedure.
    ClosePoll {
        poll_id: Uuid,
    },
    RecordDecision {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        agenda_item_id: Option<Uuid>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        poll_id: Option<Uuid>,
        outcome: DecisionOutcome,
        text: String,
        /// New statuses of linked backlog items.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        backlog_changes: Option<Vec<BacklogChange>>,
        /// The group's new priority order: these issue keys first, in this order.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        priority_order: Option<Vec<String>>,
    },
    /// An action item is done (from `on`, today when left out) or, with `done: false`, open again.
    /// Recorded on the group's stream, not the meeting's: the meeting that agreed on it may be
    /// closed and its minutes signed, and following up changes nothing in them.
    SetActionItemDone {
        action_item_id: Uuid,
        done: bool,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional, type = "string"))]
        on: Option<NaiveDate>,
    },
    /// Publish a closed meeting on the group's website (`gavel publish`), or (`public: false`)
    /// keep it off. Recorded on the group's stream, not the meeting's: the meeting is closed and
    /// its minutes are usually signed (frozen), and publishing changes nothing in them.
    SetMeetingPublic {
        meeting_id: Uuid,
        public: bool,
    },
    AddActionItem {
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        id: Option<Uuid>,
        meeting_id: Uuid,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        agenda_item_id: Option<Uuid>,
        text: String,
        /// A member of the group, or …
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        owner_member_id: Option<Uuid>,
        /// … someone outside it, by name.
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        owner_name: Option<String>,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        due_date: Option<NaiveDate>,
    },
    /// Undoes the meeting's latest action that is not yet undone, by a compensating event.
    Undo {
        meeting_id: Uuid,
    },
    /// Records that the minutes of a closed meeting were signed (or countersigned). `fingerprint`
    /// is the log fingerprint printed in the signed PDF: it must be the meeting's current one, so
    /// that a signature always covers exactly what the meeting holds. Once signed, the meeting is
    /// frozen: only `AmendMinutes` changes it again.
    RecordMinutesSigned {
        meeting_id: Uuid,
        fingerprint: String,
        /// SHA-256 of the signed PDF file, in hex.
        document_sha256: String,
        signer_name: String,
        /// E.g. "chair", "secretary", "member".
        role: String,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        signed_at: Option<NaiveDateTime>,
    },
    /// Two laptops recorded decisions on one agenda item without seeing each other's: keeps
    /// `keep` and withdraws the others in conflict with it. Allowed while the minutes are not
    /// signed (an open or a closed meeting); signed minutes are amended first.
    ResolveDecisionConflict {
        meeting_id: Uuid,
        keep: Uuid,
    },
    /// Reopens a closed meeting to correct it. When its minutes are signed, the corrections make a
    /// new minutes version that names the signed one.
    AmendMinutes {
        meeting_id: Uuid,
        reason: String,
        #[serde(default)]
        #[cfg_attr(feature = "typescript", ts(optional))]
        #[cfg_attr(feature = "typescript", ts(type = "string"))]
        at: Option<NaiveDateTime>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DecisionOutcome {
    Approved,
    Rejected,
    Postponed,
    Noted,
}

impl DecisionOutcome {
    /// "Afvist" / "Rejected": the glossary's word (docs/glossary.md) in `language`, as the app and
    /// the minutes print it.
    pub fn name(self, language: Language) -> &'static str {
        match self {
            DecisionOutcome::Approved => fixed_text(language, "coreCommand-outcomeApproved"),
            DecisionOutcome::Rejected => fixed_text(language, "coreCommand-outcomeRejected"),
            DecisionOutcome::Postponed => fixed_text(language, "coreCommand-outcomePostponed"),
            DecisionOutcome::Noted => fixed_text(language, "coreCommand-outcomeNoted"),
        }
    }

    /// "Afvist": the Danish word.
    pub fn danish(self) -> &'static str {
        self.name(Language::Danish)
    }

    /// "Rejected": the English word.
    pub fn english(self) -> &'static str {
        self.name(Language::English)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DecisionOutcome::Approved => "approved",
            DecisionOutcome::Rejected => "rejected",
            DecisionOutcome::Postponed => "postponed",
            DecisionOutcome::Noted => "noted",
        }
    }
}

/// A backlog item linked to a decision, with its new status if the decision changed it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct BacklogChange {
    pub key: String,
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub new_status: Option<String>,
}

/// A member's role in the group. The chair (formand) leads the meetings and, where the rules say
/// so, breaks ties; secretaries (sekretær/referent) take the minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum MemberRole {
    Chair,
    ViceChair,
    Secretary,
    Member,
    Observer,
    Advisor,
}

impl MemberRole {
    pub const ALL: [MemberRole; 6] = [
        MemberRole::Chair,
        MemberRole::ViceChair,
        MemberRole::Secretary,
        MemberRole::Member,
        MemberRole::Observer,
        MemberRole::Advisor,
    ];

    /// Chairs and members vote; secretaries, observers and advisors take part without a vote.
    pub fn votes_by_default(self) -> bool {
        matches!(
            self,
            MemberRole::Chair | MemberRole::ViceChair | MemberRole::Member
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            MemberRole::Chair => "chair",
            MemberRole::ViceChair => "vice_chair",
            MemberRole::Secretary => "secretary",
            MemberRole::Member => "member",
            MemberRole::Observer => "observer",
            MemberRole::Advisor => "advisor",
        }
    }

    pub fn parse(text: &str) -> Option<MemberRole> {
        MemberRole::ALL
            .into_iter()
            .find(|role| role.as_str() == text)
    }

    /// "Næstformand" / "Vice chair": the glossary's name (docs/glossary.md) in `language`, as a
    /// title.
    pub fn name(self, language: Language) -> &'static str {
        match self {
            MemberRole::Chair => fixed_text(language, "coreCommand-roleChair"),
            MemberRole::ViceChair => fixed_text(language, "coreCommand-roleViceChair"),
            MemberRole::Secretary => fixed_text(language, "coreCommand-roleSecretary"),
            MemberRole::Member => fixed_text(language, "coreCommand-roleMember"),
            MemberRole::Observer => fixed_text(language, "coreCommand-roleObserver"),
            MemberRole::Advisor => fixed_text(language, "coreCommand-roleAdvisor"),
        }
    }

    /// "Formand": the Danish name.
    pub fn danish(self) -> &'static str {
        self.name(Language::Danish)
    }

    /// "Vice chair": the English name.
    pub fn english(self) -> &'static str {
        self.name(Language::English)
    }
}

/// What kind of group it is; printed on the minutes ("Styregruppen for …").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum GroupKind {
    #[default]
    SteeringGroup,
    CoordinationGroup,
    Other,
}

impl GroupKind {
    pub fn as_str(self) -> &'static str {
        match self {
            GroupKind::SteeringGroup => "steering_group",
            GroupKind::CoordinationGroup => "coordination_group",
            GroupKind::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<GroupKind> {
        [
            GroupKind::SteeringGroup,
            GroupKind::CoordinationGroup,
            GroupKind::Other,
        ]
        .into_iter()
        .find(|kind| kind.as_str() == text)
    }
}

/// The language a group's minutes are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum MinutesLanguage {
    #[default]
    Da,
    En,
}

impl MinutesLanguage {
    pub fn as_str(self) -> &'static str {
        match self {
            MinutesLanguage::Da => "da",
            MinutesLanguage::En => "en",
        }
    }

    pub fn parse(text: &str) -> Option<MinutesLanguage> {
        match text {
            "da" => Some(MinutesLanguage::Da),
            "en" => Some(MinutesLanguage::En),
            _ => None,
        }
    }
}

/// The catalogue's language for the minutes' language.
impl From<MinutesLanguage> for Language {
    fn from(language: MinutesLanguage) -> Language {
        match language {
            MinutesLanguage::Da => Language::Danish,
            MinutesLanguage::En => Language::English,
        }
    }
}

/// The member who takes a retiring member's seat.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Successor {
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub id: Option<Uuid>,
    pub name: String,
    #[serde(default)]
    #[cfg_attr(feature = "typescript", ts(optional))]
    pub email: Option<String>,
}

impl Command {
    /// Whether the command changes its meeting's page and nothing else that a window lists: the
    /// live meeting's ballots, counted totals, attendance and a poll's opening, which change no
    /// meeting summary, backlog item, group or register entry. After one, a window reloads at
    /// most the meeting it shows, and the window that sent it none (it gets the meeting back).
    /// Every other command counts as changing every list.
    pub(crate) fn changes_only_its_meeting(&self) -> bool {
        matches!(
            self,
            Command::RecordBallot { .. }
                | Command::RecordTotals { .. }
                | Command::SetAttendance { .. }
                | Command::OpenPoll { .. }
        )
    }
}

/// What one applied command did.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "typescript", derive(ts_rs::TS))]
pub struct Applied {
    /// The record the command created, if it created one.
    pub created_id: Option<Uuid>,
    /// The events appended to the log; empty when the command changed nothing (e.g. an upsert
    /// with the values already stored).
    pub event_ids: Vec<Uuid>,
}
