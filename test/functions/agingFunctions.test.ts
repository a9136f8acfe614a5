import { ageBucket, aging, ecl } from "../../src/functions/aging";
import { setDateSystem } from "../../src/functions/convert";
import { errorOf, spillErrorOf } from "../support/excelValues";

/* AR.AGEBUCKET, AR.AGING and AR.ECL called as Excel calls them: any[][] arguments as matrices,
   scalars (as_of, language) as values, omitted optionals as null.
   Serials (1900 system) by hand: 2025-01-01 = 45658; 2025-06-30 = 45658 + 180 = 45838 (AS_OF).
   A due date d days before AS_OF is 45838 − d. */

const AS_OF = 45838;
const ago = (days: number) => AS_OF - days;

afterEach(() => setDateSystem(1900));

describe("AR.AGEBUCKET", () => {
  test("a column spills a column; bucket edges are inclusive (30 is 1-30, 31 is 31-60); blank rows stay blank", () => {
    const due = [[ago(0)], [ago(1)], [ago(30)], [ago(31)], [ago(90)], [ago(91)], [ago(-5)], [null]];
    expect(ageBucket(due, [[AS_OF]], null as never, null as never, null)).toEqual([
      ["Current"],
      ["1-30"],
      ["1-30"],
      ["31-60"],
      ["61-90"],
      ["91+"],
      ["Current"],
      [""],
    ]);
  });

  test("a single cell and a 1×n row; text dates", () => {
    // 2025-05-23 is 38 days before 2025-06-30: 31-60
    expect(ageBucket([["2025-05-23"]], [["2025-06-30"]])).toEqual([["31-60"]]);
    expect(ageBucket([[ago(10), ago(45), ago(200)]], [[AS_OF]])).toEqual([["1-30", "31-60", "91+"]]);
  });

  test("custom edges {30,60,90,120} end with 91-120 and 121+; a trailing blank edge cell is ignored", () => {
    const edges = [[30, 60, 90, 120, null]];
    expect(ageBucket([[ago(100)], [ago(121)]], [[AS_OF]], edges)).toEqual([["91-120"], ["121+"]]);
  });

  test("paid on or before as_of is Paid; paid after as_of is still aged; zh labels", () => {
    const due = [[ago(40)], [ago(40)], [ago(-3)]];
    const paid = [[ago(1)], [ago(-2)], [null]];
    expect(ageBucket(due, [[AS_OF]], null as never, paid)).toEqual([["Paid"], ["31-60"], ["Current"]]);
    expect(ageBucket(due, [[AS_OF]], null as never, paid, "zh")).toEqual([["已付"], ["31-60"], ["未到期"]]);
  });

  test("bad edges or language are #VALUE! with a hint; an error cell passes through; shapes must fit", () => {
    expect(errorOf(ageBucket([[ago(5)]], [[AS_OF]], [[60, 30]])[0][0])).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("increase strictly"),
    });
    expect(errorOf(ageBucket([[ago(5)]], [[AS_OF]], null as never, null as never, "fr")[0][0])).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining('"en" or "zh"'),
    });
    expect(errorOf(ageBucket([["#N/A"], [ago(5)]], [[AS_OF]])[0][0]).code).toBe("#N/A");
    const misfit = ageBucket([[ago(1)], [ago(2)]], [[AS_OF]], null as never, [[null], [null], [null]]);
    expect(spillErrorOf(misfit).message).toContain("due_date and paid_date must have the same shape");
  });

  test("a blank as_of is #N/A naming it", () => {
    expect(errorOf(ageBucket([[ago(5)]], [[null]])[0][0])).toEqual({ code: "#N/A", message: "as_of is blank" });
  });
});

/* A sample ledger, bucketed by hand (as of 2025-06-30, edges 30/60/90):
     1000.00   due today            → Current
      250.50   10 days past due     → 1-30
     (100.00)  20 days, credit note → 1-30
      400.00   50 days              → 31-60
     (blank)   note "n/a" as date   → skipped: no amount
      300.00   138 days             → 91+
      500.00   38 days, paid 8 days ago → left out (paid on or before as_of)
   Current 1000.00 (1) · 1-30 150.50 (2) · 31-60 400.00 (1) · 61-90 0 (0) · 91+ 300.00 (1)
   Total 1850.50 (5); shares are bucket / 1850.50. */
const AMOUNTS = [[1000], [250.5], ["(100.00)"], ["$400.00"], [null], [300], [500]];
const DUES = [[ago(0)], [ago(10)], [ago(20)], [ago(50)], ["n/a"], [ago(138)], [ago(38)]];
const PAID = [[null], [null], [null], [null], [null], [null], [ago(8)]];

describe("AR.AGING", () => {
  test("spills the header, one row per bucket and the total, computed by hand", () => {
    expect(aging(AMOUNTS, DUES, AS_OF, null as never, PAID, null)).toEqual([
      ["Bucket", "Amount", "Count", "Share"],
      ["Current", 1000, 1, 100000 / 185050],
      ["1-30", 150.5, 2, 15050 / 185050],
      ["31-60", 400, 1, 40000 / 185050],
      ["61-90", 0, 0, 0],
      ["91+", 300, 1, 30000 / 185050],
      ["Total", 1850.5, 5, 1],
    ]);
  });

  test("1×n rows give the same table; as_of as 1×1 matrix or text", () => {
    const row = (m: unknown[][]) => [m.map((r) => r[0])];
    const table = aging(row(AMOUNTS), row(DUES), [["2025-06-30"]], null as never, row(PAID));
    expect(table[6]).toEqual(["Total", 1850.5, 5, 1]);
  });

  test("custom edges and zh labels: header + 6 buckets + total", () => {
    const table = aging([[100], [200]], [[ago(100)], [ago(130)]], AS_OF, [[30], [60], [90], [120]], null as never, "zh");
    expect(table.map((r) => r[0])).toEqual(["Bucket", "未到期", "1-30", "31-60", "61-90", "91-120", "121+", "Total"]);
    expect(table.map((r) => r[1])).toEqual(["Amount", 0, 0, 0, 0, 100, 200, 300]);
  });

  test("nothing open: every bucket 0, shares 0", () => {
    expect(aging([[null]], [[null]], AS_OF).at(-1)).toEqual(["Total", 0, 0, 0]);
  });

  test("an amount with a blank or unreadable due date is an error, not a skip", () => {
    expect(spillErrorOf(aging([[100], [50]], [[ago(3)], [null]], AS_OF))).toMatchObject({
      code: "#N/A",
      message: "due_dates is blank (row 2)",
    });
    expect(spillErrorOf(aging([[100]], [["03/04/2025"]], AS_OF))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("'03/04/2025'"),
    });
    expect(spillErrorOf(aging([["abc"]], [[ago(3)]], AS_OF))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("'abc'"),
    });
  });

  test("error cells, shapes, blank as_of", () => {
    expect(spillErrorOf(aging([[100], ["#DIV/0!"]], [[ago(3)], [ago(3)]], AS_OF)).code).toBe("#DIV/0!");
    expect(spillErrorOf(aging([[100], [1]], [[ago(3)]], AS_OF)).message).toContain(
      "amounts and due_dates must have the same shape (2×1 and 1×1)",
    );
    expect(spillErrorOf(aging([[100]], [[ago(3)]], null))).toEqual({ code: "#N/A", message: "as_of is blank" });
  });

  test("1904 workbooks: the same ledger with 1904 serials (1900 serial − 1462) gives the same table", () => {
    setDateSystem(1904);
    const dues1904 = DUES.map(([d]) => [typeof d === "number" ? d - 1462 : d]);
    const paid1904 = PAID.map(([d]) => [d === null ? null : d - 1462]);
    expect(aging(AMOUNTS, dues1904, "2025-06-30", null as never, paid1904)[6]).toEqual(["Total", 1850.5, 5, 1]);
  });
});

describe("AR.ECL", () => {
  const RATES = [[0.005, 0.022, 0.05, 0.1, 0.25]];

  test("provision matrix by hand: 15,000 current × 0.5% + 7,500 in 1-30 × 2.2% = 75 + 165 = 240", () => {
    expect(ecl([[15000], [7500]], [[ago(-10)], [ago(12)]], AS_OF, RATES)).toBe(240);
  });

  test("a bucket whose credit notes outweigh its invoices provisions nothing; paid rows are out", () => {
    // 91+: 1000 − 1500 = −500 → 0; 31-60: 2000 × 5% = 100; the paid 9,999 is left out
    const amounts = [[1000], [-1500], [2000], [9999]];
    const dues = [[ago(100)], [ago(120)], [ago(40)], [ago(40)]];
    expect(ecl(amounts, dues, AS_OF, RATES, null as never, [[null], [null], [null], [ago(1)]])).toBe(100);
  });

  test("rates as percent text; rounding to the cent half away from zero at the end", () => {
    // 333.33 × 0.5% = 1.66665 → 1.67
    expect(ecl([[333.33]], [[AS_OF]], AS_OF, [["0.5%", "2%", "5%", "10%", "25%"]])).toBe(1.67);
  });

  test("wrong number of rates or a rate above 1 is #VALUE!", () => {
    expect(errorOf(ecl([[100]], [[AS_OF]], AS_OF, [[0.01, 0.02]]))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("one rate per bucket"),
    });
    expect(errorOf(ecl([[100]], [[AS_OF]], AS_OF, [[5, 0.02, 0.05, 0.1, 0.25]])).message).toContain("between 0 and 1");
  });

  test("a blank rate is allowed for a bucket with nothing in it, and #VALUE! naming a bucket that has a balance", () => {
    // 100.00 due as of AS_OF is Current: 100 × 1% = 1.00; 1-30 is empty, so its blank rate is fine.
    expect(ecl([[100]], [[AS_OF]], AS_OF, [[0.01, null, 0.05, 0.1, 0.25]])).toBe(1);
    // 100.00 twelve days past due is in 1-30, whose rate is blank.
    expect(errorOf(ecl([[100]], [[ago(12)]], AS_OF, [[0.01, null, 0.05, 0.1, 0.25]]))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringMatching(/^no loss rate for 1-30: its balance is 100\.00/),
    });
  });
});
