import { bucketLabels, DEFAULT_AGING_EDGES, validateEdges } from "../core/aging/agingBuckets";
import { fail, isFailure } from "../core/failure";
import { historyLedgerFromColumns } from "../core/history/historyLedgerFromColumns";
import { lossRates as lossRatesOf } from "../core/history/lossRates";
import { monthEndWindow } from "../core/history/monthEndWindow";
import { rollRates as rollRatesOf } from "../core/history/rollRates";
import { HISTORY_MESSAGES } from "../core/messages/historyMessages";
import { lossRatesSpill, oldestLabelAfter, rollRatesSpill } from "../core/provision/provisionSpills";
import { defineFunction, denseList, getDateSystem } from "./convert";
import { readRateColumn } from "./rateColumn";

/* Provision-matrix custom functions from the ledger's own history (issue #19): roll rates over
   month-end snapshots, then loss rates, which AR.ECL takes. Ids are stored in workbooks, so they
   never change. */

const EDGES = { name: "edges", kind: "number", range: true, optional: true, default: DEFAULT_AGING_EDGES } as const;
const LANGUAGE = { name: "language", kind: "language", optional: true, default: "en" } as const;

export const ROLL_RATES = defineFunction({
  id: "ROLLRATES",
  mode: "aggregate",
  spill: true,
  specs: [
    { name: "amounts", kind: "cents", column: true },
    { name: "invoice_dates", kind: "date", column: true },
    { name: "due_dates", kind: "date", column: true },
    { name: "paid_dates", kind: "date", column: true, blankCells: true },
    { name: "first_month_end", kind: "date" },
    { name: "last_month_end", kind: "date" },
    EDGES,
    LANGUAGE,
  ] as const,
  compute: (amountCents, invoiceSerial, dueSerial, paidSerial, first, last, edges, language) => {
    const list = denseList(edges, "edges");
    const valid = isFailure(list) ? list : validateEdges(list);
    if (isFailure(valid)) return valid;
    const monthEnds = monthEndWindow(first, last, getDateSystem());
    if (isFailure(monthEnds)) return monthEnds;
    const ledger = historyLedgerFromColumns(amountCents, invoiceSerial, dueSerial, paidSerial);
    return rollRatesSpill(rollRatesOf(ledger, monthEnds, valid), bucketLabels(valid, language));
  },
});

/**
 * Roll rates from the ledger's history: at each month-end from first_month_end to last_month_end the open invoices are aged (open = invoiced on or before it and unpaid or paid after it); the roll rate of a bucket is the amount in it at one month-end that is still open and in a later bucket at the next, over the amount in it, summed over every pair of month-ends. Spills a header (Bucket, Roll rate, Balance) and one row per bucket except the oldest; the rate is an empty cell when the bucket never held a balance. Credit notes are left out. E.g. 0.4 for 31-60 when 2,000 of 5,000 rolled into 61-90.
 * @customfunction ROLLRATES
 * @helpurl https://ar-credit-desk.example.com/help.html#rollrates
 * @param amounts Invoice amounts in one currency, e.g. B2:B5000, paid or not; negative amounts (credit notes) are left out; blank rows are skipped.
 * @param invoice_dates Invoice dates aligned with amounts, e.g. C2:C5000: date cells or text such as 2025-01-10.
 * @param due_dates Due dates aligned with amounts, e.g. D2:D5000.
 * @param paid_dates Paid dates aligned with amounts, e.g. E2:E5000; blank while unpaid.
 * @param first_month_end The first month-end of the history, e.g. 2025-01-31 (any day stands for its month's end).
 * @param last_month_end The last month-end, e.g. 2025-04-30; at least one month after first_month_end.
 * @param [edges] Bucket edges in days past due, e.g. {30,60,90} (the default) or {30,60,90,120}.
 * @param [language] "en" (default) or "zh" for the bucket labels.
 * @returns A table to spill: Bucket, Roll rate (fraction, empty when unknown), Balance (the pooled amount in the bucket, to the cent).
 */
export function rollRates(
  amounts: any[][],
  invoice_dates: any[][],
  due_dates: any[][],
  paid_dates: any[][],
  first_month_end: any,
  last_month_end: any,
  edges?: any[][],
  language?: any,
): any[][] {
  return ROLL_RATES.call(
    amounts,
    invoice_dates,
    due_dates,
    paid_dates,
    first_month_end,
    last_month_end,
    edges,
    language,
  ) as any[][];
}

export const LOSS_RATES = defineFunction({
  id: "LOSSRATES",
  mode: "aggregate",
  spill: true,
  specs: [
    { name: "roll_rates", kind: "table" },
    { name: "final_loss_rate", kind: "rate", optional: true, default: 1, min: 0, max: 1 },
    { name: "adjustment", kind: "rate", optional: true, default: 0, min: -1 },
  ] as const,
  compute: (table, finalLossRate, adjustment) => {
    const column = readRateColumn(table, "roll_rates");
    if (isFailure(column)) return column;
    const rates = column.rates.slice();
    // A plain list's trailing blanks are a selection a little too long; a table's rows are buckets.
    if (column.labels === null) while (rates.length > 0 && rates[rates.length - 1] === null) rates.pop();
    if (rates.length === 0) return fail("missing", HISTORY_MESSAGES.rollRatesEmpty());
    const labels = column.labels
      ? [...column.labels, oldestLabelAfter(column.labels[column.labels.length - 1], rates.length + 1)]
      : Array.from({ length: rates.length + 1 }, (_, k) => String(k + 1));
    const losses = lossRatesOf(rates, finalLossRate, adjustment, labels);
    return isFailure(losses) ? losses : lossRatesSpill(labels, losses);
  },
});

/**
 * Loss rates from roll rates: a bucket's loss rate is the product of the roll rates from it to the oldest bucket, times final_loss_rate, times (1 + adjustment), capped at 100%; the oldest bucket's is final_loss_rate × (1 + adjustment). Spills a header (Bucket, Loss rate) and one row per bucket including the oldest; a rate is an empty cell when a roll rate on the way is blank. Given the AR.ROLLRATES spill it keeps its labels and adds the oldest (61-90 → 91+); given a plain list of n rates the buckets are numbered 1 (Current) to n+1 (the oldest). E.g. roll rates {0.5652,0.8485,0.4,1} give 0.1918, 0.3394, 0.4, 1, 1. Feed the result to AR.ECL.
 * @customfunction LOSSRATES
 * @helpurl https://ar-credit-desk.example.com/help.html#lossrates
 * @param roll_rates One roll rate per bucket except the oldest, Current first, e.g. {0.5652,0.8485,0.4,1}, blanks for unknown rates; or the AR.ROLLRATES spill, e.g. G2#.
 * @param [final_loss_rate] Share of the oldest bucket that is lost, between 0 and 1; default 1 (100%).
 * @param [adjustment] Forward-looking adjustment of every rate, -1 or more, e.g. 0.1 to raise them by 10%; default 0.
 * @returns A table to spill: Bucket, Loss rate (fraction, empty when unknown).
 */
export function lossRates(roll_rates: any[][], final_loss_rate?: any, adjustment?: any): any[][] {
  return LOSS_RATES.call(roll_rates, final_loss_rate, adjustment) as any[][];
}
