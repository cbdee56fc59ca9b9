// The follow-up of earlier meetings' action items at a meeting, as a chair goes through them at
// its start: which of the register's entries belong on the meeting's screen.

import type { RegisterQuery } from "./generated/ipc";
import type { MeetingSummary, RegisterEntry } from "./generated/types";

/**
 * The register's action items of one group's meetings up to `day` (ISO) — the later meetings are
 * not read — for `followUpAt` to pick the meeting's from.
 */
export function groupActionItemsQuery(groupId: string, day: string): RegisterQuery {
  return {
    group_id: groupId,
    kind: "action_item",
    outcome: null,
    follow_up: null,
    epic: null,
    from: null,
    to: day,
    search: null,
    limit: null,
  };
}

/**
 * The action items to follow up at `meeting`: those of its group's earlier meetings that were
 * still open when it began, or are open now while it is being prepared — not done, or done on
 * its day or `today` or later (ISO days), so that one marked done on the screen stays there,
 * marked done, and can be opened again. Oldest meeting first, in number order.
 */
export function followUpAt(
  entries: RegisterEntry[],
  meeting: Pick<MeetingSummary, "id" | "starts_at">,
  meetings: Pick<MeetingSummary, "id" | "starts_at">[],
  today: string,
): RegisterEntry[] {
  const earlier = new Set(meetings.filter((m) => m.starts_at < meeting.starts_at).map((m) => m.id));
  // (The entries are the group's already: the register was asked for its group alone.)
  const day = meeting.starts_at.slice(0, 10);
  const doneSince = today < day ? today : day;
  return entries
    .filter((entry) => entry.kind === "action_item" && entry.meeting_id !== meeting.id)
    .filter((entry) => earlier.has(entry.meeting_id))
    .filter((entry) => entry.done_on === null || entry.done_on >= doneSince)
    .sort(
      (a, b) =>
        a.meeting_date.localeCompare(b.meeting_date) ||
        a.meeting_title.localeCompare(b.meeting_title) ||
        a.number - b.number,
    );
}
