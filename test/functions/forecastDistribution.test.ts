import { setDateSystem } from "../../src/functions/convert";
import { cashForecast } from "../../src/functions/forecast";
import { setFunctionsLanguage } from "../../src/functions/functionsLanguage";
import { spillErrorOf } from "../support/excelValues";

/* AR.CASHFORECAST's default method "distribution" as Excel calls it, on the hand-worked cases of the
   core (test/core/forecast/distribution/probabilisticForecast.test.ts). AS_OF = 2025-06-30 = 45838;
   weekly periods: period k = AS_OF + 7k … AS_OF + 7k + 6, spilled on row k + 1 (row 0 is the header).
   Customer X's history: 1,000.00 paid 10 days late and 1,000.00 paid 30 days late, both due 45700, so
   of the same recency: P(10) = P(30) = ½. X is the ledger's only customer, so shrinkage toward the
   ledger's distribution changes nothing. */

const AS_OF = 45838;
const X_HISTORY = { customers: ["X", "X"], amounts: [1000, 1000], dues: [45700, 45700], paid: [45710, 45730] };

/** The history plus open rows, as Excel hands the columns (n×1 ranges). */
function ledger(open: { customer?: string; amount: number; due: number; status?: string }[]) {
  const col = (values: (string | number | null)[]) => values.map((v) => [v]);
  return {
    customers: col([...X_HISTORY.customers, ...open.map((o) => o.customer ?? "X")]),
    amounts: col([...X_HISTORY.amounts, ...open.map((o) => o.amount)]),
    dues: col([...X_HISTORY.dues, ...open.map((o) => o.due)]),
    paid: col([...X_HISTORY.paid, ...open.map(() => null)]),
    statuses: col([null, null, ...open.map((o) => o.status ?? null)]),
  };
}

/** Expected per period (column 2 of rows 1 … 13). */
const expectedColumn = (out: unknown[][]) => out.slice(1, 14).map((row) => row[2]);
const zerosBut = (cells: Record<number, number>) => Array.from({ length: 13 }, (_, k) => cells[k] ?? 0);

afterEach(() => {
  setDateSystem(1900);
  setFunctionsLanguage("en");
});

describe("AR.CASHFORECAST, method distribution (the default)", () => {
  test("an invoice already 20 days late for a customer paying 10 or 30 days late lands entirely in the '30' week", () => {
    // 500.00 due AS_OF − 20, still unpaid: its delay is > 20, so it is 30 → due + 30 = AS_OF + 10, period 1
    // (45845 … 45851). Certain, so the band is [500.00, 500.00].
    const l = ledger([{ amount: 500, due: AS_OF - 20 }]);
    const out = cashForecast(l.customers, l.amounts, l.dues, l.paid, AS_OF, null, null, null, undefined, null, true);
    expect(expectedColumn(out)).toEqual(zerosBut({ 1: 500 }));
    expect(out[2]).toEqual([45845, 45851, 500, 500, 1, 500, 500]);
    expect(out.slice(14)).toEqual([
      ["Later", "", 0, 500, 0, "", ""],
      ["At risk (>90 days)", "", 0, 500, 0, "", ""],
      ["Disputed", "", 0, 500, 0, "", ""],
      ["Total open", "", 500, 500, 1, "", ""],
    ]);
  });

  test("one due in the future keeps both modes: half in the week of due + 10, half in that of due + 30", () => {
    // 500.00 due AS_OF + 3: due + 10 = AS_OF + 13 → period 1; due + 30 = AS_OF + 33 → period 4 (AS_OF + 28 … + 34).
    // 250.00 each. Band of each: μ = 25,000¢, σ = 50,000 × √(½ × ½) = 25,000¢; μ − 1.2816σ < 0 → 0;
    // μ + 1.2816σ = 57,039¢ > the 50,000¢ that can land there → 500.00.
    const l = ledger([{ amount: 500, due: AS_OF + 3 }]);
    const out = cashForecast(l.customers, l.amounts, l.dues, l.paid, AS_OF, null, null, null, undefined, null, true);
    expect(expectedColumn(out)).toEqual(zerosBut({ 1: 250, 4: 250 }));
    expect(out[2]).toEqual([45845, 45851, 250, 250, 1, 0, 500]);
    expect(out[5]).toEqual([45866, 45872, 250, 500, 1, 0, 500]);
    expect(out[3]).toEqual([45852, 45858, 0, 250, 0, 0, 0]);
  });

  test("the default is the distribution; method point puts the same invoice on due + the average 20 days late", () => {
    // Average habit (1,000 × 10 + 1,000 × 30) / 2,000 = 20 → AS_OF + 3 + 20 = AS_OF + 23 → period 3 (AS_OF + 21 … + 27).
    const l = ledger([{ amount: 500, due: AS_OF + 3 }]);
    const omitted = cashForecast(l.customers, l.amounts, l.dues, l.paid, AS_OF);
    const blank = cashForecast(l.customers, l.amounts, l.dues, l.paid, AS_OF, null, null, null, undefined, "", "");
    const named = cashForecast(l.customers, l.amounts, l.dues, l.paid, AS_OF, null, null, null, undefined, " Distribution ");
    for (const out of [omitted, blank, named]) {
      expect(out[0]).toEqual(["Period start", "Period end", "Expected", "Cumulative", "Invoices"]);
      expect(expectedColumn(out)).toEqual(zerosBut({ 1: 250, 4: 250 }));
    }
    const point = cashForecast(l.customers, l.amounts, l.dues, l.paid, AS_OF, null, null, null, undefined, "point");
    expect(expectedColumn(point)).toEqual(zerosBut({ 3: 500 }));
  });

  test("gives the P10–P90 band of a week's total by hand", () => {
    // History: 100.00 paid 10 late and 300.00 paid 30 late (same due): P(10) = ¼, P(30) = ¾. Open: 200.00 and
    // 100.00, both due AS_OF + 3 → period 1 (p = ¼ each) and period 4 (p = ¾ each).
    // Period 1: μ = (20,000 + 10,000) / 4 = 7,500¢; σ² = (20,000² + 10,000²) × ¼ × ¾ = 93,750,000, σ = 9,682.46;
    //   1.28155σ = 12,408.57 → P10 < 0 → 0; P90 = 19,908.57 → 199.09.
    // Period 4: μ = 22,500¢ (cumulative 30,000¢); P10 = 22,500 − 12,408.57 = 10,091.43 → 100.91;
    //   P90 = 34,908.57 > 30,000 (both paid) → 300.00.
    const col = (values: (string | number | null)[]) => values.map((v) => [v]);
    const out = cashForecast(
      col(["X", "X", "X", "X"]),
      col([100, 300, 200, 100]),
      col([45700, 45700, AS_OF + 3, AS_OF + 3]),
      col([45710, 45730, null, null]),
      AS_OF,
      null,
      null,
      null,
      undefined,
      null,
      "TRUE",
    );
    expect(out[2]).toEqual([45845, 45851, 75, 75, 2, 0, 199.09]);
    expect(out[5]).toEqual([45866, 45872, 225, 300, 2, 100.91, 300]);
    expect(out.at(-1)).toEqual(["Total open", "", 300, 300, 2, "", ""]);
  });

  test("keeps the at-risk and disputed rows apart", () => {
    // at_risk_days 0: X 250.00 due AS_OF − 1 is 1 day past due > 0 → At risk (>0 days); its delay is censored at 1,
    // before any payment at 10 or 30, so it leaves X's distribution alone. X 400.00 due AS_OF + 5 disputed → Disputed
    // (and no observation of a delay). X 500.00 due AS_OF + 3 → 250.00 in periods 1 and 4 as above.
    // Running total: 500.00 forecast, Later 0 → 500.00, + 250.00 = 750.00, + 400.00 = 1,150.00; 3 invoices open.
    const l = ledger([
      { amount: 500, due: AS_OF + 3 },
      { amount: 250, due: AS_OF - 1 },
      { amount: 400, due: AS_OF + 5, status: "Disputed" },
    ]);
    const out = cashForecast(l.customers, l.amounts, l.dues, l.paid, AS_OF, null, null, 0, l.statuses);
    expect(expectedColumn(out)).toEqual(zerosBut({ 1: 250, 4: 250 }));
    expect(out.slice(14)).toEqual([
      ["Later", "", 0, 500, 0],
      ["At risk (>0 days)", "", 250, 750, 1],
      ["Disputed", "", 400, 1150, 1],
      ["Total open", "", 1150, 1150, 3],
    ]);
  });

  test("30-day periods in a 1904 workbook: period dates in 1904 serials", () => {
    // 1904 serial = 1900 serial − 1462. Two periods of 30 days from AS_OF: the 20-days-late invoice lands on
    // AS_OF + 10, period 0 (AS_OF … AS_OF + 29).
    setDateSystem(1904);
    const l = ledger([{ amount: 500, due: AS_OF - 20 }]);
    const shift = (m: (string | number | null)[][]) => m.map(([v]) => [typeof v === "number" ? v - 1462 : v]);
    const out = cashForecast(l.customers, l.amounts, shift(l.dues), shift(l.paid), AS_OF - 1462, 30, 2);
    expect(out[1]).toEqual([AS_OF - 1462, AS_OF - 1462 + 29, 500, 500, 1]);
    expect(out[2]).toEqual([AS_OF - 1462 + 30, AS_OF - 1462 + 59, 0, 500, 0]);
  });

  test("a method other than distribution or point, or bands not TRUE/FALSE, is #VALUE! with a message", () => {
    const l = ledger([{ amount: 500, due: AS_OF + 3 }]);
    const call = (method: unknown, bands: unknown = null) =>
      cashForecast(l.customers, l.amounts, l.dues, l.paid, AS_OF, null, null, null, undefined, method, bands);
    expect(spillErrorOf(call("average"))).toEqual({
      code: "#VALUE!",
      message: 'method must be "distribution" or "point"; got \'average\'',
    });
    expect(spillErrorOf(call(null, "bands"))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("bands must be TRUE or FALSE"),
    });
    setFunctionsLanguage("zh");
    expect(spillErrorOf(call("average")).message).toBe("method必须是“distribution”或“point”，当前为“average”");
  });
});
