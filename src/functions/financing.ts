import { isFailure, type Result } from "../core/failure";
import { discountApr as discountAprCore } from "../core/financing/discountApr";
import { discountTerms } from "../core/financing/discountTerms";
import { ADVANCE_RATE_RULE, factorAdvance as factorAdvanceCore } from "../core/financing/factorAdvance";
import { factorApr as factorAprCore } from "../core/financing/factorApr";
import { FEE_RATE_RULE, factorFee as factorFeeCore } from "../core/financing/factorFee";
import { factorRebate as factorRebateCore } from "../core/financing/factorRebate";
import { insuranceClaim as insuranceClaimCore } from "../core/financing/insuranceClaim";
import { lateInterest as lateInterestCore, type RatePeriod } from "../core/financing/lateInterest";
import { MAX_INSTALLMENTS, paymentPlan as paymentPlanCore } from "../core/financing/paymentPlan";
import {
  defineFunction,
  elementwise,
  getDateSystem,
  lastResult,
  rateBounds,
  readTableRows,
  toMatrix,
  type ArgSpec,
} from "./convert";

/* Financing and recovery: factoring, early-payment discounts, credit insurance, late interest and
   installment plans. Rates are fractions (Excel shows 80% as 0.8); money results are rounded to the
   cent at the end; plan dates are serials in the workbook's date system. */

const ADVANCE_RATE = { name: "advance_rate", kind: "rate", ...rateBounds(ADVANCE_RATE_RULE) } as const;
const FEE_RATE = { name: "fee_rate", kind: "rate", ...rateBounds(FEE_RATE_RULE) } as const;
const FEE_DAYS = { name: "days", kind: "number", min: 0, example: "45" } as const;
const PERIOD_DAYS = { name: "period_days", kind: "number", optional: true, default: 30 } as const;
const INDEMNITY_RATE_RULE = { name: "indemnity_rate", example: "0.9" } as const;

export const FACTOR_ADVANCE = defineFunction({
  id: "FACTORADVANCE",
  mode: "aggregate",
  specs: [{ name: "amount", kind: "amount" }, ADVANCE_RATE] as const,
  compute: factorAdvanceCore,
});

/**
 * Cash a factor advances on an invoice: amount × advance rate, to the cent.
 * @customfunction FACTORADVANCE
 * @helpurl https://ar-credit-desk.example.com/help.html#factoradvance
 * @param amount Invoice amount in the currency, e.g. 10000.
 * @param advance_rate Share advanced as a fraction above 0 and up to 1, typically 0.7 to 0.9, e.g. 0.8 or 80%.
 * @returns Money, e.g. 8000.
 */
export function factorAdvance(amount: any, advance_rate: any): number {
  return FACTOR_ADVANCE.call(amount, advance_rate) as number;
}

export const FACTOR_FEE = defineFunction({
  id: "FACTORFEE",
  mode: "aggregate",
  specs: [{ name: "amount", kind: "amount" }, FEE_RATE, FEE_DAYS, PERIOD_DAYS] as const,
  compute: factorFeeCore,
});

/**
 * Factoring fee: amount × fee rate × the number of fee periods started, ceil(days / period_days), at least one. To the cent.
 * @customfunction FACTORFEE
 * @helpurl https://ar-credit-desk.example.com/help.html#factorfee
 * @param amount Invoice amount in the currency, e.g. 10000.
 * @param fee_rate Fee per period as a fraction from 0 to 1, e.g. 0.02 (2% per 30 days).
 * @param days Days until the customer pays, 0 or more, e.g. 45.
 * @param [period_days] Days per fee period, e.g. 30 (the default).
 * @returns Money, e.g. 400 for 45 days (two 30-day periods at 2% of 10,000).
 */
export function factorFee(amount: any, fee_rate: any, days: any, period_days?: any): number {
  return FACTOR_FEE.call(amount, fee_rate, days, period_days) as number;
}

export const FACTOR_REBATE = defineFunction({
  id: "FACTORREBATE",
  mode: "aggregate",
  specs: [{ name: "amount", kind: "amount" }, ADVANCE_RATE, FEE_RATE, FEE_DAYS, PERIOD_DAYS] as const,
  compute: factorRebateCore,
});

/**
 * Reserve the factor releases when the customer pays: amount − advance − fee, to the cent (negative if the fee outgrows the reserve).
 * @customfunction FACTORREBATE
 * @helpurl https://ar-credit-desk.example.com/help.html#factorrebate
 * @param amount Invoice amount in the currency, e.g. 10000.
 * @param advance_rate Share advanced as a fraction above 0 and up to 1, e.g. 0.8.
 * @param fee_rate Fee per period as a fraction from 0 to 1, e.g. 0.02.
 * @param days Days until the customer pays, 0 or more, e.g. 45.
 * @param [period_days] Days per fee period, e.g. 30 (the default).
 * @returns Money, e.g. 1600 (10,000 − 8,000 − 400).
 */
export function factorRebate(amount: any, advance_rate: any, fee_rate: any, days: any, period_days?: any): number {
  return FACTOR_REBATE.call(amount, advance_rate, fee_rate, days, period_days) as number;
}

export const FACTOR_APR = defineFunction({
  id: "FACTORAPR",
  mode: "aggregate",
  specs: [ADVANCE_RATE, FEE_RATE, { name: "days", kind: "number" }, PERIOD_DAYS] as const,
  compute: factorAprCore,
});

/**
 * Annualised cost of a factoring advance: (fee rate × periods / advance rate) × 365 / days, as a fraction.
 * @customfunction FACTORAPR
 * @helpurl https://ar-credit-desk.example.com/help.html#factorapr
 * @param advance_rate Share advanced as a fraction above 0 and up to 1, e.g. 0.8.
 * @param fee_rate Fee per period as a fraction from 0 to 1, e.g. 0.02.
 * @param days Days until the customer pays, e.g. 60.
 * @param [period_days] Days per fee period, e.g. 30 (the default).
 * @returns An annual rate as a fraction, e.g. 0.3042 (30.4%) for 2 periods of 2% on an 80% advance over 60 days.
 */
export function factorApr(advance_rate: any, fee_rate: any, days: any, period_days?: any): number {
  return FACTOR_APR.call(advance_rate, fee_rate, days, period_days) as number;
}

export const DISCOUNT_APR = defineFunction({
  id: "DISCOUNTAPR",
  mode: "aggregate",
  specs: [
    { name: "discount_or_terms", kind: "rateOrValue" },
    { name: "discount_days", kind: "number", optional: true },
    { name: "net_days", kind: "number", optional: true },
    { name: "compound", kind: "boolean", optional: true, default: false },
  ] as const,
  compute: (given, discountDays, netDays, compound) => {
    const terms = discountTerms(given, discountDays, netDays);
    return isFailure(terms) ? terms : discountAprCore(terms.discount, terms.discountDays, terms.netDays, compound);
  },
});

/**
 * Annual cost of not taking an early-payment discount. Simple: d/(1−d) × 365/(net − discount days); compound (TRUE): (1 + d/(1−d))^(365/(net − discount days)) − 1.
 * @customfunction DISCOUNTAPR
 * @helpurl https://ar-credit-desk.example.com/help.html#discountapr
 * @param discount_or_terms Terms text such as "2/10 net 30", or the discount as a fraction, e.g. 0.02 or 2%.
 * @param [discount_days] Days within which the discount applies, e.g. 10; read from the terms text when given there.
 * @param [net_days] Days until the full amount is due, e.g. 30; read from the terms text when given there.
 * @param [compound] TRUE for the compounded (effective) annual rate; FALSE or blank (the default) for the simple rate.
 * @returns An annual rate as a fraction, e.g. 0.3724 for 2/10 net 30 (0.4459 compounded).
 */
export function discountApr(discount_or_terms: any, discount_days?: any, net_days?: any, compound?: any): number {
  return DISCOUNT_APR.call(discount_or_terms, discount_days, net_days, compound) as number;
}

export const INSURANCE_CLAIM = defineFunction({
  id: "INSURANCECLAIM",
  mode: "aggregate",
  specs: [
    { name: "loss", kind: "amount" },
    { name: "indemnity_rate", kind: "rate", optional: true, default: 0.9, ...rateBounds(INDEMNITY_RATE_RULE) },
    { name: "deductible", kind: "amount", optional: true, default: 0, min: 0, example: "5000" },
  ] as const,
  compute: insuranceClaimCore,
});

/**
 * Credit-insurance indemnity: (loss − deductible, not below 0) × indemnity rate, to the cent.
 * @customfunction INSURANCECLAIM
 * @helpurl https://ar-credit-desk.example.com/help.html#insuranceclaim
 * @param loss The insured loss in the currency, e.g. 50000.
 * @param [indemnity_rate] Share the policy pays as a fraction from 0 to 1, e.g. 0.9 (the default, 90%).
 * @param [deductible] The first loss the insured bears, 0 or more, e.g. 5000; default 0.
 * @returns Money, e.g. 40500 for a 50,000 loss, 5,000 deductible, 90% indemnity.
 */
export function insuranceClaim(loss: any, indemnity_rate?: any, deductible?: any): number {
  return INSURANCE_CLAIM.call(loss, indemnity_rate, deductible) as number;
}

const RATE_TABLE_COLUMNS: readonly ArgSpec[] = [
  { name: "effective_from", kind: "date" },
  { name: "rate", kind: "rate" },
];

/** A rate table `effective_from | annual rate`, read once per call. */
const rateTableOf = lastResult((table: unknown[][]): Result<RatePeriod[]> => {
  const rows = readTableRows(table, RATE_TABLE_COLUMNS);
  return isFailure(rows) ? rows : rows.map(([from, rate]) => ({ effectiveFrom: from as number, annualRate: rate as number }));
});

const LEAD_ARGS = [
  { name: "amount", kind: "amount" },
  { name: "due_date", kind: "date" },
  { name: "as_of", kind: "date" },
] as const;
const TAIL_ARGS = [
  { name: "rate_basis", kind: "text", optional: true, default: "annual", allowed: ["annual", "daily"] },
  { name: "day_count", kind: "number", optional: true, default: 365, allowed: [365, 360] },
  { name: "fixed_fee", kind: "amount", optional: true, default: 0, min: 0, example: "40" },
] as const;

/** A two-column rate range is a rate table, unless it is one rate per amount (the same shape as amount). */
function isRateTable(amount: unknown, _due: unknown, _asOf: unknown, rate: unknown): boolean {
  const m = toMatrix(rate);
  const lead = toMatrix(amount);
  const sameShape = m.length === lead.length && m[0].length === lead[0].length;
  return m[0].length === 2 && !sameShape;
}

const LATE_INTEREST_BY_TABLE = elementwise(
  [...LEAD_ARGS, { name: "rate", kind: "table" }, ...TAIL_ARGS] as const,
  (amount, due, asOf, table, basis, dayCount, fee) => {
    const periods = rateTableOf(table);
    return isFailure(periods) ? periods : lateInterestCore(amount, due, asOf, periods, basis, dayCount, fee);
  },
);

export const LATE_INTEREST = defineFunction({
  id: "LATEINTEREST",
  mode: "elementwise",
  specs: [...LEAD_ARGS, { name: "rate", kind: "rate" }, ...TAIL_ARGS] as const,
  compute: lateInterestCore,
  alternative: { when: isRateTable, call: LATE_INTEREST_BY_TABLE },
});

/**
 * Simple late-payment interest on each overdue amount for the days past due (from the day after the due date to as_of), plus a fixed fee once any day has run. Annual basis: amount × rate × days / day_count; daily basis: amount × rate × days. To the cent. Spills one result per amount.
 * @customfunction LATEINTEREST
 * @helpurl https://ar-credit-desk.example.com/help.html#lateinterest
 * @param amount Overdue amount(s) in the currency, e.g. 10000, or a column of them.
 * @param due_date Due date(s), e.g. 2025-01-31; one cell or one per amount.
 * @param as_of The date interest runs to, e.g. 2025-03-02; one cell or one per amount.
 * @param rate Interest rate as a fraction, e.g. 0.1215 a year or 0.0005 a day; or a two-column range effective_from | annual rate for rates that change (e.g. EU reference rate + 8 points each half-year).
 * @param [rate_basis] "annual" (default) or "daily".
 * @param [day_count] Days in the interest year for the annual basis: 365 (default) or 360.
 * @param [fixed_fee] A fixed compensation added once the invoice is late, 0 or more, e.g. 40 under the EU late-payment directive; default 0.
 * @returns Money, e.g. 99.86 for 10,000 at 12.15% a year over 30 days.
 */
export function lateInterest(
  amount: any[][],
  due_date: any[][],
  as_of: any[][],
  rate: any[][],
  rate_basis?: any,
  day_count?: any,
  fixed_fee?: any,
): any[][] {
  return LATE_INTEREST.call(amount, due_date, as_of, rate, rate_basis, day_count, fixed_fee);
}

const MONTHS = { en: "months", zh: "月数" } as const;

const PLAN_HEADER = ["No", "Due date", "Payment", "Interest", "Principal", "Balance"];

export const PAYMENT_PLAN = defineFunction({
  id: "PAYMENTPLAN",
  mode: "aggregate",
  spill: true,
  specs: [
    { name: "amount", kind: "amount", min: 0, minExclusive: true, example: "10000" },
    { name: "installments", kind: "number", whole: true, min: 1, max: MAX_INSTALLMENTS, example: "12" },
    { name: "first_date", kind: "date" },
    { name: "interval_months", kind: "number", optional: true, default: 1, whole: true, min: 1, unit: MONTHS, example: "1 or 3" },
    { name: "annual_rate", kind: "rate", optional: true, default: 0, ...rateBounds({ name: "annual_rate", example: "0.12" }) },
  ] as const,
  compute: (amount, installments, first, interval, rate) => {
    const plan = paymentPlanCore(amount, installments, first, interval, rate, getDateSystem());
    if (isFailure(plan)) return plan;
    const rows = plan.map((row) => [
      row.no,
      row.dueSerial,
      row.payment.toNumber(),
      row.interest.toNumber(),
      row.principal.toNumber(),
      row.balance.toNumber(),
    ]);
    return [PLAN_HEADER, ...rows];
  },
});

/**
 * An installment plan to spill: a header row (No, Due date, Payment, Interest, Principal, Balance) and one row per installment. Without interest the payments are equal to the cent, the last one absorbing the rounding; with interest they are annuity payments and the last one clears the balance exactly.
 * @customfunction PAYMENTPLAN
 * @helpurl https://ar-credit-desk.example.com/help.html#paymentplan
 * @param amount The amount to spread in the currency, above 0, e.g. 10000.
 * @param installments Number of payments, a whole number from 1 to 1200, e.g. 12.
 * @param first_date Due date of the first payment, e.g. 2025-01-31; later ones step whole months (Jan 31 → Feb 28 → Mar 31).
 * @param [interval_months] Months between payments, a whole number from 1 up, e.g. 1 (the default) or 3 for quarterly.
 * @param [annual_rate] Nominal annual interest rate as a fraction from 0 to 1, e.g. 0.12; default 0.
 * @returns A table; e.g. 1000 in 3 monthly payments at 12% gives payments 340.02, 340.02 and 340.03 (interest 10.00, 6.70, 3.37).
 */
export function paymentPlan(amount: any, installments: any, first_date: any, interval_months?: any, annual_rate?: any): any[][] {
  return PAYMENT_PLAN.call(amount, installments, first_date, interval_months, annual_rate) as any[][];
}
