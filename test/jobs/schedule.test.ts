import { describe, expect, it } from "vitest";
import { daily, every, floorToMinute } from "../../src/jobs/schedule.ts";
import { housekeeping } from "../../src/jobs/housekeeping.ts";
import { at } from "./counting-job.ts";

describe("every", () => {
  it("is due when no success ended within the last N minutes", () => {
    const due = every(5);
    expect(due(at("2026-03-02T10:00:00Z"), null)).toBe(true);
    expect(due(at("2026-03-02T10:04:00Z"), at("2026-03-02T10:00:03Z"))).toBe(false);
    expect(due(at("2026-03-02T10:05:00Z"), at("2026-03-02T10:00:03Z"))).toBe(true);
  });

  it("every(1) is due each minute but not twice in one", () => {
    expect(every(1)(at("2026-03-02T10:00:00Z"), at("2026-03-02T10:00:02Z"))).toBe(false);
    expect(every(1)(at("2026-03-02T10:01:00Z"), at("2026-03-02T10:00:02Z"))).toBe(true);
  });
});

describe("daily", () => {
  const due = daily({ hour: 3, minute: 17, zone: "utc" });

  it("is due from its time until a run succeeds after it", () => {
    expect(due(at("2026-03-02T03:16:00Z"), at("2026-03-01T03:17:05Z"))).toBe(false);
    expect(due(at("2026-03-02T03:17:00Z"), at("2026-03-01T03:17:05Z"))).toBe(true);
    expect(due(at("2026-03-02T09:00:00Z"), at("2026-03-01T03:17:05Z"))).toBe(true);
    expect(due(at("2026-03-02T03:18:00Z"), at("2026-03-02T03:17:05Z"))).toBe(false);
    expect(due(at("2026-03-02T23:59:00Z"), at("2026-03-02T03:17:05Z"))).toBe(false);
  });

  it("keeps yesterday's failed run due past midnight", () => {
    expect(due(at("2026-03-02T00:30:00Z"), at("2026-02-28T03:17:05Z"))).toBe(true);
    expect(due(at("2026-03-02T00:30:00Z"), at("2026-03-01T03:20:00Z"))).toBe(false);
  });

  it("never run, waits for today's time, or runs at once when it has passed", () => {
    expect(due(at("2026-03-02T03:00:00Z"), null)).toBe(false);
    expect(due(at("2026-03-02T10:00:00Z"), null)).toBe(true);
  });

  it("without a zone, follows the server's wall clock", () => {
    const local = daily({ hour: 3, minute: 17 });
    expect(local(new Date(2026, 2, 2, 3, 16), new Date(2026, 2, 1, 3, 17, 5))).toBe(false);
    expect(local(new Date(2026, 2, 2, 3, 17), new Date(2026, 2, 1, 3, 17, 5))).toBe(true);
  });
});

it("housekeeping runs nightly at 03:17 server time", () => {
  const yesterday = new Date(2026, 2, 1, 3, 17, 5);
  expect(housekeeping.due(new Date(2026, 2, 2, 3, 16), yesterday)).toBe(false);
  expect(housekeeping.due(new Date(2026, 2, 2, 3, 17), yesterday)).toBe(true);
});

it("floorToMinute drops seconds", () => {
  expect(floorToMinute(at("2026-03-02T10:00:59.999Z"))).toEqual(at("2026-03-02T10:00:00Z"));
});
