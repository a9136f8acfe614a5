/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen } from "@testing-library/react";
import { createExcelLedgerWorkbook } from "../../../src/excel/createExcelLedgerWorkbook";
import { App } from "../../../src/taskpane/App";
import { createWorkbookHost } from "../../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../../support/workbookHost/workbookModel";
import { hostRunner } from "../../excel/hostRunner";
import { AS_OF } from "../../excel/ledgerFixtures";
import { cells } from "../../excel/scanHelpers";

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);

/*
 * As of 2025-06-30 (45838). Acme: INV-1 1,000.00 due 47 days ago (31-60) and a credit note CN-1
 * of −200.00: balance 800.00. Beta: INV-2 300.00 due in 5 days (Current).
 * Acme's block: title, customer, as-of, blank, heading, columns, 2 items, balance, aging, labels,
 * amounts, blank = 13 rows; Beta's: 12 (one item). Together A1:G25.
 */
function ledger(): WorkbookModel {
  const model = new WorkbookModel(["Sheet1"]);
  model.setRows("Sheet1", "A1", [
    ["Customer", "Invoice no", "Invoice date", "Due date", "Amount", "Currency"],
    ["Acme", "INV-1", AS_OF - 77, AS_OF - 47, 1000, "USD"],
    ["Acme", "CN-1", AS_OF - 10, AS_OF - 10, -200, "USD"],
    ["Beta", "INV-2", AS_OF - 25, AS_OF + 5, 300, "USD"],
  ]);
  model.select("Sheet1", "B2");
  return model;
}

test("Write statements in the Reminders view writes the Statements sheet from the scan", async () => {
  const model = ledger();
  render(<App workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)))} language="en" />);
  await screen.findByText(/Sheet1!A1:F4/);
  fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2025-06-30" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
  await screen.findByText(/Scanned 3 rows/);
  await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Reminders" })));
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write statements" })));
  await screen.findByText("2 statements written to Statements!A1:G25.");
  expect(cells(model, "Statements", 1, 0, 1, 1)).toEqual([["Customer", "Acme"]]);
  expect(cells(model, "Statements", 8, 0, 8, 6)).toEqual([["Balance USD", "", "", "", "", "800.00", ""]]); // 1,000 − 200
  // Aging footer: 1,000.00 in 31-60 (47 days), the credit apart.
  expect(cells(model, "Statements", 11, 0, 11, 6)).toEqual([["0.00", "0.00", "1,000.00", "0.00", "0.00", "0.00", "-200.00"]]);
  expect(cells(model, "Statements", 14, 1, 14, 1)).toEqual([["Beta"]]);
});
