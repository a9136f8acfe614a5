import fc from "fast-check";
import { cashForecastByCurrency } from "../../../src/core/forecast/cashForecastByCurrency";
import { rowsByCurrency } from "../../../src/core/forecast/rowsByCurrency";
import { isFailure } from "../../../src/core/failure";

const AS_OF = 45838; // 2025-06-30

/* By hand:
   USD: A paid 1,000.00 ten days late → habit 10; A 100.00 due as-of + 3 → + 13 → period 1;
        "usd " 30.00 disputed. USD total 130.00.
   EUR: A has no EUR history and nobody paid in EUR → habit 0 (the USD habit is not borrowed);
        A 50.00 due as-of + 3 → period 0; a blank-currency row (default "eur") of 20.00 due 200
        days ago → at risk. EUR total 70.00. */
const ledger = {
  customers: ["A", "A", "A", "B", "C"],
  amountsCents: [100000, 10000, 5000, 2000, 3000],
  dueSerials: [45800, AS_OF + 3, AS_OF + 3, AS_OF - 200, AS_OF + 1],
  paidSerials: [45810, null, null, null, null],
  currencies: ["USD", "USD", "EUR", null, "usd "],
  statuses: [null, null, null, null, "disputed"],
};

describe("cashForecastByCurrency", () => {
  it("forecasts each currency on its own, habits included", () => {
    const result = cashForecastByCurrency(ledger, { asOf: AS_OF, defaultCurrency: "eur" });
    if (isFailure(result)) throw new Error(result.message);
    expect([...result.keys()]).toEqual(["EUR", "USD"]);
    const eur = result.get("EUR")!;
    const usd = result.get("USD")!;
    expect(usd.habits.get("a")).toEqual({ days: 10, source: "own" });
    expect(eur.habits.get("a")).toEqual({ days: 0, source: "none" });
    expect([
      usd.periods[0].expectedCents,
      usd.periods[1].expectedCents,
      usd.disputed.expectedCents,
      usd.total.expectedCents,
    ]).toEqual([0, 10000, 3000, 13000]);
    expect([eur.periods[0].expectedCents, eur.atRisk.expectedCents, eur.total.expectedCents, eur.total.invoices]).toEqual([
      5000, 2000, 7000, 2,
    ]);
  });

  it("puts blank currencies under the default, blank when none is set", () => {
    expect([...rowsByCurrency(["usd", null, " USD", "", undefined])]).toEqual([
      ["", [1, 3, 4]],
      ["USD", [0, 2]],
    ]);
    expect([...rowsByCurrency(["usd", null], "Eur")]).toEqual([
      ["EUR", [1]],
      ["USD", [0]],
    ]);
  });

  it("checks the options even for an empty ledger", () => {
    const empty = { customers: [], amountsCents: [], dueSerials: [], paidSerials: [], currencies: [] };
    expect(cashForecastByCurrency(empty, { asOf: AS_OF })).toEqual(new Map());
    const bad = cashForecastByCurrency(empty, { asOf: AS_OF, periods: 0 });
    expect(isFailure(bad) && bad.message).toBe("periods must be a whole number of at least 1 (e.g. 13); got 0");
  });

  it("never adds currencies: each currency's rows sum to its own open total", () => {
    const row = fc.record({
      currency: fc.constantFrom("USD", "usd", "EUR", "CNY", "", null),
      customer: fc.constantFrom("A", "B"),
      cents: fc.integer({ min: -100_000, max: 10_000_000 }),
      due: fc.integer({ min: AS_OF - 200, max: AS_OF + 200 }),
      paidOffset: fc.option(fc.integer({ min: -30, max: 90 })),
      disputed: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const paid = rows.map((r) => (r.paidOffset === null ? null : r.due + r.paidOffset));
        const result = cashForecastByCurrency(
          {
            customers: rows.map((r) => r.customer),
            amountsCents: rows.map((r) => r.cents),
            dueSerials: rows.map((r) => r.due),
            paidSerials: paid,
            currencies: rows.map((r) => r.currency),
            statuses: rows.map((r) => (r.disputed ? "Disputed" : null)),
          },
          { asOf: AS_OF, defaultCurrency: "CNY" },
        );
        if (isFailure(result)) return false;
        const open = new Map<string, number>();
        rows.forEach((r, i) => {
          const code = (r.currency ?? "").trim().toUpperCase() || "CNY";
          const isOpen = paid[i] === null || (paid[i] as number) > AS_OF;
          open.set(code, (open.get(code) ?? 0) + (isOpen ? r.cents : 0));
        });
        if (result.size !== open.size) return false;
        for (const [code, f] of result) {
          const rowSum =
            f.periods.reduce((s, p) => s + p.expectedCents, 0) +
            f.later.expectedCents +
            f.atRisk.expectedCents +
            f.disputed.expectedCents;
          if (rowSum !== open.get(code) || f.total.expectedCents !== open.get(code)) return false;
        }
        return true;
      }),
    );
  });
});
