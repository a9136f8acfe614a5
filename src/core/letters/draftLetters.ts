import { failureText, isFailure } from "../failure";
import { draftLetter } from "./draftLetter";
import { groupLetterCustomers } from "./groupLetterCustomers";
import type { LetterInvoiceRow, LetterModel, LetterSettings } from "./letterTypes";

/** A customer and currency for which no letter was drafted, and why (shown in the pane). */
export interface SkippedLetter {
  readonly customer: string;
  readonly currency: string;
  /** Why, in the letters' language. */
  readonly reason: string;
}

/**
 * Drafts one letter per customer and currency from ledger rows: a customer with invoices in two
 * currencies gets two letters. Groups with nothing to demand (every invoice disputed, credit notes
 * covering the debt) are reported in `skipped` with the reason instead of producing an empty letter.
 *
 * @param rows - invoice rows of the customers selected
 * @param asOfSerial - the letters' date
 * @param settings - language, sender, options
 * @returns the letters, in the order customers first appear, and the groups skipped
 * @example
 * draftLetters(rowsOfGlobexInUsdAndEur, 45838, settings).letters.map((l) => l.currency) //=> ["USD", "EUR"]
 */
export function draftLetters(
  rows: readonly LetterInvoiceRow[],
  asOfSerial: number,
  settings: LetterSettings,
): { letters: LetterModel[]; skipped: SkippedLetter[] } {
  const letters: LetterModel[] = [];
  const skipped: SkippedLetter[] = [];
  for (const customer of groupLetterCustomers(rows, settings.defaultCurrency ?? "", settings.keyAccounts ?? [])) {
    const letter = draftLetter(customer, asOfSerial, settings);
    if (isFailure(letter)) {
      const reason = failureText(letter, settings.language === "zh" ? "zh" : "en");
      skipped.push({ customer: customer.name, currency: customer.currency, reason });
    } else letters.push(letter);
  }
  return { letters, skipped };
}
