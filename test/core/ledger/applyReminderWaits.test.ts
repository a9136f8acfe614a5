import { ActionCode } from "../../../src/core/dunning/actionCode";
import { applyReminderWaits } from "../../../src/core/ledger/applyReminderWaits";
import { RowState } from "../../../src/core/ledger/ledgerAnalysisTypes";

describe("applyReminderWaits", () => {
  it("makes the chasing actions of customers reminded after the cut-off wait, and nothing else", () => {
    const { accepted, issue } = RowState;
    const state = Uint8Array.of(accepted, accepted, accepted, accepted, accepted, issue);
    // Groups 0 (reminded 45835, after 45831), 1 (reminded 45831: not after), 2 (never reminded).
    const customer = Int32Array.of(0, 0, 0, 1, 2, 0);
    const { rung, executiveCall, promised, disputed } = ActionCode;
    const action = Uint8Array.of(rung, disputed, promised, rung, executiveCall, rung);
    applyReminderWaits(state, customer, action, Float64Array.of(45835, 45831, Number.NaN), 45831);
    expect([...action]).toEqual([ActionCode.wait, disputed, ActionCode.wait, rung, executiveCall, rung]);
  });
});
