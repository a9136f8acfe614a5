import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { LedgerAnalysis } from "../../../src/core/ledger/ledgerAnalysisTypes";

const AS_OF = 45838; // 2025-06-30
const MAPPING = { customer: 0, invoiceNo: 1, dueDate: 2, amount: 3 };

/** 3,000 rows: even rows Acme, odd rows Beta, each 100.00 due 10 days before as-of, numbers INV-0…INV-2999. */
function ledger(): unknown[][] {
  return Array.from({ length: 3000 }, (_, i) => [i % 2 === 0 ? "Acme" : "Beta", `INV-${i}`, AS_OF - 10, 100]);
}

function scan(rows: unknown[][]): LedgerAnalysis {
  // Fresh strings per cell, as Office.js hands them over.
  const result = analyzeLedger(JSON.parse(JSON.stringify(rows)) as unknown[][], { mapping: MAPPING, asOf: AS_OF });
  if (isFailure(result)) throw new Error(result.message);
  return result;
}

describe("analyzeLedger duplicate invoices on a larger ledger", () => {
  it("reports none when every number is distinct", () => {
    const result = scan(ledger());
    expect(result.issues).toEqual([]);
    expect(result.customers.map((c) => [c.customer, c.invoiceCount, c.open])).toEqual([
      ["Acme", 1500, 150_000], // 1,500 rows × 100.00
      ["Beta", 1500, 150_000],
    ]);
  });

  it("leaves a repeat far from its first row out of every total, whatever its amount", () => {
    const rows = ledger();
    rows[2500] = ["acme ", "INV-10", AS_OF - 10, 1_000_000]; // Acme's INV-10 again (row 10), a huge amount
    rows[2600] = ["Acme", "INV-11", AS_OF - 10, 100]; // INV-11 is Beta's (row 11): another customer, no duplicate
    const result = scan(rows);
    expect(result.issues.map((i) => [i.rowIndex, i.code, i.firstRowIndex])).toEqual([[2500, "duplicateInvoice", 10]]);
    expect(result.issues[0].reason).toBe("duplicate invoice number 'INV-10' for customer 'Acme'");
    // Acme: 1,500 even rows less row 2500 = 1,499 × 100.00 = 149,900.00; Beta unchanged.
    expect(result.customers.map((c) => [c.customer, c.invoiceCount, c.open])).toEqual([
      ["Acme", 1499, 149_900],
      ["Beta", 1500, 150_000],
    ]);
    // Portfolio: 2,999 invoices × 100.00, all 10 days overdue (bucket 1–30).
    expect(result.portfolio[0].open).toBe(299_900);
    expect(result.portfolio[0].buckets[1].count).toBe(2999);
    expect(result.rows.state[2500]).toBe(1); // RowState.issue
  });

  it("finds the same duplicates when scanned twice in a row (work arrays reused)", () => {
    const rows = ledger();
    rows[2999] = ["Beta", "INV-1", AS_OF - 10, 100]; // Beta's INV-1 (row 1) again
    expect(scan(rows).issues.map((i) => [i.rowIndex, i.firstRowIndex])).toEqual([[2999, 1]]);
    expect(scan(ledger()).issues).toEqual([]);
    expect(scan(rows).issues.map((i) => [i.rowIndex, i.firstRowIndex])).toEqual([[2999, 1]]);
  });
});
