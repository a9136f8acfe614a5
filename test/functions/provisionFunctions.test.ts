import { ecl } from "../../src/functions/aging";
import { setDateSystem } from "../../src/functions/convert";
import { lossRates as lossRatesFn, rollRates as rollRatesFn } from "../../src/functions/provision";
import { errorOf, spillErrorOf } from "../support/excelValues";

/* AR.ROLLRATES, AR.LOSSRATES and AR.ECL called as Excel calls them (any[][] ranges, scalars, omitted
   optionals as null), on the shared hand-worked example of issue #19 (USD; edges 30/60/90).
   Serials (1900): 2025-01-31 = 45688, 2025-02-28 = 45716, 2025-03-31 = 45747, 2025-04-30 = 45777.
   | Inv | Amount   | Invoice | Due   | Paid  |
   | A   | 1,000.00 | 45667   | 45697 | 45708 |
   | B   | 2,000.00 | 45662   | 45677 |       |
   | C   |   500.00 | 45682   | 45712 | 45731 |
   | D   |  −300.00 | 45672   | 45672 |       |   credit note: left out of roll rates
   | E   |   800.00 | 45698   | 45728 |       |
   | F   | 1,500.00 | 45627   | 45657 | 45726 |
   Pooled roll rates Jan→Apr: Current 1,300/2,300; 1-30 2,800/3,300; 31-60 2,000/5,000; 61-90 2,000/2,000.
   Loss rates: Current 0.191831357049; 1-30 0.339393939394; 31-60 0.4; 61-90 1; 91+ 1.
   Provision at 2025-04-30: 800 (E, 31-60) × 0.4 = 320.00 + 2,000 (B, 91+) × 1 = 2,000.00 → 2,320.00. */
const AMOUNTS = [[1000], [2000], [500], ["(300.00)"], [800], [1500]];
const INVOICED = [[45667], [45662], [45682], [45672], [45698], [45627]];
const DUE = [[45697], [45677], [45712], [45672], [45728], [45657]];
const PAID = [[45708], [null], [45731], [null], [null], [45726]];

afterEach(() => setDateSystem(1900));

/** Checks a spill's rows cell by cell, numbers to 1e-9. */
function expectRows(actual: unknown[][], expected: (string | number)[][]): void {
  expect(actual.map((row) => row.length)).toEqual(expected.map((row) => row.length));
  expected.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (typeof cell === "number" && typeof actual[r][c] === "number") expect(actual[r][c]).toBeCloseTo(cell, 9);
      else expect([r, c, actual[r][c]]).toEqual([r, c, cell]);
    }),
  );
}

describe("AR.ROLLRATES", () => {
  test("spills the pooled roll rates with their balances, by hand", () => {
    const out = rollRatesFn(AMOUNTS, INVOICED, DUE, PAID, 45688, 45777);
    expectRows(out, [
      ["Bucket", "Roll rate", "Balance"],
      ["Current", 0.565217391304, 2300],
      ["1-30", 0.848484848485, 3300],
      ["31-60", 0.4, 5000],
      ["61-90", 1, 2000],
    ]);
  });

  test("a bucket with no balance over the window has an empty rate, not 0 or #DIV/0! (Jan→Feb: 61-90)", () => {
    // Jan→Feb: Current 500 of 1,500 (C; A paid); 1-30 2,000 of 2,000; 31-60 0 of 1,500; 61-90 nothing.
    expectRows(rollRatesFn(AMOUNTS, INVOICED, DUE, PAID, "2025-01-31", "2025-02-28"), [
      ["Bucket", "Roll rate", "Balance"],
      ["Current", 1 / 3, 1500],
      ["1-30", 1, 2000],
      ["31-60", 0, 1500],
      ["61-90", "", 0],
    ]);
  });

  test("any day stands for its month; zh labels; edges {30}", () => {
    const zh = rollRatesFn(AMOUNTS, INVOICED, DUE, PAID, 45670, 45760, null as never, "zh");
    expect(zh.map((row) => row[0])).toEqual(["Bucket", "未到期", "1-30", "31-60", "61-90"]);
    expect(zh[3][1]).toBeCloseTo(0.4, 9);
    // Edges {30}, Jan→Feb: Current 500 of 1,500; 1-30 2,000 of 2,000 (B 11 d → 39 d = 31+).
    expectRows(rollRatesFn(AMOUNTS, INVOICED, DUE, PAID, 45688, 45716, [[30]]), [
      ["Bucket", "Roll rate", "Balance"],
      ["Current", 1 / 3, 1500],
      ["1-30", 1, 2000],
    ]);
  });

  test("a paid column left blank throughout: every invoice is still open", () => {
    // Nothing paid, Jan→Feb: Current A, C 1,500 → A 11 d, C 4 d (both 1-30): 1,500 of 1,500;
    // 1-30 B 2,000 → 39 d: 2,000 of 2,000; 31-60 F 1,500 → 59 d: 0 of 1,500.
    const blank = PAID.map(() => [null]);
    expectRows(rollRatesFn(AMOUNTS, INVOICED, DUE, blank, 45688, 45716).slice(1, 4), [
      ["Current", 1, 1500],
      ["1-30", 1, 2000],
      ["31-60", 0, 1500],
    ]);
  });

  test("the 1904 date system: the same ledger 1,462 lower gives the same rates", () => {
    setDateSystem(1904);
    const shift = (m: unknown[][]) => m.map(([d]) => [typeof d === "number" ? d - 1462 : d]);
    const out = rollRatesFn(AMOUNTS, shift(INVOICED), shift(DUE), shift(PAID), 45688 - 1462, "2025-04-30");
    expect(out[2][1]).toBeCloseTo(2800 / 3300, 9);
    expect(out[4]).toEqual(["61-90", 1, 2000]);
  });

  test("bad inputs are errors with messages", () => {
    expect(spillErrorOf(rollRatesFn(AMOUNTS, INVOICED, DUE, PAID, 45777, 45688))).toEqual({
      code: "#VALUE!",
      message: "first_month_end (2025-04-30) must be in the same month as last_month_end (2025-01-31) or before it",
    });
    expect(spillErrorOf(rollRatesFn(AMOUNTS, INVOICED, DUE, PAID, 45670, 45688)).message).toContain("at least two month-ends");
    expect(spillErrorOf(rollRatesFn(AMOUNTS, INVOICED.slice(1), DUE, PAID, 45688, 45777)).message).toBe(
      "amounts and invoice_dates must have the same shape (6×1 and 5×1)",
    );
    expect(spillErrorOf(rollRatesFn(AMOUNTS, INVOICED, DUE, PAID, 45688, 45777, [[60, 30]])).message).toContain(
      "edges must increase strictly",
    );
    expect(spillErrorOf(rollRatesFn(AMOUNTS, INVOICED, DUE, PAID, null, 45777))).toEqual({
      code: "#N/A",
      message: "first_month_end is blank",
    });
    expect(
      spillErrorOf(rollRatesFn([[1000], [2000]], [[45667], [null]], [[45697], [45677]], [[null], [null]], 45688, 45777)),
    ).toEqual({
      code: "#N/A",
      message: "invoice_dates is blank (row 2)",
    });
  });

  test("amounts naming two currencies are #VALUE!, as in every aggregate", () => {
    const mixed = [["USD 1,000.00"], ["EUR 2,000.00"]];
    const out = spillErrorOf(rollRatesFn(mixed, INVOICED.slice(0, 2), DUE.slice(0, 2), PAID.slice(0, 2), 45688, 45777));
    expect(out.code).toBe("#VALUE!");
    expect(out.message).toContain("mix currencies");
  });
});

describe("AR.LOSSRATES", () => {
  const rolls = () => rollRatesFn(AMOUNTS, INVOICED, DUE, PAID, 45688, 45777);

  test("fed the AR.ROLLRATES spill: its labels plus the oldest, loss rates by hand", () => {
    expectRows(lossRatesFn(rolls()), [
      ["Bucket", "Loss rate"],
      ["Current", 0.191831357049],
      ["1-30", 0.339393939394],
      ["31-60", 0.4],
      ["61-90", 1],
      ["91+", 1],
    ]);
  });

  test("adjustment 0.1 (or 10% text): 0.211014492754, 0.373333333333, 0.44, 1, 1", () => {
    const expected: (string | number)[][] = [
      ["Bucket", "Loss rate"],
      ["Current", 0.211014492754],
      ["1-30", 0.373333333333],
      ["31-60", 0.44],
      ["61-90", 1],
      ["91+", 1],
    ];
    expectRows(lossRatesFn(rolls(), null, 0.1), expected);
    expectRows(lossRatesFn(rolls(), "100%", "10%"), expected);
  });

  test("a plain column of rates, buckets numbered 1 to n+1; a blank rate blanks its bucket and the younger ones", () => {
    expectRows(lossRatesFn([[0.5], [0.5], [null], [1]], 0.8), [
      ["Bucket", "Loss rate"],
      ["1", ""],
      ["2", ""],
      ["3", ""],
      ["4", 0.8], // 1 × 0.8
      ["5", 0.8],
    ]);
    // A row of rates with a trailing blank (a selection one cell too long): 0.5 × 0.5 × 0.5 = 0.125.
    expectRows(lossRatesFn([[0.5, 0.5, null]], 0.5), [
      ["Bucket", "Loss rate"],
      ["1", 0.125],
      ["2", 0.25],
      ["3", 0.5],
    ]);
  });

  test("the Jan→Feb spill (61-90 blank) gives blanks for every bucket but the oldest", () => {
    const janFeb = rollRatesFn(AMOUNTS, INVOICED, DUE, PAID, 45688, 45716);
    expect(lossRatesFn(janFeb)).toEqual([
      ["Bucket", "Loss rate"],
      ["Current", ""],
      ["1-30", ""],
      ["31-60", ""],
      ["61-90", ""],
      ["91+", 1],
    ]);
  });

  test("bad inputs are errors with messages", () => {
    expect(spillErrorOf(lossRatesFn([[0.5], [1.5]])).message).toBe(
      "roll_rates must be between 0 and 1 (e.g. 40% or 0.4); got 1.5 for 2",
    );
    expect(spillErrorOf(lossRatesFn([[0.5]], 2)).message).toContain("final_loss_rate must be between 0 and 1");
    expect(spillErrorOf(lossRatesFn([[0.5]], null, -1.5)).message).toContain("adjustment must be -1 or more");
    expect(spillErrorOf(lossRatesFn([[null]]))).toEqual({ code: "#N/A", message: "roll_rates is blank" });
    expect(spillErrorOf(lossRatesFn([["high"]])).message).toContain("'high'");
    expect(
      spillErrorOf(
        lossRatesFn([
          [0.5, 0.5],
          [0.5, 0.5],
        ]),
      ).message,
    ).toBe(
      "roll_rates must be one row or one column of rates, or a table with the bucket in its first column and the rate in its second; got 2×2",
    );
    expect(spillErrorOf(lossRatesFn([["#N/A"]])).code).toBe("#N/A");
  });
});

describe("AR.ECL fed AR.LOSSRATES", () => {
  const losses = () => lossRatesFn(rollRatesFn(AMOUNTS, INVOICED, DUE, PAID, 45688, 45777));

  test("the invoices as of 2025-04-30: 800 × 0.4 + 2,000 × 1 = 2,320.00", () => {
    const invoices = [0, 1, 2, 4, 5]; // D, the credit note, left out as in the roll rates
    const pick = (m: unknown[][]) => invoices.map((i) => m[i]);
    expect(ecl(pick(AMOUNTS), pick(DUE), 45777, losses(), null as never, pick(PAID))).toBe(2320);
  });

  test("with the credit note: AR.ECL nets it in its bucket, 91+ = 2,000 − 300 = 1,700 → 320 + 1,700 = 2,020.00", () => {
    expect(ecl(AMOUNTS, DUE, 45777, losses(), null as never, PAID)).toBe(2020);
  });

  test("a bucket with a balance and a blank loss rate is #VALUE! naming the bucket", () => {
    // Jan→Feb rates: only 91+ has a rate. As of 2025-03-31, B (70 d) puts 2,000.00 in 61-90.
    const janFeb = lossRatesFn(rollRatesFn(AMOUNTS, INVOICED, DUE, PAID, 45688, 45716));
    const out = errorOf(ecl([[2000]], [[45677]], 45747, janFeb));
    expect(out.code).toBe("#VALUE!");
    expect(out.message).toMatch(/^no loss rate for 61-90: its balance is 2000\.00/);
    // With nothing in the blank buckets: 91+ only, 2,000 × 1 (B at 2025-04-30, 100 d).
    expect(ecl([[2000]], [[45677]], 45777, janFeb)).toBe(2000);
  });

  test("IFRS 9 IE12: 15,000,000 / 7,500,000 / 4,000,000 / 2,500,000 / 1,000,000 at 0.3% … 10.6% → 580,000", () => {
    // As of 2025-06-30 (45838): due 45848 (Current), 45828 (10 d), 45798 (40 d), 45768 (70 d), 45700 (138 d).
    // 45,000 + 120,000 + 144,000 + 165,000 + 106,000 = 580,000.
    const amounts = [[15_000_000], [7_500_000], [4_000_000], [2_500_000], [1_000_000]];
    const dues = [[45848], [45828], [45798], [45768], [45700]];
    expect(ecl(amounts, dues, 45838, [[0.003, 0.016, 0.036, 0.066, 0.106]])).toBe(580000);
    // The same rates as a labelled table without a header.
    const table = [
      ["Current", 0.003],
      ["1-30", 0.016],
      ["31-60", 0.036],
      ["61-90", 0.066],
      ["91+", 0.106],
    ];
    expect(ecl(amounts, dues, 45838, table)).toBe(580000);
  });

  test("a LOSSRATES spill for other edges does not fit the default buckets: the count is named", () => {
    const out = errorOf(
      ecl([[100]], [[45838]], 45838, [
        ["Bucket", "Loss rate"],
        ["Current", 0.1],
        ["1-30", 0.5],
        ["31+", 1],
      ]),
    );
    expect(out.message).toContain("loss_rates must hold one rate per bucket");
  });
});
