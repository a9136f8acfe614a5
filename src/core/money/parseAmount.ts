import Decimal from "decimal.js";
import { fail, type Result } from "../failure";
import { Money } from "./money";
import { MONEY_MESSAGES as M } from "../messages/moneyMessages";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

// ISO 4217 codes of the currencies receivables are commonly kept in. A closed list, not "any three
// letters": with [A-Z]{3} the text "Net 30" read as 30 and an invoice number "INV123" as 123.
const ISO_CODES = [
  "USD",
  "EUR",
  "GBP",
  "JPY",
  "CNY",
  "CNH",
  "HKD",
  "TWD",
  "KRW",
  "SGD",
  "MYR",
  "THB",
  "IDR",
  "PHP",
  "VND",
  "INR",
  "AUD",
  "NZD",
  "CAD",
  "MXN",
  "BRL",
  "CHF",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "CZK",
  "HUF",
  "TRY",
  "ZAR",
  "AED",
  "SAR",
  "ILS",
  "RUB",
].join("|");
// Currency marks accepted before (or, for codes, after) the number: symbols and ISO codes.
const CURRENCY_MARK = new RegExp(`^(?:US\\$|HK\\$|CN¥|[$€£¥￥]|RMB|${ISO_CODES})\\s*`, "i");
const TRAILING_CODE = new RegExp(`\\s*(?:RMB|元|${ISO_CODES})$`, "i");
// Signs are taken off before this test; a second minus here ("$--5") would flip the sign back.
const PLAIN_NUMBER = /^\+?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Reads an amount from a cell value: a number, or text such as `1,234.50`, `$1,234.50`,
 * `¥1,234.50`, `USD 1,234.50`, `(1,234.50)` (accounting negative). Blank gives `null`.
 * Booleans and other text are failures quoting the input.
 *
 * @example
 * parseAmount("(1,234.50)") //=> Decimal(-1234.5)
 */
export function parseAmount(value: unknown, argName = "amount"): Result<Decimal | null> {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return fail("unreadable", NUMBER_MESSAGES.notFinite({ name: argName }));
    return new Money(value);
  }
  if (typeof value === "boolean")
    return fail("unreadable", M.amountBoolean({ name: argName, value: String(value).toUpperCase() }));
  if (typeof value !== "string") return fail("unreadable", M.amountNotText({ name: argName }));
  const parsed = parseAmountText(value);
  if (parsed === undefined) return fail("unreadable", M.amountUnreadable({ text: value }));
  return parsed;
}

function parseAmountText(raw: string): Decimal | null | undefined {
  let text = raw.trim();
  if (text === "") return null;
  let negative = false;
  if (text.startsWith("(") && text.endsWith(")")) {
    negative = true;
    text = text.slice(1, -1).trim();
  }
  if (text.startsWith("-")) {
    if (negative) return undefined;
    negative = true;
    text = text.slice(1).trim();
  }
  text = text.replace(CURRENCY_MARK, "").replace(TRAILING_CODE, "").trim();
  if (text.startsWith("-")) {
    if (negative) return undefined;
    negative = true;
    text = text.slice(1).trim();
  }
  if (!PLAIN_NUMBER.test(text)) return undefined;
  const amount = new Money(text.replace(/,/g, ""));
  return negative ? amount.negated() : amount;
}
