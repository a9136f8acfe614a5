import { formulaText } from "./formulaText";
import { ledgerFormulas, PAID_STATUS_WORDS, type LedgerRanges, type RowGroup } from "./ledgerFormulas";
import { quoteSheetName } from "./quoteSheetName";

/**
 * The sums of the AR Provision sheet over the ledger's columns, for one group of
 * rows (a currency): what was open in an aging bucket at a month-end, and what of it rolled into a
 * later bucket by the next month-end. A row is in them when:
 * - it counts as the AR Summary counts it (ledgerFormulas' group mask: customer not blank, numeric
 *   amount and due date, the scan accepted it or has no verdict on it; the currency matches);
 * - its amount (the open amount when the ledger has no amount column) is a number above 0 — credit
 *   notes are left out of roll rates and of the provision;
 * - it is open at M: its invoice date is a number on or before M and its paid date is blank or
 *   after M — read as the Provision view reads the scan (historyLedgersFromScan), so the sheet and
 *   the view show one figure: a row settled without a date (a paid status, or an open amount of 0,
 *   with no paid date on or before as-of) cannot be placed in time and is left out; a paid date on
 *   or before as-of beside an open amount other than 0 records a part payment, and the row is
 *   still open;
 * - its bucket at M follows the aging edges on the days M − due, written as comparisons of the due
 *   date (due ≥ M is Current; M − 30 ≤ due < M is 1-30; …; due < M − last edge is the oldest), so a
 *   text due date is never subtracted and no cell shows #VALUE!.
 * Each sum is `IFERROR(SUM(FILTER(amounts, mask)),0)`, the AR Summary's idiom (ledgerFormulas), rather
 * than SUMPRODUCT(mask, amounts): the same figure in Excel, and it also computes in engines that do
 * not evaluate array expressions inside SUMPRODUCT (HyperFormula as the preview page runs it); FILTER
 * finding no row gives 0.
 *
 * @param ranges - the ledger's column ranges; needs invoice and paid dates
 * @param edges - the aging edges
 * @example
 * provisionFormulas(ranges, [30, 60, 90]).snapshot({ currency: "$B$2" }, "$A$12", 1, "$B$3")
 * //=> "=IFERROR(SUM(FILTER('Ledger'!$E$2:$E$1003,…*('Ledger'!$D$2:$D$1003<$A$12)*('Ledger'!$D$2:$D$1003>=$A$12-30))),0)"
 */
export function provisionFormulas(ranges: LedgerRanges, edges: readonly number[]) {
  const ref = (range: string): string => (range.includes("!") ? range : `${quoteSheetName(ranges.sheetName)}!${range}`);
  if (ranges.invoiceDate === undefined || ranges.paidDate === undefined)
    throw new Error("provisionFormulas: invoice-date and paid-date columns are required");
  // The as-of and window cells are not read by the row expressions used here.
  const f = ledgerFormulas(ranges, "$B$1", "$B$1");
  const values = ref(ranges.amount ?? ranges.openAmount!);
  const due = f.rows.dueDate,
    inv = ref(ranges.invoiceDate),
    paid = ref(ranges.paidDate);
  const oldest = edges.length + 1;
  /** Days past due above which a row has left bucket k (Current: 0); the oldest has no upper edge. */
  const upper = (k: number): number => (k === 0 ? 0 : edges[k - 1]);
  const minus = (date: string, days: number): string => (days === 0 ? date : `${date}-${days}`);

  const openCol = ranges.openAmount === undefined ? null : ref(ranges.openAmount);
  const status = ranges.status === undefined ? null : ref(ranges.status);
  // Equalities rather than MATCH(TRIM(status), {words}, 0): the same in Excel (`=` ignores case),
  // and HyperFormula (the preview's engine) fails MATCH over an array beside the paid-date terms.
  const paidStatus =
    status === null ? null : `(${PAID_STATUS_WORDS.map((word) => `(TRIM(${status})=${formulaText(word)})`).join("+")})`;
  /** Paid by as-of according to its paid date. */
  const paidBy = (asOf: string): string => `ISNUMBER(${paid})*(${paid}<=${asOf})`;
  /** Open amount cell holding a number other than 0 (what is still owed). */
  const owed = openCol === null ? null : `ISNUMBER(${openCol})*(${openCol}<>0)`;
  /** Settled by status or a 0 open amount, with no paid date by as-of: cannot be dated, left out. */
  const undated = (asOf: string): string | null => {
    const settled = [paidStatus, openCol === null ? null : `ISNUMBER(${openCol})*(${openCol}=0)`].filter((x) => x !== null);
    return settled.length === 0 ? null : `(1-((${settled.join("+")})>0)*(1-${paidBy(asOf)}))`;
  };
  /** 1 where the row counts in the group and is an invoice (amount > 0) that can be placed in time. */
  const rowMask = (group: RowGroup, asOf: string): string =>
    [`${f.rows.groupMask(group)}*ISNUMBER(${values})*(${values}>0)`, undated(asOf)].filter((x) => x !== null).join("*");
  /** Issued on or before `date`. */
  const issued = (date: string): string => `ISNUMBER(${inv})*(${inv}<=${date})`;
  /** Not paid on or before `date`: paid date blank or after it, or a part payment (still owed at as-of). */
  const unpaid = (date: string, asOf: string): string =>
    `((${paid}="")+ISNUMBER(${paid})*(${paid}>${date})${owed === null ? "" : `+${owed}*${paidBy(asOf)}`}>0)`;
  /** In bucket k at `date`. */
  const inBucket = (k: number, date: string): string => {
    if (k === 0) return `(${due}>=${date})`;
    const past = `(${due}<${minus(date, upper(k - 1))})`;
    return k === oldest ? past : `${past}*(${due}>=${minus(date, upper(k))})`;
  };
  /** Past bucket k's upper edge at `date`: in a later bucket. */
  const later = (k: number, date: string): string => `(${due}<${minus(date, upper(k))})`;
  const sum = (mask: string): string => `=IFERROR(SUM(FILTER(${values},${mask})),0)`;

  return {
    /** What was open in bucket k at the month-end (or as-of) in cell `date`; `asOf` is the as-of cell. */
    snapshot: (group: RowGroup, date: string, k: number, asOf: string): string =>
      sum(`${rowMask(group, asOf)}*${issued(date)}*${unpaid(date, asOf)}*${inBucket(k, date)}`),
    /** What was in bucket k at `from` and is still open, in a later bucket, at `to`. */
    rolled: (group: RowGroup, from: string, to: string, k: number, asOf: string): string =>
      sum(`${rowMask(group, asOf)}*${issued(from)}*${unpaid(to, asOf)}*${inBucket(k, from)}*${later(k, to)}`),
  };
}
