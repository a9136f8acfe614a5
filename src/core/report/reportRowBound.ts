/** Excel's last row, 0-based. */
const LAST_SHEET_ROW = 1_048_575;

/**
 * The last sheet row (0-based) the live formulas read: the ledger's last row plus as many rows
 * again, at least 1,000, so rows typed below the ledger later are counted without every formula
 * reading a whole column (a million-row array per formula would slow every recalculation). Rows
 * typed past it are not in the figures; the AR Summary says so (ledgerFormulas.pastRows).
 *
 * @param firstDataRow - 0-based sheet row of the first data row
 * @param rowCount - data rows the scan read
 * @example
 * reportRowBound(1, 300) //=> 1300  (rows 2..301 now, room to row 1301)
 */
export function reportRowBound(firstDataRow: number, rowCount: number): number {
  return Math.min(LAST_SHEET_ROW, firstDataRow + rowCount - 1 + Math.max(1000, rowCount));
}
