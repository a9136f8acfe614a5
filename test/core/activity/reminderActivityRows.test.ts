import { reminderActivityRows } from "../../../src/core/activity/reminderActivityRows";

// The scan's customers as far as the level goes (CustomerSummary highestLevel per customer and currency).
const CUSTOMERS = [
  { customer: "Beta", currency: "USD", highestLevel: 3 },
  { customer: "Acme Ltd", currency: "USD", highestLevel: 4 },
  { customer: "Acme Ltd", currency: "EUR", highestLevel: 2 },
];

describe("reminderActivityRows: a letter sent is one reminder row per currency", () => {
  test("a letter in one currency: one row dated as-of, at the customer's level, amount asked, channel in the register's language", () => {
    const rows = reminderActivityRows(
      { customer: "Beta", currency: "USD", totals: { demandedCents: 25050 } },
      { date: 45838, channel: "copy", customers: CUSTOMERS, language: "en" },
    );
    expect(rows).toEqual([
      { date: 45838, customer: "Beta", kind: "reminder", currency: "USD", level: 3, channel: "copy", amountCents: 25050 },
    ]);
  });

  test("a letter covering two currencies: one row per currency with that currency's amount and level, never a sum", () => {
    const rows = reminderActivityRows(
      {
        // The single-currency fields hold the first part (as LetterModel does); the parts decide.
        customer: "ACME  ltd",
        currency: "USD",
        totals: { demandedCents: 120000 },
        parts: [
          { currency: "USD", totals: { demandedCents: 120000 } },
          { currency: "EUR", totals: { demandedCents: 50025 } },
        ],
      },
      { date: 45840, channel: "sheet", customers: CUSTOMERS, language: "zh" },
    );
    // The name matches "Acme Ltd" whatever its case and spacing (customerNameKey); levels 4 (USD) and 2 (EUR).
    expect(rows).toEqual([
      { date: 45840, customer: "ACME  ltd", kind: "reminder", currency: "USD", level: 4, channel: "工作表", amountCents: 120000 },
      { date: 45840, customer: "ACME  ltd", kind: "reminder", currency: "EUR", level: 2, channel: "工作表", amountCents: 50025 },
    ]);
  });

  test("a customer the scan does not know gets no level (blank), and the mail channel reads email", () => {
    const rows = reminderActivityRows(
      { customer: "Zed", currency: "GBP", totals: { demandedCents: 9900 }, parts: [] },
      { date: 45838, channel: "email", customers: CUSTOMERS, language: "en" },
    );
    expect(rows).toEqual([
      { date: 45838, customer: "Zed", kind: "reminder", currency: "GBP", channel: "email", amountCents: 9900 },
    ]);
  });
});
