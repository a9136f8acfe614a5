import type Decimal from "decimal.js";
import { fail, isFailure, type Result } from "../failure";
import { Money } from "./money";
import { readAmountText } from "./amountText";
import { currencyCode } from "./currencyCode";
import { MONEY_MESSAGES as M } from "../messages/moneyMessages";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

/** An amount read from a cell, with the currency its text named (null for a number or a bare amount). */
export interface AmountWithCurrency {
  readonly amount: Decimal;
  /** ISO 4217 code the text named (`USD 100`, `€100`, `100元`), or null: `¥` and `$` alone name none. */
  readonly currency: string | null;
}

// A leading "+" before the digits ("+1,234.50", "USD +5"): the ledger's reader has no plus sign.
const PLUS = /^((?:US\$|HK\$|CN¥|RMB|[$€£¥￥]|[A-Za-z]{3})?\s*)\+(?=\s*\d)/;

/**
 * Reads an amount from a cell value: a number, or text such as `1,234.50`, `$1,234.50`,
 * `¥1,234.50`, `USD 1,234.50`, `(1,234.50)` (accounting negative). Blank gives `null`.
 * Booleans and other text are failures quoting the input.
 *
 * @example
 * parseAmount("(1,234.50)") //=> Decimal(-1234.5)
 */
export function parseAmount(value: unknown, argName = "amount"): Result<Decimal | null> {
  const read = parseAmountWithCurrency(value, argName);
  return read === null || isFailure(read) ? read : read.amount;
}

/**
 * Reads an amount as `parseAmount` does and keeps the currency its text names, so a caller can
 * refuse to add two currencies together. Text is read as the ledger reads it (`readAmountText`,
 * decimal point): `1,234.50`, `1 234.50`, `1'234.50`, `(1,234.50)`, `-1,234.50`, SAP's trailing
 * minus `1,234.50-`, `-` for zero, a currency symbol or ISO code before or after. Currency codes
 * come from a closed list, so "Net 30" and "INV123" are not amounts.
 *
 * @example
 * parseAmountWithCurrency("USD 1,234.50-") //=> { amount: Decimal(-1234.5), currency: "USD" }
 */
export function parseAmountWithCurrency(value: unknown, argName = "amount"): Result<AmountWithCurrency | null> {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail("unreadable", NUMBER_MESSAGES.notFinite({ name: argName }));
    return { amount: new Money(value), currency: null };
  }
  if (typeof value === "boolean")
    return fail("unreadable", M.amountBoolean({ name: argName, value: String(value).toUpperCase() }));
  if (typeof value !== "string") return fail("unreadable", M.amountNotText({ name: argName }));
  const read = readAmountText(value.trim().replace(PLUS, "$1"), ".");
  if (read === undefined) return fail("unreadable", M.amountUnreadable({ text: value }));
  if (read === null) return null;
  return { amount: read.amount, currency: read.currency === null ? null : currencyCode(read.currency) };
}
