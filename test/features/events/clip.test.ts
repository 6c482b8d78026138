import { describe, expect, it } from "vitest";
import { clip } from "../../../src/features/events/card-text.ts";

describe("clip", () => {
  it("keeps a text that fits and cuts a longer one to the limit with an ellipsis", () => {
    expect(clip("Вебинар", 7)).toBe("Вебинар");
    expect(clip("Вебинар по функциональной грамотности", 10)).toBe("Вебинар п…");
  });

  it("never leaves half of an emoji where it cuts", () => {
    const clipped = clip(`${"а".repeat(8)}🎯 разбор урока`, 10);
    expect(clipped).toBe(`${"а".repeat(8)}…`);
    expect(clipped.length).toBeLessThanOrEqual(10);
  });
});
