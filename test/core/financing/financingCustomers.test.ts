import { financingCustomers } from "../../../src/core/financing/financingCustomers";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";

// Customer | Invoice | Due | Amount | Currency | Paid | Status — as of 45838 (2025-06-30).
const mapping = { customer: 0, invoiceNo: 1, dueDate: 2, amount: 3, currency: 4, paidDate: 5, status: 6 };
const rows = [
  ["Acme", "A-1", 45800, 1000, "USD", "", ""], // open 1,000.00
  ["Acme", "A-2", 45850, 250.5, "USD", "", "Disputed"], // open 250.50, not yet due, disputed
  ["Acme", "A-3", 45790, 400, "USD", 45800, ""], // paid before as-of: nothing open
  ["Acme", "A-4", 45810, 300, "EUR", "", ""], // another currency: its own entry
  ["Beta", "B-1", 45700, 200, "USD", 45701, ""], // only paid history: not listed
  ["Acme", "A-1", 45801, 999, "USD", "", ""], // duplicate invoice: in Issues, left out
];

describe("financingCustomers", () => {
  it("lists each customer × currency with something open, and its open rows", () => {
    const analysis = analyzeLedger(rows, { mapping, asOf: 45838 });
    if (isFailure(analysis)) throw new Error(analysis.message);
    const listed = financingCustomers({ rows, mapping, analysis });
    expect(listed.map((c) => [c.customer, c.currency, c.openCents])).toEqual([
      ["Acme", "USD", 125050], // 1,000.00 + 250.50
      ["Acme", "EUR", 30000],
    ]);
    expect(listed[0].invoices).toEqual([
      { rowIndex: 0, invoiceNo: "A-1", dueSerial: 45800, openCents: 100000, disputed: false },
      // The status says disputed: no factor buys it, no insurer pays on it (financingEligibility).
      { rowIndex: 1, invoiceNo: "A-2", dueSerial: 45850, openCents: 25050, disputed: true },
    ]);
    // Overdue: only A-1 is past due (38 days) → 1,000.00.
    expect(listed[0].overdueCents).toBe(100000);
  });
});
