import { headerKey } from "../ledger/headerKey";
import { HEADER_SYNONYMS } from "../ledger/ledgerFields";
import type { FinancialField } from "../messages/creditLimitMessages";

/** A column of the credit-limit table. */
export type CreditTableColumn = "customer" | "currency" | "limit" | FinancialField;

/**
 * Header texts of the credit-limit table, English and Chinese, matched as ledger headers are
 * (headerKey: case, spacing, punctuation and camelCase aside). The financial columns are what the
 * credit rules of thumb read (src/core/credit/recommendCreditLimit.ts): net worth, working
 * capital, annual revenue.
 */
export const CREDIT_TABLE_HEADERS: Readonly<Record<CreditTableColumn, readonly string[]>> = {
  customer: HEADER_SYNONYMS.customer,
  currency: HEADER_SYNONYMS.currency,
  limit: [...HEADER_SYNONYMS.creditLimit, "Current limit", "额度", "当前额度"],
  netWorth: ["Net worth", "Tangible net worth", "TNW", "净资产", "有形净资产"],
  workingCapital: ["Working capital", "营运资金", "营运资本"],
  annualRevenue: ["Revenue", "Annual revenue", "Sales", "Annual sales", "Turnover", "营业收入", "年收入", "年销售额"],
};

const BY_KEY: ReadonlyMap<string, CreditTableColumn> = new Map(
  (Object.entries(CREDIT_TABLE_HEADERS) as [CreditTableColumn, readonly string[]][]).flatMap(([column, texts]) =>
    texts.map((text) => [headerKey(text), column] as const),
  ),
);

/**
 * The column each header cell names, or null for a cell that names none.
 *
 * @example
 * creditTableColumn(" Net Worth ") //=> "netWorth"
 * creditTableColumn("营运资金") //=> "workingCapital"
 */
export function creditTableColumn(cell: unknown): CreditTableColumn | null {
  if (typeof cell !== "string") return null;
  return BY_KEY.get(headerKey(cell)) ?? null;
}
