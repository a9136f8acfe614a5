/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { cleanup, render, screen, within } from "@testing-library/react";
import { isFailure } from "../../src/core/failure";
import type { Language } from "../../src/core/language";
import { analyzeLedger } from "../../src/core/ledger/analyzeLedger";
import { CustomerList } from "../../src/taskpane/CustomerList";
import { MESSAGES } from "../../src/taskpane/messages";
import { MessagesContext } from "../../src/taskpane/paneContext";

afterEach(cleanup);

/* As of 2025-06-30 (45838), Acme USD (limit 2000): A-1 part-paid 400 open of 1000, 30 days past due;
   A-2 500 disputed; CN-1 −150 credit note; A-3 300 not yet due.
   Open 400 + 500 − 150 + 300 = 1050; overdue (excl. disputed) 400; disputed 500; credits −150;
   credit use 1050/2000 = 52.5% → "53%" (rounded). */
const ROWS = [
  ["Acme", 45808, 1000, 400, "", 2000],
  ["Acme", 45818, 500, 500, "Disputed", ""],
  ["Acme", 45818, -150, -150, "", ""],
  ["Acme", 45850, 300, 300, "", ""],
];

function renderList(language: Language) {
  const analysis = analyzeLedger(ROWS, {
    mapping: { customer: 0, dueDate: 1, amount: 2, openAmount: 3, status: 4, creditLimit: 5 },
    asOf: 45838,
    defaultCurrency: "USD",
  });
  if (isFailure(analysis)) throw new Error(analysis.message);
  render(
    <FluentProvider theme={webLightTheme}>
      <MessagesContext.Provider value={MESSAGES[language]}>
        <CustomerList customers={analysis.customers} language={language} />
      </MessagesContext.Provider>
    </FluentProvider>,
  );
  return within(screen.getByRole("list")).getByRole("listitem");
}

test("each amount on a customer card says which balance it is", () => {
  const card = renderList("en");
  expect(card.querySelector('[data-figure="overdue"]')?.textContent).toBe("$400.00");
  expect(within(card).getByText("Overdue (excl. disputed)")).toBeTruthy();
  expect(card.querySelector('[data-figure="balances"]')?.textContent).toBe(
    "Open balance (net of credit notes) $1,050.00 · Disputed (shown apart) $500.00 · Credit notes -$150.00",
  );
  expect(card.textContent).toContain("Credit use (open balance ÷ limit) 53%");
});

test("in Chinese, with the same names as the dashboard", () => {
  const card = renderList("zh");
  expect(within(card).getByText("逾期金额（不含争议）")).toBeTruthy();
  expect(card.querySelector('[data-figure="balances"]')?.textContent).toBe(
    "未收余额（已抵减贷项）USD 1,050.00 · 争议金额（单列）USD 500.00 · 贷项（红字发票）-USD 150.00",
  );
  expect(card.textContent).toContain("额度使用率（未收余额÷额度）53%");
});
