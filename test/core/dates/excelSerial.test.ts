import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import {
  calendarToSerial,
  convertSerial,
  formatIsoDate,
  isDateSerial,
  MAX_SERIAL,
  MIN_SERIAL,
  serialToCalendar,
  SYSTEM_OFFSET_1904,
} from "../../../src/core/dates/excelSerial";

const VECTORS = path.resolve(__dirname, "../../fixtures/excel-dates/excel_date_function_vectors.json");
interface Anchor {
  serial?: number;
  date_1900_system?: string;
  serial_1904_system?: number;
  date?: string;
}
const anchors = (JSON.parse(fs.readFileSync(VECTORS, "utf8")) as { serial_anchors: Anchor[] }).serial_anchors;

const ISO = /^(\d{4})-(\d{2})-(\d{2})/;
const calendarOf = (iso: string) => {
  const [, y, m, d] = ISO.exec(iso) as RegExpExecArray;
  return { year: Number(y), month: Number(m), day: Number(d) };
};

describe("serial_anchors (reference vectors)", () => {
  const system1900 = anchors.filter((a) => a.serial !== undefined && a.serial !== 0);
  const system1904 = anchors.filter((a) => a.serial_1904_system !== undefined);

  it("has the anchors this file relies on", () => {
    expect(system1900.length).toBe(11);
    expect(system1904.length).toBe(2);
  });

  it.each(system1900.map((a) => [a.serial as number, a.date_1900_system as string]))(
    "1900 system: serial %d is %s both ways",
    (serial, date) => {
      expect(serialToCalendar(serial)).toEqual(calendarOf(date));
      expect(calendarToSerial(calendarOf(date))).toBe(serial);
    },
  );

  it.each(system1904.map((a) => [a.serial_1904_system as number, a.date as string]))(
    "1904 system: serial %d is %s, and 1462 more in the 1900 system",
    (serial, date) => {
      expect(serialToCalendar(serial, 1904)).toEqual(calendarOf(date));
      expect(calendarToSerial(calendarOf(date), 1904)).toBe(serial);
      expect(calendarToSerial(calendarOf(date), 1900)).toBe(serial + 1462);
    },
  );

  it("serial 0 (Excel's 1900-01-00) is not a date in the 1900 system but is 1904-01-01 in the 1904 system", () => {
    expect(isDateSerial(0, 1900)).toBe(false);
    expect(isDateSerial(0, 1904)).toBe(true);
    expect(serialToCalendar(0, 1904)).toEqual({ year: 1904, month: 1, day: 1 });
  });
});

describe("excelSerial", () => {
  it("keeps the phantom 1900-02-29 as serial 60, between 1900-02-28 (59) and 1900-03-01 (61)", () => {
    expect(calendarToSerial({ year: 1900, month: 2, day: 28 })).toBe(59);
    expect(calendarToSerial({ year: 1900, month: 2, day: 29 })).toBe(60);
    expect(calendarToSerial({ year: 1900, month: 3, day: 1 })).toBe(61);
    expect(serialToCalendar(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(serialToCalendar(61)).toEqual({ year: 1900, month: 3, day: 1 });
  });

  it("has no 1900-02-29 in the 1904 system (1900 is before its range anyway)", () => {
    expect(calendarToSerial({ year: 1900, month: 2, day: 29 }, 1904)).toBeUndefined();
    expect(calendarToSerial({ year: 1903, month: 12, day: 31 }, 1904)).toBeUndefined();
  });

  it("bounds: 2958465 = 9999-12-31 is the last serial, 2958466 is not a date", () => {
    expect(serialToCalendar(2958465)).toEqual({ year: 9999, month: 12, day: 31 });
    expect(isDateSerial(2958465)).toBe(true);
    expect(isDateSerial(2958466)).toBe(false);
    expect(calendarToSerial({ year: 10000, month: 1, day: 1 })).toBeUndefined();
    // 1904 system: 2958465 − 1462 = 2957003.
    expect(MAX_SERIAL[1904]).toBe(2957003);
    expect(isDateSerial(2957003, 1904)).toBe(true);
    expect(isDateSerial(2957004, 1904)).toBe(false);
    expect(MIN_SERIAL).toEqual({ 1900: 1, 1904: 0 });
  });

  it("rejects dates that do not exist and non-integers", () => {
    expect(calendarToSerial({ year: 2025, month: 2, day: 29 })).toBeUndefined();
    expect(calendarToSerial({ year: 2025, month: 2, day: 30 })).toBeUndefined();
    expect(calendarToSerial({ year: 2025, month: 13, day: 1 })).toBeUndefined();
    expect(calendarToSerial({ year: 2025, month: 0, day: 1 })).toBeUndefined();
    expect(calendarToSerial({ year: 2025, month: 4, day: 31 })).toBeUndefined();
    expect(calendarToSerial({ year: 2025, month: 1.5, day: 1 })).toBeUndefined();
    expect(calendarToSerial({ year: 1899, month: 12, day: 31 })).toBeUndefined();
    expect(isDateSerial(45838.5)).toBe(false);
  });

  it("leap days: 2024-02-29 exists (DATE(2024,1,1) = 45292 in the vectors, + 31 + 28 = 45351), 2000-02-29 too", () => {
    expect(calendarToSerial({ year: 2024, month: 2, day: 29 })).toBe(45351);
    // DATE(2000,1,1) = 36526 (vectors) + 31 + 28 = 36585.
    expect(calendarToSerial({ year: 2000, month: 2, day: 29 })).toBe(36585);
    expect(calendarToSerial({ year: 2100, month: 2, day: 29 })).toBeUndefined();
  });

  it("drops the time fraction of a serial", () => {
    // 45838 = 2025-06-30 (DATE(2025,1,1) = 45658 in the vectors, + 180 days to June 30).
    expect(serialToCalendar(45838.999)).toEqual({ year: 2025, month: 6, day: 30 });
  });

  it("converts between systems by 1462 days and formats ISO dates", () => {
    expect(SYSTEM_OFFSET_1904).toBe(1462);
    expect(convertSerial(45838, 1900, 1904)).toBe(44376);
    expect(convertSerial(44376, 1904, 1900)).toBe(45838);
    expect(convertSerial(45838, 1900, 1900)).toBe(45838);
    expect(formatIsoDate(45838)).toBe("2025-06-30");
    expect(formatIsoDate(44376, 1904)).toBe("2025-06-30");
    expect(formatIsoDate(60)).toBe("1900-02-29");
  });

  it("property: serial → calendar → serial is the identity in both systems", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }), (serial) => {
        expect(calendarToSerial(serialToCalendar(serial))).toBe(serial);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_SERIAL[1904] }), (serial) => {
        expect(calendarToSerial(serialToCalendar(serial, 1904), 1904)).toBe(serial);
      }),
    );
  });

  it("property: the same calendar date is 1462 serials apart in the two systems", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1462, max: 2958465 }), (serial1900) => {
        const date = serialToCalendar(serial1900);
        expect(calendarToSerial(date, 1904)).toBe(serial1900 - 1462);
      }),
    );
  });

  it("property: consecutive serials from 61 on are consecutive real days", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958464 }), (serial) => {
        const a = serialToCalendar(serial);
        const b = serialToCalendar(serial + 1);
        const next = new Date(Date.UTC(a.year, a.month - 1, a.day + 1));
        expect(b).toEqual({ year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() });
      }),
    );
  });
});
