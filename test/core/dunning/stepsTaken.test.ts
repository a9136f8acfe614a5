import { LADDER_PRESETS, type Ladder } from "../../../src/core/dunning/ladderPresets";
import { NO_LEVEL_CAP, reminderCount, remindersSent, stepLevelCap, stepsTaken } from "../../../src/core/dunning/stepsTaken";

const NOTHING = { ledgerCount: null, registerReminders: null, registerCalls: null, reminded: false };

describe("steps taken: the most of the ledger's count, the register's reminders + calls, and a date", () => {
  test("register 2 reminders + 1 call = 3 steps, above a ledger count of 2", () => {
    expect(stepsTaken({ ledgerCount: 2, registerReminders: 2, registerCalls: 1, reminded: true }, true)).toBe(3);
  });

  test("a Last reminded date alone is one step; nothing at all is 0 when something could record it", () => {
    expect(stepsTaken({ ...NOTHING, reminded: true }, true)).toBe(1);
    expect(stepsTaken(NOTHING, true)).toBe(0);
  });

  test("nothing could record a step (no column, no register): unknown", () => {
    expect(stepsTaken({ ...NOTHING, reminded: true }, false)).toBeNull();
    expect(remindersSent({ ...NOTHING, ledgerCount: 4 }, false)).toBeNull();
  });

  test("reminders sent count written reminders only: calls are steps, not reminders", () => {
    // max(ledger 1, register 2, date → 1) = 2; the call does not count.
    expect(remindersSent({ ledgerCount: 1, registerReminders: 2, registerCalls: 5, reminded: true }, true)).toBe(2);
    expect(remindersSent({ ...NOTHING, reminded: true }, true)).toBe(1);
  });
});

describe("the level cap: the first overdue rung + steps (levels are 1-based rung numbers)", () => {
  const standard = LADDER_PRESETS.standard;

  test("standard ladder: the first overdue rung is index 1 (day 1), so level 2 for no step", () => {
    // Rungs −3, 1, 8, 15, 30, 45, 60, 90: index 1 is the first with days ≥ 1 → level 1 + 1 = 2.
    expect(stepLevelCap(standard, 0)).toBe(2);
    expect(standard.rungs[stepLevelCap(standard, 0) - 1].action).toBe("Friendly reminder email");
    // One step: level 3 = index 2 "Phone call…"; three steps: level 5 = index 4 "Formal demand…".
    expect(stepLevelCap(standard, 1)).toBe(3);
    expect(stepLevelCap(standard, 3)).toBe(5);
  });

  test("never past the last rung (8 on the standard ladder)", () => {
    expect(stepLevelCap(standard, 40)).toBe(8);
  });

  test("a ladder whose first rung is overdue: no step → level 1", () => {
    // five-step: 1, 8, 15, 30, 60 → index 0 is the first overdue rung.
    expect(stepLevelCap(LADDER_PRESETS["five-step"], 0)).toBe(1);
    expect(stepLevelCap(LADDER_PRESETS["five-step"], 2)).toBe(3);
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
