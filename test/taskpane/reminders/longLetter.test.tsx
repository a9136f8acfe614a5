/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen } from "@testing-library/react";
import { createExcelLedgerWorkbook } from "../../../src/excel/createExcelLedgerWorkbook";
import { App } from "../../../src/taskpane/App";
import { createWorkbookHost } from "../../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../../support/workbookHost/workbookModel";
import { hostRunner } from "../../excel/hostRunner";
import { AS_OF } from "../../excel/ledgerFixtures";
import { cells } from "../../excel/scanHelpers";

configure({ asyncUtilTimeout: 20_000 });
jest.setTimeout(60_000);

/** Bigco has 600 overdue invoices: its letter is longer than one cell holds. */
function longLedger(): WorkbookModel {
  const model = new WorkbookModel(["Sheet1"]);
  model.setRows("Sheet1", "A1", [
    ["Customer", "Invoice no", "Invoice date", "Due date", "Amount", "Currency"],
    ...Array.from({ length: 600 }, (_, i) => [
      "Bigco",
      `INV-2025-EXPORT-${String(i + 1).padStart(6, "0")}`,
      AS_OF - 60,
      AS_OF - 30,
      1000 + i,
      "USD",
    ]),
    ["Beta", "INV-1", AS_OF - 40, AS_OF - 10, 250.5, "USD"],
  ]);
  model.select("Sheet1", "B3");
  return model;
}

test("Write all to sheet: a letter longer than a cell continues in the next cells of its row, and the pane says so", async () => {
  const model = longLedger();
  render(<App workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)))} language="en" />);
  await screen.findByText(/Sheet1!A1:F602/);
  fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2025-06-30" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
  await screen.findByText(/Scanned 601 rows/);
  await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Reminders" })));
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write all to sheet" })));
  expect(
    await screen.findByText(
      /^Wrote 2 letters to Reminders!A1:F3\. The letter to 'Bigco' is longer than one cell holds \(32,767 characters\)/,
    ),
  ).toBeTruthy();
  const [body, continued] = cells(model, "Reminders", 1, 4, 1, 5)[0] as string[];
  expect(body.length).toBeLessThanOrEqual(32_767);
  expect(body).toContain("INV-2025-EXPORT-000001");
  expect(continued).toContain("INV-2025-EXPORT-000600");
  expect(cells(model, "Reminders", 0, 5, 0, 5)).toEqual([["Body (continued)"]]);
});
