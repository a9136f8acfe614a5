import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import type { LedgerLocation, LedgerWorkbook, ScanOutcome, ScanRequest } from "../../src/excel/ledgerWorkbook";
import { createWorkbookHost, type WorkbookHost } from "../support/workbookHost/createWorkbookHost";
import type { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "./hostRunner";
import { AS_OF_ISO } from "./ledgerFixtures";

export interface Scanned {
  readonly host: WorkbookHost;
  readonly workbook: LedgerWorkbook;
  readonly outcome: ScanOutcome;
}

/** Locates the ledger from the selection and scans it with the standard ladder as of 2025-06-30. */
export async function locateAndScan(
  model: WorkbookModel,
  overrides: Partial<ScanRequest> = {},
  apiVersion = "1.20",
): Promise<Scanned> {
  const host = createWorkbookHost(model, { apiVersion });
  const workbook = createExcelLedgerWorkbook(hostRunner(host));
  const outcome = await scanWith(workbook, overrides);
  return { host, workbook, outcome };
}

/** The scan request the tests use: standard ladder, as of 2025-06-30, English, no thresholds. */
export function standardScanRequest(location: LedgerLocation, overrides: Partial<ScanRequest> = {}): ScanRequest {
  return {
    location,
    mappingOverrides: {},
    asOfIso: AS_OF_ISO,
    ladder: { kind: "preset", name: "standard" },
    minAmount: 0,
    keyAccounts: [],
    language: "en",
    ...overrides,
  };
}

export async function scanWith(workbook: LedgerWorkbook, overrides: Partial<ScanRequest> = {}): Promise<ScanOutcome> {
  const found = await workbook.locateLedger();
  if (found.kind !== "found") throw new Error(`ledger not found: ${found.reason}`);
  return workbook.scan(standardScanRequest(found.location, overrides));
}

/** Values of a block of cells, row by row ("" for empty). */
export function cells(model: WorkbookModel, sheetName: string, r0: number, c0: number, r1: number, c1: number): unknown[][] {
  const sheet = model.sheet(sheetName)!;
  const out: unknown[][] = [];
  for (let r = r0; r <= r1; r++) {
    const row: unknown[] = [];
    for (let c = c0; c <= c1; c++) row.push(sheet.value(r, c));
    out.push(row);
  }
  return out;
}
