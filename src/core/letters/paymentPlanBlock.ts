import type { DateSystem } from "../dates/excelSerial";
import { isFailure, type Result } from "../failure";
import { paymentPlan, type PaymentPlanRow } from "../financing/paymentPlan";
import { centsToMoney } from "../money/money";
import { formatMoney } from "../money/formatMoney";
import { formatLetterDate } from "./formatLetterDate";
import type { LetterBlockContext } from "./lateInterestBlock";
import type { LetterBlock, PaymentPlanOption } from "./letterTypes";
import { ratePercent } from "./ratePercent";

/**
 * The payment-plan offer: the amount demanded spread by AR.PAYMENTPLAN into installments, the first
 * due on the pay-by date, each later one whole months on. At rate 0 the payments sum exactly to the
 * amount demanded (the last absorbs the rounding).
 *
 * @param demandedCents - the net amount demanded
 * @param option - installments, interval and rate from settings
 * @param firstSerial - the first installment's date (the letter's pay-by date)
 * @param system - the workbook's date system
 * @param context - wording and currency of the letter
 * @returns the block and the schedule, or why the settings cannot be used
 * @example
 * // 1,000.00 in 3 at 0 %: 333.33 + 333.33 + 333.34
 * paymentPlanBlock(100000, { installments: 3 }, 45845, 1900, ctx).schedule[2].payment //=> Decimal(333.34)
 */
export function paymentPlanBlock(
  demandedCents: number,
  option: PaymentPlanOption,
  firstSerial: number,
  system: DateSystem,
  context: LetterBlockContext,
): Result<{ block: LetterBlock; schedule: PaymentPlanRow[] }> {
  const { words, language, currency } = context;
  const intervalMonths = option.intervalMonths ?? 1;
  const annualRate = option.annualRate ?? 0;
  const schedule = paymentPlan(centsToMoney(demandedCents), option.installments, firstSerial, intervalMonths, annualRate, system);
  if (isFailure(schedule)) return schedule;
  const facts = {
    net: formatMoney(demandedCents, currency, language),
    installments: option.installments,
    intervalMonths,
    rate: annualRate > 0 ? ratePercent(annualRate) : null,
    firstDue: formatLetterDate(schedule[0].dueSerial, language, system),
  };
  const rows = schedule.map((row) => [
    String(row.no),
    formatLetterDate(row.dueSerial, language, system),
    formatMoney(row.payment, currency, language),
  ]);
  const block: LetterBlock = {
    kind: "paymentPlan",
    paragraphs: [words.planIntro(facts)],
    table: { columns: words.planColumns, numeric: [true, false, true], rows },
    notes: [words.planNote(facts)],
  };
  return { block, schedule };
}
