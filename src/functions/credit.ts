import type Decimal from "decimal.js";
import { isFailure, type Result } from "../core/failure";
import { recommendCreditLimit } from "../core/credit/recommendCreditLimit";
import { defineFunction } from "./convert";

/* Credit limits: a recommended limit from the customer's own history and its financials (src/core/credit). */

const units = (value: Decimal | null): number | null => (value === null ? null : value.toNumber());

export const CREDIT_LIMIT = defineFunction({
  id: "CREDITLIMIT",
  mode: "aggregate",
  specs: [
    { name: "peak_exposure", kind: "amount" },
    { name: "average_exposure", kind: "amount" },
    { name: "days_beyond_terms", kind: "number" },
    { name: "risk_score", kind: "number" },
    { name: "terms_days", kind: "number", optional: true, default: 30 },
    { name: "net_worth", kind: "amount", optional: true },
    { name: "working_capital", kind: "amount", optional: true },
    { name: "annual_revenue", kind: "amount", optional: true },
  ] as const,
  compute: (peak, average, dbt, score, terms, netWorth, workingCapital, revenue): Result<number> => {
    const rec = recommendCreditLimit({
      peakExposure: peak.toNumber(),
      averageExposure: average.toNumber(),
      daysBeyondTerms: dbt,
      riskScore: score,
      termsDays: terms,
      netWorth: units(netWorth),
      workingCapital: units(workingCapital),
      annualRevenue: units(revenue),
    });
    return isFailure(rec) ? rec : rec.limit;
  },
});

/**
 * A recommended credit limit: the exposure the customer would carry paying on its terms, max(average_exposure, peak_exposure × terms_days ÷ (terms_days + days_beyond_terms)), times the risk grade's factor (A 1.25, B 1.10, C 1.00, D 0.75, E 0.50), capped by 10% of net worth, 20% of working capital and 10% of monthly revenue (annual ÷ 12) where given; the lowest, rounded down to two significant figures (whole units below 100).
 * @customfunction CREDITLIMIT
 * @helpurl https://ar-credit-desk.example.com/help.html#creditlimit
 * @param peak_exposure Highest open balance of the customer over the last 12 month-ends, e.g. 120000; 0 or more.
 * @param average_exposure Average open balance over the same month-ends, e.g. 50000; 0 or more.
 * @param days_beyond_terms Average days the customer pays after the due date, e.g. 12 (AR.AVGDAYSLATE); 0 or more.
 * @param risk_score The customer's risk score from 0 to 100, e.g. 25 (AR.RISKSCORE); its grade sets the factor.
 * @param [terms_days] The customer's payment terms in days, e.g. 30 (the default); 0 or more.
 * @param [net_worth] The customer's net worth, e.g. 2000000: caps the limit at 10% of it; blank when unknown.
 * @param [working_capital] The customer's working capital, e.g. 500000: caps the limit at 20% of it; blank when unknown.
 * @param [annual_revenue] The customer's yearly revenue, e.g. 6000000: caps the limit at 10% of a month's (÷ 12); blank when unknown.
 * @returns The limit, e.g. 94000 for a peak of 120,000 at 30-day terms paid 12 days late, grade B: 120,000 × 30 ÷ 42 × 1.10 = 94,285.71.
 */
export function creditLimit(
  peak_exposure: any,
  average_exposure: any,
  days_beyond_terms: any,
  risk_score: any,
  terms_days?: any,
  net_worth?: any,
  working_capital?: any,
  annual_revenue?: any,
): number {
  return CREDIT_LIMIT.call(
    peak_exposure,
    average_exposure,
    days_beyond_terms,
    risk_score,
    terms_days,
    net_worth,
    working_capital,
    annual_revenue,
  ) as number;
}
