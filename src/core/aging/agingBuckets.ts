import { fail, type Result } from "../failure";
import { AGING_MESSAGES as M } from "../messages/agingMessages";

/** Aging edges in days past due: positive integers, strictly increasing. Default 30/60/90. */
export const DEFAULT_AGING_EDGES: readonly number[] = [30, 60, 90];

/**
 * Validates bucket edges: positive whole numbers, strictly increasing, at least one.
 *
 * @example
 * validateEdges([30, 60, 90]) //=> [30, 60, 90]
 */
export function validateEdges(edges: readonly number[]): Result<number[]> {
  if (edges.length === 0) return fail("outOfRange", M.edgesEmpty());
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i];
    if (!Number.isInteger(edge) || edge <= 0) {
      return fail("outOfRange", M.edgesPositive({ value: String(edge) }));
    }
    if (i > 0 && edge <= edges[i - 1]) {
      return fail("outOfRange", M.edgesIncrease({ previous: String(edges[i - 1]), value: String(edge) }));
    }
  }
  return [...edges];
}

/**
 * The bucket index of an open invoice: 0 = Current (as_of − due ≤ 0), 1 = 1..edges[0],
 * 2 = edges[0]+1..edges[1], …, edges.length = past the last edge. Buckets count edges.length + 2.
 *
 * @example
 * bucketIndex(45, [30, 60, 90]) //=> 2   ("31-60")
 */
export function bucketIndex(signedDays: number, edges: readonly number[]): number {
  if (signedDays <= 0) return 0;
  // Linear scan: edges are few (3–6) and this runs per row on a million-row sheet.
  for (let i = 0; i < edges.length; i++) {
    if (signedDays <= edges[i]) return i + 1;
  }
  return edges.length + 1;
}

/** Number of buckets for these edges (Current, one per edge, and the open-ended last). */
export function bucketCount(edges: readonly number[]): number {
  return edges.length + 2;
}

/**
 * Bucket labels: `Current`, `1-30`, `31-60`, `61-90`, `91+` for edges 30/60/90.
 * zh: `未到期` for Current; numeric labels stay the same.
 */
export function bucketLabels(edges: readonly number[], language: "en" | "zh" = "en"): string[] {
  const labels = [language === "zh" ? "未到期" : "Current"];
  let low = 1;
  for (const edge of edges) {
    labels.push(`${low}-${edge}`);
    low = edge + 1;
  }
  labels.push(`${low}+`);
  return labels;
}

/** The label shown for paid rows. */
export function paidLabel(language: "en" | "zh" = "en"): string {
  return language === "zh" ? "已付" : "Paid";
}
