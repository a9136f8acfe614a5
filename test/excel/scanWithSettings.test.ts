import { ActionCode } from "../../src/core/dunning/actionCode";
import { createExcelLedgerWorkbook } from "../../src/excel/createExcelLedgerWorkbook";
import { hostRunner } from "./hostRunner";
import type { ScanOutcome } from "../../src/excel/ledgerWorkbook";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { AS_OF } from "./ledgerFixtures";
import { cells, locateAndScan } from "./scanHelpers";

/*
 * The pane's settings of issue #17 reach the scan: aging edges, review threshold, days between
 * reminders, small balances per currency and a credit-limit table on a sheet of the user's choosing.
 * Every figure below is worked by hand from the rows (days overdue = as-of − due).
 */

/** Seven open invoices 10, 20, 40, 50, 70, 95 days overdue and one 5 days before due; one EUR invoice. */
function agedLedger(): WorkbookModel {
  const model = new WorkbookModel(["Sheet1", "Limits"]);
  model.setRows("Sheet1", "A1", [
    ["Customer", "Invoice no", "Due date", "Amount", "Currency", "Last reminded"],
    ["Acme", "A1", AS_OF - 10, 100, "USD", AS_OF - 5],
    ["Acme", "A2", AS_OF - 20, 200, "USD", ""],
    ["Beta", "B1", AS_OF - 40, 300, "USD", ""],
    ["Beta", "B2", AS_OF - 50, 400, "USD", ""],
    ["Cobalt", "C1", AS_OF - 70, 500, "USD", ""],
    ["Cobalt", "C2", AS_OF - 95, 600, "USD", ""],
    ["Delta", "D1", AS_OF + 5, 700, "USD", ""],
    ["Beta", "B3", AS_OF - 12, 90, "EUR", ""],
  ]);
  // The limit table: a header, Beta's USD and EUR limits, a blank row, Cobalt's limit for any currency.
  model.setRows("Limits", "B2", [
    ["Customer", "Currency", "Limit"],
    ["Beta", "USD", 5000],
    ["beta ", "EUR", "1,000.00"],
    ["", "", ""],
    ["Cobalt", "", 2000],
  ]);
  model.select("Sheet1", "A2");
  return model;
}

function done(outcome: ScanOutcome) {
  if (outcome.kind !== "done") throw new Error(`scan not done: ${JSON.stringify(outcome)}`);
  return outcome;
}

const usd = (outcome: ReturnType<typeof done>) => outcome.portfolio.find((p) => p.currency === "USD")!;

describe("the scan follows the pane's settings", () => {
  test("aging edges 15/45/90 move invoices between buckets (default 30/60/90 for comparison)", async () => {
    const standard = done((await locateAndScan(agedLedger())).outcome);
    // 30/60/90, USD: Current 700 (D1); 1-30: 10 and 20 days = 100 + 200; 31-60: 40 and 50 days = 300 + 400;
    // 61-90: 70 days = 500; 91+: 95 days = 600.
    expect(usd(standard).buckets.map((b) => [b.label, b.count, b.amount])).toEqual([
      ["Current", 1, 700],
      ["1-30", 2, 300],
      ["31-60", 2, 700],
      ["61-90", 1, 500],
      ["91+", 1, 600],
    ]);
    const { outcome, host } = await locateAndScan(agedLedger(), { agingEdges: [15, 45, 90] });
    const custom = done(outcome);
    // 15/45/90: 1-15: 10 days = 100; 16-45: 20 and 40 days = 200 + 300; 46-90: 50 and 70 days = 400 + 500;
    // 91+: 95 days = 600.
    expect(usd(custom).buckets.map((b) => [b.label, b.count, b.amount])).toEqual([
      ["Current", 1, 700],
      ["1-15", 1, 100],
      ["16-45", 2, 500],
      ["46-90", 2, 900],
      ["91+", 1, 600],
    ]);
    // The Aging column written beside the ledger (result columns start at G: Days overdue, Aging, …).
    const aging = cells(host.model, "Sheet1", 1, 7, 8, 7).map((row) => row[0]);
    expect(aging).toEqual(["1-15", "16-45", "16-45", "46-90", "46-90", "91+", "Current", "1-15"]);
    // The analysis keeps the edges: the dashboard (portfolio buckets) and the AR Summary (context.edges) read them.
    expect(custom.ledger.analysis.context.edges).toEqual([15, 45, 90]);
    // The AR Summary's aging formulas carry the same edges.
    const workbook = createExcelLedgerWorkbook(hostRunner(host));
    expect(await workbook.insertReport({ ledger: custom.ledger, language: "en" })).toMatchObject({ kind: "done" });
    const summary = host.model.sheet("AR Summary")!;
    const formulas = [...summary.columns.values()].flatMap((column) => [...column.formulas.values()]);
    expect(formulas.some((f) => f.includes("{15,45,90}"))).toBe(true);
  });

  test("credit-limit table by customer and currency, and the review threshold", async () => {
    const request = { creditLimitRange: "Limits!B:D" };
    const tenPercent = done((await locateAndScan(agedLedger(), { ...request, reviewThreshold: 0.1 })).outcome);
    const beta = (currency: string, o: ReturnType<typeof done>) =>
      o.customers.find((c) => c.customer === "Beta" && c.currency === currency)!;
    // Beta USD: open 300 + 400 = 700, all overdue; limit 5,000 → use 700 / 5000 = 0.14; 700 ≥ 10 % × 5000 = 500 → review.
    expect(beta("USD", tenPercent).creditLimit).toBe(5000);
    expect(beta("USD", tenPercent).creditUse).toBeCloseTo(0.14, 10);
    expect(beta("USD", tenPercent).reviewFlag).toBe(true);
    // Beta EUR ("beta " in the table is Beta): limit 1,000; open 90 → use 0.09; 90 < 100 → no review.
    expect(beta("EUR", tenPercent).creditLimit).toBe(1000);
    expect(beta("EUR", tenPercent).reviewFlag).toBe(false);
    // Cobalt: a limit with no currency applies to every currency: 2,000; open 500 + 600 = 1,100 → 0.55.
    const cobalt = tenPercent.customers.find((c) => c.customer === "Cobalt")!;
    expect(cobalt.creditLimit).toBe(2000);
    expect(cobalt.creditUse).toBeCloseTo(0.55, 10);
    // Acme has no limit anywhere.
    expect(tenPercent.customers.find((c) => c.customer === "Acme")!.creditLimit).toBeNull();
    // At 20 %: Beta USD 700 < 20 % × 5000 = 1000 → no review; Cobalt 1,100 ≥ 20 % × 2000 = 400 → review.
    const twentyPercent = done((await locateAndScan(agedLedger(), { ...request, reviewThreshold: 0.2 })).outcome);
    expect(beta("USD", twentyPercent).reviewFlag).toBe(false);
    expect(twentyPercent.customers.find((c) => c.customer === "Cobalt")!.reviewFlag).toBe(true);
  });

  test("a credit-limit range that cannot be read refuses the scan, naming it; nothing is written", async () => {
    const missing = await locateAndScan(agedLedger(), { creditLimitRange: "Nowhere!A:C" });
    expect(missing.outcome).toMatchObject({ kind: "invalid", message: expect.stringContaining("'Nowhere!A:C'") });
    expect(cells(missing.host.model, "Sheet1", 0, 6, 0, 9).flat()).toEqual(["", "", "", ""]);
    const oneColumn = await locateAndScan(agedLedger(), { creditLimitRange: "Limits!B:B" });
    expect(oneColumn.outcome).toMatchObject({ kind: "invalid", message: expect.stringContaining("two columns") });
    const model = agedLedger();
    model.setRows("Limits", "D4", [["lots"]]);
    const badRow = await locateAndScan(model, { creditLimitRange: "Limits!B2:D6" });
    // "lots" is on sheet row 4.
    expect(badRow.outcome).toMatchObject({ kind: "invalid", message: expect.stringContaining("row 4") });
  });

  test("small-balance threshold per currency", async () => {
    const { outcome } = await locateAndScan(agedLedger(), {
      minAmount: 0,
      smallBalanceByCurrency: [{ currency: "eur", amount: 95 }],
    });
    const rows = done(outcome).ledger.analysis.rows;
    // EUR threshold 95: B3's open 90 < 95 → small balance. USD keeps minAmount 0: A2 (200, 20 days) is chased.
    expect(rows.action[7]).toBe(ActionCode.smallBalance);
    expect(rows.action[1]).not.toBe(ActionCode.smallBalance);
    const both = await locateAndScan(agedLedger(), {
      minAmount: 0,
      smallBalanceByCurrency: [
        { currency: "USD", amount: 350 },
        { currency: "EUR", amount: 50 },
      ],
    });
    const bothRows = done(both.outcome).ledger.analysis.rows;
    // A small balance is the customer's net overdue in the currency, not one invoice's: USD 350:
    // Acme's A1 100 + A2 200 = 300 < 350 → both small; Beta's B1 300 alone would be, but Beta owes
    // 300 + 400 = 700 ≥ 350 → chased. EUR 50: B3's 90 is not small.
    expect([bothRows.action[0], bothRows.action[1]]).toEqual([ActionCode.smallBalance, ActionCode.smallBalance]);
    expect(bothRows.action[2]).not.toBe(ActionCode.smallBalance);
    expect(bothRows.action[7]).not.toBe(ActionCode.smallBalance);
  });

  test("minimum days between reminders", async () => {
    // Acme was reminded 5 days before as-of. At 7 days it waits until as-of + 2; at 3 days it is chased again.
    const seven = done((await locateAndScan(agedLedger(), { minReminderIntervalDays: 7 })).outcome);
    expect(seven.ledger.analysis.rows.action[0]).toBe(ActionCode.wait);
    const three = done((await locateAndScan(agedLedger(), { minReminderIntervalDays: 3 })).outcome);
    expect(three.ledger.analysis.rows.action[0]).not.toBe(ActionCode.wait);
  });
});

describe("the escalation setting reaches the scan (issue #18)", () => {
  test("by steps (the default) a customer never reminded gets the first reminder; by age the rung its age reaches", async () => {
    // Cobalt C2 (row 5): 95 days overdue, Last reminded blank (the column is there: 0 steps).
    // By steps: the first overdue rung, level 2 "Friendly reminder email"; by age: 95 ≥ 90 → level 8.
    const steps = done((await locateAndScan(agedLedger())).outcome);
    expect([steps.ledger.analysis.context.escalation, steps.ledger.analysis.rows.level[5]]).toEqual(["steps", 2]);
    expect(steps.customers.find((c) => c.customer === "Cobalt")?.stepsTaken).toBe(0);
    const age = done((await locateAndScan(agedLedger(), { escalation: "age" })).outcome);
    expect([age.ledger.analysis.context.escalation, age.ledger.analysis.rows.level[5]]).toEqual(["age", 8]);
  });
});
