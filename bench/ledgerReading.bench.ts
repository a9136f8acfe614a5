import { analyzeLedger } from "../src/core/ledger/analyzeLedger";
import { chooseHeaderRow } from "../src/core/ledger/chooseHeaderRow";
import { prepareLedgerRows } from "../src/core/ledger/prepareLedgerRows";
import { isFailure } from "../src/core/failure";
import { generateLedger } from "./analyzeLedger.bench";
import { createExcelLedgerWorkbook } from "../src/excel/createExcelLedgerWorkbook";
import { createWorkbookHost } from "../test/support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../test/support/workbookHost/workbookModel";
import { hostRunner } from "../test/excel/hostRunner";
import { standardScanRequest } from "../test/excel/scanHelpers";

/**
 * Benchmark of reading an export before the scan (issue #15): finding and scoring the header among
 * the top rows of a 1,048,576 × 20 sheet, settling the columns' conventions (prepareLedgerRows) on
 * a plain ledger and on the worst case (every due date D.M.Y text, every amount decimal-comma
 * text), and the analysis after it — beside a floor loop over the same rows; then Find ledger and
 * the whole scan through the Office.js adapter on that sheet (in-memory host, behind an empty
 * active sheet so every sheet is looked through). Each timed run gets a
 * fresh copy of the rows' strings (Office.js hands every scan new strings; V8 caches a string's
 * hash in the string, so re-reading the same rows would flatter the figures).
 */
const AS_OF = 45838; // 2025-06-30
const ROWS = 1_048_575; // a full sheet: header + 1,048,575 rows
// generateLedger's ten columns, in camelCase as a raw dump writes them, then ten more.
const HEADER = [
  "customerName",
  "invoiceNo",
  "invoiceDate",
  "dueDate",
  "amount",
  "currency",
  "paidDate",
  "status",
  "creditLimit",
  "lastReminded",
  "salesRep",
  "region",
  "poNumber",
  "project",
  "memo",
  "taxCode",
  "branch",
  "channel",
  "segment",
  "externalId",
];

function widen(rows: unknown[][]): unknown[][] {
  return rows.map((row, i) => [...row, `Rep ${i % 37}`, "EMEA", `PO-${i}`, "", "", "T1", "HQ", "Direct", "SMB", i]);
}

function dotDate(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30 + serial));
  return `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;
}

function commaAmount(value: number): string {
  const [whole, cents] = Math.abs(value).toFixed(2).split(".");
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".")},${cents}${value < 0 ? "-" : ""}`;
}

function timedBest(runs: number, fresh: () => unknown[][], work: (rows: unknown[][]) => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < runs; k++) {
    const rows = fresh();
    const start = performance.now();
    work(rows);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export async function run(): Promise<Record<string, number>> {
  const plain = widen(generateLedger(ROWS));
  const european = plain.map((row) => {
    const copy = [...row];
    if (typeof copy[3] === "number") copy[3] = dotDate(copy[3]);
    if (typeof copy[4] === "number") copy[4] = commaAmount(copy[4]);
    return copy;
  });
  const fresh = (rows: unknown[][]) => () => JSON.parse(JSON.stringify(rows)) as unknown[][];
  const freshPlain = fresh(plain);
  const freshEuropean = fresh(european);
  const top = [["AR export"], ["As of 2025-06-30"], [], HEADER, ...plain.slice(0, 46)];

  const headerMs = timedBest(
    20,
    () => top,
    (rows) => {
      const chosen = chooseHeaderRow(rows);
      if (chosen?.headerRowIndex !== 3) throw new Error("header not found");
    },
  );
  const mapping = chooseHeaderRow(top)!.scoring.mapping;
  // In place, as the scan settles the rows it has just read (each run has its own fresh copy).
  const options = { headers: HEADER, mapping, dateSystem: 1900 as const, inPlace: true };
  const prepare = (rows: unknown[][]) => {
    const prepared = prepareLedgerRows(rows, options);
    if (isFailure(prepared)) throw new Error(prepared.message);
    return prepared;
  };
  const preparePlainMs = timedBest(3, freshPlain, prepare);
  const prepareEuropeanMs = timedBest(3, freshEuropean, prepare);
  const analyzeMs = timedBest(3, freshPlain, (rows) => {
    const prepared = prepare(rows);
    const analysis = analyzeLedger(prepared.rows, { mapping: prepared.mapping, asOf: AS_OF });
    if (isFailure(analysis)) throw new Error(analysis.message);
  });
  let sink = 0;
  const floorMs = timedBest(3, freshPlain, (rows) => {
    for (let i = 0; i < rows.length; i++) if ((rows[i][3] as number) < AS_OF) sink += +(rows[i][4] as number);
  });
  // Through the adapter: the sheet in the in-memory host, found from an empty active sheet.
  const model = new WorkbookModel(["Start"]);
  model.setRows("Export", "A1", [["AR export"], ["As of 2025-06-30"], [], HEADER]);
  const sheet = model.sheet("Export")!;
  plain.forEach((row, i) => row.forEach((value, c) => sheet.writeValue(4 + i, c, value)));
  const host = createWorkbookHost(model, { apiVersion: "1.20" });
  const workbook = createExcelLedgerWorkbook(hostRunner(host));
  let started = performance.now();
  const found = await workbook.locateLedger();
  const locateMs = performance.now() - started;
  if (found.kind !== "found") throw new Error("ledger not found");
  started = performance.now();
  const outcome = await workbook.scan(standardScanRequest(found.location));
  const wholeScanMs = performance.now() - started;
  if (outcome.kind !== "done") throw new Error(`scan ended ${outcome.kind}`);
  const results = {
    rows: ROWS + 1,
    columns: HEADER.length,
    fieldsMapped: Object.keys(mapping).length,
    headerScoringMs: round(headerMs),
    preparePlainMs: round(preparePlainMs),
    prepareDmyCommaMs: round(prepareEuropeanMs),
    prepareAndAnalyzeMs: round(analyzeMs),
    floorMs: round(floorMs),
    preparePlainToFloor: round(preparePlainMs / floorMs),
    adapterLocateMs: round(locateMs),
    adapterWholeScanMs: round(wholeScanMs),
    adapterSyncs: host.stats.syncs.length,
  };
  console.table([results]);
  if (sink === 42) console.log("");
  return results;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
