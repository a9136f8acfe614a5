/**
 * Small pieces the Chinese texts of the message tables share: an argument's name as a Chinese
 * reader sees it, and an ISO date written the Chinese way.
 */

// Labels that are English words rather than an Excel argument name (as_of, credit_sales…, which
// stay as the function's signature shows them).
const LABELS_ZH: Readonly<Record<string, string>> = {
  "as-of date": "基准日",
  "trailing days": "统计天数",
  "at-risk amount": "风险敞口金额",
};

/**
 * An argument's name in a Chinese message: descriptive English labels are translated, Excel
 * argument names (as_of, credit_sales) are kept as Excel shows them.
 *
 * @example
 * argZh("trailing days") //=> "统计天数"
 */
export function argZh(name: string): string {
  return LABELS_ZH[name] ?? name;
}

/**
 * A yyyy-mm-dd date as 2025年4月1日; anything else is returned as it is.
 *
 * @example
 * dateZh("2025-04-01") //=> "2025年4月1日"
 */
export function dateZh(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${Number(match[1])}年${Number(match[2])}月${Number(match[3])}日` : iso;
}
