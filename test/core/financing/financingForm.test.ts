import Decimal from "decimal.js";
import { isFieldProblem, readFinancingForm, type FinancingForm } from "../../../src/core/financing/financingForm";

const FORM: FinancingForm = {
  advance: "80",
  fee: "2",
  periodDays: "30",
  factorMaxOverdue: "0",
  discount: "2/10 net 30",
  premium: "0.3",
  indemnity: "90",
  waitingDays: "180",
  coverDays: "90",
};

describe("readFinancingForm", () => {
  test("reads percentages as exact fractions and days as whole numbers", () => {
    const read = readFinancingForm(FORM);
    if (isFieldProblem(read)) throw new Error(read.field);
    // 80% → 0.8, 2% → 0.02, 0.3% → 0.003, 90% → 0.9: exact decimals, no float drift.
    expect(read.advanceRate.equals(new Decimal("0.8"))).toBe(true);
    expect(read.feeRate.equals(new Decimal("0.02"))).toBe(true);
    expect(read.premiumRate.equals(new Decimal("0.003"))).toBe(true);
    expect(read.indemnityRate.equals(new Decimal("0.9"))).toBe(true);
    expect([read.periodDays, read.factorMaxOverdue, read.waitingDays, read.coverDays]).toEqual([30, 0, 180, 90]);
    expect(read.discountTerms).toBe("2/10 net 30");
  });

  test('"12." is 12 and full-width digits read as their ASCII twins', () => {
    const read = readFinancingForm({ ...FORM, periodDays: "12.", advance: "８５" });
    if (isFieldProblem(read)) throw new Error(read.field);
    expect(read.periodDays).toBe(12);
    expect(read.advanceRate.equals(new Decimal("0.85"))).toBe(true);
  });

  test("refuses what it cannot read instead of changing it, naming the field", () => {
    expect(readFinancingForm({ ...FORM, fee: "1e9" })).toEqual({ field: "fee", problem: "notANumber", text: "1e9" });
    expect(readFinancingForm({ ...FORM, premium: "abc" })).toEqual({ field: "premium", problem: "notANumber", text: "abc" });
    expect(readFinancingForm({ ...FORM, indemnity: "" })).toEqual({ field: "indemnity", problem: "notANumber", text: "" });
    expect(readFinancingForm({ ...FORM, advance: "80%" })).toEqual({ field: "advance", problem: "notANumber", text: "80%" });
    // "-5" is out of range, never read as 5.
    expect(readFinancingForm({ ...FORM, fee: "-5" })).toEqual({
      field: "fee",
      problem: "percentRange",
      text: "-5",
      zeroAllowed: true,
    });
  });

  test("percentages stay within 0–100, the advance rate above 0", () => {
    expect(readFinancingForm({ ...FORM, advance: "150" })).toEqual({
      field: "advance",
      problem: "percentRange",
      text: "150",
      zeroAllowed: false,
    });
    expect(readFinancingForm({ ...FORM, advance: "0" })).toMatchObject({ field: "advance", problem: "percentRange" });
    const zeroFee = readFinancingForm({ ...FORM, fee: "0" });
    expect(isFieldProblem(zeroFee)).toBe(false);
  });

  test("days are whole, the fee period at least 1", () => {
    expect(readFinancingForm({ ...FORM, periodDays: "0" })).toEqual({
      field: "periodDays",
      problem: "wholeDays",
      text: "0",
      min: 1,
    });
    expect(readFinancingForm({ ...FORM, waitingDays: "2.5" })).toEqual({
      field: "waitingDays",
      problem: "wholeDays",
      text: "2.5",
      min: 0,
    });
    expect(readFinancingForm({ ...FORM, coverDays: "-1" })).toMatchObject({ field: "coverDays", problem: "wholeDays" });
  });

  test("reports the first wrong field in form order", () => {
    expect(readFinancingForm({ ...FORM, coverDays: "x", fee: "y" })).toMatchObject({ field: "fee" });
  });
});
