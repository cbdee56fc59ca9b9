// Where keyboard focus goes when the screen changes under it. A keyboard or screen-reader user whose
// focused control disappears (a poll closed, an undo that removed a row) lands on <body>: the next
// Tab starts at the top of the page and the screen reader says nothing. These helpers keep focus on
// something visible that makes sense for what just happened.

import { tick } from "svelte";

/**
 * Svelte action for a screen's <h1 tabindex="-1">: moves focus to it when the screen appears, so
 * keyboard and screen-reader users start at the top of the new screen instead of on a removed button.
 */
export function focusOnMount(node: HTMLElement): void {
  node.focus();
}

/** True when focus is nowhere in particular: on <body>, or on an element no longer in the page. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

/** Focuses the first of these elements (by id) that exists; returns whether one did. */
export function focusFirstOf(ids: readonly string[]): boolean {
  for (const id of ids) {
    const element = document.getElementById(id);
    if (element !== null) {
      element.focus();
      return true;
    }
  }
  return false;
}

/**
 * Runs `change` (which re-renders the screen) and, if focus was lost meanwhile, puts it back: on
 * an element with the id the focused one had (Svelte may have replaced it with an equal one), or
 * else on the first of `fallbackIds` that exists.
 */
export async function keepingFocus<T>(change: () => Promise<T>, fallbackIds: readonly string[]): Promise<T> {
  const before = document.activeElement;
  const idBefore = before instanceof HTMLElement && before !== document.body ? before.id : "";
  const result = await change();
  await tick();
  if (focusIsLost()) focusFirstOf(idBefore === "" ? fallbackIds : [idBefore, ...fallbackIds]);
  return result;
}

/**
 * Moves focus to a field a shortcut asked for and makes sure it is in view. `focus()` scrolls only
 * as far as needed, which can leave the field under the meeting's sticky controls bar; the bar's
 * focus handler (MeetingDetailView) then scrolls it clear.
 */
export function focusField(id: string): boolean {
  const element = document.getElementById(id);
  if (element === null) return false;
  element.focus();
  element.scrollIntoView({ block: "center" });
  return true;
}

/**
 * Esc in a text field of the live meeting: focus leaves the field, so the shortcut letters work
 * again, and lands on the field's submit button (what the chair most likely does next), or, for a
 * field in no form (the agenda item's notes, saved when they lose focus), on the first button of
 * its panel. What was typed stays.
 */
export function leaveTextField(field: HTMLElement): void {
  const submit = field.closest("form")?.querySelector<HTMLElement>("button[type='submit']");
  const panelButton = field.closest("section")?.querySelector<HTMLElement>("button");
  const next = submit ?? panelButton;
  if (next) next.focus();
  else field.blur();
}
