/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, within } from "@testing-library/react";
import type { Language } from "../../../src/core/language";
import { createExcelLedgerWorkbook } from "../../../src/excel/createExcelLedgerWorkbook";
import { App } from "../../../src/taskpane/App";
import { hostRunner } from "../../excel/hostRunner";
import { createWorkbookHost } from "../../support/workbookHost/createWorkbookHost";
import { financingLedger } from "./financingFixture";

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

const WORDS = {
  en: { asOf: "As-of date", scan: "Scan", tab: "Financing", scanned: /Scanned 7 rows/ },
  zh: { asOf: "基准日", scan: "扫描", tab: "融资选择", scanned: /7行/ },
} as const;

async function openFinancing(language: Language = "en") {
  const w = WORDS[language];
  render(<App workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(financingLedger())))} language={language} />);
  await screen.findByText(/Ledger!A1:G8/);
  fireEvent.change(screen.getByLabelText(w.asOf), { target: { value: "2025-06-30" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: w.scan })));
  await screen.findAllByText(w.scanned);
  fireEvent.click(screen.getByRole("tab", { name: w.tab }));
}

/** The rows of the choices table, as their cells' texts. */
function rows(): string[][] {
  const table = screen.getByRole("table", { name: "Financing choices" });
  return within(table)
    .getAllByRole("rowheader")
    .map((header) => [...(header.parentElement as HTMLElement).children].map((c) => c.textContent ?? ""));
}

const assumptions = () =>
  within(screen.getByRole("list", { name: "What each option assumes" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent);

/* Acme (USD) as of 2025-06-30, habit 18 days late. Pre-ticked: INV-3 (10,000.00 due 45868),
   INV-4 (5,000.00, 187 days overdue), INV-5 (3,000.00 disputed, due 45848); CN-1 (−1,000.00) not.
   - Factoring buys INV-3 only (current, undisputed): paid 45868 + 18 = 45886, 48 days → 2 periods;
     advance 10000 × 0.8 = 8,000.00; fee 10000 × 0.02 × 2 = 400.00; APR (0.04 / 0.8) × 365 / 48 = 0.380208 → 38.02%.
   - Discount 2/10 net 30 applies to INV-3 only (window closes 45868 − 20 = 45848 ≥ as-of): cost
     200.00, cash 9,800.00 by 45848 (2025-07-10); APR 0.02/0.98 × 365/20 = 37.24%, EAR 44.59%.
   - Insurance covers INV-3 only (INV-4 is 187 > 90 days overdue, INV-5 disputed): pays 10000 × 0.9 =
     9,000.00 on the claim date 45868 + 180 = 46048 (2026-01-26); premium 10000 × 0.003 = 30.00.
   - Waiting: all three, 18,000.00; due (10000·45868 + 5000·45651 + 3000·45848) / 18000 = 45804.39 →
     45804; + 18 = 45822 < as-of → 2025-06-30, in 0 days. */
describe("Financing view", () => {
  test("offers each option only for the invoices it applies to, and says what each assumes", async () => {
    await openFinancing();
    expect((screen.getByLabelText("Customer") as HTMLSelectElement).selectedOptions[0].textContent).toBe(
      "Acme · USD · 17,000.00", // 10000 + 5000 − 1000 + 3000
    );
    const credit = screen.getByRole("checkbox", { name: /^CN-1 · due 2025-06-22/ }) as HTMLInputElement;
    expect(credit.checked).toBe(false);
    expect(screen.getAllByRole("checkbox").filter((c) => (c as HTMLInputElement).checked)).toHaveLength(3);
    expect(rows()).toEqual([
      ["Factoring", "8,000.00", "400.00", "38.02%", "2025-06-30"],
      ["Discount", "9,800.00", "200.00", "37.24% / 44.59%", "2025-07-10"],
      ["Insurance", "9,000.00", "30.00", "—", "2026-01-26"],
      ["Wait", "18,000.00", "0.00", "—", "2025-06-30"],
    ]);
    expect(screen.getByText("Payment habit: 18 days late; expected 2025-06-30 (in 0 days).")).toBeTruthy();
    expect(assumptions()).toEqual([
      "Factoring: the factor advances 80% now, fee 2% per 30 days, rebate when the customer pays; current invoices only, none disputed, no credit notes. Applies to 1 of 3 ticked rows.",
      "Discount: the customer takes 2% off for paying within 10 days of invoicing (by 20 days before due); only invoices still in that window. Applies to 1 of 3 ticked rows.",
      "Insurance: the policy pays 90% of a covered loss 180 days after due (the claim date), premium 0.3% of the amount insured; undisputed debts up to 90 days overdue. Applies to 1 of 3 ticked rows.",
      "Wait: the customer pays the whole balance as its habit says, expected 2025-06-30; no cost is counted, nor the risk of never being paid. Applies to 3 of 3 ticked rows.",
    ]);
    expect(screen.getByLabelText("Formula for Insurance Expected date").textContent).toBe(
      "=MAX(DATE(2025,6,30),DATE(2025,7,30)+180)",
    );
  });

  test("a debt 187 days overdue is offered neither factoring, discount nor insurance", async () => {
    await openFinancing();
    const picker = screen.getByLabelText("Customer") as HTMLSelectElement;
    const beta = [...picker.options].find((o) => o.textContent === "Beta · USD · 800.00")!;
    fireEvent.change(picker, { target: { value: beta.value } });
    // Only waiting is priced: 800.00 due 45651, habit 0 → as-of.
    expect(rows()).toEqual([["Wait", "800.00", "0.00", "—", "2025-06-30"]]);
    expect(assumptions().slice(0, 3)).toEqual([
      "Factoring: the factor advances 80% now, fee 2% per 30 days, rebate when the customer pays; current invoices only, none disputed, no credit notes. Not offered: the ticked invoices are overdue beyond its limit.",
      "Discount: the customer takes 2% off for paying within 10 days of invoicing (by 20 days before due); only invoices still in that window. Not offered: the ticked invoices are past their discount window.",
      "Insurance: the policy pays 90% of a covered loss 180 days after due (the claim date), premium 0.3% of the amount insured; undisputed debts up to 90 days overdue. Not offered: the ticked invoices are overdue beyond its limit.",
    ]);
  });

  test("ticking the credit note nets it in waiting only; a factor limit of 200 days takes the old debt", async () => {
    await openFinancing();
    fireEvent.click(screen.getByRole("checkbox", { name: /^CN-1/ }));
    // Waiting: 18,000.00 − 1,000.00 = 17,000.00; the factor still buys INV-3 alone.
    expect(rows()[3].slice(0, 2)).toEqual(["Wait", "17,000.00"]);
    expect(rows()[0].slice(0, 2)).toEqual(["Factoring", "8,000.00"]);
    fireEvent.change(screen.getByLabelText("Factor buys up to (days overdue)"), { target: { value: "200" } });
    /* INV-3 + INV-4: 15,000.00; due (10000·45868 + 5000·45651) / 15000 = 45795.67 → 45796; + 18 =
       45814 < as-of → 0 days, 1 period: advance 12,000.00, fee 300.00, no APR. */
    expect(rows()[0]).toEqual(["Factoring", "12,000.00", "300.00", "—", "2025-06-30"]);
    expect(assumptions()[0]).toMatch(/invoices up to 200 days overdue.*Applies to 2 of 4 ticked rows\.$/);
  });

  test("errors speak in the field's own label, never an argument name", async () => {
    await openFinancing();
    fireEvent.change(screen.getByLabelText("Advance rate (%)"), { target: { value: "150" } });
    const alerts = () => screen.getAllByRole("alert").map((a) => a.textContent ?? "");
    expect(alerts()).toContain("Advance rate (%): enter a percentage above 0 up to 100.");
    expect(alerts().join(" ")).not.toMatch(/advance_rate|premium_rate|indemnity_rate|period_days/);
    expect(screen.queryByRole("table", { name: "Financing choices" })).toBeNull();
    fireEvent.change(screen.getByLabelText("Advance rate (%)"), { target: { value: "80" } });
    fireEvent.change(screen.getByLabelText("Waiting period (days after due)"), { target: { value: "1e9" } });
    expect(alerts()).toContain("Waiting period (days after due): enter a number.");
    fireEvent.change(screen.getByLabelText("Waiting period (days after due)"), { target: { value: "180" } });
    fireEvent.change(screen.getByLabelText("Discount terms"), { target: { value: "whenever" } });
    expect(alerts().some((text) => text.startsWith("Discount terms: "))).toBe(true);
  });

  test("in Chinese, the same error in the Chinese label", async () => {
    await openFinancing("zh");
    fireEvent.change(screen.getByLabelText("预付比例（%）"), { target: { value: "150" } });
    const alerts = screen.getAllByRole("alert").map((a) => a.textContent ?? "");
    expect(alerts).toContain("预付比例（%）：请输入大于0至100之间的百分比。");
    expect(alerts.join(" ")).not.toMatch(/[A-Za-z_]{4,}/);
  });
});
