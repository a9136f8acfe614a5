import { isFailure } from "../../src/core/failure";
import { analyzeLedger } from "../../src/core/ledger/analyzeLedger";
import type { LedgerMapping } from "../../src/core/ledger/ledgerFields";
import type { ScannedLedger } from "../../src/excel/ledgerWorkbook";

/**
 * The scan of `rows` (data rows of a ledger on sheet "Ledger" from A2, header in row 1) as the pane
 * receives it, the analysis run as the scan runs it: for view tests that need a ScannedLedger without
 * a workbook. The scan's result columns start right of the ledger.
 *
 * @example
 * scannedLedgerOf([["Acme", "A", 45667, 45697, 1000]], { customer: 0, invoiceNo: 1, invoiceDate: 2, dueDate: 3, amount: 4 }, 45777).columnCount //=> 5
 */
export function scannedLedgerOf(
  rows: readonly (readonly unknown[])[],
  mapping: LedgerMapping,
  asOf: number,
  columnCount = Math.max(...Object.values(mapping).map((c) => (c ?? 0) + 1)),
): ScannedLedger {
  const analysis = analyzeLedger(rows, { mapping, asOf });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return {
    rows,
    mapping,
    columnCount,
    analysis,
    asOf,
    dateSystem: 1900,
    sheet: "Ledger",
    firstDataRow: 1,
    firstColumn: 0,
    resultColumn: columnCount,
    activity: null,
  };
}
