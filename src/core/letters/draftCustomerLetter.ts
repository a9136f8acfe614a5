import { isDateSerial } from "../dates/excelSerial";
import { fail, isFailure, type Failure, type Result } from "../failure";
import { DATES_MESSAGES } from "../messages/datesMessages";
import { LETTERS_MESSAGES as M } from "../messages/lettersMessages";
import { formatMoney } from "../money/formatMoney";
import { discountNoteBlock } from "./discountNoteBlock";
import { formatLetterDate } from "./formatLetterDate";
import { lateInterestBlock, type LetterBlockContext } from "./lateInterestBlock";
import { letterPartItems, invoiceLabel, type LetterPartItems } from "./letterPart";
import { letterPartModel } from "./letterPartModel";
import { hasBankDetails, letterSignature } from "./letterSignature";
import type { Ladder } from "../dunning/ladderPresets";
import { letterStepTone } from "./letterStepTone";
import { letterTone, letterToneOfLevel } from "./letterTone";
import { DEFAULT_OPTION_TONES } from "./letterTypes";
import type {
  LetterBlock,
  LetterCurrencyPart,
  LetterCustomer,
  LetterModel,
  LetterOptionKind,
  LetterSettings,
  LetterTone,
  LetterWarning,
} from "./letterTypes";
import { letterWords, type LetterFacts } from "./letterWords";
import { payByDate } from "./payByDate";
import { paymentPlanBlock } from "./paymentPlanBlock";

const MAX_PAY_BY_DAYS = 366;

/** A currency of the customer that the letter leaves out, and why. */
export interface SkippedCurrency {
  readonly currency: string;
  readonly why: Failure;
}

/** One customer's letter (null when no currency has anything to chase) and the currencies left out. */
export interface CustomerLetterDraft {
  readonly letter: LetterModel | null;
  readonly skipped: readonly SkippedCurrency[];
}

/**
 * Drafts ONE letter to a customer covering the given currencies (one LetterCustomer per currency,
 * all of the same customer). Each currency is sorted apart (`letterPartItems`): a currency whose
 * credit notes and unapplied cash cover its overdue balance, or whose net is below the scan's
 * small-balance threshold, has nothing to chase and is left out with the reason; when no currency
 * is left there is no letter. The rest each get their own tables and subtotal ("Total due in
 * USD"), never a total across currencies; the sentences name each currency's amount ("$350.00 and
 * €1,200.00"). The tone is the customer's step: with escalation "steps" (the default) the next
 * written step after the reminders recorded (`letterStepTone`, the wait rule and reminders being
 * the customer's, whatever the currency), capped by the age of the oldest overdue invoice among the
 * currencies; with "age", that age alone. Currencies only falling due are left out of a reminder
 * about overdue ones (their courtesy note would be separate); a customer with nothing overdue
 * anywhere gets the courtesy letter. The letter is in the customer's language when it has one,
 * else the settings'.
 *
 * @param customers - the customer, one entry per currency, in the order to show them
 * @param asOfSerial - the letter's date
 * @param settings - language, sender, options, small-balance thresholds
 * @returns the letter and the currencies left out; a failure only for bad settings or as-of
 * @example
 * draftCustomerLetter([globexUsd, globexEur], 45838, settings).letter?.parts.map((p) => p.currency) //=> ["USD", "EUR"]
 */
export function draftCustomerLetter(
  customers: readonly LetterCustomer[],
  asOfSerial: number,
  settings: LetterSettings,
): Result<CustomerLetterDraft> {
  const system = settings.dateSystem ?? 1900;
  const asOf = Math.floor(asOfSerial);
  if (!isDateSerial(asOf, system))
    return fail("unreadable", DATES_MESSAGES.notDateSerial({ name: "as_of", value: String(asOfSerial) }));
  const payByDays = settings.payByDays ?? 7;
  if (!Number.isInteger(payByDays) || payByDays < 0 || payByDays > MAX_PAY_BY_DAYS) {
    return fail("outOfRange", M.payByDays({ max: MAX_PAY_BY_DAYS, value: String(payByDays) }));
  }
  if (customers.length === 0) return { letter: null, skipped: [] };
  const customer = customers[0];
  const language = (customer.language ?? settings.language) === "zh" ? "zh" : "en";
  const words = letterWords(language);
  const date = (serial: number | null | undefined): string =>
    serial === null || serial === undefined || !isDateSerial(Math.floor(serial), system)
      ? words.noDate
      : formatLetterDate(serial, language, system);

  // The scan's next step for this customer is to wait (reminded within the minimum interval).
  const waitUntil = customers
    .map((c) => c.waitUntilSerial)
    .find((w) => typeof w === "number" && isDateSerial(Math.floor(w), system));
  if (typeof waitUntil === "number") {
    const reasonLanguage = settings.language === "zh" ? "zh" : "en";
    return {
      letter: null,
      skipped: customers.map((c) => ({
        currency: c.currency,
        why: fail(
          "noAnswer",
          M.waiting({ customer: c.name, currency: c.currency, date: formatLetterDate(waitUntil, reasonLanguage, system) }),
        ),
      })),
    };
  }

  const skipped: SkippedCurrency[] = [];
  let chased: LetterPartItems[] = [];
  for (const one of customers) {
    const items = letterPartItems(one, asOf, settings, system);
    if (isFailure(items)) skipped.push({ currency: one.currency, why: items });
    else chased.push(items);
  }
  // A reminder about overdue invoices: currencies only falling due are not part of it.
  if (chased.some((p) => !p.courtesy)) chased = chased.filter((p) => !p.courtesy);
  if (chased.length === 0) return { letter: null, skipped };
  const courtesy = chased[0].courtesy;
  const several = chased.length > 1;

  const maxDays = Math.max(...chased.map((p) => p.maxDays));
  const ageTone = letterTone(maxDays, settings.ladder);
  // The scan's step, where the rows come from a scan: the tone of the highest rung among the
  // demanded invoices, which already follows the scan's escalation policy (by steps: a final notice
  // only after the written reminders before it, and not within the minimum interval of the last) —
  // so the letter is the step the grid and Today show, not a second reckoning of it (scanStepTone).
  // Rows given by hand (no scan level) keep the letters' own reckoning (letterStepTone).
  const scanTone = scanStepTone(chased, settings.ladder);
  const tone: LetterTone = courtesy
    ? "courtesy"
    : customer.tone !== undefined && customer.tone !== "courtesy"
      ? customer.tone
      : scanTone !== null
        ? scanTone
        : settings.escalation === "age"
          ? ageTone
          : letterStepTone(ageTone, { ...customer, payByDays }, asOf);
  const earliestDue = Math.min(...chased.map((p) => Math.floor(p.demanded[0].dueSerial)));
  const payBySerial = courtesy ? earliestDue : payByDate(asOf, payByDays, system);

  const money = (p: LetterPartItems, cents: number): string => formatMoney(cents, p.currency, language);
  const sender = settings.sender;
  const text = (value: string | null | undefined): string | null =>
    value === null || value === undefined || value.trim() === "" ? null : value.trim();
  const reminders = customer.remindersSent ?? 0;
  const lastReminded = customer.lastRemindedSerial;
  const demanded = chased.flatMap((p) => p.demanded);
  const facts: LetterFacts = {
    tone,
    customer: customer.name,
    contact: text(customer.contact),
    count: demanded.length,
    invoiceNumber: demanded.length === 1 ? text(demanded[0].invoiceNumber) : null,
    net: words.amountList(chased.map((p) => money(p, p.demandedCents))),
    invoiced: words.amountList(chased.map((p) => money(p, p.invoicedCents))),
    hasCredits: chased.some((p) => p.credits.length > 0),
    payBy: date(payBySerial),
    asOf: date(asOf),
    firstDue: date(earliestDue),
    sameDue: demanded.every((i) => Math.floor(i.dueSerial) === earliestDue),
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

  // Options: interest and instalments are worked out per currency; the discount note is one.
  const options: LetterBlock[] = [];
  const interestByPart: number[] = chased.map(() => 0);
  const toneTakes = (kind: LetterOptionKind): boolean =>
    (settings.optionTones?.[kind] ?? DEFAULT_OPTION_TONES[kind]).includes(tone);
  for (let k = 0; k < chased.length; k++) {
    const part = chased[k];
    const context: LetterBlockContext = { words, language, currency: part.currency, tone, asOf: facts.asOf, payBy: facts.payBy };
    if (!courtesy && settings.lateInterest && toneTakes("lateInterest")) {
      const items = part.demanded.map((i) => ({
        label: invoiceLabel(i, words.noNumber),
        dueSerial: i.dueSerial,
        openCents: i.openCents,
      }));
      const interest = lateInterestBlock(items, settings.lateInterest, asOf, context);
      if (isFailure(interest)) return interest;
      options.push(interest.block);
      interestByPart[k] = interest.totalCents;
    }
  }
  for (const part of chased) {
    const context: LetterBlockContext = { words, language, currency: part.currency, tone, asOf: facts.asOf, payBy: facts.payBy };
    if (!courtesy && settings.paymentPlan && toneTakes("paymentPlan")) {
      const plan = paymentPlanBlock(part.demandedCents, settings.paymentPlan, payBySerial, system, context);
      if (isFailure(plan)) return plan;
      options.push(plan.block);
    }
  }
  if (settings.earlyPaymentDiscount && toneTakes("earlyPaymentDiscount")) {
    const note = discountNoteBlock(settings.earlyPaymentDiscount, words);
    if (isFailure(note)) return note;
    options.push(note);
  }

  const parts: LetterCurrencyPart[] = chased.map((items, k) => {
    const part = letterPartModel(items, { words, language, asOf, date, several });
    return { ...part, totals: { ...part.totals, interestCents: interestByPart[k] } };
  });
  const first = parts[0];
  const warnings: LetterWarning[] = [];
  if (text(sender.company) === null && text(sender.contact) === null) warnings.push("noSignature");
  if (!facts.hasBank) warnings.push("noBankDetails");
  const letter: LetterModel = {
    customer: customer.name,
    email: customers.map((c) => text(c.email)).find((e) => e !== null) ?? "",
    currency: first.currency,
    currencies: parts.map((p) => p.currency),
    parts,
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
    invoiceTable: first.invoiceTable,
    creditNotes: first.creditNotes,
    totals: first.totals,
    disputed: first.disputed,
    promised: first.promised,
    notYetDue: first.notYetDue,
    paragraphs: words.paragraphs(facts),
    options,
    closingParagraphs: [words.disputeInvite(facts), words.ignoreIfPaid(facts)],
    closing: words.closing(facts),
    signature: letterSignature(sender, words, language, null),
    warnings,
  };
  return { letter, skipped };
}

/**
 * The tone of the scan's step for the demanded invoices: the highest scan level among them, read
 * as its rung (`letterToneOfLevel`); null when no demanded invoice carries a scan level (rows
 * given by hand, not from a scan).
 */
function scanStepTone(parts: readonly LetterPartItems[], ladder: Ladder | undefined): LetterTone | null {
  let level = -1;
  let days = 0;
  for (const part of parts)
    for (const invoice of part.demanded) {
      if (typeof invoice.level === "number" && invoice.level > level) level = invoice.level;
    }
  for (const part of parts) days = Math.max(days, part.maxDays);
  return level < 0 || ladder === undefined ? null : letterToneOfLevel(level, days, ladder);
}
