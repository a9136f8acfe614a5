import * as z from "zod/mini";
import { readStoredSetting } from "./storedSettings";

/** Workbook setting holding what Insert provision matrix wrote (an OwnedProvision as JSON). */
export const OWNED_PROVISION_KEY = "arCreditDesk.ownedProvision";

const OWNED_PROVISION = z.object({
  sheet: z.string(),
  /** The worksheet's id when written: a sheet of the same name made since (the user's) is not ours. */
  sheetId: z.optional(z.string()),
  /** Local A1 ranges, one per currency block. */
  ranges: z.array(z.string()),
  /** Per range, the fingerprints of its cells as written (reportPrints.planPrints). */
  prints: z.array(z.string()),
  /** Per block, its currency and its input cells (local A1): what the analyst types there is kept. */
  inputs: z.catch(z.array(z.object({ currency: z.string(), cells: z.array(z.string()) })), []),
});

/**
 * What the last Insert provision matrix wrote on its sheet, so a refresh rewrites exactly that: the
 * blocks, a print of every cell, and where the analyst's inputs are.
 */
export type OwnedProvision = z.infer<typeof OWNED_PROVISION>;

/**
 * The record from a loaded setting value; null when missing or unreadable (then every cell of the
 * sheet counts as the user's and nothing is written over).
 *
 * @example
 * parseOwnedProvision("not json") //=> null
 */
export function parseOwnedProvision(value: unknown): OwnedProvision | null {
  return readStoredSetting<OwnedProvision | null>(value, OWNED_PROVISION, null);
}
