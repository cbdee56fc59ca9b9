import { describe, expect, it } from "vitest";
import { nextWholeHour, toClock, toDateField, toIsoDate, toStartsAt } from "./format";

describe("the meeting's date and time fields", () => {
  it("show a date in the app's language, day first, whatever the system's locale", () => {
    expect(toDateField("2026-12-10", "da")).toBe("10.12.2026");
    expect(toDateField("2026-12-10", "en")).toBe("10/12/2026");
  });

  it("read back what they show, and the ISO form", () => {
    expect(toIsoDate("10.12.2026")).toBe("2026-12-10");
    expect(toIsoDate("10/12/2026")).toBe("2026-12-10");
    expect(toIsoDate("2026-12-10")).toBe("2026-12-10");
    expect(toIsoDate("31.02.2026")).toBeNull();
    expect(toIsoDate("12.10")).toBeNull();
  });

  it("read a 24-hour time however the chair types it", () => {
    expect(toClock("13:00")).toBe("13:00");
    expect(toClock("13.05")).toBe("13:05");
    expect(toClock("1305")).toBe("13:05");
    expect(toClock("9")).toBe("09:00");
    expect(toClock(" 9.30 ")).toBe("09:30");
    expect(toClock("24:00")).toBeNull();
    expect(toClock("13:60")).toBeNull();
    expect(toClock("1 PM")).toBeNull();
    expect(toClock("")).toBeNull();
  });

  it("make the contract's starts_at, or null when either field is wrong", () => {
    expect(toStartsAt("10.12.2026", "13:00")).toBe("2026-12-10T13:00:00");
    expect(toStartsAt("10.12.2026", "25:00")).toBeNull();
    expect(toStartsAt("10.13.2026", "13:00")).toBeNull();
  });

  it("suggest the next whole hour, across midnight too", () => {
    expect(nextWholeHour(new Date(2026, 11, 10, 12, 34), "da")).toEqual({ date: "10.12.2026", time: "13:00" });
    expect(nextWholeHour(new Date(2026, 11, 31, 23, 5), "en")).toEqual({ date: "01/01/2027", time: "00:00" });
  });
});
