import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { buildStatements } from "../../src/core/statements/buildStatements";
import type { StatementSourceRow } from "../../src/core/statements/statementTypes";
import { OWNED_STATEMENTS_KEY, queueStatementPages } from "../../src/excel/writeStatements";
import { parseOwnedReminders } from "../../src/excel/writeReminders";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { AS_OF, ROWS } from "../core/statements/statementFixture";
import { hostRunner } from "./hostRunner";
import { cells } from "./scanHelpers";

const FORMULA_NAME = '=HYPERLINK("http://x","y")';
const injected: StatementSourceRow = {
  customer: FORMULA_NAME,
  currency: "USD",
  invoiceNumber: "-5",
  invoiceSerial: 45808,
  dueSerial: 45838,
  openCents: 1000,
};

function setup() {
  const model = new WorkbookModel(["Sheet1"]);
  const host = createWorkbookHost(model);
  return { model, host, workbook: createExcelLedgerWorkbook(hostRunner(host)) };
}

/*
 * Grid sizes (statementGrid): 4 rows of title, customer, as-of, blank per customer, then per
 * currency heading + column headers + items + balance + aging + labels + amounts + blank = 7 + items.
 * Acme: 4 + (7 + 4 USD items) + (7 + 2 EUR items) = 24 rows; Beta: 4 + 7 + 1 = 12; the formula-named
 * customer: 12. Seven columns (5 buckets + Disputed + Credit notes = 7 = the item columns).
 */
describe("writeStatements (over the workbook host)", () => {
  test("writes one block per customer, every cell text: a formula-like customer name stays text", async () => {
    const { model, workbook } = setup();
    const statements = buildStatements([...ROWS, injected], { asOfSerial: AS_OF });
    const outcome = await workbook.writeStatements!({ statements, language: "en" });
    // 24 + 12 + 12 = 48 rows. The test host has no page layout objects: no page breaks there.
    expect(outcome).toEqual({ kind: "done", address: "Statements!A1:G48", customers: 3, paged: false });
    const sheet = model.sheet("Statements")!;
    expect(sheet.value(0, 0)).toBe("Statement of account");
    expect(cells(model, "Statements", 1, 0, 1, 1)).toEqual([["Customer", "Acme Ltd"]]);
    // Row 7 is CN-7 (see statementGrid.test.ts): credit note, balance 350.00, as text.
    expect(cells(model, "Statements", 7, 0, 7, 6)).toEqual([["", "CN-7", "2025-05-23", "", "-150.00", "350.00", "Credit note"]]);
    // The third customer starts at row 36: its name (B37) is text in a "@" cell, never a formula.
    expect(sheet.value(37, 1)).toBe(FORMULA_NAME);
    expect(sheet.formula(37, 1)).toBeUndefined();
    expect(sheet.numberFormat(37, 1)).toBe("@");
    // The invoice number "-5" starts with a minus: written text-safe, read back as the text "-5".
    expect(sheet.value(42, 1)).toBe("-5");
    for (let c = 0; c < 7; c++) expect(sheet.numberFormat(42, c)).toBe("@");
    const record = parseOwnedReminders(model.settings.get(OWNED_STATEMENTS_KEY));
    expect(record).toMatchObject({ sheet: "Statements", rows: 48, columns: 7 });
  });

  test("a refresh over a formula-named customer's own cells is not refused (its text is ours, not a formula)", async () => {
    const { model, workbook } = setup();
    const statements = buildStatements([injected], { asOfSerial: AS_OF });
    await workbook.writeStatements!({ statements, language: "en" });
    expect((await workbook.writeStatements!({ statements, language: "en" })).kind).toBe("done");
    expect(model.sheet("Statements")!.value(1, 1)).toBe(FORMULA_NAME);
    expect(model.sheet("Statements")!.formula(1, 1)).toBeUndefined();
  });

  test("Chinese", async () => {
    const { model, workbook } = setup();
    await workbook.writeStatements!({ statements: buildStatements(ROWS, { asOfSerial: AS_OF }), language: "zh" });
    expect(cells(model, "Statements", 0, 0, 2, 1)).toEqual([
      ["对账单", ""],
      ["客户", "Acme Ltd"],
      ["截至2025年6月30日", ""],
    ]);
  });

  test("a refresh replaces its own cells and empties the rows left over", async () => {
    const { model, workbook } = setup();
    const all = buildStatements(ROWS, { asOfSerial: AS_OF });
    await workbook.writeStatements!({ statements: all, language: "en" });
    model.setRows("Statements", "I2", [["my note"]]);
    const outcome = await workbook.writeStatements!({ statements: all.slice(1), language: "en" });
    // Beta alone: 12 rows; rows 13..36 of the last write are emptied; the user's I2 stays.
    expect(outcome).toEqual({ kind: "done", address: "Statements!A1:G12", customers: 1, paged: false });
    expect(model.sheet("Statements")!.value(1, 1)).toBe("Beta GmbH");
    expect(model.sheet("Statements")!.value(20, 0)).toBe("");
    expect(model.sheet("Statements")!.value(1, 8)).toBe("my note");
  });

  test("refuses, writing nothing, over a user cell in the way", async () => {
    const { model, workbook } = setup();
    const all = buildStatements(ROWS, { asOfSerial: AS_OF });
    await workbook.writeStatements!({ statements: all.slice(1), language: "en" }); // Beta: A1:G12
    model.setRows("Statements", "C14", [["call Tuesday"]]);
    const before = model.snapshot();
    const outcome = await workbook.writeStatements!({ statements: all, language: "en" }); // needs A1:G36
    expect(outcome).toEqual({ kind: "occupied", address: "Statements!C14", value: "call Tuesday", edited: false });
    expect(model.snapshot()).toBe(before);
  });

  test("refuses when a cell it wrote was edited since", async () => {
    const { model, workbook } = setup();
    const all = buildStatements(ROWS, { asOfSerial: AS_OF });
    await workbook.writeStatements!({ statements: all, language: "en" });
    model.setRows("Statements", "F8", [["0.00"]]);
    const before = model.snapshot();
    expect(await workbook.writeStatements!({ statements: all, language: "en" })).toEqual({
      kind: "occupied",
      address: "Statements!F8",
      value: "0.00",
      edited: true,
    });
    expect(model.snapshot()).toBe(before);
  });
});

describe("queueStatementPages", () => {
  function fakeSheet() {
    const calls: string[] = [];
    const sheet = {
      getRangeByIndexes: (r: number, c: number) => ({ at: `${r},${c}` }),
      horizontalPageBreaks: {
        removePageBreaks: () => calls.push("remove"),
        add: (range: { at: string }) => calls.push(`break ${range.at}`),
      },
      pageLayout: { setPrintArea: (range: { at: string }) => calls.push(`print ${range.at}`) },
    };
    return { calls, sheet: sheet as unknown as Excel.Worksheet };
  }
  const block = { at: "block" } as unknown as Excel.Range;

  test("a break above each customer after the first, and the block as the print area", () => {
    const { calls, sheet } = fakeSheet();
    expect(queueStatementPages(sheet, () => true, block, [24, 36], 0)).toBe(true);
    expect(calls).toEqual(["remove", "break 24,0", "break 36,0", "print block"]);
  });

  test("nothing on a host before ExcelApi 1.9", () => {
    const { calls, sheet } = fakeSheet();
    expect(queueStatementPages(sheet, (v) => v !== "1.9", block, [24], 0)).toBe(false);
    expect(calls).toEqual([]);
  });
});
