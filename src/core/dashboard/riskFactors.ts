import { isFailure } from "../failure";
import type { CustomerSummary } from "../ledger/ledgerAnalysisTypes";
import type { RiskGrade } from "../risk/riskGrade";
import { riskScore } from "../risk/riskScore";

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
  /**
   * Points of each factor alone (riskScore with the other factors at 0), whole numbers; they add up
   * to `score` except for rounding (each is rounded on its own, the score once).
   */
  readonly points: {
    readonly daysLate: number;
    readonly overdueShare: number;
    readonly creditUse: number;
    readonly trend: number;
  };
}

/**
 * The factors behind a scanned customer's risk grade, using riskScore's own segments for the points
 * so the dashboard explains the very score the scan gave.
 *
 * @example
 * riskFactors(summary).points //=> { daysLate: 20, overdueShare: 15, creditUse: 10, trend: 5 }   (for 30 days, 25%, 75%, 7.5)
 */
export function riskFactors(summary: CustomerSummary): RiskFactors {
  const overdueShare = summary.open > 0 ? summary.overdueCents / summary.openCents : 0;
  const alone = (days: number, share: number, use: number, trend: number): number => {
    const score = riskScore(days, share, use, trend);
    return isFailure(score) ? 0 : score;
  };
  return {
    customer: summary.customer,
    currency: summary.currency,
    grade: summary.grade,
    score: summary.riskScore,
    avgDaysLate: summary.avgDaysLate,
    overdueShare,
    creditUse: summary.creditUse,
    trend: summary.trend,
    points: {
      daysLate: alone(summary.avgDaysLate, 0, 0, 0),
      overdueShare: alone(0, overdueShare, 0, 0),
      creditUse: alone(0, 0, summary.creditUse ?? 0, 0),
      trend: alone(0, 0, 0, summary.trend),
    },
  };
}
