// Generated from the Rust types in crates/gavel-core — do not edit.
// Regenerate with: UPDATE_GENERATED=1 cargo test -p gavel-desktop generated_types

export type Command = { "type": "CreateGroup", id?: string, name: string, } | { "type": "AddOrganisation", id?: string, group_id: string, name: string, } | { "type": "AddMember", id?: string, group_id: string, name: string, organisation_id?: string, role?: MemberRole, 
/**
 * Defaults by role: chairs and members vote, secretaries and observers do not.
 */
voting_right?: boolean, 
/**
 * Defaults to 1.
 */
vote_weight?: number, } | { "type": "UpsertBacklogItem", key: string, title?: string, status?: string, priority?: string, 
/**
 * Jira rank (LexoRank); items sort by plain string comparison of this value.
 */
rank?: string, story_points?: number, labels?: Array<string>, } | { "type": "CreateMeeting", id?: string, group_id: string, title: string, 
/**
 * Local time of the meeting room, e.g. "2026-12-03T13:00:00".
 */
starts_at: string, location?: string, } | { "type": "AddAgendaItem", id?: string, meeting_id: string, title?: string, backlog_key?: string, position?: number, } | { "type": "MoveAgendaItem", agenda_item_id: string, position: number, };

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

export type MemberRole = "chair" | "secretary" | "member" | "observer";

export type BacklogItem = { key: string, title: string, status: string | null, priority: string | null, rank: string | null, story_points: number | null, labels: Array<string>, };

export type BacklogImportReport = { file_name: string, added: number, changed: number, unchanged: number, };

export type GroupView = { id: string, name: string, organisations: Array<OrganisationView>, members: Array<MemberView>, };

export type OrganisationView = { id: string, name: string, };

export type MemberView = { id: string, name: string, organisation_id: string | null, organisation_name: string | null, role: MemberRole, voting_right: boolean, vote_weight: number, };

export type MeetingStatus = "draft";

export type MeetingSummary = { id: string, group_id: string, group_name: string, title: string, starts_at: string, location: string | null, status: MeetingStatus, agenda_item_count: number, };

export type MeetingDetail = { meeting: MeetingSummary, agenda: Array<AgendaItemView>, 
/**
 * SHA-256 over the meeting's event hashes in log order: changes whenever the meeting does,
 * and is the same on every device holding the same events.
 */
log_fingerprint: string, };

export type AgendaItemView = { id: string, 
/**
 * 1-based.
 */
position: number, 
/**
 * The item's own title, or the linked backlog item's title.
 */
title: string, backlog_key: string | null, };

export type ErrorKind = "bad_input" | "rejected" | "not_found" | "database_too_new" | "not_a_database" | "storage";
