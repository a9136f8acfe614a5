import { isReleaseText } from "../../../src/core/activity/activityKind";
import { customerActivityRow, type CustomerLogForm } from "../../../src/core/activity/customerActivityRow";

// As of 2025-06-30 = serial 45838 (1900 system); 2025-07-10 is 10 days later = 45848.
const CONTEXT = { customer: "Acme", asOf: 45838, dateSystem: 1900 as const, language: "en" as const, currencyRequired: true };
const BLANK: CustomerLogForm = { kind: "promise", currency: "", invoice: "", amount: "", dueBy: "", reason: "" };

describe("customerActivityRow: the customer card's form as a register row", () => {
  test("a promise: amount in cents, currency code, due-by serial, dated as-of", () => {
    const result = customerActivityRow(
      { ...BLANK, kind: "promise", currency: " usd", amount: "$1,250.50", dueBy: "2025-07-10", reason: "CFO on the phone" },
      CONTEXT,
    );
    // 1,250.50 → 125050 cents; 2025-07-10 → 45838 + 10 = 45848.
    expect(result).toEqual({
      row: {
        date: 45838,
        customer: "Acme",
        kind: "promise",
        currency: "USD",
        amountCents: 125050,
        dueBy: 45848,
        reason: "CFO on the phone",
      },
    });
  });

  test("a promise with nothing filled in is refused field by field, and never becomes a row", () => {
    expect(customerActivityRow(BLANK, CONTEXT)).toEqual({
      problems: { currency: "required", amount: "required", dueBy: "required" },
    });
  });

  test("a bad amount, a zero amount, a bad date and a date before as-of are each refused", () => {
    expect(customerActivityRow({ ...BLANK, currency: "USD", amount: "lots", dueBy: "next week" }, CONTEXT)).toEqual({
      problems: { amount: "notAmount", dueBy: "notDate" },
    });
    // 2025-06-29 is the day before as-of: a promise to pay by a day already past.
    expect(customerActivityRow({ ...BLANK, currency: "USD", amount: "0", dueBy: "2025-06-29" }, CONTEXT)).toEqual({
      problems: { amount: "notPositive", dueBy: "beforeAsOf" },
    });
    // A promise due on the as-of day itself is accepted: 45838.
    const today = customerActivityRow({ ...BLANK, currency: "EUR", amount: "10", dueBy: "2025-06-30" }, CONTEXT);
    expect("row" in today && today.row.dueBy).toBe(45838);
  });

  test("a ledger without currencies: a promise may name none", () => {
    const result = customerActivityRow({ ...BLANK, amount: "300", dueBy: "2025-07-01" }, { ...CONTEXT, currencyRequired: false });
    // 300 → 30000 cents; 2025-07-01 = 45839; no currency field at all.
    expect(result).toEqual({ row: { date: 45838, customer: "Acme", kind: "promise", amountCents: 30000, dueBy: 45839 } });
  });

  test("a dispute needs its invoice; with it, the row holds that invoice with the reason", () => {
    expect(customerActivityRow({ ...BLANK, kind: "dispute", currency: "USD", reason: "wrong price" }, CONTEXT)).toEqual({
      problems: { invoice: "required" },
    });
    expect(
      customerActivityRow({ ...BLANK, kind: "dispute", currency: "USD", invoice: " INV-7 ", reason: "wrong price" }, CONTEXT),
    ).toEqual({
      row: { date: 45838, customer: "Acme", kind: "dispute", currency: "USD", invoice: "INV-7", reason: "wrong price" },
    });
  });

  test("a release is a dispute row whose reason the scan reads as released, with or without an invoice", () => {
    const one = customerActivityRow(
      { ...BLANK, kind: "release", currency: "USD", invoice: "INV-7", reason: "credit note issued" },
      CONTEXT,
    );
    expect(one).toEqual({
      row: {
        date: 45838,
        customer: "Acme",
        kind: "dispute",
        currency: "USD",
        invoice: "INV-7",
        reason: "Released: credit note issued",
      },
    });
    const all = customerActivityRow({ ...BLANK, kind: "release" }, { ...CONTEXT, language: "zh" });
    expect(all).toEqual({ row: { date: 45838, customer: "Acme", kind: "dispute", reason: "已解除" } });
    // The scan's own recogniser reads both as releases.
    expect("row" in one && isReleaseText(one.row.reason ?? "")).toBe(true);
    expect("row" in all && isReleaseText(all.row.reason ?? "")).toBe(true);
  });

  test("a note needs its text", () => {
    expect(customerActivityRow({ ...BLANK, kind: "note", reason: "  " }, CONTEXT)).toEqual({ problems: { reason: "required" } });
    expect(customerActivityRow({ ...BLANK, kind: "note", reason: "Asked for a copy invoice" }, CONTEXT)).toEqual({
      row: { date: 45838, customer: "Acme", kind: "note", reason: "Asked for a copy invoice" },
    });
  });
});
