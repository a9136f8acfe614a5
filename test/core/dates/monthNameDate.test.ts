import { monthNameSerial } from "../../../src/core/dates/monthNameDate";

// By hand from DATE(2025,1,1) = 45658 (Excel-saved vectors): 12 Mar 2025 = 45658 + 31 + 28 + 11 =
// 45728; 30 Jun 2025 = 45658 + 180 = 45838.
describe("monthNameSerial", () => {
  test.each([
    ["12 Mar 2025", 45728], // Xero
    ["12-Mar-2025", 45728],
    ["12-Mar-25", 45728], // Excel's d-mmm-yy
    ["12 March 2025", 45728],
    ["Mar 12, 2025", 45728],
    ["March 12 2025", 45728],
    ["June 30, 2025", 45838], // QuickBooks' "As of June 30, 2025"
    ["Monday, June 30, 2025", 45838],
    ["30 Jun 2025", 45838],
    ["Sept 3, 2025", 45903], // 45838 + 65 (Jul 31 + Aug 31 + 3)
  ])("%s → %i", (text, serial) => {
    expect(monthNameSerial(text)).toBe(serial);
  });

  test("not a month, not a day, or not a date at all", () => {
    for (const text of ["12 Foo 2025", "31 Feb 2025", "Acme 12, 2025", "Order 4711", "2025-06-30"]) {
      expect(monthNameSerial(text)).toBeUndefined();
    }
  });

  test("1904 system: 1,462 less", () => {
    expect(monthNameSerial("30 Jun 2025", 1904)).toBe(45838 - 1462);
  });
});
