//! Gavel's core: the meeting as an append-only, hash-chained decision log in SQLite.
//!
//! Every change is a [`Command`] given to [`Store::apply`], the only write path. A command is
//! validated against the current state and turned into one or more events; the events are appended
//! to the log and folded into the read tables in the same transaction, which is durable before
//! `apply` returns. The read tables can always be rebuilt from the log ([`Store::rebuild`]).
//!
//! This crate knows nothing of its callers: no Tauri, no PDF, no terminal.

pub mod agenda_pack;
pub mod backup;
pub mod calendar;
mod clock;
mod command;
pub mod database_lock;
mod decide;
pub mod demo;
mod device_keys;
mod error;
mod event;
pub mod files;
pub mod import;
pub mod invitation;
mod jira_export;
pub mod locations;
mod log;
mod meeting_record;
mod meeting_state;
pub mod member_list;
pub mod minutes;
mod projection;
pub mod projector;
pub mod publish;
mod queries;
pub mod register;
mod restore;
pub mod rules;
mod schema;
mod store;
pub mod sync;
pub mod typed_text;
mod undo;
mod verify;
pub mod windows_paths;
mod wording;

pub use clock::{Clock, FixedClock, Hlc, SteppingClock, SystemClock};
pub use command::{
    Applied, BacklogChange, Command, DecisionOutcome, GroupKind, MemberRole, MinutesLanguage,
    Successor,
};
pub use error::{Error, ErrorKind, Record, Result, describe_io_error};
pub use event::{BACKLOG_STREAM, Event, EventPayload, StreamKind};
pub use import::{
    AddedBacklogItem, BacklogFile, BacklogImportReport, BacklogItemChange, BacklogRow,
    ColumnChoice, ColumnField, ColumnRecognition, DecidedStatusConflict, FieldChange, ImportFormat,
    ImportOptions, RecognisedBy, TextRepair, parse_backlog_csv, read_backlog_file,
    read_backlog_path,
};
pub use jira_export::{JiraUpdate, jira_updates_csv};
pub use queries::{
    ActionItemView, AgendaItemView, AttendanceView, BacklogItem, BallotView, ConflictingDecision,
    DecisionConflict, DecisionView, GroupView, MeetingCancellation, MeetingDetail, MeetingStatus,
    MeetingSummary, MemberView, MinutesAmendmentView, MinutesApproval, MinutesSignatureView,
    OrganisationView, PollReopening, PollView,
};
pub use schema::PROJECTION_TABLES as READ_TABLES;
pub use schema::VERSION as SCHEMA_VERSION;
pub use store::{BatchWritten, Store, StoreOptions, practice_database_path};
pub use verify::{BrokenEvent, LogVerification, StreamHead};

/// Writes the TypeScript declarations of every type that crosses the desktop app's IPC boundary,
/// in one file, so that the UI never redeclares a backend type.
#[cfg(feature = "typescript")]
pub fn typescript_declarations() -> String {
    use ts_rs::TS;
    let declarations = [
        Command::decl(),
        Applied::decl(),
        MemberRole::decl(),
        GroupKind::decl(),
        MinutesLanguage::decl(),
        Successor::decl(),
        BacklogItem::decl(),
        BacklogImportReport::decl(),
        AddedBacklogItem::decl(),
        BacklogItemChange::decl(),
        FieldChange::decl(),
        DecidedStatusConflict::decl(),
        TextRepair::decl(),
        ImportOptions::decl(),
        ColumnChoice::decl(),
        ColumnField::decl(),
        ColumnRecognition::decl(),
        RecognisedBy::decl(),
        ImportFormat::decl(),
        GroupView::decl(),
        OrganisationView::decl(),
        MemberView::decl(),
        MeetingStatus::decl(),
        MeetingCancellation::decl(),
        queries::MinutesApproval::decl(),
        MeetingSummary::decl(),
        MeetingDetail::decl(),
        AgendaItemView::decl(),
        ErrorKind::decl(),
        DecisionOutcome::decl(),
        BacklogChange::decl(),
        AttendanceView::decl(),
        PollView::decl(),
        PollReopening::decl(),
        BallotView::decl(),
        DecisionView::decl(),
        DecisionConflict::decl(),
        ConflictingDecision::decl(),
        ActionItemView::decl(),
        MinutesSignatureView::decl(),
        MinutesAmendmentView::decl(),
        rules::RulesOfProcedure::decl(),
        rules::RulesPreset::decl(),
        rules::RulesPresetId::decl(),
        rules::RulesDescription::decl(),
        rules::Quorum::decl(),
        rules::QuorumMeasure::decl(),
        rules::Majority::decl(),
        rules::MajorityBase::decl(),
        rules::Attendance::decl(),
        rules::PollKind::decl(),
        rules::Ballot::decl(),
        rules::Totals::decl(),
        rules::Bilingual::decl(),
        rules::QuorumResult::decl(),
        rules::PollOutcome::decl(),
        rules::PollResult::decl(),
        rules::NamedTally::decl(),
        projector::ProjectorMeeting::decl(),
        projector::ProjectorAgendaItem::decl(),
        projector::ProjectorPoll::decl(),
        projector::VotedSoFar::decl(),
        projector::ProjectorResult::decl(),
        rules::OptionVotes::decl(),
        minutes::Minutes::decl(),
        minutes::MinutesAttendee::decl(),
        minutes::MinutesAgendaItem::decl(),
        minutes::MinutesRecords::decl(),
        minutes::MinutesPoll::decl(),
        minutes::MinutesBallot::decl(),
        minutes::MinutesDecision::decl(),
        minutes::MinutesLinkedItem::decl(),
        minutes::MinutesActionItem::decl(),
        minutes::MinutesBacklogEntry::decl(),
        minutes::Signatory::decl(),
        sync::SyncImportReport::decl(),
        sync::SyncConflict::decl(),
        sync::ConflictSide::decl(),
        backup::BackupFile::decl(),
        backup::RestoredBackup::decl(),
        sync::SyncSigner::decl(),
        sync::DeviceInFile::decl(),
        sync::DeviceTrust::decl(),
        sync::ThisDevice::decl(),
        sync::KnownDevice::decl(),
        member_list::MemberListReport::decl(),
        member_list::MemberListColumn::decl(),
        member_list::ListSeparator::decl(),
        member_list::MemberField::decl(),
        member_list::MemberListRow::decl(),
        member_list::MemberListAction::decl(),
        register::RegisterKind::decl(),
        register::FollowUp::decl(),
        register::RegisterEntry::decl(),
        register::TextPart::decl(),
        register::MarkedBilingual::decl(),
    ];
    let mut out = String::from(
        "// Generated from the Rust types in crates/gavel-core — do not edit.\n\
         // Regenerate with: UPDATE_GENERATED=1 cargo test -p gavel-desktop generated_types\n\n",
    );
    for declaration in declarations {
        out.push_str("export ");
        out.push_str(&declaration);
        out.push_str("\n\n");
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    out
}
