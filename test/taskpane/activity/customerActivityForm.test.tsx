/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import type { Language } from "../../../src/core/language";
import type { LedgerWorkbook, ScannedLedger } from "../../../src/excel/ledgerWorkbook";
import { CustomerList } from "../../../src/taskpane/CustomerList";
import { MESSAGES } from "../../../src/taskpane/messages";
import { MessagesContext } from "../../../src/taskpane/paneContext";
import { AS_OF, fakeWorkbook, scannedLedger } from "./loggingFixture";

function renderList(
  workbook: LedgerWorkbook | undefined,
  language: Language = "en",
  scanned: ScannedLedger | null = scannedLedger(),
) {
  const customers = scanned?.analysis.customers ?? scannedLedger().analysis.customers;
  render(
    <FluentProvider theme={webLightTheme}>
      <MessagesContext.Provider value={MESSAGES[language]}>
        <CustomerList customers={customers} language={language} workbook={workbook} scanned={scanned} />
      </MessagesContext.Provider>
    </FluentProvider>,
  );
}

function openForm(customer: string) {
  fireEvent.click(screen.getByRole("button", { name: `Log a promise, dispute or note for ${customer} (USD)` }));
  return screen.getByRole("form", { name: `Log for ${customer}` });
}

const type = (form: HTMLElement, label: string | RegExp, value: string) =>
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });

describe("a customer card logs promises, disputes and notes", () => {
  test("a promise: the row holds amount in cents, currency, due-by serial, dated as-of; the list says to rescan", async () => {
    const fake = fakeWorkbook("done");
    renderList(fake.workbook);
    const form = openForm("Cora");
    // The kind defaults to a promise and the currency to the card's.
    expect((within(form).getByLabelText(/^Currency/) as HTMLInputElement).value).toBe("USD");
    type(form, /^Amount promised/, "1,250.00");
    type(form, /^Pay by/, "2025-07-10");
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Log" })));
    // 1,250.00 → 125000 cents; 2025-07-10 = 2025-06-30 (45838) + 10 = 45848.
    expect(fake.calls).toEqual([
      {
        rows: [{ date: AS_OF, customer: "Cora", kind: "promise", currency: "USD", amountCents: 125000, dueBy: 45848 }],
        language: "en",
      },
    ]);
    expect(screen.getByText("Logged for Cora in the AR Activity register — rescan to apply.")).toBeTruthy();
    expect(screen.queryByRole("form")).toBeNull();
  });

  test("a bad amount or a missing date is refused in the field's own label, and nothing is logged", async () => {
    const fake = fakeWorkbook("done");
    renderList(fake.workbook);
    const form = openForm("Beta");
    type(form, /^Amount promised/, "lots");
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Log" })));
    expect(within(form).getByText("Amount promised: not an amount. Type digits, for example 1,250.00.")).toBeTruthy();
    expect(within(form).getByText("Pay by: required.")).toBeTruthy();
    expect(fake.calls).toEqual([]);
  });

  test("a dispute without an invoice is refused; the customer's open invoices are offered", async () => {
    const fake = fakeWorkbook("done");
    renderList(fake.workbook);
    const form = openForm("Cora");
    fireEvent.change(within(form).getByRole("combobox", { name: "What happened" }), { target: { value: "dispute" } });
    // Cora's open invoices in USD, in ledger order.
    expect(within(form).getByText("Open invoices: INV-5, INV-6")).toBeTruthy();
    type(form, /^Reason/, "Wrong price");
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Log" })));
    expect(within(form).getByText("Invoice: required.")).toBeTruthy();
    expect(fake.calls).toEqual([]);
    type(form, /^Invoice/, "INV-6");
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Log" })));
    expect(fake.calls.map((c) => c.rows)).toEqual([
      [{ date: AS_OF, customer: "Cora", kind: "dispute", currency: "USD", invoice: "INV-6", reason: "Wrong price" }],
    ]);
  });

  test("a release with no invoice releases every held invoice: a dispute row reading 已解除 in a Chinese pane", async () => {
    const fake = fakeWorkbook("done");
    renderList(fake.workbook, "zh");
    fireEvent.click(screen.getByRole("button", { name: "为Beta（USD）登记付款承诺、争议或备注" }));
    const form = screen.getByRole("form", { name: "登记：Beta" });
    fireEvent.change(within(form).getByRole("combobox", { name: "登记类型" }), { target: { value: "release" } });
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "登记" })));
    expect(fake.calls).toEqual([
      { rows: [{ date: AS_OF, customer: "Beta", kind: "dispute", currency: "USD", reason: "已解除" }], language: "zh" },
    ]);
  });

  test("a refused log keeps the form open and says why", async () => {
    const fake = fakeWorkbook("refused");
    renderList(fake.workbook);
    const form = openForm("Dana");
    fireEvent.change(within(form).getByRole("combobox", { name: "What happened" }), { target: { value: "note" } });
    type(form, /^Note/, "Asked for a copy invoice");
    await act(async () => fireEvent.click(within(form).getByRole("button", { name: "Log" })));
    expect(within(form).getByText("Not logged in the AR Activity register: The sheet holds other cells.")).toBeTruthy();
    expect(fake.calls).toHaveLength(1);
  });

  test("without the port or a scan the cards have no Log action", () => {
    renderList(undefined);
    expect(screen.queryByRole("button", { name: /^Log a promise/ })).toBeNull();
  });
});
