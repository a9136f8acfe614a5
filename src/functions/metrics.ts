import { averageDaysDelinquent } from "../core/metrics/averageDaysDelinquent";
import { averageDaysLate } from "../core/metrics/averageDaysLate";
import { bestPossibleDso } from "../core/metrics/bestPossibleDso";
import { cashConversionCycle } from "../core/metrics/cashConversionCycle";
import { collectionEffectivenessIndex } from "../core/metrics/collectionEffectivenessIndex";
import { daysToPay as daysToPayCore } from "../core/metrics/daysToPay";
import { dso as dsoCore } from "../core/metrics/dso";
import { dsoCountback as dsoCountbackCore } from "../core/metrics/dsoCountback";
import { receivablesTurnover } from "../core/metrics/receivablesTurnover";
import { cashRatio as cashRatioCore } from "../core/metrics/cashRatio";
import { concentration as concentrationCore } from "../core/metrics/concentration";
import { creditUse as creditUseCore } from "../core/metrics/creditUse";
import { reviewFlag as reviewFlagCore } from "../core/metrics/reviewFlag";
import { workingCapitalRequirement } from "../core/metrics/workingCapitalRequirement";
import { defineFunction, rateBounds } from "./convert";

/* Receivables metrics: days sales outstanding and its relatives. Ranges are summed (blank cells
   skipped, as SUM does); a text cell that is not an amount is #VALUE!, not silently 0. */

export const DSO = defineFunction({
  id: "DSO",
  mode: "aggregate",
  specs: [
    { name: "receivables", kind: "amount", range: true },
    { name: "credit_sales", kind: "amount", range: true },
    { name: "days", kind: "number", optional: true, default: 365 },
  ] as const,
  compute: dsoCore,
});

/**
 * Days sales outstanding: total receivables divided by total credit sales, times the days in the period. Unrounded.
 * @customfunction DSO
 * @helpurl https://ar-credit-desk.example.com/help.html#dso
 * @param receivables Receivables at the end of the period in the currency, e.g. 120000, or a range that is summed.
 * @param credit_sales Credit sales over the same period, e.g. 730000, or a range that is summed.
 * @param [days] Days in the period, e.g. 365 (the default), 90 for a quarter, 30 for a month.
 * @returns Days, e.g. 60 for 120,000 of receivables on 730,000 of yearly sales.
 */
export function dso(receivables: any[][], credit_sales: any[][], days?: any): number {
  return DSO.call(receivables, credit_sales, days) as number;
}

export const DSO_COUNTBACK = defineFunction({
  id: "DSOCOUNTBACK",
  mode: "aggregate",
  specs: [
    { name: "receivables", kind: "amount", range: true },
    { name: "period_sales", kind: "amount", range: true },
    { name: "period_days", kind: "number", range: true, optional: true, default: [30] },
  ] as const,
  compute: (receivables, sales, days) =>
    dsoCountbackCore(receivables, sales, days.length === 1 && days[0] !== null ? days[0] : days),
});

/**
 * Countback (exhaustion) DSO: walking back from the most recent period, how many days of sales the receivables balance covers. Not moved by seasonal sales as the averaged DSO is.
 * @customfunction DSOCOUNTBACK
 * @helpurl https://ar-credit-desk.example.com/help.html#dsocountback
 * @param receivables Receivables at the end of the latest period, e.g. 600000 (a range is summed).
 * @param period_sales Credit sales per period, oldest first, most recent last, e.g. monthly sales in B2:B13.
 * @param [period_days] Days per period: one number for all (30, the default) or a range aligned with period_sales, e.g. {31,28,31}.
 * @returns Days, e.g. 66.75 for 600,000 against monthly sales 200,000 / 250,000 / 300,000 of 31, 28 and 31 days.
 */
export function dsoCountback(receivables: any[][], period_sales: any[][], period_days?: any[][]): number {
  return DSO_COUNTBACK.call(receivables, period_sales, period_days) as number;
}

export const BPDSO = defineFunction({
  id: "BPDSO",
  mode: "aggregate",
  specs: [
    { name: "current_receivables", kind: "amount", range: true },
    { name: "credit_sales", kind: "amount", range: true },
    { name: "days", kind: "number", optional: true, default: 365 },
  ] as const,
  compute: bestPossibleDso,
});

/**
 * Best possible DSO: the not-yet-due receivables divided by credit sales, times the days in the period; the DSO you would have if every customer paid on time.
 * @customfunction BPDSO
 * @helpurl https://ar-credit-desk.example.com/help.html#bpdso
 * @param current_receivables Receivables not yet due at the end of the period, e.g. 80000 (a range is summed).
 * @param credit_sales Credit sales over the period, e.g. 730000 (a range is summed).
 * @param [days] Days in the period, e.g. 365 (the default).
 * @returns Days, e.g. 40 for 80,000 current on 730,000 of yearly sales.
 */
export function bpdso(current_receivables: any[][], credit_sales: any[][], days?: any): number {
  return BPDSO.call(current_receivables, credit_sales, days) as number;
}

export const ADD = defineFunction({
  id: "ADD",
  mode: "aggregate",
  specs: [
    { name: "receivables", kind: "amount", range: true },
    { name: "current_receivables", kind: "amount", range: true },
    { name: "credit_sales", kind: "amount", range: true },
    { name: "days", kind: "number", optional: true, default: 365 },
  ] as const,
  compute: averageDaysDelinquent,
});

/**
 * Average days delinquent: DSO minus best possible DSO, the days customers add by paying late.
 * @customfunction ADD
 * @helpurl https://ar-credit-desk.example.com/help.html#add
 * @param receivables All receivables at the end of the period, e.g. 120000 (a range is summed).
 * @param current_receivables The not-yet-due part of them, e.g. 80000 (a range is summed).
 * @param credit_sales Credit sales over the period, e.g. 730000 (a range is summed).
 * @param [days] Days in the period, e.g. 365 (the default).
 * @returns Days, e.g. 20 (DSO 60 − best possible DSO 40).
 */
export function add(receivables: any[][], current_receivables: any[][], credit_sales: any[][], days?: any): number {
  return ADD.call(receivables, current_receivables, credit_sales, days) as number;
}

export const CEI = defineFunction({
  id: "CEI",
  mode: "aggregate",
  specs: [
    { name: "beginning_receivables", kind: "amount", range: true },
    { name: "credit_sales", kind: "amount", range: true },
    { name: "ending_receivables", kind: "amount", range: true },
    { name: "ending_current_receivables", kind: "amount", range: true },
    { name: "periods", kind: "number", optional: true },
  ] as const,
  compute: collectionEffectivenessIndex,
});

/**
 * Collection effectiveness index as a fraction (0.8 = 80%): what was collected over what was collectable, (beginning + sales − ending) / (beginning + sales − ending current).
 * @customfunction CEI
 * @helpurl https://ar-credit-desk.example.com/help.html#cei
 * @param beginning_receivables Receivables at the start of the span, e.g. 500000.
 * @param credit_sales Credit sales over the span, e.g. 600000.
 * @param ending_receivables Receivables at the end, e.g. 550000.
 * @param ending_current_receivables The not-yet-due part of the ending receivables, e.g. 400000.
 * @param [periods] Number of periods the sales span, e.g. 3 months; the sales are then averaged per period (Credit Research Foundation formula).
 * @returns A fraction, e.g. 0.5 for the example values with periods 3.
 */
export function cei(
  beginning_receivables: any[][],
  credit_sales: any[][],
  ending_receivables: any[][],
  ending_current_receivables: any[][],
  periods?: any,
): number {
  return CEI.call(beginning_receivables, credit_sales, ending_receivables, ending_current_receivables, periods) as number;
}

export const TURNOVER = defineFunction({
  id: "TURNOVER",
  mode: "aggregate",
  specs: [
    { name: "credit_sales", kind: "amount", range: true },
    { name: "average_receivables", kind: "amount", range: true },
  ] as const,
  compute: receivablesTurnover,
});

/**
 * Receivables turnover: credit sales divided by average receivables, how many times a year the receivables are collected.
 * @customfunction TURNOVER
 * @helpurl https://ar-credit-desk.example.com/help.html#turnover
 * @param credit_sales Credit sales over the period, e.g. 720000 (a range is summed).
 * @param average_receivables Average receivables over the period, e.g. 120000 (a range is summed).
 * @returns Times per period, e.g. 6 for 720,000 of sales on 120,000 of average receivables.
 */
export function turnover(credit_sales: any[][], average_receivables: any[][]): number {
  return TURNOVER.call(credit_sales, average_receivables) as number;
}

export const DAYS_TO_PAY = defineFunction({
  id: "DAYSTOPAY",
  mode: "aggregate",
  specs: [
    { name: "invoice_dates", kind: "date", range: true },
    { name: "paid_dates", kind: "date", range: true },
    { name: "amounts", kind: "amount", range: true, optional: true },
  ] as const,
  compute: daysToPayCore,
});

/**
 * Average days from invoice to payment over the rows that have both dates (open invoices are left out); weighted by amount when amounts are given.
 * @customfunction DAYSTOPAY
 * @helpurl https://ar-credit-desk.example.com/help.html#daystopay
 * @param invoice_dates Invoice dates, e.g. C2:C200: date cells, or text: yyyy-mm-dd, 30 Jun 2025, or day-month text whose order the range proves (30/06/2025).
 * @param paid_dates Paid dates aligned with invoice_dates, blank while unpaid, e.g. F2:F200.
 * @param [amounts] Invoice amounts aligned with them, to weight each row, e.g. B2:B200.
 * @returns Days, e.g. 20 for invoices paid after 30 and 10 days.
 */
export function daysToPay(invoice_dates: any[][], paid_dates: any[][], amounts?: any[][]): number {
  return DAYS_TO_PAY.call(invoice_dates, paid_dates, amounts) as number;
}

export const AVG_DAYS_LATE = defineFunction({
  id: "AVGDAYSLATE",
  mode: "aggregate",
  specs: [
    { name: "due_dates", kind: "date", range: true },
    { name: "paid_dates", kind: "date", range: true },
    { name: "amounts", kind: "amount", range: true, optional: true },
  ] as const,
  compute: averageDaysLate,
});

/**
 * Average days paid after the due date over the paid rows (paying early counts as 0 days late); weighted by amount when amounts are given.
 * @customfunction AVGDAYSLATE
 * @helpurl https://ar-credit-desk.example.com/help.html#avgdayslate
 * @param due_dates Due dates, e.g. D2:D200.
 * @param paid_dates Paid dates aligned with due_dates, blank while unpaid, e.g. F2:F200.
 * @param [amounts] Invoice amounts aligned with them, to weight each row, e.g. B2:B200.
 * @returns Days, e.g. 5 for one invoice paid 10 days late and one paid early.
 */
export function avgDaysLate(due_dates: any[][], paid_dates: any[][], amounts?: any[][]): number {
  return AVG_DAYS_LATE.call(due_dates, paid_dates, amounts) as number;
}

export const CCC = defineFunction({
  id: "CCC",
  mode: "aggregate",
  specs: [
    { name: "dso", kind: "number" },
    { name: "dio", kind: "number" },
    { name: "dpo", kind: "number" },
  ] as const,
  compute: cashConversionCycle,
});

/**
 * Cash conversion cycle in days: DSO + days inventory outstanding − days payables outstanding.
 * @customfunction CCC
 * @helpurl https://ar-credit-desk.example.com/help.html#ccc
 * @param dso Days sales outstanding, e.g. 45.
 * @param dio Days inventory outstanding, e.g. 30.
 * @param dpo Days payables outstanding, e.g. 40.
 * @returns Days, e.g. 35.
 */
export function ccc(dso: any, dio: any, dpo: any): number {
  return CCC.call(dso, dio, dpo) as number;
}

const CUSTOMERS = { en: "customers", zh: "客户数" } as const;

/* Credit and liquidity measures of a customer or of the business. Amount ranges are summed,
   exactly to the cent; ratios are returned unrounded. */

export const WCR = defineFunction({
  id: "WCR",
  mode: "aggregate",
  specs: [
    { name: "receivables", kind: "amount", range: true },
    { name: "inventory", kind: "amount", range: true },
    { name: "payables", kind: "amount", range: true },
  ] as const,
  compute: workingCapitalRequirement,
});

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
  return WCR.call(receivables, inventory, payables) as number;
}

export const CASH_RATIO = defineFunction({
  id: "CASHRATIO",
  mode: "aggregate",
  specs: [
    { name: "cash", kind: "amount", range: true },
    { name: "marketable_securities", kind: "amount", range: true },
    { name: "current_liabilities", kind: "amount", range: true },
  ] as const,
  compute: cashRatioCore,
});

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
  return CASH_RATIO.call(cash, marketable_securities, current_liabilities) as number;
}

export const CONCENTRATION = defineFunction({
  id: "CONCENTRATION",
  mode: "aggregate",
  specs: [
    { name: "customers", kind: "text", range: true },
    { name: "amounts", kind: "amount", range: true },
    { name: "top_n", kind: "number", optional: true, default: 1, whole: true, min: 1, unit: CUSTOMERS, example: "5" },
  ] as const,
  compute: concentrationCore,
});

/**
 * Share of the total receivables held by the largest customers, amounts grouped by customer name (trimmed, case-insensitive).
 * @customfunction CONCENTRATION
 * @helpurl https://ar-credit-desk.example.com/help.html#concentration
 * @param customers Customer names, e.g. A2:A200.
 * @param amounts Open amounts aligned with customers, e.g. B2:B200; blank rows are skipped.
 * @param [top_n] How many of the largest customers, a whole number from 1 up, e.g. 5; default 1.
 * @returns A fraction from 0 to 1, e.g. 0.6 when the largest customer holds 600 of 1,000.
 */
export function concentration(customers: any[][], amounts: any[][], top_n?: any): number {
  return CONCENTRATION.call(customers, amounts, top_n) as number;
}

export const CREDIT_USE = defineFunction({
  id: "CREDITUSE",
  mode: "aggregate",
  specs: [
    { name: "outstanding", kind: "amount", range: true },
    { name: "credit_limit", kind: "amount", range: true },
  ] as const,
  compute: creditUseCore,
});

/**
 * Credit limit use: outstanding balance divided by the credit limit (1.25 = 125% used, over the limit).
 * @customfunction CREDITUSE
 * @helpurl https://ar-credit-desk.example.com/help.html#credituse
 * @param outstanding The customer's open balance, e.g. 62500 (a range is summed).
 * @param credit_limit The customer's credit limit, e.g. 50000.
 * @returns A fraction, e.g. 1.25.
 */
export function creditUse(outstanding: any[][], credit_limit: any[][]): number {
  return CREDIT_USE.call(outstanding, credit_limit) as number;
}

export const REVIEW_FLAG = defineFunction({
  id: "REVIEWFLAG",
  mode: "aggregate",
  specs: [
    { name: "overdue_amount", kind: "amount", range: true },
    { name: "credit_limit", kind: "amount", range: true },
    { name: "threshold", kind: "rate", optional: true, default: 0.1, ...rateBounds({ name: "threshold", example: "0.1" }) },
  ] as const,
  compute: reviewFlagCore,
});

/**
 * TRUE when a customer's overdue amount reaches the threshold share of its credit limit (10% by default): time for a credit review.
 * @customfunction REVIEWFLAG
 * @helpurl https://ar-credit-desk.example.com/help.html#reviewflag
 * @param overdue_amount The customer's overdue balance, e.g. 5000 (a range is summed).
 * @param credit_limit The customer's credit limit, e.g. 50000.
 * @param [threshold] Share of the limit that triggers a review, as a fraction from 0 to 1, e.g. 0.1 (the default) or 10%.
 * @returns TRUE or FALSE, e.g. TRUE for 5,000 overdue on a 50,000 limit.
 */
export function reviewFlag(overdue_amount: any[][], credit_limit: any[][], threshold?: any): boolean {
  return REVIEW_FLAG.call(overdue_amount, credit_limit, threshold) as boolean;
}
