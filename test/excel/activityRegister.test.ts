import { isFailure } from "../../src/core/failure";
import { ACTIVITY_SHEET, ACTIVITY_TABLE, appendActivityRows, readActivityRegister } from "../../src/excel/activityRegister";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "./hostRunner";
import { cells } from "./scanHelpers";

function setup(sheets = ["Sheet1"]) {
  const model = new WorkbookModel(sheets);
  return { model, runner: hostRunner(createWorkbookHost(model)) };
}

const tableOf = (model: WorkbookModel) => model.tables.find((t) => t.name === ACTIVITY_TABLE);

describe("the activity register on the AR Activity sheet (over the workbook host)", () => {
  test("the first append creates the sheet and a table with the English header, text-safe", async () => {
    const { model, runner } = setup();
    const outcome = await appendActivityRows(
      runner,
      [
        {
          date: 45846,
          customer: '=HYPERLINK("http://x","y")',
          kind: "reminder",
          invoice: "0001",
          level: 2,
          channel: "Email",
          owner: "-Ann",
        },
      ],
      "en",
    );
    expect(outcome).toEqual({ kind: "done", rowsWritten: 1, created: true });
    // Header + one row over the 11 columns: A1:K2.
    expect(tableOf(model)?.sheet.name).toBe(ACTIVITY_SHEET);
    expect(tableOf(model)?.rect).toEqual({ r0: 0, c0: 0, r1: 1, c1: 10 });
    expect(cells(model, ACTIVITY_SHEET, 0, 0, 1, 10)).toEqual([
      ["Date", "Customer", "Currency", "Invoice", "Kind", "Level", "Channel", "Amount", "Due by", "Reason", "Owner"],
      [45846, '=HYPERLINK("http://x","y")', "", "0001", "Reminder", 2, "Email", "", "", "", "-Ann"],
    ]);
    const sheet = model.sheet(ACTIVITY_SHEET)!;
    // Text, not formulas; dates shown as dates.
    expect([sheet.formula(1, 1), sheet.formula(1, 10)]).toEqual([undefined, undefined]);
    expect(sheet.numberFormat(1, 0)).toBe("yyyy-mm-dd");
  });

  test("later appends grow the table; the register reads back what was written", async () => {
    const { model, runner } = setup();
    await appendActivityRows(runner, [{ date: 45846, customer: "Acme", kind: "reminder", level: 2 }], "zh");
    const outcome = await appendActivityRows(
      runner,
      [
        { date: 45847, customer: "Acme", kind: "promise", currency: "USD", amountCents: 25050, dueBy: 45855 },
        { date: 45848, customer: "Acme", kind: "dispute", invoice: "INV-7", reason: "Damaged" },
      ],
      "zh",
    );
    expect(outcome).toEqual({ kind: "done", rowsWritten: 2, created: false });
    // Header + 3 rows: A1:K4; Chinese header and kind words.
    expect(tableOf(model)?.rect).toEqual({ r0: 0, c0: 0, r1: 3, c1: 10 });
    expect(cells(model, ACTIVITY_SHEET, 0, 4, 3, 4)).toEqual([["类型"], ["提醒"], ["承诺"], ["争议"]]);
    const register = await readActivityRegister(runner, 1900);
    if (register === null || isFailure(register)) throw new Error("register should read");
    expect(register.issues).toEqual([]);
    // 25050 cents written as 250.5 and read back as 25050.
    expect(register.entries.map((e) => [e.kind, e.date, e.amountCents, e.dueBy, e.invoice])).toEqual([
      ["reminder", 45846, null, null, ""],
      ["promise", 45847, 25050, 45855, ""],
      ["dispute", 45848, null, null, "INV-7"],
    ]);
  });

  test("columns reordered and renamed by hand: each value lands under its own header", async () => {
    const { model, runner } = setup([ACTIVITY_SHEET]);
    model.setRows(ACTIVITY_SHEET, "A1", [
      ["客户", "Kind", "Notes by me", "日期"],
      ["Acme", "call", "rang twice", "2025-07-01"],
    ]);
    model.addTable(ACTIVITY_SHEET, "A1:D2", ACTIVITY_TABLE);
    await appendActivityRows(runner, [{ date: 45850, customer: "Beta", kind: "note", reason: "x" }], "en");
    expect(cells(model, ACTIVITY_SHEET, 2, 0, 2, 3)).toEqual([["Beta", "Note", "", 45850]]);
    const register = await readActivityRegister(runner, 1900);
    if (register === null || isFailure(register)) throw new Error("register should read");
    // The hand-typed row's text date 2025-07-01 = 45839.
    expect(register.entries.map((e) => [e.customer, e.kind, e.date])).toEqual([
      ["Acme", "call", 45839],
      ["Beta", "note", 45850],
    ]);
  });

  test("a register typed by hand without a table is read, malformed rows listed", async () => {
    const { model, runner } = setup([ACTIVITY_SHEET]);
    model.setRows(ACTIVITY_SHEET, "A1", [
      ["Date", "Customer", "Kind"],
      [45840, "Acme", "提醒"],
      ["soon", "Acme", "call"],
    ]);
    const register = await readActivityRegister(runner, 1900);
    if (register === null || isFailure(register)) throw new Error("register should read");
    expect(register.entries.map((e) => [e.kind, e.date])).toEqual([["reminder", 45840]]);
    expect(register.issues.map((i) => [i.row, i.message.key])).toEqual([[1, "badDate"]]);
  });

  test("no register: null; a sheet of that name holding other cells is left alone", async () => {
    const { model, runner } = setup();
    expect(await readActivityRegister(runner, 1900)).toBeNull();
    const taken = setup([ACTIVITY_SHEET]);
    taken.model.setRows(ACTIVITY_SHEET, "B2", [["my notes"]]);
    const outcome = await appendActivityRows(taken.runner, [{ date: 45850, customer: "Acme", kind: "call" }], "en");
    expect(isFailure(outcome) && outcome.text.key).toBe("sheetTaken");
    expect(cells(taken.model, ACTIVITY_SHEET, 0, 0, 1, 1)).toEqual([
      ["", ""],
      ["", "my notes"],
    ]);
    expect(model.tables).toEqual([]);
  });
});
