import { riskGrade as riskGradeCore } from "../core/risk/riskGrade";
import { riskScore as riskScoreCore } from "../core/risk/riskScore";
import { defineFunction } from "./convert";

/* Customer risk: a 0–100 score from the age of unpaid debt, payment behaviour and exposure, and its letter grade. */

export const RISK_SCORE = defineFunction({
  id: "RISKSCORE",
  mode: "aggregate",
  specs: [
    { name: "avg_days_late", kind: "number" },
    { name: "overdue_share", kind: "rate" },
    { name: "credit_use", kind: "rate" },
    { name: "trend_days", kind: "number", optional: true, default: 0 },
    { name: "oldest_days_overdue", kind: "number", optional: true, default: 0 },
    { name: "never_paid", kind: "boolean", optional: true, default: false },
  ] as const,
  compute: riskScoreCore,
});

/**
 * A customer's credit risk score from 0 to 100, higher is riskier: up to 35 points for the age of its oldest overdue invoice (90+ days), 25 for days late (60+; for a customer that never paid, its oldest overdue days), 20 for the overdue share (50%+), 15 for credit use (from 50% to 100%+) and 5 for a worsening trend (15+ days). Whole number.
 * @customfunction RISKSCORE
 * @helpurl https://ar-credit-desk.example.com/help.html#riskscore
 * @param avg_days_late Average days the customer pays after the due date, e.g. 30 (AR.AVGDAYSLATE).
 * @param overdue_share Overdue share of its open balance as a fraction, e.g. 0.25 or 25%.
 * @param credit_use Open balance / credit limit as a fraction, e.g. 0.75 (AR.CREDITUSE); 0 without a limit.
 * @param [trend_days] Change of days late over a quarter (the AR.DAYSLATETREND slope in days per month × 3), e.g. 7.5; default 0.
 * @param [oldest_days_overdue] Days past due of the customer's oldest overdue open invoice, e.g. 180; default 0.
 * @param [never_paid] TRUE when the customer has never paid an invoice; default FALSE.
 * @returns The score, e.g. 80 for a customer that never paid and is 180 days overdue on its whole balance (35 + 25 + 20).
 */
export function riskScore(
  avg_days_late: any,
  overdue_share: any,
  credit_use: any,
  trend_days?: any,
  oldest_days_overdue?: any,
  never_paid?: any,
): number {
  return RISK_SCORE.call(avg_days_late, overdue_share, credit_use, trend_days, oldest_days_overdue, never_paid) as number;
}

export const RISK_GRADE = defineFunction({
  id: "RISKGRADE",
  mode: "aggregate",
  specs: [{ name: "score", kind: "number", min: 0, max: 100 }] as const,
  compute: riskGradeCore,
});

/**
 * The letter grade of a risk score: A 0–19, B 20–39, C 40–59, D 60–79, E 80–100.
 * @customfunction RISKGRADE
 * @helpurl https://ar-credit-desk.example.com/help.html#riskgrade
 * @param score A risk score from 0 to 100, e.g. 47 (AR.RISKSCORE).
 * @returns The grade, e.g. "C" for 47.
 */
export function riskGrade(score: any): string {
  return RISK_GRADE.call(score) as string;
}
