import Decimal from "decimal.js";
import fc from "fast-check";
import { calendarToSerial } from "../../../src/core/dates/excelSerial";
import { isFailure } from "../../../src/core/failure";
import { paymentPlan, type PaymentPlanRow } from "../../../src/core/financing/paymentPlan";

const d = (year: number, month: number, day: number, system: 1900 | 1904 = 1900): number =>
  calendarToSerial({ year, month, day }, system) as number;

/** Rows as plain strings, so expectations read like the schedule on paper. */
function table(rows: PaymentPlanRow[]): string[][] {
  return rows.map((r) => [r.payment, r.interest, r.principal, r.balance].map((v) => v.toFixed(2)));
}

function plan(...args: Parameters<typeof paymentPlan>): PaymentPlanRow[] {
  const result = paymentPlan(...args);
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

describe("paymentPlan", () => {
  it("rate 0: equal payments in cents, the last absorbing the remainder", () => {
    // 100.00 / 3 = 33.333… → 33.33, 33.33, and 100.00 − 66.66 = 33.34.
    expect(table(plan(100, 3, d(2025, 1, 15)))).toEqual([
      ["33.33", "0.00", "33.33", "66.67"],
      ["33.33", "0.00", "33.33", "33.34"],
      ["33.34", "0.00", "33.34", "0.00"],
    ]);
  });

  it("annuity by hand: 1,000 over 3 months at 12%", () => {
    // r = 0.12 × 1 / 12 = 0.01; payment = 1000 × 0.01 / (1 − 1.01^−3) = 10 / 0.0294099 = 340.0221 → 340.02.
    // 1: interest 1000 × 0.01 = 10.00, principal 330.02, balance 669.98
    // 2: interest 6.6998 → 6.70, principal 333.32, balance 336.66
    // 3: interest 3.3666 → 3.37, payment 336.66 + 3.37 = 340.03, balance 0
    expect(table(plan(1000, 3, d(2025, 1, 15), 1, 0.12))).toEqual([
      ["340.02", "10.00", "330.02", "669.98"],
      ["340.02", "6.70", "333.32", "336.66"],
      ["340.03", "3.37", "336.66", "0.00"],
    ]);
  });

  it("annuity: 10,000 over 12 months at 12% pays 888.49", () => {
    // 10000 × 0.01 / (1 − 1.01^−12) = 100 / 0.1125508 = 888.4879 → 888.49. First row: interest 100.00,
    // principal 788.49, balance 9,211.51. After 11 rows the balance is 879.67 (schedule worked row by row,
    // each interest rounded to the cent); last: interest 8.7967 → 8.80, payment 879.67 + 8.80 = 888.47.
    const rows = table(plan(10000, 12, d(2025, 1, 15), 1, 0.12));
    expect(rows[0]).toEqual(["888.49", "100.00", "788.49", "9211.51"]);
    expect(rows[1]).toEqual(["888.49", "92.12", "796.37", "8415.14"]);
    expect(rows[10][3]).toBe("879.67");
    expect(rows[11]).toEqual(["888.47", "8.80", "879.67", "0.00"]);
  });

  it("quarterly installments: the period rate is annual × 3 / 12", () => {
    // r = 0.03; payment = 1000 × 0.03 / (1 − 1.03^−2) = 30 / 0.0574052 = 522.6108 → 522.61.
    // 1: interest 30.00, principal 492.61, balance 507.39. 2: interest 15.2217 → 15.22, payment 507.39 + 15.22 = 522.61.
    const rows = plan(1000, 2, d(2025, 1, 31), 3, 0.12);
    expect(table(rows)).toEqual([
      ["522.61", "30.00", "492.61", "507.39"],
      ["522.61", "15.22", "507.39", "0.00"],
    ]);
    // Jan 31 + 3 months = Apr 30 (clamped).
    expect(rows.map((r) => r.dueSerial)).toEqual([d(2025, 1, 31), d(2025, 4, 30)]);
  });

  it("dates step from the first date, clamped to month end, never chained", () => {
    // 2024-01-31 → Feb 29 (leap year) → Mar 31 (not Mar 29, as chaining from Feb 29 would give) → Apr 30.
    const rows = plan(400, 4, d(2024, 1, 31));
    expect(rows.map((r) => r.dueSerial)).toEqual([d(2024, 1, 31), d(2024, 2, 29), d(2024, 3, 31), d(2024, 4, 30)]);
    expect(rows.map((r) => r.no)).toEqual([1, 2, 3, 4]);
    // Non-leap year: 2025-01-31 → 2025-02-28.
    expect(plan(100, 2, d(2025, 1, 31))[1].dueSerial).toBe(d(2025, 2, 28));
  });

  it("1904 date system", () => {
    // 2025-01-31 is 1904-system serial 45688 − 1462 = 44226; one month on, 2025-02-28 = 45716 − 1462 = 44254.
    const rows = plan(100, 2, 44226, 1, 0, 1904);
    expect(rows.map((r) => r.dueSerial)).toEqual([44226, 44254]);
    expect(d(2025, 2, 28, 1904)).toBe(44254);
  });

  it("money fields are exact Decimals", () => {
    expect(plan(100, 3, d(2025, 1, 15))[2].payment).toBeInstanceOf(Decimal);
  });

  it("argument errors", () => {
    const first = d(2025, 1, 15);
    expect(paymentPlan(0, 3, first)).toMatchObject({ code: "outOfRange" });
    expect(paymentPlan(-100, 3, first)).toMatchObject({ code: "outOfRange" });
    expect(paymentPlan(100, 0, first)).toMatchObject({ code: "outOfRange" });
    expect(paymentPlan(100, 2.5, first)).toMatchObject({ code: "outOfRange" });
    expect(paymentPlan(100, 1201, first)).toMatchObject({ code: "outOfRange" });
    expect(paymentPlan(100, 3, first, 0)).toMatchObject({ code: "outOfRange" });
    expect(paymentPlan(100, 3, first, 1, 12)).toMatchObject({
      code: "outOfRange",
      message: "annual_rate must be between 0 and 1 (e.g. 12% or 0.12); got 12",
    });
    expect(paymentPlan(100, 3, 0)).toMatchObject({ code: "outOfRange" }); // serial 0 is no date in the 1900 system
    expect(paymentPlan(100, 3, d(9999, 11, 30))).toMatchObject({
      code: "outOfRange",
      message: "installment 3 would fall after 9999-12-31",
    });
    expect(paymentPlan(Number.NaN, 3, first)).toMatchObject({ code: "unreadable" });
  });

  const cents = (v: Decimal): number => v.times(100).toNumber();

  it("rate 0: payments sum to the amount to the cent and the balance ends at 0 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000_000 }), fc.integer({ min: 1, max: 120 }), (amountCents, n) => {
        const rows = plan(amountCents / 100, n, d(2025, 1, 31));
        const paid = rows.reduce((sum, r) => sum + cents(r.payment), 0);
        return rows.length === n && paid === amountCents && rows[n - 1].balance.isZero() && rows.every((r) => r.payment.gte(0));
      }),
    );
  });

  it("rate > 0: the balance always ends at 0 and principal sums to the amount (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 1, max: 120 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.constantFrom(1, 3, 6, 12),
        (amountCents, n, rateBasisPoints, interval) => {
          const rows = plan(amountCents / 100, n, d(2025, 1, 31), interval, rateBasisPoints / 10000);
          const principal = rows.reduce((sum, r) => sum + cents(r.principal), 0);
          const consistent = rows.every((r) => r.payment.minus(r.interest).equals(r.principal));
          return rows[n - 1].balance.isZero() && principal === amountCents && consistent;
        },
      ),
    );
  });
});
