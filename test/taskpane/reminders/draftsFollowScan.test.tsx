/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, within } from "@testing-library/react";
import { createExcelLedgerWorkbook } from "../../../src/excel/createExcelLedgerWorkbook";
import { App } from "../../../src/taskpane/App";
import { createWorkbookHost } from "../../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../../support/workbookHost/workbookModel";
import { hostRunner } from "../../excel/hostRunner";
import { AS_OF } from "../../excel/ledgerFixtures";

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);

/**
 * As of 2025-06-30 (serial 45838), a ledger with the Last reminded and Reminders columns (minimum
 * interval 7 days, pay-by 7 days):
 * - Cora, reminded 2 days ago (45836): the scan says wait until 45836 + 7 = 45843 = 5 July 2025: no draft.
 * - Dora, 3 reminders, the last (a formal demand) 10 days ago: pay by 20 + 7 = 27 June, passed → final notice.
 * - Ella, 50 days overdue but reminded once: the firm second notice, not a final notice.
 * - Finn's only invoice is Promised: mentioned, never demanded → no draft.
 * - Gus owes $30.00, below the $50.00 small-balance default → no draft.
 */
function ledger(): WorkbookModel {
  const model = new WorkbookModel(["Sheet1"]);
  model.setRows("Sheet1", "A1", [
    ["Customer", "Invoice no", "Due date", "Amount", "Currency", "Status", "Last reminded", "Reminders"],
    ["Cora", "C-1", AS_OF - 40, 1000, "USD", "", AS_OF - 2, 1],
    ["Dora", "D-1", AS_OF - 50, 2000, "USD", "", AS_OF - 10, 3],
    ["Ella", "E-1", AS_OF - 50, 500, "USD", "", AS_OF - 10, 1],
    ["Finn", "F-1", AS_OF - 20, 300, "USD", "Promised", "", ""],
    ["Gus", "G-1", AS_OF - 12, 30, "USD", "", "", ""],
  ]);
  model.select("Sheet1", "B3");
  return model;
}

async function scannedPane() {
  render(<App workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(ledger())))} language="en" />);
  await screen.findByText(/Sheet1!A1:H6/);
  fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2025-06-30" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
  await screen.findByText(/Scanned 5 rows/);
  await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Reminders" })));
}

describe("Reminders follow the scan's step for each customer", () => {
  test("tone by steps; waiting, promised and small balances get no draft, each with its reason", async () => {
    await scannedPane();
    const items = within(screen.getByRole("list", { name: "Customers with overdue invoices" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual(["Dora (USD)Final notice · $2,000.00", "Ella (USD)Firm second notice · $500.00"]);
    const skipped = within(screen.getByRole("list", { name: "No letter for:" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(skipped).toEqual([
      "'Cora' in USD was reminded recently: the next step is to wait until 5 July 2025",
      "Every overdue invoice of 'Finn' in USD is promised: nothing to demand until the promise lapses",
      "'Gus' in USD owes $30.00, below the small-balance threshold of $50.00: no letter",
    ]);
  });

  test("a draft without signature or bank details says so on its card, before its buttons", async () => {
    await scannedPane();
    const card = screen.getByRole("article", { name: "Dora (USD)" });
    const warning = within(card).getByText(/^No bank details:/);
    expect(within(card).getByText(/^No signature:/)).toBeTruthy();
    const copy = within(card).getByRole("button", { name: "Copy text: Dora (USD)" });
    // The warning comes first in reading order.
    expect(warning.compareDocumentPosition(copy) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // Filling in the company and the bank clears both.
    fireEvent.click(screen.getByRole("button", { name: "Letter settings" }));
    fireEvent.change(screen.getByRole("textbox", { name: "Company" }), { target: { value: "Acme Ltd" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Account number / IBAN" }), {
      target: { value: "GB29 NWBK 6016 1331 9268 19" },
    });
    const again = screen.getByRole("article", { name: "Dora (USD)" });
    expect(within(again).queryByText(/^No signature:/)).toBeNull();
    expect(within(again).queryByText(/^No bank details:/)).toBeNull();
  });

  test("the policy switch 'by age' (an analysis setting: grid and letters alike) gives Ella the final notice her invoice's age reaches", async () => {
    await scannedPane();
    // The policy is the scan's: switched in the analysis settings, then a rescan.
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Scan" })));
    fireEvent.change(screen.getByRole("combobox", { name: "Escalation" }), { target: { value: "age" } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
    await screen.findByText(/Scanned 5 rows/);
    await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Reminders" })));
    const items = within(screen.getByRole("list", { name: "Customers with overdue invoices" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(items).toEqual(["Dora (USD)Final notice · $2,000.00", "Ella (USD)Final notice · $500.00"]);
  });
});
