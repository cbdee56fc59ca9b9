// Generated from the Rust types and lists in src-tauri — do not edit.
// Regenerate with: UPDATE_GENERATED=1 cargo test -p gavel-desktop generated_types

import type { Applied, DecisionOutcome, ErrorKind, FollowUp, ImportOptions, MeetingDetail, MemberRole, MinutesLanguage, RegisterKind, SyncSigner } from "./types";

export type CommandError = { kind: ErrorKind, message: string, };

export type Locale = "da" | "en";

export type AppInfo = { version: string, database_path: string, locale: Locale, 
/**
 * No groups, no backlog, no meetings: the UI offers to load the demo.
 */
is_empty: boolean, 
/**
 * The app shows the practice database (the demo), not the chair's own.
 */
practising: boolean, };

export type AppliedCommands = { applied: Array<Applied>, 
/**
 * The change's revision: the data-changed event with it is about this write.
 */
revision: number, 
/**
 * The meeting named in `showing`, read after the write: the window shows it without asking
 * again (issue 13, push rather than reload).
 */
meeting: MeetingDetail | null, };

export type DataChange = { 
/**
 * Counts the writes of this run of the app: a window that was handed the state after a
 * change (the meeting `apply_commands` returns) knows the event of that change by it.
 */
revision: number, 
/**
 * The window whose command made the change, when one did.
 */
origin: string | null, 
/**
 * The meetings changed. Only read when `lists` is false.
 */
meetings: string[], 
/**
 * Whether anything else may have changed — the lists of meetings, groups and the backlog,
 * the register, the settings: then a window reloads everything it shows.
 */
lists: boolean, };

export type ImportMemberListArguments = { group_id: string, 
/**
 * Only names the list in messages.
 */
file_name: string, dry_run: boolean, };

export type ImportBacklogFileArguments = { 
/**
 * Only names the file in messages and the report.
 */
file_name: string, dry_run: boolean, 
/**
 * The chair's reading of columns chosen in the preview.
 */
options: ImportOptions, };

export type SavedInvitation = { path: string, 
/**
 * Members with an e-mail address, the file's attendees.
 */
invited: Array<string>, 
/**
 * Members who hold a seat but have no e-mail address.
 */
without_email: Array<string>, 
/**
 * The invitation's revision: higher in every later file for the meeting.
 */
sequence: number, };

export type SavedAgenda = { path: string, pages: number, 
/**
 * The signing certificate's name when the agenda was signed with the certificate unlocked
 * for the meeting; `None`: saved unsigned.
 */
signed_by: string | null, 
/**
 * Signed all the same, but the chair should know: e.g. "the certificate expired on …".
 */
warnings: Array<string>, };

export type PublishedSite = { 
/**
 * The site's folder; its `index.html` is the register.
 */
path: string, 
/**
 * How many public meetings it shows.
 */
meetings: number, };

export type RegisterQuery = { group_id: string | null, kind: RegisterKind | null, 
/**
 * An epic's issue key: entries about it or an issue under it.
 */
epic: string | null, 
/**
 * Action items still open, or done (and so no decisions or polls).
 */
follow_up: FollowUp | null, 
/**
 * Decisions with this outcome (and so no action items).
 */
outcome: DecisionOutcome | null, 
/**
 * Meetings on or after this day (`2027-01-31`).
 */
from: string | null, 
/**
 * Meetings on or before this day.
 */
to: string | null, 
/**
 * Words to search for, best match first; blank is no search.
 */
search: string | null, 
/**
 * At most this many entries: the screen's first pages (a secretariat's register holds
 * tens of thousands).
 */
limit: number | null, };

export type SavedSpreadsheet = { path: string, entries: number, };

export type ExportSyncArguments = { meeting_ids: Array<string>, 
/**
 * Groups sent with or without a meeting of theirs: a group set up before its first meeting.
 */
group_ids: Array<string>, signing: SyncSigning, };

export type SyncSigning = { "with": "unsigned" } | { "with": "p12_file", file_name: string, password: string, } | { "with": "settings_certificate", password: string | null, };

export type ExportedFile = { path: string, 
/**
 * The groups whose members and rules the file carries: the chosen ones and the meetings'.
 */
groups: number, meetings: number, events: number, bytes: number, 
/**
 * Who signed the file, when the chair chose a certificate.
 */
signed_by: SyncSigner | null, };

export type ImportSyncFileArguments = { 
/**
 * Only names the file in messages and the report.
 */
file_name: string, dry_run: boolean, 
/**
 * Fingerprints of the computers (or of the file's certificate) the chair accepts with this
 * import, after comparing them with their owners.
 */
trusted_fingerprints: Array<string>, };

export type SignMinutesArguments = { meeting_id: string, language: MinutesLanguage, 
/**
 * Only names the `.p12` in messages.
 */
p12_file_name: string, password: string, role: MemberRole, };

export type SavedFile = { path: string, pages: number, bytes: number, 
/**
 * Signed all the same, but the chair should know: e.g. "the certificate expired on …".
 */
warnings: Array<string>, };

export type VerifyMinutesArguments = { 
/**
 * Only names the file in messages and the report.
 */
file_name: string, };

export type VerificationView = { file_name: string, 
/**
 * Signed, every signature valid, nothing added after the last one, and the fingerprint does
 * not differ from the meeting's.
 */
all_valid: boolean, signatures: Array<SignatureView>, 
/**
 * Bytes after the last signature that no signature covers: the file changed after signing.
 */
unsigned_trailing_bytes: number, fingerprint: FingerprintCheck, };

export type SignatureView = { 
/**
 * 1-based, in the order the signatures were made.
 */
number: number, 
/**
 * The signature box, e.g. "chair-1", "secretary-1", "countersignature-2".
 */
field_name: string | null, signer: string | null, organisation: string | null, 
/**
 * The signing time as the signer's clock wrote it, "YYYY-MM-DDTHH:MM:SS", like every other
 * time the UI shows.
 */
signed_at: string | null, 
/**
 * Every check passed and only signatures (or metadata) were added after it.
 */
valid: boolean, verdict: SignatureVerdict, certificate: CertificateView, 
/**
 * E.g. "self-signed" or "issued by CN=… (not included in the file)".
 */
chain: string, 
/**
 * Why the signature is not valid, in the app's language.
 */
problems: Array<string>, 
/**
 * Valid, but worth saying, in the app's language.
 */
warnings: Array<string>, 
/**
 * Whether the signature covers the whole file; if not, a later revision follows it.
 */
covers_whole_file: boolean, 
/**
 * How many bytes from the start of the file the signature covers, and the file's size.
 */
signed_bytes: number, file_bytes: number, 
/**
 * What signing may add and was added after this signature, in the app's language.
 */
added_after: Array<string>, 
/**
 * What was changed after this signature that nothing may change, in the app's language.
 */
changed_after: Array<string>, };

export type SignatureVerdict = "valid" | "changed_after_signing" | "invalid";

export type CertificateView = { "status": "valid", not_after: string, } | { "status": "expired_since", not_after: string, } | { "status": "not_valid_at_signing", not_before: string, not_after: string, } | { "status": "unknown" };

export type FingerprintCheck = { "status": "not_printed" } | { "status": "not_in_database", printed: string, } | { "status": "matches", printed: string, } | { "status": "differs", printed: string, recorded: string, } | { "status": "agenda", 
/**
 * As the file names it.
 */
meeting_id: string, 
/**
 * The meeting's title in the database; `None` when the database does not hold it.
 */
meeting_title: string | null, };

export type MinutesDocument = { 
/**
 * The PDF's title: "Referat: Styregruppemøde december 2026".
 */
title: string, 
/**
 * The language it is worded in, as HTML's `lang` names it: "da" or "en".
 */
lang: string, blocks: Array<Block>, };

export type Block = { "kind": "heading", level: number, text: Array<Piece>, } | { "kind": "paragraph", text: Array<Piece>, } | { "kind": "labelled", label: Array<Piece>, text: Array<Piece>, } | { "kind": "list", items: Array<ListItem>, } | { "kind": "table", rows: Array<TableRow>, } | { "kind": "signature_boxes", boxes: Array<SignatureBox>, } | { "kind": "page_break" };

export type ListItem = { label: Array<Piece>, body: Array<Piece>, };

export type TableRow = { 
/**
 * A header row: its cells are column headers.
 */
header: boolean, cells: Array<Array<Piece>>, };

export type SignatureBox = { 
/**
 * The signature field's name in the PDF: "chair-1", "countersignature-2".
 */
field: string, 
/**
 * What a screen reader says of it: "Underskrift: Formand, Mette Kjærgaard Holm".
 */
description: string, };

export type Piece = { text: string, look: Look, };

export type Look = { strong: boolean, italic: boolean, 
/**
 * The smaller size (a poll's rule, a table of figures).
 */
small: boolean, 
/**
 * Greyed (notes, continuation labels) or in the accent colour (section headings).
 */
tone: Tone, };

export type Tone = "text" | "muted" | "accent";

export type SettingsView = { 
/**
 * The UI's language now.
 */
language: Locale, 
/**
 * The language chosen in the settings; `None` follows the system.
 */
language_choice: Locale | null, chair_name: string, role: MemberRole, organisation: string, certificate: CertificateSetting | null, settings_file: string | null, database_path: string | null, 
/**
 * The automatic backups of the database: `backups/` beside it.
 */
backups_folder: string | null, 
/**
 * Where a new or chosen certificate is saved.
 */
certificates_folder: string | null, 
/**
 * Why the settings file could not be read at start, in the app's language.
 */
problem: string | null, 
/**
 * Environment variables that override the file when the app starts (`GAVEL_LANG` …).
 */
overridden_by: Array<string>, };

export type SettingsUpdate = { language: Locale | null, chair_name: string, role: MemberRole, organisation: string, };

export type ChooseCertificateArguments = { 
/**
 * The chosen file's name: it names the copy and the file in messages.
 */
file_name: string, password: string, };

export type CertificateSetting = { path: string, 
/**
 * The certificate's common name, e.g. "Mette Kjærgaard Holm".
 */
subject: string, organisation: string | null, 
/**
 * "YYYY-MM-DD", in UTC.
 */
valid_from: string, 
/**
 * "YYYY-MM-DD", in UTC.
 */
valid_until: string, };

export type UnlockedCertificateView = { meeting_id: string, 
/**
 * The certificate's common name, e.g. "Mette Kjærgaard Holm".
 */
subject: string, organisation: string | null, certificate_path: string, };

/** Every command the UI may invoke (src-tauri/src/commands/mod.rs). */
export const COMMANDS = {
  app_info: "app_info",
  apply_commands: "apply_commands",
  list_backlog: "list_backlog",
  backlog_description: "backlog_description",
  import_backlog_file: "import_backlog_file",
  list_groups: "list_groups",
  import_member_list: "import_member_list",
  rules_presets: "rules_presets",
  describe_rules: "describe_rules",
  list_meetings: "list_meetings",
  show_meeting: "show_meeting",
  decision_register: "decision_register",
  save_register_spreadsheet: "save_register_spreadsheet",
  publish_group_site: "publish_group_site",
  export_invitation: "export_invitation",
  export_agenda: "export_agenda",
  start_practice: "start_practice",
  stop_practice: "stop_practice",
  export_sync: "export_sync",
  import_sync_file: "import_sync_file",
  this_device: "this_device",
  minutes_preview: "minutes_preview",
  export_minutes: "export_minutes",
  sign_minutes: "sign_minutes",
  sign_minutes_with_settings_certificate: "sign_minutes_with_settings_certificate",
  unlock_certificate: "unlock_certificate",
  lock_certificate: "lock_certificate",
  unlocked_certificate: "unlocked_certificate",
  verify_minutes: "verify_minutes",
  open_projector: "open_projector",
  projector_meeting: "projector_meeting",
  list_backups: "list_backups",
  restore_backup: "restore_backup",
  settings: "settings",
  save_settings: "save_settings",
  create_certificate: "create_certificate",
  choose_certificate: "choose_certificate",
} as const;

export type CommandName = (typeof COMMANDS)[keyof typeof COMMANDS];

/** Every event the app emits to the UI (src-tauri/src/commands/mod.rs). */
export const EVENTS = {
  data_changed: "gavel://data-changed",
  backup_failed: "gavel://backup-failed",
} as const;

/** The header a file command's other arguments travel in, as percent-encoded JSON (src-tauri/src/file_request.rs). */
export const ARGUMENTS_HEADER = "gavel-arguments";
