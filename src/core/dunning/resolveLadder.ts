import { fail, type Result } from "../failure";
import { DEFAULT_LADDER, LADDER_PRESETS, type Ladder, type LadderPresetName } from "./ladderPresets";
import { parseLadderTable } from "./parseLadderTable";
import { DUNNING_MESSAGES as M } from "../messages/dunningMessages";

/**
 * The ladder an argument names: blank → `standard`; a preset name (trimmed, case-insensitive);
 * a two-column range; or a ladder object already built (passed through).
 *
 * @example
 * resolveLadder(" Five-Step ").name //=> "five-step"
 */
export function resolveLadder(spec: unknown): Result<Ladder> {
  if (spec === null || spec === undefined) return DEFAULT_LADDER;
  if (typeof spec === "string") {
    const key = spec.trim().toLowerCase();
    if (key === "") return DEFAULT_LADDER;
    if (Object.prototype.hasOwnProperty.call(LADDER_PRESETS, key)) return LADDER_PRESETS[key as LadderPresetName];
    return fail("unreadable", M.unknownLadder({ text: spec }));
  }
  if (Array.isArray(spec)) {
    // A single-cell range arrives as [[value]]: treat it as a preset name.
    if (spec.length === 1 && Array.isArray(spec[0]) && spec[0].length === 1) return resolveLadder(spec[0][0]);
    return parseLadderTable(spec as unknown[][]);
  }
  if (typeof spec === "object" && Array.isArray((spec as Ladder).rungs)) return spec as Ladder;
  return fail("unreadable", M.ladderSpec());
}
