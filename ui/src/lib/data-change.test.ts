import { describe, expect, it } from "vitest";

import { reloadFor } from "./data-change";

const MEETING = "6a4c734a-feaa-5896-9b3f-27af86ca392e";
const OTHER_MEETING = "11111111-2222-4333-8444-555555555555";

const ballot = (origin: string | null, meetings = [MEETING]) => ({ revision: 7, origin, meetings, lists: false });

describe("reloadFor", () => {
  it("reloads nothing in the window that recorded a ballot: it got the meeting back", () => {
    expect(reloadFor(ballot("main"), { windowLabel: "main", meetingId: MEETING })).toBe("nothing");
  });

  it("reloads the meeting in another window that shows it (the projector)", () => {
    expect(reloadFor(ballot("main"), { windowLabel: "projector", meetingId: MEETING })).toBe("meeting");
  });

  it("reloads nothing in a window that shows another meeting, or none", () => {
    expect(reloadFor(ballot("projector"), { windowLabel: "main", meetingId: OTHER_MEETING })).toBe("nothing");
    expect(reloadFor(ballot("projector"), { windowLabel: "main", meetingId: null })).toBe("nothing");
  });

  it("reloads everything after any other change, also in the window that made it", () => {
    const closed = { revision: 8, origin: "main", meetings: [MEETING], lists: true };
    expect(reloadFor(closed, { windowLabel: "main", meetingId: MEETING })).toBe("everything");
    expect(reloadFor(closed, { windowLabel: "projector", meetingId: MEETING })).toBe("everything");
    const imported = { revision: 9, origin: null, meetings: [], lists: true };
    expect(reloadFor(imported, { windowLabel: "main", meetingId: null })).toBe("everything");
  });
});
