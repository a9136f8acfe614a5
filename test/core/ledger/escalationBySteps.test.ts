import { customerActivity } from "../../../src/core/activity/customerActivity";
import { parseActivityRows } from "../../../src/core/activity/parseActivityRows";
import { ActionCode } from "../../../src/core/dunning/actionCode";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { AnalyzeLedgerOptions, LedgerAnalysis } from "../../../src/core/ledger/ledgerAnalysisTypes";
import { ledgerRowText } from "../../../src/core/ledger/ledgerRowText";
import { seededRandom } from "../../support/seededRandom";

/*
 * Issue #18 item 3, in the scan: escalation never skips the written steps. Standard ladder rungs
 * (index: days → action): 0: −3 courtesy, 1: 1 "Friendly reminder email", 2: 8 "Phone call from the
 * account manager", 3: 15 "Second written reminder", 4: 30 "Formal demand letter…", 5: 45 "Final
 * notice…", 6: 60 agency, 7: 90 "Legal action review". A level is the rung index + 1. By steps the
 * level is at most the cap: walking the overdue rungs (levels 2…8), each written rung needs one
 * recorded WRITTEN reminder (ledger count, register reminders, 1 for a Last reminded date; calls are
 * no step), the call rung (level 3) needs none; the cap is the first written rung not covered.
 * Caps: 0 reminders → 2; 1 → 4; 2 → 5; 3 → 6; 4 → 7; 5+ → 8. Level by steps = min(level by age, cap).
 * As-of 2025-06-30 = serial 45838; a due date d is 45838 − d days overdue.
 */
const AS_OF = 45838;
const FRIENDLY = "Friendly reminder email";
const PHONE = "Phone call from the account manager";
const SECOND = "Second written reminder";
const FORMAL = "Formal demand letter with late-interest notice";
const FINAL = "Final notice before third-party referral";
const LEGAL = "Legal action review";

// Customer, Amount, Due date, Last reminded, Reminders.
const MAPPING = { customer: 0, amount: 1, dueDate: 2, lastReminded: 3, remindersSent: 4 };
const ROWS: readonly (readonly unknown[])[] = [
  /* 0 */ ["Never Co", 1000, 45738, "", ""], // 100 days, never reminded
  /* 1 */ ["Once Co", 1000, 45798, 45800, ""], // 40 days, reminded once (date only, 38 days ago: no wait)
  /* 2 */ ["Three Co", 1000, 45788, "", 3], // 50 days, Reminders count 3
  /* 3 */ ["Key Co", 1000, 45738, "", ""], // key account, 100 days, never reminded
  /* 4 */ ["Key Five Co", 1000, 45738, "", 5], // key account, 100 days, 5 reminders
  /* 5 */ ["Soon Co", 1000, 45840, "", ""], // due in 2 days: courtesy rung, unchanged
  /* 6 */ ["Never Co", 1000, 45833, "", ""], // Never Co's second invoice, 5 days: friendly by age too
  /* 7 */ ["Key Four Co", 1000, 45738, "", 4], // key account, 100 days, 4 reminders
];
const KEY_ACCOUNTS = ["Key Co", "Key Five Co", "Key Four Co"];

function scan(rows: readonly (readonly unknown[])[], options: Omit<AnalyzeLedgerOptions, "asOf">): LedgerAnalysis {
  const analysis = analyzeLedger(rows, { asOf: AS_OF, ...options });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return analysis;
}

const customerOf = (analysis: LedgerAnalysis, name: string) => {
  const found = analysis.customers.find((c) => c.customer === name);
  if (found === undefined) throw new Error(`no ${name}`);
  return found;
};

describe("escalation by steps (the default) against by age, from the ledger's own columns", () => {
  const steps = scan(ROWS, { mapping: MAPPING, keyAccounts: KEY_ACCOUNTS });
  const age = scan(ROWS, { mapping: MAPPING, keyAccounts: KEY_ACCOUNTS, escalation: "age" });
  const action = (analysis: LedgerAnalysis, i: number) => ledgerRowText(analysis, i).action;

  test("the context says which policy the scan applied", () => {
    expect(steps.context.escalation).toBe("steps");
    expect(age.context.escalation).toBe("age");
  });

  test("never reminded, 100 days overdue: friendly reminder by steps, legal action review by age", () => {
    // Steps 0 → level 2 (index 1). Age: 100 ≥ 90 → level 8 (index 7).
    expect([steps.rows.level[0], action(steps, 0)]).toEqual([2, FRIENDLY]);
    expect([age.rows.level[0], action(age, 0)]).toEqual([8, LEGAL]);
    const never = customerOf(steps, "Never Co");
    // The count column is there and blank, no date: 0 recorded.
    expect([never.stepsTaken, never.remindersSent, never.highestLevel]).toEqual([0, 0, 2]);
    expect(customerOf(age, "Never Co").highestLevel).toBe(8);
  });

  test("reminded once (a Last reminded date alone) at 40 days: the second written reminder, not the formal demand", () => {
    // Reminded once (Last reminded date) → cap level 4 (level 2 covered, the day-8 call passed by
    // age); 40 days by age = level 5 → level 4 "Second written reminder" (index 3).
    expect([steps.rows.level[1], action(steps, 1)]).toEqual([4, SECOND]);
    expect(action(steps, 1)).not.toBe(PHONE);
    expect(action(age, 1)).toBe(FORMAL);
    expect([customerOf(steps, "Once Co").stepsTaken, customerOf(steps, "Once Co").remindersSent]).toEqual([1, 1]);
  });

  test("Reminders count 3 at 50 days: the final notice, as by age (three reminders cover levels 2, 4, 5)", () => {
    // 3 reminders → cap level 6 (covers 2, 4, 5; the call 3 passed by age); 50 days by age = level 6
    // (50 ≥ 45) → min(6, 6) = level 6 "Final notice…" (index 5): nothing held.
    expect([steps.rows.level[2], action(steps, 2)]).toEqual([6, FINAL]);
    expect([age.rows.level[2], action(age, 2)]).toEqual([6, FINAL]);
    expect(customerOf(steps, "Three Co").remindersSent).toBe(3);
  });

  test("a key account never reminded at 100 days gets the friendly reminder, not an executive call", () => {
    // Level 2 (index 1) is no agency or legal rung, so no executive call; by age level 8 (legal) is.
    expect([steps.rows.action[3], action(steps, 3)]).toEqual([ActionCode.rung, FRIENDLY]);
    expect(age.rows.action[3]).toBe(ActionCode.executiveCall);
  });

  test("a key account after 5 reminders reaches the legal rung: the executive call applies", () => {
    // 5 reminders → cap level 8 (covers 2, 4, 5, 6, 7); 100 days by age = level 8 → level 8 (legal),
    // an escalation rung, so a key account gets the executive call.
    expect([steps.rows.level[4], steps.rows.action[4]]).toEqual([8, ActionCode.executiveCall]);
  });

  test("a key account after 4 reminders is held at the agency rung: the executive call applies there too", () => {
    // 4 reminders → cap level 7 (covers 2, 4, 5, 6); 100 days by age = level 8 → level 7 (index 6,
    // agency) < 8: capped, and an escalation rung.
    expect([steps.rows.level[7], steps.rows.action[7]]).toEqual([7, ActionCode.executiveCall]);
    expect([age.rows.level[7], age.rows.action[7]]).toEqual([8, ActionCode.executiveCall]);
  });

  test("a courtesy rung before the due date and a young invoice are as by age", () => {
    // Due in 2 days: −2 ≥ −3 → level 1 (courtesy) both ways; 5 days → level 2 both ways.
    expect([steps.rows.level[5], age.rows.level[5]]).toEqual([1, 1]);
    expect([steps.rows.level[6], action(steps, 6)]).toEqual([2, FRIENDLY]);
    expect(ledgerRowText(steps, 6).why).toBe("5 days overdue · rung 1 of ladder standard");
  });

  test("the Why says why a step was held, in English and Chinese", () => {
    expect(ledgerRowText(steps, 0).why).toBe(
      "100 days overdue · rung 1 of ladder standard · no reminder recorded: first written reminder before any escalation",
    );
    // Once Co held at level 4 = rung 15 (1 reminder); Key Four Co held at level 7 = rung 60 (4).
    expect(ledgerRowText(steps, 1).why).toBe(
      "40 days overdue · rung 15 of ladder standard · 1 reminder recorded: one written step at a time",
    );
    expect(ledgerRowText(steps, 7).why).toBe(
      "100 days overdue · rung 60 of ladder standard · 4 reminders recorded: one written step at a time · key account",
    );
    // Three Co is not held (cap 6 = age level 6): no steps phrase.
    expect(ledgerRowText(steps, 2).why).toBe("50 days overdue · rung 45 of ladder standard");
    const zh = scan(ROWS, { mapping: MAPPING, keyAccounts: KEY_ACCOUNTS, language: "zh" });
    expect(ledgerRowText(zh, 0).why).toBe("逾期100天 · “标准”阶梯：逾期第1天档 · 尚无催收记录：先发第一次书面提醒，不越级升级");
    expect(ledgerRowText(zh, 1).why).toBe("逾期40天 · “标准”阶梯：逾期第15天档 · 已记录1次书面催收：逐级升级，不越级");
    // By age nothing is held: the Why is as before.
    expect(ledgerRowText(age, 0).why).toBe("100 days overdue · rung 90 of ladder standard");
  });

  test("a customer reminded within the interval still waits; the Why names the held rung, then the wait", () => {
    // 50 days, count 2, reminded 45835 (3 days ago, < 7): wait until 45842 = 2025-07-04. 2 reminders →
    // cap level 5 (covers 2, 4); 50 days by age = level 6 → level 5, rung 30 "Formal demand…".
    const recent = scan([["Recent Co", 500, 45788, 45835, 2]], { mapping: MAPPING });
    expect([recent.rows.level[0], recent.rows.action[0]]).toEqual([5, ActionCode.wait]);
    expect(ledgerRowText(recent, 0).action).toContain("2025-07-04");
    expect(ledgerRowText(recent, 0).why).toBe(
      "50 days overdue · rung 30 of ladder standard · 2 reminders recorded: one written step at a time · reminded 2025-06-27, within 7 days",
    );
  });
});

describe("the Reminders column read as the letters read it, on both scan paths", () => {
  // Customer, Invoice no, Amount, Due date, Reminders. Every invoice 50 days overdue (age level 6).
  const mapping = { customer: 0, invoiceNo: 1, amount: 2, dueDate: 3, remindersSent: 4 };

  test("the highest count over the customer's rows, any currency; digits as text count, other text does not", () => {
    const analysis = scan(
      [
        ["Multi Co", "M-1", 100, 45788, " 2 "],
        ["Multi Co", "M-2", 100, 45788, 1],
        ["Word Co", "W-1", 100, 45788, "twice"],
      ],
      { mapping },
    );
    // Multi Co: max(2, 1) = 2 reminders → cap level 5 (covers 2, 4), age 50 days = level 6 → level 5
    // on both rows; Word Co: no count → 0 reminders → cap 2 → level 2.
    expect(Array.from(analysis.rows.level)).toEqual([5, 5, 2]);
    expect(customerOf(analysis, "Multi Co").remindersSent).toBe(2);
    expect(customerOf(analysis, "Word Co").remindersSent).toBe(0);
  });

  test("a repeated invoice number sends the scan down its exact path: the steps hold there too", () => {
    const analysis = scan(
      [
        ["Dup Co", "D-1", 100, 45788, 2],
        ["Dup Co", "D-1", 100, 45788, 2],
      ],
      { mapping },
    );
    // Row 1 is the duplicate (an issue); row 0: 2 reminders → cap level 5 (covers 2, 4), age 50 days
    // = level 6 → level 5 "Formal demand…". (The count is 2, not 3: 3 would cap at 6 = the age level
    // and the test could no longer tell a held row from an unheld one.)
    expect(analysis.issues.map((issue) => issue.code)).toEqual(["duplicateInvoice"]);
    expect(analysis.rows.level[0]).toBe(5);
    expect(ledgerRowText(analysis, 0).action).toBe(FORMAL);
  });
});

describe("a ledger that records nothing about reminders, and no register: the age decides", () => {
  test("100 days overdue → legal action review; steps unknown", () => {
    const bare = scan([["Bare Co", 1000, 45738]], { mapping: { customer: 0, amount: 1, dueDate: 2 } });
    expect([bare.rows.level[0], ledgerRowText(bare, 0).action]).toEqual([8, LEGAL]);
    expect([bare.customers[0].stepsTaken, bare.customers[0].remindersSent]).toEqual([null, null]);
    expect(ledgerRowText(bare, 0).why).toBe("100 days overdue · rung 90 of ladder standard");
  });

  test("with an (even empty) register the steps are known: never reminded → friendly", () => {
    const registered = scan([["Bare Co", 1000, 45738]], { mapping: { customer: 0, amount: 1, dueDate: 2 }, activity: new Map() });
    expect([registered.rows.level[0], ledgerRowText(registered, 0).action]).toEqual([2, FRIENDLY]);
    expect(registered.customers[0].stepsTaken).toBe(0);
  });
});

describe("steps from the activity register", () => {
  const HEADER = ["Date", "Customer", "Currency", "Invoice", "Kind", "Level", "Channel", "Amount", "Due by", "Reason", "Owner"];
  const REGISTER = [
    [45780, "Register Co", "", "", "Reminder", 1, "Email", "", "", "", ""],
    [45800, "Register Co", "", "", "Reminder", 2, "Email", "", "", "", ""],
    [45810, "Register Co", "", "", "Call", "", "Phone", "", "", "", ""],
    // After as-of: not a step yet.
    [45840, "Register Co", "", "", "Reminder", 3, "Email", "", "", "", ""],
    [45810, "Broken Co", "", "", "Reminder", 1, "Email", "", "", "", ""],
    // Due by 45825; the hold ends 45825 + 3 = 45828 < 45838: broken.
    [45815, "Broken Co", "", "", "Promise", "", "Phone", 500, 45825, "", ""],
  ];
  const register = parseActivityRows([HEADER, ...REGISTER]);
  if (isFailure(register)) throw new Error("the register should read");
  const activity = customerActivity(register.entries, AS_OF);
  const LEDGER = [
    ["Register Co", 1000, 45768], // 70 days
    ["Broken Co", 500, 45818], // 20 days
  ];
  const analysis = scan(LEDGER, { mapping: { customer: 0, amount: 1, dueDate: 2 }, activity });

  test("2 reminders + 1 call at 70 days: 2 written steps (the call is none) → the formal demand (rung index 4)", () => {
    // Age: 70 ≥ 60 → level 7 (agency). 2 reminders → cap level 5 (covers 2, 4) → level 5 "Formal demand…".
    expect([analysis.rows.level[0], ledgerRowText(analysis, 0).action]).toEqual([5, FORMAL]);
    const customer = customerOf(analysis, "Register Co");
    // Steps = reminders = 2 (the call is logged, not a written step); the 45840 reminder is after as-of.
    expect([customer.stepsTaken, customer.remindersSent, customer.lastReminded]).toEqual([2, 2, 45800]);
    // The register's own count: 2 reminders and 1 call up to as-of.
    const facts = activity.get("register co");
    expect([facts?.remindersSent, facts?.callsMade]).toEqual([2, 1]);
  });

  test("a broken promise after 1 reminder at 20 days moves one step past the cap: rung index 4, never more", () => {
    // 1 reminder → cap level 4; 20 days by age = level 4 (20 ≥ 15) → min(4, 4) = 4; the broken
    // promise adds one rung after the cap → level 5 "Formal demand…". By age: 4 + 1 = 5 as well.
    expect([analysis.rows.level[1], ledgerRowText(analysis, 1).action]).toEqual([5, FORMAL]);
    expect(customerOf(analysis, "Broken Co").highestLevel).toBe(5);
    const byAge = scan(LEDGER, { mapping: { customer: 0, amount: 1, dueDate: 2 }, activity, escalation: "age" });
    expect([byAge.rows.level[1], ledgerRowText(byAge, 1).action]).toEqual([5, FORMAL]);
  });

  test("the same broken promise at 40 days: the cap holds first, then one rung up", () => {
    // Broken Co's invoice due 45798 = 40 days. 1 reminder → cap level 4; 40 days by age = level 5
    // (40 ≥ 30) → min(5, 4) = 4; broken promise + 1 → level 5 "Formal demand…". By age: 5 + 1 = 6
    // "Final notice…".
    const older = [["Broken Co", 500, 45798]];
    const bySteps = scan(older, { mapping: { customer: 0, amount: 1, dueDate: 2 }, activity });
    expect([bySteps.rows.level[0], ledgerRowText(bySteps, 0).action]).toEqual([5, FORMAL]);
    const byAge = scan(older, { mapping: { customer: 0, amount: 1, dueDate: 2 }, activity, escalation: "age" });
    expect([byAge.rows.level[0], ledgerRowText(byAge, 0).action]).toEqual([6, FINAL]);
  });
});

describe("by steps never climbs past by age, and holds exactly at the cap (generated ledger)", () => {
  // Index = written reminders recorded (5 and over share the last); value = the standard ladder's cap.
  const CAP_BY_REMINDERS = [2, 4, 5, 6, 7, 8];
  test("per row: level by steps = min(level by age, the cap for the customer's written reminders)", () => {
    const random = seededRandom(18);
    const names = Array.from({ length: 40 }, (_, k) => `Customer ${k}`);
    // Customer, Amount, Due date, Last reminded, Reminders; statuses left out so every open row is chased.
    const rows = Array.from({ length: 2000 }, () => {
      const name = names[Math.floor(random() * names.length)];
      const due = AS_OF - Math.floor(random() * 200) + 20;
      const reminded = random() < 0.1 ? AS_OF - 8 - Math.floor(random() * 60) : "";
      const count = random() < 0.1 ? Math.floor(random() * 8) : "";
      return [name, 100 + Math.floor(random() * 1000), due, reminded, count];
    });
    const steps = scan(rows, { mapping: MAPPING });
    const age = scan(rows, { mapping: MAPPING, escalation: "age" });
    const wrong: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      const customer = steps.customers[steps.rows.customer[i]];
      const taken = customer.stepsTaken;
      if (taken === null || taken === undefined)
        throw new Error(`row ${i}: steps unknown although the ledger maps Last reminded and Reminders`);
      // Standard ladder caps by reminders (the day-8 call needs none): 0 → 2; 1 → 4; 2 → 5; 3 → 6; 4 → 7; 5+ → 8.
      // (NaN, were the table short, fails the row: NaN never equals a level.)
      const cap = CAP_BY_REMINDERS[Math.min(taken, 5)] ?? Number.NaN;
      const expected = Math.min(age.rows.level[i], cap);
      if (steps.rows.level[i] !== expected) wrong.push(`row ${i}: ${steps.rows.level[i]}, expected ${expected}`);
    }
    expect(wrong).toEqual([]);
    // The fixture reaches the cap somewhere and leaves some rows below it.
    const held = Array.from(steps.rows.level).filter((level, i) => level < age.rows.level[i]).length;
    expect(held).toBeGreaterThan(100);
    expect(held).toBeLessThan(rows.length);
  });
});
