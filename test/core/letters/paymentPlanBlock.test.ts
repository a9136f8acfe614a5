import Decimal from "decimal.js";
import { isFailure } from "../../../src/core/failure";
import type { LetterBlockContext } from "../../../src/core/letters/lateInterestBlock";
import { letterWords } from "../../../src/core/letters/letterWords";
import { paymentPlanBlock } from "../../../src/core/letters/paymentPlanBlock";
import { d } from "./letterFixtures";

const context: LetterBlockContext = {
  words: letterWords("zh"),
  language: "zh",
  currency: "CNY",
  tone: "firm",
  asOf: "",
  payBy: "",
};

describe("paymentPlanBlock", () => {
  it("at 0 %: the payments sum exactly to the amount demanded, the last one taking the remainder", () => {
    // 16,045.60 / 3 = 5,348.5333… → 5,348.53, 5,348.53, and 16,045.60 − 10,697.06 = 5,348.54
    const result = paymentPlanBlock(1604560, { installments: 3 }, d(2025, 7, 10), 1900, context);
    if (isFailure(result)) throw new Error(result.message);
    expect(result.schedule.map((r) => r.payment.toFixed(2))).toEqual(["5348.53", "5348.53", "5348.54"]);
    expect(result.schedule.reduce((s, r) => s.plus(r.payment), new Decimal(0)).toFixed(2)).toBe("16045.60");
    expect(result.block.table?.rows).toEqual([
      ["1", "2025年7月10日", "¥5,348.53"],
      ["2", "2025年8月10日", "¥5,348.53"],
      ["3", "2025年9月10日", "¥5,348.54"],
    ]);
    expect(result.block.paragraphs[0]).toBe("如一次性付清确有困难，我们可以接受将¥16,045.60分3期按月支付，安排如下：");
  });

  it("with interest: the principal repaid sums to the amount; payments per the annuity", () => {
    // 1,000 at 12 %/yr monthly (r = 1 %), n = 3: A = 10 / (1 − 1.01^−3) = 340.022… → 340.02
    // interest 10.00, 6.70 (669.98 × 1 %), 3.37 (336.66 × 1 %); last = 336.66 + 3.37 = 340.03
    const result = paymentPlanBlock(100000, { installments: 3, annualRate: 0.12 }, d(2025, 1, 31), 1900, context);
    if (isFailure(result)) throw new Error(result.message);
    expect(result.schedule.map((r) => r.payment.toFixed(2))).toEqual(["340.02", "340.02", "340.03"]);
    expect(result.schedule.reduce((s, r) => s.plus(r.principal), new Decimal(0)).toFixed(2)).toBe("1000.00");
    // dates step from the first date: 31 Jan → 28 Feb → 31 Mar
    expect(result.block.table?.rows.map((r) => r[1])).toEqual(["2025年1月31日", "2025年2月28日", "2025年3月31日"]);
    expect(result.block.paragraphs[0]).toContain("（按年利率12%计息）");
  });

  it("quarterly interval is written out", () => {
    const result = paymentPlanBlock(100000, { installments: 2, intervalMonths: 3 }, d(2025, 7, 10), 1900, {
      ...context,
      words: letterWords("en"),
      language: "en",
    });
    if (isFailure(result)) throw new Error(result.message);
    expect(result.block.paragraphs[0]).toBe(
      "If paying the full amount at once is difficult, we can accept CN¥1,000.00 in 2 instalments, one every 3 months, as follows:",
    );
  });

  it("bad settings are failures", () => {
    expect(isFailure(paymentPlanBlock(100000, { installments: 0 }, d(2025, 7, 10), 1900, context))).toBe(true);
    expect(isFailure(paymentPlanBlock(100000, { installments: 2.5 }, d(2025, 7, 10), 1900, context))).toBe(true);
  });
});
