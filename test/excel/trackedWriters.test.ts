import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { shiftFormula } from "../../src/excel/insertReport";
import { columnLetters } from "../../src/excel/a1Address";
import { FIXTURE } from "../core/dashboard/dashboardFixture";
import { cellAt, fixtureWorkbook, formatAt } from "./reportWorkbook";
import { locateAndScan } from "./scanHelpers";
import { formulaShape, ownedCells } from "../../src/excel/trackedRanges";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "./hostRunner";
import { cells } from "./scanHelpers";

/* What the forecast and the report wrote moves with the cells: each block is a workbook name, read
   back before a refresh, and each cell is proved ours by its fingerprint. The Reminders sheet too:
   its block is a name, and each cell is proved by its text's hash. */

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
    expect(
      ownedCells(
        [
          ["a", "b"],
          ["c", "d"],
          ["e", "f"],
        ],
        [["a"]],
      ),
    ).toEqual([
      [false, false],
      [false, false],
      [false, false],
    ]);
  });
});

describe("forecast block, tracked by a name", () => {
  const S = "AR Summary";
  const blocks = [
    { title: "USD", formula: "=AR.CASHFORECAST(1)", rows: 3, columns: 2 },
    { title: "EUR", formula: "=AR.CASHFORECAST(2)", rows: 2, columns: 2 },
  ];

  test("a row inserted above and a column left of it: the refresh writes where it is now; the user's cells stay", async () => {
    const { model, workbook } = setup();
    expect(await workbook.insertForecast({ blocks })).toMatchObject({ address: "'AR Summary'!T1:U8" });
    model.insertRows(S, 1);
    model.insertColumns(S, "A");
    model.setRows(S, "T1", [["my heading"]]);
    model.setRows(S, "T3", [[42]]);
    model.sheet(S)!.setNumberFormatCell(2, 19, "0.00");
    const outcome = await workbook.insertForecast({ blocks: blocks.slice(0, 1) });
    expect(outcome).toEqual({ kind: "done", address: "'AR Summary'!U2:V5", formulaCells: ["'AR Summary'!U3"] });
    expect(cells(model, S, 0, 19, 8, 20)).toEqual([
      ["my heading", ""],
      ["", "USD"],
      [42, ""], // the formula cell (values read "" here)
      ["", ""],
      ["", ""],
      ["", ""],
      ["", ""], // the old EUR block (U7:U8) is emptied
      ["", ""],
      ["", ""],
    ]);
    expect(model.sheet(S)!.formula(2, 20)).toBe("=AR.CASHFORECAST(1)");
    expect(model.sheet(S)!.numberFormat(2, 19)).toBe("0.00");
    expect(model.sheet(S)!.formula(6, 20)).toBeUndefined();
  });

  test("a cell typed inside the old block is not ours: the refresh stops, names it, and nothing is written", async () => {
    const { model, workbook } = setup();
    await workbook.insertForecast({ blocks });
    model.setRows(S, "T5", [["between"]]); // the gap row between the two blocks
    let before = model.snapshot();
    expect(await workbook.insertForecast({ blocks: blocks.slice(0, 1) })).toEqual({
      kind: "occupied",
      address: "'AR Summary'!T5",
      value: "between",
    });
    expect(model.snapshot()).toBe(before);
    model.setRows(S, "T5", [[""]]);
    model.setRows(S, "T1", [["My USD"]]); // a title typed over
    before = model.snapshot();
    expect(await workbook.insertForecast({ blocks })).toEqual({ kind: "occupied", address: "'AR Summary'!T1", value: "My USD" });
    expect(model.snapshot()).toBe(before);
  });

  test("every cell of the block deleted: the refresh writes fresh at T1 and touches nothing of the user's", async () => {
    const { model, workbook } = setup();
    await workbook.insertForecast({ blocks });
    model.deleteColumns(S, "T", 2);
    model.setRows(S, "V1", [["right of it"]]);
    model.setRows(S, "A1", [["left"]]);
    expect(await workbook.insertForecast({ blocks: blocks.slice(0, 1) })).toMatchObject({
      kind: "done",
      address: "'AR Summary'!T1:U4",
    });
    expect(cells(model, S, 0, 0, 0, 0)).toEqual([["left"]]);
    expect(cells(model, S, 0, 21, 0, 21)).toEqual([["right of it"]]);
  });
});

describe("AR Summary report, tracked by names", () => {
  const S = "AR Summary";
  const TOP_USD = ["Epsilon", "Acme", "Delta", "Beta"].map((customer) => ({ customer, currency: "USD" }));

  async function reported() {
    const model = fixtureWorkbook(FIXTURE);
    const { workbook, outcome } = await locateAndScan(model);
    if (outcome.kind !== "done") throw new Error(`scan: ${outcome.kind}`);
    const request = { ledger: outcome.ledger, language: "en" as const, customers: TOP_USD };
    expect(await workbook.insertReport(request)).toMatchObject({ kind: "done" });
    return { model, workbook, request };
  }
  /** Every cell of A1:K50 (a formula as its text). */
  const area = (model: WorkbookModel) =>
    Array.from({ length: 50 }, (_, r) => Array.from({ length: 11 }, (_, c) => cellAt(model, S, `${columnLetters(c)}${r + 1}`)));

  test("shiftFormula moves references to its own sheet only, never the ledger's nor texts", () => {
    expect(shiftFormula('=IF(B8=0,0,B9/$B$2)&"A1"', 1, 0)).toBe('=IF(B9=0,0,B10/$B$3)&"A1"');
    expect(shiftFormula("=SUMIFS('Ledger'!$D$2:$D$16,Ledger!A2:A9,\">\"&$B$4)", 1, 1)).toBe(
      "=SUMIFS('Ledger'!$D$2:$D$16,Ledger!A2:A9,\">\"&$C$5)",
    );
    expect(shiftFormula("=AR.DSO(B8,B12,$B$3)+LOG10(2)", 0, 2)).toBe("=AR.DSO(D8,D12,$D$3)+LOG10(2)");
    expect(formulaShape("=IF(B8=0,0,'Ledger'!$A$2:$A$16)")).toBe("=IF(#=0,0,#)");
  });

  test("a row inserted above and a column left of it: the refresh rewrites the report where it is now; the user's cells stay", async () => {
    const { model, workbook, request } = await reported();
    model.insertRows(S, 1);
    model.insertColumns(S, "A");
    model.setRows(S, "A1", [["my note row"]]);
    model.setRows(S, "A10", [[7]]);
    model.sheet(S)!.setNumberFormatCell(9, 0, "0.000");
    // Excel (and the host) moved the report and adjusted its formulas: a refresh writes exactly that again.
    const moved = area(model);
    expect(await workbook.insertReport(request)).toMatchObject({ kind: "done", refreshed: true });
    expect(area(model)).toEqual(moved);
    expect(["B2", "C4", "C5"].map((a) => cellAt(model, S, a))).toEqual(["AR Summary", 90, "=$C$3-$C$4"]);
    expect(formatAt(model, S, "A10")).toBe("0.000");
    expect(model.sheet(S)!.charts.map((c) => [c.source, c.position])).toEqual([
      ["B25:C30", "G24"],
      ["B34:C39", "G33"],
    ]);
    // a second refresh, after another row above: followed again
    model.insertRows(S, 1);
    expect(await workbook.insertReport({ ...request, trailingDays: 30 })).toMatchObject({ kind: "done" });
    expect([cellAt(model, S, "B3"), cellAt(model, S, "C5"), cellAt(model, S, "A2")]).toEqual(["AR Summary", 30, "my note row"]);
  });

  test("a cell typed inside the old report (moved) is the user's: the refresh refuses and names it; nothing written", async () => {
    const { model, workbook, request } = await reported();
    model.insertRows(S, 1);
    model.setRows(S, "C9", [["mine"]]); // was C8, EUR's open balance
    const before = model.snapshot();
    expect(await workbook.insertReport(request)).toEqual({ kind: "occupied", address: "'AR Summary'!C9", value: "mine" });
    expect(model.snapshot()).toBe(before);
    // a row inserted inside the report is the user's too: a value typed there refuses the refresh
    model.setRows(S, "C9", [[""]]);
    await workbook.insertReport(request);
    model.insertRows(S, 12);
    model.setRows(S, "A12", [["inserted"]]);
    expect(await workbook.insertReport(request)).toEqual({ kind: "occupied", address: "'AR Summary'!A12", value: "inserted" });
  });

  test("every cell of the old report deleted: the refresh writes fresh at A1 and touches nothing of the user's", async () => {
    const { model, workbook, request } = await reported();
    model.deleteRows(S, 1, 50);
    model.setRows(S, "H2", [["my note"]]);
    model.sheet(S)!.setNumberFormatCell(1, 7, "0.0%");
    expect(await workbook.insertReport(request)).toMatchObject({ kind: "done", refreshed: true });
    expect([cellAt(model, S, "A1"), cellAt(model, S, "B3"), cellAt(model, S, "H2")]).toEqual(["AR Summary", 90, "my note"]);
    expect(formatAt(model, S, "H2")).toBe("0.0%");
    expect(model.sheet(S)!.charts.map((c) => c.source)).toEqual(["A24:B29", "A33:B38"]);
  });
});

describe("Reminders sheet, tracked by a name", () => {
  const R = "Reminders";
  const letter = (customer: string) => ({
    customer,
    email: "ap@x.example",
    level: "Friendly reminder",
    subject: `Reminder for ${customer}`,
    body: "Please pay.",
  });

  test("a row inserted above and a column left of it: a shorter list is written where the block is now, the rest emptied", async () => {
    const { model, workbook } = setup();
    expect(
      await workbook.writeReminders({ rows: [letter("Acme"), letter("Beta"), letter("Gamma")], language: "en" }),
    ).toMatchObject({
      address: "Reminders!A1:E4",
    });
    model.insertRows(R, 1);
    model.insertColumns(R, "A");
    model.setRows(R, "A1", [["Sent on", "1 July"]]);
    model.setRows(R, "A3", [["note"]]);
    // Header + 1 letter = 2 rows, from B2 (the block moved one row down and one column right).
    expect(await workbook.writeReminders({ rows: [letter("Delta")], language: "en" })).toMatchObject({
      kind: "done",
      address: "Reminders!B2:F3",
    });
    expect(cells(model, R, 0, 0, 4, 2)).toEqual([
      ["Sent on", "1 July", ""],
      ["", "Customer", "Email"],
      ["note", "Delta", "ap@x.example"],
      ["", "", ""], // Beta's and Gamma's rows emptied
      ["", "", ""],
    ]);
    expect(model.sheet(R)!.numberFormat(3, 1)).toBe("General");
    // The name follows the new, shorter block: a row inserted above again, and the next write lands at B3.
    model.insertRows(R, 1);
    expect(await workbook.writeReminders({ rows: [letter("Echo"), letter("Fox")], language: "en" })).toMatchObject({
      kind: "done",
      address: "Reminders!B3:F5",
    });
    expect(cells(model, R, 2, 1, 4, 1)).toEqual([["Customer"], ["Echo"], ["Fox"]]);
  });

  test("a row inserted inside the block and typed into is the user's: the refresh refuses and names it", async () => {
    const { model, workbook } = setup();
    await workbook.writeReminders({ rows: [letter("Acme"), letter("Beta")], language: "en" });
    model.insertRows(R, 3);
    model.setRows(R, "C3", [["called, will pay"]]);
    const before = model.snapshot();
    expect(await workbook.writeReminders({ rows: [letter("Acme"), letter("Beta")], language: "en" })).toEqual({
      kind: "occupied",
      address: "Reminders!C3",
      value: "called, will pay",
      edited: false,
    });
    expect(model.snapshot()).toBe(before);
  });

  test("an empty row inserted inside the block is written over; a deleted one is not missed", async () => {
    const { model, workbook } = setup();
    await workbook.writeReminders({ rows: [letter("Acme"), letter("Beta")], language: "en" });
    model.insertRows(R, 3);
    // A1:E4 now (header, Acme, the empty row, Beta): the refresh writes its 3 rows there, and row 4 is emptied.
    expect(await workbook.writeReminders({ rows: [letter("Acme"), letter("Beta")], language: "en" })).toMatchObject({
      address: "Reminders!A1:E3",
    });
    expect(cells(model, R, 0, 0, 3, 0)).toEqual([["Customer"], ["Acme"], ["Beta"], [""]]);
    model.deleteRows(R, 2);
    expect(await workbook.writeReminders({ rows: [letter("Gamma")], language: "en" })).toMatchObject({
      address: "Reminders!A1:E2",
    });
  });

  test("every cell of the block deleted: the refresh writes fresh at A1 and touches nothing of the user's", async () => {
    const { model, workbook } = setup();
    await workbook.writeReminders({ rows: [letter("Acme")], language: "en" });
    model.deleteColumns(R, "A", 5);
    model.setRows(R, "G1", [["kept"]]);
    expect(await workbook.writeReminders({ rows: [letter("Beta")], language: "en" })).toMatchObject({
      kind: "done",
      address: "Reminders!A1:E2",
    });
    expect(cells(model, R, 0, 6, 0, 6)).toEqual([["kept"]]);
  });
});
