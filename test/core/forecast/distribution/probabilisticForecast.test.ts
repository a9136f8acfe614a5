import { isFailure } from "../../../../src/core/failure";
import type { ForecastLedger } from "../../../../src/core/forecast/cashForecast";
import {
  probabilisticForecast,
  type ProbabilisticForecast,
  type ProbabilisticOptions,
} from "../../../../src/core/forecast/distribution/probabilisticForecast";

const AS_OF = 45838; // 2025-06-30; weekly periods: k holds as-of + 7k … + 7k + 6, Later from + 91

function run(ledger: ForecastLedger, options: Partial<ProbabilisticOptions> = {}): ProbabilisticForecast {
  const result = probabilisticForecast(ledger, { asOf: AS_OF, ...options });
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

/** X's history: 1,000.00 paid 10 days late and 1,000.00 paid 30 days late, both due 45700 (same recency). */
const HALF_10_HALF_30 = {
  customers: ["X", "X"],
  amountsCents: [100000, 100000],
  dueSerials: [45700, 45700],
  paidSerials: [45710, 45730] as (number | null)[],
};

function withOpen(amountCents: number, due: number): ForecastLedger {
  return {
    customers: [...HALF_10_HALF_30.customers, "X"],
    amountsCents: [...HALF_10_HALF_30.amountsCents, amountCents],
    dueSerials: [...HALF_10_HALF_30.dueSerials, due],
    paidSerials: [...HALF_10_HALF_30.paidSerials, null],
  };
}

const expected = (f: ProbabilisticForecast) => f.periods.map((p) => p.expectedCents);
const zerosBut = (cells: Record<number, number>) => Array.from({ length: 13 }, (_, k) => cells[k] ?? 0);

describe("probabilisticForecast (default options)", () => {
  it("an invoice already 20 days late for a customer paying 10 or 30 days late lands entirely in the '30' week", () => {
    // 500.00 due as-of − 20. Still unpaid, so its delay is > 20: all of it at 30 → due + 30 = as-of + 10, period 1.
    // (The open invoice is censored at 20: at risk at 10, not at 30 — F(30) = 1 still; the spread is exact.)
    const f = run(withOpen(50000, AS_OF - 20));
    expect(expected(f)).toEqual(zerosBut({ 1: 50000 }));
    expect(f.periods[1]).toMatchObject({ startSerial: AS_OF + 7, endSerial: AS_OF + 13, p10Cents: 50000, p90Cents: 50000 });
    expect(f.later.expectedCents).toBe(0);
    expect(f.total).toEqual({ expectedCents: 50000, cumulativeCents: 50000, invoices: 1 });
  });

  it("one due in the future keeps both modes, half in the week of due + 10 and half in that of due + 30", () => {
    // 500.00 due as-of + 3: due + 10 = as-of + 13 → period 1; due + 30 = as-of + 33 → period 4: 250.00 each.
    // Band of each: μ = 25,000¢, σ = 50,000 × √(½·½) = 25,000; μ − 1.2816σ < 0 → 0; μ + 1.2816σ = 57,039 > 50,000 → 50,000.
    const f = run(withOpen(50000, AS_OF + 3));
    expect(expected(f)).toEqual(zerosBut({ 1: 25000, 4: 25000 }));
    for (const k of [1, 4])
      expect(f.periods[k]).toMatchObject({ p10Cents: 0, p90Cents: 50000, invoices: 1, expectedInvoices: 0.5 });
    expect(f.periods[2]).toMatchObject({ p10Cents: 0, p90Cents: 0, invoices: 0, expectedInvoices: 0 });
  });

  it("gives the P10–P90 band of a week's total by hand", () => {
    // History: 100.00 paid 10 late and 300.00 paid 30 late (same due): P(10) = 1/4, P(30) = 3/4.
    // Open: A 200.00 and B 100.00, both due as-of + 3 → period 1 (p = 1/4 each) and period 4 (p = 3/4 each).
    // Period 1: μ = (20,000 + 10,000)/4 = 7,500¢; σ² = (20,000² + 10,000²) × ¼ × ¾ = 93,750,000, σ = 9,682.458;
    //   1.28155 σ = 12,408.57 → P10 = 7,500 − 12,408.57 < 0 → 0; P90 = 19,908.57 → 19,909.
    // Period 4: μ = 22,500; P10 = 22,500 − 12,408.57 = 10,091.43 → 10,091; P90 = 34,908.57 > 30,000 (both paid) → 30,000.
    const f = run({
      customers: ["X", "X", "X", "X"],
      amountsCents: [10000, 30000, 20000, 10000],
      dueSerials: [45700, 45700, AS_OF + 3, AS_OF + 3],
      paidSerials: [45710, 45730, null, null],
    });
    expect(f.periods[1]).toMatchObject({ expectedCents: 7500, p10Cents: 0, p90Cents: 19909, invoices: 2, expectedInvoices: 0.5 });
    expect(f.periods[4]).toMatchObject({
      expectedCents: 22500,
      p10Cents: 10091,
      p90Cents: 30000,
      invoices: 2,
      expectedInvoices: 1.5,
    });
    expect(f.periods[4].cumulativeCents).toBe(30000);
  });

  it("keeps cashForecast's disputed and at-risk rows, and forecasts open amounts as given", () => {
    // X's history as above (10 or 30 late). Open: X 400.00 disputed; Y 250.00 91 days past due (> 90: at risk);
    // X 120.00 left of a part-paid invoice due as-of + 3 (the caller passes the open balance) → 60.00 in periods 1 and 4.
    // (Y's old invoice is a delay of more than 91 days in the ledger's history; k = 0 keeps X to its own.)
    const f = run(
      {
        customers: ["X", "X", "X", "Y", "X"],
        amountsCents: [100000, 100000, 40000, 25000, 12000],
        dueSerials: [45700, 45700, AS_OF - 5, AS_OF - 91, AS_OF + 3],
        paidSerials: [45710, 45730, null, null, null],
        statuses: [null, null, "Disputed", null, null],
      },
      { priorStrength: 0 },
    );
    expect(expected(f)).toEqual(zerosBut({ 1: 6000, 4: 6000 }));
    expect(f.later).toEqual({ expectedCents: 0, cumulativeCents: 12000, invoices: 0 });
    expect(f.atRisk).toEqual({ expectedCents: 25000, cumulativeCents: 37000, invoices: 1 });
    expect(f.disputed).toEqual({ expectedCents: 40000, cumulativeCents: 77000, invoices: 1 });
    // Total open: 120.00 + 250.00 + 400.00 = 770.00, three invoices.
    expect(f.total).toEqual({ expectedCents: 77000, cumulativeCents: 77000, invoices: 3 });
  });

  it("rounds on the running total, so the rows add up to Total open to the cent", () => {
    // History: 10, 30 and 50 days late, 100.00 each (same due): a third each. Open 100.00 due as-of + 3 →
    // periods 1 (13), 4 (33), 7 (53: 49 … 55), 3,333.33¢ each. Running: 3,333.33 → 3,333; 6,666.67 → 6,667 (+3,334);
    // 10,000 (+3,333).
    const f = run({
      customers: ["X", "X", "X", "X"],
      amountsCents: [10000, 10000, 10000, 10000],
      dueSerials: [45700, 45700, 45700, AS_OF + 3],
      paidSerials: [45710, 45730, 45750, null],
    });
    expect(expected(f)).toEqual(zerosBut({ 1: 3333, 4: 3334, 7: 3333 }));
    expect(f.later.expectedCents).toBe(0);
    expect(f.total.expectedCents).toBe(10000);
  });

  it("puts what the history cannot place in Later", () => {
    // X always paid 10 late; 300.00 is 15 days late: no delay > 15 is known → Later. Nobody else has paid.
    const f = run({
      customers: ["X", "X"],
      amountsCents: [10000, 30000],
      dueSerials: [45700, AS_OF - 15],
      paidSerials: [45710, null],
    });
    expect(expected(f)).toEqual(zerosBut({}));
    expect(f.later).toEqual({ expectedCents: 30000, cumulativeCents: 30000, invoices: 1 });
  });

  it("takes daily periods over a long horizon", () => {
    // 500.00 due as-of + 3, paid 10 or 30 late: days 13 and 33 after as-of, in periods of one day; 100,000 periods.
    const f = run(withOpen(50000, AS_OF + 3), { periodDays: 1, periods: 100000 });
    expect(f.periods).toHaveLength(100000);
    expect([f.periods[13].expectedCents, f.periods[33].expectedCents]).toEqual([25000, 25000]);
    expect(f.periods[99999]).toMatchObject({ startSerial: AS_OF + 99999, cumulativeCents: 50000 });
  });

  it("is deterministic: the same ledger gives the same numbers", () => {
    const ledger = withOpen(12345, AS_OF + 1);
    expect(run(ledger)).toEqual(run(ledger));
  });

  it("fails on periods, half-life or prior strength out of range", () => {
    const ledger = withOpen(100, AS_OF);
    expect(isFailure(probabilisticForecast(ledger, { asOf: AS_OF, periods: 0 }))).toBe(true);
    const halfLife = probabilisticForecast(ledger, { asOf: AS_OF, halfLifeDays: 0 });
    expect(isFailure(halfLife) && halfLife.message).toMatch(/half_life_days/);
    const prior = probabilisticForecast(ledger, { asOf: AS_OF, priorStrength: -1 });
    expect(isFailure(prior) && prior.message).toMatch(/prior_strength/);
    const minDelay = probabilisticForecast(ledger, { asOf: AS_OF, minDelay: 0.5 });
    expect(isFailure(minDelay) && minDelay.message).toMatch(/min_delay/);
  });
});
