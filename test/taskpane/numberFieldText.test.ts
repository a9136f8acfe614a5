import { numberOrNull, readNumberText } from "../../src/taskpane/numberFieldText";

describe("readNumberText: a field's text read as it stands, never turned into another number", () => {
  test.each([
    ["12", 12],
    ["12.", 12], // a point typed before the decimals: still 12, and the text is not rewritten
    ["12.5", 12.5],
    [".5", 0.5],
    [" 7 ", 7],
    ["+3", 3],
    ["-0", 0],
    ["１２．５", 12.5], // full-width digits and point, as a Chinese input method types them
  ])("%j reads as %p", (text, expected) => {
    expect(readNumberText(text)).toEqual({ kind: "number", value: expected });
  });

  test.each(["abc", "1e9", "1E3", "1,5", "1 000", "12..", "--5", "0x10", "Infinity", "NaN", "5%", "."])(
    "%j is unreadable (not guessed at)",
    (text) => {
      expect(readNumberText(text)).toEqual({ kind: "unreadable" });
    },
  );

  test("an empty or blank text has no number", () => {
    expect(readNumberText("")).toEqual({ kind: "empty" });
    expect(readNumberText("   ")).toEqual({ kind: "empty" });
  });

  test("bounds are inclusive; below and above are refused with the bound", () => {
    expect(readNumberText("-5", { min: 0 })).toEqual({ kind: "belowMin", min: 0 });
    expect(readNumberText("0", { min: 0 })).toEqual({ kind: "number", value: 0 });
    expect(readNumberText("366", { max: 366 })).toEqual({ kind: "number", value: 366 });
    expect(readNumberText("367", { max: 366 })).toEqual({ kind: "aboveMax", max: 366 });
  });

  test("a whole-number field refuses decimals but accepts '12.'", () => {
    expect(readNumberText("2.5", { whole: true })).toEqual({ kind: "notWhole" });
    expect(readNumberText("12.", { whole: true })).toEqual({ kind: "number", value: 12 });
  });

  test("numberOrNull gives the number or null", () => {
    expect(numberOrNull("90", { min: 1 })).toBe(90);
    expect(numberOrNull("0", { min: 1 })).toBeNull();
    expect(numberOrNull("abc")).toBeNull();
  });
});
