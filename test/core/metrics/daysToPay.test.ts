import { calendarToSerial } from "../../../src/core/dates/excelSerial";
import { daysToPay } from "../../../src/core/metrics/daysToPay";

const d = (year: number, month: number, day: number): number => calendarToSerial({ year, month, day }) as number;

describe("daysToPay", () => {
  it("averages paid − invoiced over rows with both dates", () => {
    // Jan 1 → Jan 31: 30 days; Feb 1 → Feb 11: 10 days; the open third row is left out → (30 + 10) / 2 = 20.
    expect(daysToPay([d(2025, 1, 1), d(2025, 2, 1), d(2025, 3, 1)], [d(2025, 1, 31), d(2025, 2, 11), null])).toBe(20);
  });

  it("amount-weighted when amounts are given", () => {
    // 30 days on 3,000 and 10 days on 1,000: (90,000 + 10,000) / 4,000 = 25.
    expect(daysToPay([d(2025, 1, 1), d(2025, 2, 1)], [d(2025, 1, 31), d(2025, 2, 11)], [3000, 1000])).toBe(25);
  });

  it("skips rows with a blank amount when weighting", () => {
    // Only the 1,000 row counts: 10 days.
    expect(daysToPay([d(2025, 1, 1), d(2025, 2, 1)], [d(2025, 1, 31), d(2025, 2, 11)], [null, 1000])).toBe(10);
  });

  it("counts across the leap day and drops time fractions", () => {
    // 2024-02-28 → 2024-03-01 is 2 days in a leap year; 09:36 on the paid day does not make it 2.4.
    expect(daysToPay([d(2024, 2, 28)], [d(2024, 3, 1) + 0.4])).toBe(2);
  });

  it("counts across the phantom 1900-02-29 as Excel does (serial differences)", () => {
    // Serial 59 (1900-02-28) → 61 (1900-03-01): Excel's DAYS says 2, counting its phantom day 60.
    expect(daysToPay([59], [61])).toBe(2);
  });

  it("no row with both dates is #DIV/0!", () => {
    expect(daysToPay([d(2025, 1, 1)], [null])).toMatchObject({ code: "divideByZero" });
    expect(daysToPay([], [])).toMatchObject({ code: "divideByZero" });
  });

  it("weights summing to 0 are #DIV/0!", () => {
    expect(daysToPay([d(2025, 1, 1), d(2025, 1, 1)], [d(2025, 1, 11), d(2025, 1, 21)], [500, -500])).toMatchObject({
      code: "divideByZero",
    });
  });

  it("shapes must match", () => {
    expect(daysToPay([1, 2], [3])).toMatchObject({
      code: "shapeMismatch",
      message: "invoice_dates and paid_dates must have the same shape",
    });
    expect(daysToPay([1, 2], [3, 4], [5])).toMatchObject({ code: "shapeMismatch" });
  });

  it("passes on a bad amount", () => {
    expect(daysToPay([1], [3], [Number.NaN])).toMatchObject({ code: "unreadable" });
  });
});
