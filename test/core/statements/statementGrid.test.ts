import { buildStatements } from "../../../src/core/statements/buildStatements";
import { statementGrid } from "../../../src/core/statements/statementGrid";
import { AS_OF, ROWS } from "./statementFixture";

// Figures as worked by hand in statementFixture.ts.
describe("statementGrid", () => {
  const statements = buildStatements(ROWS, { asOfSerial: AS_OF });

  test("English: one block per customer; each currency's items, balance due and aging footer", () => {
    const grid = statementGrid(statements, { language: "en" });
    expect(grid.columns).toBe(7); // 7 item columns; the footer needs 5 buckets + Disputed + Credit notes = 7
    expect(grid.rows.every((r) => r.length === 7)).toBe(true);
    const blank = ["", "", "", "", "", "", ""];
    expect(grid.rows.slice(0, 13)).toEqual([
      ["Statement of account", "", "", "", "", "", ""],
      ["Customer", "Acme Ltd", "", "", "", "", ""],
      ["As of 30 June 2025", "", "", "", "", "", ""],
      blank,
      ["Currency: USD", "", "", "", "", "", ""],
      ["Invoice date", "Document", "Due date", "Days overdue", "Open amount", "Balance", "Note"],
      ["2025-04-03", "INV-102", "2025-05-03", "58", "500.00", "500.00", ""],
      ["", "CN-7", "2025-05-23", "", "-150.00", "350.00", "Credit note"],
      ["2025-05-02", "INV-101", "2025-06-01", "29", "600.00", "950.00", ""],
      ["2025-06-12", "INV-103", "2025-07-12", "", "250.00", "1,200.00", ""],
      ["Balance USD", "", "", "", "", "1,200.00", ""],
      ["Aging", "", "", "", "", "", ""],
      ["Current", "1-30", "31-60", "61-90", "91+", "Disputed", "Credit notes"],
    ]);
    expect(grid.rows[13]).toEqual(["250.00", "600.00", "500.00", "0.00", "0.00", "0.00", "-150.00"]);
    // USD took rows 4..14 (heading, columns, 4 items, balance, aging, labels, amounts, blank); EUR
    // takes heading 15, columns 16, items 17-18, balance 19, aging 20, labels 21, amounts 22, blank 23;
    // Beta starts at row 24.
    expect(grid.rows[15][0]).toBe("Currency: EUR");
    expect(grid.rows[19]).toEqual(["Balance EUR", "", "", "", "", "1,100.00", ""]);
    expect(grid.rows[22]).toEqual(["0.00", "0.00", "0.00", "0.00", "800.00", "300.00", "0.00"]);
    expect(grid.starts).toEqual([0, 24]);
    expect(grid.rows[25].slice(0, 2)).toEqual(["Customer", "Beta GmbH"]);
  });

  test("Chinese headings and labels", () => {
    const grid = statementGrid(statements.slice(0, 1), { language: "zh" });
    expect(grid.rows[0][0]).toBe("对账单");
    expect(grid.rows[1].slice(0, 2)).toEqual(["客户", "Acme Ltd"]);
    expect(grid.rows[5]).toEqual(["开票日期", "单据", "到期日", "逾期天数", "未结金额", "余额", "备注"]);
    expect(grid.rows[7][6]).toBe("贷项");
    expect(grid.rows[10][0]).toBe("USD余额");
    expect(grid.rows[12]).toEqual(["未到期", "1-30", "31-60", "61-90", "91+", "有争议", "贷项"]);
  });

  test("more aging edges widen the grid so the footer fits", () => {
    // Edges 30/60/90/120/180: 7 buckets + Disputed + Credit notes = 9 columns.
    const wide = statementGrid(buildStatements(ROWS, { asOfSerial: AS_OF, edges: [30, 60, 90, 120, 180] }), { language: "en" });
    expect(wide.columns).toBe(9);
    expect(wide.rows[12]).toEqual(["Current", "1-30", "31-60", "61-90", "91-120", "121-180", "181+", "Disputed", "Credit notes"]);
  });
});
