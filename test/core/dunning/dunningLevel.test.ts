import { dunningLevel } from "../../../src/core/dunning/dunningLevel";
import { LADDER_PRESETS } from "../../../src/core/dunning/ladderPresets";

describe("dunningLevel", () => {
  // standard rungs: −3, 1, 8, 15, 30, 45, 60, 90 → levels 1…8; each applies from its day count on.
  it.each([
    [-4, 0],
    [-3, 1],
    [0, 1],
    [1, 2],
    [7, 2],
    [8, 3],
    [14, 3],
    [15, 4],
    [29, 4],
    [30, 5],
    [44, 5],
    [45, 6],
    [47, 6],
    [59, 6],
    [60, 7],
    [89, 7],
    [90, 8],
    [5000, 8],
  ])("standard at %i days → %i", (days, level) => {
    expect(dunningLevel(days, LADDER_PRESETS.standard)).toBe(level);
  });

  // 30-60-90 rungs: 1, 60, 90.
  it.each([
    [-10, 0],
    [0, 0],
    [1, 1],
    [59, 1],
    [60, 2],
    [90, 3],
  ])("30-60-90 at %i days → %i", (days, level) => {
    expect(dunningLevel(days, LADDER_PRESETS["30-60-90"])).toBe(level);
  });
});
