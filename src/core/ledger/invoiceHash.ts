/**
 * A 32-bit hash of (customer, invoice key), for InvoiceIndex and hasDuplicateInvoice: FNV-1a over
 * the text two UTF-16 code units at a time (half the multiplies: this runs on every row), whole
 * numbers by their two 32-bit halves, then a final avalanche so sequential numbers (INV-0001,
 * INV-0002) spread.
 *
 * @example
 * invoiceHash(0, "INV-1") === invoiceHash(1, "INV-1") //=> false
 */
export function invoiceHash(customerId: number, key: string | number): number {
  let hash: number;
  if (typeof key === "number" && Number.isSafeInteger(key)) {
    hash = Math.imul((key | 0) ^ ((key / 4294967296) | 0), 0x85ebca6b);
  } else {
    const text = typeof key === "number" ? String(key) : key;
    const length = text.length;
    hash = 0x811c9dc5 ^ length;
    let i = 0;
    for (; i + 1 < length; i += 2) hash = Math.imul(hash ^ (text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16)), 0x01000193);
    if (i < length) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  hash ^= Math.imul(customerId + 1, 0x9e3779b1);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  return hash | 0;
}
