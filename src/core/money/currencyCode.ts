/**
 * The currency a ledger cell names, as an ISO 4217 code where the text is a known name: exports
 * write codes (`USD`), Chinese names (金蝶 and 用友 write 人民币, 美元), symbols, or nothing at all
 * (Business Central leaves Currency Code blank for the local currency). Unknown text is kept in
 * capitals, so two spellings of an unknown currency still group together.
 */
const NAMES: ReadonlyMap<string, string> = new Map([
  ["人民币", "CNY"],
  ["人民幣", "CNY"],
  ["RMB", "CNY"],
  ["元", "CNY"],
  ["美元", "USD"],
  ["US$", "USD"],
  ["欧元", "EUR"],
  ["€", "EUR"],
  ["英镑", "GBP"],
  ["£", "GBP"],
  ["日元", "JPY"],
  ["港币", "HKD"],
  ["港元", "HKD"],
  ["HK$", "HKD"],
  ["新台币", "TWD"],
  ["澳元", "AUD"],
  ["加元", "CAD"],
  ["瑞士法郎", "CHF"],
  ["新加坡元", "SGD"],
  ["韩元", "KRW"],
]);

/**
 * A currency cell as the code to group by: trimmed, known names as ISO codes, else upper case.
 *
 * @example
 * currencyCode(" 人民币 ") //=> "CNY"
 */
export function currencyCode(value: unknown): string {
  if (value === null || value === undefined) return "";
  const text = String(value).normalize("NFKC").trim();
  return NAMES.get(text) ?? NAMES.get(text.toUpperCase()) ?? text.toUpperCase();
}
