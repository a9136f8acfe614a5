import type { DiscountFacts, InterestFacts, LetterFacts, LetterWords, PlanFacts } from "./letterWords";

/**
 * English reminder wording. The friendly letters assume good faith and make paying easy; from the
 * firm notice on, each letter says what is owed, by which date, and what happens if it is not paid.
 * Every letter invites a dispute and excuses itself if payment has just been made.
 */

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);
const days = (n: number): string => `${n} ${plural(n, "day", "days")}`;
const times = (n: number): string => (n === 1 ? "once" : n === 2 ? "twice" : `${n} times`);

function theInvoices(f: LetterFacts): string {
  if (f.count === 1) return f.invoiceNumber === null ? "the invoice below" : `invoice ${f.invoiceNumber}`;
  return `the ${f.count} invoices below`;
}

/** "We wrote to you twice about this, most recently on 12 June 2025." or null when nothing is recorded. */
function earlierReminders(f: LetterFacts): string | null {
  if (f.reminders > 1 && f.lastReminded !== null) {
    return `We have written to you about this ${times(f.reminders)} before, most recently on ${f.lastReminded}.`;
  }
  if (f.lastReminded !== null) return `We wrote to you about this on ${f.lastReminded}.`;
  if (f.reminders > 0) return `We have written to you about this ${times(f.reminders)} before.`;
  return null;
}

/** How to reach the sender: "Anna Berg on +44 20 7946 0000 or at anna@acme.example" or "us". */
function reach(f: LetterFacts): string {
  const ways = [
    f.senderPhone === null ? null : `on ${f.senderPhone}`,
    f.senderEmail === null ? null : `at ${f.senderEmail}`,
  ].filter((w): w is string => w !== null);
  const who = f.senderContact ?? "us";
  return ways.length === 0 ? who : `${who} ${ways.join(" or ")}`;
}

const formalTone = (f: LetterFacts): boolean => f.tone === "formal" || f.tone === "final";

export const LETTER_WORDS_EN: LetterWords = {
  subject(f) {
    switch (f.tone) {
      case "courtesy":
        return f.count === 1 && f.invoiceNumber !== null
          ? `Friendly reminder: invoice ${f.invoiceNumber} falls due on ${f.firstDue}`
          : `Friendly reminder: ${f.count} ${plural(f.count, "invoice falls", "invoices fall")} due ${f.sameDue ? "on" : "from"} ${f.firstDue}`;
      case "friendly":
        return `Payment reminder: ${f.net} overdue`;
      case "firm":
        return `Second notice: overdue balance of ${f.net}`;
      case "formal":
        return `Formal demand for payment: ${f.net} overdue`;
      case "final":
        return f.keyAccount ? `Final notice: ${f.net} overdue` : `Final notice before referral: ${f.net} overdue`;
    }
  },

  greeting(f) {
    if (f.contact !== null) return `Dear ${f.contact},`;
    return formalTone(f) ? "Dear Sir or Madam," : `Dear ${f.customer} accounts team,`;
  },

  opening(f) {
    const earlier = earlierReminders(f);
    const withEarlier = (text: string): string[] => (earlier === null ? [text] : [text, earlier]);
    switch (f.tone) {
      case "courtesy":
        return [
          `A short note ahead of the due date: ${theInvoices(f)} ${plural(f.count, "falls", "fall")} due ${f.sameDue ? "on" : "from"} ${f.firstDue}. ` +
            "We send it early so that there is time for any approval your side may need.",
        ];
      case "friendly":
        return withEarlier(
          `Our records show that ${theInvoices(f)}, ${plural(f.count, "for", "totalling")} ${f.invoiced}, ${plural(f.count, "is", "are")} now past due. ` +
            "It may simply have been overlooked or be waiting for an approval, so we thought a quick reminder would help.",
        );
      case "firm":
        if (earlier !== null) {
          return [`${earlier} We have not yet received payment, and the overdue balance on your account now stands at ${f.net}.`];
        }
        return [
          `We have not yet received payment for ${theInvoices(f)}, ${f.count === 1 ? "now" : "the oldest now"} ${days(f.maxDays)} overdue. ` +
            `The overdue balance on your account stands at ${f.net}.`,
        ];
      case "formal":
        return [
          (f.reminders > 0 || f.lastReminded !== null
            ? `Despite our earlier ${f.reminders > 1 ? "reminders" : "reminder"}${f.lastReminded === null ? "" : `, the most recent on ${f.lastReminded}`}, `
            : `Our records show that `) +
            `the sum of ${f.net} remains overdue on the account of ${f.customer}; ${f.count === 1 ? "the invoice" : "the oldest invoice"} is now ${days(f.maxDays)} past due. ` +
            "We must now formally demand payment in full.",
        ];
      case "final":
        return [
          // A new sentence after "This is our final notice.": it opens with a capital ("The sum of…").
          "This is our final notice. " +
            (f.reminders > 0 || f.lastReminded !== null
              ? `Despite our previous ${f.reminders > 1 ? "reminders" : "reminder"}${f.lastReminded === null ? "" : `, the most recent on ${f.lastReminded}`}, the sum`
              : "The sum") +
            ` of ${f.net} remains unpaid on the account of ${f.customer}, and ${f.count === 1 ? "the invoice" : "the oldest invoice"} is now ${days(f.maxDays)} overdue.`,
        ];
    }
  },

  paragraphs(f) {
    switch (f.tone) {
      case "courtesy":
        return [
          `The amount falling due is ${f.net}. If everything is in order there is nothing more to do than pay on the due ${plural(f.count, "date", "dates")} shown` +
            (f.hasBank ? "; our bank details are below." : "."),
        ];
      case "friendly":
        return [
          `Could you please arrange payment of ${f.net} by ${f.payBy}?` + (f.hasBank ? " Our bank details are below." : ""),
          "If your business is going through a temporary difficulty, do let us know. We would much rather agree a way forward with you than let the balance run on.",
        ];
      case "firm":
        return [
          `Please arrange payment of ${f.net} so that it reaches us by ${f.payBy}, and let us know the date you will be paying.`,
          `If something is holding payment up, whether a query on an invoice or a cash-flow problem, please contact ${reach(f)} now, so that we can agree a way forward together.`,
          "Please be aware that while this balance remains overdue we may need to review the credit terms on your account.",
        ];
      case "formal":
        return [
          `We require payment of ${f.net} in full by ${f.payBy}.` + (f.hasBank ? " Our bank details are below." : ""),
          "If payment is not received by that date, we will place your account on hold, so that no further orders can be supplied on credit, " +
            "and we will charge late-payment interest and recovery costs as our terms of sale allow.",
          `If you cannot pay the full amount by then, contact ${reach(f)} before that date to discuss it.`,
        ];
      case "final":
        return [
          f.keyAccount
            ? `Unless we receive payment of ${f.net} in full by ${f.payBy}, our management will take the matter up directly with yours, and all further supplies on credit will be suspended.`
            : `Unless we receive payment of ${f.net} in full by ${f.payBy}, we will refer the debt to ${f.referral === "legal" ? "our lawyers for legal action" : "a collection agency"} without further notice. ` +
              "Recovery costs and interest may then be added to the amount you owe.",
          `If there is a reason you cannot pay in full, contact ${reach(f)} before that date. This is the last point at which we can agree terms with you directly.`,
        ];
    }
  },

  disputeInvite(f) {
    switch (f.tone) {
      case "courtesy":
        return `If anything on ${f.count === 1 ? "this invoice" : "these invoices"} looks wrong, please let us know now, so that we can put it right before the due date.`;
      case "friendly":
        return "If you believe any of these invoices is wrong, or you are waiting for something from us before you can pay, just reply to this email and we will sort it out promptly.";
      case "firm":
        return `If you dispute any of these invoices, please tell us which and why by ${f.payBy}; we will look into it straight away.`;
      default:
        return `If you dispute any of these invoices, you must tell us in writing before ${f.payBy}, giving your reasons. Undisputed amounts remain payable in full.`;
    }
  },

  ignoreIfPaid(f) {
    switch (f.tone) {
      case "courtesy":
        return "If payment is already on its way, thank you, and please disregard this note.";
      case "friendly":
        return "If you have paid in the last few days, thank you, and please ignore this reminder; our messages may have crossed.";
      case "firm":
        return "If you have made payment in the last few days, please accept our thanks and disregard this notice.";
      default:
        return "If you have made payment in the last few days, please accept our thanks and disregard this letter.";
    }
  },

  closing(f) {
    if (f.tone === "courtesy" || f.tone === "friendly") return "Thank you for your help, and kind regards,";
    if (f.tone === "firm") return "Kind regards,";
    return f.contact === null ? "Yours faithfully," : "Yours sincerely,";
  },

  invoiceColumns: (courtesy) => ["Invoice", "Invoice date", "Due date", "Amount", courtesy ? "Days to due date" : "Days overdue"],
  sectionColumns: ["Invoice", "Invoice date", "Due date", "Amount"],
  creditColumns: ["Credit note", "Date", "Amount"],
  noNumber: "(no number)",
  noDate: "—",
  creditCaption: (n) => `Open credit ${plural(n, "note", "notes")}, deducted from the amount due:`,
  disputedCaption: (n) =>
    `${plural(n, "This invoice is", "These invoices are")} under query and not included in the amount due. We are looking into ${plural(n, "it", "them")} and will come back to you separately:`,
  notYetDueCaption: (n) =>
    `For your information, ${plural(n, "this invoice is", "these invoices are")} not yet due and not included in the amount due:`,
  promisedCaption: (n) =>
    `Thank you for your promise to pay ${plural(n, "this invoice", "these invoices")}; ${plural(n, "it is", "they are")} not included in the amount due:`,
  totalLabels: (courtesy) => ({
    invoiced: courtesy ? "Invoices falling due" : "Overdue invoices",
    credit: "Less credit notes",
    demanded: courtesy ? "Amount falling due" : "Amount due",
    disputed: "Disputed (not included)",
    promised: "Promised (not included)",
    notYetDue: "Not yet due (not included)",
  }),

  currencyCaption: (currency) => `Amounts in ${currency}:`,
  subtotalLabel: (currency, courtesy) => (courtesy ? `Total falling due in ${currency}` : `Total due in ${currency}`),
  amountList: (amounts) =>
    amounts.length <= 1 ? (amounts[0] ?? "") : `${amounts.slice(0, -1).join(", ")} and ${amounts[amounts.length - 1]}`,

  interestIntro(i: InterestFacts) {
    const rate =
      i.rate === null
        ? "late-payment interest at the rates in force over the period"
        : `late-payment interest at ${i.rate} ${i.basis === "daily" ? "a day" : "a year"}${i.basis === "annual" && i.dayCount === 360 ? " (360-day year)" : ""}`;
    const fee = i.fee === null ? "" : `, plus a fixed compensation of ${i.fee} per invoice`;
    return `Under our terms of sale, overdue invoices carry ${rate}${fee}. To ${i.asOf} this comes to ${i.total}:`;
  },
  interestColumns: ["Invoice", "Days overdue", "Interest"],
  interestNote(i: InterestFacts) {
    if (i.tone === "friendly") return `We will waive this interest if payment reaches us by ${i.payBy}.`;
    if (i.tone === "firm") return "Interest continues to accrue until payment is received.";
    return `Interest continues to accrue daily until payment, and will be added to our claim if payment is not received by ${i.payBy}.`;
  },

  planIntro(p: PlanFacts) {
    const every = p.intervalMonths === 1 ? "monthly instalments" : `instalments, one every ${p.intervalMonths} months`;
    const rate = p.rate === null ? "" : `, with interest at ${p.rate} a year`;
    return `If paying the full amount at once is difficult, we can accept ${p.net} in ${p.installments} ${every}${rate}, as follows:`;
  },
  planColumns: ["No.", "Due date", "Payment"],
  planNote: (p: PlanFacts) => `To pay this way, simply confirm by reply and make the first payment by ${p.firstDue}.`,

  discountNote: (d: DiscountFacts) =>
    `A note for future orders: our terms allow you to deduct ${d.percent} when you pay within ${d.days} days of the invoice date; otherwise the full amount is due within ${d.netDays} days.`,

  signatureLabels: {
    phone: "Tel.",
    email: "Email",
    bank: "Bank details",
    accountName: "Account name",
    bankName: "Bank",
    accountNumber: "Account number",
    swift: "SWIFT/BIC",
  },
};
