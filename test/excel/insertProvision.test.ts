import { provisionBlockRows } from "../../src/core/report/provisionSheetPlan";
import { isAddinSheet } from "../../src/excel/addinSheets";
import type { InsertProvisionRequest } from "../../src/excel/insertProvision";
import type { LedgerWorkbook, ScannedLedger } from "../../src/excel/ledgerWorkbook";
import { OWNED_PROVISION_KEY } from "../../src/excel/ownedProvision";
import { attachEngine } from "../preview/previewEngine";
import { parseAddress } from "../support/workbookHost/a1";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { PROVISION_LEDGER } from "../core/report/provisionLedger";
import { cellAt, formatAt } from "./reportWorkbook";
import { locateAndScan } from "./scanHelpers";

/* Insert provision matrix through the in-memory workbook host, computed by HyperFormula, over the
   hand-worked ledger of test/core/report/provisionLedger.ts (its Days overdue column left off: the
   scan writes its own). Scanned as of 2025-04-30 with edges 30/60/90 and a 4-month window: USD
   provision 800 × 0.4 + 2,000 × 1 = 2,320.00; EUR 227.29 + 1,000.00 + 250.50 = 1,477.79; GBP — Hale's
   7,000 due 2024-12-31, 91+ at every month-end — no balance in any other bucket, so only 91+ has a
   rate (min(1, 1 × 1)): 7,000.00. The row Bad (invoice date after due date) is in the scan's Issues
   and in no figure. */

// Every read of the sheet recomputes the whole workbook in HyperFormula: slow on a loaded machine.
jest.setTimeout(180_000);

const S = "AR Provision";
const LEDGER = PROVISION_LEDGER.map((row) => row.slice(0, 7));
const ROWS = provisionBlockRows(0, 4);
const HEIGHT = ROWS.bottom + 3; // block rows and the two blank rows before the next block

async function scanned(sheets: readonly string[] = ["Ledger"], ledgerRows = LEDGER) {
  const model = new WorkbookModel(sheets);
  model.setRows("Ledger", "A1", ledgerRows);
  model.select("Ledger", "B3");
  const { workbook, outcome } = await locateAndScan(model, { asOfIso: "2025-04-30" });
  if (outcome.kind !== "done") throw new Error(`scan: ${outcome.kind}`);
  return { model, workbook, ledger: outcome.ledger };
}

const request = (ledger: ScannedLedger, more: Partial<InsertProvisionRequest> = {}): InsertProvisionRequest => ({
  ledger,
  language: "en",
  months: 4,
  ...more,
});

/** The computed value of a cell of the AR Provision sheet (0-based row and column). */
function valueAt(model: WorkbookModel, row: number, column: number): unknown {
  model.ensureCalculated();
  return model.sheet(S)!.value(row, column);
}

/** Each block's top row by its currency, read from the sheet (the order is the scan's). */
function blockTops(model: WorkbookModel, count: number): Record<string, number> {
  const tops: Record<string, number> = {};
  for (let b = 0; b < count; b++) tops[String(valueAt(model, b * HEIGHT + 1, 1))] = b * HEIGHT;
  return tops;
}

/** Scanned and inserted; with `engine`, formulas are computed (each read recomputes: tests that only look at what was written go without). */
async function inserted(more: Partial<InsertProvisionRequest> = {}, engine = true) {
  const { model, workbook, ledger } = await scanned();
  const outcome = await workbook.insertProvision!(request(ledger, more));
  if (engine) attachEngine(model);
  return { model, workbook, ledger, outcome };
}

const provisionTotal = (model: WorkbookModel, top: number) => valueAt(model, top + ROWS.provision, 6);

test("writes one block per currency, every figure a live formula; provisions match the hand-worked figures", async () => {
  const { model, outcome } = await inserted();
  expect(outcome).toEqual({ kind: "done", sheet: S, refreshed: false, currencies: 3 });
  const tops = blockTops(model, 3);
  expect(Object.keys(tops).sort()).toEqual(["EUR", "GBP", "USD"]);
  expect(provisionTotal(model, tops.USD)).toBe(2320);
  expect(Math.abs((provisionTotal(model, tops.EUR) as number) - 1477.79)).toBeLessThan(1e-9);
  expect(provisionTotal(model, tops.GBP)).toBe(7000);
  // USD snapshot at 2025-01-31: 1,500 / 2,000 / 1,500 / 0 / 0 (Bad's 5,000 left out with the scan's Issues)
  expect([1, 2, 3, 4, 5].map((c) => valueAt(model, tops.USD + ROWS.snapshots, c))).toEqual([1500, 2000, 1500, 0, 0]);
  // the blank 61-90 roll rate for Jan→Feb
  expect(valueAt(model, tops.USD + ROWS.rates, 4)).toBe("");
  const at = (row: number, column: number) => cellAt(model, S, `${String.fromCharCode(65 + column)}${row + 1}`);
  expect(at(tops.USD, 0)).toBe("Provision matrix USD");
  expect(at(tops.USD + ROWS.asOf, 1)).toBe(45777);
  expect(String(at(tops.USD + ROWS.snapshots, 1))).toMatch(/^=IFERROR\(SUM\(FILTER\('Ledger'!\$E\$2:\$E\$1014,/);
  // formats: labels as text, dates as dates, rates 0.00%, amounts #,##0.00
  const format = (row: number, column: number) => formatAt(model, S, `${String.fromCharCode(65 + column)}${row + 1}`);
  expect(format(tops.USD, 0)).toBe("@");
  expect(format(tops.USD + ROWS.asOf, 1)).toBe("m/d/yyyy");
  expect(format(tops.USD + ROWS.snapshots, 0)).toBe("m/d/yyyy");
  expect(format(tops.USD + ROWS.pooledRate, 1)).toBe("0.00%");
  expect(format(tops.USD + ROWS.provision, 6)).toBe("#,##0.00");
  expect(isAddinSheet(S)).toBe(true);
  expect(model.settings.get(OWNED_PROVISION_KEY)).toBeDefined();
});

test("a refresh keeps the analyst's inputs, rewrites only its own cells and leaves the user's alone", async () => {
  const { model, workbook, ledger } = await inserted();
  const usd = blockTops(model, 3).USD;
  model.setRows(S, "J1", [["my note"]]);
  // the analyst types a 10% adjustment into USD's input: 800 × 0.44 + 2,000 × 1 = 2,352.00
  model.setRows(S, `B${usd + ROWS.adjustment + 1}`, [[0.1]]);
  expect(provisionTotal(model, usd)).toBe(2352);
  expect(await workbook.insertProvision!(request(ledger))).toEqual({ kind: "done", sheet: S, refreshed: true, currencies: 3 });
  expect(valueAt(model, usd + ROWS.adjustment, 1)).toBe(0.1);
  expect(provisionTotal(model, usd)).toBe(2352);
  expect(valueAt(model, 0, 9)).toBe("my note");
  // an adjustment sent by the pane is written over the analyst's: back to 2,320.00
  await workbook.insertProvision!(request(ledger, { adjustment: 0 }));
  expect(valueAt(model, usd + ROWS.adjustment, 1)).toBe(0);
  expect(provisionTotal(model, usd)).toBe(2320);
});

test("a last month-end the analyst typed as a formula is kept by a refresh", async () => {
  const { model, workbook, ledger } = await inserted();
  const usd = blockTops(model, 3).USD;
  model.setRows(S, `B${usd + ROWS.lastMonthEnd + 1}`, [["=DATE(2025,3,31)"]]);
  expect(await workbook.insertProvision!(request(ledger))).toMatchObject({ kind: "done", refreshed: true });
  expect(cellAt(model, S, `B${usd + ROWS.lastMonthEnd + 1}`)).toBe("=DATE(2025,3,31)");
  // EOMONTH(2025-03-31, −3) = 2024-12-31 (45657): the first month-end and the first snapshot row
  expect([valueAt(model, usd + ROWS.firstMonthEnd, 1), valueAt(model, usd + ROWS.snapshots, 0)]).toEqual([45657, 45657]);
});

test("a shorter window clears what the last blocks had beyond the new ones", async () => {
  const { model, workbook, ledger } = await inserted({}, false);
  const lastRow = 3 * HEIGHT - 3; // the GBP block's note row, 0-based
  expect(cellAt(model, S, `A${lastRow + 1}`)).toBe("Note");
  expect(await workbook.insertProvision!(request(ledger, { months: 3 }))).toMatchObject({ kind: "done", refreshed: true });
  // three blocks, each 3 rows shorter (one snapshot, one rolled, one rate row fewer): 9 rows freed at the bottom
  const shorter = provisionBlockRows(0, 3);
  expect(shorter.bottom).toBe(ROWS.bottom - 3);
  for (let r = lastRow - 8; r <= lastRow; r++) expect(cellAt(model, S, `A${r + 1}`)).toBe("");
  expect(cellAt(model, S, `A${3 * (shorter.bottom + 3) - 2}`)).toBe("Note");
});

test("a user's own sheet named AR Provision is refused, never written over", async () => {
  const { model, workbook, ledger } = await scanned(["Ledger", S]);
  model.setRows(S, "A1", [["my own provision"]]);
  const outcome = await workbook.insertProvision!(request(ledger));
  expect(outcome).toMatchObject({ kind: "refused", text: { key: "provisionUserSheet" } });
  expect(outcome.kind === "refused" && outcome.text.en).toBe(
    "the workbook already has a sheet 'AR Provision' that the add-in did not make; rename it to insert the provision matrix",
  );
  expect(cellAt(model, S, "A1")).toBe("my own provision");
  expect(cellAt(model, S, "B4")).toBe("");
});

test("a value the user typed inside the block stops the refresh, naming the cell; nothing is written", async () => {
  const { model, workbook, ledger } = await inserted({}, false);
  // row 9 (0-based 8) is the blank row between the inputs and the snapshots
  model.setRows(S, "C9", [["checked"]]);
  const refused = await workbook.insertProvision!(request(ledger));
  expect(refused).toMatchObject({ kind: "refused", text: { key: "provisionCellInTheWay", params: { value: "checked" } } });
  expect(refused.kind === "refused" && refused.text.params.address).toBe("'AR Provision'!C9");
  expect(cellAt(model, S, "C9")).toBe("checked");
  // a figure typed over: also the user's
  model.setRows(S, "C9", [[""]]);
  model.setRows(S, `B${ROWS.provision + 1}`, [[999]]);
  expect(await workbook.insertProvision!(request(ledger))).toMatchObject({ kind: "refused" });
  expect(cellAt(model, S, `B${ROWS.provision + 1}`)).toBe(999);
});

test("a ledger without paid dates cannot make the matrix: invalid, nothing written", async () => {
  const { model, workbook, ledger } = await scanned(
    ["Ledger"],
    LEDGER.map((row) => row.slice(0, 6)),
  );
  const outcome = await (workbook as LedgerWorkbook).insertProvision!(request(ledger));
  expect(outcome).toMatchObject({ kind: "invalid", text: { key: "needsPaidDate" } });
  expect(model.sheet(S)).toBeUndefined();
  expect(parseAddress("A1")).toBeDefined();
});

test("a sheet of that name that is not the one recorded (another worksheet id) is the user's: refused", async () => {
  const { model, workbook, ledger } = await inserted({}, false);
  // In Excel a sheet deleted and made again by the user has a new id; the test host derives ids from names.
  const record = JSON.parse(String(model.settings.get(OWNED_PROVISION_KEY))) as { sheetId?: string };
  expect(record.sheetId).toBe("{S-AR Provision}");
  model.settings.set(OWNED_PROVISION_KEY, JSON.stringify({ ...record, sheetId: "{S-elsewhere}" }));
  expect(await workbook.insertProvision!(request(ledger))).toMatchObject({
    kind: "refused",
    text: { key: "provisionUserSheet" },
  });
});

test("in Chinese: labels and bucket names in Chinese, the same figures", async () => {
  const { model, outcome } = await inserted({ language: "zh" });
  expect(outcome).toMatchObject({ kind: "done", currencies: 3 });
  const usd = blockTops(model, 3).USD;
  expect(valueAt(model, usd, 0)).toBe("减值准备矩阵（USD）");
  expect(valueAt(model, usd + ROWS.snapshots - 1, 1)).toBe("未到期");
  expect(provisionTotal(model, usd)).toBe(2320);
});
