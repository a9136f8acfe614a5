import { fail, type Failure } from "../core/failure";
import type { LedgerField } from "../core/ledger/ledgerFields";
import type { LedgerRanges } from "../core/report/ledgerFormulas";
import { cellAddress, columnLetters } from "../core/report/cellAddress";
import { repeatedInvoices } from "../core/report/repeatedInvoices";
import { reportRowBound } from "../core/report/reportRowBound";
import type { ScannedLedger } from "./ledgerWorkbook";
import { EXCEL_MESSAGES as M } from "./excelMessages";

/**
 * The ledger's columns for the AR Summary formulas, from what the scan read: absolute ranges from
 * the first data row down past the ledger's end (reportRowBound: as many rows again, at least
 * 1,000), so rows typed below the ledger after the report are in it — a ledger that is an Excel
 * table is covered the same way — and `pastRows`, to say when rows were typed even further down.
 * Amount and open amount are both given when mapped (the open amount is the row's balance when it
 * holds a number).
 * Returns a failure when the report cannot be built (no data rows, no customer, amount or due-date
 * column: due dates derived from terms cannot be reproduced by a formula). With the scan's
 * `resultColumn` it adds `daysOverdue`, the scan's Days overdue column, and its header cell, so
 * the report leaves out the rows listed in Issues at the last scan, as the dashboard does, and
 * says so when those results are gone; with the scan's `analysis`, the invoice numbers it found
 * repeated, so a row typed since that repeats one is left out too.
 *
 * @example
 * reportLedgerRanges({ sheet: "Ledger", firstDataRow: 1, firstColumn: 0, mapping: { customer: 0, amount: 3, dueDate: 2 }, rows: [[], []] })
 * //=> { sheetName: "Ledger", customer: "$A$2:$A$1003", amount: "$D$2:$D$1003", dueDate: "$C$2:$C$1003", pastRows: … }
 */
export function reportLedgerRanges(
  ledger: Pick<ScannedLedger, "sheet" | "firstDataRow" | "firstColumn" | "mapping" | "rows"> &
    Partial<Pick<ScannedLedger, "resultColumn" | "columnCount" | "analysis">>,
): LedgerRanges | Failure {
  const { mapping, firstDataRow, firstColumn } = ledger;
  if (ledger.rows.length === 0) return fail("missing", M.reportNoRows());
  const bound = reportRowBound(firstDataRow, ledger.rows.length);
  const whole = (sheetColumn: number): string =>
    `${cellAddress(firstDataRow, sheetColumn, true)}:${cellAddress(bound, sheetColumn, true)}`;
  const column = (field: LedgerField): string | undefined => {
    const index = mapping[field];
    // A column the scan made (past the ledger's) is not on the sheet: no formula can read it.
    if (index === undefined || (ledger.columnCount !== undefined && index >= ledger.columnCount)) return undefined;
    return whole(firstColumn + index);
  };
  const customer = column("customer");
  const amount = column("amount");
  const openAmount = column("openAmount");
  const dueDate = column("dueDate");
  if (customer === undefined) return fail("missing", M.reportNeedsCustomer());
  if (amount === undefined && openAmount === undefined) return fail("missing", M.reportNeedsAmount());
  if (dueDate === undefined) return fail("missing", M.reportNeedsDueDate());
  const optional: { -readonly [K in keyof LedgerRanges]?: LedgerRanges[K] } = {};
  for (const field of ["amount", "openAmount", "invoiceDate", "paidDate", "status", "currency", "invoiceNo"] as const) {
    const range = column(field);
    if (range !== undefined) optional[field] = range;
  }
  const numberColumns = (["creditLimit", "lastReminded"] as const).map(column).filter((c) => c !== undefined);
  if (numberColumns.length > 0) optional.numberColumns = numberColumns;
  const repeated = ledger.analysis ? repeatedInvoices(ledger.analysis.issues, ledger.rows, mapping.invoiceNo) : [];
  if (repeated.length > 0) optional.repeatedInvoices = repeated;
  const days = ledger.resultColumn;
  if (days !== undefined) {
    optional.daysOverdue = whole(days);
    // The scan writes its headers on the ledger's header row, just above the first data row.
    if (firstDataRow > 0) optional.resultsHeader = cellAddress(firstDataRow - 1, days, true);
  }
  const letters = columnLetters(firstColumn + mapping.customer!);
  optional.pastRows = { whole: `$${letters}:$${letters}`, covered: `$${letters}$1:$${letters}$${bound + 1}`, lastRow: bound + 1 };
  return { sheetName: ledger.sheet, customer, dueDate, ...optional };
}
