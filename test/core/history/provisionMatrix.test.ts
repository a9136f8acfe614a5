import { bucketProvisionCents } from "../../../src/core/aging/expectedCreditLoss";
import { provisionMatrix, provisionOptionsFailure } from "../../../src/core/history/provisionMatrix";
import { EDGES, EUR_ROWS, ledgerOf, USD_ROWS } from "./sharedExample";

describe("provisionMatrix, the shared example as of 2025-04-30 (45777), 4 month-ends", () => {
  const matrix = provisionMatrix(ledgerOf(USD_ROWS), { edges: EDGES, asOf: 45777, months: 4 });

  test("the window is Jan31…Apr30", () => {
    expect(matrix.monthEnds).toEqual([45688, 45716, 45747, 45777]);
    expect(matrix.rolls.pairs).toHaveLength(3);
  });

  test("balances 0 / 0 / 800 / 0 / 2,000; provision 800 × 0.4 + 2,000 × 1 = 2,320.00", () => {
    expect(matrix.buckets.map((b) => b.label)).toEqual(["Current", "1-30", "31-60", "61-90", "91+"]);
    expect(matrix.buckets.map((b) => b.balanceCents)).toEqual([0, 0, 80000, 0, 200000]);
    expect(matrix.buckets.map((b) => b.provisionCents)).toEqual([0, 0, 32000, 0, 200000]);
    expect(matrix.provisionCents).toBe(232000);
    expect(matrix.missingRates).toEqual([]);
  });

  test("roll and loss rates beside each bucket (to 1e-9); the oldest has no roll rate", () => {
    const expectedRolls = [0.565217391304, 0.848484848485, 0.4, 1];
    const expectedLoss = [0.191831357049, 0.339393939394, 0.4, 1, 1];
    matrix.buckets.forEach((bucket, k) => {
      if (k < 4) expect(bucket.rollRate).toBeCloseTo(expectedRolls[k], 9);
      expect(bucket.lossRate).toBeCloseTo(expectedLoss[k], 9);
    });
    expect(matrix.buckets[4].rollRate).toBeNull();
  });

  test("adjustment 0.1: 800 × 0.44 = 352.00 + 2,000 × min(1, 1.1) = 2,000.00 → 2,352.00", () => {
    const adjusted = provisionMatrix(ledgerOf(USD_ROWS), { edges: EDGES, asOf: 45777, months: 4, adjustment: 0.1 });
    expect(adjusted.provisionCents).toBe(235200);
  });

  test("an as-of inside a month ends the window at the month-end before it", () => {
    // 2025-05-10 (45787): last month-end on or before it is 2025-04-30; 4 month-ends Jan…Apr as above.
    // Balances at 45787: E 59 d → 31-60 (800), B 110 d → 91+ (2,000): the same 2,320.00.
    const may = provisionMatrix(ledgerOf(USD_ROWS), { edges: EDGES, asOf: 45787, months: 4 });
    expect(may.monthEnds).toEqual([45688, 45716, 45747, 45777]);
    expect(may.provisionCents).toBe(232000);
  });

  test("the 1904 system: the same ledger 1,462 lower, the same window and 2,320.00", () => {
    const shifted = USD_ROWS.map(
      ([inv, cents, invoiced, due, paid]) =>
        [inv, cents, invoiced - 1462, due - 1462, paid === null ? null : paid - 1462] as const,
    );
    const m1904 = provisionMatrix(ledgerOf(shifted), { edges: EDGES, asOf: 45777 - 1462, months: 4, dateSystem: 1904 });
    expect(m1904.monthEnds).toEqual([45688, 45716, 45747, 45777].map((s) => s - 1462));
    expect(m1904.provisionCents).toBe(232000);
  });

  test("zh labels", () => {
    const zh = provisionMatrix(ledgerOf(USD_ROWS), { edges: EDGES, asOf: 45777, months: 4, language: "zh" });
    expect(zh.buckets[0].label).toBe("未到期");
  });
});

describe("provisionMatrix, the second currency (EUR) as of 2025-04-30", () => {
  test("Current 1,000.01 × 24/65 = 369.23 (36,923.446… cents) + 91+ 600.00 = 969.23", () => {
    const matrix = provisionMatrix(ledgerOf(EUR_ROWS), { edges: EDGES, asOf: 45777, months: 4 });
    expect(matrix.buckets.map((b) => b.balanceCents)).toEqual([100001, 0, 0, 0, 60000]);
    expect(matrix.buckets[0].lossRate).toBeCloseTo(24 / 65, 9);
    expect(matrix.buckets.map((b) => b.provisionCents)).toEqual([36923, 0, 0, 0, 60000]);
    expect(matrix.provisionCents).toBe(96923);
  });
});

describe("provisionMatrix, a bucket with a balance and no loss rate", () => {
  test("a window of Jan31 and Feb28 only: 61-90 never held a balance, so 61-90 and younger have no rate", () => {
    // As of 2025-02-28 (45716), 2 month-ends: rolls Current 1/3, 1-30 1, 31-60 0, 61-90 blank.
    // Balances at Feb28: Current 800 (E), 1-30 500 (C), 31-60 3,500 (B, F): all without a loss rate.
    const matrix = provisionMatrix(ledgerOf(USD_ROWS), { edges: EDGES, asOf: 45716, months: 2 });
    expect(matrix.buckets.map((b) => b.lossRate)).toEqual([null, null, null, null, 1]);
    expect(matrix.buckets.map((b) => b.provisionCents)).toEqual([null, null, null, null, 0]);
    expect(matrix.missingRates).toEqual(["Current", "1-30", "31-60"]);
    expect(matrix.provisionCents).toBe(0);
  });
});

describe("provisionOptionsFailure", () => {
  test.each([
    [{ edges: [60, 30], asOf: 45777 }, "edges must increase strictly (e.g. 30, 60, 90); got 60 then 30"],
    [{ edges: EDGES, asOf: 45777, months: 1 }, "months must be a whole number of month-ends from 2 to 600; got 1"],
    [{ edges: EDGES, asOf: Number.NaN }, "as_of is not a finite date serial"],
    [{ edges: EDGES, asOf: 45777, finalLossRate: 2 }, "final_loss_rate must be between 0 and 1 (e.g. 100% or 1); got 2"],
  ])("%j → %s", (options, message) => {
    expect(provisionOptionsFailure(options)?.message).toBe(message);
    expect(() => provisionMatrix(ledgerOf(USD_ROWS), options)).toThrow(message);
  });

  test("good options pass", () => {
    expect(provisionOptionsFailure({ edges: EDGES, asOf: 45777 })).toBeNull();
  });
});

describe("IFRS 9 Illustrative Example 12 (Company M), per-bucket rounding", () => {
  test("15,000,000 / 7,500,000 / 4,000,000 / 2,500,000 / 1,000,000 at 0.3% / 1.6% / 3.6% / 6.6% / 10.6% → 580,000", () => {
    // 45,000 + 120,000 + 144,000 + 165,000 + 106,000 = 580,000 (IFRS 9 IE12's table).
    const balances = [1_500_000_000, 750_000_000, 400_000_000, 250_000_000, 100_000_000];
    const rates = [0.003, 0.016, 0.036, 0.066, 0.106];
    const provisions = balances.map((cents, k) => bucketProvisionCents(cents, rates[k]));
    expect(provisions).toEqual([4_500_000, 12_000_000, 14_400_000, 16_500_000, 10_600_000]);
    expect(provisions.reduce((a, b) => a + b, 0)).toBe(58_000_000);
  });
});
