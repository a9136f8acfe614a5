import { draftLetters } from "../../../src/core/letters/draftLetters";
import type { LetterInvoiceRow } from "../../../src/core/letters/letterTypes";
import { AS_OF, SETTINGS_EN } from "./letterFixtures";

const rows: LetterInvoiceRow[] = [
  { customer: "Globex", currency: "USD", invoiceNumber: "U-1", dueSerial: AS_OF - 10, openCents: 100000 },
  { customer: "Globex", currency: "EUR", invoiceNumber: "E-1", dueSerial: AS_OF - 20, openCents: 250050 },
  { customer: "Globex", currency: "USD", invoiceNumber: "U-2", dueSerial: AS_OF - 3, openCents: 2550 },
  { customer: "Hooli", currency: "USD", invoiceNumber: "H-1", dueSerial: AS_OF - 40, openCents: 9900, disputed: true },
  { customer: "Initech", currency: "EUR", invoiceNumber: "I-1", dueSerial: AS_OF - 50, openCents: 500 },
];

describe("draftLetters, one letter per customer and currency (option off)", () => {
  // Tone by age and no small-balance threshold: each tone's customer gets its letter.
  const BY_AGE = { ...SETTINGS_EN, escalation: "age" as const, oneLetterPerCustomer: false };
  const { letters, skipped } = draftLetters(rows, AS_OF, BY_AGE);

  it("a customer with two currencies gets two letters, each totalling its own currency only", () => {
    const globex = letters.filter((l) => l.customer === "Globex");
    expect(globex.map((l) => l.currency)).toEqual(["USD", "EUR"]);
    // USD: 1,000.00 + 25.50 = 1,025.50; EUR: 2,500.50
    expect(globex.map((l) => l.totals.demandedCents)).toEqual([102550, 250050]);
    expect(globex[0].invoiceTable.rows.map((r) => r[0])).toEqual(["U-1", "U-2"]);
    expect(globex[1].invoiceTable.rows.map((r) => r[0])).toEqual(["E-1"]);
    expect(globex[1].totals.lines.find((l) => l.emphasis)?.amount).toBe("€2,500.50");
  });

  it("each customer's tone follows its own oldest invoice", () => {
    expect(letters.map((l) => [l.customer, l.currency, l.tone])).toEqual([
      ["Globex", "USD", "friendly"],
      ["Globex", "EUR", "firm"],
      ["Initech", "EUR", "final"],
    ]);
  });

  it("reports a customer with nothing to demand instead of writing an empty letter", () => {
    expect(skipped).toEqual([
      { customer: "Hooli", currency: "USD", reason: "every open invoice of 'Hooli' in USD is disputed: nothing to remind" },
    ]);
  });

  it("key accounts from the settings get the executive escalation", () => {
    const initech = draftLetters(rows, AS_OF, { ...BY_AGE, keyAccounts: ["INITECH"] }).letters.find(
      (l) => l.customer === "Initech",
    );
    expect(initech?.subject).toBe("Final notice: €5.00 overdue – Acme Components Ltd");
  });

  it("by default the tone is the next written step (none recorded: friendly) and €5.00 is below the scan's €50.00 small balance", () => {
    const byDefault = draftLetters(rows, AS_OF, {
      ...SETTINGS_EN,
      oneLetterPerCustomer: false,
      smallBalanceCents: { EUR: 5000 },
    });
    expect(byDefault.letters.map((l) => [l.customer, l.currency, l.tone])).toEqual([
      ["Globex", "USD", "friendly"],
      ["Globex", "EUR", "friendly"], // 20 days overdue, but never reminded: no second notice before the first
    ]);
    expect(byDefault.skipped.map((s) => s.reason)).toEqual([
      "every open invoice of 'Hooli' in USD is disputed: nothing to remind",
      "'Initech' in EUR owes €5.00, below the small-balance threshold of €50.00: no letter",
    ]);
  });
});
