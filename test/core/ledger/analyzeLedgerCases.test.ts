import { isFailure } from "../../../src/core/failure";
import { analyzeLedger } from "../../../src/core/ledger/analyzeLedger";
import { LADDER_PRESETS } from "../../../src/core/dunning/ladderPresets";
import { ledgerRowText } from "../../../src/core/ledger/ledgerRowText";
import { rowOf, scanSheet } from "./analyzeLedgerHelpers";

const AS_OF = 45838; // 2025-06-30; 45791 = 2025-05-14 (47 days earlier)

describe("analyzeLedger: a Chinese ledger", () => {
  const sheet: unknown[][] = [
    ["客户名称", "发票号码", "开票日期", "到期日", "价税合计", "币种", "付款日期", "状态"],
    /* 0 */ ["华东贸易有限公司", "0001", "2025年4月14日", "2025年5月14日", "¥1,000.00", "CNY", "", ""],
    /* 1 */ ["华东贸易有限公司", 2, 45800, 45830, 500, "CNY", "", "争议"],
    /* 2 */ ["华东贸易有限公司", "1", 45800, 45830, 500, "CNY", "", ""],
    /* 3 */ ["北方机械", "0003", 45790, 45820, 800, "人民币", "", "已付"],
    /* 4 */ ["", "0004", 45790, 45820, 800, "CNY", "", ""],
    /* 5 */ ["北方机械", "0005", 45790, "下月底", 800, "CNY", "", ""],
  ];
  const analysis = scanSheet(sheet, { asOf: AS_OF, language: "zh" });

  it("computes rows and writes Chinese texts", () => {
    expect(rowOf(analysis, 0)).toEqual({
      state: "accepted",
      customer: "华东贸易有限公司",
      daysOverdue: 47,
      aging: "31-60",
      level: 6,
      open: 100000,
      action: "发最后通知：逾期不付将移交第三方催收",
      why: "逾期47天 · “标准”阶梯：逾期第45天档",
    });
    // 45830 is 8 days before as-of: rung 8, disputed.
    expect(rowOf(analysis, 1)).toMatchObject({
      level: 3,
      action: "先解决争议；无争议部分请客户先行付款",
      why: "逾期8天 · 有争议",
    });
    // Status 已付 without a paid date: settled, nothing open.
    expect(rowOf(analysis, 3)).toMatchObject({ aging: "已付", open: 0, action: "", why: "已付款" });
  });

  it("keeps the text invoice number '0001' apart from '1'", () => {
    // "0001" is not how the number 1 is written, so it stays text; "1" is read as the number 1.
    expect([rowOf(analysis, 1).state, rowOf(analysis, 2).state]).toEqual(["accepted", "accepted"]);
  });

  it("reports issues in Chinese", () => {
    expect(analysis.issues.map((i) => [i.rowIndex, i.field, i.reason])).toEqual([
      [4, "customer", "缺少客户名称"],
      [5, "dueDate", "无法识别到期日“下月底”，请使用日期单元格或“年-月-日”格式（如2025-06-30）"],
    ]);
  });
});

describe("analyzeLedger: edge cases", () => {
  const mapping = {
    customer: 0,
    amount: 1,
    dueDate: 2,
    paidDate: 3,
    openAmount: 4,
    invoiceNo: 5,
    creditLimit: 6,
    lastReminded: 7,
  };
  const scan = (rows: unknown[][], extra = {}) => {
    const result = analyzeLedger(rows, { mapping, asOf: AS_OF, ...extra });
    if (isFailure(result)) throw new Error(result.message);
    return result;
  };

  it("keeps an invoice paid after as-of open at as-of", () => {
    const result = scan([["Acme", 100, 45791, 45840]]);
    // Issue #18, escalation by steps: the Last reminder column is mapped and blank, so Acme has no
    // step recorded → the first overdue rung, level 2 (by age 47 days would be level 6).
    expect(rowOf(result, 0)).toMatchObject({ daysOverdue: 47, open: 10000, level: 2 });
    expect(rowOf(scan([["Acme", 100, 45791, 45840]], { escalation: "age" }), 0)).toMatchObject({ level: 6 });
  });

  it("takes the open amount cell over the amount, partial payments included", () => {
    const result = scan([
      ["Acme", 100, 45791, 45800, 30],
      ["Acme", 100, 45791, "", 0],
    ]);
    // 30 left open on a 100 invoice paid in part on 2025-05-23: still open, 47 days overdue.
    expect(rowOf(result, 0)).toMatchObject({ daysOverdue: 47, open: 3000, aging: "31-60" });
    // Open 0 with no paid date: settled, 0 days.
    expect(rowOf(result, 1)).toMatchObject({ daysOverdue: 0, open: 0, aging: "Paid" });
    // The paid row weighs its amount (100) in the lateness average: 9 days late (45800 − 45791).
    expect(result.customers[0].avgDaysLate).toBe(9);
  });

  it("reads an amount-less row through its open amount and refuses rows with neither", () => {
    const result = scan([
      ["Acme", "", 45791, "", 40],
      ["Acme", "", 45791, "", ""],
    ]);
    expect(rowOf(result, 0)).toMatchObject({ open: 4000 });
    expect(result.issues.map((i) => [i.rowIndex, i.code, i.reason])).toEqual([[1, "noAmount", "no amount"]]);
  });

  it("rejects unreadable paid dates, credit limits and reminder dates", () => {
    const result = scan([
      ["Acme", 100, 45791, "soon"],
      ["Acme", 100, 45791, "", "", "", "lots"],
      ["Acme", 100, 45791, "", "", "", "", true],
    ]);
    expect(result.issues.map((i) => [i.field, i.code])).toEqual([
      ["paidDate", "unreadableDate"],
      ["creditLimit", "unreadableAmount"],
      ["lastReminded", "unreadableDate"],
    ]);
  });

  it("treats a numeric invoice number and its text as one invoice", () => {
    const result = scan([
      ["Acme", 100, 45791, "", "", 1001],
      ["Acme", 100, 45791, "", "", " 1001 "],
      ["Bolt", 100, 45791, "", "", 1001],
    ]);
    expect(result.issues.map((i) => [i.rowIndex, i.code, i.firstRowIndex])).toEqual([[1, "duplicateInvoice", 0]]);
  });

  it("keeps credit notes on their own line: never overdue, never netted into overdue", () => {
    const result = scan([
      ["Acme", 100, 45791],
      ["Acme", -250, 45838],
      ["Acme", -30, 45700],
    ]);
    // open 100 − 250 − 30 = −180; overdue = the 100 invoice, 47 days past due; credits −280 (2 notes,
    // one of them 138 days past its own due date: still a credit, 0 days overdue).
    expect(result.customers[0]).toMatchObject({
      open: -180,
      overdue: 100,
      credits: -280,
      invoiceCount: 1,
      creditNoteCount: 2,
      oldestDaysOverdue: 47,
    });
    expect([...result.rows.daysOverdue]).toEqual([47, 0, 0]);
    expect(result.portfolio[0].buckets.map((b) => b.amount)).toEqual([0, 0, 100, 0, 0]);
    // The open balance is 0 or less: no overdue share to speak of.
    expect(result.portfolio[0]).toMatchObject({ overdue: 100, credits: -280, creditNoteCount: 2, overduePct: 0 });
  });

  it("flags a review when overdue reaches exactly 10% of the credit limit", () => {
    // Limit 5,000: 10% is 500.00. Exactly 500.00 overdue → review; 499.99 → not; threshold 0.05 → 250.
    const at = scan([["Acme", 500, 45791, "", "", "", 5000]]);
    const below = scan([["Acme", 499.99, 45791, "", "", "", 5000]]);
    const lower = scan([["Acme", 250, 45791, "", "", "", 5000]], { reviewThreshold: 0.05 });
    expect([at.customers[0].reviewFlag, below.customers[0].reviewFlag, lower.customers[0].reviewFlag]).toEqual([
      true,
      false,
      true,
    ]);
    // Use 500 / 5000 = 0.1; score: never paid and 47 days overdue: debt age 47 × 35/90 = 18.28,
    // never paid 47 × 25/60 = 19.58; share 1 → 20; use ≤ 0.5 → 0: 57.86 → 58, C.
    expect(at.customers[0]).toMatchObject({ creditUse: 0.1, neverPaid: true, riskScore: 58, grade: "C" });
  });

  it("ignores reminders dated after as-of and waits exactly until the interval has run", () => {
    const result = scan(
      [
        ["Acme", 100, 45791, "", "", "", "", 45840],
        ["Bolt", 100, 45791, "", "", "", "", 45828],
      ],
      { minReminderIntervalDays: 14 },
    );
    // Acme's reminder is after as-of: not a reminder yet, so no step either (issue #18, by steps):
    // the first overdue rung, "Friendly reminder email" (by age, 47 days: the final notice).
    expect(rowOf(result, 0).action).toBe("Friendly reminder email");
    // Bolt reminded 2025-06-20, 10 days ago < 14: wait until 06-20 + 14 = 2025-07-04.
    expect(rowOf(result, 1).action).toBe("Wait until 2025-07-04");
    const zh = scan([["Bolt", 100, 45791, "", "", "", "", 45828]], { minReminderIntervalDays: 14, language: "zh" });
    // Bolt reminded once (Last reminded date) → cap level 4 (level 2 covered, the day-8 call passed by
    // age); 47 days by age = level 6 (the day-45 rung) → level 4, the day-15 rung.
    expect(rowOf(zh, 0)).toMatchObject({
      level: 4,
      action: "暂缓催收，2025年7月4日再跟进",
      why: "逾期47天 · “标准”阶梯：逾期第15天档 · 已记录1次书面催收：逐级升级，不越级 · 已于2025年6月20日催收，未满14天",
    });
  });

  it("uses another ladder's name in the why", () => {
    const result = scan([["Acme", 100, 45791]], { ladder: LADDER_PRESETS["30-60-90"] });
    expect(rowOf(result, 0)).toMatchObject({
      level: 1,
      action: "Written reminder",
      why: "47 days overdue · rung 1 of ladder 30-60-90",
    });
  });

  it("skips non-array rows as blank and writes no text for rows not accepted", () => {
    const result = scan([undefined as unknown as unknown[], [], ["", 5]]);
    expect([rowOf(result, 0), rowOf(result, 1), rowOf(result, 2)]).toEqual([
      { state: "blank" },
      { state: "blank" },
      { state: "issue" },
    ]);
    expect(ledgerRowText(result, 2)).toEqual({ aging: "", action: "", why: "" });
  });
});

describe("analyzeLedger: the 1904 date system", () => {
  // 1904 serials are 1462 less: as-of 44376 = 2025-06-30, 44329 = 2025-05-14, 44328 = 2025-05-13, 44338 = 2025-05-23.
  const sheet = [
    ["Customer", "Invoice date", "Due date", "Amount"],
    ["Acme", 44299, 44329, 100],
    ["Acme", "2025-04-14", "2025-05-14", 100],
    ["Acme", 44338, 44328, 100],
  ];
  const analysis = scanSheet(sheet, { asOf: 44376, dateSystem: 1904 });

  it("counts days on 1904 serials and reads text dates into them", () => {
    expect(rowOf(analysis, 0)).toMatchObject({ daysOverdue: 47, level: 6 });
    expect(rowOf(analysis, 1)).toMatchObject({ daysOverdue: 47, level: 6 });
    expect(analysis.rows.dueSerial[1]).toBe(44329);
  });

  it("writes dates of the 1904 system in messages", () => {
    expect(analysis.issues[0].reason).toBe("due date 2025-05-13 is before invoice date 2025-05-23");
  });
});
