import { isFlagSet } from "../../../src/core/dunning/disputeFlag";

describe("isFlagSet", () => {
  test.each([
    ["Yes", true],
    ["Y", true],
    ["TRUE", true],
    [true, true],
    [1, true],
    ["1", true],
    ["是", true],
    ["DSP", true], // Business Central On Hold code
    ["x", true],
    ["No", false],
    ["n", false],
    ["FALSE", false],
    [false, false],
    [0, false],
    ["0", false],
    ["否", false],
    ["", false],
    [null, false],
    ["  ", false],
  ])("%p → %p", (value, set) => {
    expect(isFlagSet(value)).toBe(set);
  });
});
