import { buildStatements } from "../../../src/core/statements/buildStatements";
import { renderStatementText } from "../../../src/core/statements/renderStatementText";
import { AS_OF, ROWS } from "./statementFixture";

// The figures are those worked by hand in statementFixture.ts; amounts show as numbers (the
// section's heading names the currency), negative credits with a minus.
describe("renderStatementText", () => {
  const [acme, beta] = buildStatements(ROWS, { asOfSerial: AS_OF });

  test("English: running balance, credit note, balance due and aging per currency", () => {
    expect(renderStatementText(acme, { language: "en" }).split("\n")).toEqual([
      "Statement of account",
      "Customer: Acme Ltd",
      "As of 30 June 2025",
      "",
      "Currency: USD",
      "2025-04-03  INV-102  due 2025-05-03  500.00  balance 500.00",
      "—  CN-7  due 2025-05-23  -150.00  balance 350.00  (Credit note)",
      "2025-05-02  INV-101  due 2025-06-01  600.00  balance 950.00",
      "2025-06-12  INV-103  due 2025-07-12  250.00  balance 1,200.00",
      "Balance USD: 1,200.00",
      "Aging",
      "Current: 250.00",
      "1-30: 600.00",
      "31-60: 500.00",
      "61-90: 0.00",
      "91+: 0.00",
      "Disputed: 0.00",
      "Credit notes: -150.00",
      "",
      "Currency: EUR",
      "2025-01-13  E-1  due 2025-02-12  800.00  balance 800.00",
      "2025-03-14  E-2  due 2025-04-13  300.00  balance 1,100.00  (Disputed)",
      "Balance EUR: 1,100.00",
      "Aging",
      "Current: 0.00",
      "1-30: 0.00",
      "31-60: 0.00",
      "61-90: 0.00",
      "91+: 800.00",
      "Disputed: 300.00",
      "Credit notes: 0.00",
      "",
    ]);
  });

  test("Chinese: full-width punctuation, Chinese labels, the same figures", () => {
    const lines = renderStatementText(acme, { language: "zh" }).split("\n");
    expect(lines.slice(0, 10)).toEqual([
      "对账单",
      "客户：Acme Ltd",
      "截至2025年6月30日",
      "",
      "币种：USD",
      "2025-04-03，INV-102，到期日2025-05-03，金额500.00，余额500.00",
      "—，CN-7，到期日2025-05-23，金额-150.00，余额350.00（贷项）",
      "2025-05-02，INV-101，到期日2025-06-01，金额600.00，余额950.00",
      "2025-06-12，INV-103，到期日2025-07-12，金额250.00，余额1,200.00",
      "USD余额：1,200.00",
    ]);
    expect(lines.slice(10, 18)).toEqual([
      "账龄",
      "未到期金额：250.00",
      "1-30金额：600.00",
      "31-60金额：500.00",
      "61-90金额：0.00",
      "91+金额：0.00",
      "有争议金额：0.00",
      "贷项金额：-150.00",
    ]);
    expect(lines).toContain("2025-03-14，E-2，到期日2025-04-13，金额300.00，余额1,100.00（有争议）");
  });

  test("a customer with one currency and no credit", () => {
    const text = renderStatementText(beta, { language: "en" });
    // B-1: invoiced 45808 = 30 days before 2025-06-30 = 2025-05-31; 75.00 due today, Current.
    expect(text).toContain("2025-05-31  B-1  due 2025-06-30  75.00  balance 75.00\nBalance USD: 75.00\nAging\nCurrent: 75.00\n");
  });

  test("a statement with no open items says so", () => {
    const text = renderStatementText(
      { customer: "Gamma", asOfSerial: AS_OF, edges: [30, 60, 90], currencies: [] },
      { language: "en" },
    );
    expect(text).toBe("Statement of account\nCustomer: Gamma\nAs of 30 June 2025\n\nNo open items.\n");
  });

  test("a ledger without a currency column: the section says so and the balance has no code", () => {
    // One invoice of 10.00 due 2025-06-29 (45837), 1 day overdue: 1-30.
    const [plain] = buildStatements([{ customer: "Plain", currency: null, dueSerial: 45837, openCents: 1000 }], {
      asOfSerial: AS_OF,
    });
    const lines = renderStatementText(plain, { language: "en" }).split("\n");
    expect(lines.slice(4, 9)).toEqual([
      "Currency: not given",
      "—  —  due 2025-06-29  10.00  balance 10.00",
      "Balance: 10.00",
      "Aging",
      "Current: 0.00",
    ]);
    expect(lines[9]).toBe("1-30: 10.00");
    expect(renderStatementText(plain, { language: "zh" }).split("\n").slice(4, 7)).toEqual([
      "币种：未注明",
      "—，—，到期日2025-06-29，金额10.00，余额10.00",
      "余额：10.00",
    ]);
  });
});
