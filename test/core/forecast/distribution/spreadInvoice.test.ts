import type { DelayDistributions } from "../../../../src/core/forecast/distribution/delayDistribution";
import { spreadInvoice } from "../../../../src/core/forecast/distribution/spreadInvoice";

const WEEKS = { periodDays: 7, periods: 13 };

/** The ledger's distribution over delays −60 … 181 from point masses {delay: probability}; customer 0 takes it. */
function distribution(masses: Record<number, number>): DelayDistributions {
  const minDelay = -60;
  const maxDelay = 181;
  const width = maxDelay - minDelay + 1;
  const cdf = new Float64Array(width);
  let run = 0;
  for (let j = 0; j < width; j++) {
    run += masses[minDelay + j] ?? 0;
    cdf[j] = run;
  }
  return {
    minDelay,
    maxDelay,
    width,
    ledgerCdf: cdf,
    slotOf: new Int32Array(1),
    ownWeight: new Float64Array(1),
    stepStarts: new Int32Array(2),
    stepCells: new Int32Array(0),
    stepCdf: new Float64Array(0),
    denseRowOf: Int32Array.from([-1]),
    denseCdf: new Float64Array(0),
    ledgerHasHistory: true,
  };
}

function spread(masses: Record<number, number>, daysPastDue: number): number[] {
  const out = new Float64Array(WEEKS.periods + 1);
  spreadInvoice(distribution(masses), 0, daysPastDue, WEEKS, out);
  return Array.from(out);
}

/** Periods 0–12 then Later, all 0 except the given ones. */
function only(cells: Record<number, number>): number[] {
  return Array.from({ length: 14 }, (_, k) => cells[k] ?? 0);
}

describe("spreadInvoice", () => {
  it("an invoice 20 days late for a customer paying 10 or 30 days late lands entirely on due + 30", () => {
    // P(delay > 20) = 1/2, all of it at 30: paid as-of + 10, period 1 (as-of + 7 … + 13) holds all of it.
    expect(spread({ 10: 0.5, 30: 0.5 }, 20)).toEqual(only({ 1: 1 }));
  });

  it("one due in 3 days keeps both modes: half on due + 10, half on due + 30", () => {
    // d = −3 (due = as-of + 3): due + 10 = as-of + 13 → period 1 (7 … 13); due + 30 = as-of + 33 → period 4 (28 … 34).
    expect(spread({ 10: 0.5, 30: 0.5 }, -3)).toEqual(only({ 1: 0.5, 4: 0.5 }));
  });

  it("period 0 holds as-of + 1 … + 6 (a payment on as-of would have settled it), period 1 starts at + 7", () => {
    // Not yet due (d = 0): delay 6 → as-of + 6, period 0; delay 7 → as-of + 7, period 1.
    expect(spread({ 6: 0.25, 7: 0.75 }, 0)).toEqual(only({ 0: 0.25, 1: 0.75 }));
  });

  it("the last period ends at as-of + 90; a payment on + 91 is Later", () => {
    expect(spread({ 90: 0.5, 91: 0.5 }, 0)).toEqual(only({ 12: 0.5, 13: 0.5 }));
  });

  it("mass beyond the support (later than 181 days, or never) goes to Later", () => {
    // F reaches only 0.6: 0.4 is beyond. 3 days past due: P(delay > 3) = 1; delay 5 → as-of + 2, period 0.
    expect(spread({ 5: 0.6 }, 3)).toEqual(only({ 0: 0.6, 13: 0.4 }));
  });

  it("an invoice later than every delay the history knows waits in Later", () => {
    // Customer always paid 10 days late; the invoice is 15 days late: P(delay > 15) = 0.
    expect(spread({ 10: 1 }, 15)).toEqual(only({ 13: 1 }));
  });

  it("conditions on the delays still possible: 1/4 at 5, 1/4 at 12, 1/2 at 40, invoice 8 days late", () => {
    // P(delay > 8) = 3/4: 12 → as-of + 4 (period 0) with (1/4)/(3/4) = 1/3; 40 → as-of + 32 (period 4) with 2/3.
    const out = spread({ 5: 0.25, 12: 0.25, 40: 0.5 }, 8);
    expect(out[0]).toBeCloseTo(1 / 3, 15);
    expect(out[4]).toBeCloseTo(2 / 3, 15);
    expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 15);
  });
});
