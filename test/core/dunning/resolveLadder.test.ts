import { isFailure } from "../../../src/core/failure";
import { LADDER_PRESETS } from "../../../src/core/dunning/ladderPresets";
import { resolveLadder } from "../../../src/core/dunning/resolveLadder";

describe("resolveLadder", () => {
  it("defaults to standard for blank", () => {
    expect(resolveLadder(null)).toBe(LADDER_PRESETS.standard);
    expect(resolveLadder("  ")).toBe(LADDER_PRESETS.standard);
  });

  it("finds presets trimmed and case-insensitively, also from a single-cell range", () => {
    expect(resolveLadder(" Five-Step ")).toBe(LADDER_PRESETS["five-step"]);
    expect(resolveLadder([["30-60-90"]])).toBe(LADDER_PRESETS["30-60-90"]);
  });

  it("reads a two-column range", () => {
    const ladder = resolveLadder([
      [1, "Email"],
      [20, "Call"],
    ]);
    expect(!isFailure(ladder) && ladder.rungs.map((r) => r.daysFromDue)).toEqual([1, 20]);
  });

  it("refuses unknown names, quoting them", () => {
    const result = resolveLadder("weekly");
    expect(isFailure(result) && result.message).toBe(
      "unknown ladder 'weekly'; use standard, five-step, 15-30-45, 30-60-90 or a two-column range",
    );
    expect(isFailure(resolveLadder(42))).toBe(true);
  });
});
