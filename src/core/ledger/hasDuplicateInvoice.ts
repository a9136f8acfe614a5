/** Entries per partition to aim for: a partition's table (2 slots per entry) then fits in L1 cache. */
const PARTITION_TARGET = 1024;

/**
 * Whether two of `count` invoices share a hash and `isSame` confirms they are the same invoice.
 * Entry j is the invoice of row `rows[j]` with `invoiceHash` `hashes[j]`.
 *
 * A million-row scan that probes one big hash table per row pays a cache and TLB miss per row
 * (the table is larger than the cache), and that was most of the duplicate check's cost. Here the
 * entries are first split by their top hash bits into partitions of about a thousand (two
 * sequential passes), then each partition is checked with a small table that stays in cache.
 *
 * @param isSame - true when the invoices of two rows (the first the earlier) are the same
 * @example
 * hasDuplicateInvoice(Int32Array.of(7, 9, 7), Int32Array.of(0, 1, 2), 3, () => true) //=> true
 */
export function hasDuplicateInvoice(
  hashes: Int32Array,
  rows: Int32Array,
  count: number,
  isSame: (rowA: number, rowB: number) => boolean,
): boolean {
  if (count < 2) return false;
  let bits = 0;
  while (bits < 16 && PARTITION_TARGET << bits < count) bits++;
  const parts = 1 << bits;
  // `>>> 32` is `>>> 0` in JavaScript, so one partition is special-cased.
  const partOf = (hash: number): number => (bits === 0 ? 0 : hash >>> (32 - bits));
  const starts = new Int32Array(parts + 1);
  for (let j = 0; j < count; j++) starts[partOf(hashes[j]) + 1]++;
  let largest = 0;
  for (let p = 0; p < parts; p++) {
    largest = Math.max(largest, starts[p + 1]);
    starts[p + 1] += starts[p];
  }
  // Stable counting sort by partition: within a partition, entries stay in row order.
  const order = new Int32Array(count);
  const next = starts.slice(0, parts);
  for (let j = 0; j < count; j++) order[next[partOf(hashes[j])]++] = j;

  let capacity = 16;
  while (capacity < largest * 2) capacity *= 2;
  const table = new Int32Array(capacity); // entry + 1; 0 = empty
  for (let p = 0; p < parts; p++) {
    const from = starts[p],
      to = starts[p + 1];
    let size = 16;
    while (size < (to - from) * 2) size *= 2;
    const mask = size - 1;
    table.fill(0, 0, size);
    for (let k = from; k < to; k++) {
      const j = order[k];
      const hash = hashes[j];
      // The low bits: the top ones chose the partition and are equal within it.
      let slot = hash & mask;
      for (let stored = table[slot]; stored !== 0; stored = table[slot]) {
        if (hashes[stored - 1] === hash && isSame(rows[stored - 1], rows[j])) return true;
        slot = (slot + 1) & mask;
      }
      table[slot] = j + 1;
    }
  }
  return false;
}
