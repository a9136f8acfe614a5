import fc from "fast-check";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { hostRunner } from "../excel/hostRunner";
import { scanWith } from "../excel/scanHelpers";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../support/workbookHost/workbookModel";

/* Text the scan writes (ladder actions from the user's range) can never become a formula, whatever
   it starts with (spec §2: "=", "+", "-", "@", tab or CR are written as text), and comes back
   exactly as the user typed it. As of 2025-06-30 = 45838. */

const AS_OF = 45838;

// Action texts as the cell holds them (a user types a quote prefix to keep "=…" as text).
const action = fc.oneof(
  fc.constantFrom(
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example","x")',
    "+SUM(1,2)",
    "-2+3",
    "@risk",
    "\tindented",
    "\rCR first",
    "'quoted",
    "😀 call",
    "اتصل بالعميل",
  ),
  fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== ""),
);

test("property: ladder actions of any text are written as that text, never as formulas", async () => {
  let written = 0;
  await fc.assert(
    fc.asyncProperty(action, action, async (first, second) => {
      const model = new WorkbookModel(["Sheet1", "Ladder"]);
      model.setRows("Sheet1", "A1", [
        ["Customer", "Invoice no", "Due date", "Amount"],
        ["Acme", "INV-1", AS_OF - 5, 100], // 5 days → rung 1
        ["Beta", "INV-2", AS_OF - 40, 200], // 40 days → rung 30
      ]);
      // The cells hold the text itself; the host (like Excel) keeps a string value as typed text.
      const ladder = model.sheet("Ladder")!;
      ladder.writeValue(0, 0, 1);
      ladder.writeValue(0, 1, `'${first}`);
      ladder.writeValue(1, 0, 30);
      ladder.writeValue(1, 1, `'${second}`);
      model.select("Sheet1", "A1");
      const workbook = createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)));
      const outcome = await scanWith(workbook, { ladder: { kind: "range", address: "Ladder!A1:B2" } });
      if (outcome.kind !== "done") return; // a ladder text the ladder parser refuses is not written at all
      written++;
      const sheet = model.sheet("Sheet1")!;
      // Next action is the third result column: E, F, G, H → G (index 6).
      // The ladder reader trims its texts (surrounding spaces are layout, not content).
      const typed = [ladder.value(0, 1), ladder.value(1, 1)].map((v) => String(v).trim());
      expect([sheet.value(1, 6), sheet.value(2, 6)]).toEqual(typed);
      for (const column of sheet.columns.values()) expect(column.formulas.size).toBe(0);
    }),
    { numRuns: 80, seed: 20251123 },
  );
  expect(written).toBeGreaterThan(60);
});

test("merged header cells (blank after the merged text) and a title row: the ledger is still found and scanned", async () => {
  const model = new WorkbookModel(["Sheet1"]);
  model.setRows("Sheet1", "A1", [
    ["Receivables 2025", null, null, null, null],
    ["Customer", "Amount", null, "Due date", "Invoice"],
    ["😀 Ltd", 100, "note", AS_OF - 10, "X-1"],
    ["شركة الأمل", "(20.00)", null, AS_OF - 10, "X-2"],
  ]);
  model.select("Sheet1", "A3");
  const workbook = createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)));
  const before = model.snapshot();
  const outcome = await scanWith(workbook);
  expect(outcome).toMatchObject({ kind: "done", rowsWritten: 2, issues: [] });
  // 10 days overdue for both; the credit note counts in the customer's own row.
  expect(model.sheet("Sheet1")!.value(2, 5)).toBe(10);
  await workbook.clear();
  expect(model.snapshot()).toBe(before);
});
