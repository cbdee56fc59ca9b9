import type { IpcError } from "./api";
import { type MessageKey, t } from "./i18n";

/**
 * Larger backlog files are refused before they are read into memory. The same limit as gavel-core's
 * `import::MAX_FILE_BYTES`, which refuses them again on the Rust side.
 */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;

/** The largest file of a kind, and the message (with {file}, {megabytes}, {limit}) that refuses it. */
export type FileSizeLimit = { bytes: number; message: MessageKey };

const BACKLOG_FILE_LIMIT: FileSizeLimit = { bytes: MAX_IMPORT_FILE_BYTES, message: "import-tooLarge" };

/**
 * Reads a chosen file as bytes, unchanged: the Rust side decodes it (UTF-8, or Windows-1252 for a
 * CSV re-saved by Excel) and tells a Jira CSV from a Jira JSON or a Gavel CSV by its content.
 */
export async function readFileBytes(file: File, limit: FileSizeLimit = BACKLOG_FILE_LIMIT): Promise<Uint8Array> {
  if (file.size > limit.bytes) {
    const error: IpcError = {
      kind: "bad_input",
      message: t(limit.message, {
        file: file.name,
        megabytes: Math.ceil(file.size / 1024 / 1024),
        limit: limit.bytes / 1024 / 1024,
      }),
    };
    throw error;
  }
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (reason) {
    const error: IpcError = {
      kind: "bad_input",
      message: t("import-readFailed", { file: file.name, reason: String(reason) }),
    };
    throw error;
  }
}
