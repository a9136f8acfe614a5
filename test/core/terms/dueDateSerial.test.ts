import fc from "fast-check";
import { isFailure, type Failure } from "../../../src/core/failure";
import { dueDateSerial } from "../../../src/core/terms/dueDateSerial";
import { parsePaymentTerms, type PaymentTerms } from "../../../src/core/terms/parsePaymentTerms";

// Hand-counted serials, anchored on Excel-saved DATE results in the reference vectors:
// DATE(2024,1,1) = 45292, DATE(2025,1,1) = 45658, DATE(2026,1,1) = 46023.
const JAN15_2025 = 45658 + 14; // 45672
const JAN31_2025 = 45658 + 30; // 45688
const FEB10_2024 = 45292 + 31 + 9; // 45332
const FEB29_2024 = 45292 + 31 + 28; // 45351
const FEB10_2025 = 45658 + 31 + 9; // 45698
const FEB28_2025 = 45658 + 31 + 27; // 45716
const JUN30_2025 = 45838; // 45658 + 180
const DEC15_2025 = 46023 - 17; // 46006
const DEC31_2025 = 46023 - 1; // 46022

const due = (invoice: number, terms: string | number, system: 1900 | 1904 = 1900): number => {
  const parsed = parsePaymentTerms(terms);
  if (isFailure(parsed)) throw new Error(parsed.message);
  const result = dueDateSerial(invoice, parsed, system);
  if (isFailure(result)) throw new Error(result.message);
  return result;
};

describe("dueDateSerial: net terms", () => {
  it("adds the net days: 2025-06-30 + 30 = 2025-07-30", () => {
    expect(due(JUN30_2025, "Net 30")).toBe(JUN30_2025 + 30);
    expect(due(JUN30_2025, 30)).toBe(45868);
    expect(due(JUN30_2025, "30天")).toBe(45868);
  });

  it("ignores the discount window: 2/10 net 30 is due on day 30", () => {
    expect(due(JUN30_2025, "2/10 net 30")).toBe(JUN30_2025 + 30);
  });

  it("crosses the year end by plain day counting: 2025-12-15 + 30 = 2026-01-14", () => {
    expect(due(DEC15_2025, "N30")).toBe(46023 + 13);
  });

  it("drops the time of day of the invoice", () => {
    expect(due(JUN30_2025 + 0.75, "Net 30")).toBe(JUN30_2025 + 30);
  });
});

describe("dueDateSerial: end of month", () => {
  it("Net 30 EOM from 2025-01-15: 2025-01-31 + 30 = 2025-03-02", () => {
    expect(due(JAN15_2025, "Net 30 EOM")).toBe(JAN31_2025 + 30);
    expect(due(JAN15_2025, "Net 30 EOM")).toBe(45718);
  });

  it("an invoice dated on the month end starts from that day", () => {
    expect(due(JAN31_2025, "EOM 30")).toBe(45718);
  });

  it("across the year end: 2025-12-15, 月结30天 → 2025-12-31 + 30 = 2026-01-30", () => {
    expect(due(DEC15_2025, "月结30天")).toBe(DEC31_2025 + 30);
    expect(due(DEC15_2025, "月结30天")).toBe(46023 + 29);
  });

  it("leap February: 2024-02-10 → 2024-02-29 + 30 = 2024-03-30; 2025-02-10 → 2025-02-28 + 30 = 2025-03-30", () => {
    expect(due(FEB10_2024, "Net 30 EOM")).toBe(FEB29_2024 + 30);
    expect(due(FEB10_2025, "Net 30 EOM")).toBe(FEB28_2025 + 30);
    // 2024-03-30 = 45292 + 31 + 29 + 29; 2025-03-30 = 45658 + 31 + 28 + 29
    expect(due(FEB10_2024, "Net 30 EOM")).toBe(45381);
    expect(due(FEB10_2025, "Net 30 EOM")).toBe(45746);
  });

  it("EOM alone is the last day of the invoice month", () => {
    expect(due(JAN15_2025, "EOM")).toBe(JAN31_2025);
  });

  it("1900 system: February 1900 ends on the phantom day 60, so EOM 30 from 1900-02-14 (45) is 90", () => {
    expect(due(45, "EOM 30")).toBe(90);
  });
});

describe("dueDateSerial: immediate", () => {
  it.each([["COD"], ["Due on receipt"], ["见票即付"]])("%s is due on the invoice date", (terms) => {
    expect(due(JUN30_2025, terms)).toBe(JUN30_2025);
  });
});

describe("dueDateSerial: 1904 date system", () => {
  it("same calendar dates, serials 1462 lower", () => {
    expect(due(FEB10_2024 - 1462, "Net 30 EOM", 1904)).toBe(FEB29_2024 + 30 - 1462);
    expect(due(DEC15_2025 - 1462, "EOM 30", 1904)).toBe(DEC31_2025 + 30 - 1462);
    expect(due(JUN30_2025 - 1462, "Net 30", 1904)).toBe(JUN30_2025 + 30 - 1462);
  });

  it("serial 0 (1904-01-01) is a valid invoice date: EOM 30 → 1904-01-31 + 30 = serial 60", () => {
    expect(due(0, "EOM 30", 1904)).toBe(30 + 30);
    expect(due(0, "COD", 1904)).toBe(0);
  });
});

describe("dueDateSerial: out of range", () => {
  const net30: PaymentTerms = { kind: "net", netDays: 30 };

  it("refuses an invoice serial that is not a date", () => {
    for (const invoice of [0, -5, Number.NaN, 2958466]) {
      const result = dueDateSerial(invoice, net30) as Failure;
      expect(isFailure(result)).toBe(true);
      expect(result.code).toBe("outOfRange");
    }
    expect((dueDateSerial(0, net30) as Failure).message).toBe(
      "invoice_date 0 is not a date serial (1 to 2958465 in the 1900 date system)",
    );
  });

  it("refuses a due date after 9999-12-31", () => {
    const result = dueDateSerial(2958465 - 10, net30) as Failure;
    expect(result.code).toBe("outOfRange");
    expect(result.message).toBe("the due date for invoice_date 9999-12-21 falls after 9999-12-31");
    expect(dueDateSerial(2958465 - 30, net30)).toBe(2958465);
  });

  it("property: net due dates are invoice + days; EOM due dates are never earlier than net ones", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2900000 }), fc.integer({ min: 0, max: 120 }), (invoice, days) => {
        expect(dueDateSerial(invoice, { kind: "net", netDays: days })).toBe(invoice + days);
        const eom = dueDateSerial(invoice, { kind: "eom", netDays: days }) as number;
        expect(eom).toBeGreaterThanOrEqual(invoice + days);
        expect(eom).toBeLessThanOrEqual(invoice + days + 30);
      }),
    );
  });
});
