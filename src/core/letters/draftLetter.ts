import { isDateSerial } from "../dates/excelSerial";
import { fail, isFailure, type Result } from "../failure";
import { discountNoteBlock } from "./discountNoteBlock";
import { formatMoney } from "../money/formatMoney";
import { formatLetterDate } from "./formatLetterDate";
import { lateInterestBlock, type LetterBlockContext } from "./lateInterestBlock";
import { letterSignature, hasBankDetails } from "./letterSignature";
import { letterStepTone } from "./letterStepTone";
import { letterTone } from "./letterTone";
import { letterWords, type LetterFacts } from "./letterWords";
import { DEFAULT_OPTION_TONES, DEFAULT_SMALL_BALANCE_CENTS } from "./letterTypes";
import type {
  LetterBlock,
  LetterOptionKind,
  LetterWarning,
  LetterCustomer,
  LetterInvoice,
  LetterModel,
  LetterSettings,
  LetterTable,
  LetterTone,
} from "./letterTypes";
import { payByDate } from "./payByDate";
import { paymentPlanBlock } from "./paymentPlanBlock";
import { LETTERS_MESSAGES as M } from "../messages/lettersMessages";
import { DATES_MESSAGES } from "../messages/datesMessages";

const MAX_PAY_BY_DAYS = 366;

/**
 * Drafts the reminder to one customer in one currency. The letter demands the overdue invoices
 * net of open credit notes; disputed invoices are listed apart and not demanded; invoices not yet
 * due are listed for information. When nothing is overdue it is a courtesy letter about the
 * invoices falling due. Invoices the customer has promised to pay are thanked for and listed
 * apart, never demanded. The tone is the customer's next written step (`letterStepTone`: never a
 * step skipped, never above what the oldest overdue invoice's age reaches by `letterTone`, paced by
 * the settings' ladder), or the age alone when `settings.escalation` is "age", unless the customer
 * carries one; a customer with nothing overdue always gets the courtesy letter, and one with
 * overdue invoices never does. No letter is drafted for a customer the scan says waits, nor below
 * the currency's small-balance threshold. Options appear on the tones `settings.optionTones` (or
 * `DEFAULT_OPTION_TONES`) give them. The letter is dated at its top; `warnings` says when it has
 * no signature or no bank details.
 *
 * @param customer - the customer, its currency and its open items
 * @param asOfSerial - the letter's date; days are counted to it
 * @param settings - language, sender, pay-by days and the option blocks
 * @returns the letter model, or why no letter can be drafted (nothing to demand, bad settings)
 * @example
 * draftLetter({ name: "Globex", currency: "USD", invoices: [{ invoiceNumber: "INV-7", dueSerial: 45828, openCents: 123450 }] },
 *   45838, { language: "en", sender: { company: "Acme Ltd" } }).subject
 * //=> "Payment reminder: $1,234.50 overdue"
 */
export function draftLetter(customer: LetterCustomer, asOfSerial: number, settings: LetterSettings): Result<LetterModel> {
  const system = settings.dateSystem ?? 1900;
  const language = settings.language === "zh" ? "zh" : "en";
  const words = letterWords(language);
  const asOf = Math.floor(asOfSerial);
  if (!isDateSerial(asOf, system))
    return fail("unreadable", DATES_MESSAGES.notDateSerial({ name: "as_of", value: String(asOfSerial) }));
  const payByDays = settings.payByDays ?? 7;
  if (!Number.isInteger(payByDays) || payByDays < 0 || payByDays > MAX_PAY_BY_DAYS) {
    return fail("outOfRange", M.payByDays({ max: MAX_PAY_BY_DAYS, value: String(payByDays) }));
  }

  const who = { customer: customer.name, currency: customer.currency };
  // The scan's next step for this customer is to wait (reminded within the minimum interval).
  const waitUntil = customer.waitUntilSerial;
  if (waitUntil !== null && waitUntil !== undefined && isDateSerial(Math.floor(waitUntil), system)) {
    return fail("noAnswer", M.waiting({ ...who, date: formatLetterDate(waitUntil, language, system) }));
  }

  const overdue: LetterInvoice[] = [];
  const promised: LetterInvoice[] = [];
  const notYetDue: LetterInvoice[] = [];
  const credits: LetterInvoice[] = [];
  const disputed: LetterInvoice[] = [];
  for (const invoice of customer.invoices) {
    if (!Number.isSafeInteger(invoice.openCents)) return fail("unreadable", M.openNotCents({ invoice: label(invoice, "?") }));
    if (!isDateSerial(Math.floor(invoice.dueSerial), system))
      return fail("unreadable", M.dueNotDate({ invoice: label(invoice, "?") }));
    if (invoice.openCents === 0) continue; // settled: nothing to say about it
    if (invoice.disputed === true) disputed.push(invoice);
    else if (invoice.openCents < 0) credits.push(invoice);
    else if (invoice.promised === true) promised.push(invoice);
    else if (asOf - Math.floor(invoice.dueSerial) > 0) overdue.push(invoice);
    else notYetDue.push(invoice);
  }
  const courtesy = overdue.length === 0;
  const demandedItems = sortByDue(courtesy ? notYetDue : overdue);
  if (demandedItems.length === 0) {
    const why = promised.length > 0 ? M.allPromised(who) : disputed.length > 0 ? M.allDisputed(who) : M.nothingOpen(who);
    return fail("noAnswer", why);
  }
  const invoicedCents = sum(demandedItems);
  const creditCents = sum(credits);
  const demandedCents = invoicedCents + creditCents;
  const disputedCents = sum(disputed);
  const promisedCents = sum(promised);
  const notYetDueCents = courtesy ? 0 : sum(notYetDue);
  const openCents = demandedCents + disputedCents + promisedCents + notYetDueCents;
  if (![invoicedCents, demandedCents, disputedCents, promisedCents, openCents].every(Number.isSafeInteger)) {
    return fail("outOfRange", M.amountsTooLarge(who));
  }
  if (demandedCents <= 0) return fail("noAnswer", M.creditsCover({ ...who, courtesy }));
  const money = (cents: number): string => formatMoney(cents, customer.currency, language);
  const threshold = smallBalanceThreshold(settings, customer.currency);
  if (demandedCents < threshold) {
    return fail("noAnswer", M.smallBalance({ ...who, amount: money(demandedCents), threshold: money(threshold) }));
  }

  const maxDays = courtesy ? 0 : asOf - Math.floor(demandedItems[0].dueSerial);
  const ageTone = letterTone(maxDays, settings.ladder);
  const tone: LetterTone = courtesy
    ? "courtesy"
    : customer.tone !== undefined && customer.tone !== "courtesy"
      ? customer.tone
      : settings.escalation === "age"
        ? ageTone
        : letterStepTone(ageTone, { ...customer, payByDays }, asOf);
  const payBySerial = courtesy ? Math.floor(demandedItems[0].dueSerial) : payByDate(asOf, payByDays, system);

  const amount = money;
  const date = (serial: number | null | undefined): string =>
    serial === null || serial === undefined || !isDateSerial(Math.floor(serial), system)
      ? words.noDate
      : formatLetterDate(serial, language, system);
  const invoiceLabel = (invoice: LetterInvoice): string => label(invoice, words.noNumber);
  const sender = settings.sender;
  const text = (value: string | null | undefined): string | null =>
    value === null || value === undefined || value.trim() === "" ? null : value.trim();
  const reminders = customer.remindersSent ?? 0;
  const lastReminded = customer.lastRemindedSerial;
  const facts: LetterFacts = {
    tone,
    customer: customer.name,
    contact: text(customer.contact),
    count: demandedItems.length,
    invoiceNumber: demandedItems.length === 1 ? text(demandedItems[0].invoiceNumber) : null,
    net: amount(demandedCents),
    invoiced: amount(invoicedCents),
    hasCredits: credits.length > 0,
    payBy: date(payBySerial),
    asOf: date(asOf),
    firstDue: date(demandedItems[0].dueSerial),
    sameDue: demandedItems.every((i) => Math.floor(i.dueSerial) === Math.floor(demandedItems[0].dueSerial)),
    maxDays,
    reminders: Number.isInteger(reminders) && reminders > 0 ? reminders : 0,
    lastReminded: lastReminded !== null && lastReminded !== undefined && lastReminded <= asOf ? date(lastReminded) : null,
    senderContact: text(sender.contact),
    senderPhone: text(sender.phone),
    senderEmail: text(sender.email),
    hasBank: hasBankDetails(sender),
    keyAccount: customer.keyAccount === true,
    referral: settings.referral ?? "agency",
  };

  const invoiceTable: LetterTable = {
    columns: words.invoiceColumns(courtesy),
    numeric: [false, false, false, true, true],
    rows: demandedItems.map((i) => [
      invoiceLabel(i),
      date(i.invoiceSerial),
      date(i.dueSerial),
      amount(i.openCents),
      String(Math.abs(asOf - Math.floor(i.dueSerial))),
    ]),
  };
  const section = (items: LetterInvoice[], caption: string) => ({
    caption,
    table: {
      columns: words.sectionColumns,
      numeric: [false, false, false, true],
      rows: sortByDue(items).map((i) => [invoiceLabel(i), date(i.invoiceSerial), date(i.dueSerial), amount(i.openCents)]),
    },
  });
  const labels = words.totalLabels(courtesy);
  const lines = [
    ...(credits.length > 0
      ? [
          { label: labels.invoiced, amount: amount(invoicedCents) },
          // A deduction shown as a positive amount after "Less": never "Less credit notes -$850.00".
          { label: labels.credit, amount: amount(-creditCents) },
        ]
      : []),
    { label: labels.demanded, amount: amount(demandedCents), emphasis: true },
    ...(disputed.length > 0 ? [{ label: labels.disputed, amount: amount(disputedCents) }] : []),
    ...(promised.length > 0 ? [{ label: labels.promised, amount: amount(promisedCents) }] : []),
    ...(notYetDueCents !== 0 ? [{ label: labels.notYetDue, amount: amount(notYetDueCents) }] : []),
  ];

  const context: LetterBlockContext = {
    words,
    language,
    currency: customer.currency,
    tone,
    asOf: facts.asOf,
    payBy: facts.payBy,
  };
  const options: LetterBlock[] = [];
  let interestCents = 0;
  const toneTakes = (kind: LetterOptionKind): boolean =>
    (settings.optionTones?.[kind] ?? DEFAULT_OPTION_TONES[kind]).includes(tone);
  if (!courtesy && settings.lateInterest && toneTakes("lateInterest")) {
    const items = demandedItems.map((i) => ({ label: invoiceLabel(i), dueSerial: i.dueSerial, openCents: i.openCents }));
    const interest = lateInterestBlock(items, settings.lateInterest, asOf, context);
    if (isFailure(interest)) return interest;
    options.push(interest.block);
    interestCents = interest.totalCents;
  }
  if (!courtesy && settings.paymentPlan && toneTakes("paymentPlan")) {
    const plan = paymentPlanBlock(demandedCents, settings.paymentPlan, payBySerial, system, context);
    if (isFailure(plan)) return plan;
    options.push(plan.block);
  }
  if (settings.earlyPaymentDiscount && toneTakes("earlyPaymentDiscount")) {
    const note = discountNoteBlock(settings.earlyPaymentDiscount, words);
    if (isFailure(note)) return note;
    options.push(note);
  }

  const signature = letterSignature(sender, words, language, null);
  const warnings: LetterWarning[] = [];
  if (text(sender.company) === null && text(sender.contact) === null) warnings.push("noSignature");
  if (!facts.hasBank) warnings.push("noBankDetails");
  return {
    customer: customer.name,
    email: text(customer.email) ?? "",
    currency: customer.currency,
    language,
    tone,
    asOfSerial: asOf,
    payBySerial,
    subject:
      words.subject(facts) +
      (text(sender.company) === null ? "" : language === "zh" ? `（${sender.company.trim()}）` : ` – ${sender.company.trim()}`),
    dateLine: facts.asOf,
    greeting: words.greeting(facts),
    opening: words.opening(facts),
    invoiceTable,
    creditNotes: credits.length > 0 ? creditSection(credits) : null,
    totals: {
      invoicedCents,
      creditCents,
      demandedCents,
      disputedCents,
      notYetDueCents,
      openCents,
      interestCents,
      promisedCents,
      lines,
    },
    disputed: disputed.length > 0 ? section(disputed, words.disputedCaption(disputed.length)) : null,
    promised: promised.length > 0 ? section(promised, words.promisedCaption(promised.length)) : null,
    notYetDue: !courtesy && notYetDue.length > 0 ? section(notYetDue, words.notYetDueCaption(notYetDue.length)) : null,
    paragraphs: words.paragraphs(facts),
    options,
    closingParagraphs: [words.disputeInvite(facts), words.ignoreIfPaid(facts)],
    closing: words.closing(facts),
    signature,
    warnings,
  };

  function creditSection(items: LetterInvoice[]) {
    return {
      caption: words.creditCaption(items.length),
      table: {
        columns: words.creditColumns,
        numeric: [false, false, true],
        // Positive, as the caption says they are deducted.
        rows: sortByDue(items).map((i) => [invoiceLabel(i), date(i.invoiceSerial ?? i.dueSerial), amount(-i.openCents)]),
      },
    };
  }
}

/** The currency's small-balance threshold in cents: the settings' own, else the default, else none. */
function smallBalanceThreshold(settings: LetterSettings, currency: string): number {
  const own = settings.smallBalanceCents?.[currency];
  if (typeof own === "number" && Number.isFinite(own)) return own;
  return DEFAULT_SMALL_BALANCE_CENTS[currency] ?? 0;
}

function label(invoice: LetterInvoice, blank: string): string {
  const n = invoice.invoiceNumber;
  return n === null || n === undefined || String(n).trim() === "" ? blank : String(n).trim();
}

function sum(items: readonly LetterInvoice[]): number {
  return items.reduce((total, i) => total + i.openCents, 0);
}

/** Oldest due first, then by number, so the letter reads in the order the debt arose. */
function sortByDue(items: readonly LetterInvoice[]): LetterInvoice[] {
  return [...items].sort((a, b) => Math.floor(a.dueSerial) - Math.floor(b.dueSerial) || label(a, "").localeCompare(label(b, "")));
}
