import Decimal from "decimal.js";
import {
  aggregate,
  denseList,
  elementwise,
  lastResult,
  readCell,
  readColumns,
  readTableRows,
  setDateSystem,
} from "../../src/functions/convert";
import { errorOf, spillErrorOf } from "../support/excelValues";

/* The converter's kinds and readers added for the full catalogue: cents, rate, boolean, language,
   value and table kinds; whole-range arguments in element-wise calls; aligned ledger columns;
   lists and rate tables. */

afterEach(() => setDateSystem(1900));

describe("kinds", () => {
  test("cents: numbers and amount text to integer cents, half away from zero beyond 2 decimals", () => {
    const cents = { name: "amount", kind: "cents" } as const;
    // 1234.5 → 123450; (1,234.50) → −123450; 0.125 → 12.5 cents → 13; 4.35 (float 434.99999…) → 435
    expect([1234.5, "(1,234.50)", 0.125, 4.35].map((v) => readCell(v, cents))).toEqual([123450, -123450, 13, 435]);
    expect(readCell("ten", cents)).toMatchObject({ code: "unreadable", message: "cannot read 'ten' as an amount" });
  });

  test("rate: fractions, numeric text and percent text", () => {
    const rate = { name: "rate", kind: "rate" } as const;
    expect([0.08, "0.08", "8%", " 12.5 % "].map((v) => readCell(v, rate))).toEqual([0.08, 0.08, 0.08, 0.125]);
    expect(readCell("eight", rate)).toMatchObject({ code: "unreadable" });
  });

  test("boolean: TRUE/FALSE, their text, numbers as Excel's logical functions read them", () => {
    const flag = { name: "compound", kind: "boolean" } as const;
    expect([true, false, "true", " FALSE ", 1, 0, -2].map((v) => readCell(v, flag))).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(readCell("yes", flag)).toMatchObject({ code: "unreadable", message: "compound must be TRUE or FALSE; got 'yes'" });
  });

  test("language: en/zh and their regional forms; anything else is refused", () => {
    const language = { name: "language", kind: "language" } as const;
    expect(["en", "EN-us", "zh", "zh-CN", "中文"].map((v) => readCell(v, language))).toEqual(["en", "en", "zh", "zh", "zh"]);
    expect(readCell("fr", language)).toMatchObject({ code: "unreadable", message: `language must be "en" or "zh"; got 'fr'` });
  });

  test("value: passed as it is for a core parser; errors and blanks still handled here", () => {
    const terms = { name: "terms", kind: "value" } as const;
    expect([30, " Net 30 ", true].map((v) => readCell(v, terms))).toEqual([30, " Net 30 ", true]);
    expect(readCell("#N/A", terms)).toMatchObject({ excelError: "#N/A" });
    expect(readCell(null, terms)).toMatchObject({ code: "missing", message: "terms is blank" });
  });
});

describe("whole-range arguments in elementwise", () => {
  const labelled = elementwise(
    [
      { name: "x", kind: "number" },
      { name: "steps", kind: "number", range: true, optional: true },
      { name: "ladder", kind: "table", optional: true },
    ] as const,
    (x, steps, ladder) => `${x}:${steps?.join("/") ?? "-"}:${ladder?.length ?? 0}`,
  );

  test("a range argument reaches every element whole, whatever its shape", () => {
    expect(
      labelled(
        [[1], [2]],
        [[30, 60, 90]],
        [
          [1, "a"],
          [2, "b"],
          [3, "c"],
        ],
      ),
    ).toEqual([["1:30/60/90:3"], ["2:30/60/90:3"]]);
  });

  test("omitted or all-blank optional ranges are null; an error cell in a table is every row's error", () => {
    expect(labelled([[1]], null, [[null, null]])).toEqual([["1:-:0"]]);
    expect(errorOf(labelled([[1], [2]], null, [[1, "#REF!"]])[1][0]).code).toBe("#REF!");
  });

  test("an unexpected exception becomes #VALUE! with its message instead of escaping", () => {
    const broken = elementwise([{ name: "x", kind: "number" }] as const, () => {
      throw new RangeError("boom");
    });
    expect(spillErrorOf(broken([[1]]))).toEqual({ code: "#VALUE!", message: "unexpected error: boom" });
  });
});

describe("readColumns and column arguments", () => {
  const specs = [
    { name: "amounts", kind: "cents", column: true },
    { name: "due_dates", kind: "date", column: true },
    { name: "paid_dates", kind: "date", column: true, optional: true },
  ] as const;

  test("rows with a blank key are skipped before the others are read (a note beside no amount is fine)", () => {
    // 2025-05-23 = 45800
    const out = readColumns(
      [
        [[100], [null], ["2.50"]],
        [["2025-05-23"], ["note"], [45801]],
        [[null], [null], [45810]],
      ],
      specs,
    );
    expect(out).toEqual([
      [10000, 250],
      [45800, 45801],
      [null, 45810],
    ]);
  });

  test("an omitted optional column is null; a blank required cell on a kept row is #N/A with its row", () => {
    expect(readColumns([[[1]], [[45800]], null], specs)).toEqual([[100], [45800], null]);
    expect(readColumns([[[1], [2]], [[45800], [null]], null], specs)).toMatchObject({
      code: "missing",
      message: "due_dates is blank (row 2)",
    });
  });

  test("a column of another shape is a shape mismatch naming both", () => {
    expect(readColumns([[[1], [2]], [[45800, 45801]], null], specs)).toMatchObject({
      code: "shapeMismatch",
      message: "amounts and due_dates must have the same shape (2×1 and 1×2)",
    });
  });

  test("the key column can be another than the first", () => {
    const keyed = aggregate(
      [
        { name: "names", kind: "text", column: true, optional: true },
        { name: "amounts", kind: "amount", column: true, key: true },
      ] as const,
      (names, amounts) => `${names?.join("|")}=${amounts.reduce((s: Decimal, a) => s.plus(a), new Decimal(0)).toString()}`,
    );
    expect(keyed([["A"], ["B"], [null]], [[1.5], [null], [2]])).toBe("A|=3.5");
  });
});

describe("denseList, readTableRows, lastResult", () => {
  test("denseList drops trailing blanks, refuses inner ones", () => {
    expect(denseList([30, 60, null, null], "edges")).toEqual([30, 60]);
    expect(denseList([30, null, 90], "edges")).toMatchObject({
      code: "missing",
      message: "edges has a blank cell at position 2",
    });
  });

  test("readTableRows: a text header and blank rows skipped; a bad cell names its table row", () => {
    const cols = [
      { name: "effective_from", kind: "date" },
      { name: "rate", kind: "rate" },
    ] as const;
    expect(
      readTableRows(
        [
          ["From", "Rate"],
          [45658, "12%"],
          [null, null],
          ["2025-02-15", 0.1],
        ],
        cols,
      ),
    ).toEqual([
      [45658, 0.12],
      [45703, 0.1],
    ]);
    expect(readTableRows([[45658, "high"]], cols)).toMatchObject({
      code: "unreadable",
      message: expect.stringContaining("(table row 1)"),
    });
  });

  test("lastResult computes once for the same arguments", () => {
    let calls = 0;
    const parse = lastResult((text: string, n: number) => {
      calls++;
      return text.repeat(n);
    });
    expect([parse("a", 2), parse("a", 2), parse("b", 1), parse("b", 1)]).toEqual(["aa", "aa", "b", "b"]);
    expect(calls).toBe(2);
  });
});
