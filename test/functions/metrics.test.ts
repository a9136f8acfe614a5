import { add, avgDaysLate, bpdso, ccc, cei, daysToPay, dso, dsoCountback, turnover } from "../../src/functions/metrics";
import { errorOf } from "../support/excelValues";

/* Receivables metrics called as Excel calls them: range arguments as matrices (a single cell as
   [[v]], n×1 columns, 1×n rows), scalar arguments as values, omitted ones as null. */

describe("AR.DSO", () => {
  test("120,000 / 730,000 × 365 = 60; scalars, 1×1, n×1 and 1×n ranges are summed alike", () => {
    expect(dso([[120000]], [[730000]], null)).toBe(60);
    expect(dso(120000 as never, 730000 as never)).toBe(60);
    expect(dso([[60000], [null], [60000]], [[365000, 365000]])).toBe(60);
  });

  test("a quarter: 30,000 / 90,000 × 90 = 30; days as text; amounts as text", () => {
    expect(dso([[30000]], [[90000]], 90)).toBe(30);
    expect(dso([["$30,000.00"]], [["USD 90,000"]], "90")).toBe(30);
  });

  test("zero sales is #DIV/0!; unreadable text #VALUE!; blank days default; error cells pass", () => {
    expect(errorOf(dso([[1000]], [[0]])).code).toBe("#DIV/0!");
    expect(errorOf(dso([["lots"]], [[1000]]))).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("'lots'") });
    expect(errorOf(dso([[1000]], [["#N/A"]])).code).toBe("#N/A");
    expect(errorOf(dso([[1000]], [[1000]], [[30], [60]])).message).toBe("days must be a single cell, not a 2×1 range");
    expect(errorOf(dso([[1000]], [[1000]], true)).code).toBe("#VALUE!");
  });
});

describe("AR.DSOCOUNTBACK", () => {
  test("600,000 against 200k/250k/300k of 31/28/31 days: 31 + 28 + 50,000/200,000 × 31 = 66.75", () => {
    expect(dsoCountback([[600000]], [[200000], [250000], [300000]], [[31], [28], [31]])).toBe(66.75);
  });

  test("default 30-day periods: 30 + 30 + 50,000/200,000 × 30 = 67.5; a single period_days cell applies to all", () => {
    expect(dsoCountback([[600000]], [[200000, 250000, 300000]], null as never)).toBe(67.5);
    expect(dsoCountback([[600000]], [[200000, 250000, 300000]], [[30]])).toBe(67.5);
  });

  test("a balance beyond the history is #N/A; misaligned period_days #VALUE!", () => {
    expect(errorOf(dsoCountback([[800000]], [[200000], [250000], [300000]]))).toEqual({
      code: "#N/A",
      message: "receivables exceed the sales history given",
    });
    expect(errorOf(dsoCountback([[100]], [[200], [250], [300]], [[31], [28]])).code).toBe("#VALUE!");
  });
});

describe("AR.BPDSO and AR.ADD", () => {
  test("BPDSO = 80,000 / 730,000 × 365 = 40; ADD = 60 − 40 = 20", () => {
    expect(bpdso([[80000]], [[730000]])).toBe(40);
    expect(add([[120000]], [[80000]], [[730000]], null)).toBe(20);
    expect(add([[40000], [80000]], [[30000, 50000]], [[730000]], 365)).toBe(20);
  });

  test("zero sales is #DIV/0!", () => {
    expect(errorOf(bpdso([[1]], [[null]])).code).toBe("#DIV/0!");
  });
});

describe("AR.CEI", () => {
  test("with periods 3: S = 200,000; (500k + 200k − 550k) / (500k + 200k − 400k) = 150k / 300k = 0.5", () => {
    expect(cei([[500000]], [[600000]], [[550000]], [[400000]], 3)).toBe(0.5);
  });

  test("without periods: (500k + 600k − 550k) / (500k + 600k − 400k) = 550 / 700", () => {
    expect(cei([[500000]], [[200000], [400000]], [[550000]], [[400000]], null)).toBeCloseTo(550 / 700, 15);
  });

  test("nothing collectable is #DIV/0!", () => {
    expect(errorOf(cei([[0]], [[100]], [[50]], [[100]])).code).toBe("#DIV/0!");
  });
});

describe("AR.TURNOVER", () => {
  test("720,000 / 120,000 = 6", () => {
    expect(turnover([[720000]], [[60000], [60000]])).toBe(6);
    expect(errorOf(turnover([[720000]], [[0]])).code).toBe("#DIV/0!");
  });
});

describe("AR.DAYSTOPAY", () => {
  // Invoiced 2025-01-01 (45658) paid 30 days later; 2025-02-01 (45689) paid 10 days later; one open
  const INVOICED = [[45658], [45689], [45700]];
  const PAID = [[45688], [45699], [null]];

  test("unweighted (30 + 10) / 2 = 20; weighted (30×1000 + 10×3000) / 4000 = 15", () => {
    expect(daysToPay(INVOICED, PAID, null as never)).toBe(20);
    expect(daysToPay(INVOICED, PAID, [[1000], [3000], [500]])).toBe(15);
  });

  test("text dates; no row with both dates is #DIV/0!; shapes must agree", () => {
    expect(daysToPay([["2025-01-01"]], [["2025-01-31"]])).toBe(30);
    expect(errorOf(daysToPay([[45658]], [[null]])).code).toBe("#DIV/0!");
    expect(errorOf(daysToPay(INVOICED, [[45688]])).code).toBe("#VALUE!");
  });
});

describe("AR.AVGDAYSLATE", () => {
  test("late 10 days and early (0): (10 + 0) / 2 = 5; weighted (10×100 + 0×300) / 400 = 2.5", () => {
    const due = [[45700], [45700], [45710]];
    const paid = [[45710], [45690], [null]];
    expect(avgDaysLate(due, paid)).toBe(5);
    expect(avgDaysLate(due, paid, [[100], [300], [999]])).toBe(2.5);
  });
});

describe("AR.CCC", () => {
  test("45 + 30 − 40 = 35; 10.1 + 20.2 − 0.3 = 30 exactly; text numbers", () => {
    expect(ccc(45, 30, 40)).toBe(35);
    expect(ccc([[10.1]], "20.2", 0.3)).toBe(30);
  });

  test("blank is #N/A naming the argument; words #VALUE!", () => {
    expect(errorOf(ccc(45, null, 40))).toEqual({ code: "#N/A", message: "dio is blank" });
    expect(errorOf(ccc(45, "thirty", 40)).code).toBe("#VALUE!");
  });
});
