import type { IpcError } from "./api";
import { t } from "./i18n";

/**
 * Reads a chosen file as UTF-8 text. Unlike File.text(), which silently replaces invalid bytes with
 * U+FFFD, this refuses a file in another encoding (e.g. a CSV saved from Excel as Windows-1252), so
 * the chair gets a message naming the file instead of an import with garbled æøå.
 */
export async function readUtf8File(file: File): Promise<string> {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (reason) {
    const error: IpcError = {
      kind: "bad_input",
      message: t("import.readFailed", { file: file.name, reason: String(reason) }),
    };
    throw error;
  }
  try {
    // A leading byte-order mark is dropped, as File.text() does.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const error: IpcError = { kind: "bad_input", message: t("import.notUtf8", { file: file.name }) };
    throw error;
  }
}
