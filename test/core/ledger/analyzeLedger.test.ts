import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import { rowOf, scanSheet } from "./analyzeLedgerHelpers";

// As of 2025-06-30 = serial 45838 (1900 system). Other serials are counted back from it:
// 45791 = 2025-05-14 (47 days earlier: 30 to May 31, 17 more), 45800 = 2025-05-23, 45777 = 2025-04-30,
// 45778 = 2025-05-01, 45748 = 2025-04-01, 45828 = 2025-06-20, 45831 = 2025-06-23, 45835 = 2025-06-27,
// 45809 = 2025-06-01, 45839 = 2025-07-01.
const AS_OF = 45838;
const H = [
  "Customer",
  "Invoice no",
  "Invoice date",
  "Due date",
  "Amount",
  "Currency",
  "Paid date",
  "Status",
  "Credit limit",
  "Last reminder",
  "Terms",
];
const SHEET: unknown[][] = [
  ["Receivables at 30 June 2025"],
  H,
  /* 0 */ ["Acme", "A-1", 45761, 45791, 1000, "USD", "", "", 5000, "", ""],
  /* 1 */ ["Acme", "A-2", "2025-06-01", "2025-07-01", "$250.50", "USD", "", "", "", "", ""],
  /* 2 */ ["Acme", "A-3", 45790, 45800, -100, "USD", "", "", "", "", ""],
  /* 3 */ ["Acme", "A-4", 45747, 45777, 400, "USD", 45787, "", "", "", ""],
  /* 4 */ ["Acme", "A-5", 45670, 45700, 100, "USD", 45702, "", "", "", ""],
  /* 5 */ ["Bolt", "B-1", 45748, 45778, 2000, "EUR", "", "", "", "", ""],
  /* 6 */ ["Bolt", "B-2", 45718, 45748, 300, "EUR", "", " Disputed ", "", "", ""],
  /* 7 */ ["BOLT ", "B-3", 45798, 45828, 20, " usd", "", "", "", "", ""],
  /* 8 */ ["Cora", "C-1", 45801, 45831, 500, "USD", "", "promised", "", 45835, ""],
  /* 9 */ ["Cora", "C-2", 45790, 45820, 800, "USD", "", "", "", "", ""],
  /* 10 */ ["Dyn", "D-1", 45794, 45824, 600, "USD", "", "", "", 45831, ""],
  /* 11 */ ["", "", "", "", "", "", "", "", "", "", ""],
  /* 12 */ ["", "X-1", 45794, 45824, 100, "USD", "", "", "", "", ""],
  /* 13 */ ["acme", "A-1", 45761, 45791, 75, "USD", "", "", "", "", ""],
  /* 14 */ ["Acme", "A-6", 45761, "03/04/2025", 75, "USD", "", "", "", "", ""],
  /* 15 */ ["Acme", "A-7", 45761, 45791, "12,3x", "USD", "", "", "", "", ""],
  /* 16 */ ["Acme", "A-8", 45800, 45790, 75, "USD", "", "", "", "", ""],
  /* 17 */ ["Acme", "A-9", "", "", 75, "USD", "", "", "", "", "Net 30"],
  /* 18 */ ["Acme", "A-10", 45809, "", 300, "USD", "", "", "", "", "Net 30"],
  /* 19 */ ["Acme", "A-11", 45809, "", 300, "USD", "", "", "", "", "whenever"],
];
const OPTIONS = { asOf: AS_OF, minAmount: 50, keyAccounts: [" bolt "] };

// Issue #18: these expectations are escalation "by age" (the rung the invoice's age reaches), as
// the scan worked before; the default, "by steps", is checked on the same ledger further down.
describe("analyzeLedger: a small English ledger, by hand (escalation by age)", () => {
  const analysis = scanSheet(SHEET, { ...OPTIONS, escalation: "age" });

  it("computes each accepted row", () => {
    // 47 days: standard rungs ≤ 47 are −3,1,8,15,30,45 → level 6; 47 is in 31-60.
    expect(rowOf(analysis, 0)).toEqual({
      state: "accepted",
      customer: "Acme",
      daysOverdue: 47,
      aging: "31-60",
      level: 6,
      open: 100000,
      action: "Final notice before third-party referral",
      why: "47 days overdue · rung 45 of ladder standard",
    });
    // Text dates and a text amount; due tomorrow (−1) is on the −3 courtesy rung.
    expect(rowOf(analysis, 1)).toEqual({
      state: "accepted",
      customer: "Acme",
      daysOverdue: 0,
      aging: "Current",
      level: 1,
      open: 25050,
      action: "Courtesy reminder that the invoice falls due soon",
      why: "due in 1 day · rung -3 of ladder standard",
    });
    // Credit note, 38 days past its due date: a credit, never overdue (0 days, no bucket, no dunning).
    expect(rowOf(analysis, 2)).toEqual({
      state: "accepted",
      customer: "Acme",
      daysOverdue: 0,
      aging: "Credit note",
      level: 0,
      open: -10000,
      action: "Credit note: offset against the customer's open invoices",
      why: "credit note · nets against the customer",
    });
    // Paid 2025-05-10, due 2025-04-30: settled, 10 days late.
    expect(rowOf(analysis, 3)).toEqual({
      state: "accepted",
      customer: "Acme",
      daysOverdue: 10,
      aging: "Paid",
      level: 0,
      open: 0,
      action: "",
      why: "paid",
    });
    // Key account at 60 days (agency rung): executive call.
    expect(rowOf(analysis, 5)).toEqual({
      state: "accepted",
      customer: "Bolt",
      daysOverdue: 60,
      aging: "31-60",
      level: 7,
      open: 200000,
      action: "Executive call between the two companies",
      why: "60 days overdue · rung 60 of ladder standard · key account",
    });
    // Disputed (status trimmed, any case), 90 days: 61-90.
    expect(rowOf(analysis, 6)).toMatchObject({
      daysOverdue: 90,
      aging: "61-90",
      level: 8,
      action: "Resolve the dispute; ask for payment of the undisputed part",
      why: "90 days overdue · disputed",
    });
    // 20.00 below the 50 small-balance limit (Bolt's only USD invoice: its net overdue in USD is 20.00); "BOLT " is Bolt.
    expect(rowOf(analysis, 7)).toMatchObject({
      customer: "Bolt",
      daysOverdue: 10,
      aging: "1-30",
      level: 3,
      action: "Small balance: add to the next statement or consider writing off",
      why: "10 days overdue · 20.00 overdue net for the customer, below the small-balance limit 50.00",
    });
    // Cora was reminded 2025-06-27, 3 days before as-of (< 7): both invoices wait until 06-27 + 7 = 2025-07-04.
    expect(rowOf(analysis, 8)).toMatchObject({
      daysOverdue: 7,
      level: 2,
      action: "Wait until 2025-07-04",
      why: "7 days overdue · rung 1 of ladder standard · reminded 2025-06-27, within 7 days",
    });
    expect(rowOf(analysis, 9)).toMatchObject({ daysOverdue: 18, level: 4, action: "Wait until 2025-07-04" });
    // Dyn was reminded exactly 7 days ago: the interval has passed, chase (14 days: rung 8).
    expect(rowOf(analysis, 10)).toMatchObject({ daysOverdue: 14, level: 3, action: "Phone call from the account manager" });
    // Due date from invoice date 2025-06-01 + Net 30 = 2025-07-01: due tomorrow.
    expect(rowOf(analysis, 18)).toMatchObject({ daysOverdue: 0, aging: "Current", level: 1, open: 30000 });
    expect(analysis.rows.dueSerial[18]).toBe(45839);
    expect(rowOf(analysis, 11)).toEqual({ state: "blank" });
  });

  it("lists each rejected row with its reason", () => {
    expect(analysis.issues).toEqual([
      { rowIndex: 12, field: "customer", code: "noCustomer", reason: "no customer" },
      {
        rowIndex: 13,
        field: "invoiceNo",
        code: "duplicateInvoice",
        reason: "duplicate invoice number 'A-1' for customer 'Acme'",
        firstRowIndex: 0,
      },
      {
        rowIndex: 14,
        field: "dueDate",
        code: "unreadableDate",
        reason:
          "due date: cannot read '03/04/2025' as a date: it reads either way; write 2025-04-03 or 2025-03-04, or use a date cell",
      },
      { rowIndex: 15, field: "amount", code: "unreadableAmount", reason: "amount: cannot read '12,3x' as an amount" },
      {
        rowIndex: 16,
        field: "dueDate",
        code: "dueBeforeInvoice",
        reason: "due date 2025-05-13 is before invoice date 2025-05-23",
      },
      { rowIndex: 17, field: "dueDate", code: "noDueDate", reason: "no due date, and no invoice date with terms to compute it" },
      {
        rowIndex: 19,
        field: "terms",
        code: "unreadableTerms",
        reason: "terms: cannot read 'whenever' as payment terms; use e.g. 30, Net 30, 2/10 net 30, Net 30 EOM or COD",
      },
    ]);
  });

  it("summarises each customer per currency", () => {
    const acme = analysis.customers[0];
    // open: 1000 + 250.50 − 100 + 0 + 0 + 300 = 1450.50; overdue: 1000 (row 0; the −100 credit note is
    // apart, not netted); credits −100 (row 2, not an invoice: 5 invoices, 1 credit note).
    // limit 5000 → use 1450.5 / 5000 = 0.2901; review: 1000 ≥ 10% × 5000 = 500.
    // Paid history: row 3 (10 days late, 400, paid 2025-05-10: May), row 4 (2 days, 100, paid 2025-02-15:
    // February). avg = (10×400 + 2×100) / 500 = 8.4. Trend window July 2024 … June 2025 (12 months to
    // as-of's): both payments in it, usual days late 8.4 too; payments in 2 months < 3: trend unknown, 0.
    // score (core/risk/riskScore.ts): oldest overdue 47 days × 35/90 = 18.28; days late 8.4 × 25/60 = 3.5;
    // share 1000/1450.5 = 0.69 ≥ 0.5 → 20; use ≤ 0.5 → 0; trend 0 → 0: 41.78 → 42: C.
    expect(acme).toEqual({
      customer: "Acme",
      currency: "USD",
      invoiceCount: 5,
      creditNoteCount: 1,
      open: 1450.5,
      overdue: 1000,
      disputed: 0,
      credits: -100,
      oldestDaysOverdue: 47,
      highestLevel: 6,
      creditLimit: 5000,
      creditUse: 0.2901,
      reviewFlag: true,
      avgDaysLate: 8.4,
      trend: 0,
      paymentTrend: { usualDaysLate: 8.4, slopePerMonth: null, direction: "unknown", months: 2 },
      neverPaid: false,
      riskScore: 42,
      grade: "C",
      keyAccount: false,
      lastReminded: null,
      // The Last reminder column is mapped and Acme's cells are blank: 0 reminders, 0 steps recorded.
      remindersSent: 0,
      stepsTaken: 0,
      openCents: 145050,
      overdueCents: 100000,
      disputedCents: 0,
      creditsCents: -10000,
    });
    const names = analysis.customers.map((c) => `${c.customer} ${c.currency}`);
    expect(names).toEqual(["Acme USD", "Bolt EUR", "Bolt USD", "Cora USD", "Dyn USD"]);
    // Bolt EUR: 2000 (B-1, 60 days overdue: level 7, rung 60) + 300 disputed (B-2, 90 days: apart, so
    // neither its days nor its level count). Never paid, oldest overdue 60 days: debt age 60 × 35/90
    // = 23.33, never paid 60 × 25/60 = 25; share 2000/2300 = 0.87 → 20; no limit: 68.33 → 68: D.
    expect(analysis.customers[1]).toMatchObject({
      open: 2300,
      overdue: 2000,
      disputed: 300,
      credits: 0,
      invoiceCount: 2,
      creditNoteCount: 0,
      oldestDaysOverdue: 60,
      highestLevel: 7,
      creditLimit: null,
      creditUse: null,
      reviewFlag: false,
      avgDaysLate: 0,
      trend: 0,
      neverPaid: true,
      riskScore: 68,
      grade: "D",
      keyAccount: true,
    });
    expect(analysis.customers[3]).toMatchObject({
      open: 1300,
      overdue: 1300,
      oldestDaysOverdue: 18,
      highestLevel: 4,
      lastReminded: 45835,
    });
  });

  it("totals per currency, never adding currencies", () => {
    const [usd, eur] = analysis.portfolio;
    // USD open: 1000 + 250.50 − 100 + 20 + 500 + 800 + 600 + 300 = 3370.50;
    // overdue (undisputed invoices past due): 1000 + 20 + 500 + 800 + 600 = 2920; the −100 credit note apart.
    expect(usd).toMatchObject({ currency: "USD", open: 3370.5, overdue: 2920, openCents: 337050, overdueCents: 292000 });
    expect(usd).toMatchObject({ credits: -100, creditNoteCount: 1, disputed: 0, disputedCount: 0 });
    expect(usd.overduePct).toBeCloseTo(2920 / 3370.5, 12);
    expect(usd.buckets.map((b) => [b.label, b.amount, b.count])).toEqual([
      ["Current", 550.5, 2], // 250.50 + 300
      ["1-30", 1920, 4], // 20 + 500 + 800 + 600
      ["31-60", 1000, 1], // row 0 (the credit note is on its own line)
      ["61-90", 0, 0],
      ["91+", 0, 0],
    ]);
    // 550.5 + 1920 + 1000 − 100 = 3370.5 = open
    // EUR: B-1 2000 (60 days, 31-60) overdue; B-2 300 disputed, apart from the buckets.
    expect(eur).toMatchObject({ currency: "EUR", open: 2300, overdue: 2000, disputed: 300, disputedCount: 1, credits: 0 });
    expect(eur.overduePct).toBeCloseTo(2000 / 2300, 12);
    expect(eur.buckets.map((b) => b.amount)).toEqual([0, 0, 2000, 0, 0]);
  });
});

describe("analyzeLedger: the same ledger by steps (the default, issue #18)", () => {
  // Standard ladder, levels = rung index + 1: 1 −3, 2 day 1, 3 day 8, 4 day 15, 5 day 30, 6 day 45,
  // 7 day 60, 8 day 90. By steps a customer's level is at most the cap for its written reminders:
  // each written overdue rung needs one reminder, the day-8 call (level 3) none, so 0 → cap 2,
  // 1 → cap 4. The ledger's Last reminder column is the only record: Acme and Bolt none (cap 2),
  // Cora and Dyn one each (a date = one reminder: cap 4).
  const analysis = scanSheet(SHEET, OPTIONS);

  it("holds each chased row at its customer's next step; the Why says so", () => {
    expect(analysis.context.escalation).toBe("steps");
    // Acme A-1, 47 days (age level 6) → level 2.
    expect(rowOf(analysis, 0)).toMatchObject({
      level: 2,
      action: "Friendly reminder email",
      why: "47 days overdue · rung 1 of ladder standard · no reminder recorded: first written reminder before any escalation",
    });
    // Due tomorrow: the courtesy rung, level 1, below every cap.
    expect(rowOf(analysis, 1)).toMatchObject({ level: 1, action: "Courtesy reminder that the invoice falls due soon" });
    // Bolt, key account, 60 days (age level 7, agency → executive call) → level 2: a friendly reminder, no executive call.
    expect(rowOf(analysis, 5)).toMatchObject({
      level: 2,
      action: "Friendly reminder email",
      why: "60 days overdue · rung 1 of ladder standard · no reminder recorded: first written reminder before any escalation",
    });
    // Disputed and small-balance rows keep their action and Why; their level is held too (2).
    expect(rowOf(analysis, 6)).toMatchObject({ level: 2, why: "90 days overdue · disputed" });
    expect(rowOf(analysis, 7)).toMatchObject({
      level: 2,
      action: "Small balance: add to the next statement or consider writing off",
    });
    // Cora: one reminder (reminded 2025-06-27) → cap 4. C-1 at 7 days is level 2 by age already: as before.
    expect(rowOf(analysis, 8)).toMatchObject({
      level: 2,
      why: "7 days overdue · rung 1 of ladder standard · reminded 2025-06-27, within 7 days",
    });
    // C-2 at 18 days: age level 4 (18 ≥ 15); reminded once → cap 4 → min(4, 4) = level 4, not held (no
    // steps phrase), still waiting.
    expect(rowOf(analysis, 9)).toMatchObject({
      level: 4,
      action: "Wait until 2025-07-04",
      why: "18 days overdue · rung 15 of ladder standard · reminded 2025-06-27, within 7 days",
    });
    // Dyn: one reminder → cap 4, above its age level 3 at 14 days (8 ≤ 14 < 15): the phone call, as before.
    expect(rowOf(analysis, 10)).toMatchObject({ level: 3, action: "Phone call from the account manager" });
  });

  it("the customers' highest levels follow; risk does not move", () => {
    const [acme, boltEur, , cora, dyn] = analysis.customers;
    expect([acme.highestLevel, acme.riskScore, acme.stepsTaken, acme.remindersSent]).toEqual([2, 42, 0, 0]);
    // Bolt EUR: B-1 held at 2 (the disputed B-2 never counts); risk 68 as by age.
    expect([boltEur.highestLevel, boltEur.riskScore]).toEqual([2, 68]);
    // Cora: C-1 2, C-2 4 → 4; one step (a Last reminder date), one reminder known.
    expect([cora.highestLevel, cora.stepsTaken, cora.remindersSent]).toEqual([4, 1, 1]);
    expect([dyn.highestLevel, dyn.stepsTaken]).toEqual([3, 1]);
  });
});

describe("analyzeLedger: options", () => {
  it("refuses a mapping it cannot use and an as-of that is no date", () => {
    expect(isFailure(analyzeLedger([], { mapping: { customer: 0, amount: 1 }, asOf: AS_OF }))).toBe(true);
    const badAsOf = analyzeLedger([], { mapping: { customer: 0, amount: 1, dueDate: 2 }, asOf: -5 });
    expect(isFailure(badAsOf) && badAsOf.message).toBe("as_of -5 is not a date serial in the 1900 date system");
    expect(isFailure(analyzeLedger([], { mapping: { customer: 0, amount: 1, dueDate: 2 }, asOf: AS_OF, edges: [60, 30] }))).toBe(
      true,
    );
  });

  it("uses a credit-limit table, other edges, another ladder and a default currency", () => {
    const rows = [["Eve", 100, 45791]];
    const result = analyzeLedger(rows, {
      mapping: { customer: 0, amount: 1, dueDate: 2 },
      asOf: AS_OF,
      creditLimits: new Map([["EVE ", 200]]),
      edges: [15, 45],
      ladder: undefined,
      defaultCurrency: "cny",
    });
    if (isFailure(result)) throw new Error(result.message);
    // 47 days with edges 15/45: past the last edge → "46+"; use 100 / 200 = 0.5; review: 100 ≥ 20.
    expect(result.portfolio[0].buckets.map((b) => b.label)).toEqual(["Current", "1-15", "16-45", "46+"]);
    expect(result.portfolio[0].buckets[3].amount).toBe(100);
    expect(result.customers[0]).toMatchObject({ currency: "CNY", creditLimit: 200, creditUse: 0.5, reviewFlag: true });
  });
});
