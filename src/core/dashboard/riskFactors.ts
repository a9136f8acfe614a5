import type { CustomerSummary } from "../ledger/ledgerAnalysisTypes";
import type { RiskGrade } from "../risk/riskGrade";
import { riskPoints, type RiskPoints } from "../risk/riskScore";

/** A customer's risk grade with the factors behind it and the points each factor adds. */
export interface RiskFactors {
  readonly customer: string;
  readonly currency: string;
  readonly grade: RiskGrade;
  readonly score: number;
  readonly avgDaysLate: number;
  /** overdue / open; 0 when nothing is open. */
  readonly overdueShare: number;
  /** open / credit limit; null without a limit (scored as 0). */
  readonly creditUse: number | null;
  readonly trend: number;
  /** Days past due of the oldest overdue open invoice: the age of unpaid debt; 0 when none. */
  readonly oldestDaysOverdue: number;
  /** No invoice of the customer has been paid: its habit is scored on how late it already is. */
  readonly neverPaid: boolean;
  /**
   * Points of each factor (riskScore's own segments), whole numbers; they add up to `score` except
   * for rounding (each is rounded on its own, the score once). `daysLate` and `neverPaid` share one
   * slot: a customer that never paid has 0 for days late and, when its debt is overdue, the points
   * of its oldest overdue days under `neverPaid`.
   */
  readonly points: RiskPoints;
}

/**
 * The factors behind a scanned customer's risk grade, using riskScore's own segments for the points
 * so the dashboard explains the very score the scan gave.
 *
 * @example
 * riskFactors(summary).points //=> { debtAge: 35, daysLate: 0, neverPaid: 25, overdueShare: 20, creditUse: 0, trend: 0 }   (never paid, 180 days overdue)
 */
export function riskFactors(summary: CustomerSummary): RiskFactors {
  const overdueShare = summary.openCents > 0 ? summary.overdueCents / summary.openCents : 0;
  const neverPaid = summary.neverPaid === true;
  const exact = riskPoints({
    avgDaysLate: summary.avgDaysLate,
    overdueShare,
    creditUse: summary.creditUse ?? 0,
    trendDays: summary.trend,
    oldestDaysOverdue: summary.oldestDaysOverdue,
    neverPaid,
  });
  const whole = (points: number) => Math.round(points);
  return {
    customer: summary.customer,
    currency: summary.currency,
    grade: summary.grade,
    score: summary.riskScore,
    avgDaysLate: summary.avgDaysLate,
    overdueShare,
    creditUse: summary.creditUse,
    trend: summary.trend,
    oldestDaysOverdue: summary.oldestDaysOverdue,
    neverPaid,
    points: {
      debtAge: whole(exact.debtAge),
      daysLate: whole(exact.daysLate),
      neverPaid: whole(exact.neverPaid),
      overdueShare: whole(exact.overdueShare),
      creditUse: whole(exact.creditUse),
      trend: whole(exact.trend),
    },
  };
}
