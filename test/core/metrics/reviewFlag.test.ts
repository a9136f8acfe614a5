import { reviewFlag } from "../../../src/core/metrics/reviewFlag";

describe("reviewFlag", () => {
  it("TRUE once overdue reaches 10% of the limit (inclusive)", () => {
    // 10% of 50,000 = 5,000: 5,000 → TRUE, 4,999.99 → FALSE.
    expect(reviewFlag(5000, 50000)).toBe(true);
    expect(reviewFlag(4999.99, 50000)).toBe(false);
  });

  it("exact where floats are not", () => {
    // 0.1 + 0.2 overdue against 0.1 × 3 = 0.30000000000000004 in floats; in cents 30 ≥ 30 → TRUE.
    expect(reviewFlag([0.1, 0.2], 3)).toBe(true);
  });

  it("custom threshold", () => {
    // 25% of 20,000 = 5,000: 4,000 → FALSE; 5,000 → TRUE.
    expect(reviewFlag(4000, 20000, 0.25)).toBe(false);
    expect(reviewFlag(5000, 20000, 0.25)).toBe(true);
  });

  it("nothing overdue never triggers, even at a zero limit", () => {
    expect(reviewFlag(0, 0)).toBe(false);
    expect(reviewFlag(null, 50000, 0)).toBe(false);
    // Any overdue against no credit limit at all triggers.
    expect(reviewFlag(0.01, 0)).toBe(true);
  });

  it("threshold typed as a percent is refused with the hint", () => {
    expect(reviewFlag(5000, 50000, 10)).toMatchObject({
      code: "outOfRange",
      message: "threshold must be between 0 and 1 (e.g. 10% or 0.1); got 10",
    });
  });

  it("negative limit refused", () => {
    expect(reviewFlag(100, -1)).toMatchObject({ code: "outOfRange" });
  });
});
