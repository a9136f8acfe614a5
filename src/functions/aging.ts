import { bucketIndex, bucketLabels, DEFAULT_AGING_EDGES, paidLabel, validateEdges } from "../core/aging/agingBuckets";
import { agingSpill } from "../core/aging/agingSpill";
import { agingTable } from "../core/aging/agingTable";
import { daysOverdue as daysOverdueCore, isPaidAsOf, signedDaysPastDue } from "../core/aging/daysOverdue";
import { expectedCreditLoss } from "../core/aging/expectedCreditLoss";
import { isFailure, type Result } from "../core/failure";
import type { Language } from "../core/language";
import { defineFunction, denseList, lastResult } from "./convert";
import { readRateColumn } from "./rateColumn";

/* Aging custom functions: each is one definition (its argument table with defaults and bounds,
   and the computation on converted values) and the JSDoc Excel shows, on an entry point that
   calls the definition (the metadata plugin builds functions.json from the JSDoc; ids are stored
   in workbooks, so they never change). */

export const DAYS_OVERDUE = defineFunction({
  id: "DAYSOVERDUE",
  mode: "elementwise",
  specs: [
    { name: "due_date", kind: "date" },
    { name: "as_of", kind: "date" },
    { name: "paid_date", kind: "date", optional: true },
  ] as const,
  compute: (due, asOf, paid) => daysOverdueCore(due, asOf, paid),
});

/**
 * Whole days an invoice is past due, never negative (0 = not yet due). Open invoice: as_of minus due_date. Paid on or before as_of: paid_date minus due_date, how late it was paid. Spills one result per due date; blank due date gives an empty cell.
 * @customfunction DAYSOVERDUE
 * @helpurl https://ar-credit-desk.example.com/help.html#daysoverdue
 * @param due_date Due date(s), e.g. 2025-05-23, or a column of them: date cells, or text: yyyy-mm-dd, 30 Jun 2025, or day-month text whose order the range proves (30/06/2025).
 * @param as_of The date to measure at, e.g. 2025-06-30 or TODAY(); one cell or one per due date.
 * @param [paid_date] Date(s) paid, same shape as due_date; leave blank for open invoices.
 * @returns Days past due (whole days, ≥ 0), e.g. 38 for due 2025-05-23 as of 2025-06-30.
 */
export function daysOverdue(due_date: any[][], as_of: any[][], paid_date?: any[][]): any[][] {
  return DAYS_OVERDUE.call(due_date, as_of, paid_date);
}

/** Edges as the analyst gave them (or the default 30/60/90), checked once per call, with their labels. */
const bucketsFor = lastResult(
  (edges: ReadonlyArray<number | null>, language: Language): Result<{ edges: number[]; labels: string[] }> => {
    const list = denseList(edges, "edges");
    const valid = isFailure(list) ? list : validateEdges(list);
    return isFailure(valid) ? valid : { edges: valid, labels: bucketLabels(valid, language) };
  },
);

const EDGES = { name: "edges", kind: "number", range: true, optional: true, default: DEFAULT_AGING_EDGES } as const;
const LANGUAGE = { name: "language", kind: "language", optional: true, default: "en" } as const;

export const AGE_BUCKET = defineFunction({
  id: "AGEBUCKET",
  mode: "elementwise",
  specs: [
    { name: "due_date", kind: "date" },
    { name: "as_of", kind: "date" },
    EDGES,
    { name: "paid_date", kind: "date", optional: true },
    LANGUAGE,
  ] as const,
  compute: (due, asOf, edges, paid, language) => {
    const buckets = bucketsFor(edges, language);
    if (isFailure(buckets)) return buckets;
    if (isPaidAsOf(asOf, paid)) return paidLabel(language);
    return buckets.labels[bucketIndex(signedDaysPastDue(due, asOf), buckets.edges)];
  },
});

/**
 * The aging bucket of each invoice: Current (not yet past due), 1-30, 31-60, 61-90 or 91+ with the default edges, or Paid when paid on or before as_of. Spills one label per due date; a blank due date gives an empty cell.
 * @customfunction AGEBUCKET
 * @helpurl https://ar-credit-desk.example.com/help.html#agebucket
 * @param due_date Due date(s), e.g. 2025-05-23, or a column of them: date cells, or text: yyyy-mm-dd, 30 Jun 2025, or day-month text whose order the range proves (30/06/2025).
 * @param as_of The date to age at, e.g. 2025-06-30 or TODAY(); one cell or one per due date.
 * @param [edges] Bucket edges in days past due, increasing whole numbers, e.g. {30,60,90} (the default) or {30,60,90,120}.
 * @param [paid_date] Date(s) paid, same shape as due_date; paid on or before as_of shows Paid. Leave blank for open invoices.
 * @param [language] "en" (default) or "zh" for the labels Current/Paid (未到期/已付).
 * @returns A bucket label, e.g. "31-60" for due 2025-05-23 as of 2025-06-30 (38 days past due).
 */
export function ageBucket(due_date: any[][], as_of: any[][], edges?: any[][], paid_date?: any[][], language?: any): any[][] {
  return AGE_BUCKET.call(due_date, as_of, edges, paid_date, language);
}

export const AGING = defineFunction({
  id: "AGING",
  mode: "aggregate",
  spill: true,
  specs: [
    { name: "amounts", kind: "cents", column: true },
    { name: "due_dates", kind: "date", column: true },
    { name: "as_of", kind: "date" },
    EDGES,
    { name: "paid_dates", kind: "date", column: true, optional: true },
    LANGUAGE,
  ] as const,
  compute: (amountCents, dueSerial, asOf, edges, paidSerial, language) => {
    const buckets = bucketsFor(edges, language);
    if (isFailure(buckets)) return buckets;
    const table = agingTable({ amountCents, dueSerial, paidSerial }, asOf, buckets.edges, language);
    return isFailure(table) ? table : agingSpill(table);
  },
});

/**
 * The aging table of open receivables as of a date: a header row (Bucket, Amount, Count, Share), one row per bucket from Current to the oldest, and a Total row. Paid invoices are left out; credit notes count in their bucket; rows with a blank amount are skipped.
 * @customfunction AGING
 * @helpurl https://ar-credit-desk.example.com/help.html#aging
 * @param amounts Open amounts in one currency, e.g. B2:B200; text such as (1,234.50) is read as -1234.50; text naming two currencies (USD 100, EUR 200) is #VALUE!.
 * @param due_dates Due dates aligned with amounts, e.g. C2:C200: date cells, or text: yyyy-mm-dd, 30 Jun 2025, or day-month text whose order the range proves (30/06/2025).
 * @param as_of The date to age at, e.g. DATE(2025,6,30) or TODAY().
 * @param [edges] Bucket edges in days past due, e.g. {30,60,90} (the default) or {30,60,90,120}.
 * @param [paid_dates] Paid dates aligned with amounts; invoices paid on or before as_of are left out.
 * @param [language] "en" (default) or "zh" for the bucket labels.
 * @returns A table to spill: Bucket, Amount (currency, to the cent), Count, Share (fraction of the total).
 */
export function aging(
  amounts: any[][],
  due_dates: any[][],
  as_of: any,
  edges?: any[][],
  paid_dates?: any[][],
  language?: any,
): any[][] {
  return AGING.call(amounts, due_dates, as_of, edges, paid_dates, language) as any[][];
}

export const ECL = defineFunction({
  id: "ECL",
  mode: "aggregate",
  specs: [
    { name: "amounts", kind: "cents", column: true },
    { name: "due_dates", kind: "date", column: true },
    { name: "as_of", kind: "date" },
    // A table, not a range of rates: the AR.LOSSRATES spill (header, labels, "" for no rate) is read too.
    { name: "loss_rates", kind: "table" },
    EDGES,
    { name: "paid_dates", kind: "date", column: true, optional: true },
  ] as const,
  compute: (amountCents, dueSerial, asOf, lossRates, edges, paidSerial) => {
    const buckets = bucketsFor(edges, "en");
    const column = readRateColumn(lossRates, "loss_rates");
    if (isFailure(buckets)) return buckets;
    if (isFailure(column)) return column;
    // Blank cells after the last bucket are a selection a little too long, not missing rates.
    const rates = column.rates.slice();
    while (rates.length > buckets.labels.length && rates[rates.length - 1] === null) rates.pop();
    const table = agingTable({ amountCents, dueSerial, paidSerial }, asOf, buckets.edges);
    const loss = isFailure(table) ? table : expectedCreditLoss(table.buckets, rates);
    return isFailure(loss) ? loss : loss.toNumber();
  },
});

/**
 * Expected credit loss by provision matrix (IFRS 9 simplified approach): the open amounts are aged, each bucket's balance (if positive) is multiplied by its loss rate and rounded to the cent (half away from zero), and the bucket amounts are added. A blank rate is allowed only for a bucket with nothing to provide for.
 * @customfunction ECL
 * @helpurl https://ar-credit-desk.example.com/help.html#ecl
 * @param amounts Open amounts in the invoice currency, e.g. B2:B200.
 * @param due_dates Due dates aligned with amounts, e.g. C2:C200.
 * @param as_of The date to age at, e.g. DATE(2025,6,30).
 * @param loss_rates One loss rate per bucket, Current first, as fractions, e.g. {0.005,0.02,0.05,0.1,0.25} for the default edges; or the AR.LOSSRATES spill (its Loss rate column is taken).
 * @param [edges] Bucket edges in days past due, e.g. {30,60,90} (the default).
 * @param [paid_dates] Paid dates aligned with amounts; invoices paid on or before as_of are left out.
 * @returns The loss allowance in the currency, e.g. 240 for 15,000 current at 0.5% and 7,500 at 2.2%.
 */
export function ecl(
  amounts: any[][],
  due_dates: any[][],
  as_of: any,
  loss_rates: any[][],
  edges?: any[][],
  paid_dates?: any[][],
): number {
  return ECL.call(amounts, due_dates, as_of, loss_rates, edges, paid_dates) as number;
}
