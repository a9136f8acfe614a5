import { creditLimitMapKey, customerCreditLimits } from "../../../src/core/credit/customerCreditLimits";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { CreditLimitEntry } from "../../../src/core/ledger/ledgerAnalysisTypes";
import type { LedgerMapping } from "../../../src/core/ledger/ledgerFields";

/*
 * One customer in two currencies, as of 2025-04-30 (45777), every figure by hand:
 *
 * Acme USD (30-day terms on every invoice):
 *   U1 10,000.00 issued 45658 (2025-01-01), due 45688, paid 45700 → 12 days late
 *   U2 20,000.00 issued 45689 (2025-02-01), due 45719, paid 45731 → 12 days late
 *   U3  5,000.00 issued 45757 (2025-04-10), due 45787, unpaid     → not yet due
 *   Exposure: Jan 31 U1 10,000; Feb 28 U2 20,000; Mar 31 0; Apr 30 U3 5,000 → peak 20,000,
 *   average (10,000 + 20,000 + 0 + 5,000) / 4 = 8,750. DBT (12×10,000 + 12×20,000) / 30,000 = 12.
 *   Risk: nothing overdue (0), habit 12/60 × 25 = 5, overdue share 0, credit use 5,000/15,000 < 0.5
 *   (0); the trend adds at most 5 → score 5–10, grade A in any case (0–19) → × 1.25.
 *   Peak on terms 20,000 × 30 ÷ 42 = 14,285.714… (above the average) × 1.25 = 17,857.14 → 17,000.
 *
 * Acme EUR:
 *   E1  4,000.00 issued 45717 (2025-03-01), due 45747, unpaid → 30 days overdue
 *   E2 −1,000.00 credit note issued 45752, due 45752
 *   Exposure: Mar 31 4,000; Apr 30 4,000 − 1,000 = 3,000 → peak 4,000, average 3,500.
 *   Never paid: DBT is its oldest overdue days, 30 (as the risk score reads it).
 *   Risk: debt age 30/90 × 35 = 11.67, never paid 30/60 × 25 = 12.5, overdue share 4,000/3,000 ≥ 0.5
 *   → 20; no EUR limit → 0; trend ≤ 5 → score 44–49, grade C → × 1.00.
 *   Peak on terms 4,000 × 30 ÷ 60 = 2,000 < average 3,500 → 3,500 × 1.00 → 3,500.
 */
const AS_OF = 45777;
const MAPPING: LedgerMapping = { customer: 0, amount: 1, invoiceDate: 2, dueDate: 3, paidDate: 4, currency: 5 };
const ROWS: unknown[][] = [
  ["Acme", 10000, 45658, 45688, 45700, "USD"],
  ["Acme", 20000, 45689, 45719, 45731, "USD"],
  ["Acme", 5000, 45757, 45787, "", "USD"],
  ["Acme", 4000, 45717, 45747, "", "EUR"],
  ["acme ", -1000, 45752, 45752, "", "eur"],
];

function scanOf(table: readonly CreditLimitEntry[]) {
  const analysis = analyzeLedger(ROWS, { mapping: MAPPING, asOf: AS_OF, dateSystem: 1900, creditLimitsByCurrency: table });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return { rows: ROWS, mapping: MAPPING, analysis, asOf: AS_OF, dateSystem: 1900 as const, creditLimitTable: table };
}

describe("customerCreditLimits", () => {
  test("a customer in two currencies, each from its own history", () => {
    const limits = customerCreditLimits(scanOf([{ customer: "Acme", currency: "USD", limit: 15000 }]));
    expect([...limits.keys()].sort()).toEqual([creditLimitMapKey("Acme", "EUR"), creditLimitMapKey("Acme", "USD")].sort());
    const usd = limits.get("Acme\u0000USD")!;
    expect([usd.peakExposure, usd.averageExposure, usd.termsDays]).toEqual([20000, 8750, 30]);
    expect(usd.recommendation).toMatchObject({
      limit: 17000,
      grade: "A",
      daysBeyondTerms: 12,
      peakOnTerms: 14285.71,
      historyLimit: 17857.14,
      boundBy: "history",
      currentLimit: 15000,
      change: "raise",
    });
    expect(usd.reason.en).toBe(
      "USD 17,000: peak 20,000 at 30-day terms (paid 12 days late) × 1.25 for grade A; current 15,000 — raise",
    );
    const eur = limits.get("Acme\u0000EUR")!;
    expect([eur.peakExposure, eur.averageExposure, eur.termsDays]).toEqual([4000, 3500, 30]);
    expect(eur.recommendation).toMatchObject({ limit: 3500, grade: "C", daysBeyondTerms: 30, basis: "average", change: "set" });
    expect(eur.reason.en).toBe("EUR 3,500: average exposure 3,500 × 1.00 for grade C; no current limit — set");
    expect(eur.reason.zh).toBe("EUR 3,500：平均敞口3,500，×1.00（等级C）；当前未设额度，建议设定");
  });

  test("financials from the limit table cap the currency they name", () => {
    // USD: net worth 120,000 × 10% = 12,000 < 17,857.14 → 12,000, bound by net worth. EUR: no row names it.
    const limits = customerCreditLimits(scanOf([{ customer: "Acme", currency: "USD", limit: 15000, netWorth: 120000 }]));
    expect(limits.get("Acme\u0000USD")!.recommendation).toMatchObject({ limit: 12000, boundBy: "netWorth", change: "lower" });
    expect(limits.get("Acme\u0000EUR")!.recommendation).toMatchObject({ limit: 3500, boundBy: "history" });
  });

  test("a row with a blank currency stands for every currency; names match as the scan matches them", () => {
    // " ACME " is Acme. Revenue 1,200,000 ÷ 12 × 10% = 10,000: USD 17,857.14 → 10,000 (revenue);
    // EUR 3,500 < 10,000 → history. Its limit 15,000 applies to both: EUR 3,500 < 15,000 → lower.
    const limits = customerCreditLimits(scanOf([{ customer: " ACME ", currency: "", limit: 15000, annualRevenue: 1200000 }]));
    expect(limits.get("Acme\u0000USD")!.recommendation).toMatchObject({
      limit: 10000,
      boundBy: "revenue",
      caps: { revenue: 10000 },
    });
    expect(limits.get("Acme\u0000EUR")!.recommendation).toMatchObject({
      limit: 3500,
      boundBy: "history",
      currentLimit: 15000,
      change: "lower",
    });
  });

  test("the currency's own row wins over the any-currency row", () => {
    // USD row: working capital 50,000 × 20% = 10,000; any-currency row: net worth 50,000 × 10% = 5,000.
    // USD takes its own row (10,000); EUR takes the any-currency one: 3,500 < 5,000 → history.
    const limits = customerCreditLimits(
      scanOf([
        { customer: "Acme", currency: "", limit: Number.NaN, netWorth: 50000 },
        { customer: "Acme", currency: "usd", limit: Number.NaN, workingCapital: 50000 },
      ]),
    );
    expect(limits.get("Acme\u0000USD")!.recommendation).toMatchObject({
      limit: 10000,
      boundBy: "workingCapital",
      netWorth: null,
    });
    expect(limits.get("Acme\u0000EUR")!.recommendation).toMatchObject({
      limit: 3500,
      boundBy: "history",
      caps: { netWorth: 5000 },
    });
  });
});
