import { groupLetterCustomers } from "../../../src/core/letters/groupLetterCustomers";
import type { LetterInvoiceRow } from "../../../src/core/letters/letterTypes";
import { AS_OF } from "./letterFixtures";

const row = (
  customer: string,
  currency: string | null,
  openCents: number,
  extra: Partial<LetterInvoiceRow> = {},
): LetterInvoiceRow => ({
  customer,
  currency,
  dueSerial: AS_OF - 10,
  openCents,
  ...extra,
});

describe("groupLetterCustomers", () => {
  it("one group per customer and currency, names trimmed and case-insensitive, codes upper-cased", () => {
    const groups = groupLetterCustomers([
      row("Globex", "usd", 100),
      row(" GLOBEX ", "EUR", 200),
      row("globex", " USD ", 300),
      row("Initech", "USD", 400),
    ]);
    expect(groups.map((g) => [g.name, g.currency, g.invoices.map((i) => i.openCents)])).toEqual([
      ["Globex", "USD", [100, 300]],
      ["Globex", "EUR", [200]],
      ["Initech", "USD", [400]],
    ]);
  });

  it("blank currency takes the default; blank customer rows are left out", () => {
    const groups = groupLetterCustomers([row("Globex", null, 100), row("Globex", "", 200), row("  ", "USD", 300)], "cny");
    expect(groups.map((g) => [g.currency, g.invoices.length])).toEqual([["CNY", 2]]);
  });

  it("customer facts across all its rows: first email, highest reminder count, latest reminder date, key account", () => {
    const groups = groupLetterCustomers(
      [
        row("Globex", "USD", 100, { email: " ", remindersSent: 1, lastRemindedSerial: AS_OF - 20 }),
        row("Globex", "EUR", 200, { email: "ap@globex.example", remindersSent: 3, lastRemindedSerial: AS_OF - 5 }),
        row("Globex", "USD", 300, { email: "other@globex.example", remindersSent: 2, lastRemindedSerial: AS_OF - 9 }),
      ],
      "",
      ["  globex"],
    );
    for (const g of groups) {
      expect([g.email, g.remindersSent, g.lastRemindedSerial, g.keyAccount]).toEqual(["ap@globex.example", 3, AS_OF - 5, true]);
    }
  });

  it("keeps disputed flags and numbers on the invoices", () => {
    const [group] = groupLetterCustomers([row("Globex", "USD", 100, { invoiceNumber: "A-1", disputed: true })]);
    expect(group.invoices[0]).toMatchObject({ invoiceNumber: "A-1", disputed: true, openCents: 100 });
  });
});
