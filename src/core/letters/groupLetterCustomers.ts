import { customerKey, normalizeCurrency } from "../ledger/ledgerScanSettings";
import type { Language } from "../language";
import type { LetterCustomer, LetterInvoice, LetterInvoiceRow } from "./letterTypes";

/**
 * Groups ledger rows into one letter customer per customer AND currency (amounts in different
 * currencies are never added). Customers match as the scan matches them (customerKey: trimmed,
 * case-insensitive, Unicode NFKC, invisible characters ignored) and currencies
 * trimmed and upper-cased, as the scan groups them; a blank currency takes `defaultCurrency`. The
 * customer's name is the first spelling seen; its email the first non-blank one; the reminders
 * recorded are the highest count and the latest date across all its rows (a reminder is about the
 * customer, whichever currency's row records it); its letter language the first one a row names.
 * Groups keep the order they first appear in.
 *
 * @param rows - invoice rows
 * @param defaultCurrency - currency of rows whose currency is blank, default ""
 * @param keyAccounts - customer names treated as key accounts
 * @returns the letter customers
 * @example
 * groupLetterCustomers([{ customer: "Globex", currency: "usd", dueSerial: 45800, openCents: 100 },
 *   { customer: " globex ", currency: "EUR", dueSerial: 45800, openCents: 200 }]).map((c) => c.currency) //=> ["USD", "EUR"]
 */
export function groupLetterCustomers(
  rows: readonly LetterInvoiceRow[],
  defaultCurrency = "",
  keyAccounts: readonly string[] = [],
): LetterCustomer[] {
  const keys = new Set(keyAccounts.map(customerKey));
  const fallback = normalizeCurrency(defaultCurrency);
  const people = new Map<
    string,
    {
      name: string;
      email: string | null;
      reminders: number;
      last: number | null;
      waitUntil: number | null;
      language: Language | null;
    }
  >();
  const groups = new Map<string, { key: string; currency: string; invoices: LetterInvoice[] }>();
  for (const row of rows) {
    const name = String(row.customer ?? "").trim();
    const key = name === "" ? "" : customerKey(name);
    if (key === "") continue; // blank, or invisible characters alone
    let person = people.get(key);
    if (person === undefined) {
      person = { name, email: null, reminders: 0, last: null, waitUntil: null, language: null };
      people.set(key, person);
    }
    const email = row.email?.trim() ?? "";
    if (person.email === null && email !== "") person.email = email;
    // The customer's letter language: the first row that names one.
    if (person.language === null && (row.language === "en" || row.language === "zh")) person.language = row.language;
    if (typeof row.remindersSent === "number" && Number.isFinite(row.remindersSent))
      person.reminders = Math.max(person.reminders, Math.floor(row.remindersSent));
    if (typeof row.lastRemindedSerial === "number" && Number.isFinite(row.lastRemindedSerial)) {
      person.last = person.last === null ? row.lastRemindedSerial : Math.max(person.last, row.lastRemindedSerial);
    }
    // The scan's wait is about the customer (its last reminder), so any row saying so holds all its letters.
    if (typeof row.waitUntilSerial === "number" && Number.isFinite(row.waitUntilSerial)) {
      person.waitUntil = person.waitUntil === null ? row.waitUntilSerial : Math.max(person.waitUntil, row.waitUntilSerial);
    }
    const currency = normalizeCurrency(row.currency) || fallback;
    const groupKey = `${key}\u0000${currency}`;
    let group = groups.get(groupKey);
    if (group === undefined) {
      group = { key, currency, invoices: [] };
      groups.set(groupKey, group);
    }
    group.invoices.push({
      invoiceNumber: row.invoiceNumber,
      invoiceSerial: row.invoiceSerial,
      dueSerial: row.dueSerial,
      openCents: row.openCents,
      disputed: row.disputed,
      promised: row.promised,
      level: row.level,
      smallBalance: row.smallBalance,
    });
  }
  return [...groups.values()].map((group) => {
    const person = people.get(group.key)!;
    return {
      name: person.name,
      currency: group.currency,
      invoices: group.invoices,
      email: person.email,
      remindersSent: person.reminders,
      lastRemindedSerial: person.last,
      keyAccount: keys.has(group.key),
      waitUntilSerial: person.waitUntil,
      language: person.language,
    };
  });
}
