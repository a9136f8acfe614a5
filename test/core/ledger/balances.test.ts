import { dashboardFigures } from "../../../src/core/dashboard/dashboardFigures";
import { ActionCode } from "../../../src/core/dunning/actionCode";
import { DunningStatus } from "../../../src/core/dunning/dunningStatus";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import { BalanceKind, balanceKind } from "../../../src/core/ledger/balances";
import { CREDIT_BUCKET } from "../../../src/core/ledger/ledgerAnalysisTypes";
import type { LedgerMapping } from "../../../src/core/ledger/ledgerFields";
import { ledgerRowText } from "../../../src/core/ledger/ledgerRowText";
import { draftLetters } from "../../../src/core/letters/draftLetters";
import { letterRowsFromLedger } from "../../../src/core/letters/letterRowsFromLedger";
import { SETTINGS_EN } from "../letters/letterFixtures";

/*
 One definition of open, overdue, disputed and credits (src/core/ledger/balances.ts), checked on a
 small ledger by hand. As of 2025-06-30 = 45838; due 45808 = 30 days before, 45818 = 20 days,
 45850 = 12 days ahead, 45778 = 60 days, 45700 = 138 days, 45828 = 10 days.

 row  customer  no    due    amount  open  cur  status    limit  counts as
  0   Acme      A-1   45808   1000    400  USD  -         2000   part-paid, 30 days past due: overdue 400 (1-30)
  1   Acme      A-2   45818    500    500  USD  Disputed         disputed 500 (20 days past due, not overdue)
  2   Acme      CN-1  45818   -150   -150  USD  -                credit −150 (20 days past its date: still a credit)
  3   Acme      A-3   45850    300    300  USD  -                current 300
  4   Acme      A-4   45778    200      0  USD  -                settled
  5   Bolt      B-1   45700    800    800  USD  -                overdue 800 (138 days, 91+)
  6   Bolt      B-2   45828    250    250  EUR  -                overdue 250 (EUR)
  7   Acme      CN-2  45838    -50    -50  USD  Disputed         credit −50 (a credit note is never "disputed")

 Acme USD: open 400 + 500 − 150 + 300 + 0 − 50 = 1000; overdue 400; disputed 500; credits −200;
           invoices A-1..A-4 = 4, credit notes 2; oldest overdue 30 days; credit use 1000/2000 = 0.5;
           review 400 ≥ 10% × 2000 = 200 → yes. Check: 300 current + 400 + 500 − 200 = 1000.
 Bolt USD: open 800 = overdue 800; oldest 138.
 USD: open 1800; overdue 400 + 800 = 1200; disputed 500 (1); credits −200 (2);
      aging Current 300 (1) · 1-30 400 (1) · 31-60 0 · 61-90 0 · 91+ 800 (1):
      300 + 400 + 800 + 500 − 200 = 1800 = open; overdue % 1200/1800 = 2/3.
 EUR: open 250 = overdue 250, 1-30 (1).
 Acme's letter: overdue invoices 400, less credit notes −200 (CN-1, CN-2), amount due 200,
      disputed 500 apart, not yet due 300 apart; 200 + 500 + 300 = 1000 = open.
*/
const AS_OF = 45838;
const mapping: LedgerMapping = {
  customer: 0,
  invoiceNo: 1,
  dueDate: 2,
  amount: 3,
  openAmount: 4,
  currency: 5,
  status: 6,
  creditLimit: 7,
};
const ROWS: unknown[][] = [
  ["Acme", "A-1", 45808, 1000, 400, "USD", "", 2000],
  ["Acme", "A-2", 45818, 500, 500, "USD", "Disputed", ""],
  ["Acme", "CN-1", 45818, -150, -150, "USD", "", ""],
  ["Acme", "A-3", 45850, 300, 300, "USD", "", ""],
  ["Acme", "A-4", 45778, 200, 0, "USD", "", ""],
  ["Bolt", "B-1", 45700, 800, 800, "USD", "", ""],
  ["Bolt", "B-2", 45828, 250, 250, "EUR", "", ""],
  ["Acme", "CN-2", 45838, -50, -50, "USD", "Disputed", ""],
];

function scan() {
  const analysis = analyzeLedger(ROWS, { mapping, asOf: AS_OF });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return analysis;
}

test("balanceKind: a credit note is a credit whatever its date or status; disputed only for invoices", () => {
  expect(balanceKind(0, 30, DunningStatus.none)).toBe(BalanceKind.settled);
  expect(balanceKind(-15000, 20, DunningStatus.none)).toBe(BalanceKind.credit);
  expect(balanceKind(-5000, 0, DunningStatus.disputed)).toBe(BalanceKind.credit);
  expect(balanceKind(50000, 20, DunningStatus.disputed)).toBe(BalanceKind.disputed);
  expect(balanceKind(50000, -12, DunningStatus.disputed)).toBe(BalanceKind.disputed);
  expect(balanceKind(40000, 1, DunningStatus.promised)).toBe(BalanceKind.overdue);
  expect(balanceKind(40000, 0, DunningStatus.none)).toBe(BalanceKind.current);
});

test("credit notes are never overdue, aged or dunned; disputed invoices keep their days", () => {
  const analysis = scan();
  const { rows } = analysis;
  // rows 2 and 7 (credit notes): 0 days, no bucket, no level, "apply the credit"
  for (const i of [2, 7]) {
    expect([rows.daysOverdue[i], rows.bucket[i], rows.level[i], rows.action[i]]).toEqual([
      0,
      CREDIT_BUCKET,
      0,
      ActionCode.creditNote,
    ]);
    expect(ledgerRowText(analysis, i)).toMatchObject({
      aging: "Credit note",
      action: "Credit note: offset against the customer's open invoices",
    });
  }
  // row 1 (disputed, 20 days past due): its days and age stay on its row, its action is the dispute
  expect([rows.daysOverdue[1], ledgerRowText(analysis, 1).aging, rows.action[1]]).toEqual([20, "1-30", ActionCode.disputed]);
  // row 0: part-paid, 30 days past due on its 400 open
  expect([rows.daysOverdue[0], rows.openCents[0], ledgerRowText(analysis, 0).aging]).toEqual([30, 40000, "1-30"]);
  const zh = analyzeLedger(ROWS, { mapping, asOf: AS_OF, language: "zh" });
  if (isFailure(zh)) throw new Error(zh.message);
  expect(ledgerRowText(zh, 2).aging).toBe("贷项");
});

test("the customer card's figures, by hand", () => {
  const [acme, bolt, boltEur] = scan().customers;
  expect(acme).toMatchObject({
    customer: "Acme",
    currency: "USD",
    open: 1000,
    overdue: 400,
    disputed: 500,
    credits: -200,
    invoiceCount: 4,
    creditNoteCount: 2,
    oldestDaysOverdue: 30,
    creditLimit: 2000,
    creditUse: 0.5,
    reviewFlag: true,
    openCents: 100000,
    overdueCents: 40000,
    disputedCents: 50000,
    creditsCents: -20000,
  });
  expect(bolt).toMatchObject({ currency: "USD", open: 800, overdue: 800, disputed: 0, credits: 0, oldestDaysOverdue: 138 });
  expect(boltEur).toMatchObject({ currency: "EUR", open: 250, overdue: 250 });
});

test("the currency totals and the dashboard, by hand", () => {
  const analysis = scan();
  const [usd, eur] = analysis.portfolio;
  expect(usd).toMatchObject({
    open: 1800,
    overdue: 1200,
    disputed: 500,
    disputedCount: 1,
    credits: -200,
    creditNoteCount: 2,
    // not yet due (as_of − due ≤ 0), everything open: A-3 300 and CN-2 −50 (due today) = 250
    notYetDueCents: 25000,
  });
  expect(usd.overduePct).toBeCloseTo(2 / 3, 12);
  expect(usd.buckets.map((b) => [b.label, b.amount, b.count])).toEqual([
    ["Current", 300, 1],
    ["1-30", 400, 1],
    ["31-60", 0, 0],
    ["61-90", 0, 0],
    ["91+", 800, 1],
  ]);
  expect(eur).toMatchObject({ open: 250, overdue: 250, disputed: 0, credits: 0 });

  const dashboard = dashboardFigures(ROWS, analysis, mapping, { asOf: AS_OF });
  if (isFailure(dashboard)) throw new Error(dashboard.message);
  expect(dashboard[0]).toMatchObject({ open: 1800, overdue: 1200, disputed: 500, credits: -200, creditNoteCount: 2 });
  // top overdue by overdue (disputed left out): Bolt 800, Acme 400
  expect(dashboard[0].topOverdue.map((c) => [c.customer, c.overdue])).toEqual([
    ["Bolt", 800],
    ["Acme", 400],
  ]);
});

test("the letter demands the same overdue, credits and disputed amounts the customer card shows", () => {
  const analysis = scan();
  const letterRows = letterRowsFromLedger({ rows: ROWS, mapping, analysis, dateSystem: 1900 });
  // open rows, CN-1, A-3, B-1, B-2, CN-2 (A-4 is settled); only A-2 is disputed
  expect(letterRows.map((r) => [r.invoiceNumber, r.openCents, r.disputed])).toEqual([
    ["A-1", 40000, false],
    ["A-2", 50000, true],
    ["CN-1", -15000, false],
    ["A-3", 30000, false],
    ["B-1", 80000, false],
    ["B-2", 25000, false],
    ["CN-2", -5000, false],
  ]);
  const { letters } = draftLetters(letterRows, AS_OF, SETTINGS_EN);
  const acme = letters.find((l) => l.customer === "Acme")!;
  // overdue invoices 400, less credit notes −200 = amount due 200; disputed 500 and not yet due 300 apart
  expect(acme.totals).toMatchObject({
    invoicedCents: 40000,
    creditCents: -20000,
    demandedCents: 20000,
    disputedCents: 50000,
    notYetDueCents: 30000,
    openCents: 100000,
  });
  const card = analysis.customers[0];
  expect([acme.totals.invoicedCents, acme.totals.creditCents, acme.totals.disputedCents, acme.totals.openCents]).toEqual([
    card.overdueCents,
    card.creditsCents,
    card.disputedCents,
    card.openCents,
  ]);
  expect(acme.totals.lines.map((l) => l.label)).toEqual([
    "Overdue invoices",
    "Less credit notes",
    "Amount due",
    "Disputed (not included)",
    "Not yet due (not included)",
  ]);
});
