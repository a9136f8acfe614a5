import fc from "fast-check";
import {
  bucketCount,
  bucketIndex,
  bucketLabels,
  DEFAULT_AGING_EDGES,
  paidLabel,
  validateEdges,
} from "../../../src/core/aging/agingBuckets";
import { isFailure, type Failure } from "../../../src/core/failure";

describe("bucketIndex with the default edges 30, 60, 90", () => {
  it.each([
    [-30, 0],
    [0, 0],
    [1, 1],
    [30, 1],
    [31, 2],
    [60, 2],
    [61, 3],
    [90, 3],
    [91, 4],
    [10000, 4],
  ])("%d days past due → bucket %d", (days, bucket) => {
    expect(bucketIndex(days, DEFAULT_AGING_EDGES)).toBe(bucket);
  });
});

describe("bucketIndex with other edges", () => {
  it("edges 30, 60, 90, 120: 120 → 91-120 (4), 121 → 121+ (5)", () => {
    expect(bucketIndex(120, [30, 60, 90, 120])).toBe(4);
    expect(bucketIndex(121, [30, 60, 90, 120])).toBe(5);
  });

  it("a single edge: 30 → 1-30, 31 → 31+", () => {
    expect(bucketIndex(30, [30])).toBe(1);
    expect(bucketIndex(31, [30])).toBe(2);
  });

  it("property: the bucket's label range holds the day count", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -50, max: 500 }),
        (raw, days) => {
          const edges = [...raw].sort((a, b) => a - b);
          const label = bucketLabels(edges)[bucketIndex(days, edges)];
          if (label === "Current") return expect(days).toBeLessThanOrEqual(0);
          const [low, high] = label.replace("+", "").split("-").map(Number);
          expect(days).toBeGreaterThanOrEqual(low);
          if (high !== undefined) expect(days).toBeLessThanOrEqual(high);
        },
      ),
    );
  });
});

describe("validateEdges", () => {
  it("returns a copy of valid edges", () => {
    const edges = [30, 60, 90];
    const result = validateEdges(edges);
    expect(result).toEqual([30, 60, 90]);
    expect(result).not.toBe(edges);
    expect(validateEdges([1])).toEqual([1]);
  });

  it.each([
    [[], "edges must hold at least one day count (e.g. 30, 60, 90)"],
    [[0, 30], "edges must be positive whole days (e.g. 30, 60, 90); got 0"],
    [[-30], "edges must be positive whole days (e.g. 30, 60, 90); got -30"],
    [[30.5], "edges must be positive whole days (e.g. 30, 60, 90); got 30.5"],
    [[Number.NaN], "edges must be positive whole days (e.g. 30, 60, 90); got NaN"],
    [[30, 30], "edges must increase strictly (e.g. 30, 60, 90); got 30 then 30"],
    [[60, 30], "edges must increase strictly (e.g. 30, 60, 90); got 60 then 30"],
  ])("refuses %j", (edges, message) => {
    const result = validateEdges(edges as number[]) as Failure;
    expect(isFailure(result)).toBe(true);
    expect(result.code).toBe("outOfRange");
    expect(result.excelError).toBe("#VALUE!");
    expect(result.message).toBe(message);
  });
});

describe("bucketLabels", () => {
  it("default edges: Current, 1-30, 31-60, 61-90, 91+", () => {
    expect(bucketLabels(DEFAULT_AGING_EDGES)).toEqual(["Current", "1-30", "31-60", "61-90", "91+"]);
  });

  it("edges 30, 60, 90, 120 end with 91-120, 121+", () => {
    expect(bucketLabels([30, 60, 90, 120])).toEqual(["Current", "1-30", "31-60", "61-90", "91-120", "121+"]);
  });

  it("zh: 未到期 for Current, same numeric labels", () => {
    expect(bucketLabels([30, 60, 90], "zh")).toEqual(["未到期", "1-30", "31-60", "61-90", "91+"]);
  });

  it("edge 1: Current, 1-1, 2+", () => {
    expect(bucketLabels([1])).toEqual(["Current", "1-1", "2+"]);
  });

  it("paid label: Paid / 已付", () => {
    expect(paidLabel()).toBe("Paid");
    expect(paidLabel("zh")).toBe("已付");
  });

  it("bucketCount is edges + 2 (Current and the open-ended last)", () => {
    expect(bucketCount([30, 60, 90])).toBe(5);
    expect(bucketCount([30])).toBe(3);
  });
});
