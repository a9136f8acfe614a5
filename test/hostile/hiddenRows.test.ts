import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ScanOutcome } from "../../src/excel/ledgerWorkbook";
import { cells, locateAndScan, scanWith } from "../excel/scanHelpers";
import { createWorkbookHost, type HostRequestContext } from "../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../support/workbookHost/workbookModel";

/* Hostile case "hidden and filtered rows" (issue 9). In Excel, Range.values returns the cells of
   hidden rows and of rows an AutoFilter filtered out, exactly as of shown ones; only getVisibleView
   (and VBA's SpecialCells) skip them. An invoice does not stop being owed because a filter hides it,
   so the expected outcome is: every ledger row is analysed and gets its four result cells whether
   hidden or not, totals include them, user data in a hidden target cell still stops the scan, and
   the hidden state is never touched (Clear gives back the workbook exactly, hidden flags included). */

const AS_OF = 45838; // 2025-06-30
const HEAD = ["Customer", "Invoice no", "Due date", "Amount", "Currency", "Status"];

/**
 * Sheet1!A1:F7; results go to G:J. Row 3 and row 6 hidden by the user, rows 4–5 filtered out.
 * Hand-computed, as of 45838 with the standard ladder (rungs −3, 1, 8, 15, 30, 45, 60, 90):
 *   row 2 Acme   due 45791: 45838 − 45791 = 47 days → 31-60, rung 45 (shown)
 *   row 3 Beta   due 45828: 10 days → 1-30, rung 8 (hidden)
 *   row 4 Gamma  due 45843: due in 5 days → 0, Current, before the first rung −3 (filtered)
 *   row 5 Delta  due 45738: 100 days → 91+, rung 90, in EUR (filtered)
 *   row 6 Golf   due "03/04/2025": ambiguous → an issue at C6, nothing written (hidden)
 *   row 7 Hotel  due 45823: 15 days → 1-30, rung 15 (shown)
 */
function hiddenLedger(): WorkbookModel {
  const model = new WorkbookModel(["Sheet1"]);
  model.setRows("Sheet1", "A1", [
    HEAD,
    ["Acme", "INV-1", AS_OF - 47, 1000, "USD", ""],
    ["Beta", "INV-2", AS_OF - 10, 250.5, "USD", ""],
    ["Gamma", "INV-3", AS_OF + 5, 400, "USD", ""],
    ["Delta", "INV-4", AS_OF - 100, 3000, "EUR", ""],
    ["Golf", "INV-5", "03/04/2025", 90, "USD", ""],
    ["Hotel", "INV-6", AS_OF - 15, 75, "USD", ""],
  ]);
  model.hideRows("Sheet1", "A3");
  model.hideRows("Sheet1", "A4:A5", "filter");
  model.hideRows("Sheet1", "A6");
  model.select("Sheet1", "A2");
  return model;
}

const EXPECTED = [
  ["Days overdue", "Aging", "Next action", "Why"],
  [47, "31-60", "Final notice before third-party referral", "47 days overdue · rung 45 of ladder standard"],
  [10, "1-30", "Phone call from the account manager", "10 days overdue · rung 8 of ladder standard"],
  [0, "Current", "", "due in 5 days · before the first rung (-3) of ladder standard"],
  [100, "91+", "Legal action review", "100 days overdue · rung 90 of ladder standard"],
  ["", "", "", ""],
  [15, "1-30", "Second written reminder", "15 days overdue · rung 15 of ladder standard"],
];

/** Open and overdue cents per currency, from a done outcome. */
function totals(outcome: ScanOutcome): Record<string, [number, number]> {
  if (outcome.kind !== "done") throw new Error(`scan ended ${outcome.kind}`);
  return Object.fromEntries(outcome.portfolio.map((p) => [p.currency, [p.openCents, p.overdueCents]]));
}

const hiddenRowsOf = (model: WorkbookModel, sheet = "Sheet1") => [...model.sheet(sheet)!.hiddenRows].sort((a, b) => a[0] - b[0]);

describe("hidden and filtered rows: the scan sees and writes every ledger row", () => {
  test("hidden and filtered rows are analysed, written and counted, and stay hidden", async () => {
    const model = hiddenLedger();
    const { outcome } = await locateAndScan(model);
    expect(outcome).toMatchObject({ kind: "done", resultAddress: "Sheet1!G1:J7", rowsWritten: 6 });
    expect(cells(model, "Sheet1", 0, 6, 6, 9)).toEqual(EXPECTED);
    // USD open 1000 + 250.50 + 400 + 75 = 1725.50, overdue (Gamma not yet due) 1000 + 250.50 + 75 = 1325.50;
    // EUR 3000, all overdue. Counting shown rows only would give USD 1075.00 and no EUR at all.
    expect(totals(outcome)).toEqual({ USD: [172_550, 132_550], EUR: [300_000, 300_000] });
    if (outcome.kind !== "done") return;
    // The hidden bad row is still an issue, with its (hidden) cell.
    expect(outcome.issues.map((i) => [i.address, i.code])).toEqual([["Sheet1!C6", "unreadableDate"]]);
    expect(outcome.customers.map((c) => c.customer).sort()).toEqual(["Acme", "Beta", "Delta", "Gamma", "Hotel"]);
    // The highlights cover rows 2–7 (0-based 1–6), hidden ones included, ledger and result columns A–J.
    const formats = model.sheet("Sheet1")!.conditionalFormats;
    expect(formats.length).toBeGreaterThan(0);
    expect(formats.every((f) => f.rect.r0 === 1 && f.rect.r1 === 6 && f.rect.c0 === 0 && f.rect.c1 === 9)).toBe(true);
    expect(hiddenRowsOf(model)).toEqual([
      [2, "user"],
      [3, "filter"],
      [4, "filter"],
      [5, "user"],
    ]);
  });

  test("a re-scan and Clear leave the hidden and filtered rows as they were: the workbook comes back exactly", async () => {
    const model = hiddenLedger();
    const before = model.snapshot();
    // The snapshot carries the hidden flags (1-based rows), so comparing it compares them too.
    expect(JSON.parse(before).sheets[0].hidden).toEqual({
      rows: [
        [3, "user"],
        [4, "filter"],
        [5, "filter"],
        [6, "user"],
      ],
      columns: [],
    });
    const { workbook, outcome } = await locateAndScan(model);
    expect(outcome.kind).toBe("done");
    expect((await scanWith(workbook)).kind).toBe("done");
    expect(cells(model, "Sheet1", 0, 6, 6, 9)).toEqual(EXPECTED);
    expect(await workbook.clear()).toEqual({ removed: ["Sheet1!G1:J7"] });
    expect(model.snapshot()).toBe(before);
  });

  test("user data in a hidden row's result cell still stops the scan, naming the cell; nothing written", async () => {
    const model = hiddenLedger();
    model.setRows("Sheet1", "H4", [["call back"]]); // row 4 is filtered out: the user cannot see it
    const before = model.snapshot();
    const { outcome } = await locateAndScan(model);
    expect(outcome).toEqual({ kind: "occupied", address: "Sheet1!H4", value: "call back" });
    expect(model.snapshot()).toBe(before);
  });

  test("every data row filtered out: all are still scanned", async () => {
    const model = hiddenLedger();
    model.hideRows("Sheet1", "A2:A7", "filter");
    const { outcome } = await locateAndScan(model);
    expect(outcome).toMatchObject({ kind: "done", rowsWritten: 6 });
    expect(cells(model, "Sheet1", 0, 6, 6, 9)).toEqual(EXPECTED);
    expect(totals(outcome)).toEqual({ USD: [172_550, 132_550], EUR: [300_000, 300_000] });
  });

  test("a filtered table: its filtered-out rows get results in the new table columns; Clear restores it", async () => {
    const model = hiddenLedger();
    model.addTable("Sheet1", "A1:F7", "Receivables");
    const before = model.snapshot();
    const { workbook, outcome } = await locateAndScan(model);
    expect(outcome).toMatchObject({ kind: "done", rowsWritten: 6 });
    expect(model.tables[0].rect).toEqual({ r0: 0, c0: 0, r1: 6, c1: 9 });
    expect(cells(model, "Sheet1", 0, 6, 6, 9)).toEqual(EXPECTED);
    await workbook.clear();
    expect(model.snapshot()).toBe(before);
  });
});

describe("hidden columns: a hidden ledger or result column is read and written like a shown one", () => {
  test("hidden Currency and Due date columns are still mapped and read; hidden result columns are written and stay hidden", async () => {
    const model = hiddenLedger();
    model.hideColumns("Sheet1", "C1:C1"); // Due date
    model.hideColumns("Sheet1", "E1"); // Currency: EUR must stay apart from USD
    model.hideColumns("Sheet1", "H1:I1"); // Aging and Next action land here, hidden
    const before = model.snapshot();
    const { workbook, outcome } = await locateAndScan(model);
    expect(outcome).toMatchObject({ kind: "done", resultAddress: "Sheet1!G1:J7" });
    expect(cells(model, "Sheet1", 0, 6, 6, 9)).toEqual(EXPECTED);
    expect(totals(outcome)).toEqual({ USD: [172_550, 132_550], EUR: [300_000, 300_000] });
    expect([...model.sheet("Sheet1")!.hiddenColumns].sort((a, b) => a - b)).toEqual([2, 4, 7, 8]);
    await workbook.clear();
    expect(model.snapshot()).toBe(before);
  });

  test("a hidden header row is still the header", async () => {
    const model = hiddenLedger();
    model.hideRows("Sheet1", "A1");
    const { outcome } = await locateAndScan(model);
    expect(outcome).toMatchObject({ kind: "done", resultAddress: "Sheet1!G1:J7", rowsWritten: 6 });
    expect(cells(model, "Sheet1", 0, 6, 6, 9)).toEqual(EXPECTED);
  });
});

describe("the host's hidden state, as office.js reports it", () => {
  test("rowHidden is true when all rows are hidden, false when none, null when some; values include hidden rows", async () => {
    const model = hiddenLedger();
    const host = createWorkbookHost(model);
    await host.run(async (context: HostRequestContext) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const all = sheet.getRange("A3:F5").load("rowHidden, columnHidden, values");
      const none = sheet.getRange("A2:F2").load("rowHidden");
      const some = sheet.getRange("A2:F3").load("rowHidden");
      await context.sync();
      expect([all.rowHidden, none.rowHidden, some.rowHidden, all.columnHidden]).toEqual([true, false, null, false]);
      expect(all.values.map((row) => row[0])).toEqual(["Beta", "Gamma", "Delta"]);
      // Setting it hides or shows whole rows; showing clears a filter's mark too.
      sheet.getRange("B4:B5").rowHidden = false;
      sheet.getRange("C9").rowHidden = true;
      sheet.getRange("K1").columnHidden = true;
      await context.sync();
    });
    expect(hiddenRowsOf(model)).toEqual([
      [2, "user"],
      [5, "user"],
      [8, "user"],
    ]);
    expect([...model.sheet("Sheet1")!.hiddenColumns]).toEqual([10]);
  });

  test("a workbook with nothing hidden has no hidden key in its snapshot (older snapshots stay comparable)", () => {
    const model = new WorkbookModel(["Sheet1"]);
    model.setRows("Sheet1", "A1", [["x"]]);
    expect(JSON.parse(model.snapshot()).sheets[0]).not.toHaveProperty("hidden");
  });
});

test("src/excel reads and writes through Range values only: no visible-cells view that would skip hidden rows", () => {
  const dir = path.resolve(__dirname, "../../src/excel");
  const files = readdirSync(dir).filter((name) => name.endsWith(".ts"));
  expect(files.length).toBeGreaterThan(10);
  const offenders = files.filter((name) =>
    /getVisibleView|getSpecialCells|SpecialCells|RangeView/.test(readFileSync(path.join(dir, name), "utf8")),
  );
  expect(offenders).toEqual([]);
});
