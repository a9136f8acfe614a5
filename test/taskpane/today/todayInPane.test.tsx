/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, within } from "@testing-library/react";
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
 * As of 2025-06-30 (45838), three customers in USD who never paid, no credit limit: risk score
 * 35d/90 + 25d/60 + 20 (riskScore.ts). USD overdue $4,500.00. Priority = share × (1 + score/100) × (1 + d/30):
 * - Ben  $3,000, 10 days: score 28; 0.6667 × 1.28 × 1.3333 = 1.1378
 * - Ann  $1,000, 40 days: score 52; 0.2222 × 1.52 × 2.3333 = 0.7881
 * - Cy     $500, 20 days: score 36; 0.1111 × 1.36 × 1.6667 = 0.2519
 */
function ledger(): WorkbookModel {
  const model = new WorkbookModel(["Sheet1"]);
  model.setRows("Sheet1", "A1", [
    ["Customer", "Invoice no", "Due date", "Amount", "Currency"],
    ["Ann", "A-1", AS_OF - 40, 1000, "USD"],
    ["Ben", "B-1", AS_OF - 10, 3000, "USD"],
    ["Cy", "C-1", AS_OF - 20, 500, "USD"],
  ]);
  model.select("Sheet1", "B2");
  return model;
}

async function scan() {
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
  await screen.findByText(/Scanned 3 rows/);
}

const worklistNames = () =>
  within(screen.getByRole("list", { name: "Today's worklist" }))
    .getAllByRole("listitem")
    .map((li) => li.firstElementChild?.textContent);

test("Today in the pane: first view after the scan, logs a call that a rescan honours, drafts a letter in Reminders", async () => {
  const model = ledger();
  render(<App workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)))} language="en" />);
  await screen.findByText(/Sheet1!A1:E4/);
  // Today is the first view after the scan desk (tabs in DOM order).
  const tabs = screen.getAllByRole("tab");
  const order = ["Scan", "Today", "Dashboard", "Reminders", "Forecast", "Provision", "Financing"].map((name) =>
    tabs.indexOf(screen.getByRole("tab", { name })),
  );
  expect(order).toEqual([0, 1, 2, 3, 4, 5, 6]);
  fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2025-06-30" } });
  await scan();

  fireEvent.click(screen.getByRole("tab", { name: "Today" }));
  expect(screen.getByText("3 customers to act on today")).toBeTruthy();
  expect(worklistNames()).toEqual(["Ben", "Ann", "Cy"]);

  // Log a call to Ben: it goes to the AR Activity register and Ben leaves the list at once.
  const ben = within(screen.getByRole("list", { name: "Today's worklist" })).getByRole("listitem", { name: "Ben" });
  await act(async () => fireEvent.click(within(ben).getByRole("button", { name: "Log call" })));
  await screen.findByText("Logged a call to Ben — rescan to apply.");
  expect(worklistNames()).toEqual(["Ann", "Cy"]);
  // Dated the as-of (45838), Ben's level: 10 days overdue is rung 8, level 3.
  expect(cells(model, "AR Activity", 1, 0, 1, 10)).toEqual([[45838, "Ben", "", "", "Call", 3, "phone", "", "", "", ""]]);

  // Still off the list after a visit to another view (the view unmounts in between).
  fireEvent.click(screen.getByRole("tab", { name: "Dashboard" }));
  fireEvent.click(screen.getByRole("tab", { name: "Today" }));
  expect(worklistNames()).toEqual(["Ann", "Cy"]);

  // A rescan (same as-of) reads the register: the call dated as-of keeps Ben off today's list.
  fireEvent.click(screen.getByRole("tab", { name: "Scan" }));
  await scan();
  fireEvent.click(screen.getByRole("tab", { name: "Today" }));
  expect(worklistNames()).toEqual(["Ann", "Cy"]);

  // Draft letter: the Reminders view opens on Ann alone.
  const ann = within(screen.getByRole("list", { name: "Today's worklist" })).getByRole("listitem", { name: "Ann" });
  await act(async () => fireEvent.click(within(ann).getByRole("button", { name: "Draft letter" })));
  expect(screen.getByRole("tab", { name: "Reminders" }).getAttribute("aria-selected")).toBe("true");
  const drafts = await screen.findByRole("list", { name: "Customers with overdue invoices" });
  expect(
    within(drafts)
      .getAllByRole("listitem")
      .map((li) => li.textContent?.split(" ·")[0]),
  ).toEqual(["Ann (USD)Friendly reminder"]);
});
