import { formatCell } from "./formatCell";

describe("formatCell", () => {
  test("dates show ISO: serial 45838 is 2025-06-30 (45658 = 2025-01-01, + 180 days)", () => {
    expect(formatCell(45838, "yyyy-mm-dd")).toBe("2025-06-30");
    expect(formatCell(45838, "m/d/yyyy")).toBe("2025-06-30");
  });
  test("grouped money, percentages, General", () => {
    expect(formatCell(1234567.891, "#,##0.00")).toBe("1,234,567.89");
    expect(formatCell(-850, "#,##0")).toBe("-850");
    expect(formatCell(0.1234, "0.0%")).toBe("12.3%");
    expect(formatCell(1 / 3, "General")).toBe("0.3333333333");
    expect(formatCell(47, "General")).toBe("47");
  });
  test("text and booleans pass through", () => {
    expect(formatCell("next Tuesday", "yyyy-mm-dd")).toBe("next Tuesday");
    expect(formatCell(true, "General")).toBe("TRUE");
  });
});
