import { customerExposures, exposureDates } from "../../../src/core/credit/customerExposures";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { LedgerMapping } from "../../../src/core/ledger/ledgerFields";

/*
 * Exposure from the ledger's history, on the shared hand-worked ledger (all one customer,
 * USD), as of 2025-04-30 (45777):
 *   Inv  Amount    Invoice  Due    Paid
 *   A    1,000.00  45667    45697  45708   (2025-02-20)
 *   B    2,000.00  45662    45677  —
 *   C      500.00  45682    45712  45731   (2025-03-15)
 *   D     −300.00  45672    45672  —       credit note: netted
 *   E      800.00  45698    45728  —
 *   F    1,500.00  45627    45657  45726   (2025-03-10)
 * Open at month-end M: invoice date ≤ M and unpaid or paid after M.
 *   2024-05-31 … 2024-11-30: nothing issued yet → 0
 *   2024-12-31 (45657): F 1,500                                        → 1,500
 *   2025-01-31 (45688): F 1,500 + A 1,000 + B 2,000 + C 500 − D 300     → 4,700
 *   2025-02-28 (45716): F 1,500 + B 2,000 + C 500 − 300 + E 800 (A paid) → 4,500
 *   2025-03-31 (45747): B 2,000 − 300 + E 800 (F, C paid)               → 2,500
 *   2025-04-30 (45777, as-of): the scan's open B + E − D                 → 2,500
 * Peak 4,700; average over the 5 dates from the first invoice on (Dec 31):
 *   (1,500 + 4,700 + 4,500 + 2,500 + 2,500) / 5 = 15,700 / 5 = 3,140.
 * Terms, amount-weighted over invoices (credit note left out): A 30, B 15, C 30, E 30, F 30 days:
 *   (1,000×30 + 2,000×15 + 500×30 + 800×30 + 1,500×30) / 5,800 = 144,000 / 5,800 = 24.8275862069…
 */
const AS_OF = 45777;
const MAPPING: LedgerMapping = { customer: 0, amount: 1, invoiceDate: 2, dueDate: 3, paidDate: 4, currency: 5 };
const SHARED: unknown[][] = [
  ["Acme", 1000, 45667, 45697, 45708, "USD"],
  ["Acme", 2000, 45662, 45677, "", "USD"],
  ["Acme", 500, 45682, 45712, 45731, "USD"],
  ["Acme", -300, 45672, 45672, "", "USD"],
  ["Acme", 800, 45698, 45728, "", "USD"],
  ["Acme", 1500, 45627, 45657, 45726, "USD"],
];

function scanOf(rows: unknown[][], mapping: LedgerMapping = MAPPING, asOf = AS_OF) {
  const analysis = analyzeLedger(rows, { mapping, asOf, dateSystem: 1900 });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return { rows, mapping, analysis, asOf, dateSystem: 1900 as const };
}

describe("exposureDates", () => {
  test("an as-of on a month-end: the 12 month-ends ending there", () => {
    // 2024-05-31 = 45443, then each month-end to 2025-04-30 = 45777.
    expect(exposureDates(45777)).toEqual([45443, 45473, 45504, 45535, 45565, 45596, 45626, 45657, 45688, 45716, 45747, 45777]);
  });

  test("an as-of inside a month: the 12 month-ends before it, then the as-of (13 dates)", () => {
    // 2025-04-15 = 45762: 2024-04-30 = 45412 … 2025-03-31 = 45747, then 45762.
    const dates = exposureDates(45762);
    expect(dates).toHaveLength(13);
    expect([dates[0], dates[11], dates[12]]).toEqual([45412, 45747, 45762]);
  });
});

describe("customerExposures", () => {
  test("the shared ledger: peak 4,700.00, average 3,140.00, terms 24.83 days", () => {
    const exposures = customerExposures(scanOf(SHARED));
    expect(exposures.peakCents[0]).toBe(470000);
    expect([exposures.exposureSumCents[0], exposures.datesCounted[0]]).toEqual([1570000, 5]);
    expect(exposures.termsDays[0]).toBeCloseTo(144000 / 5800, 9);
  });

  test("a row settled with no paid date counts nowhere; a part payment leaves its balance after its date", () => {
    const mapping: LedgerMapping = { customer: 0, amount: 1, openAmount: 2, invoiceDate: 3, dueDate: 4, paidDate: 5, status: 6 };
    const rows: unknown[][] = [
      // Status Paid, no paid date, nothing open: when it was paid is unknown → left out everywhere.
      ["Beta", 9000, 0, 45662, 45692, "", "Paid"],
      // 1,000.00 issued 2025-01-05, 400.00 paid 2025-02-20 (45708), 600.00 still open.
      ["Beta", 1000, 600, 45662, 45692, 45708, ""],
    ];
    // Jan 31: the whole 1,000 (paid after); Feb 28, Mar 31, Apr 30: the 600 left. Peak 1,000;
    // average from Jan 31: (1,000 + 600 + 600 + 600) / 4 = 700.
    const exposures = customerExposures(scanOf(rows, mapping));
    expect(exposures.peakCents[0]).toBe(100000);
    expect([exposures.exposureSumCents[0], exposures.datesCounted[0]]).toEqual([280000, 4]);
  });

  test("credits never take exposure below 0; no invoice date counts from 30 days before due", () => {
    const mapping: LedgerMapping = { customer: 0, amount: 1, dueDate: 2 };
    const rows: unknown[][] = [
      // Due 2025-04-10 (45757): taken as issued 30 days before, 45727 (2025-03-11) → open at Mar 31 and Apr 30.
      ["Cobalt", 500, 45757],
      // A credit note of −800 due 2025-04-20 (45767) → issued 45737 (2025-03-21): Mar 31 and Apr 30.
      ["Cobalt", -800, 45767],
    ];
    // Mar 31 and Apr 30: 500 − 800 = −300 → 0. Peak 0, sum 0 over 2 dates; terms unknown → 30.
    const exposures = customerExposures(scanOf(rows, mapping));
    expect([exposures.peakCents[0], exposures.exposureSumCents[0], exposures.datesCounted[0], exposures.termsDays[0]]).toEqual([
      0, 0, 2, 30,
    ]);
  });
});
