import type { DateSystem } from "../dates/excelSerial";
import { isDateSerial } from "../dates/excelSerial";
import { fail, type Result } from "../failure";
import { formatMoney } from "../money/formatMoney";
import { LETTERS_MESSAGES as M } from "../messages/lettersMessages";
import type { LetterCustomer, LetterInvoice, LetterSettings } from "./letterTypes";

/**
 * One currency of a customer, sorted for a letter: what is demanded, what is deducted, what is
 * listed apart. Amounts are integer cents in that currency; nothing here is worded yet.
 */
export interface LetterPartItems {
  readonly currency: string;
  /** Nothing overdue: the part is about the invoices falling due (a courtesy letter). */
  readonly courtesy: boolean;
  /** The invoices demanded (overdue ones; the ones falling due in a courtesy letter), oldest due first. */
  readonly demanded: readonly LetterInvoice[];
  readonly credits: readonly LetterInvoice[];
  readonly disputed: readonly LetterInvoice[];
  readonly promised: readonly LetterInvoice[];
  /** Not yet due, listed for information (empty in a courtesy part, whose table they are). */
  readonly notYetDue: readonly LetterInvoice[];
  readonly invoicedCents: number;
  /** Open credit notes and unapplied cash netted against the demand (0 or negative). */
  readonly creditCents: number;
  /** invoiced + credits: what the part asks for, always above 0 and the small-balance threshold. */
  readonly demandedCents: number;
  readonly disputedCents: number;
  readonly promisedCents: number;
  readonly notYetDueCents: number;
  readonly openCents: number;
  /** Days overdue of the oldest demanded invoice (0 in a courtesy part). */
  readonly maxDays: number;
}

/**
 * Sorts one customer's open items in one currency for a letter and says whether there is anything
 * to chase: a disputed invoice is listed apart, a negative open amount (credit note, unapplied
 * cash) is netted against the demand, a promised invoice is thanked for and not demanded. When
 * credit notes and unapplied cash cover the overdue balance (net ≤ 0) the customer has paid in
 * effect and the currency has nothing to chase; nor has one whose net is below its small-balance
 * threshold (the scan's, see LetterSettings.smallBalanceCents). Those come back as failures with
 * the reason, in `language`.
 *
 * @param customer - the customer in one currency
 * @param asOf - the letter's date (a whole serial)
 * @param settings - small-balance thresholds
 * @param system - the workbook's date system
 * @returns the sorted items, or why the currency has nothing to chase (or cannot be read)
 * @example
 * // overdue 1,200.00, credit note −850.00: 350.00 demanded
 * (letterPartItems({ name: "Acme", currency: "USD", invoices: [{ dueSerial: 45800, openCents: 120000 },
 *   { dueSerial: 45800, openCents: -85000 }] }, 45838, settings, 1900) as LetterPartItems).demandedCents //=> 35000
 */
export function letterPartItems(
  customer: LetterCustomer,
  asOf: number,
  settings: LetterSettings,
  system: DateSystem,
): Result<LetterPartItems> {
  const who = { customer: customer.name, currency: customer.currency };
  const overdue: LetterInvoice[] = [];
  const promised: LetterInvoice[] = [];
  const notYetDue: LetterInvoice[] = [];
  const credits: LetterInvoice[] = [];
  const disputed: LetterInvoice[] = [];
  for (const invoice of customer.invoices) {
    if (!Number.isSafeInteger(invoice.openCents))
      return fail("unreadable", M.openNotCents({ invoice: invoiceLabel(invoice, "?") }));
    if (!isDateSerial(Math.floor(invoice.dueSerial), system))
      return fail("unreadable", M.dueNotDate({ invoice: invoiceLabel(invoice, "?") }));
    if (invoice.openCents === 0) continue; // settled: nothing to say about it
    if (invoice.disputed === true) disputed.push(invoice);
    else if (invoice.openCents < 0) credits.push(invoice);
    else if (invoice.promised === true) promised.push(invoice);
    else if (asOf - Math.floor(invoice.dueSerial) > 0) overdue.push(invoice);
    else notYetDue.push(invoice);
  }
  const courtesy = overdue.length === 0;
  const demanded = sortByDue(courtesy ? notYetDue : overdue);
  if (demanded.length === 0) {
    const why = promised.length > 0 ? M.allPromised(who) : disputed.length > 0 ? M.allDisputed(who) : M.nothingOpen(who);
    return fail("noAnswer", why);
  }
  const invoicedCents = sum(demanded);
  const creditCents = sum(credits);
  const demandedCents = invoicedCents + creditCents;
  const disputedCents = sum(disputed);
  const promisedCents = sum(promised);
  const notYetDueCents = courtesy ? 0 : sum(notYetDue);
  const openCents = demandedCents + disputedCents + promisedCents + notYetDueCents;
  if (![invoicedCents, demandedCents, disputedCents, promisedCents, openCents].every(Number.isSafeInteger)) {
    return fail("outOfRange", M.amountsTooLarge(who));
  }
  // Credit notes and unapplied cash cover the balance: the customer has paid, never chase it.
  if (demandedCents <= 0) return fail("noAnswer", M.creditsCover({ ...who, courtesy }));
  const threshold = smallBalanceThreshold(settings, customer.currency);
  // Below the threshold in all, or (the scan's rows) every overdue invoice one the grid calls a
  // small balance: the grid, Today and the letter then agree there is nothing to chase.
  const allSmall = !courtesy && demanded.every((invoice) => invoice.smallBalance === true);
  if (demandedCents < threshold || allSmall) {
    // The reason is read in the pane, in the letters' language (as every skip reason is).
    const language = settings.language === "zh" ? "zh" : "en";
    const money = (cents: number): string => formatMoney(cents, customer.currency, language);
    return fail("noAnswer", M.smallBalance({ ...who, amount: money(demandedCents), threshold: money(threshold) }));
  }
  return {
    currency: customer.currency,
    courtesy,
    demanded,
    credits: sortByDue(credits),
    disputed: sortByDue(disputed),
    promised: sortByDue(promised),
    notYetDue: courtesy ? [] : sortByDue(notYetDue),
    invoicedCents,
    creditCents,
    demandedCents,
    disputedCents,
    promisedCents,
    notYetDueCents,
    openCents,
    maxDays: courtesy ? 0 : asOf - Math.floor(demanded[0].dueSerial),
  };
}

/** The currency's small-balance threshold in cents: the scan's for it, else the scan's general one, else none. */
export function smallBalanceThreshold(settings: LetterSettings, currency: string): number {
  const own = settings.smallBalanceCents?.[currency];
  if (typeof own === "number" && Number.isFinite(own)) return own;
  const general = settings.smallBalanceDefaultCents;
  return typeof general === "number" && Number.isFinite(general) ? general : 0;
}

/** The invoice's number as the letter shows it; `blank` when it has none. */
export function invoiceLabel(invoice: LetterInvoice, blank: string): string {
  const n = invoice.invoiceNumber;
  return n === null || n === undefined || String(n).trim() === "" ? blank : String(n).trim();
}

function sum(items: readonly LetterInvoice[]): number {
  return items.reduce((total, i) => total + i.openCents, 0);
}

/** Oldest due first, then by number, so the letter reads in the order the debt arose. */
export function sortByDue(items: readonly LetterInvoice[]): LetterInvoice[] {
  return [...items].sort(
    (a, b) => Math.floor(a.dueSerial) - Math.floor(b.dueSerial) || invoiceLabel(a, "").localeCompare(invoiceLabel(b, "")),
  );
}
