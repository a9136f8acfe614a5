import { setDateSystem } from "../../src/functions/convert";
import { cashForecast } from "../../src/functions/forecast";
import { spillErrorOf } from "../support/excelValues";

/* AR.CASHFORECAST with method "point" (the average-days-late forecast) as Excel calls it, on a ledger
   worked by hand; the default method "distribution" is tested in forecastDistribution.test.ts. AS_OF = 2025-06-30 = 45838;
   7-day periods: period 0 = 45838…45844, period 1 = 45845…45851, …; 13 periods reach 45838 + 91.
     Acme  1,000  due 45800  paid 45810  → paid: habit +10 days (the ledger's only history)
     Acme    500  due 45840  open        → expected 45850 (period 1)
     Beta    300  due 45830  open        → no history: the ledger's +10 → 45840 (period 0)
     Gamma   200  due 45835  disputed    → Disputed
     Delta   700  due 45700  open        → 138 days past due > 90 → At risk
     Eps     400  due 46038  open        → 46048, 210 days after as_of → Later
     (blank amount row)                  → skipped
   Open total 500 + 300 + 200 + 700 + 400 = 2,100 (5 invoices). */

const AS_OF = 45838;
const CUSTOMERS = [["Acme"], ["acme "], ["Beta"], ["Gamma"], ["Delta"], ["Eps"], ["Ghost"]];
const AMOUNTS = [[1000], [500], [300], [200], ["700.00"], [400], [null]];
const DUES = [[45800], [45840], [45830], [45835], [45700], [46038], ["not a date"]];
const PAID = [[45810], [null], [null], [null], [null], [null], [null]];
const STATUS = [[null], [null], [null], ["Disputed"], [null], [null], [null]];

afterEach(() => setDateSystem(1900));

const POINT = "point";

describe("AR.CASHFORECAST, method point", () => {
  test("spills header, 13 weekly periods, Later, At risk, Disputed, Total open", () => {
    const out = cashForecast(CUSTOMERS, AMOUNTS, DUES, PAID, AS_OF, null, null, null, STATUS, POINT);
    expect(out).toHaveLength(1 + 13 + 4);
    expect(out[0]).toEqual(["Period start", "Period end", "Expected", "Cumulative", "Invoices"]);
    expect(out[1]).toEqual([45838, 45844, 300, 300, 1]);
    expect(out[2]).toEqual([45845, 45851, 500, 800, 1]);
    expect(out[13]).toEqual([45838 + 84, 45838 + 90, 0, 800, 0]);
    expect(out.slice(14)).toEqual([
      ["Later", "", 400, 1200, 1],
      ["At risk (>90 days)", "", 700, 1900, 1],
      ["Disputed", "", 200, 2100, 1],
      ["Total open", "", 2100, 2100, 5],
    ]);
  });

  test("30-day periods, 2 of them, at risk after 200 days: Delta (138 days) is forecast in period 0", () => {
    const out = cashForecast(CUSTOMERS, AMOUNTS, DUES, PAID, [[AS_OF]], 30, 2, 200, STATUS, POINT);
    // period 0 = 45838…45867: Acme 500, Beta 300, Delta 700 (expected date already past) = 1,500
    expect(out[1]).toEqual([45838, 45867, 1500, 1500, 3]);
    expect(out[2]).toEqual([45868, 45897, 0, 1500, 0]);
    expect(out.slice(3).map((r) => r[0])).toEqual(["Later", "At risk (>200 days)", "Disputed", "Total open"]);
    expect(out[6]).toEqual(["Total open", "", 2100, 2100, 5]);
  });

  test("statuses omitted: Gamma is forecast (due 45835 + 10 = 45845, period 1)", () => {
    const out = cashForecast(CUSTOMERS, AMOUNTS, DUES, PAID, AS_OF, null, null, null, undefined, POINT);
    expect(out[2]).toEqual([45845, 45851, 700, 1000, 2]);
  });

  test("1×n rows work alike; 1904 workbooks give 1904 period dates", () => {
    setDateSystem(1904);
    const row = (m: unknown[][]) => [m.map((r) => (typeof r[0] === "number" && m === DUES ? r[0] - 1462 : r[0]))];
    const paid1904 = [PAID.map((r) => (r[0] === null ? null : (r[0] as number) - 1462))];
    const out = cashForecast(
      row(CUSTOMERS),
      row(AMOUNTS),
      row(DUES),
      paid1904,
      "2025-06-30",
      null,
      null,
      null,
      row(STATUS),
      "Point",
    );
    expect(out[1]).toEqual([45838 - 1462, 45844 - 1462, 300, 300, 1]);
    expect(out.at(-1)).toEqual(["Total open", "", 2100, 2100, 5]);
  });

  test("bands TRUE adds P10 and P90 columns, empty for the point method (it has no band)", () => {
    const out = cashForecast(CUSTOMERS, AMOUNTS, DUES, PAID, AS_OF, null, null, null, STATUS, POINT, true);
    expect(out[0]).toEqual(["Period start", "Period end", "Expected", "Cumulative", "Invoices", "P10", "P90"]);
    expect(out[1]).toEqual([45838, 45844, 300, 300, 1, "", ""]);
    expect(out.at(-1)).toEqual(["Total open", "", 2100, 2100, 5, "", ""]);
    // bands FALSE is the five columns of the default.
    expect(cashForecast(CUSTOMERS, AMOUNTS, DUES, PAID, AS_OF, null, null, null, STATUS, POINT, false)[1]).toEqual([
      45838, 45844, 300, 300, 1,
    ]);
  });

  test("errors: an amount without a due date, mismatched shapes, bad periods", () => {
    expect(spillErrorOf(cashForecast([["A"]], [[5]], [[null]], [[null]], AS_OF))).toMatchObject({
      code: "#N/A",
      message: "due_dates is blank (row 1)",
    });
    expect(spillErrorOf(cashForecast([["A"]], [[5], [6]], [[1], [2]], [[null], [null]], AS_OF)).message).toContain(
      "must have the same shape",
    );
    expect(spillErrorOf(cashForecast(CUSTOMERS, AMOUNTS, DUES, PAID, AS_OF, 0)).message).toContain(
      "period_days must be a whole number",
    );
  });
});
