import { ActionCode } from "../dunning/actionCode";
import { RowState } from "./ledgerAnalysisTypes";

/**
 * Turns the chasing actions (rung, executive call, promise follow-up) of customers last reminded
 * after `waitAfter` (as-of minus the minimum interval) into "Wait until", so no customer is chased
 * twice within the interval. Runs after the scan, when each customer's latest reminder is known.
 *
 * @param remindedByGroup - per customer group, its customer's latest reminder (NaN: none)
 * @example
 * applyReminderWaits(state, customer, action, Float64Array.of(45835), 45831) // Cora (group 0), reminded 45835: her rung rows → ActionCode.wait
 */
export function applyReminderWaits(
  state: Uint8Array,
  customer: Int32Array,
  action: Uint8Array,
  remindedByGroup: Float64Array,
  waitAfter: number,
): void {
  if (!remindedByGroup.some((reminded) => reminded > waitAfter)) return;
  for (let i = 0; i < state.length; i++) {
    if (state[i] !== RowState.accepted) continue;
    const code = action[i];
    if (code !== ActionCode.rung && code !== ActionCode.executiveCall && code !== ActionCode.promised) continue;
    // NaN (never reminded) is not after anything.
    if (remindedByGroup[customer[i]] > waitAfter) action[i] = ActionCode.wait;
  }
}
