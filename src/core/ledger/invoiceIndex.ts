/**
 * Finds duplicate invoice numbers per customer on a million-row scan. A `Map` keyed by invoice text
 * costs a hash-table node per invoice and most of the scan's time in growth and garbage
 * collection; this open-addressing table is sized once for the rows and holds, per slot, the key's
 * hash, the customer id and the first row, side by side in one typed array (one cache line per
 * probe). Keys themselves are not stored: on the rare equal hash the first row's key is read back
 * through `keyAt`.
 *
 * @example
 * const keys = ["INV-1", "INV-2", "INV-1"];
 * const index = new InvoiceIndex(3, (row) => keys[row]);
 * index.firstRow(0, "INV-1", 0) //=> -1  (new: remembered as row 0)
 * index.firstRow(0, "INV-1", 2) //=> 0   (duplicate of row 0)
 */
export class InvoiceIndex {
  private readonly mask: number;
  /** Per slot: [hash, customer id, row + 1] (row + 1 so that 0 means empty). */
  private readonly slots: Int32Array;

  constructor(
    maxEntries: number,
    private readonly keyAt: (row: number) => string | number | undefined,
  ) {
    let capacity = 16;
    // At most half full, so linear probing stays short.
    while (capacity < maxEntries * 2) capacity *= 2;
    this.mask = capacity - 1;
    this.slots = new Int32Array(capacity * 3);
  }

  /** The row that first used `key` for `customerId`, or -1 after remembering `row` as its first use. */
  firstRow(customerId: number, key: string | number, row: number): number {
    const hash = hashKey(key) | 0;
    const mask = this.mask;
    const slots = this.slots;
    let slot = (hash ^ Math.imul(customerId + 1, 0x9e3779b1)) & mask;
    for (;;) {
      const at = slot * 3;
      const stored = slots[at + 2];
      if (stored === 0) {
        slots[at] = hash;
        slots[at + 1] = customerId;
        slots[at + 2] = row + 1;
        return -1;
      }
      if (slots[at] === hash && slots[at + 1] === customerId && this.keyAt(stored - 1) === key) return stored - 1;
      slot = (slot + 1) & mask;
    }
  }
}

/** FNV-1a over the UTF-16 code units of a string; whole numbers hash by their two 32-bit halves. */
function hashKey(key: string | number): number {
  if (typeof key === "number") {
    if (Number.isSafeInteger(key)) return Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x85ebca6b);
    key = String(key);
  }
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  // Final avalanche so sequential numbers (INV-0001, INV-0002) spread over the table.
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash;
}
