import { setDateSystem } from "../../src/functions/convert";
import { lateInterest, paymentPlan } from "../../src/functions/financing";
import { errorOf, spillErrorOf } from "../support/excelValues";

/* AR.LATEINTEREST and AR.PAYMENTPLAN as Excel calls them. Serials by hand (1900 system):
   2025-01-01 = 45658, 2025-01-31 = 45688, 2025-02-28 = 45716, 2025-03-02 = 45718,
   2025-03-31 = 45747. Interest days run from the day after due to as_of: 45718 − 45688 = 30. */

const DUE = 45688;
const AS_OF = 45718;

afterEach(() => setDateSystem(1900));

describe("AR.LATEINTEREST", () => {
  test("annual: 10,000 × 12.15% × 30 / 365 = 99.863… → 99.86; /360 → 101.25; daily 0.05%: 150", () => {
    expect(lateInterest([[10000]], [[DUE]], [[AS_OF]], [[0.1215]], null, null, null)).toEqual([[99.86]]);
    expect(lateInterest([[10000]], [[DUE]], [[AS_OF]], [[0.1215]], "annual", 360)).toEqual([[101.25]]);
    expect(lateInterest([[10000]], [[DUE]], [[AS_OF]], [[0.0005]], "Daily")).toEqual([[150]]);
  });

  test("fixed fee once late (99.86 + 40); nothing before or on the due date; blank rows blank", () => {
    const out = lateInterest([[10000], [10000], [null]], [[DUE], [AS_OF], [null]], [[AS_OF]], [[0.1215]], null, null, 40);
    expect(out).toEqual([[139.86], [0], [""]]);
  });

  test("one rate per row (n×1): 10,000 × 7.3% × 30 / 365 = 60", () => {
    expect(lateInterest([[10000], [10000]], [[DUE]], [[AS_OF]], [[0.1215], [0.073]])).toEqual([[99.86], [60]]);
  });

  test("a rate table: 14 days at 12% then 16 days at 10% → 10,000 × (1.68 + 1.60) / 365 = 89.863… → 89.86", () => {
    // rates change on 2025-02-15 = 45703: days 45689…45702 (14) at 12%, 45703…45718 (16) at 10%
    const table = [
      ["Effective from", "Annual rate"],
      [45658, 0.12],
      ["2025-02-15", "10%"],
    ];
    // 5,000: 16,400 / 365 = 44.931… → 44.93
    expect(lateInterest([[10000], [5000]], [[DUE]], [[AS_OF]], table)).toEqual([[89.86], [44.93]]);
  });

  test("a table starting after the first interest day is #N/A; daily basis with a table #VALUE!", () => {
    expect(errorOf(lateInterest([[100]], [[DUE]], [[AS_OF]], [[45700, 0.1]])[0][0]).code).toBe("#N/A");
    expect(
      errorOf(
        lateInterest(
          [[100]],
          [[DUE]],
          [[AS_OF]],
          [
            [45658, 0.1],
            [45700, 0.1],
          ],
          "daily",
        )[0][0],
      ).code,
    ).toBe("#VALUE!");
  });

  test("rate_basis other than annual/daily, a day count of 300, a rate of 12 (for 12%) are #VALUE!", () => {
    expect(errorOf(lateInterest([[100]], [[DUE]], [[AS_OF]], [[0.1]], "monthly")[0][0]).message).toContain('"annual" or "daily"');
    expect(errorOf(lateInterest([[100]], [[DUE]], [[AS_OF]], [[0.1]], null, 300)[0][0]).code).toBe("#VALUE!");
    expect(errorOf(lateInterest([[100]], [[DUE]], [[AS_OF]], [[12]])[0][0]).message).toContain("between 0 and 1");
  });
});

describe("AR.PAYMENTPLAN", () => {
  test("1,000 in 3 monthly payments at 12% (1% a month), worked by hand", () => {
    // annuity 1000 × 0.01 / (1 − 1.01^−3) = 340.0221 → 340.02
    // 1: interest 10.00, principal 330.02, balance 669.98
    // 2: interest 6.6998 → 6.70, principal 333.32, balance 336.66
    // 3: interest 3.3666 → 3.37, payment 336.66 + 3.37 = 340.03, balance 0
    expect(paymentPlan(1000, 3, DUE, null, 0.12)).toEqual([
      ["No", "Due date", "Payment", "Interest", "Principal", "Balance"],
      [1, 45688, 340.02, 10, 330.02, 669.98],
      [2, 45716, 340.02, 6.7, 333.32, 336.66],
      [3, 45747, 340.03, 3.37, 336.66, 0],
    ]);
  });

  test("no interest: 100.00 in 3 → 33.33, 33.33, 33.34; quarterly steps from Jan 31: Apr 30, Jul 31", () => {
    const plan = paymentPlan("100.00", [[3]], "2025-01-31", 3, null);
    // 2025-04-30 = 45658 + 31 + 28 + 31 + 29 = 45777; 2025-07-31 = 45777 + 1 + 31 + 30 + 30 = 45869
    expect(plan.slice(1).map((r) => [r[1], r[2], r[5]])).toEqual([
      [45688, 33.33, 66.67],
      [45777, 33.33, 33.34],
      [45869, 33.34, 0],
    ]);
  });

  test("1904 workbooks: due dates are 1904 serials (1900 serial − 1462)", () => {
    setDateSystem(1904);
    expect(
      paymentPlan(100, 2, "2025-01-31")
        .slice(1)
        .map((r) => r[1]),
    ).toEqual([45688 - 1462, 45716 - 1462]);
  });

  test("0 installments, a negative amount or a blank first date: one error cell", () => {
    expect(spillErrorOf(paymentPlan(100, 0, DUE)).message).toContain("installments must be a whole number from 1 to 1200");
    expect(spillErrorOf(paymentPlan(-100, 2, DUE)).code).toBe("#VALUE!");
    expect(spillErrorOf(paymentPlan(100, 2, null))).toEqual({ code: "#N/A", message: "first_date is blank" });
  });
});
