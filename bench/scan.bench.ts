import { createExcelLedgerWorkbook } from "../src/excel/createExcelLedgerWorkbook";
import type { ExcelRunner } from "../src/excel/excelRunner";
import { createWorkbookHost, type HostRequestContext, type WorkbookHost } from "../test/support/workbookHost/createWorkbookHost";
import { fillSampleLedger } from "../test/support/workbookHost/sampleLedger";
import { WorkbookModel } from "../test/support/workbookHost/workbookModel";
import { standardScanRequest } from "../test/excel/scanHelpers";

/**
 * Benchmark of a whole scan through the Office.js adapter on the in-memory workbook host: locate
 * (timed apart too), read in blocks, settle the export's conventions, analyse, write the four
 * result columns and the highlights. For 100,000 rows and
 * a full sheet (1,048,576 rows: the header plus 1,048,575 invoices) it reports wall time, the
 * number of syncs and the largest request/response a sync carried (Excel on the web refuses
 * 5 MB). The lead's runner calls `run()`; nothing runs on import.
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

export async function run(sizes: readonly number[] = SHEET_ROWS): Promise<Array<Record<string, number | string>>> {
  const results: Array<Record<string, number | string>> = [];
  for (const sheetRows of sizes) {
    const model = new WorkbookModel(["Sheet1"]);
    fillSampleLedger(model, "Sheet1", sheetRows - 1, AS_OF);
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
    results.push({
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
    });
  }
  // Syncs should grow with row blocks, not rows, and no request may come near Excel on the web's 5 MB.
  console.table(results);
  return results;
}
