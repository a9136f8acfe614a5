import { isFailure } from "../core/failure";
import { daysLateByMonth } from "../core/history/daysLateByMonth";
import { daysLateMonths } from "../core/history/daysLateMonths";
import { messageText } from "../core/messages/message";
import { PAYMENT_TREND_MESSAGES as M } from "../core/messages/paymentTrendMessages";
import { defineFunction, getDateSystem, type ExcelCell } from "./convert";

/* Payment behaviour over time (issue #19): days late month by month from the paid history, as
   AR.AVGDAYSLATE computes them for each month's payments. The id is stored in workbooks, so it
   never changes. */

/** A column as the month engine reads it: NaN for a blank cell. */
const toSerials = (cells: ReadonlyArray<number | null>): Float64Array =>
  Float64Array.from(cells, (cell) => (cell === null ? Number.NaN : cell));

export const DAYS_LATE_TREND = defineFunction({
  id: "DAYSLATETREND",
  mode: "aggregate",
  spill: true,
  specs: [
    { name: "due_dates", kind: "date", column: true },
    { name: "paid_dates", kind: "date", column: true, blankCells: true },
    // Required arguments follow it, so it cannot be optional; left empty (omitted or blank) it
    // arrives as null and every invoice counts once.
    { name: "amounts", kind: "cents", column: true, blankCells: true },
    { name: "first_month_end", kind: "date" },
    { name: "last_month_end", kind: "date" },
    { name: "language", kind: "language", optional: true, default: "en" },
  ] as const,
  compute: (dueSerial, paidSerial, amountCents, first, last, language) => {
    const system = getDateSystem();
    const monthEnds = daysLateMonths(first, last, system);
    if (isFailure(monthEnds)) return monthEnds;
    const paid = paidSerial === null ? new Float64Array(dueSerial.length).fill(Number.NaN) : toSerials(paidSerial);
    const months = daysLateByMonth(dueSerial, paid, amountCents === null ? null : toSerials(amountCents), monthEnds, system);
    if (isFailure(months)) return months;
    const header = [M.monthHeader(), M.daysLateHeader(), M.paidCountHeader()].map((m) => messageText(m, language));
    const rows: ExcelCell[][] = months.map((m) => [m.monthEnd, m.daysLate ?? "", m.paidCount]);
    return [header, ...rows];
  },
});

/**
 * Days late month by month: for each month from first_month_end to last_month_end, the invoices paid in it, amount-weighted as AR.AVGDAYSLATE weighs them (paying early counts as 0 days late). Spills a header (Month, Days late, Invoices paid) and one row per month: its month-end, the days late (an empty cell for a month with no payment, never 0) and how many invoices were paid. E.g. 15 for a month in which 1,000 was paid 30 days late and 3,000 paid 10 days late.
 * @customfunction DAYSLATETREND
 * @helpurl https://ar-credit-desk.example.com/help.html#dayslatetrend
 * @param due_dates Due dates, e.g. D2:D5000: date cells or text such as 2025-02-09; rows with a blank due date are skipped.
 * @param paid_dates Paid dates aligned with due_dates, e.g. F2:F5000; blank while unpaid.
 * @param amounts Invoice amounts aligned with them, to weight each invoice, e.g. B2:B5000; leave it empty to count each invoice once (rows with a blank amount are then skipped only when amounts are given).
 * @param first_month_end The first month to report, e.g. 2025-01-31 (any day stands for its month's end).
 * @param last_month_end The last month to report, e.g. 2025-12-31; the same month as first_month_end or later.
 * @param [language] "en" (default) or "zh" for the header.
 * @returns A table to spill: Month (month-end date), Days late (unrounded; empty when nothing was paid), Invoices paid.
 */
export function daysLateTrend(
  due_dates: any[][],
  paid_dates: any[][],
  amounts: any[][],
  first_month_end: any,
  last_month_end: any,
  language?: any,
): any[][] {
  return DAYS_LATE_TREND.call(due_dates, paid_dates, amounts, first_month_end, last_month_end, language) as any[][];
}
