import Decimal from "decimal.js";
import { fail, isFailure, type Result } from "../failure";
import { NUMBER_MESSAGES } from "../messages/numberMessages";
import type { LimitChange } from "../messages/creditLimitMessages";
import { Money, moneyToNumber } from "../money/money";
import { riskGrade, type RiskGrade } from "../risk/riskGrade";
import { roundDownLimit } from "./roundDownLimit";

/*
 * A recommended credit limit, from the customer's own history and, where the analyst has them,
 * its financials — credit practice's rules of thumb, each figure kept so the reason can show it:
 *
 * 1. Need from history: the exposure the customer would carry paying on its terms,
 *      need = max(average exposure, peak exposure × terms ÷ (terms + DBT)).
 *    A customer that pays DBT days beyond its terms carries (terms + DBT) days of sales; paying on
 *    terms it would carry `terms` days of them, so its peak shrinks by terms ÷ (terms + DBT). The
 *    average exposure is a floor: what the relationship has carried on average is needed anyway.
 *    Terms 0 and DBT 0 (cash customers paying on the day) keep the peak as it is.
 * 2. Risk grade factor: A 1.25, B 1.10, C 1.00, D 0.75, E 0.50 (grade of the risk score).
 * 3. Caps from the financials typed in the limit table: 10% of net worth, 20% of working capital,
 *    10% of monthly revenue (annual ÷ 12, the "share of monthly sales" rule). A negative net worth
 *    or working capital supports no unsecured credit: its cap is 0.
 * 4. The limit is the lowest of need × factor and the caps given, rounded DOWN to two significant
 *    figures (roundDownLimit). Ties go to history, then net worth, working capital, revenue.
 * 5. Compared with the current limit: raise, lower, keep, or set (none set).
 *
 * Money on decimal.js; every amount handed back is rounded to the cent.
 */

/** Grade factor on the need: better grades get room to grow, weaker ones are held back. */
export const GRADE_FACTORS: Readonly<Record<RiskGrade, number>> = { A: 1.25, B: 1.1, C: 1, D: 0.75, E: 0.5 };

/** Shares of the financials that cap the limit. */
export const FINANCIAL_SHARES = { netWorth: 0.1, workingCapital: 0.2, monthlyRevenue: 0.1 } as const;

/** Terms assumed when a customer's invoices give none. */
export const DEFAULT_TERMS_DAYS = 30;

export interface CreditLimitInput {
  /** Highest exposure (open balance, credit notes netted, ≥ 0) over the history looked at. */
  readonly peakExposure: number;
  /** Average exposure over the same dates. */
  readonly averageExposure: number;
  /** Days beyond terms: amount-weighted average of max(0, paid − due) (AR.AVGDAYSLATE). */
  readonly daysBeyondTerms: number;
  /** Risk score 0–100 (AR.RISKSCORE); its grade picks the factor. */
  readonly riskScore: number;
  /** Amount-weighted average of due − invoice days. @default 30 */
  readonly termsDays?: number;
  readonly netWorth?: number | null;
  readonly workingCapital?: number | null;
  readonly annualRevenue?: number | null;
  /** The customer's limit now; null or absent when none is set. */
  readonly currentLimit?: number | null;
}

/** Which figure bound the recommendation. */
export type LimitBinding = "history" | "netWorth" | "workingCapital" | "revenue";

export interface CreditLimitRecommendation {
  /** The recommended limit: whole units, two significant figures, rounded down. */
  readonly limit: number;
  /** Need from history, before the grade factor: max(average, peak on terms). */
  readonly need: number;
  /** Which side of the need won: the peak on terms, or the average (a tie is the peak). */
  readonly basis: "peak" | "average";
  /** peak × terms ÷ (terms + DBT), to the cent. */
  readonly peakOnTerms: number;
  readonly factor: number;
  readonly grade: RiskGrade;
  /** need × factor, to the cent: what history alone would allow before rounding. */
  readonly historyLimit: number;
  readonly boundBy: LimitBinding;
  /** Each cap given, to the cent; null when its financial figure was not given. */
  readonly caps: { readonly netWorth: number | null; readonly workingCapital: number | null; readonly revenue: number | null };
  readonly change: LimitChange;
  /** The inputs the reason quotes. */
  readonly peakExposure: number;
  readonly averageExposure: number;
  readonly termsDays: number;
  readonly daysBeyondTerms: number;
  readonly netWorth: number | null;
  readonly workingCapital: number | null;
  readonly annualRevenue: number | null;
  readonly currentLimit: number | null;
}

/**
 * The recommended credit limit and why (the rule above).
 *
 * @returns the recommendation, or `unreadable` / `outOfRange` for a non-number or a negative exposure,
 *   DBT, terms or revenue, or a score outside 0–100
 * @example
 * // peak 120,000 × 30 ÷ (30 + 12) = 85,714.29 (average 50,000 is lower); grade B (score 25) × 1.10 = 94,285.71 → 94,000
 * recommendCreditLimit({ peakExposure: 120000, averageExposure: 50000, daysBeyondTerms: 12, riskScore: 25, currentLimit: 100000 })
 * //=> { limit: 94000, boundBy: "history", change: "lower", … }
 */
export function recommendCreditLimit(input: CreditLimitInput): Result<CreditLimitRecommendation> {
  const termsDays = input.termsDays ?? DEFAULT_TERMS_DAYS;
  const required: [string, number][] = [
    ["peak_exposure", input.peakExposure],
    ["average_exposure", input.averageExposure],
    ["days_beyond_terms", input.daysBeyondTerms],
    ["terms_days", termsDays],
  ];
  const optional: [string, number | null | undefined][] = [
    ["net_worth", input.netWorth],
    ["working_capital", input.workingCapital],
    ["annual_revenue", input.annualRevenue],
    ["current_limit", input.currentLimit],
  ];
  for (const [name, value] of [...required, ...optional]) {
    if (value === null || value === undefined) continue;
    if (typeof value !== "number" || Number.isNaN(value)) return fail("unreadable", NUMBER_MESSAGES.mustBeNumber({ name }));
    if (!Number.isFinite(value)) return fail("unreadable", NUMBER_MESSAGES.notFinite({ name }));
  }
  // Net worth and working capital may be negative (the cap is then 0); nothing else may.
  for (const [name, value] of [
    ...required,
    ["annual_revenue", input.annualRevenue] as const,
    ["current_limit", input.currentLimit] as const,
  ]) {
    if (typeof value === "number" && value < 0)
      return fail("outOfRange", NUMBER_MESSAGES.zeroOrMore({ name, value: String(value) }));
  }
  const grade = riskGrade(input.riskScore);
  if (isFailure(grade)) return grade;

  const peak = new Money(input.peakExposure);
  const average = new Money(input.averageExposure);
  const terms = new Money(termsDays);
  const carried = terms.plus(input.daysBeyondTerms);
  const peakOnTerms = carried.isZero() ? peak : peak.times(terms).dividedBy(carried);
  const basis = peakOnTerms.gte(average) ? "peak" : "average";
  const need = basis === "peak" ? peakOnTerms : average;
  const factor = GRADE_FACTORS[grade];
  const historyLimit = need.times(factor);

  const capOf = (value: number | null | undefined, share: Decimal.Value): Decimal | null =>
    value === null || value === undefined ? null : Money.max(0, new Money(value).times(share));
  const netWorthCap = capOf(input.netWorth, FINANCIAL_SHARES.netWorth);
  const workingCapitalCap = capOf(input.workingCapital, FINANCIAL_SHARES.workingCapital);
  const revenueCap =
    input.annualRevenue === null || input.annualRevenue === undefined
      ? null
      : new Money(input.annualRevenue).dividedBy(12).times(FINANCIAL_SHARES.monthlyRevenue);

  let lowest = historyLimit;
  let boundBy: LimitBinding = "history";
  const candidates: [LimitBinding, Decimal | null][] = [
    ["netWorth", netWorthCap],
    ["workingCapital", workingCapitalCap],
    ["revenue", revenueCap],
  ];
  for (const [binding, cap] of candidates) {
    if (cap !== null && cap.lt(lowest)) {
      lowest = cap;
      boundBy = binding;
    }
  }
  const limit = roundDownLimit(lowest);
  const current = input.currentLimit ?? null;
  const change: LimitChange = current === null ? "set" : limit.gt(current) ? "raise" : limit.lt(current) ? "lower" : "keep";
  const cents = (value: Decimal | null) => (value === null ? null : moneyToNumber(value));
  return {
    limit: limit.toNumber(),
    need: moneyToNumber(need),
    basis,
    peakOnTerms: moneyToNumber(peakOnTerms),
    factor,
    grade,
    historyLimit: moneyToNumber(historyLimit),
    boundBy,
    caps: { netWorth: cents(netWorthCap), workingCapital: cents(workingCapitalCap), revenue: cents(revenueCap) },
    change,
    peakExposure: input.peakExposure,
    averageExposure: input.averageExposure,
    termsDays,
    daysBeyondTerms: input.daysBeyondTerms,
    netWorth: input.netWorth ?? null,
    workingCapital: input.workingCapital ?? null,
    annualRevenue: input.annualRevenue ?? null,
    currentLimit: current,
  };
}
