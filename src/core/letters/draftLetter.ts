import { isDateSerial } from "../dates/excelSerial";
import { fail, isFailure, type Result } from "../failure";
import { discountNoteBlock } from "./discountNoteBlock";
import { formatMoney } from "../money/formatMoney";
import { formatLetterDate } from "./formatLetterDate";
import { lateInterestBlock, type LetterBlockContext } from "./lateInterestBlock";
import { letterSignature, hasBankDetails } from "./letterSignature";
import { letterTone } from "./letterTone";
import { letterWords, type LetterFacts } from "./letterWords";
import type {
  LetterBlock,
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
 * invoices falling due. The tone follows the oldest overdue invoice (`letterTone`, paced by the
 * settings' ladder) unless the customer carries one; a customer with nothing overdue always gets
 * the courtesy letter, and one with overdue invoices never does.
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

  const overdue: LetterInvoice[] = [];
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
    else if (asOf - Math.floor(invoice.dueSerial) > 0) overdue.push(invoice);
    else notYetDue.push(invoice);
  }
  const courtesy = overdue.length === 0;
  const demandedItems = sortByDue(courtesy ? notYetDue : overdue);
  const who = { customer: customer.name, currency: customer.currency };
  if (demandedItems.length === 0) return fail("noAnswer", disputed.length > 0 ? M.allDisputed(who) : M.nothingOpen(who));
  const invoicedCents = sum(demandedItems);
  const creditCents = sum(credits);
  const demandedCents = invoicedCents + creditCents;
  const disputedCents = sum(disputed);
  const notYetDueCents = courtesy ? 0 : sum(notYetDue);
  const openCents = demandedCents + disputedCents + notYetDueCents;
  if (![invoicedCents, demandedCents, disputedCents, openCents].every(Number.isSafeInteger)) {
    return fail("outOfRange", M.amountsTooLarge(who));
  }
  if (demandedCents <= 0) return fail("noAnswer", M.creditsCover({ ...who, courtesy }));

  const maxDays = courtesy ? 0 : asOf - Math.floor(demandedItems[0].dueSerial);
  const tone: LetterTone = courtesy
    ? "courtesy"
    : customer.tone !== undefined && customer.tone !== "courtesy"
      ? customer.tone
      : letterTone(maxDays, settings.ladder);
  const payBySerial = courtesy ? Math.floor(demandedItems[0].dueSerial) : payByDate(asOf, payByDays, system);

  const amount = (cents: number): string => formatMoney(cents, customer.currency, language);
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
          { label: labels.credit, amount: amount(creditCents) },
        ]
      : []),
    { label: labels.demanded, amount: amount(demandedCents), emphasis: true },
    ...(disputed.length > 0 ? [{ label: labels.disputed, amount: amount(disputedCents) }] : []),
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
  if (!courtesy && settings.lateInterest) {
    const items = demandedItems.map((i) => ({ label: invoiceLabel(i), dueSerial: i.dueSerial, openCents: i.openCents }));
    const interest = lateInterestBlock(items, settings.lateInterest, asOf, context);
    if (isFailure(interest)) return interest;
    options.push(interest.block);
    interestCents = interest.totalCents;
  }
  if (!courtesy && settings.paymentPlan) {
    const plan = paymentPlanBlock(demandedCents, settings.paymentPlan, payBySerial, system, context);
    if (isFailure(plan)) return plan;
    options.push(plan.block);
  }
  // A discount on future orders reads as a sales pitch in a demand letter: kept to the first three tones.
  if (settings.earlyPaymentDiscount && (tone === "courtesy" || tone === "friendly" || tone === "firm")) {
    const note = discountNoteBlock(settings.earlyPaymentDiscount, words);
    if (isFailure(note)) return note;
    options.push(note);
  }

  const formal = tone === "formal" || tone === "final";
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
    greeting: words.greeting(facts),
    opening: words.opening(facts),
    invoiceTable,
    creditNotes: credits.length > 0 ? creditSection(credits) : null,
    totals: { invoicedCents, creditCents, demandedCents, disputedCents, notYetDueCents, openCents, interestCents, lines },
    disputed: disputed.length > 0 ? section(disputed, words.disputedCaption(disputed.length)) : null,
    notYetDue: !courtesy && notYetDue.length > 0 ? section(notYetDue, words.notYetDueCaption(notYetDue.length)) : null,
    paragraphs: words.paragraphs(facts),
    options,
    closingParagraphs: [words.disputeInvite(facts), words.ignoreIfPaid(facts)],
    closing: words.closing(facts),
    signature: letterSignature(sender, words, language, formal ? facts.asOf : null),
  };

  function creditSection(items: LetterInvoice[]) {
    return {
      caption: words.creditCaption(items.length),
      table: {
        columns: words.creditColumns,
        numeric: [false, false, true],
        rows: sortByDue(items).map((i) => [invoiceLabel(i), date(i.invoiceSerial ?? i.dueSerial), amount(i.openCents)]),
      },
    };
  }
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
