import { setDateSystem } from "../../src/functions/convert";
import { avgDaysLate } from "../../src/functions/metrics";
import { daysLateTrend } from "../../src/functions/history";
import { spillErrorOf } from "../support/excelValues";

/* AR.DAYSLATETREND as Excel calls it: ranges as matrices, scalars as values, an omitted argument
   as null. The shared ledger of issue #19 (USD), month-ends 2025-01-31 = 45688, 2025-02-28 = 45716,
   2025-03-31 = 45747, 2025-04-30 = 45777:
     A 1,000.00 due 2025-02-09 paid 2025-02-20 → February, 11 days late
     B 2,000.00 due 2025-01-20 unpaid
     C   500.00 due 2025-02-24 paid 2025-03-15 → March, 19 days late
     D  −300.00 due 2025-01-15 unpaid (credit note)
     E   800.00 due 2025-03-12 unpaid
     F 1,500.00 due 2024-12-31 paid 2025-03-10 → March, 69 days late
   March, weighted: (19 × 500 + 69 × 1,500) / 2,000 = 113,000 / 2,000 = 56.5; unweighted (19 + 69) / 2 = 44. */
const DUE = [[45697], [45677], ["2025-02-24"], [45672], [45728], [45657]];
const PAID = [[45708], [null], [45731], [null], [null], ["2025-03-10"]];
const AMOUNTS = [[1000], [2000], ["$500.00"], ["(300.00)"], [800], [1500]];

afterEach(() => setDateSystem(1900));

describe("AR.DAYSLATETREND", () => {
  test("spills a header and one row per month; a month with no payment has an empty cell, not 0", () => {
    expect(daysLateTrend(DUE, PAID, AMOUNTS, 45688, "2025-04-30")).toEqual([
      ["Month", "Days late", "Invoices paid"],
      [45688, "", 0],
      [45716, 11, 1],
      [45747, 56.5, 2],
      [45777, "", 0],
    ]);
  });

  test("amounts left empty count each invoice once; any day stands for its month; Chinese header", () => {
    // first_month_end 2025-02-15 → February; last 2025-03-01 → March.
    expect(daysLateTrend(DUE, PAID, null as never, "2025-02-15", 45717, "zh")).toEqual([
      ["月份", "逾期天数", "已付发票数"],
      [45716, 11, 1],
      [45747, 44, 2],
    ]);
  });

  test("a month's days late equal AR.AVGDAYSLATE over that month's payments", () => {
    // March's rows are C and F: AR.AVGDAYSLATE over them alone, weighted, is 56.5 too.
    expect(avgDaysLate([[45712], [45657]], [[45731], [45726]], [[500], [1500]])).toBe(56.5);
  });

  test("1,000 paid 30 days late and 3,000 paid 10 days late in one month give 15; early payment counts 0", () => {
    // January 2025: due 45658 paid 45688 (30 late), due 45668 paid 45678 (10 late): (30,000 + 30,000) / 4,000 = 15.
    // February: 2,000 due 45700 paid 45690 (10 early → 0) and 2,000 due 45670 paid 45690 (20 late): 10.
    const out = daysLateTrend(
      [[45658], [45668], [45700], [45670]],
      [[45688], [45678], [45690], [45690]],
      [[1000], [3000], [2000], [2000]],
      45688,
      45716,
    );
    expect(out.slice(1)).toEqual([
      [45688, 15, 2],
      [45716, 10, 2],
    ]);
  });

  test("1904 workbooks: month-ends in 1904 serials", () => {
    setDateSystem(1904);
    // 2025-02-28 = 45716 − 1462 = 44254; A paid 2025-02-20 = 44246 (11 days after its due date 44235).
    expect(daysLateTrend([[44235]], [[44246]], null as never, 44254, 44254)).toEqual([
      ["Month", "Days late", "Invoices paid"],
      [44254, 11, 1],
    ]);
  });

  test("first_month_end after last_month_end is #VALUE! saying so", () => {
    expect(spillErrorOf(daysLateTrend(DUE, PAID, AMOUNTS, 45777, 45688))).toEqual({
      code: "#VALUE!",
      message: "first_month_end (2025-04-30) must be in the same month as last_month_end (2025-01-31) or before it",
    });
  });

  test("a blank month end is #N/A; misaligned columns and unreadable dates are #VALUE!", () => {
    expect(spillErrorOf(daysLateTrend(DUE, PAID, AMOUNTS, null, 45777))).toEqual({
      code: "#N/A",
      message: "first_month_end is blank",
    });
    expect(spillErrorOf(daysLateTrend(DUE, [[45708]], AMOUNTS, 45688, 45777))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("due_dates and paid_dates must have the same shape"),
    });
    expect(
      spillErrorOf(daysLateTrend(DUE, [[45708], [null], ["soon"], [null], [null], [null]], null as never, 45688, 45777)).code,
    ).toBe("#VALUE!");
  });
});
