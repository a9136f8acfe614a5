import { endOfMonthSerial } from "../dates/calendarSteps";
import type { DateSystem } from "../dates/excelSerial";
import { fail, isFailure, type Result } from "../failure";
import { averageDays } from "../metrics/averageDays";
import { METRICS_MESSAGES } from "../messages/metricsMessages";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

/** One month of a customer's (or a ledger's) payments: how late what was paid in it was paid. */
export interface MonthDaysLate {
  /** The month's last day (EOMONTH), a serial. */
  readonly monthEnd: number;
  /**
   * Days late of the invoices paid in the month, amount-weighted as AR.AVGDAYSLATE weighs them
   * (max(0, paid − due), early counts 0); null (blank) when nothing was paid in it, or when the
   * amounts paid sum to 0 (AR.AVGDAYSLATE's #DIV/0!).
   */
  readonly daysLate: number | null;
  /** Rows behind `daysLate`: paid in the month, with a due date (and an amount, when weighted). */
  readonly paidCount: number;
  /** Σ of their weights: amounts in cents when weighted, else the row count. */
  readonly weight: number;
}

/**
 * Days late month by month, from the paid history alone: the rows paid in the month that ends at
 * each of `monthEnds` (after the month-end before it, on or before it) are averaged exactly as
 * AR.AVGDAYSLATE averages rows (its `averageDays`: integer sums, decimal.js past 2^53), so a
 * month's figure equals AR.AVGDAYSLATE over that month's rows. Rows without a due or paid date are
 * left out; with amounts, so are rows whose amount is blank (as SUMIF does), and a credit note
 * weighs with its negative amount, as in AR.AVGDAYSLATE. Dates are floored (a time of day drops).
 *
 * @param dueSerial - due date serials; NaN for blank
 * @param paidSerial - paid date serials, aligned; NaN while unpaid
 * @param amountCents - amounts in integer cents, aligned, to weight each row (NaN blank); null counts each row once
 * @param monthEnds - consecutive month-ends, ascending (monthEndsBetween)
 * @param system - the workbook's date system, for the month before the first
 * @returns one entry per month-end, or shapeMismatch when the columns differ in length
 *
 * @example
 * // 1,000.00 paid 30 days late and 3,000.00 paid 10 days late in January 2025:
 * daysLateByMonth([45658, 45668], [45688, 45678], [100000, 300000], [45688])
 * //=> [{ monthEnd: 45688, daysLate: 15, paidCount: 2, weight: 400000 }]
 */
export function daysLateByMonth(
  dueSerial: ArrayLike<number>,
  paidSerial: ArrayLike<number>,
  amountCents: ArrayLike<number> | null,
  monthEnds: readonly number[],
  system: DateSystem = 1900,
): Result<MonthDaysLate[]> {
  if (paidSerial.length !== dueSerial.length)
    return fail("shapeMismatch", NUMBER_MESSAGES.sameShape({ names: ["due_dates", "paid_dates"] }));
  if (amountCents !== null && amountCents.length !== dueSerial.length)
    return fail("shapeMismatch", NUMBER_MESSAGES.sameShape({ names: ["due_dates", "amounts"] }));
  const months = monthEnds.length;
  if (months === 0) return [];
  const days: number[][] = Array.from({ length: months }, () => []);
  const weights: number[][] = Array.from({ length: months }, () => []);
  const before = endOfMonthSerial(monthEnds[0], -1, system);
  const last = monthEnds[months - 1];
  for (let i = 0; i < dueSerial.length; i++) {
    const due = Math.floor(dueSerial[i]);
    const paid = Math.floor(paidSerial[i]);
    // NaN fails both comparisons: blank dates fall out here.
    if (!(paid > before && paid <= last) || due !== due) continue;
    const amount = amountCents === null ? 1 : amountCents[i];
    if (amount !== amount) continue;
    const k = monthOf(paid, monthEnds);
    days[k].push(paid > due ? paid - due : 0);
    weights[k].push(amount);
  }
  return monthEnds.map((monthEnd, k) => {
    const mean = averageDays(days[k], amountCents === null ? null : weights[k], METRICS_MESSAGES.noPaidRowsDue());
    let weight = 0;
    for (const w of weights[k]) weight += w;
    return { monthEnd, daysLate: isFailure(mean) ? null : mean, paidCount: days[k].length, weight };
  });
}

/** The index of the first month-end on or after `serial` (which is within the months). */
function monthOf(serial: number, monthEnds: readonly number[]): number {
  let low = 0;
  let high = monthEnds.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (monthEnds[mid] < serial) low = mid + 1;
    else high = mid;
  }
  return low;
}
