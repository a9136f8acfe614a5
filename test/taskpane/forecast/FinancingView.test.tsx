/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, within } from "@testing-library/react";
import { createExcelLedgerWorkbook } from "../../../src/excel/createExcelLedgerWorkbook";
import { isFailure } from "../../../src/core/failure";
import { financingChoices } from "../../../src/core/financing/financingChoices";
import { App } from "../../../src/taskpane/App";
import { hostRunner } from "../../excel/hostRunner";
import { createWorkbookHost } from "../../support/workbookHost/createWorkbookHost";
import { AS_OF, forecastLedger } from "./forecastFixture";

configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

async function openFinancing() {
  render(<App workbook={createExcelLedgerWorkbook(hostRunner(createWorkbookHost(forecastLedger())))} />);
  await screen.findByText(/Ledger!A1:G10, 9 rows/);
  fireEvent.change(screen.getByLabelText("As-of date"), { target: { value: "2025-06-30" } });
  await act(async () => fireEvent.click(screen.getByRole("button", { name: "Scan" })));
  await screen.findByText(/Scanned 9 rows/);
  fireEvent.click(screen.getByRole("tab", { name: "Financing" }));
}

function row(name: string): string[] {
  const table = screen.getByRole("table", { name: "Financing choices" });
  const found = within(table).getByRole("rowheader", { name }).parentElement as HTMLElement;
  return [...found.children].map((c) => c.textContent ?? "");
}

const formulaText = (choice: string, figure: string) => screen.getByLabelText(`Formula for ${choice} ${figure}`).textContent;

/* Acme (USD), both open invoices ticked: INV-3 10,000.00 due 45850 and INV-4 2,000.00 due 45818.
   Amount 12,000.00; due (10000·45850 + 2000·45818) / 12000 = 45844.67 → 45845 (2025-07-07).
   Habit (10·1000 + 20·3000)/4000 = 17.5 → 18 days: expected max(45838, 45845 + 18) = 45863 (2025-07-25), 25 days.
   Factoring 80%, 2% per 30 days: advance 9,600.00; 1 period → fee 240.00; rebate 12000 − 9600 − 240 = 2,160.00;
     APR (0.02 × 1 / 0.8) × 365 / 25 = 0.365.
   Discount 2/10 net 30: cost 12000 × 0.02 = 240.00, cash 11,760.00 by max(as-of, 45845 − 20) = as-of;
     APR 0.02/0.98 × 365/20 = 0.37245; EAR (1 + 0.02/0.98)^18.25 − 1 = 0.44588.
   Insurance 0.3% premium on 12,000.00 = 36.00; at risk = Acme's overdue 2,000.00 (INV-4) × 90% = 1,800.00.
   Waiting: 12,000.00 on 2025-07-25. */
describe("Financing view", () => {
  test("prices the customer's open invoices by hand-checked figures, each with its formula", async () => {
    await openFinancing();
    expect((screen.getByLabelText("Customer") as HTMLSelectElement).selectedOptions[0].textContent).toBe(
      "Acme · USD · 12,000.00",
    );
    expect(screen.getByText("Payment habit: 18 days late; expected 2025-07-25 (in 25 days).")).toBeTruthy();
    expect(row("Factoring")).toEqual(["Factoring", "9,600.00", "240.00", "36.50%", "2025-06-30"]);
    expect(row("Discount")).toEqual(["Discount", "11,760.00", "240.00", "37.24% / 44.59%", "2025-06-30"]);
    expect(row("Insurance")).toEqual(["Insurance", "1,800.00", "36.00", "—", "2025-07-25"]);
    expect(row("Wait")).toEqual(["Wait", "12,000.00", "0.00", "—", "2025-07-25"]);
    const rebate = within(screen.getByRole("region", { name: "Factoring" })).getByText("2,160.00");
    expect(rebate).toBeTruthy();

    // The formulas, written out by hand…
    expect(formulaText("Factoring", "Cash now")).toBe("=AR.FACTORADVANCE(12000,0.8)");
    expect(formulaText("Factoring", "Cost")).toBe("=AR.FACTORFEE(12000,0.02,25,30)");
    expect(formulaText("Factoring", "APR")).toBe("=AR.FACTORAPR(0.8,0.02,25,30)");
    expect(formulaText("Factoring", "Rebate")).toBe("=AR.FACTORREBATE(12000,0.8,0.02,25,30)");
    expect(formulaText("Discount", "APR")).toBe('=AR.DISCOUNTAPR("2/10 net 30")');
    expect(formulaText("Discount", "Expected date")).toBe("=MAX(DATE(2025,6,30),DATE(2025,7,7)-20)");
    expect(formulaText("Insurance", "Cash now")).toBe("=AR.INSURANCECLAIM(2000,0.9,0)");
    expect(formulaText("Insurance", "Cost")).toBe("=ROUND(12000*0.003,2)");
    expect(formulaText("Wait", "Expected date")).toBe("=MAX(DATE(2025,6,30),DATE(2025,7,7)+18)");
    // …and every one shown is the one financingChoices gives for these inputs.
    const table = financingChoices({
      amountCents: 1200000,
      asOf: AS_OF,
      dueSerial: 45845,
      habitDays: 17.5,
      factoring: { advanceRate: 0.8, feeRate: 0.02, periodDays: 30 },
      discountTerms: "2/10 net 30",
      insurance: { premiumRate: 0.003, indemnityRate: 0.9, atRiskCents: 200000 },
    });
    if (isFailure(table)) throw new Error(table.message);
    const names = { factoring: "Factoring", discount: "Discount", insurance: "Insurance", wait: "Wait" } as const;
    const figures = {
      cashNow: "Cash now",
      cost: "Cost",
      apr: "APR",
      ear: "EAR",
      rebate: "Rebate",
      expectedDate: "Expected date",
    } as const;
    let shown = 0;
    for (const choice of table.choices) {
      for (const [key, formula] of Object.entries(choice.formulas)) {
        if (formula === null || formula === undefined) continue;
        expect(formulaText(names[choice.choice], figures[key as keyof typeof figures])).toBe(formula);
        shown++;
      }
    }
    // Factoring: cash, cost, APR, rebate, date; discount: cash, cost, APR, EAR, date; insurance and waiting: cash, cost, date.
    expect(shown).toBe(5 + 5 + 3 + 3);
    expect(screen.getAllByRole("button", { name: /^Copy formula for / })).toHaveLength(16);
  });

  test("unticking an invoice and changing the advance rate reprice the table", async () => {
    await openFinancing();
    fireEvent.change(screen.getByLabelText("Advance rate (%)"), { target: { value: "90" } });
    // 12,000.00 × 0.9 = 10,800.00; APR (0.02 / 0.9) × 365 / 25 = 0.32444 → 32.44%.
    expect(row("Factoring")).toEqual(["Factoring", "10,800.00", "240.00", "32.44%", "2025-06-30"]);
    fireEvent.click(screen.getByRole("checkbox", { name: "INV-3 · due 2025-07-12 · 10,000.00" }));
    /* INV-4 alone: 2,000.00 due 45818 + 18 = 45836, before as-of → collected today, 0 days: advance
       1,800.00, fee 1 period × 2% = 40.00, no APR (a fee for no days has no annual rate). */
    expect(row("Factoring")).toEqual(["Factoring", "1,800.00", "40.00", "—", "2025-06-30"]);
    expect(formulaText("Factoring", "Cost")).toBe("=AR.FACTORFEE(2000,0.02,0,30)");
    fireEvent.change(screen.getByLabelText("Fee per period (%)"), { target: { value: "two" } });
    expect(screen.getByRole("alert").textContent).toBe("Fee per period (%): enter a number.");
  });

  test("another customer: its own currency, invoices and at-risk default", async () => {
    await openFinancing();
    const picker = screen.getByLabelText("Customer") as HTMLSelectElement;
    const beta = [...picker.options].find((o) => o.textContent === "Beta · EUR · 750.50")!;
    fireEvent.change(picker, { target: { value: beta.value } });
    // Beta has nothing overdue: at-risk 0.00, so the policy pays 0.00; EUR has no history → habit 0.
    expect((screen.getByLabelText("At-risk amount") as HTMLInputElement).value).toBe("0.00");
    expect(row("Insurance")[1]).toBe("0.00");
    expect(row("Wait")[1]).toBe("750.50");
    expect(screen.getAllByRole("checkbox")).toHaveLength(2);
  });
});
