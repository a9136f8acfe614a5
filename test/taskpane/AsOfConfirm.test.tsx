/** @jest-environment jsdom */
import { act, cleanup, configure, fireEvent, render, screen } from "@testing-library/react";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { App } from "../../src/taskpane/App";
import { hostRunner } from "../excel/hostRunner";
import { fixtureWorkbook } from "../excel/reportWorkbook";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
afterEach(cleanup);

/* The dashboard fixture ledger (test/core/dashboard/dashboardFixture.ts): 15 data rows, invoice
   dates of the accepted rows from 45600 (2024-11-04: 58 days before 2025-01-01 = 45658) to 45838. */

async function openPane() {
  render(<App workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(fixtureWorkbook())))} language="en" />);
  await screen.findByText(/Ledger!A1:H16/);
}

const setAsOf = (iso: string) => fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: iso } });
const scan = () => act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
const question = () => screen.queryByRole("alertdialog", { name: "Is this the as-of date you mean?" });

test("1900-01-01 asks before scanning; changing the date scans nothing", async () => {
  await openPane();
  setAsOf("1900-01-01");
  await scan();
  expect(question()?.textContent).toContain("1900-01-01 is before 1980-01-01: no ledger this add-in reads goes back that far.");
  expect(screen.queryByText(/Scanned \d+ rows/)).toBeNull();
  fireEvent.click(screen.getByRole("button", { name: "Change the date" }));
  expect(question()).toBeNull();
  expect(screen.queryByText(/Scanned \d+ rows/)).toBeNull();
});

test("2100-01-01 asks; confirming scans with it; the next scan checks against the ledger's own dates", async () => {
  await openPane();
  setAsOf("2100-01-01");
  await scan();
  expect(question()?.textContent).toMatch(/2100-01-01 is more than 2 years after today \(\d{4}-\d{2}-\d{2}\)\./);
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan with this date" })));
  await screen.findByText(/Scanned 15 rows/);
  expect(question()).toBeNull();

  // A plausible date scans at once.
  setAsOf("2025-06-30");
  await scan();
  expect(question()).toBeNull();

  // Now the pane knows the ledger's invoice dates: a date before its first invoice asks.
  setAsOf("2024-01-01");
  await scan();
  expect(question()?.textContent).toContain(
    "2024-01-01 is before the ledger's first invoice date (2024-11-04): every invoice would be counted as not yet issued or not yet due.",
  );
});
