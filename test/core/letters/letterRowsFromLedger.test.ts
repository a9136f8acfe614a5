import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import type { LedgerMapping } from "../../../src/core/ledger/ledgerFields";
import { draftLetters } from "../../../src/core/letters/draftLetters";
import { letterRowsFromLedger } from "../../../src/core/letters/letterRowsFromLedger";
import { AS_OF, SETTINGS_EN } from "./letterFixtures";

// 2025-06-30 is serial 45838 (letterFixtures), so 2025-05-31 is 45838 − 30 = 45808 and
// 2025-05-01 is 45808 − 30 = 45778 (May has 31 days: 31 May − 30 = 1 May).
const mapping: LedgerMapping = {
  customer: 0,
  invoiceNo: 1,
  invoiceDate: 2,
  dueDate: 3,
  amount: 4,
  currency: 5,
  status: 6,
  email: 7,
  lastReminded: 8,
  remindersSent: 9,
  paidDate: 10,
};

const rows: unknown[][] = [
  ["Acme", "INV-1", 45761, 45791, 1000, "usd", "", " ap@acme.example ", 45830, 2, ""],
  [" acme ", 1002, "2025-05-01", "2025-05-31", 250.5, "EUR", "Disputed", "", "", "", ""],
  ["Beta", "CN-7", 45800, 45800, -50, "USD", "", "", "", " 3 ", ""],
  ["Gamma", "INV-9", 45700, 45730, 300, "USD", "", "", "", "", 45735], // paid before as-of: nothing open
  ["Delta", "INV-11", "", "", 400, "USD", "", "", "", "", ""], // no due date: an issue
  ["", "", "", "", "", "", "", "", "", "", ""], // blank
  ["Echo", "INV-10", 45810, 45840, 99.99, "", "Promised", "e@echo.example", "", "two", ""],
];

function analysisOf(data: unknown[][], dateSystem: 1900 | 1904 = 1900, asOf = AS_OF) {
  const analysis = analyzeLedger(data, { mapping, asOf, dateSystem });
  if (isFailure(analysis)) throw new Error(analysis.message);
  return analysis;
}

describe("letterRowsFromLedger", () => {
  const letterRows = letterRowsFromLedger({ rows, mapping, analysis: analysisOf(rows), dateSystem: 1900 });

  it("keeps only accepted rows with something open, in ledger order", () => {
    // Gamma is settled, Delta has an issue, row 6 is blank.
    expect(letterRows.map((r) => r.invoiceNumber)).toEqual(["INV-1", "1002", "CN-7", "INV-10"]);
  });

  it("reads every letter field of a full row", () => {
    expect(letterRows[0]).toEqual({
      customer: "Acme",
      currency: "USD", // "usd" normalised as the scan groups it
      email: "ap@acme.example",
      invoiceNumber: "INV-1",
      invoiceSerial: 45761,
      dueSerial: 45791,
      openCents: 100000, // 1,000.00
      disputed: false,
      lastRemindedSerial: 45830,
      remindersSent: 2,
      promised: false,
      waitUntilSerial: null,
      smallBalance: false, // no small-balance threshold in this scan
      // Due 45791, as-of 45838: 47 days, the day-45 rung (level 6) by age; Acme's 2 recorded
      // reminders cover the written rungs 2 and 4 (the day-8 call, level 3, needs none) → cap level 5,
      // the formal demand: min(6, 5) = 5.
      level: 5,
      language: null, // no Language column mapped: the pane's
    });
  });

  it("takes the customer's name as first seen, text dates, number invoice numbers and the disputed status", () => {
    expect(letterRows[1]).toEqual({
      customer: "Acme", // " acme " is the same customer, spelled as first seen
      currency: "EUR",
      email: null,
      invoiceNumber: "1002",
      invoiceSerial: 45778, // 2025-05-01
      dueSerial: 45808, // 2025-05-31
      openCents: 25050, // 250.50
      disputed: true,
      // Reminders are the customer's, whatever the currency: Acme's last reminder and count (row 1).
      lastRemindedSerial: 45830,
      remindersSent: 2,
      promised: false,
      waitUntilSerial: null,
      smallBalance: false,
      // 30 days overdue: the day-30 rung (level 5) by age; Acme's 2 reminders → cap 5: min(5, 5) = 5.
      level: 5,
      language: null, // no Language column mapped: the pane's
    });
  });

  it("keeps credit notes negative and reads a reminder count typed as text", () => {
    expect(letterRows[2]).toMatchObject({ customer: "Beta", openCents: -5000, remindersSent: 3, disputed: false });
  });

  it("a blank currency stays blank, 'Promised' is not disputed, an unreadable count is no count", () => {
    expect(letterRows[3]).toMatchObject({
      customer: "Echo",
      currency: "",
      openCents: 9999, // 99.99
      disputed: false,
      // "two" is no count and Echo has no Last reminded date: the scan counts 0 reminders for it.
      remindersSent: 0,
      promised: true,
      waitUntilSerial: null,
      email: "e@echo.example",
    });
  });

  it("reads text dates in the 1904 date system", () => {
    // 1904 serials are 1,462 days lower than 1900 ones: 2025-05-01 is 45778 − 1462 = 44316.
    const data = [["Acme", "A-1", "2025-05-01", "2025-05-31", 10, "USD", "", "", "", "", ""]];
    const out = letterRowsFromLedger({ rows: data, mapping, analysis: analysisOf(data, 1904, AS_OF - 1462), dateSystem: 1904 });
    expect(out.map((r) => [r.invoiceSerial, r.dueSerial])).toEqual([[44316, 44346]]);
  });

  it("a ledger without the optional columns gives blanks, not errors", () => {
    const minimal: LedgerMapping = { customer: 0, amount: 1, dueDate: 2 };
    const data = [["Acme", 12.34, 45800]];
    const analysis = analyzeLedger(data, { mapping: minimal, asOf: AS_OF });
    if (isFailure(analysis)) throw new Error(analysis.message);
    expect(letterRowsFromLedger({ rows: data, mapping: minimal, analysis, dateSystem: 1900 })).toEqual([
      {
        customer: "Acme",
        currency: "",
        email: null,
        invoiceNumber: null,
        invoiceSerial: null,
        dueSerial: 45800,
        openCents: 1234,
        disputed: false,
        lastRemindedSerial: null,
        remindersSent: null,
        promised: false,
        waitUntilSerial: null,
        smallBalance: false,
        // Due 45800, as-of 45838: 38 days, the day-30 rung = level 5; no reminder columns and no
        // register, so nothing caps it (the age decides).
        level: 5,
        language: null,
      },
    ]);
  });

  it("feeds draftLetters: Acme gets a USD letter, its only EUR invoice is disputed, Beta's credit note alone is nothing to demand", () => {
    const { letters, skipped } = draftLetters(letterRows, AS_OF, SETTINGS_EN);
    // Acme USD: INV-1 due 45791, 45838 − 45791 = 47 days overdue → 1,000.00 demanded. By age that is a
    // final notice, but the ledger records 2 reminders: the next written step is the formal demand.
    expect(letters.map((l) => [l.customer, l.currency, l.totals.demandedCents])).toEqual([["Acme", "USD", 100000]]);
    expect(letters[0].tone).toBe("formal");
    // Echo's only invoice is Promised: mentioned, never demanded, so nothing to write.
    expect(skipped.map((s) => [s.customer, s.currency])).toEqual([
      ["Acme", "EUR"],
      ["Beta", "USD"],
      ["Echo", ""],
    ]);
    expect(skipped[2].reason).toMatch(/is promised: nothing to demand/);
  });

  it("reads the Promised status, and the scan's wait: reminded 3 days ago with a 7-day interval waits 4 more days", () => {
    expect(letterRows.map((r) => r.promised)).toEqual([false, false, false, true]);
    // Acme reminded on 45835 = 27 June 2025; as-of 45838; 45835 + 7 = 45842 = 4 July 2025 > as-of: wait.
    const recent: unknown[][] = [["Acme", "INV-1", 45761, 45791, 1000, "USD", "", "", 45835, 1, ""]];
    const waiting = letterRowsFromLedger({ rows: recent, mapping, analysis: analysisOf(recent), dateSystem: 1900 });
    expect(waiting[0].waitUntilSerial).toBe(45842);
    const { letters, skipped } = draftLetters(waiting, AS_OF, SETTINGS_EN);
    expect(letters).toEqual([]);
    expect(skipped[0].reason).toBe("'Acme' in USD was reminded recently: the next step is to wait until 4 July 2025");
    // Reminded on 45830, 8 days ago: 45830 + 7 = 45837 < as-of, no wait.
    const older: unknown[][] = [["Acme", "INV-1", 45761, 45791, 1000, "USD", "", "", 45830, 1, ""]];
    expect(letterRowsFromLedger({ rows: older, mapping, analysis: analysisOf(older), dateSystem: 1900 })[0].waitUntilSerial).toBe(
      null,
    );
  });
});
