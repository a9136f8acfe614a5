import { isFailure, type Result } from "../failure";
import { centsToNumber } from "../money/money";
import { sumAmounts, type AmountCells } from "./sumAmounts";

/**
 * Working capital requirement: Σreceivables + Σinventory − Σpayables, summed in integer cents so
 * the result is exact to the cent.
 *
 * @param receivables - trade receivables, e.g. 120000
 * @param inventory - inventory, e.g. 80000
 * @param payables - trade payables, e.g. 90000
 * @returns money, to the cent
 *
 * @example
 * workingCapitalRequirement(120000, 80000, 90000) //=> 110000
 */
export function workingCapitalRequirement(
  receivables: AmountCells,
  inventory: AmountCells,
  payables: AmountCells,
): Result<number> {
  const receivableCents = sumAmounts(receivables, "receivables");
  if (isFailure(receivableCents)) return receivableCents;
  const inventoryCents = sumAmounts(inventory, "inventory");
  if (isFailure(inventoryCents)) return inventoryCents;
  const payableCents = sumAmounts(payables, "payables");
  if (isFailure(payableCents)) return payableCents;
  return centsToNumber(receivableCents + inventoryCents - payableCents);
}
