import { formatLetterDate } from "../../../src/core/letters/formatLetterDate";
import { d } from "./letterFixtures";

describe("formatLetterDate", () => {
  it("English day month year, Chinese 年月日", () => {
    expect(formatLetterDate(45838, "en")).toBe("30 June 2025"); // serial 45838 = 2025-06-30 (Excel)
    expect(formatLetterDate(45838, "zh")).toBe("2025年6月30日");
  });

  it("leap day and month/year ends", () => {
    expect(formatLetterDate(d(2024, 2, 29), "en")).toBe("29 February 2024");
    expect(formatLetterDate(d(2025, 12, 31), "zh")).toBe("2025年12月31日");
    expect(formatLetterDate(d(2026, 1, 1), "en")).toBe("1 January 2026");
  });

  it("the phantom 1900-02-29 (serial 60) shows as Excel shows it", () => {
    expect(formatLetterDate(60, "en")).toBe("29 February 1900");
    expect(formatLetterDate(61, "zh")).toBe("1900年3月1日");
  });

  it("1904 date system: serial 0 is 1 January 1904; 44376 is 30 June 2025", () => {
    expect(formatLetterDate(0, "en", 1904)).toBe("1 January 1904");
    expect(formatLetterDate(45838 - 1462, "zh", 1904)).toBe("2025年6月30日");
  });

  it("drops a time fraction", () => {
    expect(formatLetterDate(45838.99, "en")).toBe("30 June 2025");
  });
});
