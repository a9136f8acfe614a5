import { parseDate } from "../../../src/core/dates/parseDate";
import { isFailure, type Failure } from "../../../src/core/failure";

// 2025-06-30 = 45838: DATE(2025,1,1) = 45658 in the Excel-saved vectors, + 180 days
// (Jan 31 + Feb 28 + Mar 31 + Apr 30 + May 31 + 29 = 180). 1904 system: 45838 − 1462 = 44376.
const JUNE_30_2025 = 45838;

const failure = (value: unknown): Failure => {
  expect(isFailure(value)).toBe(true);
  return value as Failure;
};

describe("parseDate numbers", () => {
  it("takes a serial and drops the time fraction", () => {
    expect(parseDate(JUNE_30_2025)).toBe(JUNE_30_2025);
    expect(parseDate(45838.75)).toBe(JUNE_30_2025);
  });

  it("accepts the phantom day 60, serial 61 and the last serial 2958465", () => {
    expect(parseDate(60)).toBe(60);
    expect(parseDate(61)).toBe(61);
    expect(parseDate(2958465)).toBe(2958465);
  });

  it("refuses 0 and 2958466 in the 1900 system, naming the range", () => {
    const zero = failure(parseDate(0));
    expect(zero.code).toBe("outOfRange");
    expect(zero.excelError).toBe("#VALUE!");
    expect(zero.message).toBe("date 0 is not a date serial (1 to 2958465 in the 1900 date system)");
    expect(failure(parseDate(2958466)).code).toBe("outOfRange");
    expect(failure(parseDate(-1)).code).toBe("outOfRange");
  });

  it("1904 system: 0 is 1904-01-01; the last serial is 2958465 − 1462 = 2957003", () => {
    expect(parseDate(0, 1904)).toBe(0);
    expect(parseDate(2957003, 1904)).toBe(2957003);
    expect(failure(parseDate(2957004, 1904)).message).toContain("0 to 2957003 in the 1904 date system");
  });

  it("refuses NaN and infinities", () => {
    expect(failure(parseDate(Number.NaN)).code).toBe("unreadable");
    expect(failure(parseDate(Number.POSITIVE_INFINITY, 1900, "due_date")).message).toBe("due_date is not a finite number");
  });
});

describe("parseDate text", () => {
  it.each([
    ["2025-06-30"],
    ["2025-6-30"],
    ["2025/6/30"],
    ["2025/06/30"],
    ["2025.6.30"],
    ["2025年6月30日"],
    ["2025 年 6 月 30 日"],
    ["  2025-06-30  "],
    ["2025-06-30 14:05"],
    ["2025-06-30T14:05:00"],
    ["2025-06-30 14:05:59.123"],
    ["2025/6/30 9:30"],
    ["2025年6月30日 14:05"],
  ])("reads %s as 2025-06-30", (text) => {
    expect(parseDate(text)).toBe(JUNE_30_2025);
  });

  it("reads text in the 1904 system", () => {
    expect(parseDate("2025-06-30", 1904)).toBe(JUNE_30_2025 - 1462);
    expect(parseDate("1904-01-01", 1904)).toBe(0);
  });

  it("reads 1900-02-29 as the phantom serial 60 and 2024-02-29 as a real leap day (45292 + 59)", () => {
    expect(parseDate("1900-02-29")).toBe(60);
    expect(parseDate("2024-02-29")).toBe(45351);
  });

  it("refuses 03/04/2025 (month/day order is ambiguous), saying why and what to write", () => {
    const result = failure(parseDate("03/04/2025"));
    expect(result.code).toBe("unreadable");
    expect(result.excelError).toBe("#VALUE!");
    // Day first: 3 April; month first: 4 March.
    expect(result.message).toBe(
      "cannot read '03/04/2025' as a date: it reads either way; write 2025-04-03 or 2025-03-04, or use a date cell",
    );
    expect(result.text.zh).toBe(
      "无法识别日期“03/04/2025”：它既可读作日/月/年，也可读作月/日/年；请写成2025-04-03或2025-03-04，或使用日期单元格",
    );
  });

  it.each([
    ["2025-02-30"],
    ["2025-13-01"],
    ["2025-02-29"],
    ["2025-00-10"],
    ["1899-12-31"],
    ["45838"],
    ["2025-06"],
    ["yesterday"],
  ])("refuses %s, quoting it", (text) => {
    const result = failure(parseDate(text));
    expect(result.code).toBe("unreadable");
    expect(result.message).toBe(`cannot read '${text}' as a date; use a date cell or yyyy-mm-dd`);
  });

  it.each([
    ["25-05-23"], // a two-digit year proves no order alone: 25 may be the year (yy-mm-dd)
    ["30.6.25"],
    ["31/04/2025"], // no April 31st, no month 31
    ["13/13/2025"],
    ["02/30/2025"],
    ["2025-06-10Z"], // a zone needs a time before it
    ["2025-06-10T09:30:00+25:00"],
    ["23 mai 2025"], // month names in English only
  ])("refuses %s with the general hint", (text) => {
    expect(failure(parseDate(text)).message).toBe(`cannot read '${text}' as a date; use a date cell or yyyy-mm-dd`);
  });

  it("refuses 1900-02-29 in the 1904 system (before 1904-01-01)", () => {
    expect(failure(parseDate("1900-02-29", 1904)).code).toBe("unreadable");
  });
});

// Serials worked by hand from DATE(2025,1,1) = 45658 (Excel-saved vectors):
// 2025-03-04 = 45658 + 31 (Jan) + 28 (Feb) + 3 = 45720; 2025-04-03 = 45658 + 31 + 28 + 31 + 2 = 45750;
// 2025-05-05 = 45658 + 31 + 28 + 31 + 30 + 4 = 45782; 2025-06-10 = 45658 + 151 (Jan–May) + 9 = 45818;
// 2025-03-12 = 45658 + 31 + 28 + 11 = 45728; 2024-12-31 = 45658 − 1 = 45657.
describe("parseDate forms the ledger also reads", () => {
  it.each([
    ["2025-06-10T09:30:00Z", 45818],
    ["2025-06-10T09:30Z", 45818],
    ["2025-06-10T09:30:00.123Z", 45818],
    ["2025-06-10T09:30:00+02:00", 45818],
    ["2025-06-10T23:30:00-05:00", 45818], // the date as written, not moved to UTC
    ["2025-06-10 09:30 +0200", 45818],
  ])("takes the date part of the ISO date-time %s", (text, serial) => {
    expect(parseDate(text)).toBe(serial);
  });

  it.each([
    ["12 Mar 2025", 45728],
    ["12-Mar-2025", 45728],
    ["12-Mar-25", 45728],
    ["March 12, 2025", 45728],
    ["Wednesday, March 12, 2025", 45728],
    ["30 Jun 2025", JUNE_30_2025],
    ["June 30, 2025", JUNE_30_2025], // was refused
  ])("reads the month-name date %s as %i", (text, serial) => {
    expect(parseDate(text)).toBe(serial);
  });

  it.each([
    ["30.06.2025", JUNE_30_2025], // first part 30 > 12: day first
    ["30.6.2025", JUNE_30_2025], // was refused
    ["30/06/2025", JUNE_30_2025],
    ["30-06-2025", JUNE_30_2025],
    ["6/30/2025", JUNE_30_2025], // second part 30 > 12: month first
    ["06/30/2025 14:05", JUNE_30_2025],
    ["31/12/2024", 45657],
    ["05/05/2025", 45782], // both parts equal: the same day either way
  ])("reads day-month text %s that proves its own order as %i", (text, serial) => {
    expect(parseDate(text)).toBe(serial);
  });

  it("reads ambiguous day-month text in the order a caller states (a range's evidence)", () => {
    expect(parseDate("03/04/2025", 1900, "due_dates", "dmy")).toBe(45750);
    expect(parseDate("03/04/2025", 1900, "due_dates", "mdy")).toBe(45720);
    expect(parseDate("03/04/25", 1900, "due_dates", "dmy")).toBe(45750);
    // 1904 system: 45750 − 1462.
    expect(parseDate("03/04/2025", 1904, "due_dates", "dmy")).toBe(44288);
    // A stated order the text contradicts is no reading.
    expect(failure(parseDate("6/30/2025", 1900, "due_dates", "dmy")).message).toBe(
      "cannot read '6/30/2025' as a date; use a date cell or yyyy-mm-dd",
    );
  });

  it("names both readings of an ambiguous text in the message", () => {
    expect(failure(parseDate("1/2/2025")).message).toBe(
      "cannot read '1/2/2025' as a date: it reads either way; write 2025-02-01 or 2025-01-02, or use a date cell",
    );
  });
});

describe("parseDate blanks, booleans and other values", () => {
  it("gives null for blank cells", () => {
    expect(parseDate(null)).toBeNull();
    expect(parseDate(undefined)).toBeNull();
    expect(parseDate("")).toBeNull();
    expect(parseDate("   ")).toBeNull();
  });

  it("refuses booleans with a message naming the argument", () => {
    expect(failure(parseDate(true, 1900, "as_of")).message).toBe("as_of must be a date, not TRUE");
    expect(failure(parseDate(false)).message).toBe("date must be a date, not FALSE");
  });

  it("refuses objects", () => {
    expect(failure(parseDate({ year: 2025 })).code).toBe("unreadable");
  });
});
