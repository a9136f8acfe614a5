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
 * level is at most (first overdue rung index 1) + 1 + steps taken.
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
];
const KEY_ACCOUNTS = ["Key Co", "Key Five Co"];

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

  test("reminded once (a Last reminded date alone) at 40 days: the phone call, not the formal demand", () => {
    // Steps 1 → level 3 (index 2). Age: 40 ≥ 30 → level 5 (index 4).
    expect([steps.rows.level[1], action(steps, 1)]).toEqual([3, PHONE]);
    expect(action(age, 1)).toBe(FORMAL);
    expect([customerOf(steps, "Once Co").stepsTaken, customerOf(steps, "Once Co").remindersSent]).toEqual([1, 1]);
  });

  test("Reminders count 3 at 50 days: the formal demand, not yet the final notice", () => {
    // Steps 3 → level 2 + 3 = 5 (index 4). Age: 50 ≥ 45 → level 6 (index 5).
    expect([steps.rows.level[2], action(steps, 2)]).toEqual([5, FORMAL]);
    expect(action(age, 2)).toBe(FINAL);
    expect(customerOf(steps, "Three Co").remindersSent).toBe(3);
  });

  test("a key account never reminded at 100 days gets the friendly reminder, not an executive call", () => {
    // Level 2 (index 1) is no agency or legal rung, so no executive call; by age level 8 (legal) is.
    expect([steps.rows.action[3], action(steps, 3)]).toEqual([ActionCode.rung, FRIENDLY]);
    expect(age.rows.action[3]).toBe(ActionCode.executiveCall);
  });

  test("a key account after 5 reminders reaches the agency rung: the executive call applies", () => {
    // Steps 5 → level 2 + 5 = 7 (index 6, agency) < age level 8: capped, and an escalation rung.
    expect([steps.rows.level[4], steps.rows.action[4]]).toEqual([7, ActionCode.executiveCall]);
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
    expect(ledgerRowText(steps, 2).why).toBe(
      "50 days overdue · rung 30 of ladder standard · 3 steps recorded: one step at a time",
    );
    expect(ledgerRowText(steps, 1).why).toBe("40 days overdue · rung 8 of ladder standard · 1 step recorded: one step at a time");
    const zh = scan(ROWS, { mapping: MAPPING, keyAccounts: KEY_ACCOUNTS, language: "zh" });
    expect(ledgerRowText(zh, 0).why).toBe("逾期100天 · “标准”阶梯：逾期第1天档 · 尚无催收记录：先发第一次书面提醒，不越级升级");
    expect(ledgerRowText(zh, 2).why).toBe("逾期50天 · “标准”阶梯：逾期第30天档 · 已记录3次催收：逐级升级，不越级");
    // By age nothing is held: the Why is as before.
    expect(ledgerRowText(age, 0).why).toBe("100 days overdue · rung 90 of ladder standard");
  });

  test("a customer reminded within the interval still waits; the Why names the held rung, then the wait", () => {
    // 50 days, count 2, reminded 45835 (3 days ago, < 7): wait until 45842 = 2025-07-04; level 2 + 2 = 4.
    const recent = scan([["Recent Co", 500, 45788, 45835, 2]], { mapping: MAPPING });
    expect([recent.rows.level[0], recent.rows.action[0]]).toEqual([4, ActionCode.wait]);
    expect(ledgerRowText(recent, 0).action).toContain("2025-07-04");
    expect(ledgerRowText(recent, 0).why).toBe(
      "50 days overdue · rung 15 of ladder standard · 2 steps recorded: one step at a time · reminded 2025-06-27, within 7 days",
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
    // Multi Co: max(2, 1) = 2 steps → level 2 + 2 = 4 on both rows; Word Co: no count → 0 steps → 2.
    expect(Array.from(analysis.rows.level)).toEqual([4, 4, 2]);
    expect(customerOf(analysis, "Multi Co").remindersSent).toBe(2);
    expect(customerOf(analysis, "Word Co").remindersSent).toBe(0);
  });

  test("a repeated invoice number sends the scan down its exact path: the steps hold there too", () => {
    const analysis = scan(
      [
        ["Dup Co", "D-1", 100, 45788, 3],
        ["Dup Co", "D-1", 100, 45788, 3],
      ],
      { mapping },
    );
    // Row 1 is the duplicate (an issue); row 0: 3 steps → level 5 (age 6).
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

  test("2 reminders + 1 call at 70 days: 3 steps → the formal demand (rung index 4)", () => {
    // Age: 70 ≥ 60 → level 7 (agency). Steps 3 → level 5.
    expect([analysis.rows.level[0], ledgerRowText(analysis, 0).action]).toEqual([5, FORMAL]);
    const customer = customerOf(analysis, "Register Co");
    // Reminders 2 (the call is a step, not a written reminder); the 45840 reminder is after as-of.
    expect([customer.stepsTaken, customer.remindersSent, customer.lastReminded]).toEqual([3, 2, 45800]);
    // The register's own count: 2 reminders and 1 call up to as-of.
    const facts = activity.get("register co");
    expect([facts?.remindersSent, facts?.callsMade]).toEqual([2, 1]);
  });

  test("a broken promise after 1 reminder at 20 days moves one step: rung index 3, never more", () => {
    // Steps 1 → level 3 (phone call); the broken promise adds one rung → level 4 "Second written
    // reminder" (by age it would be 20 ≥ 15 → level 4, then + 1 → 5, the formal demand).
    expect([analysis.rows.level[1], ledgerRowText(analysis, 1).action]).toEqual([4, SECOND]);
    expect(customerOf(analysis, "Broken Co").highestLevel).toBe(4);
    const byAge = scan(LEDGER, { mapping: { customer: 0, amount: 1, dueDate: 2 }, activity, escalation: "age" });
    expect([byAge.rows.level[1], ledgerRowText(byAge, 1).action]).toEqual([5, FORMAL]);
  });
});

describe("by steps never climbs past by age, and holds exactly at the cap (generated ledger)", () => {
  test("per row: level by steps = min(level by age, 2 + the customer's steps)", () => {
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
      const taken = customer.stepsTaken ?? -1;
      // Standard ladder: first overdue rung is index 1 → level 2; one more per step, at most 8.
      const cap = Math.min(2 + taken, 8);
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
