import { isFailure } from "../../../../src/core/failure";
import { backtestForecast } from "../../../../src/core/forecast/distribution/backtest";
import { backtestTable } from "../../../../src/core/forecast/distribution/backtestTable";

const AS_OF = 45838; // 2025-06-30

describe("backtestTable", () => {
  // One month-end with 2 weeks of hindsight (2025-05-31, 45808). X paid 100.00 on due (45730 → 45730) before it;
  // open then: 200.00 due 45810, paid 45812 (M + 4, week 1). Nothing open earlier. Every method puts 200.00
  // in week 1 (the probabilistic: the only delay known is 0 → due 45810 = M + 2). Week 2: nothing forecast, nothing
  // paid → WAPE and bias have no denominator (null).
  const result = backtestForecast(
    {
      customers: ["X", "X"],
      amountsCents: [10000, 20000],
      invoiceSerials: [45700, 45780],
      dueSerials: [45730, 45810],
      paidSerials: [45730, 45812],
    },
    { asOf: AS_OF, periods: 2, monthEnds: 1 },
  );
  if (isFailure(result)) throw new Error(result.message);

  it("spills a header, a row per week and All weeks, in English", () => {
    expect(backtestTable(result, "en")).toEqual([
      [
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
      ],
      [1, 1, 200, 0, 0, 0, 0, 0, 0, 1],
      [2, 1, 0, null, null, null, null, null, null, 1],
      ["All weeks", 2, 200, 0, 0, 0, 0, 0, 0, 1],
    ]);
  });

  it("in Chinese", () => {
    const zh = backtestTable(result, "zh");
    expect(zh[0][0]).toBe("周次");
    expect(zh[3][0]).toBe("全部周次");
  });
});
