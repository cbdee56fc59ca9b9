// The decision register's screen logic that needs no DOM: what the filter fields ask the Rust side
// for, search as you type (a short pause, and only the newest answer shown), and an entry's text
// cut into runs with the words a search found marked.

import type { RegisterQuery } from "./generated/ipc";
import type { DecisionOutcome, FollowUp, RegisterEntry, RegisterKind, TextPart } from "./generated/types";
import { toIsoDate } from "./format";

/**
 * The id of an entry's row on its meeting's screen ("record-decision-3"): opening an entry's
 * meeting from the register takes the chair to it, not to the top of a long meeting.
 */
export function recordPlaceId(kind: RegisterKind, number: number): string {
  const place = { decision: "decision", poll_result: "poll", action_item: "action-item" }[kind];
  return `record-${place}-${number}`;
}

/** How long the register waits after the last key before it asks: a word typed at speed is one search. */
export const SEARCH_PAUSE_MS = 150;

/** The register screen's fields as the chair fills them in; "" is "all" (or an empty field). */
export type RegisterFields = {
  search: string;
  groupId: string;
  kind: RegisterKind | "";
  outcome: DecisionOutcome | "";
  /** Action items still open, or done. */
  followUp: FollowUp | "";
  /** An epic's issue key: entries about it or an issue under it. */
  epic: string;
  from: string;
  to: string;
};

export const NO_FILTERS: RegisterFields = {
  search: "",
  groupId: "",
  kind: "",
  outcome: "",
  followUp: "",
  epic: "",
  from: "",
  to: "",
};

/** The query the fields ask for, or which date field is not a date (then nothing is asked). */
export type QueryOrInvalidDate = { query: RegisterQuery } | { invalidDate: "from" | "to" };

export function registerQuery(fields: RegisterFields): QueryOrInvalidDate {
  const from = fields.from.trim() === "" ? null : toIsoDate(fields.from);
  if (fields.from.trim() !== "" && from === null) return { invalidDate: "from" };
  const to = fields.to.trim() === "" ? null : toIsoDate(fields.to);
  if (fields.to.trim() !== "" && to === null) return { invalidDate: "to" };
  return {
    query: {
      group_id: fields.groupId === "" ? null : fields.groupId,
      kind: fields.kind === "" ? null : fields.kind,
      outcome: fields.outcome === "" ? null : fields.outcome,
      follow_up: fields.followUp === "" ? null : fields.followUp,
      epic: fields.epic.trim() === "" ? null : fields.epic.trim(),
      from,
      to,
      // The Rust side reads a blank search as none; sending null says so here too.
      search: fields.search.trim() === "" ? null : fields.search,
      limit: null,
    },
  };
}

/** How many more entries "Vis flere" shows, and how many the screen shows first. */
export const PAGE = 100;

/**
 * The query for the first `count` entries: one more is asked for, so that the answer tells
 * whether there are more (a secretariat's register holds tens of thousands; the first page reads
 * a few meetings, docs/scale.md).
 */
export function firstEntries(query: RegisterQuery, count: number): RegisterQuery {
  return { ...query, limit: count + 1 };
}

/** The entries to show of an answer to firstEntries(…, count), and whether it had more. */
export function page<T>(answer: T[], count: number): { entries: T[]; more: boolean } {
  return { entries: answer.slice(0, count), more: answer.length > count };
}

/** Whether the fields narrow the register at all: with none, an empty answer is an empty register. */
export function isFiltered(fields: RegisterFields): boolean {
  return (
    fields.search.trim() !== "" ||
    fields.groupId !== "" ||
    fields.kind !== "" ||
    fields.outcome !== "" ||
    fields.followUp !== "" ||
    fields.epic.trim() !== "" ||
    fields.from.trim() !== "" ||
    fields.to.trim() !== ""
  );
}

/** What a load came back with: its value, its error, or nothing because a newer load has started. */
export type Answer<T> = { kind: "value"; value: T } | { kind: "error"; error: unknown } | { kind: "superseded" };

/**
 * Wraps `load` so that only the answer of the newest call counts: answers can arrive out of order
 * (a short search is slower than the longer one typed after it), and an older answer must never
 * replace a newer one on the screen. Each call takes a number from a counter; when its answer
 * arrives and a later call has taken a number since, the answer is "superseded".
 */
export function newestOnly<A, T>(load: (argument: A) => Promise<T>): (argument: A) => Promise<Answer<T>> {
  let counter = 0;
  return async (argument: A) => {
    const mine = ++counter;
    let answer: Answer<T>;
    try {
      answer = { kind: "value", value: await load(argument) };
    } catch (error) {
      answer = { kind: "error", error };
    }
    return mine === counter ? answer : { kind: "superseded" };
  };
}

/**
 * Calls `run` once `pauseMs` have passed without another `schedule`; `now` runs it at once (and
 * drops what was waiting). `cancel` drops what is waiting, for a screen that closes.
 */
export function afterPause(run: () => void, pauseMs: number): { schedule: () => void; now: () => void; cancel: () => void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return {
    schedule: () => {
      cancel();
      timer = setTimeout(() => {
        timer = null;
        run();
      }, pauseMs);
    },
    now: () => {
      cancel();
      run();
    },
    cancel,
  };
}

/** An entry's text as runs, the words a search found marked; one unmarked run when not searching. */
export function textRuns(entry: Pick<RegisterEntry, "text" | "text_parts">): TextPart[] {
  return entry.text_parts ?? [{ text: entry.text, hit: false }];
}

/**
 * A poll entry's result in `locale` as runs, the words a search found marked (a search finds a
 * poll by its result too); one unmarked run when not searching, none for other entries.
 */
export function pollResultRuns(
  entry: Pick<RegisterEntry, "poll_result" | "poll_result_parts">,
  locale: "da" | "en",
): TextPart[] {
  if (entry.poll_result_parts !== undefined) return entry.poll_result_parts[locale];
  return entry.poll_result === undefined ? [] : [{ text: entry.poll_result[locale], hit: false }];
}
