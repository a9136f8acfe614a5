import { setDateSystem } from "../../src/functions/convert";
import { forecastBacktest } from "../../src/functions/forecast";
import { spillErrorOf } from "../support/excelValues";

/* AR.FORECASTBACKTEST as Excel calls it, on the core's hand-worked ledger
   (test/core/forecast/distribution/backtest.test.ts). AS_OF = 2025-06-30 = 45838; two periods of 7 days,
   two month-ends: with 14 days of hindsight a month-end M needs M + 13 ≤ 45838, so 2025-04-30 (45777) and
   2025-05-31 (45808).

   | row | invoiced | due   | paid  | amount | status   | at 45777         | at 45808                       |
   | H1  | 45700    | 45730 | 45740 | 100.00 |          | paid (delay 10)  | paid (delay 10)                |
   | H2  | 45700    | 45730 | 45750 | 100.00 |          | paid (delay 20)  | paid (delay 20)                |
   | O1  | 45790    | 45800 | 45818 | 300.00 |          | not yet invoiced | open, 8 days late; paid M + 10 |
   | O2  | 45800    | 45805 | 45812 | 100.00 |          | not yet invoiced | open, 3 days late; paid M + 4  |
   | O3  | 45801    | 45806 | 45811 | 500.00 | Disputed | not yet invoiced | open, disputed; paid M + 3     |
   | O4  | 45810    | 45815 | 45816 | 700.00 |          | not yet invoiced | not yet invoiced               |

   At 45777 nothing is open: every forecast and actual is 0, and no band is scored. At 45808:
   - Distribution P(10) = P(20) = ½ (H1, H2 of the same due). O1 (8 days late): ½ in week 1 (delays 9…14), ½ in
     week 2 (15…21): 150.00 + 150.00. O2 (3 late): week 1 delays 4…9 → 0; week 2 delays 10…16 → ½ = 50.00.
     Forecast [150.00, 200.00].
   - Due date: O1 and O2 are past due → week 1: [400.00, 0]. Average days late: habit 15 → O1 on 45815 (M + 7),
     O2 on 45820 (M + 12): [0, 400.00]. O3 is disputed in every method.
   - Collected: O2 + O3 in week 1 = 600.00, O1 in week 2 = 300.00.
   - Bands: week 1 [0, 300.00] misses 600.00; week 2 [0, 400.00] holds 300.00.
   Week 1: WAPE 450/600 = 0.75, 200/600 = 1/3, 600/600 = 1; bias −0.75, −1/3, −1; coverage 0 of 1.
   Week 2: WAPE 100/300 = 1/3, 300/300 = 1, 100/300 = 1/3; bias −1/3, −1, +1/3; coverage 1 of 1.
   All weeks (4 cells, 900.00): WAPE 550/900, 500/900, 700/900; bias (350 − 900)/900, (400 − 900)/900,
   (400 − 900)/900; coverage 1 of 2. */

const AS_OF = 45838;
const col = (...values: (string | number | null)[]) => values.map((v) => [v]);
const CUSTOMERS = col("X", "X", "X", "X", "X", "X");
const AMOUNTS = col(100, 100, 300, 100, 500, 700);
const DUES = col(45730, 45730, 45800, 45805, 45806, 45815);
const PAID = col(45740, 45750, 45818, 45812, 45811, 45816);
const INVOICED = col(45700, 45700, 45790, 45800, 45801, 45810);
const STATUS = col(null, null, null, null, "Disputed", null);

const HEADER_EN = [
  "Week",
  "Weeks scored",
  "Collected",
  "WAPE, distribution",
  "WAPE, due date",
  "WAPE, average days late",
  "Bias, distribution",
  "Bias, due date",
  "Bias, average days late",
  "P10–P90 coverage",
];

/** A spilled row equal to the hand figures, ratios up to float rounding (recency weights are not powers of two). */
function expectRow(actual: unknown[], hand: (string | number)[]): void {
  expect(actual).toHaveLength(hand.length);
  hand.forEach((cell, k) => {
    if (typeof cell === "number") expect({ k, cell: actual[k] }).toEqual({ k, cell: expect.closeTo(cell, 12) });
    else expect({ k, cell: actual[k] }).toEqual({ k, cell });
  });
}

afterEach(() => setDateSystem(1900));

describe("AR.FORECASTBACKTEST", () => {
  test("spills the header, one row per week and All weeks, worked by hand", () => {
    const out = forecastBacktest(CUSTOMERS, AMOUNTS, DUES, PAID, INVOICED, AS_OF, null, 2, null, STATUS, 2, null);
    expect(out).toHaveLength(4);
    expect(out[0]).toEqual(HEADER_EN);
    expectRow(out[1], [1, 2, 600, 0.75, 1 / 3, 1, -0.75, -1 / 3, -1, 0]);
    expectRow(out[2], [2, 2, 300, 1 / 3, 1, 1 / 3, -1 / 3, -1, 1 / 3, 1]);
    expectRow(out[3], ["All weeks", 4, 900, 550 / 900, 500 / 900, 700 / 900, -550 / 900, -500 / 900, -500 / 900, 0.5]);
  });

  test("without statuses O3 is forecast too; Collected is the same 600.00 and 300.00", () => {
    // O3 (500.00, due 45806, 2 days late at M) open and forecast. Due date: week 1 = 300 + 100 + 500 = 900.00 →
    // |900 − 600| / 600 = 0.5, bias +0.5.
    const out = forecastBacktest(CUSTOMERS, AMOUNTS, DUES, PAID, INVOICED, AS_OF, null, 2, null, undefined, 2);
    expect(out[1].slice(0, 3)).toEqual([1, 2, 600]);
    expect(out[1][4]).toBeCloseTo(0.5, 12);
    expect(out[1][7]).toBeCloseTo(0.5, 12);
  });

  test("a blank invoice date is known from due − 30; 1904 workbooks read month-ends in 1904", () => {
    // O4 without an invoice date: known from 45815 − 30 = 45785 ≤ 45808, open at M, paid M + 8 (week 2):
    // week 2 collects 300.00 + 700.00 = 1,000.00. In 1904 every serial is 1462 less; the month-ends are the
    // same days, so the figures are those of the 1900 workbook.
    setDateSystem(1904);
    const shift = (m: (string | number | null)[][]) => m.map(([v]) => [typeof v === "number" ? v - 1462 : v]);
    const invoiced = shift(INVOICED);
    invoiced[5] = [null];
    const out = forecastBacktest(CUSTOMERS, AMOUNTS, shift(DUES), shift(PAID), invoiced, AS_OF - 1462, null, 2, null, STATUS, 2);
    expect(out[1].slice(0, 3)).toEqual([1, 2, 600]);
    expect(out[2].slice(0, 3)).toEqual([2, 2, 1000]);
  });

  test("a ratio with no denominator is an empty cell; Chinese headers", () => {
    // The core's backtestTable case: one month-end (45808), 2 weeks. X paid 100.00 on its due date (45730) before;
    // open then 200.00 due 45810, paid 45812 (M + 4, week 1). Every method puts 200.00 in week 1: WAPE and bias 0,
    // covered. Week 2: nothing forecast, nothing paid → WAPE and bias empty; its band [0, 0] holds 0.
    const out = forecastBacktest(
      col("X", "X"),
      col(100, 200),
      col(45730, 45810),
      col(45730, 45812),
      col(45700, 45780),
      AS_OF,
      7,
      2,
      90,
      undefined,
      1,
      "zh",
    );
    expect(out[0].slice(0, 3)).toEqual(["周次", "参与评分的周数", "实际回款"]);
    expect(out[1]).toEqual([1, 1, 200, 0, 0, 0, 0, 0, 0, 1]);
    expect(out[2]).toEqual([2, 1, 0, "", "", "", "", "", "", 1]);
    expect(out[3]).toEqual(["全部周次", 2, 200, 0, 0, 0, 0, 0, 0, 1]);
  });

  test("errors: month_ends below 1, an unreadable invoice date, a missing as_of, mismatched shapes, bad language", () => {
    const call = (...over: unknown[]) =>
      forecastBacktest(
        ...((over.length > 0 ? over : [CUSTOMERS, AMOUNTS, DUES, PAID, INVOICED, AS_OF]) as Parameters<typeof forecastBacktest>),
      );
    expect(spillErrorOf(call(CUSTOMERS, AMOUNTS, DUES, PAID, INVOICED, AS_OF, null, null, null, null, 0))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("month_ends must be a whole number"),
    });
    const badInvoice = col(45700, "soon", 45790, 45800, 45801, 45810);
    expect(spillErrorOf(call(CUSTOMERS, AMOUNTS, DUES, PAID, badInvoice, AS_OF))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("'soon'"),
    });
    expect(spillErrorOf(call(CUSTOMERS, AMOUNTS, DUES, PAID, INVOICED, null))).toEqual({
      code: "#N/A",
      message: "as_of is blank",
    });
    expect(spillErrorOf(call(CUSTOMERS, AMOUNTS, DUES, PAID, col(45700), AS_OF)).message).toContain("must have the same shape");
    expect(
      spillErrorOf(call(CUSTOMERS, AMOUNTS, DUES, PAID, INVOICED, AS_OF, null, null, null, null, null, "fr")).message,
    ).toContain("language must be");
  });
});
