import { brokenPromiseRows } from "../../../src/core/activity/brokenPromiseRows";
import { customerActivity, promiseState } from "../../../src/core/activity/customerActivity";
import { parseActivityRows } from "../../../src/core/activity/parseActivityRows";
import { ActionCode } from "../../../src/core/dunning/actionCode";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { LedgerAnalysis } from "../../../src/core/ledger/ledgerAnalysisTypes";
import { ledgerRowText } from "../../../src/core/ledger/ledgerRowText";
import { AS_OF, HEADER, LEDGER_MAPPING, LEDGER_ROWS, REGISTER_ROWS, RELEASE_ROW } from "./activityFixture";

function factsOf(rows: readonly (readonly unknown[])[]) {
  const register = parseActivityRows([HEADER, ...rows]);
  if (isFailure(register)) throw new Error("fixture register should read");
  return customerActivity(register.entries, AS_OF);
}

function scan(activity?: ReturnType<typeof factsOf>): LedgerAnalysis {
  const analysis = analyzeLedger(LEDGER_ROWS, { mapping: LEDGER_MAPPING, asOf: AS_OF, activity });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return analysis;
}

const customerOf = (analysis: LedgerAnalysis, name: string) => {
  const found = analysis.customers.find((c) => c.customer === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
};

// Ledger rows: 0 Reminded, 1 Broken, 2 Dispute D-1, 3 Dispute D-2, 4 Held, 5 Kept.
describe("the register feeds the scan (as-of 2025-07-12 = 45850, every invoice 20 days overdue: level 4)", () => {
  const facts = factsOf(REGISTER_ROWS);
  const without = scan();
  const withRegister = scan(facts);

  test("without a register the scan is as before: every open invoice at level 4, chased", () => {
    expect(Array.from(without.rows.level)).toEqual([4, 4, 4, 4, 4, 0]);
    const { rung, paid } = ActionCode;
    expect(Array.from(without.rows.action)).toEqual([rung, rung, rung, rung, rung, paid]);
    // An empty register changes nothing.
    expect(scan(new Map()).rows.action).toEqual(without.rows.action);
  });

  test("a reminder within the minimum interval: wait, no new reminder", () => {
    const reminded = facts.get("reminded co");
    // Rows 0 and 1 count (45830 and 45846); row 2 is dated after as-of.
    expect([reminded?.remindersSent, reminded?.lastReminded]).toEqual([2, 45846]);
    // 45846 > 45850 − 7 = 45843: wait until 45846 + 7 = 45853 = 2025-07-15.
    expect(withRegister.rows.action[0]).toBe(ActionCode.wait);
    expect(customerOf(withRegister, "Reminded Co").lastReminded).toBe(45846);
    expect(ledgerRowText(withRegister, 0).action).toContain("2025-07-15");
  });

  // Issue #18, escalation by steps: with a register every customer's steps are known. Broken Co has
  // no reminder or call: cap = level 2 (friendly reminder); the broken promise moves it one rung →
  // level 3, "Phone call from the account manager" (by age: 20 days = level 4, + 1 = 5).
  test("a promise broken: hold ended 45843, still owing → one rung up from its step (level 3, phone call) and one note to log", () => {
    expect(withRegister.rows.level[1]).toBe(3);
    expect(withRegister.rows.action[1]).toBe(ActionCode.rung);
    expect(ledgerRowText(withRegister, 1).action).toBe("Phone call from the account manager");
    expect(customerOf(withRegister, "Broken Co").highestLevel).toBe(3);
    const byAge = analyzeLedger(LEDGER_ROWS, { mapping: LEDGER_MAPPING, asOf: AS_OF, activity: facts, escalation: "age" });
    if (isFailure(byAge)) throw new Error(byAge.message);
    expect(byAge.rows.level[1]).toBe(5);
    const notes = brokenPromiseRows(facts, withRegister.customers, AS_OF, 1900, "en");
    // Only Broken Co: Kept Co paid, Held Co's hold runs to 45858.
    expect(notes).toEqual([
      {
        date: 45850,
        customer: "Broken Co",
        kind: "note",
        currency: "USD",
        amountCents: 80000,
        dueBy: 45840,
        reason: "Broken promise: due by 2025-07-02, still unpaid.",
      },
    ]);
    // Once the note is in the register it is not logged again (and the escalation stays).
    const logged = factsOf([...REGISTER_ROWS, [45850, "Broken Co", "USD", "", "Note", "", "", "", "", notes[0].reason, ""]]);
    expect(brokenPromiseRows(logged, scan(logged).customers, AS_OF, 1900, "en")).toEqual([]);
    expect(scan(logged).rows.level[1]).toBe(3);
  });

  test("a promise kept: paid on the due-by date, nothing chased, nothing logged", () => {
    const kept = facts.get("kept co")?.promises.get("");
    // Due by 45842 + 3 grace = 45845.
    expect(kept?.holdUntil).toBe(45845);
    expect(promiseState({ holdUntil: 45845 }, AS_OF, customerOf(withRegister, "Kept Co").overdueCents)).toBe("kept");
    expect(withRegister.rows.action[5]).toBe(ActionCode.paid);
  });

  test("a promise still held: promised, level held at the customer's step", () => {
    expect(withRegister.rows.action[4]).toBe(ActionCode.promised);
    // Held Co's two calls (rows 13, 14) are malformed, so not steps: 0 steps → level 2 (by age 4).
    expect(withRegister.rows.level[4]).toBe(2);
  });

  test("a dispute holds the invoice it names, and a later released note lets it go", () => {
    expect(withRegister.rows.action[2]).toBe(ActionCode.disputed);
    expect(withRegister.rows.action[3]).toBe(ActionCode.rung);
    const held = customerOf(withRegister, "Dispute Co");
    // D-1 $400 disputed apart, D-2 $300 overdue.
    expect([held.disputedCents, held.overdueCents]).toEqual([40000, 30000]);

    const released = scan(factsOf([...REGISTER_ROWS, RELEASE_ROW]));
    expect(released.rows.action[2]).toBe(ActionCode.rung);
    // Both back in overdue: 400 + 300 = $700.
    const after = customerOf(released, "Dispute Co");
    expect([after.disputedCents, after.overdueCents]).toEqual([0, 70000]);
  });

  test("a promise in another currency holds and escalates nothing in this one", () => {
    // Broken Co's promise moved to EUR: its USD invoice stays at its step, level 2 (no step
    // recorded; by age 4), not escalated, and no note is due for USD (the EUR promise has no EUR
    // balance behind it: Broken Co owes only USD).
    const eur = factsOf(REGISTER_ROWS.map((row, i) => (i === 3 ? row.map((cell, j) => (j === 2 ? "EUR" : cell)) : row)));
    const analysis = scan(eur);
    expect(analysis.rows.level[1]).toBe(2);
    expect(brokenPromiseRows(eur, analysis.customers, AS_OF, 1900, "en").map((r) => r.customer)).toEqual([]);
  });

  test("a release dated after as-of does not count yet", () => {
    const future = scan(factsOf([...REGISTER_ROWS, [45851, ...RELEASE_ROW.slice(1)]]));
    expect(future.rows.action[2]).toBe(ActionCode.disputed);
  });
});

describe("broken-promise escalation at the ladder's edges", () => {
  // As-of 45850. Top Co due 45750: 100 days, level 8 (legal review, the last rung).
  // Key Co due 45800: 50 days, level 6 (final notice); one rung up is 7, agency — a key account
  // gets an executive call there instead.
  const rows = [
    ["Top Co", "T-1", 900, 45750],
    ["Key Co", "K-9", 900, 45800],
  ];
  const promise = (customer: string) => [45810, customer, "", "", "Promise", "", "", "", 45815, "", ""];

  test("never past the last rung; a key account gets the executive call", () => {
    const facts = factsOf([promise("Top Co"), promise("Key Co")]);
    // The edges are reached by age (issue #18: escalation "age"); by steps see below.
    const options = { mapping: { customer: 0, invoiceNo: 1, amount: 2, dueDate: 3 }, asOf: AS_OF, keyAccounts: ["Key Co"] };
    const analysis = analyzeLedger(rows, { ...options, activity: facts, escalation: "age" });
    if (isFailure(analysis)) throw new Error(analysis.message);
    expect(Array.from(analysis.rows.level)).toEqual([8, 7]);
    expect(analysis.rows.action[1]).toBe(ActionCode.executiveCall);
    // By steps: neither has a reminder or call → level 2, + 1 for the broken promise = 3 (a phone
    // call, no escalation rung: the key account gets no executive call).
    const bySteps = analyzeLedger(rows, { ...options, activity: facts });
    if (isFailure(bySteps)) throw new Error(bySteps.message);
    expect(Array.from(bySteps.rows.level)).toEqual([3, 3]);
    expect(bySteps.rows.action[1]).toBe(ActionCode.rung);
  });
});
