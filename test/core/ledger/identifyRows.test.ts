import { CustomerDirectory } from "../../../src/core/ledger/customerDirectory";
import { identifyRows, NO_CUSTOMER, NO_INVOICE } from "../../../src/core/ledger/identifyRows";
import { invoiceHash } from "../../../src/core/ledger/invoiceHash";

function identify(rows: unknown[][], withInvoices = true) {
  const directory = new CustomerDirectory(new Set());
  const entities = new Int32Array(rows.length).fill(99);
  const invoices = withInvoices ? new Int32Array(rows.length).fill(99) : null;
  identifyRows(rows, 0, 1, directory, entities, invoices);
  return { directory, entities: [...entities], invoices: invoices === null ? null : [...invoices] };
}

describe("identifyRows", () => {
  it("numbers customers in order of first appearance, whatever their case and spaces", () => {
    const { entities, directory } = identify([
      ["Acme", "A-1"],
      ["Beta", "B-1"],
      [" ACME ", "A-2"],
      ["beta", "B-2"],
    ]);
    expect(entities).toEqual([0, 1, 0, 1]);
    expect(directory.list.map((entity) => entity.name)).toEqual(["Acme", "Beta"]);
  });

  it("marks rows with a blank customer, and entries that are not rows, as NO_CUSTOMER", () => {
    const rows = [["", "X-1"], ["  ", "X-2"], null, ["Acme", "A-1"]] as unknown as unknown[][];
    const { entities, invoices } = identify(rows);
    expect(entities).toEqual([NO_CUSTOMER, NO_CUSTOMER, NO_CUSTOMER, 0]);
    // No customer, no invoice to compare.
    expect(invoices?.slice(0, 3)).toEqual([NO_INVOICE, NO_INVOICE, NO_INVOICE]);
  });

  it("hashes the invoice key with the customer, so the same number of two customers differs", () => {
    const { invoices } = identify([
      ["Acme", "INV-7"],
      ["Beta", "INV-7"],
      ["acme", " INV-7 "],
      ["Acme", 1001],
      ["Acme", "1001"],
    ]);
    expect(invoices).not.toBeNull();
    const [acme7, beta7, acme7Again, acme1001, acme1001Text] = invoices as number[];
    // The same customer and key: trimmed text, and a number written as text, are the same invoice.
    expect(acme7Again).toBe(acme7);
    expect(acme1001Text).toBe(acme1001);
    expect(beta7).not.toBe(acme7);
    // The hash is invoiceHash(entity, key), with 0 kept for "no invoice number".
    expect(acme7).toBe(invoiceHash(0, "INV-7") || 1);
    expect(beta7).toBe(invoiceHash(1, "INV-7") || 1);
  });

  it("gives NO_INVOICE for a blank invoice number and leaves the hashes alone without an invoice column", () => {
    expect(identify([["Acme", ""], ["Acme", "   "], ["Acme"]]).invoices).toEqual([NO_INVOICE, NO_INVOICE, NO_INVOICE]);
    expect(identify([["Acme", "A-1"]], false).invoices).toBeNull();
  });
});
