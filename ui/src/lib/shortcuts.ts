// Gavel's one table of keyboard shortcuts: the help list on the meeting screen is made from it, and
// the handlers ask these functions, so a key is never bound in one place and documented in another.

import type { MessageKey } from "./i18n";

export type Shortcut = { keys: MessageKey; action: MessageKey };

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: "shortcut.undo.keys", action: "shortcut.undo" },
  { keys: "shortcut.ballot.keys", action: "shortcut.ballot" },
  { keys: "shortcut.blank.keys", action: "shortcut.blank" },
  { keys: "shortcut.projector.keys", action: "shortcut.projector" },
];

/** Ctrl+Z (⌘Z on a Mac), without Shift, which is redo in most programs. */
export function isUndoShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === "z";
}

/**
 * In a row of ballot buttons: the digit keys 1–9 choose the first to ninth button (For, Imod,
 * Undlader; or the options in order), 0 a blank ballot. Returns the button's index, "blank" or null.
 */
export function ballotShortcut(event: KeyboardEvent): number | "blank" | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === "0") return "blank";
  if (/^[1-9]$/.test(event.key)) return Number(event.key) - 1;
  return null;
}

/** P, without modifiers: open (or bring forward) the projector window. */
export function isProjectorShortcut(event: KeyboardEvent): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey && event.key.toLowerCase() === "p";
}
