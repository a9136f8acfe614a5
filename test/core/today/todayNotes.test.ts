import { isDoneText, isSnoozedText } from "../../../src/core/today/todayNotes";
import { callRow, doneRow, snoozeRow } from "../../../src/core/today/todayRows";
import { todayExclusions } from "../../../src/core/today/todayExclusions";
import { todayPriority } from "../../../src/core/today/todayPriority";
import type { ActivityEntry } from "../../../src/core/activity/activityTypes";

describe("the Done and Snoozed notes", () => {
  test.each([
    ["Done", true],
    ["  done: left a voicemail", true],
    ["DONE.", true],
    ["已处理", true],
    ["已处理，客户下周付款", true],
    ["Donegal office", false],
    ["Not done", false],
    ["", false],
  ])("isDoneText(%p) is %p", (text, expected) => {
    expect(isDoneText(text)).toBe(expected);
  });

  test.each([
    ["Snoozed", true],
    ["snooze 3 days", true],
    ["SNOOZED until Friday", true],
    ["暂缓", true],
    ["暂缓至下周", true],
    ["Snoozer", false],
    ["Done", false],
    ["They asked to snooze", false],
  ])("isSnoozedText(%p) is %p", (text, expected) => {
    expect(isSnoozedText(text)).toBe(expected);
  });

  test("the reasons the builders write are the ones the recognisers read back", () => {
    expect(isDoneText(doneRow("Acme", 45850, "en").reason ?? "")).toBe(true);
    expect(isDoneText(doneRow("Acme", 45850, "zh").reason ?? "")).toBe(true);
    expect(isSnoozedText(snoozeRow("Acme", 45850, 45853, "en").reason ?? "")).toBe(true);
    expect(isSnoozedText(snoozeRow("Acme", 45850, 45853, "zh").reason ?? "")).toBe(true);
  });
});

describe("the rows Today logs, dated the scan's as-of", () => {
  test("done: a note with Reason Done (已处理), every currency", () => {
    expect(doneRow("Acme Ltd", 45850, "en")).toEqual({ date: 45850, customer: "Acme Ltd", kind: "note", reason: "Done" });
    expect(doneRow("Acme Ltd", 45850, "zh")).toEqual({ date: 45850, customer: "Acme Ltd", kind: "note", reason: "已处理" });
  });

  test("snooze: a note with Due by = the last day of the snooze and Reason Snoozed (暂缓)", () => {
    // 45850 + 3 days = 45853.
    expect(snoozeRow("Acme Ltd", 45850, 45853, "en")).toEqual({
      date: 45850,
      customer: "Acme Ltd",
      kind: "note",
      dueBy: 45853,
      reason: "Snoozed",
    });
    expect(snoozeRow("Acme Ltd", 45850, 45851, "zh").reason).toBe("暂缓");
  });

  test("call: kind call at the customer's level, channel phone; no level below the first rung", () => {
    expect(callRow("Acme Ltd", 45850, 4)).toEqual({
      date: 45850,
      customer: "Acme Ltd",
      kind: "call",
      level: 4,
      channel: "phone",
    });
    expect(callRow("Acme Ltd", 45850, 0)).toEqual({ date: 45850, customer: "Acme Ltd", kind: "call", channel: "phone" });
  });
});

function entry(partial: Partial<ActivityEntry> & Pick<ActivityEntry, "date" | "kind">): ActivityEntry {
  return {
    row: 0,
    customer: "Acme",
    customerKey: "acme",
    currency: "",
    invoice: "",
    level: null,
    channel: "",
    amountCents: null,
    dueBy: null,
    reason: "",
    owner: "",
    released: false,
    ...partial,
  };
}

describe("todayExclusions", () => {
  const asOf = 45850;
  test.each([
    ["a reminder today", entry({ date: asOf, kind: "reminder" }), true],
    ["a call today", entry({ date: asOf, kind: "call" }), true],
    ["a promise today", entry({ date: asOf, kind: "promise", dueBy: asOf + 5 }), true],
    ["a dispute today", entry({ date: asOf, kind: "dispute", invoice: "A-1" }), true],
    ["a Done note today", entry({ date: asOf, kind: "note", reason: "Done" }), true],
    ["a Done note yesterday", entry({ date: asOf - 1, kind: "note", reason: "done" }), false],
    ["a reminder yesterday", entry({ date: asOf - 1, kind: "reminder" }), false],
    ["the scan's broken-promise note today", entry({ date: asOf, kind: "note", reason: "Broken promise: due by …" }), false],
    ["a plain note today", entry({ date: asOf, kind: "note", reason: "Spoke to AP" }), false],
  ])("handled: %s → %p", (_what, e, expected) => {
    expect(todayExclusions([e], asOf).handled.has("acme")).toBe(expected);
  });

  test.each([
    ["snoozed until today", entry({ date: asOf - 2, kind: "note", reason: "Snoozed", dueBy: asOf }), true],
    ["snoozed until tomorrow", entry({ date: asOf - 2, kind: "note", reason: "暂缓", dueBy: asOf + 1 }), true],
    ["a snooze that ended yesterday", entry({ date: asOf - 4, kind: "note", reason: "Snoozed", dueBy: asOf - 1 }), false],
    ["a snooze without a Due by", entry({ date: asOf - 1, kind: "note", reason: "Snoozed" }), false],
    ["a snooze logged after as-of", entry({ date: asOf + 1, kind: "note", reason: "Snoozed", dueBy: asOf + 5 }), false],
  ])("snoozed: %s → %p", (_what, e, expected) => {
    expect(todayExclusions([e], asOf).snoozed.has("acme")).toBe(expected);
  });

  test("no register: nobody is excluded", () => {
    const none = todayExclusions(null, asOf);
    expect([none.handled.size, none.snoozed.size]).toEqual([0, 0]);
  });
});

describe("todayPriority", () => {
  test("share of the currency's overdue × (1 + score/100) × (1 + days/30), summed over currencies", () => {
    // $6,000 of $10,000 at score 40, 30 days: 0.6 × 1.4 × 2 = 1.68;
    // plus ¥5,000 of ¥50,000 at score 0, 0 days: 0.1 × 1 × 1 = 0.1. Total 1.78.
    expect(
      todayPriority([
        { overdueCents: 600000, currencyOverdueCents: 1000000, riskScore: 40, oldestDaysOverdue: 30 },
        { overdueCents: 500000, currencyOverdueCents: 5000000, riskScore: 0, oldestDaysOverdue: 0 },
      ]),
    ).toBeCloseTo(1.78, 10);
  });

  test("nothing overdue, or an empty book, adds nothing", () => {
    expect(todayPriority([{ overdueCents: 0, currencyOverdueCents: 1000, riskScore: 90, oldestDaysOverdue: 90 }])).toBe(0);
    expect(todayPriority([{ overdueCents: 100, currencyOverdueCents: 0, riskScore: 90, oldestDaysOverdue: 90 }])).toBe(0);
    expect(todayPriority([])).toBe(0);
  });
});
