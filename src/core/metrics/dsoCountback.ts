import Decimal from "decimal.js";
import { fail, isFailure, type Result } from "../failure";
import { Money } from "../money/money";
import { checkDays } from "./checkDays";
import { amountToCents, sumAmounts, type AmountCell, type AmountCells } from "./sumAmounts";
import { METRICS_MESSAGES as M } from "../messages/metricsMessages";

/**
 * Countback (exhaustion) DSO. Walking back from the most recent period, each period's sales are
 * subtracted from the balance and its days added while the balance covers them; the period that
 * exhausts the balance adds remaining / sales × its days. Unlike the averaged DSO it is not moved by
 * seasonal sales: the balance is matched to the sales that produced it.
 *
 * @param receivables - receivables at the end of the latest period (a range is summed), e.g. 600000
 * @param periodSales - credit sales per period, OLDEST FIRST, most recent last; blank periods are skipped
 * @param periodDays - days per period: one number for all (default 30) or one per period, aligned with periodSales
 * @returns days, unrounded; noAnswer when the balance exceeds all the sales given
 *
 * @example
 * dsoCountback(600000, [200000, 250000, 300000], [31, 28, 31]) //=> 66.75
 */
export function dsoCountback(
  receivables: AmountCells,
  periodSales: ReadonlyArray<AmountCell>,
  periodDays: number | ReadonlyArray<number | null> = 30,
): Result<number> {
  if (typeof periodDays !== "number" && periodDays.length !== periodSales.length) {
    return fail("shapeMismatch", M.countbackShape());
  }
  const balanceCents = sumAmounts(receivables, "receivables");
  if (isFailure(balanceCents)) return balanceCents;
  if (balanceCents < 0) return fail("outOfRange", M.countbackNegative({ value: String(balanceCents / 100) }));

  let remaining = balanceCents;
  let days: Decimal = new Money(0);
  for (let i = periodSales.length - 1; i >= 0 && remaining > 0; i--) {
    const sales = periodSales[i];
    if (sales === null) continue;
    const salesCents = amountToCents(sales, "period_sales");
    if (isFailure(salesCents)) return salesCents;
    const length = periodDaysAt(periodDays, i);
    if (isFailure(length)) return length;
    if (remaining >= salesCents) {
      remaining -= salesCents;
      days = days.plus(length);
    } else {
      return days.plus(new Money(remaining).dividedBy(salesCents).times(length)).toNumber();
    }
  }
  if (remaining > 0) return fail("noAnswer", M.countbackExceeds());
  return days.toNumber();
}

function periodDaysAt(periodDays: number | ReadonlyArray<number | null>, index: number): Result<number> {
  const value = typeof periodDays === "number" ? periodDays : periodDays[index];
  if (value === null) return fail("missing", M.periodDaysBlank({ period: index + 1 }));
  return checkDays(value, "period_days", "30");
}
