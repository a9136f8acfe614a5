/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, within } from "@testing-library/react";
import { createExcelLedgerWorkbook } from "../../../src/excel/createExcelLedgerWorkbook";
import { App } from "../../../src/taskpane/App";
import { reminderClipboard } from "../../../src/taskpane/reminders/clipboard";
import { createWorkbookHost } from "../../support/workbookHost/createWorkbookHost";
import { WorkbookModel } from "../../support/workbookHost/workbookModel";
import { hostRunner } from "../../excel/hostRunner";
import { AS_OF } from "../../excel/ledgerFixtures";
import { cells } from "../../excel/scanHelpers";
import { storedSettingsOf } from "../../excel/settingsInWorkbook";

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(60_000);

const HYPERLINK = '=HYPERLINK("http://x","y")';
const SCRIPT = "<script>alert(1)</script>";

/**
 * A ledger as of 2025-06-30 (serial 45838). Acme owes in USD and EUR; Gamma is not yet due
 * (courtesy only: not listed); Echo's only invoice is disputed (no letter); Longco has 20 small
 * invoices, so its letter is too long for a mail link.
 */
function remindersLedger(): WorkbookModel {
  const model = new WorkbookModel(["Sheet1"]);
  const longco = Array.from({ length: 20 }, (_, i) => ["Longco", `L-${i + 1}`, AS_OF - 60, AS_OF - 30, 10, "USD", "", ""]);
  model.setRows("Sheet1", "A1", [
    ["Customer", "Invoice no", "Invoice date", "Due date", "Amount", "Currency", "Status", "Email"],
    ["Acme", "INV-1", AS_OF - 77, AS_OF - 47, 1000, "USD", "", "ap@acme.example"],
    ["Acme", "INV-2", AS_OF - 50, AS_OF - 20, 500.25, "EUR", "", "ap@acme.example"],
    ["Acme", "INV-3", AS_OF - 35, AS_OF - 5, 200, "USD", "", ""],
    ["Beta", "INV-4", AS_OF - 40, AS_OF - 10, 250.5, "USD", "", "pay@beta.example"],
    ["Gamma", "INV-5", AS_OF - 25, AS_OF + 5, 400, "USD", "", ""],
    ["Echo", "INV-6", AS_OF - 100, AS_OF - 70, 800, "USD", "Disputed", ""],
    [`'${HYPERLINK}`, "INV-7", AS_OF - 45, AS_OF - 15, 75, "USD", "", ""],
    [SCRIPT, "INV-8", AS_OF - 33, AS_OF - 3, 60, "USD", "", ""],
    ...longco,
  ]);
  model.select("Sheet1", "B3");
  return model;
}

async function scannedPane() {
  const model = remindersLedger();
  render(<App workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(model)))} language="en" />);
  await screen.findByText(/Sheet1!A1:H29/);
  fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2025-06-30" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
  await screen.findByText(/Scanned 28 rows/);
  await act(async () => fireEvent.click(screen.getByRole("tab", { name: "Reminders" })));
  return model;
}

const customerList = () => screen.getByRole("list", { name: "Customers with overdue invoices" });

afterEach(() => jest.restoreAllMocks());

describe("Reminders view", () => {
  test("before a scan it asks for one", async () => {
    render(<App workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(remindersLedger())))} language="en" />);
    await screen.findByText(/Sheet1!A1:H29/);
    fireEvent.click(screen.getByRole("tab", { name: "Reminders" }));
    expect(screen.getByText("Scan the ledger first: reminders are drafted from the scan's figures.")).toBeTruthy();
  });

  test("lists the customers with overdue invoices, one letter each with a total per currency; all selected", async () => {
    await scannedPane();
    const items = within(customerList())
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    // Totals by hand: Acme USD 1,000 + 200 = 1,200.00 and EUR 500.25 (one letter, one amount per
    // currency, never added up); Beta 250.50; the two odd names 75.00 and 60.00; Longco 20 × 10 =
    // 200.00. The tone is the scan's step (the grid's Next action). This ledger has no Last reminded
    // or Reminders column and the workbook no register: nothing says what was sent, so the scan's
    // step goes by age (README, "Escalation") on the standard ladder: Acme's oldest 47 days → the
    // day-45 rung, the final notice; the HYPERLINK name 15 days → day-15 rung, the firm second
    // notice; Longco 30 days → day-30 rung, the formal demand; Beta 10 and the script name 3 days
    // → the day-1 rung, friendly (the day-8 call rung is not a letter: friendly too).
    expect(items).toEqual([
      "Acme (USD, EUR)Final notice · $1,200.00, €500.25",
      "Beta (USD)Friendly reminder · $250.50",
      `${HYPERLINK} (USD)Firm second notice · $75.00`,
      `${SCRIPT} (USD)Friendly reminder · $60.00`,
      "Longco (USD)Formal demand · $200.00",
    ]);
    expect(screen.getByText("5 of 5 selected")).toBeTruthy();
    expect(within(screen.getByRole("list", { name: "No letter for:" })).getByRole("listitem").textContent).toBe(
      "Every open invoice of 'Echo' in USD is disputed: nothing to remind",
    );
    // The customer named like markup is shown as text; nothing of it runs.
    expect(document.querySelector("script")).toBeNull();
    // One draft for Acme covering both currencies (one letter per customer, the default).
    expect(screen.getByRole("article", { name: "Acme (USD, EUR)" })).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Select none" }));
    expect(screen.getByText("0 of 5 selected")).toBeTruthy();
    expect(screen.queryByRole("article")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Select all" }));
    expect(screen.getAllByRole("article")).toHaveLength(5);
  });

  test("Copy text puts the subject line and the body on the clipboard", async () => {
    await scannedPane();
    const writeText = jest.spyOn(reminderClipboard, "writeText").mockResolvedValue();
    const card = screen.getByRole("article", { name: "Beta (USD)" });
    const subject = within(card)
      .getByText(/^Subject: /)
      .textContent!.replace(/^Subject: /, "");
    await act(async () => fireEvent.click(within(card).getByRole("button", { name: "Copy text: Beta (USD)" })));
    expect(writeText).toHaveBeenCalledTimes(1);
    const copied = writeText.mock.calls[0][0];
    expect(copied.startsWith(`Subject: ${subject}\n\n`)).toBe(true);
    expect(copied).toContain("INV-4");
    expect(copied).toContain("$250.50");
    // The notice goes on to say whether the copy was logged in the activity register (reminderLogging.test.tsx).
    expect(await screen.findByText(/^Copied the letter to Beta as text\. /)).toBeTruthy();
  });

  test("Copy HTML hands over escaped HTML with a plain-text alternative", async () => {
    await scannedPane();
    const writeHtml = jest.spyOn(reminderClipboard, "writeHtml").mockResolvedValue("html");
    const card = screen.getByRole("article", { name: `${SCRIPT} (USD)` });
    await act(async () => fireEvent.click(within(card).getByRole("button", { name: `Copy HTML: ${SCRIPT} (USD)` })));
    const [html, text] = writeHtml.mock.calls[0];
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;");
    expect(text).toContain(SCRIPT);
  });

  test("Open in mail app: a short letter opens a mailto: link to the ledger's address with the subject", async () => {
    await scannedPane();
    const openMailto = jest.spyOn(reminderClipboard, "openMailto").mockImplementation(() => undefined);
    const card = screen.getByRole("article", { name: "Beta (USD)" });
    const subject = within(card)
      .getByText(/^Subject: /)
      .textContent!.replace(/^Subject: /, "");
    await act(async () => fireEvent.click(within(card).getByRole("button", { name: "Open in mail app: Beta (USD)" })));
    const href = openMailto.mock.calls[0][0];
    expect(href.startsWith(`mailto:pay@beta.example?subject=${encodeURIComponent(subject)}&body=`)).toBe(true);
    expect(decodeURIComponent(href.split("&body=")[1])).toContain("INV-4");
    expect(screen.getByText(/^Opened a new email to Beta in your mail app\. /)).toBeTruthy();
  });

  test("Open in mail app: a letter too long for a link is copied instead, and the pane says so", async () => {
    await scannedPane();
    const openMailto = jest.spyOn(reminderClipboard, "openMailto").mockImplementation(() => undefined);
    const writeText = jest.spyOn(reminderClipboard, "writeText").mockResolvedValue();
    const card = screen.getByRole("article", { name: "Longco (USD)" });
    await act(async () => fireEvent.click(within(card).getByRole("button", { name: "Open in mail app: Longco (USD)" })));
    expect(openMailto).not.toHaveBeenCalled();
    expect(writeText.mock.calls[0][0]).toContain("L-20");
    expect(await screen.findByText(/too long for a mail link \([\d,]+ characters\), so it was copied instead/)).toBeTruthy();
  });

  test("Write all to sheet: the selected letters as text rows; a refresh replaces its own cells; user data stops it", async () => {
    const model = await scannedPane();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write all to sheet" })));
    // Five letters: Acme's two currencies are one letter.
    expect(await screen.findByText(/^Wrote 5 letters to Reminders!A1:E6\. /)).toBeTruthy();
    const sheet = model.sheet("Reminders")!;
    expect(cells(model, "Reminders", 0, 0, 5, 2)).toEqual([
      ["Customer", "Email", "Level"],
      // Levels as listed above (the scan's step by age: no reminder record in this ledger).
      ["Acme", "ap@acme.example", "Final notice"],
      ["Beta", "pay@beta.example", "Friendly reminder"],
      [HYPERLINK, "", "Firm second notice"],
      [SCRIPT, "", "Friendly reminder"],
      ["Longco", "", "Formal demand"],
    ]);
    // The formula-like name is text in a Text cell, not a formula.
    expect(sheet.formula(3, 0)).toBeUndefined();
    expect(sheet.numberFormat(3, 0)).toBe("@");
    // Acme's body: both currencies' invoices and totals (USD 1,000 + 200 = 1,200.00; EUR 500.25).
    expect(String(sheet.value(1, 4))).toContain("INV-1");
    expect(String(sheet.value(1, 4))).toContain("INV-3");
    expect(String(sheet.value(1, 4))).toContain("$1,200.00");
    expect(String(sheet.value(1, 4))).toContain("€500.25");

    // Deselect Longco and write again: its row goes, the rest is replaced.
    fireEvent.click(within(customerList()).getByRole("checkbox", { name: "Longco (USD)" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write all to sheet" })));
    expect(await screen.findByText(/^Wrote 4 letters to Reminders!A1:E5\. /)).toBeTruthy();
    expect(cells(model, "Reminders", 5, 0, 5, 4)).toEqual([["", "", "", "", ""]]);

    // The user types below the block; writing five letters again would overwrite it: refused.
    model.setRows("Reminders", "B6", [["called 1 July"]]);
    const before = model.snapshot();
    fireEvent.click(within(customerList()).getByRole("checkbox", { name: "Longco (USD)" }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Write all to sheet" })));
    expect(await screen.findByText(/Reminders!B6 holds 'called 1 July', which the add-in did not write/)).toBeTruthy();
    expect(model.snapshot()).toBe(before);
  });

  test("letter settings: a Chinese letter from an English pane, saved with the workbook", async () => {
    const model = await scannedPane();
    fireEvent.click(screen.getByRole("button", { name: "Letter settings" }));
    fireEvent.change(screen.getByRole("combobox", { name: "Letter language" }), { target: { value: "zh" } });
    fireEvent.change(screen.getByRole("textbox", { name: "Company" }), { target: { value: "恒达机械" } });
    const card = screen.getByRole("article", { name: "Beta (USD)" });
    expect(within(card).getByText(/^Subject: /).textContent).toContain("恒达机械");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Save letter settings" })));
    expect(await screen.findByText("Letter settings saved in this workbook.")).toBeTruthy();
    // Kept in the workbook's custom XML part since issue #17 (src/excel/settingsStore.ts).
    const stored = storedSettingsOf(model)?.letters;
    expect(stored).toMatchObject({ language: "zh", company: "恒达机械" });
  });
});
