import { describe, expect, it } from "vitest";
import type { MeetingDetail } from "./generated/types";
import { isEverythingFinished, unfinishedBusiness } from "./unfinished";

// Only the parts unfinishedBusiness reads; the rest of a MeetingDetail does not matter here.
function meeting(parts: Partial<MeetingDetail>): MeetingDetail {
  return { agenda: [], attendance: [], decisions: [], action_items: [], polls: [], ...parts } as MeetingDetail;
}

const item = (id: string, position: number, notes = "") =>
  ({ id, position, title: `Punkt ${position}`, backlog_key: null, notes, time_box_minutes: null }) as MeetingDetail["agenda"][number];

describe("unfinishedBusiness", () => {
  it("lists agenda items with neither a decision nor notes, in agenda order", () => {
    const detail = meeting({
      agenda: [item("c", 3), item("a", 1), item("b", 2, "Drøftet."), item("d", 4)],
      decisions: [{ agenda_item_id: "d" } as MeetingDetail["decisions"][number]],
    });
    expect(unfinishedBusiness(detail).agendaItemsNotDealtWith.map((entry) => entry.id)).toEqual(["a", "c"]);
  });

  it("lists members whose attendance was never registered", () => {
    const detail = meeting({
      attendance: [
        { member_id: "1", attendance: "unknown" },
        { member_id: "2", attendance: "present" },
        { member_id: "3", attendance: "excused" },
      ] as MeetingDetail["attendance"],
    });
    expect(unfinishedBusiness(detail).membersWithoutAttendance.map((member) => member.member_id)).toEqual(["1"]);
  });

  it("lists action items with no owner or no deadline", () => {
    const detail = meeting({
      action_items: [
        { id: "owned-and-due", owner_name: "Mette", due_date: "2027-01-15" },
        { id: "no-owner", owner_name: null, due_date: "2027-01-15" },
        { id: "blank-owner", owner_name: "  ", due_date: "2027-01-15" },
        { id: "no-deadline", owner_name: "Mette", due_date: null },
      ] as MeetingDetail["action_items"],
    });
    expect(unfinishedBusiness(detail).actionItemsWithoutOwnerOrDeadline.map((action) => action.id)).toEqual([
      "no-owner",
      "blank-owner",
      "no-deadline",
    ]);
  });

  it("says everything is finished only when all four lists are empty", () => {
    expect(isEverythingFinished(unfinishedBusiness(meeting({})))).toBe(true);
    const openPoll = meeting({ polls: [{ id: "p", is_open: true }] as MeetingDetail["polls"] });
    expect(unfinishedBusiness(openPoll).openPolls).toHaveLength(1);
    expect(isEverythingFinished(unfinishedBusiness(openPoll))).toBe(false);
  });
});
