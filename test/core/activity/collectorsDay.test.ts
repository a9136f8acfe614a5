import { brokenPromiseRows } from "../../../src/core/activity/brokenPromiseRows";
import { customerActivity, promiseState } from "../../../src/core/activity/customerActivity";
import { parseActivityRows } from "../../../src/core/activity/parseActivityRows";
import type { ActivityRegister } from "../../../src/core/activity/activityTypes";
import { ActionCode } from "../../../src/core/dunning/actionCode";
import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import { headerMap } from "../../../src/core/ledger/headerMap";
import type { LedgerAnalysis } from "../../../src/core/ledger/ledgerAnalysisTypes";
import { ledgerRowText } from "../../../src/core/ledger/ledgerRowText";
import { draftLetters } from "../../../src/core/letters/draftLetters";
import { letterRowsFromLedger } from "../../../src/core/letters/letterRowsFromLedger";
import { renderLetterText } from "../../../src/core/letters/renderLetterText";
import {
  COLLECTORS_DAY_AS_OF as AS_OF,
  COLLECTORS_DAY_GRACE_DAYS as GRACE,
  COLLECTORS_DAY_INTERVAL_DAYS as INTERVAL,
  collectorsDayCsv,
} from "../../support/collectorsDayFixture";

/*
 * Issue #18's acceptance cases on the hand-worked fixture (test/fixtures/collectors-day/README.md
 * holds every figure with its arithmetic). As of 2025-07-15 = 45853 (45658 = 2025-01-01, + 181 days
 * of Jan–Jun = 45839 = 2025-07-01, + 14); standard ladder (levels from −3, 1, 8, 15, 30, 45, 60, 90
 * days); minimum reminder interval 7 (waits when reminded after 45846); promise grace 3.
 *
 * Ledger rows: 0 Keller KT-1001 (paid), 1 Brandt BL-2001, 2 Chen CH-3001, 3 Chen CH-3002,
 * 4 Dalton DF-4001, 5 Evans ES-5001, 6 Fischer FG-6001 USD, 7 Fischer FG-6002 EUR, 8 Grant GS-7001,
 * 9 Grant GS-CN7 (credit note), 10 Hoffmann HA-8001.
 */

const LEDGER = collectorsDayCsv("ledger.csv");
const REGISTER = collectorsDayCsv("register.csv");
const MAPPING = headerMap(LEDGER[0]);
const LEDGER_ROWS = LEDGER.slice(1);

function readRegister(values: readonly (readonly unknown[])[]): ActivityRegister {
  const register = parseActivityRows(values, 1900);
  if (isFailure(register)) throw new Error(`the fixture register should read: ${register.message}`);
  return register;
}

function factsOf(values: readonly (readonly unknown[])[]) {
  return customerActivity(readRegister(values).entries, AS_OF, GRACE);
}

function scan(activity?: ReturnType<typeof factsOf>, escalation?: "steps" | "age"): LedgerAnalysis {
  const options = { mapping: MAPPING, asOf: AS_OF, minReminderIntervalDays: INTERVAL, activity, escalation };
  const analysis = analyzeLedger(LEDGER_ROWS, options);
  if (isFailure(analysis)) throw new Error(analysis.message);
  return analysis;
}

function customer(analysis: LedgerAnalysis, name: string, currency = "USD") {
  const found = analysis.customers.find((c) => c.customer === name && c.currency === currency);
  if (found === undefined) throw new Error(`no ${name} in ${currency}`);
  return found;
}

const facts = factsOf(REGISTER);
const withRegister = scan(facts);
const { paid, rung, disputed, wait, creditNote } = ActionCode;

describe("the collector's day fixture: the register as read", () => {
  test("seven rows read; the promise without a due-by date is one issue (case 8)", () => {
    const register = readRegister(REGISTER);
    // Data rows 0–7; row 6 (Hoffmann AG's promise) has no Due by.
    expect(register.entries.map((e) => e.row)).toEqual([0, 1, 2, 3, 4, 5, 7]);
    expect(register.issues.map((i) => [i.row, i.column, i.message.key])).toEqual([[6, "dueBy", "promiseNoDueBy"]]);
    // The Chinese kind typed by hand reads as a reminder; the release marker is seen.
    expect(register.entries.map((e) => [e.kind, e.date])).toEqual([
      ["dispute", 45828],
      ["reminder", 45839],
      ["promise", 45839],
      ["promise", 45841],
      ["dispute", 45846],
      ["note", 45848],
      ["reminder", 45851],
    ]);
    expect(register.entries[5].released).toBe(true);
  });

  test("per customer: reminders, promises with their hold, held invoices", () => {
    // Evans: reminders 45839 and 45851 → 2 sent, last 45851.
    const evans = facts.get("evans supply");
    expect([evans?.remindersSent, evans?.lastReminded]).toEqual([2, 45851]);
    // Keller: due by 45846 + 3 = 45849; Brandt: due by 45847 + 3 = 45850 (both before 45853).
    expect(facts.get("keller tools")?.promises.get("USD")).toMatchObject({ dueBy: 45846, holdUntil: 45849, amountCents: 125000 });
    expect(facts.get("brandt logistics")?.promises.get("USD")).toMatchObject({
      dueBy: 45847,
      holdUntil: 45850,
      amountCents: 340000,
    });
    // Chen holds CH-3001; Dalton's dispute was released on 45848.
    expect([...(facts.get("chen hardware")?.heldInvoices ?? [])]).toEqual(["CH-3001"]);
    expect(facts.get("dalton foods")?.heldInvoices.size).toBe(0);
    // Hoffmann's only row was malformed: nothing about it.
    expect(facts.has("hoffmann ag")).toBe(false);
  });
});

/*
 * Issue #18: escalation by steps (the default) caps each customer's level by its WRITTEN reminders:
 * the most of the register's reminders, the ledger's count and 1 for a Last reminded date (calls,
 * disputes, notes and promises are no steps). Walking the standard ladder's overdue rungs, each
 * written rung needs one reminder, the day-8 phone call (level 3) none: 0 reminders → cap 2; 1 → 4;
 * 2 → 5; 3 → 6. Level = min(age level, cap); a broken promise then adds one rung. Reminders here:
 * Brandt 1 (ledger 2025-06-27) → cap 4; Evans 2 (register 45839 and 45851; ledger date 45838 → 1)
 * → cap 5; everyone else 0 → cap 2.
 */
describe("the scan with the register (as of 2025-07-15 = 45853)", () => {
  test("without the register, by age: every open invoice is chased at its age's level", () => {
    const plain = scan(undefined, "age");
    // Age levels: 20 d → 4, 35 → 5, 15 → 4, 40 → 5, 32 → 5, 18 → 4, 30 → 5, 25 → 4, 10 → 3.
    expect(Array.from(plain.rows.level)).toEqual([0, 4, 5, 4, 5, 5, 4, 5, 4, 0, 3]);
    // Evans' ledger Last reminded 45838 is not after 45846: no wait yet.
    expect(Array.from(plain.rows.action)).toEqual([paid, rung, rung, rung, rung, rung, rung, rung, rung, creditNote, rung]);
  });

  test("without the register, by steps: the ledger's Last reminded dates are the only steps", () => {
    const plain = scan();
    // Brandt (dated 45835) and Evans (dated 45838) one reminder each → cap 4: Brandt age 4 → 4, Evans
    // age 5 → 4; all others none → cap 2 (age 5, 4, 5, 4, 5, 4, 3 → 2). The actions are the same
    // codes as by age.
    expect(Array.from(plain.rows.level)).toEqual([0, 4, 2, 2, 2, 4, 2, 2, 2, 0, 2]);
    expect(Array.from(plain.rows.action)).toEqual([paid, rung, rung, rung, rung, rung, rung, rung, rung, creditNote, rung]);
  });

  test("levels and actions per row follow the register", () => {
    // Brandt: 1 reminder → cap 4 = age 4 (20 days) → 4, broken promise one rung up → 5; CH-3001
    // disputed (held at 2); Evans 2 reminders → cap 5 = age 5 (32 days) → 5, waits; the rest never
    // reminded → cap 2 → 2.
    expect(Array.from(withRegister.rows.level)).toEqual([0, 5, 2, 2, 2, 5, 2, 2, 2, 0, 2]);
    expect(Array.from(withRegister.rows.action)).toEqual([
      paid,
      rung,
      disputed,
      rung,
      rung,
      wait,
      rung,
      rung,
      rung,
      creditNote,
      rung,
    ]);
  });

  test("case 1, promise kept: Keller paid 45845 before its hold ended 45849 → nothing overdue, no step", () => {
    const keller = customer(withRegister, "Keller Tools");
    expect([keller.overdueCents, keller.openCents, keller.highestLevel]).toEqual([0, 0, 0]);
    expect(promiseState({ holdUntil: 45849 }, AS_OF, keller.overdueCents)).toBe("kept");
    expect(ledgerRowText(withRegister, 0)).toEqual({ aging: "Paid", action: "", why: "paid" });
  });

  test("case 2, promise broken: Brandt's hold ended 45850, still owing $3,400.00 → one rung up after the cap, level 5, one note", () => {
    // Reminded once (Last reminded 2025-06-27) → cap level 4; 20 days by age = level 4 → 4; broken → 5,
    // "Formal demand letter with late-interest notice" (by age 4 + 1 = 5 as well).
    expect(ledgerRowText(withRegister, 1).action).toBe("Formal demand letter with late-interest notice");
    expect(customer(withRegister, "Brandt Logistics").highestLevel).toBe(5);
    expect(scan(facts, "age").rows.level[1]).toBe(5);
    const notes = brokenPromiseRows(facts, withRegister.customers, AS_OF, 1900, "en");
    // Only Brandt: Keller's promise was kept; Hoffmann's row was never read.
    expect(notes).toEqual([
      {
        date: 45853,
        customer: "Brandt Logistics",
        kind: "note",
        currency: "USD",
        amountCents: 340000,
        dueBy: 45847,
        reason: "Broken promise: due by 2025-07-09, still unpaid.",
      },
    ]);
    // Logged (dated 45853, after the due-by 45847): not given again, and the escalation stays.
    const logged = factsOf([
      ...REGISTER,
      [45853, "Brandt Logistics", "USD", "", "Note", "", "", 3400, 45847, notes[0].reason, ""],
    ]);
    const rescanned = scan(logged);
    expect(brokenPromiseRows(logged, rescanned.customers, AS_OF, 1900, "en")).toEqual([]);
    // The note is no reminder: still 1 reminder → cap 4, + 1 for the broken promise → 5.
    expect(rescanned.rows.level[1]).toBe(5);
  });

  test("case 3, dispute held: CH-3001 ($900) disputed and not dunned, CH-3002 ($450, 15 days) still dunned", () => {
    expect(ledgerRowText(withRegister, 2).action).toBe("Resolve the dispute; ask for payment of the undisputed part");
    // Chen was never reminded (a dispute is no step): CH-3002 at 15 days gets the first reminder, level 2.
    expect(ledgerRowText(withRegister, 3).action).toBe("Friendly reminder email");
    const chen = customer(withRegister, "Chen Hardware");
    // Overdue 450.00, disputed 900.00, open 450 + 900 = 1,350.00; highest level of undisputed rows 2.
    expect([chen.overdueCents, chen.disputedCents, chen.openCents, chen.highestLevel, chen.oldestDaysOverdue]).toEqual([
      45000, 90000, 135000, 2, 15,
    ]);
  });

  test("case 4, dispute released: DF-4001 dunned again at 40 days, first reminder (level 2); held without the release row", () => {
    // Never reminded: level 2, not the age's 5 (formal demand).
    expect(ledgerRowText(withRegister, 4).action).toBe("Friendly reminder email");
    const dalton = customer(withRegister, "Dalton Foods");
    expect([dalton.overdueCents, dalton.disputedCents]).toEqual([210000, 0]);
    // Register without data row 5 (the release): header + rows 0–4 and 6–7.
    const unreleased = scan(factsOf(REGISTER.filter((_, r) => r !== 6)));
    expect(unreleased.rows.action[4]).toBe(disputed);
    expect([customer(unreleased, "Dalton Foods").overdueCents, customer(unreleased, "Dalton Foods").disputedCents]).toEqual([
      0, 210000,
    ]);
  });

  test("case 5, reminded 2025-07-13 (45851), two days ago: wait until 45851 + 7 = 45858 = 2025-07-20", () => {
    // The register's 45851 beats the ledger's older Last reminded 45838.
    expect(customer(withRegister, "Evans Supply").lastReminded).toBe(45851);
    expect(ledgerRowText(withRegister, 5)).toEqual({
      aging: "31-60",
      action: "Wait until 2025-07-20",
      // Two register reminders → cap level 5 (covers 2, 4; the call 3 passed by age) = the age's level 5
      // (32 days ≥ 30, rung 30): not held, so no steps phrase.
      why: "32 days overdue · rung 30 of ladder standard · reminded 2025-07-13, within 7 days",
    });
  });

  test("cases 6 and 7: Fischer overdue in USD and EUR; Grant's credit note nets its overdue to 0", () => {
    const usd = customer(withRegister, "Fischer GmbH", "USD");
    const eur = customer(withRegister, "Fischer GmbH", "EUR");
    // Never reminded: level 2 in both (by age 18 days → 4 in USD, 30 days → 5 in EUR); never added together.
    expect([usd.overdueCents, usd.highestLevel, eur.overdueCents, eur.highestLevel]).toEqual([120000, 2, 250000, 2]);
    const grant = customer(withRegister, "Grant & Sons");
    // Overdue 600.00 (not netted, balances.ts), credits −600.00, open 600 − 600 = 0.
    expect([grant.overdueCents, grant.creditsCents, grant.openCents]).toEqual([60000, -60000, 0]);
  });

  test("case 8: Hoffmann's malformed promise holds nothing: HA-8001 chased at 10 days, first reminder (level 2)", () => {
    // Never reminded: the friendly reminder (by age, 10 days: the phone call, level 3).
    expect(ledgerRowText(withRegister, 10).action).toBe("Friendly reminder email");
  });
});

describe("letters from the scanned fixture", () => {
  const rows = letterRowsFromLedger({ rows: LEDGER_ROWS, mapping: MAPPING, analysis: withRegister, dateSystem: 1900 });
  const SETTINGS = { language: "en", sender: { company: "Northwind Supplies" } } as const;
  const { letters, skipped } = draftLetters(rows, AS_OF, SETTINGS);

  test("who gets a letter: Keller (paid) none, Evans (waits) and Grant (credit covers) skipped", () => {
    expect(skipped.map((s) => [s.customer, s.currency])).toEqual([
      ["Evans Supply", "USD"],
      ["Grant & Sons", "USD"],
    ]);
    // Case 5: no reminder due, until the scan's 45851 + 7 = 45858 (not the ledger's 45838 + 7).
    expect(skipped[0].reason).toMatch(/wait until 20 July 2025$/);
    // Case 7: 600.00 − 600.00 = 0 to demand.
    expect(skipped[1].reason).toMatch(/credit notes cover/);
    expect(letters.some((l) => l.customer === "Keller Tools")).toBe(false);
  });

  test("the letters drafted, amount demanded per currency (README's letters table)", () => {
    expect(letters.map((l) => [l.customer, l.parts.map((p) => [p.currency, p.totals.demandedCents])])).toEqual([
      ["Brandt Logistics", [["USD", 340000]]],
      ["Chen Hardware", [["USD", 45000]]],
      ["Dalton Foods", [["USD", 210000]]],
      [
        "Fischer GmbH",
        [
          ["USD", 120000],
          ["EUR", 250000],
        ],
      ],
      ["Hoffmann AG", [["USD", 70000]]],
    ]);
  });

  test("case 3, Chen's letter demands $450.00 (CH-3002) and lists CH-3001 $900.00 apart as disputed", () => {
    const chen = letters.filter((l) => l.customer === "Chen Hardware");
    expect(chen.map((l) => [l.totals.demandedCents, l.totals.disputedCents])).toEqual([[45000, 90000]]);
    expect(chen[0].invoiceTable.rows.map((r) => r[0])).toEqual(["CH-3002"]);
    expect(chen[0].disputed?.table.rows.map((r) => r[0])).toEqual(["CH-3001"]);
  });

  test("a promise the register holds is mentioned, not demanded: Hoffmann's row with a due-by of 2025-07-20", () => {
    // Row 6 given its due-by 45858: hold to 45858 + 3 = 45861 ≥ 45853, so HA-8001 is promised and
    // Hoffmann has nothing else to demand.
    const fixed = REGISTER.map((row, r) => (r === 7 ? row.map((cell, c) => (c === 8 ? 45858 : cell)) : row));
    const analysis = scan(factsOf(fixed));
    expect(analysis.rows.action[10]).toBe(ActionCode.promised);
    const drafted = draftLetters(
      letterRowsFromLedger({ rows: LEDGER_ROWS, mapping: MAPPING, analysis, dateSystem: 1900 }),
      AS_OF,
      SETTINGS,
    );
    expect(drafted.letters.some((l) => l.customer === "Hoffmann AG")).toBe(false);
    expect(drafted.skipped.filter((s) => s.customer === "Hoffmann AG").map((s) => s.reason)).toEqual([
      "every overdue invoice of 'Hoffmann AG' in USD is promised: nothing to demand until the promise lapses",
    ]);
  });

  test("case 6, Fischer in two currencies: ONE letter with two subtotals, $1,200.00 and €2,500.00, never summed", () => {
    const fischer = letters.filter((l) => l.customer === "Fischer GmbH");
    expect(fischer.length).toBe(1);
    expect(fischer[0].currencies).toEqual(["USD", "EUR"]);
    // FG-6001 USD 1,200.00 and FG-6002 EUR 2,500.00, each its own subtotal.
    expect(
      fischer[0].parts.map((p) => [p.currency, p.totals.demandedCents, p.totals.lines.map((l) => `${l.label} ${l.amount}`)]),
    ).toEqual([
      ["USD", 120000, ["Total due in USD $1,200.00"]],
      ["EUR", 250000, ["Total due in EUR €2,500.00"]],
    ]);
    // Never one grand total across currencies (1,200 + 2,500 would read 3,700).
    expect(renderLetterText(fischer[0])).not.toMatch(/3,700/);
  });

  test("case 6 with one letter per customer off: two letters, one per currency", () => {
    const perCurrency = draftLetters(rows, AS_OF, { ...SETTINGS, oneLetterPerCustomer: false }).letters;
    expect(perCurrency.filter((l) => l.customer === "Fischer GmbH").map((l) => [l.currency, l.totals.demandedCents])).toEqual([
      ["USD", 120000],
      ["EUR", 250000],
    ]);
  });
});
