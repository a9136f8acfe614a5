import { InvoiceIndex } from "../../../src/core/ledger/invoiceIndex";

describe("InvoiceIndex", () => {
  it("reports the first row of a repeated key per customer", () => {
    const keys: (string | number)[] = ["INV-1", "INV-2", "INV-1", "INV-1", 7, 7];
    const customers = [0, 0, 0, 1, 1, 1];
    const index = new InvoiceIndex(keys.length, (row, customer, key) => customers[row] === customer && keys[row] === key);
    expect(index.firstRow(0, "INV-1", 0)).toBe(-1);
    expect(index.firstRow(0, "INV-2", 1)).toBe(-1);
    expect(index.firstRow(0, "INV-1", 2)).toBe(0);
    expect(index.firstRow(1, "INV-1", 3)).toBe(-1); // another customer may use the same number
    expect(index.firstRow(1, 7, 4)).toBe(-1);
    expect(index.firstRow(1, 7, 5)).toBe(4);
  });

  it("stays exact when the table is full of distinct keys", () => {
    const n = 5000;
    const keys = Array.from({ length: n * 2 }, (_, i) => `K${i % n}`); // each key twice
    const index = new InvoiceIndex(keys.length, (row, _customer, key) => keys[row] === key);
    let duplicates = 0;
    for (let row = 0; row < keys.length; row++) {
      const first = index.firstRow(3, keys[row], row);
      if (first !== -1) {
        expect(first).toBe(row - n);
        duplicates++;
      }
    }
    expect(duplicates).toBe(n);
  });

  it("tells keys with equal hashes apart through isSame", () => {
    // A comparer that says "different" for every earlier row: equal hashes must then probe on, never merge.
    const index = new InvoiceIndex(4, () => false);
    expect([index.firstRow(0, "A", 0), index.firstRow(0, "A", 1), index.firstRow(0, "A", 2)]).toEqual([-1, -1, -1]);
  });
});
