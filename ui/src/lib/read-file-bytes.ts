import type { IpcError } from "./api";
import { t } from "./i18n";

/**
 * Larger backlog files are refused before they are read into memory. The same limit as gavel-core's
 * `import::MAX_FILE_BYTES`, which refuses them again on the Rust side.
 */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;

/**
 * Reads a chosen file as bytes, unchanged: the Rust side decodes it (UTF-8, or Windows-1252 for a
 * CSV re-saved by Excel) and tells a Jira CSV from a Jira JSON or a Gavel CSV by its content.
 */
export async function readFileBytes(file: File): Promise<Uint8Array> {
  if (file.size > MAX_IMPORT_FILE_BYTES) {
    const error: IpcError = {
      kind: "bad_input",
      message: t("import.tooLarge", {
        file: file.name,
        megabytes: Math.ceil(file.size / 1024 / 1024),
        limit: MAX_IMPORT_FILE_BYTES / 1024 / 1024,
      }),
    };
    throw error;
  }
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch (reason) {
    const error: IpcError = {
      kind: "bad_input",
      message: t("import.readFailed", { file: file.name, reason: String(reason) }),
    };
    throw error;
  }
}
