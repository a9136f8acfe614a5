import { riskFactors } from "../../../src/core/dashboard/riskFactors";
import { isFailure } from "../../../src/core/failure";
import type { CustomerSummary } from "../../../src/core/ledger/ledgerAnalysisTypes";
import { riskGrade } from "../../../src/core/risk/riskGrade";
import { riskScore } from "../../../src/core/risk/riskScore";
import { scanSheet } from "../ledger/analyzeLedgerHelpers";

/* Issue #17 item 6. Six customers, in the order a credit controller would put them, worst first,
   with the reason; then each score worked by hand from the segments (riskScore.ts):
     debt age  = oldest overdue days × 35/90, capped at 35
     habit     = avg days late × 25/60, capped at 25 (never paid: oldest overdue days instead)
     share     = overdue/open × 40, capped at 20
     use       = (open/limit − 0.5) × 30, from 0 to 15 (no limit: 0)
     trend     = trend days × 5/15, capped at 5

   1 Ghost     — has never paid anything; its one invoice is 180 days overdue; no credit limit.
                 Nothing says it will ever pay: a write-off in waiting.
                 35 + 25 (never paid, 180 ≥ 60) + 20 + 0 + 0 = 80 → E.
                 (Before debt age and never-paid counted: share 30 alone → 30, grade B.)
   2 Slow      — pays 45 days late on average, 60% of its balance is overdue (oldest 50 days), and
                 it is at 110% of its limit: a chronic late payer whose exposure grows with each order.
                 50 × 35/90 = 19.444 + 45 × 25/60 = 18.75 + 20 + 15 + 0 = 73.19 → 73, D.
   3 Stuck     — otherwise pays on time (5 days late on average) but one large invoice, 40% of the
                 balance, is 150 days overdue; 70% of its limit used. A debt that old is a loss
                 until proved otherwise, but the customer still pays its other invoices.
                 35 + 5 × 25/60 = 2.083 + 0.4 × 40 = 16 + 0.2 × 30 = 6 + 0 = 59.08 → 59, C.
   4 Drifting  — 20 days late on average and getting worse (recent payments 15 days later than
                 earlier ones); 30% overdue, oldest 40 days; 80% of its limit used.
                 40 × 35/90 = 15.556 + 20 × 25/60 = 8.333 + 12 + 9 + 5 = 49.89 → 50, C.
   5 OverLimit — pays on time (2 days late), nothing overdue, but owes 130% of its limit: exposure
                 to watch, no sign it will not pay.
                 0 + 2 × 25/60 = 0.833 + 0 + 15 + 0 = 15.83 → 16, A.
   6 Newcomer  — a first invoice, not yet due, no payment yet (nothing could be due), 40% of its
                 limit: never paid, but never late either.
                 0 + 0 (never paid with nothing overdue) + 0 + 0 + 0 = 0, A. */

interface Case {
  readonly customer: string;
  readonly avgDaysLate: number;
  readonly overdueShare: number;
  readonly creditUse: number | null;
  readonly trend: number;
  readonly oldestDaysOverdue: number;
  readonly neverPaid: boolean;
  readonly score: number;
  readonly grade: string;
}

const CASES: readonly Case[] = [
  {
    customer: "Ghost",
    avgDaysLate: 0,
    overdueShare: 1,
    creditUse: null,
    trend: 0,
    oldestDaysOverdue: 180,
    neverPaid: true,
    score: 80,
    grade: "E",
  },
  {
    customer: "Slow",
    avgDaysLate: 45,
    overdueShare: 0.6,
    creditUse: 1.1,
    trend: 0,
    oldestDaysOverdue: 50,
    neverPaid: false,
    score: 73,
    grade: "D",
  },
  {
    customer: "Stuck",
    avgDaysLate: 5,
    overdueShare: 0.4,
    creditUse: 0.7,
    trend: 0,
    oldestDaysOverdue: 150,
    neverPaid: false,
    score: 59,
    grade: "C",
  },
  {
    customer: "Drifting",
    avgDaysLate: 20,
    overdueShare: 0.3,
    creditUse: 0.8,
    trend: 15,
    oldestDaysOverdue: 40,
    neverPaid: false,
    score: 50,
    grade: "C",
  },
  {
    customer: "OverLimit",
    avgDaysLate: 2,
    overdueShare: 0,
    creditUse: 1.3,
    trend: 0,
    oldestDaysOverdue: 0,
    neverPaid: false,
    score: 16,
    grade: "A",
  },
  {
    customer: "Newcomer",
    avgDaysLate: 0,
    overdueShare: 0,
    creditUse: 0.4,
    trend: 0,
    oldestDaysOverdue: 0,
    neverPaid: true,
    score: 0,
    grade: "A",
  },
];

function scoreOf(c: Case): number {
  const score = riskScore(c.avgDaysLate, c.overdueShare, c.creditUse ?? 0, c.trend, c.oldestDaysOverdue, c.neverPaid);
  if (isFailure(score)) throw new Error(score.message);
  return score;
}

/** The summary a scan would give the case: open 10,000.00, overdue its share of it. */
function summaryOf(c: Case): CustomerSummary {
  const openCents = 1_000_000;
  const overdueCents = Math.round(openCents * c.overdueShare);
  return {
    customer: c.customer,
    currency: "USD",
    invoiceCount: 1,
    creditNoteCount: 0,
    open: openCents / 100,
    overdue: overdueCents / 100,
    disputed: 0,
    credits: 0,
    oldestDaysOverdue: c.oldestDaysOverdue,
    highestLevel: 0,
    creditLimit: c.creditUse === null ? null : openCents / 100 / c.creditUse,
    creditUse: c.creditUse,
    reviewFlag: false,
    avgDaysLate: c.avgDaysLate,
    trend: c.trend,
    neverPaid: c.neverPaid,
    riskScore: c.score,
    grade: c.grade as CustomerSummary["grade"],
    keyAccount: false,
    lastReminded: null,
    openCents,
    overdueCents,
    disputedCents: 0,
    creditsCents: 0,
  } as CustomerSummary;
}

describe("risk scores order customers as a credit controller would", () => {
  test.each(CASES.map((c) => [c.customer, c] as const))("%s scores as worked by hand", (_, c) => {
    expect(scoreOf(c)).toBe(c.score);
    expect(riskGrade(scoreOf(c))).toBe(c.grade);
  });

  test("worst first: Ghost, Slow, Stuck, Drifting, OverLimit, Newcomer, no ties", () => {
    const ordered = [...CASES].sort((a, b) => scoreOf(b) - scoreOf(a)).map((c) => c.customer);
    expect(ordered).toEqual(["Ghost", "Slow", "Stuck", "Drifting", "OverLimit", "Newcomer"]);
    const scores = CASES.map(scoreOf);
    expect(new Set(scores).size).toBe(scores.length);
  });

  test("the pane's factors explain each score: their points add up to it within rounding", () => {
    for (const c of CASES) {
      const f = riskFactors(summaryOf(c));
      const p = f.points;
      const sum = p.debtAge + p.daysLate + p.neverPaid + p.overdueShare + p.creditUse + p.trend;
      // Six factors each rounded on their own: at most 6 × 0.5 = 3 points from the score.
      expect(Math.abs(sum - c.score)).toBeLessThanOrEqual(3);
    }
  });

  test("Ghost's factors name what makes it an E: debt age 35, never paid 25, overdue share 20", () => {
    const f = riskFactors(summaryOf(CASES[0]));
    expect(f).toMatchObject({ neverPaid: true, oldestDaysOverdue: 180, creditUse: null, grade: "E", score: 80 });
    expect(f.points).toEqual({ debtAge: 35, daysLate: 0, neverPaid: 25, overdueShare: 20, creditUse: 0, trend: 0 });
  });

  test("Stuck's factors: the 150-day invoice is most of its score", () => {
    // debt age 35; days late 5 × 25/60 = 2.08 → 2; share 16; use 6; trend 0 (sum 59 = score).
    expect(riskFactors(summaryOf(CASES[2])).points).toEqual({
      debtAge: 35,
      daysLate: 2,
      neverPaid: 0,
      overdueShare: 16,
      creditUse: 6,
      trend: 0,
    });
  });
});

describe("the issue's customer, through a scan of a ledger", () => {
  test("never paid, 180 days overdue, no limit: E with its factors, not B", () => {
    // as of 2025-06-30 = 45838. Ghost: 1,000.00 due 45658 (2025-01-01), 180 days overdue, unpaid.
    // Acme: 500.00 due 45800, paid 45800 (on time): it has paid, nothing open.
    // Ghost: debt age 35 + never paid 25 (180 ≥ 60) + share 20 (all of it overdue) = 80 → E.
    const analysis = scanSheet(
      [
        ["Customer", "Invoice", "Due date", "Amount", "Currency", "Paid date"],
        ["Ghost", "G-1", 45658, 1000, "USD", ""],
        ["Acme", "A-1", 45800, 500, "USD", 45800],
      ],
      { asOf: 45838 },
    );
    const ghost = analysis.customers.find((c) => c.customer === "Ghost");
    const acme = analysis.customers.find((c) => c.customer === "Acme");
    expect(ghost).toMatchObject({ oldestDaysOverdue: 180, neverPaid: true, riskScore: 80, grade: "E" });
    // Acme paid on time and owes nothing: 0, A; it has a payment on record.
    expect(acme).toMatchObject({ neverPaid: false, riskScore: 0, grade: "A" });
    expect(riskFactors(ghost!).points).toEqual({
      debtAge: 35,
      daysLate: 0,
      neverPaid: 25,
      overdueShare: 20,
      creditUse: 0,
      trend: 0,
    });
  });
});
