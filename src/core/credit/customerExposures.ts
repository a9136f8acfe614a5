import { endOfMonthSerial } from "../dates/calendarSteps";
import type { DateSystem } from "../dates/excelSerial";
import type { ScanForForecast } from "../forecast/forecastLedgerFromScan";
import { monthEndsBetween } from "../history/monthEnds";
import { CellStatus, LedgerCellReader } from "../ledger/ledgerCellReader";
import { RowState } from "../ledger/ledgerAnalysisTypes";
import { DEFAULT_TERMS_DAYS } from "./recommendCreditLimit";

/** Month-ends looked back over for a customer's exposure. */
export const EXPOSURE_MONTHS = 12;

/**
 * Each customer-in-a-currency's exposure history (indexed like the scan's `analysis.customers`),
 * in integer cents, and its terms in days.
 */
export interface CustomerExposures {
  /** The dates exposure was measured at: 12 month-ends up to as-of, then as-of when it is no month-end. */
  readonly dates: readonly number[];
  readonly peakCents: Float64Array;
  /** Sum of the exposures over the dates counted for the average (from the customer's first invoice on). */
  readonly exposureSumCents: Float64Array;
  /** How many dates the average runs over; 0 for a customer with no invoice by as-of. */
  readonly datesCounted: Int32Array;
  /** Amount-weighted average of due − invoice days; 30 where no invoice gives both dates. */
  readonly termsDays: Float64Array;
}

/**
 * The snapshot dates: the 12 month-ends on or before as-of, oldest first, then as-of itself unless
 * it is the last of them.
 *
 * @example
 * exposureDates(45762) // 2025-04-15 → 2024-04-30 … 2025-03-31, then 45762 (13 dates)
 */
export function exposureDates(asOf: number, system: DateSystem = 1900): number[] {
  const ownEnd = endOfMonthSerial(asOf, 0, system);
  const last = ownEnd === asOf ? ownEnd : endOfMonthSerial(asOf, -1, system);
  const dates = monthEndsBetween(endOfMonthSerial(last, -(EXPOSURE_MONTHS - 1), system), last, system);
  if (last < asOf) dates.push(asOf);
  return dates;
}

/**
 * Each customer's exposure at the exposure dates, from the scan's accepted rows in one pass (typed
 * arrays, no per-row objects: a million rows cost one read of three cells each).
 *
 * A row is open at date S from its invoice date (S ≥ invoice date; without an invoice date, 30 days
 * before its due date) and counts:
 * - its invoice amount while S is before its paid date (paid after S: still owed then);
 * - from its paid date on, or with no paid date at all, what the scan finds open at as-of (0 once
 *   settled; the remaining balance after a part payment; the whole amount while unpaid), so a row
 *   settled with no paid date (status "Paid") counts nowhere;
 * - at as-of itself, always the scan's open amount, so the last exposure is the customer's open
 *   balance as the scan computes it.
 * Credit notes are netted like invoices; a customer's exposure at a date is never below 0. The
 * average runs over the dates from the first at which the customer had an invoice (a customer
 * that came in three months ago is not averaged down by the nine months before it existed).
 *
 * @example
 * // one USD invoice of 1,000.00 issued 2025-02-10, unpaid, as of 2025-04-30:
 * customerExposures(scan).peakCents[0] //=> 100000
 */
export function customerExposures(scan: ScanForForecast): CustomerExposures {
  const { rows, mapping, analysis, asOf } = scan;
  const results = analysis.rows;
  const dates = exposureDates(asOf, scan.dateSystem);
  const n = dates.length;
  const groups = analysis.customers.length;
  // Per customer, a difference array over the dates: +amount where a stretch starts, −amount after it.
  const diff = new Float64Array(groups * (n + 1));
  const firstDate = new Int32Array(groups).fill(n);
  const termsWeighted = new Float64Array(groups);
  const termsWeight = new Float64Array(groups);
  const reader = new LedgerCellReader(scan.dateSystem);
  const cInvoice = mapping.invoiceDate ?? -1;
  const cPaid = mapping.paidDate ?? -1;
  const cAmount = mapping.amount ?? -1;
  for (let i = 0; i < results.count; i++) {
    if (results.state[i] !== RowState.accepted) continue;
    const g = results.customer[i];
    const row = rows[i];
    const due = results.dueSerial[i];
    const invoiceRead = cInvoice >= 0 ? reader.serial(row[cInvoice]) : Number.NaN;
    const hasInvoice = cInvoice >= 0 && reader.status === CellStatus.ok;
    const issued = hasInvoice ? invoiceRead : due - DEFAULT_TERMS_DAYS;
    const paidRead = cPaid >= 0 ? reader.serial(row[cPaid]) : Number.NaN;
    const paid = cPaid >= 0 && reader.status === CellStatus.ok ? paidRead : Number.NaN;
    const open = results.openCents[i];
    const amountRead = cAmount >= 0 ? reader.cents(row[cAmount]) : Number.NaN;
    const amount = cAmount >= 0 && reader.status === CellStatus.ok ? amountRead : open;
    if (hasInvoice && amount > 0) {
      termsWeighted[g] += amount * Math.max(0, due - issued);
      termsWeight[g] += amount;
    }
    // First date on or after the issue; an invoice dated after as-of still counts at as-of, as the scan's open does.
    let start = 0;
    while (start < n - 1 && dates[start] < issued) start++;
    // Before `end` the row owes its amount (paid after those dates); from `end` on, what is open at as-of.
    let end = start;
    if (paid === paid) {
      end = start;
      while (end < n - 1 && dates[end] < paid) end++;
    }
    const base = g * (n + 1);
    if (end > start && amount !== 0) {
      diff[base + start] += amount;
      diff[base + end] -= amount;
    }
    if (open !== 0) diff[base + end] += open;
    if (start < firstDate[g]) firstDate[g] = start;
  }
  const peakCents = new Float64Array(groups);
  const exposureSumCents = new Float64Array(groups);
  const datesCounted = new Int32Array(groups);
  const termsDays = new Float64Array(groups).fill(DEFAULT_TERMS_DAYS);
  for (let g = 0; g < groups; g++) {
    const base = g * (n + 1);
    let running = 0;
    let peak = 0;
    let sum = 0;
    for (let k = 0; k < n; k++) {
      running += diff[base + k];
      const exposure = running > 0 ? running : 0;
      if (exposure > peak) peak = exposure;
      if (k >= firstDate[g]) sum += exposure;
    }
    peakCents[g] = peak;
    exposureSumCents[g] = sum;
    datesCounted[g] = n - firstDate[g];
    if (termsWeight[g] > 0) termsDays[g] = termsWeighted[g] / termsWeight[g];
  }
  return { dates, peakCents, exposureSumCents, datesCounted, termsDays };
}
