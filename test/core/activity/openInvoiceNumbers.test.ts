import { openInvoiceNumbers } from "../../../src/core/activity/openInvoiceNumbers";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";

// As of 2025-06-30 (45838).
const ROWS: readonly (readonly unknown[])[] = [
  ["Acme", "INV-1", 1000, 45818, "USD", ""],
  ["Acme", "INV-2", 500, 45818, "EUR", ""],
  ["Acme", "CN-1", -200, 45818, "USD", ""], // a credit note: nothing to dispute
  ["Acme", "INV-3", 300, 45800, "USD", 45810], // paid: not open
  ["Acme", 1004, 250, 45850, "USD", ""], // not yet due, still open; a number cell
  ["Beta", "INV-9", 900, 45818, "USD", ""],
];
const MAPPING = { customer: 0, invoiceNo: 1, amount: 2, dueDate: 3, currency: 4, paidDate: 5 };

describe("openInvoiceNumbers: what the dispute form offers", () => {
  const analysis = analyzeLedger(ROWS, { mapping: MAPPING, asOf: 45838 });
  if (isFailure(analysis)) throw new Error(analysis.message);
  const index = (name: string, currency: string) =>
    analysis.customers.findIndex((c) => c.customer === name && c.currency === currency);

  test("the customer's open invoices in that currency, in ledger order: no credit note, nothing paid, no other currency", () => {
    expect(openInvoiceNumbers({ rows: ROWS, mapping: MAPPING, analysis }, index("Acme", "USD"))).toEqual(["INV-1", "1004"]);
    expect(openInvoiceNumbers({ rows: ROWS, mapping: MAPPING, analysis }, index("Acme", "EUR"))).toEqual(["INV-2"]);
  });

  test("no invoice column: nothing to offer", () => {
    const withoutInvoice = { customer: 0, amount: 2, dueDate: 3, currency: 4, paidDate: 5 };
    expect(openInvoiceNumbers({ rows: ROWS, mapping: withoutInvoice, analysis }, index("Beta", "USD"))).toEqual([]);
  });
});
