// Pure helpers for the minutes screen: the lines of a signature check and a file's size. The
// minutes themselves are worded by gavel-minutes (the preview shows its document); nothing here
// talks to the Rust side.

import type { SignatureView } from "./api";
import { intlLocale } from "./i18n";

/** Whether a signature is in an agenda's "Udsendt af" box ("sender-1"), signed by whoever sent it out. */
export function isSenderField(signature: SignatureView): boolean {
  return signature.field_name?.replace(/-\d+$/, "") === "sender";
}

/** The role a signature box is for, from its name: "chair-1" → "chair"; null for a countersignature. */
export function signatureFieldRole(signature: SignatureView): "chair" | "secretary" | null {
  const prefix = signature.field_name?.replace(/-\d+$/, "");
  return prefix === "chair" || prefix === "secretary" ? prefix : null;
}

/** "38,6 kB" / "1,2 MB" in the app's language. */
export function formatFileSize(bytes: number): string {
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "kB"] : [bytes / 1024 / 1024, "MB"];
  const number = new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: value < 10 ? 1 : 0 });
  return `${number.format(value)} ${unit}`;
}
