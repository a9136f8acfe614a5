import { isFailure } from "../../../src/core/failure";
import { financingChoices, type FinancingInput, type FinancingTable } from "../../../src/core/financing/financingChoices";

/* Fixture worked out by hand. As of 2025-06-30 (serial 45838); the selection: 12,345.60 due
   2025-07-25 (45838 + 25 = 45863); the customer pays 17.5 days late on average → 18 whole days, so
   it is expected on 45863 + 18 = 45881 (2025-08-12), 43 days from as-of.
   (a) factoring 80% advance, 1.5% per 30 days: periods = ceil(43 / 30) = 2
       advance = 12,345.60 × 0.8 = 9,876.48
       fee     = 12,345.60 × 0.015 × 2 = 370.368 → 370.37
       rebate  = 12,345.60 − 9,876.48 − 370.37 = 2,098.75
       APR     = (0.015 × 2 / 0.8) × 365 / 43 = 0.0375 × 365 / 43 = 13.6875 / 43 = 0.31831395348837…
   (b) 2/10 net 30: cost = 12,345.60 × 0.02 = 246.912 → 246.91; cash = 12,345.60 − 246.91 = 12,098.69
       APR = 0.02 / 0.98 × 365 / 20 = 0.36500 / 0.98 = 0.37244897959…; EAR = (1/0.98)^18.25 − 1
       paid by the end of the window: due − (30 − 10) = 45843 (2025-07-05)
   (c) insurance 0.25% premium on 500,000.00 insured turnover = 1,250.00; at risk 12,345.60 with a
       1,000.00 deductible at 90%: (12,345.60 − 1,000.00) × 0.9 = 11,345.60 × 0.9 = 10,211.04
   (d) waiting: 12,345.60 on 45881, no cost. */

const AS_OF = 45838;
const INPUT: FinancingInput = {
  amountCents: 1234560,
  asOf: AS_OF,
  dueSerial: 45863,
  habitDays: 17.5,
  factoring: { advanceRate: 0.8, feeRate: 0.015, periodDays: 30 },
  discountTerms: "2/10 net 30",
  insurance: { premiumRate: 0.0025, insuredTurnoverCents: 50000000, indemnityRate: 0.9, deductibleCents: 100000 },
};

function table(input: FinancingInput): FinancingTable {
  const result = financingChoices(input);
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

describe("financingChoices", () => {
  const t = table(INPUT);
  const row = (choice: string) => t.choices.find((c) => c.choice === choice)!;

  it("expects the customer on due + habit", () => {
    expect(t).toMatchObject({ amountCents: 1234560, habitWholeDays: 18, expectedSerial: 45881, daysToCollect: 43 });
    expect(t.choices.map((c) => c.choice)).toEqual(["factoring", "discount", "insurance", "wait"]);
  });

  it("prices factoring: advance, fee, rebate and APR", () => {
    expect(row("factoring")).toMatchObject({
      cashNowCents: 987648,
      costCents: 37037,
      rebateCents: 209875,
      expectedDateSerial: AS_OF,
    });
    expect(row("factoring").apr).toBeCloseTo(13.6875 / 43, 14);
    expect(row("factoring").formulas).toEqual({
      cashNow: "=AR.FACTORADVANCE(12345.6,0.8)",
      cost: "=AR.FACTORFEE(12345.6,0.015,43,30)",
      apr: "=AR.FACTORAPR(0.8,0.015,43,30)",
      rebate: "=AR.FACTORREBATE(12345.6,0.8,0.015,43,30)",
      expectedDate: "=DATE(2025,6,30)",
    });
  });

  it("prices the early-payment discount with its simple and compound annual cost", () => {
    const d = row("discount");
    expect(d).toMatchObject({ cashNowCents: 1209869, costCents: 24691, expectedDateSerial: 45843 });
    expect(d.apr).toBeCloseTo(0.365 / 0.98, 14);
    expect(d.ear).toBeCloseTo(Math.pow(1 / 0.98, 18.25) - 1, 12);
    expect(d.ear).toBeCloseTo(0.4459, 4); // the spec's worked figure
    expect(d.formulas).toEqual({
      cashNow: "=12345.6-ROUND(12345.6*0.02,2)",
      cost: "=ROUND(12345.6*0.02,2)",
      apr: '=AR.DISCOUNTAPR("2/10 net 30")',
      ear: '=AR.DISCOUNTAPR("2/10 net 30",,,TRUE())',
      expectedDate: "=MAX(DATE(2025,6,30),DATE(2025,7,25)-20)",
    });
  });

  it("prices credit insurance: premium on the turnover, indemnity on the at-risk amount", () => {
    expect(row("insurance")).toMatchObject({ cashNowCents: 1021104, costCents: 125000, apr: null, expectedDateSerial: 45881 });
    expect(row("insurance").formulas).toEqual({
      cashNow: "=AR.INSURANCECLAIM(12345.6,0.9,1000)",
      cost: "=ROUND(500000*0.0025,2)",
      apr: null,
      expectedDate: "=MAX(DATE(2025,6,30),DATE(2025,7,25)+18)",
    });
  });

  it("shows waiting at no cost on the expected date", () => {
    expect(row("wait")).toEqual({
      choice: "wait",
      cashNowCents: 1234560,
      costCents: 0,
      apr: null,
      expectedDateSerial: 45881,
      formulas: { cashNow: "=12345.6", cost: "=0", apr: null, expectedDate: "=MAX(DATE(2025,6,30),DATE(2025,7,25)+18)" },
    });
  });

  it("defaults insurance to the selection's amount, 90% and no deductible", () => {
    // premium 12,345.60 × 0.003 = 37.0368 → 37.04; claim 12,345.60 × 0.9 = 11,111.04
    const i = table({ ...INPUT, insurance: { premiumRate: 0.003 } }).choices.find((c) => c.choice === "insurance")!;
    expect(i).toMatchObject({ cashNowCents: 1111104, costCents: 3704 });
    expect(i.formulas.cashNow).toBe("=AR.INSURANCECLAIM(12345.6,0.9,0)");
  });

  it("lists only the choices whose terms are given, waiting always", () => {
    const only = table({ amountCents: 100, asOf: AS_OF, dueSerial: AS_OF, habitDays: 0 });
    expect(only.choices.map((c) => c.choice)).toEqual(["wait"]);
  });

  it("an early payer already due is collected today: one fee period, no APR", () => {
    // habit −30 on due as-of + 10 → as-of − 20 → today; fee = 1,000.00 × 0.02 × 1 = 20.00
    const early = table({
      amountCents: 100000,
      asOf: AS_OF,
      dueSerial: AS_OF + 10,
      habitDays: -30,
      factoring: { advanceRate: 0.9, feeRate: 0.02 },
    });
    expect(early).toMatchObject({ expectedSerial: AS_OF, daysToCollect: 0, habitWholeDays: -30 });
    expect(early.choices[0]).toMatchObject({ costCents: 2000, cashNowCents: 90000, rebateCents: 8000, apr: null });
    expect(early.choices[0].formulas.apr).toBe("=AR.FACTORAPR(0.9,0.02,0,30)");
    expect(early.choices[1].formulas.expectedDate).toBe("=MAX(DATE(2025,6,30),DATE(2025,7,10)-30)");
  });

  it("rounds a half-day habit away from zero, also for early payers", () => {
    expect(table({ ...INPUT, habitDays: -2.5 })).toMatchObject({ habitWholeDays: -3, expectedSerial: 45860 });
    expect(table({ ...INPUT, habitDays: 2.5 })).toMatchObject({ habitWholeDays: 3, expectedSerial: 45866 });
  });

  it("a discount window already past is paid today", () => {
    // due as-of + 5 on 2/10 net 30: window ended as-of − 15 → as-of
    const late = table({ ...INPUT, dueSerial: AS_OF + 5 }).choices.find((c) => c.choice === "discount")!;
    expect(late.expectedDateSerial).toBe(AS_OF);
  });

  it("rounds the discount half away from zero and keeps cash + cost = amount", () => {
    // 1,234.25 × 0.02 = 24.685 → 24.69; cash 1,234.25 − 24.69 = 1,209.56
    const d = table({ ...INPUT, amountCents: 123425 }).choices.find((c) => c.choice === "discount")!;
    expect([d.costCents, d.cashNowCents]).toEqual([2469, 120956]);
  });

  it("writes dates in the 1904 date system when the workbook uses it", () => {
    // 2025-06-30 is 45838 − 1462 = 44376 in the 1904 system; 2025-07-25 is 44401
    const t1904 = table({ ...INPUT, asOf: 44376, dueSerial: 44401, dateSystem: 1904 });
    expect(t1904.expectedSerial).toBe(44419);
    expect(t1904.choices.at(-1)!.formulas.expectedDate).toBe("=MAX(DATE(2025,6,30),DATE(2025,7,25)+18)");
  });

  it("writes fractional rates in plain decimals, never exponents", () => {
    // 0.0000001 would print as 1e-7 in JavaScript; Excel reads the formula's literal as written
    const tiny = table({ ...INPUT, insurance: { premiumRate: 0.0000001 } }).choices.find((c) => c.choice === "insurance")!;
    expect(tiny.formulas.cost).toBe("=ROUND(12345.6*0.0000001,2)");
    expect(tiny.costCents).toBe(0); // 0.00123456 → 0.00
  });

  it("refuses what cannot be financed or priced", () => {
    const message = (input: FinancingInput) => {
      const r = financingChoices(input);
      return isFailure(r) ? r.message : "no failure";
    };
    expect(message({ ...INPUT, amountCents: 0 })).toBe(
      "the selected invoices must add up to a positive amount to finance; got 0",
    );
    expect(message({ ...INPUT, amountCents: -5000 })).toBe(
      "the selected invoices must add up to a positive amount to finance; got -50",
    );
    expect(message({ ...INPUT, factoring: { advanceRate: 80, feeRate: 0.02 } })).toBe(
      "advance_rate must be between 0 and 1 (e.g. 80% or 0.8); got 80",
    );
    expect(message({ ...INPUT, discountTerms: "Net 30" })).toBe(
      "the terms 'Net 30' have no early-payment discount (e.g. 2/10 net 30)",
    );
    expect(message({ ...INPUT, discountTerms: "soon" })).toMatch(/^cannot read 'soon' as payment terms/);
    expect(message({ ...INPUT, insurance: { premiumRate: 3 } })).toBe(
      "premium_rate must be between 0 and 1 (e.g. 0.3% or 0.003); got 3",
    );
    expect(message({ ...INPUT, insurance: { premiumRate: 0.003, deductibleCents: -1 } })).toBe(
      "the deductible must be 0 or more in whole cents; got -1",
    );
    expect(message({ ...INPUT, habitDays: Number.NaN })).toBe("the payment habit is not a finite number of days");
    expect(message({ ...INPUT, insurance: { premiumRate: 0.003, waitingDays: -1 } })).toBe(
      "the insurance waiting period must be a whole number of days, 0 or more; got -1",
    );
  });

  it("insurance with a waiting period pays on the claim date, due + waiting period", () => {
    // 10,000.00 due 45868 (2025-07-30), waiting 180 days: claim max(45838, 45868 + 180) = 46048.
    const r = financingChoices({
      amountCents: 1000000,
      asOf: AS_OF,
      dueSerial: 45868,
      habitDays: 0,
      insurance: { premiumRate: 0.003, waitingDays: 180 },
    });
    if (isFailure(r)) throw new Error(r.message);
    const insurance = r.choices[0];
    expect(insurance.choice).toBe("insurance");
    expect(insurance.expectedDateSerial).toBe(46048);
    expect(insurance.formulas.expectedDate).toBe("=MAX(DATE(2025,6,30),DATE(2025,7,30)+180)");
    // Long overdue (due 45651, 187 days ago): the claim date is as-of when the waiting period is past, 45651 + 180 = 45831 < 45838.
    const old = financingChoices({
      ...INPUT,
      dueSerial: 45651,
      factoring: undefined,
      discountTerms: undefined,
      insurance: { premiumRate: 0.003, waitingDays: 180 },
    });
    if (isFailure(old)) throw new Error(old.message);
    expect(old.choices[0].expectedDateSerial).toBe(AS_OF);
  });
});
