import { headerScore, scoreHeaders } from "../../../src/core/ledger/scoreHeaders";

describe("scoreHeaders", () => {
  test("camelCase headers of a raw dump are found (issue #15: 'not found, no header')", () => {
    const scored = scoreHeaders(["invoiceNumber", "customer", "invoiceDate", "DueDate", "amount", "paidDate"]);
    expect(scored.mapping).toEqual({ invoiceNo: 0, customer: 1, invoiceDate: 2, dueDate: 3, amount: 4, paidDate: 5 });
    expect(scored.competing).toEqual([]);
    expect(scored.matches.every((m) => m.score === 1)).toBe(true);
  });

  test("an amount and an open balance are two fields, not one (the 9% overstatement)", () => {
    const scored = scoreHeaders(["Customer", "Num", "Due Date", "Amount", "Open Balance"]);
    expect(scored.mapping.amount).toBe(3);
    expect(scored.mapping.openAmount).toBe(4);
  });

  test("'Balance due' is the open amount, not a due date; 'Due date' stays the due date", () => {
    const scored = scoreHeaders(["Customer", "Due date", "Balance due"]);
    expect(scored.mapping).toEqual({ customer: 0, dueDate: 1, openAmount: 2 });
    expect(scored.competing).toEqual([]);
  });

  test("two columns with equally good names for one field compete instead of one being picked silently", () => {
    const scored = scoreHeaders(["Customer", "Amount", "Total", "Due date"]);
    expect(scored.mapping.amount).toBe(1);
    expect(scored.competing).toEqual([{ field: "amount", columns: [1, 2] }]);
  });

  test("a header that contains a specific name scores below a known name: 0.5 + 0.4 × share", () => {
    // "open balance usd": the two words of "Open balance" cover 2 of 3 → 0.5 + 0.4 × 2/3 = 0.7667.
    expect(headerScore("Open balance (USD)", "openAmount")).toBeCloseTo(0.7667, 4);
    expect(headerScore("Open balance", "openAmount")).toBe(1);
    // A lone generic word is not looked for inside other headers.
    expect(headerScore("Balance due", "dueDate")).toBe(0);
  });

  test("Chinese names inside longer headers: 应收金额(元) is the amount", () => {
    // key "应收金额 元": 4 of 5 characters → 0.5 + 0.4 × 0.8 = 0.82.
    expect(headerScore("应收金额(元)", "amount")).toBeCloseTo(0.82, 6);
    expect(scoreHeaders(["客户名称", "应收金额(元)", "到期日"]).mapping).toEqual({ customer: 0, amount: 1, dueDate: 2 });
  });

  test("cells that are not text are never headers", () => {
    expect(scoreHeaders([45838, null, true, "Customer"]).mapping).toEqual({ customer: 3 });
  });
});
