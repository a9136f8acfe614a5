import Decimal from "decimal.js";
import { agingTable, type AgingTable } from "../../../src/core/aging/agingTable";
import { expectedCreditLoss } from "../../../src/core/aging/expectedCreditLoss";
import { isFailure, type Failure } from "../../../src/core/failure";

const LABELS = ["Current", "1-30", "31-60", "61-90", "91+"];
const buckets = (cents: number[]) => cents.map((amountCents, i) => ({ label: LABELS[i] ?? `b${i}`, amountCents }));
const loss = (cents: number[], rates: (number | Decimal | null)[]): string => {
  const result = expectedCreditLoss(buckets(cents), rates);
  if (isFailure(result)) throw new Error(result.message);
  return result.toFixed(2);
};

describe("expectedCreditLoss", () => {
  // Worked provision matrix, IFRS 9 simplified approach, from faqifrs.com "Step 6 Apply the provision
  // matrix" (Company T): Current 15,000 × 0.5% = 75; 1-30 7,500 × 2.2% = 165; 31-60 4,000 × 2.7% = 108;
  // 61-90 2,500 × 4.5% = 112.50 (the page shows whole euros: 112). The 91+ row is ours:
  // 1,000 × 10% = 100. Total 75 + 165 + 108 + 112.50 + 100 = 560.50.
  it("reproduces a published provision matrix", () => {
    expect(loss([1500000, 750000, 400000, 250000, 100000], [0.005, 0.022, 0.027, 0.045, 0.1])).toBe("560.50");
  });

  it("takes no provision on a bucket whose credit notes outweigh its invoices", () => {
    // Current −500.00 → max(0, −500) = 0; 91+ 200.00 × 50% = 100.00.
    expect(loss([-50000, 0, 0, 0, 20000], [0.01, 0.02, 0.05, 0.1, 0.5])).toBe("100.00");
  });

  it("rounds each bucket to the cent, then adds them: two buckets of half a cent make two cents", () => {
    // Issue #19's one rule for AR.ECL, the Provision view and the sheet: each bucket's provision is
    // rounded half away from zero and the total is the sum of those rounded amounts, so the total
    // equals the lines an auditor adds up. 1 cent × 0.5 = 0.5 cent → 1 cent in each bucket; 1 + 1 = 0.02.
    expect(loss([1, 1], [0.5, 0.5])).toBe("0.02");
    // 1 cent × 0.4 = 0.4 cent → 0 in each bucket: 0.00 (rounding the sum 0.8 cent would give 0.01).
    expect(loss([1, 1], [0.4, 0.4])).toBe("0.00");
  });

  it("allows a blank (null) rate where the bucket has nothing to provide for", () => {
    // 1-30 holds 0 and 61-90 a net credit (−50.00): no rate needed. Current 1,000.00 × 1% = 10.00; 91+ 300.00 × 50% = 150.00.
    expect(loss([100000, 0, 0, -5000, 30000], [0.01, null, 0.05, null, 0.5])).toBe("160.00");
  });

  it("refuses a blank rate beside a positive balance, naming the bucket", () => {
    const result = expectedCreditLoss(buckets([0, 0, 0, 200000, 0]), [0.01, 0.02, 0.05, null, 1]) as Failure;
    expect(result.excelError).toBe("#VALUE!");
    expect(result.message).toMatch(/^no loss rate for 61-90: its balance is 2000\.00 but its rate is blank/);
    expect(result.text.zh).toMatch(/^61-90没有损失率/);
  });

  it("rounds half away from zero: 1 cent × 50% = 0.005 → 0.01", () => {
    expect(loss([1], [0.5])).toBe("0.01");
  });

  it("reads float rates through their decimal form: 333.33 × 0.07 = 23.3331 → 23.33", () => {
    expect(loss([33333], [0.07])).toBe("23.33");
  });

  it("accepts Decimal rates and rates of 0 and 1", () => {
    expect(loss([10000, 10000], [new Decimal("0.125"), 1])).toBe("112.50");
    expect(loss([10000], [0])).toBe("0.00");
  });

  it("works on an aging table's buckets", () => {
    const table = agingTable(
      [
        { amountCents: 100000, dueSerial: 45838 },
        { amountCents: 40000, dueSerial: 45700 },
      ],
      45838,
    ) as AgingTable;
    // Current 1,000 × 1% = 10; 91+ (138 days) 400 × 40% = 160 → 170.00.
    const result = expectedCreditLoss(table.buckets, [0.01, 0.02, 0.1, 0.2, 0.4]) as Decimal;
    expect(result.toFixed(2)).toBe("170.00");
  });

  it("refuses a wrong count of rates, naming the buckets", () => {
    const result = expectedCreditLoss(buckets([1, 2, 3, 4, 5]), [0.01, 0.02, 0.05, 0.1]) as Failure;
    expect(isFailure(result)).toBe(true);
    expect(result.code).toBe("outOfRange");
    expect(result.excelError).toBe("#VALUE!");
    expect(result.message).toBe(
      "loss_rates must hold one rate per bucket, Current first: 5 (Current, 1-30, 31-60, 61-90, 91+); got 4",
    );
  });

  it.each([[5], [-0.01], [1.01], [Number.NaN], [Number.POSITIVE_INFINITY]])("refuses the rate %d", (rate) => {
    const result = expectedCreditLoss(buckets([100, 100]), [0.01, rate]) as Failure;
    expect(result.code).toBe("outOfRange");
    expect(result.message).toBe(`loss_rates must be between 0 and 1 (e.g. 5% or 0.05); got ${String(rate)} for 1-30`);
  });
});
