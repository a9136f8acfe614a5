import { fail, inputError, type ExcelErrorKind } from "../../src/core/failure";
import { toExcelError, toExcelValue } from "../../src/functions/excelErrors";

describe("toExcelError", () => {
  test("each core failure code shows as its Excel error", () => {
    // the closed table in src/core/failure.ts: missing/noAnswer → #N/A, divideByZero → #DIV/0!, the rest #VALUE!
    expect(toExcelError(fail("missing", "as_of is blank")).code).toBe("#N/A");
    expect(toExcelError(fail("noAnswer", "receivables exceed the sales history given")).code).toBe("#N/A");
    expect(toExcelError(fail("divideByZero", "credit_sales sum to 0")).code).toBe("#DIV/0!");
    expect(toExcelError(fail("unreadable", "bad")).code).toBe("#VALUE!");
    expect(toExcelError(fail("shapeMismatch", "bad")).code).toBe("#VALUE!");
  });

  test("only #VALUE! and #N/A carry the message", () => {
    expect(toExcelError(fail("unreadable", "cannot read 'x' as a date")).message).toBe("cannot read 'x' as a date");
    expect(toExcelError(fail("missing", "as_of is blank")).message).toBe("as_of is blank");
    expect(toExcelError(fail("divideByZero", "credit_sales sum to 0")).message).toBe("");
  });

  test("an input cell's own error is passed on, for every Excel error", () => {
    const kinds: ExcelErrorKind[] = ["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#REF!", "#NAME?", "#NULL!"];
    expect(kinds.map((k) => toExcelError(inputError(k)).code)).toEqual(kinds);
    expect(toExcelError(inputError("#NUM!")).message).toBe("");
  });

  test("results are runtime error objects", () => {
    expect(toExcelError(fail("missing", "x"))).toBeInstanceOf(CustomFunctions.Error);
  });
});

describe("toExcelValue", () => {
  test("values pass through, failures become errors", () => {
    expect(toExcelValue(38)).toBe(38);
    expect(toExcelValue("")).toBe("");
    expect(toExcelValue(fail("missing", "due_date is blank"))).toMatchObject({ code: "#N/A", message: "due_date is blank" });
  });
});
