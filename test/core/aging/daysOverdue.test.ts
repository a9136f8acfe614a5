import * as fs from "node:fs";
import * as path from "node:path";
import fc from "fast-check";
import { daysOverdue, isPaidAsOf, signedDaysPastDue } from "../../../src/core/aging/daysOverdue";

// 2025-06-30 = 45838 (DATE(2025,1,1) = 45658 in the reference vectors, + 180).
const AS_OF = 45838;

describe("daysOverdue", () => {
  it("open invoice: as_of − due (45838 − 45800 = 38)", () => {
    expect(daysOverdue(45800, AS_OF)).toBe(38);
    expect(daysOverdue(45800, AS_OF, null)).toBe(38);
    expect(daysOverdue(45800, AS_OF, undefined)).toBe(38);
  });

  it("is 0 on the due date and before it, never negative", () => {
    expect(daysOverdue(AS_OF, AS_OF)).toBe(0);
    expect(daysOverdue(AS_OF + 10, AS_OF)).toBe(0);
  });

  it("paid on or before as_of: paid − due (45805 − 45800 = 5)", () => {
    expect(daysOverdue(45800, AS_OF, 45805)).toBe(5);
    expect(daysOverdue(45800, AS_OF, AS_OF)).toBe(38);
  });

  it("paid early: 0", () => {
    expect(daysOverdue(45800, AS_OF, 45790)).toBe(0);
  });

  it("paid after as_of counts as open on as_of", () => {
    expect(daysOverdue(45800, AS_OF, AS_OF + 1)).toBe(38);
  });

  it("drops the time of day on every date", () => {
    expect(daysOverdue(45800.9, AS_OF + 0.1)).toBe(38);
    expect(daysOverdue(45800.2, AS_OF, 45805.99)).toBe(5);
  });

  it("crosses the phantom 1900-02-29: due 59 (1900-02-28), as_of 61 (1900-03-01) is 2 serial days, as Excel's DAYS", () => {
    expect(daysOverdue(59, 61)).toBe(2);
  });

  it("property: never negative, and equal to max(0, as_of − due) when open", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958465 }),
        fc.integer({ min: 1, max: 2958465 }),
        fc.option(fc.integer({ min: 1, max: 2958465 })),
        (due, asOf, paid) => {
          const days = daysOverdue(due, asOf, paid);
          expect(days).toBeGreaterThanOrEqual(0);
          if (paid === null || paid > asOf) expect(days).toBe(Math.max(0, asOf - due));
          else expect(days).toBe(Math.max(0, paid - due));
        },
      ),
    );
  });
});

describe("signedDaysPastDue", () => {
  it("is as_of − due, negative before the due date", () => {
    expect(signedDaysPastDue(45800, AS_OF)).toBe(38);
    expect(signedDaysPastDue(AS_OF + 7, AS_OF)).toBe(-7);
    expect(signedDaysPastDue(AS_OF, AS_OF)).toBe(0);
  });

  it("matches Excel's DAYS in the Excel-saved vectors (DAYS(40908, 40544) = 364)", () => {
    const file = path.resolve(__dirname, "../../fixtures/excel-dates/excel_date_function_vectors.json");
    const saved = (
      JSON.parse(fs.readFileSync(file, "utf8")) as {
        excel_saved: { function: string; inputs: Record<string, number>; expected: number; formula: string }[];
      }
    ).excel_saved.filter((record) => record.function === "DAYS");
    expect(saved).toHaveLength(1);
    const [record] = saved;
    const [endRef, startRef] = /DAYS\((\w+),(\w+)\)/.exec(record.formula)!.slice(1);
    expect(signedDaysPastDue(record.inputs[startRef], record.inputs[endRef])).toBe(record.expected);
    expect(record.expected).toBe(364);
  });
});

describe("isPaidAsOf", () => {
  it("is true only when paid on or before as_of", () => {
    expect(isPaidAsOf(AS_OF, AS_OF)).toBe(true);
    expect(isPaidAsOf(AS_OF, AS_OF - 1)).toBe(true);
    expect(isPaidAsOf(AS_OF, AS_OF + 1)).toBe(false);
    expect(isPaidAsOf(AS_OF, null)).toBe(false);
    expect(isPaidAsOf(AS_OF)).toBe(false);
  });
});
