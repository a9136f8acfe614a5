import { calendarToSerial } from "../../../src/core/dates/excelSerial";
import { lateInterest } from "../../../src/core/financing/lateInterest";

const d = (year: number, month: number, day: number): number => calendarToSerial({ year, month, day }) as number;

describe("lateInterest", () => {
  const due = d(2025, 1, 31);
  const asOf = d(2025, 3, 2); // Feb 1 … Mar 2 = 28 + 2 = 30 days of interest

  it("annual rate, actual/365", () => {
    // 10,000 × 0.1215 × 30 / 365 = 36,450 / 365 = 99.863… → 99.86
    expect(lateInterest(10000, due, asOf, 0.1215)).toBe(99.86);
  });

  it("actual/360", () => {
    // 10,000 × 0.1215 × 30 / 360 = 101.25
    expect(lateInterest(10000, due, asOf, 0.1215, "annual", 360)).toBe(101.25);
  });

  it("daily rate (0.05% a day, common in Chinese contracts)", () => {
    // 10,000 × 0.0005 × 30 = 150
    expect(lateInterest(10000, due, asOf, 0.0005, "daily")).toBe(150);
  });

  it("adds the EU late-payment fixed sum of €40 (Directive 2011/7/EU, art. 6) once days > 0", () => {
    // 1,000 × 0.1015 × 30 / 365 = 8.342… → with the €40: 48.342… → 48.34
    expect(lateInterest(1000, due, asOf, 0.1015, "annual", 365, 40)).toBe(48.34);
  });

  it("interest starts the day after the due date; nothing (no fee either) on or before it", () => {
    // One day: 36,500 × 0.10 × 1 / 365 = 10.00
    expect(lateInterest(36500, due, due + 1, 0.1)).toBe(10);
    expect(lateInterest(36500, due, due, 0.1, "annual", 365, 40)).toBe(0);
    expect(lateInterest(36500, due, due - 10, 0.1, "annual", 365, 40)).toBe(0);
  });

  it("counts the leap day", () => {
    // Due 2024-02-28, as of 2024-03-01: Feb 29 and Mar 1 = 2 days; 36,500 × 0.1 × 2 / 365 = 20.
    expect(lateInterest(36500, d(2024, 2, 28), d(2024, 3, 1), 0.1)).toBe(20);
  });

  it("rate table: each day at the rate in force that day (EU reference rate + 8 points by half-year)", () => {
    // 12.50% from 2024-01-01 (4.50% + 8), 12.25% from 2024-07-01 (4.25% + 8). Due 2024-06-20, as of 2024-07-10:
    // Jun 21–30 = 10 days at 12.50%, Jul 1–10 = 10 days at 12.25%.
    // 10,000 × (0.125 × 10 + 0.1225 × 10) / 365 = 10,000 × 2.475 / 365 = 67.808… → 67.81
    const table = [
      { effectiveFrom: d(2024, 1, 1), annualRate: 0.125 },
      { effectiveFrom: d(2024, 7, 1), annualRate: 0.1225 },
    ];
    expect(lateInterest(10000, d(2024, 6, 20), d(2024, 7, 10), table)).toBe(67.81);
    // Order of the rows does not matter.
    expect(lateInterest(10000, d(2024, 6, 20), d(2024, 7, 10), [table[1], table[0]])).toBe(67.81);
  });

  it("rate table: a change on the first day of interest applies to it", () => {
    // Row from 2024-06-21 (the day after due) at 0.1: 10 days at 10% on 36,500 = 100; row from 2024-01-01 never used.
    const table = [
      { effectiveFrom: d(2024, 1, 1), annualRate: 0.5 },
      { effectiveFrom: d(2024, 6, 21), annualRate: 0.1 },
    ];
    expect(lateInterest(36500, d(2024, 6, 20), d(2024, 6, 30), table)).toBe(100);
  });

  it("rate table: of two rows with the same start, the last wins", () => {
    // 36,500 × 0.2 × 10 / 365 = 200
    const start = d(2024, 1, 1);
    const table = [
      { effectiveFrom: start, annualRate: 0.1 },
      { effectiveFrom: start, annualRate: 0.2 },
    ];
    expect(lateInterest(36500, d(2024, 6, 20), d(2024, 6, 30), table)).toBe(200);
  });

  it("money is rounded once at the end, not per rate period", () => {
    // 36,500 × 0.00005 / 365 = 0.005 a day; two rate rows of one day each: 0.005 + 0.005 = 0.01.
    // Rounding each period first would give 0.01 + 0.01 = 0.02.
    const table = [
      { effectiveFrom: d(2024, 1, 1), annualRate: 0.00005 },
      { effectiveFrom: d(2024, 6, 22), annualRate: 0.00005 },
    ];
    expect(lateInterest(36500, d(2024, 6, 20), d(2024, 6, 22), table)).toBe(0.01);
  });

  it("rate table errors", () => {
    const late = [{ effectiveFrom: d(2024, 7, 1), annualRate: 0.1 }];
    expect(lateInterest(10000, d(2024, 6, 20), d(2024, 7, 10), late)).toMatchObject({ code: "noAnswer" });
    expect(lateInterest(10000, due, asOf, [])).toMatchObject({ code: "missing" });
    expect(lateInterest(10000, due, asOf, [{ effectiveFrom: d(2024, 1, 1), annualRate: 12.5 }])).toMatchObject({
      code: "outOfRange",
      message: "rate must be between 0 and 1 (e.g. 10.5% or 0.105); got 12.5",
    });
    expect(lateInterest(10000, due, asOf, [{ effectiveFrom: d(2024, 1, 1), annualRate: 0.1 }], "daily")).toMatchObject({
      code: "outOfRange",
    });
  });

  it("a credit note accrues nothing", () => {
    expect(lateInterest(-500, due, asOf, 0.1, "annual", 365, 40)).toBe(0);
  });

  it("argument errors", () => {
    expect(lateInterest(10000, due, asOf, 8)).toMatchObject({
      code: "outOfRange",
      message: "rate must be between 0 and 1 (e.g. 10.5% or 0.105); got 8",
    });
    expect(lateInterest(10000, due, asOf, 5, "daily")).toMatchObject({
      message: "rate must be between 0 and 1 (e.g. 0.05% or 0.0005); got 5",
    });
    expect(lateInterest(10000, due, asOf, 0.1, "monthly" as "annual")).toMatchObject({ code: "outOfRange" });
    expect(lateInterest(10000, due, asOf, 0.1, "annual", 366 as 365)).toMatchObject({ code: "outOfRange" });
    expect(lateInterest(10000, due, asOf, 0.1, "annual", 365, -40)).toMatchObject({ code: "outOfRange" });
    expect(lateInterest(10000, Number.NaN, asOf, 0.1)).toMatchObject({ code: "unreadable" });
  });
});
