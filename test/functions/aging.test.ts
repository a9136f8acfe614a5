import { daysOverdue } from "../../src/functions/aging";
import { setDateSystem } from "../../src/functions/convert";

/* AR.DAYSOVERDUE called exactly as Excel calls it: every argument is declared any[][], so Excel
   passes matrices (a single cell as [[v]]); an omitted paid_date arrives as null.
   Serials (1900 system), counted by hand from 2025-01-01 = 45658 (Excel's DATE(2025,1,1)):
     2025-05-23 = 45658 + 31+28+31+30 + 22 = 45800
     2025-05-28 = 45805, 2025-06-01 = 45809, 2025-06-30 = 45658 + 180 = 45838, 2025-07-12 = 45850 */

const MAY23 = 45800;
const JUN30 = 45838;

type ErrorCell = { code: string; message: string };
const isErrorCell = (v: unknown): v is ErrorCell => typeof v === "object" && v !== null && "code" in v;
const errorOf = (v: unknown) => {
  if (!isErrorCell(v)) throw new Error(`expected an error value, got ${JSON.stringify(v)}`);
  return { code: v.code, message: v.message };
};
/** The single error cell a whole-call failure returns. */
const onlyError = (out: unknown[][]) => {
  expect(out).toHaveLength(1);
  expect(out[0]).toHaveLength(1);
  return errorOf(out[0][0]);
};

afterEach(() => setDateSystem(1900));

describe("AR.DAYSOVERDUE as Excel calls it", () => {
  test("single cells: open invoice is as_of − due", () => {
    // May 23 → May 31 is 8 days, + 30 days of June = 38
    expect(daysOverdue([[MAY23]], [[JUN30]], null as unknown as undefined)).toEqual([[38]]);
  });

  test("plain scalars (as a caller other than Excel might pass) give the same 1×1 answer", () => {
    expect(daysOverdue(MAY23 as unknown as unknown[][], JUN30 as unknown as unknown[][])).toEqual([[38]]);
  });

  test("n×1 column spills n×1; blank rows stay blank; not yet due is 0", () => {
    const due = [[MAY23], [JUN30], [45850], [null], [""]];
    // due on as_of: 0; due 2025-07-12 after as_of: 0 (never negative)
    expect(daysOverdue(due, [[JUN30]], [[null]])).toEqual([[38], [0], [0], [""], [""]]);
  });

  test("1×n row spills 1×n, text dates accepted", () => {
    // Jun 1 → Jun 30 = 29 days
    expect(daysOverdue([["2025-05-23", "2025-06-01", "2025-06-30"]], [["2025-06-30"]])).toEqual([[38, 29, 0]]);
  });

  test("paid on or before as_of counts how late it was paid; paid after as_of is still open", () => {
    const due = [[MAY23], [MAY23], [MAY23], [MAY23]];
    // paid May 28: 5 days late; paid Jul 5 (after as_of): open, 38; paid May 20 (early): 0; not paid: 38
    const paid = [["2025-05-28"], ["2025-07-05"], ["2025-05-20"], [null]];
    expect(daysOverdue(due, [[JUN30]], paid)).toEqual([[5], [38], [0], [38]]);
  });

  test("as_of may be one per row", () => {
    // May 23 → Jun 1 = 9 days; May 23 → May 24 = 1
    expect(daysOverdue([[MAY23], [MAY23]], [["2025-06-01"], ["2025-05-24"]])).toEqual([[9], [1]]);
  });

  test("Chinese and slashed year-first text dates, time of day ignored", () => {
    expect(daysOverdue([["2025/5/23"]], [["2025年6月30日"]])).toEqual([[38]]);
    expect(daysOverdue([[MAY23 + 0.9]], [[JUN30 + 0.1]])).toEqual([[38]]);
  });

  test("0 from an empty cell on older desktop builds counts as blank", () => {
    expect(daysOverdue([[0], [MAY23]], [[JUN30]], [[0], [0]])).toEqual([[""], [38]]);
  });

  test("a blank as_of is #N/A naming the argument", () => {
    expect(errorOf(daysOverdue([[MAY23]], [[null]])[0][0])).toEqual({ code: "#N/A", message: "as_of is blank" });
  });

  test("ambiguous or non-date text is #VALUE! quoting it; other rows still answer", () => {
    const out = daysOverdue([["03/04/2025"], [MAY23], [true]], [[JUN30]]);
    expect(errorOf(out[0][0]).code).toBe("#VALUE!");
    expect(errorOf(out[0][0]).message).toContain("'03/04/2025'");
    expect(out[1][0]).toBe(38);
    expect(errorOf(out[2][0])).toEqual({ code: "#VALUE!", message: "due_date must be a date, not TRUE" });
  });

  test("error values in input cells are passed on as themselves", () => {
    const na = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
    const out = daysOverdue([[na], ["#DIV/0!"], [MAY23]], [[JUN30]], [[null], [null], ["#REF!"]]);
    expect(out.map((row) => errorOf(row[0]).code)).toEqual(["#N/A", "#DIV/0!", "#REF!"]);
    // an error in the single as_of cell reaches every non-blank row
    const all = daysOverdue([[MAY23], [null]], [["#NAME?"]]);
    expect(errorOf(all[0][0]).code).toBe("#NAME?");
    expect(all[1][0]).toBe("");
  });

  test("mismatched shapes are one #VALUE! cell for the whole call (returned, not thrown)", () => {
    const err = onlyError(daysOverdue([[MAY23], [MAY23], [MAY23]], [[JUN30]], [[null], [null]]));
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toContain("due_date and paid_date must have the same shape");
    const rowVsColumn = onlyError(daysOverdue([[MAY23], [MAY23]], [[JUN30, JUN30]]));
    expect(rowVsColumn.message).toContain("due_date and as_of must have the same shape");
  });

  test("out-of-range serials are #VALUE!", () => {
    // 1900 system: serials run 1 … 2958465 (9999-12-31)
    expect(errorOf(daysOverdue([[-5]], [[JUN30]])[0][0]).code).toBe("#VALUE!");
    expect(errorOf(daysOverdue([[MAY23]], [[2958466]])[0][0]).code).toBe("#VALUE!");
  });

  test("1904 workbooks: serials and text read in the 1904 system", () => {
    setDateSystem(1904);
    // 1904 serial = 1900 serial − 1462: 2025-05-23 = 44338; as_of as text 2025-06-30
    expect(daysOverdue([[44338]], [["2025-06-30"]])).toEqual([[38]]);
  });
});
