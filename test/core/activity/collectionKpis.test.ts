import { atRiskEdge, atRiskShares } from "../../../src/core/activity/atRiskShares";
import type { ActivityEntry } from "../../../src/core/activity/activityTypes";
import { collectionKpis } from "../../../src/core/activity/collectionKpis";
import { disputeCycles } from "../../../src/core/activity/disputeCycles";
import { parseActivityRows } from "../../../src/core/activity/parseActivityRows";
import { promiseOutcomes } from "../../../src/core/activity/promiseOutcomes";
import { remindersThisMonth } from "../../../src/core/activity/remindersThisMonth";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { CurrencyTotals, CustomerSummary, LedgerAnalysis } from "../../../src/core/ledger/ledgerAnalysisTypes";
import { KPI_AS_OF, KPI_HEADER, KPI_LEDGER_MAPPING, KPI_LEDGER_ROWS, KPI_REGISTER_ROWS } from "./collectionKpisFixture";

function entriesOf(rows: readonly (readonly unknown[])[]): readonly ActivityEntry[] {
  const register = parseActivityRows([KPI_HEADER, ...rows]);
  if (isFailure(register)) throw new Error("the register should read");
  if (register.issues.length > 0) throw new Error(`unreadable rows: ${register.issues.map((i) => i.row).join(", ")}`);
  return register.entries;
}

function analysisOf(rows: readonly (readonly unknown[])[], edges?: readonly number[]): LedgerAnalysis {
  const analysis = analyzeLedger(rows, { mapping: KPI_LEDGER_MAPPING, asOf: KPI_AS_OF, edges });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return analysis;
}

/** A register row with only what a rule test needs; the rest blank. */
function row(
  date: number,
  customer: string,
  kind: string,
  more: { currency?: string; invoice?: string; level?: number; amount?: number; dueBy?: number; reason?: string } = {},
): unknown[] {
  return [
    date,
    customer,
    more.currency ?? "",
    more.invoice ?? "",
    kind,
    more.level ?? "",
    "",
    more.amount ?? "",
    more.dueBy ?? "",
    more.reason ?? "",
    "",
  ];
}

/** A customer's summary with only what promiseOutcomes reads. */
function owing(customer: string, currency: string, overdueCents: number): CustomerSummary {
  return { customer, currency, overdueCents } as CustomerSummary;
}

describe("collectionKpis on the hand-worked register (as of 2025-07-12 = 45850, grace 3 days)", () => {
  const kpis = collectionKpis(entriesOf(KPI_REGISTER_ROWS), analysisOf(KPI_LEDGER_ROWS), KPI_AS_OF, 3);

  test("promise-kept rate: 1 kept of 3 judged = 33.3 %; one still held; the one dated after as-of ignored", () => {
    const p = kpis.promises;
    expect([p.judged, p.kept, p.broken, p.held, p.replaced]).toEqual([3, 1, 2, 1, 0]);
    // 1 / 3 = 0.3333…
    expect(p.keptRate).toBeCloseTo(1 / 3, 10);
    expect(p.outcomes.map((o) => [o.customer, o.dueBy, o.state])).toEqual([
      ["Lapsed Co", 45810, "broken"],
      ["Lapsed Co", 45860, "held"],
      ["Kept Co", 45842, "kept"],
      ["Broken Co", 45840, "broken"],
    ]);
  });

  test("broken promises: 2, their promised amounts per currency, never added together", () => {
    // EUR 300.00 (Lapsed Co, by its note) and USD 800.00 (Broken Co, still overdue); sorted by code.
    expect(kpis.promises.brokenAmounts).toEqual([
      { currency: "EUR", count: 1, amountCents: 30000, withoutAmount: 0 },
      { currency: "USD", count: 1, amountCents: 80000, withoutAmount: 0 },
    ]);
  });

  test("dispute cycle time: released after 4 and 10 days → average 7, median 7; one open for 5 days", () => {
    expect(kpis.disputes).toEqual({ releasedDays: [4, 10], averageDays: 7, medianDays: 7, openAgesDays: [5] });
  });

  test("at-risk rate per currency: USD 1,200.00 of 4,800.00 = 25.0 % beyond 90 days; EUR 0 of 2,000.00", () => {
    expect(kpis.atRisk).toEqual([
      { currency: "USD", edge: 90, label: "91+", atRiskCents: 120000, invoicesCents: 480000, rate: 0.25 },
      { currency: "EUR", edge: 90, label: "91+", atRiskCents: 0, invoicesCents: 200000, rate: 0 },
    ]);
  });

  test("reminders this month: 2025-07-01 (45839) to as-of, level 1: 3, level 2: 1", () => {
    expect(kpis.reminders).toEqual({
      from: 45839,
      to: 45850,
      total: 4,
      byLevel: [
        { level: 1, count: 3 },
        { level: 2, count: 1 },
      ],
    });
  });

  test("states the as-of and grace it was computed with; grace defaults to the scan's 3 days", () => {
    expect([kpis.asOf, kpis.graceDays]).toEqual([45850, 3]);
    const byDefault = collectionKpis(entriesOf(KPI_REGISTER_ROWS), analysisOf(KPI_LEDGER_ROWS), KPI_AS_OF);
    expect([byDefault.graceDays, byDefault.promises.keptRate]).toEqual([3, kpis.promises.keptRate]);
  });

  test("an empty register: nothing judged (no rate), no dispute time, no reminder; the at-risk rate still stands", () => {
    const empty = collectionKpis([], analysisOf(KPI_LEDGER_ROWS), KPI_AS_OF);
    expect([empty.promises.judged, empty.promises.keptRate, empty.promises.brokenAmounts]).toEqual([0, null, []]);
    expect([empty.disputes.averageDays, empty.disputes.medianDays, empty.disputes.openAgesDays]).toEqual([null, null, []]);
    expect([empty.reminders.total, empty.reminders.byLevel]).toEqual([0, []]);
    expect(empty.atRisk.map((a) => a.rate)).toEqual([0.25, 0]);
  });
});

describe("promiseOutcomes: the rule, case by case (as of 45850, grace 3)", () => {
  const judge = (rows: unknown[][], customers: CustomerSummary[] = []) =>
    promiseOutcomes(entriesOf(rows), customers, KPI_AS_OF, 3).map((o) => [o.dueBy, o.state, o.amountCents]);

  test("the hold is promiseState's: held up to and including due-by + grace, judged the day after", () => {
    // Due by 45847 → hold to 45850 = as-of: held. Due by 45846 → hold to 45849 < 45850: judged, owes → broken.
    expect(judge([row(45840, "A", "promise", { dueBy: 45847 })], [owing("A", "USD", 100)])).toEqual([[45847, "held", null]]);
    expect(judge([row(45840, "A", "promise", { dueBy: 45846 })], [owing("A", "USD", 100)])).toEqual([[45846, "broken", null]]);
  });

  test("a promise in one currency is judged by that currency only; one naming none by any currency", () => {
    const customers = [owing("A", "USD", 0), owing("A", "EUR", 5000)];
    expect(judge([row(45830, "A", "promise", { currency: "USD", dueBy: 45840 })], customers)).toEqual([[45840, "kept", null]]);
    expect(judge([row(45830, "A", "promise", { dueBy: 45840 })], customers)).toEqual([[45840, "broken", null]]);
  });

  test("the same due-by restated counts once, with the latest row's amount", () => {
    const rows = [
      row(45830, "A", "promise", { dueBy: 45840, amount: 100 }),
      row(45832, "A", "promise", { dueBy: 45840, amount: 250 }),
    ];
    // 250.00 = 25,000 cents; nothing overdue → kept.
    expect(judge(rows)).toEqual([[45840, "kept", 25000]]);
  });

  test("renegotiated before the hold ended: replaced, neither kept nor broken", () => {
    // First due by 45840, hold to 45843; a new due-by given on 45843 (≤ 45843) → replaced.
    // The new one, due by 45848, holds to 45851 ≥ 45850 → held.
    const rows = [row(45830, "A", "promise", { dueBy: 45840 }), row(45843, "A", "promise", { dueBy: 45848 })];
    expect(judge(rows, [owing("A", "USD", 100)])).toEqual([
      [45840, "replaced", null],
      [45848, "held", null],
    ]);
  });

  test("superseded after its hold ended with no broken-promise note: kept (the register logged nothing broken)", () => {
    // Hold to 45843; the next promise on 45844 > 45843. The customer owes today, but that is the new promise's business.
    const rows = [row(45830, "A", "promise", { dueBy: 45840 }), row(45844, "A", "promise", { dueBy: 45855 })];
    expect(judge(rows, [owing("A", "USD", 100)])).toEqual([
      [45840, "kept", null],
      [45855, "held", null],
    ]);
  });

  test("a broken-promise note counts only when dated after the due-by; without a due-by it names the promise in force", () => {
    const note = (date: number) => row(date, "A", "note", { reason: "付款承诺未兑现：仍未付清。" });
    // Dated on the due-by (45840): not after it → ignored; nothing overdue → kept.
    expect(judge([row(45830, "A", "promise", { dueBy: 45840 }), note(45840)])).toEqual([[45840, "kept", null]]);
    // Dated 45841 > 45840 → broken, though nothing is overdue now (paid since).
    expect(judge([row(45830, "A", "promise", { dueBy: 45840 }), note(45841)])).toEqual([[45840, "broken", null]]);
    // A note naming another customer's promise, or another currency's, breaks nothing.
    const other = [
      row(45830, "A", "promise", { dueBy: 45840 }),
      row(45841, "B", "note", { reason: "Broken promise" }),
      row(45841, "A", "note", { currency: "EUR", reason: "Broken promise" }),
    ];
    expect(judge(other)).toEqual([[45840, "kept", null]]);
  });

  test("a note with a due-by names that promise even after a later promise replaced it in force", () => {
    const rows = [
      row(45800, "A", "promise", { dueBy: 45810 }),
      row(45820, "A", "promise", { dueBy: 45830 }),
      // Dated 45835, names due-by 45810 → the first is broken; the second (hold to 45833, in force, nothing owed) kept.
      row(45835, "A", "note", { dueBy: 45810, reason: "Broken promise: due by 2025-06-02, still unpaid." }),
    ];
    expect(judge(rows)).toEqual([
      [45810, "broken", null],
      [45830, "kept", null],
    ]);
  });

  test("customers match the ledger by name key, whatever the case and spacing", () => {
    expect(judge([row(45830, "  ACME   ltd ", "promise", { dueBy: 45840 })], [owing("Acme Ltd", "USD", 100)])).toEqual([
      [45840, "broken", null],
    ]);
  });

  test("broken promises without an amount are counted, their amount left out and said", () => {
    const kpis = collectionKpis(
      entriesOf([
        row(45830, "A", "promise", { currency: "USD", dueBy: 45840 }),
        row(45830, "B", "promise", { currency: "USD", dueBy: 45840, amount: 12.5 }),
      ]),
      {
        customers: [owing("A", "USD", 100), owing("B", "USD", 100)],
        portfolio: [],
        context: { edges: [30, 60, 90], dateSystem: 1900 },
      },
      KPI_AS_OF,
    );
    // Two broken; only B gave an amount: 12.50 = 1,250 cents.
    expect(kpis.promises.brokenAmounts).toEqual([{ currency: "USD", count: 2, amountCents: 1250, withoutAmount: 1 }]);
  });
});

describe("disputeCycles", () => {
  test("a release naming no invoice ends every held dispute of that customer only; a repeated dispute row does not restart", () => {
    const rows = [
      row(45800, "A", "dispute", { invoice: "1" }),
      row(45805, "A", "dispute", { invoice: "2" }),
      // Restated on 45810: still from 45800.
      row(45810, "A", "dispute", { invoice: "1" }),
      row(45802, "B", "dispute", { invoice: "1" }),
      // A's release of everything on 45820: invoice 1 after 20 days, invoice 2 after 15.
      row(45820, "A", "note", { reason: "已解决" }),
      // A release for an invoice not held changes nothing.
      row(45821, "A", "dispute", { invoice: "9", reason: "Released" }),
    ];
    // Released: 20 and 15 → average 17.5, median (15 + 20) / 2 = 17.5; B's still open: 45850 − 45802 = 48.
    expect(disputeCycles(entriesOf(rows), KPI_AS_OF)).toEqual({
      releasedDays: [20, 15],
      averageDays: 17.5,
      medianDays: 17.5,
      openAgesDays: [48],
    });
  });

  test("an odd count's median is the middle one; open disputes oldest first", () => {
    const rows = [
      row(45800, "A", "dispute", { invoice: "1" }),
      row(45801, "A", "dispute", { invoice: "1", reason: "Released" }),
      row(45800, "A", "dispute", { invoice: "2" }),
      row(45802, "A", "note", { invoice: "2", reason: "解除争议" }),
      row(45800, "A", "dispute", { invoice: "3" }),
      row(45830, "A", "note", { invoice: "3", reason: "Resolved" }),
      row(45840, "A", "dispute", { invoice: "4" }),
      row(45820, "A", "dispute", { invoice: "5" }),
      row(45800, "B", "dispute", { invoice: "1" }),
    ];
    // Cycles 1, 2, 30 → average 33 / 3 = 11, median 2;
    // open 45850 − 45800 = 50 (B), 45850 − 45820 = 30, 45850 − 45840 = 10.
    expect(disputeCycles(entriesOf(rows), KPI_AS_OF)).toEqual({
      releasedDays: [1, 2, 30],
      averageDays: 11,
      medianDays: 2,
      openAgesDays: [50, 30, 10],
    });
  });
});

describe("atRiskShares: the edge used", () => {
  test("edges 30/60/90 count the 91+ bucket; 90/120 count 91-120 and 121+; 45/100 count 101+; 30/60 count 61+", () => {
    expect(atRiskEdge([30, 60, 90])).toEqual({ edge: 90, firstBucket: 4 });
    expect(atRiskEdge([30, 60, 90, 120])).toEqual({ edge: 90, firstBucket: 4 });
    expect(atRiskEdge([45, 100])).toEqual({ edge: 100, firstBucket: 3 });
    expect(atRiskEdge([30, 60])).toEqual({ edge: 60, firstBucket: 3 });
  });

  test("with edges 30/60/90/120 the rate adds the buckets beyond 90 of the scan", () => {
    // Same ledger: M-1 70 days → 61-90, O-1 100 days → 91-120; nothing past 120. 1,200 / 4,800 = 25 %.
    const [usd] = atRiskShares(analysisOf(KPI_LEDGER_ROWS, [30, 60, 90, 120]).portfolio, [30, 60, 90, 120]);
    expect(usd).toEqual({ currency: "USD", edge: 90, label: "91-120", atRiskCents: 120000, invoicesCents: 480000, rate: 0.25 });
    // With 30/60 the oldest bucket is 61+: M-1 and O-1, (1,800 + 1,200) / 4,800 = 62.5 %.
    const [usd60] = atRiskShares(analysisOf(KPI_LEDGER_ROWS, [30, 60]).portfolio, [30, 60]);
    expect([usd60.edge, usd60.label, usd60.atRiskCents, usd60.rate]).toEqual([60, "61+", 300000, 0.625]);
  });

  test("a currency with nothing open has no rate", () => {
    const totals = {
      currency: "GBP",
      buckets: [{ label: "Current", amount: 0, amountCents: 0, count: 0 }],
    } as unknown as CurrencyTotals;
    expect(atRiskShares([totals], [30, 60, 90])[0].rate).toBeNull();
  });
});

describe("remindersThisMonth", () => {
  test("a blank level is counted apart, last; other kinds and other months are not counted", () => {
    const rows = [
      row(45839, "A", "reminder", { level: 3 }),
      row(45840, "A", "reminder"),
      row(45841, "B", "reminder"),
      row(45842, "B", "call", { level: 1 }),
      // 2025-06-30: the month before.
      row(45838, "B", "reminder", { level: 1 }),
    ];
    expect(remindersThisMonth(entriesOf(rows), KPI_AS_OF, 1900).byLevel).toEqual([
      { level: 3, count: 1 },
      { level: null, count: 2 },
    ]);
  });

  test("in the 1904 date system the month starts at its own serial", () => {
    // 2025-07-12 is 45850 − 1462 = 44388 in 1904; 2025-07-01 is 45839 − 1462 = 44377.
    const rows = [row(44377, "A", "reminder", { level: 1 }), row(44376, "A", "reminder", { level: 1 })];
    const register = parseActivityRows([KPI_HEADER, ...rows], 1904);
    if (isFailure(register)) throw new Error("the register should read");
    expect(remindersThisMonth(register.entries, 44388, 1904)).toEqual({
      from: 44377,
      to: 44388,
      total: 1,
      byLevel: [{ level: 1, count: 1 }],
    });
  });
});
