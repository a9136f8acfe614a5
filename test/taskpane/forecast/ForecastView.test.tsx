/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, within } from "@testing-library/react";
import { createExcelLedgerWorkbook } from "../../../src/excel/createExcelLedgerWorkbook";
import type { LedgerWorkbook } from "../../../src/excel/ledgerWorkbook";
import { App } from "../../../src/taskpane/App";
import { hostRunner } from "../../excel/hostRunner";
import { createWorkbookHost } from "../../support/workbookHost/createWorkbookHost";
import { nameFormula, type WorkbookModel } from "../../support/workbookHost/workbookModel";
import { forecastLedger } from "./forecastFixture";

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

async function scanAndOpen(model: WorkbookModel, tab: string, port = (workbook: LedgerWorkbook) => workbook) {
  render(<App workbook={port(createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model))))} />);
  await screen.findByText(/Ledger!A1:G10, 9 rows/);
  fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2025-06-30" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
  await screen.findByText(/Scanned 9 rows/);
  fireEvent.click(screen.getByRole("tab", { name: tab }));
}

/** The cells of the table row whose first cell (or row header) is `first`. */
function rowOf(table: HTMLElement, first: string): string[] {
  const row = within(table)
    .getAllByRole("row")
    .find((r) => r.firstElementChild?.textContent === first);
  if (!row) throw new Error(`no row ${first}`);
  return [...row.children].map((c) => c.textContent ?? "");
}

// The inserted formula (its whole text is asserted in test/core/forecast/cashForecastFormula.test.ts):
// the ledger's columns A:G from row 2 down past its 9 rows (to row 10 + 1,000), the currency compared
// trimmed, dated by the one named as-of cell.
function expectForecastFormula(formula: string | undefined, currency: string): void {
  expect(formula?.startsWith("=AR.CASHFORECAST(FILTER(TRIM('Ledger'!$A$2:$A$1010),")).toBe(true);
  expect(formula).toContain(`*(TRIM('Ledger'!$E$2:$E$1010)="${currency}")*`);
  expect(formula).toContain(",ARCreditDesk_AsOf,,,,FILTER(TRIM('Ledger'!$G$2:$G$1010),");
  expect(formula).not.toContain("DATE(");
}

describe("Forecast view", () => {
  test("before a scan it asks for one", async () => {
    render(<App workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(forecastLedger())))} />);
    await screen.findByText(/Ledger!A1:G10/);
    fireEvent.click(screen.getByRole("tab", { name: "Forecast" }));
    expect(screen.getByText("Scan the ledger first: the forecast is built from the scan.")).toBeTruthy();
  });

  test("in Chinese the tabs and the hint are Chinese", async () => {
    render(<App language="zh" workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(forecastLedger())))} />);
    await screen.findByText(/Ledger!A1:G10/);
    fireEvent.click(screen.getByRole("tab", { name: "融资选择" }));
    expect(screen.getByText("请先扫描台账：融资选择按扫描出的未收发票计算。")).toBeTruthy();
    fireEvent.click(screen.getByRole("tab", { name: "回款预测" }));
    expect(screen.getByText("请先扫描台账：预测基于扫描结果。")).toBeTruthy();
  });

  test("shows each currency's forecast and the customers whose habit moves money", async () => {
    await scanAndOpen(forecastLedger(), "Forecast");
    /* By default the distribution (AR.CASHFORECAST's default method). USD's history: Acme paid 10
       and 20 days late; open INV-4 is 20 days late, so its delay is > 20 — and no payment later than
       20 days is known (Gamma, open 100 days, is still at risk there): all of INV-4 goes to Later.
       INV-3, due in 12 days, pays at the earliest 10 days late = as-of + 22, period 3: nothing in
       period 0. The rows set apart are the point forecast's: Gamma 800.00 at risk, Delta 300.00
       disputed, and every row's amount ends up somewhere: Later's cumulative is 10,000 + 2,000 = 12,000.00. */
    const dist = screen.getByRole("table", { name: "Forecast table USD" });
    expect(rowOf(dist, "2025-06-30")).toEqual(["2025-06-30", "2025-07-06", "0.00", "0.00 – 0.00", "0.00", "0"]);
    expect(rowOf(dist, "Later")[3]).toBe("12,000.00");
    expect(rowOf(dist, "At risk (>90 days)")).toEqual(["At risk (>90 days)", "800.00", "", "12,800.00", "1"]);
    expect(rowOf(dist, "Disputed")).toEqual(["Disputed", "300.00", "", "13,100.00", "1"]);
    expect(rowOf(dist, "Total open")).toEqual(["Total open", "13,100.00", "", "13,100.00", "4"]);

    // The previous point forecast, through the method switch.
    fireEvent.click(screen.getByRole("radio", { name: "Average days late" }));
    /* USD, weeks from 2025-06-30 (period k = offsets 7k … 7k+6). Acme's habit 18 days (own); the
       USD ledger's habit for the others is Acme's too.
       INV-3 10,000.00 due +12 → +30 → period 4 (2025-07-28 … 08-03); INV-4 2,000.00 due −20 → −2
       → period 0; Gamma 800.00 is 100 > 90 days past due → at risk; Delta 300.00 disputed; Golf is an
       issue, left out. Total open 10,000 + 2,000 + 800 + 300 = 13,100.00. */
    const usd = screen.getByRole("table", { name: "Forecast table USD" });
    expect(rowOf(usd, "2025-06-30")).toEqual(["2025-06-30", "2025-07-06", "2,000.00", "2,000.00", "1"]);
    expect(rowOf(usd, "2025-07-28")).toEqual(["2025-07-28", "2025-08-03", "10,000.00", "12,000.00", "1"]);
    expect(rowOf(usd, "Later")).toEqual(["Later", "0.00", "12,000.00", "0"]);
    expect(rowOf(usd, "At risk (>90 days)")).toEqual(["At risk (>90 days)", "800.00", "12,800.00", "1"]);
    expect(rowOf(usd, "Disputed")).toEqual(["Disputed", "300.00", "13,100.00", "1"]);
    expect(rowOf(usd, "Total open")).toEqual(["Total open", "13,100.00", "13,100.00", "4"]);
    /* EUR: no payment history → habit 0. INV-5 500.00 due +5 → period 0; INV-6 250.50 due +40 →
       period 5 (2025-08-04 … 08-10). Total 750.50. */
    const eur = screen.getByRole("table", { name: "Forecast table EUR" });
    expect(rowOf(eur, "2025-06-30")[2]).toBe("500.00");
    expect(rowOf(eur, "2025-08-04")).toEqual(["2025-08-04", "2025-08-10", "250.50", "750.50", "1"]);
    expect(rowOf(eur, "Total open")).toEqual(["Total open", "750.50", "750.50", "2"]);
    // 13 weekly periods per currency; the chart is one labelled image with the 13-week total.
    expect(within(usd).getAllByRole("row")).toHaveLength(1 + 13 + 4);
    expect(screen.getByRole("img", { name: "Expected cash-in per week in USD, 13 weeks: 12,000.00 in all" })).toBeTruthy();
    // Drivers: only Acme's habit moves money (INV-3 from period 1 to period 4); Beta's habit is 0.
    const drivers = screen.getByRole("list", { name: "Customers whose habit moves the most money" });
    const items = within(drivers).getAllByRole("listitem");
    expect(items).toHaveLength(1);
    expect(items[0].textContent).toBe("Acme (USD): pays 18 days late · moves 10,000.00 (1 invoice)");
  });

  test("Insert forecast writes one live AR.CASHFORECAST per currency from AR Summary!T1", async () => {
    const model = forecastLedger();
    await scanAndOpen(model, "Forecast");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Insert forecast" })));
    expect(await screen.findByText("Wrote the live forecast formula to 'AR Summary'!T4, 'AR Summary'!T24.")).toBeTruthy();
    const sheet = model.sheet("AR Summary")!;
    // No AR Summary report yet: the block starts with the one as-of cell (T1 label, U1 the scan's
    // as-of 2025-06-30 = 45838, named ARCreditDesk_AsOf); EUR first (currencies in alphabetical
    // order): title T3, formula T4, spill T4:X21, gap row 22; USD from T23.
    expect([sheet.value(0, 19), sheet.value(0, 20)]).toEqual(["As of", 45838]);
    const asOfName = model.names.find((n) => n.name === "ARCreditDesk_AsOf");
    expect(asOfName && nameFormula(asOfName)).toBe("='AR Summary'!$U$1");
    expect(sheet.value(2, 19)).toBe("Cash-in forecast EUR (AR.CASHFORECAST)");
    expectForecastFormula(sheet.formula(3, 19), "EUR");
    expect(sheet.value(22, 19)).toBe("Cash-in forecast USD (AR.CASHFORECAST)");
    expectForecastFormula(sheet.formula(23, 19), "USD");
    expect(sheet.numberFormat(4, 19)).toBe("yyyy-mm-dd");
    expect(sheet.numberFormat(4, 21)).toBe("#,##0.00");
    // The block as recorded (with the name that tracks it and the prints of its cells, issue #16).
    expect(JSON.parse(model.settings.get("arCreditDesk.ownedForecast") as string)).toMatchObject({
      sheet: "AR Summary",
      r0: 0,
      c0: 19,
      r1: 40,
      c1: 23,
    });
    // A second insert replaces its own cells, keeping what the user typed in the as-of cell.
    model.setRows("AR Summary", "U1", [["=DATE(2025,7,15)"]]);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Insert forecast" })));
    expectForecastFormula(sheet.formula(23, 19), "USD");
    expect(sheet.formula(0, 20)).toBe("=DATE(2025,7,15)");
  });

  test("Insert forecast refuses, naming the cell, when a user's value is in the way", async () => {
    const model = forecastLedger();
    model.setRows("AR Summary", "V5", [["my note"]]);
    await scanAndOpen(model, "Forecast");
    const before = model.snapshot();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Insert forecast" })));
    expect(
      await screen.findByText("'AR Summary'!V5 holds 'my note' — the forecast would overwrite it. Nothing was written."),
    ).toBeTruthy();
    expect(model.snapshot()).toBe(before);
  });

  test("a failing Insert forecast shows an error notice, Excel's code when it gave one, and frees the button", async () => {
    let failure: unknown = Object.assign(new Error("RichApi.Error"), { code: "ItemNotFound" });
    await scanAndOpen(forecastLedger(), "Forecast", (real) => ({
      ...real,
      insertForecast: async () => {
        throw failure;
      },
    }));
    const button = screen.getByRole("button", { name: "Insert forecast" });
    await act(async () => fireEvent.click(button));
    expect(await screen.findByText("Excel refused the request (ItemNotFound). Please try again.")).toBeTruthy();
    expect(button.hasAttribute("disabled")).toBe(false);
    // An error without a code: the general text, never the exception's own words or stack.
    failure = new TypeError(
      "Cannot read properties of undefined (reading 'sheet')\n    at insertForecast (insertForecast.ts:1:1)",
    );
    await act(async () => fireEvent.click(button));
    expect(await screen.findByText("Something went wrong talking to Excel. Please try again.")).toBeTruthy();
    expect(screen.queryByText(/insertForecast\.ts|Cannot read/)).toBeNull();
  });
});
