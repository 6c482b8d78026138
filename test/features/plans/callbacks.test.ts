// The plans feature's callback data: built and parsed by one module; data a client made up matches nothing.
import { describe, expect, it } from "vitest";
import { IMPORT_DATA, PLAN_DATA } from "../../../src/features/plans/callbacks.ts";

describe("plan callback data", () => {
  it("round-trips every button kind, in the forms already sent to people", () => {
    expect(PLAN_DATA.list(3)).toBe("pl:list:3");
    expect(PLAN_DATA.plan(12)).toBe("pl:plan:12");
    expect(PLAN_DATA.section(12, "2", 1)).toBe("pl:sec:12:2:1");
    expect(PLAN_DATA.section.parse(PLAN_DATA.section(12, null, 0))).toEqual([12, null, 0]);
    expect(PLAN_DATA.measure.parse(PLAN_DATA.measure(7, "s"))).toEqual([7, "s"]);
    expect(PLAN_DATA.measureFromUpcoming.parse(PLAN_DATA.measureFromUpcoming(7, "week", "seminar", 2))).toEqual([7, "week", "seminar", 2]);
    expect(IMPORT_DATA.save(5)).toBe("plan:save:5");
    expect(IMPORT_DATA.cancel.parse("plan:cancel:5")).toEqual([5]);
  });

  it("matches no data with a wrong field, a ten-digit id or a field too many", () => {
    const forged = ["pl:m:1:x", "pl:m:1234567890:s", "pl:m:1:s:1", "pl:mu:1:year:-:0", "pl:sec:1:<b>:0", "pl:list:-1", "plan:save:abc", "plan:save:1:2"];
    const patterns = [...Object.values(PLAN_DATA), ...Object.values(IMPORT_DATA)].flatMap((codec) => (typeof codec === "string" ? [] : [codec.pattern]));
    for (const data of forged) expect(patterns.filter((pattern) => pattern.test(data)), data).toEqual([]);
    expect(() => PLAN_DATA.measure.parse("pl:m:1:x")).toThrow();
  });
});
