import { fail, isFailure, type Result } from "../core/failure";
import { HISTORY_MESSAGES } from "../core/messages/historyMessages";
import type { ArgSpec } from "./argSpec";
import { readCell } from "./readCell";
import { shapeText } from "./readRanges";

/** Rates read from a range, with the bucket labels beside them when the range is a labelled table. */
export interface RateColumn {
  /** The first column's labels of a labelled table; null for a plain row or column of rates. */
  readonly labels: string[] | null;
  /** One per bucket, in order; null where the cell is blank (no rate). */
  readonly rates: (number | null)[];
}

/**
 * Reads a `table` argument that holds rates per bucket (AR.ECL's loss_rates, AR.LOSSRATES's
 * roll_rates) in either form an analyst has at hand:
 * - a plain row or column of rates ({0.005,0.02,…}, percent text allowed), blanks kept as null;
 * - a labelled table with the bucket in its first column and the rate in its second, with or
 *   without a header row — the spill of AR.ROLLRATES (Bucket, Roll rate, Balance) or AR.LOSSRATES
 *   (Bucket, Loss rate), where an empty cell ("") is a bucket without a rate.
 * A table is labelled when its first cell is text that does not read as a rate ("Bucket",
 * "Current") and it has two or more columns and rows.
 *
 * @example
 * readRateColumn([["Bucket", "Loss rate"], ["61-90", 1], ["91+", ""]], "loss_rates") //=> { labels: ["61-90", "91+"], rates: [1, null] }
 */
export function readRateColumn(table: readonly (readonly unknown[])[], name: string): Result<RateColumn> {
  const spec: ArgSpec = { name, kind: "rate", optional: true };
  const width = table.reduce((most, row) => Math.max(most, row.length), 0);
  const first = table[0]?.[0];
  const labelled = width >= 2 && table.length >= 2 && isText(first) && isFailure(readCell(first, spec));
  if (!labelled) {
    if (width >= 2 && table.length >= 2) {
      return fail("shapeMismatch", HISTORY_MESSAGES.rateTableShape({ name, shape: shapeText(table as unknown[][]) }));
    }
    const rates: (number | null)[] = [];
    for (const row of table) {
      for (const cell of row) {
        const rate = readCell(cell, spec);
        if (isFailure(rate)) return rate;
        rates.push(rate as number | null);
      }
    }
    return { labels: null, rates };
  }
  // A header row: its second cell is text that is no rate ("Roll rate", "Loss rate").
  const header = isText(table[0][1]) && isFailure(readCell(table[0][1], spec));
  const labels: string[] = [];
  const rates: (number | null)[] = [];
  for (let r = header ? 1 : 0; r < table.length; r++) {
    const [label, cell] = [table[r][0], table[r][1]];
    if (isBlank(label) && isBlank(cell)) continue; // a selection a little too long
    const rate = readCell(cell, spec);
    if (isFailure(rate)) return rate;
    labels.push(isBlank(label) ? String(labels.length + 1) : String(label).trim());
    rates.push(rate as number | null);
  }
  return { labels, rates };
}

function isText(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}
