import { isFailure } from "../../src/core/failure";
import { ACTIVITY_SHEET, ACTIVITY_TABLE, readActivityRegister } from "../../src/excel/activityRegister";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "./hostRunner";
import { cells } from "./scanHelpers";

function setup(sheets = ["Sheet1"]) {
  const model = new WorkbookModel(sheets);
  const host = createWorkbookHost(model);
  return { model, host, workbook: createExcelLedgerWorkbook(hostRunner(host)) };
}

describe("the port's logActivity (createExcelLedgerWorkbook)", () => {
  test("(f) creates the AR Activity sheet and its table, then appends below", async () => {
    const { model, host, workbook } = setup();
    // 2025-06-30 = serial 45838.
    const first = await workbook.logActivity!(
      [{ date: 45838, customer: "Acme", kind: "reminder", level: 2, channel: "Email" }],
      "en",
    );
    expect(first).toEqual({ kind: "done", rowsWritten: 1, created: true });
    const second = await workbook.logActivity!(
      [{ date: 45838, customer: "Beta", kind: "promise", currency: "USD", amountCents: 25050, dueBy: 45845 }],
      "en",
    );
    expect(second).toEqual({ kind: "done", rowsWritten: 1, created: false });
    // Header + 2 rows over the 11 columns: A1:K3; 25050 cents written as 250.5.
    expect(model.tables.find((t) => t.name === ACTIVITY_TABLE)?.rect).toEqual({ r0: 0, c0: 0, r1: 2, c1: 10 });
    expect(cells(model, ACTIVITY_SHEET, 1, 0, 2, 10)).toEqual([
      [45838, "Acme", "", "", "Reminder", 2, "Email", "", "", "", ""],
      [45838, "Beta", "USD", "", "Promise", "", "", 250.5, 45845, "", ""],
    ]);
    // Each log is one undo step.
    expect(host.stats.runs.map((r) => r.mergeUndoGroup)).toEqual([true, true]);
  });

  test("a formula-like reason stays text: shown as typed, never run", async () => {
    const { model, workbook } = setup();
    const reason = '=HYPERLINK("http://evil.example","click")';
    await workbook.logActivity!([{ date: 45838, customer: "+Acme", kind: "dispute", invoice: "INV-1", reason }], "en");
    const sheet = model.sheet(ACTIVITY_SHEET)!;
    // Reason is column J (9), Customer column B (1): values as typed, no formula, text format.
    expect([sheet.value(1, 9), sheet.value(1, 1)]).toEqual([reason, "+Acme"]);
    expect([sheet.formula(1, 9), sheet.formula(1, 1)]).toEqual([undefined, undefined]);
    expect(sheet.numberFormat(1, 9)).toBe("@");
    // And it reads back as the dispute it is.
    const register = await readActivityRegister(hostRunner(createWorkbookHost(model)), 1900);
    if (register === null || isFailure(register)) throw new Error("register should read");
    expect(register.entries.map((e) => [e.kind, e.invoice, e.reason])).toEqual([["dispute", "INV-1", reason]]);
  });

  test("a user's own AR Activity sheet (cells, no table) is refused with the reason, and left as it was", async () => {
    const { model, workbook } = setup(["Sheet1", ACTIVITY_SHEET]);
    model.setRows(ACTIVITY_SHEET, "A1", [["my own notes"]]);
    const outcome = await workbook.logActivity!([{ date: 45838, customer: "Acme", kind: "call" }], "zh");
    expect(outcome.kind).toBe("refused");
    if (outcome.kind !== "refused") return;
    expect(outcome.text.key).toBe("sheetTaken");
    expect(outcome.text.zh).toBe("工作表“AR Activity”已有其他内容且没有催收记录表：请重命名该表，以便加载项创建记录表。");
    expect(cells(model, ACTIVITY_SHEET, 0, 0, 1, 1)).toEqual([
      ["my own notes", ""],
      ["", ""],
    ]);
  });

  test("readActivityRegister reads a 3,000-row register in blocks within the payload limit", async () => {
    const { model, host } = setup(["Sheet1", ACTIVITY_SHEET]);
    const header = ["Date", "Customer", "Kind", "Reason"];
    // One long reason per row (2,000 characters): 3,000 rows ≈ 6 MB, more than one 5 MB response.
    const long = "x".repeat(2000);
    model.setRows(ACTIVITY_SHEET, "A1", [
      header,
      ...Array.from({ length: 3000 }, (_, i) => [45000 + i, `C${i % 7}`, "Note", long]),
    ]);
    model.addTable(ACTIVITY_SHEET, "A1:D3001", ACTIVITY_TABLE);
    const register = await readActivityRegister(hostRunner(host), 1900);
    if (register === null || isFailure(register)) throw new Error("register should read");
    expect(register.entries.length).toBe(3000);
    // First and last rows: 45000 and 45000 + 2999 = 47999.
    expect([register.entries[0].date, register.entries[2999].date]).toEqual([45000, 47999]);
    const syncs = host.stats.syncs;
    expect(syncs.filter((s) => s.failed)).toEqual([]);
    // ~2,050 bytes a row: the first block of 1,000 rows (~2 MB), then blocks of 2 MB / 2,050 ≈ 1,023 rows:
    // 3,001 sheet rows need at least 3 reads; each under 5 MB.
    expect(syncs.length).toBeGreaterThanOrEqual(2 + 3);
    expect(Math.max(...syncs.map((s) => s.responseBytes))).toBeLessThan(5 * 1024 * 1024);
  });
});
