/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import type { Language } from "../../../src/core/language";
import type { LedgerWorkbook, ScannedLedger } from "../../../src/excel/ledgerWorkbook";
import { ForecastView } from "../../../src/taskpane/forecast/ForecastView";
import { bandScan } from "./bandLedgerFixture";

afterEach(cleanup);

function renderView(scanned: ScannedLedger, language: Language = "en") {
  render(
    <FluentProvider theme={webLightTheme}>
      <ForecastView workbook={{} as unknown as LedgerWorkbook} language={language} scanned={scanned} />
    </FluentProvider>,
  );
}

/** The cells of the table row whose first cell (or row header) is `first`. */
function rowOf(table: HTMLElement, first: string): string[] {
  const row = within(table)
    .getAllByRole("row")
    .find((r) => r.firstElementChild?.textContent === first);
  if (!row) throw new Error(`no row ${first}`);
  return [...row.children].map((c) => c.textContent ?? "");
}

/* Weekly periods from 2025-06-30 (45838): period k holds as-of + 7k … as-of + 7k + 6.

   EUR (Beta), distribution. History: 100.00 paid 10 late, 300.00 paid 30 late, both due 45658
   (recency 2^(−180/180) = ½ for both, so it cancels): P(10) = 100/400 = ¼, P(30) = ¾. E-3 (200.00)
   and E-4 (100.00) are due as-of + 3, not yet due: conditioning on "unpaid at as-of" changes nothing
   (F(−3) = 0) and, censored at −3, they are in no risk set at 10 or 30.
   - due + 10 = as-of + 13 → period 1 (2025-07-07 … 07-13): (200.00 + 100.00) × ¼ = 75.00;
   - due + 30 = as-of + 33 → period 4 (2025-07-28 … 08-03): 300.00 × ¾ = 225.00; cumulative 300.00.
   Bands: σ² = (20,000² + 10,000²) × ¼ × ¾ = 93,750,000 → σ = 9,682.46¢, z90·σ = 1.28155 × 9,682.46 =
   12,408.57¢. Period 1: 7,500 − 12,408.57 < 0 → 0.00; 7,500 + 12,408.57 = 19,908.57 → 199.09.
   Period 4: 22,500 − 12,408.57 = 10,091.43 → 100.91; 22,500 + 12,408.57 > 30,000 (both invoices) → 300.00.
   Period 0 holds nothing: 0.00 – 0.00. E-5 250.50 is disputed. Total open 200 + 100 + 250.50 = 550.50 (3).

   EUR, point (the previous forecast): habit (10 × 100 + 30 × 300) / 400 = 25 days → due + 25 =
   as-of + 28 → period 4: 300.00 (2 invoices), no band column.

   GBP (Gulf), distribution: history 10 or 30 late, half each. G-3 500.00 is 20 days late: still
   unpaid, its delay is > 20, and the only delay the history knows above 20 is 30 → all of it at
   due + 30 = as-of + 10 → period 1, with p = 1: band 500.00 – 500.00. (Censored at 20, G-3 is at risk
   at 10 but not at 30: F(30) = 1 whatever its weight.) Point: habit 20 → due + 20 = as-of → period 0. */
describe("Forecast view: the distribution and its bands", () => {
  test("shows the expected amount and the P10–P90 band per week, by default the distribution", () => {
    renderView(bandScan());
    expect(screen.getByRole("radio", { name: "Distribution" }).matches(":checked")).toBe(true);
    const eur = screen.getByRole("table", { name: "Forecast table EUR" });
    const header = within(eur)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(header).toEqual(["Start", "End", "Expected", "P10–P90", "Cumulative", "Invoices"]);
    expect(rowOf(eur, "2025-06-30")).toEqual(["2025-06-30", "2025-07-06", "0.00", "0.00 – 0.00", "0.00", "0"]);
    expect(rowOf(eur, "2025-07-07")).toEqual(["2025-07-07", "2025-07-13", "75.00", "0.00 – 199.09", "75.00", "2"]);
    expect(rowOf(eur, "2025-07-28")).toEqual(["2025-07-28", "2025-08-03", "225.00", "100.91 – 300.00", "300.00", "2"]);
    // The rows set apart have no band: an empty cell keeps the columns aligned.
    expect(rowOf(eur, "Later")).toEqual(["Later", "0.00", "", "300.00", "0"]);
    expect(rowOf(eur, "Disputed")).toEqual(["Disputed", "250.50", "", "550.50", "1"]);
    expect(rowOf(eur, "Total open")).toEqual(["Total open", "550.50", "", "550.50", "3"]);

    const gbp = screen.getByRole("table", { name: "Forecast table GBP" });
    expect(rowOf(gbp, "2025-06-30")).toEqual(["2025-06-30", "2025-07-06", "0.00", "0.00 – 0.00", "0.00", "0"]);
    expect(rowOf(gbp, "2025-07-07")).toEqual(["2025-07-07", "2025-07-13", "500.00", "500.00 – 500.00", "500.00", "1"]);
    expect(rowOf(gbp, "Later")).toEqual(["Later", "0.00", "", "500.00", "0"]);
    // The chart's label carries the 13-week total of the method shown.
    const chart = screen.getByRole("img", { name: "Expected cash-in per week in EUR, 13 weeks: 300.00 in all" });
    // The chart draws a band line where P90 > P10 (periods 1 and 4), besides its axis; GBP's band is one point.
    expect(chart.querySelectorAll("line")).toHaveLength(2 + 1);
    expect(screen.getByRole("img", { name: /in GBP/ }).querySelectorAll("line")).toHaveLength(1);
  });

  test("the method switch shows the previous point forecast, without bands", () => {
    renderView(bandScan());
    fireEvent.click(screen.getByRole("radio", { name: "Average days late" }));
    expect(
      screen.getByText(
        "Each open invoice falls in one week: its due date plus its customer's average days late (the previous forecast). Insert forecast still writes the default, the distribution.",
      ),
    ).toBeTruthy();
    const eur = screen.getByRole("table", { name: "Forecast table EUR" });
    const header = within(eur)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(header).toEqual(["Start", "End", "Expected", "Cumulative", "Invoices"]);
    expect(rowOf(eur, "2025-07-07")).toEqual(["2025-07-07", "2025-07-13", "0.00", "0.00", "0"]);
    expect(rowOf(eur, "2025-07-28")).toEqual(["2025-07-28", "2025-08-03", "300.00", "300.00", "2"]);
    expect(rowOf(eur, "Total open")).toEqual(["Total open", "550.50", "550.50", "3"]);
    expect(screen.getByRole("img", { name: /in EUR/ }).querySelectorAll("line")).toHaveLength(1);
    const gbp = screen.getByRole("table", { name: "Forecast table GBP" });
    expect(rowOf(gbp, "2025-06-30")).toEqual(["2025-06-30", "2025-07-06", "500.00", "500.00", "1"]);
    // And back: the distribution's figures again.
    fireEvent.click(screen.getByRole("radio", { name: "Distribution" }));
    expect(rowOf(screen.getByRole("table", { name: "Forecast table GBP" }), "2025-07-07")[2]).toBe("500.00");
  });

  test("in Chinese: the band's header and range, the method names", () => {
    renderView(bandScan(), "zh");
    expect(screen.getByRole("radio", { name: "按付款分布" }).matches(":checked")).toBe(true);
    expect(screen.getByRole("radio", { name: "按平均逾期天数" })).toBeTruthy();
    const eur = screen.getByRole("table", { name: "预测表（EUR）" });
    expect(
      within(eur)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["起始", "截止", "预计回款", "10%至90%区间", "累计", "发票数"]);
    // Same hand figures as in English: period 4 of EUR.
    expect(rowOf(eur, "2025-07-28")).toEqual(["2025-07-28", "2025-08-03", "225.00", "100.91至300.00", "300.00", "2"]);
  });
});

/* USD (Acme), the backtest by hand. As of 2025-06-30 with 13 weekly periods, a month-end M is
   re-run when M + 90 ≤ 45838: the 12 month-ends 2024-04-30 … 2025-03-31 (45747). Rows are known
   from their invoice dates:
   - up to 2024-12-31 nothing is invoiced; at 2025-01-31 and 02-28 U-1 and U-2 (invoiced 45658,
     paid 45670 and 45680) are history, nothing is open: every forecast and actual is 0, no band.
   - at M = 45747 (2025-03-31): history U-1 paid 10 late, U-2 20 late (same due date: ½ each).
     Open: U-3 400.00 due M + 3, U-4 600.00 due M − 5, U-5 500.00 disputed, U-6 200.00 due M + 75
     (invoiced on M). U-3 is censored at −3 and U-4 at 5: neither is at risk at 10 or 20.
     Distribution: U-3 → M + 13 (period 1) / M + 23 (period 3): 200.00 each. U-4 (5 days late; F(5) = 0):
       M + 5 (period 0) / M + 15 (period 2): 300.00 each. U-6 → M + 85 (period 12) 100.00, M + 95 Later.
       → p0 300, p1 200, p2 300, p3 200, p12 100; Σ 1,100.
     Naive (due date): U-3 and U-4 (past due) in period 0: 1,000; U-6 M + 75 → period 10: 200. Σ 1,200.
     Point: habit (10 + 20) / 2 = 15: U-3 → M + 18 (period 2) 400; U-4 → M + 10 (period 1) 600;
       U-6 → M + 90 (period 12) 200. Σ 1,200.
     Actual: U-4 paid M + 5 (p0) 600; U-5 M + 8 (p1) 500; U-3 M + 23 (p3) 400; U-6 M + 85 (p12) 200. Σ 1,700.
   WAPE: distribution |300−600| + |200−500| + 300 + |200−400| + |100−200| = 1,200 → 1,200 / 1,700 = 70.6% → 71%;
     naive 400 + 500 + 400 + 200 (p10) + 200 (p12) = 1,700 → 100%; point 600 + 100 + 400 + 400 + 0 = 1,500 → 88.2% → 88%.
   Bias: distribution (1,100 − 1,700) / 1,700 = −35.3% → -35%; naive and point (1,200 − 1,700) / 1,700 = −29.4% → -29%.
   The sentence counts the month-ends with a book: only M, so "At the last month-end".
   Bands at M (the only month-end with a book): p0 U-4 at ½: [0, 600.00] holds 600.00; p1 U-3 at ½:
     [0, 400.00] misses 500.00; p2 [0, 600.00] holds 0; p3 [0, 400.00] holds 400.00; p4–p11 [0, 0]
     hold 0; p12 U-6 at ½: [0, 200.00] holds 200.00 → 12 of 13 = 92.3% → 92%. */
describe("Forecast view: the track record", () => {
  test("says how far the forecast missed and how often its band held, beside the two simpler forecasts", () => {
    renderView(bandScan());
    expect(
      screen.getByText(
        "At the last month-end this forecast missed weekly cash-in by 71% on average; 80% bands held 92% of weeks.",
      ),
    ).toBeTruthy();
    const usd = screen.getByRole("table", { name: "Track record USD" });
    expect(
      within(usd)
        .getAllByRole("columnheader")
        .map((h) => h.textContent),
    ).toEqual(["Method", "Missed by", "Bias"]);
    expect(rowOf(usd, "Distribution (this forecast)")).toEqual(["Distribution (this forecast)", "71%", "-35%"]);
    expect(rowOf(usd, "Due date")).toEqual(["Due date", "100%", "-29%"]);
    expect(rowOf(usd, "Average days late (previous)")).toEqual(["Average days late (previous)", "88%", "-29%"]);
    // The track record does not follow the method switch: it compares all three.
    fireEvent.click(screen.getByRole("radio", { name: "Average days late" }));
    expect(rowOf(screen.getByRole("table", { name: "Track record USD" }), "Due date")[1]).toBe("100%");
  });

  test("says plainly when there is not enough history, and shows no table", () => {
    renderView(bandScan());
    // EUR and GBP: no invoice was open at any of the 12 month-ends, so nothing was scored.
    const notEnough =
      "Not enough history to check this forecast yet: nothing was paid in the 13 weeks after any of the last 12 month-ends by invoices open then.";
    expect(screen.getAllByText(notEnough)).toHaveLength(2);
    expect(screen.queryByRole("table", { name: "Track record EUR" })).toBeNull();
    expect(screen.queryByRole("table", { name: "Track record GBP" })).toBeNull();
  });

  test("in Chinese", () => {
    renderView(bandScan(), "zh");
    expect(screen.getByText("在最近一个月末，此预测的每周回款平均误差为71%；80%区间涵盖了92%的周次。")).toBeTruthy();
    const usd = screen.getByRole("table", { name: "预测回测（USD）" });
    expect(rowOf(usd, "按付款分布（本预测）")).toEqual(["按付款分布（本预测）", "71%", "-35%"]);
    expect(rowOf(usd, "按到期日")).toEqual(["按到期日", "100%", "-29%"]);
    expect(rowOf(usd, "按平均逾期天数（原方法）")).toEqual(["按平均逾期天数（原方法）", "88%", "-29%"]);
    expect(
      screen.getAllByText("历史数据不足，暂无法检验此预测：过去12个月末当时未收的发票，在其后13周内均无回款。"),
    ).toHaveLength(2);
  });
});
