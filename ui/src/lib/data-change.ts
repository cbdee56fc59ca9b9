// What a window reloads when the Rust side says the database changed (the data-changed event,
// `DataChange` in src-tauri/src/commands/mod.rs). A ballot, attendance or a poll's opening
// changes only its meeting: the window that sent it already got the meeting back from
// applyCommands, another window showing that meeting reloads it, and no list is read again.

import type { DataChange } from "./generated/ipc";

/** Everything a window shows, the one meeting it shows, or nothing. */
export type Reload = "everything" | "meeting" | "nothing";

/** What this window shows: its label (Tauri's window label) and the meeting on screen, if any. */
export type Shown = { windowLabel: string; meetingId: string | null };

export function reloadFor(change: DataChange, shown: Shown): Reload {
  if (change.lists) return "everything";
  // This window's own change of its meeting: applyCommands returned the meeting as it is now.
  if (change.origin === shown.windowLabel) return "nothing";
  if (shown.meetingId !== null && change.meetings.includes(shown.meetingId)) return "meeting";
  return "nothing";
}
