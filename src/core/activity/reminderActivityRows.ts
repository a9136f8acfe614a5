import type { Language } from "../language";
import { customerNameKey } from "../ledger/customerNameKey";
import type { CustomerSummary } from "../ledger/ledgerAnalysisTypes";
import { messageText } from "../messages/message";
import { ACTIVITY_LOG_WORDS as W } from "./activityLogWords";
import type { NewActivityRow } from "./activityTypes";

/** How a letter left the pane: copied (text or HTML), opened in the mail app, or written to the Reminders sheet. */
export type ReminderChannel = "copy" | "email" | "sheet";

const CHANNEL_WORDS = { copy: W.channelCopy, email: W.channelEmail, sheet: W.channelSheet } as const;

/** One currency of a letter and what it asks for there (a letter's LetterCurrencyPart fits). */
export interface LoggedLetterPart {
  readonly currency: string;
  readonly totals: { readonly demandedCents: number };
}

/**
 * What logging needs of a drafted letter (a LetterModel fits): its customer and, per currency, the
 * amount asked. A letter covering several currencies has one part per currency in `parts`; a
 * letter of one currency may have one part equal to its own `currency` and `totals`.
 */
export interface LoggedLetter extends LoggedLetterPart {
  readonly customer: string;
  readonly parts?: readonly LoggedLetterPart[];
}

/**
 * The `reminder` rows to add to the register when a letter is copied, mailed or written: one per
 * currency the letter asks for (never one amount across currencies), dated `date` (the scan's
 * as-of: the pane works "as of" the scan's day, so a rescan with the same as-of counts them), at
 * the customer's ladder level in that currency as the scan computed it (CustomerSummary
 * highestLevel; left blank when the scan has no such customer), amount = the amount asked, owner
 * blank. The channel is written in the register's language.
 *
 * @param customers - the scan's customers (per customer and currency), for the level
 * @example
 * reminderActivityRows({ customer: "Beta", currency: "USD", totals: { demandedCents: 25050 } }, {
 *   date: 45838, channel: "copy", customers: [{ customer: "Beta", currency: "USD", highestLevel: 2, … }], language: "en" })
 * //=> [{ date: 45838, customer: "Beta", kind: "reminder", currency: "USD", level: 2, channel: "copy", amountCents: 25050 }]
 */
export function reminderActivityRows(
  letter: LoggedLetter,
  options: {
    readonly date: number;
    readonly channel: ReminderChannel;
    readonly customers: readonly Pick<CustomerSummary, "customer" | "currency" | "highestLevel">[];
    readonly language: Language;
  },
): NewActivityRow[] {
  const parts = letter.parts !== undefined && letter.parts.length > 0 ? letter.parts : [letter];
  const key = customerNameKey(letter.customer);
  const channel = messageText(CHANNEL_WORDS[options.channel](), options.language);
  return parts.map((part) => {
    const summary = options.customers.find((c) => c.currency === part.currency && customerNameKey(c.customer) === key);
    const row: NewActivityRow = {
      date: options.date,
      customer: letter.customer,
      kind: "reminder",
      currency: part.currency,
      channel,
      amountCents: part.totals.demandedCents,
    };
    return summary === undefined ? row : { ...row, level: summary.highestLevel };
  });
}
