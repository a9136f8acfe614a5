import type { Ladder } from "./ladderPresets";

/**
 * The rung reached by the signed days `as_of − due` (negative before the due date): 0 below the
 * first rung, else 1…n (the rung applies from its day count on).
 *
 * @param signedDays - as_of − due in whole days
 * @param ladder - a validated ladder (ascending rungs)
 * @example
 * dunningLevel(47, LADDER_PRESETS.standard) //=> 6   (rung 45: final notice)
 */
export function dunningLevel(signedDays: number, ladder: Ladder): number {
  const rungs = ladder.rungs;
  // From the top: overdue invoices usually sit on the lower rungs, but ladders have at most ~10 rungs.
  for (let i = rungs.length - 1; i >= 0; i--) {
    if (signedDays >= rungs[i].daysFromDue) return i + 1;
  }
  return 0;
}
