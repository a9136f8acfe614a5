import type { Language } from "../language";
import type { LetterTone } from "./letterTypes";
import { LETTER_WORDS_EN } from "./letterWordsEn";
import { LETTER_WORDS_ZH } from "./letterWordsZh";

/** What the wording of a letter depends on, already formatted in the letter's language. */
export interface LetterFacts {
  readonly tone: LetterTone;
  readonly customer: string;
  readonly contact: string | null;
  /** Rows in the invoice table. */
  readonly count: number;
  /** The invoice number when there is exactly one invoice with a number. */
  readonly invoiceNumber: string | null;
  /** The net amount demanded (after credit notes). */
  readonly net: string;
  /** The invoices' total before credit notes. */
  readonly invoiced: string;
  readonly hasCredits: boolean;
  readonly payBy: string;
  readonly asOf: string;
  /** Courtesy letters: the earliest due date, and whether every invoice shares it. */
  readonly firstDue: string;
  readonly sameDue: boolean;
  /** Days overdue of the oldest demanded invoice. */
  readonly maxDays: number;
  /** Earlier reminders recorded in the ledger (0 when none) and the last one's date. */
  readonly reminders: number;
  readonly lastReminded: string | null;
  readonly senderContact: string | null;
  readonly senderPhone: string | null;
  readonly senderEmail: string | null;
  readonly hasBank: boolean;
  readonly keyAccount: boolean;
  readonly referral: "agency" | "legal";
}

export interface InterestFacts {
  readonly tone: LetterTone;
  /** "12.15%" */
  readonly rate: string | null;
  readonly basis: "annual" | "daily";
  readonly dayCount: 365 | 360;
  readonly fee: string | null;
  readonly total: string;
  readonly asOf: string;
  readonly payBy: string;
}

export interface PlanFacts {
  readonly net: string;
  readonly installments: number;
  readonly intervalMonths: number;
  /** "6%" or null at 0%. */
  readonly rate: string | null;
  readonly firstDue: string;
}

export interface DiscountFacts {
  /** "2%" */
  readonly percent: string;
  readonly days: number;
  readonly netDays: number;
}

/** Everything a language supplies: the tone texts and the fixed labels. */
export interface LetterWords {
  subject(f: LetterFacts): string;
  greeting(f: LetterFacts): string;
  opening(f: LetterFacts): string[];
  paragraphs(f: LetterFacts): string[];
  disputeInvite(f: LetterFacts): string;
  ignoreIfPaid(f: LetterFacts): string;
  closing(f: LetterFacts): string;
  invoiceColumns(courtesy: boolean): string[];
  readonly sectionColumns: readonly string[];
  readonly creditColumns: readonly string[];
  readonly noNumber: string;
  readonly noDate: string;
  creditCaption(count: number): string;
  disputedCaption(count: number): string;
  notYetDueCaption(count: number): string;
  /** Invoices the customer has promised to pay: thanked for, not demanded. */
  promisedCaption(count: number): string;
  totalLabels(courtesy: boolean): {
    invoiced: string;
    credit: string;
    demanded: string;
    disputed: string;
    promised: string;
    notYetDue: string;
  };
  /** A letter in several currencies: the heading before each currency's tables ("Amounts in USD:"). */
  currencyCaption(currency: string): string;
  /** A letter in several currencies: each currency's subtotal, never a grand total across them. */
  subtotalLabel(currency: string, courtesy: boolean): string;
  /** Amounts in several currencies as one phrase: "$350.00 and €1,200.00". */
  amountList(amounts: readonly string[]): string;
  interestIntro(i: InterestFacts): string;
  readonly interestColumns: readonly string[];
  interestNote(i: InterestFacts): string;
  planIntro(p: PlanFacts): string;
  readonly planColumns: readonly string[];
  planNote(p: PlanFacts): string;
  discountNote(d: DiscountFacts): string;
  readonly signatureLabels: {
    readonly phone: string;
    readonly email: string;
    readonly bank: string;
    readonly accountName: string;
    readonly bankName: string;
    readonly accountNumber: string;
    readonly swift: string;
  };
}

/**
 * The wording of one language. Each language is written on its own, as a credit controller
 * writing in it would put things, not translated sentence by sentence.
 *
 * @example
 * letterWords("zh").noDate //=> "—"
 */
export function letterWords(language: Language): LetterWords {
  return language === "zh" ? LETTER_WORDS_ZH : LETTER_WORDS_EN;
}
