import type Decimal from "decimal.js";
import { fail, isFailure, quote, type Result } from "../core/failure";
import { discountApr as discountAprCore } from "../core/financing/discountApr";
import { factorAdvance as factorAdvanceCore } from "../core/financing/factorAdvance";
import { factorApr as factorAprCore } from "../core/financing/factorApr";
import { factorFee as factorFeeCore } from "../core/financing/factorFee";
import { factorRebate as factorRebateCore } from "../core/financing/factorRebate";
import { insuranceClaim as insuranceClaimCore } from "../core/financing/insuranceClaim";
import { parsePaymentTerms } from "../core/terms/parsePaymentTerms";
import { aggregate, readCell, type CellValue } from "./convert";

/* Financing and recovery: factoring, early-payment discounts, credit insurance. Rates are
   fractions (Excel shows 80% as 0.8); money results are rounded to the cent at the end. */

const FACTOR_ADVANCE = aggregate(
  [
    { name: "amount", kind: "amount" },
    { name: "advance_rate", kind: "rate" },
  ] as const,
  factorAdvanceCore,
);

/**
 * Cash a factor advances on an invoice: amount × advance rate, to the cent.
 * @customfunction FACTORADVANCE
 * @helpurl https://ar-credit-desk.example.com/help.html#factoradvance
 * @param amount Invoice amount in the currency, e.g. 10000.
 * @param advance_rate Share advanced as a fraction above 0 and up to 1, typically 0.7 to 0.9, e.g. 0.8 or 80%.
 * @returns Money, e.g. 8000.
 */
export function factorAdvance(amount: any, advance_rate: any): number {
  return FACTOR_ADVANCE(amount, advance_rate) as number;
}

const FACTOR_FEE = aggregate(
  [
    { name: "amount", kind: "amount" },
    { name: "fee_rate", kind: "rate" },
    { name: "days", kind: "number" },
    { name: "period_days", kind: "number", optional: true },
  ] as const,
  (amount, feeRate, days, periodDays) => factorFeeCore(amount, feeRate, days, periodDays ?? undefined),
);

/**
 * Factoring fee: amount × fee rate × the number of fee periods started, ceil(days / period_days), at least one. To the cent.
 * @customfunction FACTORFEE
 * @helpurl https://ar-credit-desk.example.com/help.html#factorfee
 * @param amount Invoice amount in the currency, e.g. 10000.
 * @param fee_rate Fee per period as a fraction, e.g. 0.02 (2% per 30 days).
 * @param days Days until the customer pays, e.g. 45.
 * @param [period_days] Days per fee period, e.g. 30 (the default).
 * @returns Money, e.g. 400 for 45 days (two 30-day periods at 2% of 10,000).
 */
export function factorFee(amount: any, fee_rate: any, days: any, period_days?: any): number {
  return FACTOR_FEE(amount, fee_rate, days, period_days) as number;
}

const FACTOR_REBATE = aggregate(
  [
    { name: "amount", kind: "amount" },
    { name: "advance_rate", kind: "rate" },
    { name: "fee_rate", kind: "rate" },
    { name: "days", kind: "number" },
    { name: "period_days", kind: "number", optional: true },
  ] as const,
  (amount, advanceRate, feeRate, days, periodDays) =>
    factorRebateCore(amount, advanceRate, feeRate, days, periodDays ?? undefined),
);

/**
 * Reserve the factor releases when the customer pays: amount − advance − fee, to the cent (negative if the fee outgrows the reserve).
 * @customfunction FACTORREBATE
 * @helpurl https://ar-credit-desk.example.com/help.html#factorrebate
 * @param amount Invoice amount in the currency, e.g. 10000.
 * @param advance_rate Share advanced as a fraction, e.g. 0.8.
 * @param fee_rate Fee per period as a fraction, e.g. 0.02.
 * @param days Days until the customer pays, e.g. 45.
 * @param [period_days] Days per fee period, e.g. 30 (the default).
 * @returns Money, e.g. 1600 (10,000 − 8,000 − 400).
 */
export function factorRebate(amount: any, advance_rate: any, fee_rate: any, days: any, period_days?: any): number {
  return FACTOR_REBATE(amount, advance_rate, fee_rate, days, period_days) as number;
}

const FACTOR_APR = aggregate(
  [
    { name: "advance_rate", kind: "rate" },
    { name: "fee_rate", kind: "rate" },
    { name: "days", kind: "number" },
    { name: "period_days", kind: "number", optional: true },
  ] as const,
  (advanceRate, feeRate, days, periodDays) => factorAprCore(advanceRate, feeRate, days, periodDays ?? undefined),
);

/**
 * Annualised cost of a factoring advance: (fee rate × periods / advance rate) × 365 / days, as a fraction.
 * @customfunction FACTORAPR
 * @helpurl https://ar-credit-desk.example.com/help.html#factorapr
 * @param advance_rate Share advanced as a fraction, e.g. 0.8.
 * @param fee_rate Fee per period as a fraction, e.g. 0.02.
 * @param days Days until the customer pays, e.g. 60.
 * @param [period_days] Days per fee period, e.g. 30 (the default).
 * @returns An annual rate as a fraction, e.g. 0.3042 (30.4%) for 2 periods of 2% on an 80% advance over 60 days.
 */
export function factorApr(advance_rate: any, fee_rate: any, days: any, period_days?: any): number {
  return FACTOR_APR(advance_rate, fee_rate, days, period_days) as number;
}

/** The discount and its days, from terms text ("2/10 net 30") or from a fraction and two day counts. */
function discountTerms(
  given: CellValue,
  discountDays: number | null,
  netDays: number | null,
): Result<[number | Decimal, number, number]> {
  const rate = readCell(given, { name: "discount_or_terms", kind: "rate" });
  if (!isFailure(rate)) {
    if (discountDays === null) return fail("missing", "discount_days is blank; give it, or terms text such as 2/10 net 30");
    if (netDays === null) return fail("missing", "net_days is blank; give it, or terms text such as 2/10 net 30");
    return [rate, discountDays, netDays];
  }
  const terms = parsePaymentTerms(given);
  if (isFailure(terms)) return terms;
  if (terms.discount === undefined)
    return fail("unreadable", `the terms ${quote(String(given))} have no early-payment discount (e.g. 2/10 net 30)`);
  return [terms.discount.rate, terms.discount.days, terms.netDays];
}

const DISCOUNT_APR = aggregate(
  [
    { name: "discount_or_terms", kind: "value" },
    { name: "discount_days", kind: "number", optional: true },
    { name: "net_days", kind: "number", optional: true },
    { name: "compound", kind: "boolean", optional: true },
  ] as const,
  (given, discountDays, netDays, compound) => {
    const terms = discountTerms(given, discountDays, netDays);
    return isFailure(terms) ? terms : discountAprCore(terms[0], terms[1], terms[2], compound ?? false);
  },
);

/**
 * Annual cost of not taking an early-payment discount. Simple: d/(1−d) × 365/(net − discount days); compound (TRUE): (1 + d/(1−d))^(365/(net − discount days)) − 1.
 * @customfunction DISCOUNTAPR
 * @helpurl https://ar-credit-desk.example.com/help.html#discountapr
 * @param discount_or_terms Terms text such as "2/10 net 30", or the discount as a fraction, e.g. 0.02 or 2%.
 * @param [discount_days] Days within which the discount applies, e.g. 10; read from the terms text when given there.
 * @param [net_days] Days until the full amount is due, e.g. 30; read from the terms text when given there.
 * @param [compound] TRUE for the compounded (effective) annual rate; FALSE or blank for the simple rate.
 * @returns An annual rate as a fraction, e.g. 0.3724 for 2/10 net 30 (0.4459 compounded).
 */
export function discountApr(discount_or_terms: any, discount_days?: any, net_days?: any, compound?: any): number {
  return DISCOUNT_APR(discount_or_terms, discount_days, net_days, compound) as number;
}

const INSURANCE_CLAIM = aggregate(
  [
    { name: "loss", kind: "amount" },
    { name: "indemnity_rate", kind: "rate", optional: true },
    { name: "deductible", kind: "amount", optional: true },
  ] as const,
  (loss, rate, deductible) => insuranceClaimCore(loss, rate ?? undefined, deductible ?? undefined),
);

/**
 * Credit-insurance indemnity: (loss − deductible, not below 0) × indemnity rate, to the cent.
 * @customfunction INSURANCECLAIM
 * @helpurl https://ar-credit-desk.example.com/help.html#insuranceclaim
 * @param loss The insured loss in the currency, e.g. 50000.
 * @param [indemnity_rate] Share the policy pays as a fraction, e.g. 0.9 (the default, 90%).
 * @param [deductible] The first loss the insured bears, e.g. 5000; default 0.
 * @returns Money, e.g. 40500 for a 50,000 loss, 5,000 deductible, 90% indemnity.
 */
export function insuranceClaim(loss: any, indemnity_rate?: any, deductible?: any): number {
  return INSURANCE_CLAIM(loss, indemnity_rate, deductible) as number;
}
