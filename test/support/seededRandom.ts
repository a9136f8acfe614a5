/**
 * mulberry32: a small seeded generator of floats in [0, 1), so every run builds the same data: the
 * benchmarks' ledgers, the test host's sample ledger and the preview's sample workbook. Not for
 * anything that needs real randomness.
 *
 * @example
 * const random = seededRandom(1);
 * random() === seededRandom(1)() //=> true
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
