/** @jest-environment jsdom */
import { act, cleanup, configure, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import type { LedgerWorkbook } from "../../src/excel/ledgerWorkbook";
import { App } from "../../src/taskpane/App";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import type { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "../excel/hostRunner";
import { englishLedger } from "../excel/ledgerFixtures";

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);
afterEach(cleanup);

function paneOn(model: WorkbookModel, wrap: (workbook: LedgerWorkbook) => LedgerWorkbook = (w) => w) {
  const workbook = wrap(createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model))));
  render(<App workbook={workbook} language="en" />);
  return workbook;
}

async function scan() {
  fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2025-06-30" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
}

/** The pane gets focus back, as after the user worked in the grid. */
async function focusPane() {
  await act(async () => {
    window.dispatchEvent(new Event("focus"));
  });
}

describe("the pane says when scan results are older than the ledger", () => {
  test("an edited row: stale notice with Rescan; Rescan brings fresh results and the notice goes", async () => {
    const model = englishLedger();
    paneOn(model);
    await screen.findByText(/Sheet1!A1:G9, 8 rows/);
    await scan();
    await screen.findByText(/Scanned 8 rows/);
    await focusPane();
    expect(screen.queryByText(/out of date/)).toBeNull();
    // Beta's amount (E3) edited in the grid.
    model.setRows("Sheet1", "E3", [[999]]);
    await focusPane();
    expect(
      await screen.findByText(/The ledger was edited after the scan at \d\d:\d\d: its results are out of date\./),
    ).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Rescan" })));
    await waitFor(() => expect(screen.queryByText(/out of date/)).toBeNull());
    expect(await screen.findByText(/Scanned 8 rows/)).toBeTruthy();
  });

  test("an appended row: the notice counts the rows, and Rescan finds the grown ledger", async () => {
    const model = englishLedger();
    paneOn(model);
    await screen.findByText(/Sheet1!A1:G9, 8 rows/);
    await scan();
    await screen.findByText(/Scanned 8 rows/);
    model.setRows("Sheet1", "A10", [["Hotel", "INV-9", 45800, 45830, 60, "", ""]]);
    await focusPane();
    expect(await screen.findByText(/The ledger has 9 rows now, 8 at the scan at \d\d:\d\d/)).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Rescan" })));
    // 8 rows + Hotel's = 9, written into H1:K10.
    expect(await screen.findByText(/Scanned 9 rows into Sheet1!H1:K10/)).toBeTruthy();
    expect(model.sheet("Sheet1")!.value(9, 7)).toBe(8); // Hotel: due 45830, as of 45838 → 8 days overdue
  });

  test("a rescan Excel breaks off says which results the pane shows and what the grid may hold", async () => {
    const model = englishLedger();
    let fail = false;
    paneOn(model, (workbook) => ({
      ...workbook,
      scan: (request, hooks) =>
        fail ? Promise.reject(Object.assign(new Error("lost"), { code: "GeneralException" })) : workbook.scan(request, hooks),
    }));
    await screen.findByText(/Sheet1!A1:G9, 8 rows/);
    await scan();
    await screen.findByText(/Scanned 8 rows/);
    fail = true;
    await scan();
    expect(
      await screen.findByText(
        /Excel refused the request \(GeneralException\).*The rescan stopped part-way: this pane still shows the results of the scan at \d\d:\d\d \(as of 2025-06-30\), and the grid may hold those or part of the new scan's\. Scan again, or Clear\./,
      ),
    ).toBeTruthy();
    // The earlier results are still listed.
    expect(screen.getByRole("list", { name: "Customers" })).toBeTruthy();
  });

  test("a refused rescan (result columns over the ledger) says so too; a first scan refused says only why", async () => {
    const model = englishLedger();
    paneOn(model);
    await screen.findByText(/Sheet1!A1:G9/);
    await scan();
    await screen.findByText(/Scanned 8 rows/);
    // Result columns placed over the ledger (B): refused before anything is written.
    fireEvent.change(screen.getByLabelText("Place result columns at column"), { target: { value: "B" } });
    await scan();
    expect(
      await screen.findByText(/^Cannot scan: .*still show the results of the scan at \d\d:\d\d \(as of 2025-06-30\)/),
    ).toBeTruthy();
    cleanup();
    // A first scan refused: nothing earlier to speak of.
    paneOn(englishLedger());
    await screen.findByText(/Sheet1!A1:G9/);
    fireEvent.change(screen.getByLabelText("Place result columns at column"), { target: { value: "B" } });
    await scan();
    expect(await screen.findByText(/^Cannot scan: /)).toBeTruthy();
    expect(screen.queryByText(/still show the results/)).toBeNull();
  });
});

describe("analysis settings in the pane", () => {
  test("aging edges typed in the pane are saved in the workbook and used by the scan", async () => {
    const model = englishLedger();
    const workbook = paneOn(model);
    await screen.findByText(/Sheet1!A1:G9, 8 rows/);
    const edges = screen.getByLabelText("Aging buckets (days past due)");
    // Typed a character at a time: "15, 45, " must stay as typed while the next edge comes.
    fireEvent.change(edges, { target: { value: "15, 45, " } });
    expect((edges as HTMLInputElement).value).toBe("15, 45, ");
    fireEvent.change(edges, { target: { value: "15, 45, 90" } });
    await waitFor(async () => expect((await workbook.loadSettings()).agingEdges).toEqual([15, 45, 90]));
    await scan();
    await screen.findByText(/Scanned 8 rows/);
    // Acme is 47 days overdue: 46-90 with these edges (31-60 with the default ones); Aging is column I.
    expect(model.sheet("Sheet1")!.value(1, 8)).toBe("46-90");
    // Beta, 10 days: 1-15.
    expect(model.sheet("Sheet1")!.value(2, 8)).toBe("1-15");
  });

  test("edges that do not read are refused in the field's own label, and the last good ones kept", async () => {
    const model = englishLedger();
    const workbook = paneOn(model);
    await screen.findByText(/Sheet1!A1:G9/);
    fireEvent.change(screen.getByLabelText("Aging buckets (days past due)"), { target: { value: "60, 30" } });
    expect(
      await screen.findByText("Aging buckets: cannot read '60, 30'. Type whole days that increase, e.g. 30, 60, 90."),
    ).toBeTruthy();
    expect((await workbook.loadSettings()).agingEdges).toEqual([30, 60, 90]);
    fireEvent.change(screen.getByLabelText("Small-balance threshold per currency"), { target: { value: "USD 50\nEUR lots" } });
    expect(await screen.findByText(/Small-balance threshold per currency, line 2: cannot read 'EUR lots'/)).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Small-balance threshold per currency"), { target: { value: "USD 50\n人民币：300" } });
    await waitFor(async () =>
      expect((await workbook.loadSettings()).smallBalanceByCurrency).toEqual([
        { currency: "USD", amount: 50 },
        { currency: "CNY", amount: 300 },
      ]),
    );
    fireEvent.change(screen.getByLabelText("Credit review at overdue of (% of limit)"), { target: { value: "25" } });
    await waitFor(async () => expect((await workbook.loadSettings()).reviewThreshold).toBe(0.25));
  });
});
