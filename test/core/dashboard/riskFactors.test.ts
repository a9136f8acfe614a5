import { riskFactors } from "../../../src/core/dashboard/riskFactors";
import type { CustomerSummary } from "../../../src/core/ledger/ledgerAnalysisTypes";

const summary = (over: Partial<CustomerSummary>): CustomerSummary => ({
  customer: "Acme",
  currency: "USD",
  invoiceCount: 1,
  creditNoteCount: 0,
  disputed: 0,
  credits: 0,
  disputedCents: 0,
  creditsCents: 0,
  open: 0,
  overdue: 0,
  oldestDaysOverdue: 0,
  highestLevel: 0,
  creditLimit: null,
  creditUse: null,
  reviewFlag: false,
  avgDaysLate: 0,
  trend: 0,
  riskScore: 0,
  grade: "A",
  keyAccount: false,
  lastReminded: null,
  openCents: 0,
  overdueCents: 0,
  ...over,
});

test("points per factor follow riskScore's segments (30 days, 25%, 75%, 7.5, oldest 45 → 12.5 + 10 + 7.5 + 2.5 + 17.5)", () => {
  // days late 30 × 25/60 = 12.5 → 13; share 0.25 × 40 = 10; use (0.75 − 0.5) × 30 = 7.5 → 8;
  // trend 7.5 / 3 = 2.5 → 3; oldest overdue 45 × 35/90 = 17.5 → 18. Score 50 (riskScore: exactly 50).
  const f = riskFactors(
    summary({
      open: 4000,
      openCents: 400000,
      overdue: 1000,
      overdueCents: 100000,
      avgDaysLate: 30,
      creditUse: 0.75,
      trend: 7.5,
      oldestDaysOverdue: 45,
      riskScore: 50,
      grade: "C",
    }),
  );
  expect(f.overdueShare).toBe(0.25);
  expect(f.points).toEqual({ debtAge: 18, daysLate: 13, neverPaid: 0, overdueShare: 10, creditUse: 8, trend: 3 });
  expect(f).toMatchObject({ grade: "C", score: 50, creditUse: 0.75, oldestDaysOverdue: 45, neverPaid: false });
});

test("clamped factors and a customer with nothing open", () => {
  // 90 days late → 25 (cap), use 2.0 → 15 (cap), trend −5 → 0; open −200 (credit) → share 0
  const f = riskFactors(summary({ open: -200, openCents: -20000, avgDaysLate: 90, creditUse: 2, trend: -5 }));
  expect(f.points).toEqual({ debtAge: 0, daysLate: 25, neverPaid: 0, overdueShare: 0, creditUse: 15, trend: 0 });
  // no limit scores as 0 use and stays null in the factors
  expect(riskFactors(summary({})).creditUse).toBeNull();
  expect(riskFactors(summary({})).points.creditUse).toBe(0);
});

test("a customer that never paid: its oldest overdue days fill the habit slot as 'never paid'", () => {
  // 30 days overdue, never paid: debt age 30 × 35/90 = 11.67 → 12; never paid 30 × 25/60 = 12.5 → 13.
  const f = riskFactors(summary({ neverPaid: true, oldestDaysOverdue: 30 }));
  expect(f.points).toMatchObject({ debtAge: 12, daysLate: 0, neverPaid: 13 });
  expect(f.neverPaid).toBe(true);
  // Summaries from before the field existed read as having paid.
  expect(riskFactors(summary({ oldestDaysOverdue: 30 })).neverPaid).toBe(false);
});
