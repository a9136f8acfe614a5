import { fail } from "../../src/core/failure";
import Decimal from "decimal.js";
import {
  aggregate,
  cellError,
  elementwise,
  getDateSystem,
  isBlankCell,
  readCell,
  readRange,
  setDateSystem,
  toMatrix,
} from "../../src/functions/convert";

afterEach(() => setDateSystem(1900));

describe("toMatrix", () => {
  test("scalars and omitted arguments become 1×1, a 1-D array one row, a matrix stays", () => {
    expect(toMatrix(7)).toEqual([[7]]);
    expect(toMatrix(null)).toEqual([[null]]);
    expect(toMatrix(undefined)).toEqual([[null]]);
    expect(toMatrix([1, 2])).toEqual([[1, 2]]);
    expect(toMatrix([[1], [2]])).toEqual([[1], [2]]);
    expect(toMatrix([])).toEqual([[null]]);
  });
});

describe("cellError / isBlankCell", () => {
  test("runtime error objects and error texts are recognised, other text is not", () => {
    expect(cellError(new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero))).toBe("#DIV/0!");
    expect(cellError({ code: "#N/A" })).toBe("#N/A");
    expect(cellError("#NUM!")).toBe("#NUM!");
    expect(cellError("#WHAT")).toBeUndefined();
    expect(cellError({ code: 42 })).toBeUndefined();
    expect(cellError(0)).toBeUndefined();
  });

  test("blank: null, undefined, whitespace; 0 only for dates", () => {
    expect([null, undefined, "", "   "].map((v) => isBlankCell(v))).toEqual([true, true, true, true]);
    expect(isBlankCell(0)).toBe(false);
    expect(isBlankCell(0, "amount")).toBe(false);
    expect(isBlankCell(0, "date")).toBe(true);
  });
});

describe("readCell", () => {
  test("amounts through parseAmount, exact decimals", () => {
    const v = readCell("(1,234.50)", { name: "amount", kind: "amount" });
    expect(v).toBeInstanceOf(Decimal);
    expect((v as Decimal).toString()).toBe("-1234.5");
  });

  test("numbers: numeric text accepted, booleans and words refused with the argument's name", () => {
    expect(readCell(" 30 ", { name: "days", kind: "number" })).toBe(30);
    expect(readCell("1e3", { name: "days", kind: "number" })).toBe(1000);
    expect(readCell(true, { name: "days", kind: "number" })).toMatchObject({
      excelError: "#VALUE!",
      message: "days must be a number, not TRUE",
    });
    expect(readCell("thirty", { name: "days", kind: "number" })).toMatchObject({ excelError: "#VALUE!" });
    expect(readCell(Infinity, { name: "days", kind: "number" })).toMatchObject({ excelError: "#VALUE!" });
  });

  test("text: trimmed, numbers and booleans as Excel shows them", () => {
    expect(readCell("  Acme Ltd ", { name: "customer", kind: "text" })).toBe("Acme Ltd");
    expect(readCell(12, { name: "customer", kind: "text" })).toBe("12");
    expect(readCell(false, { name: "customer", kind: "text" })).toBe("FALSE");
  });

  test("blank required is #N/A, blank optional is null, error cells keep their error", () => {
    expect(readCell(null, { name: "as_of", kind: "date" })).toMatchObject({
      code: "missing",
      excelError: "#N/A",
      message: "as_of is blank",
    });
    expect(readCell("", { name: "paid_date", kind: "date", optional: true })).toBeNull();
    expect(readCell("#REF!", { name: "as_of", kind: "date" })).toMatchObject({ code: "inputError", excelError: "#REF!" });
  });

  test("dates follow the workbook date system", () => {
    // 2025-06-30 is 45838 in the 1900 system and 45838 − 1462 = 44376 in the 1904 system
    expect(readCell("2025-06-30", { name: "d", kind: "date" })).toBe(45838);
    setDateSystem(1904);
    expect(getDateSystem()).toBe(1904);
    expect(readCell("2025-06-30", { name: "d", kind: "date" })).toBe(44376);
  });
});

describe("readRange", () => {
  test("row-major with blanks as null, so aligned ranges stay aligned", () => {
    const v = readRange(
      [
        [100, null],
        ["", "$25.50"],
      ],
      { name: "amounts", kind: "amount" },
    ) as Decimal[];
    expect(v.map((d) => (d === null ? null : d.toString()))).toEqual(["100", null, null, "25.5"]);
  });

  test("the first unreadable or error cell fails the whole range", () => {
    expect(readRange([[1], ["abc"]], { name: "amounts", kind: "amount" })).toMatchObject({ excelError: "#VALUE!" });
    expect(readRange([[1], ["#N/A"]], { name: "amounts", kind: "amount" })).toMatchObject({ excelError: "#N/A" });
  });
});

describe("elementwise", () => {
  const twice = elementwise(
    [
      { name: "x", kind: "number" },
      { name: "y", kind: "number", optional: true },
    ] as const,
    (x, y) => x * 2 + (y ?? 0),
  );

  test("broadcasts a single cell over the lead shape", () => {
    // 1×2 + 10 each: 1·2+10 = 12, 3·2+10 = 16
    expect(twice([[1, 3]], [[10]])).toEqual([[12, 16]]);
    expect(twice([[1], [3]], [[10], [20]])).toEqual([[12], [26]]);
  });

  test("a core failure becomes that row's error value", () => {
    const positive = elementwise([{ name: "x", kind: "number" }] as const, (x) =>
      x > 0 ? x : fail("outOfRange", { key: "test", params: {}, en: "x must be positive", zh: "x 必须为正数" }),
    );
    const out = positive([[2], [-1]]);
    expect(out[0][0]).toBe(2);
    expect(out[1][0]).toMatchObject({ code: "#VALUE!", message: "x must be positive" });
  });

  test("a mismatched shape returns one #VALUE! cell naming both arguments and sizes", () => {
    const out = twice([[1], [2], [3]], [[1], [2]]);
    expect(out).toHaveLength(1);
    expect(out[0]).toHaveLength(1);
    expect(out[0][0]).toMatchObject({ code: "#VALUE!", message: "x and y must have the same shape (3×1 and 2×1)" });
  });
});

describe("aggregate", () => {
  const weightedSum = aggregate(
    [
      { name: "amounts", kind: "amount", range: true },
      { name: "factor", kind: "number", optional: true },
    ] as const,
    (amounts, factor) =>
      amounts
        .reduce((sum: Decimal, a) => (a ? sum.plus(a) : sum), new Decimal(0))
        .times(factor ?? 1)
        .toNumber(),
  );

  test("range arguments arrive as lists, single-cell arguments as values", () => {
    // (100 + 0.10 + 0.20) × 2 = 200.6, exact in decimals
    expect(weightedSum([[100], [0.1], [0.2], [null]], [[2]])).toBe(200.6);
    expect(weightedSum([[5]], null)).toBe(5);
  });

  test("a range where a single cell is expected, or a bad cell, is the whole call's error value", () => {
    expect(weightedSum([[1]], [[1], [2]])).toMatchObject({
      code: "#VALUE!",
      message: "factor must be a single cell, not a 2×1 range",
    });
    expect(weightedSum([["#DIV/0!"]], null)).toMatchObject({ code: "#DIV/0!" });
  });

  test("spilling aggregates give a failure as a 1×1 range", () => {
    const table = aggregate([{ name: "n", kind: "number" }] as const, (n) => [[n], [n * 2]], { spill: true });
    // 2 → [[2],[4]]
    expect(table(2)).toEqual([[2], [4]]);
    const out = table("abc") as unknown[][];
    expect(out).toHaveLength(1);
    expect(out[0][0]).toMatchObject({ code: "#VALUE!" });
  });
});
