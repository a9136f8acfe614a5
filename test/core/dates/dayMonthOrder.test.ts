import { dayMonthEvidence, dayMonthSerial, isDayMonthText, localeMisread } from "../../../src/core/dates/dayMonthOrder";

// Serials by hand from DATE(2025,1,1) = 45658 (Excel-saved vectors): 2025-06-30 = 45658 + 180 = 45838;
// 2025-04-03 = 45658 + 31 + 28 + 31 + 2 = 45750; 2025-03-04 = 45658 + 31 + 28 + 3 = 45720.
describe("dayMonthSerial", () => {
  test("SAP's 30.06.2025 day-first and a US 6/30/2025 month-first are the same day", () => {
    expect(dayMonthSerial("30.06.2025", "dmy")).toBe(45838);
    expect(dayMonthSerial("6/30/2025", "mdy")).toBe(45838);
    expect(dayMonthSerial("30-06-2025", "dmy")).toBe(45838);
  });

  test("03/04/2025 is April 3rd day-first and March 4th month-first", () => {
    expect(dayMonthSerial("03/04/2025", "dmy")).toBe(45750);
    expect(dayMonthSerial("03/04/2025", "mdy")).toBe(45720);
  });

  test("two-digit years follow Excel: 25 is 2025, 30 is 1930", () => {
    expect(dayMonthSerial("30/06/25", "dmy")).toBe(45838);
    // 1930-06-30 = 11139: 30 years 1900–1929 with 7 leap days (1904…1928) = 10957 days, + 1 for Excel's
    // phantom 1900-02-29, + 1 because serial 1 is 1900-01-01, + 180 days to June 30 = 11139.
    expect(dayMonthSerial("30/06/30", "dmy")).toBe(11139);
  });

  test("a time after the date is dropped; impossible days and other text are not dates", () => {
    expect(dayMonthSerial("6/30/2025 4:15 PM", "mdy")).toBe(45838);
    expect(dayMonthSerial("30/06/2025", "mdy")).toBeUndefined(); // no month 30
    expect(dayMonthSerial("2025-06-30", "dmy")).toBeUndefined(); // year-first is parseDate's
    expect(dayMonthSerial("31.02.2025", "dmy")).toBeUndefined();
    expect(isDayMonthText("1.234,50")).toBe(false);
    expect(isDayMonthText("30.06.2025")).toBe(true);
  });
});

describe("dayMonthEvidence", () => {
  test("a first part above 12 proves day-first", () => {
    expect(dayMonthEvidence(["01.02.2025", "30.06.2025", "02.03.2025"])).toEqual({
      kind: "proven",
      order: "dmy",
      proof: "30.06.2025",
    });
  });

  test("a second part above 12 proves month-first", () => {
    expect(dayMonthEvidence(["1/5/2025", null, 45838, "6/30/2025"])).toEqual({
      kind: "proven",
      order: "mdy",
      proof: "6/30/2025",
    });
  });

  test("all parts ≤ 12: ambiguous, with an example to ask about", () => {
    expect(dayMonthEvidence(["01/02/2025", "03/04/2025"])).toEqual({ kind: "ambiguous", example: "01/02/2025" });
  });

  test("both proofs in one column: conflicting", () => {
    expect(dayMonthEvidence(["30/06/2025", "6/30/2025"])).toEqual({
      kind: "conflicting",
      dayFirst: "30/06/2025",
      monthFirst: "6/30/2025",
    });
  });

  test("no day-month text: none", () => {
    expect(dayMonthEvidence([45838, "2025-06-30", ""])).toEqual({ kind: "none" });
  });
});

describe("localeMisread", () => {
  test("US dates opened with a day/month locale: serials mixed with month-first texts Excel could not read", () => {
    // 1/5/2013 read as 1 May 2013 became a serial; 1/26/2013 (no month 26) stayed text.
    expect(localeMisread([41395, "1/26/2013", 41310, "2/14/2013", null])).toEqual({
      textOrder: "mdy",
      example: "1/26/2013",
      serials: 2,
      texts: 2,
    });
  });

  test("day-first dates opened with a US locale: the mirror case", () => {
    expect(localeMisread([41395, "26/01/2013"])).toEqual({ textOrder: "dmy", example: "26/01/2013", serials: 1, texts: 1 });
  });

  test("a column of serials only, or of texts only, is not a misread", () => {
    expect(localeMisread([41395, 41310])).toBeUndefined();
    expect(localeMisread(["1/26/2013", "2/14/2013"])).toBeUndefined();
    expect(localeMisread([41395, "2013-01-26"])).toBeUndefined();
    // Ambiguous text beside serials proves nothing.
    expect(localeMisread([41395, "01/02/2013"])).toBeUndefined();
  });
});
