import Decimal from "decimal.js";
import type { DateSystem } from "../dates/excelSerial";
import type { Language } from "../language";
import type { LedgerAnalysis } from "../ledger/ledgerAnalysisTypes";
import type { LetterSettings } from "./letterTypes";

/**
 * The letter settings as the pane's form holds them and the workbook stores them: plain strings,
 * numbers and switches, so an option can be switched off without losing what was typed into it.
 * Rates are in percent as people type them (8 for 8 %).
 */
export interface LetterSettingsForm {
  /** Letter language, independent of the pane's; null = the pane's language. */
  readonly language: Language | null;
  readonly company: string;
  readonly contact: string;
  readonly title: string;
  readonly email: string;
  readonly phone: string;
  readonly bankAccountName: string;
  readonly bankName: string;
  readonly bankAccountNumber: string;
  readonly bankSwift: string;
  readonly payByDays: number;
  readonly lateInterest: {
    readonly on: boolean;
    readonly ratePercent: number;
    readonly basis: "annual" | "daily";
    readonly fixedFee: number;
  };
  readonly paymentPlan: { readonly on: boolean; readonly installments: number };
  readonly discount: { readonly on: boolean; readonly terms: string; readonly text: string };
  /** How the tone escalates (LetterSettings.escalation); absent in settings saved before it existed. */
  readonly escalation?: "steps" | "age";
  /**
   * One letter per customer covering all its currencies (true), or one per customer and currency;
   * absent in settings saved before it existed, which then take the default (on).
   */
  readonly oneLetterPerCustomer?: boolean;
}

export const DEFAULT_LETTER_SETTINGS_FORM: LetterSettingsForm = {
  language: null,
  company: "",
  contact: "",
  title: "",
  email: "",
  phone: "",
  bankAccountName: "",
  bankName: "",
  bankAccountNumber: "",
  bankSwift: "",
  payByDays: 7,
  lateInterest: { on: false, ratePercent: 8, basis: "annual", fixedFee: 0 },
  paymentPlan: { on: false, installments: 3 },
  discount: { on: false, terms: "2/10 net 30", text: "" },
  escalation: "steps",
  oneLetterPerCustomer: true,
};

/**
 * What the scan adds to the form: the workbook's date system, and the ladder, key accounts and
 * small-balance thresholds it used (so the letters call small what the grid calls small).
 */
export interface LetterLedgerContext {
  readonly dateSystem: DateSystem;
  readonly analysis: Pick<LedgerAnalysis, "context" | "customers">;
}

/**
 * The `LetterSettings` for `draftLetters` from the form: blank signature fields are left out, an
 * option block is present only when switched on, the rate goes from percent to a fraction (in
 * decimal arithmetic, so 9.7 % is 0.097 and not 0.09699…). The tone is paced to the scan's ladder,
 * the scan's key accounts get the executive escalation and the scan's small-balance thresholds
 * decide which balances are too small to chase, so a letter never says more than the pane's next
 * action does.
 *
 * @param form - the stored form
 * @param uiLanguage - used when the form has no letter language of its own
 * @param ledger - the scan's date system and analysis
 * @returns the settings
 * @example
 * letterSettingsFromForm({ ...DEFAULT_LETTER_SETTINGS_FORM, lateInterest: { on: true, ratePercent: 9.7, basis: "annual", fixedFee: 40 } },
 *   "en", ledger).lateInterest //=> { rate: 0.097, basis: "annual", fixedFee: 40 }
 */
export function letterSettingsFromForm(
  form: LetterSettingsForm,
  uiLanguage: Language,
  ledger: LetterLedgerContext,
): LetterSettings {
  const field = (value: string): string | undefined => (value.trim() === "" ? undefined : value.trim());
  const bank = {
    accountName: field(form.bankAccountName),
    bankName: field(form.bankName),
    accountNumber: field(form.bankAccountNumber),
    swift: field(form.bankSwift),
  };
  const hasBank = Object.values(bank).some((v) => v !== undefined);
  const { lateInterest, paymentPlan, discount } = form;
  return {
    language: form.language ?? uiLanguage,
    sender: {
      company: form.company.trim(),
      contact: field(form.contact),
      title: field(form.title),
      email: field(form.email),
      phone: field(form.phone),
      bank: hasBank ? bank : undefined,
    },
    payByDays: form.payByDays,
    dateSystem: ledger.dateSystem,
    ladder: ledger.analysis.context.ladder,
    keyAccounts: ledger.analysis.customers.filter((c) => c.keyAccount).map((c) => c.customer),
    lateInterest: lateInterest.on
      ? { rate: percentToFraction(lateInterest.ratePercent), basis: lateInterest.basis, fixedFee: lateInterest.fixedFee }
      : null,
    paymentPlan: paymentPlan.on ? { installments: paymentPlan.installments } : null,
    earlyPaymentDiscount: discount.on ? { terms: field(discount.terms), text: field(discount.text) } : null,
    // The scan's policy: the letters' tone is the scan's step (one setting, Analysis settings › Escalation).
    escalation: ledger.analysis.context.escalation ?? "steps",
    // The scan's thresholds are the only ones: the letters have none of their own.
    smallBalanceCents: Object.fromEntries(ledger.analysis.context.minCentsByCurrency ?? []),
    smallBalanceDefaultCents: ledger.analysis.context.minCents,
    oneLetterPerCustomer: form.oneLetterPerCustomer ?? true,
  };
}

/** NaN for an unreadable rate, so the interest block reports it (a failure value) instead of decimal.js throwing. */
function percentToFraction(percent: number): number {
  return Number.isFinite(percent) ? new Decimal(percent).div(100).toNumber() : Number.NaN;
}
