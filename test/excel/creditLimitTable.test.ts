import { customerCreditLimits } from "../../src/core/credit/customerCreditLimits";
import { isFailure } from "../../src/core/failure";
import { creditLimitsFromValues } from "../../src/excel/creditLimitTable";
import type { ScanOutcome } from "../../src/excel/ledgerWorkbook";
import { WorkbookModel } from "../support/workbookHost/workbookModel";
import { AS_OF } from "./ledgerFixtures";
import { locateAndScan } from "./scanHelpers";

/*
 * The credit-limit table: today's 2- and 3-column tables read as before, and a table whose header
 * names financial columns (English or Chinese) read by its headers, in any order.
 */

function entries(values: unknown[][], address = "Limits!A:F", firstRow = 1) {
  const read = creditLimitsFromValues(values, address, firstRow);
  if (isFailure(read)) throw new Error(read.message);
  return read;
}

describe("creditLimitsFromValues", () => {
  test("2- and 3-column tables, with or without a header, read as before", () => {
    expect(entries([["Acme", 5000]])).toEqual([{ customer: "Acme", currency: "", limit: 5000 }]);
    expect(
      entries([
        ["Customer", "Currency", "Limit"],
        ["Acme", "USD", "1,000.50"],
        ["", "", ""],
        ["Beta", "", 200],
      ]),
    ).toEqual([
      { customer: "Acme", currency: "USD", limit: 1000.5 },
      { customer: "Beta", currency: "", limit: 200 },
    ]);
    const wide = creditLimitsFromValues([["Customer", "Currency", "Limit", "Notes"]], "Limits!A:D", 1);
    expect(isFailure(wide) && wide.message).toContain("needs two columns");
  });

  test("English financial headers, in any order: blank = not given, a blank limit = none", () => {
    const read = entries([
      ["Annual revenue", "Customer", "Credit limit", "Currency", "Tangible net worth", "Working capital"],
      ["$6,000,000", "Acme", 100000, "USD", 800000, "(20,000)"],
      ["", "Beta", "", "", 50000, ""],
      ["", "Cobalt", 7000, "EUR", "", ""],
    ]);
    expect(read).toEqual([
      // (20,000) is a negative working capital: read as −20,000 (its cap is then 0).
      { customer: "Acme", currency: "USD", limit: 100000, annualRevenue: 6000000, netWorth: 800000, workingCapital: -20000 },
      { customer: "Beta", currency: "", limit: Number.NaN, netWorth: 50000 },
      { customer: "Cobalt", currency: "EUR", limit: 7000 },
    ]);
  });

  test("Chinese financial headers", () => {
    expect(
      entries([
        ["客户", "币种", "信用额度", "净资产", "营运资金", "营业收入"],
        ["甲公司", "CNY", 300000, 5000000, 1000000, 24000000],
      ]),
    ).toEqual([
      { customer: "甲公司", currency: "CNY", limit: 300000, netWorth: 5000000, workingCapital: 1000000, annualRevenue: 24000000 },
    ]);
    // 年收入 is revenue too; no currency column: any currency.
    expect(
      entries([
        ["客户名称", "额度", "年收入"],
        ["乙公司", 1000, 120000],
      ]),
    ).toEqual([{ customer: "乙公司", currency: "", limit: 1000, annualRevenue: 120000 }]);
  });

  test("a financial cell that cannot be read stops the read with its sheet row named, as a limit does", () => {
    // Header on sheet row 3 (firstRow), so the third row of values is sheet row 5.
    const values = [
      ["Customer", "Limit", "Net worth"],
      ["Acme", 1000, 5000],
      ["Beta", 2000, "strong"],
    ];
    const bad = creditLimitsFromValues(values, "Limits!B3:D9", 3);
    expect(isFailure(bad) && [bad.text.en, bad.text.zh]).toEqual([
      "in the credit-limit range 'Limits!B3:D9', row 5: cannot read the net worth 'strong' as an amount",
      "信用额度区域“Limits!B3:D9”第5行：净资产“strong”不是金额",
    ]);
    const negativeRevenue = creditLimitsFromValues(
      [
        ["Customer", "Sales"],
        ["Acme", -5],
      ],
      "Limits!A:B",
      1,
    );
    expect(isFailure(negativeRevenue) && negativeRevenue.message).toBe(
      "in the credit-limit range 'Limits!A:B', row 2: cannot read the annual revenue '-5' as an amount of zero or more",
    );
    // A row with a customer and nothing else: the limit is missing, as in today's tables.
    const empty = creditLimitsFromValues(
      [
        ["Customer", "Limit", "Revenue"],
        ["Acme", "", ""],
      ],
      "Limits!A:C",
      1,
    );
    expect(isFailure(empty) && empty.message).toContain("row 2: cannot read the limit ''");
  });
});

describe("the scan keeps the table for the recommended limits", () => {
  /* One USD customer as of 2025-06-30 (AS_OF): 40,000.00 issued 2025-05-01 (AS_OF − 60), due
     2025-05-31 (AS_OF − 30), unpaid: open at May 31 and Jun 30 → peak 40,000, average 40,000; never
     paid, so DBT is its 30 days overdue; terms 30. Peak on terms 40,000 × 30 ÷ 60 = 20,000 < the
     average 40,000 → need 40,000. Whatever its grade (factor ≥ 0.50 → ≥ 20,000), net worth 100,000
     × 10% = 10,000 is lower → 10,000, bound by net worth. */
  function ledger(): WorkbookModel {
    const model = new WorkbookModel(["Sheet1", "Limits"]);
    model.setRows("Sheet1", "A1", [
      ["Customer", "Invoice no", "Invoice date", "Due date", "Amount", "Currency"],
      ["Acme", "A1", AS_OF - 60, AS_OF - 30, 40000, "USD"],
    ]);
    model.setRows("Limits", "A1", [
      ["Customer", "Currency", "Limit", "Net worth"],
      ["Acme", "USD", 50000, 100000],
    ]);
    model.select("Sheet1", "A2");
    return model;
  }

  function done(outcome: ScanOutcome) {
    if (outcome.kind !== "done") throw new Error(`scan not done: ${JSON.stringify(outcome)}`);
    return outcome;
  }

  test("the scanned ledger carries the financials, and its limit still applies", async () => {
    const outcome = done((await locateAndScan(ledger(), { creditLimitRange: "Limits!A:D" })).outcome);
    expect(outcome.ledger.creditLimitTable).toEqual([{ customer: "Acme", currency: "USD", limit: 50000, netWorth: 100000 }]);
    expect(outcome.customers[0].creditLimit).toBe(50000);
    const acme = customerCreditLimits(outcome.ledger).get("Acme\u0000USD")!;
    expect([acme.peakExposure, acme.averageExposure]).toEqual([40000, 40000]);
    expect(acme.recommendation).toMatchObject({ limit: 10000, boundBy: "netWorth", change: "lower" });
  });

  test("without a limit range the scanned ledger has no table", async () => {
    const outcome = done((await locateAndScan(ledger())).outcome);
    expect(outcome.ledger.creditLimitTable).toBeUndefined();
  });
});
