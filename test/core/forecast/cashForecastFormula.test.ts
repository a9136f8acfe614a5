import { isFailure } from "../../../src/core/failure";
import { cashForecastFormula, type ForecastFormulaLedger } from "../../../src/core/forecast/cashForecastFormula";

const BASE: ForecastFormulaLedger = {
  sheet: "Sheet1",
  firstDataRow: 1,
  firstColumn: 0,
  rowCount: 8,
  mapping: { customer: 0, amount: 4, dueDate: 3 },
  asOf: 45838, // 2025-06-30
  dateSystem: 1900,
};

/* Every formula text below is written out by hand: data rows 2..9 and 1,000 rows below them (to row
   1009), as-of from the workbook name. */
const S = "'Sheet1'!";
const [A, D, E, F, G, H] = ["A", "D", "E", "F", "G", "H"].map((c) => `${S}$${c}$2:$${c}$1009`);

describe("cashForecastFormula", () => {
  test("customer, amount and due date only: the rows with something open, dated by ARCreditDesk_AsOf", () => {
    const m = `(TRIM(${A})<>"")*ISNUMBER(${D})*ISNUMBER(${E})*(${E}<>0)`;
    expect(cashForecastFormula(BASE)).toBe(
      `=AR.CASHFORECAST(FILTER(TRIM(${A}),${m}),FILTER(${E},${m}),FILTER(${D},${m}),,ARCreditDesk_AsOf)`,
    );
  });

  test("a ledger starting in column B, on a sheet with a quote in its name, with paid dates: history rows kept", () => {
    // columns B + offsets 0, 2, 3, 5 → B, D, E, G
    const formula = cashForecastFormula({
      ...BASE,
      sheet: "O'Brien AR",
      firstDataRow: 3,
      firstColumn: 1,
      rowCount: 3,
      mapping: { customer: 0, dueDate: 2, amount: 3, paidDate: 5 },
    });
    const Q = "'O''Brien AR'!";
    // data rows 4..6, then 1,000 rows more: to row 1006
    const [cust, due, amt, paid] = ["B", "D", "E", "G"].map((c) => `${Q}$${c}$4:$${c}$1006`);
    const byAsOf = `ISNUMBER(${paid})*(${paid}<=ARCreditDesk_AsOf)`;
    const open = `IF((${byAsOf})>0,0,${amt})`;
    // open rows, and rows paid by as-of with an amount (history that shapes the habit)
    const m = `(TRIM(${cust})<>"")*ISNUMBER(${due})*ISNUMBER(${amt})*((${open}<>0)+${byAsOf}*ISNUMBER(${amt})>0)`;
    expect(formula).toBe(
      `=AR.CASHFORECAST(FILTER(TRIM(${cust}),${m}),FILTER(IF(${open}<>0,${open},${amt}),${m}),FILTER(${due},${m}),` +
        `FILTER(IF(${open}<>0,IF(ISNUMBER(${paid})*(${paid}>ARCreditDesk_AsOf),${paid},""),${paid}),${m}),ARCreditDesk_AsOf)`,
    );
  });

  test("part payments: the open-amount cell is the amount forecast when it holds a number", () => {
    const m = `(TRIM(${A})<>"")*ISNUMBER(${D})*((ISNUMBER(${E})+ISNUMBER(${F}))>0)`;
    const open = `IF(ISNUMBER(${F}),${F},${E})`;
    expect(cashForecastFormula({ ...BASE, mapping: { customer: 0, amount: 4, openAmount: 5, dueDate: 3 } })).toBe(
      `=AR.CASHFORECAST(FILTER(TRIM(${A}),${m}*(${open}<>0)),FILTER(IF(${open}<>0,${open},${E}),${m}*(${open}<>0)),` +
        `FILTER(${D},${m}*(${open}<>0)),,ARCreditDesk_AsOf)`,
    );
    // the open-amount column alone will do
    expect(cashForecastFormula({ ...BASE, mapping: { customer: 0, openAmount: 5, dueDate: 3 } })).toContain(`FILTER(${F},`);
  });

  test("a status column: paid words (trimmed) are settled, the statuses passed trimmed", () => {
    const paidWords = `ISNUMBER(MATCH(TRIM(${F}),{"paid","已付","已付款"},0))`;
    const formula = cashForecastFormula({ ...BASE, mapping: { ...BASE.mapping, status: 5 } }) as string;
    const m = `(TRIM(${A})<>"")*ISNUMBER(${D})*ISNUMBER(${E})*(IF((${paidWords})>0,0,${E})<>0)`;
    expect(formula.endsWith(`,ARCreditDesk_AsOf,,,,FILTER(TRIM(${F}),${m}))`)).toBe(true);
  });

  test("no method or bands argument: the function's default method (distribution) and its five columns", () => {
    // The statuses are the 9th and last argument written; method would be the 10th, bands the 11th.
    const formula = cashForecastFormula({ ...BASE, mapping: { ...BASE.mapping, paidDate: 6, status: 5 } }) as string;
    expect(formula.startsWith("=AR.CASHFORECAST(")).toBe(true);
    // AR.CASHFORECAST's own arguments: split at its commas, outside nested parentheses and texts.
    const args: string[] = [""];
    let depth = 0,
      quoted = false;
    for (const ch of formula.slice("=AR.CASHFORECAST(".length, -1)) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && ch === "(") depth++;
      else if (!quoted && ch === ")") depth--;
      if (!quoted && depth === 0 && ch === ",") args.push("");
      else args[args.length - 1] += ch;
    }
    expect(args.length).toBe(9);
    expect(args.slice(4, 8)).toEqual(["ARCreditDesk_AsOf", "", "", ""]);
    expect(args[8]).toBe(`FILTER(TRIM(${F}),${args[0].slice(`FILTER(TRIM(${A}),`.length, -1)})`);
  });

  test("a currency is compared trimmed, as formula text, a quote inside doubled; a long one joined from 255-character parts", () => {
    const formula = cashForecastFormula({ ...BASE, mapping: { ...BASE.mapping, currency: 6 } }, 'U"S');
    expect(formula).toContain(`*(TRIM(${G})="U""S")*`);
    const long = cashForecastFormula({ ...BASE, mapping: { ...BASE.mapping, currency: 6 } }, "X".repeat(300)) as string;
    expect(long).toContain(`*(TRIM(${G})="${"X".repeat(255)}"&"${"X".repeat(45)}")*`);
  });

  test("with the scan's result column: its numbers count, an empty cell (a row typed since) when its cells pass", () => {
    // result column 0-based 7 = H
    const m = `(TRIM(${A})<>"")*ISNUMBER(${D})*ISNUMBER(${E})*((ISNUMBER(${H})+(${H}=""))>0)*(${E}<>0)`;
    expect(cashForecastFormula({ ...BASE, resultColumn: 7 })).toBe(
      `=AR.CASHFORECAST(FILTER(TRIM(${A}),${m}),FILTER(${E},${m}),FILTER(${D},${m}),,ARCreditDesk_AsOf)`,
    );
  });

  test("a ledger the formula cannot read is a failure, not a formula", () => {
    const noDue = cashForecastFormula({ ...BASE, mapping: { customer: 0, amount: 4, invoiceDate: 2, terms: 5 } });
    expect(isFailure(noDue) && noDue.code).toBe("missing");
    expect(isFailure(cashForecastFormula({ ...BASE, rowCount: 0 }))).toBe(true);
    expect(isFailure(cashForecastFormula({ ...BASE, mapping: { amount: 4, dueDate: 3 } }))).toBe(true);
    expect(isFailure(cashForecastFormula({ ...BASE, mapping: { customer: 0, dueDate: 3 } }))).toBe(true);
  });
});
