import { isFailure } from "../../../src/core/failure";
import { daysLateByMonth } from "../../../src/core/history/daysLateByMonth";
import { daysLateMonths } from "../../../src/core/history/daysLateMonths";
import { averageDaysLate } from "../../../src/core/metrics/averageDaysLate";

/* The shared hand-worked ledger of issue #19 (USD), month-ends 2025-01-31 = 45688, 2025-02-28 =
   45716, 2025-03-31 = 45747, 2025-04-30 = 45777. Paid rows:
     A 1,000.00 due 45697 paid 45708 (Feb 20) → 11 days late
     C   500.00 due 45712 paid 45731 (Mar 15) → 19 days late
     F 1,500.00 due 45657 paid 45726 (Mar 10) → 69 days late
   B (2,000.00), D (−300.00 credit note) and E (800.00) are unpaid. */
const NaN_ = Number.NaN;
const AMOUNTS = [100_000, 200_000, 50_000, -30_000, 80_000, 150_000];
const DUE = [45697, 45677, 45712, 45672, 45728, 45657];
const PAID = [45708, NaN_, 45731, NaN_, NaN_, 45726];
const MONTH_ENDS = [45688, 45716, 45747, 45777];

const months = (amounts: number[] | null, due = DUE, paid = PAID, ends = MONTH_ENDS, system: 1900 | 1904 = 1900) => {
  const result = daysLateByMonth(due, paid, amounts, ends, system);
  if (isFailure(result)) throw new Error(result.message);
  return result;
};

describe("daysLateByMonth", () => {
  it("averages each month's payments by amount; a month with no payment is blank (null), not 0", () => {
    // Jan: nothing paid. Feb: A alone, 11. Mar: (19 × 500 + 69 × 1,500) / 2,000 = (9,500 + 103,500) / 2,000 = 56.5.
    // Apr: nothing paid.
    expect(months(AMOUNTS)).toEqual([
      { monthEnd: 45688, daysLate: null, paidCount: 0, weight: 0 },
      { monthEnd: 45716, daysLate: 11, paidCount: 1, weight: 100_000 },
      { monthEnd: 45747, daysLate: 56.5, paidCount: 2, weight: 200_000 },
      { monthEnd: 45777, daysLate: null, paidCount: 0, weight: 0 },
    ]);
  });

  it("without amounts counts each invoice once", () => {
    // Mar: (19 + 69) / 2 = 44; weights are row counts.
    expect(months(null).map((m) => [m.daysLate, m.paidCount, m.weight])).toEqual([
      [null, 0, 0],
      [11, 1, 1],
      [44, 2, 2],
      [null, 0, 0],
    ]);
  });

  it("weighs 1,000 paid 30 days late and 3,000 paid 10 days late in one month to 15", () => {
    // (30 × 1,000 + 10 × 3,000) / 4,000 = 60,000 / 4,000 = 15. Both paid in January 2025.
    const out = months([100_000, 300_000], [45658, 45668], [45688, 45678], [45688]);
    expect(out).toEqual([{ monthEnd: 45688, daysLate: 15, paidCount: 2, weight: 400_000 }]);
  });

  it("counts an early payment as 0 days late, never as a negative that offsets a late one", () => {
    // Equal amounts, both paid 2025-02-01 (45690): one due 45700 (10 days early: 0), one due 45670 (20 days
    // late) → (0 + 20) / 2 = 10, not (−10 + 20) / 2 = 5.
    const out = months([50_000, 50_000], [45700, 45670], [45690, 45690], [45716]);
    expect(out[0].daysLate).toBe(10);
  });

  it("skips a row with a blank amount when weighted, as AR.AVGDAYSLATE does, and keeps it when not", () => {
    // Row 2's amount is blank: weighted, only row 1 (30 days) counts → 30; unweighted (30 + 10) / 2 = 20.
    const due = [45658, 45668];
    const paid = [45688, 45678];
    expect(months([100_000, NaN_], due, paid, [45688])[0]).toMatchObject({ daysLate: 30, paidCount: 1 });
    expect(months(null, due, paid, [45688])[0]).toMatchObject({ daysLate: 20, paidCount: 2 });
  });

  it("weighs a paid credit note with its negative amount, as AR.AVGDAYSLATE does", () => {
    // 1,000.00 paid 20 days late and −200.00 applied on its due date: (20 × 1,000 + 0 × −200) / 800 = 25.
    const due = [45658, 45670];
    const paid = [45678, 45670];
    expect(months([100_000, -20_000], due, paid, [45688])[0].daysLate).toBe(25);
    expect(averageDaysLate(due, paid, [1000, -200])).toBe(25);
  });

  it("leaves a month whose paid amounts sum to 0 blank (AR.AVGDAYSLATE's #DIV/0!), its rows still counted", () => {
    const out = months([10_000, -10_000], [45658, 45660], [45670, 45670], [45688]);
    expect(out[0]).toEqual({ monthEnd: 45688, daysLate: null, paidCount: 2, weight: 0 });
  });

  it("puts a payment on a month-end in that month and drops payments outside the months and time fractions", () => {
    // Paid 45688.75 (2025-01-31, evening) → January; 45716 (Feb 28) → February; 45660 (2025-01-03) → January;
    // 45657 (2024-12-31) and 45717 (2025-03-01) are outside January–February.
    const due = [45658, 45700, 45650, 45600, 45700];
    const paid = [45688.75, 45716, 45660, 45657, 45717];
    // January: 30 days (45688 − 45658) and 10 days (45660 − 45650), unweighted → 20. February: 16.
    expect(months(null, due, paid, [45688, 45716]).map((m) => [m.daysLate, m.paidCount])).toEqual([
      [20, 2],
      [16, 1],
    ]);
  });

  it("reads the 1904 system: month boundaries 1,462 lower", () => {
    // 2025-01-31 is 45688 − 1462 = 44226 in 1904. Paid 2025-01-01 (44196) is in January;
    // paid 2024-12-31 (44195) is not. Due 2024-12-22 (44186): 10 days late.
    const out = months(null, [44186, 44186], [44196, 44195], [44226], 1904);
    expect(out[0]).toMatchObject({ daysLate: 10, paidCount: 1 });
  });

  it("says which columns differ in length", () => {
    const result = daysLateByMonth([45658], [45688, 45688], null, [45688]);
    expect(isFailure(result) && result.message).toBe("due_dates and paid_dates must have the same shape");
  });
});

describe("daysLateMonths", () => {
  it("lists the month-ends from the first month to the last; one month is enough", () => {
    // 45672 = 2025-01-15 → 2025-01-31 = 45688; 45747 = 2025-03-31.
    expect(daysLateMonths(45672, 45747)).toEqual([45688, 45716, 45747]);
    expect(daysLateMonths(45672, 45688)).toEqual([45688]);
  });

  it("refuses a first month after the last, naming both dates", () => {
    const result = daysLateMonths(45777, 45688);
    expect(isFailure(result) && [result.excelError, result.message]).toEqual([
      "#VALUE!",
      "first_month_end (2025-04-30) must be in the same month as last_month_end (2025-01-31) or before it",
    ]);
  });

  it("refuses more than 600 month-ends", () => {
    // 45688 + 20,000 days is past 2079: more than 600 month-ends after January 2025.
    const result = daysLateMonths(45688, 45688 + 20_000);
    expect(isFailure(result) && result.message).toMatch(/more than 600 month-ends/);
  });
});
