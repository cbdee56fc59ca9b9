// The one door between the UI and the Rust side: the only module that imports @tauri-apps/api.
// Every function here is a thin, typed wrapper over one Tauri command (or event), and every
// rejection is turned into an `IpcError`, so components never see a raw Tauri error.

import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type {
  Applied,
  BacklogImportReport,
  BacklogItem,
  Command,
  ErrorKind,
  GroupView,
  MeetingDetail,
  MeetingSummary,
  SyncImportReport,
} from "./generated/types";

/** What the desktop shell tells the UI at start-up. Desktop-only, so not generated from gavel-core. */
export type AppInfo = {
  version: string;
  database_path: string;
  locale: "da" | "en";
  is_empty: boolean;
};

/** Where an exported sync file was saved and what it holds. Desktop-only, so not generated. */
export type ExportedFile = {
  path: string;
  meetings: number;
  events: number;
  bytes: number;
};

/**
 * The error every function here rejects with. `kind` comes from the Rust side; "unexpected" is
 * the UI's own kind for rejections that did not come from a Gavel command (a missing command, a
 * permission the capability file does not grant, running outside Tauri), which have no Rust kind.
 */
export type IpcError = { kind: ErrorKind | "unexpected"; message: string };

const ERROR_KINDS: ReadonlySet<string> = new Set<ErrorKind>([
  "bad_input",
  "rejected",
  "not_found",
  "database_too_new",
  "not_a_database",
  "storage",
]);

/** Turns whatever a promise rejected with into an `IpcError`. */
export function toIpcError(reason: unknown): IpcError {
  if (typeof reason === "object" && reason !== null) {
    const { kind, message } = reason as { kind?: unknown; message?: unknown };
    if (typeof kind === "string" && ERROR_KINDS.has(kind) && typeof message === "string") {
      return { kind: kind as ErrorKind, message };
    }
    if (kind === "unexpected" && typeof message === "string") {
      return { kind: "unexpected", message };
    }
    if (reason instanceof Error) {
      return { kind: "unexpected", message: reason.message };
    }
  }
  if (typeof reason === "string") {
    return { kind: "unexpected", message: reason };
  }
  return { kind: "unexpected", message: String(reason) };
}

export function appInfo(): Promise<AppInfo> {
  return call<AppInfo>("app_info");
}

export function listGroups(): Promise<GroupView[]> {
  return call<GroupView[]>("list_groups");
}

/** Backlog items in the order the Rust side ranks them. */
export function listBacklog(): Promise<BacklogItem[]> {
  return call<BacklogItem[]>("list_backlog");
}

export function listMeetings(): Promise<MeetingSummary[]> {
  return call<MeetingSummary[]>("list_meetings");
}

export function showMeeting(meetingId: string): Promise<MeetingDetail> {
  return call<MeetingDetail>("show_meeting", { meetingId });
}

export function loadDemo(): Promise<void> {
  return call<void>("load_demo");
}

/**
 * Imports a backlog file (a Jira export as CSV or JSON, or Gavel's CSV), or with `dryRun` reports
 * what the import would do without writing anything. The bytes go to the Rust side unchanged.
 */
export function importBacklogFile(
  fileName: string,
  bytes: Uint8Array,
  dryRun: boolean,
): Promise<BacklogImportReport> {
  // A Rust Vec<u8> argument is read from a JSON array of numbers, not from a typed array.
  return call<BacklogImportReport>("import_backlog_file", { fileName, bytes: Array.from(bytes), dryRun });
}

/**
 * Writes a sync file with the chosen meetings' decisions (and their groups and the backlog) into
 * the app's export folder, under a new name; resolves to where it went.
 */
export function exportSync(meetingIds: string[]): Promise<ExportedFile> {
  return call<ExportedFile>("export_sync", { meetingIds });
}

/**
 * Imports a sync file from another laptop, or with `dryRun` reports what the import would do
 * (events to add, meetings new and changed, conflicts, refused changes) without writing anything.
 */
export function importSyncFile(fileName: string, bytes: Uint8Array, dryRun: boolean): Promise<SyncImportReport> {
  return call<SyncImportReport>("import_sync_file", { fileName, bytes: Array.from(bytes), dryRun });
}

/** Applies all commands in one transaction on the Rust side: all of them take effect, or none. */
export function applyCommands(commands: Command[]): Promise<Applied[]> {
  return call<Applied[]>("apply_commands", { commands });
}

/** Calls `callback` whenever the database changed; resolves to a function that stops listening. */
export async function onDataChanged(callback: () => void): Promise<() => void> {
  try {
    return await listen("gavel://data-changed", () => callback());
  } catch (reason) {
    throw toIpcError(reason);
  }
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toIpcError(reason);
  }
}
