import type { PreparedLedger } from "./preparedLedger";

/** A ledger reordered by the date each row becomes known, with those dates in the same order. */
export interface KnownOrder {
  readonly ledger: PreparedLedger;
  /** Whole-day serial from which each row (in the new order) is known; ascending; NaN (never known) last. */
  readonly knownFrom: Float64Array;
}

/** Widest span of days sorted by counting (4 million days is beyond any calendar Excel has). */
const COUNTING_SPAN = 4_000_000;

/**
 * Orders the rows by knownFrom (whole days; ties keep their order), so the rows known at any date
 * form a prefix: a backtest's passes over twelve month-ends then read only the rows known at each,
 * in memory order. A counting sort, linear in rows.
 *
 * @example
 * // known from [45810, 45700, 45790] → rows 1, 2, 0
 * orderByKnown(ledger, Float64Array.from([45810, 45700, 45790])).knownFrom //=> [45700, 45790, 45810]
 */
export function orderByKnown(ledger: PreparedLedger, knownFrom: Float64Array): KnownOrder {
  const n = ledger.length;
  const days = new Float64Array(n);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const day = Math.floor(knownFrom[i]);
    days[i] = day;
    if (day < min) min = day;
    if (day > max) max = day;
  }
  const order = new Int32Array(n);
  if (n > 0 && max - min < COUNTING_SPAN) {
    // Counting sort; NaN days (never known) go in the bucket after max.
    const span = max === -Infinity ? 0 : max - min + 1;
    const starts = new Int32Array(span + 2);
    for (let i = 0; i < n; i++) starts[(days[i] === days[i] ? days[i] - min : span) + 1]++;
    for (let b = 1; b < starts.length; b++) starts[b] += starts[b - 1];
    for (let i = 0; i < n; i++) order[starts[days[i] === days[i] ? days[i] - min : span]++] = i;
  } else {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => byDay(days[a], days[b]) || a - b);
  }
  const sortedDays = new Float64Array(n);
  for (let t = 0; t < n; t++) sortedDays[t] = days[order[t]];
  return { ledger: permute(ledger, order), knownFrom: sortedDays };
}

/** Ascending days with NaN last. */
function byDay(a: number, b: number): number {
  if (a === b) return 0;
  if (a !== a) return 1;
  if (b !== b) return -1;
  return a - b;
}

/** How many rows of a KnownOrder are known at asOf: the first whose knownFrom is after it (binary search). */
export function knownRowsAt(order: KnownOrder, asOf: number): number {
  const { knownFrom } = order;
  let lo = 0;
  let hi = knownFrom.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (knownFrom[mid] <= asOf) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function permute(ledger: PreparedLedger, order: Int32Array): PreparedLedger {
  const n = order.length;
  const customerIds = new Int32Array(n);
  const amountsCents = new Float64Array(n);
  const dueSerials = new Float64Array(n);
  const paidSerials = new Float64Array(n);
  const disputed = new Uint8Array(n);
  for (let t = 0; t < n; t++) {
    const i = order[t];
    customerIds[t] = ledger.customerIds[i];
    amountsCents[t] = ledger.amountsCents[i];
    dueSerials[t] = ledger.dueSerials[i];
    paidSerials[t] = ledger.paidSerials[i];
    disputed[t] = ledger.disputed[i];
  }
  return { ...ledger, customerIds, amountsCents, dueSerials, paidSerials, disputed };
}
