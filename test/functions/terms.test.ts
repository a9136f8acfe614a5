import { setDateSystem } from "../../src/functions/convert";
import { dueDate } from "../../src/functions/terms";
import { errorOf, spillErrorOf } from "../support/excelValues";

/* AR.DUEDATE as Excel calls it. Serials by hand (1900 system): 2025-01-01 = 45658, so
   2025-01-15 = 45672, 2025-01-31 = 45688, 2025-02-14 = 45702, 2025-03-02 = 45658 + 31 + 28 + 1 = 45718.
   2024-01-01 = 45292 (366 days earlier); 2024-02-10 = 45332, 2024-02-29 = 45351. */

const JAN15 = 45672;

afterEach(() => setDateSystem(1900));

describe("AR.DUEDATE", () => {
  test("one terms cell for a column of invoices; blank invoice rows stay blank", () => {
    expect(dueDate([[JAN15], [45688], [null]], [["Net 30"]])).toEqual([[45702], [45718], [""]]);
  });

  test("terms forms: days, N30, 30天, 2/10 net 30, Net 30 EOM, EOM 30, 月结30天, COD, 见票即付 (1×n row)", () => {
    const terms = [[30, "N30", "30天", "2/10 net 30", "Net 30 EOM", "EOM 30", "月结30天", "COD", "见票即付"]];
    // net: Jan 15 + 30 = Feb 14 (45702); EOM: Jan 31 + 30 = Mar 2 (45718); immediate: Jan 15
    expect(dueDate([Array(9).fill(JAN15)], terms)).toEqual([[45702, 45702, 45702, 45702, 45718, 45718, 45718, JAN15, JAN15]]);
  });

  test("EOM in a leap February: 2024-02-10 with EOM alone is 2024-02-29", () => {
    expect(dueDate([["2024-02-10"]], [["EOM"]])).toEqual([[45351]]);
  });

  test("one terms cell per invoice, text numbers as days", () => {
    expect(dueDate([[JAN15], [JAN15]], [["10"], ["Net 45"]])).toEqual([[JAN15 + 10], [JAN15 + 45]]);
  });

  test("unknown terms are #VALUE! quoting them; blank terms #N/A; error cells pass through", () => {
    const out = dueDate([[JAN15], [JAN15], [JAN15]], [["Net thirty"], [null], ["#REF!"]]);
    expect(errorOf(out[0][0])).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("'Net thirty'") });
    expect(errorOf(out[1][0]).code).toBe("#N/A");
    expect(errorOf(out[2][0]).code).toBe("#REF!");
  });

  test("mismatched shapes give one #VALUE!", () => {
    expect(spillErrorOf(dueDate([[JAN15], [JAN15]], [["N30", "N30"]])).message).toContain(
      "invoice_date and terms must have the same shape",
    );
  });

  test("1904 workbooks: serials in and out are 1904 serials (1900 serial − 1462)", () => {
    setDateSystem(1904);
    expect(dueDate([[JAN15 - 1462]], [["Net 30 EOM"]])).toEqual([[45718 - 1462]]);
    expect(dueDate([["2025-01-15"]], [[30]])).toEqual([[45702 - 1462]]);
  });
});
