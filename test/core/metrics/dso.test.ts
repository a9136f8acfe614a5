import { dso } from "../../../src/core/metrics/dso";

describe("dso", () => {
  it("Σreceivables / Σcredit sales × 365", () => {
    // 120,000 / 730,000 × 365 = 0.164383… × 365 = 60 days.
    expect(dso(120000, 730000)).toBe(60);
  });

  it("sums ranges, skipping blanks, and takes other period lengths", () => {
    // (50,000 + 40,000) / (90,000 + 90,000) × 90 = 0.5 × 90 = 45 days (a quarter).
    expect(dso([50000, null, 40000], [90000, 90000], 90)).toBe(45);
  });

  it("credit notes reduce the receivables", () => {
    // (10,000 − 2,500) / 36,500 × 365 = 7,500 / 100 = 75 days.
    expect(dso([10000, -2500], 36500)).toBe(75);
  });

  it("is unrounded", () => {
    // 100 / 300 × 365 = 121.666…
    expect(dso(100, 300)).toBeCloseTo(121.66666666666667, 12);
  });

  it("zero sales (or all blank) is #DIV/0!", () => {
    expect(dso(1000, 0)).toMatchObject({ code: "divideByZero", excelError: "#DIV/0!" });
    expect(dso(1000, [null, null])).toMatchObject({ code: "divideByZero" });
  });

  it("days must be positive", () => {
    expect(dso(1000, 5000, 0)).toMatchObject({ code: "divideByZero" });
    expect(dso(1000, 5000, -30)).toMatchObject({ code: "outOfRange" });
  });

  it("passes on a bad amount", () => {
    expect(dso([Number.NaN], 5000)).toMatchObject({ code: "unreadable", message: "receivables is not a finite number" });
  });
});
