// The one door between the UI and the Rust side: the only module that imports @tauri-apps/api.
// Every function here is a thin, typed wrapper over one Tauri command (or event), and every
// rejection is turned into an `IpcError`, so components never see a raw Tauri error.

import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import type {
  Applied,
  BacklogImportReport,
  BacklogItem,
  BackupFile,
  ColumnChoice,
  Command,
  ErrorKind,
  GroupView,
  ImportOptions,
  MeetingDetail,
  MeetingSummary,
  MemberListReport,
  MemberRole,
  Minutes,
  RestoredBackup,
  RulesDescription,
  RulesOfProcedure,
  RulesPreset,
  SyncImportReport,
  SyncSigner,
} from "./generated/types";

/** What the desktop shell tells the UI at start-up. Desktop-only, so not generated from gavel-core. */
export type AppInfo = {
  version: string;
  database_path: string;
  locale: "da" | "en";
  is_empty: boolean;
  /** The app shows the practice database (the demo), not the chair's own data. */
  practising: boolean;
};

/** Where an exported sync file was saved and what it holds. Desktop-only, so not generated. */
export type ExportedFile = {
  path: string;
  meetings: number;
  events: number;
  bytes: number;
  /** Who signed the file, when it was signed. */
  signed_by: SyncSigner | null;
};

/** The chair's .p12 (read as bytes from an <input type=file>) and its password, to sign a sync file. */
export type SyncSigning = { p12FileName: string; p12Bytes: Uint8Array; password: string };

/**
 * The error every function here rejects with. `kind` comes from the Rust side; "unexpected" is
 * the UI's own kind for rejections that did not come from a Gavel command (a missing command, a
 * permission the capability file does not grant, running outside Tauri), which have no Rust kind.
 */
export type IpcError = { kind: ErrorKind | "unexpected"; message: string };

// A record over ErrorKind, so that a kind added on the Rust side fails the type check until it is
// listed here (an unlisted kind would reach the UI as "unexpected", with its message lost).
const ERROR_KINDS: ReadonlySet<string> = new Set(
  Object.keys({
    bad_input: true,
    rejected: true,
    not_found: true,
    database_too_new: true,
    not_a_database: true,
    storage: true,
    database_in_use: true,
  } satisfies Record<ErrorKind, true>),
);

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

/**
 * Adds and updates a group's members from a list (a CSV file, or rows pasted from a spreadsheet
 * sent as their UTF-8 bytes), or with `dryRun` reports what it would do: the preview.
 */
export function importMemberList(
  groupId: string,
  fileName: string,
  bytes: Uint8Array,
  dryRun: boolean,
): Promise<MemberListReport> {
  return call<MemberListReport>("import_member_list", { groupId, fileName, bytes: Array.from(bytes), dryRun });
}

/** The named rules of procedure a group can start from. */
export function rulesPresets(): Promise<RulesPreset[]> {
  return call<RulesPreset[]>("rules_presets");
}

/** The rules in words, in Danish and English, exactly as the minutes print them. */
export function describeRules(rules: RulesOfProcedure): Promise<RulesDescription> {
  return call<RulesDescription>("describe_rules", { rules });
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

/** Switches to the practice database, which holds the demo; the chair's own data is not touched. */
export function startPractice(): Promise<void> {
  return call<void>("start_practice");
}

/** Back from the practice database to the chair's own data. */
export function stopPractice(): Promise<void> {
  return call<void>("stop_practice");
}

/**
 * Imports a backlog file (a Jira export as CSV or JSON, or Gavel's CSV), or with `dryRun` reports
 * what the import would do without writing anything. The bytes go to the Rust side unchanged.
 */
export function importBacklogFile(
  fileName: string,
  bytes: Uint8Array,
  dryRun: boolean,
  columns: ColumnChoice[] = [],
): Promise<BacklogImportReport> {
  const options: ImportOptions = { format: "auto", columns };
  // A Rust Vec<u8> argument is read from a JSON array of numbers, not from a typed array.
  return call<BacklogImportReport>("import_backlog_file", {
    fileName,
    bytes: Array.from(bytes),
    dryRun,
    options,
  });
}

/**
 * Writes a sync file with the chosen meetings' decisions (and their groups and the backlog) into
 * the app's export folder, under a new name, signed when `signing` is given; resolves to where it
 * went.
 */
export function exportSync(meetingIds: string[], signing: SyncSigning | null = null): Promise<ExportedFile> {
  return call<ExportedFile>("export_sync", {
    meetingIds,
    p12FileName: signing?.p12FileName ?? null,
    p12Bytes: signing === null ? null : Array.from(signing.p12Bytes),
    password: signing?.password ?? null,
    useSettingsCertificate: false,
  });
}

/** `exportSync`, signed with the certificate chosen in the settings (the Rust side reads it). */
export function exportSyncSignedWithSettingsCertificate(meetingIds: string[], password: string): Promise<ExportedFile> {
  return call<ExportedFile>("export_sync", {
    meetingIds,
    p12FileName: null,
    p12Bytes: null,
    password,
    useSettingsCertificate: true,
  });
}

/**
 * Imports a sync file from another laptop, or with `dryRun` reports what the import would do
 * (events to add, meetings new and changed, conflicts, refused changes) without writing anything.
 */
export function importSyncFile(fileName: string, bytes: Uint8Array, dryRun: boolean): Promise<SyncImportReport> {
  return call<SyncImportReport>("import_sync_file", { fileName, bytes: Array.from(bytes), dryRun });
}

/** Where the meeting's invitation (.ics) was saved and whom it invites. Desktop-only, so not generated. */
export type SavedInvitation = {
  path: string;
  invited: string[];
  without_email: string[];
  sequence: number;
};

/**
 * Saves the meeting's invitation (for a cancelled meeting: its cancellation) as an iCalendar file
 * in the export folder, under a new name; resolves to where it went and whom it invites.
 */
export function exportInvitation(meetingId: string): Promise<SavedInvitation> {
  return call<SavedInvitation>("export_invitation", { meetingId });
}

/** The language a minutes PDF is printed in. */
export type MinutesLanguage = "da" | "en";

/** A minutes PDF saved in the export folder. Desktop-only, so not generated. */
export type SavedFile = {
  path: string;
  pages: number;
  bytes: number;
  /** Signed all the same, but worth telling the chair (e.g. an expired certificate). */
  warnings: string[];
};

/** Every signature of a PDF as the Rust side checked it. Desktop-only, so not generated. */
export type VerificationView = {
  file_name: string;
  all_valid: boolean;
  signatures: SignatureView[];
  unsigned_trailing_bytes: number;
  fingerprint:
    | { status: "not_printed" }
    | { status: "not_in_database"; printed: string }
    | { status: "matches"; printed: string }
    | { status: "differs"; printed: string; recorded: string };
};

export type SignatureView = {
  number: number;
  /** The signature box, e.g. "chair-1", "secretary-1", "countersignature-2". */
  field_name: string | null;
  signer: string | null;
  organisation: string | null;
  /** "YYYY-MM-DDTHH:MM:SS" as the signer's clock wrote it. */
  signed_at: string | null;
  /** Every check passed and only signatures (or metadata) were added after it. */
  valid: boolean;
  verdict: "valid" | "changed_after_signing" | "invalid";
  certificate:
    | { status: "valid"; not_after: string }
    | { status: "expired_since"; not_after: string }
    | { status: "not_valid_at_signing"; not_before: string; not_after: string }
    | { status: "unknown" };
  chain: string;
  problems: string[];
  warnings: string[];
  /** Whether the signature covers the whole file; if not, a later revision follows it. */
  covers_whole_file: boolean;
  signed_bytes: number;
  file_bytes: number;
  /** What signing may add and was added after this signature (another signature, metadata). */
  added_after: string[];
  /** What was changed after this signature that nothing may change (pages, objects). */
  changed_after: string[];
};

/** The minutes of a closed meeting, as the PDF shows them, for the on-screen preview. */
export function minutesPreview(meetingId: string): Promise<Minutes> {
  return call<Minutes>("minutes_preview", { meetingId });
}

/** Saves the unsigned minutes as a new PDF in the export folder; resolves to where it went. */
export function exportMinutes(meetingId: string, language: MinutesLanguage): Promise<SavedFile> {
  return call<SavedFile>("export_minutes", { meetingId, language });
}

/**
 * Approves and signs the minutes with the key in a .p12/.pfx file: the Rust side signs, records the
 * signature (the meeting is frozen from then on) and saves the signed PDF in the export folder.
 * The password is sent once and never kept, on either side.
 */
export function signMinutes(
  meetingId: string,
  language: MinutesLanguage,
  p12FileName: string,
  p12Bytes: Uint8Array,
  password: string,
  role: MemberRole,
): Promise<SavedFile> {
  return call<SavedFile>("sign_minutes", {
    meetingId,
    language,
    p12FileName,
    p12Bytes: Array.from(p12Bytes),
    password,
    role,
  });
}

/** Checks every signature of a PDF and compares its log fingerprint with the database. */
export function verifyMinutes(fileName: string, bytes: Uint8Array): Promise<VerificationView> {
  return call<VerificationView>("verify_minutes", { fileName, bytes: Array.from(bytes) });
}

/** A signing certificate from the settings, as it was when chosen or created. Desktop-only. */
export type CertificateSetting = {
  path: string;
  subject: string;
  organisation: string | null;
  /** "YYYY-MM-DD". */
  valid_from: string;
  /** "YYYY-MM-DD". */
  valid_until: string;
};

/** The chair's settings on this device, and where the data lives. Desktop-only, so not generated. */
export type SettingsView = {
  /** The UI's language now. */
  language: "da" | "en";
  /** The language chosen in the settings; null follows the system. */
  language_choice: "da" | "en" | null;
  chair_name: string;
  role: MemberRole;
  organisation: string;
  certificate: CertificateSetting | null;
  settings_file: string | null;
  database_path: string | null;
  /** The automatic backups of the database. */
  backups_folder: string | null;
  certificates_folder: string | null;
  /** Why the settings file could not be read at start. */
  problem: string | null;
  /** Environment variables that override the settings file when the app starts. */
  overridden_by: string[];
};

export type SettingsUpdate = {
  language: "da" | "en" | null;
  chair_name: string;
  role: MemberRole;
  organisation: string;
};

export function getSettings(): Promise<SettingsView> {
  return call<SettingsView>("settings");
}

/** Saves the settings; a new language takes effect at once (every window is told to reload). */
export function saveSettings(update: SettingsUpdate): Promise<SettingsView> {
  return call<SettingsView>("save_settings", { update });
}

let savedSettings: SettingsView | null = null;
let settingsSaves: Promise<unknown> = Promise.resolve();

/**
 * Saves one change to the settings on top of the last ones saved, one save at a time. The chair's
 * name is saved when she leaves its field and the language when she picks it; both at once must
 * not let the second save put back what the first had changed.
 */
export function saveSettingsChange(shown: SettingsView, change: Partial<SettingsUpdate>): Promise<SettingsView> {
  const save = settingsSaves.then(async () => {
    const base = savedSettings ?? shown;
    const result = await saveSettings({
      language: base.language_choice,
      chair_name: base.chair_name,
      role: base.role,
      organisation: base.organisation,
      ...change,
    });
    savedSettings = result;
    return result;
  });
  settingsSaves = save.catch(() => undefined);
  return save;
}

/** Creates a key and a self-signed certificate in a new .p12 and makes it the signing certificate. */
export function createCertificate(name: string, organisation: string, password: string): Promise<SettingsView> {
  return call<SettingsView>("create_certificate", { name, organisation, password });
}

/** Checks that a .p12 opens with the password, keeps a copy, and makes it the signing certificate. */
export function chooseCertificate(fileName: string, bytes: Uint8Array, password: string): Promise<SettingsView> {
  return call<SettingsView>("choose_certificate", { fileName, bytes: Array.from(bytes), password });
}

/** signMinutes() with the .p12 from the settings, which the Rust side reads itself. */
export function signMinutesWithSettingsCertificate(
  meetingId: string,
  language: MinutesLanguage,
  password: string,
  role: MemberRole,
): Promise<SavedFile> {
  return call<SavedFile>("sign_minutes_with_settings_certificate", { meetingId, language, password, role });
}

/** Applies all commands in one transaction on the Rust side: all of them take effect, or none. */
export function applyCommands(commands: Command[]): Promise<Applied[]> {
  return call<Applied[]>("apply_commands", { commands });
}

/** Opens the projector window on the meeting, or shows the meeting in it and brings it forward. */
export function openProjector(meetingId: string): Promise<void> {
  return call<void>("open_projector", { meetingId });
}

/** The database's backups, newest first (src-tauri/src/commands/backup.rs). */
export function listBackups(): Promise<BackupFile[]> {
  return call("list_backups");
}

/** Restores the listed backup `fileName`; the current database is backed up first. */
export function restoreBackup(fileName: string): Promise<RestoredBackup> {
  return call("restore_backup", { fileName });
}

/**
 * Calls `callback` with the message when a meeting was closed but its automatic backup failed
 * (the close is kept); resolves to a function that stops listening.
 */
export async function onBackupFailed(callback: (message: string) => void): Promise<() => void> {
  try {
    return await listen<string>("gavel://backup-failed", (event) => callback(event.payload));
  } catch (reason) {
    throw toIpcError(reason);
  }
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
