// Builds the commands that create a meeting with its agenda, so that the form can send them in one
// applyCommands call (one transaction on the Rust side: the meeting never exists without its agenda).

import type { Command } from "./generated/types";

/** One line of the agenda being built: a backlog issue (by key) or a free-text item. */
export type AgendaDraftEntry =
  | { kind: "backlog"; backlogKey: string; title: string }
  | { kind: "free"; title: string };

export type NewMeeting = {
  meetingId: string;
  groupId: string;
  title: string;
  /** "YYYY-MM-DDTHH:MM:00", see format.toStartsAt. */
  startsAt: string;
  location: string;
  agenda: AgendaDraftEntry[];
};

export function createMeetingCommands(meeting: NewMeeting): Command[] {
  const location = meeting.location.trim();
  const create: Command = {
    type: "CreateMeeting",
    id: meeting.meetingId,
    group_id: meeting.groupId,
    title: meeting.title.trim(),
    starts_at: meeting.startsAt,
    ...(location === "" ? {} : { location }),
  };
  // No explicit positions: the Rust side appends each item, so the order of the commands is the order
  // of the agenda.
  const agenda: Command[] = meeting.agenda.map((entry) =>
    entry.kind === "backlog"
      ? { type: "AddAgendaItem", meeting_id: meeting.meetingId, backlog_key: entry.backlogKey }
      : { type: "AddAgendaItem", meeting_id: meeting.meetingId, title: entry.title.trim() },
  );
  return [create, ...agenda];
}

/** A random UUID (v4). crypto.randomUUID needs a secure context; getRandomValues does not. */
export function newId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
