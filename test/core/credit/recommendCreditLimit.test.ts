import { creditLimitReason } from "../../../src/core/credit/creditLimitReason";
import {
  recommendCreditLimit,
  type CreditLimitInput,
  type CreditLimitRecommendation,
} from "../../../src/core/credit/recommendCreditLimit";
import { roundDownLimit } from "../../../src/core/credit/roundDownLimit";
import { isFailure } from "../../../src/core/failure";
import { Money } from "../../../src/core/money/money";

/*
 * The credit-limit rule against hand-worked figures. The brief's customer: peak exposure 120,000,
 * average 50,000, 30-day terms, paid 12 days beyond terms, risk score 25 (grade B), current limit
 * 100,000.
 *   peak on terms = 120,000 × 30 ÷ (30 + 12) = 85,714.2857… → 85,714.29 (above the average 50,000)
 *   × 1.10 (grade B) = 94,285.714… → 94,285.71
 *   rounded down to two significant figures → 94,000; below the current 100,000 → lower.
 */
const BRIEF: CreditLimitInput = {
  peakExposure: 120000,
  averageExposure: 50000,
  daysBeyondTerms: 12,
  riskScore: 25,
  currentLimit: 100000,
};

function recommend(input: CreditLimitInput): CreditLimitRecommendation {
  const rec = recommendCreditLimit(input);
  if (isFailure(rec)) throw new Error(rec.message);
  return rec;
}

describe("recommendCreditLimit", () => {
  test("the brief's customer: 94,000, bound by history, lower than the current 100,000", () => {
    const rec = recommend(BRIEF);
    expect(rec).toMatchObject({
      limit: 94000,
      need: 85714.29,
      basis: "peak",
      peakOnTerms: 85714.29,
      factor: 1.1,
      grade: "B",
      historyLimit: 94285.71,
      boundBy: "history",
      caps: { netWorth: null, workingCapital: null, revenue: null },
      change: "lower",
      termsDays: 30,
    });
    expect(creditLimitReason(rec, "USD").en).toBe(
      "USD 94,000: peak 120,000 at 30-day terms (paid 12 days late) × 1.10 for grade B; current 100,000 — lower",
    );
    expect(creditLimitReason(rec, "USD").zh).toBe(
      "USD 94,000：峰值敞口120,000，账期30天，平均逾期12天付款，×1.10（等级B）；当前额度100,000，建议下调",
    );
  });

  test("the average wins when it is above the peak on terms", () => {
    // peak 60,000 × 30 ÷ (30 + 30) = 30,000 < average 50,000 → need 50,000; score 50 → C × 1.00 = 50,000;
    // two figures: 50,000; current 50,000 → keep.
    const rec = recommend({
      peakExposure: 60000,
      averageExposure: 50000,
      daysBeyondTerms: 30,
      riskScore: 50,
      currentLimit: 50000,
    });
    expect([rec.limit, rec.basis, rec.need, rec.peakOnTerms, rec.grade, rec.change]).toEqual([
      50000,
      "average",
      50000,
      30000,
      "C",
      "keep",
    ]);
    expect(creditLimitReason(rec, "EUR").en).toBe(
      "EUR 50,000: average exposure 50,000 × 1.00 for grade C; current 50,000 — keep",
    );
    expect(creditLimitReason(rec, "EUR").zh).toBe("EUR 50,000：平均敞口50,000，×1.00（等级C）；当前额度50,000，建议维持");
  });

  test("each cap binds when it is the lowest figure", () => {
    // History allows 94,285.71 (above). Net worth 800,000 × 10% = 80,000 → 80,000.
    const netWorth = recommend({ ...BRIEF, netWorth: 800000 });
    expect([netWorth.limit, netWorth.boundBy, netWorth.caps.netWorth]).toEqual([80000, "netWorth", 80000]);
    expect(creditLimitReason(netWorth, "USD").en).toBe(
      "USD 80,000: 10% of net worth 800,000 (history alone: 94,286); current 100,000 — lower",
    );
    expect(creditLimitReason(netWorth, "USD").zh).toBe(
      "USD 80,000：净资产800,000的10%（仅按历史为94,286）；当前额度100,000，建议下调",
    );
    // Working capital 300,000 × 20% = 60,000.
    const workingCapital = recommend({ ...BRIEF, workingCapital: 300000 });
    expect([workingCapital.limit, workingCapital.boundBy, workingCapital.caps.workingCapital]).toEqual([
      60000,
      "workingCapital",
      60000,
    ]);
    expect(creditLimitReason(workingCapital, "USD").en).toBe(
      "USD 60,000: 20% of working capital 300,000 (history alone: 94,286); current 100,000 — lower",
    );
    // Revenue 6,000,000 a year ÷ 12 = 500,000 a month × 10% = 50,000.
    const revenue = recommend({ ...BRIEF, annualRevenue: 6000000 });
    expect([revenue.limit, revenue.boundBy, revenue.caps.revenue]).toEqual([50000, "revenue", 50000]);
    expect(creditLimitReason(revenue, "USD").en).toBe(
      "USD 50,000: 10% of monthly revenue 500,000 (annual 6,000,000 ÷ 12; history alone: 94,286); current 100,000 — lower",
    );
    expect(creditLimitReason(revenue, "USD").zh).toBe(
      "USD 50,000：月营业收入500,000的10%（年收入6,000,000÷12；仅按历史为94,286）；当前额度100,000，建议下调",
    );
    // All three: 80,000, 60,000 and 50,000 → the lowest, revenue's 50,000; every cap is reported.
    const all = recommend({ ...BRIEF, netWorth: 800000, workingCapital: 300000, annualRevenue: 6000000 });
    expect([all.limit, all.boundBy, all.caps]).toEqual([
      50000,
      "revenue",
      { netWorth: 80000, workingCapital: 60000, revenue: 50000 },
    ]);
    // Caps above history leave history binding: net worth 2,000,000 → 200,000 > 94,285.71.
    const above = recommend({ ...BRIEF, netWorth: 2000000 });
    expect([above.limit, above.boundBy, above.caps.netWorth]).toEqual([94000, "history", 200000]);
    // A tie goes to the earlier figure: net worth 800,000 → 80,000 and working capital 400,000 → 80,000.
    expect(recommend({ ...BRIEF, netWorth: 800000, workingCapital: 400000 }).boundBy).toBe("netWorth");
    // A cap is rounded down like the need: working capital 123,456 × 20% = 24,691.20 → 24,000.
    expect(recommend({ ...BRIEF, workingCapital: 123456 }).limit).toBe(24000);
  });

  test("a negative net worth or working capital caps at 0", () => {
    // −50,000 × 10% = −5,000 → cap 0 → limit 0, bound by net worth.
    const rec = recommend({ ...BRIEF, netWorth: -50000 });
    expect([rec.limit, rec.boundBy, rec.caps.netWorth, rec.change]).toEqual([0, "netWorth", 0, "lower"]);
  });

  test("grade factors: A 1.25, D 0.75, E 0.50 on the same need (85,714.2857…)", () => {
    // A (score 10): × 1.25 = 107,142.857… → 100,000 (two figures, down); current 100,000 → keep.
    const a = recommend({ ...BRIEF, riskScore: 10 });
    expect([a.grade, a.factor, a.historyLimit, a.limit, a.change]).toEqual(["A", 1.25, 107142.86, 100000, "keep"]);
    // D (score 70): × 0.75 = 64,285.714… → 64,000.
    expect(recommend({ ...BRIEF, riskScore: 70 }).limit).toBe(64000);
    // E (score 85): × 0.50 = 42,857.142… → 42,000; a current limit of 30,000 → raise.
    const e = recommend({ ...BRIEF, riskScore: 85, currentLimit: 30000 });
    expect([e.grade, e.factor, e.historyLimit, e.limit, e.change]).toEqual(["E", 0.5, 42857.14, 42000, "raise"]);
    expect(creditLimitReason(e, "").en).toBe(
      "42,000: peak 120,000 at 30-day terms (paid 12 days late) × 0.50 for grade E; current 30,000 — raise",
    );
  });

  test("no history: peak and average 0 → 0, said in the reason; no current limit → set", () => {
    const rec = recommend({ peakExposure: 0, averageExposure: 0, daysBeyondTerms: 0, riskScore: 0 });
    expect([rec.limit, rec.boundBy, rec.change]).toEqual([0, "history", "set"]);
    expect(creditLimitReason(rec, "USD").en).toBe(
      "USD 0: no exposure in the last 12 months to base a limit on; no current limit — set",
    );
    expect(creditLimitReason(rec, "USD").zh).toBe("USD 0：近12个月没有应收敞口，无从据以确定额度；当前未设额度，建议设定");
  });

  test("terms and days beyond terms: on-terms payers keep the peak; given terms replace 30", () => {
    // Terms 0, DBT 0 (cash on the day): the peak as it is, 10,000 × 1.25 (A) = 12,500 → 12,000.
    expect(recommend({ peakExposure: 10000, averageExposure: 0, daysBeyondTerms: 0, riskScore: 0, termsDays: 0 }).limit).toBe(
      12000,
    );
    // Terms 60, DBT 20: 120,000 × 60 ÷ 80 = 90,000 × 1.10 = 99,000 → 99,000 (already two figures).
    const rec = recommend({ ...BRIEF, termsDays: 60, daysBeyondTerms: 20 });
    expect([rec.peakOnTerms, rec.historyLimit, rec.limit]).toEqual([90000, 99000, 99000]);
    // Paying on terms (DBT 0) says so: 120,000 × 30 ÷ 30 × 1.10 = 132,000 → 130,000 → raise.
    const onTerms = recommend({ ...BRIEF, daysBeyondTerms: 0 });
    expect(onTerms.limit).toBe(130000);
    expect(creditLimitReason(onTerms, "USD").en).toBe(
      "USD 130,000: peak 120,000 at 30-day terms (paid on terms) × 1.10 for grade B; current 100,000 — raise",
    );
    expect(creditLimitReason(onTerms, "USD").zh).toBe(
      "USD 130,000：峰值敞口120,000，账期30天，按期付款，×1.10（等级B）；当前额度100,000，建议上调",
    );
  });

  test("a customer that never paid is not said to pay late: its days are how late it already is", () => {
    // 30 days overdue, nothing paid: 120,000 × 30 ÷ 60 = 60,000 (above the average 50,000) × 1.10 = 66,000.
    const rec = recommend({ ...BRIEF, daysBeyondTerms: 30 });
    expect(rec.limit).toBe(66000);
    const reason = creditLimitReason(rec, "USD", true);
    expect(reason.en).toBe(
      "USD 66,000: peak 120,000 at 30-day terms (nothing paid yet, 30 days overdue) × 1.10 for grade B; current 100,000 — lower",
    );
    expect(reason.zh).toBe(
      "USD 66,000：峰值敞口120,000，账期30天，尚未付款，已逾期30天，×1.10（等级B）；当前额度100,000，建议下调",
    );
  });

  test("negative, non-number and out-of-range inputs fail with a message in both languages", () => {
    const negative = recommendCreditLimit({ ...BRIEF, peakExposure: -1 });
    expect(isFailure(negative) && [negative.code, negative.text.en, negative.text.zh]).toEqual([
      "outOfRange",
      "peak_exposure must be 0 or more; got -1",
      "peak_exposure不能小于0，当前为-1",
    ]);
    const dbt = recommendCreditLimit({ ...BRIEF, daysBeyondTerms: -3 });
    expect(isFailure(dbt) && dbt.message).toBe("days_beyond_terms must be 0 or more; got -3");
    const revenue = recommendCreditLimit({ ...BRIEF, annualRevenue: -10 });
    expect(isFailure(revenue) && revenue.message).toBe("annual_revenue must be 0 or more; got -10");
    const terms = recommendCreditLimit({ ...BRIEF, termsDays: -30 });
    expect(isFailure(terms) && terms.message).toBe("terms_days must be 0 or more; got -30");
    const notNumber = recommendCreditLimit({ ...BRIEF, averageExposure: Number.NaN });
    expect(isFailure(notNumber) && [notNumber.code, notNumber.message]).toEqual([
      "unreadable",
      "average_exposure must be a number",
    ]);
    const score = recommendCreditLimit({ ...BRIEF, riskScore: 120 });
    expect(isFailure(score) && score.code).toBe("outOfRange");
  });
});

describe("roundDownLimit", () => {
  test.each([
    ["94285.71", 94000],
    ["1234", 1200],
    ["1999.99", 1900],
    ["100", 100],
    ["99.70", 99],
    ["5.70", 5],
    ["0.50", 0],
    ["-20", 0],
    ["10000000.01", 10000000],
    ["12345678", 12000000],
  ])("%s → %d (two significant figures, down; whole units below 100)", (amount, expected) => {
    expect(roundDownLimit(new Money(amount)).toNumber()).toBe(expected);
  });
});
