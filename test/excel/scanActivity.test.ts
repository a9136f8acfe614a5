import { ActionCode } from "../../src/core/dunning/actionCode";
import { ACTIVITY_SHEET, ACTIVITY_TABLE } from "../../src/excel/activityRegister";
import type { ScanOutcome } from "../../src/excel/ledgerWorkbook";
import type { WorkbookModel } from "../support/workbookHost/workbookModel";
import { AS_OF, englishLedger } from "./ledgerFixtures";
import { cells, locateAndScan, scanWith, standardScanRequest } from "./scanHelpers";
import { failSync } from "./syncFaults";
import { createWorkbookHost } from "../support/workbookHost/createWorkbookHost";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { hostRunner } from "./hostRunner";

/*
 * The scan reads the activity register (`AR Activity` sheet, ARActivity table) beside the English
 * fixture ledger (Sheet1, as of 2025-06-30 = serial 45838, standard ladder rungs −3, 1, 8, 15, 30,
 * 45, 60, 90 = levels 1–8, minimum interval 7 days, promise grace 3 days). Data rows of the ledger
 * (sheet rows 2–9): Acme INV-1 47 days overdue (level 6), Beta INV-2 10 days (level 3), Gamma
 * INV-3 due in 5 days, Delta INV-4 100 days (level 8), Echo INV-5 disputed, Fox paid, Golf
 * unreadable, row 9 15 days (level 4). Result columns H–K: Days overdue, Aging, Next action, Why.
 * Those are the levels by age. Issue #18, escalation by steps (the default): with a register every
 * customer's steps are known, and one with no reminder or call in it (the ledger has no Last
 * reminded or Reminders column) is held at the first overdue rung, level 2, "Friendly reminder email".
 */

const HEADER = ["Date", "Customer", "Currency", "Invoice", "Kind", "Level", "Channel", "Amount", "Due by", "Reason", "Owner"];
type RegisterRow = readonly (string | number)[];

/** A register row over the 11 columns; blanks where not given. */
function row(
  date: number,
  customer: string,
  kind: string,
  extra: { invoice?: string; level?: number; dueBy?: number | string; reason?: string } = {},
) {
  return [
    date,
    customer,
    "",
    extra.invoice ?? "",
    kind,
    extra.level ?? "",
    "Email",
    "",
    extra.dueBy ?? "",
    extra.reason ?? "",
    "Ann",
  ];
}

/** The English ledger with a register table of `rows` on the AR Activity sheet. */
function ledgerWithRegister(rows: readonly RegisterRow[]): WorkbookModel {
  const model = englishLedger();
  model.addSheet(ACTIVITY_SHEET);
  model.setRows(ACTIVITY_SHEET, "A1", [HEADER, ...rows]);
  // Header on row 1, data rows 2 … rows.length + 1, columns A–K.
  model.addTable(ACTIVITY_SHEET, `A1:K${rows.length + 1}`, ACTIVITY_TABLE);
  return model;
}

function done(outcome: ScanOutcome) {
  if (outcome.kind !== "done") throw new Error(`scan ended ${outcome.kind}`);
  return outcome;
}

/** Next action (column J) of ledger data row i (0-based; sheet row i + 2). */
const nextAction = (model: WorkbookModel, i: number) => cells(model, "Sheet1", i + 1, 9, i + 1, 9)[0][0];

describe("the scan reads the activity register", () => {
  test("(a) a reminder two days before as-of: Acme waits until reminded + 7 days; Last reminded is that date", async () => {
    // Reminded 45838 − 2 = 45836 (2025-06-28); 45836 > 45838 − 7 = 45831, so within the interval:
    // wait until 45836 + 7 = 45843 = 2025-07-05.
    const { host, outcome } = await locateAndScan(ledgerWithRegister([row(AS_OF - 2, "Acme", "Reminder", { level: 5 })]));
    const scanned = done(outcome);
    expect(nextAction(host.model, 0)).toBe("Wait until 2025-07-05");
    const acme = scanned.customers.find((c) => c.customer === "Acme");
    expect(acme?.lastReminded).toBe(45836);
    expect(scanned.ledger.analysis.rows.action[0]).toBe(ActionCode.wait);
    // Beta (no register row) has no step: 10 days (rung 8, level 3 by age) → level 2.
    expect(scanned.ledger.analysis.rows.level[1]).toBe(2);
    // The register as read rides on the scanned ledger.
    expect(scanned.ledger.activity?.entries.map((e) => [e.customer, e.kind, e.date])).toEqual([["Acme", "reminder", 45836]]);
    expect(scanned.issues.filter((i) => i.address.startsWith("'AR Activity'"))).toEqual([]);
  });

  test("(b) a promise due by as-of − 1 (held until due-by + 3 = as-of + 2): Beta's row is Promised", async () => {
    // Promise made 45830, due by 45837 (2025-06-29): hold until 45837 + 3 = 45840 ≥ 45838.
    const { host, outcome } = await locateAndScan(ledgerWithRegister([row(AS_OF - 8, "Beta", "Promise", { dueBy: AS_OF - 1 })]));
    const scanned = done(outcome);
    expect(scanned.ledger.analysis.rows.action[1]).toBe(ActionCode.promised);
    expect(nextAction(host.model, 1)).toBe("Follow up on the promised payment date");
    // Acme, with no promise, is still chased, at level 2: no step recorded (47 days by age: rung 45, level 6).
    expect(scanned.ledger.analysis.rows.level[0]).toBe(2);
    // Held, not broken: nothing is logged, the register keeps its one row.
    expect(host.model.tables.find((t) => t.name === ACTIVITY_TABLE)?.rect.r1).toBe(1);
  });

  test("(c) a dispute naming INV-4 holds Delta's row; a later released note lets it be chased again", async () => {
    const dispute = row(AS_OF - 5, "Delta", "Dispute", { invoice: "INV-4", reason: "Short delivery" });
    const held = await locateAndScan(ledgerWithRegister([dispute]));
    expect(done(held.outcome).ledger.analysis.rows.action[3]).toBe(ActionCode.disputed);
    expect(nextAction(held.host.model, 3)).toBe("Resolve the dispute; ask for payment of the undisputed part");
    // Delta's 3,000.00 is disputed, not overdue: 300000 cents.
    const delta = done(held.outcome).customers.find((c) => c.customer === "Delta");
    expect([delta?.disputedCents, delta?.overdueCents]).toEqual([300000, 0]);

    const released = row(AS_OF - 1, "Delta", "Note", { invoice: "INV-4", reason: "Released: credit agreed" });
    const chased = await locateAndScan(ledgerWithRegister([dispute, released]));
    const scanned = done(chased.outcome);
    // 100 days overdue (rung 90, level 8 by age), no step recorded → level 2, chased again; overdue 3,000.00.
    expect(scanned.ledger.analysis.rows.action[3]).toBe(ActionCode.rung);
    expect(scanned.ledger.analysis.rows.level[3]).toBe(2);
    expect(scanned.customers.find((c) => c.customer === "Delta")?.overdueCents).toBe(300000);
  });

  test("the promise grace is the pane's setting: 3 days holds a promise due 2 days ago, 1 day does not", async () => {
    // Promise due by 45836 (as-of − 2). Grace 3: held until 45839 ≥ 45838 → Promised. Grace 1: held
    // until 45837 < 45838 → broken: Beta's row is chased again (not Promised). The scan says which
    // grace it applied, for Today and the KPIs.
    const register = [row(AS_OF - 8, "Beta", "Promise", { dueBy: AS_OF - 2 })];
    const three = done((await locateAndScan(ledgerWithRegister(register), { promiseGraceDays: 3 })).outcome);
    expect([three.ledger.analysis.rows.action[1], three.ledger.promiseGraceDays]).toEqual([ActionCode.promised, 3]);
    const one = done((await locateAndScan(ledgerWithRegister(register), { promiseGraceDays: 1 })).outcome);
    expect([one.ledger.analysis.rows.action[1], one.ledger.promiseGraceDays]).toEqual([ActionCode.rung, 1]);
  });

  test("(d) a promise without a due-by date is one issue at its cell; the other rows count", async () => {
    const model = ledgerWithRegister([
      row(AS_OF - 20, "Gamma", "Call"),
      row(AS_OF - 10, "Beta", "Promise"), // no due by: data row 2 → sheet row 3, Due by is column I
      row(AS_OF - 2, "Acme", "Reminder", { level: 5 }),
    ]);
    const { workbook, outcome } = await locateAndScan(model);
    const scanned = done(outcome);
    const register = scanned.issues.filter((i) => i.address.startsWith("'AR Activity'"));
    expect(register.map((i) => [i.address, i.reason])).toEqual([["'AR Activity'!I3", "A promise needs a due-by date."]]);
    // The Issues view's button selects that cell: sheet AR Activity, row 3 (2), column I (8).
    await workbook.selectCell(register[0].address);
    expect([model.selection.sheet.name, model.selection.rect]).toEqual([ACTIVITY_SHEET, { r0: 2, c0: 8, r1: 2, c1: 8 }]);
    // The ledger's own issue (Golf's unreadable due date, sheet row 8) is still listed first.
    expect(scanned.issues[0].address).toBe("Sheet1!D8");
    // The rows around it are read: Acme waits (row 3 of the register); Beta is chased (no promise held).
    expect(scanned.ledger.analysis.rows.action[0]).toBe(ActionCode.wait);
    expect(scanned.ledger.analysis.rows.action[1]).toBe(ActionCode.rung);
    expect(scanned.ledger.activity?.entries.length).toBe(2);
    expect(scanned.ledger.activity?.issues.map((i) => [i.row, i.column])).toEqual([[1, "dueBy"]]);
  });

  test("(d) the issue's reason is in the scan's language", async () => {
    const model = ledgerWithRegister([row(AS_OF - 10, "Beta", "Visit")]);
    const scanned = done((await locateAndScan(model, { language: "zh" })).outcome);
    // Kind "Visit" is unreadable: data row 0 → sheet row 2, Kind is column E.
    expect(scanned.issues.filter((i) => i.address.startsWith("'AR Activity'")).map((i) => [i.address, i.reason])).toEqual([
      ["'AR Activity'!E2", "类型“Visit”不是提醒、电话、承诺、争议或备注之一。"],
    ]);
  });

  test("(e) a broken promise escalates Beta one rung and is logged once, not again on a second scan", async () => {
    // Promised 45825 to pay by 45830 (2025-06-22): held until 45833 < 45838, and INV-2 (250.50)
    // is still 10 days overdue: broken. No step recorded: level 2 (rung 1; by age 3, rung 8) + 1 =
    // level 3 (rung 8).
    const model = ledgerWithRegister([row(AS_OF - 13, "Beta", "Promise", { dueBy: AS_OF - 8 })]);
    const { host, workbook, outcome } = await locateAndScan(model);
    const first = done(outcome);
    expect(first.ledger.analysis.rows.level[1]).toBe(3);
    expect(first.ledger.analysis.rows.action[1]).toBe(ActionCode.rung);
    expect(nextAction(host.model, 1)).toBe("Phone call from the account manager");
    // One note appended under the promise (register data row 2 = sheet row 3), dated as-of.
    expect(host.model.tables.find((t) => t.name === ACTIVITY_TABLE)?.rect).toEqual({ r0: 0, c0: 0, r1: 2, c1: 10 });
    expect(cells(host.model, ACTIVITY_SHEET, 2, 0, 2, 10)).toEqual([
      [AS_OF, "Beta", "", "", "Note", "", "", "", AS_OF - 8, "Broken promise: due by 2025-06-22, still unpaid.", ""],
    ]);
    expect(first.readings.map((r) => r.en)).toContain("1 broken promise to pay was logged in the activity register");
    // The scan's register includes the note it logged, numbered after the promise.
    expect(first.ledger.activity?.entries.map((e) => [e.row, e.kind])).toEqual([
      [0, "promise"],
      [1, "note"],
    ]);

    const second = done(await scanWith(workbook));
    // Still broken and still escalated, but the note is already there: the table keeps 2 data rows.
    expect(second.ledger.analysis.rows.level[1]).toBe(3);
    expect(host.model.tables.find((t) => t.name === ACTIVITY_TABLE)?.rect.r1).toBe(2);
    expect(second.readings.map((r) => r.key)).not.toContain("brokenPromisesLogged");
  });

  test("(e) the note's write failing does not fail the scan: the results stand and the readings say so", async () => {
    const brokenPromise = () => ledgerWithRegister([row(AS_OF - 13, "Beta", "Promise", { dueBy: AS_OF - 8 })]);
    /** Locates, then scans with the `n`th sync of the scan lost (none when n is 0); the sync count. */
    const scanLosing = async (n: number) => {
      const host = createWorkbookHost(brokenPromise());
      const workbook = createExcelLedgerWorkbook(hostRunner(host));
      const found = await workbook.locateLedger();
      if (found.kind !== "found") throw new Error("ledger not found");
      host.resetStats();
      const fault = n > 0 ? failSync(n, "lost request") : undefined;
      try {
        return { host, outcome: await workbook.scan(standardScanRequest(found.location)), syncs: host.stats.syncs.length };
      } finally {
        fault?.restore();
      }
    };
    // The append's last sync (rows, formats and values) is the scan's last.
    const { syncs } = await scanLosing(0);
    const { host, outcome } = await scanLosing(syncs);
    const scanned = done(outcome);
    // The grid has the scan's results: Beta escalated from level 2 to 3, "Phone call from the account manager".
    expect(nextAction(host.model, 1)).toBe("Phone call from the account manager");
    expect(host.model.tables.find((t) => t.name === ACTIVITY_TABLE)?.rect.r1).toBe(1);
    const reading = scanned.readings.find((r) => r.key === "brokenPromisesNotLogged");
    expect(reading?.en).toMatch(/^1 broken promise to pay was not logged in the activity register: injected fault/);
    // The register as read, without the note that was not written.
    expect(scanned.ledger.activity?.entries.length).toBe(1);
  });

  test("a register typed on the AR Activity sheet without a table is read; its broken promise is said, not written", async () => {
    const model = englishLedger();
    model.addSheet(ACTIVITY_SHEET);
    // Typed from B2, no table: the used range B2:L3 is the register.
    model.setRows(ACTIVITY_SHEET, "B2", [HEADER, row(AS_OF - 13, "Beta", "promise", { dueBy: "2025-06-22" })]);
    const scanned = done((await locateAndScan(model)).outcome);
    // Due by text 2025-06-22 = 45830: broken as in (e), Beta escalated from level 2 to 3.
    expect(scanned.ledger.analysis.rows.level[1]).toBe(3);
    const reading = scanned.readings.find((r) => r.key === "brokenPromisesNotLogged");
    expect(reading?.en).toMatch(
      /^1 broken promise to pay was not logged in the activity register: The sheet "AR Activity" holds other cells/,
    );
    // The typed cells are untouched: still two rows, nothing below.
    expect(cells(model, ACTIVITY_SHEET, 3, 1, 3, 2)).toEqual([["", ""]]);
  });

  test("a register without a Kind column is one issue at its header cell, and the scan goes on", async () => {
    const model = englishLedger();
    model.addSheet(ACTIVITY_SHEET);
    model.setRows(ACTIVITY_SHEET, "A1", [
      ["Date", "Customer", "Note"],
      [AS_OF - 2, "Acme", "rang"],
    ]);
    const scanned = done((await locateAndScan(model)).outcome);
    expect(scanned.issues.filter((i) => i.address.startsWith("'AR Activity'")).map((i) => [i.address, i.reason])).toEqual([
      ["'AR Activity'!A1", "The activity register has no Kind column."],
    ]);
    expect(scanned.ledger.activity).toBeNull();
    // Acme as by age: 47 days, level 6.
    expect(scanned.ledger.analysis.rows.level[0]).toBe(6);
  });

  test("no register: activity is null, nothing is logged and no AR Activity sheet is made", async () => {
    const plain = await locateAndScan(englishLedger());
    expect(done(plain.outcome).ledger.activity).toBeNull();
    expect(plain.host.model.sheet(ACTIVITY_SHEET)).toBeUndefined();
  });

  test("a register of 2,500 rows is read in blocks (the first of 1,000 rows), every row counted", async () => {
    // 2,500 reminders to Gamma, one a day up to as-of − 1: Gamma's reminders sent = 2,500.
    const rows = Array.from({ length: 2500 }, (_, i) => row(AS_OF - 2500 + i, "Gamma", "Reminder", { level: 1 }));
    const { host, outcome } = await locateAndScan(ledgerWithRegister(rows));
    const scanned = done(outcome);
    expect(scanned.ledger.activity?.entries.length).toBe(2500);
    // The last reminder: 45838 − 2500 + 2499 = 45837.
    expect(scanned.customers.find((c) => c.customer === "Gamma")?.lastReminded).toBe(45837);
    // Header + 2,500 rows = 2,501 sheet rows: a first block of 1,000, then the rest in one (a row
    // takes ~95 bytes, so 2 MB holds ~22,000): two syncs more than the same scan without it.
    const plain = await locateAndScan(englishLedger());
    expect(host.stats.syncs.length - plain.host.stats.syncs.length).toBe(2);
    expect(host.stats.syncs.filter((s) => s.failed)).toEqual([]);
  });
});
