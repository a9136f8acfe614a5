import { scanSheet } from "../ledger/analyzeLedgerHelpers";

/* The scan's payment trend per customer and currency: the 12 calendar months ending with as-of's
   month (July 2024 … June 2025 for as of 2025-06-30 = 45838), payments on or before as-of.
   Serials (1900): 2024-06-01 = 45444, 2024-06-11 = 45454, 2025-02-01 = 45689, 2025-03-01 = 45717,
   2025-04-01 = 45748, 2025-05-01 = 45778, 2025-06-01 = 45809, 2025-06-30 = 45838.
     Wane  1,000 due 45444 paid 45454 (2024-06-11, 10 late: before the window)
           1,000 due 45717 paid 45722 (March,  5 late)
           1,000 due 45748 paid 45758 (April, 10 late)
           1,000 due 45778 paid 45793 (May,   15 late)
           1,000 due 45809 paid 45829 (June,  20 late)
     Mend  pays in February, April and June only, 1,000 each: due 45670 paid 45700 (Feb 12, 30 late),
           due 45728 paid 45748 (Apr 1, 20 late: the first of a month, which a misread date system
           would put in March), due 45809 paid 45819 (Jun 11, 10 late).
     Flat  April: 1,000 due 45740 paid 45770 (Apr 23, 30 late) + 3,000 due 45748 paid 45758 (10 late) → 15;
           May: 2,000 due 45778 paid 45794 (16 late); June: 1,000 due 45809 paid 45823 (14 late).
   Every invoice is paid: nothing open, no limit, nothing overdue, so the score is days late + trend. */
const AS_OF = 45838;
const H = ["Customer", "Invoice no", "Invoice date", "Due date", "Amount", "Currency", "Paid date"];

function sheet(shift = 0): unknown[][] {
  const row = (customer: string, no: string, due: number, amount: number, paid: number) => [
    customer,
    no,
    due - 30 - shift,
    due - shift,
    amount,
    "USD",
    paid - shift,
  ];
  return [
    H,
    row("Wane", "W-0", 45444, 1000, 45454),
    row("Wane", "W-1", 45717, 1000, 45722),
    row("Wane", "W-2", 45748, 1000, 45758),
    row("Wane", "W-3", 45778, 1000, 45793),
    row("Wane", "W-4", 45809, 1000, 45829),
    row("Mend", "M-1", 45670, 1000, 45700),
    row("Mend", "M-2", 45728, 1000, 45748),
    row("Mend", "M-3", 45809, 1000, 45819),
    row("Flat", "F-1", 45740, 1000, 45770),
    row("Flat", "F-2", 45748, 3000, 45758),
    row("Flat", "F-3", 45778, 2000, 45794),
    row("Flat", "F-4", 45809, 1000, 45823),
  ];
}

const byName = (analysis: ReturnType<typeof scanSheet>, name: string) => analysis.customers.find((c) => c.customer === name)!;

describe("the scan's payment trend per customer", () => {
  const analysis = scanSheet(sheet(), { asOf: AS_OF });

  it("a customer paying 5, 10, 15, 20 days late in four consecutive months is worsening: trend 15 → 5 points", () => {
    const wane = byName(analysis, "Wane");
    // Window months March … June = 8 … 11: y = 5, 10, 15, 20 → slope 5 a month (x̄ = 9.5: Σ(x − x̄)(y − ȳ) = 25,
    // Σ(x − x̄)² = 5). The June 2024 payment is before the window: usual days late (5+10+15+20)/4 = 12.5.
    expect(wane.paymentTrend).toEqual({ usualDaysLate: 12.5, slopePerMonth: 5, direction: "worsening", months: 4 });
    // trend = 5 × 3 = 15 days over a quarter. All-time days late (10+5+10+15+20)/5 = 12 → habit 12 × 25/60 = 5;
    // trend 15 → 5 (the segment's top); nothing open or overdue → 0. Score 5 + 5 = 10: A.
    expect([wane.trend, wane.avgDaysLate, wane.riskScore, wane.grade]).toEqual([15, 12, 10, "A"]);
  });

  it("an improving customer with months without payments: slope −5, trend −15 scores 0", () => {
    const mend = byName(analysis, "Mend");
    // Feb = 7, Apr = 9, Jun = 11: y = 30, 20, 10 (x̄ = 9, ȳ = 20): (−2)(10) + 0 + (2)(−10) = −40; Σ(x − x̄)² = 8 → −5.
    expect(mend.paymentTrend).toEqual({ usualDaysLate: 20, slopePerMonth: -5, direction: "improving", months: 3 });
    // Days late (30+20+10)/3 = 20 → 20 × 25/60 = 8.33; trend −15 → 0. Score 8.
    expect([mend.trend, mend.riskScore]).toEqual([-15, 8]);
  });

  it("weighs each month's days late by amount", () => {
    const flat = byName(analysis, "Flat");
    // Apr (30 × 1,000 + 10 × 3,000) / 4,000 = 15; May 16; Jun 14 → slope ((−1)(0) + 0 + (1)(−1)) / 2 = −0.5: steady.
    // Usual: (30,000 + 30,000 + 32,000 + 14,000) / 7,000 = 106,000 / 7,000 = 15.142857…
    expect(flat.paymentTrend?.slopePerMonth).toBeCloseTo(-0.5, 12);
    expect(flat.paymentTrend?.usualDaysLate).toBeCloseTo(106_000 / 7_000, 12);
    expect(flat.paymentTrend).toMatchObject({ direction: "steady", months: 3 });
    // Habit 15.142857 × 25/60 = 6.31; trend −1.5 → 0. Score 6.
    expect(flat.riskScore).toBe(6);
  });

  it("reads months in the 1904 system (serials 1,462 lower)", () => {
    const in1904 = scanSheet(sheet(1462), { asOf: AS_OF - 1462, dateSystem: 1904 });
    expect(byName(in1904, "Wane").paymentTrend).toEqual(byName(analysis, "Wane").paymentTrend);
    expect(byName(in1904, "Mend").paymentTrend).toEqual({
      usualDaysLate: 20,
      slopePerMonth: -5,
      direction: "improving",
      months: 3,
    });
  });

  it("a payment after as-of does not count", () => {
    // As of 2025-06-20 (45828): Wane's June payment (45829) is after it, so W-4 is open, 11 days overdue; the window
    // is still July 2024 … June 2025, with March, April, May: 5, 10, 15 → slope 5.
    const earlier = scanSheet(sheet(), { asOf: 45828 });
    expect(byName(earlier, "Wane").paymentTrend).toEqual({
      usualDaysLate: 10,
      slopePerMonth: 5,
      direction: "worsening",
      months: 3,
    });
  });
});
