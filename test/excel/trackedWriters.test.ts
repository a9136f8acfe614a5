import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { ownedCells } from "../../src/excel/trackedRanges";
import { REMINDERS_NAME, type ReminderSheetRow } from "../../src/excel/writeReminders";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "./hostRunner";
import { cells } from "./scanHelpers";

/* What the Reminders sheet, the forecast and the report wrote moves with the cells: each block is a
   workbook name, read back before a refresh, and each cell is proved ours by its fingerprint. */

const row = (customer: string): ReminderSheetRow => ({
  customer,
  email: "ap@x.example",
  level: "Friendly reminder",
  subject: `Reminder for ${customer}`,
  body: "Dear team,\n\nPlease pay.",
});

function setup() {
  const model = new WorkbookModel(["Sheet1"]);
  const host = createWorkbookHost(model);
  return { model, host, workbook: createExcelLedgerWorkbook(hostRunner(host)) };
}

describe("ownedCells", () => {
  test("same shape: cell by cell; rows or columns inserted inside: matched in order, the inserted ones not ours", () => {
    expect(ownedCells([["a", "x"]], [["a", "b"]])).toEqual([[true, false]]);
    expect(ownedCells([["a"], ["x"], ["b"]], [["a"], ["b"]])).toEqual([[true], [false], [true]]);
    expect(ownedCells([["a", "", "b"]], [["a", "b"]])).toEqual([[true, false, true]]);
    // a row deleted inside: the rest still match
    expect(ownedCells([["a"], ["c"]], [["a"], ["b"], ["c"]])).toEqual([[true], [true]]);
    expect(ownedCells([["a", "b"], ["c", "d"], ["e", "f"]], [["a"]])).toEqual([
      [false, false],
      [false, false],
      [false, false],
    ]);
  });
});

describe("Reminders sheet, tracked by a name", () => {
  test("a row inserted above and a column left of the block: the refresh writes where the block is now; the user's cells stay", async () => {
    const { model, workbook } = setup();
    await workbook.writeReminders({ rows: [row("Acme"), row("Beta")], language: "en" });
    model.insertRows("Reminders", 1);
    model.insertColumns("Reminders", "A");
    model.setRows("Reminders", "A1", [["my title"]]);
    model.setRows("Reminders", "A3", [["note"]]);
    model.sheet("Reminders")!.setNumberFormatCell(2, 0, "0.00");
    const outcome = await workbook.writeReminders({ rows: [row("Delta")], language: "en" });
    expect(outcome).toEqual({ kind: "done", address: "Reminders!B2:F3", rowsWritten: 1 });
    expect(cells(model, "Reminders", 0, 0, 3, 1)).toEqual([
      ["my title", ""],
      ["", "Customer"],
      ["note", "Delta"],
      ["", ""],
    ]);
    expect(model.sheet("Reminders")!.numberFormat(2, 0)).toBe("0.00");
    expect(model.sheet("Reminders")!.numberFormat(3, 1)).toBe("General"); // Beta's row, emptied
    expect(model.name(REMINDERS_NAME)).toBeDefined();
    // once more: the name now covers the new block
    model.insertRows("Reminders", 1);
    expect(await workbook.writeReminders({ rows: [row("Acme")], language: "en" })).toMatchObject({
      address: "Reminders!B3:F4",
    });
  });

  test("a row inserted inside the block is the user's: a cell typed there stops the refresh, named; a blank one is left out", async () => {
    const { model, workbook } = setup();
    await workbook.writeReminders({ rows: [row("Acme"), row("Beta")], language: "en" });
    model.insertRows("Reminders", 3);
    model.setRows("Reminders", "C3", [["call Tuesday"]]);
    const before = model.snapshot();
    expect(await workbook.writeReminders({ rows: [row("Acme"), row("Beta")], language: "en" })).toEqual({
      kind: "occupied",
      address: "Reminders!C3",
      value: "call Tuesday",
      edited: true,
    });
    expect(model.snapshot()).toBe(before);
    // The row emptied again: the refresh writes over the block, Beta's old row (now row 4) is ours and emptied.
    model.setRows("Reminders", "C3", [[""]]);
    expect(await workbook.writeReminders({ rows: [row("Delta")], language: "en" })).toMatchObject({ kind: "done" });
    expect(cells(model, "Reminders", 1, 0, 3, 0)).toEqual([["Delta"], [""], [""]]);
  });

  test("every cell of the block deleted: the refresh writes fresh at A1 and touches nothing of the user's", async () => {
    const { model, workbook } = setup();
    await workbook.writeReminders({ rows: [row("Acme")], language: "en" });
    model.deleteRows("Reminders", 1, 2);
    model.setRows("Reminders", "H1", [["mine"]]);
    model.sheet("Reminders")!.setNumberFormatCell(0, 7, "0.0%");
    expect(await workbook.writeReminders({ rows: [row("Beta")], language: "en" })).toEqual({
      kind: "done",
      address: "Reminders!A1:E2",
      rowsWritten: 1,
    });
    expect(cells(model, "Reminders", 1, 0, 1, 0)).toEqual([["Beta"]]);
    expect(cells(model, "Reminders", 0, 7, 0, 7)).toEqual([["mine"]]);
    expect(model.sheet("Reminders")!.numberFormat(0, 7)).toBe("0.0%");
    // a user's cell where the fresh block goes stops it
    await workbook.writeReminders({ rows: [row("Beta")], language: "en" });
    model.deleteColumns("Reminders", "A", 5);
    // "mine" moved from H1 to C1 with the deletion, and stands where the fresh block goes
    expect(await workbook.writeReminders({ rows: [row("Beta")], language: "en" })).toEqual({
      kind: "occupied",
      address: "Reminders!C1",
      value: "mine",
      edited: false,
    });
  });
});
