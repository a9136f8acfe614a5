import { fail, type Failure } from "../core/failure";
import type { LedgerField } from "../core/ledger/ledgerFields";
import type { LedgerRanges } from "../core/report/ledgerFormulas";
import { cellAddress } from "../core/report/cellAddress";
import type { ScannedLedger } from "./ledgerWorkbook";
import { EXCEL_MESSAGES as M } from "./excelMessages";

/**
 * The ledger's column ranges for the AR Summary formulas, from what the scan read: absolute A1
 * ranges of the data rows (header excluded) on the ledger's sheet, e.g. `$D$2:$D$16`. A ledger
 * with an open-amount column but no amount column sums the open amounts. Returns a failure when
 * the report cannot be built (no data rows, no customer, amount or due-date column: due dates
 * derived from terms cannot be reproduced by a formula). With the scan's `resultColumn` it adds
 * `daysOverdue`, the scan's Days overdue column over the same rows, so the report leaves out the
 * rows listed in Issues at the last scan (they hold "" there), as the dashboard does.
 *
 * @example
 * reportLedgerRanges({ sheet: "Ledger", firstDataRow: 1, firstColumn: 0, mapping: { customer: 0, amount: 3, dueDate: 2 }, rows: [[], []] })
 * //=> { sheetName: "Ledger", customer: "$A$2:$A$3", amount: "$D$2:$D$3", dueDate: "$C$2:$C$3" }
 */
export function reportLedgerRanges(
  ledger: Pick<ScannedLedger, "sheet" | "firstDataRow" | "firstColumn" | "mapping" | "rows"> &
    Partial<Pick<ScannedLedger, "resultColumn" | "columnCount">>,
): LedgerRanges | Failure {
  const { mapping, firstDataRow, firstColumn } = ledger;
  if (ledger.rows.length === 0) return fail("missing", M.reportNoRows());
  const last = firstDataRow + ledger.rows.length - 1;
  const column = (field: LedgerField): string | undefined => {
    const index = mapping[field];
    // A column the scan made (past the ledger's) is not on the sheet: no formula can read it.
    if (index === undefined || (ledger.columnCount !== undefined && index >= ledger.columnCount)) return undefined;
    return `${cellAddress(firstDataRow, firstColumn + index, true)}:${cellAddress(last, firstColumn + index, true)}`;
  };
  const customer = column("customer");
  const amount = column("amount") ?? column("openAmount");
  const dueDate = column("dueDate");
  if (customer === undefined) return fail("missing", M.reportNeedsCustomer());
  if (amount === undefined) return fail("missing", M.reportNeedsAmount());
  if (dueDate === undefined) return fail("missing", M.reportNeedsDueDate());
  const optional: Partial<Record<"invoiceDate" | "paidDate" | "status" | "currency" | "daysOverdue", string>> = {};
  for (const field of ["invoiceDate", "paidDate", "status", "currency"] as const) {
    const range = column(field);
    if (range !== undefined) optional[field] = range;
  }
  const days = ledger.resultColumn;
  if (days !== undefined) optional.daysOverdue = `${cellAddress(firstDataRow, days, true)}:${cellAddress(last, days, true)}`;
  return { sheetName: ledger.sheet, customer, amount, dueDate, ...optional };
}
