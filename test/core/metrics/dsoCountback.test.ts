import fc from "fast-check";
import { isFailure } from "../../../src/core/failure";
import { dsoCountback } from "../../../src/core/metrics/dsoCountback";

describe("dsoCountback", () => {
  it("walks back from the latest period (worked example)", () => {
    // Sales Jan 200,000 (31 d), Feb 250,000 (28 d), Mar 300,000 (31 d); receivables 600,000.
    // Mar: 600,000 − 300,000 = 300,000 left, 31 days. Feb: 300,000 − 250,000 = 50,000 left, +28 = 59.
    // Jan exhausts it: 50,000 / 200,000 × 31 = 7.75 → 66.75 days.
    expect(dsoCountback(600000, [200000, 250000, 300000], [31, 28, 31])).toBe(66.75);
  });

  it("uses 30 days per period by default", () => {
    // 150 against [100, 100]: latest 100 → 50 left, 30 days; then 50/100 × 30 = 15 → 45.
    expect(dsoCountback(150, [100, 100])).toBe(45);
  });

  it("a balance inside the latest period is a fraction of it", () => {
    // 25 / 100 × 31 = 7.75
    expect(dsoCountback(25, [999, 100], 31)).toBe(7.75);
  });

  it("a balance that exactly uses up periods stops there", () => {
    // 300 = last two periods exactly: 30 + 30 = 60; the zero-sales oldest period is not reached.
    expect(dsoCountback(300, [0, 100, 200])).toBe(60);
  });

  it("zero receivables is 0 days", () => {
    expect(dsoCountback(0, [100, 100])).toBe(0);
  });

  it("a period with no sales is covered in full by any remaining balance", () => {
    // Latest period 0 sales: +30 days, 100 left; then 100 / 200 × 30 = 15 → 45.
    expect(dsoCountback(100, [200, 0])).toBe(45);
  });

  it("skips blank periods with their days", () => {
    // Blank middle period dropped: 150 against 100 (31 d) then 100 (28 d): 31 + 50/100 × 28 = 45.
    expect(dsoCountback(150, [100, null, 100], [28, 30, 31])).toBe(45);
  });

  it("receivables over all the sales given is #N/A", () => {
    expect(dsoCountback(1000, [100, 200])).toEqual(
      expect.objectContaining({ code: "noAnswer", excelError: "#N/A", message: "receivables exceed the sales history given" }),
    );
  });

  it("period_days must align and be positive", () => {
    expect(dsoCountback(100, [100, 100], [30])).toMatchObject({ code: "shapeMismatch" });
    expect(dsoCountback(100, [100, 100], [30, 0])).toMatchObject({ code: "divideByZero" });
    expect(dsoCountback(100, [100, 100], [30, -30])).toMatchObject({ code: "outOfRange" });
    expect(dsoCountback(100, [100, 100], [30, null])).toMatchObject({ code: "missing" });
  });

  it("a negative total balance is refused", () => {
    expect(dsoCountback([-500, 100], [100])).toMatchObject({ code: "outOfRange" });
  });

  it("never exceeds the days given, and is never negative (property)", () => {
    const period = fc.record({ cents: fc.integer({ min: 1, max: 10_000_000 }), days: fc.integer({ min: 1, max: 31 }) });
    fc.assert(
      fc.property(
        fc.array(period, { minLength: 1, maxLength: 24 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (periods, share) => {
          const totalCents = periods.reduce((sum, p) => sum + p.cents, 0);
          const receivables = Math.floor(totalCents * share) / 100;
          const result = dsoCountback(
            receivables,
            periods.map((p) => p.cents / 100),
            periods.map((p) => p.days),
          );
          const daysGiven = periods.reduce((sum, p) => sum + p.days, 0);
          return !isFailure(result) && result >= 0 && result <= daysGiven;
        },
      ),
    );
  });
});
