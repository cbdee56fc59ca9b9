// The one door between the UI and the Rust side: the only module that imports @tauri-apps/api.
// Every function here is a thin, typed wrapper over one Tauri command (or event), and every
// rejection is turned into an `IpcError`, so components never see a raw Tauri error.

import { invoke } from "@tauri-apps/api/core";
import { listen } from "@tauri-apps/api/event";
import { getCurrentWindow } from "@tauri-apps/api/window";
import { argumentsHeaders } from "./file-arguments";
import {
  COMMANDS,
  EVENTS,
  type AppInfo,
  type AppliedCommands,
  type ChooseCertificateArguments,
  type CommandError,
  type CommandName,
  type DataChange,
  type ExportSyncArguments,
  type ExportedFile,
  type ImportBacklogFileArguments,
  type ImportMemberListArguments,
  type ImportSyncFileArguments,
  type MinutesDocument,
  type PublishedSite,
  type RegisterQuery,
  type SavedAgenda,
  type SavedFile,
  type SavedInvitation,
  type SavedSpreadsheet,
  type SettingsUpdate,
  type SettingsView,
  type SignMinutesArguments,
  type UnlockedCertificateView,
  type VerificationView,
  type VerifyMinutesArguments,
} from "./generated/ipc";
import type {
  BacklogImportReport,
  BacklogItem,
  BackupFile,
  ColumnChoice,
  Command,
  ErrorKind,
  GroupView,
  MeetingDetail,
  MeetingSummary,
  MemberListReport,
  MemberRole,
  MinutesLanguage,
  ProjectorMeeting,
  RegisterEntry,
  RestoredBackup,
  RulesDescription,
  RulesOfProcedure,
  RulesPreset,
  SyncImportReport,
  ThisDevice,
} from "./generated/types";

// The shell's types, generated from src-tauri, under the names the components import from here.
export type {
  AppInfo,
  AppliedCommands,
  CertificateSetting,
  DataChange,
  ExportedFile,
  MinutesDocument,
  PublishedSite,
  SavedAgenda,
  SavedFile,
  SavedInvitation,
  SavedSpreadsheet,
  SettingsUpdate,
  RegisterQuery,
  SettingsView,
  SignatureView,
  UnlockedCertificateView,
  VerificationView,
} from "./generated/ipc";
export type { MinutesLanguage } from "./generated/types";

/** The chair's .p12 (read as bytes from an <input type=file>) and its password, to sign a sync file. */
export type P12Signing = { p12FileName: string; p12Bytes: Uint8Array; password: string };

/**
 * The error every function here rejects with: a command's own error (`CommandError`, generated
 * from the Rust side), or the UI's own kind "unexpected" for rejections that did not come from a
 * Gavel command (a missing command, a permission the capability file does not grant, running
 * outside Tauri), which have no Rust kind.
 */
export type IpcError = CommandError | { kind: "unexpected"; message: string };

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
  return call<AppInfo>(COMMANDS.app_info);
}

export function listGroups(): Promise<GroupView[]> {
  return call<GroupView[]>(COMMANDS.list_groups);
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
  const args: ImportMemberListArguments = { group_id: groupId, file_name: fileName, dry_run: dryRun };
  return callWithFile<MemberListReport>(COMMANDS.import_member_list, args, bytes);
}

/** The named rules of procedure a group can start from. */
export function rulesPresets(): Promise<RulesPreset[]> {
  return call<RulesPreset[]>(COMMANDS.rules_presets);
}

/** The rules in words, in Danish and English, exactly as the minutes print them. */
export function describeRules(rules: RulesOfProcedure): Promise<RulesDescription> {
  return call<RulesDescription>(COMMANDS.describe_rules, { rules });
}

/** Backlog items in the order the Rust side ranks them. */
export function listBacklog(): Promise<BacklogItem[]> {
  return call<BacklogItem[]>(COMMANDS.list_backlog);
}

/** The description of backlog item `key` as imported, or null when it has none. */
export function backlogDescription(key: string): Promise<string | null> {
  return call<string | null>(COMMANDS.backlog_description, { key });
}

export function listMeetings(): Promise<MeetingSummary[]> {
  return call<MeetingSummary[]>(COMMANDS.list_meetings);
}

export function showMeeting(meetingId: string): Promise<MeetingDetail> {
  return call<MeetingDetail>(COMMANDS.show_meeting, { meetingId });
}

/** The meeting as the projector shows it: no ballots, so never who voted how. The projector
 * window may call only this and appInfo (src-tauri/src/commands/projector.rs). */
export function projectorMeeting(meetingId: string): Promise<ProjectorMeeting> {
  return call<ProjectorMeeting>(COMMANDS.projector_meeting, { meetingId });
}

/**
 * The decision register: every decision and action item across meetings and groups, newest
 * meeting first, or best match first with a search (the words found marked in `text_parts`).
 * A search the Rust side refuses (too long, no words) rejects with its message.
 */
export function decisionRegister(query: RegisterQuery): Promise<RegisterEntry[]> {
  return call<RegisterEntry[]>(COMMANDS.decision_register, { query });
}

/**
 * Saves the register as `query` filters it (every entry, not only the pages shown) as a
 * spreadsheet for Excel in the export folder; resolves to where it went.
 */
export function saveRegisterSpreadsheet(query: RegisterQuery): Promise<SavedSpreadsheet> {
  return call<SavedSpreadsheet>(COMMANDS.save_register_spreadsheet, { query });
}

/** Switches to the practice database, which holds the demo; the chair's own data is not touched. */
export function startPractice(): Promise<void> {
  return call<void>(COMMANDS.start_practice);
}

/** Back from the practice database to the chair's own data. */
export function stopPractice(): Promise<void> {
  return call<void>(COMMANDS.stop_practice);
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
  const args: ImportBacklogFileArguments = {
    file_name: fileName,
    dry_run: dryRun,
    options: { format: "auto", columns },
  };
  return callWithFile<BacklogImportReport>(COMMANDS.import_backlog_file, args, bytes);
}

/** What a sync file takes: the chosen meetings (with their groups) and groups on their own. */
export type ChosenForSync = { meetingIds: string[]; groupIds: string[] };

/**
 * Writes a sync file with the chosen meetings' decisions and groups (and the meetings' groups and
 * the backlog) into the app's export folder, under a new name, signed when `signing` is given;
 * resolves to where it went.
 */
export function exportSync(
  chosen: ChosenForSync,
  signing: P12Signing | null = null,
): Promise<ExportedFile> {
  const args: ExportSyncArguments = {
    meeting_ids: chosen.meetingIds,
    group_ids: chosen.groupIds,
    signing:
      signing === null
        ? { with: "unsigned" }
        : { with: "p12_file", file_name: signing.p12FileName, password: signing.password },
  };
  return callWithFile<ExportedFile>(COMMANDS.export_sync, args, signing?.p12Bytes ?? new Uint8Array());
}

/**
 * `exportSync`, signed with the certificate chosen in the settings (the Rust side reads it); with
 * `password` null, with the key the chair unlocked for one of the meetings.
 */
export function exportSyncSignedWithSettingsCertificate(
  chosen: ChosenForSync,
  password: string | null,
): Promise<ExportedFile> {
  const args: ExportSyncArguments = {
    meeting_ids: chosen.meetingIds,
    group_ids: chosen.groupIds,
    signing: { with: "settings_certificate", password },
  };
  return callWithFile<ExportedFile>(COMMANDS.export_sync, args, new Uint8Array());
}

/** This laptop's device and its key's fingerprint, for its owner to tell the chair. */
export function thisDevice(): Promise<ThisDevice> {
  return call<ThisDevice>(COMMANDS.this_device);
}

/**
 * Imports a sync file from another laptop, or with `dryRun` reports what the import would do
 * (events to add, meetings new and changed, conflicts, refused changes) without writing anything.
 */
export function importSyncFile(
  fileName: string,
  bytes: Uint8Array,
  dryRun: boolean,
  trustedFingerprints: string[],
): Promise<SyncImportReport> {
  const args: ImportSyncFileArguments = {
    file_name: fileName,
    dry_run: dryRun,
    trusted_fingerprints: trustedFingerprints,
  };
  return callWithFile<SyncImportReport>(COMMANDS.import_sync_file, args, bytes);
}

/**
 * Saves the meeting's invitation (for a cancelled meeting: its cancellation) as an iCalendar file
 * in the export folder, under a new name; resolves to where it went and whom it invites.
 */
export function exportInvitation(meetingId: string): Promise<SavedInvitation> {
  return call<SavedInvitation>(COMMANDS.export_invitation, { meetingId });
}

/**
 * Saves the meeting's agenda pack (dagsorden) as a PDF in the export folder, under a new name, in
 * the group's minutes language; resolves to where it went and how many pages it has.
 */
export function exportAgenda(meetingId: string): Promise<SavedAgenda> {
  return call<SavedAgenda>(COMMANDS.export_agenda, { meetingId });
}

/** The group's public meetings as a website, in "Hjemmeside - <group>" in the export folder. */
export function publishGroupSite(groupId: string): Promise<PublishedSite> {
  return call<PublishedSite>(COMMANDS.publish_group_site, { groupId });
}

/** The minutes of a closed meeting in `language`, worded and ordered as the PDF is (gavel-minutes
 * builds them), for the on-screen preview. */
export function minutesPreview(meetingId: string, language: MinutesLanguage): Promise<MinutesDocument> {
  return call<MinutesDocument>(COMMANDS.minutes_preview, { meetingId, language });
}

/** Saves the unsigned minutes as a new PDF in the export folder; resolves to where it went. */
export function exportMinutes(meetingId: string, language: MinutesLanguage): Promise<SavedFile> {
  return call<SavedFile>(COMMANDS.export_minutes, { meetingId, language });
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
  const args: SignMinutesArguments = {
    meeting_id: meetingId,
    language,
    p12_file_name: p12FileName,
    password,
    role,
  };
  return callWithFile<SavedFile>(COMMANDS.sign_minutes, args, p12Bytes);
}

/** Checks every signature of a PDF and compares its log fingerprint with the database. */
export function verifyMinutes(fileName: string, bytes: Uint8Array): Promise<VerificationView> {
  const args: VerifyMinutesArguments = { file_name: fileName };
  return callWithFile<VerificationView>(COMMANDS.verify_minutes, args, bytes);
}

export function getSettings(): Promise<SettingsView> {
  return call<SettingsView>(COMMANDS.settings);
}

/** Saves the settings; a new language takes effect at once (every window is told to reload). */
export function saveSettings(update: SettingsUpdate): Promise<SettingsView> {
  return call<SettingsView>(COMMANDS.save_settings, { update });
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
  return call<SettingsView>(COMMANDS.create_certificate, { name, organisation, password });
}

/** Checks that a .p12 opens with the password, keeps a copy, and makes it the signing certificate. */
export function chooseCertificate(fileName: string, bytes: Uint8Array, password: string): Promise<SettingsView> {
  const args: ChooseCertificateArguments = { file_name: fileName, password };
  return callWithFile<SettingsView>(COMMANDS.choose_certificate, args, bytes);
}

/**
 * signMinutes() with the .p12 from the settings, which the Rust side reads itself; with `password`
 * null, with the key the chair unlocked for this meeting (which is forgotten once it has signed).
 */
export function signMinutesWithSettingsCertificate(
  meetingId: string,
  language: MinutesLanguage,
  password: string | null,
  role: MemberRole,
): Promise<SavedFile> {
  return call<SavedFile>(COMMANDS.sign_minutes_with_settings_certificate, { meetingId, language, password, role });
}

/**
 * Opens the settings' certificate with its password and keeps its key for `meetingId` until the
 * meeting's minutes are signed, the chair locks it, or Gavel closes.
 */
export function unlockCertificate(meetingId: string, password: string): Promise<UnlockedCertificateView> {
  return call<UnlockedCertificateView>(COMMANDS.unlock_certificate, { meetingId, password });
}

/** Forgets the unlocked key now. */
export function lockCertificate(): Promise<void> {
  return call<void>(COMMANDS.lock_certificate);
}

/** The unlocked certificate, for which meeting; null when none is unlocked. */
export function unlockedCertificate(): Promise<UnlockedCertificateView | null> {
  return call<UnlockedCertificateView | null>(COMMANDS.unlocked_certificate);
}

/**
 * Applies all commands in one transaction on the Rust side: all of them take effect, or none.
 * With `showing` (the meeting on screen), the answer carries that meeting as it is after the
 * write, so that the window shows it without asking again.
 */
export function applyCommands(commands: Command[], showing: string | null = null): Promise<AppliedCommands> {
  return call<AppliedCommands>(COMMANDS.apply_commands, { commands, showing });
}

/** This window's label ("main", "projector"): what a data-change's `origin` names. */
export function thisWindowLabel(): string {
  return getCurrentWindow().label;
}

/** Opens the projector window on the meeting, or shows the meeting in it and brings it forward. */
export function openProjector(meetingId: string): Promise<void> {
  return call<void>(COMMANDS.open_projector, { meetingId });
}

/** The database's backups, newest first (src-tauri/src/commands/backup.rs). */
export function listBackups(): Promise<BackupFile[]> {
  return call(COMMANDS.list_backups);
}

/** Restores the listed backup `fileName`; the current database is backed up first. */
export function restoreBackup(fileName: string): Promise<RestoredBackup> {
  return call(COMMANDS.restore_backup, { fileName });
}

/**
 * Calls `callback` with the message when a meeting was closed but its automatic backup failed
 * (the close is kept); resolves to a function that stops listening.
 */
export async function onBackupFailed(callback: (message: string) => void): Promise<() => void> {
  try {
    return await listen<string>(EVENTS.backup_failed, (event) => callback(event.payload));
  } catch (reason) {
    throw toIpcError(reason);
  }
}

/**
 * Calls `callback` with what changed whenever the database changed (see data-change.ts); resolves
 * to a function that stops listening.
 */
export async function onDataChanged(callback: (change: DataChange) => void): Promise<() => void> {
  try {
    return await listen<DataChange>(EVENTS.data_changed, (event) => callback(event.payload));
  } catch (reason) {
    throw toIpcError(reason);
  }
}

async function call<T>(command: CommandName, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (reason) {
    throw toIpcError(reason);
  }
}

/**
 * Calls a command that takes a file: its bytes are the request's raw body, not a JSON array of
 * numbers, and its other arguments travel in a header (src-tauri/src/file_request.rs).
 */
async function callWithFile<T>(command: CommandName, args: object, bytes: Uint8Array): Promise<T> {
  try {
    return await invoke<T>(command, bytes, { headers: argumentsHeaders(args) });
  } catch (reason) {
    throw toIpcError(reason);
  }
}
