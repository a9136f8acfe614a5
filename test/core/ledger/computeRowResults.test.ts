import { DEFAULT_AGING_EDGES } from "../../../src/core/aging/agingBuckets";
import { ActionCode } from "../../../src/core/dunning/actionCode";
import { DunningStatus } from "../../../src/core/dunning/dunningStatus";
import { LADDER_PRESETS } from "../../../src/core/dunning/ladderPresets";
import { computeRowResults, NOT_PAID } from "../../../src/core/ledger/computeRowResults";
import { CurrencyAccumulator } from "../../../src/core/ledger/currencyAccumulator";
import { Sum, SUM_SLOTS } from "../../../src/core/ledger/customerAccumulator";
import { GroupTotals } from "../../../src/core/ledger/groupTotals";
import { allocateRowResults, CREDIT_BUCKET, PAID_BUCKET, RowState } from "../../../src/core/ledger/ledgerAnalysisTypes";

const AS_OF = 45838; // 2025-06-30

/**
 * Six rows as the row loop leaves them (group, due, open cents, paid date or NOT_PAID, status):
 * 0 Acme  due 45800  $1,000.00 open                      → 38 days, 31-60, rung 5 (30 days: formal demand)
 * 1 Acme  due 45790  paid 45810, $500.00                  → settled 20 days late
 * 2 Beta  due 45850  −$200.00 credit note                 → not yet due
 * 3 (an issue: left alone)
 * 4 Beta  due 45773  $3,000.00 open, key account          → 65 days, 61-90, rung 7 (60: agency) → executive call
 * 5 Acme  due 45800  $100.00 open, disputed               → 38 days, rung 5, but disputed
 */
function sixRows(levelCapOfEntity?: Uint8Array) {
  const results = allocateRowResults(6);
  const put = (i: number, group: number, due: number, open: number, paid: number, status: DunningStatus) => {
    results.state[i] = RowState.accepted;
    results.customer[i] = group;
    results.dueSerial[i] = due;
    results.openCents[i] = open;
    results.daysOverdue[i] = paid;
    results.action[i] = status;
  };
  put(0, 0, 45800, 100_000, NOT_PAID, DunningStatus.none);
  put(1, 0, 45790, 0, 45810, DunningStatus.none);
  put(2, 1, 45850, -20_000, NOT_PAID, DunningStatus.none);
  results.state[3] = RowState.issue;
  put(4, 1, 45773, 300_000, NOT_PAID, DunningStatus.none);
  put(5, 0, 45800, 10_000, NOT_PAID, DunningStatus.disputed);
  const weights = Float64Array.of(100_000, 50_000, -20_000, 0, 300_000, 10_000);
  const usd = new CurrencyAccumulator("USD", 5);
  const totals = new GroupTotals(2);
  computeRowResults(results, Int32Array.of(0, 0, 1, -1, 1, 0), Uint8Array.of(0, 1), weights, totals, [usd, usd], {
    asOf: AS_OF,
    edges: DEFAULT_AGING_EDGES,
    ladder: LADDER_PRESETS.standard,
    minCents: 0,
    levelCapOfEntity,
  });
  return { results, totals, usd };
}

describe("computeRowResults", () => {
  it("gives each accepted row its days, bucket, level and action, and leaves other rows alone", () => {
    const { results } = sixRows();
    expect([...results.signedDays]).toEqual([38, 48, -12, 0, 65, 38]);
    // Settled: paid − due = 45810 − 45790 = 20. Not yet due: 0.
    expect([...results.daysOverdue]).toEqual([38, 20, 0, 0, 65, 38]);
    // Buckets for edges 30/60/90: 0 Current, 1 "1-30", 2 "31-60", 3 "61-90"; the issue row keeps 0;
    // the credit note is never aged (CREDIT_BUCKET); the disputed row keeps its age's bucket.
    expect([...results.bucket]).toEqual([2, PAID_BUCKET, CREDIT_BUCKET, 0, 3, 2]);
    // Standard ladder rungs −3, 1, 8, 15, 30, 45, 60, 90: 38 days reach the 5th, 65 days the 7th.
    expect([...results.level]).toEqual([5, 0, 0, 0, 7, 5]);
    expect([...results.action]).toEqual([
      ActionCode.rung,
      ActionCode.paid,
      ActionCode.creditNote,
      0,
      ActionCode.executiveCall,
      ActionCode.disputed,
    ]);
  });

  it("adds each row to its customer's totals", () => {
    const { totals } = sixRows();
    const acme = totals.sums.subarray(0, SUM_SLOTS);
    const beta = totals.sums.subarray(SUM_SLOTS, 2 * SUM_SLOTS);
    // Acme: rows 0, 1, 5 are invoices; Beta: row 4 is an invoice, row 2 a credit note (not an invoice).
    expect([totals.invoiceCount[0], totals.invoiceCount[1]]).toEqual([3, 1]);
    expect([totals.creditNoteCount[0], totals.creditNoteCount[1]]).toEqual([0, 1]);
    // Acme: $1,000 + $0 + $100 open; overdue $1,000 (the $100 is disputed: apart).
    // Beta: $3,000 − $200 open; overdue $3,000 (the credit note is apart, not netted).
    expect([acme[Sum.open], acme[Sum.overdueInvoices], acme[Sum.disputed], acme[Sum.creditNotes]]).toEqual([
      110_000, 100_000, 10_000, 0,
    ]);
    expect([beta[Sum.open], beta[Sum.overdueInvoices], beta[Sum.disputed], beta[Sum.creditNotes]]).toEqual([
      280_000, 300_000, 0, -20_000,
    ]);
    expect([totals.oldestDaysOverdue[0], totals.oldestDaysOverdue[1]]).toEqual([38, 65]);
    expect([totals.highestLevel[0], totals.highestLevel[1]]).toEqual([5, 7]);
    // Acme's payment: 20 days late × 50,000 cents = 1,000,000. Paid 45810 = 2025-06-02, in June 2025,
    // as-of's month: the last (12th, index 11) month of the trend window, slots monthLate + 22 and + 23.
    expect([acme[Sum.lateWeighted], acme[Sum.weight], beta[Sum.weight]]).toEqual([1_000_000, 50_000, 0]);
    const months = [...acme.subarray(Sum.monthLate)];
    expect(months).toEqual([...new Array<number>(22).fill(0), 1_000_000, 50_000]);
  });

  it("adds rows with something open to their currency's portfolio and aging", () => {
    const { usd } = sixRows();
    // Slots [open, overdue, disputed, credits, not yet due]:
    // open 100,000 − 20,000 + 300,000 + 10,000 = 390,000; overdue (undisputed, past due) rows 0 and 4
    // = 400,000; disputed row 5 = 10,000; credits row 2 = −20,000; not yet due: row 2 alone = −20,000.
    expect([...usd.sums]).toEqual([390_000, 400_000, 10_000, -20_000, -20_000]);
    expect([...usd.counts]).toEqual([1, 1]); // one disputed, one credit note
    // Buckets: invoices only, disputed and credits apart: 31-60 row 0, 61-90 row 4.
    expect([...usd.bucketCents]).toEqual([0, 0, 100_000, 300_000, 0]);
    expect([...usd.bucketCounts]).toEqual([0, 0, 1, 1, 0]);
  });
});

describe("computeRowResults with a level cap per customer (escalation by steps, issue #18)", () => {
  it("holds each open row at its customer's cap; the key account's executive call only on an escalation rung", () => {
    // Acme (entity 0) cap 2: row 0 (age level 5) and the disputed row 5 (5) → 2. Beta (entity 1) cap 3:
    // row 4 (age level 7, agency → executive call) → 3, "Phone call", no escalation rung → a plain rung.
    const { results, totals } = sixRows(Uint8Array.of(2, 3));
    expect([...results.level]).toEqual([2, 0, 0, 0, 3, 2]);
    expect([...results.action]).toEqual([
      ActionCode.rung,
      ActionCode.paid,
      ActionCode.creditNote,
      0,
      ActionCode.rung,
      ActionCode.disputed,
    ]);
    // Highest levels follow: Acme 2 (row 0; the disputed row never counts), Beta 3.
    expect([totals.highestLevel[0], totals.highestLevel[1]]).toEqual([2, 3]);
    // Beta capped at 7 (agency) keeps the executive call.
    expect(sixRows(Uint8Array.of(8, 7)).results.action[4]).toBe(ActionCode.executiveCall);
  });
});
