import type { LetterCurrencyPart, LetterModel } from "./letterTypes";

/**
 * The currency parts a renderer shows: `letter.parts` for a letter in several currencies, else the
 * letter's own single-currency fields (so a letter edited field by field renders as edited).
 *
 * @example
 * letterParts(oneCurrencyLetter).length //=> 1
 */
export function letterParts(letter: LetterModel): readonly LetterCurrencyPart[] {
  if (letter.parts !== undefined && letter.parts.length > 1) return letter.parts;
  const { currency, invoiceTable, creditNotes, totals, disputed, promised, notYetDue } = letter;
  return [{ currency, caption: null, invoiceTable, creditNotes, totals, disputed, promised, notYetDue }];
}
