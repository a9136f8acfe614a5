import { ActionCode } from "../../../src/core/dunning/actionCode";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import { LADDER_PRESETS } from "../../../src/core/dunning/ladderPresets";
import { todayFlagTexts, todayReasonText, todayStepText } from "../../../src/core/today/todayText";
import { todayWorklist, type TodayItem } from "../../../src/core/today/todayWorklist";
import { AS_OF, LEDGER_MAPPING, LEDGER_ROWS, register, scan } from "./todayFixture";

function worklist(entries = register().entries, keyAccounts?: readonly string[]): TodayItem[] {
  return todayWorklist({ analysis: scan(), entries, asOf: AS_OF, rows: LEDGER_ROWS, mapping: LEDGER_MAPPING, keyAccounts });
}

const named = (items: readonly TodayItem[], name: string): TodayItem => {
  const item = items.find((i) => i.customer === name);
  if (item === undefined) throw new Error(`${name} is not on the list`);
  return item;
};

/*
 * The order, worked by hand (fixture: USD overdue $10,000.00, EUR €4,000.00; scores from the
 * never-paid formula 35d/90 + 25d/60 + 20):
 *
 * 1. Promise Co — its promise is due by today (check the payment): first whatever its priority.
 * 2. Key Co     — a key account: before every other customer.
 * Then priority = Σ over currencies of share × (1 + score/100) × (1 + days/30):
 *   Cal  EUR 2000/4000 = 0.5, d 20: score 7.78 + 8.33 + 20 = 36.1 → 36;
 *        0.5 × 1.36 × (1 + 20/30) = 0.68 × 1.6667                                 = 1.1333
 *   Dan  d 5: score 1.94 + 2.08 + 20 = 24.0 → 24 in each currency; 1 + 5/30 = 1.1667
 *        EUR 2000/4000 = 0.5 → 0.5 × 1.24 × 1.1667 = 0.7233
 *        USD 1000/10000 = 0.1 → 0.1 × 1.24 × 1.1667 = 0.1447                   sum = 0.8680
 *   Bea  USD 3000/10000 = 0.3, d 10: score 3.89 + 4.17 + 20 = 28.1 → 28;
 *        0.3 × 1.28 × (1 + 10/30) = 0.384 × 1.3333                                = 0.5120
 *   Ada  USD 1000/10000 = 0.1, d 40: score 15.56 + 16.67 + 20 = 52.2 → 52;
 *        0.1 × 1.52 × (1 + 40/30) = 0.152 × 2.3333                                = 0.3547
 * Ada is the oldest and riskiest but owes the smallest share: last. Bea owes three times Ada's
 * amount but is younger. Cal's single currency outranks Dan's two because of age and risk.
 */
describe("todayWorklist: who is on today's list, and in which order", () => {
  test("promise due today, key account, then priority; left out: waiting, done, snoozed, small, covered, not due, called", () => {
    const items = worklist();
    expect(items.map((i) => i.customer)).toEqual(["Promise Co", "Key Co", "Cal", "Dan", "Bea", "Ada"]);
    expect(named(items, "Cal").priority).toBeCloseTo(1.1333, 4);
    expect(named(items, "Dan").priority).toBeCloseTo(0.868, 4);
    expect(named(items, "Bea").priority).toBeCloseTo(0.512, 4);
    expect(named(items, "Ada").priority).toBeCloseTo(0.3547, 4);
    // Key Co: USD 500/10000 = 0.05, d 2: score 0.78 + 0.83 + 20 = 21.6 → 22; 0.05 × 1.22 × (1 + 2/30) = 0.06507.
    expect(named(items, "Key Co").priority).toBeCloseTo(0.06507, 4);
  });

  test("the step is the scan's action of the most advanced chased row, in the scan's words", () => {
    const items = worklist();
    const steps = items.map((i) => [i.customer, i.step.code, i.step.level, todayStepText(i, LADDER_PRESETS.standard, "en")]);
    // Issue #18, escalation by steps (the default): none of these customers has a reminder or call
    // in the register, so each is held at the first overdue rung, level 2, whatever its age.
    expect(steps).toEqual([
      // Held by its promise: the scan's promised action; level 2 (20 days would be rung 15, level 4,
      // by age; no step recorded → 2) kept for a call.
      ["Promise Co", ActionCode.promised, 2, "Follow up on the promised payment date"],
      ["Key Co", ActionCode.rung, 2, "Friendly reminder email"],
      // 20 days: level 4 by age → 2.
      ["Cal", ActionCode.rung, 2, "Friendly reminder email"],
      ["Dan", ActionCode.rung, 2, "Friendly reminder email"],
      // 10 days is rung 8 (level 3) by age, held at 2; the broken promise moves it one rung up → 3.
      ["Bea", ActionCode.rung, 3, "Phone call from the account manager"],
      // 40 days: level 5 by age → 2.
      ["Ada", ActionCode.rung, 2, "Friendly reminder email"],
    ]);
    expect(todayStepText(named(items, "Cal"), LADDER_PRESETS.standard, "zh")).toBe("发邮件友好提醒付款");
  });

  test("one item per customer with its amounts by currency, never added; contact, flags, reason", () => {
    const items = worklist();
    const dan = named(items, "Dan");
    expect(dan.amounts).toEqual([
      { currency: "EUR", overdueCents: 200000, openCents: 200000, creditsCents: 0, disputedCents: 0 },
      { currency: "USD", overdueCents: 100000, openCents: 100000, creditsCents: 0, disputedCents: 0 },
    ]);
    // The first email the ledger gives (on Dan's USD row).
    expect(dan.email).toBe("dan@dan.example");
    expect(named(items, "Ada").email).toBe("ap@ada.example");
    expect(named(items, "Bea").email).toBeNull();
    // Cal: €2,000 overdue, €2,000 disputed, open €4,000.
    expect(named(items, "Cal").amounts).toEqual([
      { currency: "EUR", overdueCents: 200000, openCents: 400000, creditsCents: 0, disputedCents: 200000 },
    ]);
    expect(todayFlagTexts(named(items, "Cal"), "en")).toEqual(["Disputed invoices"]);
    expect(todayFlagTexts(named(items, "Bea"), "en")).toEqual(["Broken promise"]);
    expect(todayFlagTexts(named(items, "Key Co"), "zh")).toEqual(["重点客户"]);
    const promise = named(items, "Promise Co");
    expect(promise.promisesDue).toEqual([{ currency: "USD", amountCents: 80000 }]);
    expect(todayFlagTexts(promise, "en")).toEqual(["Promise due today"]);
    expect(todayReasonText(promise, "en")).toBe("Promised to pay $800.00 today: check that the payment came in");
    expect(todayReasonText(named(items, "Ada"), "en")).toBe("Oldest invoice 40 days overdue · risk grade C");
    expect(todayReasonText(named(items, "Ada"), "zh")).toBe("最早一张发票已逾期40天，风险等级C");
    expect(todayReasonText({ promisesDue: [], oldestDaysOverdue: 1, grade: "B" }, "en")).toBe(
      "Oldest invoice 1 day overdue · risk grade B",
    );
    // Two promises due (or one without an amount): no single amount to name.
    expect(
      todayReasonText({ promisesDue: [{ currency: "USD", amountCents: null }], oldestDaysOverdue: 0, grade: "A" }, "en"),
    ).toBe("Promised to pay today: check that the payment came in");
  });

  test("without a register every chased customer is listed: waiting, done, snoozed and called come back", () => {
    const items = todayWorklist({ analysis: scan(null), entries: null, asOf: AS_OF });
    // Promise Co is no longer held (no promise) and is chased at level 4; no key account given to
    // the list, but the scan flagged Key Co. Still out: Small Co (< $50), Credit Co (covered), Future Co (not due).
    expect(new Set(items.map((i) => i.customer))).toEqual(
      new Set(["Ada", "Bea", "Cal", "Dan", "Key Co", "Promise Co", "Waiting Co", "Done Co", "Snooze Co", "Called Co"]),
    );
    expect(items[0].customer).toBe("Key Co");
    expect(items.every((i) => i.email === null)).toBe(true); // no rows given: no contact
  });

  test("handled today by a reminder, promise or dispute; a snooze that ended yesterday no longer holds", () => {
    const base = register().entries;
    const extra = register([
      [AS_OF, "Ada", "USD", "", "Reminder", 5, "Email", "", "", "", ""],
      [AS_OF, "cal", "", "C-1", "Dispute", "", "", "", "", "Wrong price", ""],
      [AS_OF, "Dan", "EUR", "", "Promise", "", "", 2000, AS_OF + 7, "", ""],
      // Dated after as-of: ignored.
      [AS_OF + 1, "Bea", "", "", "Note", "", "", "", "", "Done", ""],
    ]).entries.map((entry, index) => ({ ...entry, row: base.length + index }));
    const items = todayWorklist({ analysis: scan(), entries: [...base, ...extra], asOf: AS_OF });
    expect(items.map((i) => i.customer)).toEqual(["Promise Co", "Key Co", "Bea"]);

    const expired = register([[AS_OF - 5, "Ada", "", "", "Note", "", "", "", AS_OF - 1, "Snoozed", ""]]).entries;
    expect(todayWorklist({ analysis: scan(null), entries: expired, asOf: AS_OF }).some((i) => i.customer === "Ada")).toBe(true);
  });

  test("a promise due today that is already kept (nothing overdue) is not listed", () => {
    // Future Co owes nothing overdue; its promise due today has nothing to check.
    const entries = register([[AS_OF - 3, "Future Co", "", "", "Promise", "", "", 500, AS_OF, "", ""]]).entries;
    expect(todayWorklist({ analysis: scan(null), entries, asOf: AS_OF }).some((i) => i.customer === "Future Co")).toBe(false);
  });

  test("key accounts given to the list count too; ties in priority go by name", () => {
    const items = worklist(register().entries, ["ada"]);
    expect(items.map((i) => i.customer)).toEqual(["Promise Co", "Ada", "Key Co", "Cal", "Dan", "Bea"]);
    // Two key accounts: Ada 0.3547 before Key Co 0.0651.
    // Equal priorities (same amount, age and score in one book): by name, whatever the ledger order.
    const rows = [
      ["Zed", "Z-1", 100, AS_OF - 10, "USD", "", ""],
      ["amy", "A-1", 100, AS_OF - 10, "USD", "", ""],
    ];
    const analysis = analyzeLedger(rows, { mapping: LEDGER_MAPPING, asOf: AS_OF });
    if (isFailure(analysis)) throw new Error(analysis.message);
    const tie = todayWorklist({ analysis, entries: null, asOf: AS_OF });
    expect(tie.map((i) => i.customer)).toEqual(["amy", "Zed"]);
    expect(tie[0].priority).toBe(tie[1].priority);
  });
});
