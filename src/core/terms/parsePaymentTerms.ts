import Decimal from "decimal.js";
import { fail, type Result } from "../failure";
import { Money } from "../money/money";
import { TERMS_MESSAGES as M } from "../messages/termsMessages";

/**
 * Payment terms as the due-date and discount functions need them.
 * - `net`: due `netDays` after the invoice date.
 * - `eom`: due `netDays` after the end of the invoice month (Net 30 EOM, 月结30天).
 * - `immediate`: due on the invoice date (COD, due on receipt, 见票即付); `netDays` is 0.
 * `discount` is the early-payment discount of terms such as `2/10 net 30`: `rate` is a fraction
 * (0.02) and `days` the discount window, for AR.DISCOUNTAPR.
 */
export interface PaymentTerms {
  readonly kind: "net" | "eom" | "immediate";
  readonly netDays: number;
  readonly discount?: { readonly rate: Decimal; readonly days: number };
}

/** Longest credit period accepted (four digits, as in `Net 9999`); longer is a typing slip. */
export const MAX_TERM_DAYS = 9999;

const DAYS = String.raw`(\d{1,4})`;
const NET = String.raw`(?:net|n|净)\s*[/-]?\s*`;
const DAY_WORD = String.raw`(?:\s*(?:days?|天))?`;

const IMMEDIATE = /^(?:cod|c\.o\.d\.?|cash on delivery|(?:due|payable)?\s*(?:on|upon)\s*receipt|receipt|见票即付|即付|货到付款)$/;
const NET_FORMS = [
  new RegExp(`^${DAYS}${DAY_WORD}$`), // 30, 30 days, 30天
  new RegExp(`^${NET}${DAYS}${DAY_WORD}$`), // Net 30, N30, n/30, net 30 days, 净30天
];
const EOM_FORMS = [
  new RegExp(`^(?:${NET})?${DAYS}${DAY_WORD}\\s*[/+-]?\\s*eom$`), // Net 30 EOM, N30 EOM, 30 days EOM
  new RegExp(`^eom\\s*[/+-]?\\s*(?:${NET})?${DAYS}${DAY_WORD}$`), // EOM 30, EOM net 30, EOM+30
  new RegExp(`^月结\\s*${DAYS}\\s*天?$`), // 月结30天: settled monthly, 30 days after month end
  /^(eom)$/, // EOM alone: due at the end of the invoice month
];
// 2/10 net 30: 2 % off if paid within 10 days, otherwise net 30. Also "2% 10 net 30", "2/10, n/30".
// (?!\d) keeps "30/60" from splitting into 30 % within 6 days, net 0.
const DISCOUNT = /^(\d{1,2}(?:\.\d+)?)\s*(?:%\s*\/?|\/)\s*(\d{1,4})(?!\d)\s*(?:days?)?\s*[,;]?\s*(.+)$/;

/**
 * Reads payment terms from a cell: a number of days, or text such as `Net 30`, `N30`, `30 days`,
 * `30天`, `2/10 net 30`, `Net 30 EOM`, `EOM 30`, `月结30天`, `COD`, `Due on receipt`, `见票即付`.
 * Case, spacing and full-width characters do not matter. Unknown text is an `unreadable` failure
 * quoting it; negative or fractional day counts are `outOfRange`; blank is `missing`.
 *
 * @param value - the terms cell: a number of days or text
 * @returns the terms, or the reason they cannot be read
 * @example
 * parsePaymentTerms("2/10 net 30") //=> { kind: "net", netDays: 30, discount: { rate: Decimal(0.02), days: 10 } }
 */
export function parsePaymentTerms(value: unknown): Result<PaymentTerms> {
  if (value === null || value === undefined || value === "") return fail("missing", M.termsBlank());
  if (typeof value === "number") return termsFromDays(value);
  if (typeof value === "boolean") return fail("unreadable", M.termsBoolean({ value: String(value).toUpperCase() }));
  if (typeof value !== "string") return fail("unreadable", M.termsNotText());
  // NFKC folds full-width digits and letters (３０天, ＮＥＴ３０) that Chinese and Japanese input produce.
  const text = value.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
  if (text === "") return fail("missing", M.termsBlank());
  const terms = termsFromText(text, value);
  if (terms === undefined) return fail("unreadable", M.termsUnreadable({ text: value }));
  return terms;
}

function termsFromDays(days: number): Result<PaymentTerms> {
  if (!Number.isInteger(days) || days < 0 || days > MAX_TERM_DAYS) {
    return fail("outOfRange", M.termsDays({ max: MAX_TERM_DAYS, value: String(days) }));
  }
  return { kind: "net", netDays: days };
}

function termsFromText(text: string, original: string): Result<PaymentTerms> | undefined {
  if (IMMEDIATE.test(text)) return { kind: "immediate", netDays: 0 };
  const discount = DISCOUNT.exec(text);
  if (discount) return withDiscount(original, discount[1], Number(discount[2]), discount[3]);
  return netOrEom(text);
}

function netOrEom(text: string): PaymentTerms | undefined {
  for (const form of NET_FORMS) {
    const match = form.exec(text);
    if (match) return { kind: "net", netDays: Number(match[1]) };
  }
  for (const form of EOM_FORMS) {
    const match = form.exec(text);
    if (match) return { kind: "eom", netDays: match[1] === "eom" ? 0 : Number(match[1]) };
  }
  return undefined;
}

function withDiscount(original: string, percent: string, days: number, rest: string): Result<PaymentTerms> | undefined {
  const base = netOrEom(rest.trim());
  if (base === undefined) return undefined;
  const rate = new Money(percent).dividedBy(100);
  if (rate.lte(0) || rate.gte(1)) {
    return fail("outOfRange", M.discountPercent({ text: original }));
  }
  // A discount window as long as the credit period buys nothing and makes N − D zero in AR.DISCOUNTAPR.
  if (days >= base.netDays) {
    return fail("outOfRange", M.discountDays({ days, netDays: base.netDays, text: original }));
  }
  return { ...base, discount: { rate, days } };
}
