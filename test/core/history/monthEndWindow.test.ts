import { isFailure, type Failure } from "../../../src/core/failure";
import { monthEndWindow } from "../../../src/core/history/monthEndWindow";

describe("monthEndWindow", () => {
  test("Jan 2025 to Apr 2025: 45688, 45716, 45747, 45777; any day stands for its month", () => {
    expect(monthEndWindow(45688, 45777)).toEqual([45688, 45716, 45747, 45777]);
    // 2025-01-10 (45667) and 2025-04-02 (45749) give the same window.
    expect(monthEndWindow(45667, 45749)).toEqual([45688, 45716, 45747, 45777]);
  });

  test("the first month after the last, one month alone, or more than 600 month-ends are refused", () => {
    const after = monthEndWindow(45777, 45688) as Failure;
    expect(after.message).toBe(
      "first_month_end (2025-04-30) must be in the same month as last_month_end (2025-01-31) or before it",
    );
    const one = monthEndWindow(45670, 45688) as Failure;
    expect(one.message).toMatch(/at least two month-ends.*ending 2025-01-31$/);
    // 2025-01-31 to 2075-01-31 is 601 month-ends; 45688 + 18262 = 63950 = 2075-01-31.
    const long = monthEndWindow(45688, 63950) as Failure;
    expect(isFailure(long) && long.message).toBe(
      "first_month_end and last_month_end span more than 600 month-ends; choose a shorter history",
    );
    expect(monthEndWindow(45688, 63950 - 31)).toHaveLength(600); // 2074-12-31: exactly 600
  });

  test("1904 system: serials 1,462 lower", () => {
    expect(monthEndWindow(45688 - 1462, 45716 - 1462, 1904)).toEqual([44226, 44254]);
  });
});
