/** The ceiling for what the pane keeps after a full-sheet scan (issue #17, item 10). */
export const RETAINED_TARGET_MB = 200;

/**
 * Memory in use after a full garbage collection, in bytes: the JS heap plus the ArrayBuffers
 * outside it (typed arrays keep their data there, so a column store must not hide in it); null
 * when `global.gc` is not exposed (node without --expose-gc). Collected twice: the first pass may
 * leave objects whose finalisers or weak references let go only on the next.
 */
export function heapUsedAfterGc(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== "function") return null;
  gc();
  gc();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}
