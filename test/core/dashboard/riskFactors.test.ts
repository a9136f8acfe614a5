import { riskFactors } from "../../../src/core/dashboard/riskFactors";
import type { CustomerSummary } from "../../../src/core/ledger/ledgerAnalysisTypes";

const summary = (over: Partial<CustomerSummary>): CustomerSummary => ({
  customer: "Acme",
  currency: "USD",
  invoiceCount: 1,
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

test("points per factor follow riskScore's segments (30 days, 25%, 75%, 7.5 → 20 + 15 + 10 + 5)", () => {
  const f = riskFactors(
    summary({
      open: 4000,
      openCents: 400000,
      overdue: 1000,
      overdueCents: 100000,
      avgDaysLate: 30,
      creditUse: 0.75,
      trend: 7.5,
      riskScore: 50,
      grade: "C",
    }),
  );
  expect(f.overdueShare).toBe(0.25);
  expect(f.points).toEqual({ daysLate: 20, overdueShare: 15, creditUse: 10, trend: 5 });
  expect(f).toMatchObject({ grade: "C", score: 50, creditUse: 0.75 });
});

test("clamped factors and a customer with nothing open", () => {
  // 90 days late → 40 (cap), use 2.0 → 20 (cap), trend −5 → 0; open −200 (credit) → share 0
  const f = riskFactors(summary({ open: -200, openCents: -20000, avgDaysLate: 90, creditUse: 2, trend: -5 }));
  expect(f.points).toEqual({ daysLate: 40, overdueShare: 0, creditUse: 20, trend: 0 });
  // no limit scores as 0 use and stays null in the factors
  expect(riskFactors(summary({})).creditUse).toBeNull();
  expect(riskFactors(summary({})).points.creditUse).toBe(0);
});
