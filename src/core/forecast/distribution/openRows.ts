import type { AsOfView } from "./delayDistribution";
import type { PreparedLedger } from "./preparedLedger";

/**
 * The rows open at the view's as-of — known by then (among the first knownRows) and not paid on or before
 * it — as indexes, so the forecasts and the actuals of one as-of walk a few open rows rather than
 * the whole history each.
 *
 * @example
 * // paid dates [45800, NaN, 45900], as-of 45838 → rows 1 and 2 are open
 * openRowsAt(ledger, { asOf: 45838 }) //=> Int32Array [1, 2]
 */
export function openRowsAt(ledger: PreparedLedger, view: AsOfView): Int32Array {
  const { paidSerials } = ledger;
  const { asOf } = view;
  const known = view.knownRows ?? ledger.length;
  const rows = new Int32Array(known);
  let count = 0;
  for (let i = 0; i < known; i++) {
    if (paidSerials[i] <= asOf) continue; // settled (NaN compares false: open)
    rows[count++] = i;
  }
  return rows.slice(0, count);
}
