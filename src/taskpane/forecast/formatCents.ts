import type { Language } from "../../core/language";

/**
 * Integer cents as the pane shows money: grouped, always two decimals (display only — cents were
 * summed exactly in src/core; a cent count below 2^53 divided by 100 formats back to itself).
 *
 * @example
 * formatCents(123456789, "en") //=> "1,234,567.89"
 */
export function formatCents(cents: number, language: Language): string {
  return (cents / 100).toLocaleString(language === "zh" ? "zh-CN" : "en-US", {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}

/**
 * A rate (fraction) as a percentage with two decimals, for display.
 *
 * @example
 * formatRate(0.3724489, "en") //=> "37.24%"
 */
export function formatRate(rate: number, language: Language): string {
  return rate.toLocaleString(language === "zh" ? "zh-CN" : "en-US", {
    style: "percent",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
}
