import Decimal from "decimal.js";
import { isFailure } from "../../../src/core/failure";
import type { FinancingTermsRead } from "../../../src/core/financing/financingForm";
import { financingOffers, type FinancingOffers } from "../../../src/core/financing/financingOffers";

const AS_OF = 45838; // 2025-06-30
const TERMS: FinancingTermsRead = {
  advanceRate: new Decimal("0.8"),
  feeRate: new Decimal("0.02"),
  periodDays: 30,
  factorMaxOverdue: 0,
  discountTerms: "2/10 net 30",
  premiumRate: new Decimal("0.003"),
  indemnityRate: new Decimal("0.9"),
  waitingDays: 180,
  coverDays: 90,
};
const CONTEXT = { asOf: AS_OF, habitDays: 0, dateSystem: 1900 as const };

// Ticked rows of one customer, as of 45838.
const CURRENT = { openCents: 1000000, dueSerial: 45868, disputed: false }; // 10,000.00 due in 30 days
const OLD = { openCents: 500000, dueSerial: 45651, disputed: false }; // 5,000.00, 187 days overdue
const LATE = { openCents: 200000, dueSerial: 45828, disputed: false }; // 2,000.00, 10 days overdue
const CREDIT = { openCents: -100000, dueSerial: 45830, disputed: false }; // credit note −1,000.00
const DISPUTED = { openCents: 300000, dueSerial: 45848, disputed: true }; // 3,000.00 in dispute
const ALL = [CURRENT, OLD, LATE, CREDIT, DISPUTED];

function offersOf(ticked: Parameters<typeof financingOffers>[0], terms = TERMS): FinancingOffers {
  const offers = financingOffers(ticked, terms, CONTEXT);
  if (isFailure(offers)) throw new Error(offers.message);
  return offers;
}

const offer = (offers: FinancingOffers, kind: string) => offers.offers.find((o) => o.kind === kind)!;

describe("financingOffers", () => {
  test("each option is priced only on the ticked invoices it applies to", () => {
    const offers = offersOf(ALL);
    expect(offers.offers.map((o) => o.kind)).toEqual(["factoring", "discount", "insurance", "wait"]);
    expect(offers.tickedCount).toBe(5);

    /* Factoring (limit 0 days overdue): CURRENT only. 10,000.00 due 45868, habit 0 → paid 45868,
       30 days: advance 10000 × 0.8 = 8,000.00; 1 period × 2% = 200.00; rebate 10000 − 8000 − 200 = 1,800.00.
       Left out: OLD and LATE overdue (2), CREDIT (1), DISPUTED (1) → commonest "overdueTooLong". */
    const factoring = offer(offers, "factoring");
    expect([factoring.invoiceCount, factoring.amountCents, factoring.leftOut]).toEqual([1, 1000000, "overdueTooLong"]);
    expect(factoring.choice).toMatchObject({ cashNowCents: 800000, costCents: 20000, rebateCents: 180000 });

    /* Discount 2/10 net 30 (window closes 20 days before due): CURRENT (closes 45848 ≥ 45838) only;
       LATE closed 45808, OLD long ago, DISPUTED excluded. Cost 10000 × 0.02 = 200.00, cash 9,800.00,
       by max(45838, 45868 − 20) = 45848. */
    const discount = offer(offers, "discount");
    expect([discount.invoiceCount, discount.amountCents]).toEqual([1, 1000000]);
    expect(discount.choice).toMatchObject({ cashNowCents: 980000, costCents: 20000, expectedDateSerial: 45848 });
    expect(offers.discount).toEqual({ rate: 0.02, days: 10, netDays: 30 });

    /* Insurance (cover 90 days overdue, waiting 180): CURRENT and LATE (10 days); OLD (187) is past
       cover. 12,000.00; due (10000 × 45868 + 2000 × 45828) / 12000 = 550,336,000 / 12000 = 45861.33
       → 45861; claim date max(45838, 45861 + 180) = 46041. Pays 12000 × 0.9 = 10,800.00; premium
       12000 × 0.003 = 36.00. */
    const insurance = offer(offers, "insurance");
    expect([insurance.invoiceCount, insurance.amountCents]).toEqual([2, 1200000]);
    expect(insurance.choice).toMatchObject({ cashNowCents: 1080000, costCents: 3600, expectedDateSerial: 46041 });
    expect(insurance.choice?.formulas.expectedDate).toBe("=MAX(DATE(2025,6,30),DATE(2025,7,23)+180)");

    /* Waiting takes every ticked row, the credit note netted: 10000 + 5000 + 2000 − 1000 + 3000 =
       19,000.00; due weighted over invoices (10000·45868 + 5000·45651 + 2000·45828 + 3000·45848) / 20000
       = 916,135,000 / 20000 = 45806.75 → 45807, before as-of → expected as-of 45838. */
    const wait = offer(offers, "wait");
    expect([wait.invoiceCount, wait.amountCents, wait.leftOut]).toEqual([5, 1900000, null]);
    expect(wait.choice).toMatchObject({ cashNowCents: 1900000, costCents: 0, expectedDateSerial: 45838 });
  });

  test("a debt 187 days overdue alone is offered no factoring, discount or insurance: only waiting", () => {
    const offers = offersOf([OLD]);
    expect(offers.offers.map((o) => [o.kind, o.choice === null, o.leftOut])).toEqual([
      ["factoring", true, "overdueTooLong"],
      ["discount", true, "discountWindowPassed"],
      ["insurance", true, "overdueTooLong"],
      ["wait", false, null],
    ]);
  });

  test("a factor's limit of 10 days overdue takes the invoice 10 days late too", () => {
    /* CURRENT + LATE: 12,000.00 due 45861 (as above), 23 days: advance 9,600.00, 1 period → 240.00. */
    const factoring = offer(offersOf(ALL, { ...TERMS, factorMaxOverdue: 10 }), "factoring");
    expect([factoring.invoiceCount, factoring.amountCents]).toEqual([2, 1200000]);
    expect(factoring.choice).toMatchObject({ cashNowCents: 960000, costCents: 24000 });
    expect(factoring.choice?.formulas.cost).toBe("=AR.FACTORFEE(12000,0.02,23,30)");
  });

  test("credit notes alone: nothing is offered, waiting included (nothing is owed)", () => {
    const offers = offersOf([CREDIT]);
    expect(offers.offers.map((o) => [o.kind, o.choice, o.leftOut])).toEqual([
      ["factoring", null, "creditNote"],
      ["discount", null, "creditNote"],
      ["insurance", null, "creditNote"],
      ["wait", null, null],
    ]);
  });

  test("terms without a discount offer none; unreadable terms are a failure", () => {
    const net = offersOf(ALL, { ...TERMS, discountTerms: "net 30" });
    expect(net.discount).toBeNull();
    expect(offer(net, "discount").choice).toBeNull();
    expect(offer(net, "factoring").choice).not.toBeNull();
    expect(isFailure(financingOffers(ALL, { ...TERMS, discountTerms: "whenever" }, CONTEXT))).toBe(true);
  });
});
