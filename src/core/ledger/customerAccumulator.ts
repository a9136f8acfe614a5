import Decimal from "decimal.js";
import { isFailure } from "../failure";
import { centsToNumber, Money } from "../money/money";
import { paymentTrendOfMonths, trendDaysOf } from "../history/paymentTrend";
import { TREND_MONTHS } from "../history/trendWindow";
import { riskGrade, type RiskGrade } from "../risk/riskGrade";
import { riskScore } from "../risk/riskScore";
import type { CurrencyAccumulator } from "./currencyAccumulator";
import type { CustomerSummary } from "./ledgerAnalysisTypes";

/** One customer (names compared by customerKey) across currencies. */
export class CustomerEntity {
  /** Latest reminder on or before as-of; null when none. Set by the scan once it has read every row. */
  lastReminded: number | null = null;
  /** Written reminders known (stepsTaken.ts `remindersSent`); null when nothing records them. Set by the scan. */
  remindersSent: number | null = null;
  /** Steps taken (stepsTaken.ts `stepsTaken`); null when nothing records them. Set by the scan. */
  stepsTaken: number | null = null;
  constructor(
    /** 0, 1, 2… in order of first appearance. */
    readonly id: number,
    readonly name: string,
    readonly key: string,
    readonly keyAccount: boolean,
  ) {}
}

/**
 * Slots of `CustomerGroup.sums`. The payment trend's months follow `disputed`: month k of the trend
 * window (trendWindow.ts, 0 = oldest) keeps its late-weighted sum at `monthLate + 2k` and its
 * weight at `monthLate + 2k + 1`, so the scan adds a payment to its month without a per-row object.
 */
export const Sum = {
  open: 0,
  overdueInvoices: 1,
  creditNotes: 2,
  lateWeighted: 3,
  weight: 4,
  disputed: 5,
  monthLate: 6,
} as const;

/** How many `Sum` slots a group has: six totals and two per trend month. */
export const SUM_SLOTS = Sum.monthLate + 2 * TREND_MONTHS;

/** A group's sums before `GroupTotals.copyInto` has given it its own (never written to). */
const NO_SUMS = new Float64Array(SUM_SLOTS);

/** Scratch for one group's monthly days late and weights, refilled by each `summarizeCustomer`. */
const MONTH_DAYS = new Float64Array(TREND_MONTHS);
const MONTH_WEIGHTS = new Float64Array(TREND_MONTHS);

/**
 * Totals of one customer in one currency. Money in integer cents; lateness weights are cents too
 * (floats are fine there: they only form an average of days). The scan keeps the running totals in
 * `GroupTotals` (flat arrays for all groups) and copies them here for `summarizeCustomer`.
 */
export class CustomerGroup {
  /**
   * The totals by `Sum` slot, a view into `GroupTotals` set by its `copyInto`. Not a typed array of
   * its own: each one is a separate off-heap buffer, and allocating thousands of them right after the
   * scan's large result arrays made V8 run garbage collections for external memory pressure.
   */
  sums: Float64Array = NO_SUMS;
  invoiceCount = 0;
  creditNoteCount = 0;
  oldestDaysOverdue = 0;
  highestLevel = 0;
  /** The first credit limit in the group's rows, else the second table's; NaN without one. */
  limitCents = Number.NaN;
  constructor(
    readonly entity: CustomerEntity,
    readonly currency: string,
    readonly index: number,
    readonly totals: CurrencyAccumulator,
  ) {}
}

/**
 * The summary of a customer group: totals, credit use, review flag and risk.
 *
 * @param reviewThreshold - review when overdue ≥ threshold × limit (0.1 = 10%)
 * @example
 * summarizeCustomer(group, new Money(0.1)).reviewFlag //=> true when overdue ≥ 10% of the limit
 */
export function summarizeCustomer(group: CustomerGroup, reviewThreshold: Decimal): CustomerSummary {
  const sums = group.sums;
  const open = sums[Sum.open];
  // One definition (balances.ts): undisputed invoices past due, credit notes and disputes apart.
  const overdue = sums[Sum.overdueInvoices];
  const hasLimit = !Number.isNaN(group.limitCents);
  const creditUse = hasLimit && group.limitCents > 0 ? open / group.limitCents : null;
  const reviewFlag = hasLimit && group.limitCents > 0 && reachesThreshold(overdue, reviewThreshold, group.limitCents);
  const avgDaysLate = sums[Sum.weight] > 0 ? sums[Sum.lateWeighted] / sums[Sum.weight] : 0;
  // The trend is the change of days late over a quarter from the last 12 months' line (paymentTrend.ts).
  for (let k = 0; k < TREND_MONTHS; k++) {
    const weight = sums[Sum.monthLate + 2 * k + 1];
    MONTH_WEIGHTS[k] = weight;
    MONTH_DAYS[k] = weight > 0 ? sums[Sum.monthLate + 2 * k] / weight : Number.NaN;
  }
  const paymentTrend = paymentTrendOfMonths(MONTH_DAYS, MONTH_WEIGHTS);
  const trend = trendDaysOf(paymentTrend);
  const overdueShare = open > 0 ? overdue / open : 0;
  // Risk counts the age of unpaid debt and customers that never paid (core/risk/riskScore.ts).
  const neverPaid = sums[Sum.weight] === 0;
  const scored = riskScore(avgDaysLate, overdueShare, creditUse ?? 0, trend, group.oldestDaysOverdue, neverPaid);
  const score = isFailure(scored) ? 0 : scored;
  const graded = riskGrade(score);
  const grade: RiskGrade = isFailure(graded) ? "A" : graded;
  const entity = group.entity;
  const summary: { -readonly [K in keyof CustomerSummary]: CustomerSummary[K] } = {
    customer: entity.name,
    currency: group.currency,
    invoiceCount: group.invoiceCount,
    creditNoteCount: group.creditNoteCount,
    open: centsToNumber(open),
    overdue: centsToNumber(overdue),
    disputed: centsToNumber(sums[Sum.disputed]),
    credits: centsToNumber(sums[Sum.creditNotes]),
    oldestDaysOverdue: group.oldestDaysOverdue,
    highestLevel: group.highestLevel,
    creditLimit: hasLimit ? centsToNumber(group.limitCents) : null,
    creditUse,
    reviewFlag,
    avgDaysLate,
    trend,
    paymentTrend,
    neverPaid,
    riskScore: score,
    grade,
    keyAccount: entity.keyAccount,
    lastReminded: null,
    remindersSent: null,
    stepsTaken: null,
    openCents: open,
    overdueCents: overdue,
    disputedCents: sums[Sum.disputed],
    creditsCents: sums[Sum.creditNotes],
  };
  // Set after the literal: a literal field that is null for one customer and a small integer for
  // the next made V8 discard and rebuild this function's optimised code once per customer.
  if (entity.lastReminded !== null) summary.lastReminded = entity.lastReminded;
  if (entity.remindersSent !== null) summary.remindersSent = entity.remindersSent;
  if (entity.stepsTaken !== null) summary.stepsTaken = entity.stepsTaken;
  return summary;
}

/**
 * overdue ≥ threshold × limit, exactly. The float product is off by far less than 1e-9 of its size,
 * so it decides unless the two sides are that close; then decimal.js compares them exactly.
 */
function reachesThreshold(overdueCents: number, threshold: Decimal, limitCents: number): boolean {
  const bar = threshold.toNumber() * limitCents;
  const gap = overdueCents - bar;
  if (Math.abs(gap) > 1e-9 * Math.max(1, Math.abs(bar))) return gap > 0;
  return new Money(overdueCents).gte(threshold.times(limitCents));
}
