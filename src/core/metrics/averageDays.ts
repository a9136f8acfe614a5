import Decimal from "decimal.js";
import { fail, type Result } from "../failure";
import type { Message } from "../messages/message";
import { Money } from "../money/money";
import { METRICS_MESSAGES as M } from "../messages/metricsMessages";

/**
 * Mean of whole-day counts, or the amount-weighted mean Σ(cents × days) / Σcents when weights (in
 * integer cents) are given. Integer arithmetic while it stays exact (below 2^53), decimal.js past
 * that, so a million large invoices still average exactly.
 *
 * @param days - whole days per row
 * @param weightCents - per-row weights in integer cents, aligned with days; null for a plain mean
 * @param noRowsMessage - the divideByZero message when there is no row to average
 * @returns days, unrounded
 *
 * @example
 * averageDays([10, 40], [300000, 100000], METRICS_MESSAGES.noPaidRowsDue()) //=> 17.5
 */
export function averageDays(
  days: readonly number[],
  weightCents: readonly number[] | null,
  noRowsMessage: Message,
): Result<number> {
  if (days.length === 0) return fail("divideByZero", noRowsMessage);
  if (weightCents === null) {
    let total = 0;
    for (const d of days) total += d;
    // Whole days below 2^53 in total: the sum is exact; the one division happens in decimal.
    return new Money(total).dividedBy(days.length).toNumber();
  }
  let weighted = 0;
  let weights = 0;
  let exact = true;
  for (let i = 0; i < days.length && exact; i++) {
    weighted += weightCents[i] * days[i];
    weights += weightCents[i];
    exact = Number.isSafeInteger(weighted) && Number.isSafeInteger(weights);
  }
  if (!exact) return averageDaysInDecimal(days, weightCents);
  if (weights === 0) return fail("divideByZero", M.weightsSumZero());
  return new Money(weighted).dividedBy(weights).toNumber();
}

function averageDaysInDecimal(days: readonly number[], weightCents: readonly number[]): Result<number> {
  let weighted: Decimal = new Money(0);
  let weights: Decimal = new Money(0);
  for (let i = 0; i < days.length; i++) {
    weighted = weighted.plus(new Money(weightCents[i]).times(days[i]));
    weights = weights.plus(weightCents[i]);
  }
  if (weights.isZero()) return fail("divideByZero", M.weightsSumZero());
  return weighted.dividedBy(weights).toNumber();
}
