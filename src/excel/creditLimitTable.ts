import type { CreditLimitEntry } from "../core/ledger/ledgerAnalysisTypes";
import { fail, isFailure, type Result } from "../core/failure";
import { parseAmount } from "../core/money/parseAmount";
import type { CellBlock } from "./a1Address";
import { parseLadderAddress } from "./ladderRange";
import { SETTINGS_MESSAGES as M } from "./settingsMessages";
import { creditTableColumn, type CreditTableColumn } from "../core/credit/creditTableHeaders";
import { CREDIT_LIMIT_MESSAGES, type FinancialField } from "../core/messages/creditLimitMessages";

/*
 * The credit-limit table the analyst keeps on a sheet of their choosing: rows of customer | limit,
 * or customer | currency | limit, by address (a block or whole columns, read over its used part).
 * A first row whose limit is not an amount is a header; blank rows are skipped; a limit that
 * cannot be read stops the scan with the row named, rather than scan without that customer's limit.
 *
 * A header that names a financial column (Net worth / 净资产, Working capital / 营运资金,
 * Revenue / Annual revenue / Sales / 营业收入 / 年收入: src/core/credit/creditTableHeaders.ts)
 * makes the table one read by its headers, in any order and width: the credit-limit
 * recommendation caps its figure by them. There a blank financial cell is not given, a blank limit
 * gives no limit (NaN, which the scan skips) when the row gives a financial figure, and a cell
 * that cannot be read stops the scan with its row named, as a limit does.
 */

/**
 * The table's rows from the values of its used part.
 *
 * @param firstRow - 1-based sheet row of `values[0]`, for messages
 * @example
 * creditLimitsFromValues([["Customer", "Currency", "Limit"], ["Acme", "USD", 5000]], "Limits!A:C", 1)
 * //=> [{ customer: "Acme", currency: "USD", limit: 5000 }]
 */
export function creditLimitsFromValues(
  values: readonly (readonly unknown[])[],
  address: string,
  firstRow: number,
): Result<CreditLimitEntry[]> {
  const width = values.reduce((max, row) => Math.max(max, row.length), 0);
  const byHeader = headedColumns(values[0] ?? []);
  if (byHeader) return entriesByHeader(values, byHeader, address, firstRow);
  if (values.length > 0 && width !== 2 && width !== 3) return fail("unreadable", M.limitRangeShape({ address }));
  const entries: CreditLimitEntry[] = [];
  for (let i = 0; i < values.length; i++) {
    const row = values[i];
    const customer = String(row[0] ?? "").trim();
    const currency = width === 3 ? String(row[1] ?? "").trim() : "";
    const cell = row[width - 1];
    if (customer === "" && (cell === "" || cell === null || cell === undefined)) continue;
    const amount = parseAmount(cell, "limit");
    const readable = amount !== null && !isFailure(amount) && !amount.isNegative();
    if (!readable) {
      // The header: a first row with text where the limit goes.
      if (i === 0 && typeof cell === "string") continue;
      return fail("unreadable", M.limitRowUnreadable({ address, row: firstRow + i, text: String(cell ?? "") }));
    }
    if (customer !== "") entries.push({ customer, currency, limit: amount.toNumber() });
  }
  return entries;
}

/** Column of each field in a table read by its headers; -1 where the header names none. */
type HeadedColumns = Readonly<Record<CreditTableColumn, number>>;

const FINANCIAL_FIELDS: readonly FinancialField[] = ["netWorth", "workingCapital", "annualRevenue"];

/** The columns a header row names, when it names a financial column; null otherwise (a positional table). */
function headedColumns(header: readonly unknown[]): HeadedColumns | null {
  const columns: Record<CreditTableColumn, number> = {
    customer: -1,
    currency: -1,
    limit: -1,
    netWorth: -1,
    workingCapital: -1,
    annualRevenue: -1,
  };
  header.forEach((cell, c) => {
    const column = creditTableColumn(cell);
    if (column !== null && columns[column] < 0) columns[column] = c;
  });
  if (FINANCIAL_FIELDS.every((field) => columns[field] < 0)) return null;
  // No customer header: the first column holds the customers, as in a positional table.
  if (columns.customer < 0) columns.customer = 0;
  return columns;
}

const isBlankCell = (cell: unknown) => cell === "" || cell === null || cell === undefined;

/** The rows of a table read by its headers (the header row is values[0]). */
function entriesByHeader(
  values: readonly (readonly unknown[])[],
  columns: HeadedColumns,
  address: string,
  firstRow: number,
): Result<CreditLimitEntry[]> {
  const entries: CreditLimitEntry[] = [];
  const cellOf = (row: readonly unknown[], c: number) => (c >= 0 ? row[c] : "");
  for (let i = 1; i < values.length; i++) {
    const row = values[i];
    const customer = String(row[columns.customer] ?? "").trim();
    const limitCell = cellOf(row, columns.limit);
    const given = FINANCIAL_FIELDS.filter((field) => !isBlankCell(cellOf(row, columns[field])));
    if (customer === "" && isBlankCell(limitCell) && given.length === 0) continue;
    const financials: { -readonly [F in FinancialField]?: number } = {};
    for (const field of given) {
      const cell = cellOf(row, columns[field]);
      const amount = parseAmount(cell, field);
      // Net worth and working capital can be negative (the cap is then 0); revenue cannot.
      if (amount === null || isFailure(amount) || (field === "annualRevenue" && amount.isNegative())) {
        return fail(
          "unreadable",
          CREDIT_LIMIT_MESSAGES.financialUnreadable({ address, row: firstRow + i, field, text: String(cell) }),
        );
      }
      financials[field] = amount.toNumber();
    }
    let limit = Number.NaN;
    if (!isBlankCell(limitCell) || given.length === 0) {
      const amount = parseAmount(limitCell, "limit");
      if (amount === null || isFailure(amount) || amount.isNegative()) {
        return fail("unreadable", M.limitRowUnreadable({ address, row: firstRow + i, text: String(limitCell ?? "") }));
      }
      limit = amount.toNumber();
    }
    const currency = columns.currency >= 0 ? String(row[columns.currency] ?? "").trim() : "";
    if (customer !== "") entries.push({ customer, currency, limit, ...financials });
  }
  return entries;
}

/**
 * Reads the table at `address` (on `defaultSheet` when it names none): one sync, over the used part
 * of the block so whole columns read a few cells.
 *
 * @example
 * await readCreditLimitTable(context, "Limits!A:C", "Sheet1") //=> [{ customer: "Acme", currency: "USD", limit: 5000 }, …]
 */
export async function readCreditLimitTable(
  context: Excel.RequestContext,
  address: string,
  defaultSheet: string,
): Promise<Result<CreditLimitEntry[]>> {
  const parsed = parseLadderAddress(address, defaultSheet);
  // One column is no table either: the same refusal as a wrong shape.
  if (isFailure(parsed)) {
    return parsed.text.key === "ladderOneColumn"
      ? fail("unreadable", M.limitRangeShape({ address }))
      : fail("unreadable", M.limitRangeUnreadable({ address }));
  }
  const block: CellBlock = parsed;
  const sheet = context.workbook.worksheets.getItemOrNullObject(block.sheet).load("name");
  await context.sync();
  if (sheet.isNullObject) return fail("missing", M.limitSheetMissing({ address, sheet: block.sheet }));
  const used = sheet
    .getRangeByIndexes(block.r0, block.c0, block.r1 - block.r0 + 1, block.c1 - block.c0 + 1)
    .getUsedRangeOrNullObject(true)
    .load(["values", "rowIndex", "columnIndex"]);
  await context.sync();
  if (used.isNullObject) return [];
  // The used part may start right of the block's first column: its columns keep their places.
  const pad = new Array<string>(Math.max(0, used.columnIndex - block.c0)).fill("");
  const width = block.c1 - block.c0 + 1;
  const values = used.values.map((row) => [...pad, ...row, ...new Array<string>(width).fill("")].slice(0, width));
  return creditLimitsFromValues(values, address, used.rowIndex + 1);
}
