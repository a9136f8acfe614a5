/** @jest-environment jsdom */
import { act, cleanup, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import type { LedgerWorkbook } from "../../src/excel/ledgerWorkbook";
import { App } from "../../src/taskpane/App";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import type { WorkbookModel } from "../support/workbookHost/workbookModel";
import { hostRunner } from "../excel/hostRunner";
import { chineseLedger, englishLedger } from "../excel/ledgerFixtures";
import { storedSettingsOf } from "../excel/settingsInWorkbook";

// A scan through the host takes a moment on a loaded CI machine: wait longer than the 1 s default.
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

function paneOn(model: WorkbookModel, language: "en" | "zh" = "en") {
  const workbook = createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)));
  render(<App workbook={workbook} language={language} />);
  return workbook;
}

async function scanAsOf(label: string, scanButton: string, iso = "2025-06-30") {
  fireEvent.change(screen.getByLabelText(label), { target: { value: iso } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: scanButton })));
}

describe("ledger desk (pane over the workbook host)", () => {
  test("finds the ledger, scans it, lists customers and issues, and selects an issue's cell", async () => {
    const model = englishLedger();
    paneOn(model);
    expect(await screen.findByText(/Sheet1!A1:G9, 8 rows/)).toBeTruthy();
    await scanAsOf("As-of date", "Scan");
    expect(await screen.findByText("Scanned 8 rows into Sheet1!H1:K9; 1 rows need attention.")).toBeTruthy();
    expect(model.sheet("Sheet1")!.value(1, 7)).toBe(47);
    // Customers: overdue only by default; Delta (100 days) is first, Gamma (not yet due) and Fox (paid) are not listed.
    const customers = screen.getByRole("list", { name: "Customers" });
    const names = within(customers)
      .getAllByRole("listitem")
      .map((item) => item.textContent ?? "");
    expect(names[0]).toContain("Delta");
    expect(names.some((n) => n.includes("Gamma"))).toBe(false);
    expect(names.some((n) => n.includes("Fox"))).toBe(false);
    fireEvent.click(screen.getByRole("tab", { name: "Issues (1)" }));
    expect(screen.getByText("Sheet1!D8")).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Select cell Sheet1!D8" })));
    await waitFor(() => expect(model.selection.rect).toEqual({ r0: 7, c0: 3, r1: 7, c1: 3 }));
  });

  test("says which cell blocks the scan and writes nothing", async () => {
    const model = englishLedger();
    model.setRows("Sheet1", "I5", [["note"]]);
    const before = model.snapshot();
    paneOn(model);
    await screen.findByText(/Sheet1!A1:G9/);
    await scanAsOf("As-of date", "Scan");
    expect(await screen.findByText(/Sheet1!I5 holds 'note' — the result columns would overwrite it/)).toBeTruthy();
    expect(model.snapshot()).toBe(before);
  });

  test("Clear removes the scan and says so", async () => {
    const model = englishLedger();
    const before = model.snapshot();
    paneOn(model);
    await screen.findByText(/Sheet1!A1:G9/);
    await scanAsOf("As-of date", "Scan");
    await screen.findByText(/Scanned 8 rows/);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Clear" })));
    expect(await screen.findByText("Removed the scan's columns and highlights.")).toBeTruthy();
    // The pane saved nothing else (no setting changed), so the workbook is as before.
    expect(model.snapshot()).toBe(before);
  });

  test("Chinese UI over a Chinese ledger writes Chinese headers", async () => {
    const model = chineseLedger();
    paneOn(model, "zh");
    expect(await screen.findByText(/应收账款!B4:G7，共3行/)).toBeTruthy();
    await scanAsOf("基准日", "扫描");
    expect(await screen.findByText(/已扫描3行/)).toBeTruthy();
    expect(model.sheet("应收账款")!.value(3, 7)).toBe("逾期天数");
    expect(screen.getByRole("region", { name: "突出显示" })).toBeTruthy();
  });

  test("an unexpected failure shows a friendly message, never a stack trace", async () => {
    const model = englishLedger();
    const real = createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)));
    const failing: LedgerWorkbook = {
      ...real,
      scan: async () => {
        throw new TypeError("Cannot read properties of undefined (reading 'values')\n    at scanLedger (scanLedger.ts:1:1)");
      },
    };
    render(<App workbook={failing} />);
    await screen.findByText(/Sheet1!A1:G9/);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
    expect(await screen.findByText("Something went wrong talking to Excel. Please try again.")).toBeTruthy();
    expect(screen.queryByText(/scanLedger\.ts/)).toBeNull();
  });

  test("the legend names the five highlight bands; the pane renders in dark mode", async () => {
    render(<App dark workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(englishLedger())))} />);
    await screen.findByText(/Sheet1!A1:G9/);
    const legend = screen.getByRole("region", { name: "Highlights" });
    expect(
      within(legend)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["1–30 days overdue", "31–60 days", "61–90 days", "91+ days", "Disputed"]);
  });

  test("without a workbook the pane says it needs Excel", () => {
    render(<App />);
    expect(screen.getByText("Open this pane in Excel to scan a ledger.")).toBeTruthy();
  });
  test("shows progress while scanning and Cancel stops the scan", async () => {
    const real = createExcelLedgerWorkbook(hostRunner(createWorkbookHost(englishLedger())));
    const slow: LedgerWorkbook = {
      ...real,
      scan: (_request, hooks) =>
        new Promise((resolve) => {
          hooks?.onProgress?.({ phase: "reading", done: 4, total: 8 });
          hooks?.signal?.addEventListener("abort", () => resolve({ kind: "cancelled" }));
        }),
    };
    render(<App workbook={slow} />);
    await screen.findByText(/Sheet1!A1:G9/);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
    expect(screen.getByRole("progressbar", { name: "Reading the ledger…" })).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Cancel" })));
    expect(await screen.findByText("Cancelled. Nothing was left written.")).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("a re-mapped column is saved in the workbook and used by the scan", async () => {
    const model = englishLedger();
    paneOn(model);
    await screen.findByText(/Sheet1!A1:G9/);
    fireEvent.click(screen.getByRole("button", { name: "Column mapping" }));
    await act(async () => fireEvent.change(screen.getByRole("combobox", { name: "Customer" }), { target: { value: "" } }));
    expect(storedSettingsOf(model)?.pane.mappingOverrides).toEqual({ customer: null });
    await scanAsOf("As-of date", "Scan");
    expect(await screen.findByText(/Cannot scan: the ledger has no customer column/)).toBeTruthy();
  });
  test("the language picked in the header is saved with the workbook and used next time", async () => {
    const model = englishLedger();
    paneOn(model);
    await screen.findByText(/Sheet1!A1:G9/);
    await act(async () => fireEvent.change(screen.getByRole("combobox", { name: "Language" }), { target: { value: "zh" } }));
    expect(await screen.findByRole("button", { name: "扫描" })).toBeTruthy();
    await waitFor(() => expect(storedSettingsOf(model)?.pane.language).toBe("zh"));
    cleanup();
    paneOn(model, "en");
    expect(await screen.findByRole("button", { name: "扫描" })).toBeTruthy();
  });
});
