import { ActionCode } from "./actionCode";
import { DunningStatus } from "./dunningStatus";
import type { Ladder } from "./ladderPresets";

/**
 * The decision behind AR.NEXTACTION on plain integers, shared by `nextAction` and the ledger scan:
 * status paid → nothing, a negative open amount → a credit note to apply (no rung), then status
 * (disputed, promised), then a positive open amount below the
 * small-balance threshold, then the rung reached — an agency or legal rung becomes an executive
 * call for a key account. Below the first rung there is nothing to do.
 *
 * @param level - dunningLevel(signedDays, ladder), computed by the caller
 * @param openCents - the open amount in cents (0 when unknown)
 * @param minCents - the small-balance threshold in cents (0 = none)
 * @example
 * nextActionCode(6, LADDER_PRESETS.standard, DunningStatus.none, 100000, 0, false) //=> ActionCode.rung
 */
export function nextActionCode(
  level: number,
  ladder: Ladder,
  status: DunningStatus,
  openCents: number,
  minCents: number,
  keyAccount: boolean,
): ActionCode {
  if (status === DunningStatus.paid) return ActionCode.paid;
  // A credit note is a credit, never chased and never "disputed" (src/core/ledger/balances.ts).
  if (openCents < 0) return ActionCode.creditNote;
  if (status === DunningStatus.disputed) return ActionCode.disputed;
  if (status === DunningStatus.promised) return ActionCode.promised;
  if (openCents > 0 && openCents < minCents) return ActionCode.smallBalance;
  if (level === 0) return ActionCode.belowLadder;
  if (keyAccount && ladder.rungs[level - 1].escalation !== undefined) return ActionCode.executiveCall;
  return ActionCode.rung;
}
