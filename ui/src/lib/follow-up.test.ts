import { describe, expect, it } from "vitest";
import { followUpAt, groupActionItemsQuery } from "./follow-up";
import type { RegisterEntry } from "./generated/types";

const SEPTEMBER = { id: "sep", starts_at: "2026-09-10T13:00:00" };
const OCTOBER = { id: "oct", starts_at: "2026-10-08T13:00:00" };
const DECEMBER = { id: "dec", starts_at: "2026-12-10T13:00:00" };
const LATER = { id: "jan", starts_at: "2027-01-14T13:00:00" };
const MEETINGS = [SEPTEMBER, OCTOBER, DECEMBER, LATER];

/** An action item of `meeting`, numbered, done on a day or open. */
function actionItem(meeting: { id: string; starts_at: string }, number: number, doneOn: string | null): RegisterEntry {
  return {
    kind: "action_item",
    meeting_id: meeting.id,
    meeting_title: meeting.id,
    group_id: "g",
    group_name: "Styregruppen",
    meeting_date: meeting.starts_at.slice(0, 10),
    meeting_status: "closed",
    minutes_signed: true,
    number,
    agenda_item: null,
    backlog_keys: [],
    outcome: null,
    text: `${meeting.id} #${number}`,
    owner: null,
    due_date: null,
    action_item_id: `${meeting.id}-${number}`,
    done_on: doneOn,
    overdue: false,
  };
}

describe("the follow-up at a meeting", () => {
  it("is the earlier meetings' action items still open when it began, oldest first", () => {
    const entries = [
      actionItem(OCTOBER, 2, null),
      actionItem(SEPTEMBER, 1, null),
      actionItem(OCTOBER, 1, "2026-11-02"),
      actionItem(DECEMBER, 1, null),
      actionItem(LATER, 1, null),
    ];
    expect(followUpAt(entries, DECEMBER, MEETINGS, "2026-12-10").map((entry) => entry.text)).toEqual([
      "sep #1",
      "oct #2",
    ]);
  });
  it("keeps one done on the meeting's day or later, so that marking it done does not hide it", () => {
    const entries = [actionItem(SEPTEMBER, 1, "2026-12-10"), actionItem(SEPTEMBER, 2, "2026-12-09")];
    expect(followUpAt(entries, DECEMBER, MEETINGS, "2026-12-10").map((entry) => entry.text)).toEqual(["sep #1"]);
  });
  it("keeps one done today while the meeting is prepared, and drops those done before", () => {
    const entries = [actionItem(SEPTEMBER, 1, "2026-12-01"), actionItem(SEPTEMBER, 2, "2026-11-30")];
    expect(followUpAt(entries, DECEMBER, MEETINGS, "2026-12-01").map((entry) => entry.text)).toEqual(["sep #1"]);
  });
  it("is nothing at a group's first meeting", () => {
    expect(followUpAt([actionItem(SEPTEMBER, 1, null)], SEPTEMBER, MEETINGS, "2026-09-10")).toEqual([]);
  });
  it("asks for the group's action items up to the meeting's day alone", () => {
    expect(groupActionItemsQuery("g", "2026-12-10")).toMatchObject({
      group_id: "g",
      kind: "action_item",
      to: "2026-12-10",
      search: null,
      limit: null,
    });
  });
});
