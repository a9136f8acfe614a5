import { calendarToSerial, serialToCalendar, type DateSystem } from "../../dates/excelSerial";
import type { PeriodGrid } from "./spreadInvoice";

/**
 * Periods of a forecast made at monthEnd that the hindsight up to asOf can score: period k
 * (monthEnd + k·p … monthEnd + (k+1)·p − 1) is scored when its last day is on or before asOf.
 *
 * @example
 * scoredPeriods(45808, 45838, { periodDays: 7, periods: 13 }) //=> 4 (2025-05-31: 31 days of hindsight, 4 whole weeks)
 */
export function scoredPeriods(monthEnd: number, asOf: number, grid: PeriodGrid): number {
  return Math.max(0, Math.min(grid.periods, Math.floor((asOf - monthEnd + 1) / grid.periodDays)));
}

/**
 * The month-ends a backtest re-runs the forecast at: the last days of calendar months, strictly
 * before asOf, at which at least minScored periods can be scored (scoredPeriods), the latest
 * `count` of them in date order. With the default minScored = all periods, every month-end has its
 * whole horizon behind as-of: 13 weeks ending on or before as-of.
 *
 * @example
 * // As of 2025-06-30 (45838), 13 weekly periods, full hindsight: the latest is 2025-03-31 (45747),
 * // whose week 13 ends 45747 + 90 = 45837 ≤ 45838; 2025-04-30 would end 45867, after as-of.
 * backtestMonthEnds(45838, grid, 2) //=> [45716 (2025-02-28), 45747 (2025-03-31)]
 */
export function backtestMonthEnds(
  asOf: number,
  grid: PeriodGrid,
  count: number,
  minScored: number = grid.periods,
  system: DateSystem = 1900,
): number[] {
  const out: number[] = [];
  let { year, month } = serialToCalendar(asOf, system);
  // Walk back from the month-end before as-of; stop at the date system's first month.
  for (let guard = 0; out.length < count && guard < 12 * 200; guard++) {
    const firstOfMonth = calendarToSerial({ year, month, day: 1 }, system);
    if (firstOfMonth === undefined) break;
    const monthEnd = firstOfMonth - 1;
    if (monthEnd < asOf && scoredPeriods(monthEnd, asOf, grid) >= minScored) out.push(monthEnd);
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return out.reverse();
}
