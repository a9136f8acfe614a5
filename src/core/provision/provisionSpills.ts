import { centsToNumber } from "../money/money";
import type { RollRates } from "../history/rollRates";

/** Header row of the AR.ROLLRATES spill. */
export const ROLL_RATES_HEADER = ["Bucket", "Roll rate", "Balance"] as const;
/** Header row of the AR.LOSSRATES spill. */
export const LOSS_RATES_HEADER = ["Bucket", "Loss rate"] as const;

/**
 * The AR.ROLLRATES spill: header `Bucket, Roll rate, Balance`, one row per bucket except the
 * oldest with its pooled roll rate ("" — an empty cell — where the bucket never held a balance, so
 * no rate can be measured) and the pooled balance in the currency (cents / 100).
 *
 * @example
 * rollRatesSpill(rolls, ["Current", "1-30", "31-60", "61-90", "91+"])[3] //=> ["31-60", 0.4, 5000]
 */
export function rollRatesSpill(rolls: RollRates, labels: readonly string[]): (string | number)[][] {
  const rows = rolls.pooled.map((roll, k) => [labels[k], roll.rate ?? "", centsToNumber(roll.balanceCents)]);
  return [[...ROLL_RATES_HEADER], ...rows];
}

/**
 * The AR.LOSSRATES spill: header `Bucket, Loss rate`, one row per bucket including the oldest, ""
 * where the rate is unknown.
 *
 * @example
 * lossRatesSpill(["61-90", "91+"], [1, 1]) //=> [["Bucket", "Loss rate"], ["61-90", 1], ["91+", 1]]
 */
export function lossRatesSpill(labels: readonly string[], rates: readonly (number | null)[]): (string | number)[][] {
  return [[...LOSS_RATES_HEADER], ...rates.map((rate, k) => [labels[k], rate ?? ""])];
}

/**
 * The label of the bucket after the last one a roll-rate table lists: "61-90" → "91+" (the oldest
 * bucket, which has no roll rate); without a numeric range to follow, the position (n + 1).
 *
 * @example
 * oldestLabelAfter("61-90", 4) //=> "91+"
 */
export function oldestLabelAfter(last: string | undefined, position: number): string {
  const range = /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(last ?? "");
  return range ? `${Number(range[2]) + 1}+` : String(position);
}
