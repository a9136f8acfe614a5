import { isFailure, type Failure } from "../../../src/core/failure";
import { lossRates } from "../../../src/core/history/lossRates";

const ROLLS = [1300 / 2300, 2800 / 3300, 0.4, 1]; // the shared example's pooled roll rates

function rates(result: ReturnType<typeof lossRates>): (number | null)[] {
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

describe("lossRates", () => {
  test("final 1, adjustment 0: 0.191831357049, 0.339393939394, 0.4, 1, 1 (to 1e-9)", () => {
    // 91+ = 1; 61-90 = 1 × 1; 31-60 = 0.4 × 1; 1-30 = 2800/3300 × 0.4 = 0.339393…; Current = 1300/2300 × 0.339393… = 0.191831…
    const out = rates(lossRates(ROLLS));
    const expected = [0.191831357049, 0.339393939394, 0.4, 1, 1];
    expect(out).toHaveLength(5);
    out.forEach((rate, k) => expect(rate).toBeCloseTo(expected[k], 9));
  });

  test("adjustment 0.1: every product × 1.1, capped at 1 (91+ and 61-90 would be 1.1)", () => {
    const out = rates(lossRates(ROLLS, 1, 0.1));
    const expected = [0.211014492754, 0.373333333333, 0.44, 1, 1];
    out.forEach((rate, k) => expect(rate).toBeCloseTo(expected[k], 9));
  });

  test("a final loss rate of 0.5 halves every rate; adjustment −1 makes them 0", () => {
    // 91+ 0.5; 61-90 0.5; 31-60 0.2; 1-30 0.169696…; Current 0.095915…
    const half = rates(lossRates(ROLLS, 0.5));
    expect(half[4]).toBe(0.5);
    expect(half[2]).toBeCloseTo(0.2, 12);
    expect(half[0]).toBeCloseTo(0.0959156785245, 9);
    expect(rates(lossRates(ROLLS, 1, -1))).toEqual([0, 0, 0, 0, 0]);
  });

  test("a blank roll rate blanks its bucket and every younger one", () => {
    // 61-90 blank (no balance Jan→Feb): 61-90, 31-60, 1-30 and Current have no rate; 91+ keeps 1.
    expect(rates(lossRates([500 / 1500, 1, 0, null]))).toEqual([null, null, null, null, 1]);
    // A blank younger rate leaves the older ones: Current blank, 1-30 = 0.5 × 0.4 = 0.2.
    const out = rates(lossRates([null, 0.5, 0.4, 1]));
    expect(out[0]).toBeNull();
    expect(out[1]).toBeCloseTo(0.2, 12);
  });

  test.each([
    [[0.5, 1.2], 1, 0, "roll_rates must be between 0 and 1 (e.g. 40% or 0.4); got 1.2 for 1-30"],
    [[0.5, -0.1], 1, 0, "roll_rates must be between 0 and 1 (e.g. 40% or 0.4); got -0.1 for 1-30"],
    [[0.5], 1.5, 0, "final_loss_rate must be between 0 and 1 (e.g. 100% or 1); got 1.5"],
    [[0.5], -0.5, 0, "final_loss_rate must be between 0 and 1 (e.g. 100% or 1); got -0.5"],
    [[0.5], 1, -2, "adjustment must be -1 or more (e.g. 0.1 to raise the rates by 10%); got -2"],
    [[0.5], 1, Number.NaN, "adjustment must be -1 or more (e.g. 0.1 to raise the rates by 10%); got NaN"],
  ])("refuses %j with final %d, adjustment %d", (rolls, final, adjustment, message) => {
    const result = lossRates(rolls, final, adjustment, ["Current", "1-30", "31+"]) as Failure;
    expect(isFailure(result)).toBe(true);
    expect(result.excelError).toBe("#VALUE!");
    expect(result.message).toBe(message);
    expect(result.text.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
