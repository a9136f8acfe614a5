import fc from "fast-check";
import { cashForecast, type CashForecast } from "../../../src/core/forecast/cashForecast";
import { isFailure } from "../../../src/core/failure";

const AS_OF = 45838; // 2025-06-30

// A small ledger worked out by hand (amounts in cents).
// Habits: Acme paid 1,000.00 10 days late and 3,000.00 20 days late → (10×1000 + 20×3000)/4000 = 17.5 → 18 days.
//         Early Bird paid 2,000.00 5 days early → −5 days.
//         Ledger: (10×1000 + 20×3000 − 5×2000)/6000 = 60000/6000 = 10 days (Newco and Oldco have no history).
const ledger = {
  customers: [
    "Acme",
    "Acme",
    "Acme",
    "Acme",
    " acme ",
    "ACME",
    "Early Bird",
    "Early Bird",
    "Newco",
    "Newco",
    "Newco",
    "Oldco",
    "Oldco",
  ],
  amountsCents: [100000, 300000, 50000, 25025, 60000, 40000, 200000, 123456, 9999, 500000, -5000, 77777, 10000],
  dueSerials: [45700, 45750, 45840, 45800, 45830, 45835, 45780, 45850, 45900, 45990, 45838, 45700, 45748],
  paidSerials: [45710, 45770, null, null, null, 45845, 45775, null, null, null, null, null, null],
  statuses: [null, null, null, null, "Disputed", null, null, null, null, null, null, null, null],
};

function run(): CashForecast {
  const result = cashForecast(ledger, { asOf: AS_OF });
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

describe("cashForecast", () => {
  it("derives each customer's habit from paid history, the ledger's for new customers", () => {
    const { habits } = run();
    expect(habits.get("acme")).toEqual({ days: 17.5, source: "own" });
    expect(habits.get("early bird")).toEqual({ days: -5, source: "own" });
    expect(habits.get("newco")).toEqual({ days: 10, source: "ledger" });
  });

  it("places each open invoice in the period of due + habit", () => {
    const f = run();
    // Period 0 (45838–45844): Acme 250.25 (45800+18 = 45818, past → first period), Oldco 100.00 (45748+10 = 45758, past; 90 days is not > 90).
    expect(f.periods[0]).toEqual({
      startSerial: 45838,
      endSerial: 45844,
      expectedCents: 35025,
      cumulativeCents: 35025,
      invoices: 2,
    });
    // Period 1 (45845–45851): Early Bird 1,234.56 (45850−5 = 45845), Newco credit note −50.00 (45838+10 = 45848).
    expect(f.periods[1]).toMatchObject({ startSerial: 45845, endSerial: 45851, expectedCents: 118456, invoices: 2 });
    // Period 2 (45852–45858): Acme 500.00 (45840+18 = 45858) and 400.00 paid after as-of (45835+18 = 45853).
    expect(f.periods[2]).toMatchObject({ expectedCents: 90000, invoices: 2, cumulativeCents: 35025 + 118456 + 90000 });
    // Period 10 (45908–45914): Newco 99.99 (45900+10 = 45910).
    expect(f.periods[10]).toMatchObject({ startSerial: 45908, endSerial: 45914, expectedCents: 9999, invoices: 1 });
    for (const k of [3, 4, 5, 6, 7, 8, 9, 11, 12]) expect(f.periods[k].expectedCents).toBe(0);
    expect(f.periods).toHaveLength(13);
  });

  it("reports later, at-risk and disputed invoices on their own rows", () => {
    const f = run();
    expect(f.later).toMatchObject({ expectedCents: 500000, invoices: 1 }); // 45990+10 = 46000, 162 days out ≥ 91
    expect(f.atRisk).toMatchObject({ expectedCents: 77777, invoices: 1 }); // 138 days past due > 90
    expect(f.disputed).toMatchObject({ expectedCents: 60000, invoices: 1 });
    // Total open by hand: 350.25 + 1,184.56 + 900.00 + 99.99 + 5,000.00 + 777.77 + 600.00 = 8,912.57
    expect(f.total).toEqual({ expectedCents: 891257, cumulativeCents: 891257, invoices: 10 });
    expect(f.disputed.cumulativeCents).toBe(891257);
  });

  it("uses 0 days when nobody has paid yet", () => {
    const f = cashForecast(
      { customers: ["A"], amountsCents: [1000], dueSerials: [AS_OF + 8], paidSerials: [null] },
      { asOf: AS_OF },
    );
    if (isFailure(f)) throw new Error(f.message);
    expect(f.habits.get("a")).toEqual({ days: 0, source: "none" });
    expect(f.periods[1].expectedCents).toBe(1000); // offset 8 → period 1 (7..13)
  });

  it("rounds a half-day habit away from zero, also for early payers", () => {
    // Paid 2 and 3 days early on equal amounts: −2.5 → −3; open invoice due as-of + 10 → as-of + 7 → period 1.
    const f = cashForecast(
      {
        customers: ["E", "E", "E"],
        amountsCents: [100, 100, 500],
        dueSerials: [45800, 45801, AS_OF + 10],
        paidSerials: [45798, 45798, null],
      },
      { asOf: AS_OF },
    );
    if (isFailure(f)) throw new Error(f.message);
    expect(f.periods[1].expectedCents).toBe(500);
    expect(f.periods[0].expectedCents).toBe(0);
  });

  it("honours period_days, periods and at_risk_days", () => {
    const f = cashForecast(ledger, { asOf: AS_OF, periodDays: 30, periods: 2, atRiskDays: 30 });
    if (isFailure(f)) throw new Error(f.message);
    expect(f.periods.map((p) => [p.startSerial, p.endSerial])).toEqual([
      [45838, 45867],
      [45868, 45897],
    ]);
    // at_risk_days 30: Oldco 777.77 (138 d) and Oldco 100.00 (90 d) and Acme 250.25 (38 d) are at risk.
    expect(f.atRisk).toMatchObject({ expectedCents: 77777 + 10000 + 25025, invoices: 3 });
  });

  it("refuses periods that are not whole positive numbers", () => {
    const f = cashForecast(ledger, { asOf: AS_OF, periodDays: 0 });
    expect(isFailure(f) && f.message).toBe("period_days must be a whole number of at least 1 (e.g. 7); got 0");
    expect(isFailure(cashForecast(ledger, { asOf: AS_OF, periods: 2.5 }))).toBe(true);
  });

  it("always adds up to the open total to the cent", () => {
    const row = fc.record({
      customer: fc.constantFrom("A", "b", " B ", "C"),
      cents: fc.integer({ min: -1_000_000, max: 100_000_000 }),
      due: fc.integer({ min: AS_OF - 400, max: AS_OF + 400 }),
      paidOffset: fc.option(fc.integer({ min: -60, max: 200 })),
      disputed: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 60 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 1, max: 20 }),
        (rows, periodDays, periods) => {
          const input = {
            customers: rows.map((r) => r.customer),
            amountsCents: rows.map((r) => r.cents),
            dueSerials: rows.map((r) => r.due),
            paidSerials: rows.map((r) => (r.paidOffset === null ? null : r.due + r.paidOffset)),
            statuses: rows.map((r) => (r.disputed ? "disputed" : "")),
          };
          const f = cashForecast(input, { asOf: AS_OF, periodDays, periods });
          if (isFailure(f)) return false;
          const openCents = rows.reduce(
            (sum, r, i) => (input.paidSerials[i] !== null && (input.paidSerials[i] as number) <= AS_OF ? sum : sum + r.cents),
            0,
          );
          const rowSum =
            f.periods.reduce((s, p) => s + p.expectedCents, 0) +
            f.later.expectedCents +
            f.atRisk.expectedCents +
            f.disputed.expectedCents;
          return rowSum === openCents && f.total.expectedCents === openCents;
        },
      ),
    );
  });
});
