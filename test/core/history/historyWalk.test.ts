import fc from "fast-check";
import { bucketIndex } from "../../../src/core/aging/agingBuckets";
import { allocateHistoryLedger, type HistoryLedger } from "../../../src/core/history/historyLedger";
import { firstOnOrAfter, walkHistory } from "../../../src/core/history/historyWalk";
import { monthEndsBetween } from "../../../src/core/history/monthEnds";

/* walkHistory's one-pass shortcuts (a day table for the first and last month-end a row is open at,
   the bucket scan resumed from the previous month-end) against the definition written out the slow
   way: every row at every month-end. */

/** The definition, row by row and month-end by month-end. */
function slowWalk(ledger: HistoryLedger, ends: readonly number[], edges: readonly number[]) {
  const buckets = edges.length + 2;
  const balance = new Array<number>(ends.length * buckets).fill(0);
  const rolled = new Array<number>(ends.length * buckets).fill(0);
  const openAt = (i: number, m: number) =>
    ledger.amountCents[i] > 0 &&
    ledger.invoiceSerial[i] <= m &&
    !Number.isNaN(ledger.dueSerial[i]) &&
    !(ledger.paidSerial[i] <= m);
  for (let t = 0; t < ends.length; t++) {
    for (let i = 0; i < ledger.count; i++) {
      if (!openAt(i, ends[t])) continue;
      const b = bucketIndex(ends[t] - ledger.dueSerial[i], edges);
      balance[t * buckets + b] += ledger.amountCents[i];
      if (t + 1 < ends.length && openAt(i, ends[t + 1]) && bucketIndex(ends[t + 1] - ledger.dueSerial[i], edges) > b) {
        rolled[t * buckets + b] += ledger.amountCents[i];
      }
    }
  }
  return { balance, rolled };
}

const row = fc.record({
  cents: fc.oneof(fc.integer({ min: -50_000, max: 500_000 }), fc.constant(Number.NaN)),
  invoiced: fc.integer({ min: 45500, max: 45900 }),
  terms: fc.integer({ min: 0, max: 90 }),
  paidAfter: fc.option(fc.integer({ min: -20, max: 250 }), { nil: null }),
  timeOfDay: fc.constantFrom(0, 0, 0.5),
});

describe("walkHistory", () => {
  test("equals the definition on random ledgers, month-end windows and edges", () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.integer({ min: 45500, max: 45800 }),
        fc.integer({ min: 1, max: 14 }),
        fc.constantFrom([30, 60, 90], [30], [15, 45, 120, 180]),
        (rows, start, count, edges) => {
          const ledger = allocateHistoryLedger(rows.length);
          rows.forEach((r, i) => {
            ledger.amountCents[i] = r.cents;
            ledger.invoiceSerial[i] = r.invoiced + r.timeOfDay;
            ledger.dueSerial[i] = r.invoiced + r.terms;
            if (r.paidAfter !== null) ledger.paidSerial[i] = r.invoiced + r.paidAfter + r.timeOfDay;
          });
          const ends = monthEndsBetween(start, start + 31 * (count - 1));
          const fast = walkHistory(ledger, ends, edges, true);
          const slow = slowWalk(ledger, ends, edges);
          expect(Array.from(fast.balanceCents)).toEqual(slow.balance);
          expect(Array.from(fast.rolledCents!)).toEqual(slow.rolled);
        },
      ),
      { numRuns: 300 },
    );
  });

  test("firstOnOrAfter: the first month-end on or after a serial", () => {
    const ends = [45688, 45716, 45747];
    expect([45600, 45688, 45688.5, 45716, 45717, 45747, 45748].map((s) => firstOnOrAfter(ends, s))).toEqual([
      0, 0, 1, 1, 2, 2, 3,
    ]);
  });
});
