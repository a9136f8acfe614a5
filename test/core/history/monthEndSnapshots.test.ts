import { allocateHistoryLedger } from "../../../src/core/history/historyLedger";
import { monthEndSnapshots, snapshotAt, snapshotCents } from "../../../src/core/history/monthEndSnapshots";
import { EDGES, EUR_ROWS, ledgerOf, MONTH_ENDS, USD_ROWS } from "./sharedExample";

/** A snapshot table as rows of currency units per month-end, for reading against the hand figures. */
function table(rows: typeof USD_ROWS) {
  const snapshots = monthEndSnapshots(ledgerOf(rows), MONTH_ENDS, EDGES);
  return MONTH_ENDS.map((_, t) => [0, 1, 2, 3, 4].map((k) => snapshotCents(snapshots, t, k) / 100));
}

describe("monthEndSnapshots", () => {
  test("the shared example, by hand (credit note D left out)", () => {
    expect(table(USD_ROWS)).toEqual([
      [1500, 2000, 1500, 0, 0], // Jan31: A, C current; B 11 d; F 31 d
      [800, 500, 3500, 0, 0], // Feb28: E; C 4 d; B 39 d + F 59 d
      [0, 800, 0, 2000, 0], // Mar31: E 19 d; B 70 d
      [0, 0, 800, 0, 2000], // Apr30: E 49 d; B 100 d
    ]);
  });

  test("counts the open invoices beside the amounts", () => {
    const snapshots = monthEndSnapshots(ledgerOf(USD_ROWS), MONTH_ENDS, EDGES);
    // Jan31: Current A and C (2), 1-30 B (1), 31-60 F (1); Feb28 31-60 B and F (2).
    expect(Array.from(snapshots.invoiceCount.subarray(0, 5))).toEqual([2, 1, 1, 0, 0]);
    expect(snapshots.invoiceCount[1 * 5 + 2]).toBe(2);
    expect(snapshots.bucketCount).toBe(5);
    expect(snapshots.monthEnds).toEqual(MONTH_ENDS);
  });

  test("the second currency, by hand", () => {
    expect(table(EUR_ROWS)).toEqual([
      [400, 600, 0, 0, 0],
      [0, 400, 600, 0, 0],
      [250, 0, 400, 600, 0],
      [1000.01, 0, 0, 0, 600],
    ]);
  });

  test("open at M means invoiced on or before M and unpaid or paid after M (boundaries)", () => {
    // One 10.00 invoice invoiced on 45688 (Jan31 itself), due 45688, paid on 45716 (Feb28 itself):
    // open at Jan31 (0 days → Current), paid on Feb28 → not open at Feb28.
    const ledger = ledgerOf([["X", 1000, 45688, 45688, 45716]]);
    const snapshots = monthEndSnapshots(ledger, MONTH_ENDS, EDGES);
    expect(Array.from(snapshots.balanceCents.subarray(0, 10))).toEqual([1000, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  test("rows with a blank amount, invoice date or due date are left out", () => {
    const ledger = allocateHistoryLedger(3); // all NaN
    ledger.amountCents[1] = 1000; // no dates
    ledger.amountCents[2] = 1000;
    ledger.invoiceSerial[2] = 45600; // no due date
    const snapshots = monthEndSnapshots(ledger, MONTH_ENDS, EDGES);
    expect(snapshots.balanceCents.every((cents) => cents === 0)).toBe(true);
  });
});

describe("snapshotAt", () => {
  test("the provision base at 2025-04-30: 800.00 in 31-60 (E), 2,000.00 in 91+ (B); D left out", () => {
    expect(Array.from(snapshotAt(ledgerOf(USD_ROWS), 45777, EDGES))).toEqual([0, 0, 80000, 0, 200000]);
  });

  test("on a day that is not a month-end: 2025-02-20 (45708), A paid that day", () => {
    // B 31 d → 31-60; C −4 d Current; E −20 d Current; F 51 d → 31-60; A paid on 45708 → out.
    expect(Array.from(snapshotAt(ledgerOf(USD_ROWS), 45708, EDGES))).toEqual([130000, 0, 350000, 0, 0]);
  });
});
