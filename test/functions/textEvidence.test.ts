import { aging, daysOverdue, ecl } from "../../src/functions/aging";
import { readTableRows, setDateSystem } from "../../src/functions/convert";
import { nextAction } from "../../src/functions/dunning";
import { cashForecast } from "../../src/functions/forecast";
import { setFunctionsLanguage } from "../../src/functions/functionsLanguage";
import { avgDaysLate, concentration, creditUse, daysToPay, dso, wcr } from "../../src/functions/metrics";
import { CurrencyNames, dayMonthOrderOf } from "../../src/functions/textEvidence";
import { errorOf, spillErrorOf } from "../support/excelValues";

/* Text amounts keep their currency and text dates follow their range's evidence, as the ledger
   scan reads them (issue #15 item 5).
   Serials (1900 system) worked by hand from DATE(2025,1,1) = 45658:
     2025-01-30 = 45658 + 29 = 45687; 2025-02-01 = 45658 + 31 = 45689; 2025-02-09 = 45689 + 8 = 45697;
     2025-02-11 = 45699; 2025-03-12 = 45658 + 31 + 28 + 11 = 45728; 2025-04-11 = 45658 + 90 + 10 = 45758;
     2025-05-30 = 45658 + 31 + 28 + 31 + 30 + 29 = 45807; 2025-06-01 = 45658 + 151 = 45809;
     2025-06-30 = 45838. */

const JUN30 = 45838;
const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);
// AGING spill rows: 0 header, 1 Current, 2 1-30, 3 31-60, 4 61-90, 5 91+, 6 Total; column 1 Amount.
const TOTAL_AMOUNT = (out: unknown[][]) => out[6][1];

const MIXED_EN = "amounts mix currencies (EUR, USD): filter to one currency first, e.g. with FILTER(…)";
const MIXED_ZH = "金额混有多种币种（EUR、USD）：请先筛选出单一币种，例如使用FILTER函数";

afterEach(() => {
  setFunctionsLanguage("en");
  setDateSystem(1900);
});

describe("text amounts keep their currency", () => {
  test("AR.AGING refuses USD 100, EUR 200 and ¥300 instead of adding them into 600", () => {
    const out = aging(col("USD 100", "EUR 200", "¥300"), col(JUN30, JUN30, JUN30), JUN30);
    expect(spillErrorOf(out)).toEqual({ code: "#VALUE!", message: MIXED_EN });
  });

  test("the same message in Chinese", () => {
    setFunctionsLanguage("zh");
    const out = aging(col("USD 100", "EUR 200"), col(JUN30, JUN30), JUN30);
    expect(spillErrorOf(out)).toEqual({ code: "#VALUE!", message: MIXED_ZH });
  });

  test("a USD-only text range is summed to the cent", () => {
    // 1,234.56 + 0.10 + 0.20 − 99.99 (trailing minus) + 0 ("-") = 1,134.87
    const amounts = col("USD 1,234.56", "0.10 USD", 0.2, "US$99.99-", "-");
    expect(TOTAL_AMOUNT(aging(amounts, col(JUN30, JUN30, JUN30, JUN30, JUN30), JUN30))).toBe(1134.87);
    // WCR: (100.10 + 0.20) + 0.03 − 50.00 = 50.33
    expect(wcr(col("USD 100.10", "USD 0.20"), [["USD 0.03"]], [["USD 50.00"]])).toBe(50.33);
  });

  test("numbers, and ¥ or $ alone (no ISO code: yen or yuan, US or another dollar), name no currency", () => {
    // 100 + 200 + 300 + 5: only USD is named, so nothing is mixed.
    const out = aging(col("USD 100", 200, "¥300", "$5"), col(JUN30, JUN30, JUN30, JUN30), JUN30);
    expect(TOTAL_AMOUNT(out)).toBe(605);
    expect(TOTAL_AMOUNT(aging(col("€1.50", "EUR 2", 3), col(JUN30, JUN30, JUN30), JUN30))).toBe(6.5);
  });

  test("every aggregate that sums amounts refuses a mix, across its arguments too", () => {
    const due = col(JUN30, JUN30);
    expect(errorOf(ecl(col("USD 1000", "EUR 5"), due, JUN30, [[0.01, 0.02, 0.05, 0.1, 0.25]])).message).toBe(MIXED_EN);
    expect(spillErrorOf(cashForecast(col("A", "B"), col("USD 10", "EUR 20"), due, col(null, null), JUN30)).message).toBe(
      MIXED_EN,
    );
    expect(errorOf(concentration(col("A", "B"), col("EUR 600", "USD 400"))).message).toBe(MIXED_EN);
    expect(errorOf(dso([["EUR 120,000"]], [["USD 730,000"]])).message).toBe(MIXED_EN);
    expect(errorOf(creditUse([["USD 62,500"]], [["EUR 50,000"]])).message).toBe(MIXED_EN);
    expect(errorOf(daysToPay(col(45687, 45689), col(45697, 45699), col("USD 1", "EUR 1"))).message).toBe(MIXED_EN);
  });

  test("one currency across arguments is fine: DSO of USD text", () => {
    // 120,000 / 730,000 × 365 = 60
    expect(dso([["USD 120,000.00"]], [["730,000 USD"]])).toBe(60);
  });

  test("an element-wise call compares one element's amounts (amount and min_amount)", () => {
    const out = nextAction(col(JUN30, JUN30), [[JUN30]], undefined, undefined, col("USD 10", "EUR 10"), [["USD 50"]]);
    expect(out[0][0]).toBe("Small balance: add to the next statement or consider writing off");
    expect(errorOf(out[1][0]).message).toBe(MIXED_EN);
  });

  test("CurrencyNames: sorted, each named once", () => {
    const names = new CurrencyNames();
    for (const text of ["usd 1", "1 USD", "100元", "RMB 5", "not an amount", "¥3", "1,234.50"]) names.note(text);
    expect(names.mixed()?.text.params).toEqual({ currencies: ["CNY", "USD"], filter: "FILTER" });
  });
});

describe("text dates follow their range's evidence", () => {
  test("an ambiguous 01/02/2025 beside 30/01/2025 is read day first (1 February)", () => {
    // 2025-06-30 − 2025-02-01 = 45838 − 45689 = 149; − 2025-01-30 = 45838 − 45687 = 151.
    // Month first, 01/02/2025 would be 2 January: 179 days.
    expect(daysOverdue(col("01/02/2025", "30/01/2025"), [[JUN30]])).toEqual([[149], [151]]);
  });

  test("AR.AGING: D/M/Y due dates proven by 30/05/2025", () => {
    // 01/06/2025 = 1 June (45809): 29 days → 1-30; 30/05/2025 (45807): 31 days → 31-60.
    const out = aging(col(100, 50), col("01/06/2025", "30/05/2025"), JUN30);
    expect(out.map((row) => row[1])).toEqual(["Amount", 0, 100, 50, 0, 0, 150]);
  });

  test("aggregate ranges too: AR.AVGDAYSLATE reads both date ranges in their own proven order", () => {
    // The due range proves day first (30/01/2025); the paid range, 2/11/2025 and 2/9/2025, proves
    // nothing of its own and is not read in the due range's order: refused.
    const refused = avgDaysLate(col("01/02/2025", "30/01/2025"), col("2/11/2025", "2/9/2025"));
    expect(errorOf(refused).message).toBe(
      "cannot read '2/11/2025' as a date: it reads either way; write 2025-11-02 or 2025-02-11, or use a date cell",
    );
    // With 2/13/2025 proving month first: paid 45699, 45697, 45701 against due 45689, 45687, 45687:
    // late 10, 10 and 14 → 34 / 3.
    const read = avgDaysLate(col("01/02/2025", "30/01/2025", "30/01/2025"), col("2/11/2025", "2/9/2025", "2/13/2025"));
    expect(read).toBeCloseTo(34 / 3, 12);
  });

  test("month names and ISO date-times read alone", () => {
    // 2025-03-12 (45728) → 2025-04-11 (45758): 30 days.
    expect(daysToPay(col("12 Mar 2025"), col("2025-04-11T16:45:00+08:00"))).toBe(30);
  });

  test("an ambiguous single cell is refused, saying why and what to write", () => {
    const out = daysOverdue([["03/04/2025"]], [[JUN30]]);
    expect(errorOf(out[0][0])).toEqual({
      code: "#VALUE!",
      message: "cannot read '03/04/2025' as a date: it reads either way; write 2025-04-03 or 2025-03-04, or use a date cell",
    });
    setFunctionsLanguage("zh");
    expect(errorOf(daysOverdue([["03/04/2025"]], [[JUN30]])[0][0]).message).toBe(
      "无法识别日期“03/04/2025”：它既可读作日/月/年，也可读作月/日/年；请写成2025-04-03或2025-03-04，或使用日期单元格",
    );
  });

  test("a range of only ambiguous texts is refused at its first row", () => {
    const out = aging(col(1, 2), col("03/04/2025", "04/03/2025"), JUN30);
    expect(spillErrorOf(out).message).toBe(
      "cannot read '03/04/2025' as a date: it reads either way; write 2025-04-03 or 2025-03-04, or use a date cell (row 1)",
    );
  });

  test("a range whose texts prove both orders is refused, in both languages", () => {
    const out = aging(col(1, 2), col("30/06/2025", "6/30/2025"), JUN30);
    expect(spillErrorOf(out)).toEqual({
      code: "#VALUE!",
      message:
        "due_dates mixes date orders: '30/06/2025' is day first, '6/30/2025' month first; write yyyy-mm-dd or use date cells",
    });
    setFunctionsLanguage("zh");
    expect(spillErrorOf(aging(col(1, 2), col("30/06/2025", "6/30/2025"), JUN30)).message).toBe(
      "due_dates中的日期顺序不一致：“30/06/2025”为日在前，“6/30/2025”为月在前；请写成yyyy-mm-dd格式或使用日期单元格",
    );
  });

  test("element-wise: a conflicting range errs on its day-month texts, other rows answer", () => {
    const out = daysOverdue(col("30/06/2025", "6/30/2025", 45800, "2025-05-23"), [[JUN30]]);
    expect(errorOf(out[0][0]).message).toMatch(/^due_date mixes date orders/);
    expect(errorOf(out[1][0]).message).toMatch(/^due_date mixes date orders/);
    expect(out.slice(2)).toEqual([[38], [38]]);
  });

  test("rows an aggregate skips (blank amount) prove nothing", () => {
    // The skipped row's 6/30/2025 would conflict with 30/05/2025; it is not read, so no conflict.
    const out = aging(col(50, null), col("30/05/2025", "6/30/2025"), JUN30);
    expect(out[6][1]).toBe(50);
  });

  test("a table's date column follows its own evidence", () => {
    const specs = [
      { name: "effective_from", kind: "date" },
      { name: "rate", kind: "rate" },
    ] as const;
    expect(
      readTableRows(
        [
          ["From", "Rate"],
          ["01/02/2025", 0.1],
          ["30/01/2025", 0.2],
        ],
        specs,
      ),
    ).toEqual([
      [45689, 0.1],
      [45687, 0.2],
    ]);
  });

  test("dayMonthOrderOf: none, proven, conflicting", () => {
    expect(dayMonthOrderOf([], "d")).toBeUndefined();
    expect(dayMonthOrderOf(["03/04/2025"], "d")).toBeUndefined();
    expect(dayMonthOrderOf(["03/04/2025", "4/13/2025"], "d")).toBe("mdy");
    expect(dayMonthOrderOf(["13/04/2025", "4/13/2025"], "d")).toMatchObject({ code: "unreadable" });
  });
});
