import { LEDGER_READING_MESSAGES as M } from "../messages/ledgerReadingMessages";
import type { Message } from "../messages/message";
import { decimalSeparatorOf, readAmountText } from "../money/amountText";
import { formatMoney } from "../money/formatMoney";
import { toCents, toCentsFast } from "../money/money";
import type { CurrencyTotals } from "./ledgerAnalysisTypes";

function centsOf(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? toCentsFast(value) : undefined;
  if (typeof value !== "string") return undefined;
  const read = readAmountText(value, decimalSeparatorOf([value]));
  return read ? toCents(read.amount.toNumber()) : undefined;
}

/** A total as the messages show it: the one money formatter, as a plain number ("1,950.00"). */
function amountText(cents: number): string {
  return formatMoney(cents, "", "en", { display: "number" });
}

/**
 * An export's grand total against the scan's own open total, so an analyst sees at once whether
 * every invoice was read: equal, or the difference (rows listed in Issues are the usual cause).
 * Only for a ledger in one currency: a total row over several currencies adds what cannot be added.
 *
 * @example
 * grandTotalCheck("2,000.00", [{ currency: "USD", openCents: 195000 } as CurrencyTotals])[0].en
 * //=> "the export's grand total 2,000.00 differs from the scan's open total 1,950.00 by 50.00; check the rows listed in Issues"
 */
export function grandTotalCheck(value: unknown, portfolio: readonly CurrencyTotals[]): Message[] {
  const total = centsOf(value);
  if (total === undefined || portfolio.length !== 1) return [];
  const scanned = portfolio[0].openCents;
  if (scanned === total) return [M.grandTotalAgrees({ total: amountText(total) })];
  return [
    M.grandTotalDiffers({
      total: amountText(total),
      scanned: amountText(scanned),
      difference: amountText(Math.abs(total - scanned)),
    }),
  ];
}
