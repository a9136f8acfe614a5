import { invoiceHash } from "./invoiceHash";

/**
 * Finds duplicate invoice numbers per customer on a million-row scan. A `Map` or `Set` keyed by
 * invoice text costs a hash-table node per invoice and most of the scan's time in growth and garbage
 * collection; this open-addressing table is sized once for the rows and holds, per slot, only a
 * 32-bit hash of (customer, invoice number) and the first row, side by side in one typed array. On
 * the rare equal hash, `isSame` compares the earlier row's customer and number with the new ones.
 *
 * @example
 * const keys = ["INV-1", "INV-2", "INV-1"];
 * const index = new InvoiceIndex(3, (row, customerId, key) => customerId === 0 && keys[row] === key);
 * index.firstRow(0, "INV-1", 0) //=> -1  (new: remembered as row 0)
 * index.firstRow(0, "INV-1", 2) //=> 0   (duplicate of row 0)
 */
export class InvoiceIndex {
  private readonly mask: number;
  /** Per slot: [hash, row + 1] (row + 1 so that 0 means empty). */
  private readonly slots: Int32Array;

  constructor(
    maxEntries: number,
    private readonly isSame: (row: number, customerId: number, key: string | number) => boolean,
  ) {
    let capacity = 16;
    // At most half full, so linear probing stays short.
    while (capacity < maxEntries * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 2);
  }

  /** The row that first used `key` for `customerId`, or -1 after remembering `row` as its first use. */
  firstRow(customerId: number, key: string | number, row: number): number {
    const hash = invoiceHash(customerId, key);
    const mask = this.mask;
    const slots = this.slots;
    let slot = hash & mask;
    for (;;) {
      const at = slot << 1;
      const stored = slots[at + 1];
      if (stored === 0) {
        slots[at] = hash;
        slots[at + 1] = row + 1;
        return -1;
      }
      if (slots[at] === hash && this.isSame(stored - 1, customerId, key)) return stored - 1;
      slot = (slot + 1) & mask;
    }
  }
}
