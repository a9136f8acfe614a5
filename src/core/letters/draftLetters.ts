import { failureText, isFailure } from "../failure";
import { draftCustomerLetter } from "./draftCustomerLetter";
import { groupLetterCustomers } from "./groupLetterCustomers";
import type { LetterCustomer, LetterInvoiceRow, LetterModel, LetterSettings } from "./letterTypes";

/** A customer and currency for which no letter was drafted, and why (shown in the pane). */
export interface SkippedLetter {
  readonly customer: string;
  readonly currency: string;
  /** Why, in the letters' language. */
  readonly reason: string;
}

/**
 * Drafts the letters from ledger rows: by default (`settings.oneLetterPerCustomer` not false) ONE
 * letter per customer covering all its currencies, each with its own subtotal
 * (`draftCustomerLetter`); with the option off, one letter per customer and currency. A currency
 * with nothing to chase (every invoice disputed or promised, credit notes and unapplied cash
 * covering the overdue balance, a small balance, a customer who waits) is reported in `skipped`
 * with the reason instead of producing an empty letter, or an empty part of one.
 *
 * @param rows - invoice rows of the customers selected
 * @param asOfSerial - the letters' date
 * @param settings - language, sender, options
 * @returns the letters, in the order customers first appear, and the currencies skipped
 * @example
 * draftLetters(rowsOfGlobexInUsdAndEur, 45838, settings).letters.map((l) => l.currencies) //=> [["USD", "EUR"]]
 */
export function draftLetters(
  rows: readonly LetterInvoiceRow[],
  asOfSerial: number,
  settings: LetterSettings,
): { letters: LetterModel[]; skipped: SkippedLetter[] } {
  const letters: LetterModel[] = [];
  const skipped: SkippedLetter[] = [];
  const reasonLanguage = settings.language === "zh" ? "zh" : "en";
  const groups = groupLetterCustomers(rows, settings.defaultCurrency ?? "", settings.keyAccounts ?? []);
  for (const customers of settings.oneLetterPerCustomer === false ? groups.map((g) => [g]) : byCustomer(groups)) {
    const drafted = draftCustomerLetter(customers, asOfSerial, settings);
    if (isFailure(drafted)) {
      // Bad settings or as-of: said once per currency, as nothing can be drafted for any of them.
      const reason = failureText(drafted, reasonLanguage);
      for (const c of customers) skipped.push({ customer: c.name, currency: c.currency, reason });
      continue;
    }
    if (drafted.letter !== null) letters.push(drafted.letter);
    for (const s of drafted.skipped) {
      skipped.push({ customer: customers[0].name, currency: s.currency, reason: failureText(s.why, reasonLanguage) });
    }
  }
  return { letters, skipped };
}

/** The groups of each customer together, customers in the order they first appear. */
function byCustomer(groups: readonly LetterCustomer[]): LetterCustomer[][] {
  // groupLetterCustomers gives every group of a customer the same name (its first spelling).
  const out = new Map<string, LetterCustomer[]>();
  for (const group of groups) {
    const list = out.get(group.name);
    if (list === undefined) out.set(group.name, [group]);
    else list.push(group);
  }
  return [...out.values()];
}
