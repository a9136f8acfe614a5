/** Which way a customer's days late move (see `paymentTrend` for the thresholds). */
export type TrendDirection = "worsening" | "improving" | "steady" | "unknown";

/** A customer's payment behaviour over a window of months. */
export interface PaymentTrend {
  /** Days late over the window, amount-weighted across its payments (as AR.AVGDAYSLATE); null without any. */
  readonly usualDaysLate: number | null;
  /** Least-squares change of the monthly days late per month; null with fewer than 3 months with payments. */
  readonly slopePerMonth: number | null;
  readonly direction: TrendDirection;
  /** Months in the window with payments. */
  readonly months: number;
}

/** A month's days late and what weighs it (src/core/history/daysLateByMonth.ts `MonthDaysLate`). */
export interface MonthPoint {
  /** null (no payment in the month) leaves the month out. */
  readonly daysLate: number | null;
  /** Σ of the amounts (cents) or rows behind `daysLate`. */
  readonly weight: number;
}

/**
 * A trend needs payments in at least this many months: a line through two months is only their
 * difference, and one late invoice would call it; a third month is the first that can disagree.
 */
export const TREND_MIN_MONTHS = 3;

/**
 * Days per month the line must rise (or fall) to be called worsening (improving): 1 day a month
 * is 3 days a quarter, one point of the risk score's 5-point trend segment (0 … 15 days). A
 * smaller slope is within what a month's mix of invoices moves its average, and is steady.
 */
export const TREND_SLOPE_DAYS = 1;

/** The risk score's trend input is the change over a quarter: slope × this many months. */
export const TREND_QUARTER_MONTHS = 3;

/** Slopes this close to the threshold count as on it: 5, 6, 7 days must give exactly 1, not 0.999…. */
const SLOPE_TOLERANCE = 1e-9;

/**
 * The payment trend of a run of consecutive months (oldest first): the usual days late (the
 * amount-weighted mean over every month's payments), the least-squares slope of the monthly days
 * late against the month's position (each month with payments one point, so one large invoice
 * does not make the trend; months without payments are left out, not read as 0), and its
 * direction: worsening at ≥ +1 day/month, improving at ≤ −1, steady between, unknown with fewer
 * than 3 months with payments.
 *
 * @example
 * // paid 5, 10, 15 and 20 days late in four consecutive months, 1,000.00 each:
 * paymentTrend([5, 10, 15, 20].map((d) => ({ daysLate: d, weight: 100000 })))
 * //=> { usualDaysLate: 12.5, slopePerMonth: 5, direction: "worsening", months: 4 }
 */
export function paymentTrend(series: readonly MonthPoint[]): PaymentTrend {
  const days = new Float64Array(series.length);
  const weights = new Float64Array(series.length);
  series.forEach((month, k) => {
    days[k] = month.daysLate === null ? Number.NaN : month.daysLate;
    weights[k] = month.weight;
  });
  return paymentTrendOfMonths(days, weights);
}

/**
 * `paymentTrend` on parallel arrays, NaN days late for a month without payments: the scan's form,
 * which reads a customer's month slots without making an object per month.
 *
 * @example
 * paymentTrendOfMonths([10, Number.NaN, 10], [1, 0, 1]) //=> { usualDaysLate: 10, slopePerMonth: null, direction: "unknown", months: 2 }
 */
export function paymentTrendOfMonths(daysLate: ArrayLike<number>, weights: ArrayLike<number>): PaymentTrend {
  let months = 0,
    sumX = 0,
    sumY = 0,
    weighted = 0,
    weight = 0;
  for (let k = 0; k < daysLate.length; k++) {
    const y = daysLate[k];
    if (y !== y) continue;
    months++;
    sumX += k;
    sumY += y;
    weighted += y * weights[k];
    weight += weights[k];
  }
  const usualDaysLate = months > 0 && weight !== 0 ? weighted / weight : null;
  if (months < TREND_MIN_MONTHS) return { usualDaysLate, slopePerMonth: null, direction: "unknown", months };
  // Least squares about the means (x = the month's position): Σ(x − x̄)(y − ȳ) / Σ(x − x̄)².
  const meanX = sumX / months;
  const meanY = sumY / months;
  let sxy = 0,
    sxx = 0;
  for (let k = 0; k < daysLate.length; k++) {
    const y = daysLate[k];
    if (y !== y) continue;
    sxy += (k - meanX) * (y - meanY);
    sxx += (k - meanX) * (k - meanX);
  }
  const slopePerMonth = sxy / sxx;
  return { usualDaysLate, slopePerMonth, direction: directionOf(slopePerMonth), months };
}

/**
 * The risk score's trend input (core/risk/riskScore.ts `trendDays`): the change of days late over
 * a quarter, slope × 3, on the same 0 … 15-day segment; 0 when the trend is unknown.
 *
 * @example
 * trendDaysOf({ usualDaysLate: 12.5, slopePerMonth: 5, direction: "worsening", months: 4 }) //=> 15
 */
export function trendDaysOf(trend: PaymentTrend): number {
  return trend.slopePerMonth === null ? 0 : trend.slopePerMonth * TREND_QUARTER_MONTHS;
}

function directionOf(slope: number): TrendDirection {
  if (slope >= TREND_SLOPE_DAYS - SLOPE_TOLERANCE) return "worsening";
  if (slope <= -TREND_SLOPE_DAYS + SLOPE_TOLERANCE) return "improving";
  return "steady";
}
