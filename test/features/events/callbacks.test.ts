// The events feature's callback data: the strings already on people's buttons, read back to typed
// values, made-up data refused, every kind within Telegram's 64 bytes.
import { describe, expect, it } from "vitest";
import { EVENT_DATA, MANAGE_DATA } from "../../../src/features/events/callbacks.ts";
import { callbackCodec, digits } from "../../../src/bot/callback-codec.ts";

const LONGEST_ID = 999_999_999;

describe("events callback data", () => {
  it("keeps the strings buttons already carry, and reads them back", () => {
    expect(EVENT_DATA.upcoming("week", null, 2)).toBe("ev:up:week:-:2");
    expect(EVENT_DATA.upcoming.parse("ev:up:week:-:2")).toEqual(["week", null, 2]);
    expect(EVENT_DATA.upcoming.parse("ev:up:all:webinar:0")).toEqual(["all", "webinar", 0]);
    expect(EVENT_DATA.toggleAttendance(7, 81, 3)).toBe("ev:att:t:7:81:3");
    expect(EVENT_DATA.toggleAttendance.parse("ev:att:t:7:81:3")).toEqual([7, 81, 3]);
    expect(EVENT_DATA.join.parse("ev:join:42")).toEqual([42]);
    expect(MANAGE_DATA.cancelConfirmed(5)).toBe("ev:mg:cy:5");
    expect(MANAGE_DATA.fromMeasure.parse("ev:frommeasure:12")).toEqual([12]);
    expect(EVENT_DATA.card.parse("ev:card:42")).toEqual([42]);
  });

  it("carries the list a card was opened from, filter and page included", () => {
    const fromUpcoming = { list: "upcoming", range: "month", kind: "course", page: 3 } as const;
    expect(EVENT_DATA.cardFrom(42, fromUpcoming)).toBe("ev:card:42:u.month.course.3");
    expect(EVENT_DATA.cardFrom.parse("ev:card:42:u.month.course.3")).toEqual([42, fromUpcoming]);
    expect(EVENT_DATA.cardFrom.parse("ev:card:42:u.all.-.0")).toEqual([42, { list: "upcoming", range: "all", kind: null, page: 0 }]);
    expect(EVENT_DATA.cardFrom(7, { list: "mine", page: 2 })).toBe("ev:card:7:m.2");
    expect(EVENT_DATA.cardFrom.parse("ev:card:7:m.2")).toEqual([7, { list: "mine", page: 2 }]);
    expect(EVENT_DATA.mine.parse("ev:my:2")).toEqual([2]);
    // The card without an origin and the one with it never take each other's data.
    expect(EVENT_DATA.card.pattern.test("ev:card:7:m.2")).toBe(false);
    expect(EVENT_DATA.cardFrom.pattern.test("ev:card:7")).toBe(false);
  });

  it("refuses a made-up origin", () => {
    for (const data of ["ev:card:7:u.year.-.0", "ev:card:7:u.all.-", "ev:card:7:u.all.-.0.1", "ev:card:7:m.123456", "ev:card:7:m.", "ev:card:7:x.1", "ev:card:7:m.1:2", "ev:card:7:u.all.WEB.0", "ev:card:7:mm.1"]) {
      expect(EVENT_DATA.cardFrom.pattern.test(data), data).toBe(false);
    }
  });

  it("gives the pager everything but the page", () => {
    expect(EVENT_DATA.upcoming.pagerPrefix("month", "course")).toBe("ev:up:month:course:");
    expect(EVENT_DATA.attendance.pagerPrefix(9)).toBe("ev:att:9:");
    expect(MANAGE_DATA.list.pagerPrefix()).toBe("ev:mg:l:");
  });

  it("refuses made-up data: too many digits, letters, a field too many, another kind's data", () => {
    for (const data of ["ev:join:1234567890", "ev:join:x", "ev:join:1:2", "ev:up:year:-:0", "ev:up:all:-:123456", "ev:att:t:1:2"]) {
      expect([EVENT_DATA.join, EVENT_DATA.upcoming, EVENT_DATA.attendance].some((codec) => codec.pattern.test(data)), data).toBe(false);
    }
    expect(MANAGE_DATA.list.pattern.test("ev:mg:l:1234567")).toBe(false);
    expect(() => EVENT_DATA.card.parse("ev:card:")).toThrow();
  });

  it("stays within 64 bytes at the longest values, and a codec that could not is refused when made", () => {
    const longest = [
      EVENT_DATA.upcoming("month", "x".repeat(20), 99_999),
      EVENT_DATA.cardFrom(LONGEST_ID, { list: "upcoming", range: "month", kind: "x".repeat(20), page: 99_999 }),
      EVENT_DATA.toggleAttendance(LONGEST_ID, LONGEST_ID, 99_999),
      MANAGE_DATA.fromMeasure(LONGEST_ID),
      MANAGE_DATA.cancelConfirmed(LONGEST_ID),
    ];
    for (const data of longest) expect(Buffer.byteLength(data), data).toBeLessThanOrEqual(64);
    expect(() => callbackCodec("ev:too-long", digits(9), digits(9), digits(9), digits(9), digits(9), digits(9))).toThrow(/64/);
  });
});
