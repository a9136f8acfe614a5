import { defineFunction, isFunctionDefinition, readCell, readColumns } from "../../src/functions/convert";
import { readWhole } from "../../src/functions/readRanges";
import { errorOf, spillErrorOf } from "../support/excelValues";

/* One definition per AR.* function: defaults read as typed values, bounds and allowed values
   checked by the converter, element-wise and aggregate modes, an alternative table. */

describe("defineFunction", () => {
  const scaled = defineFunction({
    id: "SCALED",
    mode: "elementwise",
    specs: [
      { name: "x", kind: "number" },
      { name: "factor", kind: "number", optional: true, default: 2, min: 0, example: "2" },
    ] as const,
    compute: (x, factor) => x * factor,
  });

  test("element-wise: spills the first argument's shape; a blank optional argument is its default", () => {
    expect(scaled.call([[1], [3]], null)).toEqual([[2], [6]]);
    expect(scaled.call([[1], [3]], [[""], [10]])).toEqual([[2], [30]]);
    expect([scaled.id, scaled.mode, scaled.spill]).toEqual(["SCALED", "elementwise", true]);
    expect(isFunctionDefinition(scaled)).toBe(true);
    expect(isFunctionDefinition({ id: "X" })).toBe(false);
  });

  test("bounds are checked on every row's value, with the one message", () => {
    const out = scaled.call([[1], [1]], [[1], [-1]]);
    expect(out[0][0]).toBe(1);
    expect(errorOf(out[1][0])).toEqual({ code: "#VALUE!", message: "factor must be 0 or more (e.g. 2); got -1" });
  });

  test("aggregate: one answer, or with spill a table; failures as a value or a 1×1 range", () => {
    const total = defineFunction({
      id: "TOTAL",
      mode: "aggregate",
      specs: [
        { name: "xs", kind: "number", range: true, optional: true, default: [1, 2, 3] },
        { name: "basis", kind: "text", optional: true, default: "sum", allowed: ["sum", "count"] },
      ] as const,
      compute: (xs, basis) => (basis === "sum" ? xs.reduce((s: number, x) => s + (x ?? 0), 0) : xs.length),
    });
    // 1 + 2 + 3 = 6 by default; 4 + 5 = 9
    expect(total.call(null, null)).toBe(6);
    expect(total.call([[4], [5]], " SUM ")).toBe(9);
    expect(total.call([[4], [5]], "Count")).toBe(2);
    expect(errorOf(total.call(null, "mean"))).toEqual({ code: "#VALUE!", message: `basis must be "sum" or "count"; got 'mean'` });
    const table = defineFunction({
      id: "TABLE",
      mode: "aggregate",
      spill: true,
      specs: [{ name: "n", kind: "number", whole: true, min: 1, max: 3 }] as const,
      compute: (n) => [[n], [n * 2]],
    });
    expect(table.call(2)).toEqual([[2], [4]]);
    expect(spillErrorOf(table.call(4)).message).toBe("n must be a whole number from 1 to 3; got 4");
  });

  test("an alternative table answers the calls it claims", () => {
    const byTable = defineFunction({
      id: "PICK",
      mode: "elementwise",
      specs: [{ name: "x", kind: "number" }] as const,
      compute: (x) => `one ${x}`,
      alternative: { when: (x) => x === "many", call: () => [["many"]] },
    });
    expect(byTable.call([[1]])).toEqual([["one 1"]]);
    expect(byTable.call("many")).toEqual([["many"]]);
  });
});

describe("defaults, kinds and columns", () => {
  test("a default table or range is read whole; a required argument has none", () => {
    expect(readWhole(null, { name: "ladder", kind: "table", optional: true, default: [["standard"]] })).toEqual([["standard"]]);
    expect(readWhole([[null]], { name: "edges", kind: "number", range: true, optional: true, default: [30, 60] })).toEqual([
      30, 60,
    ]);
    expect(readCell(null, { name: "as_of", kind: "date" })).toMatchObject({ code: "missing", message: "as_of is blank" });
  });

  test("rateOrValue: a rate when the cell reads as one, else the cell as it is", () => {
    const spec = { name: "discount_or_terms", kind: "rateOrValue" } as const;
    expect(["2%", 0.02, "0.02", "2/10 net 30", true].map((v) => readCell(v, spec))).toEqual([
      0.02,
      0.02,
      0.02,
      "2/10 net 30",
      true,
    ]);
  });

  test("a required column whose cells may be blank reads them as null, and is null when blank throughout", () => {
    const specs = [
      { name: "names", kind: "text", column: true, blankCells: true },
      { name: "amounts", kind: "cents", column: true, key: true },
    ] as const;
    expect(
      readColumns(
        [
          [["A"], [null]],
          [[1], [2]],
        ],
        specs,
      ),
    ).toEqual([
      ["A", null],
      [100, 200],
    ]);
    expect(
      readColumns(
        [
          [[null], [null]],
          [[1], [2]],
        ],
        specs,
      ),
    ).toEqual([null, [100, 200]]);
  });
});
