import { ACTIVITY_SHEET, ACTIVITY_TABLE } from "../../src/excel/activityRegister";
import type { ScanOutcome } from "../../src/excel/ledgerWorkbook";
import {
  COLLECTORS_DAY_AS_OF_ISO,
  COLLECTORS_DAY_GRACE_DAYS,
  COLLECTORS_DAY_INTERVAL_DAYS,
  collectorsDayCsv,
} from "../support/collectorsDayFixture";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { cells, locateAndScan, scanWith } from "./scanHelpers";

/*
 * Issue #18's acceptance fixture (test/fixtures/collectors-day, every figure worked by hand in its
 * README) through the adapter: the ledger on sheet "Ledger" (A1:I12, header row 1), the register as
 * the ARActivity table on sheet "AR Activity" (A1:K9: header + data rows 0–7), scanned as of
 * 2025-07-15 = 45853 with the standard ladder, minimum reminder interval 7 and promise grace 3.
 * The scan writes Days overdue, Aging, Next action, Why right of the ledger: columns J–M.
 */

const LEDGER = collectorsDayCsv("ledger.csv");
const REGISTER = collectorsDayCsv("register.csv");
const REQUEST = {
  asOfIso: COLLECTORS_DAY_AS_OF_ISO,
  minReminderIntervalDays: COLLECTORS_DAY_INTERVAL_DAYS,
  promiseGraceDays: COLLECTORS_DAY_GRACE_DAYS,
};

function workbook(): WorkbookModel {
  const model = new WorkbookModel(["Ledger", ACTIVITY_SHEET]);
  model.setRows("Ledger", "A1", LEDGER);
  model.setRows(ACTIVITY_SHEET, "A1", REGISTER);
  model.addTable(ACTIVITY_SHEET, "A1:K9", ACTIVITY_TABLE);
  model.select("Ledger", "B3");
  return model;
}

function done(outcome: ScanOutcome): Extract<ScanOutcome, { kind: "done" }> {
  if (outcome.kind !== "done") throw new Error(`scan: ${JSON.stringify(outcome)}`);
  return outcome;
}

const FORMAL = "Formal demand letter with late-interest notice";
const FRIENDLY = "Friendly reminder email";

describe("the collector's day fixture scanned through the adapter (as of 2025-07-15 = 45853)", () => {
  test("the grid follows the register: broken promise up a rung, dispute held and released, wait, kept promise", async () => {
    const { host, outcome } = await locateAndScan(workbook(), REQUEST);
    const scanned = done(outcome);
    expect(scanned.resultAddress).toBe("Ledger!J1:M12");
    const grid = cells(host.model, "Ledger", 1, 9, 11, 12);
    // Days overdue = 45853 − due serial (paid rows: paid − due; credit notes 0).
    expect(grid.map((row) => row[0])).toEqual([17, 20, 35, 15, 40, 32, 18, 30, 25, 0, 10]);
    // Issue #18, escalation by steps (the default): a customer's level is at most the cap for its
    // WRITTEN reminders (register reminders, the ledger's count, 1 for a Last reminded date; calls are
    // no step): each written overdue rung needs one, the day-8 call (level 3) none, so 0 → cap 2,
    // 1 → 4, 2 → 5. Only Brandt (ledger date 2025-06-27: 1 → cap 4) and Evans (2 register
    // reminders → cap 5) have any.
    expect(grid.map((row) => row[2])).toEqual([
      // 0 Keller: paid 45845, its promise (due by 45846) kept: no step.
      "",
      // 1 Brandt: 20 days is level 4 by age, 1 reminder → cap 4 → 4; promise due by 45847 + 3 grace =
      // 45850 < 45853, still owing: broken, one rung up → level 5.
      FORMAL,
      // 2 CH-3001: disputed in the register (2025-07-08).
      "Resolve the dispute; ask for payment of the undisputed part",
      // 3 CH-3002: 15 days (level 4 by age), never reminded → level 2.
      FRIENDLY,
      // 4 DF-4001: disputed 2025-06-20, released 2025-07-10: 40 days (level 5 by age), never reminded → 2.
      FRIENDLY,
      // 5 Evans: reminded 2025-07-13 (45851) in the register, after 45853 − 7 = 45846:
      // wait until 45851 + 7 = 45858 = 2025-07-20 (the ledger's Last reminded 45838 is older).
      "Wait until 2025-07-20",
      // 6 FG-6001 USD 18 days, 7 FG-6002 EUR 30 days (levels 4 and 5 by age): never reminded → 2.
      FRIENDLY,
      FRIENDLY,
      // 8 GS-7001 25 days (level 4 by age) → 2 (overdue is not netted in the grid); 9 its credit note.
      FRIENDLY,
      "Credit note: offset against the customer's open invoices",
      // 10 HA-8001: its promise row has no due-by (an issue), so nothing holds it: 10 days (level 3
      // by age), never reminded → 2.
      FRIENDLY,
    ]);
    // Evans: 2 reminders → cap 5 = the age's level 5 (32 days, rung 30): not held, no steps phrase.
    expect(grid[5][3]).toBe("32 days overdue · rung 30 of ladder standard · reminded 2025-07-13, within 7 days");
    expect(grid[0].slice(1)).toEqual(["Paid", "", "paid"]);
    // The scan's Last reminded for Evans is the register's 45851.
    expect(scanned.customers.find((c) => c.customer === "Evans Supply")?.lastReminded).toBe(45851);
  });

  test("the register as the scan read it, and its malformed row listed with its cell", async () => {
    const scanned = done((await locateAndScan(workbook(), REQUEST)).outcome);
    // Data rows 0–7 less row 6 (Hoffmann's promise without a due-by date): 7 entries read, 1 issue;
    // then the broken-promise note the scan appended as data row 8 (what a rescan reads).
    expect(scanned.ledger.activity?.entries.map((e) => [e.row, e.kind, e.customer])).toEqual([
      [0, "dispute", "Dalton Foods"],
      [1, "reminder", "Evans Supply"],
      [2, "promise", "Keller Tools"],
      [3, "promise", "Brandt Logistics"],
      [4, "dispute", "Chen Hardware"],
      [5, "note", "Dalton Foods"],
      [7, "reminder", "Evans Supply"],
      [8, "note", "Brandt Logistics"],
    ]);
    expect(scanned.ledger.activity?.issues.map((i) => [i.row, i.message.key])).toEqual([[6, "promiseNoDueBy"]]);
    // Data row 6 is sheet row 8 (header on row 1), its Due by cell in column I (the 9th); the ledger
    // itself has no issue, so this is the scan's only one.
    expect(scanned.issues.map((i) => [i.address, i.reason])).toEqual([["'AR Activity'!I8", "A promise needs a due-by date."]]);
    // And the scan says it logged the broken promise.
    expect(scanned.readings.map((m) => m.en)).toContain("1 broken promise to pay was logged in the activity register");
  });

  test("the broken promise is logged once: one note appended after the scan, none on a rescan", async () => {
    const { host, workbook: port, outcome } = await locateAndScan(workbook(), REQUEST);
    done(outcome);
    const table = () => host.model.tables.find((t) => t.name === ACTIVITY_TABLE);
    // Header + 8 rows + the note: A1:K10.
    expect(table()?.rect).toEqual({ r0: 0, c0: 0, r1: 9, c1: 10 });
    // Dated as-of 45853; amount 3400.00 and due-by 45847 (2025-07-09) from Brandt's promise.
    expect(cells(host.model, ACTIVITY_SHEET, 9, 0, 9, 10)).toEqual([
      [45853, "Brandt Logistics", "USD", "", "Note", "", "", 3400, 45847, "Broken promise: due by 2025-07-09, still unpaid.", ""],
    ]);
    const again = done(await scanWith(port, REQUEST));
    expect(table()?.rect.r1).toBe(9);
    // The escalation stays: the note is no reminder, so Brandt is still 1 reminder → cap 4, + 1 for
    // the broken promise → level 5, the formal demand.
    expect(cells(host.model, "Ledger", 2, 11, 2, 11)).toEqual([[FORMAL]]);
    expect(again.customers.find((c) => c.customer === "Brandt Logistics")?.highestLevel).toBe(5);
  });
});
