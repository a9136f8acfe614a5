import { isFailure } from "../../../../src/core/failure";
import {
  backtestForecast,
  type BacktestLedger,
  type ForecastBacktest,
  type MethodScore,
} from "../../../../src/core/forecast/distribution/backtest";

const AS_OF = 45838; // 2025-06-30

/**
 * A small ledger worked by hand: two periods of 7 days, two month-ends. With 14 days of hindsight a
 * month-end M needs M + 13 ≤ 45838, so M ≤ 45825: 2025-05-31 (45808) and 2025-04-30 (45777).
 *
 * | row | invoiced | due   | paid  | amount | status   | at 45777         | at 45808                          |
 * | H1  | 45700    | 45730 | 45740 | 100.00 |          | paid (delay 10)  | paid (delay 10)                   |
 * | H2  | 45700    | 45730 | 45750 | 100.00 |          | paid (delay 20)  | paid (delay 20)                   |
 * | O1  | 45790    | 45800 | 45818 | 300.00 |          | not yet invoiced | open, 8 days late; paid M + 10    |
 * | O2  | 45800    | 45805 | 45812 | 100.00 |          | not yet invoiced | open, 3 days late; paid M + 4     |
 * | O3  | 45801    | 45806 | 45811 | 500.00 | Disputed | not yet invoiced | open, disputed; paid M + 3        |
 * | O4  | 45810    | 45815 | 45816 | 700.00 |          | not yet invoiced | not yet invoiced (after M)        |
 *
 * At 45777 nothing is open: every forecast and actual is 0 (and no band is scored: nothing to spread).
 * At 45808 (period 0 = M … M + 6, period 1 = M + 7 … M + 13):
 * - Distribution: H1 and H2 weigh alike (same due date): P(10) = P(20) = ½. O1 and O2 are censored at 8 and 3,
 *   below 10, so they do not change it (O3 is disputed: left out).
 * - Probabilistic: O1 (d = 8): period 0 holds delays 9…14 → ½, period 1 delays 15…21 → ½: 150.00 + 150.00.
 *   O2 (d = 3): period 0 delays 4…9 → 0; period 1 delays 10…16 → ½ = 50.00; ½ Later. → [150.00, 200.00].
 * - Point: habit (10 × 100 + 20 × 100) / 200 = 15. O1 → 45815 (M + 7), O2 → 45820 (M + 12): [0, 400.00].
 * - Naive: O1 and O2 are past due → period 0: [400.00, 0]. (O3 is disputed in every method.)
 * - Actual: O2 + O3 in period 0 = 600.00, O1 in period 1 = 300.00 (O4 was not in the book).
 * Bands: period 0 has O1 at p = ½: μ = 15,000¢, σ = 15,000 → [0, min(30,000, 34,223)] = [0, 30,000]; the
 * actual 60,000 is outside. Period 1: O1 and O2 at ½: μ = 20,000, σ = √(¼ × (30,000² + 10,000²)) = 15,811 →
 * [0, min(40,000, 40,263)] = [0, 40,000]; the actual 30,000 is inside.
 */
const LEDGER: BacktestLedger = {
  customers: ["X", "X", "X", "X", "X", "X"],
  amountsCents: [10000, 10000, 30000, 10000, 50000, 70000],
  invoiceSerials: [45700, 45700, 45790, 45800, 45801, 45810],
  dueSerials: [45730, 45730, 45800, 45805, 45806, 45815],
  paidSerials: [45740, 45750, 45818, 45812, 45811, 45816],
  statuses: [null, null, null, null, "Disputed", null],
};

/** A score equal to the hand figures up to float rounding (the recency weights are not powers of two). */
function expectScore(actual: MethodScore, hand: MethodScore): void {
  expect(actual.forecastCents).toBeCloseTo(hand.forecastCents, 6);
  expect(actual.absErrorCents).toBeCloseTo(hand.absErrorCents, 6);
  expect(actual.wape).toBeCloseTo(hand.wape as number, 12);
  expect(actual.bias).toBeCloseTo(hand.bias as number, 12);
}

function run(): ForecastBacktest {
  const result = backtestForecast(LEDGER, { asOf: AS_OF, periods: 2, monthEnds: 2 });
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

describe("backtestForecast, worked by hand", () => {
  it("re-runs at the two month-ends with full hindsight; only 45808 had a book to forecast", () => {
    expect(run().monthEnds).toEqual([45777, 45808]);
    // At 45777 nothing was invoiced yet but H1 and H2, both paid: nothing open. At 45808 O1–O3 are open.
    expect(run().monthEndsWithBook).toBe(1);
  });

  it("scores period 1 (the month-end's first week)", () => {
    // Actual 600.00. Probabilistic 150.00: |150 − 600| / 600 = 0.75, bias −0.75. Naive 400.00: 200/600 = 1/3,
    // bias −1/3. Point 0: 600/600 = 1, bias −1. Band [0, 300.00] misses 600.00: coverage 0 of 1.
    const p = run().periods[0];
    expect(p).toMatchObject({ period: 1, cells: 2, actualCents: 60000, coverage: 0 });
    expectScore(p.probabilistic, { forecastCents: 15000, absErrorCents: 45000, wape: 0.75, bias: -0.75 });
    expect(p.naive).toEqual({ forecastCents: 40000, absErrorCents: 20000, wape: 1 / 3, bias: -1 / 3 });
    expect(p.point).toEqual({ forecastCents: 0, absErrorCents: 60000, wape: 1, bias: -1 });
  });

  it("scores period 2", () => {
    // Actual 300.00. Probabilistic 200.00: 100/300 = 1/3, bias −1/3. Naive 0: 1, bias −1. Point 400.00: 100/300 = 1/3,
    // bias +1/3. Band [0, 400.00] holds 300.00: coverage 1 of 1.
    const p = run().periods[1];
    expect(p).toMatchObject({ period: 2, cells: 2, actualCents: 30000, coverage: 1 });
    expectScore(p.probabilistic, { forecastCents: 20000, absErrorCents: 10000, wape: 1 / 3, bias: -1 / 3 });
    expect(p.naive).toEqual({ forecastCents: 0, absErrorCents: 30000, wape: 1, bias: -1 });
    expect(p.point).toEqual({ forecastCents: 40000, absErrorCents: 10000, wape: 1 / 3, bias: 1 / 3 });
  });

  it("pools all periods and month-ends overall", () => {
    // Actual 900.00. Probabilistic: |errors| 450 + 100 = 550 → 550/900; Σ forecast 350 → bias (350 − 900)/900.
    // Naive: 200 + 300 = 500 → 500/900, bias (400 − 900)/900. Point: 600 + 100 = 700 → 700/900, bias (400 − 900)/900.
    // Coverage: 1 of the 2 banded cells (45777 had nothing to spread); cells: 2 month-ends × 2 periods = 4.
    const o = run().overall;
    expect(o).toMatchObject({ period: 0, cells: 4, actualCents: 90000, coverage: 0.5 });
    expect(o.probabilistic.wape).toBeCloseTo(550 / 900, 12);
    expect(o.probabilistic.bias).toBeCloseTo(-550 / 900, 12);
    expect(o.naive.wape).toBeCloseTo(500 / 900, 12);
    expect(o.naive.bias).toBeCloseTo(-500 / 900, 12);
    expect(o.point.wape).toBeCloseTo(700 / 900, 12);
    expect(o.point.bias).toBeCloseTo(-500 / 900, 12);
  });

  it("takes a row without an invoice date as known from due − 30", () => {
    // O4 without an invoice date: known from 45815 − 30 = 45785 ≤ 45808, open at M and paid M + 8 (period 2):
    // period 2's actual grows by 700.00 to 1,000.00.
    const ledger = { ...LEDGER, invoiceSerials: [...LEDGER.invoiceSerials.slice(0, 5), null] };
    const result = backtestForecast(ledger, { asOf: AS_OF, periods: 2, monthEnds: 2 });
    if (isFailure(result)) throw new Error(result.message);
    expect(result.periods[1].actualCents).toBe(100000);
  });

  it("fails on a month-end count or scored-period count out of range", () => {
    expect(isFailure(backtestForecast(LEDGER, { asOf: AS_OF, monthEnds: 0 }))).toBe(true);
    expect(isFailure(backtestForecast(LEDGER, { asOf: AS_OF, minScoredPeriods: 14 }))).toBe(true);
  });
});
