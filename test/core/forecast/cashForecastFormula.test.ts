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

describe("cashForecastFormula", () => {
  test("plain ranges without currency or status columns; no paid-date column leaves that argument empty", () => {
    expect(cashForecastFormula(BASE)).toBe(
      "=AR.CASHFORECAST('Sheet1'!$A$2:$A$9,'Sheet1'!$E$2:$E$9,'Sheet1'!$D$2:$D$9,,DATE(2025,6,30))",
    );
  });

  test("a ledger starting at B4 on a sheet with a quote in its name, with paid dates", () => {
    // Data rows 0-based 3…5 → sheet rows 4…6; columns B + offsets 0, 2, 3, 5 → B, D, E, G.
    const formula = cashForecastFormula({
      ...BASE,
      sheet: "O'Brien AR",
      firstDataRow: 3,
      firstColumn: 1,
      rowCount: 3,
      mapping: { customer: 0, dueDate: 2, amount: 3, paidDate: 5 },
    });
    expect(formula).toBe(
      "=AR.CASHFORECAST('O''Brien AR'!$B$4:$B$6,'O''Brien AR'!$E$4:$E$6,'O''Brien AR'!$D$4:$D$6,'O''Brien AR'!$G$4:$G$6,DATE(2025,6,30))",
    );
  });

  test("the open-amount column stands in when there is no amount column", () => {
    expect(cashForecastFormula({ ...BASE, mapping: { customer: 0, openAmount: 5, dueDate: 3 } })).toBe(
      "=AR.CASHFORECAST('Sheet1'!$A$2:$A$9,'Sheet1'!$F$2:$F$9,'Sheet1'!$D$2:$D$9,,DATE(2025,6,30))",
    );
  });

  test("a status column filters out paid rows, keeping blanks blank, and passes the statuses", () => {
    const m = `ISNA(MATCH('Sheet1'!$F$2:$F$9,{"paid","已付","已付款"},0))`;
    expect(cashForecastFormula({ ...BASE, mapping: { ...BASE.mapping, status: 5 } })).toBe(
      `=AR.CASHFORECAST(FILTER(IF('Sheet1'!$A$2:$A$9="","",'Sheet1'!$A$2:$A$9),${m}),` +
        `FILTER(IF('Sheet1'!$E$2:$E$9="","",'Sheet1'!$E$2:$E$9),${m}),FILTER('Sheet1'!$D$2:$D$9,${m}),,DATE(2025,6,30),,,,` +
        `FILTER(IF('Sheet1'!$F$2:$F$9="","",'Sheet1'!$F$2:$F$9),${m}))`,
    );
  });

  test("a currency is quoted as formula text, a quote inside doubled", () => {
    const formula = cashForecastFormula({ ...BASE, mapping: { ...BASE.mapping, currency: 6 } }, 'U"S');
    expect(formula).toContain(`FILTER('Sheet1'!$D$2:$D$9,('Sheet1'!$G$2:$G$9="U""S"))`);
  });

  test("with the scan's result column the rows without a number in Days overdue (rows in Issues) are left out", () => {
    // result column 0-based 7 = H over the data rows 2..9
    const m = `ISNUMBER('Sheet1'!$H$2:$H$9)`;
    expect(cashForecastFormula({ ...BASE, resultColumn: 7 })).toBe(
      `=AR.CASHFORECAST(FILTER(IF('Sheet1'!$A$2:$A$9="","",'Sheet1'!$A$2:$A$9),${m}),` +
        `FILTER(IF('Sheet1'!$E$2:$E$9="","",'Sheet1'!$E$2:$E$9),${m}),FILTER('Sheet1'!$D$2:$D$9,${m}),,DATE(2025,6,30))`,
    );
  });

  test("1904 workbooks write as-of in their own calendar", () => {
    // 1904 serial 44376 = 45838 − 1462 = 2025-06-30.
    expect(cashForecastFormula({ ...BASE, asOf: 44376, dateSystem: 1904 })).toContain(",DATE(2025,6,30))");
  });

  test("a ledger the formula cannot read is a failure, not a formula", () => {
    const noDue = cashForecastFormula({ ...BASE, mapping: { customer: 0, amount: 4, invoiceDate: 2, terms: 5 } });
    expect(isFailure(noDue) && noDue.code).toBe("missing");
    expect(isFailure(cashForecastFormula({ ...BASE, rowCount: 0 }))).toBe(true);
    expect(isFailure(cashForecastFormula({ ...BASE, mapping: { amount: 4, dueDate: 3 } }))).toBe(true);
    expect(isFailure(cashForecastFormula({ ...BASE, mapping: { customer: 0, dueDate: 3 } }))).toBe(true);
  });
});
