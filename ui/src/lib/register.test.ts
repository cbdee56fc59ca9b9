import { afterEach, describe, expect, it, vi } from "vitest";
import {
  afterPause,
  firstEntries,
  isFiltered,
  newestOnly,
  NO_FILTERS,
  page,
  pollResultRuns,
  recordPlaceId,
  registerQuery,
  textRuns,
} from "./register";

/** The query of empty fields, to spread one field's change over. */
function registerQueryOfNothing() {
  const asked = registerQuery(NO_FILTERS);
  if (!("query" in asked)) throw new Error("empty fields are a query");
  return asked.query;
}

describe("the register's fields", () => {
  it("ask for everything when nothing is filled in", () => {
    expect(registerQuery(NO_FILTERS)).toEqual({
      query: {
        group_id: null,
        kind: null,
        outcome: null,
        follow_up: null,
        epic: null,
        from: null,
        to: null,
        search: null,
        limit: null,
      },
    });
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });

  it("send the search as typed, a blank one as none, and dates in either form as ISO", () => {
    expect(
      registerQuery({
        search: " beslutningerne ",
        groupId: "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f",
        kind: "decision",
        outcome: "approved",
        followUp: "",
        epic: "",
        from: "1.12.2026",
        to: "2027-01-31",
      }),
    ).toEqual({
      query: {
        group_id: "0f6a3c5e-1d2b-4c3a-9e8f-7a6b5c4d3e2f",
        kind: "decision",
        outcome: "approved",
        follow_up: null,
        epic: null,
        from: "2026-12-01",
        to: "2027-01-31",
        search: " beslutningerne ",
        limit: null,
      },
    });
    expect(registerQuery({ ...NO_FILTERS, search: "   " })).toEqual(registerQuery(NO_FILTERS));
    expect(isFiltered({ ...NO_FILTERS, search: "   " })).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, outcome: "noted" })).toBe(true);
  });

  it("ask for open or done action items, and an epic by its key without spaces", () => {
    expect(registerQuery({ ...NO_FILTERS, followUp: "open", epic: " MO-1000 " })).toEqual({
      query: { ...registerQueryOfNothing(), follow_up: "open", epic: "MO-1000" },
    });
    expect(registerQuery({ ...NO_FILTERS, epic: "  " })).toEqual(registerQuery(NO_FILTERS));
    expect(isFiltered({ ...NO_FILTERS, followUp: "done" })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, epic: "MO-1000" })).toBe(true);
    expect(isFiltered({ ...NO_FILTERS, epic: " " })).toBe(false);
  });

  it("name the date field that is not a date, and ask for nothing", () => {
    expect(registerQuery({ ...NO_FILTERS, from: "31.02.2027" })).toEqual({ invalidDate: "from" });
    expect(registerQuery({ ...NO_FILTERS, to: "januar" })).toEqual({ invalidDate: "to" });
  });
});

describe("search as you type", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("never lets an older answer replace a newer one", async () => {
    const pending = new Map<string, (value: string) => void>();
    const search = newestOnly((words: string) => new Promise<string>((resolve) => pending.set(words, resolve)));
    const short = search("b");
    const long = search("beslutning");
    pending.get("beslutning")?.("newer");
    pending.get("b")?.("older");
    expect(await long).toEqual({ kind: "value", value: "newer" });
    expect(await short).toEqual({ kind: "superseded" });
  });

  it("passes on the newest call's error, and drops an older call's", async () => {
    const search = newestOnly(async (words: string) => {
      if (words.length > 5) throw new Error("too long");
      return words;
    });
    const older = search("beslutning");
    const newer = search("bes");
    expect(await newer).toEqual({ kind: "value", value: "bes" });
    expect(await older).toEqual({ kind: "superseded" });
    expect(await search("beslutning")).toEqual({ kind: "error", error: new Error("too long") });
  });

  it("asks once, after the typing pauses", () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const pause = afterPause(run, 150);
    pause.schedule();
    vi.advanceTimersByTime(100);
    pause.schedule();
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(50);
    expect(run).toHaveBeenCalledTimes(1);
    pause.schedule();
    pause.now();
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledTimes(2);
    pause.schedule();
    pause.cancel();
    vi.advanceTimersByTime(500);
    expect(run).toHaveBeenCalledTimes(2);
  });
});

describe("an entry's text", () => {
  it("is the found runs when searching, one plain run otherwise", () => {
    const parts = [
      { text: "Beslutningen", hit: true },
      { text: " om driften", hit: false },
    ];
    expect(textRuns({ text: "Beslutningen om driften", text_parts: parts })).toBe(parts);
    expect(textRuns({ text: "Tilbud B vælges." })).toEqual([{ text: "Tilbud B vælges.", hit: false }]);
  });
});

describe("a poll entry's result", () => {
  const result = { da: "Vedtaget: 22 for, 2 imod.", en: "Carried: 22 for, 2 against." };
  it("is the found runs in the reader's language when searching", () => {
    const parts = {
      da: [
        { text: "Vedtaget", hit: true },
        { text: ": 22 for, 2 imod.", hit: false },
      ],
      en: [{ text: "Carried: 22 for, 2 against.", hit: false }],
    };
    expect(pollResultRuns({ poll_result: result, poll_result_parts: parts }, "da")).toBe(parts.da);
    expect(pollResultRuns({ poll_result: result, poll_result_parts: parts }, "en")).toBe(parts.en);
  });
  it("is one plain run without a search, and nothing for a decision", () => {
    expect(pollResultRuns({ poll_result: result }, "en")).toEqual([{ text: result.en, hit: false }]);
    expect(pollResultRuns({}, "da")).toEqual([]);
  });
});

describe("an entry's place on its meeting's screen", () => {
  it("is one id per kind and number, each kind its own", () => {
    expect(recordPlaceId("decision", 2)).toBe("record-decision-2");
    expect(recordPlaceId("poll_result", 2)).toBe("record-poll-2");
    expect(recordPlaceId("action_item", 12)).toBe("record-action-item-12");
  });
});

describe("the register's pages", () => {
  it("ask for one entry more than they show, to know whether there are more", () => {
    const query = registerQueryOfNothing();
    expect(firstEntries(query, 100)).toEqual({ ...query, limit: 101 });
    const answer = Array.from({ length: 101 }, (_, index) => index);
    expect(page(answer, 100)).toEqual({ entries: answer.slice(0, 100), more: true });
    expect(page(answer.slice(0, 100), 100)).toEqual({ entries: answer.slice(0, 100), more: false });
    expect(page([], 100)).toEqual({ entries: [], more: false });
  });
});
