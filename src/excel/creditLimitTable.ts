import type { CreditLimitEntry } from "../core/ledger/ledgerAnalysisTypes";
import { fail, isFailure, type Result } from "../core/failure";
import { parseAmount } from "../core/money/parseAmount";
import type { CellBlock } from "./a1Address";
import { parseLadderAddress } from "./ladderRange";
import { SETTINGS_MESSAGES as M } from "./settingsMessages";

/*
 * The credit-limit table the analyst keeps on a sheet of their choosing: rows of customer | limit,
 * or customer | currency | limit, by address (a block or whole columns, read over its used part).
 * A first row whose limit is not an amount is a header; blank rows are skipped; a limit that
 * cannot be read stops the scan with the row named, rather than scan without that customer's limit.
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
