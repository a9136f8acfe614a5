import { isFailure, type Result } from "../failure";
import { draftCustomerLetter } from "./draftCustomerLetter";
import type { LetterCustomer, LetterModel, LetterSettings } from "./letterTypes";

/**
 * Drafts the reminder to one customer in one currency. The letter demands the overdue invoices
 * net of open credit notes; disputed invoices are listed apart and not demanded; invoices not yet
 * due are listed for information. When nothing is overdue it is a courtesy letter about the
 * invoices falling due. Invoices the customer has promised to pay are thanked for and listed
 * apart, never demanded. The tone is the customer's next written step (`letterStepTone`: never a
 * step skipped, never above what the oldest overdue invoice's age reaches by `letterTone`, paced by
 * the settings' ladder), or the age alone when `settings.escalation` is "age", unless the customer
 * carries one; a customer with nothing overdue always gets the courtesy letter, and one with
 * overdue invoices never does. No letter is drafted for a customer the scan says waits, nor when
 * credit notes cover the balance, nor below the currency's small-balance threshold (the scan's).
 * Options appear on the tones `settings.optionTones` (or `DEFAULT_OPTION_TONES`) give them. The
 * letter is dated at its top; `warnings` says when it has no signature or no bank details. A
 * letter covering several currencies is `draftCustomerLetter`'s.
 *
 * @param customer - the customer, its currency and its open items
 * @param asOfSerial - the letter's date; days are counted to it
 * @param settings - language, sender, pay-by days and the option blocks
 * @returns the letter model, or why no letter can be drafted (nothing to demand, bad settings)
 * @example
 * draftLetter({ name: "Globex", currency: "USD", invoices: [{ invoiceNumber: "INV-7", dueSerial: 45828, openCents: 123450 }] },
 *   45838, { language: "en", sender: { company: "Acme Ltd" } }).subject
 * //=> "Payment reminder: $1,234.50 overdue – Acme Ltd"
 */
export function draftLetter(customer: LetterCustomer, asOfSerial: number, settings: LetterSettings): Result<LetterModel> {
  const drafted = draftCustomerLetter([customer], asOfSerial, settings);
  if (isFailure(drafted)) return drafted;
  // One currency: no letter means that currency was left out, with its reason.
  return drafted.letter ?? drafted.skipped[0].why;
}
