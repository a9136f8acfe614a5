/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import type { Language } from "../../src/core/language";
import type { CustomerSummary } from "../../src/core/ledger/ledgerAnalysisTypes";
import { CustomerList } from "../../src/taskpane/CustomerList";
import { MESSAGES } from "../../src/taskpane/messages";
import { MessagesContext } from "../../src/taskpane/paneContext";

function customer(name: string, currency: string, overdueCents: number): CustomerSummary {
  return {
    customer: name,
    currency,
    invoiceCount: 1,
    creditNoteCount: 0,
    disputed: 0,
    credits: 0,
    disputedCents: 0,
    creditsCents: 0,
    open: overdueCents / 100,
    overdue: overdueCents / 100,
    oldestDaysOverdue: 40,
    highestLevel: 2,
    creditLimit: null,
    creditUse: null,
    reviewFlag: false,
    avgDaysLate: 0,
    trend: 0,
    riskScore: 10,
    grade: "B",
    keyAccount: false,
    lastReminded: null,
    openCents: overdueCents,
    overdueCents,
  };
}

const CUSTOMERS = [customer("Acme", "USD", 402964), customer("Beta", "CNY", 1234560), customer("Cara", "", 50025)];

/** The overdue amount shown on each customer's first line, by name. */
function amounts(language: Language): Record<string, string> {
  render(
    <FluentProvider theme={webLightTheme}>
      <MessagesContext.Provider value={MESSAGES[language]}>
        <CustomerList customers={CUSTOMERS} language={language} />
      </MessagesContext.Provider>
    </FluentProvider>,
  );
  const list = screen.getByRole("list");
  return Object.fromEntries(
    within(list)
      .getAllByRole("listitem")
      .map((item) => {
        const name = item.firstElementChild!.firstElementChild!.textContent ?? "";
        return [name, item.querySelector('[data-figure="overdue"]')?.textContent ?? ""];
      }),
  );
}

describe("customer list amounts (formatMoney)", () => {
  test("English: by the currency's symbol", () => {
    expect(amounts("en")).toEqual({ Acme: "$4,029.64", Beta: "CN¥12,345.60", Cara: "500.25" });
  });

  test("Chinese: ¥ for CNY, the ISO code and a space for any other currency — never US$", () => {
    expect(amounts("zh")).toEqual({ Acme: "USD 4,029.64", Beta: "¥12,345.60", Cara: "500.25" });
  });
});
