import { isFailure, type Result } from "../failure";
import { lateInterest } from "../financing/lateInterest";
import { centsToMoney, toCents } from "../money/money";
import { formatMoney } from "../money/formatMoney";
import type { LetterWords } from "./letterWords";
import type { LateInterestOption, LetterBlock, LetterTone } from "./letterTypes";
import { ratePercent } from "./ratePercent";

/** One demanded overdue invoice, as the interest block needs it. */
export interface InterestInvoice {
  readonly label: string;
  readonly dueSerial: number;
  readonly openCents: number;
}

export interface LetterBlockContext {
  readonly words: LetterWords;
  readonly language: "en" | "zh";
  readonly currency: string;
  readonly tone: LetterTone;
  readonly asOf: string;
  readonly payBy: string;
}

/**
 * The late-interest block: each overdue invoice's interest to as-of by AR.LATEINTEREST (rounded to
 * the cent per invoice, as each would be invoiced), their total, and a sentence matched to the
 * tone (a friendly letter offers to waive it if paid by the pay-by date).
 *
 * @param invoices - the demanded overdue invoices
 * @param option - rate, basis, day count and fixed fee from settings
 * @param asOfSerial - interest runs to this date
 * @param context - wording, currency and formatted dates of the letter
 * @returns the block and its total in cents, or why the settings cannot be used
 * @example
 * // 10,000.00 due 31 Jan 2025, as of 2 Mar 2025 at 12.15 %: 10,000 × 0.1215 × 30 / 365 = 99.86
 * lateInterestBlock([{ label: "A-1", dueSerial: 45688, openCents: 1000000 }], { rate: 0.1215 }, 45718, ctx).totalCents //=> 9986
 */
export function lateInterestBlock(
  invoices: readonly InterestInvoice[],
  option: LateInterestOption,
  asOfSerial: number,
  context: LetterBlockContext,
): Result<{ block: LetterBlock; totalCents: number }> {
  const { words, language, currency } = context;
  const basis = option.basis ?? "annual";
  const dayCount = option.dayCount ?? 365;
  const fee = option.fixedFee ?? 0;
  const rows: string[][] = [];
  let totalCents = 0;
  for (const invoice of invoices) {
    const interest = lateInterest(
      centsToMoney(invoice.openCents),
      invoice.dueSerial,
      asOfSerial,
      option.rate,
      basis,
      dayCount,
      fee,
    );
    if (isFailure(interest)) return interest;
    const cents = toCents(interest);
    totalCents += cents;
    rows.push([
      invoice.label,
      String(Math.max(0, Math.floor(asOfSerial) - Math.floor(invoice.dueSerial))),
      formatMoney(cents, currency, language),
    ]);
  }
  const facts = {
    tone: context.tone,
    rate: typeof option.rate === "number" ? ratePercent(option.rate) : null,
    basis,
    dayCount,
    fee: fee > 0 ? formatMoney(toCents(fee), currency, language) : null,
    total: formatMoney(totalCents, currency, language),
    asOf: context.asOf,
    payBy: context.payBy,
  };
  const block: LetterBlock = {
    kind: "lateInterest",
    paragraphs: [words.interestIntro(facts)],
    table: { columns: words.interestColumns, numeric: [false, true, true], rows },
    notes: [words.interestNote(facts)],
  };
  return { block, totalCents };
}
