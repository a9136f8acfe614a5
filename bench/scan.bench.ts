import { createExcelLedgerWorkbook } from "../src/excel/createExcelLedgerWorkbook";
import type { ExcelRunner } from "../src/excel/excelRunner";
import type { ScanOutcome } from "../src/excel/ledgerWorkbook";
import { createWorkbookHost, type HostRequestContext, type WorkbookHost } from "../test/support/workbookHost/createWorkbookHost";
import { fillSampleLedger } from "../test/support/workbookHost/sampleLedger";
import { WorkbookModel } from "../test/support/workbookHost/workbookModel";
import { standardScanRequest } from "../test/excel/scanHelpers";
import { freshStrings } from "./freshStrings";
import { heapUsedAfterGc, RETAINED_TARGET_MB } from "./retainedHeap";

/**
 * Benchmark of a whole scan through the Office.js adapter on the in-memory workbook host: locate
 * (timed apart too), read in blocks, settle the export's conventions, analyse, write the four
 * result columns and the highlights. For 100,000 rows and a full sheet (1,048,576 rows: the
 * header plus 1,048,575 invoices) it reports wall time, the number of syncs, the largest
 * request/response a sync carried (Excel on the web refuses 5 MB), and the heap the pane keeps:
 * the scan's outcome (what useLedgerDesk holds) once the workbook is gone, measured with a full
 * garbage collection before and after (`global.gc`, which scripts/bench.mjs exposes).
 *
 * Each run scans its own fresh strings (freshStrings.ts): Office.js hands every scan new strings,
 * and a re-scanned string with its hash cached would flatter the time.
 * The lead's runner calls `run()`; nothing runs on import.
 */
const AS_OF = 45838; // 2025-06-30
const SHEET_ROWS = [100_000, 1_048_576];

function runnerFor(host: WorkbookHost): ExcelRunner {
  return {
    run: <T>(options: { readonly mergeUndoGroup?: boolean }, batch: (context: Excel.RequestContext) => Promise<T>) =>
      host.run<T>(options, batch as unknown as (context: HostRequestContext) => Promise<T>),
    supportsExcelApi: (version) => host.isSetSupported("ExcelApi", version),
  };
}

/** One scan on its own workbook; the workbook is unreachable once this returns, the outcome is not. */
async function scanOnce(sheetRows: number): Promise<{ outcome: ScanOutcome; figures: Record<string, number | string> }> {
  const model = new WorkbookModel(["Sheet1"]);
  fillSampleLedger(model, "Sheet1", sheetRows - 1, AS_OF);
  freshStrings(model, "Sheet1");
  const host = createWorkbookHost(model);
  const workbook = createExcelLedgerWorkbook(runnerFor(host));
  const started = performance.now();
  const found = await workbook.locateLedger();
  const locateMs = performance.now() - started;
  if (found.kind !== "found") throw new Error(`ledger not found (${found.reason})`);
  const outcome = await workbook.scan(standardScanRequest(found.location));
  const ms = performance.now() - started;
  if (outcome.kind !== "done") throw new Error(`scan ended ${outcome.kind}`);
  const syncs = host.stats.syncs;
  return {
    outcome,
    figures: {
      rows: sheetRows,
      outcome: outcome.kind,
      ms: Math.round(ms),
      // Find ledger alone: every sheet's used range and the top rows, header scoring included.
      locateMs: Math.round(locateMs),
      syncs: syncs.length,
      failedSyncs: syncs.filter((s) => s.failed).length,
      maxRequestBytes: Math.max(...syncs.map((s) => s.requestBytes)),
      maxResponseBytes: Math.max(...syncs.map((s) => s.responseBytes)),
      rowsWritten: outcome.rowsWritten,
      issues: outcome.issues.length,
    },
  };
}

export async function run(sizes: readonly number[] = SHEET_ROWS): Promise<Array<Record<string, number | string>>> {
  const results: Array<Record<string, number | string>> = [];
  for (const sheetRows of sizes) {
    const baseline = heapUsedAfterGc();
    const { outcome, figures } = await scanOnce(sheetRows);
    // What the pane keeps: the outcome alone (the workbook, host and raw reads are garbage now).
    const retained = heapUsedAfterGc();
    const retainedMb = baseline === null || retained === null ? Number.NaN : (retained - baseline) / 2 ** 20;
    results.push({ ...figures, retainedMb: Math.round(retainedMb * 10) / 10 });
    if (outcome.kind !== "done") throw new Error("unreachable"); // keeps the outcome alive until measured
  }
  // Syncs should grow with row blocks, not rows, and no request may come near Excel on the web's 5 MB.
  console.table(results);
  const full = results.find((r) => r.rows === 1_048_576);
  if (full) {
    const mb = Number(full.retainedMb);
    console.log(
      Number.isNaN(mb)
        ? "retained heap not measured: run through `npm run bench` (node --expose-gc)"
        : `retained heap after a full-sheet scan: ${mb} MB (target < ${RETAINED_TARGET_MB} MB) ${mb < RETAINED_TARGET_MB ? "✓" : "✗"}`,
    );
  }
  return results;
}
