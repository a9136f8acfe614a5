import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { addMonthsSerial, endOfMonthSerial } from "../../../src/core/dates/calendarSteps";
import { calendarToSerial, isDateSerial, serialToCalendar } from "../../../src/core/dates/excelSerial";

// Hand-counted serials, anchored on Excel-saved DATE results in the reference vectors:
// DATE(2024,1,1) = 45292, DATE(2025,1,1) = 45658, DATE(2026,1,1) = 46023.
const JAN31_2024 = 45292 + 30; // 45322
const FEB29_2024 = JAN31_2024 + 29; // 45351
const JAN31_2025 = 45658 + 30; // 45688
const FEB28_2025 = JAN31_2025 + 28; // 45716
const MAR31_2025 = FEB28_2025 + 31; // 45747
const DEC31_2025 = 46023 - 1; // 46022

describe("addMonthsSerial (EDATE)", () => {
  // Microsoft's EDATE article, example: 15-Jan-11 → +1: 15-Feb-11, −1: 15-Dec-10, +2: 15-Mar-11.
  // DATE(2011,1,15) = 40558 (vectors); Jan has 31 days, Dec 31, Feb 2011 28.
  it("reproduces Microsoft's EDATE example", () => {
    expect(addMonthsSerial(40558, 1)).toBe(40558 + 31);
    expect(addMonthsSerial(40558, -1)).toBe(40558 - 31);
    expect(addMonthsSerial(40558, 2)).toBe(40558 + 31 + 28);
  });

  it("clamps to the month end: Jan 31 → Feb 28 (2025) / Feb 29 (2024); Mar 31 − 1 month → Feb 28", () => {
    expect(addMonthsSerial(JAN31_2025, 1)).toBe(FEB28_2025);
    expect(addMonthsSerial(JAN31_2024, 1)).toBe(FEB29_2024);
    expect(addMonthsSerial(MAR31_2025, -1)).toBe(FEB28_2025);
    // 2024-02-29 + 12 months = 2025-02-28.
    expect(addMonthsSerial(FEB29_2024, 12)).toBe(FEB28_2025);
  });

  it("crosses the year end: 2025-12-31 + 1 month = 2026-01-31 (46023 + 30)", () => {
    expect(addMonthsSerial(DEC31_2025, 1)).toBe(46053);
  });

  it("truncates fractional months and drops the time of day, as the EDATE article says", () => {
    expect(addMonthsSerial(40558, 1.9)).toBe(40558 + 31);
    expect(addMonthsSerial(40558, -1.9)).toBe(40558 - 31);
    expect(addMonthsSerial(40558.75, 0)).toBe(40558);
  });

  it("treats the phantom 1900-02-29 (60) as a real day: one month on is 1900-03-29 (61 + 28 = 89)", () => {
    expect(addMonthsSerial(60, 1)).toBe(89);
    expect(addMonthsSerial(60, 0)).toBe(60);
    expect(addMonthsSerial(60, -1)).toBe(29); // 1900-01-29
    expect(addMonthsSerial(60, 12)).toBe(425); // 1901-02-28 = 367 (DATE(1,1,1) in the vectors) + 58
  });

  it("clamps to Excel's 29-day February 1900: Jan 29–31 + 1 month and Mar 29–31 − 1 month are 60", () => {
    // Excel's calendar has 1900-02-29 (DAY(60) = 29, MONTH(60) = 2 in the Excel-saved vectors).
    expect(addMonthsSerial(31, 1)).toBe(60);
    expect(addMonthsSerial(29, 1)).toBe(60);
    expect(addMonthsSerial(28, 1)).toBe(59); // Jan 28 → Feb 28
    expect(addMonthsSerial(91, -1)).toBe(60); // 1900-03-31 (61 + 30) → 1900-02-29
    expect(addMonthsSerial(88, -1)).toBe(59); // 1900-03-28 → 1900-02-28
  });

  it("1904 system: same calendar step, serials 1462 lower", () => {
    expect(addMonthsSerial(JAN31_2024 - 1462, 1, 1904)).toBe(FEB29_2024 - 1462);
    expect(addMonthsSerial(0, 1, 1904)).toBe(31); // 1904-01-01 → 1904-02-01
  });

  it("property: the day of month is kept unless the target month is shorter", () => {
    fc.assert(
      // From 1910-12 (serial 4000) ± 120 months stays after the phantom 1900-02-29.
      fc.property(fc.integer({ min: 4000, max: 2900000 }), fc.integer({ min: -120, max: 120 }), (serial, months) => {
        const from = serialToCalendar(serial);
        const to = serialToCalendar(addMonthsSerial(serial, months));
        const monthIndex = from.year * 12 + (from.month - 1) + months;
        expect(to.year * 12 + (to.month - 1)).toBe(monthIndex);
        const last = new Date(Date.UTC(to.year, to.month, 0)).getUTCDate();
        expect(to.day).toBe(Math.min(from.day, last));
      }),
    );
  });
});

describe("endOfMonthSerial (EOMONTH)", () => {
  // Microsoft's EOMONTH article, example: 1-Jan-11 → +1: 2/28/2011, −3: 10/31/2010.
  // DATE(2011,1,1) = 40544 (vectors): Feb 28 = 40544 + 31 + 27; Oct 31 = 40544 − 31 − 30 − 1.
  it("reproduces Microsoft's EOMONTH example", () => {
    expect(endOfMonthSerial(40544, 1)).toBe(40602);
    expect(endOfMonthSerial(40544, -3)).toBe(40482);
  });

  it("month 0 gives this month's end; a month end stays put", () => {
    expect(endOfMonthSerial(45658 + 14, 0)).toBe(JAN31_2025);
    expect(endOfMonthSerial(JAN31_2025, 0)).toBe(JAN31_2025);
    expect(endOfMonthSerial(45658)).toBe(JAN31_2025);
  });

  it("leap February: 2024-02-10 → 2024-02-29; 2025-02-10 → 2025-02-28", () => {
    expect(endOfMonthSerial(FEB29_2024 - 19, 0)).toBe(FEB29_2024);
    expect(endOfMonthSerial(FEB28_2025 - 18, 0)).toBe(FEB28_2025);
  });

  it("crosses the year end: 2025-12-15 → 2025-12-31; + 1 month → 2026-01-31", () => {
    expect(endOfMonthSerial(DEC31_2025 - 16, 0)).toBe(DEC31_2025);
    expect(endOfMonthSerial(DEC31_2025 - 16, 1)).toBe(46053);
  });

  it("February 1900 ends on the phantom day 60 (Excel: DAY(60) = 29, MONTH(60) = 2)", () => {
    expect(endOfMonthSerial(45, 0)).toBe(60);
    expect(endOfMonthSerial(1, 1)).toBe(60);
    expect(endOfMonthSerial(60, 0)).toBe(60);
    expect(endOfMonthSerial(60, 1)).toBe(91); // 1900-03-31 = 61 + 30
  });

  it("1904 system: 2024-02-10 → 2024-02-29, both 1462 lower", () => {
    expect(endOfMonthSerial(FEB29_2024 - 19 - 1462, 0, 1904)).toBe(FEB29_2024 - 1462);
  });

  it("returns a serial outside the date range when the step lands before 1900 (callers check isDateSerial)", () => {
    // Excel: EOMONTH(start, months) is #NUM! when the result is not a valid date (EOMONTH article).
    expect(isDateSerial(endOfMonthSerial(61, -3))).toBe(false); // 1899-12-31
    expect(isDateSerial(addMonthsSerial(61, -3))).toBe(false); // 1899-12-01
  });

  it("property: the result is the last day of the target month", () => {
    fc.assert(
      // From 1902-03 (serial 800) ± 24 months stays on or after March 1900, past the phantom day.
      fc.property(fc.integer({ min: 800, max: 2900000 }), fc.integer({ min: -24, max: 24 }), (serial, months) => {
        const end = endOfMonthSerial(serial, months);
        const next = serialToCalendar(end + 1);
        expect(next.day).toBe(1);
        const from = serialToCalendar(serial);
        const to = serialToCalendar(end);
        expect(to.year * 12 + to.month).toBe(from.year * 12 + from.month + months);
        expect(calendarToSerial(to)).toBe(end);
      }),
    );
  });
});

describe("formula.js EDATE/EOMONTH expectations with ISO-date arguments (reference vectors)", () => {
  // formula.js's own tests (formulajs/formulajs test/date-time.js). Only records whose date argument
  // is an ISO date object are used: its text dates are parsed US-style, which we refuse by design.
  interface JsRecord {
    function: string;
    args: [unknown, unknown];
    mode: string;
    expected: { date?: string; error?: string } | number;
    expected_accessor?: string;
  }
  const file = path.resolve(__dirname, "../../fixtures/excel-dates/excel_date_function_vectors.json");
  const all = (JSON.parse(fs.readFileSync(file, "utf8")) as { formulajs: JsRecord[] }).formulajs;
  const usable = all.filter(
    (r) =>
      (r.function === "EDATE" || r.function === "EOMONTH") &&
      typeof r.args[0] === "object" &&
      r.args[0] !== null &&
      "date" in (r.args[0] as object) &&
      r.expected_accessor === undefined,
  );
  const serialOf = (iso: string): number => {
    const [year, month, day] = iso.split("-").map(Number);
    return calendarToSerial({ year, month, day }) as number;
  };

  it("has the records this block relies on", () => {
    expect(usable).toHaveLength(15);
  });

  it.each(usable.map((r) => [r.function, (r.args[0] as { date: string }).date, r.args[1] as number, r]))(
    "%s(%s, %d)",
    (fn, startIso, months, record) => {
      const step = fn === "EDATE" ? addMonthsSerial : endOfMonthSerial;
      const result = step(serialOf(startIso as string), months as number);
      const expected = (record as JsRecord).expected;
      expect(result).toBe(typeof expected === "number" ? expected : serialOf(expected.date as string));
    },
  );
});
