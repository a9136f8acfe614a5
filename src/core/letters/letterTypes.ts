import type { DateSystem } from "../dates/excelSerial";
import type { Language } from "../language";
import type { Ladder } from "../dunning/ladderPresets";
import type { RateBasis, RatePeriod } from "../financing/lateInterest";

/**
 * Reminder letters: the data a draft is built from and the model the renderers turn into text,
 * HTML or a mailto: link. Amounts travel as integer cents (negative for credit notes) and are only
 * turned into text by `formatMoney` (src/core/money/formatMoney.ts), so no float ever decides a cent.
 */

/** Courtesy (before due) → friendly → firm second notice → formal demand → final notice before referral. */
export type LetterTone = "courtesy" | "friendly" | "firm" | "formal" | "final";

/** The tones in escalating order. */
export const LETTER_TONES: readonly LetterTone[] = ["courtesy", "friendly", "firm", "formal", "final"];

/** One open item of a customer, as the ledger holds it. */
export interface LetterInvoice {
  readonly invoiceNumber?: string | null;
  readonly invoiceSerial?: number | null;
  readonly dueSerial: number;
  /** Open amount in integer cents; negative for a credit note; 0 (settled) is left out. */
  readonly openCents: number;
  readonly disputed?: boolean;
  /** Status "Promised": the customer has promised to pay it; mentioned, never demanded. */
  readonly promised?: boolean;
  /**
   * The scan's dunning level of the row (its rung on the ladder, after the scan's escalation policy),
   * so the letter's tone is the step the grid and Today show; absent for rows not from a scan.
   */
  readonly level?: number | null;
  /** The scan calls the row a small balance (below its currency's threshold): not chased on its own. */
  readonly smallBalance?: boolean;
}

/** One ledger row for `draftLetters`: an invoice plus the customer-level cells of its row. */
export interface LetterInvoiceRow extends LetterInvoice {
  readonly customer: string;
  /** ISO code; blank takes `settings.defaultCurrency`. */
  readonly currency?: string | null;
  readonly email?: string | null;
  readonly remindersSent?: number | null;
  readonly lastRemindedSerial?: number | null;
  /** The scan says the customer waits (reminded within the minimum interval) until this date; null = no wait. */
  readonly waitUntilSerial?: number | null;
  /** The customer's letter language (the ledger's Language column); null or absent = the settings' language. */
  readonly language?: Language | null;
}

/** One customer in one currency: everything a single letter is drawn from. */
export interface LetterCustomer {
  readonly name: string;
  readonly currency: string;
  readonly invoices: readonly LetterInvoice[];
  readonly email?: string | null;
  /** A named person at the customer ("Ms Li"); otherwise the accounts team is addressed. */
  readonly contact?: string | null;
  /** Forces the tone (e.g. from the pane's dunning level); otherwise it follows the oldest overdue invoice. */
  readonly tone?: LetterTone;
  readonly remindersSent?: number | null;
  readonly lastRemindedSerial?: number | null;
  /** Key accounts get an executive escalation instead of a referral to collectors. */
  readonly keyAccount?: boolean;
  /** The scan's next step for the customer is to wait until this date: no letter is drafted. */
  readonly waitUntilSerial?: number | null;
  /** The customer's own letter language; null or absent = `settings.language`. */
  readonly language?: Language | null;
}

export interface LetterBankDetails {
  readonly accountName?: string;
  readonly bankName?: string;
  readonly accountNumber?: string;
  readonly swift?: string;
}

/** The sender's signature block, kept in settings. */
export interface LetterSender {
  readonly company: string;
  readonly contact?: string;
  readonly title?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly bank?: LetterBankDetails;
}

export interface LateInterestOption {
  /** Annual (or daily) rate as a fraction, or a table of rates in force from given dates. */
  readonly rate: number | ReadonlyArray<RatePeriod>;
  /** @default "annual" */
  readonly basis?: RateBasis;
  /** @default 365 */
  readonly dayCount?: 365 | 360;
  /** Fixed compensation per overdue invoice (e.g. 40 under Directive 2011/7/EU). @default 0 */
  readonly fixedFee?: number;
}

export interface PaymentPlanOption {
  readonly installments: number;
  /** @default 1 */
  readonly intervalMonths?: number;
  /** @default 0 */
  readonly annualRate?: number;
}

export interface EarlyPaymentDiscountOption {
  /** Terms such as `2/10 net 30`, written out in the letter's language. */
  readonly terms?: string;
  /** Own wording, used as given when the terms are absent or unreadable. */
  readonly text?: string;
}

/** Letter settings. An option block is on when its field is present. */
export interface LetterSettings {
  readonly language: Language;
  readonly sender: LetterSender;
  /** Days from as-of to the pay-by date; a weekend date moves to the Monday. @default 7 */
  readonly payByDays?: number;
  /** @default 1900 */
  readonly dateSystem?: DateSystem;
  /** Used to pace the tone to the ladder's rungs; without it the day bands of `letterTone` apply. */
  readonly ladder?: Ladder;
  /** @default "" */
  readonly defaultCurrency?: string;
  /** Who takes over after a final notice. @default "agency" */
  readonly referral?: "agency" | "legal";
  /** Customer names (trimmed, case-insensitive) treated as key accounts by `draftLetters`. */
  readonly keyAccounts?: readonly string[];
  readonly lateInterest?: LateInterestOption | null;
  readonly paymentPlan?: PaymentPlanOption | null;
  readonly earlyPaymentDiscount?: EarlyPaymentDiscountOption | null;
  /**
   * How the tone escalates: "steps" (default) takes the next written step after the reminders the
   * ledger records, never skipping one (`letterStepTone`); "age" follows the oldest invoice's age alone.
   */
  readonly escalation?: "steps" | "age";
  /** The tones each option block appears on; an option absent here takes `DEFAULT_OPTION_TONES`. */
  readonly optionTones?: Partial<Record<LetterOptionKind, readonly LetterTone[]>>;
  /**
   * Small balances: a currency whose amount due is below its threshold (in cents) has nothing to
   * chase. These are the scan's thresholds (its per-currency table, LedgerTextContext
   * minCentsByCurrency), so a balance the grid calls small never gets a letter; a currency absent
   * here takes `smallBalanceDefaultCents`.
   */
  readonly smallBalanceCents?: Readonly<Record<string, number>>;
  /** The scan's threshold for every other currency (LedgerTextContext minCents). @default 0 (none) */
  readonly smallBalanceDefaultCents?: number;
  /**
   * One letter per customer covering all its currencies, each with its own subtotal (true), or one
   * letter per customer and currency (false). @default true
   */
  readonly oneLetterPerCustomer?: boolean;
}

/** The option blocks a letter can carry. */
export type LetterOptionKind = "lateInterest" | "paymentPlan" | "earlyPaymentDiscount";

/**
 * The tones each option appears on by default: interest and instalments belong to the demands, not
 * to a friendly reminder; a discount on future orders reads as a sales pitch in a demand letter.
 */
export const DEFAULT_OPTION_TONES: Readonly<Record<LetterOptionKind, readonly LetterTone[]>> = {
  lateInterest: ["formal", "final"],
  paymentPlan: ["firm", "formal", "final"],
  earlyPaymentDiscount: ["courtesy", "friendly", "firm"],
};

/** What a draft lacks before it can be sent: said on its card. */
export type LetterWarning = "noSignature" | "noBankDetails";

/** A table of display strings; `numeric` marks right-aligned columns. */
export interface LetterTable {
  readonly columns: readonly string[];
  readonly numeric: readonly boolean[];
  readonly rows: ReadonlyArray<readonly string[]>;
}

/** A captioned table that stands apart from the demand (disputed, not yet due, credit notes). */
export interface LetterSection {
  readonly caption: string;
  readonly table: LetterTable;
}

/** An optional block: late interest, payment plan, early-payment discount. */
export interface LetterBlock {
  readonly kind: "lateInterest" | "paymentPlan" | "earlyPaymentDiscount";
  readonly paragraphs: readonly string[];
  readonly table: LetterTable | null;
  readonly notes: readonly string[];
}

export interface LetterTotals {
  /** The invoices demanded (the invoice table). */
  readonly invoicedCents: number;
  /** Open credit notes netted against them (0 or negative). */
  readonly creditCents: number;
  /** What the letter asks for: invoiced + credit notes. */
  readonly demandedCents: number;
  /** Listed apart, not demanded. */
  readonly disputedCents: number;
  /** Not yet due, listed for information in a reminder (0 in a courtesy letter, whose table they are). */
  readonly notYetDueCents: number;
  /** Every open item of the customer in this currency. */
  readonly openCents: number;
  /** Late interest to as-of; 0 when the option is off. */
  readonly interestCents: number;
  /** Promised by the customer, listed apart, not demanded. */
  readonly promisedCents: number;
  /** The totals as the letter shows them; `emphasis` marks the amount demanded. */
  readonly lines: ReadonlyArray<{ readonly label: string; readonly amount: string; readonly emphasis?: boolean }>;
}

/**
 * One currency's tables and totals in a letter. A letter in one currency has one part, with no
 * caption, equal to the letter's own fields; a letter in several currencies has one part per
 * currency with something to chase, each captioned and subtotalled in its own currency.
 */
export interface LetterCurrencyPart {
  readonly currency: string;
  /** "Amounts in EUR:" before the part's tables; null in a letter in one currency. */
  readonly caption: string | null;
  readonly invoiceTable: LetterTable;
  readonly creditNotes: LetterSection | null;
  readonly totals: LetterTotals;
  readonly disputed: LetterSection | null;
  readonly promised: LetterSection | null;
  readonly notYetDue: LetterSection | null;
}

/**
 * A drafted letter, ready for a renderer. Render order is the field order below. In a letter
 * covering several currencies (`parts.length > 1`) the tables and totals come from `parts`, one
 * block per currency; the single-currency fields (`currency`, `invoiceTable` … `notYetDue`) then
 * hold the first currency's part, so a reader of one currency still finds its figures.
 */
export interface LetterModel {
  readonly customer: string;
  readonly email: string;
  /** The letter's currency; in a letter in several currencies the first of `currencies`. */
  readonly currency: string;
  /** Every currency the letter covers, in the order the ledger first shows them. */
  readonly currencies: readonly string[];
  /** One per currency (see LetterCurrencyPart). */
  readonly parts: readonly LetterCurrencyPart[];
  readonly language: "en" | "zh";
  readonly tone: LetterTone;
  readonly asOfSerial: number;
  readonly payBySerial: number;
  readonly subject: string;
  /** The letter's date, at the top of every tone. */
  readonly dateLine: string;
  readonly greeting: string;
  /** Before the invoice table: the situation and earlier reminders. */
  readonly opening: readonly string[];
  readonly invoiceTable: LetterTable;
  readonly creditNotes: LetterSection | null;
  readonly totals: LetterTotals;
  readonly disputed: LetterSection | null;
  /** Invoices the customer has promised to pay: mentioned, not demanded. */
  readonly promised: LetterSection | null;
  readonly notYetDue: LetterSection | null;
  /** The request (amount and pay-by date), consequences, the offer to talk. */
  readonly paragraphs: readonly string[];
  readonly options: readonly LetterBlock[];
  /** The invitation to raise a dispute and the line to ignore the letter if payment has just been made. */
  readonly closingParagraphs: readonly string[];
  readonly closing: string;
  readonly signature: readonly string[];
  /** What the draft lacks (no signature, no bank details): shown before it is sent. */
  readonly warnings: readonly LetterWarning[];
}
