/** Entries per partition to aim for: a partition's table (2 slots per entry) then fits in L1 cache. */
const PARTITION_TARGET = 1024;

/**
 * Whether two of `count` invoices share a hash and `isSame` confirms they are the same invoice.
 * Entry j is the invoice of row `rows[j]` with `invoiceHash` `hashes[j]`.
 *
 * A million-row scan that probes one big hash table per row pays a cache and TLB miss per row
 * (the table is larger than the cache), and that was most of the duplicate check's cost. Here the
 * (hash, row) pairs are first split by their top hash bits into partitions of about a thousand
 * (two sequential passes), then each partition is checked with a small table that stays in cache.
 *
 * @param isSame - true when the invoices of two rows (the first the earlier) are the same
 * @param work - 2 × `count` or more Int32 slots this may overwrite
 * @example
 * hasDuplicateInvoice(Int32Array.of(7, 9, 7), Int32Array.of(0, 1, 2), 3, () => true) //=> true
 */
export function hasDuplicateInvoice(
  hashes: Int32Array,
  rows: Int32Array,
  count: number,
  isSame: (rowA: number, rowB: number) => boolean,
  work: Int32Array = new Int32Array(2 * count),
): boolean {
  if (count < 2) return false;
  let bits = 0;
  while (bits < 16 && PARTITION_TARGET << bits < count) bits++;
  const parts = 1 << bits;
  // `>>> 32` is `>>> 0` in JavaScript, so a single partition shifts by 31 of a zero top bit instead.
  const shift = bits === 0 ? 31 : 32 - bits;
  const top = bits === 0 ? 0 : -1;
  const starts = new Int32Array(parts + 1);
  for (let j = 0; j < count; j++) starts[((hashes[j] & top) >>> shift) + 1]++;
  let largest = 0;
  for (let p = 0; p < parts; p++) {
    largest = Math.max(largest, starts[p + 1]);
    starts[p + 1] += starts[p];
  }
  // Stable counting sort of (hash, row) pairs by partition: within a partition, rows stay in order.
  const pairs = work;
  const next = starts.slice(0, parts);
  for (let j = 0; j < count; j++) {
    const hash = hashes[j];
    const at = next[(hash & top) >>> shift]++ << 1;
    pairs[at] = hash;
    pairs[at + 1] = rows[j];
  }

  let capacity = 16;
  while (capacity < largest * 2) capacity *= 2;
  const table = new Int32Array(capacity); // pair index + 1; 0 = empty
  for (let p = 0; p < parts; p++) {
    const from = starts[p],
      to = starts[p + 1];
    let size = 16;
    while (size < (to - from) * 2) size *= 2;
    const mask = size - 1;
    table.fill(0, 0, size);
    for (let k = from; k < to; k++) {
      const hash = pairs[k << 1];
      // The low bits: the top ones chose the partition and are equal within it.
      let slot = hash & mask;
      for (let stored = table[slot]; stored !== 0; stored = table[slot]) {
        const earlier = (stored - 1) << 1;
        if (pairs[earlier] === hash && isSame(pairs[earlier + 1], pairs[(k << 1) + 1])) return true;
        slot = (slot + 1) & mask;
      }
      table[slot] = k + 1;
    }
  }
  return false;
}
