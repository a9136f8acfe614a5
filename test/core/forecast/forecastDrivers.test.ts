import { cashForecast } from "../../../src/core/forecast/cashForecast";
import { forecastDrivers, type ForecastDriver } from "../../../src/core/forecast/forecastDrivers";
import { isFailure } from "../../../src/core/failure";

const AS_OF = 45838; // 2025-06-30; weekly periods: period k holds offsets 7k … 7k + 6, Later from offset 91

/* A two-currency ledger worked out by hand. "Shift" = max(0, due + habit − as-of) − max(0, due − as-of).
   USD habits: Acme (10 × 1000 + 20 × 3000) / 4000 = 17.5 → 18; Bird −5; USD ledger
   (10 × 1000 + 20 × 3000 − 5 × 2000) / 6000 = 10 for Newco and Lateco.
     Acme  500.00 due +2   → +20: period 0 → 2, later, shift 18  →  50000 × 18 =   900000
     Acme  250.25 due −38  → −20: period 0 → 0,        shift 0   →                      0
     Acme  200.00 due −8   → +10: period 0 → 1, later, shift 10  →  20000 × 10 =   200000
     Acme  400.00 due −3, paid after as-of → +15: 0 → 2, later, shift 15 → 40000 × 15 = 600000
     Acme  600.00 disputed, Oldco 777.77 138 days past due: left out
     Bird 1234.56 due +12  → +7: period 1 → 1,        shift −5  → 123456 × −5 = −617280
     Bird  400.00 due +9   → +4: period 1 → 0, earlier, shift −5 → 40000 × −5 = −200000
     Newco  99.99 due +62  → +72: period 8 → 10, later, shift 10 →   9999 × 10 =    99990
     Lateco 5000.00 due +82 → +92: period 11 → Later, shift 10 → 500000 × 10 = 5000000
   EUR habits (own rows only): Acme 2; Zero 0; EUR ledger (2 × 1000 + 0 × 1000) / 2000 = 1 for Newco.
     Acme 3000.00 due +4 → +6: period 0 → 0, shift 2 → 600000
     Acme −100.00 credit due +5 → +7: period 0 → 1, later −10000, shift 2 → −20000
     Zero  200.00 due +12, habit 0: moves nothing → not a driver
     Newco  50.00 due 0 → +1: period 0 → 0, shift 1 → 5000
   Acme USD: forecast 500 + 250.25 + 200 + 400 = 1350.25, later 1100.00, 3 moved, 1,700,000 cent-days.
   Acme EUR: forecast 2900.00, moved −100.00 (later), 1 moved, 580,000 cent-days.
   Bird USD: forecast 1634.56, earlier 400.00, 1 moved, −817,280 cent-days.
   Ranked by |cent-days|: Lateco USD, Acme USD, Bird USD, Acme EUR, Newco USD, Newco EUR. */
const rows: [string, number, number, number | null, string | null, string | null][] = [
  // customer, cents, due, paid, currency, status
  ["Acme", 100000, 45700, 45710, "USD", null],
  ["Acme", 300000, 45750, 45770, "usd", null],
  ["Acme", 50000, AS_OF + 2, null, "USD", null],
  ["Acme", 25025, AS_OF - 38, null, "USD", null],
  ["Acme", 20000, AS_OF - 8, null, " USD", null],
  ["Acme", 40000, AS_OF - 3, AS_OF + 7, "USD", null],
  ["Acme", 60000, AS_OF + 7, null, "USD", "Disputed"],
  ["Oldco", 77777, AS_OF - 138, null, "USD", null],
  ["Bird", 200000, 45780, 45775, "USD", null],
  ["Bird", 123456, AS_OF + 12, null, "USD", null],
  ["Bird", 40000, AS_OF + 9, null, "USD", null],
  ["Newco", 9999, AS_OF + 62, null, null, null], // blank currency: the default, USD
  ["Lateco", 500000, AS_OF + 82, null, "USD", null],
  ["acme ", 100000, 45800, 45802, "EUR", null],
  ["ACME", 300000, AS_OF + 4, null, "EUR", null],
  ["ACME", -10000, AS_OF + 5, null, "EUR", null],
  ["Zero", 100000, 45830, 45830, "EUR", null],
  ["Zero", 20000, AS_OF + 12, null, "EUR", null],
  ["Newco", 5000, AS_OF, null, "eur", null],
];
const ledger = {
  customers: rows.map((r) => r[0]),
  amountsCents: rows.map((r) => r[1]),
  dueSerials: rows.map((r) => r[2]),
  paidSerials: rows.map((r) => r[3]),
  currencies: rows.map((r) => r[4]),
  statuses: rows.map((r) => r[5]),
};

function drivers(options: Parameters<typeof forecastDrivers>[1]): ForecastDriver[] {
  const result = forecastDrivers(ledger, options);
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

describe("forecastDrivers", () => {
  const all = drivers({ asOf: AS_OF, defaultCurrency: "usd" });

  it("ranks customers and currencies by the money × days their habit moves", () => {
    expect(all.map((d) => [d.customer, d.currency, d.centDays])).toEqual([
      ["Lateco", "USD", 5000000],
      ["Acme", "USD", 1700000],
      ["Bird", "USD", -817280],
      ["acme", "EUR", 580000], // the name as first written in the EUR rows, trimmed
      ["Newco", "USD", 99990],
      ["Newco", "EUR", 5000],
    ]);
  });

  it("reports each driver's habit, forecast amount and the amount moved", () => {
    expect(all[1]).toEqual({
      customer: "Acme",
      currency: "USD",
      habitDays: 17.5,
      habitWholeDays: 18,
      habitSource: "own",
      forecastCents: 135025,
      movedCents: 110000,
      laterCents: 110000,
      earlierCents: 0,
      movedInvoices: 3,
      centDays: 1700000,
    });
    expect(all[2]).toMatchObject({
      habitDays: -5,
      forecastCents: 163456,
      movedCents: 40000,
      laterCents: 0,
      earlierCents: 40000,
      movedInvoices: 1,
    });
    expect(all[0]).toMatchObject({ habitDays: 10, habitSource: "ledger", movedCents: 500000, laterCents: 500000 });
    expect(all[3]).toMatchObject({
      habitDays: 2,
      forecastCents: 290000,
      movedCents: -10000,
      laterCents: -10000,
      movedInvoices: 1,
    });
    expect(all[5]).toMatchObject({ habitDays: 1, habitSource: "ledger", movedCents: 0, movedInvoices: 0 });
  });

  it("keeps the top N", () => {
    expect(drivers({ asOf: AS_OF, defaultCurrency: "USD", top: 2 }).map((d) => d.customer)).toEqual(["Lateco", "Acme"]);
  });

  it("breaks ties by the money moved, then by name", () => {
    // Each pays 1 day late (own history). Zz 1.00 due +6 → +7: period 0 → 1, moved; Z and Y 1.00
    // due +1 → +2: not moved. All three: 100 × 1 = 100 cent-days, so Zz (moved) first, then by name.
    const tie = forecastDrivers(
      {
        customers: ["Y", "Z", "Zz", "Z", "Y", "Zz"],
        amountsCents: [1000, 1000, 1000, 100, 100, 100],
        dueSerials: [45800, 45800, 45800, AS_OF + 1, AS_OF + 1, AS_OF + 6],
        paidSerials: [45801, 45801, 45801, null, null, null],
      },
      { asOf: AS_OF },
    );
    if (isFailure(tie)) throw new Error(tie.message);
    expect(tie.map((d) => [d.customer, d.centDays, d.movedCents])).toEqual([
      ["Zz", 100, 100],
      ["Y", 100, 0],
      ["Z", 100, 0],
    ]);
  });

  it("follows period_days, periods and at_risk_days as the forecast does", () => {
    // One 30-day period, at risk beyond 30 days: Acme USD's 250.25 (38 days) is at risk; Lateco's
    // due +82 and +92 are both Later (not moved); Acme 500.00 +2 → +20 stays in period 0.
    const monthly = drivers({ asOf: AS_OF, defaultCurrency: "USD", periodDays: 30, periods: 1, atRiskDays: 30 });
    const acme = monthly.find((d) => d.customer === "Acme" && d.currency === "USD")!;
    expect(acme).toMatchObject({ forecastCents: 110000, movedCents: 0, centDays: 1700000 });
  });

  it("reads no currencies as one blank currency", () => {
    const result = forecastDrivers(
      {
        customers: ["A", "A"],
        amountsCents: [1000, 500],
        dueSerials: [45800, AS_OF + 1],
        paidSerials: [45803, null],
        statuses: [null, null],
      },
      { asOf: AS_OF },
    );
    if (isFailure(result)) throw new Error(result.message);
    // habit 3: due +1 → +4, both period 0, shift 3 → 1500
    expect(result).toEqual([expect.objectContaining({ customer: "A", currency: "", centDays: 1500, movedCents: 0 })]);
  });

  it("leaves out disputed rows exactly as AR.CASHFORECAST reports them apart", () => {
    const statuses = ["disputed", " Dispute ", "争议", "有争议", "DISPUTED", "promised", ""];
    const base = {
      customers: statuses.map(() => "A"),
      amountsCents: statuses.map(() => 100),
      dueSerials: statuses.map(() => AS_OF + 1),
      paidSerials: statuses.map(() => null),
      statuses,
    };
    const withHistory = {
      ...base,
      customers: [...base.customers, "A"],
      amountsCents: [...base.amountsCents, 100],
      dueSerials: [...base.dueSerials, 45800],
      paidSerials: [...base.paidSerials, 45810],
      statuses: [...statuses, null],
    };
    const forecast = cashForecast(withHistory, { asOf: AS_OF });
    const result = forecastDrivers(withHistory, { asOf: AS_OF });
    if (isFailure(forecast) || isFailure(result)) throw new Error("unexpected failure");
    expect(forecast.disputed.invoices).toBe(5);
    expect(result[0].forecastCents).toBe(200); // "promised" and "" are forecast
  });

  it("an empty ledger has no drivers; bad options fail as the forecast's do", () => {
    expect(forecastDrivers({ customers: [], amountsCents: [], dueSerials: [], paidSerials: [] }, { asOf: AS_OF })).toEqual([]);
    const bad = forecastDrivers(
      { customers: [], amountsCents: [], dueSerials: [], paidSerials: [] },
      { asOf: AS_OF, periodDays: 0 },
    );
    expect(isFailure(bad) && bad.message).toBe("period_days must be a whole number of at least 1 (e.g. 7); got 0");
    const top = forecastDrivers(ledger, { asOf: AS_OF, top: 0 });
    expect(isFailure(top) && top.message).toBe("top must be a whole number of at least 1 (e.g. 10); got 0");
  });
});
