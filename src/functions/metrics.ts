import { averageDaysDelinquent } from "../core/metrics/averageDaysDelinquent";
import { averageDaysLate } from "../core/metrics/averageDaysLate";
import { bestPossibleDso } from "../core/metrics/bestPossibleDso";
import { cashConversionCycle } from "../core/metrics/cashConversionCycle";
import { collectionEffectivenessIndex } from "../core/metrics/collectionEffectivenessIndex";
import { daysToPay as daysToPayCore } from "../core/metrics/daysToPay";
import { dso as dsoCore } from "../core/metrics/dso";
import { dsoCountback as dsoCountbackCore } from "../core/metrics/dsoCountback";
import { receivablesTurnover } from "../core/metrics/receivablesTurnover";
import { aggregate } from "./convert";

/* Receivables metrics: days sales outstanding and its relatives. Ranges are summed (blank cells
   skipped, as SUM does); a text cell that is not an amount is #VALUE!, not silently 0. */

const DSO = aggregate(
  [
    { name: "receivables", kind: "amount", range: true },
    { name: "credit_sales", kind: "amount", range: true },
    { name: "days", kind: "number", optional: true },
  ] as const,
  (receivables, sales, days) => dsoCore(receivables, sales, days ?? undefined),
);

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
  return DSO(receivables, credit_sales, days) as number;
}

const DSO_COUNTBACK = aggregate(
  [
    { name: "receivables", kind: "amount", range: true },
    { name: "period_sales", kind: "amount", range: true },
    { name: "period_days", kind: "number", range: true, optional: true },
  ] as const,
  (receivables, sales, days) =>
    dsoCountbackCore(receivables, sales, days === null ? 30 : days.length === 1 && days[0] !== null ? days[0] : days),
);

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
  return DSO_COUNTBACK(receivables, period_sales, period_days) as number;
}

const BPDSO = aggregate(
  [
    { name: "current_receivables", kind: "amount", range: true },
    { name: "credit_sales", kind: "amount", range: true },
    { name: "days", kind: "number", optional: true },
  ] as const,
  (current, sales, days) => bestPossibleDso(current, sales, days ?? undefined),
);

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
  return BPDSO(current_receivables, credit_sales, days) as number;
}

const ADD = aggregate(
  [
    { name: "receivables", kind: "amount", range: true },
    { name: "current_receivables", kind: "amount", range: true },
    { name: "credit_sales", kind: "amount", range: true },
    { name: "days", kind: "number", optional: true },
  ] as const,
  (receivables, current, sales, days) => averageDaysDelinquent(receivables, current, sales, days ?? undefined),
);

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
  return ADD(receivables, current_receivables, credit_sales, days) as number;
}

const CEI = aggregate(
  [
    { name: "beginning_receivables", kind: "amount", range: true },
    { name: "credit_sales", kind: "amount", range: true },
    { name: "ending_receivables", kind: "amount", range: true },
    { name: "ending_current_receivables", kind: "amount", range: true },
    { name: "periods", kind: "number", optional: true },
  ] as const,
  (beginning, sales, ending, endingCurrent, periods) =>
    collectionEffectivenessIndex(beginning, sales, ending, endingCurrent, periods),
);

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
  return CEI(beginning_receivables, credit_sales, ending_receivables, ending_current_receivables, periods) as number;
}

const TURNOVER = aggregate(
  [
    { name: "credit_sales", kind: "amount", range: true },
    { name: "average_receivables", kind: "amount", range: true },
  ] as const,
  receivablesTurnover,
);

/**
 * Receivables turnover: credit sales divided by average receivables, how many times a year the receivables are collected.
 * @customfunction TURNOVER
 * @helpurl https://ar-credit-desk.example.com/help.html#turnover
 * @param credit_sales Credit sales over the period, e.g. 720000 (a range is summed).
 * @param average_receivables Average receivables over the period, e.g. 120000 (a range is summed).
 * @returns Times per period, e.g. 6 for 720,000 of sales on 120,000 of average receivables.
 */
export function turnover(credit_sales: any[][], average_receivables: any[][]): number {
  return TURNOVER(credit_sales, average_receivables) as number;
}

const DAYS_TO_PAY = aggregate(
  [
    { name: "invoice_dates", kind: "date", range: true },
    { name: "paid_dates", kind: "date", range: true },
    { name: "amounts", kind: "amount", range: true, optional: true },
  ] as const,
  daysToPayCore,
);

/**
 * Average days from invoice to payment over the rows that have both dates (open invoices are left out); weighted by amount when amounts are given.
 * @customfunction DAYSTOPAY
 * @helpurl https://ar-credit-desk.example.com/help.html#daystopay
 * @param invoice_dates Invoice dates, e.g. C2:C200 (date cells or yyyy-mm-dd text).
 * @param paid_dates Paid dates aligned with invoice_dates, blank while unpaid, e.g. F2:F200.
 * @param [amounts] Invoice amounts aligned with them, to weight each row, e.g. B2:B200.
 * @returns Days, e.g. 20 for invoices paid after 30 and 10 days.
 */
export function daysToPay(invoice_dates: any[][], paid_dates: any[][], amounts?: any[][]): number {
  return DAYS_TO_PAY(invoice_dates, paid_dates, amounts) as number;
}

const AVG_DAYS_LATE = aggregate(
  [
    { name: "due_dates", kind: "date", range: true },
    { name: "paid_dates", kind: "date", range: true },
    { name: "amounts", kind: "amount", range: true, optional: true },
  ] as const,
  averageDaysLate,
);

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
  return AVG_DAYS_LATE(due_dates, paid_dates, amounts) as number;
}

const CCC = aggregate(
  [
    { name: "dso", kind: "number" },
    { name: "dio", kind: "number" },
    { name: "dpo", kind: "number" },
  ] as const,
  cashConversionCycle,
);

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
  return CCC(dso, dio, dpo) as number;
}
