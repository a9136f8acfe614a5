/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, within } from "@testing-library/react";
import { createExcelLedgerWorkbook } from "../../../src/excel/createExcelLedgerWorkbook";
import { App } from "../../../src/taskpane/App";
import { hostRunner } from "../../excel/hostRunner";
import { createWorkbookHost } from "../../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../../support/workbookHost/workbookModel";
import { AS_OF, PROVISION_ROWS } from "./provisionFixture";

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);

/** The hand-worked ledger (provisionFixture.ts) on Ledger!A1:G8, headers as an export has them. */
function ledger(): WorkbookModel {
  const model = new WorkbookModel(["Ledger"]);
  model.setRows("Ledger", "A1", [
    ["Customer", "Invoice no", "Invoice date", "Due date", "Amount", "Currency", "Paid date"],
    ...PROVISION_ROWS.map((row) => [...row]),
  ]);
  model.select("Ledger", "B2");
  return model;
}

async function scanAndOpen(model: WorkbookModel, language: "en" | "zh" = "en") {
  render(<App language={language} workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)))} />);
  await screen.findByText(/Ledger!A1:G8/);
}

/** The cells of the table row whose first cell (or row header) is `first`. */
function rowOf(table: HTMLElement, first: string): string[] {
  const row = within(table)
    .getAllByRole("row")
    .find((r) => r.firstElementChild?.textContent === first);
  if (!row) throw new Error(`no row ${first}`);
  return [...row.children].map((c) => c.textContent ?? "");
}

test("the Provision tab, after Forecast, computes from the scan and inserts the live matrix through the port", async () => {
  const model = ledger();
  await scanAndOpen(model);
  const tabs = screen.getAllByRole("tab");
  const at = (name: string) => tabs.indexOf(screen.getByRole("tab", { name }));
  expect(at("Forecast")).toBeGreaterThan(0);
  expect(at("Provision")).toBe(at("Forecast") + 1);
  fireEvent.click(screen.getByRole("tab", { name: "Provision" }));
  expect(screen.getByText("Scan the ledger first: the provision matrix is built from the scan's paid history.")).toBeTruthy();

  fireEvent.click(screen.getByRole("tab", { name: "Scan" }));
  fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2025-04-30" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
  await screen.findByText(/Scanned 7 rows/);
  fireEvent.click(screen.getByRole("tab", { name: "Provision" }));
  fireEvent.change(screen.getByLabelText("Months of history"), { target: { value: "4" } });
  fireEvent.change(screen.getByLabelText("Final loss rate (%)"), { target: { value: "80" } });
  // Final 0.8: every loss rate × 0.8 → 31-60 0.4 × 0.8 = 0.32 → 800 × 0.32 = 256.00; 91+ 0.8 →
  // 2,000 × 0.8 = 1,600.00; total 1,856.00 (Current and 1-30 hold nothing at 2025-04-30).
  const usd = screen.getByRole("table", { name: "Provision matrix USD" });
  expect(rowOf(usd, "31-60")).toEqual(["31-60", "40.00%", "32.00%", "800.00", "256.00"]);
  expect(rowOf(usd, "Total")[4]).toBe("1,856.00");

  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Insert provision matrix" })));
  expect(await screen.findByText("Wrote the live provision matrix (2 currencies) to the sheet AR Provision.")).toBeTruthy();
  // The sheet's first block holds the inputs the pane sent (as-of B4, final loss rate B5, adjustment B6).
  const sheet = model.sheet("AR Provision")!;
  expect([sheet.value(3, 1), sheet.value(4, 1), sheet.value(5, 1)]).toEqual([AS_OF, 0.8, 0]);
});

test("in Chinese the tab is 减值准备", async () => {
  await scanAndOpen(ledger(), "zh");
  fireEvent.click(screen.getByRole("tab", { name: "减值准备" }));
  expect(screen.getByText("请先扫描台账：减值准备矩阵根据扫描出的付款历史计算。")).toBeTruthy();
});
