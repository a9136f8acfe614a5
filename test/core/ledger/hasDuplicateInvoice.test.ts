import { hasDuplicateInvoice } from "../../../src/core/ledger/hasDuplicateInvoice";
import { invoiceHash } from "../../../src/core/ledger/invoiceHash";

/** Entries for (customer, key) pairs on rows 0, 1, 2…, hashed as analyzeLedger hashes them. */
function entries(pairs: readonly (readonly [number, string | number])[]) {
  const hashes = Int32Array.from(pairs, ([customer, key]) => invoiceHash(customer, key));
  const rows = Int32Array.from(pairs, (_, i) => i);
  const isSame = (a: number, b: number) => pairs[a][0] === pairs[b][0] && pairs[a][1] === pairs[b][1];
  return { hashes, rows, isSame };
}

describe("hasDuplicateInvoice", () => {
  it("finds a number repeated for one customer, not one shared by two customers", () => {
    const shared = entries([
      [0, "INV-1"],
      [1, "INV-1"],
      [0, 7],
    ]);
    expect(hasDuplicateInvoice(shared.hashes, shared.rows, 3, shared.isSame)).toBe(false);
    const repeated = entries([
      [0, "INV-1"],
      [1, "INV-1"],
      [1, "INV-1"],
    ]);
    expect(hasDuplicateInvoice(repeated.hashes, repeated.rows, 3, repeated.isSame)).toBe(true);
  });

  it("has nothing to compare with fewer than two entries", () => {
    expect(hasDuplicateInvoice(Int32Array.of(5), Int32Array.of(0), 1, () => true)).toBe(false);
    expect(hasDuplicateInvoice(new Int32Array(0), new Int32Array(0), 0, () => true)).toBe(false);
  });

  it("checks across partitions: 50,000 distinct numbers, then one repeat near the end", () => {
    // 50,000 entries make 64 partitions (of ~1,024); the repeat of entry 3 comes 49,996 entries later.
    const pairs: [number, string][] = Array.from({ length: 50_000 }, (_, i) => [i % 7, `INV-${String(i).padStart(7, "0")}`]);
    const distinct = entries(pairs);
    expect(hasDuplicateInvoice(distinct.hashes, distinct.rows, pairs.length, distinct.isSame)).toBe(false);
    pairs.push([3 % 7, "INV-0000003"]);
    const repeated = entries(pairs);
    expect(hasDuplicateInvoice(repeated.hashes, repeated.rows, pairs.length, repeated.isSame)).toBe(true);
  });

  it("does not take equal hashes for a duplicate unless isSame confirms it", () => {
    const hashes = Int32Array.of(42, 42, 42, -1);
    const rows = Int32Array.of(10, 11, 12, 13);
    expect(hasDuplicateInvoice(hashes, rows, 4, () => false)).toBe(false);
    // isSame is asked about rows (earlier first), not entry positions.
    const asked: [number, number][] = [];
    hasDuplicateInvoice(hashes, rows, 4, (a, b) => (asked.push([a, b]), false));
    expect(asked).toEqual([
      [10, 11],
      [10, 12],
      [11, 12],
    ]);
  });

  it("reads only the first `count` entries", () => {
    const hashes = Int32Array.of(1, 2, 1);
    expect(hasDuplicateInvoice(hashes, Int32Array.of(0, 1, 2), 2, () => true)).toBe(false);
  });
});
