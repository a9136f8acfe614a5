import { cellPrint, decodePrints, encodePrints, ownCells } from "../../src/excel/cellPrints";

describe("cell prints", () => {
  test("a cell reads back without the quote prefix the writer added", () => {
    expect(cellPrint("'=HYPERLINK(1)")).toBe(cellPrint("=HYPERLINK(1)"));
    expect(cellPrint(47)).toBe(cellPrint("47"));
    expect(cellPrint("")).not.toBe(cellPrint("Reminder"));
  });

  test("prints survive the record", () => {
    const prints = [0, 1, 255, 256, 65535, 4660];
    expect(decodePrints(encodePrints(prints))).toEqual(prints);
  });

  test("aligned with the record: inserted rows and typed-over cells are not ours, deleted rows are followed", () => {
    const written = ["47", "Call", "Final notice", "", "12"].map(cellPrint);
    // A row inserted after the first (the user typed "my note" there), the third row typed over,
    // the last row deleted.
    const now = ["47", "my note", "Call", "changed", "", ""].map(cellPrint);
    expect(ownCells(written, now)).toEqual([true, false, true, false, true, false]);
    expect(ownCells(written, written.slice())).toEqual([true, true, true, true, true]);
  });
});
