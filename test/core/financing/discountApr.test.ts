import { discountApr } from "../../../src/core/financing/discountApr";

describe("discountApr", () => {
  it("2/10 net 30 costs 37.24% a year (textbook figure)", () => {
    // Brigham & Houston, Fundamentals of Financial Management, cost of trade credit:
    // 2/98 × 365/20 = 0.020408… × 18.25 = 0.37244897959…
    expect(discountApr(0.02, 10, 30)).toBeCloseTo(0.3724489795918367, 14);
  });

  it("compounded: (1 + 2/98)^(365/20) − 1 = 44.59%", () => {
    // Same source, effective annual cost: 1.020408…^18.25 − 1 = 0.445852927…
    expect(discountApr(0.02, 10, 30, true)).toBeCloseTo(0.4458529273124851, 12);
  });

  it("other terms", () => {
    // 1/10 net 30: 1/99 × 365/20 = 0.18434343…; 2/10 net 60: 2/98 × 365/50 = 0.14897959…
    expect(discountApr(0.01, 10, 30)).toBeCloseTo(0.18434343434343434, 14);
    expect(discountApr(0.02, 10, 60)).toBeCloseTo(0.1489795918367347, 14);
    // No discount costs nothing; "cash discount at once" (0 days) still prices N − D = 30.
    expect(discountApr(0, 10, 30)).toBe(0);
    expect(discountApr(0.02, 0, 30)).toBeCloseTo((0.02 / 0.98) * (365 / 30), 14);
  });

  it("discount typed as a percent, or 100%, is refused with the hint", () => {
    expect(discountApr(2, 10, 30)).toMatchObject({
      code: "outOfRange",
      message: "discount must be between 0 and 1 (e.g. 2% or 0.02); got 2",
    });
    expect(discountApr(1, 10, 30)).toMatchObject({ code: "outOfRange" });
  });

  it("net_days equal to discount_days is #DIV/0!; earlier or negative days refused", () => {
    expect(discountApr(0.02, 30, 30)).toMatchObject({ code: "divideByZero", excelError: "#DIV/0!" });
    expect(discountApr(0.02, 30, 10)).toMatchObject({ code: "outOfRange" });
    expect(discountApr(0.02, -1, 30)).toMatchObject({ code: "outOfRange" });
    expect(discountApr(0.02, Number.NaN, 30)).toMatchObject({ code: "unreadable" });
  });
});
