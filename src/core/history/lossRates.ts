import { fail, type Result } from "../failure";
import { HISTORY_MESSAGES as M } from "../messages/historyMessages";

/**
 * Loss rates from roll rates (the roll-rate, or migration, method): the loss rate of a bucket is
 * the chance its balance rolls all the way through the oldest bucket and is not recovered, the
 * product of the roll rates from that bucket to the oldest times the final loss rate (the share of
 * the oldest bucket that is lost, 1 by default), times (1 + adjustment) for forward-looking
 * information (IFRS 9 B5.5.35), capped at 100%. The oldest bucket's rate is final × (1 + adjustment),
 * capped. A bucket whose product meets a blank roll rate (no balance to measure it) has no rate.
 *
 * @param rollRates - one per bucket except the oldest, Current first; null = no rate
 * @param finalLossRate - share of the oldest bucket lost, 0 to 1 (default 1)
 * @param adjustment - forward-looking adjustment, −1 or more (default 0; 0.1 raises every rate by 10%)
 * @returns one rate per bucket including the oldest (rollRates.length + 1), or outOfRange
 * @example
 * lossRates([1300 / 2300, 2800 / 3300, 0.4, 1]) //=> [0.19183135704…, 0.33939393939…, 0.4, 1, 1]
 */
export function lossRates(
  rollRates: readonly (number | null)[],
  finalLossRate = 1,
  adjustment = 0,
  labels?: readonly string[],
): Result<(number | null)[]> {
  if (!(finalLossRate >= 0 && finalLossRate <= 1)) {
    return fail("outOfRange", M.finalLossRateRange({ name: "final_loss_rate", got: String(finalLossRate) }));
  }
  if (!(adjustment >= -1) || !Number.isFinite(adjustment)) {
    return fail("outOfRange", M.adjustmentRange({ name: "adjustment", got: String(adjustment) }));
  }
  for (let k = 0; k < rollRates.length; k++) {
    const rate = rollRates[k];
    if (rate !== null && !(rate >= 0 && rate <= 1)) {
      return fail("outOfRange", M.rollRateRange({ label: labels?.[k] ?? String(k + 1), got: String(rate) }));
    }
  }
  const scale = finalLossRate * (1 + adjustment);
  const out = new Array<number | null>(rollRates.length + 1);
  out[rollRates.length] = Math.min(1, scale);
  // From the oldest back: the product from bucket k to the oldest; one blank on the way blanks it.
  let product: number | null = 1;
  for (let k = rollRates.length - 1; k >= 0; k--) {
    const rate = rollRates[k];
    product = product === null || rate === null ? null : rate * product;
    out[k] = product === null ? null : Math.min(1, product * scale);
  }
  return out;
}
