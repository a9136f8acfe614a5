import { LADDER_PRESETS, type Ladder } from "../../../src/core/dunning/ladderPresets";
import {
  NO_LEVEL_CAP,
  isCallRung,
  reminderCount,
  remindersSent,
  stepLevelCap,
  stepsTaken,
} from "../../../src/core/dunning/stepsTaken";

const NOTHING = { ledgerCount: null, registerReminders: null, registerCalls: null, reminded: false };

describe("steps taken: written reminders only — the most of the ledger's count, the register's reminders, and a date", () => {
  test("register 2 reminders + 1 call = 2 steps: the call is logged but is not a written step", () => {
    // max(ledger 2, register reminders 2, date → 1) = 2; the register's 1 call adds nothing.
    expect(stepsTaken({ ledgerCount: 2, registerReminders: 2, registerCalls: 1, reminded: true }, true)).toBe(2);
  });

  test("calls alone are no step: 3 calls and nothing written = 0 steps", () => {
    // max(ledger none → 0, register reminders 0, no date → 0) = 0; 3 calls count for nothing.
    expect(stepsTaken({ ledgerCount: null, registerReminders: 0, registerCalls: 3, reminded: false }, true)).toBe(0);
  });

  test("a Last reminded date alone is one step; nothing at all is 0 when something could record it", () => {
    expect(stepsTaken({ ...NOTHING, reminded: true }, true)).toBe(1);
    expect(stepsTaken(NOTHING, true)).toBe(0);
  });

  test("nothing could record a step (no column, no register): unknown", () => {
    expect(stepsTaken({ ...NOTHING, reminded: true }, false)).toBeNull();
    expect(remindersSent({ ...NOTHING, ledgerCount: 4 }, false)).toBeNull();
  });

  test("reminders sent count written reminders only, the same as the steps taken", () => {
    // max(ledger 1, register 2, date → 1) = 2; the 5 calls do not count.
    const recorded = { ledgerCount: 1, registerReminders: 2, registerCalls: 5, reminded: true };
    expect(remindersSent(recorded, true)).toBe(2);
    expect(stepsTaken(recorded, true)).toBe(2);
    expect(remindersSent({ ...NOTHING, reminded: true }, true)).toBe(1);
  });
});

describe("the level cap: each written overdue rung needs one recorded reminder, a call rung none (levels are 1-based)", () => {
  const standard = LADDER_PRESETS.standard;

  test("standard ladder, no reminder: the first written overdue rung, level 2 'Friendly reminder email'", () => {
    // Rungs −3, 1, 8, 15, 30, 45, 60, 90: level 1 (−3) is before due; level 2 (day 1, an email) is the
    // first written overdue rung and nothing covers it → cap 2.
    expect(stepLevelCap(standard, 0)).toBe(2);
    expect(standard.rungs[stepLevelCap(standard, 0) - 1].action).toBe("Friendly reminder email");
  });

  test("standard ladder: the day-8 phone call is passed by age, so 1 reminder → level 4, not 3", () => {
    // 1 reminder covers level 2; level 3 is a call (needs none); level 4 "Second written reminder" is
    // the first written rung not covered → cap 4.
    expect(stepLevelCap(standard, 1)).toBe(4);
    expect(standard.rungs[stepLevelCap(standard, 1) - 1].action).toBe("Second written reminder");
  });

  test.each([
    // reminders → cap: covers 2, (3 call), 4, 5, 6, 7 in turn; the next written rung is the cap.
    [2, 5], // covers 2, 4 → level 5 "Formal demand letter…"
    [3, 6], // covers 2, 4, 5 → level 6 "Final notice…"
    [4, 7], // covers 2, 4, 5, 6 → level 7 agency
    [5, 8], // covers 2, 4, 5, 6, 7 → level 8 legal
    [6, 8], // covers every written overdue rung → the last rung, 8
  ])("standard ladder: %p reminders → cap %p", (steps, cap) => {
    expect(stepLevelCap(standard, steps)).toBe(cap);
  });

  test("a final notice (level 6) only after three reminders", () => {
    expect(standard.rungs[stepLevelCap(standard, 3) - 1].action).toBe("Final notice before third-party referral");
    expect(stepLevelCap(standard, 2)).toBeLessThan(6);
  });

  test("never past the last rung (8 on the standard ladder)", () => {
    expect(stepLevelCap(standard, 40)).toBe(8);
  });

  test("a ladder whose first rung is overdue: no step → level 1; the call rung is passed by age", () => {
    // five-step: 1 reminder (written), 8 "Friendly call" (call), 15 written, 30 agency, 60 legal.
    // 0 → level 1; 1 covers level 1, skips the call (2) → level 3; 2 covers 1, 3 → level 4.
    expect(stepLevelCap(LADDER_PRESETS["five-step"], 0)).toBe(1);
    expect(stepLevelCap(LADDER_PRESETS["five-step"], 1)).toBe(3);
    expect(stepLevelCap(LADDER_PRESETS["five-step"], 2)).toBe(4);
  });

  test("30-60-90: the day-60 'Phone collection call' is passed by age, 1 reminder → level 3 agency", () => {
    // Rungs 1 written, 60 call (电话催收), 90 agency: 1 reminder covers level 1, skips level 2 → cap 3.
    expect(stepLevelCap(LADDER_PRESETS["30-60-90"], 0)).toBe(1);
    expect(stepLevelCap(LADDER_PRESETS["30-60-90"], 1)).toBe(3);
  });

  test("a ladder with no overdue rung has nothing to cap", () => {
    const early: Ladder = {
      name: "early",
      rungs: [
        { daysFromDue: -5, action: "Heads-up" },
        { daysFromDue: 0, action: "Due" },
      ],
    };
    expect(stepLevelCap(early, 0)).toBe(NO_LEVEL_CAP);
  });
});

describe("a call rung: passed by age, needs no written reminder", () => {
  test.each([
    ["Phone call from the account manager", undefined, true],
    ["Friendly call", "电话友好提醒", true],
    ["Escalation", "电话催收", true], // the Chinese text alone says 电话 (telephone)
    ["Telephone follow-up", undefined, true],
    ["Second written reminder", "发送第二次书面催款函", false],
    ["Recall the goods", undefined, false], // "call" inside a word is no call
  ])("%p / %p → %p", (action, actionZh, call) => {
    expect(isCallRung({ daysFromDue: 8, action, actionZh })).toBe(call);
  });
});

describe("a Reminders cell as a count", () => {
  test.each([
    [3, 3],
    [0, 0],
    [" 2 ", 2],
    ["two", null],
    [1.5, null],
    [-1, null],
    ["", null],
    [null, null],
  ])("%p → %p", (cell, count) => {
    expect(reminderCount(cell)).toBe(count);
  });
});
