import { monthEndsBetween } from "../../../src/core/history/monthEnds";

describe("monthEndsBetween", () => {
  it("lists each month's last day, any day standing for its month", () => {
    // 45672 = 2025-01-15, 45747 = 2025-03-31; month-ends 2025-01-31 = 45688, 2025-02-28 = 45716, 2025-03-31 = 45747.
    expect(monthEndsBetween(45672, 45747)).toEqual([45688, 45716, 45747]);
  });
  it("is empty when the last month is before the first", () => {
    expect(monthEndsBetween(45747, 45672)).toEqual([]);
  });
  it("reads the 1904 system (serials 1,462 lower)", () => {
    // 2025-01-31 is 45688 in 1900, 45688 − 1462 = 44226 in 1904; 2025-02-28 → 44254.
    expect(monthEndsBetween(44226 - 16, 44254, 1904)).toEqual([44226, 44254]);
  });
  it("crosses a leap February", () => {
    // 2024-01-31 = 45322, 2024-02-29 = 45351, 2024-03-31 = 45382.
    expect(monthEndsBetween(45322, 45382)).toEqual([45322, 45351, 45382]);
  });
});
