import Decimal from "decimal.js";
import { fail, type Result } from "../failure";
import { Money } from "../money/money";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

/*
 * A customer's credit risk score, 0–100, higher is riskier: the sum of linear segments, each input
 * clamped to its segment first. What a credit controller looks at, in the order of its weight:
 *
 * - age of unpaid debt: days past due of the oldest overdue open invoice, 0 → 0 … ≥ 90 → 35
 *   (90 days past due is IFRS 9's presumption of default; unpaid debt that old is the strongest
 *   sign a customer will not pay);
 * - payment habit: average days late of paid invoices, 0 → 0 … ≥ 60 → 25. A customer that has never
 *   paid has no habit to average; when its debt is overdue, the habit is measured on how late it is
 *   already (the oldest overdue invoice's days: it has paid nothing for that long), on the same
 *   segment, and shown as "never paid". Never paid with nothing overdue yet (a new customer) scores 0;
 * - overdue share of the open balance: 0 → 0 … ≥ 0.5 → 20;
 * - credit-limit use: ≤ 0.5 → 0 … ≥ 1.0 → 15 (no limit: 0);
 * - trend (the change of days late over a quarter: the least-squares slope of the monthly days late
 *   over the last 12 months × 3, core/history/paymentTrend.ts; 0 while fewer than 3 months have
 *   payments): ≤ 0 → 0 … ≥ 15 → 5, so paying 5 more days late each month scores the full 5.
 *
 * 35 + 25 + 20 + 15 + 5 = 100. The issue's example (never paid, 180 days overdue, no limit) scores
 * 35 + 25 + 20 = 80, grade E; before debt age and never-paid counted it was 30, grade B.
 */

/** One factor's segment: points rise linearly from 0 at `low` to `points` at `high`. */
interface Segment {
  readonly low: number;
  readonly high: number;
  readonly points: number;
}

/** The segments of the score, by factor; the habit segment serves both days late and never paid. */
export const RISK_SEGMENTS = {
  debtAge: { low: 0, high: 90, points: 35 },
  habit: { low: 0, high: 60, points: 25 },
  overdueShare: { low: 0, high: 0.5, points: 20 },
  creditUse: { low: 0.5, high: 1, points: 15 },
  trend: { low: 0, high: 15, points: 5 },
} as const satisfies Record<string, Segment>;

/** What the score is computed from, for one customer in one currency. */
export interface RiskInputs {
  /** Average days paid after the due date (amount-weighted); 0 without history. */
  readonly avgDaysLate: number;
  /** overdue / open, a fraction. */
  readonly overdueShare: number;
  /** open / credit limit, a fraction (1.25 = 125% used); 0 when there is no limit. */
  readonly creditUse: number;
  /** Change of days late over a quarter (payment trend slope per month × 3); 0 when unknown. */
  readonly trendDays: number;
  /** Days past due of the oldest overdue open invoice; 0 when nothing is overdue. */
  readonly oldestDaysOverdue: number;
  /** No invoice of the customer has been paid (on or before as-of). */
  readonly neverPaid: boolean;
}

/** Each factor's points, unrounded; `daysLate` and `neverPaid` share the habit slot (one is 0). */
export interface RiskPoints {
  readonly debtAge: number;
  readonly daysLate: number;
  readonly neverPaid: number;
  readonly overdueShare: number;
  readonly creditUse: number;
  readonly trend: number;
}

/**
 * The points each factor adds, unrounded (for the pane's explanation and for the score).
 *
 * @example
 * riskPoints({ avgDaysLate: 0, overdueShare: 1, creditUse: 0, trendDays: 0, oldestDaysOverdue: 180, neverPaid: true })
 * //=> { debtAge: 35, daysLate: 0, neverPaid: 25, overdueShare: 20, creditUse: 0, trend: 0 }
 */
export function riskPoints(inputs: RiskInputs): RiskPoints {
  const s = RISK_SEGMENTS;
  const neverPaid = inputs.neverPaid && inputs.oldestDaysOverdue > 0;
  return {
    debtAge: floatSegment(inputs.oldestDaysOverdue, s.debtAge),
    daysLate: inputs.neverPaid ? 0 : floatSegment(inputs.avgDaysLate, s.habit),
    neverPaid: neverPaid ? floatSegment(inputs.oldestDaysOverdue, s.habit) : 0,
    overdueShare: floatSegment(inputs.overdueShare, s.overdueShare),
    creditUse: floatSegment(inputs.creditUse, s.creditUse),
    trend: floatSegment(inputs.trendDays, s.trend),
  };
}

/**
 * A customer's credit risk score, 0–100, higher is riskier (the segments above). Rounded to a
 * whole number, half away from zero. The sum is taken on decimal.js from each input's shortest
 * decimal form where it sits at a half point, so a score of exactly 32.5 rounds to 33 and never to
 * 32 by float drift.
 *
 * @param avgDaysLate - average days paid after the due date
 * @param overdueShare - overdue / open, a fraction
 * @param creditUse - open / credit limit, a fraction (1.25 = 125% used); 0 when there is no limit
 * @param trendDays - change of days late over a quarter, the payment trend's slope × 3 (default 0)
 * @param oldestDaysOverdue - days past due of the oldest overdue open invoice (default 0)
 * @param neverPaid - the customer has never paid an invoice (default false)
 * @returns the score, or `unreadable` for a non-finite input
 * @example
 * riskScore(30, 0.25, 0.75, 7.5) //=> 33   (12.5 + 10 + 7.5 + 2.5 = 32.5, rounded up)
 * riskScore(0, 1, 0, 0, 180, true) //=> 80   (debt age 35 + never paid 25 + share 20)
 */
export function riskScore(
  avgDaysLate: number,
  overdueShare: number,
  creditUse: number,
  trendDays = 0,
  oldestDaysOverdue = 0,
  neverPaid = false,
): Result<number> {
  const inputs: [string, number][] = [
    ["avg_days_late", avgDaysLate],
    ["overdue_share", overdueShare],
    ["credit_use", creditUse],
    ["trend_days", trendDays],
    ["oldest_days_overdue", oldestDaysOverdue],
  ];
  for (const [name, value] of inputs) {
    if (typeof value !== "number" || !Number.isFinite(value)) return fail("unreadable", NUMBER_MESSAGES.mustBeNumber({ name }));
  }
  const given: RiskInputs = { avgDaysLate, overdueShare, creditUse, trendDays, oldestDaysOverdue, neverPaid };
  // Floats are within 1e-12 of the exact sum (≤ 100), so they decide the rounding unless the sum
  // sits at a half point; there decimal.js recomputes it exactly. The ledger scores every customer,
  // and the float path keeps that cheap.
  const p = riskPoints(given);
  const estimate = p.debtAge + p.daysLate + p.neverPaid + p.overdueShare + p.creditUse + p.trend;
  if (Math.abs(estimate - Math.floor(estimate) - 0.5) > 1e-9) return Math.round(estimate);
  const s = RISK_SEGMENTS;
  const habitDays = neverPaid ? (oldestDaysOverdue > 0 ? oldestDaysOverdue : 0) : avgDaysLate;
  const total = segment(oldestDaysOverdue, s.debtAge)
    .plus(segment(habitDays, s.habit))
    .plus(segment(overdueShare, s.overdueShare))
    .plus(segment(creditUse, s.creditUse))
    .plus(segment(trendDays, s.trend));
  return total.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

function floatSegment(value: number, { low, high, points }: Segment): number {
  if (value <= low) return 0;
  if (value >= high) return points;
  return ((value - low) * points) / (high - low);
}

/** Points for `value` on a segment rising linearly from 0 at `low` to `points` at `high`. */
function segment(value: number, { low, high, points }: Segment): Decimal {
  if (value <= low) return new Money(0);
  if (value >= high) return new Money(points);
  return new Money(value).minus(low).times(points).dividedBy(new Money(high).minus(low));
}
