import { cashRatio as cashRatioCore } from "../core/metrics/cashRatio";
import { concentration as concentrationCore } from "../core/metrics/concentration";
import { creditUse as creditUseCore } from "../core/metrics/creditUse";
import { reviewFlag as reviewFlagCore } from "../core/metrics/reviewFlag";
import { workingCapitalRequirement } from "../core/metrics/workingCapitalRequirement";
import { aggregate } from "./convert";

/* Credit and liquidity measures of a customer or of the business. Amount ranges are summed,
   exactly to the cent; ratios are returned unrounded. */

const WCR = aggregate(
  [
    { name: "receivables", kind: "amount", range: true },
    { name: "inventory", kind: "amount", range: true },
    { name: "payables", kind: "amount", range: true },
  ] as const,
  workingCapitalRequirement,
);

/**
 * Working capital requirement: receivables + inventory − payables, in the currency, to the cent.
 * @customfunction WCR
 * @helpurl https://ar-credit-desk.example.com/help.html#wcr
 * @param receivables Trade receivables, e.g. 120000 (a range is summed).
 * @param inventory Inventory, e.g. 80000 (a range is summed).
 * @param payables Trade payables, e.g. 90000 (a range is summed).
 * @returns Money, e.g. 110000.
 */
export function wcr(receivables: any[][], inventory: any[][], payables: any[][]): number {
  return WCR(receivables, inventory, payables) as number;
}

const CASH_RATIO = aggregate(
  [
    { name: "cash", kind: "amount", range: true },
    { name: "marketable_securities", kind: "amount", range: true },
    { name: "current_liabilities", kind: "amount", range: true },
  ] as const,
  cashRatioCore,
);

/**
 * Cash ratio: (cash + marketable securities) / current liabilities, a customer's ability to pay its short-term debts at once.
 * @customfunction CASHRATIO
 * @helpurl https://ar-credit-desk.example.com/help.html#cashratio
 * @param cash Cash and equivalents, e.g. 50000 (a range is summed).
 * @param marketable_securities Marketable securities, e.g. 10000 (a range is summed).
 * @param current_liabilities Current liabilities, e.g. 120000 (a range is summed).
 * @returns A ratio, e.g. 0.5.
 */
export function cashRatio(cash: any[][], marketable_securities: any[][], current_liabilities: any[][]): number {
  return CASH_RATIO(cash, marketable_securities, current_liabilities) as number;
}

const CONCENTRATION = aggregate(
  [
    { name: "customers", kind: "text", range: true },
    { name: "amounts", kind: "amount", range: true },
    { name: "top_n", kind: "number", optional: true },
  ] as const,
  (customers, amounts, topN) => concentrationCore(customers, amounts, topN ?? undefined),
);

/**
 * Share of the total receivables held by the largest customers, amounts grouped by customer name (trimmed, case-insensitive).
 * @customfunction CONCENTRATION
 * @helpurl https://ar-credit-desk.example.com/help.html#concentration
 * @param customers Customer names, e.g. A2:A200.
 * @param amounts Open amounts aligned with customers, e.g. B2:B200; blank rows are skipped.
 * @param [top_n] How many of the largest customers, e.g. 5; default 1.
 * @returns A fraction from 0 to 1, e.g. 0.6 when the largest customer holds 600 of 1,000.
 */
export function concentration(customers: any[][], amounts: any[][], top_n?: any): number {
  return CONCENTRATION(customers, amounts, top_n) as number;
}

const CREDIT_USE = aggregate(
  [
    { name: "outstanding", kind: "amount", range: true },
    { name: "credit_limit", kind: "amount", range: true },
  ] as const,
  creditUseCore,
);

/**
 * Credit limit use: outstanding balance divided by the credit limit (1.25 = 125% used, over the limit).
 * @customfunction CREDITUSE
 * @helpurl https://ar-credit-desk.example.com/help.html#credituse
 * @param outstanding The customer's open balance, e.g. 62500 (a range is summed).
 * @param credit_limit The customer's credit limit, e.g. 50000.
 * @returns A fraction, e.g. 1.25.
 */
export function creditUse(outstanding: any[][], credit_limit: any[][]): number {
  return CREDIT_USE(outstanding, credit_limit) as number;
}

const REVIEW_FLAG = aggregate(
  [
    { name: "overdue_amount", kind: "amount", range: true },
    { name: "credit_limit", kind: "amount", range: true },
    { name: "threshold", kind: "rate", optional: true },
  ] as const,
  (overdue, limit, threshold) => reviewFlagCore(overdue, limit, threshold ?? undefined),
);

/**
 * TRUE when a customer's overdue amount reaches the threshold share of its credit limit (10% by default): time for a credit review.
 * @customfunction REVIEWFLAG
 * @helpurl https://ar-credit-desk.example.com/help.html#reviewflag
 * @param overdue_amount The customer's overdue balance, e.g. 5000 (a range is summed).
 * @param credit_limit The customer's credit limit, e.g. 50000.
 * @param [threshold] Share of the limit that triggers a review, as a fraction, e.g. 0.1 (the default) or 10%.
 * @returns TRUE or FALSE, e.g. TRUE for 5,000 overdue on a 50,000 limit.
 */
export function reviewFlag(overdue_amount: any[][], credit_limit: any[][], threshold?: any): boolean {
  return REVIEW_FLAG(overdue_amount, credit_limit, threshold) as boolean;
}
