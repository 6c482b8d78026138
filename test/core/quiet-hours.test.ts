import { describe, expect, it } from "vitest";
import { afterQuietHours, DEFAULT_QUIET_HOURS, formatQuietHours, parseQuietHours, quietHoursOf } from "../../src/core/quiet-hours.ts";

const OMSK = "Asia/Omsk"; // UTC+6
const YEKATERINBURG = "Asia/Yekaterinburg"; // UTC+5

describe("quiet hours", () => {
  it("hold a message that falls at night until 08:00 in the person's own zone", () => {
    const at = new Date("2026-12-01T15:30:00Z"); // 21:30 in Omsk, 20:30 in Yekaterinburg
    expect(afterQuietHours(at, OMSK, DEFAULT_QUIET_HOURS)).toEqual(new Date("2026-12-02T02:00:00Z"));
    expect(afterQuietHours(at, YEKATERINBURG, DEFAULT_QUIET_HOURS)).toBe(at);
    const early = new Date("2026-12-01T00:30:00Z"); // 06:30 in Omsk, 05:30 in Yekaterinburg
    expect(afterQuietHours(early, OMSK, DEFAULT_QUIET_HOURS)).toEqual(new Date("2026-12-01T02:00:00Z"));
    expect(afterQuietHours(early, YEKATERINBURG, DEFAULT_QUIET_HOURS)).toEqual(new Date("2026-12-01T03:00:00Z"));
  });

  it("let the day through, and hours that do not span midnight work too", () => {
    const noon = new Date("2026-12-01T06:00:00Z");
    expect(afterQuietHours(noon, OMSK, DEFAULT_QUIET_HOURS)).toBe(noon);
    const lunch = { from: 12 * 60, until: 13 * 60 + 30 };
    expect(afterQuietHours(noon, OMSK, lunch)).toEqual(new Date("2026-12-01T07:30:00Z"));
    expect(afterQuietHours(noon, OMSK, { from: 600, until: 600 })).toBe(noon);
  });

  it("are read from the setting and from the person, and written back the same way", () => {
    expect(parseQuietHours("22:00-07:30")).toEqual({ from: 1320, until: 450 });
    expect(parseQuietHours("22.00 – 7.30")).toEqual({ from: 1320, until: 450 });
    expect(parseQuietHours("25:00-07:00")).toBeNull();
    expect(parseQuietHours("evening")).toBeNull();
    expect(formatQuietHours({ from: 1320, until: 450 })).toBe("22:00–07:30");
    expect(quietHoursOf({ quietFrom: null, quietUntil: null }, DEFAULT_QUIET_HOURS)).toBe(DEFAULT_QUIET_HOURS);
    expect(quietHoursOf({ quietFrom: 1380, quietUntil: 420 }, DEFAULT_QUIET_HOURS)).toEqual({ from: 1380, until: 420 });
  });
});
