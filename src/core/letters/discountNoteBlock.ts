import { fail, isFailure, type Result } from "../failure";
import { parsePaymentTerms } from "../terms/parsePaymentTerms";
import type { LetterWords } from "./letterWords";
import type { EarlyPaymentDiscountOption, LetterBlock } from "./letterTypes";
import { ratePercent } from "./ratePercent";
import { LETTERS_MESSAGES as M } from "../messages/lettersMessages";

/**
 * The early-payment discount note. Terms with a discount (`2/10 net 30`) are written out in the
 * letter's language, so a Chinese letter carries no English terms code; otherwise the settings'
 * own text is used as given.
 *
 * @param option - terms and/or own text from settings
 * @param words - the letter language's wording
 * @returns the block, or why the terms cannot be read
 * @example
 * discountNoteBlock({ terms: "2/10 net 30" }, letterWords("en")).paragraphs[0]
 * //=> "A note for future orders: our terms allow you to deduct 2% when you pay within 10 days …"
 */
export function discountNoteBlock(option: EarlyPaymentDiscountOption, words: LetterWords): Result<LetterBlock> {
  const own = option.text?.trim() ?? "";
  const terms = option.terms === undefined || option.terms.trim() === "" ? undefined : parsePaymentTerms(option.terms);
  let text: string;
  if (terms !== undefined && !isFailure(terms) && terms.discount !== undefined) {
    text = words.discountNote({ percent: ratePercent(terms.discount.rate), days: terms.discount.days, netDays: terms.netDays });
  } else if (own !== "") {
    text = own;
  } else if (terms !== undefined && isFailure(terms)) {
    return terms;
  } else {
    return fail("missing", M.discountNeedsTerms({ terms: option.terms ?? "" }));
  }
  return { kind: "earlyPaymentDiscount", paragraphs: [text], table: null, notes: [] };
}
