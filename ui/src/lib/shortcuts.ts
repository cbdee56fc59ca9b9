// Gavel's one table of keyboard shortcuts: the help overlay on the meeting screen (opened with "?")
// is made from it, and the handlers ask the functions below, which read the same catalogue entries,
// so a key is never bound in one place and documented in another. docs/shortcuts.md repeats it.
//
// Letters are per language (the catalogue's "shortcut.*.key"), chosen so that the global letters
// never clash with the ballot letters: a chair whose focus is on a ballot button and who presses a
// global letter must never record a ballot by mistake.

import { t, type MessageKey } from "./i18n";

export type Shortcut = { keys: MessageKey; action: MessageKey };

export const SHORTCUTS: readonly Shortcut[] = [
  { keys: "shortcut-help-keys", action: "shortcut-help" },
  { keys: "shortcut-nextItem-keys", action: "shortcut-nextItem" },
  { keys: "shortcut-previousItem-keys", action: "shortcut-previousItem" },
  { keys: "shortcut-newPoll-key", action: "shortcut-newPoll" },
  { keys: "shortcut-selectVoter-keys", action: "shortcut-selectVoter" },
  { keys: "shortcut-ballotLetters-keys", action: "shortcut-ballotLetters" },
  { keys: "shortcut-ballot-keys", action: "shortcut-ballot" },
  { keys: "shortcut-blank-keys", action: "shortcut-blank" },
  { keys: "shortcut-closePoll-key", action: "shortcut-closePoll" },
  { keys: "shortcut-newDecision-key", action: "shortcut-newDecision" },
  { keys: "shortcut-newActionItem-key", action: "shortcut-newActionItem" },
  { keys: "shortcut-undo-keys", action: "shortcut-undo" },
  { keys: "shortcut-projector-keys", action: "shortcut-projector" },
];

/** What a key on the live-meeting screen asks for, outside text fields. */
export type LiveAction =
  | "help"
  | "next-item"
  | "previous-item"
  | "new-poll"
  | "close-poll"
  | "new-decision"
  | "new-action-item"
  | "undo"
  | "projector";

/** The live-meeting action of a key press, or null. The caller skips presses in text fields. */
export function liveShortcut(event: KeyboardEvent): LiveAction | null {
  if (isUndoShortcut(event)) return "undo";
  if (event.ctrlKey || event.metaKey) return null;
  if (event.altKey) {
    if (event.shiftKey) return null;
    if (event.key === "ArrowDown") return "next-item";
    if (event.key === "ArrowUp") return "previous-item";
    return null;
  }
  // "?" is Shift plus another key on most layouts (Shift++ on a Danish one): the character counts.
  if (event.key === "?") return "help";
  if (event.shiftKey) return null;
  const letter = event.key.toLowerCase();
  if (letter === t("shortcut-newPoll-key").toLowerCase()) return "new-poll";
  if (letter === t("shortcut-closePoll-key").toLowerCase()) return "close-poll";
  if (letter === t("shortcut-newDecision-key").toLowerCase()) return "new-decision";
  if (letter === t("shortcut-newActionItem-key").toLowerCase()) return "new-action-item";
  if (isProjectorShortcut(event)) return "projector";
  return null;
}

/** Ctrl+Z (⌘Z on a Mac), without Shift, which is redo in most programs. */
export function isUndoShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === "z";
}

/** The answers of a yes/no poll, in the order of its ballot buttons. */
const YES_NO_LETTERS: ReadonlyArray<ReadonlyArray<string>> = [
  // For: the language's letter, and Y and J, which chairs type from habit in either language.
  ["y", "j"],
  ["n"],
  ["a", "u"],
];

/**
 * In a row of ballot buttons: the digit keys 1–9 choose the first to ninth button (For, Imod,
 * Undlader, Blank; or the options in order), 0 a blank ballot; in a yes/no poll also the letters (J or
 * Y = For, N = Imod, U or A = Undlader). Returns the button's index, "blank" or null.
 */
export function ballotShortcut(event: KeyboardEvent, yesNo: boolean): number | "blank" | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (event.key === "0") return "blank";
  if (/^[1-9]$/.test(event.key)) return Number(event.key) - 1;
  if (!yesNo || event.shiftKey) return null;
  const letter = event.key.toLowerCase();
  const index = YES_NO_LETTERS.findIndex((letters) => letters.includes(letter));
  return index === -1 ? null : index;
}

/** Arrow keys in the ballot table: ↑/↓ go to the previous/next member, ←/→ to the next answer. */
export function ballotTableMove(event: KeyboardEvent): "up" | "down" | "left" | "right" | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return null;
  switch (event.key) {
    case "ArrowUp":
      return "up";
    case "ArrowDown":
      return "down";
    case "ArrowLeft":
      return "left";
    case "ArrowRight":
      return "right";
    default:
      return null;
  }
}

/** P, without modifiers: open (or bring forward) the projector window. */
export function isProjectorShortcut(event: KeyboardEvent): boolean {
  return !event.ctrlKey && !event.metaKey && !event.altKey && event.key.toLowerCase() === "p";
}
