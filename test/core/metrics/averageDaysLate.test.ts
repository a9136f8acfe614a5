import { calendarToSerial } from "../../../src/core/dates/excelSerial";
import { averageDaysLate } from "../../../src/core/metrics/averageDaysLate";

const d = (year: number, month: number, day: number): number => calendarToSerial({ year, month, day }) as number;

describe("averageDaysLate", () => {
  it("early payments count as 0 days late, not as negative", () => {
    // Due Jan 31 paid Feb 10: 10 late. Due Feb 28 paid Feb 22: 0 (not −6). Mean (10 + 0) / 2 = 5.
    expect(averageDaysLate([d(2025, 1, 31), d(2025, 2, 28)], [d(2025, 2, 10), d(2025, 2, 22)])).toBe(5);
  });

  it("leaves open rows out", () => {
    // Only the paid row: 2025-03-31 → 2025-04-20 = 20 days.
    expect(averageDaysLate([d(2025, 3, 31), d(2025, 3, 31)], [d(2025, 4, 20), null])).toBe(20);
  });

  it("amount-weighted", () => {
    // 20 days on 1,000, 0 days on 3,000: 20,000 / 4,000 = 5.
    expect(averageDaysLate([d(2025, 3, 31), d(2025, 3, 31)], [d(2025, 4, 20), d(2025, 3, 30)], [1000, 3000])).toBe(5);
  });

  it("works in the 1904 date system (serial differences do not depend on it)", () => {
    // 1904 serials 0 (1904-01-01) and 31 (1904-02-01): 31 days late.
    expect(averageDaysLate([0], [31])).toBe(31);
  });

  it("no paid row is #DIV/0!; shapes must match", () => {
    expect(averageDaysLate([d(2025, 1, 31)], [null])).toMatchObject({ code: "divideByZero" });
    expect(averageDaysLate([1], [2, 3])).toMatchObject({
      code: "shapeMismatch",
      message: "due_dates and paid_dates must have the same shape",
    });
    expect(averageDaysLate([1], [2], [1, 2])).toMatchObject({ code: "shapeMismatch" });
  });

  it("a blank due date leaves the row out", () => {
    // Only the second row: 5 days late.
    expect(averageDaysLate([null, d(2025, 1, 1)], [d(2025, 1, 10), d(2025, 1, 6)])).toBe(5);
  });
});
