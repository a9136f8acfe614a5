import { delayCdf, delayDistributions } from "../../../../src/core/forecast/distribution/delayDistribution";
import { prepareLedger } from "../../../../src/core/forecast/distribution/preparedLedger";
import type { ForecastLedger } from "../../../../src/core/forecast/cashForecast";

const AS_OF = 45838; // 2025-06-30
const MAX = 181; // 90 days at risk + 13 weeks

/** F(x) of customer `name` (its key) in the distributions learnt from `ledger`. */
function cdfOf(ledger: ForecastLedger, options: Parameters<typeof delayDistributions>[3], name: string) {
  const prepared = prepareLedger(ledger);
  const dist = delayDistributions(prepared, { asOf: AS_OF }, MAX, options);
  const id = prepared.customerKeys.indexOf(name);
  return (x: number) => delayCdf(dist, id, x);
}

describe("delayDistributions", () => {
  it("is the amount-weighted share of payments per delay (same due date: same recency)", () => {
    // X paid 100.00 ten days late and 300.00 thirty days late: F(10) = 100/400 = 0.25, F(30) = 1.
    const F = cdfOf(
      { customers: ["X", "X"], amountsCents: [10000, 30000], dueSerials: [45700, 45700], paidSerials: [45710, 45730] },
      {},
      "x",
    );
    expect([F(9), F(10), F(29), F(30), F(500)]).toEqual([0, 0.25, 0.25, 1, 1]);
  });

  it("weighs a payment by the recency of its due date: 2^(−age / half-life)", () => {
    // Half-life 10 days. Due as-of − 20 (weight 2^−2 = 1/4), paid 10 late; due as-of − 30 (2^−3 = 1/8), paid 30 late.
    // Equal amounts: F(10) = (1/4) / (1/4 + 1/8) = 2/3.
    const F = cdfOf(
      {
        customers: ["X", "X"],
        amountsCents: [10000, 10000],
        dueSerials: [AS_OF - 20, AS_OF - 30],
        paidSerials: [AS_OF - 10, AS_OF],
      },
      { halfLifeDays: 10 },
      "x",
    );
    expect(F(10)).toBeCloseTo(2 / 3, 12);
    expect(F(30)).toBe(1);
  });

  it("shrinks a customer toward the ledger with weight n / (n + k)", () => {
    // No recency (half-life ∞), k = 1. A paid once 10 late, B once 30 late (100.00 each): the ledger is half and half.
    // A: n = 1, w = 1/2 → F(10) = 0.5 + 0.5 × (1 − 0.5) = 0.75; B: 0.5 + 0.5 × (0 − 0.5) = 0.25; C (no history) = ledger 0.5.
    const ledger = {
      customers: ["A", "B", "C"],
      amountsCents: [10000, 10000, 5000],
      dueSerials: [45700, 45700, AS_OF + 5],
      paidSerials: [45710, 45730, null],
    };
    const options = { halfLifeDays: Infinity, priorStrength: 1 };
    expect(cdfOf(ledger, options, "a")(10)).toBe(0.75);
    expect(cdfOf(ledger, options, "b")(10)).toBe(0.25);
    expect(cdfOf(ledger, options, "c")(10)).toBe(0.5);
    // k = 0: a customer with any history is its own.
    expect(cdfOf(ledger, { ...options, priorStrength: 0 }, "a")(10)).toBe(1);
  });

  it("counts an open invoice as a delay not yet ended (Kaplan–Meier), unless told not to", () => {
    // 100.00 paid 10 late, 100.00 paid 30 late, 100.00 open and 20 days past due (no recency).
    // At risk at 10: all three (300) → hazard 1/3, F(10) = 1/3; at 30: only the one paid then (the open one left the
    // risk set after 20) → hazard 1, F(30) = 1. Without censoring: F(10) = 1/2.
    const ledger = {
      customers: ["X", "X", "X"],
      amountsCents: [10000, 10000, 10000],
      dueSerials: [45700, 45700, AS_OF - 20],
      paidSerials: [45710, 45730, null],
    };
    const F = cdfOf(ledger, { halfLifeDays: Infinity }, "x");
    expect(F(10)).toBeCloseTo(1 / 3, 12);
    expect(F(20)).toBeCloseTo(1 / 3, 12);
    expect(F(30)).toBe(1);
    expect(cdfOf(ledger, { halfLifeDays: Infinity, censoring: false }, "x")(10)).toBe(0.5);
  });

  it("keeps an invoice open beyond every payment as mass that is never reached", () => {
    // 100.00 paid 10 late; 100.00 open and 200 days past due (beyond the support of 181): at risk at 10 both →
    // F(10) = 1/2, and F stays 1/2 up to the top: the other half is "later than 181 days, or never".
    const F = cdfOf(
      { customers: ["X", "X"], amountsCents: [10000, 10000], dueSerials: [45700, AS_OF - 200], paidSerials: [45710, null] },
      { halfLifeDays: Infinity },
      "x",
    );
    expect([F(10), F(181), F(400)]).toEqual([0.5, 0.5, 0.5]);
  });

  it("pays on the due date when nobody has paid, and ignores credit notes and disputed invoices", () => {
    // A credit note "paid" 40 days late is no payment; the disputed open invoice is not a delay. Nothing is left:
    // delay 0 for everyone, as cashForecast's habit 0.
    const F = cdfOf(
      {
        customers: ["X", "X"],
        amountsCents: [-5000, 10000],
        dueSerials: [45700, AS_OF - 50],
        paidSerials: [45740, null],
        statuses: [null, "Disputed"],
      },
      {},
      "x",
    );
    expect([F(-1), F(0), F(40)]).toEqual([0, 1, 1]);
  });

  it("clamps delays earlier than minDelay to it", () => {
    // Paid 90 days before due, minDelay −60: counted at −60, so F(−60) = 1 and F(−61) = 0.
    const F = cdfOf({ customers: ["X"], amountsCents: [10000], dueSerials: [45790], paidSerials: [45700] }, {}, "x");
    expect([F(-61), F(-60)]).toEqual([0, 1]);
  });

  it("reads a customer with many observations from a dense row and one with few from its steps, alike", () => {
    // M paid 100.00 at each of 1 … 64 days late (64 observations: a dense row), F 100.00 at each of 1 … 5 (a list
    // of steps); all due 45700, k = 0, no recency: M's F(j) = j/64, F's F(j) = j/5.
    const delays = [...Array.from({ length: 64 }, (_, i) => i + 1), 1, 2, 3, 4, 5];
    const ledger = {
      customers: delays.map((_, i) => (i < 64 ? "M" : "F")),
      amountsCents: delays.map(() => 10000),
      dueSerials: delays.map(() => 45700),
      paidSerials: delays.map((d) => 45700 + d),
    };
    const prepared = prepareLedger(ledger);
    const dist = delayDistributions(prepared, { asOf: AS_OF }, MAX, { priorStrength: 0, halfLifeDays: Infinity });
    expect(dist.denseRowOf[dist.slotOf[0]]).toBe(0);
    expect(dist.denseRowOf[dist.slotOf[1]]).toBe(-1);
    const at = (id: number) => [0, 1, 3, 4, 5, 16, 32, 48, 64, 65].map((x) => delayCdf(dist, id, x));
    const close = (values: number[], hand: number[]) => values.forEach((v, i) => expect(v).toBeCloseTo(hand[i], 12));
    close(at(0), [0, 1 / 64, 3 / 64, 4 / 64, 5 / 64, 0.25, 0.5, 0.75, 1, 1]);
    close(at(1), [0, 0.2, 0.6, 0.8, 1, 1, 1, 1, 1, 1]);
  });
});
