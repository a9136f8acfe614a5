import { discountApr, factorAdvance, factorApr, factorFee, factorRebate, insuranceClaim } from "../../src/functions/financing";
import { errorOf } from "../support/excelValues";

/* Factoring, discount and insurance functions as Excel calls them: scalar `any` arguments (a cell
   or a value), omitted optionals as null. */

describe("AR.FACTORADVANCE", () => {
  test("10,000 × 0.8 = 8,000; 80% as text; a 1×1 range; amount text", () => {
    expect(factorAdvance(10000, 0.8)).toBe(8000);
    expect(factorAdvance("$10,000.00", "80%")).toBe(8000);
    expect(factorAdvance([[10000]], [[0.8]])).toBe(8000);
  });

  test("rounded to the cent: 333.33 × 0.85 = 283.3305 → 283.33", () => {
    expect(factorAdvance(333.33, 0.85)).toBe(283.33);
  });

  test("80 for 80% is #VALUE! with the spec's hint; 0 is out of range; blank #N/A", () => {
    expect(errorOf(factorAdvance(10000, 80))).toEqual({
      code: "#VALUE!",
      message: "advance_rate must be between 0 and 1 (e.g. 80% or 0.8); got 80",
    });
    expect(errorOf(factorAdvance(10000, 0)).code).toBe("#VALUE!");
    expect(errorOf(factorAdvance(null, 0.8)).code).toBe("#N/A");
  });
});

describe("AR.FACTORFEE / FACTORREBATE / FACTORAPR", () => {
  test("fee: 45 days = ceil(45/30) = 2 periods × 2% × 10,000 = 400; 15-day periods: 3 × 200 = 600; 1 day still 1 period", () => {
    expect(factorFee(10000, 0.02, 45, null)).toBe(400);
    expect(factorFee(10000, 0.02, 45, 15)).toBe(600);
    expect(factorFee(10000, 0.02, 1)).toBe(200);
  });

  test("rebate: 10,000 − 8,000 − 400 = 1,600; a fee larger than the reserve gives a negative rebate", () => {
    expect(factorRebate(10000, 0.8, 0.02, 45)).toBe(1600);
    // 10,000 − 9,500 − 4 × 200 = −300 (120 days = 4 periods)
    expect(factorRebate(10000, 0.95, 0.02, 120)).toBe(-300);
  });

  test("APR: (0.02 × 2 / 0.8) × 365 / 60 = 0.05 × 6.08333… = 0.3041666…", () => {
    expect(factorApr(0.8, 0.02, 60)).toBeCloseTo((0.05 * 365) / 60, 14);
  });

  test("0 days is #DIV/0!", () => {
    expect(errorOf(factorApr(0.8, 0.02, 0)).code).toBe("#DIV/0!");
  });
});

describe("AR.DISCOUNTAPR", () => {
  // 2/10 net 30: d/(1−d) = 0.02/0.98 = 1/49; 365/(30−10) = 18.25
  const SIMPLE = (1 / 49) * 18.25; // 0.37244…
  const COMPOUND = Math.pow(1 + 1 / 49, 18.25) - 1; // 0.44585…

  test("terms text: simple 0.3724, compound 0.4459", () => {
    expect(discountApr("2/10 net 30", null, null, null)).toBeCloseTo(SIMPLE, 12);
    expect(discountApr("2/10 net 30", null, null, true)).toBeCloseTo(COMPOUND, 12);
    expect(discountApr("2/10 net 30", null, null, "TRUE")).toBeCloseTo(COMPOUND, 12);
  });

  test("a fraction with its days, or 2% text", () => {
    expect(discountApr(0.02, 10, 30)).toBeCloseTo(SIMPLE, 12);
    expect(discountApr("2%", "10", "30", false)).toBeCloseTo(SIMPLE, 12);
  });

  test("terms without a discount #VALUE!; missing days #N/A; equal days #DIV/0!; compound must be a boolean", () => {
    expect(errorOf(discountApr("Net 30")).message).toContain("no early-payment discount");
    expect(errorOf(discountApr(0.02)).code).toBe("#N/A");
    expect(errorOf(discountApr(0.02, 30, 30)).code).toBe("#DIV/0!");
    expect(errorOf(discountApr(0.02, 10, 30, "maybe")).code).toBe("#VALUE!");
  });
});

describe("AR.INSURANCECLAIM", () => {
  test("(50,000 − 5,000) × 0.9 = 40,500; defaults 90%, no deductible: 45,000; loss below deductible: 0", () => {
    expect(insuranceClaim(50000, 0.9, 5000)).toBe(40500);
    expect(insuranceClaim(50000, null, null)).toBe(45000);
    expect(insuranceClaim(3000, 0.9, 5000)).toBe(0);
  });

  test("an indemnity rate of 90 is #VALUE!", () => {
    expect(errorOf(insuranceClaim(50000, 90)).code).toBe("#VALUE!");
  });
});
