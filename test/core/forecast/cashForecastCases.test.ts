import {
  cashForecast,
  MAX_FORECAST_PERIODS,
  type CashForecast,
  type ForecastLedger,
  type ForecastOptions,
} from "../../../src/core/forecast/cashForecast";
import { isFailure } from "../../../src/core/failure";

const AS_OF = 45838; // 2025-06-30 (1900 system); weekly periods, Later from offset 91

function run(ledger: ForecastLedger, options: Partial<ForecastOptions> = {}): CashForecast {
  const result = cashForecast(ledger, { asOf: AS_OF, ...options });
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

const cents = (f: CashForecast) => f.periods.map((p) => p.expectedCents);

describe("cashForecast, more cases worked by hand", () => {
  it("an invoice paid on as-of is settled and counts in the habit", () => {
    // P paid 100.00 four days late, on as-of → habit 4; open 10.00 due as-of + 3 → + 7 → period 1
    const f = run({
      customers: ["P", "P"],
      amountsCents: [10000, 1000],
      dueSerials: [AS_OF - 4, AS_OF + 3],
      paidSerials: [AS_OF, null],
    });
    expect(f.habits.get("p")).toEqual({ days: 4, source: "own" });
    expect(f.total).toEqual({ expectedCents: 1000, cumulativeCents: 1000, invoices: 1 });
    expect(f.periods[1].expectedCents).toBe(1000);
  });

  it("the horizon's last day is in the last period, the day after is Later", () => {
    // nobody has paid: habit 0. Period 12 holds offsets 84…90.
    const f = run({
      customers: ["X", "X"],
      amountsCents: [700, 800],
      dueSerials: [AS_OF + 90, AS_OF + 91],
      paidSerials: [null, null],
    });
    expect(f.periods[12]).toMatchObject({ startSerial: AS_OF + 84, endSerial: AS_OF + 90, expectedCents: 700, invoices: 1 });
    expect(f.later).toMatchObject({ expectedCents: 800, invoices: 1, cumulativeCents: 1500 });
  });

  it("90 days past due is still forecast (in the first period), 91 is at risk", () => {
    const f = run({
      customers: ["X", "X"],
      amountsCents: [900, 910],
      dueSerials: [AS_OF - 90, AS_OF - 91],
      paidSerials: [null, null],
    });
    expect(f.periods[0].expectedCents).toBe(900);
    expect(f.atRisk).toMatchObject({ expectedCents: 910, invoices: 1 });
    expect(
      run({ customers: ["X"], amountsCents: [5], dueSerials: [AS_OF], paidSerials: [null] }, { atRiskDays: 0 }).periods[0]
        .expectedCents,
    ).toBe(5);
  });

  it("reads disputed statuses in either language, any case or spacing", () => {
    const statuses = ["争议", " DISPUTED ", "有争议", "Dispute", "promised", null];
    const f = run({
      customers: statuses.map(() => "X"),
      amountsCents: [1, 2, 4, 8, 16, 32],
      dueSerials: statuses.map(() => AS_OF),
      paidSerials: statuses.map(() => null),
      statuses,
    });
    expect(f.disputed).toMatchObject({ expectedCents: 15, invoices: 4 });
    expect(f.periods[0]).toMatchObject({ expectedCents: 48, invoices: 2 });
  });

  it("credit notes and zero amounts do not weigh in a habit", () => {
    // C paid 100.00 ten days late, a −50.00 credit note 30 days "late", a 0.00 line 60 days late →
    // habit 10 (not (10 × 100 − 30 × 50) / 50); open 20.00 due as-of → + 10 → period 1
    const f = run({
      customers: ["C", "C", "C", "C"],
      amountsCents: [10000, -5000, 0, 2000],
      dueSerials: [45800, 45800, 45770, AS_OF],
      paidSerials: [45810, 45830, 45830, null],
    });
    expect(f.habits.get("c")).toEqual({ days: 10, source: "own" });
    expect(f.periods[1].expectedCents).toBe(2000);
  });

  it("a blank customer name is one customer, with its own habit", () => {
    // "" and "  " paid 3 days late → habit 3; N (no history) takes the ledger's 3 as well
    const f = run({
      customers: ["", "  ", "N"],
      amountsCents: [1000, 500, 700],
      dueSerials: [45800, AS_OF + 4, AS_OF + 4],
      paidSerials: [45803, null, null],
    });
    expect(f.habits.get("")).toEqual({ days: 3, source: "own" });
    expect(f.habits.get("n")).toEqual({ days: 3, source: "ledger" });
    expect(f.periods[1].expectedCents).toBe(1200); // both at + 7
  });

  it("works the same on 1904 serials (the engine only subtracts serials)", () => {
    const ledger = {
      customers: ["A", "A", "B"],
      amountsCents: [10000, 2500, 400],
      dueSerials: [45800, AS_OF + 3, AS_OF + 20],
      paidSerials: [45805, null, null],
    };
    const shift = (s: number) => s - 1462;
    const f1900 = run(ledger);
    const f1904 = run(
      {
        ...ledger,
        dueSerials: ledger.dueSerials.map(shift),
        paidSerials: ledger.paidSerials.map((p) => (p === null ? null : shift(p))),
      },
      { asOf: shift(AS_OF) },
    );
    // A: habit 5 → + 8 → period 1; B: ledger 5 → + 25 → period 3
    expect(cents(f1904)).toEqual(cents(f1900));
    expect(f1904.periods[1]).toMatchObject({ startSerial: 44383, expectedCents: 2500 });
    expect(f1904.periods[3].expectedCents).toBe(400);
  });

  it("an empty ledger forecasts zeros", () => {
    const f = run({ customers: [], amountsCents: [], dueSerials: [], paidSerials: [] });
    expect(cents(f)).toEqual(new Array(13).fill(0));
    expect(f.total).toEqual({ expectedCents: 0, cumulativeCents: 0, invoices: 0 });
  });

  it("refuses more periods than a sheet can show instead of throwing", () => {
    const empty = { customers: [], amountsCents: [], dueSerials: [], paidSerials: [] };
    expect(MAX_FORECAST_PERIODS).toBe(1048571);
    const f = cashForecast(empty, { asOf: AS_OF, periods: 2 ** 32 });
    expect(isFailure(f) && f.message).toBe("periods must be at most 1048571 (a sheet's rows); got 4294967296");
    expect(isFailure(cashForecast(empty, { asOf: AS_OF, periods: 1048571, periodDays: 1 }))).toBe(false);
  });
});
