import { ActionCode } from "../dunning/actionCode";
import type { CustomerGroup } from "./customerAccumulator";
import { RowState } from "./ledgerAnalysisTypes";

/**
 * Turns the chasing actions (rung, executive call, promise follow-up) of customers last reminded
 * after `waitAfter` (as-of minus the minimum interval) into "Wait until", so no customer is chased
 * twice within the interval. Runs after the scan, when each customer's latest reminder is known.
 *
 * @example
 * applyReminderWaits(state, customer, action, groups, 45831) // Cora, reminded 45835: her rung rows → ActionCode.wait
 */
export function applyReminderWaits(
  state: Uint8Array,
  customer: Int32Array,
  action: Uint8Array,
  groups: readonly CustomerGroup[],
  waitAfter: number,
): void {
  for (let i = 0; i < state.length; i++) {
    if (state[i] !== RowState.accepted) continue;
    const code = action[i];
    if (code !== ActionCode.rung && code !== ActionCode.executiveCall && code !== ActionCode.promised) continue;
    const reminded = groups[customer[i]].entity.lastReminded;
    if (reminded !== null && reminded > waitAfter) action[i] = ActionCode.wait;
  }
}
