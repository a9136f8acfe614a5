import { parseActivityRows } from "../../../src/core/activity/parseActivityRows";
import { isFailure } from "../../../src/core/failure";
import { HEADER, REGISTER_ROWS } from "./activityFixture";

describe("parseActivityRows", () => {
  const register = parseActivityRows([HEADER, ...REGISTER_ROWS]);
  if (isFailure(register)) throw new Error("fixture register should read");

  test("reads serial and text dates, English and Chinese kinds, names by the ledger's key", () => {
    // Rows 0–6 are good: 7 entries.
    expect(register.entries.map((e) => e.row)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const reminder = register.entries[1];
    expect([reminder.date, reminder.kind, reminder.customerKey, reminder.level]).toEqual([45846, "reminder", "reminded co", 4]);
    const broken = register.entries[3];
    // "usd" → USD; "800.00" → 80,000 cents; due by 45840.
    expect([broken.kind, broken.currency, broken.amountCents, broken.dueBy]).toEqual(["promise", "USD", 80000, 45840]);
    const kept = register.entries[4];
    // 承诺 → promise; 2025年7月4日 = 45842; 500 → 50,000 cents; 电话 kept as the channel text.
    expect([kept.kind, kept.dueBy, kept.amountCents, kept.channel]).toEqual(["promise", 45842, 50000, "电话"]);
    expect(register.entries[6]).toMatchObject({ kind: "dispute", invoice: "D-1", released: false });
  });

  test("lists every malformed row with its reason, skips the blank one", () => {
    expect(register.issues.map((i) => [i.row, i.column, i.message.key])).toEqual([
      [7, "date", "badDate"],
      [8, "kind", "badKind"],
      [10, "customer", "noCustomer"],
      [11, "dueBy", "promiseNoDueBy"],
      [12, "invoice", "disputeNoInvoice"],
      [13, "level", "badLevel"],
      [14, "amount", "badAmount"],
    ]);
    expect(register.issues[0].message.en).toBe('Date "next week" is not a date.');
    expect(register.issues[1].message.zh).toBe("类型“visit”不是提醒、电话、承诺、争议或备注之一。");
  });

  test("Chinese headers, columns in another order, and only the required ones", () => {
    const read = parseActivityRows([
      ["类型", "客户", "日期", "承诺付款日"],
      ["付款承诺", "甲公司", "2025/7/1", "2025-07-10"],
    ]);
    if (isFailure(read)) throw new Error("should read");
    // 2025-07-01 = 45839, 2025-07-10 = 45848.
    expect(read.entries.map((e) => [e.kind, e.customer, e.date, e.dueBy, e.currency])).toEqual([
      ["promise", "甲公司", 45839, 45848, ""],
    ]);
  });

  test("a header without date, customer or kind is refused by name, not thrown", () => {
    const read = parseActivityRows([
      ["Customer", "Amount"],
      ["Acme", 5],
    ]);
    expect(isFailure(read) && read.text).toMatchObject({
      key: "missingColumns",
      en: "The activity register has no Date, Kind column.",
    });
    expect(isFailure(parseActivityRows([]))).toBe(true);
  });

  test("odd cells never crash: booleans, errors, objects", () => {
    const read = parseActivityRows([HEADER, [true, { a: 1 }, null, undefined, 7, -1, null, "#N/A", "", "", ""]]);
    if (isFailure(read)) throw new Error("should read");
    expect(read.entries).toEqual([]);
    expect(read.issues).toHaveLength(1);
  });
});
