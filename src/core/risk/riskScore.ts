import Decimal from "decimal.js";
import { fail, type Result } from "../failure";
import { Money } from "../money/money";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

/**
 * A customer's credit risk score, 0–100, higher is riskier: the sum of four linear segments, each
 * input clamped to its segment first —
 * - average days late: 0 → 0 … ≥ 60 → 40 points;
 * - overdue share of the open balance: 0 → 0 … ≥ 0.5 → 30;
 * - credit-limit use: ≤ 0.5 → 0 … ≥ 1.0 → 20;
 * - trend (recent minus earlier average days late): ≤ 0 → 0 … ≥ 15 → 10.
 * Rounded to a whole number, half away from zero. The sum is taken on decimal.js from each input's
 * shortest decimal form, so a score of exactly 12.5 rounds to 13 and never to 12 by float drift.
 *
 * @param avgDaysLate - average days paid after the due date
 * @param overdueShare - overdue / open, a fraction
 * @param creditUse - open / credit limit, a fraction (1.25 = 125% used); 0 when there is no limit
 * @param trendDays - recent minus earlier average days late (default 0)
 * @returns the score, or `unreadable` for a non-finite input
 * @example
 * riskScore(30, 0.25, 0.75, 7.5) //=> 50   (20 + 15 + 10 + 5)
 */
export function riskScore(avgDaysLate: number, overdueShare: number, creditUse: number, trendDays = 0): Result<number> {
  const inputs: [string, number][] = [
    ["avg_days_late", avgDaysLate],
    ["overdue_share", overdueShare],
    ["credit_use", creditUse],
    ["trend_days", trendDays],
  ];
  for (const [name, value] of inputs) {
    if (typeof value !== "number" || !Number.isFinite(value)) return fail("unreadable", NUMBER_MESSAGES.mustBeNumber({ name }));
  }
  // Floats are within 1e-12 of the exact sum (≤ 100), so they decide the rounding unless the sum
  // sits at a half point; there decimal.js recomputes it exactly. The ledger scores every customer,
  // and the float path keeps that cheap.
  const estimate =
    floatSegment(avgDaysLate, 0, 60, 40) +
    floatSegment(overdueShare, 0, 0.5, 30) +
    floatSegment(creditUse, 0.5, 1, 20) +
    floatSegment(trendDays, 0, 15, 10);
  if (Math.abs(estimate - Math.floor(estimate) - 0.5) > 1e-9) return Math.round(estimate);
  const total = segment(avgDaysLate, 0, 60, 40)
    .plus(segment(overdueShare, 0, 0.5, 30))
    .plus(segment(creditUse, 0.5, 1, 20))
    .plus(segment(trendDays, 0, 15, 10));
  return total.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

function floatSegment(value: number, low: number, high: number, points: number): number {
  if (value <= low) return 0;
  if (value >= high) return points;
  return ((value - low) * points) / (high - low);
}

/** Points for `value` on a segment rising linearly from 0 at `low` to `points` at `high`. */
function segment(value: number, low: number, high: number, points: number): Decimal {
  if (value <= low) return new Money(0);
  if (value >= high) return new Money(points);
  return new Money(value).minus(low).times(points).dividedBy(new Money(high).minus(low));
}
