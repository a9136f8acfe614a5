import { DEFAULT_LETTER_SETTINGS_FORM, type LetterSettingsForm } from "../core/letters/letterSettingsFromForm";

/** Workbook setting holding the reminder letters' settings (signature block, options, letter language). */
export const LETTER_SETTINGS_KEY = "arCreditDesk.letterSettings";

/**
 * Letter settings from a stored JSON string, each field checked and defaulted, so an old or
 * damaged setting gives defaults instead of an error.
 *
 * @example
 * parseLetterSettings('{"company":"Acme Ltd","payByDays":10}').payByDays //=> 10
 */
export function parseLetterSettings(value: unknown): LetterSettingsForm {
  const d = DEFAULT_LETTER_SETTINGS_FORM;
  if (typeof value !== "string") return d;
  let raw: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(value);
    if (typeof parsed !== "object" || parsed === null) return d;
    raw = parsed as Record<string, unknown>;
  } catch {
    return d;
  }
  const str = (v: unknown, fallback: string): string => (typeof v === "string" ? v : fallback);
  const num = (v: unknown, fallback: number): number => (typeof v === "number" && Number.isFinite(v) ? v : fallback);
  const bool = (v: unknown, fallback: boolean): boolean => (typeof v === "boolean" ? v : fallback);
  const obj = (v: unknown): Record<string, unknown> =>
    typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};
  const late = obj(raw.lateInterest);
  const plan = obj(raw.paymentPlan);
  const discount = obj(raw.discount);
  return {
    language: raw.language === "en" || raw.language === "zh" ? raw.language : d.language,
    company: str(raw.company, d.company),
    contact: str(raw.contact, d.contact),
    title: str(raw.title, d.title),
    email: str(raw.email, d.email),
    phone: str(raw.phone, d.phone),
    bankAccountName: str(raw.bankAccountName, d.bankAccountName),
    bankName: str(raw.bankName, d.bankName),
    bankAccountNumber: str(raw.bankAccountNumber, d.bankAccountNumber),
    bankSwift: str(raw.bankSwift, d.bankSwift),
    payByDays: num(raw.payByDays, d.payByDays),
    lateInterest: {
      on: bool(late.on, d.lateInterest.on),
      ratePercent: num(late.ratePercent, d.lateInterest.ratePercent),
      basis: late.basis === "daily" || late.basis === "annual" ? late.basis : d.lateInterest.basis,
      fixedFee: num(late.fixedFee, d.lateInterest.fixedFee),
    },
    paymentPlan: { on: bool(plan.on, d.paymentPlan.on), installments: num(plan.installments, d.paymentPlan.installments) },
    discount: {
      on: bool(discount.on, d.discount.on),
      terms: str(discount.terms, d.discount.terms),
      text: str(discount.text, d.discount.text),
    },
  };
}
