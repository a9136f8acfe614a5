import Decimal from "decimal.js";
import { fail, type Result } from "../failure";
import { Money, toCentsFast } from "../money/money";
import { MONEY_MESSAGES } from "../messages/moneyMessages";
import { NUMBER_MESSAGES } from "../messages/numberMessages";

/** An amount already read from a cell: a number, or the Decimal that `parseAmount` returns. */
export type Amount = number | Decimal;
/** One cell's amount; `null` is a blank cell. */
export type AmountCell = Amount | null;
/** A single cell or a range (flattened) of amounts. */
export type AmountCells = AmountCell | ReadonlyArray<AmountCell>;

/**
 * Integer cents of one amount, half away from zero beyond the second decimal (the project's money
 * policy), or a failure when the amount is not finite or too large to count exactly in cents.
 *
 * @example
 * amountToCents(1234.56) //=> 123456
 */
export function amountToCents(amount: Amount, argName = "amount"): Result<number> {
  if (typeof amount === "number") {
    if (!Number.isFinite(amount)) return fail("unreadable", NUMBER_MESSAGES.notFinite({ name: argName }));
    const cents = toCentsFast(amount);
    return Number.isSafeInteger(cents) ? cents : tooLarge(argName, String(amount));
  }
  if (!amount.isFinite()) return fail("unreadable", NUMBER_MESSAGES.notFinite({ name: argName }));
  const cents = new Money(amount).times(100).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  return cents.abs().lte(Number.MAX_SAFE_INTEGER) ? cents.toNumber() : tooLarge(argName, amount.toString());
}

/**
 * Sum of a cell or range in integer cents. Blank cells are skipped, as SUMIF does; integer
 * addition keeps a million rows exact without decimal.js in the loop.
 *
 * @example
 * sumAmounts([100.1, null, 200.2]) //=> 30030
 */
export function sumAmounts(cells: AmountCells, argName = "amount"): Result<number> {
  const list: ReadonlyArray<AmountCell> = isCellList(cells) ? cells : [cells];
  let total = 0;
  for (const cell of list) {
    if (cell === null) continue;
    const cents = amountToCents(cell, argName);
    if (typeof cents !== "number") return cents;
    total += cents;
    // Past 2^53 integer addition stops being exact; fail rather than drift.
    if (!Number.isSafeInteger(total)) return fail("outOfRange", MONEY_MESSAGES.totalTooLarge({ name: argName }));
  }
  return total;
}

function isCellList(cells: AmountCells): cells is ReadonlyArray<AmountCell> {
  return Array.isArray(cells);
}

function tooLarge(argName: string, shown: string): Result<number> {
  return fail("outOfRange", MONEY_MESSAGES.centsTooLarge({ name: argName, shown }));
}

/**
 * True when a cell or range holds no amount at all (every cell blank): an unknown value, which a
 * caller may want to tell apart from a sum of 0.
 *
 * @example
 * isBlankAmount([null, null]) //=> true
 */
export function isBlankAmount(cells: AmountCells): boolean {
  return isCellList(cells) ? cells.every((cell) => cell === null) : cells === null;
}
