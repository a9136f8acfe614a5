import { aging, ecl } from "../../src/functions/aging";
import { setDateSystem } from "../../src/functions/convert";
import { dunningLevel } from "../../src/functions/dunning";
import { lateInterest } from "../../src/functions/financing";
import { cashForecast } from "../../src/functions/forecast";
import { spillErrorOf } from "../support/excelValues";

/* Older Excel desktop builds hand a custom function every empty cell of a range as 0, not as null.
   An empty ledger row then arrives as amount 0, due date 0, paid date 0. The aggregates skip such a
   row as a blank one — the key (amount) is 0 and every required column (the due date) is 0 or blank
   — instead of answering #N/A for the whole table. A zero amount beside a real due date is still an
   invoice, and a real amount without a due date is still the #N/A a blank due date gives.

   Serials (1900 system): as_of 2025-06-30 = 45838; 2025-05-23 = 45800 (38 days before);
   2025-06-22 = 45830 (8 days before); 2025-02-14 = 45702 (136 days before). */

const AS_OF = 45838;

afterEach(() => setDateSystem(1900));

describe("AR.AGING on a ledger with empty rows passed as 0", () => {
  // Row 1: 1,000.00 due 45800 → 38 days → 31-60.   Row 2: all 0 → empty row, skipped.
  // Row 3: 250.50 due 45830 → 8 days → 1-30.        Row 4: 0.00 due 45838 → 0 days → Current.
  // Row 5: all 0 → skipped. Paid dates 0 → open (serial 0 is no date).
  // Total 1,000.00 + 250.50 + 0 = 1,250.50 over 3 invoices; shares 0, 250.5/1250.5, 1000/1250.5.
  const amounts = [[1000], [0], [250.5], [0], [0]];
  const dues = [[45800], [0], [45830], [45838], [0]];
  const paid = [[0], [0], [0], [0], [0]];
  const expected = [
    ["Bucket", "Amount", "Count", "Share"],
    ["Current", 0, 1, 0],
    ["1-30", 250.5, 1, 250.5 / 1250.5],
    ["31-60", 1000, 1, 1000 / 1250.5],
    ["61-90", 0, 0, 0],
    ["91+", 0, 0, 0],
    ["Total", 1250.5, 3, 1],
  ];

  test("empty-as-0 rows are skipped, not #N/A for the table", () => {
    expect(aging(amounts, dues, AS_OF, null as unknown as undefined, paid)).toEqual(expected);
  });

  test("the same ledger with real blanks gives the same table (row 4's zero amount still counts)", () => {
    const blankAmounts = [[1000], [null], [250.5], [0], [""]];
    const blankDues = [[45800], [null], [45830], [45838], [""]];
    expect(aging(blankAmounts, blankDues, AS_OF, null as unknown as undefined, [[null], [null], [null], [null], [null]])).toEqual(
      expected,
    );
  });

  test("an amount without a due date is still an error naming the row", () => {
    // 500 beside due date 0: a real invoice whose due date cell is empty → as a blank due date.
    expect(spillErrorOf(aging([[1000], [500]], [[45800], [0]], AS_OF))).toMatchObject({
      code: "#N/A",
      message: "due_dates is blank (row 2)",
    });
  });

  test("a 1×n row with empty-as-0 cells reads the same way", () => {
    // 1,000.00 due 45800 → 31-60; the middle cell pair is empty (0, 0).
    const out = aging([[1000, 0]], [[45800, 0]], AS_OF);
    expect(out.at(-1)).toEqual(["Total", 1000, 1, 1]);
  });
});

describe("AR.ECL on a ledger with empty rows passed as 0", () => {
  test("loss allowance over the rows that are invoices", () => {
    // 1,000.00 due 45800 → 38 days → 31-60 at 5% = 50.00;
    // 2,000.00 due 45702 → 136 days → 91+ at 50% = 1,000.00; the 0/0/0 rows are skipped.
    // Allowance 50 + 1,000 = 1,050.00.
    const rates = [[0.01, 0.02, 0.05, 0.1, 0.5]];
    expect(
      ecl([[1000], [0], [2000], [0]], [[45800], [0], [45702], [0]], AS_OF, rates, null as unknown as undefined, [
        [0],
        [0],
        [0],
        [0],
      ]),
    ).toBe(1050);
  });
});

describe("AR.CASHFORECAST on a ledger with empty rows passed as 0", () => {
  // Acme 1,000.00 due 45800 paid 45810: paid 10 days late, the ledger's only habit.
  // (empty row: customer 0, amount 0, due 0, paid 0) → skipped.
  // Beta 500.00 due 45840, paid 0 (= open): no history of its own → the ledger's +10 → 45850,
  // in period 1 (45845…45851). Total open 500.00, 1 invoice.
  test("the empty row is skipped and a 0 paid date is open", () => {
    const out = cashForecast(
      [["Acme"], [0], ["Beta"]],
      [[1000], [0], [500]],
      [[45800], [0], [45840]],
      [[45810], [0], [0]],
      AS_OF,
    );
    expect(out[1]).toEqual([45838, 45844, 0, 0, 0]);
    expect(out[2]).toEqual([45845, 45851, 500, 500, 1]);
    expect(out.at(-1)).toEqual(["Total open", "", 500, 500, 1]);
  });

  test("a customer name filled down beside an empty row does not make it an invoice", () => {
    // Same ledger, the name "Beta" in the empty row too: the row still has no amount and no due date.
    const out = cashForecast(
      [["Acme"], ["Beta"], ["Beta"]],
      [[1000], [0], [500]],
      [[45800], [0], [45840]],
      [[45810], [0], [0]],
      AS_OF,
    );
    expect(out.at(-1)).toEqual(["Total open", "", 500, 500, 1]);
  });

  test("a 0 customer cell of an invoice is a blank name, which takes the ledger's habit", () => {
    // Row 2 is an invoice (300.00 due 45830) whose name cell is empty (0): no history → +10 →
    // 45840, period 0 (45838…45844); 2 open invoices, 300 + 500 = 800.
    const out = cashForecast(
      [["Acme"], [0], ["Beta"]],
      [[1000], [300], [500]],
      [[45800], [45830], [45840]],
      [[45810], [0], [0]],
      AS_OF,
    );
    expect(out[1]).toEqual([45838, 45844, 300, 300, 1]);
    expect(out.at(-1)).toEqual(["Total open", "", 800, 800, 2]);
  });
});

describe("AR.DUNNINGLEVEL with a whole-column ladder", () => {
  test("empty rows (blank, or 0s from older builds) around the ladder are skipped; its header is found below them", () => {
    // Ladder A:B as Excel hands it: two empty rows (0, 0 and blank), the header, 1 Email, 30 Call,
    // then empty rows to the end of the column. Due 45800 as of 45838: 38 days → rung 30, level 2;
    // due 45830: 8 days → rung 1, level 1; due 45838: 0 days → below the first rung, level 0.
    const ladder = [[0, 0], [null, null], ["Days from due", "Action"], [1, "Email"], [30, "Call"], ...Array(1000).fill([0, 0])];
    expect(dunningLevel([[45800], [45830], [45838]], [[AS_OF]], ladder)).toEqual([[2], [1], [0]]);
  });
});

describe("AR.LATEINTEREST over a column with empty rows passed as 0", () => {
  test("the empty row gives an empty cell, not #N/A; a 0 amount with a due date is 0.00", () => {
    // Row 1: 10,000 due 45838 − 30 = 45808, 30 days at 12% a year on 365 days:
    //   10,000 × 0.12 × 30 / 365 = 98.630… → 98.63.
    // Row 2: amount 0, due 0 → empty row → "". Row 3: amount 0 due 45808 → 0 × … = 0.
    expect(lateInterest([[10000], [0], [0]], [[45808], [0], [45808]], [[AS_OF]], [[0.12]])).toEqual([[98.63], [""], [0]]);
  });

  test("a real amount with a due date of 0 is still the blank due date's #N/A, in its own row", () => {
    const out = lateInterest([[10000], [500]], [[45808], [0]], [[AS_OF]], [[0.12]]);
    expect(out[0][0]).toBe(98.63);
    expect(out[1][0]).toMatchObject({ code: "#N/A", message: "due_date is blank" });
  });
});
